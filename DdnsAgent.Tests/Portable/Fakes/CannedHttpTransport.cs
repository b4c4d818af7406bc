using DdnsAgent.Http;
using DdnsAgent.Ports;
using DdnsAgent.Text;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>
    /// Answers every request to the reflector host with one fixed body and every other request with another,
    /// copying prepared bytes: it allocates nothing, so allocation measurements see only the agent's own work.
    /// </summary>
    public sealed class CannedHttpTransport : IHttpTransport
    {
        private readonly string _reflectorHost;
        private byte[] _reflectorBody;
        private byte[] _providerBody;

        public CannedHttpTransport(string reflectorHost, string reflectorBody, string providerBody)
        {
            _reflectorHost = reflectorHost;
            ReflectorBody = reflectorBody;
            ProviderBody = providerBody;
        }

        public int ReflectorRequests { get; private set; }

        public int ProviderRequests { get; private set; }

        public string ReflectorBody
        {
            set { _reflectorBody = Utf8.GetBytes(value); }
        }

        public string ProviderBody
        {
            set { _providerBody = Utf8.GetBytes(value); }
        }

        public void Send(HttpRequest request, HttpResponse response)
        {
            response.Clear();
            byte[] body;
            if (request.Host == _reflectorHost)
            {
                ReflectorRequests++;
                body = _reflectorBody;
            }
            else
            {
                ProviderRequests++;
                body = _providerBody;
            }

            response.StatusCode = 200;
            for (int i = 0; i < body.Length; i++)
            {
                response.Body[i] = body[i];
            }

            response.BodyLength = body.Length;
        }
    }
}
