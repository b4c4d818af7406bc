namespace DdnsAgent.Configuration
{
    /// <summary>The commands a message may tell the user to run; <see cref="Vocabulary.Command"/> words them for the surface.</summary>
    public enum CommandWord : byte
    {
        /// <summary>Keep the edited settings: `save` on a console; on the host's file surface, the file itself.</summary>
        Save = 0,

        /// <summary>Lift a halt: `resume` (on the host only in `ddns-agent console`).</summary>
        Resume,

        /// <summary>Send the addresses even if unchanged: `update --force`, or `ddns-agent once --force`.</summary>
        ForceUpdate,

        /// <summary>Where every setting is listed: `help set`, or the README for the file.</summary>
        ListSettings,

        /// <summary>Give the server's root certificate: paste it on the device; a PEM file's path on the host.</summary>
        GiveCaCertificate,
    }
}
