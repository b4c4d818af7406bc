using DdnsAgent.Configuration;
using DdnsAgent.Ports;
using DdnsAgent.Text;

namespace DdnsAgent.Shell
{
    /// <summary>
    /// The console's command names and their one-line help, indexed by <see cref="ShellCommand"/>, for the
    /// device's console or the host's (which has `exit`, and whose `reboot` and `factory-reset` act on files).
    /// </summary>
    internal static class ShellHelp
    {
        private const string NewLine = "\r\n";
        private const int UsageColumn = 20;
        private const string Spaces = "                    ";

        private static readonly string[] Names = new string[]
        {
            "help", "status", "show", "set", "unset", "save", "check", "update", "resume", "log", "reboot", "factory-reset", "exit",
        };

        private static readonly string[] Usages = new string[]
        {
            "help [COMMAND|KEY]",
            "status",
            "show",
            "set KEY VALUE",
            "unset KEY",
            "save",
            "check",
            "update [--force]",
            "resume",
            "log",
            "reboot",
            "factory-reset",
            "exit",
        };

        private static readonly string[] Descriptions = new string[]
        {
            "this list, one command, or one setting; `help set` lists the settings",
            "what the agent is doing, its addresses, the provider's last answer",
            "the settings, passwords masked",
            "change a setting; `set tls.ca -` pastes a PEM certificate",
            "return a setting to its default",
            "check the settings and keep them (applies them too)",
            "detect the public address now, without updating",
            "update the provider now if the address changed (--force: even if not)",
            "lift a halt once its cause is fixed",
            "recent events, oldest first",
            "restart the device",
            "erase all settings and state (asks first)",
            "leave the console and stop the agent (asks first if changes are not saved)",
        };

        /// <summary>The command named by line[start, start + count), ignoring case (`quit` is `exit`); Unknown if none.</summary>
        public static ShellCommand Find(string line, int start, int count)
        {
            for (int i = 0; i < Names.Length; i++)
            {
                if (AsciiWords.EqualsLower(line, start, count, Names[i]))
                {
                    return (ShellCommand)i;
                }
            }

            return AsciiWords.EqualsLower(line, start, count, "quit") ? ShellCommand.Exit : ShellCommand.Unknown;
        }

        public static string NameOf(ShellCommand command)
        {
            return Names[(int)command];
        }

        public static string UsageOf(ShellCommand command)
        {
            return Usages[(int)command];
        }

        /// <summary>Every command this console has.</summary>
        public static void WriteAll(ITextSink output, Vocabulary words)
        {
            output.Write("commands (upper or lower case):" + NewLine);
            for (int i = 0; i < Names.Length; i++)
            {
                if ((ShellCommand)i != ShellCommand.Exit || !words.ForDevice)
                {
                    WriteOne(output, (ShellCommand)i, words);
                }
            }
        }

        public static void WriteOne(ITextSink output, ShellCommand command, Vocabulary words)
        {
            string usage = Usages[(int)command];
            int padding = usage.Length < UsageColumn ? UsageColumn - usage.Length : 1;
            output.Write("  " + usage + Spaces.Substring(0, padding) + DescriptionOf(command, words) + NewLine);
        }

        private static string DescriptionOf(ShellCommand command, Vocabulary words)
        {
            if (!words.ForDevice && command == ShellCommand.Reboot)
            {
                return "read the settings file and the state again (this computer is not restarted)";
            }

            if (!words.ForDevice && command == ShellCommand.FactoryReset)
            {
                return "delete the settings file and the state (asks first)";
            }

            return words.ForDevice && command == ShellCommand.Exit ? "the device console has no exit" : Descriptions[(int)command];
        }
    }
}
