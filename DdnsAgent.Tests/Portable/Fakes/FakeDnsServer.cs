using System;
using DdnsAgent.Addressing;
using DdnsAgent.Crypto;
using DdnsAgent.Dns;
using DdnsAgent.Http;
using DdnsAgent.Ports;
using DdnsAgent.Text;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>
    /// An authoritative DNS server in memory for a fixed set of names, behind the DNS transport port.
    /// It checks the TSIG of an UPDATE with its own key and clock as RFC 8945 says (unknown key: BADKEY, wrong MAC:
    /// BADSIG, both unsigned; time off by more than the fudge: BADTIME, signed, with its clock), applies the
    /// deletes and adds to its table all or nothing, signs its answers, and answers A and AAAA queries with the AA
    /// flag. Faults on demand: <see cref="ForcedRcode"/>, <see cref="Silent"/>, <see cref="Unsigned"/>. An exchange
    /// allocates nothing, so that an agent's rounds over it can be measured.
    /// </summary>
    public sealed class FakeDnsServer : IDnsTransport
    {
        public const int Fudge = 300;

        /// <summary>The key the test settings name (AgentRig), and its secret: the bytes 0 to 31 in base64.</summary>
        public const string TestKeyName = "ddns-key.example.org.";
        public const string TestSecret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

        private static readonly byte[] Algorithm =
        {
            11, (byte)'h', (byte)'m', (byte)'a', (byte)'c', (byte)'-', (byte)'s', (byte)'h', (byte)'a', (byte)'2', (byte)'5', (byte)'6', 0,
        };

        private readonly IClock _clock;
        private readonly string _keyName;
        private readonly byte[] _secret = new byte[64];
        private readonly int _secretLength;
        private readonly string[] _names;
        private readonly IpAddress[] _v4;
        private readonly IpAddress[] _v6;
        private readonly IpAddress[] _newV4;
        private readonly IpAddress[] _newV6;
        private readonly HmacSha256 _hmac = new HmacSha256();
        private readonly byte[] _mac = new byte[HmacSha256.MacSize];
        private readonly byte[] _requestMac = new byte[HmacSha256.MacSize];
        private readonly DnsReader _reader = new DnsReader();
        private readonly DnsWriter _writer = new DnsWriter();
        private int _keyAt;
        private int _keyLength;

        public FakeDnsServer(IClock clock, string keyName, string base64Secret, string[] names)
        {
            _clock = clock;
            _keyName = keyName;
            if (!Base64.TryDecode(base64Secret, _secret, out _secretLength, out _))
            {
                throw new ArgumentException("not base64", "base64Secret");
            }

            _names = names;
            _v4 = new IpAddress[names.Length];
            _v6 = new IpAddress[names.Length];
            _newV4 = new IpAddress[names.Length];
            _newV6 = new IpAddress[names.Length];
        }

        /// <summary>Where it listens; an exchange to anything else fails as if nothing answered there.</summary>
        public string Address { get; set; } = "192.0.2.53";

        public int Port { get; set; } = 53;

        /// <summary>Every UPDATE gets this RCODE (signed, nothing applied) instead of being applied; NoError: none.</summary>
        public DnsRcode ForcedRcode { get; set; }

        /// <summary>True: no answer at all (the transport times out).</summary>
        public bool Silent { get; set; }

        /// <summary>True: queries get no answer (updates still do).</summary>
        public bool SilentToQueries { get; set; }

        /// <summary>True: UPDATE answers carry no TSIG record.</summary>
        public bool Unsigned { get; set; }

        /// <summary>The server's clock is this many seconds ahead of the clock it was given (BADTIME beyond the fudge).</summary>
        public int ClockSkewSeconds { get; set; }

        public int Updates { get; private set; }

        public int Queries { get; private set; }

        /// <summary>Names changed by the last applied UPDATE.</summary>
        public int LastUpdateNames { get; private set; }

        public IpAddress AddressOf(string name, AddressFamilyKind family)
        {
            int i = IndexOf(name);
            return i < 0 ? IpAddress.None : (family == AddressFamilyKind.IPv4 ? _v4[i] : _v6[i]);
        }

        /// <summary>Puts an address in the table directly, as another writer of the zone would.</summary>
        public void SetAddress(string name, IpAddress address)
        {
            int i = IndexOf(name);
            if (address.Family == AddressFamilyKind.IPv6)
            {
                _v6[i] = address;
            }
            else
            {
                _v4[i] = address;
            }
        }

        public void Exchange(DnsExchange exchange)
        {
            exchange.ClearAnswer();
            bool update = DnsHeader.Opcode(exchange.Request) == DnsHeader.OpcodeUpdate;
            if (Silent || (SilentToQueries && !update) || exchange.Server != Address || exchange.Port != Port)
            {
                Updates += update ? 1 : 0;
                Queries += update ? 0 : 1;
                exchange.Failure = TransportFailure.Timeout;
                exchange.FailureDetail = "the DNS server did not answer in time";
                return;
            }

            if (update)
            {
                Updates++;
                exchange.AnswerLength = Update(exchange.Request, exchange.RequestLength, exchange.Answer);
            }
            else
            {
                Queries++;
                exchange.AnswerLength = Query(exchange.Request, exchange.RequestLength, exchange.Answer);
            }
        }

        private long Now => (_clock.UtcNow.Ticks - 621355968000000000L) / TimeSpan.TicksPerSecond + ClockSkewSeconds;

        private int Update(byte[] request, int length, byte[] answer)
        {
            DnsReader r = _reader;
            r.Reset(request, length);
            r.Skip(DnsHeader.Size);
            int zoneEnd = SkipZone(r);
            int prerequisites = DnsHeader.ReadUInt16(request, DnsHeader.AnswerCountOffset);
            int updates = DnsHeader.ReadUInt16(request, DnsHeader.AuthorityCountOffset);
            int additional = DnsHeader.ReadUInt16(request, DnsHeader.AdditionalCountOffset);
            for (int i = 0; i < _names.Length; i++)
            {
                _newV4[i] = _v4[i];
                _newV6[i] = _v6[i];
            }

            DnsRcode rcode = prerequisites == 0 && additional == 1 ? ReadUpdates(r, updates) : DnsRcode.FormErr;
            int tsigAt = r.Position;
            _keyAt = tsigAt;

            // The signature first: a request that is not the key holder's changes nothing.
            bool known = r.ReadNameEquals(_keyName);
            _keyLength = r.Position - tsigAt;
            if (!known)
            {
                return Refusal(request, zoneEnd, answer, DnsRcode.BadKey, false, 0);
            }

            r.Skip(10); // type, class, TTL, RDLENGTH
            r.SkipName(); // algorithm
            long timeSigned = r.ReadUInt48();
            r.ReadUInt16(); // fudge
            int macSize = r.ReadUInt16();
            int macAt = r.Position;
            r.Skip(macSize);
            if (r.Failed || macSize != HmacSha256.MacSize || !MacMatches(request, length, tsigAt, macAt))
            {
                return Refusal(request, zoneEnd, answer, DnsRcode.BadSig, false, 0);
            }

            Array.Copy(request, macAt, _requestMac, 0, HmacSha256.MacSize);
            long skew = Now - timeSigned;
            if (skew > Fudge || skew < -Fudge)
            {
                return Refusal(request, zoneEnd, answer, DnsRcode.BadTime, true, Now);
            }

            if (ForcedRcode != DnsRcode.NoError)
            {
                rcode = ForcedRcode;
            }

            if (rcode == DnsRcode.NoError)
            {
                LastUpdateNames = 0;
                for (int i = 0; i < _names.Length; i++)
                {
                    LastUpdateNames += _newV4[i] != _v4[i] || _newV6[i] != _v6[i] ? 1 : 0;
                    _v4[i] = _newV4[i];
                    _v6[i] = _newV6[i];
                }
            }

            return Answer(request, zoneEnd, answer, rcode, DnsRcode.NoError, !Unsigned, 0);
        }

        private int SkipZone(DnsReader r)
        {
            r.SkipName();
            r.Skip(4);
            return r.Position;
        }

        // Reads every update record into the new table; REFUSED for a name it does not hold (its policy grants no other).
        private DnsRcode ReadUpdates(DnsReader r, int count)
        {
            DnsRcode result = DnsRcode.NoError;
            for (int k = 0; k < count && !r.Failed; k++)
            {
                int owner = r.Position;
                int name = -1;
                for (int i = 0; i < _names.Length && name < 0; i++)
                {
                    r.Seek(owner);
                    name = r.ReadNameEquals(_names[i]) ? i : -1;
                }

                int type = r.ReadUInt16();
                int rrClass = r.ReadUInt16();
                r.ReadUInt32();
                int rdLength = r.ReadUInt16();
                int dataAt = r.Position;
                r.Skip(rdLength);
                if (name < 0 || (type != DnsType.A && type != DnsType.AAAA))
                {
                    result = result == DnsRcode.NoError ? DnsRcode.Refused : result;
                    continue;
                }

                IpAddress value = rrClass == DnsClass.ANY ? IpAddress.None : ReadAddress(r, dataAt, rdLength);
                if (type == DnsType.A)
                {
                    _newV4[name] = value;
                }
                else
                {
                    _newV6[name] = value;
                }
            }

            return r.Failed ? DnsRcode.FormErr : result;
        }

        private IpAddress ReadAddress(DnsReader r, int at, int length)
        {
            int back = r.Position;
            r.Seek(at);
            IpAddress address;
            if (length == 4)
            {
                address = IpAddress.FromIPv4(r.ReadUInt32());
            }
            else
            {
                ulong high = ((ulong)r.ReadUInt32() << 32) | r.ReadUInt32();
                ulong low = ((ulong)r.ReadUInt32() << 32) | r.ReadUInt32();
                address = IpAddress.FromIPv6(high, low);
            }

            r.Seek(back);
            return address;
        }

        // The request's MAC (RFC 8945, 4.3.3): the message without its TSIG record (one additional record fewer),
        // then the TSIG variables, which here are the record's own bytes: name, class and TTL, then its data but the MAC.
        private bool MacMatches(byte[] request, int length, int tsigAt, int macAt)
        {
            _hmac.SetKey(_secret, 0, _secretLength);
            int additional = DnsHeader.ReadUInt16(request, DnsHeader.AdditionalCountOffset);
            DnsHeader.WriteUInt16(request, DnsHeader.AdditionalCountOffset, additional - 1);
            _hmac.Append(request, 0, tsigAt);
            DnsHeader.WriteUInt16(request, DnsHeader.AdditionalCountOffset, additional);
            int typeAt = macAt - 2 - 2 - 6 - Algorithm.Length - 2 - 8; // back over MAC size, fudge, time, algorithm, RDLENGTH, TTL, class, type
            _hmac.Append(request, tsigAt, typeAt - tsigAt);     // owner name
            _hmac.Append(request, typeAt + 2, 6);               // class and TTL
            _hmac.Append(request, typeAt + 10, Algorithm.Length + 8); // algorithm, time signed, fudge
            _hmac.Append(request, macAt + HmacSha256.MacSize + 2, length - (macAt + HmacSha256.MacSize + 2)); // error, other
            _hmac.Finish(_mac, 0);
            int difference = 0;
            for (int i = 0; i < _mac.Length; i++)
            {
                difference |= _mac[i] ^ request[macAt + i];
            }

            return difference == 0;
        }

        private int Refusal(byte[] request, int zoneEnd, byte[] answer, DnsRcode error, bool signed, long serverTime)
        {
            return Answer(request, zoneEnd, answer, DnsRcode.NotAuth, error, signed, serverTime);
        }

        // Header, the request's zone section, and (unless unsigned) a TSIG record: with a MAC over the request's
        // MAC, the answer and the variables, or without one for a refusal of the request's signature.
        private int Answer(byte[] request, int zoneEnd, byte[] answer, DnsRcode rcode, DnsRcode error, bool signed, long serverTime)
        {
            int id = DnsHeader.Id(request);
            int flags = DnsHeader.FlagResponse | (DnsHeader.OpcodeUpdate << 11) | (int)rcode;
            DnsHeader.Write(answer, id, DnsHeader.OpcodeUpdate, 0, 1, 0, 0, 0);
            DnsHeader.WriteUInt16(answer, 2, flags);
            Array.Copy(request, DnsHeader.Size, answer, DnsHeader.Size, zoneEnd - DnsHeader.Size);
            bool withMac = signed && (error == DnsRcode.NoError || error == DnsRcode.BadTime);
            if (!withMac && (error == DnsRcode.NoError))
            {
                return zoneEnd; // an unsigned answer
            }

            long now = Now;
            if (withMac)
            {
                _hmac.SetKey(_secret, 0, _secretLength);
                _hmac.AppendUInt16(HmacSha256.MacSize);
                _hmac.Append(_requestMac, 0, HmacSha256.MacSize);
                _hmac.Append(answer, 0, zoneEnd);
            }

            DnsWriter w = _writer;
            w.Reset(answer, zoneEnd);
            int variablesAt = w.Position;
            w.WriteBytes(request, _keyAt, _keyLength); // the request's key name, as a server echoes it
            int nameEnd = w.Position;
            w.WriteUInt16(DnsType.TSIG);
            w.WriteUInt16(DnsClass.ANY);
            w.WriteUInt32(0);
            int rdLengthAt = w.Position;
            w.WriteUInt16(0);
            int algorithmAt = w.Position;
            w.WriteBytes(Algorithm, 0, Algorithm.Length);
            w.WriteUInt48(now);
            w.WriteUInt16(Fudge);
            int fudgeEnd = w.Position;
            w.WriteUInt16(withMac ? HmacSha256.MacSize : 0);
            int macAt = w.Position;
            if (withMac)
            {
                w.WriteBytes(_mac, 0, HmacSha256.MacSize); // patched below
            }

            w.WriteUInt16(id);
            int errorAt = w.Position;
            w.WriteUInt16((int)error);
            w.WriteUInt16(serverTime > 0 ? 6 : 0);
            if (serverTime > 0)
            {
                w.WriteUInt48(serverTime);
            }

            int end = w.Position;
            w.PatchUInt16(rdLengthAt, end - rdLengthAt - 2);
            DnsHeader.WriteUInt16(answer, DnsHeader.AdditionalCountOffset, 1);
            if (withMac)
            {
                _hmac.Append(answer, variablesAt, nameEnd - variablesAt);
                _hmac.Append(answer, nameEnd + 2, 6);
                _hmac.Append(answer, algorithmAt, fudgeEnd - algorithmAt);
                _hmac.Append(answer, errorAt, end - errorAt);
                _hmac.Finish(_mac, 0);
                Array.Copy(_mac, 0, answer, macAt, HmacSha256.MacSize);
            }

            return end;
        }

        private int Query(byte[] request, int length, byte[] answer)
        {
            DnsReader r = _reader;
            r.Reset(request, length);
            r.Skip(DnsHeader.Size);
            int name = -1;
            for (int i = 0; i < _names.Length && name < 0; i++)
            {
                r.Seek(DnsHeader.Size);
                name = r.ReadNameEquals(_names[i]) ? i : -1;
            }

            r.Seek(DnsHeader.Size);
            r.SkipName();
            int type = r.ReadUInt16();
            r.ReadUInt16();
            int questionEnd = r.Position;
            IpAddress address = name < 0 ? IpAddress.None : (type == DnsType.A ? _v4[name] : (type == DnsType.AAAA ? _v6[name] : IpAddress.None));
            bool exists = name >= 0 && (!_v4[name].IsNone || !_v6[name].IsNone);
            int flags = DnsHeader.FlagResponse | DnsHeader.FlagAuthoritative | (int)(exists ? DnsRcode.NoError : DnsRcode.NXDomain);
            DnsHeader.Write(answer, DnsHeader.Id(request), DnsHeader.OpcodeQuery, 0, 1, address.IsNone ? 0 : 1, 0, 0);
            DnsHeader.WriteUInt16(answer, 2, flags);
            Array.Copy(request, DnsHeader.Size, answer, DnsHeader.Size, questionEnd - DnsHeader.Size);
            if (address.IsNone)
            {
                return questionEnd;
            }

            DnsWriter w = _writer;
            w.Reset(answer, questionEnd);
            w.WritePointer(DnsHeader.Size);
            w.WriteUInt16(type);
            w.WriteUInt16(DnsClass.IN);
            w.WriteUInt32(60);
            w.WriteAddressData(address);

            return w.Position;
        }

        private int IndexOf(string name)
        {
            for (int i = 0; i < _names.Length; i++)
            {
                if (DnsName.TextEquals(_names[i], name))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
