namespace DdnsAgent.Detection
{
    /// <summary>What one detection found. Only <see cref="Found"/> comes with an address.</summary>
    public enum DetectionResult
    {
        Found = 0,

        /// <summary>The network link is down.</summary>
        NoNetwork,

        /// <summary>Interface-only source, and the interface has no address of that family.</summary>
        NoInterfaceAddress,

        /// <summary>Interface-only source, and the interface address is not public (private, link-local...).</summary>
        NoPublicAddress,

        /// <summary>No reflector is configured for that family.</summary>
        NoReflectors,

        /// <summary>Every reflector asked failed: unreachable, an HTTP error, garbage, or a non-public address.</summary>
        AllReflectorsFailed,

        /// <summary>Every reflector was skipped: asked too recently after a failure, or benched after refusing us.</summary>
        AllReflectorsResting,

        /// <summary>Agreement is required and two reflectors answered different addresses.</summary>
        Disagreement,

        /// <summary>Agreement is required and only one reflector answered.</summary>
        Unconfirmed,
    }
}
