namespace DdnsAgent.Protocol
{
    /// <summary>
    /// The one place that decides what a dyndns2 answer code means: its exact text, the outcome the
    /// scheduler acts on, the least time to wait before trying again, and plain words for the user.
    /// </summary>
    public static class ResultCodes
    {
        /// <summary>After 911 or dnserr: no sooner than 30 minutes (Dyn, No-IP).</summary>
        public const int OutageRetryDelaySeconds = 1800;

        /// <summary>After Hurricane Electric's "interval" (updates too frequent).</summary>
        public const int IntervalRetryDelaySeconds = 600;

        /// <summary>After an answer the agent does not understand, often an error page from a proxy.</summary>
        public const int UnknownRetryDelaySeconds = 600;

        /// <summary>
        /// The code exactly as the provider writes it ("badauth", "!donator", "911", "good 127.0.0.1").
        /// None and Unknown have no text: "" (show <see cref="UpdateAnswer.FirstLineText"/> for Unknown).
        /// </summary>
        public static string Token(ResultCode code)
        {
            switch (code)
            {
                case ResultCode.Good: return "good";
                case ResultCode.NoChange: return "nochg";
                case ResultCode.BadAuth: return "badauth";
                case ResultCode.NotDonator: return "!donator";
                case ResultCode.NotFqdn: return "notfqdn";
                case ResultCode.NoHost: return "nohost";
                case ResultCode.NumHost: return "numhost";
                case ResultCode.Abuse: return "abuse";
                case ResultCode.BadAgent: return "badagent";
                case ResultCode.BadSys: return "badsys";
                case ResultCode.NotYours: return "!yours";
                case ResultCode.DnsError: return "dnserr";
                case ResultCode.ServerError911: return "911";
                case ResultCode.AgentRefused: return "good 127.0.0.1";
                case ResultCode.Interval: return "interval";
                case ResultCode.NoIPv4: return "noipv4";
                case ResultCode.NoIPv6: return "noipv6";
                default: return "";
            }
        }

        /// <summary>
        /// What a code means for the agent. Every "stop" row of the protocol is a hard stop, including
        /// badagent and "good 127.0.0.1"; outages, HE's interval, unknown text and no code at all are
        /// retried later. NoChange stays NoChange: noticing repeated nochg is the scheduler's job.
        /// </summary>
        public static UpdateOutcome Classify(ResultCode code)
        {
            switch (code)
            {
                case ResultCode.Good:
                    return UpdateOutcome.Success;
                case ResultCode.NoChange:
                    return UpdateOutcome.NoChange;
                case ResultCode.BadAuth:
                case ResultCode.NotDonator:
                case ResultCode.NotFqdn:
                case ResultCode.NoHost:
                case ResultCode.NumHost:
                case ResultCode.Abuse:
                case ResultCode.BadAgent:
                case ResultCode.BadSys:
                case ResultCode.NotYours:
                case ResultCode.AgentRefused:
                case ResultCode.NoIPv4:
                case ResultCode.NoIPv6:
                    return UpdateOutcome.HardStop;
                default:
                    return UpdateOutcome.RetryLater;
            }
        }

        /// <summary>The least number of seconds to wait before the next request after this code; 0 when the code demands no wait.</summary>
        public static int MinRetryDelaySeconds(ResultCode code)
        {
            switch (code)
            {
                case ResultCode.DnsError:
                case ResultCode.ServerError911:
                    return OutageRetryDelaySeconds;
                case ResultCode.Interval:
                    return IntervalRetryDelaySeconds;
                case ResultCode.Unknown:
                    return UnknownRetryDelaySeconds;
                default:
                    return 0;
            }
        }

        /// <summary>Plain words: what happened and what the user should do. Never holds secrets.</summary>
        public static string Describe(ResultCode code)
        {
            switch (code)
            {
                case ResultCode.Good:
                    return "the provider accepted the update and now has the new address";
                case ResultCode.NoChange:
                    return "the provider already had this address; the agent sends it again only when the address changes, because repeated no-change updates can get the name blocked";
                case ResultCode.BadAuth:
                    return "the provider rejected the user name or password: fix them with `set username` and `set password`, then `save`";
                case ResultCode.NotDonator:
                    return "the request asked for a feature of paid accounts (offline): remove it with `unset offline`, then `save`";
                case ResultCode.NotFqdn:
                    return "a hostname is not a fully qualified name (write it whole, like home.example.org): fix it with `set hostnames`, then `save`";
                case ResultCode.NoHost:
                    return "a hostname does not exist in this account: check its spelling or create it at the provider, fix it with `set hostnames`, then `save`";
                case ResultCode.NumHost:
                    return "too many hostnames in one request, or a round-robin name: shorten the list with `set hostnames`, then `save`";
                case ResultCode.Abuse:
                    return "the provider blocked the hostname for abuse: unblock it on the provider's web site, then `resume`";
                case ResultCode.BadAgent:
                    return "the provider refused this agent (its User-Agent or request): look for a newer DdnsAgent or change the agent text with `set user-agent`, then `save`";
                case ResultCode.BadSys:
                    return "the provider does not accept the system value in the server URL: correct it with `set server`, then `save`";
                case ResultCode.NotYours:
                    return "a hostname belongs to another account: fix the names with `set hostnames` or the account with `set username`, then `save`";
                case ResultCode.DnsError:
                    return "the provider's DNS failed; the agent tries again by itself, not sooner than 30 minutes";
                case ResultCode.ServerError911:
                    return "the provider has an outage or is in maintenance; the agent tries again by itself, not sooner than 30 minutes";
                case ResultCode.AgentRefused:
                    return "the provider ignored the update (it answered good 127.0.0.1) because it does not accept this agent: look for a newer DdnsAgent or change the agent text with `set user-agent`, then `save`";
                case ResultCode.Interval:
                    return "the provider says updates come too often; the agent waits at least 10 minutes before trying again";
                case ResultCode.NoIPv4:
                    return "the provider expected an IPv4 address for this name but none was sent: turn IPv4 on with `set ipv4 yes`, or remove the name's A record at the provider, then `save`";
                case ResultCode.NoIPv6:
                    return "the provider expected an IPv6 address for this name but none was sent: turn IPv6 on with `set ipv6 yes`, or remove the name's AAAA record at the provider, then `save`";
                case ResultCode.Unknown:
                    return "the provider answered something the agent does not understand (shown as received); the agent tries again, not sooner than 10 minutes";
                default:
                    return "no answer was received from the provider";
            }
        }
    }
}
