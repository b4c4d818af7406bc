using DdnsAgent.Shell;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>The host console's exit and CA files, recorded: what is unsaved is set by the test.</summary>
    public sealed class FakeHostConsole : IHostConsole
    {
        /// <summary>What <see cref="UnsavedChanges"/> answers (null: nothing unsaved).</summary>
        public string Unsaved { get; set; }

        public int LeaveCount { get; private set; }

        /// <summary>The file's text for <see cref="TryReadCaFile"/>; null makes it fail.</summary>
        public string CaText { get; set; }

        public string LastPath { get; private set; }

        public string UnsavedChanges()
        {
            return Unsaved;
        }

        public void Leave()
        {
            LeaveCount++;
        }

        public bool TryReadCaFile(string path, out string text, out string problem)
        {
            LastPath = path;
            text = CaText;
            problem = CaText == null ? "the CA file " + path + " does not exist" : null;
            return CaText != null;
        }
    }
}
