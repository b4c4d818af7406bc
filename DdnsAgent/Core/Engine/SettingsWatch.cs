using DdnsAgent.Configuration;

namespace DdnsAgent.Engine
{
    /// <summary>
    /// Tells a platform's main loop what changed in the settings in force since it last looked, so that it
    /// rejoins Wi-Fi, rebuilds the trusted roots or moves the console and LED only when it must. The loop
    /// polls <c>AgentRuntime.Current</c>: every `save` puts a new Settings object in force and a
    /// factory reset puts none, so a new reference is the signal and the fields say what differs.
    /// </summary>
    public sealed class SettingsWatch
    {
        private Settings _seen;
        private bool _looked;

        /// <summary>The Wi-Fi network name or passphrase differs (or settings came or went): rejoin or leave.</summary>
        public bool WifiChanged { get; private set; }

        /// <summary>The user's CA certificate differs (or settings came): rebuild the HTTPS trust.</summary>
        public bool TrustChanged { get; private set; }

        /// <summary>The LED or console pins or the console speed differ: reopen them.</summary>
        public bool PinsChanged { get; private set; }

        /// <summary>Settings were in force at the last look and are not now (factory reset).</summary>
        public bool Unconfigured { get; private set; }

        /// <summary>
        /// Compares <paramref name="current"/> (null while unconfigured) with the settings of the last call.
        /// True on the first call and whenever they are not the same object; the flags then say what differs.
        /// The first call counts every field of non-null settings as changed, so that the loop sets up once.
        /// </summary>
        public bool Poll(Settings current)
        {
            Settings before = _seen;
            bool first = !_looked;
            _looked = true;
            _seen = current;
            if (!first && current == before)
            {
                Clear();
                return false;
            }

            if (current == null)
            {
                Clear();
                Unconfigured = before != null;
                WifiChanged = before != null;
                return true;
            }

            Unconfigured = false;
            WifiChanged = before == null || current.WifiSsid != before.WifiSsid || current.WifiPassword != before.WifiPassword;
            TrustChanged = before == null || current.CaCertificate != before.CaCertificate;
            PinsChanged = before == null
                || current.LedPin != before.LedPin
                || current.LedActiveLow != before.LedActiveLow
                || current.ConsoleRxPin != before.ConsoleRxPin
                || current.ConsoleTxPin != before.ConsoleTxPin
                || current.ConsoleBaudRate != before.ConsoleBaudRate;
            return true;
        }

        private void Clear()
        {
            WifiChanged = false;
            TrustChanged = false;
            PinsChanged = false;
            Unconfigured = false;
        }
    }
}
