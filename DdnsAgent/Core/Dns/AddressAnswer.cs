namespace DdnsAgent.Dns
{
    /// <summary>What the answer to an A or AAAA query said, as <see cref="AddressAnswerReader"/> found it; a value.</summary>
    public struct AddressAnswer
    {
        private readonly AnswerProblem _problem;
        private readonly DnsRcode _rcode;
        private readonly bool _authoritative;
        private readonly int _addressCount;
        private readonly bool _alias;

        public AddressAnswer(AnswerProblem problem, DnsRcode rcode, bool authoritative, int addressCount, bool alias)
        {
            _problem = problem;
            _rcode = rcode;
            _authoritative = authoritative;
            _addressCount = addressCount;
            _alias = alias;
        }

        public AnswerProblem Problem => _problem;

        public DnsRcode Rcode => _rcode;

        /// <summary>The AA flag: the server answered from its own zone data, not from a cache.</summary>
        public bool Authoritative => _authoritative;

        /// <summary>How many addresses of the asked type the name has (all counted, even past the caller's array).</summary>
        public int AddressCount => _addressCount;

        /// <summary>The name is an alias (CNAME); its addresses belong to another name and are not counted.</summary>
        public bool IsAlias => _alias;

        /// <summary>Plain words for a problem.</summary>
        public static string Words(AnswerProblem problem)
        {
            switch (problem)
            {
                case AnswerProblem.None: return "the answer is well formed";
                case AnswerProblem.TooShort: return "the answer is too short to be a DNS message";
                case AnswerProblem.IdMismatch: return "the answer is for another query (its ID differs)";
                case AnswerProblem.NotAResponse: return "the server sent a request, not an answer";
                case AnswerProblem.WrongOpcode: return "the answer is not an answer to a query";
                case AnswerProblem.QuestionMismatch: return "the answer is for another question";
                case AnswerProblem.Truncated: return "the answer was truncated; it must be asked for again over TCP";
                case AnswerProblem.Malformed: return "the answer is malformed (its records do not add up to its length)";
                default: return "the answer could not be read";
            }
        }
    }
}
