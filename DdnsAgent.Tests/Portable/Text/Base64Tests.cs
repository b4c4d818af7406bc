#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Tests.Support;
using DdnsAgent.Text;

namespace DdnsAgent.Tests.Text
{
    [TestClass]
    public class Base64Tests
    {
        [TestMethod]
        public void DecodesTheRfc4648Examples()
        {
            string[] encoded = new string[] { "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy" };
            string[] decoded = new string[] { "f", "fo", "foo", "foob", "fooba", "foobar" };
            for (int i = 0; i < encoded.Length; i++)
            {
                Assert.AreEqual(decoded[i], Decode(encoded[i]), encoded[i]);
            }
        }

        [TestMethod]
        public void DecodesATsigSecretWithEveryAlphabetCharacter()
        {
            var output = new byte[64];
            Assert.IsTrue(Base64.TryDecode("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", output, out int length, out Base64Error error));
            Assert.AreEqual(Base64Error.None, error);
            Assert.AreEqual("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", Hex.Of(output, 0, length));

            Assert.IsTrue(Base64.TryDecode("+/+/", output, out length, out error));
            Assert.AreEqual("fbffbf", Hex.Of(output, 0, length));
        }

        [TestMethod]
        public void SkipsLineBreaksAndSpacesAndAcceptsMissingPadding()
        {
            Assert.AreEqual("foobar", Decode(" Zm9v\r\n YmFy\t"));
            Assert.AreEqual("foob", Decode("Zm9vYg"));
            Assert.AreEqual("fooba", Decode("Zm9vYmE"));
        }

        [TestMethod]
        public void RefusesWhatIsNotBase64WithTheReason()
        {
            Assert.AreEqual(Base64Error.Empty, ErrorOf(null));
            Assert.AreEqual(Base64Error.Empty, ErrorOf(" \r\n"));
            Assert.AreEqual(Base64Error.MisplacedPadding, ErrorOf("===="));
            Assert.AreEqual(Base64Error.InvalidCharacter, ErrorOf("Zm9v-_"));
            Assert.AreEqual(Base64Error.InvalidCharacter, ErrorOf("Zm9v\u00e9"));
            Assert.AreEqual(Base64Error.MisplacedPadding, ErrorOf("Zg==Zm9v"));
            Assert.AreEqual(Base64Error.WrongLength, ErrorOf("Zm9vY"));
            Assert.AreEqual(Base64Error.WrongLength, ErrorOf("Zm9=="));
            Assert.AreEqual(Base64Error.WrongLength, ErrorOf("Zg="));
        }

        [TestMethod]
        public void StopsAtTheEndOfTheOutputBuffer()
        {
            var output = new byte[5];
            Assert.IsFalse(Base64.TryDecode("Zm9vYmFy", output, out _, out Base64Error error));
            Assert.AreEqual(Base64Error.TooLong, error);
            Assert.IsTrue(Base64.TryDecode("Zm9vYmE=", output, out int length, out error));
            Assert.AreEqual(5, length);
        }

        [TestMethod]
        public void EveryErrorHasWordsThatDoNotQuoteTheText()
        {
            Base64Error[] errors = new Base64Error[]
            {
                Base64Error.None, Base64Error.Empty, Base64Error.InvalidCharacter, Base64Error.MisplacedPadding, Base64Error.WrongLength, Base64Error.TooLong,
            };
            foreach (Base64Error error in errors)
            {
                string words = Base64.Describe(error);
                Assert.IsTrue(words.Length > 5);
                Assert.AreNotEqual("is not valid base64", words);
            }
        }

        private static string Decode(string text)
        {
            var output = new byte[16];
            Assert.IsTrue(Base64.TryDecode(text, output, out int length, out Base64Error error), text);
            Assert.AreEqual(Base64Error.None, error);
            return TestText.Text(output, 0, length);
        }

        private static Base64Error ErrorOf(string text)
        {
            var output = new byte[16];
            Assert.IsFalse(Base64.TryDecode(text, output, out _, out Base64Error error), text);
            return error;
        }
    }
}
