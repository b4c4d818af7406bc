using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>
    /// A scripted DNS server on 127.0.0.1, UDP and TCP on the same port, for transport faults a real server
    /// does not make on demand. Each protocol has a handler that gets the request and returns what to send back:
    /// for UDP, the datagrams (none: stay silent); for TCP, raw bytes including any length prefix (null: nothing),
    /// after which the connection closes, or the connection is forwarded byte for byte to another server.
    /// </summary>
    internal sealed class LoopbackDnsServer : IDisposable
    {
        public delegate byte[][] UdpHandler(byte[] request);

        public delegate byte[] TcpHandler(byte[] request);

        private readonly Socket _udp;
        private readonly TcpListener _tcp;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private int _udpRequests;
        private int _tcpConnections;

        private LoopbackDnsServer(Socket udp, TcpListener tcp)
        {
            _udp = udp;
            _tcp = tcp;
            Port = ((IPEndPoint)tcp.LocalEndpoint).Port;
        }

        public int Port { get; }

        public int UdpRequests => Volatile.Read(ref _udpRequests);

        public int TcpConnections => Volatile.Read(ref _tcpConnections);

        public UdpHandler OnUdp { get; set; } = request => Array.Empty<byte[]>();

        public TcpHandler OnTcp { get; set; } = request => null;

        /// <summary>How long a TCP connection stays open after the handler's bytes were sent (0: closed at once).</summary>
        public int TcpHoldOpenMilliseconds { get; set; }

        /// <summary>When set, TCP connections are forwarded to this server instead of going to <see cref="OnTcp"/>.</summary>
        public IPEndPoint ForwardTcpTo { get; set; }

        public static LoopbackDnsServer Start()
        {
            // The TCP port is free; the UDP port of the same number usually is too, else try another.
            for (int attempt = 0; ; attempt++)
            {
                var tcp = new TcpListener(IPAddress.Loopback, 0);
                tcp.Start();
                var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                try
                {
                    udp.Bind(new IPEndPoint(IPAddress.Loopback, ((IPEndPoint)tcp.LocalEndpoint).Port));
                }
                catch (SocketException) when (attempt < 20)
                {
                    udp.Dispose();
                    tcp.Stop();
                    continue;
                }

                var server = new LoopbackDnsServer(udp, tcp);
                _ = Task.Run(server.ServeUdp);
                _ = Task.Run(server.ServeTcp);
                return server;
            }
        }

        /// <summary>A reply to request: its ID, QR set, the given flags (such as TC) and RCODE, its question echoed.</summary>
        public static byte[] Reply(byte[] request, int flags, int questionBytes)
        {
            var reply = new byte[Math.Min(request.Length, 12 + questionBytes)];
            Array.Copy(request, reply, reply.Length);
            reply[2] = (byte)(0x80 | (request[2] & 0x78) | (flags >> 8));
            reply[3] = (byte)flags;
            return reply;
        }

        public void Dispose()
        {
            _stop.Cancel();
            _udp.Dispose();
            _tcp.Stop();
        }

        private async Task ServeUdp()
        {
            var buffer = new byte[65535];
            while (!_stop.IsCancellationRequested)
            {
                SocketReceiveFromResult received;
                try
                {
                    received = await _udp.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), _stop.Token);
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (SocketException)
                {
                    continue;
                }

                Interlocked.Increment(ref _udpRequests);
                byte[] request = buffer.AsSpan(0, received.ReceivedBytes).ToArray();
                foreach (byte[] datagram in OnUdp(request))
                {
                    await _udp.SendToAsync(datagram, SocketFlags.None, received.RemoteEndPoint);
                }
            }
        }

        private async Task ServeTcp()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _tcp.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                    return;
                }

                Interlocked.Increment(ref _tcpConnections);
                _ = Task.Run(() => ServeConnection(client));
            }
        }

        private async Task ServeConnection(TcpClient client)
        {
            using (client)
            {
                NetworkStream stream = client.GetStream();
                if (ForwardTcpTo != null)
                {
                    using var upstream = new TcpClient();
                    await upstream.ConnectAsync(ForwardTcpTo);
                    NetworkStream onward = upstream.GetStream();
                    Task up = stream.CopyToAsync(onward, _stop.Token);
                    Task down = onward.CopyToAsync(stream, _stop.Token);
                    await Task.WhenAny(up, down);
                    await Task.WhenAny(down, Task.Delay(1000));
                    return;
                }

                var prefix = new byte[2];
                await stream.ReadExactlyAsync(prefix, _stop.Token);
                var request = new byte[(prefix[0] << 8) | prefix[1]];
                await stream.ReadExactlyAsync(request, _stop.Token);
                byte[] reply = OnTcp(request);
                if (reply != null)
                {
                    await stream.WriteAsync(reply, _stop.Token);
                }

                if (TcpHoldOpenMilliseconds > 0)
                {
                    await Task.Delay(TcpHoldOpenMilliseconds, _stop.Token).ContinueWith(_ => { });
                }
            }
        }
    }
}
