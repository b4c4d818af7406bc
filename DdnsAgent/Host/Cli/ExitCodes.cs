namespace DdnsAgent.Host.Cli;

/// <summary>The program's exit codes (documented in `--help` and the README).</summary>
public static class ExitCodes
{
    /// <summary>Done: the addresses are registered (updated now or already current), or the agent stopped on request.</summary>
    public const int Ok = 0;

    /// <summary>No usable settings (file missing or invalid), or the state directory cannot be used.</summary>
    public const int SettingsProblem = 1;

    /// <summary>No public address was detected, so nothing was sent.</summary>
    public const int DetectionFailed = 2;

    /// <summary>Try again later: the provider asked to wait (911, dnserr), a 5xx or network failure, or too soon after the last update.</summary>
    public const int RetryLater = 3;

    /// <summary>Updates are halted after a hard stop (badauth, nohost, abuse, ...) until the settings change or `resume`.</summary>
    public const int Halted = 4;

    /// <summary>The command line is wrong (unknown command or option, missing value); as sysexits' EX_USAGE.</summary>
    public const int Usage = 64;

    /// <summary>An unexpected internal error; as sysexits' EX_SOFTWARE.</summary>
    public const int InternalError = 70;

    /// <summary>The help text's table of these codes.</summary>
    public const string HelpText =
        "Exit codes:\n" +
        "  0   done: addresses current or updated (once), address found (check), stopped on request\n" +
        "  1   settings problem: the settings file is missing or invalid, or the state directory unusable\n" +
        "      (the state cannot be saved: nothing was sent)\n" +
        "  2   no public address detected: nothing was sent\n" +
        "  3   retry later: the provider asked to wait, a network or server failure, or too soon\n" +
        "      after the last update\n" +
        "  4   halted: the provider refused for good (badauth, nohost, abuse...); fix the settings,\n" +
        "      or type `resume` in `ddns-agent console`\n" +
        "  64  wrong command line (unknown command or option, missing value)\n" +
        "  70  internal error";
}
