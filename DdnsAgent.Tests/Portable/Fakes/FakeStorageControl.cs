using DdnsAgent.Ports;
using DdnsAgent.Shell;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>Saves when no problems are set; otherwise prints each problem, as the real validator does.</summary>
    public sealed class FakeStorageControl : IStorageControl
    {
        public string[] Problems { get; set; }

        public int SaveAttempts { get; private set; }

        public int SavedCount { get; private set; }

        public int FactoryResetCount { get; private set; }

        public bool TrySave(ITextSink output)
        {
            SaveAttempts++;
            if (Problems != null && Problems.Length > 0)
            {
                for (int i = 0; i < Problems.Length; i++)
                {
                    output.Write(Problems[i] + "\r\n");
                }

                return false;
            }

            SavedCount++;
            return true;
        }

        public void FactoryReset()
        {
            FactoryResetCount++;
        }
    }
}
