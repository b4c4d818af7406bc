using System;
using System.Security.Cryptography.X509Certificates;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// Builds the one X509Certificate that HttpWebRequest takes as its CA (HttpsAuthentCert) from the shipped
    /// bundle plus the user's CaCertificate. mbedTLS reads every PEM block in that buffer into the trusted
    /// chain, but it refuses the whole buffer if any block fails to parse, so each block is checked alone first
    /// and bad ones are left out and counted.
    /// </summary>
    public static class TrustedRoots
    {
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
            string combined = string.Empty;
            combined = Collect(ShippedBundle(), combined, ref accepted, ref rejected);
            combined = Collect(userCaPem, combined, ref accepted, ref rejected);
            if (accepted == 0)
            {
                return null;
            }

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

        /// <summary>Appends every block of <paramref name="pem"/> that parses on its own to <paramref name="combined"/>.</summary>
        private static string Collect(string pem, string combined, ref int accepted, ref int rejected)
        {
            if (pem == null)
            {
                return combined;
            }

            int start = pem.IndexOf(BeginMarker);
            while (start >= 0)
            {
                int end = pem.IndexOf(EndMarker, start);
                if (end < 0)
                {
                    rejected++;
                    break;
                }

                end += EndMarker.Length;
                string block = pem.Substring(start, end - start);
                if (Parses(block))
                {
                    combined = string.Concat(combined, block, "\n");
                    accepted++;
                }
                else
                {
                    rejected++;
                }

                start = pem.IndexOf(BeginMarker, end);
            }

            return combined;
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
