namespace DdnsAgent.Dyndns2
{
    /// <summary>Who the Basic credentials name.</summary>
    public enum AuthStyle : byte
    {
        /// <summary>The account's user name (or whatever the provider calls it) and its password or token.</summary>
        AccountUser = 0,

        /// <summary>
        /// Each hostname is the user name and the record's key is the password (Hurricane Electric): one
        /// request per hostname, and every hostname must share the one configured key.
        /// </summary>
        HostnameAsUser,
    }
}
