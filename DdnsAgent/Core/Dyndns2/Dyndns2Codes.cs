using DdnsAgent.Protocol;
using DdnsAgent.Text;

namespace DdnsAgent.Dyndns2
{
    /// <summary>
    /// Every answer code of the dyndns2 family (see docs/dyndns2.md), one row each: the exact text, what it
    /// means for the agent, how long to wait, and plain words. Every "stop" row of the protocol is a hard stop,
    /// badagent and "good 127.0.0.1" included; outages wait 30 minutes, Hurricane Electric's interval 10.
    /// NoChange stays NoChange: noticing repeated nochg is the scheduler's job.
    /// </summary>
    public static class Dyndns2Codes
    {
        /// <summary>After 911 or dnserr: no sooner than 30 minutes (Dyn, No-IP).</summary>
        public const int OutageRetryDelaySeconds = 1800;

        /// <summary>After Hurricane Electric's "interval" (updates too frequent).</summary>
        public const int IntervalRetryDelaySeconds = 600;

        public static readonly ResultCode Good = Row(1, "good", UpdateOutcome.Success, 0,
            "the provider accepted the update and now has the new address");

        public static readonly ResultCode NoChange = Row(2, "nochg", UpdateOutcome.NoChange, 0,
            "the provider already had this address; the agent sends it again only when the address changes, because repeated no-change updates can get the name blocked");

        public static readonly ResultCode BadAuth = Row(3, "badauth", UpdateOutcome.HardStop, 0,
            "the provider rejected the user name or password: fix them with {set username} and {set password}{then save}");

        public static readonly ResultCode NotDonator = Row(4, "!donator", UpdateOutcome.HardStop, 0,
            "the request asked for a feature of paid accounts (offline): {unset offline}{then save}");

        public static readonly ResultCode NotFqdn = Row(5, "notfqdn", UpdateOutcome.HardStop, 0,
            "a hostname is not a fully qualified name (write it whole, like home.example.org): fix it with {set hostnames}{then save}");

        public static readonly ResultCode NoHost = Row(6, "nohost", UpdateOutcome.HardStop, 0,
            "a hostname does not exist in this account: check its spelling or create it at the provider, fix it with {set hostnames}{then save}");

        public static readonly ResultCode NumHost = Row(7, "numhost", UpdateOutcome.HardStop, 0,
            "too many hostnames in one request, or a round-robin name: shorten the list with {set hostnames}{then save}");

        public static readonly ResultCode Abuse = Row(8, "abuse", UpdateOutcome.Blocked, 0,
            "the provider blocked the hostname for abuse: unblock it on the provider's web site, then {resume}");

        public static readonly ResultCode BadAgent = Row(9, "badagent", UpdateOutcome.HardStop, 0,
            "the provider refused this agent (its User-Agent or request): look for a newer DdnsAgent or change the agent text with {set user-agent}{then save}");

        public static readonly ResultCode BadSys = Row(10, "badsys", UpdateOutcome.HardStop, 0,
            "the provider does not accept the system value in the server URL: correct it with {set server}{then save}");

        public static readonly ResultCode NotYours = Row(11, "!yours", UpdateOutcome.HardStop, 0,
            "a hostname belongs to another account: fix the names with {set hostnames} or the account with {set username}{then save}");

        public static readonly ResultCode DnsError = Row(12, "dnserr", UpdateOutcome.RetryLater, OutageRetryDelaySeconds,
            "the provider's DNS failed; the agent tries again by itself, not sooner than 30 minutes");

        public static readonly ResultCode ServerError911 = Row(13, "911", UpdateOutcome.RetryLater, OutageRetryDelaySeconds,
            "the provider has an outage or is in maintenance; the agent tries again by itself, not sooner than 30 minutes");

        /// <summary>"good 127.0.0.1": the provider ignored the request because it does not accept the agent.</summary>
        public static readonly ResultCode AgentRefused = Row(14, "good 127.0.0.1", UpdateOutcome.HardStop, 0,
            "the provider ignored the update (it answered good 127.0.0.1) because it does not accept this agent: look for a newer DdnsAgent or change the agent text with {set user-agent}{then save}");

        /// <summary>Hurricane Electric: updates too frequent.</summary>
        public static readonly ResultCode Interval = Row(15, "interval", UpdateOutcome.RetryLater, IntervalRetryDelaySeconds,
            "the provider says updates come too often; the agent waits at least 10 minutes before trying again");

        /// <summary>Hurricane Electric: no IPv4 address given for an A record.</summary>
        public static readonly ResultCode NoIPv4 = Row(16, "noipv4", UpdateOutcome.HardStop, 0,
            "the provider expected an IPv4 address for this name but none was sent: turn IPv4 on with {set ipv4 yes}{then save}, or remove the name's A record at the provider, then {resume}");

        /// <summary>Hurricane Electric: no IPv6 address given for an AAAA record.</summary>
        public static readonly ResultCode NoIPv6 = Row(17, "noipv6", UpdateOutcome.HardStop, 0,
            "the provider expected an IPv6 address for this name but none was sent: turn IPv6 on with {set ipv6 yes}{then save}, or remove the name's AAAA record at the provider, then {resume}");

        /// <summary>Every row, in value order.</summary>
        public static readonly ResultCode[] All =
        {
            Good, NoChange, BadAuth, NotDonator, NotFqdn, NoHost, NumHost, Abuse, BadAgent, BadSys, NotYours,
            DnsError, ServerError911, AgentRefused, Interval, NoIPv4, NoIPv6,
        };

        /// <summary>
        /// The code whose one-word token is text[offset..offset+count), ignoring ASCII case; null when none is.
        /// "good 127.0.0.1" is not matched here: it is "good" plus an address, told apart by the parser.
        /// </summary>
        public static ResultCode Match(byte[] text, int offset, int count)
        {
            for (int i = 0; i < All.Length; i++)
            {
                ResultCode code = All[i];
                if (code != AgentRefused && Ascii.EqualsIgnoreCase(text, offset, count, code.Token))
                {
                    return code;
                }
            }

            return null;
        }

        private static ResultCode Row(byte value, string token, UpdateOutcome outcome, int waitSeconds, string meaning)
        {
            return new ResultCode(value, token, outcome, waitSeconds, false, meaning);
        }
    }
}
