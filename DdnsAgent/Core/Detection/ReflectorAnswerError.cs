namespace DdnsAgent.Detection
{
    /// <summary>Why a reflector's answer gave no usable address. <see cref="ReflectorAnswer.Describe"/> puts it in words.</summary>
    public enum ReflectorAnswerError
    {
        None = 0,

        /// <summary>No body, or only whitespace.</summary>
        Empty,

        /// <summary>Neither plain text, JSON with "ip", nor the checkip page held a valid address.</summary>
        NoAddress,

        /// <summary>An IPv6 address where IPv4 was asked for, or the reverse.</summary>
        WrongFamily,

        /// <summary>A private, loopback, reserved or otherwise non-public address: never registered.</summary>
        NotPublic,
    }
}
