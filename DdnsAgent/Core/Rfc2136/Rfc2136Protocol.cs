using System;
using DdnsAgent.Addressing;
using DdnsAgent.Dns;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Engine;
using DdnsAgent.Http;
using DdnsAgent.Ports;
using DdnsAgent.Protocol;
using DdnsAgent.Status;
using DdnsAgent.Text;

namespace DdnsAgent.Rfc2136
{
    /// <summary>
    /// RFC 2136 behind the protocol seam: a round's due records go to the zone's primary server as signed UPDATE
    /// messages (for each name, delete its A or AAAA records and add the new address with the configured TTL), one
    /// message per run of consecutive hostnames whose due families are the same, which in the usual round is one
    /// message for everything. It travels over UDP, or TCP when large or truncated (<see cref="DnsClient"/>). The
    /// answer's signature is verified before its RCODE is believed, and every host the message carried gets the row
    /// the answer maps to (<see cref="Rfc2136Codes.Of"/>). Builds, sends and reads in buffers made once: a round
    /// allocates nothing here, but for the words that explain a failure.
    /// </summary>
    public sealed class Rfc2136Protocol : IUpdateProtocol
    {
        /// <summary>The protocol's name in the provider catalog, and the provider id of its one row.</summary>
        public const string Name = "rfc2136";

        /// <summary>The longest one exchange with the server may take (each of UDP and the TCP retry).</summary>
        public const int TimeoutMilliseconds = 5000;

        private const int AnswerTextCapacity = 96;
        private const long UnixEpochTicks = 621355968000000000L;

        private readonly string _server;
        private readonly int _port;
        private readonly string _zone;
        private readonly TsigKey _key;
        private readonly int _ttl;
        private readonly string[] _names;
        private readonly DnsExchange _exchange = new DnsExchange(UpdateMessage.RecommendedBufferSize, DnsExchange.DefaultCapacity);
        private readonly UpdateMessage _message = new UpdateMessage();
        private readonly UpdateResponseReader _reader = new UpdateResponseReader();
        private readonly byte[] _text = new byte[AnswerTextCapacity];
        private readonly AsciiWriter _writer = new AsciiWriter();
        private DnsClient _client;
        private IDnsTransport _clientTransport;
        private Jitter _ids;
        private int _nextHost;

        /// <summary>A protocol for names (every one inside zone) on server:port, signed with key; see <see cref="Rfc2136Setup"/>.</summary>
        public Rfc2136Protocol(string server, int port, string zone, TsigKey key, int ttl, string[] names)
        {
            _server = server;
            _port = port;
            _zone = zone;
            _key = key;
            _ttl = ttl;
            _names = names;
        }

        public string Server => _server;

        public int Port => _port;

        public string Zone => _zone;

        public int Ttl => _ttl;

        public void Begin(UpdateRound round)
        {
            _nextHost = 0;
        }

        public bool SendNext(UpdateRound round, UpdateReply reply)
        {
            while (_nextHost < round.HostCount && !round.IsDue(_nextHost, AddressFamilyKind.IPv4) && !round.IsDue(_nextHost, AddressFamilyKind.IPv6))
            {
                _nextHost++;
            }

            if (_nextHost >= round.HostCount)
            {
                return false;
            }

            // A run of hosts due in the same families shares one message; each host must get what the message did.
            int first = _nextHost;
            bool v4 = round.IsDue(first, AddressFamilyKind.IPv4);
            bool v6 = round.IsDue(first, AddressFamilyKind.IPv6);
            int count = 1;
            while (first + count < round.HostCount
                && round.IsDue(first + count, AddressFamilyKind.IPv4) == v4 && round.IsDue(first + count, AddressFamilyKind.IPv6) == v6)
            {
                count++;
            }

            Exchange(round, first, count, v4 ? round.IPv4 : IpAddress.None, v6 ? round.IPv6 : IpAddress.None, reply);
            return true;
        }

        private void Exchange(UpdateRound round, int first, int count, IpAddress v4, IpAddress v6, UpdateReply reply)
        {
            IClock clock = round.Ports.Clock;
            int id = NextId(round);
            int length;
            UpdateBuildError error;

            // Names too long to share one message go in halves; the rest are the next exchange's.
            while (!_message.TryBuild(_exchange.Request, id, _zone, _names, first, count, v4, v6, _ttl, _key, clock.UtcNow, out length, out error)
                && error == UpdateBuildError.TooLarge && count > 1)
            {
                count = (count + 1) / 2;
            }

            _nextHost = first + count;
            reply.Start(round.HostCount, v4, v6);
            for (int host = first; host < first + count; host++)
            {
                reply.Carry(host);
            }

            if (error != UpdateBuildError.None)
            {
                reply.Fail(TransportFailure.NotAllowed, string.Concat("the DNS update was not sent: ", UpdateMessage.Describe(error)));
                return;
            }

            IDnsTransport transport = round.Ports.Dns;
            if (transport == null)
            {
                reply.Fail(TransportFailure.NotAllowed, "this platform has no DNS transport, so rfc2136 updates cannot be sent");
                return;
            }

            if (_client == null || _clientTransport != transport)
            {
                _client = new DnsClient(transport);
                _clientTransport = transport;
            }

            _exchange.Server = _server;
            _exchange.Port = _port;
            _exchange.TimeoutMilliseconds = TimeoutMilliseconds;
            _exchange.RequestLength = length;
            _client.Send(_exchange);
            if (!_exchange.Succeeded)
            {
                reply.Fail(_exchange.Failure, _exchange.FailureDetail);
                return;
            }

            DateTime now = clock.UtcNow;
            UpdateResponse response = _reader.Parse(_exchange.Answer, _exchange.AnswerLength, id, _key, _message.RequestMac, now);
            ResultCode code = Rfc2136Codes.Of(response);
            int textLength = WriteAnswerText(response);
            reply.Answered(0, _text, textLength);
            for (int host = first; host < first + count; host++)
            {
                reply.SetCode(host, code, 0, textLength, false);
            }

            if (code.Outcome > UpdateOutcome.NoChange)
            {
                reply.Explain(Explain(response, code, now));
            }
        }

        // Random per message; seeded from the device's seed and the clock, so that boards do not share a sequence.
        private int NextId(UpdateRound round)
        {
            if (_ids == null)
            {
                _ids = new Jitter(round.Ports.Seed ^ (int)round.Ports.Clock.UtcNow.Ticks);
            }

            return _ids.Next(0x10000);
        }

        /// <summary>The answer in a few words for `status` ("NOERROR", "NOTAUTH, TSIG error BADSIG"), into the reused text buffer.</summary>
        private int WriteAnswerText(UpdateResponse response)
        {
            AsciiWriter w = _writer;
            w.Reset(_text);
            switch (response.Problem)
            {
                case UpdateProblem.None:
                    WriteRcode(w, response.Rcode);
                    break;
                case UpdateProblem.SignatureRefused:
                    WriteRcode(w, response.Rcode);
                    w.Append(", TSIG error ");
                    WriteRcode(w, response.TsigError);
                    break;
                case UpdateProblem.BadTime:
                case UpdateProblem.Unsigned:
                case UpdateProblem.WrongKey:
                case UpdateProblem.WrongAlgorithm:
                case UpdateProblem.TruncatedMac:
                case UpdateProblem.BadMac:
                    WriteRcode(w, response.Rcode);
                    w.Append(response.Problem == UpdateProblem.BadTime ? ", signed at a time the device's clock does not accept" : ", signature not verified");
                    break;
                default:
                    w.Append(UpdateResponse.Words(response.Problem));
                    break;
            }

            return w.Length;
        }

        private static void WriteRcode(AsciiWriter w, DnsRcode code)
        {
            string name = DnsRcodes.Name(code);
            if (name == "RCODE?")
            {
                w.Append("RCODE ");
                w.AppendDecimal((int)code);
                return;
            }

            w.Append(name);
        }

        /// <summary>What to show instead of the code's own text for a failure, or null. Allocates.</summary>
        private string Explain(UpdateResponse response, ResultCode code, DateTime now)
        {
            if (code == Rfc2136Codes.BadTime)
            {
                string device = EventLogFormat.Timestamp(now);
                return response.ServerTime < 0
                    ? string.Concat("BADTIME (this device's clock reads ", device, ")")
                    : string.Concat(new string[] { "BADTIME (the server's clock reads ", EventLogFormat.Timestamp(FromUnixSeconds(response.ServerTime)), ", this device's ", device, ")" });
            }

            if (code == Rfc2136Codes.NotVerified)
            {
                return string.Concat("not verified: ", response.Describe());
            }

            if (code == Rfc2136Codes.OtherTsigError || code == ResultCode.Unknown)
            {
                return Ascii.ToText(_text, 0, _writer.Length);
            }

            return null;
        }

        private static DateTime FromUnixSeconds(long seconds)
        {
            return new DateTime(UnixEpochTicks + seconds * TimeSpan.TicksPerSecond);
        }
    }
}
