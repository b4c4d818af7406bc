using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DdnsAgent.Configuration;
using DdnsAgent.Http;
using DdnsAgent.Ports;

namespace DdnsAgent.Host.Adapters;

/// <summary>
/// The HTTPS transport as the settings in force want it: the extra CA of the TLS CA setting and the
/// plain-HTTP consent. When other settings come into force (the console's `save`), the transport is built
/// anew before the next request; a CA that cannot be used fails every request with the reason, and nothing
/// is sent.
/// </summary>
public sealed class SettingsBoundTransport : IHttpTransport, IDisposable
{
    private readonly Func<Settings?> _current;
    private readonly Func<bool>? _onlyLoopback;
    private HostHttpTransport? _transport;
    private string? _builtCa;
    private bool _builtAllowPlainHttp;
    private string? _problem;

    /// <param name="current">The settings in force (null while there are none).</param>
    /// <param name="onlyLoopback">Tells whether the machine has no network but loopback, to explain a failed connect.</param>
    public SettingsBoundTransport(Func<Settings?> current, Func<bool>? onlyLoopback = null)
    {
        _current = current;
        _onlyLoopback = onlyLoopback;
    }

    public void Send(HttpRequest request, HttpResponse response)
    {
        Settings? settings = _current();
        string? ca = string.IsNullOrEmpty(settings?.CaCertificate) ? null : settings.CaCertificate;
        bool allowPlainHttp = settings?.AllowPlainHttp ?? false;
        if (_transport is null || ca != _builtCa || allowPlainHttp != _builtAllowPlainHttp)
        {
            Rebuild(ca, allowPlainHttp);
        }

        if (_problem is not null)
        {
            response.Clear();
            response.Failure = TransportFailure.CertificateRejected;
            response.FailureDetail = _problem;
            return;
        }

        _transport!.Send(request, response);
    }

    public void Dispose() => _transport?.Dispose();

    private void Rebuild(string? caPem, bool allowPlainHttp)
    {
        _transport?.Dispose();
        _builtCa = caPem;
        _builtAllowPlainHttp = allowPlainHttp;
        _problem = null;
        TrustPolicy trust = new();
        if (caPem is not null)
        {
            var roots = new X509Certificate2Collection();
            try
            {
                roots.ImportFromPem(caPem);
            }
            catch (CryptographicException ex)
            {
                _problem = "the TLS CA setting holds no usable PEM certificate (" + ex.Message + "); nothing was sent";
            }

            if (_problem is null && roots.Count == 0)
            {
                _problem = "the TLS CA setting holds no usable PEM certificate; nothing was sent";
            }

            trust = new TrustPolicy(roots);
        }

        _transport = new HostHttpTransport(trust, allowPlainHttp, HostHttpTransport.AcceptedProtocols, _onlyLoopback);
    }
}
