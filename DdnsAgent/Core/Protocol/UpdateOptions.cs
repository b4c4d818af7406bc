using DdnsAgent.Text;

namespace DdnsAgent.Protocol
{
    /// <summary>
    /// The optional dyndns2 parameters, checked once at configuration time and kept in the provider's
    /// spelling. A null value is left out of the request.
    /// </summary>
    public sealed class UpdateOptions
    {
        public const string On = "ON";
        public const string Off = "OFF";
        public const string NoChange = "NOCHG";
        public const string Yes = "YES";
        public const string No = "NO";

        public static readonly UpdateOptions None = new UpdateOptions(null, null, null, null);

        private UpdateOptions(string wildcard, string mx, string backMx, string offline)
        {
            Wildcard = wildcard;
            Mx = mx;
            BackMx = backMx;
            Offline = offline;
        }

        /// <summary>ON, OFF or NOCHG.</summary>
        public string Wildcard { get; }

        /// <summary>A mail exchanger host name, or NOCHG.</summary>
        public string Mx { get; }

        /// <summary>YES, NO or NOCHG.</summary>
        public string BackMx { get; }

        /// <summary>YES or NO (paid accounts; others answer !donator).</summary>
        public string Offline { get; }

        /// <summary>
        /// Checks every value (null or "" leaves the parameter out; case does not matter) and reports every
        /// problem, each with its key, separated by "; ".
        /// </summary>
        public static bool TryCreate(string wildcard, string mx, string backMx, string offline, out UpdateOptions options, out string error)
        {
            options = null;
            error = null;
            string wildcardValue = Choose(wildcard, On, Off, NoChange);
            string backMxValue = Choose(backMx, Yes, No, NoChange);
            string offlineValue = Choose(offline, Yes, No, null);
            string mxValue = null;
            if (IsSet(mx))
            {
                mxValue = Ascii.EqualsIgnoreCase(mx, NoChange) ? NoChange : mx;
            }

            if (IsSet(wildcard) && wildcardValue == null)
            {
                error = Join(error, "wildcard: must be ON, OFF or NOCHG");
            }

            if (mxValue != null && (object)mxValue != (object)NoChange)
            {
                string problem = Hostnames.Problem(mxValue);
                if (problem != null)
                {
                    error = Join(error, "mx: " + problem);
                }
            }

            if (IsSet(backMx) && backMxValue == null)
            {
                error = Join(error, "backmx: must be YES, NO or NOCHG");
            }

            if (IsSet(offline) && offlineValue == null)
            {
                error = Join(error, "offline: must be YES or NO");
            }

            if (error != null)
            {
                return false;
            }

            options = new UpdateOptions(wildcardValue, mxValue, backMxValue, offlineValue);
            return true;
        }

        private static bool IsSet(string value) => value != null && value.Length > 0;

        // The canonical spelling of value among the choices, or null.
        private static string Choose(string value, string first, string second, string third)
        {
            if (!IsSet(value))
            {
                return null;
            }

            if (Ascii.EqualsIgnoreCase(value, first))
            {
                return first;
            }

            if (Ascii.EqualsIgnoreCase(value, second))
            {
                return second;
            }

            return third != null && Ascii.EqualsIgnoreCase(value, third) ? third : null;
        }

        private static string Join(string errors, string problem) => errors == null ? problem : errors + "; " + problem;
    }
}
