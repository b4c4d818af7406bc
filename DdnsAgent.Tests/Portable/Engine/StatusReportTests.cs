#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Configuration;
using DdnsAgent.Http;
using DdnsAgent.Protocol;
using DdnsAgent.Shell;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>`status` in words, from a snapshot of a real agent or one made by hand.</summary>
    [TestClass]
    public class StatusReportTests
    {
        [TestMethod]
        public void StatusNamesTheReflectorThatAnswered()
        {
            var rig = new AgentRig();
            rig.Tick();

            string text = Status(rig);
            Expect.Contains(text, "detected IPv4: 81.2.69.160\r\n  from: ip.test\r\ndetected IPv6: off\r\n");
        }

        [TestMethod]
        public void StatusSaysWhenTheInterfaceGaveTheAddress()
        {
            var settings = AgentRig.DefaultSettings();
            settings.IpSource = "auto";
            var rig = new AgentRig(settings);
            rig.Network.SetInterfaceAddress("81.2.69.170");
            rig.Tick();

            Expect.Contains(Status(rig), "detected IPv4: 81.2.69.170\r\n  from: the network interface\r\n");
            Assert.AreEqual(0, rig.Provider.ReflectorRequests, "no reflector was asked");
        }

        [TestMethod]
        public void ACertificateProblemIsShownAsASettingsProblem()
        {
            var rig = new AgentRig();
            rig.Provider.ScriptFailure(TransportFailure.CertificateRejected);
            rig.Tick();

            string text = Status(rig);
            Expect.Contains(text, "state: a settings problem (see the last update problem below); retrying by itself meanwhile\r\n");
            Expect.Contains(text, "last update problem: scripted failure: a settings problem: the server's certificate was not accepted");
            Expect.Contains(text, "next update allowed: 2026-11-24 10:0"); // 5 minutes, plus up to a quarter
        }

        [TestMethod]
        public void AHaltSaysItsCodeAndWhatToDo()
        {
            var rig = new AgentRig();
            rig.Provider.Script(200, "nohost");
            rig.Tick();

            string text = Status(rig);
            Expect.Contains(text, "state: halted: fix the settings, or fix the account and then `resume`\r\n");
            Expect.Contains(text, "halted by: nohost: a hostname does not exist in this account");
            Expect.Contains(text, "last answer: HTTP 200 \"nohost\"\r\n");
            Expect.Contains(text, "  home.example.org IPv4 not registered yet\r\n");
        }

        [TestMethod]
        public void WithoutSettingsOnlyTheStateIsShown()
        {
            var snapshot = new AgentSnapshot();
            snapshot.State = LedState.NoConfiguration;
            var output = new RecordingTextSink();
            StatusReport.Write(snapshot, output, Vocabulary.DeviceConsole);
            Assert.AreEqual("state: no configuration: give the settings, then `save`\r\n", output.Text);
        }

        [TestMethod]
        public void AnUnknownAnswerIsQuotedInTheProblem()
        {
            var snapshot = new AgentSnapshot();
            snapshot.Configured = true;
            snapshot.Hostnames = new string[0];
            snapshot.State = LedState.WaitingToRetry;
            snapshot.LastProblem = new EventLogEntry(new DateTime(2026, 1, 1), EventKind.Warning, "update: ", "a.example.org", ResultCode.Unknown, "<h1>Oops</h1>",
                DdnsAgent.Addressing.IpAddress.None, DdnsAgent.Addressing.IpAddress.None, 600);
            var output = new RecordingTextSink();
            StatusReport.Write(snapshot, output, Vocabulary.DeviceConsole);
            Expect.Contains(output.Text, "state: waiting to retry\r\n");
            Expect.Contains(output.Text, "last update problem: a.example.org: <h1>Oops</h1>: the server answered something the agent does not understand");
        }

        private static string Status(AgentRig rig)
        {
            var snapshot = new AgentSnapshot();
            rig.Agent.Read(snapshot);
            var output = new RecordingTextSink();
            StatusReport.Write(snapshot, output, Vocabulary.DeviceConsole);
            return output.Text;
        }
    }
}
