using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Projects
{
    /// <summary>
    /// tools/update-projitems.sh, run on a copy of the portable sources: it writes exactly the shared projects in the
    /// repository (so its folder table and Core's three shared projects agree), and it stops, naming the folder, when a
    /// Core folder is in no device library.
    /// </summary>
    [TestClass]
    public sealed class UpdateProjitemsScriptTests
    {
        private static readonly string[] PortableFolders = { Path.Combine("DdnsAgent", "Core"), Path.Combine("DdnsAgent.Tests", "Portable") };

        [TestMethod]
        public void TheScriptWritesTheSharedProjectsOfTheRepository()
        {
            string copy = CopyOfThePortableSources();
            try
            {
                Assert.AreEqual(0, RunScript(copy, out string output), output);
                var written = Directory.GetFiles(copy, "*.projitems", SearchOption.AllDirectories).Concat(Directory.GetFiles(copy, "*.shproj", SearchOption.AllDirectories)).ToList();
                Assert.IsTrue(written.Count >= 6, string.Join(", ", written));
                foreach (string file in written)
                {
                    string relative = Path.GetRelativePath(copy, file);
                    Assert.AreEqual(File.ReadAllText(Repository.PathOf(relative)), File.ReadAllText(file), relative + " differs from what tools/update-projitems.sh writes: run it");
                }
            }
            finally
            {
                Directory.Delete(copy, true);
            }
        }

        [TestMethod]
        public void ACoreFolderInNoLibraryStopsTheScriptWithItsName()
        {
            string copy = CopyOfThePortableSources();
            try
            {
                string folder = Path.Combine(copy, "DdnsAgent", "Core", "Scheduling");
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "Timetable.cs"), "namespace DdnsAgent.Scheduling\n{\n    public static class Timetable\n    {\n    }\n}\n");
                string before = File.ReadAllText(Path.Combine(copy, "DdnsAgent", "Core", "DdnsAgent.Engine.projitems"));

                Assert.AreNotEqual(0, RunScript(copy, out string output), output);
                StringAssert.Contains(output, "DdnsAgent/Core/Scheduling is in no device library: add it to core_libraries in tools/update-projitems.sh");
                Assert.AreEqual(before, File.ReadAllText(Path.Combine(copy, "DdnsAgent", "Core", "DdnsAgent.Engine.projitems")), "the script wrote before it stopped");
            }
            finally
            {
                Directory.Delete(copy, true);
            }
        }

        /// <summary>The script, and the sources, shared projects and .shproj files it reads, in a new temporary folder.</summary>
        private static string CopyOfThePortableSources()
        {
            string copy = Path.Combine(Path.GetTempPath(), "ddns-projitems-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(copy, "tools"));
            File.Copy(Repository.PathOf("tools", "update-projitems.sh"), Path.Combine(copy, "tools", "update-projitems.sh"));
            foreach (string folder in PortableFolders)
            {
                foreach (string file in Directory.GetFiles(Repository.PathOf(folder), "*", SearchOption.AllDirectories).Where(f => !Repository.IsGenerated(f)))
                {
                    string extension = Path.GetExtension(file);
                    if (extension == ".cs" || extension == ".projitems" || extension == ".shproj")
                    {
                        string target = Path.Combine(copy, Path.GetRelativePath(Repository.Root, file));
                        Directory.CreateDirectory(Path.GetDirectoryName(target));
                        File.Copy(file, target);
                    }
                }
            }

            return copy;
        }

        private static int RunScript(string root, out string output)
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(root, "tools", "update-projitems.sh"));
            using var process = Process.Start(start);
            var error = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60000))
            {
                process.Kill(true);
                return -1;
            }

            output += error.Result;
            return process.ExitCode;
        }
    }
}
