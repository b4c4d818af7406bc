using FsCheck;
using FsCheck.Fluent;

namespace DdnsAgent.Tests.Properties
{
    /// <summary>Generators of text that looks almost like an address, or like a reflector answer, and of random bytes.</summary>
    internal static class HostileText
    {
        private static readonly string[] AddressTokens =
        {
            "0", "1", "9", "00", "01", "09", "255", "256", "999", "1000", "ff", "FFFF", "fFfF", "abcd", "12345", "g",
            ":", ":", "::", ":::", ".", ".", "..", "%", "%eth0", "[", "]", " ", "\t", "\n", "-", "+", "x", "0x",
            "1.2.3.4", "::ffff:", "64:ff9b::", "fe80::", "2001:db8::", "\u00e9", "\u0000", "\u00ff",
        };

        private static readonly string[] AnswerTokens =
        {
            "{", "}", "[", "]", "\"", "\"ip\"", "\"ip\":", ":", ",", " ", "\r\n", "\\", "\\\"", "\"geo\":{", "null", "123",
            "<html>", "</body>", "<", ">", "Current IP Address:", "current ip address: ",
            "8.8.8.8", "10.0.0.1", "2a00:1450:4001::1", "fd00::1", "1.2.3", "::", "\u00ef\u00bb\u00bf", "\u0000", "\u00ff",
        };

        public static Gen<byte[]> AddressLike() => Gen.Frequency((1, Tokens(AddressTokens, 14)), (1, AddressGen.Texts()));

        public static Gen<byte[]> AnswerLike() => Tokens(AnswerTokens, 24);

        public static Gen<byte[]> RandomBytes(int maxLength) =>
            Gen.Choose(0, maxLength).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n));

        public static Gen<byte[]> Mixed(Gen<byte[]> structured, int maxRandom) =>
            Gen.Frequency((3, structured), (1, RandomBytes(maxRandom)));

        private static Gen<byte[]> Tokens(string[] tokens, int maxTokens) =>
            Gen.Choose(0, maxTokens)
                .SelectMany(n => Gen.ArrayOf(Gen.Elements(tokens), n))
                .Select(parts => Latin1(string.Concat(parts)));

        public static byte[] Latin1(string text)
        {
            var bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        public static string FromLatin1(byte[] bytes)
        {
            var chars = new char[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }
    }
}
