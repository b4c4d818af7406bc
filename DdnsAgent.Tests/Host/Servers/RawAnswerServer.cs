using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>
    /// A plain TCP server on 127.0.0.1 that answers every connection with exact bytes, for the HTTP/1.1 details
    /// a real server does not easily produce on demand (chunks, interim 1xx answers, no length, broken
    /// framing, a close without an answer). It reads the request head first and records it, then writes the
    /// answer and closes. Bounded: each connection gives up after 10 s.
    /// </summary>
    public sealed class RawAnswerServer : IDisposable
    {
        private readonly TcpListener listener;
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        private readonly Func<int, byte[]> answer;
        private int connections;

        private RawAnswerServer(Func<int, byte[]> answer)
        {
            this.answer = answer;
            listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            _ = AcceptAsync();
        }

        public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

        /// <summary>How many connections were made.</summary>
        public int Connections => Volatile.Read(ref connections);

        /// <summary>The request heads received, in order.</summary>
        public ConcurrentQueue<string> RequestHeads { get; } = new ConcurrentQueue<string>();

        /// <summary>Answers every connection with these bytes (ASCII text with the line ends written out).</summary>
        public static RawAnswerServer Answering(string text)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            return new RawAnswerServer(_ => bytes);
        }

        /// <summary>Answers connection number n (from 0) with answer(n); null closes it without a byte.</summary>
        public static RawAnswerServer Answering(Func<int, byte[]> answer)
        {
            return new RawAnswerServer(answer);
        }

        public void Dispose()
        {
            stopping.Cancel();
            listener.Stop();
            stopping.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (!stopping.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync(stopping.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is OperationCanceledException || ex is SocketException || ex is ObjectDisposedException)
                {
                    return;
                }

                int number = Interlocked.Increment(ref connections) - 1;
                _ = ServeAsync(client, number);
            }
        }

        private async Task ServeAsync(TcpClient client, int number)
        {
            using (client)
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token))
            {
                timeout.CancelAfter(TimeSpan.FromSeconds(10));
                try
                {
                    NetworkStream stream = client.GetStream();
                    var head = new StringBuilder();
                    var buffer = new byte[4096];
                    while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                    {
                        int read = await stream.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
                        if (read == 0)
                        {
                            return;
                        }
                        head.Append(Encoding.ASCII.GetString(buffer, 0, read));
                    }

                    RequestHeads.Enqueue(head.ToString());
                    byte[] bytes = answer(number);
                    if (bytes != null)
                    {
                        await stream.WriteAsync(bytes, timeout.Token).ConfigureAwait(false);
                    }
                    client.Client.Shutdown(SocketShutdown.Both);
                }
                catch (Exception ex) when (ex is OperationCanceledException || ex is IOException || ex is SocketException)
                {
                    // The client went away or the test ended: nothing to answer.
                }
            }
        }
    }
}
