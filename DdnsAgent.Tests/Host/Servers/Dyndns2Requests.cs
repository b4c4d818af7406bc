using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>Hand-made update requests for the emulator's own tests: exactly the bytes a test asks for.</summary>
    public static class Dyndns2Requests
    {
        public const string UserAgent = "DdnsAgent-Tests - Emulator - 1.0";

        public static HttpRequestMessage Build(Uri updateUrl, string query, string user, string password,
            string userAgent = UserAgent, HttpMethod method = null)
        {
            var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(updateUrl, updateUrl.AbsolutePath + query));
            if (user != null)
            {
                string token = Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", token);
            }
            if (userAgent != null)
            {
                request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
            }
            return request;
        }

        /// <summary>Sends the request; returns the status and the body as text.</summary>
        public static async Task<Answer> SendAsync(HttpClient client, Uri updateUrl, string query, string user, string password,
            string userAgent = UserAgent, HttpMethod method = null)
        {
            using HttpRequestMessage request = Build(updateUrl, query, user, password, userAgent, method);
            using HttpResponseMessage response = await client.SendAsync(request).ConfigureAwait(false);
            string body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return new Answer((int)response.StatusCode, body);
        }

        public sealed class Answer
        {
            public Answer(int statusCode, string body)
            {
                StatusCode = statusCode;
                Body = body;
            }

            public int StatusCode { get; }

            public string Body { get; }

            public override string ToString()
            {
                return StatusCode + " '" + Body + "'";
            }
        }
    }
}
