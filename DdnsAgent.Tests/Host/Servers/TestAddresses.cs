namespace DdnsAgent.Tests.Servers
{
    /// <summary>
    /// Public-looking addresses for tests. The documentation ranges (192.0.2.0/24, 198.51.100.0/24,
    /// 203.0.113.0/24, 2001:db8::/32) are NOT used: the agent rightly refuses them as non-public.
    /// </summary>
    public static class TestAddresses
    {
        public const string PublicIPv4 = "81.2.69.160";
        public const string OtherPublicIPv4 = "81.2.69.161";
        public const string PublicIPv6 = "2a02:1234::5";
        public const string OtherPublicIPv6 = "2a02:1234::6";
        public const string PrivateIPv4 = "192.168.1.20";
        public const string CarrierGradeNatIPv4 = "100.64.0.7";
        public const string UniqueLocalIPv6 = "fd00::20";
        public const string Loopback = "127.0.0.1";
    }
}
