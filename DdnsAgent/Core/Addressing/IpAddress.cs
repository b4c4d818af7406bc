using System;

namespace DdnsAgent.Addressing
{
    /// <summary>
    /// An IPv4 or IPv6 address as a value: copying, comparing, parsing and formatting allocate nothing.
    /// IPv4 lives in the low 32 bits of <see cref="Low"/>; IPv6 is <see cref="High"/>:<see cref="Low"/>, big-endian order.
    /// </summary>
    /// <remarks>
    /// Shaped like System.Net.IPAddress where it can be; it does not implement IEquatable because
    /// nanoFramework has no generic interfaces. Use <see cref="Equals(IpAddress)"/> or == to compare without boxing.
    /// </remarks>
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

        /// <summary>Where the address routes, by the IANA special-purpose registries; Unspecified for <see cref="None"/>.</summary>
        public AddressScope Scope => AddressScopes.Of(this);

        /// <summary>True only for an ordinary global unicast address: the only kind that may ever be registered.</summary>
        public bool IsPublic => _family != AddressFamilyKind.None && Scope == AddressScope.Public;

        public static IpAddress FromIPv4(uint value) => new IpAddress(AddressFamilyKind.IPv4, 0, value);
        public static IpAddress FromIPv6(ulong high, ulong low) => new IpAddress(AddressFamilyKind.IPv6, high, low);

        /// <summary>
        /// Reads the address in text[offset, offset+count), ASCII. Accepts IPv4 dotted quads and every IPv6
        /// form (full, "::" once, embedded IPv4 tail, any case); refuses zone ids, brackets, spaces and
        /// ambiguous IPv4 numbers with leading zeros. Never reads outside the window.
        /// </summary>
        public static bool TryParse(byte[] text, int offset, int count, out IpAddress address, out AddressParseError error)
        {
            if (text == null || count == 0)
            {
                address = None;
                error = AddressParseError.Empty;
                return false;
            }

            if (offset < 0 || count < 0 || offset > text.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            return AddressTextParser.TryParse(new TextWindow(text, offset, offset + count), out address, out error);
        }

        /// <summary>Same as the byte overload, for a whole string; null counts as empty.</summary>
        public static bool TryParse(string text, out IpAddress address, out AddressParseError error)
        {
            if (text == null)
            {
                address = None;
                error = AddressParseError.Empty;
                return false;
            }

            return AddressTextParser.TryParse(new TextWindow(text), out address, out error);
        }

        /// <summary>
        /// Writes the canonical text (dotted quad, or RFC 5952 for IPv6) as ASCII at destination[offset] and
        /// returns the number of bytes written: 0 for <see cref="None"/>. Room for <see cref="MaxTextLength"/>
        /// bytes from offset is required.
        /// </summary>
        public int FormatTo(byte[] destination, int offset)
        {
            CheckRoom(destination.Length, offset);
            return AddressTextFormatter.Format(this, destination, null, offset);
        }

        /// <summary>Same as the byte overload, into characters.</summary>
        public int FormatTo(char[] destination, int offset)
        {
            CheckRoom(destination.Length, offset);
            return AddressTextFormatter.Format(this, null, destination, offset);
        }

        /// <summary>The canonical text; empty for <see cref="None"/>. Allocates: keep it off hot paths.</summary>
        public override string ToString()
        {
            var chars = new char[MaxTextLength];
            int length = FormatTo(chars, 0);
            return new string(chars, 0, length);
        }

        public bool Equals(IpAddress other) =>
            _family == other._family && _high == other._high && _low == other._low;

        public override bool Equals(object obj) => obj is IpAddress && Equals((IpAddress)obj);

        public override int GetHashCode() =>
            (int)(_low ^ (_low >> 32) ^ (_high * 31) ^ (_high >> 32)) ^ ((int)_family << 28);

        public static bool operator ==(IpAddress left, IpAddress right) => left.Equals(right);

        public static bool operator !=(IpAddress left, IpAddress right) => !left.Equals(right);

        private static void CheckRoom(int length, int offset)
        {
            if (offset < 0 || length - offset < MaxTextLength)
            {
                throw new ArgumentOutOfRangeException("offset");
            }
        }
    }
}
