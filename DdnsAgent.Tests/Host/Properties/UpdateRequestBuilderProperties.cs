using System;
using System.Linq;
using DdnsAgent.Addressing;
using DdnsAgent.Http;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Properties
{
    /// <summary>Random hostnames, addresses, ranges and buffer sizes: the builder never overflows the target; it reports an error instead.</summary>
    [TestClass]
    public sealed class UpdateRequestBuilderProperties
    {
        private const string LabelChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";

        // Labels of letters, digits and hyphens that neither start nor end with a hyphen (Hostnames).
        private static Gen<string> ValidHostname()
        {
            Gen<string> label = Gen.Choose(1, 63).SelectMany(n => Gen.Elements(LabelChars.ToCharArray()).ArrayOf(n)).Select(c => new string(c))
                .Where(l => l[0] != '-' && l[l.Length - 1] != '-');
            return Gen.Choose(2, 5).SelectMany(n => label.ArrayOf(n)).Select(labels => string.Join(".", labels)).Where(name => name.Length <= 253);
        }

        private static Gen<string> HostileHostname()
        {
            return Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(c => new string(c));
        }

        private static Gen<string[]> Hostnames()
        {
            Gen<string> name = Gen.Frequency((40, ValidHostname()), (1, HostileHostname()), (1, Gen.Constant((string)null)));
            return Gen.Choose(0, 30).SelectMany(n => name.ArrayOf(n));
        }

        private static Gen<IpAddress> AnyV4() =>
            Gen.Choose(int.MinValue, int.MaxValue).Select(x => IpAddress.FromIPv4(unchecked((uint)x)));

        // Half inside a global unicast prefix, half with random top bits (link-local, multicast, documentation, ...).
        private static Gen<IpAddress> AnyV6() =>
            Gen.Choose(int.MinValue, int.MaxValue).Two().Select(p => IpAddress.FromIPv6(0x2a01_04f8_0000_0000UL | unchecked((uint)p.Item1), unchecked((ulong)p.Item2)))
                .Or(Gen.Choose(int.MinValue, int.MaxValue).Select(x => IpAddress.FromIPv6(unchecked((ulong)(uint)x) << 32, 1)));

        // Mostly what the slot expects, sometimes nothing, sometimes the wrong family.
        private static Gen<IpAddress> V4Slot() => Gen.Frequency((6, AnyV4()), (2, Gen.Constant(IpAddress.None)), (1, AnyV6()));

        private static Gen<IpAddress> V6Slot() => Gen.Frequency((3, Gen.Constant(IpAddress.None)), (3, AnyV6()), (1, AnyV4()));

        [TestMethod]
        public void NeverWritesPastTheTargetBuffer()
        {
            Gen<string> provider = Gen.Elements(Enumerable.Range(0, Dyndns2Presets.Count).Select(i => Dyndns2Presets.Get(i).Id).ToArray());
            var inputs =
                from id in provider
                from names in Hostnames()
                from capacity in Gen.Frequency((1, Gen.Choose(0, 150)), (2, Gen.Choose(0, 2500)))
                from v4 in V4Slot()
                from v6 in V6Slot()
                from first in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(-2, 30)))
                from count in Gen.Frequency((4, Gen.Choose(1, 3)), (1, Gen.Choose(-1, 25)))
                select new BuildInput { Id = id, Names = names, Capacity = capacity, V4 = v4, V6 = v6, First = first, Count = count };
            int builtCount = 0, overflowCount = 0;
            Prop.ForAll(inputs.ToArbitrary(), input =>
            {
                string id = input.Id;
                string[] names = input.Names;
                int capacity = input.Capacity, first = input.First, count = input.Count;
                IpAddress v4 = input.V4, v6 = input.V6;
                Assert.IsTrue(UpdateEndpoint.TryFromPreset(Dyndns2Presets.Find(id), "user", "pass", null, out UpdateEndpoint endpoint, out string error), error);
                Assert.IsTrue(UpdateOptions.TryCreate("NOCHG", "mail.example.org", "NOCHG", "NO", out UpdateOptions options, out error), error);
                var builder = new UpdateRequestBuilder(endpoint, options);
                bool prepared = builder.TryPrepareHosts(names, out error);
                Assert.IsTrue(prepared || error != null);

                var request = new HttpRequest(capacity);
                bool built = builder.TryBuild(request, first, count, v4, v6, out error);
                if (!built)
                {
                    Assert.IsNotNull(error, "a refusal says why");
                    overflowCount += error.Contains("longer than the request buffer") ? 1 : 0;
                    Assert.AreEqual(0, request.TargetLength);
                    return;
                }

                builtCount++;
                Assert.IsTrue(prepared);
                Assert.IsTrue(request.TargetLength > 0 && request.TargetLength <= capacity);
                Assert.IsTrue(count <= builder.MaxHostsPerRequest && count <= 20);
                for (int i = 0; i < request.TargetLength; i++)
                {
                    byte b = request.Target[i];
                    Assert.IsTrue(b > 0x20 && b < 0x7F && b != '#', "target byte " + b);
                }

                Assert.IsTrue(v4.IsNone || v4.IsPublic);
                Assert.IsTrue(v6.IsNone || v6.IsPublic);
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));

            // The generators must reach both sides: requests that fit and requests that do not.
            Assert.IsTrue(builtCount > 50, "requests built: " + builtCount);
            Assert.IsTrue(overflowCount > 50, "overflows refused: " + overflowCount);
        }

        private sealed class BuildInput
        {
            public string Id;
            public string[] Names;
            public int Capacity;
            public IpAddress V4;
            public IpAddress V6;
            public int First;
            public int Count;

            public override string ToString() =>
                Id + " capacity " + Capacity + " hosts [" + First + ", +" + Count + ") of " + (Names == null ? "null" : "[" + string.Join(" | ", Names) + "]")
                + " v4 " + V4.Family + ":" + V4.Low.ToString("x") + " v6 " + V6.Family + ":" + V6.High.ToString("x") + ":" + V6.Low.ToString("x");
        }

        [TestMethod]
        public void AValidRequestIsRefusedOnlyForLackOfRoom()
        {
            var names = ValidHostname().ArrayOf().Where(a => a.Length >= 1 && a.Length <= 20);
            Prop.ForAll(names.ToArbitrary(), Gen.Choose(0, 5000).ToArbitrary(), (hostnames, capacity) =>
            {
                Assert.IsTrue(UpdateEndpoint.TryFromPreset(Dyndns2Presets.Find("dyn"), "user", "pass", null, out UpdateEndpoint endpoint, out string error), error);
                var builder = new UpdateRequestBuilder(endpoint, UpdateOptions.None);
                Assert.IsTrue(builder.TryPrepareHosts(hostnames, out error), error);
                IpAddress v4 = IpAddress.FromIPv4(0x5DB8D822);
                string expected = "/v3/update?hostname=" + string.Join(",", hostnames) + "&myip=93.184.216.34";

                var request = new HttpRequest(capacity);
                bool built = builder.TryBuild(request, 0, hostnames.Length, v4, IpAddress.None, out error);
                Assert.AreEqual(expected.Length <= capacity, built, error);
                if (built)
                {
                    Assert.AreEqual(expected, request.TargetText());
                }
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
        }
    }
}
