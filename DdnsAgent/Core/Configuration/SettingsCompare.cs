namespace DdnsAgent.Configuration
{
    /// <summary>Which settings differ between two configurations (for "unsaved changes to ..." before leaving the console).</summary>
    public static class SettingsCompare
    {
        /// <summary>The keys whose values differ, as words names them ("hostnames, password"), or null when none do. Null and "" are both "not set".</summary>
        public static string ChangedKeys(Settings a, Settings b, Vocabulary words)
        {
            string changed = null;
            for (int i = 0; i < SettingKeys.Count; i++)
            {
                SettingKey key = SettingKeys.At(i);
                if (!Same(a, b, key))
                {
                    string name = words.Key(key.Id);
                    changed = changed == null ? name : string.Concat(changed, ", ", name);
                }
            }

            return changed;
        }

        private static bool Same(Settings a, Settings b, SettingKey key)
        {
            switch (key.Kind)
            {
                case SettingKind.Flag:
                    return SettingAccess.GetFlag(a, key.Id) == SettingAccess.GetFlag(b, key.Id);
                case SettingKind.Number:
                    return SettingAccess.GetNumber(a, key.Id) == SettingAccess.GetNumber(b, key.Id);
                case SettingKind.List:
                    return SameList(SettingAccess.GetList(a, key.Id), SettingAccess.GetList(b, key.Id));
                default:
                    return SameText(SettingAccess.GetText(a, key.Id), SettingAccess.GetText(b, key.Id));
            }
        }

        private static bool SameText(string x, string y)
        {
            bool xSet = x != null && x.Length > 0;
            bool ySet = y != null && y.Length > 0;
            return xSet == ySet && (!xSet || x == y);
        }

        private static bool SameList(string[] x, string[] y)
        {
            int xCount = x == null ? 0 : x.Length;
            int yCount = y == null ? 0 : y.Length;
            if (xCount != yCount)
            {
                return false;
            }

            for (int i = 0; i < xCount; i++)
            {
                if (!SameText(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
