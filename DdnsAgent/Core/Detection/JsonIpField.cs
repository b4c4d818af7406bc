using DdnsAgent.Addressing;

namespace DdnsAgent.Detection
{
    /// <summary>
    /// Finds the top-level "ip" member of a small JSON object and reads its string value as an address.
    /// Not a JSON parser: it walks strings, nesting and scalars only far enough to know which key is
    /// top-level, so {"note":"\"ip\"", "geo":{"ip":"..."}} cannot fool it. Anything odd is a miss.
    /// </summary>
    internal static class JsonIpField
    {
        public static bool TryFind(byte[] body, int start, int end, out IpAddress address)
        {
            address = IpAddress.None;
            int i = start + 1; // past '{'
            while (true)
            {
                i = ReflectorAnswer.SkipSpace(body, i, end);
                if (i >= end || body[i] != '"')
                {
                    return false; // "}" (no ip member), end of input, or not JSON
                }

                int keyStart = i + 1;
                int keyEnd = SkipString(body, i, end);
                if (keyEnd < 0)
                {
                    return false;
                }

                i = ReflectorAnswer.SkipSpace(body, keyEnd + 1, end);
                if (i >= end || body[i] != ':')
                {
                    return false;
                }

                i = ReflectorAnswer.SkipSpace(body, i + 1, end);
                if (i >= end)
                {
                    return false;
                }

                if (keyEnd - keyStart == 2 && body[keyStart] == 'i' && body[keyStart + 1] == 'p')
                {
                    return TryReadAddress(body, i, end, out address);
                }

                i = SkipValue(body, i, end);
                if (i < 0)
                {
                    return false;
                }

                i = ReflectorAnswer.SkipSpace(body, i, end);
                if (i >= end || body[i] != ',')
                {
                    return false;
                }

                i++;
            }
        }

        private static bool TryReadAddress(byte[] body, int i, int end, out IpAddress address)
        {
            address = IpAddress.None;
            if (body[i] != '"')
            {
                return false;
            }

            int first = i + 1;
            int last = first;
            while (last < end && body[last] != '"' && body[last] != '\\')
            {
                last++;
            }

            AddressParseError ignored;
            return last < end && body[last] == '"' && IpAddress.TryParse(body, first, last - first, out address, out ignored);
        }

        /// <summary>Given the opening quote at i, returns the index of the closing quote, or -1.</summary>
        private static int SkipString(byte[] body, int i, int end)
        {
            for (i++; i < end; i++)
            {
                if (body[i] == '\\')
                {
                    i++;
                }
                else if (body[i] == '"')
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Skips one value (string, object, array or scalar) and returns the index just after it, or -1.</summary>
        private static int SkipValue(byte[] body, int i, int end)
        {
            int depth = 0;
            while (i < end)
            {
                int c = body[i];
                if (c == '"')
                {
                    i = SkipString(body, i, end);
                    if (i < 0)
                    {
                        return -1;
                    }
                }
                else if (c == '{' || c == '[')
                {
                    depth++;
                }
                else if (c == '}' || c == ']')
                {
                    if (depth == 0)
                    {
                        return i; // the end of the enclosing object: the caller sees it
                    }

                    depth--;
                }
                else if (c == ',' && depth == 0)
                {
                    return i;
                }

                i++;
                if (depth == 0 && (c == '"' || c == '}' || c == ']'))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
