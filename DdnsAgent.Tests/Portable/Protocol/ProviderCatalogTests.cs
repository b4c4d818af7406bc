#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;
using DdnsAgent.Rfc2136;

namespace DdnsAgent.Tests.Protocol
{
    /// <summary>The provider catalog: every protocol's rows, each naming its protocol.</summary>
    [TestClass]
    public class ProviderCatalogTests
    {
        [TestMethod]
        public void EveryRowNamesAProtocolTheAgentSpeaks()
        {
            for (int i = 0; i < ProviderCatalog.Count; i++)
            {
                ProviderPreset row = ProviderCatalog.Get(i);
                Assert.IsTrue(row.Protocol == Dyndns2Protocol.Name || row.Protocol == Rfc2136Protocol.Name, row.Id + ": " + row.Protocol);
                Assert.IsTrue(row.DisplayName != null && row.DisplayName.Length > 0, row.Id + ": display name");
                for (int j = 0; j < i; j++)
                {
                    Assert.AreNotEqual(ProviderCatalog.Get(j).Id, row.Id, "duplicate id");
                }
            }
        }

        [TestMethod]
        public void TheDyndns2PresetsAndCustomAreRowsWithTheirTraits()
        {
            Assert.AreEqual(Dyndns2Presets.Count + 2, ProviderCatalog.Count, "every dyndns2 preset, plus custom and rfc2136");
            for (int i = 0; i < Dyndns2Presets.Count; i++)
            {
                Dyndns2Preset preset = Dyndns2Presets.Get(i);
                ProviderPreset row = ProviderCatalog.Find(preset.Id);
                Assert.IsNotNull(row, preset.Id);
                Assert.AreSame(preset, row.Details, preset.Id + ": the row carries the preset for its protocol");
                Assert.IsFalse(row.UsesServerSetting, preset.Id);
                Assert.AreEqual(preset.SupportsIPv6, row.SupportsIPv6, preset.Id);
                Assert.AreEqual(preset.SendsHostname, row.SendsHostname, preset.Id);
                Assert.AreEqual(preset.UsernameIsHostname, row.UsernameIsHostname, preset.Id);
                Assert.AreEqual(preset.CredentialsHint, row.CredentialsHint, preset.Id);
            }

            ProviderPreset custom = ProviderCatalog.Find("CUSTOM");
            Assert.IsNotNull(custom);
            Assert.IsTrue(custom.UsesServerSetting);
            Assert.IsTrue(ProviderCatalog.UsesServerSetting("custom"));
            Assert.IsFalse(ProviderCatalog.UsesServerSetting("dyn"));
            Assert.IsFalse(ProviderCatalog.UsesServerSetting("nope"));
        }

        [TestMethod]
        public void Rfc2136IsOneRowOfItsOwnProtocol()
        {
            ProviderPreset row = ProviderCatalog.Find("RFC2136");
            Assert.IsNotNull(row);
            Assert.AreEqual(Rfc2136Protocol.Name, row.Id);
            Assert.AreEqual(Rfc2136Protocol.Name, row.Protocol);
            Assert.IsFalse(row.UsesServerSetting, "its server is dns.server, not the dyndns2 update URL");
            Assert.IsTrue(row.SupportsIPv6);
            Assert.IsTrue(row.SendsHostname);
            Assert.IsFalse(row.UsernameIsHostname);
            Assert.IsNull(row.Details);
            int rows = 0;
            for (int i = 0; i < ProviderCatalog.Count; i++)
            {
                rows += ProviderCatalog.Get(i).Protocol == Rfc2136Protocol.Name ? 1 : 0;
            }

            Assert.AreEqual(1, rows);
        }

        [TestMethod]
        public void FindIgnoresCaseAndKnowsOnlyRows()
        {
            Assert.AreSame(ProviderCatalog.Find("desec"), ProviderCatalog.Find("DeSEC"));
            Assert.IsTrue(ProviderCatalog.IsKnown("Custom"));
            Assert.IsNull(ProviderCatalog.Find("duckdns"));
            Assert.IsNull(ProviderCatalog.Find(""));
            Assert.IsNull(ProviderCatalog.Find(null));
            Assert.IsFalse(ProviderCatalog.IsKnown(null));
        }

        [TestMethod]
        public void TheIdListNamesEveryRowInOrder()
        {
            string ids = ProviderCatalog.IdList;
            Assert.IsTrue(ids.StartsWith("dyn, noip, "), ids);
            Assert.IsTrue(ids.EndsWith(", inwx, custom, rfc2136"), ids);
            for (int i = 0; i < ProviderCatalog.Count; i++)
            {
                Assert.IsTrue(ids.IndexOf(ProviderCatalog.Get(i).Id) >= 0, ProviderCatalog.Get(i).Id);
            }
        }
    }
}
