using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using DdnsAgent.Host;
using DdnsAgent.Host.Cli;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>One run of the ddns-agent program in this process, with its streams captured.</summary>
    public sealed class ProgramRun
    {
        /// <summary>A log line: "2026-11-24 10:00:00Z  info  message".</summary>
        public static readonly Regex LogLine = new Regex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z  (info |warn |error) \S", RegexOptions.CultureInvariant);

        /// <summary>No test waits longer than this for the program to end.</summary>
        public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

        private ProgramRun(int exitCode, string output, string error)
        {
            ExitCode = exitCode;
            Output = output;
            Error = error;
        }

        public int ExitCode { get; }

        public string Output { get; }

        public string Error { get; }

        public string AllText
        {
            get { return Output + Error; }
        }

        public string[] OutputLines
        {
            get { return Output.Split(new[] { Environment.NewLine }, StringSplitOptions.RemoveEmptyEntries); }
        }

        /// <summary>Runs the program to its end, failing the test if it takes longer than <see cref="Limit"/>.</summary>
        public static ProgramRun Execute(string stdin, CancellationToken stop, params string[] args)
        {
            return Execute(new StringReader(stdin ?? string.Empty), null, stop, args);
        }

        /// <summary>As <see cref="Execute(string, CancellationToken, string[])"/>, with keys from a terminal for `console`.</summary>
        public static ProgramRun Execute(TextReader stdin, IKeyboard keyboard, CancellationToken stop, params string[] args)
        {
            return Execute(stdin, keyboard, false, stop, args);
        }

        /// <summary>terminal: stdout and stderr count as a terminal (status line, in-place redraws).</summary>
        public static ProgramRun Execute(TextReader stdin, IKeyboard keyboard, bool terminal, CancellationToken stop, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var io = new ProgramIo(stdin, TextWriter.Synchronized(output), TextWriter.Synchronized(error)) { Keyboard = keyboard, IsTerminal = terminal };
            Task<int> run = Task.Run(() => Program.Run(args, io, stop));
            if (!run.Wait(Limit))
            {
                Assert.Fail("ddns-agent " + string.Join(" ", args) + " did not end within " + Limit + "; output so far:\n" + output + error);
            }

            return new ProgramRun(run.Result, output.ToString(), error.ToString());
        }

        public override string ToString()
        {
            return "exit " + ExitCode + "\n--- stdout\n" + Output + "--- stderr\n" + Error;
        }
    }
}
