using System.Text.Json.Serialization;
using DdnsAgent.Configuration;

namespace DdnsAgent.Host.Configuration;

/// <summary>
/// Compile-time JSON metadata for <see cref="Settings"/>: property names exactly as declared, indented
/// output without null values, comments and trailing commas tolerated on reading, unknown names refused.
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(Settings))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext
{
}
