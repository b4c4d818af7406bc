using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>
    /// A real Kestrel server on a loopback address and an OS-chosen port, speaking HTTPS (TLS 1.2 and 1.3 only,
    /// HTTP/1.1) with a given certificate, or plain HTTP for opt-in tests. Handlers are mapped by exact path at
    /// any time; unmapped paths answer 404. Every request is logged before its handler runs.
    /// </summary>
    public sealed class HttpsTestServer : IAsyncDisposable, IDisposable
    {
        private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(2);

        private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> handlers =
            new ConcurrentDictionary<string, Func<HttpContext, Task>>(StringComparer.Ordinal);
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        private WebApplication app;
        private int stopped;

        private HttpsTestServer(bool isHttps)
        {
            IsHttps = isHttps;
            Requests = new RequestLog();
        }

        public bool IsHttps { get; }

        /// <summary>e.g. https://127.0.0.1:41234/ (the certificates carry IP:127.0.0.1, so TLS validates).</summary>
        public Uri BaseAddress { get; private set; }

        public int Port { get; private set; }

        public RequestLog Requests { get; }

        /// <summary>Cancelled when the server stops: long-running handlers (hangs) must observe it.</summary>
        public CancellationToken Stopping
        {
            get { return stopping.Token; }
        }

        /// <summary>Starts an HTTPS server on <paramref name="address"/> (127.0.0.1 when null), port chosen by the OS.</summary>
        /// <param name="protocols">The TLS versions the server accepts (1.2 and 1.3 unless a test narrows them).</param>
        public static Task<HttpsTestServer> StartAsync(X509Certificate2 serverCertificate, IPAddress address = null, SslProtocols protocols = SslProtocols.Tls12 | SslProtocols.Tls13)
        {
            if (serverCertificate == null || !serverCertificate.HasPrivateKey)
            {
                throw new ArgumentException("an HTTPS test server needs a certificate with its private key", nameof(serverCertificate));
            }
            return StartCoreAsync(serverCertificate, address, protocols);
        }

        /// <summary>Starts a plain-HTTP server on <paramref name="address"/> (127.0.0.1 when null).</summary>
        public static Task<HttpsTestServer> StartPlainHttpAsync(IPAddress address = null)
        {
            return StartCoreAsync(null, address, SslProtocols.None);
        }

        /// <summary>Maps <paramref name="handler"/> to the exact <paramref name="path"/> for every method; replaces any earlier one.</summary>
        public void Map(string path, Func<HttpContext, Task> handler)
        {
            if (string.IsNullOrEmpty(path) || path[0] != '/')
            {
                throw new ArgumentException("a path starts with '/'", nameof(path));
            }
            handlers[path] = handler ?? throw new ArgumentNullException(nameof(handler));
        }

        /// <summary>Maps a fixed answer: the status and the body as UTF-8 text/plain.</summary>
        public void MapText(string path, string body, int statusCode = 200)
        {
            Map(path, context => Responses.WriteTextAsync(context, statusCode, body));
        }

        public void Unmap(string path)
        {
            handlers.TryRemove(path, out _);
        }

        /// <summary>An absolute URL on this server, e.g. Url("/nic/update?hostname=a.example.org").</summary>
        public Uri Url(string pathAndQuery)
        {
            return new Uri(BaseAddress, pathAndQuery);
        }

        public async Task StopAsync()
        {
            if (Interlocked.Exchange(ref stopped, 1) != 0)
            {
                return;
            }
            stopping.Cancel();
            try
            {
                using var timeout = new CancellationTokenSource(ShutdownTimeout);
                await app.StopAsync(timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                await app.DisposeAsync().ConfigureAwait(false);
                stopping.Dispose();
            }
        }

        public ValueTask DisposeAsync()
        {
            return new ValueTask(StopAsync());
        }

        public void Dispose()
        {
            StopAsync().GetAwaiter().GetResult();
        }

        private static async Task<HttpsTestServer> StartCoreAsync(X509Certificate2 certificate, IPAddress address, SslProtocols protocols)
        {
            address = address ?? IPAddress.Loopback;
            if (!IPAddress.IsLoopback(address))
            {
                throw new ArgumentException("test servers listen on loopback addresses only", nameof(address));
            }
            var server = new HttpsTestServer(certificate != null);

            // The empty builder reads no configuration, environment or appsettings files (no file watchers)
            // and adds no logging providers, so every test server is quiet and independent of the machine.
            WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore();
            builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Listen(address, 0, listen =>
                {
                    listen.Protocols = HttpProtocols.Http1;
                    if (certificate != null)
                    {
                        listen.UseHttps(new HttpsConnectionAdapterOptions
                        {
                            ServerCertificate = certificate,
                            SslProtocols = protocols,
                        });
                    }
                });
            });

            server.app = builder.Build();
            server.app.Run(server.HandleAsync);
            await server.app.StartAsync().ConfigureAwait(false);

            string bound = server.app.Services.GetRequiredService<IServer>().Features
                .Get<IServerAddressesFeature>().Addresses.First();
            var boundUri = new Uri(bound);
            server.Port = boundUri.Port;
            server.BaseAddress = new UriBuilder(server.IsHttps ? "https" : "http", address.ToString(), boundUri.Port, "/").Uri;
            return server;
        }

        private Task HandleAsync(HttpContext context)
        {
            Requests.Add(Record(context));
            return handlers.TryGetValue(context.Request.Path.Value ?? "", out Func<HttpContext, Task> handler)
                ? handler(context)
                : Responses.WriteTextAsync(context, StatusCodes.Status404NotFound, "");
        }

        private static RecordedRequest Record(HttpContext context)
        {
            HttpRequest request = context.Request;
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in request.Headers)
            {
                headers[header.Key] = string.Join(", ", header.Value.ToArray());
            }
            ITlsHandshakeFeature tls = context.Features.Get<ITlsHandshakeFeature>();
            IPAddress remote = context.Connection.RemoteIpAddress;
            if (remote != null && remote.IsIPv4MappedToIPv6)
            {
                remote = remote.MapToIPv4();
            }
            return new RecordedRequest(
                DateTimeOffset.UtcNow,
                request.Method,
                request.Path.Value ?? "",
                request.QueryString.Value ?? "",
                headers,
                remote,
                request.IsHttps,
                tls == null ? SslProtocols.None : tls.Protocol);
        }
    }
}
