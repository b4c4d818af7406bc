using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DdnsAgent.Host;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>Log lines, shell text and the status line share the terminal without cutting into each other.</summary>
    [TestClass]
    public sealed class HostOutputTests
    {
        private const string Erase = "\r\u001b[K";

        [TestMethod]
        public void OnATerminalTheStatusLineIsErasedForALogLineAndDrawnAgain()
        {
            var screen = new StringWriter { NewLine = "\n" };
            var output = new HostOutput(screen, screen, terminal: true);

            output.Status("status: all good");
            output.Line("2026-11-24 10:00:00Z  info  update home.example.org: good 81.2.69.160");
            output.Status("status: waiting to retry");

            Assert.AreEqual(
                "status: all good" + Erase + "2026-11-24 10:00:00Z  info  update home.example.org: good 81.2.69.160\n" + "status: all good"
                + Erase + "status: waiting to retry",
                screen.ToString());
        }

        [TestMethod]
        public void ALogLineGoesAboveAnOpenPromptWhichIsDrawnAgain()
        {
            var terminal = new StringWriter { NewLine = "\n" };
            var onTerminal = new HostOutput(terminal, terminal, terminal: true);
            onTerminal.Shell.Write("ddns> set pass");
            onTerminal.Line("event");
            Assert.AreEqual("ddns> set pass" + Erase + "event\nddns> set pass", terminal.ToString());

            var file = new StringWriter { NewLine = "\n" };
            var toFile = new HostOutput(file, file, terminal: false);
            toFile.Shell.Write("state: all good\r\nddns> ");
            toFile.Line("event");
            Assert.AreEqual("state: all good\nddns> \nevent\nddns> ", file.ToString());
        }

        [TestMethod]
        public void NoStatusLineUnlessOnATerminalAndNoneOverAnOpenPrompt()
        {
            var file = new StringWriter();
            new HostOutput(file, file, terminal: false).Status("status: all good");
            Assert.AreEqual(string.Empty, file.ToString());

            var screen = new StringWriter { NewLine = "\n" };
            var output = new HostOutput(screen, screen, terminal: true);
            output.Shell.Write("ddns> ");
            output.Status("status: all good");
            Assert.AreEqual("ddns> ", screen.ToString());
        }

        [TestMethod]
        public void TheStatusLineIsCutToTheTerminalWidth()
        {
            var screen = new StringWriter();
            var output = new HostOutput(screen, screen, terminal: true, () => 30);

            output.Status("status: halted: the provider blocked the name for abuse");

            Assert.AreEqual("status: halted: the provid...", screen.ToString(), "one column is left free, so the cursor never wraps");
        }

        [TestMethod]
        public void LinesFromManyThreadsStayWhole()
        {
            var screen = new StringWriter { NewLine = "\n" };
            var output = new HostOutput(TextWriter.Synchronized(screen), TextWriter.Synchronized(screen), terminal: true);
            Parallel.For(0, 8, thread =>
            {
                for (int i = 0; i < 200; i++)
                {
                    output.Line("thread " + thread + " line " + i + " of a log that must not be cut");
                    output.Status("status: " + thread + "/" + i);
                }
            });

            string text = screen.ToString();
            for (int thread = 0; thread < 8; thread++)
            {
                for (int i = 0; i < 200; i++)
                {
                    string line = "thread " + thread + " line " + i + " of a log that must not be cut\n";
                    Assert.IsTrue(Regex.IsMatch(text, "(^|\n|\u001b\\[K)" + Regex.Escape(line)), "cut or missing: " + line);
                }
            }

            Assert.AreEqual(8 * 200, text.Count(c => c == '\n'));
        }
    }
}
