using System.Collections.Concurrent;
using DdnsAgent.Configuration;

namespace DdnsAgent.Host.Configuration;

/// <summary>
/// The settings file holds the password: when every user of the machine may read it, the agent says so,
/// once per file and process, with the command that fixes it. A group that may read it is fine (the README's
/// service set-up gives the agent's group read access to a root-owned file).
/// </summary>
public static class SettingsFileMode
{
    private static readonly ConcurrentDictionary<string, bool> Warned = new(StringComparer.Ordinal);

    /// <summary>The warning for path holding settings, or null (no password, private enough, already said, or Windows).</summary>
    public static string? Warning(string path, Settings? settings)
    {
        if (OperatingSystem.IsWindows() || settings is null || string.IsNullOrEmpty(settings.Password))
        {
            return null;
        }

        UnixFileMode mode;
        try
        {
            mode = File.GetUnixFileMode(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        const UnixFileMode Others = UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
        if ((mode & Others) == 0 || !Warned.TryAdd(path, true))
        {
            return null;
        }

        string verb = (mode & UnixFileMode.OtherWrite) != 0 ? "read and change" : "read";
        return path + " holds the password and every user of this machine can " + verb + " it; make it private: chmod 600 " + path;
    }
}
