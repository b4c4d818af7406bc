using DdnsAgent.Http;
using DdnsAgent.Ports;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// The agent's HTTP port, fixed when the agent is built, in front of the transport that holds the trusted
    /// roots. The roots depend on the settings (the user's CA certificate), so the main loop builds a new
    /// <see cref="DeviceHttpTransport"/> after a `save` that changes them and swaps it in here; a request in
    /// progress finishes on the transport it started on.
    /// </summary>
    public sealed class SwappableHttpTransport : IHttpTransport
    {
        private IHttpTransport _current;

        /// <summary>True once a transport is in place.</summary>
        public bool IsReady
        {
            get { return _current != null; }
        }

        /// <summary>Puts <paramref name="transport"/> in place for every later request.</summary>
        public void Use(IHttpTransport transport)
        {
            // One reference write: atomic, and nanoFramework runs managed threads on one core.
            _current = transport;
        }

        public void Send(HttpRequest request, HttpResponse response)
        {
            IHttpTransport transport = _current;
            if (transport == null)
            {
                response.Clear();
                response.Failure = TransportFailure.Other;
                response.FailureDetail = "HTTPS is not set up yet (the board is still joining Wi-Fi or waiting for the clock); nothing was sent.";
                return;
            }

            transport.Send(request, response);
        }
    }
}
