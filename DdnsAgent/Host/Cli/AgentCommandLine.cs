using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace DdnsAgent.Host.Cli;

/// <summary>The command line: `run` (the default), `once [--force]`, `check` and `console`, each with --config and --state.</summary>
public static class AgentCommandLine
{
    private const string Description =
        "DdnsAgent keeps DNS names pointed at this machine's public IP address, through a provider's dyndns2\n"
        + "update service. It updates only when the address changed, keeps its state across restarts, never\n"
        + "shows the password, and stops for good when the provider refuses the account.";

    private const string Files =
        "Files:\n"
        + "  The settings file holds the provider, the account and the names (the README has examples). It\n"
        + "  holds the password too: keep it readable by the agent only (`console` saves it with mode 0600).\n"
        + "  The state directory keeps the registered addresses and any halt, so that a restart neither\n"
        + "  repeats an update at once nor forgets a refusal (after a kill -9 during an update, that update\n"
        + "  goes once more after the 5-minute spacing; its nochg does not count). A state that cannot be\n"
        + "  saved stops every update.\n";

    /// <summary>Parses args and runs the command; see <see cref="ExitCodes"/> for the result.</summary>
    public static int Run(string[] args, ProgramIo io, CancellationToken stop)
    {
        var config = new Option<string>("--config", "-c")
        {
            Description = "The settings file (JSON) [default: ./ddns-agent.json, or $" + HostPaths.ConfigVariable + "]",
            HelpName = "FILE",
            Recursive = true,
        };
        var state = new Option<string>("--state", "-s")
        {
            Description = "The directory for the agent's state [default: ./state, or $" + HostPaths.StateVariable + "]",
            HelpName = "DIR",
            Recursive = true,
        };
        var force = new Option<bool>("--force", "-f")
        {
            Description = "Send the addresses even when they did not change (refused after two nochg answers in a row)",
        };

        var run = new Command("run", "Run the agent until stopped (SIGTERM or Ctrl-C): the default command");
        var once = new Command("once", "One check and update, then exit with the outcome (for cron)") { force };
        var check = new Command("check", "Detect and print the public address(es); send nothing");
        var console = new Command("console", "The interactive console (status, show, set, save...) while the agent runs");
        var root = new RootCommand(Description) { config, state, run, once, check, console };

        HostPaths Paths(ParseResult result) =>
            HostPaths.Resolve(result.GetValue(config), result.GetValue(state), Environment.GetEnvironmentVariable);

        root.SetAction(result => AgentCommands.Run(Paths(result), io, stop));
        run.SetAction(result => AgentCommands.Run(Paths(result), io, stop));
        once.SetAction(result => AgentCommands.Once(Paths(result), io, result.GetValue(force)));
        check.SetAction(result => AgentCommands.Check(Paths(result), io));
        console.SetAction(result => ConsoleSession.Run(Paths(result), io, stop));
        foreach (HelpOption help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpWithFooter((HelpAction)help.Action!);
        }

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                io.Error.WriteLine("ddns-agent: " + ValueEcho.InLine(error.Message));
            }

            io.Error.WriteLine("Type `ddns-agent --help` for the commands and options.");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration
        {
            Output = io.Output,
            Error = io.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        });
    }

    // The standard help, then what it cannot say: the files and the exit codes.
    private sealed class HelpWithFooter(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int code = standard.Invoke(parseResult);
            TextWriter output = parseResult.InvocationConfiguration.Output;
            if (parseResult.CommandResult.Command is RootCommand)
            {
                output.WriteLine(Files);
            }

            output.WriteLine(ExitCodes.HelpText);
            return code;
        }
    }
}
