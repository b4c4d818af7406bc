namespace DdnsAgent.Configuration
{
    /// <summary>
    /// What the settings code needs to know about the providers: which ids exist and the few traits that
    /// make a configuration impossible. The one place that knows them, so that it can be fed from the
    /// provider catalog without touching the validator or the editor. Ids compare ignoring ASCII case.
    /// </summary>
    public static class ProviderIds
    {
        /// <summary>Any dyndns2 server, given by its update URL in <see cref="Settings.ServerUrl"/>.</summary>
        public const string Custom = "custom";

        private static readonly string[] Ids = new string[]
        {
            "dyn", "noip", "desec", "dynu", "he", "dynv6", "ovh", "strato", "freedns", "changeip",
            "dnsomatic", "selfhost", "inwx", Custom,
        };

        // Endpoints that take IPv4 only (docs/dyndns2.md: dynv6's dyndns2 endpoint; the others name no IPv6 form).
        private static readonly string[] IPv4Only = new string[]
        {
            "dynv6", "ovh", "strato", "freedns", "changeip", "dnsomatic", "selfhost",
        };

        private static string _listText;

        public static bool IsKnown(string id)
        {
            return IndexIn(Ids, id) >= 0;
        }

        public static bool IsCustom(string id)
        {
            return SettingText.EqualsIgnoreCase(id, Custom);
        }

        /// <summary>False where each hostname is its own user name (Hurricane Electric).</summary>
        public static bool NeedsUsername(string id)
        {
            return !SettingText.EqualsIgnoreCase(id, "he");
        }

        /// <summary>False where the endpoint takes IPv4 addresses only.</summary>
        public static bool SupportsIPv6(string id)
        {
            return IndexIn(IPv4Only, id) < 0;
        }

        /// <summary>False where the account is bound to one hostname and none is sent (INWX).</summary>
        public static bool AcceptsSeveralHostnames(string id)
        {
            return !SettingText.EqualsIgnoreCase(id, "inwx");
        }

        /// <summary>"dyn, noip, ..., custom" for messages that say what to choose.</summary>
        public static string ListText
        {
            get
            {
                if (_listText == null)
                {
                    _listText = SettingText.JoinList(Ids);
                }

                return _listText;
            }
        }

        private static int IndexIn(string[] ids, string id)
        {
            for (int i = 0; i < ids.Length; i++)
            {
                if (SettingText.EqualsIgnoreCase(ids[i], id))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
