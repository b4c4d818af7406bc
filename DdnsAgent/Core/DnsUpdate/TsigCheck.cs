namespace DdnsAgent.DnsUpdate
{
    /// <summary>What checking the TSIG record of an answer found.</summary>
    public enum TsigCheck
    {
        /// <summary>The MAC is right and the time is within the fudge: the answer is the server's.</summary>
        Verified = 0,

        /// <summary>The answer carries no TSIG record, though the request was signed.</summary>
        Missing,

        /// <summary>The record is cut short or its lengths do not add up.</summary>
        Malformed,

        /// <summary>The record names another key than the one the request was signed with.</summary>
        WrongKey,

        /// <summary>The record names another algorithm than hmac-sha256.</summary>
        WrongAlgorithm,

        /// <summary>
        /// The server refused the request's signature (its TSIG error, such as BADSIG or BADKEY) and so could not
        /// sign the answer: the refusal is reported as the server sent it, unverified.
        /// </summary>
        RefusedUnsigned,

        /// <summary>The MAC is shorter than the full 32 bytes; the agent accepts only full MACs.</summary>
        TruncatedMac,

        /// <summary>The MAC does not match: the answer was changed or forged, or the secret differs.</summary>
        BadMac,

        /// <summary>The answer's time signed is further from the device's clock than the fudge allows.</summary>
        BadTime,
    }
}
