using System.Diagnostics.CodeAnalysis;
using System.Text;
using DdnsAgent.Configuration;

namespace DdnsAgent.Host.Configuration;

/// <summary>
/// Keeps the settings in one JSON file. A save writes a temporary file in the same directory, flushes it
/// to the disk and renames it over the old file, so a crash leaves either the old or the new file. The
/// file holds passwords, so on Unix it is created readable by its owner only (mode 0600).
/// </summary>
public sealed class JsonSettingsStore : ISettingsStore
{
    /// <summary>Anything larger is certainly not a settings file.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public JsonSettingsStore(string path)
    {
        FilePath = Path.GetFullPath(path);
    }

    public string FilePath { get; }

    private string TempPath => Path.Combine(Path.GetDirectoryName(FilePath)!, "." + Path.GetFileName(FilePath) + ".tmp");

    public bool TryLoad([NotNullWhen(true)] out Settings? settings, [NotNullWhen(false)] out string? problem)
    {
        settings = null;
        string json;
        try
        {
            var info = new FileInfo(FilePath);
            if (!info.Exists)
            {
                problem = "no configuration yet: " + FilePath + " does not exist";
                return false;
            }

            if (info.Length > MaxFileBytes)
            {
                problem = FilePath + " is larger than 1 MB, so it is not a settings file";
                return false;
            }

            json = File.ReadAllText(FilePath, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            problem = "cannot read " + FilePath + ": " + ex.Message;
            return false;
        }

        return SettingsJson.TryParse(json, FilePath, out settings, out problem);
    }

    public bool TrySave(Settings settings, [NotNullWhen(false)] out string? problem)
    {
        string temp = TempPath;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            File.Delete(temp); // a leftover of a crashed save; its mode may be wrong
            byte[] bytes = Utf8NoBom.GetBytes(SettingsJson.Serialize(settings));
            using (var stream = new FileStream(temp, PrivateFile.Options(FileMode.CreateNew, FileAccess.Write, FileShare.None)))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            // rename(2) replaces the old file in one step on POSIX and NTFS.
            File.Move(temp, FilePath, overwrite: true);
            problem = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            TryDelete(temp);
            problem = "cannot write " + FilePath + ": " + ex.Message;
            return false;
        }
    }

    public void Erase()
    {
        TryDelete(FilePath);
        TryDelete(TempPath);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            // Nothing more to do: the next save replaces it.
        }
    }
}
