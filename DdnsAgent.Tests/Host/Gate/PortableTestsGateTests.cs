using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// The device test project (DdnsAgent.Tests/Device) compiles the portable tests and Core for nanoFramework,
    /// which this machine cannot build. This test does the nearest thing: it compiles the same files, as the two
    /// shared projects list them, with NANOFRAMEWORK_1_0 defined and against the API of nanoFramework.TestFramework
    /// (Gate/nanoframework-testframework-api.cs.txt), then runs the nanoFramework gate over the result, so that a
    /// portable test using an assertion or a BCL member the device lacks fails here.
    /// </summary>
    [TestClass]
    public sealed class PortableTestsGateTests
    {
        // Compiling Core and the portable tests takes seconds: both tests share one compilation.
        private static readonly Lazy<(byte[] Image, List<string> Errors)> Device = new Lazy<(byte[] Image, List<string> Errors)>(CompileForDevice);

        [TestMethod]
        public void PortableTestsCompileForNanoFramework()
        {
            var (image, errors) = Device.Value;
            Assert.AreEqual(0, errors.Count, "the portable tests do not compile against nanoFramework.TestFramework:\n" + string.Join("\n", errors));
            Assert.IsNotNull(image);
        }

        [TestMethod]
        public void PortableTestsUseOnlyWhatNanoFrameworkHas()
        {
            var (image, errors) = Device.Value;
            Assert.AreEqual(0, errors.Count, "see PortableTestsCompileForNanoFramework:\n" + string.Join("\n", errors));

            var allowlist = NanoFrameworkGate.LoadAllowlist(Path.Combine(AppContext.BaseDirectory, "Gate", "nanoframework-allowlist.txt"));
            var findings = NanoFrameworkGate.Inspect(image, allowlist);
            Assert.AreEqual(0, findings.Count, "the portable tests are not nanoFramework 1.x code:\n" + string.Join("\n", findings));
        }

        private static (byte[] Image, List<string> Errors) CompileForDevice()
        {
            var options = DeviceCompilation.Options();
            var sources = Repository.CompileItems("DdnsAgent/Core/DdnsAgent.Core.projitems")
                .Concat(Repository.CompileItems("DdnsAgent.Tests/Portable/DdnsAgent.Tests.Portable.projitems"))
                .Append(Repository.PathOf("DdnsAgent.Tests", "Host", "Gate", "nanoframework-testframework-api.cs.txt"));
            return DeviceCompilation.Compile("NFUnitTest", sources.Select(path => DeviceCompilation.ParseFile(path, options)));
        }
    }
}
