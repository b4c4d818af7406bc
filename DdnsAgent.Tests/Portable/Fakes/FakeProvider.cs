using System;
using System.Collections;
using DdnsAgent.Http;
using DdnsAgent.Ports;
using DdnsAgent.Text;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>
    /// A reflector and a dyndns2 provider behind one transport, for engine tests: the reflector at
    /// <see cref="ReflectorHost"/> answers <see cref="PublicIPv4"/>; the provider at <see cref="ProviderHost"/>
    /// remembers the registered address and answers good or nochg, unless a scripted answer or failure is
    /// queued. Every update request is recorded with the time it arrived.
    /// </summary>
    public sealed class FakeProvider : IHttpTransport
    {
        public const string ReflectorHost = "ip.test";
        public const string ProviderHost = "ddns.test";

        private readonly IClock _clock;
        private readonly ArrayList _updates = new ArrayList();
        private readonly ArrayList _updateTimes = new ArrayList();
        private readonly ArrayList _scripted = new ArrayList();

        public FakeProvider(IClock clock)
        {
            _clock = clock;
            PublicIPv4 = "81.2.69.160";
            Registered = "";
        }

        /// <summary>What the reflector reports; null makes it answer HTTP 503.</summary>
        public string PublicIPv4 { get; set; }

        /// <summary>The address the provider has for the hosts (one address for all, enough for these tests).</summary>
        public string Registered { get; set; }

        public int ReflectorRequests { get; private set; }

        public int UpdateCount => _updates.Count;

        /// <summary>The request target of update n (path and query).</summary>
        public string UpdateTarget(int n) => (string)_updates[n];

        public DateTime UpdateTime(int n) => (DateTime)_updateTimes[n];

        public string LastUpdateTarget => _updates.Count == 0 ? null : (string)_updates[_updates.Count - 1];

        /// <summary>The next update gets this answer instead of good/nochg (status 0 with a failure: no answer at all).</summary>
        public void Script(int statusCode, string body)
        {
            _scripted.Add(new object[] { statusCode, body, TransportFailure.None });
        }

        public void ScriptFailure(TransportFailure failure)
        {
            _scripted.Add(new object[] { 0, null, failure });
        }

        /// <summary>When set, each update copies this flash as it is at the moment the provider takes the update.</summary>
        public FakeBlobStore Flash { get; set; }

        private string _lastAnswer;

        /// <summary>True when the last update was answered nochg (the provider had the address).</summary>
        public bool LastAnswerWasNoChange()
        {
            return _lastAnswer != null && _lastAnswer.IndexOf("nochg") == 0;
        }

        /// <summary>The copy of <see cref="Flash"/> taken at the last update: what a crash before the answer leaves.</summary>
        public FakeBlobStore FlashAtLastUpdate { get; private set; }

        public void Send(HttpRequest request, HttpResponse response)
        {
            response.Clear();
            if (request.Host == ReflectorHost)
            {
                ReflectorRequests++;
                if (PublicIPv4 == null)
                {
                    Answer(response, 503, "busy");
                }
                else
                {
                    Answer(response, 200, string.Concat(PublicIPv4, "\n"));
                }

                return;
            }

            string target = request.TargetText();
            if (Flash != null)
            {
                FlashAtLastUpdate = Flash.Clone();
            }

            _updates.Add(target);
            _updateTimes.Add(_clock.UtcNow);
            if (_scripted.Count > 0)
            {
                var script = (object[])_scripted[0];
                _scripted.RemoveAt(0);
                if ((TransportFailure)script[2] != TransportFailure.None)
                {
                    response.Failure = (TransportFailure)script[2];
                    response.FailureDetail = "scripted failure";
                    return;
                }

                Answer(response, (int)script[0], (string)script[1]);
                return;
            }

            string myip = QueryValue(target, "myip");
            if (myip == Registered)
            {
                _lastAnswer = string.Concat("nochg ", myip);
            }
            else
            {
                Registered = myip;
                _lastAnswer = string.Concat("good ", myip);
            }

            Answer(response, 200, _lastAnswer);
        }

        public static string QueryValue(string target, string name)
        {
            string key = string.Concat(name, "=");
            int start = target.IndexOf(string.Concat("?", key));
            if (start < 0)
            {
                start = target.IndexOf(string.Concat("&", key));
            }

            if (start < 0)
            {
                return null;
            }

            start += key.Length + 1;
            int end = target.IndexOf('&', start);
            return end < 0 ? target.Substring(start) : target.Substring(start, end - start);
        }

        private static void Answer(HttpResponse response, int status, string body)
        {
            response.StatusCode = status;
            byte[] bytes = Utf8.GetBytes(body);
            int length = bytes.Length < response.Body.Length ? bytes.Length : response.Body.Length;
            for (int i = 0; i < length; i++)
            {
                response.Body[i] = bytes[i];
            }

            response.BodyLength = length;
            response.BodyTruncated = bytes.Length > length;
        }
    }
}
