using DdnsAgent.Protocol;

namespace DdnsAgent.Engine
{
    /// <summary>What one round of update requests came to. Reused: <see cref="Clear"/> before each round.</summary>
    public sealed class SendResult
    {
        /// <summary>Requests that reached the provider and got an answer.</summary>
        public int RequestsAnswered { get; internal set; }

        /// <summary>Host and family records that were due and sent.</summary>
        public int RecordsSent { get; internal set; }

        /// <summary>Records the provider confirmed (good or nochg).</summary>
        public int RecordsConfirmed { get; internal set; }

        /// <summary>A hard stop was answered: updates are halted until the user acts.</summary>
        public bool Halted { get; internal set; }

        public ResultCode HaltCode { get; internal set; }

        /// <summary>A retryable failure: wait at least <see cref="RetryDelaySeconds"/> (0: use the back-off).</summary>
        public bool MustRetry { get; internal set; }

        public int RetryDelaySeconds { get; internal set; }

        /// <summary>The failure was the network or the server (no dyndns2 answer): back off exponentially.</summary>
        public bool TransportFailed { get; internal set; }

        /// <summary>Plain words for the first problem, or null.</summary>
        public string Problem { get; internal set; }

        public void Clear()
        {
            RequestsAnswered = 0;
            RecordsSent = 0;
            RecordsConfirmed = 0;
            Halted = false;
            HaltCode = ResultCode.None;
            MustRetry = false;
            RetryDelaySeconds = 0;
            TransportFailed = false;
            Problem = null;
        }

        internal void Retry(int delaySeconds, bool transport, string problem)
        {
            MustRetry = true;
            TransportFailed |= transport;
            if (delaySeconds > RetryDelaySeconds)
            {
                RetryDelaySeconds = delaySeconds;
            }

            if (Problem == null)
            {
                Problem = problem;
            }
        }
    }
}
