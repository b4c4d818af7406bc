using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace DdnsAgent.Host.Adapters;

/// <summary>
/// Certificate validation for every HTTPS exchange: the system's roots, plus the CA of the settings when
/// there is one (which is asked first, so a server of one's own needs no system store). A wrong host name,
/// a certificate outside its validity or a broken chain is never accepted.
/// </summary>
public sealed class TrustPolicy
{
    private readonly X509Certificate2Collection _extraRoots;
    private readonly Func<DateTime> _clock;

    /// <param name="clock">This machine's clock in UTC (a test's fixed time); the system clock by default.</param>
    public TrustPolicy(X509Certificate2Collection? extraRoots = null, Func<DateTime>? clock = null)
    {
        _extraRoots = extraRoots ?? new X509Certificate2Collection();
        _clock = clock ?? (() => DateTime.UtcNow);
    }

    /// <summary>Loads every certificate of a PEM file; throws with a plain message when there is none.</summary>
    public static TrustPolicy WithExtraCaFile(string? pemPath)
    {
        if (string.IsNullOrEmpty(pemPath))
        {
            return new TrustPolicy();
        }

        var roots = new X509Certificate2Collection();
        roots.ImportFromPemFile(pemPath);
        if (roots.Count == 0)
        {
            throw new InvalidDataException("the CA file '" + pemPath + "' holds no PEM certificate");
        }

        return new TrustPolicy(roots);
    }

    /// <summary>
    /// The chain policy the TLS handshake checks the server's certificate with: the configured CA as the only
    /// root when there is one, else the system's roots. (.NET on Linux still reads the system's certificate folder
    /// for intermediates either way, a few MB of a process over HTTPS; it never trusts a root from it here.) Never downloads certificates or revocation lists: the
    /// agent talks only to the servers its settings name.
    /// </summary>
    public X509ChainPolicy ChainPolicy()
    {
        var policy = new X509ChainPolicy
        {
            RevocationMode = X509RevocationMode.NoCheck,
            DisableCertificateDownloads = true,
        };
        if (_extraRoots.Count > 0)
        {
            policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            policy.CustomTrustStore.AddRange(_extraRoots);
        }

        return policy;
    }

    /// <summary>
    /// Returns null when the certificate is trusted, else the reason in plain words. errors and chain come
    /// from a check with <see cref="ChainPolicy"/>: a certificate the configured CA does not vouch for is
    /// then checked against the system's roots, so the configured CA adds to the system's trust.
    /// </summary>
    public string? Check(string host, X509Certificate? certificate, X509Chain? presentedChain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return null;
        }

        if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
        {
            return host + " presented no certificate";
        }

        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return "the certificate of " + host + " is for another name";
        }

        string? time = TimeProblem(host, certificate, presentedChain, _clock());
        if (time is not null)
        {
            return time;
        }

        string reason = Describe(presentedChain);
        if (_extraRoots.Count == 0)
        {
            return "the certificate of " + host + " is not trusted (" + reason + "); if the server uses its own CA, give it with the TLS CA setting";
        }

        using var system = new X509Chain();
        system.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        system.ChainPolicy.DisableCertificateDownloads = true;
        if (presentedChain is not null)
        {
            foreach (var element in presentedChain.ChainElements)
            {
                system.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        var leaf = certificate as X509Certificate2 ?? new X509Certificate2(certificate);
        return system.Build(leaf)
            ? null
            : "the certificate of " + host + " is trusted neither by the system nor by the configured CA (" + Describe(system) + ")";
    }

    /// <summary>
    /// The words for a certificate that is outside its validity at this machine's time, naming both times:
    /// either the certificate is expired or not yet valid, or the clock is wrong. Null when all are in time.
    /// </summary>
    public static string? TimeProblem(string host, X509Certificate certificate, X509Chain? chain, DateTime nowUtc)
    {
        using var leaf = new X509Certificate2(certificate);
        string? problem = TimeProblem("the certificate of " + host, leaf, nowUtc);
        if (problem is not null || chain is null)
        {
            return problem;
        }

        foreach (X509ChainElement element in chain.ChainElements)
        {
            if (element.Certificate.Thumbprint != leaf.Thumbprint)
            {
                problem ??= TimeProblem("the CA certificate \"" + element.Certificate.GetNameInfo(X509NameType.SimpleName, false) + "\" in the chain of " + host, element.Certificate, nowUtc);
            }
        }

        return problem;
    }

    private static string? TimeProblem(string what, X509Certificate2 certificate, DateTime nowUtc)
    {
        DateTime notBefore = certificate.NotBefore.ToUniversalTime();
        DateTime notAfter = certificate.NotAfter.ToUniversalTime();
        string clock = "this machine's clock says " + Utc(nowUtc);
        if (nowUtc > notAfter)
        {
            return what + " expired at " + Utc(notAfter) + " (valid from " + Utc(notBefore) + "), and " + clock
                + ": if that time is right, the server must renew its certificate; if not, set this machine's clock (NTP)";
        }

        if (nowUtc < notBefore)
        {
            return what + " is not valid before " + Utc(notBefore) + " (until " + Utc(notAfter) + "), and " + clock
                + ": if that time is wrong, set this machine's clock (NTP)";
        }

        return null;
    }

    private static string Utc(DateTime time) =>
        time.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + "Z";

    private static string Describe(X509Chain? chain)
    {
        if (chain is null || chain.ChainStatus.Length == 0)
        {
            return "unknown chain error";
        }

        return string.Join(", ", chain.ChainStatus.Select(s => s.Status.ToString()).Distinct());
    }
}
