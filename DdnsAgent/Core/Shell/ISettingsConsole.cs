using DdnsAgent.Ports;

namespace DdnsAgent.Shell
{
    /// <summary>
    /// The settings as the console edits them (implemented by the settings code). Changes go to a draft
    /// that <see cref="IStorageControl.TrySave"/> validates and stores; keys arrive in lower case.
    /// </summary>
    public interface ISettingsConsole
    {
        /// <summary>Every key that <c>set</c> and <c>unset</c> accept, in the order <c>help set</c> lists them.</summary>
        string[] Keys { get; }

        /// <summary>Whether the key's value is a secret (passwords): masked in <see cref="Show"/> and while typed.</summary>
        bool IsSecret(string key);

        /// <summary>
        /// Changes the draft. On failure, error says what is wrong and what to type instead, and never
        /// repeats a secret value.
        /// </summary>
        bool TrySet(string key, string value, out string error);

        /// <summary>Returns the key to its default in the draft; error as for <see cref="TrySet"/>.</summary>
        bool TryUnset(string key, out string error);

        /// <summary>Writes every setting of the draft, one per line ending in "\r\n", secrets masked.</summary>
        void Show(ITextSink output);
    }
}
