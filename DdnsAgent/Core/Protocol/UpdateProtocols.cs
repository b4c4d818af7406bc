namespace DdnsAgent.Protocol
{
    /// <summary>
    /// The update protocols the agent speaks, each contributing its rows to the shared tables. Adding a
    /// protocol is its own folder plus one line in each method here.
    /// </summary>
    public static class UpdateProtocols
    {
        /// <summary>Puts every protocol's answer codes into the table of <see cref="ResultCode.Find"/>.</summary>
        internal static void AddCodes(ResultCode[] table)
        {
            ResultCode.Put(table, Dyndns2Codes.All);
        }
    }
}
