using DdnsAgent.Configuration;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>Settings kept in memory, as the flash or the JSON file would keep them.</summary>
    public sealed class FakeSettingsStore : ISettingsStore
    {
        public Settings Stored { get; set; }

        public int Saves { get; private set; }

        public bool RefuseSaves { get; set; }

        public bool TryLoad(out Settings settings, out string problem)
        {
            settings = Stored;
            problem = Stored == null ? "no settings saved yet" : null;
            return Stored != null;
        }

        public bool TrySave(Settings settings, out string problem)
        {
            if (RefuseSaves)
            {
                problem = "the medium refused the write";
                return false;
            }

            Stored = settings;
            Saves++;
            problem = null;
            return true;
        }

        public void Erase()
        {
            Stored = null;
        }
    }
}
