using DdnsAgent.Dns;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Protocol;

namespace DdnsAgent.Rfc2136
{
    /// <summary>
    /// What a DNS server's answer to an UPDATE means for the agent, one row per code (values 32 to 48 of the
    /// table behind <see cref="ResultCode.Find"/>). The key and the server's own set-up halt: the server refused
    /// the key or the names (NOTAUTH, REFUSED, BADSIG, BADKEY...), and the same request would be refused again.
    /// A server failure (SERVFAIL) backs off from 1 to 30 minutes; a clock the server does not accept (BADTIME)
    /// and an answer the key does not verify are settings problems retried from 5 to 30 minutes, since the clock
    /// may right itself and a forged answer must not halt the agent. Codes no update without prerequisites can
    /// get (NXDOMAIN, YXDOMAIN, YXRRSET, NXRRSET) wait 10 minutes, like an answer the agent does not understand.
    /// </summary>
    public static class Rfc2136Codes
    {
        public static readonly ResultCode NoError = Row(32, "NOERROR", UpdateOutcome.Success, 0, false,
            "the DNS server applied the update: the names now have the new address");

        public static readonly ResultCode FormErr = Row(33, "FORMERR", UpdateOutcome.HardStop, 0, false,
            "the DNS server could not read the update (FORMERR): check that {set dns.server} names the zone's primary server (not a resolver or a proxy){then save}");

        public static readonly ResultCode ServFail = Row(34, "SERVFAIL", UpdateOutcome.RetryLater, 60, true,
            "the DNS server failed to apply the update (SERVFAIL; its log says why, often a zone file or journal it cannot write); the agent tries again by itself, waiting 1, 2, 4, 8, 16, then 30 minutes");

        public static readonly ResultCode NxDomain = Row(35, "NXDOMAIN", UpdateOutcome.RetryLater, 600, false,
            "the DNS server answered NXDOMAIN, which an update without prerequisites never gets; the agent tries again, not sooner than 10 minutes");

        public static readonly ResultCode NotImp = Row(36, "NOTIMP", UpdateOutcome.HardStop, 0, false,
            "the DNS server does not take dynamic updates (NOTIMP): point {set dns.server} at the zone's primary server{then save}");

        public static readonly ResultCode Refused = Row(37, "REFUSED", UpdateOutcome.HardStop, 0, false,
            "the DNS server refused the update (REFUSED): its policy does not let this key change these names' A or AAAA records; in BIND the zone's update-policy needs 'grant KEY zonesub A AAAA;'; then {resume}, or fix {set hostnames}{then save}");

        public static readonly ResultCode YxDomain = Row(38, "YXDOMAIN", UpdateOutcome.RetryLater, 600, false,
            "the DNS server answered YXDOMAIN (a name that must not exist does), which an update without prerequisites never gets; the agent tries again, not sooner than 10 minutes");

        public static readonly ResultCode YxRrSet = Row(39, "YXRRSET", UpdateOutcome.RetryLater, 600, false,
            "the DNS server answered YXRRSET (records that must not exist do), which an update without prerequisites never gets; the agent tries again, not sooner than 10 minutes");

        public static readonly ResultCode NxRrSet = Row(40, "NXRRSET", UpdateOutcome.RetryLater, 600, false,
            "the DNS server answered NXRRSET (records that must exist do not), which an update without prerequisites never gets; the agent tries again, not sooner than 10 minutes");

        public static readonly ResultCode NotAuth = Row(41, "NOTAUTH", UpdateOutcome.HardStop, 0, false,
            "the DNS server is not authoritative for the zone (NOTAUTH): check {set dns.zone}, and that {set dns.server} is the zone's primary server{then save}");

        public static readonly ResultCode NotZone = Row(42, "NOTZONE", UpdateOutcome.HardStop, 0, false,
            "a hostname is not inside the zone as the DNS server has it (NOTZONE): check {set dns.zone} and {set hostnames}{then save}");

        public static readonly ResultCode BadSig = Row(43, "BADSIG", UpdateOutcome.HardStop, 0, false,
            "the DNS server rejected the signature (BADSIG): the key secret is not the server's; give the secret of its key statement with {set dns.key-secret}{then save}");

        public static readonly ResultCode BadKey = Row(44, "BADKEY", UpdateOutcome.HardStop, 0, false,
            "the DNS server does not know the key (BADKEY): give the name of its key statement (the key must be hmac-sha256) with {set dns.key-name}{then save}");

        public static readonly ResultCode BadTime = Row(45, "BADTIME", UpdateOutcome.SettingsProblem, 300, true,
            "the DNS server found this device's clock more than 5 minutes off its own (BADTIME), so the signature is not accepted: check the clock (SNTP on the board, NTP on a PC); meanwhile the agent tries again, waiting 5, 10, 20, then 30 minutes");

        public static readonly ResultCode BadAlg = Row(46, "BADALG", UpdateOutcome.HardStop, 0, false,
            "the DNS server does not take hmac-sha256 for this key (BADALG): make the key with 'tsig-keygen -a hmac-sha256 NAME' on the server, then {resume}");

        /// <summary>A TSIG error without a row of its own (BADMODE, BADNAME, BADTRUNC...): the detail names it.</summary>
        public static readonly ResultCode OtherTsigError = Row(47, "TSIG error", UpdateOutcome.HardStop, 0, false,
            "the DNS server refused the request's signature for a reason of its own (named above): check the key statement on the server and {set dns.key-name}{then save}, or {resume} once the server is fixed");

        /// <summary>The answer's own signature did not verify: unsigned, another key or secret, or a changed answer.</summary>
        public static readonly ResultCode NotVerified = Row(48, "not verified", UpdateOutcome.SettingsProblem, 300, true,
            "the answer could not be verified with the key (it is unsigned, or signed with another key or secret): it may be forged, or the server does not sign with this key, so nothing is recorded as updated; meanwhile the agent tries again, waiting 5, 10, 20, then 30 minutes");

        private static ResultCode[] _all;

        /// <summary>Every row, in value order (built on first use: it reads this class's other fields).</summary>
        public static ResultCode[] All
        {
            get
            {
                if (_all == null)
                {
                    _all = new ResultCode[]
                    {
                        NoError, FormErr, ServFail, NxDomain, NotImp, Refused, YxDomain, YxRrSet, NxRrSet, NotAuth, NotZone,
                        BadSig, BadKey, BadTime, BadAlg, OtherTsigError, NotVerified,
                    };
                }

                return _all;
            }
        }

        /// <summary>
        /// The row for an answer as the reader found it: the server's verdict once the answer is verified (or its
        /// unsigned refusal of the signature), <see cref="NotVerified"/> when the signature does not check out, and
        /// <see cref="ResultCode.Unknown"/> for an answer that is not a DNS answer to the request or carries an
        /// RCODE without a row. Allocates nothing.
        /// </summary>
        public static ResultCode Of(UpdateResponse response)
        {
            switch (response.Problem)
            {
                case UpdateProblem.None:
                    return OfRcode(response.Rcode);
                case UpdateProblem.SignatureRefused:
                    return OfTsigError(response.TsigError);
                case UpdateProblem.BadTime:
                    return BadTime;
                case UpdateProblem.Unsigned:
                case UpdateProblem.WrongKey:
                case UpdateProblem.WrongAlgorithm:
                case UpdateProblem.TruncatedMac:
                case UpdateProblem.BadMac:
                    return NotVerified;
                default:
                    return ResultCode.Unknown;
            }
        }

        private static ResultCode OfRcode(DnsRcode rcode)
        {
            switch (rcode)
            {
                case DnsRcode.NoError: return NoError;
                case DnsRcode.FormErr: return FormErr;
                case DnsRcode.ServFail: return ServFail;
                case DnsRcode.NXDomain: return NxDomain;
                case DnsRcode.NotImp: return NotImp;
                case DnsRcode.Refused: return Refused;
                case DnsRcode.YXDomain: return YxDomain;
                case DnsRcode.YXRRSet: return YxRrSet;
                case DnsRcode.NXRRSet: return NxRrSet;
                case DnsRcode.NotAuth: return NotAuth;
                case DnsRcode.NotZone: return NotZone;
                default: return ResultCode.Unknown;
            }
        }

        private static ResultCode OfTsigError(DnsRcode error)
        {
            switch (error)
            {
                case DnsRcode.BadSig: return BadSig;
                case DnsRcode.BadKey: return BadKey;
                case DnsRcode.BadTime: return BadTime;
                case DnsRcode.BadAlg: return BadAlg;
                default: return OtherTsigError;
            }
        }

        private static ResultCode Row(byte value, string token, UpdateOutcome outcome, int waitSeconds, bool backOff, string meaning)
        {
            return new ResultCode(value, token, outcome, waitSeconds, backOff, meaning);
        }
    }
}
