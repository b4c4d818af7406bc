using DdnsAgent.Addressing;
using DdnsAgent.Http;

namespace DdnsAgent.Detection
{
    /// <summary>
    /// The sentences the detector shows when a reflector lets it down. Built only on failure, so the
    /// allocation they cost never touches the steady state.
    /// </summary>
    internal static class ReflectorProblems
    {
        public static string Unreachable(Reflector reflector, TransportFailure failure, string detail)
        {
            string why = detail != null && detail.Length > 0 ? detail : Describe(failure);
            return reflector.Name + " could not be reached: " + why;
        }

        public static string Refused(Reflector reflector, int status) =>
            reflector.Name + " refused us with HTTP " + status.ToString() + "; it is left alone for an hour";

        public static string HttpStatus(Reflector reflector, int status) =>
            reflector.Name + " answered HTTP " + status.ToString();

        public static string Disagree(Reflector first, IpAddress firstAnswer, Reflector second, IpAddress secondAnswer) =>
            first.Name + " answered " + firstAnswer.ToString() + " but " + second.Name + " answered " + secondAnswer.ToString()
            + "; no address is trusted until they agree";

        public static string Unconfirmed(Reflector answered, string otherProblem)
        {
            string text = "only " + answered.Name + " answered and a second reflector must agree";
            return otherProblem == null ? text : text + " (" + otherProblem + ")";
        }

        private static string Describe(TransportFailure failure)
        {
            switch (failure)
            {
                case TransportFailure.ConnectFailed: return "name lookup or connection failed";
                case TransportFailure.Timeout: return "it did not answer in time";
                case TransportFailure.ConnectionReset: return "the connection was cut";
                case TransportFailure.CertificateRejected: return "its certificate was not trusted";
                case TransportFailure.TlsVersionMismatch: return "it offers no TLS version the agent accepts";
                case TransportFailure.RedirectRefused: return "it answered with a redirect, which is not followed";
                case TransportFailure.NotAllowed: return "plain http is not allowed by the settings";
                default: return "the network reported an error";
            }
        }
    }
}
