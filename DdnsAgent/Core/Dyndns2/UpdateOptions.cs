using DdnsAgent.Protocol;
using DdnsAgent.Text;

namespace DdnsAgent.Dyndns2
{
    /// <summary>
    /// The optional dyndns2 parameters, checked once at configuration time and kept in the provider's
    /// spelling. A value that is null or "" is not set and is left out of the request. The checks are
    /// public so that the settings validator judges a value exactly as the request side does.
    /// </summary>
    public sealed class UpdateOptions
    {
        public const string On = "ON";
        public const string Off = "OFF";
        public const string NoChange = "NOCHG";
        public const string Yes = "YES";
        public const string No = "NO";

        public static readonly UpdateOptions None = new UpdateOptions(null, null, null, null);

        private static readonly string[] WildcardChoices = new string[] { On, Off, NoChange };
        private static readonly string[] BackMxChoices = new string[] { Yes, No, NoChange };
        private static readonly string[] OfflineChoices = new string[] { Yes, No };

        private UpdateOptions(string wildcard, string mx, string backMx, string offline)
        {
            Wildcard = wildcard;
            Mx = mx;
            BackMx = backMx;
            Offline = offline;
        }

        /// <summary>ON, OFF or NOCHG; null when left out.</summary>
        public string Wildcard { get; }

        /// <summary>A mail exchanger host name, or NOCHG; null when left out.</summary>
        public string Mx { get; }

        /// <summary>YES, NO or NOCHG; null when left out.</summary>
        public string BackMx { get; }

        /// <summary>YES or NO (paid accounts; others answer !donator); null when left out.</summary>
        public string Offline { get; }

        /// <summary>
        /// Checks every value (null or "" leaves the parameter out; case does not matter) and reports every
        /// problem, each with its key, separated by "; ".
        /// </summary>
        public static bool TryCreate(string wildcard, string mx, string backMx, string offline, out UpdateOptions options, out string error)
        {
            options = null;
            error = null;
            error = Add(error, "wildcard", WildcardProblem(wildcard));
            error = Add(error, "mx", MxProblem(mx));
            error = Add(error, "backmx", BackMxProblem(backMx));
            error = Add(error, "offline", OfflineProblem(offline));
            if (error != null)
            {
                return false;
            }

            string mxValue = null;
            if (TextValues.IsSet(mx))
            {
                mxValue = Ascii.EqualsIgnoreCase(mx, NoChange) ? NoChange : mx;
            }

            options = new UpdateOptions(
                TextValues.FindChoice(wildcard, WildcardChoices), mxValue, TextValues.FindChoice(backMx, BackMxChoices), TextValues.FindChoice(offline, OfflineChoices));
            return true;
        }

        /// <summary>Null when value may be sent as wildcard (or is not set), else why not.</summary>
        public static string WildcardProblem(string value) => ChoiceProblem(value, WildcardChoices);

        /// <summary>Null when value may be sent as backmx (or is not set), else why not.</summary>
        public static string BackMxProblem(string value) => ChoiceProblem(value, BackMxChoices);

        /// <summary>Null when value may be sent as offline (or is not set), else why not.</summary>
        public static string OfflineProblem(string value) => ChoiceProblem(value, OfflineChoices);

        /// <summary>Null when value may be sent as mx (a host name or NOCHG, or not set), else why not.</summary>
        public static string MxProblem(string value)
        {
            if (!TextValues.IsSet(value) || Ascii.EqualsIgnoreCase(value, NoChange) || Hostnames.IsFullyQualified(value))
            {
                return null;
            }

            return "'" + value + "' is neither a fully qualified host name nor NOCHG";
        }

        private static string ChoiceProblem(string value, string[] choices)
        {
            return TextValues.IsSet(value) ? TextValues.ChoiceProblem(value, choices) : null;
        }

        private static string Add(string errors, string key, string problem)
        {
            if (problem == null)
            {
                return errors;
            }

            string item = string.Concat("{", key, "}: ", problem);
            return errors == null ? item : errors + "; " + item;
        }
    }
}
