#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;
using DdnsAgent.Detection;
using DdnsAgent.Http;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Detection
{
    [TestClass]
    public class AddressDetectorTests
    {
        private const string A = "api.ipify.org";
        private const string B = "ipv4.icanhazip.com";
        private const string C = "checkip.amazonaws.com";
        private const string UrlA = "https://api.ipify.org/";
        private const string UrlB = "https://ipv4.icanhazip.com/";
        private const string UrlC = "https://checkip.amazonaws.com/";

        [TestMethod]
        public void AutoUsesAPublicInterfaceAddressWithoutAskingAnyone()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Auto, false, UrlA);
            rig.Network.SetInterfaceAddress("203.0.114.9");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("203.0.114.9", address.ToString());
            Assert.AreEqual("the network interface", rig.Detector.LastSource);
            Assert.IsNull(rig.Detector.LastProblem);
            Assert.AreEqual(0, rig.Transport.RequestCount);
        }

        [TestMethod]
        public void AutoBehindNatAsksTheFirstReflectorWithoutCredentials()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Auto, false, "https://api.ipify.org/?format=json", UrlB);
            rig.Network.SetInterfaceAddress("192.168.1.20");
            rig.Transport.Enqueue(A, 200, "{\"ip\":\"8.8.8.8\"}");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.8.8", address.ToString());
            Assert.AreEqual(A, rig.Detector.LastSource);
            Assert.AreEqual(1, rig.Transport.RequestCount);
            var request = rig.Transport.LastRequest;
            Assert.IsTrue(request.Secure);
            Assert.AreEqual(A, request.Host);
            Assert.AreEqual(443, request.Port);
            Assert.AreEqual("/?format=json", request.Target);
            Assert.IsNull(request.Authorization);
            Assert.AreEqual(DetectionRig.UserAgent, request.UserAgent);
            Assert.AreEqual(AddressDetector.ReflectorTimeoutMilliseconds, request.TimeoutMilliseconds);
        }

        [TestMethod]
        public void ClearsAnAuthorizationLeftInTheSharedRequest()
        {
            var request = new HttpRequest();
            request.Authorization = "Basic dXNlcjpzZWNyZXQ=";
            var network = new FakeNetworkStack();
            var transport = new ScriptedHttpTransport();
            var detector = new AddressDetector(network, transport, new FakeClock(), request, new HttpResponse());
            detector.Configure(IpSourceKind.Web, DetectionRig.Reflectors(AddressFamilyKind.IPv4, UrlA), false, "agent");
            transport.Enqueue(A, 200, "8.8.8.8");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Found, detector.Detect(AddressFamilyKind.IPv4, out address));
            Assert.IsNull(transport.LastRequest.Authorization);
        }

        private sealed class FailureCase
        {
            public FailureCase(string name, int status, string body, TransportFailure failure, string problem)
            {
                Name = name;
                Status = status;
                Body = body;
                Failure = failure;
                Problem = problem;
            }

            public string Name { get; }
            public int Status { get; }
            public string Body { get; }
            public TransportFailure Failure { get; }

            /// <summary>What LastProblem says when this was the only reflector.</summary>
            public string Problem { get; }
        }

        private static readonly FailureCase[] Failures = new FailureCase[]
        {
            new FailureCase("timeout", 0, null, TransportFailure.Timeout, A + " could not be reached: it did not answer in time"),
            new FailureCase("certificate", 0, null, TransportFailure.CertificateRejected, A + " could not be reached: its certificate was not trusted"),
            new FailureCase("server error", 503, "8.8.8.8", TransportFailure.None, A + " answered HTTP 503"),
            new FailureCase("not found", 404, "8.8.8.8", TransportFailure.None, A + " answered HTTP 404"),
            new FailureCase("redirect status", 302, "8.8.8.8", TransportFailure.None, A + " answered HTTP 302"),
            new FailureCase("rate limited", 429, "slow down", TransportFailure.None, A + " refused us with HTTP 429; it is left alone for an hour"),
            new FailureCase("forbidden", 403, "", TransportFailure.None, A + " refused us with HTTP 403; it is left alone for an hour"),
            new FailureCase("garbage", 200, "<html>oops</html>", TransportFailure.None, A + " did not answer with an IP address"),
            new FailureCase("empty", 200, "", TransportFailure.None, A + " answered nothing"),
            new FailureCase("private", 200, "10.0.0.1", TransportFailure.None, A + " answered an address that is not public"),
            new FailureCase("cgnat", 200, "100.64.0.1", TransportFailure.None, A + " answered an address that is not public"),
            new FailureCase("wrong family", 200, "2a00:1450:4001::1", TransportFailure.None, A + " answered an address of the other IP version"),
        };

        private static void Script(ScriptedHttpTransport transport, FailureCase c)
        {
            if (c.Failure != TransportFailure.None)
            {
                transport.EnqueueFailure(A, c.Failure, null);
            }
            else
            {
                transport.Enqueue(A, c.Status, c.Body);
            }
        }

        [TestMethod]
        public void FallsBackToTheNextReflectorOnEveryKindOfFailure()
        {
            for (int i = 0; i < Failures.Length; i++)
            {
                var c = Failures[i];
                var rig = new DetectionRig();
                rig.Configure(IpSourceKind.Web, false, UrlA, UrlB);
                Script(rig.Transport, c);
                rig.Transport.Enqueue(B, 200, "8.8.4.4\n");
                IpAddress address;
                Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address), c.Name);
                Assert.AreEqual("8.8.4.4", address.ToString(), c.Name);
                Assert.AreEqual(B, rig.Detector.LastSource, c.Name);
                Assert.AreEqual(2, rig.Transport.RequestCount, c.Name);
            }
        }

        [TestMethod]
        public void ReportsNoAddressAndSaysWhyWhenTheOnlyReflectorFails()
        {
            for (int i = 0; i < Failures.Length; i++)
            {
                var c = Failures[i];
                var rig = new DetectionRig();
                rig.Configure(IpSourceKind.Web, false, UrlA);
                Script(rig.Transport, c);
                IpAddress address;
                Assert.AreEqual(DetectionResult.AllReflectorsFailed, rig.DetectV4(out address), c.Name);
                Assert.IsTrue(address.IsNone, c.Name);
                Assert.AreEqual(c.Problem, rig.Detector.LastProblem, c.Name);
                Assert.IsNull(rig.Detector.LastSource, c.Name);
            }
        }

        [TestMethod]
        public void TransportDetailIsShownWhenGiven()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, false, UrlA);
            rig.Transport.EnqueueFailure(A, TransportFailure.ConnectFailed, "name not resolved");
            IpAddress address;
            Assert.AreEqual(DetectionResult.AllReflectorsFailed, rig.DetectV4(out address));
            Assert.AreEqual(A + " could not be reached: name not resolved", rig.Detector.LastProblem);
        }

        [TestMethod]
        public void WebSourceIgnoresEvenAPublicInterfaceAddress()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, false, UrlA);
            rig.Network.SetInterfaceAddress("203.0.114.9");
            rig.Transport.Enqueue(A, 200, "8.8.8.8");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.8.8", address.ToString());
            Assert.AreEqual(0, rig.Network.InterfaceQueries);
        }

        [TestMethod]
        public void InterfaceSourceNeverAsksReflectors()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Interface, false, UrlA);
            rig.Transport.Enqueue(A, 200, "8.8.8.8");
            IpAddress address;

            Assert.AreEqual(DetectionResult.NoInterfaceAddress, rig.DetectV4(out address));
            Assert.IsTrue(address.IsNone);
            Assert.AreEqual("the network interface has no IPv4 address", rig.Detector.LastProblem);

            rig.Network.SetInterfaceAddress("192.168.1.20");
            Assert.AreEqual(DetectionResult.NoPublicAddress, rig.DetectV4(out address));
            Assert.IsTrue(address.IsNone);
            Assert.AreEqual("the interface address 192.168.1.20 is a private address (local network only)", rig.Detector.LastProblem);

            rig.Network.SetInterfaceAddress("203.0.114.9");
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("203.0.114.9", address.ToString());
            Assert.AreEqual(0, rig.Transport.RequestCount);
        }

        [TestMethod]
        public void NothingIsAskedWhileTheNetworkIsDown()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Auto, false, UrlA);
            rig.Network.IsConnected = false;
            rig.Network.SetInterfaceAddress("203.0.114.9");
            IpAddress address;
            Assert.AreEqual(DetectionResult.NoNetwork, rig.DetectV4(out address));
            Assert.IsTrue(address.IsNone);
            Assert.AreEqual("the network is not connected", rig.Detector.LastProblem);
            Assert.AreEqual(0, rig.Transport.RequestCount);
        }

        [TestMethod]
        public void UsesOnlyReflectorsOfTheWantedFamily()
        {
            var rig = new DetectionRig();
            var v6 = DetectionRig.Reflectors(AddressFamilyKind.IPv6, "https://api6.ipify.org/");
            var v4 = DetectionRig.Reflectors(AddressFamilyKind.IPv4, UrlA);
            rig.Detector.Configure(IpSourceKind.Web, new Reflector[] { v6[0], v4[0] }, false, "agent");
            rig.Transport.Enqueue("api6.ipify.org", 200, "2a00:1450:4001::1");
            rig.Transport.Enqueue(A, 200, "8.8.8.8");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.8.8", address.ToString());
            Assert.AreEqual(0, rig.Transport.RequestsTo("api6.ipify.org"));

            Assert.AreEqual(DetectionResult.Found, rig.Detector.Detect(AddressFamilyKind.IPv6, out address));
            Assert.AreEqual("2a00:1450:4001::1", address.ToString());
        }

        [TestMethod]
        public void AReflectorForEitherFamilyIsRememberedPerFamily()
        {
            var rig = new DetectionRig();
            const string Dual = "api64.ipify.org";
            rig.Detector.Configure(IpSourceKind.Web, DetectionRig.Reflectors(AddressFamilyKind.None, "https://api64.ipify.org/"), false, "agent");
            rig.Transport.Enqueue(Dual, 200, "8.8.8.8");
            rig.Transport.Enqueue(Dual, 200, "2a00:1450:4001::1");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.8.8", address.ToString());

            // Within the IPv4 spacing, IPv6 is still asked, and the IPv4 answer is not reused for it.
            Assert.AreEqual(DetectionResult.Found, rig.Detector.Detect(AddressFamilyKind.IPv6, out address));
            Assert.AreEqual("2a00:1450:4001::1", address.ToString());
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.8.8", address.ToString());
            Assert.AreEqual(2, rig.Transport.RequestsTo(Dual));
        }

        [TestMethod]
        public void ADualStackAnswerOfTheOtherFamilyFallsThrough()
        {
            var rig = new DetectionRig();
            var reflectors = DetectionRig.Reflectors(AddressFamilyKind.None, "https://ifconfig.me/ip", "https://api6.ipify.org/");
            rig.Detector.Configure(IpSourceKind.Web, reflectors, false, "agent");
            rig.Transport.Enqueue("ifconfig.me", 200, "8.8.8.8\n");
            rig.Transport.Enqueue("api6.ipify.org", 200, "2a00:1450:4001::1");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Found, rig.Detector.Detect(AddressFamilyKind.IPv6, out address));
            Assert.AreEqual("2a00:1450:4001::1", address.ToString());
            Assert.AreEqual("api6.ipify.org", rig.Detector.LastSource);
        }

        [TestMethod]
        public void SaysSoWhenNoReflectorServesTheFamily()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, false, UrlA);
            IpAddress address;
            Assert.AreEqual(DetectionResult.NoReflectors, rig.Detector.Detect(AddressFamilyKind.IPv6, out address));
            Assert.AreEqual("no reflector is configured for IPv6", rig.Detector.LastProblem);

            var unconfigured = new DetectionRig();
            Assert.AreEqual(DetectionResult.NoReflectors, unconfigured.DetectV4(out address));
        }

        [TestMethod]
        public void AgreementNeedsTwoReflectorsWithTheSameAnswer()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, true, UrlA, UrlB, UrlC);
            rig.Transport.Enqueue(A, 200, "8.8.8.8");
            rig.Transport.Enqueue(B, 200, "8.8.8.8\n");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.8.8", address.ToString());
            Assert.AreEqual(0, rig.Transport.RequestsTo(C));
        }

        [TestMethod]
        public void AgreementSkipsAFailedReflector()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, true, UrlA, UrlB, UrlC);
            rig.Transport.Enqueue(A, 200, "8.8.8.8");
            rig.Transport.Enqueue(B, 500, "");
            rig.Transport.Enqueue(C, 200, "8.8.8.8");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.8.8", address.ToString());
        }

        [TestMethod]
        public void DisagreementReportsNoAddress()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, true, UrlA, UrlB, UrlC);
            rig.Transport.Enqueue(A, 200, "8.8.8.8");
            rig.Transport.Enqueue(B, 200, "8.8.4.4");
            rig.Transport.Enqueue(C, 200, "8.8.4.4");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Disagreement, rig.DetectV4(out address));
            Assert.IsTrue(address.IsNone);
            Assert.AreEqual(A + " answered 8.8.8.8 but " + B + " answered 8.8.4.4; no address is trusted until they agree", rig.Detector.LastProblem);
            Assert.AreEqual(0, rig.Transport.RequestsTo(C), "a third opinion is not a majority vote");
        }

        [TestMethod]
        public void ASingleAnswerIsNotEnoughWhenAgreementIsRequired()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, true, UrlA, UrlB);
            rig.Transport.Enqueue(A, 200, "8.8.8.8");
            rig.Transport.Enqueue(B, 503, "");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Unconfirmed, rig.DetectV4(out address));
            Assert.IsTrue(address.IsNone);
            Assert.AreEqual("only " + A + " answered and a second reflector must agree (" + B + " answered HTTP 503)", rig.Detector.LastProblem);
        }

        [TestMethod]
        public void WithinItsSpacingAReflectorIsNotAskedAgainAndItsAnswerIsReused()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, false, UrlA);
            rig.Transport.Enqueue(A, 200, "8.8.8.8");
            rig.Transport.Enqueue(A, 200, "8.8.4.4");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));

            rig.Clock.AdvanceSeconds(29);
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.8.8", address.ToString(), "the answer of half a minute ago stands");
            Assert.AreEqual(1, rig.Transport.RequestCount);

            rig.Clock.AdvanceSeconds(1);
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.4.4", address.ToString());
            Assert.AreEqual(2, rig.Transport.RequestCount);
        }

        [TestMethod]
        public void AnAnswerOlderThanTheReuseWindowIsNotReusedAndTheNextReflectorIsAsked()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, false, "http://checkip.dyndns.org/", UrlB);
            rig.Detector.MaxReuseSeconds = 150; // half a 300 s check interval
            rig.Transport.Enqueue("checkip.dyndns.org", 200, "<html><body>Current IP Address: 8.8.8.8</body></html>");
            rig.Transport.Enqueue(B, 200, "8.8.4.4");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));

            rig.Clock.AdvanceSeconds(149);
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.8.8", address.ToString(), "within the window the answer stands in");
            Assert.AreEqual(1, rig.Transport.RequestCount);

            rig.Clock.AdvanceSeconds(151);
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.4.4", address.ToString(), "a scheduled check asks afresh: the next reflector, as the first still rests");
            Assert.AreEqual(1, rig.Transport.RequestsTo("checkip.dyndns.org"), "Dyn's 10 minutes are kept");
        }

        [TestMethod]
        public void AReflectorThatJustFailedIsSkippedUntilItsSpacingEnds()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, false, UrlA, UrlB);
            rig.Transport.Enqueue(A, 500, "");
            rig.Transport.Enqueue(B, 200, "8.8.4.4");
            IpAddress address;
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));

            rig.Clock.AdvanceSeconds(15);
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.4.4", address.ToString());
            Assert.AreEqual(2, rig.Transport.RequestCount, "neither was asked again");

            rig.Clock.AdvanceSeconds(15);
            rig.Transport.Enqueue(A, 200, "8.8.8.8");
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.8.8", address.ToString());
            Assert.AreEqual(2, rig.Transport.RequestsTo(A));
        }

        [TestMethod]
        public void RestingReflectorsMeanNoAnswerRatherThanAHammering()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, false, UrlA);
            rig.Transport.Enqueue(A, 500, "");
            IpAddress address;
            Assert.AreEqual(DetectionResult.AllReflectorsFailed, rig.DetectV4(out address));
            rig.Clock.AdvanceSeconds(10);
            Assert.AreEqual(DetectionResult.AllReflectorsResting, rig.DetectV4(out address));
            Assert.IsTrue(address.IsNone);
            Assert.AreEqual("every reflector was asked too recently or refused us; trying again later", rig.Detector.LastProblem);
            Assert.AreEqual(1, rig.Transport.RequestCount);
        }

        [TestMethod]
        public void AReflectorThatRefusesUsIsBenchedForAnHour()
        {
            for (int status = 403; status <= 429; status += 26)
            {
                var rig = new DetectionRig();
                rig.Configure(IpSourceKind.Web, false, UrlA, UrlB);
                rig.Transport.Enqueue(A, status, "");
                rig.Transport.Enqueue(B, 200, "8.8.4.4");
                rig.Transport.Enqueue(B, 200, "8.8.4.4");
                IpAddress address;
                Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));

                rig.Clock.AdvanceSeconds(AddressDetector.BenchSeconds - 1);
                Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
                Assert.AreEqual(1, rig.Transport.RequestsTo(A), "benched after HTTP " + status);
                Assert.AreEqual(2, rig.Transport.RequestsTo(B));

                rig.Clock.AdvanceSeconds(1);
                rig.Transport.Enqueue(A, 200, "8.8.8.8");
                Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
                Assert.AreEqual("8.8.8.8", address.ToString(), "asked again after the bench, HTTP " + status);
            }
        }

        [TestMethod]
        public void AClockThatJumpsBackDoesNotSilenceAReflector()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, false, UrlA);
            rig.Transport.Enqueue(A, 429, "");
            IpAddress address;
            Assert.AreEqual(DetectionResult.AllReflectorsFailed, rig.DetectV4(out address));

            // SNTP sets the clock back a year: the bench must not stretch to a year and an hour.
            // A time before the last request tells nothing about spacing, so the reflector is asked.
            rig.Clock.AdvanceSeconds(-365 * 24 * 3600);
            rig.Transport.Enqueue(A, 200, "8.8.8.8");
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual(2, rig.Transport.RequestsTo(A));

            // From then on the new time rules: within the spacing the answer is reused.
            rig.Clock.AdvanceSeconds(10);
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual(2, rig.Transport.RequestsTo(A));
        }

        [TestMethod]
        public void ReconfiguringForgetsCachedAnswers()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, false, UrlA);
            rig.Transport.Enqueue(A, 200, "8.8.8.8");
            rig.Transport.Enqueue(A, 200, "8.8.4.4");
            IpAddress address;
            rig.DetectV4(out address);
            rig.Configure(IpSourceKind.Web, false, UrlA);
            Assert.AreEqual(DetectionResult.Found, rig.DetectV4(out address));
            Assert.AreEqual("8.8.4.4", address.ToString());
        }

        [TestMethod]
        public void RefusesAFamilyThatIsNeither()
        {
            var rig = new DetectionRig();
            rig.Configure(IpSourceKind.Web, false, UrlA);
            IpAddress address;
            DdnsAgent.Tests.Support.Expect.Throws(typeof(System.ArgumentOutOfRangeException), () => rig.Detector.Detect(AddressFamilyKind.None, out address));
        }

        [TestMethod]
        public void RefusesAReflectorPathLongerThanTheRequestBuffer()
        {
            var detector = new AddressDetector(new FakeNetworkStack(), new ScriptedHttpTransport(), new FakeClock(), new HttpRequest(4), new HttpResponse());
            var reflectors = DetectionRig.Reflectors(AddressFamilyKind.IPv4, "https://ifconfig.me/ip/v4");
            DdnsAgent.Tests.Support.Expect.Throws(typeof(System.ArgumentOutOfRangeException), () => detector.Configure(IpSourceKind.Web, reflectors, false, "agent"));
        }
    }
}
