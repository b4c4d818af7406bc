namespace DdnsAgent.Ports
{
    /// <summary>What only the platform can do or tell.</summary>
    public interface IPlatform
    {
        /// <summary>Free managed memory in bytes, or -1 where the platform cannot tell.</summary>
        long FreeMemoryBytes { get; }

        /// <summary>Restarts the device, or the process on the host.</summary>
        void Reboot();
    }
}
