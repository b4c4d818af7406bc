namespace DdnsAgent.Rfc2136
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
