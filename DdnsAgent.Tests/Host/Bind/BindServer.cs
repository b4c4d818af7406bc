using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Rfc2136;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Bind
{
    /// <summary>
    /// The private BIND 9 server of tools/bind-test-server.sh, on 127.0.0.1. When .ci/run started one, its
    /// DDNS_TEST_BIND_* variables say where; otherwise the first test that needs it starts one through the same
    /// script (stopped when the test run ends), if named is installed. Without named the BIND tests are skipped
    /// with the reason, and each skip is counted in the file DDNS_TEST_BIND_SKIPS names, for .ci/run to report.
    /// </summary>
    internal sealed class BindServer
    {
        private const string Variables = "DDNS_TEST_BIND_";

        private static readonly object Gate = new object();
        private static BindServer _instance;
        private static string _skipReason;
        private static string _failure;

        private BindServer(IDictionary<string, string> values, bool startedHere)
        {
            Directory = values["DDNS_TEST_BIND_DIR"];
            Port = int.Parse(values["DDNS_TEST_BIND_PORT"], System.Globalization.CultureInfo.InvariantCulture);
            Zone = values["DDNS_TEST_BIND_ZONE"];
            KeyName = values["DDNS_TEST_BIND_KEY_NAME"];
            KeySecret = values["DDNS_TEST_BIND_KEY_SECRET"];
            OtherKeyName = values["DDNS_TEST_BIND_OTHER_KEY_NAME"];
            OtherKeySecret = values["DDNS_TEST_BIND_OTHER_KEY_SECRET"];
            StartedHere = startedHere;
        }

        public string Directory { get; }

        public int Port { get; }

        /// <summary>The test zone, with its final dot ("ddns.test.").</summary>
        public string Zone { get; }

        public string KeyName { get; }

        public string KeySecret { get; }

        /// <summary>A key the server knows but whose update-policy grants nothing.</summary>
        public string OtherKeyName { get; }

        public string OtherKeySecret { get; }

        public bool StartedHere { get; }

        public string Address => "127.0.0.1";

        /// <summary>The server, or the test ends as skipped (BIND not installed) or failed (installed but not running).</summary>
        public static BindServer Require()
        {
            lock (Gate)
            {
                if (_instance == null && _skipReason == null && _failure == null)
                {
                    Start();
                }

                if (_failure != null)
                {
                    Assert.Fail(_failure);
                }

                if (_skipReason != null)
                {
                    RecordSkip(_skipReason);
                    Assert.Inconclusive(_skipReason);
                }

                return _instance;
            }
        }

        /// <summary>Stops the server if this test run started it.</summary>
        public static void StopIfStartedHere()
        {
            lock (Gate)
            {
                if (_instance != null && _instance.StartedHere)
                {
                    RunScript("stop " + _instance.Directory, out _);
                }

                _instance = null;
            }
        }

        public TsigKey Key() => MakeKey(KeyName, KeySecret);

        public TsigKey OtherKey() => MakeKey(OtherKeyName, OtherKeySecret);

        /// <summary>A name in the zone no other test uses.</summary>
        public string UniqueName(string label) => label + "-" + Guid.NewGuid().ToString("N").Substring(0, 10) + "." + Zone;

        /// <summary>
        /// What dig (dnsutils), asked without recursion, says the name's records of that type are: their data
        /// ("+short"), or with <paramref name="wholeRecords"/> the answer's records as zone-file lines.
        /// </summary>
        public string[] Dig(string name, string type, bool wholeRecords = false)
        {
            string dig = FindTool("dig") ?? throw new AssertFailedException("dig (package dnsutils) is not installed");
            var start = new ProcessStartInfo(dig)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { "@" + Address, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "+norec", "+time=2", "+tries=1", wholeRecords ? "+noall" : "+short", wholeRecords ? "+answer" : "+short", name, type })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            string output = process.StandardOutput.ReadToEnd();
            Assert.IsTrue(process.WaitForExit(10000), "dig did not finish");
            Assert.AreEqual(0, process.ExitCode, "dig failed: " + process.StandardError.ReadToEnd());
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        /// <summary>Runs nsupdate (bind9-utils) with the test key: for setting up records the agent never writes.</summary>
        public void NsUpdate(params string[] commands)
        {
            Assert.IsTrue(TryNsUpdate(out string error, commands), "nsupdate failed: " + error);
        }

        /// <summary>Runs nsupdate with the test key; false with its error output when the server refused or it failed.</summary>
        public bool TryNsUpdate(out string error, params string[] commands)
        {
            string nsupdate = FindTool("nsupdate") ?? throw new AssertFailedException("nsupdate (package bind9-utils) is not installed");
            var start = new ProcessStartInfo(nsupdate)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("-y");
            start.ArgumentList.Add("hmac-sha256:" + KeyName + ":" + KeySecret);
            using var process = Process.Start(start);
            process.StandardInput.WriteLine("server " + Address + " " + Port);
            process.StandardInput.WriteLine("zone " + Zone);
            foreach (string command in commands)
            {
                process.StandardInput.WriteLine(command);
            }

            process.StandardInput.WriteLine("send");
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            error = process.StandardError.ReadToEnd();
            if (!process.WaitForExit(10000))
            {
                process.Kill(true);
                error = "nsupdate did not finish in 10 s";
                return false;
            }

            error += output.Result;
            return process.ExitCode == 0;
        }

        private static TsigKey MakeKey(string name, string secret)
        {
            Assert.IsTrue(TsigKey.TryCreate(name, secret, out TsigKey key, out string problem), problem);
            return key;
        }

        private static void Start()
        {
            var fromCi = Environment.GetEnvironmentVariables().Keys.Cast<string>()
                .Where(k => k.StartsWith(Variables, StringComparison.Ordinal))
                .ToDictionary(k => k, k => Environment.GetEnvironmentVariable(k));
            if (fromCi.ContainsKey("DDNS_TEST_BIND_PORT"))
            {
                _instance = new BindServer(fromCi, false);
                return;
            }

            if (FindTool("named") == null)
            {
                _skipReason = "BIND 9 is not installed (no named on this machine), so the tests against a real DNS server cannot run; "
                    + "install it with 'tools/bind-test-server.sh install' (as root), or run .ci/run, which does";
                return;
            }

            if (RunScript("start", out string output) != 0)
            {
                _failure = "named is installed but tools/bind-test-server.sh could not start it:\n" + output;
                return;
            }

            var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(line => line.StartsWith(Variables, StringComparison.Ordinal) && line.Contains('='))
                .ToDictionary(line => line.Substring(0, line.IndexOf('=')), line => line.Substring(line.IndexOf('=') + 1));
            _instance = new BindServer(values, true);
            AppDomain.CurrentDomain.ProcessExit += (sender, e) => StopIfStartedHere();
        }

        private static int RunScript(string arguments, out string output)
        {
            var start = new ProcessStartInfo("bash")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Repository.PathOf("tools", "bind-test-server.sh"));
            foreach (string argument in arguments.Split(' '))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            var error = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60000))
            {
                process.Kill(true);
                output += "\n(the script did not finish in 60 s)";
                return -1;
            }

            output += error.Result;
            return process.ExitCode;
        }

        private static void RecordSkip(string reason)
        {
            string file = Environment.GetEnvironmentVariable("DDNS_TEST_BIND_SKIPS");
            if (!string.IsNullOrEmpty(file))
            {
                File.AppendAllText(file, reason + Environment.NewLine);
            }
        }

        private static string FindTool(string name)
        {
            var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Concat(new[] { "/usr/sbin", "/sbin", "/usr/local/sbin", "/usr/bin" });
            return folders.Where(folder => folder.Length > 0).Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
        }
    }
}
