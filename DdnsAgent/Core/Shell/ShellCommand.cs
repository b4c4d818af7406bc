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

        /// <summary>Only on the host's console: the device's console has nothing to leave.</summary>
        Exit,
        Unknown,
    }
}
