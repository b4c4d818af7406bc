namespace DdnsAgent.Dns
{
    /// <summary>DNS classes. UPDATE gives NONE and ANY special meanings (RFC 2136, 2.5); TSIG records are class ANY.</summary>
    public static class DnsClass
    {
        public const int IN = 1;
        public const int NONE = 254;
        public const int ANY = 255;
    }
}
