namespace DdnsAgent.Dns
{
    /// <summary>
    /// Response codes (IANA "DNS RCODEs"): the header's 4-bit RCODE, and the TSIG error field, which holds the
    /// same kind of number with values from 16 up (RFC 8945, 5.3).
    /// </summary>
    public enum DnsRcode
    {
        NoError = 0,
        FormErr = 1,
        ServFail = 2,
        NXDomain = 3,
        NotImp = 4,
        Refused = 5,
        YXDomain = 6,
        YXRRSet = 7,
        NXRRSet = 8,
        NotAuth = 9,
        NotZone = 10,
        BadSig = 16,
        BadKey = 17,
        BadTime = 18,
        BadMode = 19,
        BadName = 20,
        BadAlg = 21,
        BadTrunc = 22,
        BadCookie = 23,
    }
}
