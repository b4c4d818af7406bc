using System.Text;

namespace DdnsAgent.Host.Adapters;

/// <summary>
/// Makes one agent the only user of a state directory for as long as it runs: the lock file in it is held
/// open with FileShare.None (an exclusive flock on Unix, a sharing lock on Windows), and the PID file next
/// to it names the holder, so a second agent can say who it is. The system releases the lock when the
/// process ends, however it ends, so a crash never leaves a stale lock behind.
/// </summary>
public sealed class StateDirectoryLock : IDisposable
{
    public const string FileName = "ddns-agent.lock";
    public const string PidFileName = "ddns-agent.pid";

    private readonly FileStream _file;

    private StateDirectoryLock(FileStream file)
    {
        _file = file;
    }

    /// <summary>Takes the lock of directory (which exists); false with the reason when another agent holds it.</summary>
    public static bool TryTake(string directory, out StateDirectoryLock? taken, out string? problem)
    {
        string path = Path.Combine(directory, FileName);
        FileStream file;
        try
        {
            file = new FileStream(path, PrivateFile.Options(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (TryLockReadOnly(path, out FileStream? readOnly))
        {
            // A read-only state directory: the lock holds as well; the state's own writes then say what is wrong.
            file = readOnly!;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException || (ex is IOException && !File.Exists(path)))
        {
            taken = null;
            problem = "cannot use the state directory " + directory + ": cannot create " + path + ": " + FileBlobStore.CauseOf(ex);
            return false;
        }
        catch (IOException)
        {
            taken = null;
            string holder = ReadHolder(Path.Combine(directory, PidFileName));
            problem = "another agent " + holder + "is using the state directory " + directory
                + "; two agents must not share one state directory: stop that one first (or give this one its own --state)";
            return false;
        }

        WritePid(Path.Combine(directory, PidFileName));
        taken = new StateDirectoryLock(file);
        problem = null;
        return true;
    }

    public void Dispose() => _file.Dispose();

    // The lock file exists but cannot be opened for writing (a read-only file system): an exclusive lock needs
    // no write access. False when that fails too (another agent holds it).
    private static bool TryLockReadOnly(string path, out FileStream? file)
    {
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            file = null;
            return false;
        }
    }

    // The lock file itself cannot be read while it is locked: the PID goes to a file of its own.
    private static void WritePid(string path)
    {
        try
        {
            using var file = new FileStream(path, PrivateFile.Options(FileMode.Create, FileAccess.Write, FileShare.Read));
            file.Write(Encoding.ASCII.GetBytes(Environment.ProcessId + "\n"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only the name of the holder is lost; the lock holds.
        }
    }

    // "(PID 1234) " from the PID file, or "" when it cannot be read.
    private static string ReadHolder(string path)
    {
        try
        {
            using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var buffer = new byte[16];
            int length = reader.Read(buffer, 0, buffer.Length);
            string text = Encoding.ASCII.GetString(buffer, 0, length).Trim();
            return int.TryParse(text, out int pid) && pid > 0 ? "(PID " + pid + ") " : "";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
