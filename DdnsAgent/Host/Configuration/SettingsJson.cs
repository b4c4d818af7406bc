using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using DdnsAgent.Configuration;

namespace DdnsAgent.Host.Configuration;

/// <summary>
/// The JSON form of the settings on the host. Reading never throws: every failure comes back as a plain
/// sentence naming the place in the text and what to do.
/// </summary>
public static class SettingsJson
{
    private static readonly JsonDocumentOptions SyntaxOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    // Relaxed escaping keeps '+', '<' and '&' readable (a PEM certificate is full of '+'); the file is
    // never embedded in HTML.
    private static readonly SettingsJsonContext Context = new(new JsonSerializerOptions(SettingsJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Indented JSON with "\n" line ends and a final line end; null values are left out.</summary>
    public static string Serialize(Settings settings) =>
        JsonSerializer.Serialize(settings, Context.Settings) + "\n";

    /// <summary>Reads settings from JSON text; source names the text in problems (a file name).</summary>
    public static bool TryParse(string json, string source, [NotNullWhen(true)] out Settings? settings, [NotNullWhen(false)] out string? problem)
    {
        settings = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            problem = source + " is empty (a write may have been cut short); write the settings again";
            return false;
        }

        // Syntax first: a cut-short file must be reported as such, not as a wrong value where the cut fell.
        try
        {
            using (JsonDocument.Parse(json, SyntaxOptions))
            {
            }
        }
        catch (JsonException ex)
        {
            problem = source + " is not valid JSON" + Where(ex) + ": it may be cut short or damaged; correct it or write the settings again";
            return false;
        }

        try
        {
            settings = JsonSerializer.Deserialize(json, Context.Settings);
        }
        catch (JsonException ex)
        {
            problem = Explain(ex, source);
            return false;
        }

        if (settings is null)
        {
            problem = source + " holds null instead of the settings object { ... }";
            return false;
        }

        problem = null;
        return true;
    }

    private static string Explain(JsonException ex, string source)
    {
        string where = Where(ex);
        string? name = LastPropertyName(ex.Path);
        if (name is null)
        {
            return source + " must hold one JSON object { ... } with the settings" + where;
        }

        PropertyInfo? property = typeof(Settings).GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        if (property is null)
        {
            PropertyInfo? sameLetters = typeof(Settings).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            return source + ": unknown setting \"" + ValueEcho.Bounded(name) + "\"" + where + "; remove it or correct its spelling"
                + (sameLetters is null ? "" : " (names are case-sensitive: \"" + sameLetters.Name + "\")");
        }

        if (ex.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return source + ": \"" + name + "\" appears twice" + where + "; keep only one";
        }

        return source + ": \"" + name + "\" must be " + Expected(property.PropertyType) + where;
    }

    // Line and column count from 1, as editors show them.
    private static string Where(JsonException ex) =>
        ex.LineNumber is long line
            ? " (line " + (line + 1) + (ex.BytePositionInLine is long column ? ", column " + (column + 1) : "") + ")"
            : "";

    // "$.Hostnames[2]" -> "Hostnames"; "$['Odd name']" -> "Odd name"; "$" -> null.
    private static string? LastPropertyName(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        string rest = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        if (rest.StartsWith("['", StringComparison.Ordinal))
        {
            int end = rest.IndexOf("']", StringComparison.Ordinal);
            return end > 2 ? rest[2..end] : null;
        }

        int stop = rest.IndexOfAny(new[] { '.', '[' });
        string name = stop < 0 ? rest : rest[..stop];
        return name.Length == 0 ? null : name;
    }

    private static string Expected(Type type) =>
        type == typeof(bool) ? "true or false"
        : type == typeof(int) ? "a whole number"
        : type == typeof(string[]) ? "a list of texts, like [\"a.example.com\", \"b.example.com\"]"
        : "a text in double quotes";
}
