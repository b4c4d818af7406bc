using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using DdnsAgent.Http;
using DdnsAgent.Ports;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// One GET per call through nanoFramework's HttpWebRequest (HttpClient wraps the same class but cannot
    /// bound the body read time, and reads whole bodies into memory). What the source of System.Net.Http shows:
    /// redirects are never followed (AllowAutoRedirect is always false), so a 3xx answer arrives as such and
    /// becomes <see cref="TransportFailure.RedirectRefused"/>; certificate checking stays at its default
    /// (SslVerification.CertificateRequired); with no CA certificate given, mbedTLS trusts only the bundle
    /// stored on the device. Every connection is closed after its answer (KeepAlive off).
    /// </summary>
    public sealed class DeviceHttpTransport : IHttpTransport
    {
        private readonly X509Certificate _trustedRoots;
        private readonly byte[] _probe = new byte[1];

        /// <param name="trustedRoots">All root CAs in one PEM certificate (see <see cref="TrustedRoots"/>), or null for the device store only.</param>
        public DeviceHttpTransport(X509Certificate trustedRoots)
        {
            _trustedRoots = trustedRoots;
        }

        public void Send(HttpRequest request, HttpResponse response)
        {
            response.Clear();
            if (request.Secure && !ClockSync.IsValid)
            {
                response.Failure = TransportFailure.CertificateRejected;
                response.FailureDetail = "The clock is not set yet (SNTP), so no certificate can be checked; nothing was sent.";
                return;
            }

            int timeout = request.TimeoutMilliseconds > 0 ? request.TimeoutMilliseconds : HttpRequest.DefaultTimeoutMilliseconds;
            long started = MonotonicClock.Milliseconds;
            HttpWebRequest web = null;
            HttpWebResponse answer = null;
            try
            {
                web = (HttpWebRequest)WebRequest.Create(UrlOf(request));
                web.Method = "GET";
                web.KeepAlive = false;
                web.Timeout = timeout;
                web.ReadWriteTimeout = timeout;
                if (request.Secure)
                {
                    web.SslProtocols = SslProtocols.Tls12;
                    web.HttpsAuthentCert = _trustedRoots;
                }

                if (request.UserAgent != null)
                {
                    web.UserAgent = request.UserAgent;
                }

                if (request.Authorization != null)
                {
                    web.Headers.Set("Authorization", request.Authorization);
                }

                answer = (HttpWebResponse)web.GetResponse();
                response.StatusCode = (int)answer.StatusCode;
                if (response.StatusCode >= 300 && response.StatusCode < 400)
                {
                    response.Failure = TransportFailure.RedirectRefused;
                    response.FailureDetail = "The server answered with a redirect (HTTP 3xx); the agent does not follow redirects.";
                    return;
                }

                ReadBody(answer, response);
            }
            catch (Exception error)
            {
                bool timedOut = MonotonicClock.Milliseconds - started >= timeout;
                HttpFailureClassifier.Classify(error, request.Secure, timedOut, response);
            }
            finally
            {
                // Disposing the response closes its socket and frees the TLS buffers at once.
                if (answer != null)
                {
                    answer.Dispose();
                }

                if (web != null)
                {
                    web.Dispose();
                }
            }
        }

        /// <summary>Copies at most Body.Length bytes; one more byte is probed only to report truncation.</summary>
        private void ReadBody(HttpWebResponse answer, HttpResponse response)
        {
            byte[] body = response.Body;
            using (Stream stream = answer.GetResponseStream())
            {
                int total = 0;
                while (total < body.Length)
                {
                    int read = stream.Read(body, total, body.Length - total);
                    if (read <= 0)
                    {
                        break;
                    }

                    total += read;
                }

                response.BodyLength = total;
                if (total == body.Length)
                {
                    long announced = answer.ContentLength;
                    response.BodyTruncated = announced >= 0 ? announced > total : stream.Read(_probe, 0, 1) > 0;
                }
            }
        }

        private static string UrlOf(HttpRequest request)
        {
            string scheme = request.Secure ? "https://" : "http://";
            int defaultPort = request.Secure ? 443 : 80;
            string target = request.TargetLength > 0 ? request.TargetText() : "/";
            if (target[0] != '/')
            {
                target = "/" + target;
            }

            if (request.Port <= 0 || request.Port == defaultPort)
            {
                return string.Concat(scheme, request.Host, target);
            }

            return string.Concat(new string[] { scheme, request.Host, ":", request.Port.ToString(), target });
        }
    }
}
