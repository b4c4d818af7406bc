using DdnsAgent.Addressing;

namespace DdnsAgent.Detection
{
    /// <summary>
    /// Reads the address out of a "what is my IP" answer without allocating. Understands the three shapes
    /// reflectors use: plain text ("1.2.3.4\n"), JSON ({"ip":"1.2.3.4"}, other keys allowed) and the
    /// checkip HTML page ("...Current IP Address: 1.2.3.4</body>..."). Only a public address of the wanted
    /// family is accepted: a reflector can be wrong, hijacked or behind a proxy, and its answer goes to public DNS.
    /// </summary>
    public static class ReflectorAnswer
    {
        /// <summary>Only this much of a body is ever looked at; every known answer fits with room to spare.</summary>
        public const int MaxInspectedBytes = 512;

        private const string CheckIpMarker = "current ip address:";

        /// <param name="wanted">IPv4 or IPv6; <see cref="AddressFamilyKind.None"/> accepts either.</param>
        public static bool TryParse(byte[] body, int length, AddressFamilyKind wanted, out IpAddress address, out ReflectorAnswerError error)
        {
            address = IpAddress.None;
            if (body == null || length <= 0)
            {
                error = ReflectorAnswerError.Empty;
                return false;
            }

            int end = length < body.Length ? length : body.Length;
            end = end > MaxInspectedBytes ? MaxInspectedBytes : end;

            int start = 0;
            if (end >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF)
            {
                start = 3; // a UTF-8 byte order mark
            }

            start = SkipSpace(body, start, end);
            while (end > start && IsSpace(body[end - 1]))
            {
                end--;
            }

            if (start >= end)
            {
                error = ReflectorAnswerError.Empty;
                return false;
            }

            IpAddress candidate;
            bool found;
            if (body[start] == '{')
            {
                found = JsonIpField.TryFind(body, start, end, out candidate);
            }
            else if (body[start] == '<')
            {
                found = TryCheckIpPage(body, start, end, out candidate);
            }
            else
            {
                AddressParseError ignored;
                found = IpAddress.TryParse(body, start, end - start, out candidate, out ignored);
            }

            if (!found)
            {
                error = ReflectorAnswerError.NoAddress;
                return false;
            }

            if (wanted != AddressFamilyKind.None && candidate.Family != wanted)
            {
                error = ReflectorAnswerError.WrongFamily;
                return false;
            }

            if (!candidate.IsPublic)
            {
                error = ReflectorAnswerError.NotPublic;
                return false;
            }

            address = candidate;
            error = ReflectorAnswerError.None;
            return true;
        }

        /// <summary>Plain words that follow a reflector's name: "api.ipify.org answered nothing".</summary>
        public static string Describe(ReflectorAnswerError error)
        {
            switch (error)
            {
                case ReflectorAnswerError.None: return "answered a public address";
                case ReflectorAnswerError.Empty: return "answered nothing";
                case ReflectorAnswerError.NoAddress: return "did not answer with an IP address";
                case ReflectorAnswerError.WrongFamily: return "answered an address of the other IP version";
                case ReflectorAnswerError.NotPublic: return "answered an address that is not public";
                default: return "gave an answer that cannot be used";
            }
        }

        internal static bool IsSpace(int c) => c == ' ' || c == '\t' || c == '\r' || c == '\n';

        internal static int SkipSpace(byte[] body, int i, int end)
        {
            while (i < end && IsSpace(body[i]))
            {
                i++;
            }

            return i;
        }

        // The address follows the marker and ends at the next tag or space.
        private static bool TryCheckIpPage(byte[] body, int start, int end, out IpAddress address)
        {
            address = IpAddress.None;
            int marker = CheckIpMarker.Length;
            for (int i = start; i + marker <= end; i++)
            {
                if (!MatchesMarker(body, i))
                {
                    continue;
                }

                int first = SkipSpace(body, i + marker, end);
                int last = first;
                while (last < end && body[last] != '<' && !IsSpace(body[last]))
                {
                    last++;
                }

                AddressParseError ignored;
                return last > first && IpAddress.TryParse(body, first, last - first, out address, out ignored);
            }

            return false;
        }

        private static bool MatchesMarker(byte[] body, int at)
        {
            for (int k = 0; k < CheckIpMarker.Length; k++)
            {
                int c = body[at + k];
                if (c >= 'A' && c <= 'Z')
                {
                    c += 'a' - 'A';
                }

                if (c != CheckIpMarker[k])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
