namespace DdnsAgent.Dns
{
    /// <summary>The mnemonic and plain words for each <see cref="DnsRcode"/>; static strings, so nothing allocates.</summary>
    public static class DnsRcodes
    {
        /// <summary>The name servers and dig print, such as "NOTAUTH"; "RCODE?" for a number without one.</summary>
        public static string Name(DnsRcode code)
        {
            switch (code)
            {
                case DnsRcode.NoError: return "NOERROR";
                case DnsRcode.FormErr: return "FORMERR";
                case DnsRcode.ServFail: return "SERVFAIL";
                case DnsRcode.NXDomain: return "NXDOMAIN";
                case DnsRcode.NotImp: return "NOTIMP";
                case DnsRcode.Refused: return "REFUSED";
                case DnsRcode.YXDomain: return "YXDOMAIN";
                case DnsRcode.YXRRSet: return "YXRRSET";
                case DnsRcode.NXRRSet: return "NXRRSET";
                case DnsRcode.NotAuth: return "NOTAUTH";
                case DnsRcode.NotZone: return "NOTZONE";
                case DnsRcode.BadSig: return "BADSIG";
                case DnsRcode.BadKey: return "BADKEY";
                case DnsRcode.BadTime: return "BADTIME";
                case DnsRcode.BadMode: return "BADMODE";
                case DnsRcode.BadName: return "BADNAME";
                case DnsRcode.BadAlg: return "BADALG";
                case DnsRcode.BadTrunc: return "BADTRUNC";
                case DnsRcode.BadCookie: return "BADCOOKIE";
                default: return "RCODE?";
            }
        }

        /// <summary>What the code means for an update or a query, in plain words.</summary>
        public static string Describe(DnsRcode code)
        {
            switch (code)
            {
                case DnsRcode.NoError: return "the server accepted the request";
                case DnsRcode.FormErr: return "the server could not read the request (format error)";
                case DnsRcode.ServFail: return "the server failed to process the request; it may work later";
                case DnsRcode.NXDomain: return "the name does not exist";
                case DnsRcode.NotImp: return "the server does not support this kind of request";
                case DnsRcode.Refused: return "the server refused the request: the key may not be allowed to change this name or record type (check update-policy)";
                case DnsRcode.YXDomain: return "a name exists that the request required to be absent";
                case DnsRcode.YXRRSet: return "records exist that the request required to be absent";
                case DnsRcode.NXRRSet: return "records the request required are missing";
                case DnsRcode.NotAuth: return "the server is not authoritative for the zone, or did not accept the key";
                case DnsRcode.NotZone: return "a name in the request is not inside the zone";
                case DnsRcode.BadSig: return "the server rejected the signature: the key secret does not match the server's";
                case DnsRcode.BadKey: return "the server does not know the key (check the key name and that it is hmac-sha256)";
                case DnsRcode.BadTime: return "the server found the request's time too far from its own: check the device clock";
                case DnsRcode.BadMode: return "the server rejected the key mode";
                case DnsRcode.BadName: return "the server rejected the key name";
                case DnsRcode.BadAlg: return "the server does not support the signature algorithm";
                case DnsRcode.BadTrunc: return "the server rejected a shortened signature";
                case DnsRcode.BadCookie: return "the server rejected the DNS cookie";
                default: return "the server answered with a code the agent does not know";
            }
        }
    }
}
