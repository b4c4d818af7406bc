#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Text;

namespace DdnsAgent.Tests.Text
{
    [TestClass]
    public class TextValuesTests
    {
        private static readonly string[] Choices = new string[] { "ON", "OFF", "NOCHG" };

        [TestMethod]
        public void EmptyIsNotSet()
        {
            Assert.IsFalse(TextValues.IsSet(null));
            Assert.IsFalse(TextValues.IsSet(""));
            Assert.IsTrue(TextValues.IsSet(" "));
        }

        [TestMethod]
        public void FlagsTakeTheUsualWordsInAnyCase()
        {
            string[] yes = new string[] { "yes", "YES", "True", "on", "1" };
            string[] no = new string[] { "no", "No", "FALSE", "off", "0" };
            string[] neither = new string[] { null, "", "y", "2", "maybe", " yes" };
            bool value;
            foreach (string text in yes)
            {
                Assert.IsTrue(TextValues.TryParseFlag(text, out value) && value, text);
            }

            foreach (string text in no)
            {
                Assert.IsTrue(TextValues.TryParseFlag(text, out value) && !value, text);
            }

            foreach (string text in neither)
            {
                Assert.IsFalse(TextValues.TryParseFlag(text, out value), "accepted: " + text);
            }

            Assert.AreEqual("yes", TextValues.FormatFlag(true));
            Assert.AreEqual("no", TextValues.FormatFlag(false));
        }

        [TestMethod]
        public void NumbersAreWholeDecimalsWithinInt32()
        {
            int value;
            Assert.IsTrue(TextValues.TryParseNumber("300", out value) && value == 300);
            Assert.IsTrue(TextValues.TryParseNumber("-2147483648", out value) && value == int.MinValue);
            Assert.IsTrue(TextValues.TryParseNumber("2147483647", out value) && value == int.MaxValue);
            string[] bad = new string[] { null, "", "-", "2147483648", "5m", "1.5", " 1", "+1", "0x10" };
            foreach (string text in bad)
            {
                Assert.IsFalse(TextValues.TryParseNumber(text, out value), "accepted: " + text);
            }
        }

        [TestMethod]
        public void ListsAreCommaSeparatedAndTrimmed()
        {
            string[] items = TextValues.SplitList(" a.example.org ,, b.example.org , ");
            Assert.AreEqual(2, items.Length);
            Assert.AreEqual("a.example.org", items[0]);
            Assert.AreEqual("b.example.org", items[1]);
            Assert.IsNull(TextValues.SplitList(" , ,"));
            Assert.IsNull(TextValues.SplitList(null));
            Assert.AreEqual("a.example.org, b.example.org", TextValues.JoinList(items));
            Assert.IsNull(TextValues.JoinList(new string[0]));
        }

        [TestMethod]
        public void ChoicesIgnoreCaseAndListTheAlternatives()
        {
            Assert.AreEqual("NOCHG", TextValues.FindChoice("nochg", Choices));
            Assert.IsNull(TextValues.FindChoice("", Choices));
            Assert.IsNull(TextValues.FindChoice("maybe", Choices));
            Assert.IsNull(TextValues.ChoiceProblem("Off", Choices));
            Assert.AreEqual("'maybe' is not valid; use ON, OFF or NOCHG", TextValues.ChoiceProblem("maybe", Choices));
            Assert.AreEqual("'x' is not valid; use YES or NO", TextValues.ChoiceProblem("x", new string[] { "YES", "NO" }));
        }
    }
}
