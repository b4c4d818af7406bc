using System;
using DdnsAgent.Addressing;
using DdnsAgent.Dns;
using DdnsAgent.Persistence;
using DdnsAgent.Ports;
using DdnsAgent.Status;

namespace DdnsAgent.Engine
{
    /// <summary>
    /// The proof in DNS: after the provider confirmed a record, asks the zone's DNS server directly (recursion off,
    /// so no cache answers) whether the name now answers the confirmed address, checking again after 10, 30, 60 and
    /// 120 seconds while it does not, five checks in all. The verdict goes to <see cref="Records"/> for `status` and,
    /// once settled, to the event log: an info when published, a warning with both addresses when not. It never
    /// decides whether to update. Each run asks at most four questions, each within 2 seconds, and the first that
    /// gets no answer settles the others' check too, so a dead server never holds the agent for long. Asking and
    /// reading allocate nothing; only the words of a failed check do.
    /// </summary>
    public sealed class PublicationCheck
    {
        public const int MaxChecks = 5;
        public const int TimeoutMilliseconds = 2000;
        public const int MaxQuestionsPerRun = 4;

        /// <summary>The first check waits this long after the update; a provider's servers may need a moment.</summary>
        public const int FirstDelaySeconds = 2;

        private const int AnswerCapacity = 1024;

        private readonly IDnsTransport _transport;
        private readonly AgentEvents _events;
        private readonly PublishedRecords _records = new PublishedRecords();
        private readonly IpAddress[] _found = new IpAddress[8];
        private readonly Jitter _ids;
        private DnsExchange _exchange;
        private AddressAnswerReader _reader;
        private DnsClient _client;
        private string _server;
        private string[] _names;
        private DateTime _next = DateTime.MaxValue;

        /// <summary>transport null: the platform cannot ask DNS, and the check stays off.</summary>
        public PublicationCheck(IDnsTransport transport, int seed, AgentEvents events)
        {
            _transport = transport;
            _events = events;
            _ids = new Jitter(seed ^ 0x5EED);
        }

        /// <summary>What the server said about each record, by hostname position and family.</summary>
        public PublishedRecords Records => _records;

        /// <summary>True when there is a server to ask (and a transport to ask it with).</summary>
        public bool IsOn => _server != null;

        /// <summary>Asks server:port about names from now on; a null server turns the check off. Forgets every verdict.</summary>
        public void Configure(string server, int port, string[] names)
        {
            _server = _transport == null ? null : server;
            if (_server != null && _exchange == null)
            {
                // Made the first time there is a server to ask: a board whose settings name none spends no heap on it.
                _exchange = new DnsExchange(DnsClient.MaxUdpRequest, AnswerCapacity);
                _exchange.TimeoutMilliseconds = TimeoutMilliseconds;
                _reader = new AddressAnswerReader();
                _client = new DnsClient(_transport);
            }

            if (_exchange != null)
            {
                _exchange.Server = server;
                _exchange.Port = port;
            }

            _names = names;
            _records.Reset(names == null ? 0 : names.Length);
            _next = DateTime.MaxValue;
        }

        /// <summary>After an update round: every record of state the provider confirmed at now is to be proven.</summary>
        public void Begin(AgentState state, DateTime now)
        {
            if (!IsOn)
            {
                return;
            }

            for (int host = 0; host < _names.Length; host++)
            {
                Begin(state.Find(_names[host], AddressFamilyKind.IPv4), host, AddressFamilyKind.IPv4, now);
                Begin(state.Find(_names[host], AddressFamilyKind.IPv6), host, AddressFamilyKind.IPv6, now);
            }
        }

        /// <summary>Makes the checks that are due; returns when the next one is (DateTime.MaxValue: none planned).</summary>
        public DateTime Run(DateTime now)
        {
            if (!IsOn || now < _next)
            {
                return _next;
            }

            int asked = 0;
            for (int i = 0; i < _records.Count && asked < MaxQuestionsPerRun; i++)
            {
                if (_records.IsChecking(i) && _records.NextCheck(i) <= now)
                {
                    asked++;
                    if (!Ask(i, now))
                    {
                        SettleDueAsUnanswered(now);
                        break;
                    }
                }
            }

            _next = NextDue();
            return _next;
        }

        private void Begin(HostState record, int host, AddressFamilyKind family, DateTime now)
        {
            if (record != null && record.LastSuccessUtc == now && !record.Address.IsNone)
            {
                _records.Start(PublishedRecords.IndexOf(host, family), record.Address, now, now.AddSeconds(FirstDelaySeconds));
                if (now.AddSeconds(FirstDelaySeconds) < _next)
                {
                    _next = now.AddSeconds(FirstDelaySeconds);
                }
            }
        }

        // One question; false when no answer came (the transport failed), which ends this run.
        private bool Ask(int index, DateTime now)
        {
            string name = _names[index / 2];
            int type = index % 2 == 0 ? DnsType.A : DnsType.AAAA;
            int id = _ids.Next(0x10000);
            _exchange.RequestLength = DnsQuery.Build(_exchange.Request, id, name, type);
            if (_exchange.RequestLength < 0)
            {
                Settle(index, Publication.Unknown, IpAddress.None, "the name cannot be asked for in DNS", now);
                return true;
            }

            _client.Send(_exchange);
            if (!_exchange.Succeeded)
            {
                Settle(index, Publication.Unknown, IpAddress.None, _exchange.FailureDetail, now);
                return false;
            }

            AddressAnswer answer = _reader.Parse(_exchange.Answer, _exchange.AnswerLength, id, name, type, _found);
            IpAddress expected = _records.Expected(index);
            if (answer.Problem != AnswerProblem.None)
            {
                Settle(index, Publication.Unknown, IpAddress.None, AddressAnswer.Words(answer.Problem), now);
            }
            else if (answer.Rcode == DnsRcode.NXDomain && answer.Authoritative)
            {
                Settle(index, Publication.NoAddress, IpAddress.None, "the name does not exist there (NXDOMAIN)", now);
            }
            else if (answer.Rcode != DnsRcode.NoError)
            {
                Settle(index, Publication.Unknown, IpAddress.None, string.Concat("it answered ", DnsRcodes.Name(answer.Rcode), ": ", DnsRcodes.Describe(answer.Rcode)), now);
            }
            else if (!answer.Authoritative)
            {
                Settle(index, Publication.Unknown, IpAddress.None, "it is not authoritative for the name (a resolver answers from its cache): the DNS server to ask must be the zone's primary server", now);
            }
            else if (AddressAnswerReader.Contains(_found, answer.AddressCount, expected))
            {
                Settle(index, Publication.Yes, expected, null, now);
            }
            else if (answer.AddressCount == 0)
            {
                Settle(index, Publication.NoAddress, IpAddress.None, answer.IsAlias ? "the name is an alias (CNAME) there, not an address" : "the name has no address of this family there", now);
            }
            else
            {
                Settle(index, Publication.WrongAddress, _found[0], null, now);
            }

            return true;
        }

        // No answer came: every other check due now counts as unanswered too, instead of waiting in turn.
        private void SettleDueAsUnanswered(DateTime now)
        {
            for (int i = 0; i < _records.Count; i++)
            {
                if (_records.IsChecking(i) && _records.NextCheck(i) <= now)
                {
                    Settle(i, Publication.Unknown, IpAddress.None, _exchange.FailureDetail, now);
                }
            }
        }

        private void Settle(int index, Publication verdict, IpAddress answered, string reason, DateTime now)
        {
            int checks = _records.Checks(index) + 1;
            bool last = verdict == Publication.Yes || checks >= MaxChecks;
            _records.Record(index, verdict, answered, reason, now, last ? DateTime.MaxValue : now.AddSeconds(DelayAfter(checks)));
            if (!last)
            {
                return;
            }

            string name = _names[index / 2];
            IpAddress expected = _records.Expected(index);
            IpAddress v4 = index % 2 == 0 ? expected : IpAddress.None;
            IpAddress v6 = index % 2 == 0 ? IpAddress.None : expected;
            if (verdict == Publication.Yes)
            {
                _events.Update(EventKind.Info, "published: ", name, null, "its DNS server answers", v4, v6, 0);
                return;
            }

            _events.Update(EventKind.Warning, "not published: ", name, null, Words(verdict, answered, reason, checks), v4, v6, 0);
        }

        /// <summary>Why a record is not published, to end in "... expected ADDRESS" (the event adds the address). Allocates.</summary>
        private static string Words(Publication verdict, IpAddress answered, string reason, int checks)
        {
            string after = string.Concat("after ", checks.ToString(), " checks its DNS server ");
            switch (verdict)
            {
                case Publication.WrongAddress:
                    return string.Concat(after, "answers ", answered.ToString(), ", not");
                case Publication.NoAddress:
                    return string.Concat(after, "says ", reason, "; expected");
                default:
                    return string.Concat(after, "gave no usable answer (", reason, "); expected");
            }
        }

        // 10, 30, 60, then 120 seconds after the first, second, third and fourth check.
        private static int DelayAfter(int checks)
        {
            switch (checks)
            {
                case 1: return 10;
                case 2: return 30;
                case 3: return 60;
                default: return 120;
            }
        }

        private DateTime NextDue()
        {
            DateTime next = DateTime.MaxValue;
            for (int i = 0; i < _records.Count; i++)
            {
                if (_records.IsChecking(i) && _records.NextCheck(i) < next)
                {
                    next = _records.NextCheck(i);
                }
            }

            return next;
        }
    }
}
