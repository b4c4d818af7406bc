using System.Diagnostics.CodeAnalysis;
using DdnsAgent.Configuration;

namespace DdnsAgent.Host.Configuration;

/// <summary>
/// On the host the TLS CA setting ("CaCertificate", `tls.ca` on the console) may name a PEM file instead of
/// holding the PEM text. This store reads that file when the settings are loaded, so the rest of the agent
/// always sees the PEM text, and writes the file name back when the console saves the settings with that CA
/// unchanged. A relative name in the file is taken from the settings file's folder; one typed on the console
/// (`set tls.ca FILE`) from the current folder, and saved as a full path. The file is read at start (and on
/// `reboot`). Problems with the file name the JSON key, since they are about the settings file.
/// </summary>
public sealed class CaFileSettingsStore : ISettingsStore
{
    /// <summary>Anything larger is certainly not a CA file.</summary>
    public const long MaxCaFileBytes = 256 * 1024;

    private const string PemMarker = "-----BEGIN CERTIFICATE-----";

    private readonly ISettingsStore _inner;
    private readonly string _baseDirectory;
    private string? _fileName;
    private string? _fileText;

    /// <param name="settingsFilePath">The settings file: relative CA file names start from its folder.</param>
    public CaFileSettingsStore(ISettingsStore inner, string settingsFilePath)
    {
        _inner = inner;
        _baseDirectory = Path.GetDirectoryName(Path.GetFullPath(settingsFilePath)) ?? ".";
    }

    public bool TryLoad([NotNullWhen(true)] out Settings? settings, [NotNullWhen(false)] out string? problem)
    {
        _fileName = null;
        _fileText = null;
        if (!_inner.TryLoad(out settings, out problem))
        {
            return false;
        }

        string? ca = settings.CaCertificate;
        if (string.IsNullOrEmpty(ca) || ca.Contains(PemMarker, StringComparison.Ordinal))
        {
            return true;
        }

        if (!TryRead(Path.GetFullPath(ca, _baseDirectory), out string? text, out problem))
        {
            settings = null;
            problem = "CaCertificate: " + problem;
            return false;
        }

        _fileName = ca;
        _fileText = text;
        settings.CaCertificate = text;
        return true;
    }

    /// <summary>
    /// `set tls.ca FILE` on the console: reads the PEM file (a relative name from the current folder) and
    /// remembers it, so that a `save` with this CA writes the file's full path, not its text.
    /// </summary>
    public bool TryReadForConsole(string name, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? problem)
    {
        string path = Path.GetFullPath(name);
        if (!TryRead(path, out text, out problem))
        {
            return false;
        }

        _fileName = path;
        _fileText = text;
        return true;
    }

    public bool TrySave(Settings settings, [NotNullWhen(false)] out string? problem)
    {
        if (_fileName is not null && settings.CaCertificate == _fileText)
        {
            Settings copy = SettingsCopy.Of(settings);
            copy.CaCertificate = _fileName;
            return _inner.TrySave(copy, out problem);
        }

        _fileName = null;
        _fileText = null;
        return _inner.TrySave(settings, out problem);
    }

    public void Erase()
    {
        _fileName = null;
        _fileText = null;
        _inner.Erase();
    }

    private static bool TryRead(string path, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? problem)
    {
        text = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problem = "the CA file " + path + " does not exist; give the path of the server's PEM root certificate";
                return false;
            }

            if (info.Length > MaxCaFileBytes)
            {
                problem = path + " is larger than 256 KB, so it is not a CA file";
                return false;
            }

            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            problem = "cannot read " + path + ": " + ex.Message;
            return false;
        }

        if (!text.Contains(PemMarker, StringComparison.Ordinal))
        {
            text = null;
            problem = path + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)";
            return false;
        }

        problem = null;
        return true;
    }
}
