using DdnsAgent.Ports;
using DdnsAgent.Shell;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>A small settings draft: a fixed set of keys, two of them secret, values kept in an array.</summary>
    public sealed class FakeSettingsConsole : ISettingsConsole
    {
        private static readonly string[] AllKeys = new string[]
        {
            "wifi.ssid", "wifi.password", "provider", "username", "password", "hostnames", "tls.ca",
        };

        private readonly string[] _values = new string[AllKeys.Length];

        public string[] Keys
        {
            get { return AllKeys; }
        }

        public int SetCount { get; private set; }

        public string LastKey { get; private set; }

        public string LastValue { get; private set; }

        /// <summary>When set, every TrySet is refused with this error.</summary>
        public string Refusal { get; set; }

        public bool IsSecret(string key)
        {
            return key == "wifi.password" || key == "password";
        }

        public string ValueOf(string key)
        {
            int index = IndexOf(key);
            return index < 0 ? null : _values[index];
        }

        public bool TrySet(string key, string value, out string error)
        {
            SetCount++;
            LastKey = key;
            LastValue = value;
            int index = IndexOf(key);
            if (index < 0 || Refusal != null)
            {
                error = Refusal ?? "no such key; `help set` lists the keys";
                return false;
            }

            _values[index] = value;
            error = null;
            return true;
        }

        public bool TryUnset(string key, out string error)
        {
            LastKey = key;
            int index = IndexOf(key);
            if (index < 0)
            {
                error = "no such key; `help set` lists the keys";
                return false;
            }

            _values[index] = null;
            error = null;
            return true;
        }

        public void Show(ITextSink output)
        {
            for (int i = 0; i < AllKeys.Length; i++)
            {
                string value = _values[i] == null ? "(not set)" : IsSecret(AllKeys[i]) ? "********" : _values[i];
                output.Write(AllKeys[i] + " = " + value + "\r\n");
            }
        }

        private static int IndexOf(string key)
        {
            for (int i = 0; i < AllKeys.Length; i++)
            {
                if (AllKeys[i] == key)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
