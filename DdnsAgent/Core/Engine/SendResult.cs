using DdnsAgent.Protocol;

namespace DdnsAgent.Engine
{
    /// <summary>What one round of update requests came to. Reused: <see cref="Clear"/> before each round.</summary>
    public sealed class SendResult
    {
        /// <summary>The code that decides the round: the first with the worst outcome; null while nothing came back.</summary>
        public ResultCode Decisive { get; private set; }

        /// <summary>What the round means for the agent: Success when every record sent was accepted (or none was sent).</summary>
        public UpdateOutcome Outcome => Decisive == null ? UpdateOutcome.Success : Decisive.Outcome;

        /// <summary>For a round to retry: the longest wait its failed records ask for, before jitter.</summary>
        public int WaitSeconds { get; private set; }

        /// <summary>That wait is a back-off after failures in a row: it gets jitter.</summary>
        public bool BackOff { get; private set; }

        /// <summary>For a failed round: the host its decisive code came from, or null when the code is not one host's.</summary>
        public string ProblemSubject { get; private set; }

        /// <summary>For a failed round: what came back instead of the code's text (a quoted line, a transport's words), or null.</summary>
        public string ProblemDetail { get; private set; }

        public void Clear()
        {
            Decisive = null;
            WaitSeconds = 0;
            BackOff = false;
            ProblemSubject = null;
            ProblemDetail = null;
        }

        /// <summary>True when code would become the decisive one (so its words are needed).</summary>
        internal bool WouldDecide(ResultCode code)
        {
            return Decisive == null || code.Outcome > Decisive.Outcome;
        }

        /// <summary>Counts one host's decided code, with the wait it asks for and, for a failure, what to show about it.</summary>
        internal void Add(ResultCode code, int waitSeconds, string subject, string detail)
        {
            if (WouldDecide(code))
            {
                Decisive = code;
                ProblemSubject = subject;
                ProblemDetail = detail;
            }

            if (UpdateDecision.Retries(code.Outcome) && waitSeconds > WaitSeconds)
            {
                WaitSeconds = waitSeconds;
                BackOff = code.BackOff;
            }
        }
    }
}
