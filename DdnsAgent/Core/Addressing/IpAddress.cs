namespace DdnsAgent.Addressing
{
    /// <summary>
    /// An IPv4 or IPv6 address as a value: copying, comparing, parsing and formatting allocate nothing.
    /// IPv4 lives in the low 32 bits of <see cref="Low"/>; IPv6 is <see cref="High"/>:<see cref="Low"/>, big-endian order.
    /// </summary>
    public struct IpAddress
    {
        /// <summary>Longest text form: IPv6 with an embedded IPv4 tail.</summary>
        public const int MaxTextLength = 45;

        public static readonly IpAddress None = default(IpAddress);

        private readonly ulong _high;
        private readonly ulong _low;
        private readonly AddressFamilyKind _family;

        private IpAddress(AddressFamilyKind family, ulong high, ulong low)
        {
            _family = family;
            _high = high;
            _low = low;
        }

        public AddressFamilyKind Family => _family;
        public ulong High => _high;
        public ulong Low => _low;
        public bool IsNone => _family == AddressFamilyKind.None;

        public static IpAddress FromIPv4(uint value) => new IpAddress(AddressFamilyKind.IPv4, 0, value);
        public static IpAddress FromIPv6(ulong high, ulong low) => new IpAddress(AddressFamilyKind.IPv6, high, low);

        // TODO(protocol issue): TryParse(byte[]/string), FormatTo(byte[]), ToString(), Scope, IsPublic, equality.
    }
}
