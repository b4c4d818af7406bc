namespace DdnsAgent.Addressing
{
    /// <summary>
    /// A read-only view of characters [Start, End) in either an ASCII byte array or a string, so that one
    /// parser serves both without copying. A value type: passing it around allocates nothing.
    /// </summary>
    internal struct TextWindow
    {
        private readonly byte[] _bytes;
        private readonly string _text;

        public TextWindow(byte[] bytes, int start, int end)
        {
            _bytes = bytes;
            _text = null;
            Start = start;
            End = end;
        }

        public TextWindow(string text)
        {
            _bytes = null;
            _text = text;
            Start = 0;
            End = text.Length;
        }

        // Plain fields and a method rather than auto-properties and an indexer: those would make the host
        // compiler stamp attributes (IsReadOnly, DefaultMember) that nanoFramework's mscorlib lacks.
        public readonly int Start;
        public readonly int End;

        public int Length => End - Start;

        /// <summary>The character at absolute position index (between Start and End), as its code.</summary>
        public int At(int index) => _bytes != null ? _bytes[index] : _text[index];
    }
}
