namespace DdnsAgent.DnsUpdate
{
    /// <summary>Why an UPDATE message was not built; <see cref="UpdateMessage.Describe"/> has the words.</summary>
    public enum UpdateBuildError
    {
        None = 0,
        NoKey,
        BadZone,
        BadName,
        NoNames,
        NoAddress,
        WrongFamily,
        BadTtl,
        BadId,
        TooLarge,
    }
}
