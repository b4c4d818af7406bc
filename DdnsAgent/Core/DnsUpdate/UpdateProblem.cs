namespace DdnsAgent.DnsUpdate
{
    /// <summary>Why the answer to an UPDATE cannot be taken at its word; <see cref="UpdateResponse.Describe"/> has the words.</summary>
    public enum UpdateProblem
    {
        /// <summary>The answer is verified: its RCODE is the server's verdict.</summary>
        None = 0,
        TooShort,
        IdMismatch,
        NotAResponse,
        WrongOpcode,

        /// <summary>The TC flag is set: ask again over TCP.</summary>
        Truncated,
        Malformed,

        /// <summary>No TSIG record, though the request was signed.</summary>
        Unsigned,

        /// <summary>The server refused the request's signature: see <see cref="UpdateResponse.TsigError"/>.</summary>
        SignatureRefused,
        WrongKey,
        WrongAlgorithm,
        TruncatedMac,
        BadMac,
        BadTime,
    }
}
