using DdnsAgent.Configuration;
using DdnsAgent.Dyndns2;
using DdnsAgent.Rfc2136;

namespace DdnsAgent.Protocol
{
    /// <summary>
    /// The update protocols the agent speaks: dyndns2 and RFC 2136. Each contributes rows (its providers, its answer codes) and builds
    /// itself from the settings. Adding a protocol is its own folder plus one line in each method here.
    /// </summary>
    public static class UpdateProtocols
    {
        /// <summary>
        /// Builds the protocol the provider row names, from validated settings: false with the first problem
        /// in plain words, led by the key to fix (a marker, see <see cref="Vocabulary.Fill"/>).
        /// </summary>
        public static bool TryCreate(ProviderPreset provider, Settings settings, string userAgent, out IUpdateProtocol protocol, out string problem)
        {
            if (provider.Protocol == Dyndns2Protocol.Name)
            {
                return Dyndns2Setup.TryCreate(provider, settings, userAgent, out protocol, out problem);
            }

            if (provider.Protocol == Rfc2136Protocol.Name)
            {
                return Rfc2136Setup.TryCreate(provider, settings, out protocol, out problem);
            }

            protocol = null;
            problem = string.Concat("{provider}: '", provider.Id, "' speaks a protocol this agent does not know");
            return false;
        }

        /// <summary>Every protocol's provider rows, in the order the console lists them.</summary>
        internal static ProviderPreset[] Providers()
        {
            ProviderPreset[] dyndns2 = Dyndns2Presets.Providers();
            ProviderPreset[] rfc2136 = Rfc2136Setup.Providers();
            var rows = new ProviderPreset[dyndns2.Length + rfc2136.Length];
            System.Array.Copy(dyndns2, rows, dyndns2.Length);
            System.Array.Copy(rfc2136, 0, rows, dyndns2.Length, rfc2136.Length);
            return rows;
        }

        /// <summary>Puts every protocol's answer codes into the table of <see cref="ResultCode.Find"/>.</summary>
        internal static void AddCodes(ResultCode[] table)
        {
            ResultCode.Put(table, Dyndns2Codes.All);
            ResultCode.Put(table, Rfc2136Codes.All);
        }
    }
}
