namespace DdnsAgent.Addressing
{
    /// <summary>Why a text is not an IP address. <see cref="AddressParseErrors.Describe"/> puts it in plain words.</summary>
    public enum AddressParseError
    {
        None = 0,
        Empty,
        TooLong,

        /// <summary>A character that has no place in an address: a letter beyond f, a space, a sign, a non-ASCII character.</summary>
        InvalidCharacter,

        /// <summary>An IPv4 number above 255.</summary>
        OctetOutOfRange,

        /// <summary>An IPv4 number such as "01": some systems read it as octal, so it is ambiguous.</summary>
        LeadingZero,

        /// <summary>IPv4 without exactly 4 numbers, or IPv6 with too many or too few groups.</summary>
        WrongPartCount,

        /// <summary>Two separators with nothing between them ("1..2.3.4"), or a separator at an end ("1.2.3.4.", ":1::").</summary>
        EmptyPart,

        /// <summary>An IPv6 group of more than 4 hex digits.</summary>
        GroupTooLong,

        /// <summary>"::" appears more than once, so the zeros it stands for are ambiguous.</summary>
        MultipleDoubleColon,

        /// <summary>A dotted IPv4 part anywhere but at the very end of an IPv6 address.</summary>
        MisplacedIpv4Tail,

        /// <summary>A zone id ("fe80::1%eth0") names a local interface; it cannot be registered.</summary>
        ZoneIdNotAllowed,

        /// <summary>"[::1]" is the URL form; the address alone is wanted.</summary>
        BracketsNotAllowed,
    }
}
