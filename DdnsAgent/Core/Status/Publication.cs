namespace DdnsAgent.Status
{
    /// <summary>What the zone's DNS server last said about a record the provider confirmed (see PublishedRecords).</summary>
    public enum Publication : byte
    {
        /// <summary>Not asked since the last update (or the proof is off).</summary>
        NotChecked = 0,

        /// <summary>The server answers the registered address.</summary>
        Yes,

        /// <summary>The server answers other addresses, not the registered one.</summary>
        WrongAddress,

        /// <summary>The name has no address of that family on the server (NXDOMAIN, or no such record).</summary>
        NoAddress,

        /// <summary>The server gave no usable answer (no answer, not authoritative, an error code): see the reason.</summary>
        Unknown,
    }
}
