using System;
using System.Net;
using DdnsAgent.Addressing;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Properties
{
    [TestClass]
    public sealed class IpAddressProperties
    {
        private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(3000);

        /// <summary>
        /// Whatever the bytes, parsing never throws and depends only on the window: the same input
        /// between sentinel digits, colons or zeros gives the same result as alone and as a string.
        /// </summary>
        [TestMethod]
        public void ParsingSeesOnlyItsWindowAndNeverThrows()
        {
            var input = HostileText.Mixed(HostileText.AddressLike(), 60);
            var placement = Gen.Choose(0, 5).Select(b => (byte)"9:0.%f"[b]);
            Check.One(Runs, Prop.ForAll(input.ToArbitrary(), placement.ToArbitrary(), (text, sentinel) =>
            {
                IpAddress alone;
                AddressParseError aloneError;
                bool aloneOk = IpAddress.TryParse(text, 0, text.Length, out alone, out aloneError);

                var framed = new byte[text.Length + 16];
                framed.AsSpan().Fill(sentinel);
                text.CopyTo(framed, 7);
                IpAddress inside;
                AddressParseError insideError;
                bool insideOk = IpAddress.TryParse(framed, 7, text.Length, out inside, out insideError);

                IpAddress fromString;
                AddressParseError stringError;
                bool stringOk = IpAddress.TryParse(HostileText.FromLatin1(text), out fromString, out stringError);

                return aloneOk == insideOk && aloneError == insideError && alone == inside
                    && aloneOk == stringOk && aloneError == stringError && alone == fromString
                    && aloneOk == (aloneError == AddressParseError.None)
                    && aloneOk != alone.IsNone;
            }));
        }

        /// <summary>What we accept, .NET's own parser accepts as the same address (it is more lenient, not less).</summary>
        [TestMethod]
        public void AcceptedTextMeansWhatDotNetThinksItMeans()
        {
            Check.One(Runs, Prop.ForAll(HostileText.AddressLike().ToArbitrary(), text =>
            {
                IpAddress ours;
                AddressParseError error;
                if (!IpAddress.TryParse(text, 0, text.Length, out ours, out error))
                {
                    return true;
                }

                IPAddress theirs;
                return IPAddress.TryParse(HostileText.FromLatin1(text), out theirs) && SameAddress(ours, theirs);
            }));
        }

        [TestMethod]
        public void FormatThenParseGivesTheSameAddress()
        {
            Check.One(Runs, Prop.ForAll(AddressGen.Addresses().ToArbitrary(), address =>
            {
                var bytes = new byte[IpAddress.MaxTextLength + 4];
                int length = address.FormatTo(bytes, 4);
                IpAddress back;
                AddressParseError error;
                bool ok = IpAddress.TryParse(bytes, 4, length, out back, out error);

                var chars = new char[IpAddress.MaxTextLength];
                int charLength = address.FormatTo(chars, 0);
                string text = new string(chars, 0, charLength);
                return ok && back == address && length <= IpAddress.MaxTextLength
                    && text == HostileText.FromLatin1(bytes[4..(4 + length)]) && text == address.ToString();
            }));
        }

        /// <summary>
        /// Our text is what .NET prints (RFC 5952), except where .NET picks a dotted tail by its own
        /// rules: in ::/64 (it prints ::ffff:0.0.0.0 as ::ffff:0:0) and for ISATAP (:0:5efe:a.b.c.d).
        /// </summary>
        [TestMethod]
        public void CanonicalTextMatchesDotNet()
        {
            Check.One(Runs, Prop.ForAll(AddressGen.Addresses().ToArbitrary(), address =>
            {
                if (address.Family == AddressFamilyKind.IPv6 && (address.High == 0 || (address.Low >> 32) == 0x5EFE))
                {
                    return true;
                }

                return address.ToString() == ToDotNet(address).ToString();
            }));
        }

        private static IPAddress ToDotNet(IpAddress address)
        {
            if (address.Family == AddressFamilyKind.IPv4)
            {
                uint v = (uint)address.Low;
                return new IPAddress(new[] { (byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v });
            }

            var bytes = new byte[16];
            for (int i = 0; i < 8; i++)
            {
                bytes[i] = (byte)(address.High >> (56 - (8 * i)));
                bytes[8 + i] = (byte)(address.Low >> (56 - (8 * i)));
            }

            return new IPAddress(bytes);
        }

        private static bool SameAddress(IpAddress ours, IPAddress theirs)
        {
            bool v4 = theirs.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork;
            if (v4 != (ours.Family == AddressFamilyKind.IPv4) || (!v4 && theirs.ScopeId != 0))
            {
                return false;
            }

            return ToDotNet(ours).Equals(theirs);
        }
    }
}
