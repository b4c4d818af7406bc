using System;
using DdnsAgent.Addressing;
using DdnsAgent.Detection;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Properties
{
    [TestClass]
    public sealed class ReflectorAnswerProperties
    {
        private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(3000);

        private static readonly AddressFamilyKind[] Families = { AddressFamilyKind.None, AddressFamilyKind.IPv4, AddressFamilyKind.IPv6 };

        /// <summary>
        /// Whatever a reflector sends, reading it never throws, never looks past length (bytes after it
        /// are sentinels that would change the answer), and anything accepted is public and of the family.
        /// </summary>
        [TestMethod]
        public void ReadingSeesOnlyTheBodyAndAcceptsOnlyPublicAddresses()
        {
            var body = HostileText.Mixed(HostileText.AnswerLike(), 700);
            var family = Gen.Elements(Families);
            var sentinel = Gen.Elements((byte)'9', (byte)'1', (byte)':', (byte)'"', (byte)'}');
            Check.One(Runs, Prop.ForAll(body.ToArbitrary(), family.ToArbitrary(), sentinel.ToArbitrary(), (bytes, wanted, fill) =>
            {
                IpAddress alone;
                ReflectorAnswerError aloneError;
                bool aloneOk = ReflectorAnswer.TryParse(bytes, bytes.Length, wanted, out alone, out aloneError);

                var larger = new byte[bytes.Length + 64];
                larger.AsSpan().Fill(fill);
                bytes.CopyTo(larger, 0);
                IpAddress inside;
                ReflectorAnswerError insideError;
                bool insideOk = ReflectorAnswer.TryParse(larger, bytes.Length, wanted, out inside, out insideError);

                bool consistent = aloneOk == insideOk && aloneError == insideError && alone == inside;
                bool sound = aloneOk
                    ? alone.IsPublic && (wanted == AddressFamilyKind.None || alone.Family == wanted) && aloneError == ReflectorAnswerError.None
                    : alone.IsNone && aloneError != ReflectorAnswerError.None;
                return consistent && sound;
            }));
        }

        /// <summary>Every public address comes back out of each answer shape.</summary>
        [TestMethod]
        public void EveryShapeCarriesAnyPublicAddress()
        {
            var publicAddresses = AddressGen.Addresses().Where(a => a.IsPublic);
            Check.One(Runs, Prop.ForAll(publicAddresses.ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (address, shape) =>
            {
                string text = address.ToString();
                string body = shape == 0 ? text + "\n"
                    : shape == 1 ? "{\"country\":\"NL\", \"ip\": \"" + text + "\"}"
                    : "<html><head><title>Current IP Check</title></head><body>Current IP Address: " + text + "</body></html>";
                var bytes = HostileText.Latin1(body);
                IpAddress found;
                ReflectorAnswerError error;
                return ReflectorAnswer.TryParse(bytes, bytes.Length, address.Family, out found, out error) && found == address;
            }));
        }
    }
}
