using DdnsAgent.Http;
using DdnsAgent.Protocol;

namespace DdnsAgent.Engine
{
    /// <summary>
    /// The one place that decides what came back from an update exchange means. The scheduler, the state
    /// restored after a reboot, the LED and the console all act on the code it returns:
    /// <list type="table">
    /// <listheader><term>what came back</term><description>code: outcome, least wait, back-off</description></listheader>
    /// <item><term>the certificate did not validate, or no TLS version both sides speak</term><description>CertificateRejected: settings problem, 5 min, doubling to 30</description></item>
    /// <item><term>refused before sending</term><description>NotSent: settings problem, 5 min, doubling to 30</description></item>
    /// <item><term>any other transport failure</term><description>None: retry, 1 min, doubling to 30</description></item>
    /// <item><term>a code the protocol knows</term><description>that code's row (good, nochg, badauth, 911...; NOERROR, SERVFAIL, REFUSED, BADSIG, BADTIME... of RFC 2136)</description></item>
    /// <item><term>HTTP 5xx without a code</term><description>ServerError: retry, 1 min, doubling to 30</description></item>
    /// <item><term>HTTP 401 without a code</term><description>Unauthorized: hard stop</description></item>
    /// <item><term>anything else</term><description>Unknown: retry, 10 min</description></item>
    /// </list>
    /// </summary>
    public static class UpdateDecision
    {
        /// <param name="failure">Why no answer came, or None when one did.</param>
        /// <param name="httpStatus">The HTTP status of the answer; 0 for a protocol that has none.</param>
        /// <param name="code">The protocol's code for this host; null (or Unknown) when the answer held none it knows.</param>
        /// <returns>The code that stands for what happened; it is also what the state records.</returns>
        public static ResultCode Decide(TransportFailure failure, int httpStatus, ResultCode code)
        {
            switch (failure)
            {
                case TransportFailure.None:
                    break;
                case TransportFailure.CertificateRejected:
                case TransportFailure.TlsVersionMismatch:
                    return ResultCode.CertificateRejected;
                case TransportFailure.NotAllowed:
                    return ResultCode.NotSent;
                default:
                    return ResultCode.None;
            }

            if (code != null && code != ResultCode.Unknown && code != ResultCode.None)
            {
                return code; // the protocol's own code says it all, whatever the HTTP status (Dyn sends 911 with 500)
            }

            if (httpStatus >= 500 && httpStatus <= 599)
            {
                return ResultCode.ServerError;
            }

            return httpStatus == 401 ? ResultCode.Unauthorized : ResultCode.Unknown;
        }

        /// <summary>
        /// Seconds to wait before the next attempt after code, when failures (this one included) came in a row:
        /// the code's least wait, doubled per failure where it backs off.
        /// </summary>
        public static int WaitSeconds(ResultCode code, int failures)
        {
            return code.BackOff ? Backoff.DelaySeconds(code.MinWaitSeconds, failures) : code.MinWaitSeconds;
        }

        /// <summary>True for the outcomes after which the agent waits and tries again by itself.</summary>
        public static bool Retries(UpdateOutcome outcome)
        {
            return outcome == UpdateOutcome.RetryLater || outcome == UpdateOutcome.SettingsProblem;
        }

        /// <summary>True for the outcomes that halt updates until the user acts.</summary>
        public static bool Halts(UpdateOutcome outcome)
        {
            return outcome == UpdateOutcome.HardStop || outcome == UpdateOutcome.Blocked;
        }
    }
}
