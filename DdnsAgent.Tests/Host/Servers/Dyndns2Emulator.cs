using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>
    /// A strict dyndns2 provider (docs/dyndns2.md) on a test server: checks method, agent, credentials, every
    /// parameter and host, keeps the registered addresses, blocks hosts that keep sending `nochg`, and serves
    /// injected faults first. Everything it saw is kept for assertions: <see cref="Exchanges"/>,
    /// <see cref="Violations"/> (what a correct client never does) and <see cref="Addresses"/>.
    /// </summary>
    public sealed class Dyndns2Emulator : IAsyncDisposable, IDisposable
    {
        private readonly object logGate = new object();
        private readonly List<Dyndns2Exchange> exchanges = new List<Dyndns2Exchange>();
        private readonly List<string> violations = new List<string>();
        private readonly bool ownsServer;
        private readonly Dyndns2Rules rules;

        /// <summary>Mounts the emulator at <c>options.Path</c> on an existing server (which the caller disposes).</summary>
        public Dyndns2Emulator(HttpsTestServer server, Dyndns2EmulatorOptions options)
            : this(server, options, false)
        {
        }

        private Dyndns2Emulator(HttpsTestServer server, Dyndns2EmulatorOptions options, bool ownsServer)
        {
            Server = server ?? throw new ArgumentNullException(nameof(server));
            Options = options ?? throw new ArgumentNullException(nameof(options));
            this.ownsServer = ownsServer;
            rules = new Dyndns2Rules(options, Addresses);
            server.Map(options.Path, HandleAsync);
        }

        /// <summary>Starts its own HTTPS server (disposed with the emulator).</summary>
        public static async Task<Dyndns2Emulator> StartAsync(X509Certificate2 serverCertificate, Dyndns2EmulatorOptions options)
        {
            return new Dyndns2Emulator(await HttpsTestServer.StartAsync(serverCertificate).ConfigureAwait(false), options, true);
        }

        /// <summary>Starts its own plain-HTTP server, for opt-in plain HTTP tests.</summary>
        public static async Task<Dyndns2Emulator> StartPlainHttpAsync(Dyndns2EmulatorOptions options)
        {
            return new Dyndns2Emulator(await HttpsTestServer.StartPlainHttpAsync().ConfigureAwait(false), options, true);
        }

        public HttpsTestServer Server { get; }

        public Dyndns2EmulatorOptions Options { get; }

        /// <summary>The update endpoint, e.g. https://127.0.0.1:41234/nic/update.</summary>
        public Uri UpdateUrl
        {
            get { return Server.Url(Options.Path); }
        }

        public RegisteredAddressTable Addresses { get; } = new RegisteredAddressTable();

        /// <summary>What <see cref="Dyndns2EmulatorOptions.Publisher"/> refused, "host: why" (each answered dnserr).</summary>
        public IReadOnlyList<string> PublishFailures
        {
            get
            {
                lock (Addresses.Gate)
                {
                    return rules.PublishFailures.ToArray();
                }
            }
        }

        /// <summary>Faults served, in order, before any normal processing.</summary>
        public FaultQueue Faults { get; } = new FaultQueue();

        /// <summary>Serves <paramref name="fault"/> to the next <paramref name="times"/> update requests.</summary>
        public void InjectFault(ServerFault fault, int times = 1)
        {
            Faults.Enqueue(fault, times);
        }

        public IReadOnlyList<Dyndns2Exchange> Exchanges
        {
            get
            {
                lock (logGate)
                {
                    return exchanges.ToArray();
                }
            }
        }

        /// <summary>Protocol violations by the client, e.g. "badagent: missing User-Agent", "credentials over plain HTTP".</summary>
        public IReadOnlyList<string> Violations
        {
            get
            {
                lock (logGate)
                {
                    return violations.ToArray();
                }
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

        private async Task HandleAsync(HttpContext context)
        {
            HttpRequest request = context.Request;
            var exchange = new Dyndns2Exchange
            {
                Time = Options.Clock(),
                Method = request.Method,
                PathAndQuery = request.Path.Value + request.QueryString.Value,
                UserAgent = request.Headers.UserAgent.Count > 0 ? request.Headers.UserAgent.ToString() : null,
                IsHttps = request.IsHttps,
            };
            if (Faults.TryTake(out ServerFault fault))
            {
                exchange.Fault = fault.Description;
                Log(exchange, null);
                if (await fault.ApplyAsync(context, Server.Stopping).ConfigureAwait(false))
                {
                    return;
                }
                string body = rules.Decide(context, exchange, out int delayedStatus, out string delayedViolation);
                Log(null, delayedViolation);
                await Answer(context, exchange, delayedStatus, body).ConfigureAwait(false);
                return;
            }
            string answer = rules.Decide(context, exchange, out int status, out string violation);
            Log(exchange, violation);
            if (Options.AnswerDelay > TimeSpan.Zero)
            {
                // The update is taken already: a client that dies now has updated the name without knowing it.
                try
                {
                    await Task.Delay(Options.AnswerDelay, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            await Answer(context, exchange, status, answer).ConfigureAwait(false);
        }

        private Task Answer(HttpContext context, Dyndns2Exchange exchange, int status, string body)
        {
            exchange.StatusCode = status;
            exchange.Body = body;
            if (status == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"DynDNS API Access\"";
            }
            return Responses.WriteTextAsync(context, status, body);
        }

        private void Log(Dyndns2Exchange exchange, string violation)
        {
            lock (logGate)
            {
                if (exchange != null)
                {
                    exchanges.Add(exchange);
                }
                if (violation != null)
                {
                    violations.Add(violation);
                }
            }
        }
    }
}
