using DdnsAgent.Dns;

namespace DdnsAgent.DnsUpdate
{
    /// <summary>
    /// What the answer to an UPDATE said, as <see cref="UpdateResponseReader"/> found it: a value, so reading
    /// it allocates nothing. <see cref="Rcode"/> is the server's verdict once <see cref="Problem"/> is None;
    /// with another problem it is what the header said, unverified (0 when there was no header).
    /// </summary>
    public struct UpdateResponse
    {
        private readonly UpdateProblem _problem;
        private readonly DnsRcode _rcode;
        private readonly DnsRcode _tsigError;
        private readonly long _serverTime;

        public UpdateResponse(UpdateProblem problem, DnsRcode rcode, DnsRcode tsigError, long serverTime)
        {
            _problem = problem;
            _rcode = rcode;
            _tsigError = tsigError;
            _serverTime = serverTime;
        }

        public UpdateProblem Problem => _problem;

        /// <summary>The header's RCODE.</summary>
        public DnsRcode Rcode => _rcode;

        /// <summary>The error field of the answer's TSIG record: BADSIG, BADKEY, BADTIME... or NoError.</summary>
        public DnsRcode TsigError => _tsigError;

        /// <summary>The server's time signed (for BADTIME, its clock), seconds since 1970; -1 when unknown.</summary>
        public long ServerTime => _serverTime;

        /// <summary>True only for a verified NOERROR answer: every record in the request was applied.</summary>
        public bool Accepted => Problem == UpdateProblem.None && Rcode == DnsRcode.NoError && TsigError == DnsRcode.NoError;

        /// <summary>Plain words for the user. Allocates: call it off the hot path. Never includes the secret.</summary>
        public string Describe()
        {
            switch (Problem)
            {
                case UpdateProblem.None:
                    return Rcode == DnsRcode.NoError
                        ? "the server accepted the update (NOERROR)"
                        : string.Concat(new string[] { "the server answered ", DnsRcodes.Name(Rcode), ": ", DnsRcodes.Describe(Rcode) });
                case UpdateProblem.SignatureRefused:
                    return string.Concat(new string[]
                    {
                        "the server refused the signature (", DnsRcodes.Name(Rcode), ", TSIG error ", DnsRcodes.Name(TsigError), "): ", DnsRcodes.Describe(TsigError),
                    });
                case UpdateProblem.Unsigned:
                    return string.Concat(new string[]
                    {
                        "the answer (", DnsRcodes.Name(Rcode), ") is not signed though the request was, so it cannot be trusted: it may be forged, or the server does not use the key",
                    });
                default:
                    return Words(Problem);
            }
        }

        /// <summary>The words for a problem alone.</summary>
        public static string Words(UpdateProblem problem)
        {
            switch (problem)
            {
                case UpdateProblem.None: return "the answer is verified";
                case UpdateProblem.TooShort: return "the answer is too short to be a DNS message";
                case UpdateProblem.IdMismatch: return "the answer is for another request (its ID differs)";
                case UpdateProblem.NotAResponse: return "the server sent a request, not an answer";
                case UpdateProblem.WrongOpcode: return "the answer is not an answer to an UPDATE";
                case UpdateProblem.Truncated: return "the answer was truncated; it must be asked for again over TCP";
                case UpdateProblem.Malformed: return "the answer is malformed (its records do not add up to its length)";
                case UpdateProblem.Unsigned: return "the answer is not signed though the request was, so it cannot be trusted";
                case UpdateProblem.SignatureRefused: return "the server refused the request's signature";
                case UpdateProblem.WrongKey: return "the answer is signed with another key than the request";
                case UpdateProblem.WrongAlgorithm: return "the answer is signed with another algorithm than hmac-sha256";
                case UpdateProblem.TruncatedMac: return "the answer's signature is shortened; only full hmac-sha256 signatures are accepted";
                case UpdateProblem.BadMac: return "the answer's signature does not match: it may be forged or damaged";
                case UpdateProblem.BadTime: return "the answer's signature time is more than 5 minutes from the device's clock: check the clock";
                default: return "the answer could not be read";
            }
        }
    }
}
