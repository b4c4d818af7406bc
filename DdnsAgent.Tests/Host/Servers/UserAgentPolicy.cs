using System;

namespace DdnsAgent.Tests.Servers
{
    public enum UserAgentVerdict
    {
        Accepted,
        Missing,
        Generic,
        Blocked,
    }

    /// <summary>How a strict provider judges a User-Agent.</summary>
    public static class UserAgentPolicy
    {
        public static UserAgentVerdict Judge(string userAgent, Dyndns2EmulatorOptions options)
        {
            string agent = (userAgent ?? "").Trim();
            if (agent.Length == 0)
            {
                return UserAgentVerdict.Missing;
            }
            foreach (string blocked in options.BlockedUserAgents)
            {
                if (agent.StartsWith(blocked, StringComparison.OrdinalIgnoreCase))
                {
                    return UserAgentVerdict.Blocked;
                }
            }
            foreach (string generic in options.GenericUserAgentPrefixes)
            {
                if (agent.StartsWith(generic, StringComparison.OrdinalIgnoreCase))
                {
                    return UserAgentVerdict.Generic;
                }
            }
            if (options.RequireVersionInUserAgent && !HasDigit(agent))
            {
                return UserAgentVerdict.Generic;
            }
            return UserAgentVerdict.Accepted;
        }

        private static bool HasDigit(string text)
        {
            foreach (char c in text)
            {
                if (c >= '0' && c <= '9')
                {
                    return true;
                }
            }
            return false;
        }
    }
}
