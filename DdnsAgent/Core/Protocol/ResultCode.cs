using DdnsAgent.Configuration;

namespace DdnsAgent.Protocol
{
    /// <summary>
    /// One answer code, as data: the value the state stores, the exact text a server sends, what the agent
    /// does about it, the least wait before the next attempt and whether failures in a row stretch that wait,
    /// and plain words for the user. Each protocol lists its own codes as rows (dyndns2: <c>Dyndns2Codes</c>);
    /// the rows here are the agent's own, for what came back without a protocol code (see UpdateDecision).
    /// </summary>
    /// <remarks>
    /// Values are stored in flash, so they never change meaning: 0 and 18 to 31 are the agent's own, 1 to 17
    /// dyndns2's, 32 to 63 RFC 2136's (its DNS response codes and TSIG errors; 32 to 48 in use). A row is one
    /// concept: adding a code is adding a row, never a case in a switch elsewhere.
    /// </remarks>
    public sealed class ResultCode
    {
        /// <summary>The largest value a code may have.</summary>
        public const int MaxValue = 63;

        /// <summary>No answer at all: the network, the connection or the server's silence. Also "never sent".</summary>
        public static readonly ResultCode None = new ResultCode(
            0, "", UpdateOutcome.RetryLater, 60, true,
            "no answer came from the server; the agent tries again by itself, waiting 5, 5, 5, 8, 16, then 30 minutes");

        /// <summary>An answer without a code the protocol knows, often an error page from a proxy.</summary>
        public static readonly ResultCode Unknown = new ResultCode(
            18, "", UpdateOutcome.RetryLater, 600, false,
            "the server answered something the agent does not understand (quoted as received); the agent tries again, not sooner than 10 minutes");

        /// <summary>The server's certificate did not validate: nothing was sent.</summary>
        public static readonly ResultCode CertificateRejected = new ResultCode(
            19, "certificate not accepted", UpdateOutcome.SettingsProblem, 300, true,
            "a settings problem: the server's certificate was not accepted, so nothing was sent; check the clock, and give the server's root certificate with {set tls.ca -}{then save}; meanwhile the agent tries again, waiting 5, 10, 20, then 30 minutes");

        /// <summary>The agent refused to send the request as the settings made it (plain http without opt-in, a request that does not fit).</summary>
        public static readonly ResultCode NotSent = new ResultCode(
            20, "not sent", UpdateOutcome.SettingsProblem, 300, true,
            "a settings problem: the agent did not send the request (the reason is given first); fix that setting{then save}; meanwhile the agent tries again, waiting 5, 10, 20, then 30 minutes");

        /// <summary>An HTTP 5xx answer without a protocol code.</summary>
        public static readonly ResultCode ServerError = new ResultCode(
            21, "server error", UpdateOutcome.RetryLater, 60, true,
            "the server failed without saying why; the agent tries again by itself, waiting 5, 5, 5, 8, 16, then 30 minutes");

        /// <summary>An HTTP 401 answer without a protocol code (deSEC refuses credentials this way).</summary>
        public static readonly ResultCode Unauthorized = new ResultCode(
            22, "HTTP 401", UpdateOutcome.HardStop, 0, false,
            "the server refused the credentials (HTTP 401): fix them with {set username} and {set password}{then save}");

        private static ResultCode[] _byValue;
        private readonly string _meaning;

        public ResultCode(byte value, string token, UpdateOutcome outcome, int minWaitSeconds, bool backOff, string meaning)
        {
            Value = value;
            Token = token;
            Outcome = outcome;
            MinWaitSeconds = minWaitSeconds;
            BackOff = backOff;
            _meaning = meaning;
        }

        /// <summary>What the state stores for this code.</summary>
        public byte Value { get; }

        /// <summary>The code exactly as a server writes it ("badauth", "911", "good 127.0.0.1"); "" for <see cref="None"/> and <see cref="Unknown"/>.</summary>
        public string Token { get; }

        public UpdateOutcome Outcome { get; }

        /// <summary>The least number of seconds before the next attempt; with <see cref="BackOff"/>, the first of a doubling series.</summary>
        public int MinWaitSeconds { get; }

        /// <summary>True when failures in a row double the wait (up to 30 minutes).</summary>
        public bool BackOff { get; }

        /// <summary>
        /// Plain words: what happened and what the user should do, in the words of the surface they are read on
        /// (settings and commands are markers in the stored text, see <see cref="Vocabulary.Fill"/>). Never holds
        /// secrets. Allocates when the text names a setting or command.
        /// </summary>
        public string Meaning(Vocabulary words)
        {
            return words.Fill(_meaning);
        }

        /// <summary>The code with this stored value, from the agent's rows and every protocol's; null for a value no row has.</summary>
        public static ResultCode Find(int value)
        {
            ResultCode[] table = _byValue;
            if (table == null)
            {
                table = BuildTable();
                _byValue = table;
            }

            return value >= 0 && value < table.Length ? table[value] : null;
        }

        /// <summary>Every code, in value order (for tests and help).</summary>
        public static int Count
        {
            get
            {
                int count = 0;
                for (int value = 0; value <= MaxValue; value++)
                {
                    count += Find(value) == null ? 0 : 1;
                }

                return count;
            }
        }

        // Built on first use, never in a static initialiser: the device does not order those across classes.
        private static ResultCode[] BuildTable()
        {
            var table = new ResultCode[MaxValue + 1];
            Put(table, new ResultCode[] { None, Unknown, CertificateRejected, NotSent, ServerError, Unauthorized });
            UpdateProtocols.AddCodes(table);
            return table;
        }

        /// <summary>Puts rows into the table by value; a value taken twice is a programming error.</summary>
        internal static void Put(ResultCode[] table, ResultCode[] rows)
        {
            for (int i = 0; i < rows.Length; i++)
            {
                ResultCode row = rows[i];
                if (row.Value >= table.Length || table[row.Value] != null)
                {
                    throw new System.ArgumentException("result code value taken twice or out of range");
                }

                table[row.Value] = row;
            }
        }
    }
}
