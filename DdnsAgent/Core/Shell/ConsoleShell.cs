using System;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Ports;
using DdnsAgent.Status;
using DdnsAgent.Text;

namespace DdnsAgent.Shell
{
    /// <summary>
    /// The serial console: runs the commands listed by <c>help</c>, one line at a time. Bytes from a
    /// terminal go to <see cref="Feed"/>, which edits and echoes them; whole lines (from the host's stdin)
    /// go to <see cref="Execute"/>, under the same rules (at most <see cref="LineEditor.DefaultMaxLength"/>
    /// characters). Every message ends by saying what to do next, and no message repeats a value the user
    /// set: secrets are masked by the settings code and never echoed back here. The device's console is the
    /// default; the host program sets <see cref="Words"/> and <see cref="Host"/> (help without the device's
    /// keys, `exit`, CA files). One thread drives a shell (the serial reader on the device, the stdin loop on
    /// the host).
    /// </summary>
    public sealed class ConsoleShell
    {
        public const string CommandPrompt = "ddns> ";
        public const string ConfirmPrompt = "confirm> ";

        /// <summary>The one key whose value is pasted after `set KEY -`.</summary>
        public const string PastedKey = "tls.ca";

        /// <summary>The longest pasted PEM block accepted, in characters.</summary>
        public const int MaxPasteLength = 4096;

        private const string NewLine = "\r\n";
        private const string StillHere = "still here; `save` keeps the changes";

        private readonly ITextSink _output;
        private readonly ISettingsConsole _settings;
        private readonly IStorageControl _storage;
        private readonly ShellCommands _commands;
        private readonly LineEditor _editor;
        private ShellMode _mode;
        private PasteBuffer _paste;
        private string _pasteKey;
        private Vocabulary _words = Vocabulary.DeviceConsole;
        private bool _leaving;

        public ConsoleShell(ITextSink output, IAgentControl agent, ISettingsConsole settings, IStorageControl storage, IPlatform platform, EventLog log)
        {
            _output = output ?? throw new ArgumentNullException("output");
            _settings = settings ?? throw new ArgumentNullException("settings");
            _storage = storage ?? throw new ArgumentNullException("storage");
            _commands = new ShellCommands(
                this,
                agent ?? throw new ArgumentNullException("agent"),
                settings,
                storage,
                platform ?? throw new ArgumentNullException("platform"),
                log ?? throw new ArgumentNullException("log"));
            _editor = new LineEditor(output);
            _editor.SecretKeys = SecretKeyInput.KeysOf(settings);
        }

        private enum ShellMode : byte
        {
            Commands = 0,
            ConfirmingReset,
            ConfirmingExit,
            Pasting,
        }

        /// <summary>The console's surface: the device's (default) or the host's, which hides the device-only keys and commands.</summary>
        public Vocabulary Words
        {
            get { return _words; }
            set { _words = value ?? Vocabulary.DeviceConsole; }
        }

        /// <summary>The host console's exit and files; null on the device.</summary>
        public IHostConsole Host { get; set; }

        /// <summary>Greets the user and writes the first prompt.</summary>
        public void Start()
        {
            WriteLine("DdnsAgent console; type `help` for the commands");
            WritePrompt();
        }

        /// <summary>Takes one byte typed on the terminal; runs the line when Enter completes it.</summary>
        public void Feed(byte b)
        {
            LineEditorResult result = _editor.Feed(b);
            if (result == LineEditorResult.LineCompleted)
            {
                Execute(_editor.TakeLine());
            }
            else if (result == LineEditorResult.Cancelled)
            {
                Cancel();
            }
            else if (result == LineEditorResult.Discarded)
            {
                Discarded();
                WritePrompt();
            }
        }

        /// <summary>Runs one complete line (a command, a confirmation or a pasted line), then prompts again.</summary>
        public void Execute(string line)
        {
            line = line ?? string.Empty;
            if (line.Length > _editor.MaxLength)
            {
                WriteLine("line too long (max " + _editor.MaxLength.ToString() + " characters): discarded; nothing was run");
                Discarded();
                WritePrompt();
                return;
            }

            try
            {
                switch (_mode)
                {
                    case ShellMode.ConfirmingReset:
                        FinishFactoryReset(line);
                        break;
                    case ShellMode.ConfirmingExit:
                        FinishExit(line);
                        break;
                    case ShellMode.Pasting:
                        ContinuePaste(line);
                        break;
                    default:
                        _commands.Run(line);
                        break;
                }
            }
            catch (Exception ex)
            {
                _mode = ShellMode.Commands;
                _paste = null;
                WriteLine("that failed unexpectedly (" + ex.Message + "); try again, or `reboot` if it keeps failing");
            }

            WritePrompt();
        }

        /// <summary>Ctrl-C: abandons a pasted block or a pending confirmation, then prompts again.</summary>
        public void Cancel()
        {
            Abandon("paste cancelled; ");
            WritePrompt();
        }

        /// <summary>
        /// Ctrl-D on the host's terminal: leaves as `exit` does, asking first when changes are not saved;
        /// a second Ctrl-D at that question leaves without them.
        /// </summary>
        public void EndOfInput()
        {
            if (_mode == ShellMode.ConfirmingExit)
            {
                _output.Write(NewLine);
                Leave();
                return;
            }

            _output.Write(NewLine);
            Abandon("paste cancelled; ");
            BeginExit();
            WritePrompt();
        }

        internal ITextSink Output
        {
            get { return _output; }
        }

        internal void WriteLine(string text)
        {
            _output.Write(text);
            _output.Write(NewLine);
        }

        internal void BeginFactoryReset()
        {
            WriteLine("factory-reset erases every setting (Wi-Fi, provider, password, certificate) and the saved state.");
            WriteLine("type yes to erase everything; anything else cancels");
            _mode = ShellMode.ConfirmingReset;
        }

        /// <summary>`exit`: leaves at once when nothing is unsaved, else asks first; on the device, says there is no exit.</summary>
        internal void BeginExit()
        {
            if (Host == null)
            {
                WriteLine("the device console has no exit: close the terminal program; the agent keeps running");
                return;
            }

            string unsaved = Host.UnsavedChanges();
            if (unsaved == null)
            {
                Leave();
                return;
            }

            WriteLine("unsaved changes to " + unsaved + "; `save` keeps them.");
            WriteLine("type yes to leave without them; anything else stays");
            _mode = ShellMode.ConfirmingExit;
        }

        internal void BeginPaste(string key)
        {
            _paste = new PasteBuffer(MaxPasteLength);
            _pasteKey = key;
            _mode = ShellMode.Pasting;
            WriteLine("paste the PEM text now, ending with its -----END line; Ctrl-C cancels");
        }

        private void FinishFactoryReset(string line)
        {
            _mode = ShellMode.Commands;
            if (!IsYes(line))
            {
                WriteLine("factory reset cancelled; nothing was erased");
                return;
            }

            _storage.FactoryReset();
            WriteLine("settings and state erased; `set` the settings and `save` them, or `reboot`");
        }

        private void FinishExit(string line)
        {
            _mode = ShellMode.Commands;
            if (IsYes(line))
            {
                Leave();
                return;
            }

            WriteLine(StillHere);
        }

        private void Leave()
        {
            _leaving = true;
            _mode = ShellMode.Commands;
            Host.Leave();
        }

        // A line the editor or Execute refused: a paste or a question it belonged to ends without effect.
        private void Discarded()
        {
            Abandon("paste cancelled (a line of it was refused); ");
        }

        // Ends a paste or a question without effect, saying so, and returns to commands.
        private void Abandon(string pasteCancelled)
        {
            if (_mode == ShellMode.Pasting)
            {
                WriteLine(pasteCancelled + _pasteKey + " unchanged");
            }
            else if (_mode == ShellMode.ConfirmingReset)
            {
                WriteLine("factory reset cancelled; nothing was erased");
            }
            else if (_mode == ShellMode.ConfirmingExit)
            {
                WriteLine(StillHere);
            }

            _mode = ShellMode.Commands;
            _paste = null;
        }

        private void ContinuePaste(string line)
        {
            if (!_paste.AddLine(line))
            {
                return;
            }

            PasteBuffer paste = _paste;
            _paste = null;
            _mode = ShellMode.Commands;
            if (paste.Overflowed)
            {
                WriteLine("too long: at most " + MaxPasteLength.ToString() + " characters; " + _pasteKey + " unchanged");
                return;
            }

            string text = paste.Text();
            string error;
            if (_settings.TrySet(_pasteKey, text, out error))
            {
                WriteLine(_pasteKey + " set (" + text.Length.ToString() + " characters); type `save` to keep it");
            }
            else
            {
                WriteLine("cannot set " + _pasteKey + ": " + error);
            }
        }

        private void WritePrompt()
        {
            if (_leaving)
            {
                return;
            }

            _editor.Prompt = _mode == ShellMode.Commands ? CommandPrompt : _mode == ShellMode.Pasting ? null : ConfirmPrompt;
            _editor.WritePrompt();
        }

        // The answer to a question is yes: the word alone, in any case, with any spaces around it.
        private static bool IsYes(string line)
        {
            int start = AsciiWords.SkipSpaces(line, 0);
            int end = AsciiWords.WordEnd(line, start);
            return AsciiWords.EqualsLower(line, start, end - start, "yes") && AsciiWords.SkipSpaces(line, end) == line.Length;
        }
    }
}
