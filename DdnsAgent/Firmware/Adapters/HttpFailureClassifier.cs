using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using DdnsAgent.Http;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// Turns what nanoFramework's HttpWebRequest throws into a <see cref="TransportFailure"/>, without exception
    /// messages (they can quote URLs or headers). From the sources: GetResponse wraps every fault in a
    /// WebException whose own Status is Success, so the cause is found by walking the inner exceptions. Name
    /// lookup and connect faults are WebExceptions with ConnectFailure or NameResolutionFailure; TLS faults are
    /// SocketExceptions whose ErrorCode is the (negative) mbedTLS error; socket faults carry WSA-style codes.
    /// The request timeout closes the socket, so a timeout is recognised by the elapsed time.
    /// </summary>
    internal static class HttpFailureClassifier
    {
        // mbedTLS X.509 errors span -0x2080 (MBEDTLS_ERR_X509_FEATURE_UNAVAILABLE) to -0x3000; -0x2700 is
        // MBEDTLS_ERR_X509_CERT_VERIFY_FAILED (unknown CA, expired, not yet valid, wrong name).
        private const int X509ErrorFirst = -0x3000;
        private const int X509ErrorLast = -0x2080;

        public static void Classify(Exception error, bool secure, bool timedOut, HttpResponse response)
        {
            TransportFailure failure = timedOut ? TransportFailure.Timeout : Find(error, secure);
            response.Failure = failure;
            response.FailureDetail = Describe(failure, secure);
        }

        private static TransportFailure Find(Exception error, bool secure)
        {
            TransportFailure found = TransportFailure.Other;
            for (Exception e = error; e != null; e = e.InnerException)
            {
                WebException web = e as WebException;
                if (web != null && web.Status != WebExceptionStatus.Success)
                {
                    return FromStatus(web.Status);
                }

                SocketException socket = e as SocketException;
                if (socket != null)
                {
                    return FromSocketError(socket.ErrorCode, secure);
                }

                if (e is IOException)
                {
                    found = TransportFailure.ConnectionReset;
                }
            }

            return found;
        }

        private static TransportFailure FromStatus(WebExceptionStatus status)
        {
            switch (status)
            {
                case WebExceptionStatus.NameResolutionFailure:
                case WebExceptionStatus.ConnectFailure:
                case WebExceptionStatus.ProxyNameResolutionFailure:
                    return TransportFailure.ConnectFailed;
                case WebExceptionStatus.Timeout:
                    return TransportFailure.Timeout;
                case WebExceptionStatus.ReceiveFailure:
                case WebExceptionStatus.SendFailure:
                case WebExceptionStatus.ConnectionClosed:
                case WebExceptionStatus.KeepAliveFailure:
                case WebExceptionStatus.PipelineFailure:
                    return TransportFailure.ConnectionReset;
                case WebExceptionStatus.TrustFailure:
                case WebExceptionStatus.SecureChannelFailure:
                    return TransportFailure.CertificateRejected;
                default:
                    return TransportFailure.Other;
            }
        }

        /// <summary>What a socket error code means; also used by the DNS transport (secure false).</summary>
        internal static TransportFailure FromSocketError(int code, bool secure)
        {
            if (secure && code >= X509ErrorFirst && code <= X509ErrorLast)
            {
                return TransportFailure.CertificateRejected;
            }

            switch ((SocketError)code)
            {
                case SocketError.TimedOut:
                    return TransportFailure.Timeout;
                case SocketError.ConnectionReset:
                case SocketError.ConnectionAborted:
                case SocketError.NetworkReset:
                case SocketError.Shutdown:
                case SocketError.NotConnected:
                    return TransportFailure.ConnectionReset;
                case SocketError.ConnectionRefused:
                case SocketError.HostUnreachable:
                case SocketError.NetworkUnreachable:
                case SocketError.NetworkDown:
                case SocketError.HostNotFound:
                case SocketError.TryAgain:
                case SocketError.NoData:
                    return TransportFailure.ConnectFailed;
                default:
                    // Other negative codes are TLS handshake faults (protocol, cipher, memory): no answer came.
                    return code < -1 ? TransportFailure.ConnectFailed : TransportFailure.Other;
            }
        }

        private static string Describe(TransportFailure failure, bool secure)
        {
            switch (failure)
            {
                case TransportFailure.ConnectFailed:
                    return secure
                        ? "Could not reach the server or finish the TLS handshake (name lookup, connection or TLS setup failed)."
                        : "Could not reach the server (name lookup or connection failed).";
                case TransportFailure.Timeout:
                    return "The server did not answer in time.";
                case TransportFailure.ConnectionReset:
                    return "The connection broke before the answer was complete.";
                case TransportFailure.CertificateRejected:
                    return "The server's certificate was not accepted: check the clock and that its root CA is in the bundle or in CaCertificate.";
                default:
                    return "The request failed on the device's network stack.";
            }
        }
    }
}
