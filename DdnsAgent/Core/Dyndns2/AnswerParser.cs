using DdnsAgent.Addressing;
using DdnsAgent.Protocol;
using DdnsAgent.Text;

namespace DdnsAgent.Dyndns2
{
    /// <summary>
    /// Reads a dyndns2 answer body into an <see cref="UpdateAnswer"/> without allocating. The body is read
    /// whatever the HTTP status: Dyn sends codes with 401 and 500, Hurricane Electric errors with 200.
    /// </summary>
    /// <remarks>
    /// Lines end in LF or CRLF; spaces, tabs and CR around a line are ignored, and so are blank lines.
    /// The first word of a line is the code, matched whole and ignoring ASCII case; after good and nochg
    /// the next word, when it is an address, is the address the provider registered. An empty body, or a
    /// line the agent does not know, is <see cref="ResultCode.Unknown"/>. When the answer was longer than the
    /// buffer, the complete lines of what was read count as usual, and the last, cut-off line is Unknown (a cut
    /// "good 81.2.6" must not pass for an address).
    /// </remarks>
    public static class AnswerParser
    {
        private const uint Loopback = 0x7F000001;

        /// <summary>Parses a whole body[0..length) into <paramref name="into"/>, replacing what it held. Never reads past length.</summary>
        public static void Parse(byte[] body, int length, UpdateAnswer into)
        {
            Parse(body, length, false, into);
        }

        /// <summary>
        /// Parses body[0..length) into <paramref name="into"/>; truncated says the answer went on past length, so
        /// its last line (unless it ended) is cut off. Never reads past length.
        /// </summary>
        public static void Parse(byte[] body, int length, bool truncated, UpdateAnswer into)
        {
            into.Begin(body);
            if (body == null || length < 0)
            {
                length = 0;
            }
            else if (length > body.Length)
            {
                length = body.Length;
            }

            int position = 0;
            bool any = false;
            while (position < length)
            {
                int lineEnd = position;
                while (lineEnd < length && body[lineEnd] != '\n')
                {
                    lineEnd++;
                }

                bool cutOff = truncated && lineEnd == length;
                int start = position;
                int end = lineEnd;
                position = lineEnd + 1;
                while (start < end && IsSpace(body[start]))
                {
                    start++;
                }

                while (end > start && IsSpace(body[end - 1]))
                {
                    end--;
                }

                if (start == end)
                {
                    continue;
                }

                any = true;
                if (cutOff)
                {
                    into.AddLine(ResultCode.Unknown, IpAddress.None, start, end, true);
                }
                else
                {
                    ParseLine(body, start, end, into);
                }
            }

            if (!any)
            {
                into.AddLine(ResultCode.Unknown, IpAddress.None, 0, 0, false);
            }
        }

        private static void ParseLine(byte[] text, int start, int end, UpdateAnswer into)
        {
            int wordEnd = start;
            while (wordEnd < end && !Ascii.IsBlank(text[wordEnd]))
            {
                wordEnd++;
            }

            ResultCode code = Dyndns2Codes.Match(text, start, wordEnd - start) ?? ResultCode.Unknown;
            IpAddress address = IpAddress.None;
            if (code == Dyndns2Codes.Good || code == Dyndns2Codes.NoChange)
            {
                int addressStart = wordEnd;
                while (addressStart < end && Ascii.IsBlank(text[addressStart]))
                {
                    addressStart++;
                }

                int addressEnd = addressStart;
                while (addressEnd < end && !Ascii.IsBlank(text[addressEnd]))
                {
                    addressEnd++;
                }

                // An address that does not parse is left out: the code alone still says what happened.
                if (addressEnd > addressStart && !IpAddress.TryParse(text, addressStart, addressEnd - addressStart, out address, out _))
                {
                    address = IpAddress.None;
                }

                if (code == Dyndns2Codes.Good && address.Family == AddressFamilyKind.IPv4 && address.Low == Loopback)
                {
                    code = Dyndns2Codes.AgentRefused;
                }
            }

            into.AddLine(code, address, start, end, false);
        }

        private static bool IsSpace(byte c)
        {
            return c == ' ' || c == '\t' || c == '\r';
        }
    }
}
