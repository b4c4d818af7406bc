using System.Text;
using DdnsAgent.Addressing;
using FsCheck;
using FsCheck.Fluent;

namespace DdnsAgent.Tests.Properties
{
    /// <summary>Generators of addresses and of their texts: canonical, written out in full, and slightly broken.</summary>
    internal static class AddressGen
    {
        /// <summary>Random addresses, biased toward zero groups so that every "::" placement and tie comes up.</summary>
        public static Gen<IpAddress> Addresses()
        {
            var group = Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(0, 0xFFFF)), (1, Gen.Elements(1, 0xFFFF)));
            var v6 = Gen.ArrayOf(group, 8).Select(g => IpAddress.FromIPv6(Pack(g, 0), Pack(g, 4)));
            var v4 = Gen.Choose(0, 0xFFFF).SelectMany(hi => Gen.Choose(0, 0xFFFF), (hi, lo) => IpAddress.FromIPv4(((uint)hi << 16) | (uint)lo));
            var mapped = v4.Select(a => IpAddress.FromIPv6(0, 0x0000FFFF00000000UL | a.Low));
            return Gen.Frequency((3, v6), (2, v4), (1, mapped));
        }

        private static ulong Pack(int[] groups, int from) =>
            ((ulong)(uint)groups[from] << 48) | ((ulong)(uint)groups[from + 1] << 32) | ((ulong)(uint)groups[from + 2] << 16) | (uint)groups[from + 3];

        /// <summary>The full form: every group, four digits each, random case.</summary>
        public static string Expanded(IpAddress address, bool upper)
        {
            if (address.Family == AddressFamilyKind.IPv4)
            {
                return address.ToString();
            }

            var text = new StringBuilder();
            for (int i = 0; i < 8; i++)
            {
                ulong half = i < 4 ? address.High : address.Low;
                int group = (int)((half >> (48 - (16 * (i % 4)))) & 0xFFFF);
                text.Append(i == 0 ? "" : ":").Append(group.ToString(upper ? "X4" : "x4"));
            }

            return text.ToString();
        }

        /// <summary>Address texts, many valid, many one edit away from valid.</summary>
        public static Gen<byte[]> Texts()
        {
            var valid = Addresses().SelectMany(a => Gen.Elements(0, 1, 2), (a, form) =>
                form == 0 ? a.ToString() : Expanded(a, form == 2));
            var edit = Gen.Elements(":", ".", "0", "f", "%", " ", "::", "1.2.3.4", "");
            var broken = valid.SelectMany(t => Gen.Choose(0, t.Length), (t, at) => (t, at))
                .SelectMany(p => Gen.Choose(0, 1), (p, cut) => (p.t, p.at, cut))
                .SelectMany(p => edit, (p, e) => p.t.Substring(0, p.at) + e + p.t.Substring(p.cut == 1 && p.at < p.t.Length ? p.at + 1 : p.at));
            return Gen.Frequency((1, valid), (2, broken)).Select(HostileText.Latin1);
        }
    }
}
