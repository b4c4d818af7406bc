namespace DdnsAgent.Dns
{
    /// <summary>Why a text is not a domain name the agent can put in a DNS message.</summary>
    public enum DnsNameError
    {
        None = 0,
        Empty,
        EmptyLabel,
        LabelTooLong,
        TooLong,
        InvalidCharacter,
    }
}
