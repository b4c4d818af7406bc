namespace DdnsAgent.Detection
{
    /// <summary>Where the agent learns its public address (setting IpSource: "auto", "interface", "web").</summary>
    public enum IpSourceKind
    {
        /// <summary>The interface address when it is public, otherwise the reflectors (the usual NAT case).</summary>
        Auto = 0,

        /// <summary>Only the interface address; for a device that holds its public address itself.</summary>
        Interface,

        /// <summary>Only the reflectors.</summary>
        Web,
    }
}
