namespace DdnsAgent.Configuration
{
    /// <summary>A deep copy of the settings: the console edits a draft while the saved settings stay in force.</summary>
    public static class SettingsCopy
    {
        /// <summary>Every key's value copied through <see cref="SettingAccess"/>; lists are copied, never shared.</summary>
        public static Settings Of(Settings s)
        {
            Settings copy = new Settings();
            for (int i = 0; i < SettingKeys.Count; i++)
            {
                SettingKey key = SettingKeys.At(i);
                SettingAccess.Copy(s, copy, key);
                if (key.Kind == SettingKind.List)
                {
                    SettingAccess.SetList(copy, key.Id, CopyOf(SettingAccess.GetList(s, key.Id)));
                }
            }

            return copy;
        }

        private static string[] CopyOf(string[] values)
        {
            if (values == null)
            {
                return null;
            }

            var copy = new string[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                copy[i] = values[i];
            }

            return copy;
        }
    }
}
