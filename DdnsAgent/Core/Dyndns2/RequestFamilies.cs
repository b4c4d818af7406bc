namespace DdnsAgent.Dyndns2
{
    /// <summary>Which address families one update request carries.</summary>
    public enum RequestFamilies : byte
    {
        None = 0,
        IPv4 = 1,
        IPv6 = 2,
        Both = 3,
    }
}
