using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DdnsAgent.Dns;
using DdnsAgent.Http;
using DdnsAgent.Ports;

namespace DdnsAgent.Host.Adapters;

/// <summary>
/// DNS over the host's sockets: one request per call, over UDP (a connected socket, so the kernel drops
/// datagrams from any other address and reports an ICMP "port unreachable" as a refusal) or TCP (a 2-byte
/// length before each message). The whole exchange, name lookup included, keeps to the exchange's timeout;
/// an answer longer than the answer buffer is a failure, never a cut answer. One instance serves one
/// exchange at a time.
/// </summary>
public sealed class HostDnsTransport : IDnsTransport
{
    // Datagrams with another ID are ignored (late answers to an earlier request, or spoofing); never forever.
    private const int MaxIgnoredDatagrams = 32;

    // Datagrams land here first: on Linux a receive into a smaller buffer silently cuts the datagram.
    private readonly byte[] _datagram = new byte[65536];

    public void Exchange(DnsExchange exchange)
    {
        exchange.ClearAnswer();
        var clock = Stopwatch.StartNew();
        int timeout = exchange.TimeoutMilliseconds > 0 ? exchange.TimeoutMilliseconds : DnsExchange.DefaultTimeoutMilliseconds;
        string where = exchange.Server + ":" + exchange.Port;
        if (exchange.RequestLength < DnsHeader.Size || exchange.RequestLength > exchange.Request.Length
            || (exchange.Protocol == DnsProtocol.Tcp && exchange.RequestLength > 0xFFFF))
        {
            Fail(exchange, TransportFailure.Other, "the DNS request to send is empty or longer than its buffer");
            return;
        }

        try
        {
            IPAddress? address = Resolve(exchange.Server, Remaining(clock, timeout));
            if (address is null)
            {
                Fail(exchange, TransportFailure.ConnectFailed, "could not find the address of the DNS server " + exchange.Server);
                return;
            }

            var endpoint = new IPEndPoint(address, exchange.Port);
            if (exchange.Protocol == DnsProtocol.Udp)
            {
                ExchangeUdp(exchange, endpoint, clock, timeout, where);
            }
            else
            {
                ExchangeTcp(exchange, endpoint, clock, timeout, where);
            }
        }
        catch (SocketException error)
        {
            Classify(exchange, error.SocketErrorCode, where, timeout);
        }
        catch (TimeoutException)
        {
            Fail(exchange, TransportFailure.Timeout, NoAnswer(where, timeout));
        }
        catch (IOException)
        {
            Fail(exchange, TransportFailure.ConnectionReset, "the DNS server " + where + " closed the connection before the answer was complete");
        }
        catch (ArgumentException)
        {
            Fail(exchange, TransportFailure.ConnectFailed, "the DNS server " + where + " is not a valid address or port");
        }
    }

    private static IPAddress? Resolve(string server, int timeout)
    {
        if (IPAddress.TryParse(server, out IPAddress? literal))
        {
            return literal;
        }

        Task<IPAddress[]> lookup = System.Net.Dns.GetHostAddressesAsync(server);
        try
        {
            if (!lookup.Wait(timeout))
            {
                throw new TimeoutException();
            }
        }
        catch (AggregateException error) when (error.InnerException is SocketException)
        {
            return null;
        }

        return lookup.Result.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? lookup.Result.FirstOrDefault();
    }

    private void ExchangeUdp(DnsExchange exchange, IPEndPoint endpoint, Stopwatch clock, int timeout, string where)
    {
        using var socket = new Socket(endpoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        socket.Connect(endpoint);
        socket.Send(exchange.Request, 0, exchange.RequestLength, SocketFlags.None);
        int id = DnsHeader.Id(exchange.Request);
        for (int ignored = 0; ignored <= MaxIgnoredDatagrams; ignored++)
        {
            socket.ReceiveTimeout = Remaining(clock, timeout);
            int received = socket.Receive(_datagram, 0, _datagram.Length, SocketFlags.None);
            if (received < 2 || DnsHeader.Id(_datagram) != id)
            {
                continue;
            }

            if (received > exchange.Answer.Length)
            {
                Fail(exchange, TransportFailure.Other, "the DNS server " + where + " sent an answer longer than " + exchange.Answer.Length + " bytes");
                return;
            }

            Array.Copy(_datagram, exchange.Answer, received);
            exchange.AnswerLength = received;
            return;
        }

        Fail(exchange, TransportFailure.Other, "the DNS server " + where + " sent only answers to other requests");
    }

    private static void ExchangeTcp(DnsExchange exchange, IPEndPoint endpoint, Stopwatch clock, int timeout, string where)
    {
        using var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        socket.NoDelay = true;
        Task connect = socket.ConnectAsync(endpoint);
        try
        {
            if (!connect.Wait(Remaining(clock, timeout)))
            {
                throw new TimeoutException();
            }
        }
        catch (AggregateException error) when (error.InnerException is SocketException inner)
        {
            throw inner;
        }

        // Length and message in one send, so that a server sees the whole request at once.
        var framed = new byte[exchange.RequestLength + 2];
        DnsHeader.WriteUInt16(framed, 0, exchange.RequestLength);
        Array.Copy(exchange.Request, 0, framed, 2, exchange.RequestLength);
        socket.SendTimeout = Remaining(clock, timeout);
        socket.Send(framed, 0, framed.Length, SocketFlags.None);

        var prefix = new byte[2];
        ReadExactly(socket, prefix, 2, clock, timeout);
        int length = DnsHeader.ReadUInt16(prefix, 0);
        if (length > exchange.Answer.Length)
        {
            Fail(exchange, TransportFailure.Other, "the DNS server " + where + " sent an answer longer than " + exchange.Answer.Length + " bytes");
            return;
        }

        ReadExactly(socket, exchange.Answer, length, clock, timeout);
        exchange.AnswerLength = length;
    }

    private static void ReadExactly(Socket socket, byte[] buffer, int count, Stopwatch clock, int timeout)
    {
        int total = 0;
        while (total < count)
        {
            socket.ReceiveTimeout = Remaining(clock, timeout);
            int read = socket.Receive(buffer, total, count - total, SocketFlags.None);
            if (read <= 0)
            {
                throw new IOException("closed");
            }

            total += read;
        }
    }

    // Socket timeouts of 0 mean "wait forever": a spent budget becomes a timeout instead.
    private static int Remaining(Stopwatch clock, int timeout)
    {
        long left = timeout - clock.ElapsedMilliseconds;
        if (left <= 0)
        {
            throw new TimeoutException();
        }

        return (int)left;
    }

    private static void Classify(DnsExchange exchange, SocketError error, string where, int timeout)
    {
        switch (error)
        {
            case SocketError.TimedOut:
            case SocketError.WouldBlock:
                Fail(exchange, TransportFailure.Timeout, NoAnswer(where, timeout));
                break;
            case SocketError.ConnectionRefused:
                Fail(exchange, TransportFailure.ConnectFailed, "nothing answers DNS at " + where + " (connection refused): check the server address and port, and that the server runs");
                break;
            case SocketError.HostUnreachable:
            case SocketError.NetworkUnreachable:
            case SocketError.NetworkDown:
            case SocketError.AddressNotAvailable:
                Fail(exchange, TransportFailure.ConnectFailed, "the DNS server " + where + " cannot be reached from this machine");
                break;
            case SocketError.HostNotFound:
            case SocketError.TryAgain:
            case SocketError.NoData:
                Fail(exchange, TransportFailure.ConnectFailed, "could not find the address of the DNS server " + where);
                break;
            case SocketError.ConnectionReset:
            case SocketError.ConnectionAborted:
            case SocketError.Shutdown:
                Fail(exchange, TransportFailure.ConnectionReset, "the DNS server " + where + " closed the connection before the answer was complete");
                break;
            default:
                Fail(exchange, TransportFailure.Other, "the DNS exchange with " + where + " failed (" + error + ")");
                break;
        }
    }

    private static string NoAnswer(string where, int timeout)
    {
        return "the DNS server " + where + " did not answer within " + timeout + " ms";
    }

    private static void Fail(DnsExchange exchange, TransportFailure failure, string detail)
    {
        exchange.AnswerLength = 0;
        exchange.Failure = failure;
        exchange.FailureDetail = detail;
    }
}
