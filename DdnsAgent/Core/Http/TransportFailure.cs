namespace DdnsAgent.Http
{
    /// <summary>Why an HTTP exchange produced no usable answer.</summary>
    public enum TransportFailure
    {
        None = 0,

        /// <summary>Name lookup or TCP connect failed.</summary>
        ConnectFailed,

        /// <summary>Connect or read took longer than the request's timeout.</summary>
        Timeout,

        /// <summary>The peer closed or reset the connection mid-exchange.</summary>
        ConnectionReset,

        /// <summary>The server's certificate did not validate; nothing was sent.</summary>
        CertificateRejected,

        /// <summary>The server answered with a redirect; the agent does not follow redirects.</summary>
        RedirectRefused,

        /// <summary>The request was refused before sending, for example plain HTTP without the user's opt-in.</summary>
        NotAllowed,

        /// <summary>Anything else the platform reported.</summary>
        Other,

        /// <summary>Client and server have no TLS version in common (the agent needs TLS 1.2 or newer); nothing was sent.</summary>
        TlsVersionMismatch,
    }
}
