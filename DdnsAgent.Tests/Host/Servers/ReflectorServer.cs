using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>The answer shapes of the common "what is my IP" services (docs/dyndns2.md).</summary>
    public enum ReflectorFormat
    {
        /// <summary>The address and a newline (icanhazip, checkip.amazonaws.com).</summary>
        PlainText,

        /// <summary>The bare address (ipify, ifconfig.me).</summary>
        PlainTextNoNewline,

        /// <summary>{"ip":"..."} (ipify ?format=json).</summary>
        Json,

        /// <summary>The checkip HTML page: "Current IP Address: A.B.C.D".</summary>
        CheckIpHtml,
    }

    /// <summary>
    /// "What is my IP" endpoints on a test server. Each path answers a configured address (any text: public,
    /// private or garbage) in one format, or misbehaves: a permanent fault per path, or injected faults for the
    /// next N requests. Requests are counted per path.
    /// </summary>
    public sealed class ReflectorServer : IAsyncDisposable, IDisposable
    {
        private readonly Dictionary<string, Endpoint> endpoints = new Dictionary<string, Endpoint>(StringComparer.Ordinal);
        private readonly bool ownsServer;

        /// <summary>Serves reflector paths on an existing server (which the caller disposes).</summary>
        public ReflectorServer(HttpsTestServer server)
            : this(server, false)
        {
        }

        private ReflectorServer(HttpsTestServer server, bool ownsServer)
        {
            Server = server ?? throw new ArgumentNullException(nameof(server));
            this.ownsServer = ownsServer;
        }

        public static async Task<ReflectorServer> StartAsync(X509Certificate2 serverCertificate)
        {
            return new ReflectorServer(await HttpsTestServer.StartAsync(serverCertificate).ConfigureAwait(false), true);
        }

        public static async Task<ReflectorServer> StartPlainHttpAsync()
        {
            return new ReflectorServer(await HttpsTestServer.StartPlainHttpAsync().ConfigureAwait(false), true);
        }

        public HttpsTestServer Server { get; }

        public Uri Url(string path)
        {
            return Server.Url(path);
        }

        /// <summary>
        /// Makes <paramref name="path"/> answer <paramref name="address"/> (taken verbatim, so a private address
        /// or junk is possible) in <paramref name="format"/>; replaces any earlier answer or permanent fault.
        /// </summary>
        public void Serve(string path, ReflectorFormat format, string address)
        {
            string contentType = format == ReflectorFormat.Json ? "application/json"
                : (format == ReflectorFormat.CheckIpHtml ? "text/html" : "text/plain");
            Endpoint endpoint = EndpointFor(path);
            endpoint.Answer = new KeyValuePair<string, string>(Render(format, address), contentType);
            endpoint.PermanentFault = null;
        }

        /// <summary>Makes <paramref name="path"/> always misbehave, e.g. ServerFault.Text("", 429), Garbage(), Hang().</summary>
        public void ServeFault(string path, ServerFault fault)
        {
            EndpointFor(path).PermanentFault = fault ?? throw new ArgumentNullException(nameof(fault));
        }

        /// <summary>Serves <paramref name="fault"/> to the next <paramref name="times"/> requests for <paramref name="path"/>.</summary>
        public void InjectFault(string path, ServerFault fault, int times = 1)
        {
            EndpointFor(path).Faults.Enqueue(fault, times);
        }

        /// <summary>How many requests reached <paramref name="path"/>, faults included.</summary>
        public int RequestCount(string path)
        {
            return Server.Requests.CountFor(path);
        }

        public static string Render(ReflectorFormat format, string address)
        {
            switch (format)
            {
                case ReflectorFormat.PlainText:
                    return address + "\n";
                case ReflectorFormat.Json:
                    return "{\"ip\":\"" + address + "\"}";
                case ReflectorFormat.CheckIpHtml:
                    return "<html><head><title>Current IP Check</title></head><body>Current IP Address: " + address + "</body></html>\r\n";
                default:
                    return address;
            }
        }

        public ValueTask DisposeAsync()
        {
            return ownsServer ? Server.DisposeAsync() : default;
        }

        public void Dispose()
        {
            if (ownsServer)
            {
                Server.Dispose();
            }
        }

        private Endpoint EndpointFor(string path)
        {
            lock (endpoints)
            {
                if (!endpoints.TryGetValue(path, out Endpoint endpoint))
                {
                    endpoint = new Endpoint();
                    Server.Map(path, context => HandleAsync(endpoint, context));
                    endpoints.Add(path, endpoint);
                }
                return endpoint;
            }
        }

        private async Task HandleAsync(Endpoint endpoint, HttpContext context)
        {
            ServerFault fault = endpoint.Faults.TryTake(out ServerFault injected) ? injected : endpoint.PermanentFault;
            if (fault != null && await fault.ApplyAsync(context, Server.Stopping).ConfigureAwait(false))
            {
                return;
            }
            KeyValuePair<string, string> answer = endpoint.Answer;
            if (answer.Key == null)
            {
                await Responses.WriteTextAsync(context, StatusCodes.Status404NotFound, "").ConfigureAwait(false);
                return;
            }
            await Responses.WriteTextAsync(context, StatusCodes.Status200OK, answer.Key, answer.Value).ConfigureAwait(false);
        }

        private sealed class Endpoint
        {
            private readonly object gate = new object();
            private KeyValuePair<string, string> answer;
            private ServerFault permanentFault;

            /// <summary>The body and its content type; Key null until Serve is called.</summary>
            public KeyValuePair<string, string> Answer
            {
                get { lock (gate) { return answer; } }
                set { lock (gate) { answer = value; } }
            }

            public ServerFault PermanentFault
            {
                get { lock (gate) { return permanentFault; } }
                set { lock (gate) { permanentFault = value; } }
            }

            public readonly FaultQueue Faults = new FaultQueue();
        }
    }
}
