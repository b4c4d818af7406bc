namespace DdnsAgent.Protocol
{
    /// <summary>
    /// The seam between the engine and an update protocol (dyndns2, RFC 2136). A protocol is built once from the
    /// settings (see <see cref="UpdateProtocols"/>); then, each round, the engine marks which records are due and
    /// the protocol groups them into exchanges the way its servers want (per family, per batch of names, or all
    /// names of a zone in one message) and reports per host what came back. What that means is decided by the
    /// engine, never here. One thread calls it, and it allocates nothing on the way.
    /// </summary>
    public interface IUpdateProtocol
    {
        /// <summary>Starts a round over the records that round marks due.</summary>
        void Begin(UpdateRound round);

        /// <summary>
        /// Sends the round's next exchange and fills reply: the records it carried and, per host, what came back.
        /// False when the round has nothing left to send. The engine stops asking after the first failure.
        /// </summary>
        bool SendNext(UpdateRound round, UpdateReply reply);
    }
}
