using DdnsAgent.Addressing;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace DdnsAgent.Tests.Support
{
    /// <summary>Turns test strings into the bytes and addresses the protocol code works on, and back.</summary>
    public static class TestText
    {
        /// <summary>Each character as one byte (characters up to U+00FF, so tests can write raw bytes as \u00XX).</summary>
        public static byte[] Bytes(string text)
        {
            var bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        public static string Text(byte[] bytes, int offset, int count)
        {
            var chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)bytes[offset + i];
            }

            return new string(chars);
        }

        /// <summary>The address written in text; fails the test when it does not parse.</summary>
        public static IpAddress Ip(string text)
        {
            byte[] bytes = Bytes(text);
            IpAddress address;
            if (!IpAddress.TryParse(bytes, 0, bytes.Length, out address, out _))
            {
                Expect.Fail("test data: not an address: " + text);
            }

            return address;
        }

        /// <summary>Canonical text of an address, or "" for IpAddress.None.</summary>
        public static string Format(IpAddress address)
        {
            var buffer = new byte[IpAddress.MaxTextLength];
            return Text(buffer, 0, address.FormatTo(buffer, 0));
        }
    }
}
