using DdnsAgent.Ports;
using DdnsAgent.Text;

namespace DdnsAgent.Shell
{
    /// <summary>The console's command names and their one-line help, indexed by <see cref="ShellCommand"/>.</summary>
    internal static class ShellHelp
    {
        private const string NewLine = "\r\n";
        private const int UsageColumn = 20;
        private const string Spaces = "                    ";

        private static readonly string[] Names = new string[]
        {
            "help", "status", "show", "set", "unset", "save", "check", "update", "resume", "log", "reboot", "factory-reset",
        };

        private static readonly string[] Usages = new string[]
        {
            "help [COMMAND]",
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
        };

        private static readonly string[] Descriptions = new string[]
        {
            "this list, or one command; `help set` lists the settings",
            "what the agent is doing, its addresses, the provider's last answer",
            "the settings, passwords masked",
            "change a setting; `set KEY -` pastes a PEM certificate",
            "return a setting to its default",
            "check the settings and keep them (applies them too)",
            "detect the public address now, without updating",
            "update the provider now if the address changed (--force: even if not)",
            "lift a halt once its cause is fixed",
            "recent events, oldest first",
            "restart the device",
            "erase all settings and state (asks first)",
        };

        /// <summary>The command named by line[start, start + count), ignoring case; Unknown if none.</summary>
        public static ShellCommand Find(string line, int start, int count)
        {
            for (int i = 0; i < Names.Length; i++)
            {
                if (AsciiWords.EqualsLower(line, start, count, Names[i]))
                {
                    return (ShellCommand)i;
                }
            }

            return ShellCommand.Unknown;
        }

        public static string NameOf(ShellCommand command)
        {
            return Names[(int)command];
        }

        public static string UsageOf(ShellCommand command)
        {
            return Usages[(int)command];
        }

        public static void WriteAll(ITextSink output)
        {
            output.Write("commands (upper or lower case):" + NewLine);
            for (int i = 0; i < Names.Length; i++)
            {
                WriteOne(output, (ShellCommand)i);
            }
        }

        public static void WriteOne(ITextSink output, ShellCommand command)
        {
            string usage = Usages[(int)command];
            int padding = usage.Length < UsageColumn ? UsageColumn - usage.Length : 1;
            output.Write("  " + usage + Spaces.Substring(0, padding) + Descriptions[(int)command] + NewLine);
        }
    }
}
