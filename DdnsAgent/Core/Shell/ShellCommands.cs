using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Ports;
using DdnsAgent.Status;
using DdnsAgent.Text;

namespace DdnsAgent.Shell
{
    /// <summary>
    /// Runs one command line for the <see cref="ConsoleShell"/>: splits off the command word (any case),
    /// checks the arguments and calls the agent or the platform (settings commands go to
    /// <see cref="SettingsCommands"/>). Wrong input gets a
    /// message that says what to type instead.
    /// </summary>
    internal sealed class ShellCommands
    {
        private readonly ConsoleShell _shell;
        private readonly IAgentControl _agent;
        private readonly ISettingsConsole _settings;
        private readonly SettingsCommands _settingsCommands;
        private readonly IPlatform _platform;
        private readonly EventLog _log;
        private readonly AgentSnapshot _snapshot = new AgentSnapshot();

        public ShellCommands(ConsoleShell shell, IAgentControl agent, ISettingsConsole settings, IStorageControl storage, IPlatform platform, EventLog log)
        {
            _shell = shell;
            _agent = agent;
            _settings = settings;
            _settingsCommands = new SettingsCommands(shell, settings, storage);
            _platform = platform;
            _log = log;
        }

        private ITextSink Output
        {
            get { return _shell.Output; }
        }

        public void Run(string line)
        {
            int start = AsciiWords.SkipSpaces(line, 0);
            int end = AsciiWords.WordEnd(line, start);
            if (start == end)
            {
                return;
            }

            ShellCommand command = ShellHelp.Find(line, start, end - start);
            int argsStart = AsciiWords.SkipSpaces(line, end);
            switch (command)
            {
                case ShellCommand.Help:
                    Help(line, argsStart);
                    return;
                case ShellCommand.Set:
                    _settingsCommands.Set(line, argsStart);
                    return;
                case ShellCommand.Unset:
                    _settingsCommands.Unset(line, argsStart);
                    return;
                case ShellCommand.Update:
                    Update(line, argsStart);
                    return;
                case ShellCommand.Unknown:
                    _shell.WriteLine("unknown command '" + line.Substring(start, end - start) + "'; type `help` for the list");
                    return;
            }

            if (argsStart != line.Length)
            {
                string name = ShellHelp.NameOf(command);
                _shell.WriteLine("`" + name + "` takes no arguments; type just `" + name + "`");
                return;
            }

            switch (command)
            {
                case ShellCommand.Status:
                    _agent.Read(_snapshot);
                    StatusReport.Write(_snapshot, Output, _shell.Words);
                    WriteFreeMemory();
                    break;
                case ShellCommand.Show:
                    _settings.Show(Output);
                    break;
                case ShellCommand.Save:
                    _settingsCommands.Save();
                    break;
                case ShellCommand.Check:
                    Check();
                    break;
                case ShellCommand.Resume:
                    Resume();
                    break;
                case ShellCommand.Log:
                    WriteLog();
                    break;
                case ShellCommand.Reboot:
                    _shell.WriteLine("rebooting...");
                    _platform.Reboot();
                    break;
                case ShellCommand.FactoryReset:
                    _shell.BeginFactoryReset();
                    break;
                case ShellCommand.Exit:
                    _shell.BeginExit();
                    break;
            }
        }

        private void Help(string line, int argsStart)
        {
            if (argsStart == line.Length)
            {
                ShellHelp.WriteAll(Output, _shell.Words);
                return;
            }

            int end = AsciiWords.WordEnd(line, argsStart);
            if (AsciiWords.SkipSpaces(line, end) != line.Length)
            {
                _shell.WriteLine("usage: help [COMMAND|KEY], for example `help set` or `help interval`");
                return;
            }

            ShellCommand command = ShellHelp.Find(line, argsStart, end - argsStart);
            if (command == ShellCommand.Unknown)
            {
                if (!SettingsHelp.WriteKey(Output, Ascii.ToLower(line, argsStart, end - argsStart), _shell.Words))
                {
                    _shell.WriteLine("no command or setting '" + line.Substring(argsStart, end - argsStart) + "'; type `help` for the commands, `help set` for the settings");
                }

                return;
            }

            ShellHelp.WriteOne(Output, command, _shell.Words);
            if (command == ShellCommand.Set)
            {
                _settingsCommands.WriteKeys();
            }
        }

        private void Update(string line, int argsStart)
        {
            bool force = false;
            if (argsStart != line.Length)
            {
                int end = AsciiWords.WordEnd(line, argsStart);
                force = AsciiWords.EqualsLower(line, argsStart, end - argsStart, "--force") && AsciiWords.SkipSpaces(line, end) == line.Length;
                if (!force)
                {
                    _shell.WriteLine("`update` takes only --force; type `update` or `update --force`");
                    return;
                }
            }

            // Too soon says so before detecting; a halt is kept by the agent, which says so.
            _agent.Read(_snapshot);
            if (!_snapshot.Configured)
            {
                Output.Write(UpdateReport.NotConfigured(_shell.Words));
                return;
            }

            if (_snapshot.HaltCode == null && _snapshot.NotBeforeUtc > _snapshot.NowUtc)
            {
                UpdateReport.WriteNotYet(_snapshot, Output);
                return;
            }

            CycleOutcome outcome = _agent.Update(force);
            _agent.Read(_snapshot);
            UpdateReport.Write(outcome, force, _snapshot, Output, _shell.Words);
        }

        private void Check()
        {
            if (!_agent.Check())
            {
                Output.Write(UpdateReport.NotConfigured(_shell.Words));
                return;
            }

            _agent.Read(_snapshot);
            StatusReport.WriteDetected(_snapshot, Output);
        }

        private void Resume()
        {
            bool resumed = _agent.Resume();
            _agent.Read(_snapshot);
            _shell.WriteLine(UpdateReport.Resumed(resumed, _snapshot));
        }

        private void WriteLog()
        {
            if (_log.Count == 0)
            {
                _shell.WriteLine("no events since the start; `status` shows the current state");
                return;
            }

            _log.WriteTo(Output, _shell.Words);
        }

        private void WriteFreeMemory()
        {
            // The host has no heap worth showing: the line is the device's.
            if (!_shell.Words.ForDevice)
            {
                return;
            }

            long free = _platform.FreeMemoryBytes;
            _shell.WriteLine(free >= 0 ? "free memory: " + free.ToString() + " bytes" : "free memory: unknown");
        }
    }
}
