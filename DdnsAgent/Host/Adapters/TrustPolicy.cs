using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace DdnsAgent.Host.Adapters;

/// <summary>
/// Certificate validation for every HTTPS exchange. The system's verdict comes first; an extra CA from the
/// configuration can only add trust for a chain that fails solely because its root is unknown to the
/// system. A wrong host name, an expired certificate or a broken chain is never accepted.
/// </summary>
public sealed class TrustPolicy
{
    private readonly X509Certificate2Collection _extraRoots;

    public TrustPolicy(X509Certificate2Collection? extraRoots = null)
    {
        _extraRoots = extraRoots ?? new X509Certificate2Collection();
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

    /// <summary>Returns null when the certificate is trusted, else the reason in plain words.</summary>
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

        string systemReason = Describe(presentedChain);
        if (_extraRoots.Count == 0)
        {
            return "the certificate of " + host + " is not trusted (" + systemReason + "); if the server uses its own CA, give it with the TLS CA setting";
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_extraRoots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presentedChain is not null)
        {
            foreach (var element in presentedChain.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        var leaf = certificate as X509Certificate2 ?? new X509Certificate2(certificate);
        return chain.Build(leaf)
            ? null
            : "the certificate of " + host + " is trusted neither by the system nor by the configured CA (" + Describe(chain) + ")";
    }

    private static string Describe(X509Chain? chain)
    {
        if (chain is null || chain.ChainStatus.Length == 0)
        {
            return "unknown chain error";
        }

        return string.Join(", ", chain.ChainStatus.Select(s => s.Status.ToString()).Distinct());
    }
}
