namespace DdnsAgent.Host;

/// <summary>How the host opens a file it may create: readable and writable by its owner only (0600) on Unix.</summary>
public static class PrivateFile
{
    public static FileStreamOptions Options(FileMode mode, FileAccess access, FileShare share)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = share };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }
}
