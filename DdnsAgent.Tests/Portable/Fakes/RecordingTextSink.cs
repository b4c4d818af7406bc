using System;
using System.Text;
using DdnsAgent.Ports;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>
    /// Collects everything written, for assertions on the exact text a user would see. It keeps at most
    /// <see cref="MaxKept"/> characters: nanoFramework's StringBuilder stops at 32,767, so a test that
    /// records more fails here on the host too, instead of only on the device. Such a test takes the text
    /// as it goes (<see cref="Take"/>).
    /// </summary>
    public sealed class RecordingTextSink : ITextSink
    {
        public const int MaxKept = 30000;

        private readonly StringBuilder _text = new StringBuilder();

        public int WriteCount { get; private set; }

        public string Text
        {
            get { return _text.ToString(); }
        }

        /// <summary>How many characters are kept now.</summary>
        public int Length
        {
            get { return _text.Length; }
        }

        public void Write(string text)
        {
            WriteCount++;
            if (text != null && _text.Length + text.Length > MaxKept)
            {
                throw new InvalidOperationException("the recording sink keeps at most 30000 characters (the device's StringBuilder stops at 32767); take the text as the test goes");
            }

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
