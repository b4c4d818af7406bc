using DdnsAgent.Ports;

namespace DdnsAgent.Host.Adapters;

/// <summary>
/// Blobs as files in the state directory. Each write goes to a temporary file that is flushed to disk and
/// then renamed over the old one, so a power cut leaves the old file or the new one, never half of each.
/// </summary>
public sealed class FileBlobStore : IBlobStore
{
    private readonly string _directory;

    public FileBlobStore(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
    }

    public int Read(string name, byte[] buffer)
    {
        string path = PathOf(name);
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (file.Length > buffer.Length)
            {
                return -1;
            }

            int total = 0;
            int read;
            while (total < buffer.Length && (read = file.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            return total;
        }
        catch (FileNotFoundException)
        {
            return -1;
        }
        catch (DirectoryNotFoundException)
        {
            return -1;
        }
    }

    public bool Write(string name, byte[] data, int count)
    {
        string path = PathOf(name);
        string temporary = path + ".new";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                file.Write(data, 0, count);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Delete(string name)
    {
        File.Delete(PathOf(name));
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
