using System.Reflection;
using DdnsAgent.Configuration;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Configuration
{
    /// <summary>The copy goes key by key through SettingAccess, so every Settings property must have a key.</summary>
    [TestClass]
    public sealed class SettingsCopyTests
    {
        [TestMethod]
        public void EveryPropertyIsCopiedAndListsAreNotShared()
        {
            var original = new Settings();
            var defaults = new Settings();
            foreach (PropertyInfo property in typeof(Settings).GetProperties())
            {
                object value = property.PropertyType == typeof(string) ? "text of " + property.Name
                    : property.PropertyType == typeof(bool) ? !(bool)property.GetValue(defaults)!
                    : property.PropertyType == typeof(int) ? (int)property.GetValue(defaults)! + 7
                    : new[] { "first of " + property.Name, "second" };
                property.SetValue(original, value);
            }

            Settings copy = SettingsCopy.Of(original);
            GoldenSettings.AssertEqual(original, copy);
            copy.Hostnames[0] = "changed.example.com";
            copy.Reflectors[0] = "https://changed.example.com/";
            Assert.AreEqual("first of Hostnames", original.Hostnames[0]);
            Assert.AreEqual("first of Reflectors", original.Reflectors[0]);
        }
    }
}
