using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Bind
{
    /// <summary>Stops the BIND server when the test run ends, if the run started it (not when .ci/run did).</summary>
    [TestClass]
    public sealed class BindServerLifetime
    {
        [AssemblyCleanup]
        public static void StopBind()
        {
            BindServer.StopIfStartedHere();
        }
    }
}
