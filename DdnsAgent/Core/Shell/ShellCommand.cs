namespace DdnsAgent.Shell
{
    /// <summary>The console's commands, in the order <c>help</c> lists them.</summary>
    internal enum ShellCommand : byte
    {
        Help = 0,
        Status,
        Show,
        Set,
        Unset,
        Save,
        Check,
        Update,
        Resume,
        Log,
        Reboot,
        FactoryReset,
        Unknown,
    }
}
