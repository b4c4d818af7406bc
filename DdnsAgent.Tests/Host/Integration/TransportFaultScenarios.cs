using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using DdnsAgent.Configuration;
using DdnsAgent.Http;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;
using DdnsAgent.Status;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>A provider that cannot be trusted, hangs, cuts the connection or floods the agent.</summary>
    [TestClass]
    public sealed class TransportFaultScenarios
    {
        [TestMethod]
        public async Task AProviderWithAnUntrustedCertificateGetsNothingAndTheUserIsToldWhy()
        {
            var otherCa = TestCertificateAuthority.Create("Not The Trusted CA");
            await using ScenarioRig rig = await ScenarioRig.StartAsync(providerCa: otherCa);
            rig.Own(otherCa);
            rig.Boot(rig.DefaultSettings());

            rig.Tick();
            rig.RunFor(299);
            Assert.AreEqual(1, rig.Transport.UpdateCalls().Count, "a settings problem is not retried within 5 minutes");
            rig.RunFor(3600);

            Assert.AreEqual(0, rig.Emulator.Server.Requests.Count, "not one request may reach a server whose certificate failed");
            List<TransportCall> attempts = rig.Transport.UpdateCalls();
            Assert.AreEqual(4, attempts.Count, "backing off 5, 10, 20, then 30 minutes: attempts at 0, 5, 15 and 35 minutes");
            foreach (TransportCall attempt in attempts)
            {
                Assert.AreEqual(TransportFailure.CertificateRejected, attempt.Failure, attempt.FailureDetail);
            }

            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);
            string events = string.Join("\n", rig.Events);
            StringAssert.Contains(events, "update: the certificate of 127.0.0.1 is trusted neither by the system nor by the configured CA");
            StringAssert.Contains(events, "a settings problem: the server's certificate was not accepted");
            StringAssert.Contains(rig.Command("log"), "the certificate of 127.0.0.1 is trusted neither");
            StringAssert.Contains(rig.Status(), "last update problem: the certificate of 127.0.0.1 is trusted neither");
            ScenarioAssert.SecretNeverShown(rig);
        }

        [TestMethod]
        public async Task AHangingProviderTimesOutAndTheUpdateIsRetriedLater()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Emulator.InjectFault(ServerFault.Hang(TimeSpan.FromSeconds(20)));
            rig.Transport.TimeoutCapMilliseconds = 1500; // the agent asks for 30 s; the real transport enforces this
            rig.Boot(rig.DefaultSettings());

            var watch = Stopwatch.StartNew();
            rig.Tick();
            watch.Stop();

            TransportCall update = rig.Transport.UpdateCalls()[0];
            Assert.AreEqual(UpdateRequestBuilder.UpdateTimeoutMilliseconds, update.RequestedTimeoutMilliseconds, "the update's own timeout, not the reflector's");
            Assert.AreEqual(TransportFailure.Timeout, update.Failure, update.FailureDetail);
            Assert.IsTrue(watch.Elapsed < TimeSpan.FromSeconds(6), "the timeout bounds the wait: " + watch.Elapsed);
            Assert.AreEqual(1, rig.UpdateRequests, "the request reached the provider, which never answered");
            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);
            StringAssert.Contains(string.Join("\n", rig.Events), "127.0.0.1 did not answer within 1.5 s; the request was sent once and is not repeated; retrying in ");

            rig.RunFor(3600);
            Assert.AreEqual(2, rig.UpdateRequests, "one retry after the back-off, then quiet");
            Assert.IsTrue(rig.Emulator.Exchanges[1].Time - rig.Emulator.Exchanges[0].Time >= TimeSpan.FromSeconds(60), "the first back-off is at least a minute");
            Assert.AreEqual("good 81.2.69.160", rig.Emulator.Exchanges[1].Body);
            Assert.AreEqual(LedState.AllGood, rig.Led);
            ScenarioAssert.SecretNeverShown(rig);
        }

        [TestMethod]
        public async Task AConnectionResetIsRetriedAfterTheBackOff()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Emulator.InjectFault(ServerFault.Reset());
            rig.Boot(rig.DefaultSettings());

            rig.Tick();

            Assert.AreEqual(TransportFailure.ConnectionReset, rig.Transport.UpdateCalls()[0].Failure);
            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);
            StringAssert.Contains(string.Join("\n", rig.Events), "127.0.0.1 closed the connection");
            rig.RunFor(59);
            Assert.AreEqual(1, rig.UpdateRequests, "no retry within the first minute");

            rig.RunFor(3600);
            Assert.AreEqual(2, rig.UpdateRequests);
            Assert.AreEqual(LedState.AllGood, rig.Led);
            ScenarioAssert.OnlyPublicAddressesSent(rig.Emulator);
        }

        [TestMethod]
        public async Task AProviderThatClosesWithoutAnsweringGetsTheUpdateExactlyOnce()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Emulator.InjectFault(ServerFault.Close());
            rig.Boot(rig.DefaultSettings());

            rig.Tick();
            await Task.Delay(200); // a hidden re-send would arrive within milliseconds

            Assert.AreEqual(1, rig.Emulator.Server.Requests.Count, "one attempt is one request on the wire, credentials included");
            Assert.AreEqual(TransportFailure.ConnectionReset, rig.Transport.UpdateCalls()[0].Failure);
            StringAssert.Contains(string.Join("\n", rig.Events), "127.0.0.1 closed the connection without answering; the request was sent once and is not repeated");
            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);
            rig.RunFor(59);
            Assert.AreEqual(1, rig.Emulator.Server.Requests.Count, "no retry within the first minute");
            rig.RunFor(3600);
            Assert.AreEqual(2, rig.Emulator.Server.Requests.Count, "one retry after the back-off");
            Assert.AreEqual(LedState.AllGood, rig.Led);
        }

        [TestMethod]
        public async Task AReflectorThatClosesWithoutAnsweringIsAskedExactlyOnce()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Reflector.ServeFault("/closing", ServerFault.Close());
            Settings settings = rig.DefaultSettings();
            settings.Reflectors = new[] { rig.ReflectorUrl("/closing"), rig.ReflectorUrl(ScenarioRig.IPv4Path) };
            rig.Boot(settings);

            rig.Tick();
            await Task.Delay(200);

            Assert.AreEqual(1, rig.Reflector.RequestCount("/closing"), "one attempt is one request on the wire");
            Assert.AreEqual(TransportFailure.ConnectionReset, rig.Transport.Calls[0].Failure);
            Assert.AreEqual(1, rig.UpdateRequests, "the next reflector answered");
            Assert.AreEqual(LedState.AllGood, rig.Led);
        }

        [TestMethod]
        [DataRow(true)]
        [DataRow(false)]
        public async Task AnOversizedAnswerIsReadOnlyUpToTheCapAndItsCompleteLinesCount(bool declareLength)
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Emulator.InjectFault(ServerFault.Oversized(1 << 20, declareLength: declareLength));
            rig.Boot(rig.DefaultSettings());

            rig.Tick();

            TransportCall update = rig.Transport.UpdateCalls()[0];
            Assert.AreEqual(TransportFailure.None, update.Failure, update.FailureDetail);
            Assert.AreEqual(HttpResponse.DefaultBodyCapacity, update.BodyLength, "the agent reads its cap and no more");
            Assert.IsTrue(update.BodyTruncated);
            Assert.AreEqual(LedState.AllGood, rig.Led, "the first line, complete within the cap, says good");
            StringAssert.Contains(rig.Status(), "  home.example.org IPv4 81.2.69.160, confirmed ");
            StringAssert.Contains(string.Join("\n", rig.Events), "update home.example.org: good 81.2.69.160");

            rig.RunFor(3600);
            Assert.AreEqual(1, rig.UpdateRequests, "a good answer is not sent again (it would cost a nochg)");
            ScenarioAssert.SecretNeverShown(rig);
        }

        [TestMethod]
        public async Task AnOversizedAnswerWithoutALineBreakIsNamedCutOffAndQuoted()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Emulator.InjectFault(ServerFault.Oversized(1 << 20, prefix: new string('<', 4000)));
            rig.Boot(rig.DefaultSettings());

            rig.Tick();

            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);
            StringAssert.Contains(rig.Status(), "  home.example.org IPv4 not registered yet\r\n");
            StringAssert.Contains(string.Join("\n", rig.Events),
                "home.example.org: a line cut off where the answer passed 2048 bytes: " + new string('<', 80) + "...: the server answered something");
            rig.RunFor(ResultCode.Unknown.MinWaitSeconds - 1);
            Assert.AreEqual(1, rig.UpdateRequests, "unknown answers wait 10 minutes");
            rig.RunFor((ResultCode.Unknown.MinWaitSeconds / 4) + 2);
            Assert.AreEqual(2, rig.UpdateRequests, "10 minutes plus up to a quarter");
            Assert.AreEqual(LedState.AllGood, rig.Led);
        }

        [TestMethod]
        [DataRow(502)]
        [DataRow(503)]
        public async Task AServerErrorWithoutACodeBacksOff(int httpStatus)
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Emulator.InjectFault(ServerFault.Status(httpStatus), 2);
            rig.Boot(rig.DefaultSettings());

            rig.RunFor(3600);

            Assert.AreEqual(3, rig.UpdateRequests, "two failures, then success");
            TimeSpan first = rig.Emulator.Exchanges[1].Time - rig.Emulator.Exchanges[0].Time;
            TimeSpan second = rig.Emulator.Exchanges[2].Time - rig.Emulator.Exchanges[1].Time;
            Assert.IsTrue(first >= TimeSpan.FromSeconds(60) && second >= TimeSpan.FromSeconds(120), "back-off grows: " + first + ", " + second);
            StringAssert.Contains(string.Join("\n", rig.Events), "the provider answered HTTP " + httpStatus + " without a dyndns2 code");
            Assert.AreEqual(LedState.AllGood, rig.Led);
        }
    }
}
