using System;
using System.Text;
using DdnsAgent.Addressing;
using DdnsAgent.Http;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Allocation
{
    /// <summary>The hot paths of an update, parsing the answer and building the request, allocate nothing.</summary>
    [TestClass]
    public sealed class ProtocolAllocationTests
    {
        private const int Iterations = 20000;

        private static readonly string[] Answers =
        {
            "good 93.184.216.34\r\n", "good 2a01:4f8:1:2::3\n", "good\n", "nochg 93.184.216.34", "nochg\r\n", "good 127.0.0.1",
            "badauth", "!donator", "notfqdn", "nohost", "numhost", "abuse", "badagent", "badsys", "!yours", "dnserr", "911",
            "interval", "noipv4", "noipv6", "", "<html><body>Bad Gateway</body></html>\r\n",
            "good 93.184.216.34\nnochg 93.184.216.34\nnohost\n911\r\n\r\n",
        };

        [TestMethod]
        public void ParsingAnswersAllocatesNothing()
        {
            byte[][] bodies = Array.ConvertAll(Answers, a => Encoding.ASCII.GetBytes(a));
            var answer = new UpdateAnswer();
            int outcomes = 0;
            for (int i = 0; i < 1000; i++)
            {
                outcomes += ParseAll(bodies, answer);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Iterations; i++)
            {
                outcomes += ParseAll(bodies, answer);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(0L, allocated, "bytes allocated by " + (Iterations * bodies.Length) + " parses");
            Assert.IsTrue(outcomes > 0);
        }

        [TestMethod]
        public void BuildingRequestsAllocatesNothing()
        {
            var hostnames = new string[20];
            for (int i = 0; i < hostnames.Length; i++)
            {
                hostnames[i] = "host-" + i + ".example.org";
            }

            Assert.IsTrue(UpdateOptions.TryCreate("NOCHG", "mail.example.org", "NO", null, out UpdateOptions options, out string error), error);
            string[] ids = { "dyn", "noip", "desec", "dynu", "he", "dynv6", "ovh", "inwx" };
            var builders = new UpdateRequestBuilder[ids.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                Assert.IsTrue(UpdateEndpoint.TryFromPreset(Dyndns2Presets.Find(ids[i]), "user", "pass", null, out UpdateEndpoint endpoint, out error), error);
                builders[i] = new UpdateRequestBuilder(endpoint, options);
                Assert.IsTrue(builders[i].TryPrepareHosts(ids[i] == "inwx" ? new[] { hostnames[0] } : hostnames, out error), error);
            }

            var request = new HttpRequest();
            var plan = new RequestFamilies[RequestPlanner.MaxRequests];
            IpAddress v4 = IpAddress.FromIPv4(0x5DB8D822);
            IpAddress v6 = IpAddress.FromIPv6(0x2a01_04f8_0001_0002UL, 3);
            long length = 0;
            for (int i = 0; i < 200; i++)
            {
                length += BuildAll(builders, request, plan, v4, v6);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Iterations / 10; i++)
            {
                length += BuildAll(builders, request, plan, v4, v6);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(0L, allocated, "bytes allocated while building requests");
            Assert.IsTrue(length > 0);
        }

        private static int ParseAll(byte[][] bodies, UpdateAnswer answer)
        {
            int sum = 0;
            foreach (byte[] body in bodies)
            {
                AnswerParser.Parse(body, body.Length, answer);
                sum += answer.LineCount + answer.CodeForHost(0).Value + answer.CodeForHost(0).MinWaitSeconds;
            }

            return sum;
        }

        // Every batch of every planned request of every provider, as the engine would send them.
        private static long BuildAll(UpdateRequestBuilder[] builders, HttpRequest request, RequestFamilies[] plan, IpAddress v4, IpAddress v6)
        {
            long total = 0;
            foreach (UpdateRequestBuilder builder in builders)
            {
                int requests = RequestPlanner.Plan(builder.Endpoint.Style, true, true, plan);
                for (int r = 0; r < requests; r++)
                {
                    IpAddress a4 = (plan[r] & RequestFamilies.IPv4) != 0 ? v4 : IpAddress.None;
                    IpAddress a6 = (plan[r] & RequestFamilies.IPv6) != 0 ? v6 : IpAddress.None;
                    for (int first = 0; first < builder.HostCount; first += builder.MaxHostsPerRequest)
                    {
                        int count = Math.Min(builder.MaxHostsPerRequest, builder.HostCount - first);
                        if (!builder.TryBuild(request, first, count, a4, a6, out string error))
                        {
                            throw new InvalidOperationException(error);
                        }

                        total += request.TargetLength;
                    }
                }
            }

            return total;
        }
    }
}
