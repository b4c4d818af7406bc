using System;

namespace DdnsAgent.Crypto
{
    /// <summary>
    /// HMAC-SHA256 (RFC 2104 with SHA-256), for TSIG. Give the key once with <see cref="SetKey"/>; then, for
    /// each message, <see cref="Append(byte[], int, int)"/> its bytes and <see cref="Finish"/>, which writes the
    /// 32-byte MAC and starts the next message with the same key. Allocates only in the constructor.
    /// </summary>
    public sealed class HmacSha256
    {
        public const int MacSize = Sha256.HashSize;

        private const byte InnerPad = 0x36;
        private const byte OuterPad = 0x5c;

        private readonly Sha256 _hash = new Sha256();
        private readonly byte[] _innerKey = new byte[Sha256.BlockSize];
        private readonly byte[] _outerKey = new byte[Sha256.BlockSize];
        private readonly byte[] _innerHash = new byte[Sha256.HashSize];
        private bool _hasKey;

        /// <summary>True once a key was set (an empty key counts).</summary>
        public bool HasKey => _hasKey;

        /// <summary>Sets the key (any length: a key longer than a block is hashed first) and starts a message.</summary>
        public void SetKey(byte[] key, int offset, int count)
        {
            if (key == null || offset < 0 || count < 0 || offset > key.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            Array.Clear(_innerKey, 0, _innerKey.Length);
            if (count > Sha256.BlockSize)
            {
                _hash.Reset();
                _hash.Append(key, offset, count);
                _hash.Finish(_innerKey, 0);
            }
            else
            {
                Array.Copy(key, offset, _innerKey, 0, count);
            }

            for (int i = 0; i < Sha256.BlockSize; i++)
            {
                byte k = _innerKey[i];
                _innerKey[i] = (byte)(k ^ InnerPad);
                _outerKey[i] = (byte)(k ^ OuterPad);
            }

            _hasKey = true;
            Restart();
        }

        /// <summary>Drops what was appended since the last MAC and starts a new message.</summary>
        public void Restart()
        {
            _hash.Reset();
            _hash.Append(_innerKey, 0, Sha256.BlockSize);
        }

        public void Append(byte value)
        {
            _hash.Append(value);
        }

        public void Append(byte[] data, int offset, int count)
        {
            _hash.Append(data, offset, count);
        }

        /// <summary>Appends a 16-bit value, most significant byte first (network order).</summary>
        public void AppendUInt16(int value)
        {
            _hash.AppendUInt16(value);
        }

        /// <summary>Writes the 32-byte MAC of the message at mac[offset] and starts the next message.</summary>
        public void Finish(byte[] mac, int offset)
        {
            if (!_hasKey)
            {
                throw new InvalidOperationException("no HMAC key was set");
            }

            _hash.Finish(_innerHash, 0);
            _hash.Append(_outerKey, 0, Sha256.BlockSize);
            _hash.Append(_innerHash, 0, Sha256.HashSize);
            _hash.Finish(mac, offset);
            Restart();
        }

        /// <summary>Overwrites the key material, for when the key is replaced or no longer needed.</summary>
        public void ClearKey()
        {
            Array.Clear(_innerKey, 0, _innerKey.Length);
            Array.Clear(_outerKey, 0, _outerKey.Length);
            Array.Clear(_innerHash, 0, _innerHash.Length);
            _hasKey = false;
            _hash.Reset();
        }
    }
}
