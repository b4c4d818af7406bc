using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using DdnsAgent.Tests.Servers;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>
    /// The documented build, NativeAOT, published the way the README says and run as a process: it must do over
    /// HTTPS what the JIT build does. Its compiler removes the framework's certificate downloader
    /// (DdnsAgent/Host/NoCertificateDownloads.xml), so a chain that does not validate must still end in the plain
    /// refusal, not in a crash. Linux only (the substitution is for Linux); publishing takes about 20 s.
    /// </summary>
    [TestClass]
    public sealed class NativeBuildTests
    {
        private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(10);
        private static string _folder;
        private static string _program;
        private static string _skip;

        [ClassInitialize]
        public static void Publish(TestContext context)
        {
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            {
                _skip = "the NativeAOT test runs on Linux";
                return;
            }

            if (!OnPath("clang") && !OnPath("gcc"))
            {
                _skip = "no C toolchain (clang or gcc) to link a NativeAOT program";
                return;
            }

            _folder = Path.Combine(Path.GetTempPath(), "ddns-agent-aot-" + Guid.NewGuid().ToString("N"));
            string rid = "linux-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // A folder of its own for bin and obj: a clean compile each time, and the repository's own obj untouched.
            foreach (string arg in new[]
            {
                "publish", Repository.PathOf("DdnsAgent", "Host", "DdnsAgent.Host.csproj"), "-c", "Release", "-r", rid,
                "--artifacts-path", Path.Combine(_folder, "artifacts"), "-o", Path.Combine(_folder, "out"),
            })
            {
                start.ArgumentList.Add(arg);
            }

            using Process publish = Process.Start(start);
            Task<string> output = publish.StandardOutput.ReadToEndAsync();
            Task<string> error = publish.StandardError.ReadToEndAsync();
            if (!publish.WaitForExit((int)PublishLimit.TotalMilliseconds))
            {
                publish.Kill(entireProcessTree: true);
                Assert.Fail("dotnet publish did not end within " + PublishLimit);
            }

            publish.WaitForExit();
            string log = output.Result + error.Result;
            if (publish.ExitCode != 0 && (log.Contains("error NU1101") || log.Contains("error NU1102") || log.Contains("error NU1301")))
            {
                // The compiler and runtime packages come from the machine's NuGet sources; without them there is no build to test.
                _skip = "the NativeAOT packages could not be restored from this machine's NuGet sources:\n" + log;
                return;
            }

            Assert.AreEqual(0, publish.ExitCode, "dotnet publish -r " + rid + " failed:\n" + log);
            _program = Path.Combine(_folder, "out", "ddns-agent");
            Assert.IsTrue(File.Exists(_program), "the publish made no " + _program);
        }

        [ClassCleanup]
        public static void Remove()
        {
            if (_folder != null && Directory.Exists(_folder))
            {
                Directory.Delete(_folder, true);
            }
        }

        [TestMethod]
        public async Task OnceOverHttpsSendsTheUpdate()
        {
            await using CliRig rig = await CliRig.StartAsync();

            (int code, string output) = RunNative(rig.WithPaths("once"));

            Assert.AreEqual(0, code, output);
            StringAssert.Contains(output, "updated: the provider answered \"good " + TestAddresses.PublicIPv4 + "\"");
            Assert.AreEqual(1, rig.UpdateRequests, output);
        }

        [TestMethod]
        public async Task WithoutTheCaNothingIsSentAndTheRefusalIsPlain()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.WriteConfig(CliRig.Password, settings => settings.Remove("CaCertificate"));

            AssertOnceRefuses(rig, "is not trusted");
        }

        [TestMethod]
        public async Task ACaThatDoesNotVouchForTheServerIsRefused()
        {
            await using CliRig rig = await CliRig.StartAsync();
            using TestCertificateAuthority other = TestCertificateAuthority.Create();
            string otherCa = other.WritePemFile();
            rig.WriteConfig(CliRig.Password, settings => settings["CaCertificate"] = otherCa);

            AssertOnceRefuses(rig, "trusted neither by the system nor by the configured CA");
        }

        [TestMethod]
        public void TheVersionIsTheJitBuildsVersion()
        {
            (int code, string native) = RunNative(new[] { "--version" });
            using ChildAgent jit = ChildAgent.Start(null, new[] { "--version" });
            Assert.AreEqual(0, jit.WaitForExit(), jit.Output);

            Assert.AreEqual(0, code, native);
            Assert.AreEqual(jit.Output, native);
        }

        // A settings problem (exit 2) in plain words, never a crash, and not one request on the wire.
        private static void AssertOnceRefuses(CliRig rig, string words)
        {
            (int code, string output) = RunNative(rig.WithPaths("once"));

            Assert.AreEqual(2, code, output);
            StringAssert.Contains(output, words);
            Assert.IsFalse(output.Contains("internal error"), output);
            Assert.AreEqual(0, rig.Emulator.Server.Requests.Count, "no request may reach an untrusted server");
        }

        private static (int Code, string Output) RunNative(string[] args)
        {
            if (_skip != null)
            {
                // Counted in the file DDNS_TEST_NATIVE_SKIPS names, for .ci/run to report.
                string file = Environment.GetEnvironmentVariable("DDNS_TEST_NATIVE_SKIPS");
                if (!string.IsNullOrEmpty(file))
                {
                    File.AppendAllText(file, _skip.Split('\n')[0] + Environment.NewLine);
                }

                Assert.Inconclusive(_skip);
            }

            using ChildAgent child = ChildAgent.Start(null, _program, args);
            int code = child.WaitForExit();
            return (code, child.Output);
        }

        private static bool OnPath(string program)
        {
            foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                if (folder.Length > 0 && File.Exists(Path.Combine(folder, program)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
