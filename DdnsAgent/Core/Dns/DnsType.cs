namespace DdnsAgent.Dns
{
    /// <summary>The resource record types the agent reads or writes (IANA "Resource Record (RR) TYPEs").</summary>
    public static class DnsType
    {
        public const int A = 1;
        public const int NS = 2;
        public const int CNAME = 5;
        public const int SOA = 6;
        public const int AAAA = 28;
        public const int OPT = 41;
        public const int TSIG = 250;
        public const int ANY = 255;
    }
}
