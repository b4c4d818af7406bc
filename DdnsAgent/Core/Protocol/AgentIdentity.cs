using DdnsAgent.Text;

namespace DdnsAgent.Protocol
{
    /// <summary>
    /// The User-Agent DdnsAgent sends, in Dyn's "Company - Device - Version" form. Providers refuse or
    /// rate-limit missing and generic agents (badagent), so every request names the software and its version.
    /// </summary>
    public static class AgentIdentity
    {
        public const string Product = "DdnsAgent";

        public const string Version = "1.0";

        public const string Esp32Device = "ESP32";

        /// <summary>"DdnsAgent - ESP32 - 1.0": the default on the device.</summary>
        public const string DefaultUserAgent = Product + " - " + Esp32Device + " - " + Version;

        /// <summary>The longest agent text accepted from the configuration.</summary>
        public const int MaxUserAgentLength = 128;

        /// <summary>"DdnsAgent - {device} - {version}", for example "DdnsAgent - Linux - 1.0" on the host.</summary>
        public static string UserAgent(string device, string version)
        {
            return string.Concat(new[] { Product, " - ", device, " - ", version });
        }

        /// <summary>
        /// Null when the text may be sent as a User-Agent header, otherwise why not, without the key (the
        /// settings and the endpoint both name it user-agent). Printable ASCII only: a line break would let
        /// the text inject a header.
        /// </summary>
        public static string Problem(string userAgent)
        {
            if (!TextValues.IsSet(userAgent))
            {
                return "is empty; {unset user-agent} to send the agent's own";
            }

            if (userAgent.Length > MaxUserAgentLength)
            {
                return "is longer than 128 characters; shorten it, or {unset user-agent} to send the agent's own";
            }

            return Ascii.IsPrintable(userAgent) ? null : "may hold only printable ASCII characters (no line breaks or accents)";
        }
    }
}
