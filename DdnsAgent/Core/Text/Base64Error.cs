namespace DdnsAgent.Text
{
    /// <summary>Why <see cref="Base64.TryDecode"/> refused a text.</summary>
    public enum Base64Error
    {
        None = 0,
        Empty,
        InvalidCharacter,
        MisplacedPadding,
        WrongLength,
        TooLong,
    }
}
