namespace DdnsAgent.Configuration
{
    /// <summary>Where the settings live: a JSON file on I:\ on the device, in the state directory on the host.</summary>
    public interface ISettingsStore
    {
        /// <summary>False with a plain-words problem when there is no configuration or it cannot be read.</summary>
        bool TryLoad(out Settings settings, out string problem);

        /// <summary>Writes the settings so that a power cut leaves either the old or the new file.</summary>
        bool TrySave(Settings settings, out string problem);

        /// <summary>Removes the stored configuration (factory reset).</summary>
        void Erase();
    }
}
