using System.Collections;
using DdnsAgent.Http;
using DdnsAgent.Ports;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>
    /// An HTTP transport that answers each host from its own queue of scripted answers, in order, and
    /// records every request. A host with nothing left in its queue fails to connect, like a dead server.
    /// </summary>
    public sealed class ScriptedHttpTransport : IHttpTransport
    {
        private readonly ArrayList _answers = new ArrayList();
        private readonly ArrayList _requests = new ArrayList();

        /// <summary>Every request received, oldest first, as <see cref="RecordedRequest"/>.</summary>
        public ArrayList Requests => _requests;

        public int RequestCount => _requests.Count;

        public RecordedRequest LastRequest => _requests.Count == 0 ? null : (RecordedRequest)_requests[_requests.Count - 1];

        /// <summary>Queues an HTTP answer for host.</summary>
        public void Enqueue(string host, int statusCode, string body)
        {
            _answers.Add(new ScriptedAnswer(host, statusCode, body, TransportFailure.None, null));
        }

        /// <summary>Queues a transport failure (no HTTP answer) for host.</summary>
        public void EnqueueFailure(string host, TransportFailure failure, string detail)
        {
            _answers.Add(new ScriptedAnswer(host, 0, null, failure, detail));
        }

        /// <summary>How many requests went to host.</summary>
        public int RequestsTo(string host)
        {
            int count = 0;
            for (int i = 0; i < _requests.Count; i++)
            {
                if (((RecordedRequest)_requests[i]).Host == host)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>How many scripted answers for host were not used yet.</summary>
        public int PendingFor(string host)
        {
            int count = 0;
            for (int i = 0; i < _answers.Count; i++)
            {
                if (((ScriptedAnswer)_answers[i]).Host == host)
                {
                    count++;
                }
            }

            return count;
        }

        public void Send(HttpRequest request, HttpResponse response)
        {
            _requests.Add(new RecordedRequest(request.Secure, request.Host, request.Port, request.TargetText(), request.Authorization, request.UserAgent, request.TimeoutMilliseconds));
            response.Clear();
            for (int i = 0; i < _answers.Count; i++)
            {
                var answer = (ScriptedAnswer)_answers[i];
                if (answer.Host != request.Host)
                {
                    continue;
                }

                _answers.RemoveAt(i);
                Fill(answer, response);
                return;
            }

            response.Failure = TransportFailure.ConnectFailed;
            response.FailureDetail = "no scripted answer for " + request.Host;
        }

        private static void Fill(ScriptedAnswer answer, HttpResponse response)
        {
            response.Failure = answer.Failure;
            response.FailureDetail = answer.FailureDetail;
            response.StatusCode = answer.StatusCode;
            string body = answer.Body ?? string.Empty;
            int length = body.Length < response.Body.Length ? body.Length : response.Body.Length;
            for (int i = 0; i < length; i++)
            {
                response.Body[i] = (byte)body[i];
            }

            response.BodyLength = length;
            response.BodyTruncated = body.Length > length;
        }
    }
}
