using DdnsAgent.Text;

namespace DdnsAgent.Configuration
{
    /// <summary>
    /// What every text setting must be so that the agent uses it exactly as given, on the device and the host:
    /// no control characters, nothing beyond U+FFFF (the device cannot index such characters), and no U+FFFD
    /// (what a decoder puts where bytes were not UTF-8, so the real value is already lost). Names and URLs must
    /// also be ASCII; for those the message shows the ASCII form to give instead. Messages never quote a secret.
    /// </summary>
    public static class TextRules
    {
        /// <summary>Null when value may be kept; lineBreaks allows CR, LF and TAB (a pasted PEM certificate).</summary>
        public static string Problem(string value, bool lineBreaks, Vocabulary words)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (IsControl(c) && !(lineBreaks && (c == '\r' || c == '\n' || c == '\t')))
                {
                    return words.IsSettingsFile ? "contains a line break or control character; remove it" : "contains a line break or control character; type it again";
                }

                if (Utf8.IsSurrogate(c))
                {
                    return "has a character beyond U+FFFF (such as an emoji), which the agent cannot keep exactly; leave it out";
                }

                if (c == Utf8.Replacement)
                {
                    return words.IsSettingsFile
                        ? "holds U+FFFD, the mark of bytes that were not UTF-8, so the value is already lost; save the settings file as UTF-8 and write the value again"
                        : "holds U+FFFD, the mark of bytes that were not UTF-8, so the value is already lost; set the terminal to UTF-8 and type it again";
                }
            }

            return null;
        }

        /// <summary>C0 controls, DEL and the C1 controls U+0080 to U+009F.</summary>
        public static bool IsControl(char c)
        {
            return c < 0x20 || (c >= 0x7F && c <= 0x9F);
        }

        public static bool IsAscii(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] >= 0x80)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Null for an ASCII name; for an internationalised one, why it is refused and its xn-- form, e.g.
        /// "'bücher.example' is not ASCII: a DNS name is given in its xn-- form, here xn--bcher-kva.example".
        /// </summary>
        public static string NameProblem(string name)
        {
            if (IsAscii(name))
            {
                return null;
            }

            string ascii = Punycode.EncodeName(name);
            return ascii == null
                ? "'" + name + "' is not ASCII: give the name in its xn-- form (your provider shows it)"
                : "'" + name + "' is not ASCII: a DNS name is given in its xn-- form, here " + ascii + " (check it with your provider)";
        }

        /// <summary>
        /// Null for an ASCII URL; otherwise why it is refused and the URL to give instead: the host name in its
        /// xn-- form, every other non-ASCII character percent-encoded as UTF-8.
        /// </summary>
        public static string UrlProblem(string url)
        {
            if (IsAscii(url))
            {
                return null;
            }

            int hostStart = url.IndexOf("://");
            hostStart = hostStart < 0 ? 0 : hostStart + 3;
            int hostEnd = hostStart;
            while (hostEnd < url.Length && url[hostEnd] != '/' && url[hostEnd] != '?' && url[hostEnd] != '#' && url[hostEnd] != ':')
            {
                hostEnd++;
            }

            string host = Punycode.EncodeName(url.Substring(hostStart, hostEnd - hostStart));
            string start = "'" + url + "' is not ASCII: a URL is given with its host name in the xn-- form and other characters percent-encoded";
            if (host == null)
            {
                return start;
            }

            return start + ", here " + url.Substring(0, hostStart) + host + PercentEncoded(url, hostEnd);
        }

        // url[start..] with each non-ASCII character as %XX escapes of its UTF-8 bytes.
        private static string PercentEncoded(string url, int start)
        {
            var bytes = new byte[Utf8.MaxBytesPerChar];
            var text = new char[(url.Length - start) * 9];
            int n = 0;
            for (int i = start; i < url.Length; i++)
            {
                if (url[i] < 0x80)
                {
                    text[n++] = url[i];
                    continue;
                }

                int count = Utf8.WriteChar(Utf8.ReadChar(url, i), bytes, 0);
                for (int k = 0; k < count; k++)
                {
                    text[n++] = '%';
                    text[n++] = "0123456789ABCDEF"[bytes[k] >> 4];
                    text[n++] = "0123456789ABCDEF"[bytes[k] & 0xF];
                }
            }

            return new string(text, 0, n);
        }
    }
}
