using System.Text;
using DdnsAgent.Ports;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>Collects everything written, for assertions on the exact text a user would see.</summary>
    public sealed class RecordingTextSink : ITextSink
    {
        private readonly StringBuilder _text = new StringBuilder();

        public int WriteCount { get; private set; }

        public string Text
        {
            get { return _text.ToString(); }
        }

        public void Write(string text)
        {
            WriteCount++;
            _text.Append(text);
        }

        /// <summary>Returns what was written so far and starts afresh.</summary>
        public string Take()
        {
            string text = _text.ToString();
            _text.Clear();
            return text;
        }
    }
}
