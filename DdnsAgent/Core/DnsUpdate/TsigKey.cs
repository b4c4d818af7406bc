using System;
using DdnsAgent.Dns;
using DdnsAgent.Text;

namespace DdnsAgent.DnsUpdate
{
    /// <summary>
    /// A TSIG key (RFC 8945): its name, as the server's key statement has it, and its HMAC-SHA256 secret. The
    /// secret never leaves this object except into the MAC: <see cref="ToString"/> shows the name only, and
    /// no problem text quotes it. Made once from the settings; signing and verifying only read it.
    /// </summary>
    public sealed class TsigKey
    {
        /// <summary>The only algorithm the agent signs with; its canonical name on the wire.</summary>
        public const string AlgorithmName = "hmac-sha256";

        /// <summary>Fewer bytes than this are guessable; tsig-keygen makes 32.</summary>
        public const int MinSecretBytes = 16;

        public const int MaxSecretBytes = 128;

        private readonly byte[] _secret;
        private readonly byte[] _canonicalName;

        private TsigKey(string name, byte[] secret, int secretLength)
        {
            Name = name;
            _secret = new byte[secretLength];
            Array.Copy(secret, _secret, secretLength);
            _canonicalName = new byte[DnsName.WireLength(name)];
            DnsName.Write(name, _canonicalName, 0, true);
        }

        /// <summary>The key's name as given (a final dot optional); compared without regard to case.</summary>
        public string Name { get; }

        /// <summary>
        /// Makes a key from a name and a base64 secret (what tsig-keygen prints as secret "..."). False with
        /// plain words when either is unusable; the words never quote the secret.
        /// </summary>
        public static bool TryCreate(string name, string base64Secret, out TsigKey key, out string problem)
        {
            key = null;
            DnsNameError nameError = DnsName.Check(name);
            if (nameError != DnsNameError.None)
            {
                problem = string.Concat("the key name ", DnsName.Describe(nameError));
                return false;
            }

            var secret = new byte[MaxSecretBytes];
            if (!Base64.TryDecode(base64Secret, secret, out int length, out Base64Error error))
            {
                problem = error == Base64Error.TooLong
                    ? "the key secret is longer than 128 bytes"
                    : string.Concat("the key secret ", Base64.Describe(error));
                return false;
            }

            if (length < MinSecretBytes)
            {
                problem = "the key secret is shorter than 16 bytes: make a new key with tsig-keygen -a hmac-sha256";
                Array.Clear(secret, 0, secret.Length);
                return false;
            }

            key = new TsigKey(name, secret, length);
            Array.Clear(secret, 0, secret.Length);
            problem = null;
            return true;
        }

        /// <summary>Loads the secret into the MAC; the MAC is then ready for a message.</summary>
        internal void KeyMac(Crypto.HmacSha256 mac)
        {
            mac.SetKey(_secret, 0, _secret.Length);
        }

        /// <summary>The name in canonical wire form (lower case, uncompressed), as the MAC covers it.</summary>
        internal byte[] CanonicalName => _canonicalName;

        public override string ToString()
        {
            return string.Concat("TSIG key ", Name);
        }
    }
}
