using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>
    /// The real `ddns-agent` program in a process of its own (the apphost built beside the tests), for what only a
    /// separate process shows: being killed with SIGKILL, or running in a mount namespace of its own.
    /// </summary>
    public sealed class ChildAgent : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new StringBuilder();

        private ChildAgent(Process process)
        {
            _process = process;
        }

        /// <summary>The program beside the tests.</summary>
        public static string ProgramPath
        {
            get { return Path.Combine(AppContext.BaseDirectory, "ddns-agent"); }
        }

        /// <summary>Starts `ddns-agent ARGS`; with a wrapper (such as "unshare"), `WRAPPER WRAPPER-ARGS... ddns-agent ARGS`.</summary>
        public static ChildAgent Start(string[] wrapper, string[] args)
        {
            return Start(wrapper, ProgramPath, args);
        }

        /// <summary>The same with another build of the program (such as the NativeAOT file).</summary>
        public static ChildAgent Start(string[] wrapper, string program, string[] args)
        {
            var start = new ProcessStartInfo(wrapper == null ? program : wrapper[0])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (wrapper != null)
            {
                for (int i = 1; i < wrapper.Length; i++)
                {
                    start.ArgumentList.Add(wrapper[i]);
                }

                start.ArgumentList.Add(program);
            }

            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            var child = new ChildAgent(new Process { StartInfo = start });
            child._process.OutputDataReceived += (_, e) => child.Append(e.Data);
            child._process.ErrorDataReceived += (_, e) => child.Append(e.Data);
            child._process.Start();
            child._process.BeginOutputReadLine();
            child._process.BeginErrorReadLine();
            return child;
        }

        /// <summary>Runs to its end (at most <see cref="ProgramRun.Limit"/>); returns the exit code.</summary>
        public int WaitForExit()
        {
            if (!_process.WaitForExit((int)ProgramRun.Limit.TotalMilliseconds))
            {
                _process.Kill(entireProcessTree: true);
                throw new TimeoutException("ddns-agent did not end within " + ProgramRun.Limit + ":\n" + Output);
            }

            _process.WaitForExit();
            return _process.ExitCode;
        }

        /// <summary>SIGKILL, as `kill -9`: no handler runs, nothing is flushed.</summary>
        public void KillHard()
        {
            try
            {
                _process.Kill();
            }
            catch (InvalidOperationException)
            {
                // It ended by itself first.
            }

            _process.WaitForExit();
        }

        public bool HasExited
        {
            get { return _process.HasExited; }
        }

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public void Dispose()
        {
            _process.Dispose();
        }

        private void Append(string line)
        {
            if (line == null)
            {
                return;
            }

            lock (_output)
            {
                _output.Append(line).Append('\n');
            }
        }
    }
}
