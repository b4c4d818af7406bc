using System;
using System.Security.Cryptography;
using DdnsAgent.Crypto;
using DdnsAgent.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Properties
{
    /// <summary>Core's SHA-256, HMAC-SHA256 and base64 agree with .NET's on random input, however it is fed.</summary>
    [TestClass]
    public sealed class CryptoProperties
    {
        private static Gen<byte[]> Bytes(int max) => Gen.Choose(0, max).SelectMany(n => Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(n));

        [TestMethod]
        public void Sha256MatchesDotNetForAnyLengthAndSplit()
        {
            var sha = new Sha256();
            var hash = new byte[Sha256.HashSize];
            Prop.ForAll(Bytes(700).ToArbitrary(), Gen.Choose(0, 700).ToArbitrary(), (data, cut) =>
            {
                int split = Math.Min(cut, data.Length);
                sha.Append(data, 0, split);
                sha.Append(data, split, data.Length - split);
                sha.Finish(hash, 0);
                CollectionAssert.AreEqual(SHA256.HashData(data), hash);
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
        }

        [TestMethod]
        public void HmacSha256MatchesDotNetForAnyKeyAndMessage()
        {
            var hmac = new HmacSha256();
            var mac = new byte[HmacSha256.MacSize];
            Prop.ForAll(Bytes(200).ToArbitrary(), Bytes(400).ToArbitrary(), (key, data) =>
            {
                hmac.SetKey(key, 0, key.Length);
                hmac.Append(data, 0, data.Length);
                hmac.Finish(mac, 0);
                CollectionAssert.AreEqual(HMACSHA256.HashData(key, data), mac);
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
        }

        [TestMethod]
        public void Base64DecodesWhatDotNetEncodesWrappedOrUnpadded()
        {
            var output = new byte[200];
            Prop.ForAll(Bytes(200).ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (data, form) =>
            {
                string text = Convert.ToBase64String(data, form == 1 ? Base64FormattingOptions.InsertLineBreaks : Base64FormattingOptions.None);
                if (form == 2)
                {
                    text = text.TrimEnd('=');
                }

                bool ok = Base64.TryDecode(text, output, out int length, out Base64Error error);
                if (data.Length == 0)
                {
                    Assert.AreEqual(Base64Error.Empty, error);
                    return;
                }

                Assert.IsTrue(ok, error.ToString());
                CollectionAssert.AreEqual(data, output.AsSpan(0, length).ToArray());
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
        }

        [TestMethod]
        public void Base64NeverThrowsAndRefusesWhatDotNetRefuses()
        {
            var output = new byte[64];
            Gen<string> texts = Gen.Elements('A', 'z', '0', '+', '/', '=', ' ', '\n', '-', '_', '!', '\u00e9').ArrayOf().Select(chars => new string(chars));
            Prop.ForAll(texts.ToArbitrary(), text =>
            {
                bool ours = Base64.TryDecode(text, output, out _, out Base64Error error);
                string padded = text.Replace(" ", "").Replace("\n", "");
                bool strictlyValid = padded.Length % 4 == 0 && padded.Length > 0 && TryDotNet(padded);
                if (strictlyValid && padded.Length / 4 * 3 <= output.Length)
                {
                    Assert.IsTrue(ours, "refused valid base64 " + text + ": " + error);
                }

                if (ours)
                {
                    Assert.AreEqual(Base64Error.None, error);
                }
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
        }

        private static bool TryDotNet(string text)
        {
            try
            {
                Convert.FromBase64String(text);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }
    }
}
