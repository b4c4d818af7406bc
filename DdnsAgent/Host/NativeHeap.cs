using System.Runtime.InteropServices;

namespace DdnsAgent.Host;

/// <summary>
/// Gives the native heap's free pages back to the system (glibc's malloc_trim). A TLS connection makes and
/// frees a few hundred KB in OpenSSL, and the certificate store is rebuilt every few minutes; glibc keeps
/// the freed pages mapped unless asked, so a long-running daemon would slowly grow. Elsewhere (musl, macOS,
/// Windows) this does nothing.
/// </summary>
public static class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    public static void Trim()
    {
        if (_unavailable)
        {
            return;
        }

        try
        {
            MallocTrim(0);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            _unavailable = true;
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
