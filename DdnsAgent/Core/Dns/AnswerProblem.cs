namespace DdnsAgent.Dns
{
    /// <summary>Why the answer to a query cannot be used; <see cref="AddressAnswer.Words"/> has the words.</summary>
    public enum AnswerProblem
    {
        /// <summary>The answer is well formed and answers the question: see its RCODE and addresses.</summary>
        None = 0,
        TooShort,
        IdMismatch,
        NotAResponse,
        WrongOpcode,

        /// <summary>The question section is not the question asked.</summary>
        QuestionMismatch,

        /// <summary>The TC flag is set: ask again over TCP.</summary>
        Truncated,
        Malformed,
    }
}
