using System;
using System.Net;
using System.Net.Sockets;
using DdnsAgent.Addressing;
using DdnsAgent.Dns;
using DdnsAgent.Http;
using DdnsAgent.Ports;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// DNS over nanoFramework's sockets (lwIP), IPv4: one request per call, over UDP (a connected socket, so
    /// datagrams from other addresses are dropped) or TCP (a 2-byte length before each message). Receives keep
    /// to what is left of the exchange's timeout; nanoFramework's blocking Connect has no timeout of its own, so
    /// a TCP connect waits as long as lwIP does. An answer that does not fit the answer buffer is a failure.
    /// </summary>
    public sealed class DeviceDnsTransport : IDnsTransport
    {
        private const int MaxIgnoredDatagrams = 32;

        private readonly byte[] _prefix = new byte[2];

        public void Exchange(DnsExchange exchange)
        {
            exchange.ClearAnswer();
            int timeout = exchange.TimeoutMilliseconds > 0 ? exchange.TimeoutMilliseconds : DnsExchange.DefaultTimeoutMilliseconds;
            long deadline = MonotonicClock.Milliseconds + timeout;
            Socket socket = null;
            try
            {
                EndPoint server = EndPointOf(exchange.Server, exchange.Port);
                if (server == null)
                {
                    Fail(exchange, TransportFailure.ConnectFailed, "Could not find an IPv4 address for the DNS server.");
                    return;
                }

                bool udp = exchange.Protocol == DnsProtocol.Udp;
                socket = udp
                    ? new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp)
                    : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.SendTimeout = timeout;
                socket.Connect(server);
                if (udp)
                {
                    socket.Send(exchange.Request, 0, exchange.RequestLength, SocketFlags.None);
                    ReceiveDatagram(socket, exchange, deadline);
                }
                else
                {
                    _prefix[0] = (byte)(exchange.RequestLength >> 8);
                    _prefix[1] = (byte)exchange.RequestLength;
                    socket.Send(_prefix, 0, 2, SocketFlags.None);
                    socket.Send(exchange.Request, 0, exchange.RequestLength, SocketFlags.None);
                    ReceiveFramed(socket, exchange, deadline);
                }
            }
            catch (SocketException error)
            {
                Classify(exchange, error.ErrorCode, MonotonicClock.Milliseconds >= deadline);
            }
            catch (Exception)
            {
                Fail(exchange, MonotonicClock.Milliseconds >= deadline ? TransportFailure.Timeout : TransportFailure.Other,
                    "The DNS exchange failed on the device's network stack.");
            }
            finally
            {
                if (socket != null)
                {
                    socket.Close();
                }
            }
        }

        private static void ReceiveDatagram(Socket socket, DnsExchange exchange, long deadline)
        {
            int id = DnsHeader.Id(exchange.Request);
            for (int ignored = 0; ignored <= MaxIgnoredDatagrams; ignored++)
            {
                socket.ReceiveTimeout = Remaining(deadline);
                int received = socket.Receive(exchange.Answer, 0, exchange.Answer.Length, SocketFlags.None);
                if (received < 2 || DnsHeader.Id(exchange.Answer) != id)
                {
                    continue;
                }

                // A datagram that fills the whole buffer may have been cut: never pass on a cut answer.
                if (received >= exchange.Answer.Length)
                {
                    Fail(exchange, TransportFailure.Other, "The DNS server's answer is larger than the agent reads.");
                    return;
                }

                exchange.AnswerLength = received;
                return;
            }

            Fail(exchange, TransportFailure.Other, "The DNS server sent only answers to other requests.");
        }

        private void ReceiveFramed(Socket socket, DnsExchange exchange, long deadline)
        {
            if (!ReadExactly(socket, _prefix, 2, deadline))
            {
                Fail(exchange, TransportFailure.ConnectionReset, "The DNS server closed the connection before answering.");
                return;
            }

            int length = (_prefix[0] << 8) | _prefix[1];
            if (length > exchange.Answer.Length)
            {
                Fail(exchange, TransportFailure.Other, "The DNS server's answer is larger than the agent reads.");
                return;
            }

            if (!ReadExactly(socket, exchange.Answer, length, deadline))
            {
                Fail(exchange, TransportFailure.ConnectionReset, "The DNS server closed the connection before the answer was complete.");
                return;
            }

            exchange.AnswerLength = length;
        }

        private static bool ReadExactly(Socket socket, byte[] buffer, int count, long deadline)
        {
            int total = 0;
            while (total < count)
            {
                socket.ReceiveTimeout = Remaining(deadline);
                int read = socket.Receive(buffer, total, count - total, SocketFlags.None);
                if (read <= 0)
                {
                    return false;
                }

                total += read;
            }

            return true;
        }

        // A socket timeout of 0 waits forever: a spent budget is reported as a timeout instead.
        private static int Remaining(long deadline)
        {
            long left = deadline - MonotonicClock.Milliseconds;
            if (left <= 0)
            {
                throw new SocketException(SocketError.TimedOut);
            }

            return (int)left;
        }

        // An IPv4 literal is used as is (IPEndPoint(long) takes the first octet in its lowest byte); a name goes to
        // the device's resolver.
        private static EndPoint EndPointOf(string server, int port)
        {
            if (IpAddress.TryParse(server, out IpAddress literal, out _))
            {
                if (literal.Family != AddressFamilyKind.IPv4)
                {
                    return null;
                }

                uint value = (uint)literal.Low;
                long address = ((value >> 24) & 0xFF) | (((value >> 16) & 0xFF) << 8) | (((value >> 8) & 0xFF) << 16) | ((long)(value & 0xFF) << 24);
                return new IPEndPoint(address, port);
            }

            IPAddress[] found = System.Net.Dns.GetHostEntry(server).AddressList; // DdnsAgent.Dns is a namespace
            for (int i = 0; i < found.Length; i++)
            {
                if (found[i].AddressFamily == AddressFamily.InterNetwork)
                {
                    return new IPEndPoint(found[i], port);
                }
            }

            return null;
        }

        private static void Classify(DnsExchange exchange, int code, bool timedOut)
        {
            TransportFailure failure = HttpFailureClassifier.FromSocketError(code, false);
            if (failure == TransportFailure.Other && timedOut)
            {
                failure = TransportFailure.Timeout;
            }

            switch (failure)
            {
                case TransportFailure.Timeout:
                    Fail(exchange, failure, "The DNS server did not answer in time.");
                    return;
                case TransportFailure.ConnectFailed:
                    Fail(exchange, failure, code == (int)SocketError.ConnectionRefused
                        ? "Nothing answers DNS at the server's address and port (connection refused)."
                        : "Could not reach the DNS server (name lookup or route failed).");
                    return;
                case TransportFailure.ConnectionReset:
                    Fail(exchange, failure, "The DNS server closed the connection before the answer was complete.");
                    return;
                default:
                    Fail(exchange, failure, "The DNS exchange failed on the device's network stack.");
                    return;
            }
        }

        private static void Fail(DnsExchange exchange, TransportFailure failure, string detail)
        {
            exchange.AnswerLength = 0;
            exchange.Failure = failure;
            exchange.FailureDetail = detail;
        }
    }
}
