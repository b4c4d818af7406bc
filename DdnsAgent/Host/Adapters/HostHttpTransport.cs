using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using DdnsAgent.Http;
using DdnsAgent.Ports;

namespace DdnsAgent.Host.Adapters;

/// <summary>
/// HTTP for the host: one GET per call on a connection of its own (TCP, then TLS 1.2 or newer with
/// validation always on), closed after the answer. One call is exactly one request on the wire: nothing is
/// ever re-sent (the framework's HttpClient silently repeats a request up to three times when a server
/// closes without answering), redirects are never followed (so credentials never reach another host), no
/// proxy is used (the agent talks only to the servers its configuration names), the whole exchange is
/// bounded by the request's timeout, and at most the body buffer's capacity is read from an answer.
/// Everything runs on the calling thread.
/// </summary>
public sealed class HostHttpTransport : IHttpTransport, IDisposable
{
    /// <summary>The TLS versions the agent accepts.</summary>
    public const SslProtocols AcceptedProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;

    private readonly TrustPolicy _trust;
    private readonly bool _allowPlainHttpCredentials;
    private readonly Func<bool>? _onlyLoopback;
    private readonly Http11Wire _wire = new();
    private readonly SslProtocols _protocols;
    private SslClientAuthenticationOptions? _tls; // made at the first HTTPS request: plain HTTP builds no certificate state
    private string? _certificateProblem;
    private string? _literalHost;
    private IPAddress? _literalAddress;

    public HostHttpTransport(TrustPolicy trust, bool allowPlainHttpCredentials)
        : this(trust, allowPlainHttpCredentials, AcceptedProtocols, null)
    {
    }

    /// <param name="protocols">The TLS versions offered (TLS 1.2 and 1.3; tests narrow them).</param>
    /// <param name="onlyLoopback">Tells whether the machine has no network but loopback, to explain a failed connect.</param>
    public HostHttpTransport(TrustPolicy trust, bool allowPlainHttpCredentials, SslProtocols protocols, Func<bool>? onlyLoopback)
    {
        _trust = trust;
        _allowPlainHttpCredentials = allowPlainHttpCredentials;
        _onlyLoopback = onlyLoopback;
        _protocols = protocols;
    }

    /// <summary>One exchange; calls are serialised (the buffers are reused).</summary>
    public void Send(HttpRequest request, HttpResponse response)
    {
        lock (_wire)
        {
            SendLocked(request, response);
        }
    }

    private void SendLocked(HttpRequest request, HttpResponse response)
    {
        response.Clear();
        if (!request.Secure && request.Authorization is not null && !_allowPlainHttpCredentials)
        {
            Fail(response, TransportFailure.NotAllowed, "refused to send credentials to " + request.Host + " over plain HTTP; use https or opt in with the allow-plain-HTTP setting");
            return;
        }

        int length = _wire.FormatRequest(request);
        if (length < 0)
        {
            Fail(response, TransportFailure.NotAllowed, "the request to " + request.Host + " has a header value that cannot be sent (a line break or a character outside ASCII) or is too long; nothing was sent");
            return;
        }

        int timeout = request.TimeoutMilliseconds > 0 ? request.TimeoutMilliseconds : HttpRequest.DefaultTimeoutMilliseconds;
        long deadline = Environment.TickCount64 + timeout;
        Socket? socket = null;
        Stream? stream = null;
        bool sent = false;
        try
        {
            socket = Connect(request, deadline, response);
            if (socket is null)
            {
                return;
            }

            stream = new NetworkStream(socket, ownsSocket: true);
            if (request.Secure)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = tls;
                SetTimeouts(socket, deadline);
                _certificateProblem = null;
                SslClientAuthenticationOptions options = TlsOptions();
                options.TargetHost = request.Host;
                tls.AuthenticateAsClient(options);
            }

            sent = true; // from here on, some or all of the request may be on the wire
            _wire.Send(stream, socket, deadline, length);
            string? problem = _wire.ReadAnswer(response, request.Host);
            if (problem is not null)
            {
                Fail(response, TransportFailure.ConnectionReset, problem);
            }
            else if (response.StatusCode >= 300 && response.StatusCode < 400)
            {
                Fail(response, TransportFailure.RedirectRefused, request.Host + " answered with a redirect (HTTP " + response.StatusCode + "); the agent does not follow redirects: check the URL");
            }
        }
        catch (AuthenticationException ex)
        {
            Fail(response, TlsFailures.Classify(ex, _certificateProblem, out string detail, request.Host), detail);
        }
        catch (Exception ex) when (ex is IOException or SocketException or TimeoutException or ObjectDisposedException)
        {
            if (ex is TimeoutException || SocketError(ex) is System.Net.Sockets.SocketError.TimedOut or System.Net.Sockets.SocketError.WouldBlock)
            {
                Fail(response, TransportFailure.Timeout, request.Host + " did not answer within " + Seconds(timeout) + (sent ? "; the request was sent once and is not repeated" : ""));
            }
            else if (!sent && request.Secure && ex is IOException && _certificateProblem is null)
            {
                Fail(response, TransportFailure.ConnectionReset, request.Host + " closed the connection during the TLS handshake (" + Reason(ex) + "); nothing was sent");
            }
            else
            {
                Fail(response, TransportFailure.ConnectionReset, request.Host + " closed the connection abruptly (" + Reason(ex) + ")" + (sent ? "; the request was sent once and is not repeated" : "; nothing was sent"));
            }
        }
        finally
        {
            _wire.Release();
            if (stream is not null)
            {
                stream.Dispose();
            }
            else
            {
                socket?.Dispose();
            }
        }
    }

    private SslClientAuthenticationOptions TlsOptions()
    {
        return _tls ??= new SslClientAuthenticationOptions
        {
            EnabledSslProtocols = _protocols,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            RemoteCertificateValidationCallback = Validate,
            CertificateChainPolicy = _trust.ChainPolicy(),
        };
    }

    public void Dispose()
    {
    }

    private Socket? Connect(HttpRequest request, long deadline, HttpResponse response)
    {
        IPAddress[] addresses;
        if (!TryResolve(request.Host, deadline, out addresses, out string? problem, out TransportFailure failure))
        {
            Fail(response, failure, problem!);
            return null;
        }

        SocketException? last = null;
        foreach (IPAddress address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                ValueTask pending = socket.ConnectAsync(new IPEndPoint(address, request.Port), CancellationToken.None);
                if (pending.IsCompleted)
                {
                    pending.GetAwaiter().GetResult();
                    return socket;
                }

                Task task = pending.AsTask();
                if (!task.Wait((int)Math.Max(0, deadline - Environment.TickCount64)))
                {
                    socket.Dispose();
                    Fail(response, TransportFailure.Timeout, "could not connect to " + request.Host + ":" + request.Port + " in time");
                    return null;
                }

                task.GetAwaiter().GetResult();
                return socket;
            }
            catch (Exception ex) when (Unwrap(ex) is SocketException socketError)
            {
                socket.Dispose();
                last = socketError;
            }
        }

        Fail(response, TransportFailure.ConnectFailed, "could not connect to " + request.Host + ":" + request.Port + " (" + (last?.SocketErrorCode.ToString() ?? "no address") + ")" + LoopbackHint());
        return null;
    }

    private bool TryResolve(string host, long deadline, out IPAddress[] addresses, out string? problem, out TransportFailure failure)
    {
        problem = null;
        failure = TransportFailure.None;
        if (ReferenceEquals(host, _literalHost) && _literalAddress is not null)
        {
            addresses = [_literalAddress];
            return true;
        }

        if (IPAddress.TryParse(host, out IPAddress? literal))
        {
            (_literalHost, _literalAddress) = (host, literal);
            addresses = [literal];
            return true;
        }

        addresses = [];
        try
        {
            Task<IPAddress[]> lookup = System.Net.Dns.GetHostAddressesAsync(host);
            if (!lookup.Wait((int)Math.Max(0, deadline - Environment.TickCount64)))
            {
                problem = "the name lookup of " + host + " did not finish in time";
                failure = TransportFailure.Timeout;
                return false;
            }

            addresses = lookup.Result;
        }
        catch (Exception ex) when (Unwrap(ex) is SocketException socketError)
        {
            problem = "could not find " + host + " (name lookup failed: " + socketError.SocketErrorCode + ")" + LoopbackHint();
            failure = TransportFailure.ConnectFailed;
            return false;
        }

        if (addresses.Length == 0)
        {
            problem = "could not find " + host + " (the name has no address)";
            failure = TransportFailure.ConnectFailed;
            return false;
        }

        return true;
    }

    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        string host = sender is SslStream stream ? stream.TargetHostName : "the server";
        _certificateProblem = _trust.Check(host, certificate, chain, errors);
        return _certificateProblem is null;
    }

    private string LoopbackHint() =>
        _onlyLoopback is not null && _onlyLoopback() ? "; this machine has no network interface up but loopback" : "";

    private static void SetTimeouts(Socket socket, long deadline)
    {
        int left = (int)Math.Clamp(deadline - Environment.TickCount64, 1, int.MaxValue);
        socket.ReceiveTimeout = left;
        socket.SendTimeout = left;
    }

    private static Exception Unwrap(Exception ex) =>
        ex is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : ex;

    private static SocketError? SocketError(Exception ex)
    {
        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }

    private static string Seconds(int milliseconds) =>
        (milliseconds / 1000.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " s";

    private static string Reason(Exception ex) => SocketError(ex)?.ToString() ?? ex.Message;

    private static void Fail(HttpResponse response, TransportFailure failure, string detail)
    {
        response.Failure = failure;
        response.FailureDetail = detail;
        response.BodyLength = 0;
        response.BodyTruncated = false;
    }
}
