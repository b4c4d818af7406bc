using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Security.Authentication;
using DdnsAgent.Http;
using DdnsAgent.Ports;

namespace DdnsAgent.Host.Adapters;

/// <summary>
/// HTTP for the host: one long-lived client, TLS 1.2 or newer with validation always on, no redirects
/// (so credentials never reach another host), no proxy (the agent talks only to the servers its
/// configuration names), a per-request timeout and a hard cap on the bytes read from an answer.
/// </summary>
public sealed class HostHttpTransport : IHttpTransport, IDisposable
{
    private readonly HttpClient _client;
    private readonly TrustPolicy _trust;
    private readonly bool _allowPlainHttpCredentials;

    // The validation callback runs on a connection task; this box flows to it from Send and carries the
    // reason back, so the user learns why a certificate was refused.
    private readonly AsyncLocal<StrongBox<string?>> _certificateProblem = new();

    public HostHttpTransport(TrustPolicy trust, bool allowPlainHttpCredentials)
    {
        _trust = trust;
        _allowPlainHttpCredentials = allowPlainHttpCredentials;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(HttpRequest.DefaultTimeoutMilliseconds / 1000),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            SslOptions = new SslClientAuthenticationOptions
            {
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                CertificateRevocationCheckMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
                RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
                {
                    string host = sender is SslStream stream ? stream.TargetHostName : "the server";
                    string? problem = _trust.Check(host, certificate, chain, errors);
                    if (_certificateProblem.Value is { } box)
                    {
                        box.Value = problem;
                    }

                    return problem is null;
                },
            },
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public void Send(HttpRequest request, HttpResponse response)
    {
        response.Clear();
        if (!request.Secure && request.Authorization is not null && !_allowPlainHttpCredentials)
        {
            Fail(response, TransportFailure.NotAllowed, "refused to send credentials to " + request.Host + " over plain HTTP; use https or opt in with the allow-plain-HTTP setting");
            return;
        }

        var uri = new UriBuilder(request.Secure ? "https" : "http", request.Host, request.Port).Uri;
        using var message = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, request.TargetText()));
        if (request.UserAgent is not null)
        {
            message.Headers.TryAddWithoutValidation("User-Agent", request.UserAgent);
        }

        if (request.Authorization is not null)
        {
            message.Headers.Authorization = AuthenticationHeaderValue.Parse(request.Authorization);
        }

        using var timeout = new CancellationTokenSource(request.TimeoutMilliseconds);
        var certificateProblem = new StrongBox<string?>();
        _certificateProblem.Value = certificateProblem;
        try
        {
            using var answer = _client.Send(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            response.StatusCode = (int)answer.StatusCode;
            if (response.StatusCode >= 300 && response.StatusCode < 400)
            {
                Fail(response, TransportFailure.RedirectRefused, request.Host + " answered with a redirect (HTTP " + response.StatusCode + "); the agent does not follow redirects: check the URL");
                return;
            }

            using var body = answer.Content.ReadAsStream(timeout.Token);
            ReadCapped(body, response, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Fail(response, TransportFailure.Timeout, request.Host + " did not answer within " + request.TimeoutMilliseconds / 1000 + " s");
        }
        catch (HttpRequestException ex) when (certificateProblem.Value is not null || ex.InnerException is AuthenticationException)
        {
            Fail(response, TransportFailure.CertificateRejected, certificateProblem.Value ?? "TLS with " + request.Host + " failed");
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError && response.StatusCode == 0 && !IsReset(ex))
        {
            Fail(response, TransportFailure.ConnectFailed, "could not connect to " + request.Host + ":" + request.Port + " (" + Reason(ex) + ")");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            Fail(response, TransportFailure.ConnectionReset, request.Host + " closed the connection (" + Reason(ex) + ")");
        }
    }

    public void Dispose() => _client.Dispose();

    private static void ReadCapped(Stream body, HttpResponse response, CancellationToken token)
    {
        byte[] buffer = response.Body;
        int total = 0;
        while (total < buffer.Length)
        {
            int read = body.ReadAsync(buffer.AsMemory(total), token).AsTask().GetAwaiter().GetResult();
            if (read == 0)
            {
                response.BodyLength = total;
                return;
            }

            total += read;
        }

        response.BodyLength = total;
        var probe = new byte[1];
        response.BodyTruncated = body.ReadAsync(probe, token).AsTask().GetAwaiter().GetResult() > 0;
    }

    private static bool IsReset(Exception ex)
    {
        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted })
            {
                return true;
            }
        }

        return false;
    }

    private static string Reason(Exception ex)
    {
        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode.ToString();
            }
        }

        return ex is HttpRequestException http && http.HttpRequestError != HttpRequestError.Unknown
            ? http.HttpRequestError.ToString()
            : ex.GetType().Name;
    }

    private static void Fail(HttpResponse response, TransportFailure failure, string detail)
    {
        response.Failure = failure;
        response.FailureDetail = detail;
        response.BodyLength = 0;
    }
}
