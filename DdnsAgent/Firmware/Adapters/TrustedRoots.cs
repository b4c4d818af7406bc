using System;
using System.Security.Cryptography.X509Certificates;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// Builds the one X509Certificate that HttpWebRequest takes as its CA (HttpsAuthentCert) from the shipped
    /// bundle (Resources/ca-bundle.pem) plus the user's CA certificate (the tls.ca setting). mbedTLS reads every
    /// PEM block of that buffer into the trusted chain, but nanoFramework adds the chain only when every block
    /// parses, so each block is checked alone first and bad ones are left out and counted.
    /// Memory: the result keeps the PEM text of the accepted blocks as one byte array (about 15 KB for the
    /// shipped bundle). It is written straight into that array, without building the text as a string first,
    /// because on a board without PSRAM the heap has about 100 KB and every extra copy counts.
    /// </summary>
    public static class TrustedRoots
    {
        /// <summary>Blocks beyond this many in one source are counted as rejected (a bit mask tracks them).</summary>
        public const int MaxBlocksPerSource = 63;

        private const string BeginMarker = "-----BEGIN CERTIFICATE-----";
        private const string EndMarker = "-----END CERTIFICATE-----";

        /// <summary>
        /// The trusted roots, or null when there is no usable certificate (TLS then relies on the device's own
        /// store). <paramref name="accepted"/> and <paramref name="rejected"/> count PEM blocks for the console.
        /// </summary>
        public static X509Certificate Build(string userCaPem, out int accepted, out int rejected)
        {
            accepted = 0;
            rejected = 0;
            string shipped = ShippedBundle();
            int shippedLength;
            int userLength;
            long shippedGood = Check(shipped, ref accepted, ref rejected, out shippedLength);
            long userGood = Check(userCaPem, ref accepted, ref rejected, out userLength);
            if (accepted == 0)
            {
                return null;
            }

            // PEM text must end with a zero byte: mbedTLS parses a buffer as text only when it does.
            byte[] combined = new byte[shippedLength + userLength + 1];
            int end = Copy(shipped, shippedGood, combined, 0);
            end = Copy(userCaPem, userGood, combined, end);
            combined[end] = 0;
            try
            {
                return new X509Certificate(combined);
            }
            catch (Exception)
            {
                rejected += accepted;
                accepted = 0;
                return null;
            }
        }

        private static string ShippedBundle()
        {
            try
            {
                return Resources.GetString(Resources.StringResources.CaBundle);
            }
            catch (Exception)
            {
                return null;
            }
        }

        /// <summary>
        /// Parses every block of <paramref name="pem"/> on its own. Returns a mask of the blocks that parse
        /// (bit n for block n) and, in <paramref name="length"/>, the bytes they take with a newline each.
        /// </summary>
        private static long Check(string pem, ref int accepted, ref int rejected, out int length)
        {
            length = 0;
            long good = 0;
            int index = 0;
            int start;
            int end;
            for (int at = 0; NextBlock(pem, at, out start, out end); at = end)
            {
                if (index < MaxBlocksPerSource && IsAsciiBlock(pem, start, end) && Parses(pem.Substring(start, end - start)))
                {
                    good |= 1L << index;
                    length += end - start + 1;
                    accepted++;
                }
                else
                {
                    rejected++;
                }

                index++;
            }

            if (pem != null && end < 0)
            {
                // A BEGIN line without its END line: the rest of the text is one broken block.
                rejected++;
            }

            return good;
        }

        /// <summary>Copies the blocks marked in <paramref name="good"/> into <paramref name="destination"/> as ASCII; returns the end.</summary>
        private static int Copy(string pem, long good, byte[] destination, int offset)
        {
            int index = 0;
            int start;
            int end;
            for (int at = 0; NextBlock(pem, at, out start, out end); at = end)
            {
                if (index < MaxBlocksPerSource && (good & (1L << index)) != 0)
                {
                    for (int i = start; i < end; i++)
                    {
                        destination[offset++] = (byte)pem[i];
                    }

                    destination[offset++] = (byte)'\n';
                }

                index++;
            }

            return offset;
        }

        /// <summary>
        /// Finds the next whole block at or after <paramref name="from"/>. False at the end of the text; then
        /// <paramref name="end"/> is -1 when a BEGIN line was left without its END line, else 0.
        /// </summary>
        private static bool NextBlock(string pem, int from, out int start, out int end)
        {
            start = -1;
            end = 0;
            if (pem == null)
            {
                return false;
            }

            start = pem.IndexOf(BeginMarker, from);
            if (start < 0)
            {
                return false;
            }

            int endMarker = pem.IndexOf(EndMarker, start);
            if (endMarker < 0)
            {
                end = -1;
                return false;
            }

            end = endMarker + EndMarker.Length;
            return true;
        }

        private static bool IsAsciiBlock(string pem, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (pem[i] > '~')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Parses(string block)
        {
            try
            {
                return new X509Certificate(block) != null;
            }
            catch (Exception)
            {
                return false;
            }
        }
    }
}
