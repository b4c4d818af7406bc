using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Protocol;
using DdnsAgent.Shell;
using DdnsAgent.Status;

namespace DdnsAgent.Host.Cli;

/// <summary>The commands `run`, `once` and `check` (`console` is <see cref="ConsoleSession"/>).</summary>
public static class AgentCommands
{
    /// <summary>The daemon: ticks the agent until SIGTERM, Ctrl-C or stop; 0 after a clean stop, 1 without usable settings.</summary>
    public static int Run(HostPaths paths, ProgramIo io, CancellationToken stop)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using var onInterrupt = io.Interrupt.Redirect(stopping.Cancel);
        using var onTerminate = io.Terminate.Redirect(stopping.Cancel);
        var output = new HostOutput(io.Output, io.Error, io.IsTerminal, io.Width);
        var printer = new EventPrinter(output, new SystemClock(), Vocabulary.SettingsFile);
        var status = new TerminalStatus(output, printer, statusLine: true);
        return WithStartedAgent(paths, output, status, printer, agent =>
        {
            agent.RunLoop(stopping.Token);
            status.Clear();
            printer.Print(EventKind.Info, "stopped");
            return ExitCodes.Ok;
        });
    }

    /// <summary>One round for cron: detect, update what is due (or everything, forced), exit with the outcome.</summary>
    public static int Once(HostPaths paths, ProgramIo io, bool force)
    {
        var output = new HostOutput(io.Output, io.Error, io.IsTerminal, io.Width);
        var printer = new EventPrinter(output, new SystemClock(), Vocabulary.SettingsFile);
        return WithStartedAgent(paths, output, new SilentStatus(), printer, agent =>
        {
            Agent core = agent.Runtime.Agent;
            CycleOutcome outcome = core.Update(force);
            var snapshot = new AgentSnapshot();
            if (outcome == CycleOutcome.Updated)
            {
                AwaitFirstProof(core, snapshot);
            }

            core.Read(snapshot);
            UpdateReport.Write(outcome, force, snapshot, output.Shell, Vocabulary.SettingsFile);
            if (outcome == CycleOutcome.Halted)
            {
                output.Line("updates stay halted until the settings change, or until " + Vocabulary.SettingsFile.Command(CommandWord.Resume));
            }

            return ExitCodeOf(outcome);
        });
    }

    /// <summary>Detects and prints the public address(es); sends nothing. 2 when none was found.</summary>
    public static int Check(HostPaths paths, ProgramIo io)
    {
        var output = new HostOutput(io.Output, io.Error, io.IsTerminal, io.Width);
        var printer = new EventPrinter(output, new SystemClock(), Vocabulary.SettingsFile);
        return WithStartedAgent(paths, output, new SilentStatus(), printer, agent =>
        {
            Agent core = agent.Runtime.Agent;
            core.Check();
            var snapshot = new AgentSnapshot();
            core.Read(snapshot);
            StatusReport.WriteDetected(snapshot, output.Shell);
            return snapshot.DetectedIPv4.IsNone && snapshot.DetectedIPv6.IsNone ? ExitCodes.DetectionFailed : ExitCodes.Ok;
        });
    }

    public static int ExitCodeOf(CycleOutcome outcome) => outcome switch
    {
        CycleOutcome.UpToDate or CycleOutcome.Updated => ExitCodes.Ok,
        CycleOutcome.NotConfigured or CycleOutcome.SettingsProblem or CycleOutcome.StorageFault => ExitCodes.SettingsProblem,
        CycleOutcome.DetectionFailed => ExitCodes.DetectionFailed,
        CycleOutcome.RetryLater or CycleOutcome.NotYet => ExitCodes.RetryLater,
        _ => ExitCodes.Halted,
    };

    /// <summary>What to do when the settings cannot be used (after the log line that says why).</summary>
    public static string NoSettingsAdvice(HostPaths paths) =>
        "ddns-agent: no usable settings in " + paths.ConfigFile + " (the line above says why); write that file "
        + "(see the README) or set it up interactively with `ddns-agent console --config " + paths.ConfigFile + "`";

    /// <summary>The first log line: which program, which files.</summary>
    public static string Greeting(HostPaths paths) =>
        AgentIdentity.Product + " " + AgentIdentity.Version + " on " + HostAgent.DeviceName()
        + ": settings " + paths.ConfigFile + ", state " + paths.StateDirectory;

    // The proof in DNS first asks a moment after an update; `once` waits for that answer (never more than
    // 10 seconds), so that its report says whether DNS answers the new address. Later checks are the daemon's.
    // Each wait is rounded up to whole milliseconds and is at least one: Thread.Sleep drops the fraction, and a
    // wait that rounded down would wake just before the check is due and end the waiting without it.
    private static void AwaitFirstProof(Agent core, AgentSnapshot snapshot)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            core.Read(snapshot);
            DateTime first = DateTime.MaxValue;
            PublishedRecords published = snapshot.Published;
            for (int i = 0; i < published.Count; i++)
            {
                if (published.IsChecking(i) && published.Verdict(i) == Publication.NotChecked && published.NextCheck(i) < first)
                {
                    first = published.NextCheck(i);
                }
            }

            if (first > deadline || snapshot.NowUtc > deadline)
            {
                return;
            }

            double wait = (first - snapshot.NowUtc).TotalMilliseconds;
            if (wait > 0)
            {
                Thread.Sleep((int)Math.Ceiling(wait) + 1);
            }

            core.Tick();
        }
    }

    private static int WithStartedAgent(HostPaths paths, HostOutput output, IStatusIndicator status, EventPrinter printer, Func<HostAgent, int> body)
    {
        printer.Print(EventKind.Info, Greeting(paths));
        if (!HostAgent.TryCreate(paths, output, status, printer, Vocabulary.SettingsFile, out HostAgent? agent, out string? problem))
        {
            output.Problem("ddns-agent: " + problem);
            return ExitCodes.SettingsProblem;
        }

        using (agent)
        {
            if (!agent.Start())
            {
                output.Status(null);
                output.Problem(NoSettingsAdvice(paths));
                return ExitCodes.SettingsProblem;
            }

            return body(agent);
        }
    }
}
