using DdnsAgent.Ports;

namespace DdnsAgent.Host.Adapters;

/// <summary>
/// Blobs as files in the state directory, which only this user may enter (mode 0700 when the agent creates
/// it; files 0600). Each write goes to a temporary file that is flushed to disk and then renamed over the
/// old one, so a power cut leaves the old file or the new one, never half of each. Something else under a
/// blob's name (a directory, a named pipe, a device) is refused with its path and never opened in a way
/// that could block.
/// </summary>
public sealed class FileBlobStore : IBlobStore
{
    private const string TemporarySuffix = ".new";

    private readonly string _directory;

    /// <summary>Creates the directory (0700) when missing; throws IOException or UnauthorizedAccessException when it cannot.</summary>
    public FileBlobStore(string directory)
    {
        _directory = directory;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Throws <see cref="OddStateFileException"/> when one of the names is taken by something that is not a file.</summary>
    public void CheckNames(params string[] names)
    {
        foreach (string name in names)
        {
            string path = PathOf(name);
            if (Directory.Exists(path))
            {
                throw new OddStateFileException(path, "a directory");
            }

            if (File.Exists(path) && new FileInfo(path).Length == 0 && !IsRegularFile(path))
            {
                throw new OddStateFileException(path, "not a regular file (a named pipe or a device)");
            }
        }
    }

    public int Read(string name, byte[] buffer)
    {
        string path = PathOf(name);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Directory.Exists(path) ? throw new OddStateFileException(path, "a directory") : -1;
        }

        if (info.Length > buffer.Length)
        {
            return -1;
        }

        if (info.Length == 0)
        {
            // A pipe or a device also shows length 0, and opening it for reading could wait for ever.
            return IsRegularFile(path) ? 0 : throw new OddStateFileException(path, "not a regular file (a named pipe or a device)");
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            int total = 0;
            int read;
            while (total < buffer.Length && (read = file.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            return total;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return -1;
        }
    }

    /// <summary>On failure, problem names the file and the system's reason ("cannot write PATH: read-only file system").</summary>
    public bool Write(string name, byte[] data, int count, out string? problem)
    {
        string path = PathOf(name);
        string temporary = path + TemporarySuffix;
        try
        {
            // CreateNew never opens what is already there: a leftover pipe under the temporary name would block.
            File.Delete(temporary);
            using (var file = new FileStream(temporary, PrivateFile.Options(FileMode.CreateNew, FileAccess.Write, FileShare.None)))
            {
                file.Write(data, 0, count);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            problem = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = "cannot write " + path + ": " + CauseOf(ex);
            TryDelete(temporary);
            return false;
        }
    }

    /// <summary>
    /// The system's reason in its own words, lower case, without the path .NET appends ("Read-only file system :
    /// '/x'" becomes "read-only file system").
    /// </summary>
    public static string CauseOf(Exception ex)
    {
        string message = ex.Message;
        int path = message.IndexOf(" : '", StringComparison.Ordinal);
        if (path > 0)
        {
            message = message[..path];
        }
        else if (ex is UnauthorizedAccessException)
        {
            message = "permission denied";
        }

        message = message.TrimEnd('.', ' ');
        return message.Length > 1 && char.IsUpper(message[0]) && char.IsLower(message[1])
            ? char.ToLowerInvariant(message[0]) + message[1..]
            : message;
    }

    // A half-written temporary file would only take space a full disk needs.
    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only directory keeps nothing anyway.
        }
    }

    public void Delete(string name)
    {
        File.Delete(PathOf(name));
    }

    // Only for a path of length 0. Opening for reading and writing never waits on Linux, even for a named
    // pipe; a regular file can seek, a pipe or a character device cannot. Unknown (not writable) counts as regular.
    private static bool IsRegularFile(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            using var stream = new FileStream(handle, FileAccess.ReadWrite);
            return stream.CanSeek;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private string PathOf(string name)
    {
        // Names come from Core, never from users; refuse anything that could leave the directory.
        if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0 || name.StartsWith('.'))
        {
            throw new ArgumentException("invalid blob name", nameof(name));
        }

        return Path.Combine(_directory, name);
    }
}

/// <summary>Something that is not a state file sits where one belongs; the message names it and says what to do.</summary>
public sealed class OddStateFileException(string path, string what)
    : IOException(path + " is " + what + ", not a state file: move it away, or give the agent another --state directory")
{
    public string PathName { get; } = path;
}
