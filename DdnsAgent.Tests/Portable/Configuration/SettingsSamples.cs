using DdnsAgent.Configuration;
using DdnsAgent.Ports;

namespace DdnsAgent.Tests.Configuration
{
    /// <summary>A complete, valid configuration for the configuration tests, and a text sink that keeps what is written.</summary>
    public static class SettingsSamples
    {
        public static Settings Valid()
        {
            Settings s = new Settings();
            s.WifiSsid = "HomeNet";
            s.WifiPassword = "wifi-secret-1";
            s.Provider = "noip";
            s.Username = "alice";
            s.Password = "p4ss:word";
            s.Hostnames = new string[] { "home.example.com", "nas.example.com" };
            return s;
        }

        /// <summary>Everything written, as one string.</summary>
        public sealed class Capture : ITextSink
        {
            public string Text { get; private set; } = string.Empty;

            public void Write(string text)
            {
                Text = Text + text;
            }
        }
    }
}
