using System;
using System.Linq;
using System.Text;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Http;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>The host transport's HTTP/1.1 on the wire, against a server that answers exact bytes on 127.0.0.1.</summary>
    [TestClass]
    public sealed class HttpWireTests
    {
        [TestMethod]
        public void SendsOneMinimalRequestThatAsksTheServerToClose()
        {
            using var server = RawAnswerServer.Answering("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc");

            HttpResponse response = Get(server, "/nic/update?hostname=a.example.org", "Basic dXNlcjpwYXNz");

            Assert.AreEqual(TransportFailure.None, response.Failure, response.FailureDetail);
            Assert.AreEqual(
                "GET /nic/update?hostname=a.example.org HTTP/1.1\r\nHost: 127.0.0.1:" + server.Port
                + "\r\nUser-Agent: DdnsAgent - Test - 1.0\r\nAuthorization: Basic dXNlcjpwYXNz\r\nConnection: close\r\n\r\n",
                server.RequestHeads.Single());
            Assert.AreEqual("abc", Body(response));
        }

        [TestMethod]
        public void AServerThatClosesWithoutAnsweringGetsExactlyOneRequest()
        {
            using var server = RawAnswerServer.Answering(_ => null);

            HttpResponse response = Get(server, "/nic/update", "Basic dXNlcjpwYXNz");

            Assert.AreEqual(TransportFailure.ConnectionReset, response.Failure);
            StringAssert.Contains(response.FailureDetail, "closed the connection without answering; the request was sent once and is not repeated");
            Assert.AreEqual(1, server.Connections, "one attempt is one connection");
            Assert.AreEqual(1, server.RequestHeads.Count, "one attempt is one request");
        }

        [TestMethod]
        public void DecodesAChunkedBody()
        {
            using var server = RawAnswerServer.Answering("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\ngood \r\nB\r\n81.2.69.160\r\n0\r\nTrailer: t\r\n\r\n");

            HttpResponse response = Get(server, "/", null);

            Assert.AreEqual(TransportFailure.None, response.Failure, response.FailureDetail);
            Assert.AreEqual("good 81.2.69.160", Body(response));
            Assert.IsFalse(response.BodyTruncated);
        }

        [TestMethod]
        public void CutsAChunkedBodyAtTheBufferAndSaysSo()
        {
            string chunk = new string('x', 100);
            using var server = RawAnswerServer.Answering("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n64\r\n" + chunk + "\r\n64\r\n" + chunk + "\r\n0\r\n\r\n");

            HttpResponse response = Get(server, "/", null, bodyCapacity: 150);

            Assert.AreEqual(TransportFailure.None, response.Failure, response.FailureDetail);
            Assert.AreEqual(150, response.BodyLength);
            Assert.IsTrue(response.BodyTruncated);
        }

        [TestMethod]
        public void AChunkedBodyThatExactlyFillsTheBufferIsNotTruncated()
        {
            using var server = RawAnswerServer.Answering("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\ngood\r\n0\r\n\r\n");

            HttpResponse response = Get(server, "/", null, bodyCapacity: 4);

            Assert.AreEqual("good", Body(response));
            Assert.IsFalse(response.BodyTruncated);
        }

        [TestMethod]
        public void SkipsAnInterimAnswer()
        {
            using var server = RawAnswerServer.Answering("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nnochg");

            HttpResponse response = Get(server, "/", null);

            Assert.AreEqual(200, response.StatusCode);
            Assert.AreEqual("nochg", Body(response));
        }

        [TestMethod]
        public void ReadsABodyWithoutLengthUntilTheServerCloses()
        {
            using var server = RawAnswerServer.Answering("HTTP/1.0 200 OK\n\n81.2.69.160\n");

            HttpResponse response = Get(server, "/", null);

            Assert.AreEqual(TransportFailure.None, response.Failure, response.FailureDetail);
            Assert.AreEqual("81.2.69.160\n", Body(response));
            Assert.IsFalse(response.BodyTruncated);
        }

        [TestMethod]
        public void ABodyWithoutLengthLongerThanTheBufferIsTruncated()
        {
            using var server = RawAnswerServer.Answering("HTTP/1.1 200 OK\r\n\r\n" + new string('y', 600));

            HttpResponse response = Get(server, "/", null, bodyCapacity: 512);

            Assert.AreEqual(512, response.BodyLength);
            Assert.IsTrue(response.BodyTruncated);
        }

        [TestMethod]
        public void ABodyCutShortOfItsContentLengthIsAFailure()
        {
            using var server = RawAnswerServer.Answering("HTTP/1.1 200 OK\r\nContent-Length: 40\r\n\r\ngood 81.2");

            HttpResponse response = Get(server, "/", null);

            Assert.AreEqual(TransportFailure.ConnectionReset, response.Failure);
            StringAssert.Contains(response.FailureDetail, "after 9 of the 40 bytes");
        }

        [TestMethod]
        [DataRow("SSH-2.0-OpenSSH_9.2\r\n\r\n", "did not answer in HTTP/1.x (its answer starts with \"SSH-2.0-OpenSSH_9.2..")]
        [DataRow("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", "length cannot be read")]
        [DataRow("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nab", "length cannot be read")]
        [DataRow("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "broken chunked answer")]
        [DataRow("HTTP/1.1 200 OK\r\nX: y", "in the middle of its answer's headers")]
        public void ABrokenAnswerIsAFailureThatSaysWhatWasWrong(string answer, string expected)
        {
            using var server = RawAnswerServer.Answering(answer);

            HttpResponse response = Get(server, "/", null);

            Assert.AreNotEqual(TransportFailure.None, response.Failure);
            StringAssert.Contains(response.FailureDetail, expected);
        }

        [TestMethod]
        public void HeadersLongerThanTheLimitAreRefused()
        {
            using var server = RawAnswerServer.Answering("HTTP/1.1 200 OK\r\nX-Filler: " + new string('f', Http11Wire.BufferBytes) + "\r\n\r\nok");

            HttpResponse response = Get(server, "/", null);

            Assert.AreEqual(TransportFailure.ConnectionReset, response.Failure);
            StringAssert.Contains(response.FailureDetail, "more than 16 KB of status line and headers");
        }

        [TestMethod]
        [DataRow("DdnsAgent\r\nX-Injected: 1")]
        [DataRow("Ddns\u00e4gent")]
        public void AHeaderValueThatCannotBeSentAsItIsSendsNothing(string userAgent)
        {
            using var server = RawAnswerServer.Answering("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            using var transport = new HostHttpTransport(new TrustPolicy(), allowPlainHttpCredentials: true);
            var request = Request(server, "/", null);
            request.UserAgent = userAgent;
            var response = new HttpResponse(512);

            transport.Send(request, response);

            Assert.AreEqual(TransportFailure.NotAllowed, response.Failure);
            Assert.AreEqual(0, server.Connections, "nothing was sent");
        }

        private static HttpResponse Get(RawAnswerServer server, string target, string authorization, int bodyCapacity = 512)
        {
            using var transport = new HostHttpTransport(new TrustPolicy(), allowPlainHttpCredentials: true);
            var response = new HttpResponse(bodyCapacity);
            transport.Send(Request(server, target, authorization), response);
            return response;
        }

        private static HttpRequest Request(RawAnswerServer server, string target, string authorization)
        {
            var request = new HttpRequest
            {
                Secure = false,
                Host = "127.0.0.1",
                Port = server.Port,
                Authorization = authorization,
                UserAgent = "DdnsAgent - Test - 1.0",
                TimeoutMilliseconds = 5000,
            };
            byte[] bytes = Encoding.ASCII.GetBytes(target);
            Array.Copy(bytes, request.Target, bytes.Length);
            request.TargetLength = bytes.Length;
            return request;
        }

        private static string Body(HttpResponse response)
        {
            return Encoding.ASCII.GetString(response.Body, 0, response.BodyLength);
        }
    }
}
