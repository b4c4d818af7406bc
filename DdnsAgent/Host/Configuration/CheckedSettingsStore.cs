using System.Diagnostics.CodeAnalysis;
using DdnsAgent.Configuration;

namespace DdnsAgent.Host.Configuration;

/// <summary>
/// For `run`, `once` and `check`, whose user edits the settings file: refuses at load a file the agent
/// cannot use, naming every problem by its JSON key and saying what to write there
/// (`"CheckIntervalSeconds": 600`, `"AllowPlainHttp": true`), instead of the console's keys and commands.
/// `ddns-agent console` does without it: there the console's own words apply, and the draft keeps the
/// file's values to be fixed with `set`.
/// </summary>
public sealed class CheckedSettingsStore : ISettingsStore
{
    private readonly ISettingsStore _inner;
    private readonly string _filePath;

    public CheckedSettingsStore(ISettingsStore inner, string filePath)
    {
        _inner = inner;
        _filePath = Path.GetFullPath(filePath);
    }

    public bool TryLoad([NotNullWhen(true)] out Settings? settings, [NotNullWhen(false)] out string? problem)
    {
        if (!_inner.TryLoad(out settings, out problem))
        {
            return false;
        }

        ValidationReport report = SettingsValidator.Validate(settings, Vocabulary.SettingsFile);
        if (report.IsValid)
        {
            return true;
        }

        settings = null;
        problem = "the settings in " + _filePath + " cannot be used: " + report.SummaryText();
        return false;
    }

    public bool TrySave(Settings settings, [NotNullWhen(false)] out string? problem) => _inner.TrySave(settings, out problem);

    public void Erase() => _inner.Erase();
}
