namespace DdnsAgent.Addressing
{
    /// <summary>Plain words for <see cref="AddressParseError"/>; static strings, so describing allocates nothing.</summary>
    public static class AddressParseErrors
    {
        public static string Describe(AddressParseError error)
        {
            switch (error)
            {
                case AddressParseError.None: return "is a valid IP address";
                case AddressParseError.Empty: return "is empty";
                case AddressParseError.TooLong: return "is too long to be an IP address";
                case AddressParseError.InvalidCharacter: return "contains a character that does not belong in an IP address";
                case AddressParseError.OctetOutOfRange: return "has an IPv4 number above 255";
                case AddressParseError.LeadingZero: return "has an IPv4 number with a leading zero, which some systems read as octal";
                case AddressParseError.WrongPartCount: return "has the wrong number of parts (IPv4 needs 4 numbers, IPv6 needs 8 groups or one ::)";
                case AddressParseError.EmptyPart: return "has a missing number between separators or at an end";
                case AddressParseError.GroupTooLong: return "has an IPv6 group longer than 4 hex digits";
                case AddressParseError.MultipleDoubleColon: return "uses :: more than once";
                case AddressParseError.MisplacedIpv4Tail: return "has a dotted IPv4 part that is not at the end";
                case AddressParseError.ZoneIdNotAllowed: return "has a zone id (%...), which only names a local interface";
                case AddressParseError.BracketsNotAllowed: return "is written in brackets; give the address without [ ]";
                default: return "is not an IP address";
            }
        }
    }
}
