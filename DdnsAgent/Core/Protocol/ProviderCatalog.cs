using DdnsAgent.Text;

namespace DdnsAgent.Protocol
{
    /// <summary>
    /// Every value the provider setting takes, whatever the protocol: each protocol contributes its rows
    /// (see <see cref="UpdateProtocols"/>), so the settings checks and the engine know providers only from here.
    /// </summary>
    public static class ProviderCatalog
    {
        private static ProviderPreset[] _rows;
        private static string _idList;

        public static int Count => Rows.Length;

        public static ProviderPreset Get(int index) => Rows[index];

        /// <summary>"dyn, noip, ..., inwx, custom": every id the provider setting takes, for messages and help.</summary>
        public static string IdList
        {
            get
            {
                if (_idList == null)
                {
                    ProviderPreset[] rows = Rows;
                    var ids = new string[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        ids[i] = rows[i].Id;
                    }

                    _idList = TextValues.JoinList(ids);
                }

                return _idList;
            }
        }

        /// <summary>True for an id of the catalog, ignoring ASCII case.</summary>
        public static bool IsKnown(string id)
        {
            return Find(id) != null;
        }

        /// <summary>True when id names a row whose server comes from the `server` setting ("custom").</summary>
        public static bool UsesServerSetting(string id)
        {
            ProviderPreset row = Find(id);
            return row != null && row.UsesServerSetting;
        }

        /// <summary>The row with this id, ignoring ASCII case; null when there is none. Allocates nothing.</summary>
        public static ProviderPreset Find(string id)
        {
            if (id == null)
            {
                return null;
            }

            ProviderPreset[] rows = Rows;
            for (int i = 0; i < rows.Length; i++)
            {
                if (Ascii.EqualsIgnoreCase(rows[i].Id, id))
                {
                    return rows[i];
                }
            }

            return null;
        }

        // Built on first use, never in a static initialiser: the device does not order those across classes.
        private static ProviderPreset[] Rows
        {
            get
            {
                if (_rows == null)
                {
                    _rows = UpdateProtocols.Providers();
                }

                return _rows;
            }
        }
    }
}
