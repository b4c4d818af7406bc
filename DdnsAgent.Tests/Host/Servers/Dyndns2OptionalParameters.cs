using System;
using Microsoft.AspNetCore.Http;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>Checks system, wildcard, mx, backmx and offline the way a strict provider would.</summary>
    internal static class Dyndns2OptionalParameters
    {
        private static readonly string[] Systems = { "dyndns", "statdns", "custom" };
        private static readonly string[] OnOffNochg = { "ON", "OFF", "NOCHG" };
        private static readonly string[] YesNoNochg = { "YES", "NO", "NOCHG" };
        private static readonly string[] YesNo = { "YES", "NO" };

        /// <summary>
        /// Null when every optional parameter is acceptable; otherwise the answer for the whole request and,
        /// in <paramref name="violation"/>, what the client did wrong (null for a legitimate refusal).
        /// </summary>
        public static string Check(IQueryCollection query, Dyndns2EmulatorOptions options, out string violation)
        {
            violation = null;
            string system = Value(query, "system");
            if (system != null && !IsOneOf(system, Systems, StringComparison.Ordinal))
            {
                violation = "invalid system '" + system + "'";
                return "badsys";
            }
            string invalid = FirstInvalidChoice(query, "wildcard", OnOffNochg)
                ?? FirstInvalidChoice(query, "backmx", YesNoNochg)
                ?? FirstInvalidChoice(query, "offline", YesNo);
            if (invalid != null)
            {
                violation = invalid;
                return options.InvalidOptionAnswer;
            }
            string mx = Value(query, "mx");
            if (mx != null && !string.Equals(mx, "NOCHG", StringComparison.OrdinalIgnoreCase) && !Hostname.IsFullyQualified(mx))
            {
                violation = "invalid mx '" + mx + "'";
                return options.InvalidOptionAnswer;
            }
            string offline = Value(query, "offline");
            if (string.Equals(offline, "YES", StringComparison.OrdinalIgnoreCase) && !options.AllowOffline)
            {
                return "!donator";
            }
            return null;
        }

        /// <summary>The first value of a query parameter, or null when absent.</summary>
        public static string Value(IQueryCollection query, string name)
        {
            return query.TryGetValue(name, out Microsoft.Extensions.Primitives.StringValues values) && values.Count > 0 ? values[0] : null;
        }

        private static string FirstInvalidChoice(IQueryCollection query, string name, string[] allowed)
        {
            string value = Value(query, name);
            return value == null || IsOneOf(value, allowed, StringComparison.OrdinalIgnoreCase) ? null : "invalid " + name + " '" + value + "'";
        }

        private static bool IsOneOf(string value, string[] allowed, StringComparison comparison)
        {
            foreach (string candidate in allowed)
            {
                if (string.Equals(value, candidate, comparison))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
