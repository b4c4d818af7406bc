namespace DdnsAgent.Shell
{
    /// <summary>
    /// What only the host's console has (the device's serial console has none of it): a way out, and files
    /// to read a value from (`set tls.ca FILE`). Set on <see cref="ConsoleShell.Host"/> by the host program.
    /// </summary>
    public interface IHostConsole
    {
        /// <summary>The console keys whose draft values differ from the stored settings ("hostnames, password"), or null when none do.</summary>
        string UnsavedChanges();

        /// <summary>Ends the console (the agent stops with it).</summary>
        void Leave();

        /// <summary>Reads the PEM file a `set tls.ca FILE` names, remembering the name for the settings file; false with the reason.</summary>
        bool TryReadCaFile(string path, out string text, out string problem);
    }
}
