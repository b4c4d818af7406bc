using System.Security.Authentication;
using DdnsAgent.Http;

namespace DdnsAgent.Host.Adapters;

/// <summary>
/// Plain words for a TLS handshake that failed. The certificate check gives its own reason; otherwise the
/// platform's TLS library names the cause only in its message text (OpenSSL on Linux, SChannel on Windows,
/// Apple's TLS on macOS), so the few causes a user can act on are told apart by those words.
/// </summary>
public static class TlsFailures
{
    // No version in common: OpenSSL's alerts and errors, SChannel's "no common algorithm", Apple's wording.
    private static readonly string[] VersionMismatchWords =
    [
        "protocol version", "unsupported protocol", "no protocols available", "version too low",
        "version too high", "common algorithm", "protocol_version", "errSSLProtocol",
    ];

    // The server did not speak TLS at all (a plain-HTTP port behind an https URL).
    private static readonly string[] NotTlsWords = ["wrong version number", "packet length too long"];

    /// <summary>Which failure it was, with the detail for the user; nothing was sent in any case.</summary>
    public static TransportFailure Classify(AuthenticationException error, string? certificateProblem, out string detail, string host)
    {
        if (certificateProblem is not null)
        {
            detail = certificateProblem + "; nothing was sent";
            return TransportFailure.CertificateRejected;
        }

        string text = AllMessages(error);
        if (ContainsAny(text, VersionMismatchWords))
        {
            detail = host + " and the agent have no TLS version in common (the agent accepts TLS 1.2 and 1.3): the server "
                + "is too old or set up for other versions; nothing was sent";
            return TransportFailure.TlsVersionMismatch;
        }

        if (ContainsAny(text, NotTlsWords))
        {
            detail = host + " did not answer in TLS: is the URL's port a plain-HTTP port? Nothing was sent";
            return TransportFailure.ConnectionReset;
        }

        detail = "the TLS handshake with " + host + " failed (" + error.Message + "); nothing was sent";
        return TransportFailure.CertificateRejected;
    }

    private static string AllMessages(Exception error)
    {
        string text = "";
        for (Exception? inner = error; inner is not null; inner = inner.InnerException)
        {
            text += " " + inner.Message;
        }

        return text;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (string word in words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
