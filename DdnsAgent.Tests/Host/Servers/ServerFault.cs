using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>
    /// One way for a server to misbehave: a forced answer, a broken body, a hang, a reset or a redirect.
    /// Used by the dyndns2 emulator and the reflector through a <see cref="FaultQueue"/>.
    /// </summary>
    public sealed class ServerFault
    {
        /// <summary>The longest a hang lasts unless told otherwise; the server's stop ends it sooner.</summary>
        public static readonly TimeSpan DefaultHangLimit = TimeSpan.FromSeconds(30);

        private readonly Func<HttpContext, CancellationToken, Task<bool>> apply;

        private ServerFault(string description, Func<HttpContext, CancellationToken, Task<bool>> apply)
        {
            Description = description;
            this.apply = apply;
        }

        public string Description { get; }

        /// <summary>Answers <paramref name="body"/> verbatim with the status, e.g. Text("dnserr"), Text("!donator").</summary>
        public static ServerFault Text(string body, int statusCode = 200)
        {
            return new ServerFault("text " + statusCode + " '" + body + "'", async (context, stopping) =>
            {
                await Responses.WriteTextAsync(context, statusCode, body).ConfigureAwait(false);
                return true;
            });
        }

        /// <summary>"911" with HTTP 500, the usual outage answer.</summary>
        public static ServerFault Code911()
        {
            return Text("911", 500);
        }

        /// <summary>A status with no body at all, e.g. 502, 503, or 200 for an empty answer.</summary>
        public static ServerFault Status(int statusCode)
        {
            return new ServerFault("status " + statusCode + " without body", async (context, stopping) =>
            {
                await Responses.WriteBytesAsync(context, statusCode, Array.Empty<byte>(), null).ConfigureAwait(false);
                return true;
            });
        }

        /// <summary>HTTP 200 with an empty body.</summary>
        public static ServerFault Empty()
        {
            return Status(200);
        }

        /// <summary>Bytes that are not text: NULs, invalid UTF-8, control characters (deterministic per seed).</summary>
        public static ServerFault Garbage(int length = 256, int seed = 7)
        {
            return new ServerFault("garbage " + length + " bytes", async (context, stopping) =>
            {
                var bytes = new byte[length];
                new Random(seed).NextBytes(bytes);
                if (length > 0)
                {
                    bytes[0] = 0xFF;
                }
                await Responses.WriteBytesAsync(context, 200, bytes, "application/octet-stream").ConfigureAwait(false);
                return true;
            });
        }

        /// <summary>
        /// A body of <paramref name="bytes"/> bytes (1 MB by default) that starts like a valid answer
        /// (<paramref name="prefix"/>) and goes on with filler lines. With <paramref name="declareLength"/> false the
        /// body is sent chunked, so a client cannot refuse it by its Content-Length.
        /// </summary>
        public static ServerFault Oversized(int bytes = 1 << 20, string prefix = "good " + TestAddresses.PublicIPv4 + "\n", bool declareLength = true)
        {
            return new ServerFault("oversized " + bytes + " bytes", async (context, stopping) =>
            {
                byte[] body = new byte[bytes];
                byte[] head = Encoding.ASCII.GetBytes(prefix ?? "");
                for (int i = 0; i < body.Length; i++)
                {
                    body[i] = i < head.Length ? head[i] : (i % 64 == 63 ? (byte)'\n' : (byte)'x');
                }
                context.Response.StatusCode = 200;
                context.Response.ContentType = "text/plain";
                if (declareLength)
                {
                    context.Response.ContentLength = body.Length;
                }
                await WriteIgnoringAbortAsync(context, body).ConfigureAwait(false);
                return true;
            });
        }

        /// <summary>
        /// Never answers: waits until the client gives up, the server stops, <paramref name="release"/> is
        /// cancelled, or <paramref name="limit"/> passes (30 s by default), then drops the connection. Bounded so a
        /// broken test cannot hang the suite.
        /// </summary>
        public static ServerFault Hang(TimeSpan? limit = null, CancellationToken release = default)
        {
            TimeSpan bound = limit ?? DefaultHangLimit;
            return new ServerFault("hang up to " + bound.TotalMilliseconds + " ms", async (context, stopping) =>
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, context.RequestAborted, release);
                try
                {
                    await Task.Delay(bound, linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client, the server or the test gave up first.
                }
                context.Abort();
                return true;
            });
        }

        /// <summary>Drops the connection without an answer (HttpContext.Abort: the client sees a reset).</summary>
        public static ServerFault Reset()
        {
            return new ServerFault("reset", (context, stopping) =>
            {
                context.Abort();
                return Task.FromResult(true);
            });
        }

        /// <summary>
        /// Closes the connection without an answer: a clean end of stream (FIN), as a server that drops an idle or
        /// overloaded connection does, which is what made the framework's HttpClient re-send a request unasked.
        /// </summary>
        public static ServerFault Close()
        {
            return new ServerFault("close without answer", (context, stopping) =>
            {
                System.Net.Sockets.Socket socket = context.Features.Get<IConnectionSocketFeature>()?.Socket;
                if (socket == null)
                {
                    throw new InvalidOperationException("the close fault needs Kestrel's socket transport");
                }
                socket.Shutdown(System.Net.Sockets.SocketShutdown.Both);
                context.Abort();
                return Task.FromResult(true);
            });
        }

        /// <summary>A redirect (302 by default) to <paramref name="location"/>, e.g. a plain http:// URL.</summary>
        public static ServerFault Redirect(string location, int statusCode = 302)
        {
            return new ServerFault("redirect " + statusCode + " to " + location, async (context, stopping) =>
            {
                context.Response.Headers["Location"] = location;
                await Responses.WriteTextAsync(context, statusCode, "").ConfigureAwait(false);
                return true;
            });
        }

        /// <summary>Waits <paramref name="delay"/> (or until the server stops), then lets the normal answer go out.</summary>
        public static ServerFault Delay(TimeSpan delay)
        {
            return new ServerFault("delay " + delay.TotalMilliseconds + " ms", async (context, stopping) =>
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, context.RequestAborted);
                try
                {
                    await Task.Delay(delay, linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    context.Abort();
                    return true;
                }
                return false;
            });
        }

        /// <summary>Applies the fault; true when it produced the whole response, false when the normal answer must follow.</summary>
        public Task<bool> ApplyAsync(HttpContext context, CancellationToken stopping)
        {
            return apply(context, stopping);
        }

        public override string ToString()
        {
            return Description;
        }

        private static async Task WriteIgnoringAbortAsync(HttpContext context, byte[] body)
        {
            const int Chunk = 16 * 1024;
            try
            {
                for (int offset = 0; offset < body.Length; offset += Chunk)
                {
                    int count = Math.Min(Chunk, body.Length - offset);
                    await context.Response.Body.WriteAsync(body, offset, count, context.RequestAborted).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException || ex is IOException || ex is ConnectionResetException)
            {
                // A client that stops reading an oversized body is doing the right thing.
            }
        }
    }
}
