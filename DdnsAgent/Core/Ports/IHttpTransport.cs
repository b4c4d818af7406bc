using DdnsAgent.Http;

namespace DdnsAgent.Ports
{
    /// <summary>
    /// One HTTP GET exchange. An implementation validates TLS certificates, never follows a redirect,
    /// honours <see cref="HttpRequest.TimeoutMilliseconds"/>, copies at most
    /// <see cref="HttpResponse.Body"/>.Length bytes of the answer, and reports network faults in
    /// <see cref="HttpResponse.Failure"/> instead of throwing.
    /// </summary>
    public interface IHttpTransport
    {
        void Send(HttpRequest request, HttpResponse response);
    }
}
