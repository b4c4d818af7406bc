using System.Collections;
using DdnsAgent.Ports;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>What a write cut short by a power loss leaves in the blob.</summary>
    public enum TornWrite
    {
        /// <summary>The blob holds only the first N bytes of the new data (a file rewritten from scratch).</summary>
        KeepPrefix,

        /// <summary>The first N bytes of the new data overwrite the old content, the rest of the old content stays (flash written in place).</summary>
        OverwritePrefix,
    }

    /// <summary>
    /// An in-memory <see cref="IBlobStore"/> that can misbehave like flash: cut the next write after N bytes,
    /// refuse writes, or flip bits in stored blobs. It counts reads and writes so tests can assert that
    /// nothing is written without a reason.
    /// </summary>
    public sealed class FakeBlobStore : IBlobStore
    {
        private readonly ArrayList _names = new ArrayList();
        private readonly ArrayList _contents = new ArrayList();
        private int _cutAfter = -1;
        private TornWrite _tornModel;

        /// <summary>Every call to Write, including failed ones.</summary>
        public int WriteCount { get; private set; }

        public int ReadCount { get; private set; }

        /// <summary>While true, Write changes nothing and returns false (a medium that refuses).</summary>
        public bool RefuseWrites { get; set; }

        /// <summary>What a refused write gives as its cause.</summary>
        public string RefusalCause { get; set; } = "read-only file system";

        /// <summary>True once a cut write has happened (until <see cref="CutNextWrite"/> arms another).</summary>
        public bool PowerWasCut { get; private set; }

        /// <summary>The next write stores only its first bytesWritten bytes, as model describes, and returns false.</summary>
        public void CutNextWrite(int bytesWritten, TornWrite model)
        {
            _cutAfter = bytesWritten;
            _tornModel = model;
            PowerWasCut = false;
        }

        public int Read(string name, byte[] buffer)
        {
            ReadCount++;
            byte[] content = Find(name);
            if (content == null || content.Length > buffer.Length)
            {
                return -1;
            }

            for (int i = 0; i < content.Length; i++)
            {
                buffer[i] = content[i];
            }

            return content.Length;
        }

        public bool Write(string name, byte[] data, int count, out string problem)
        {
            WriteCount++;
            if (RefuseWrites)
            {
                problem = "cannot write " + name + ": " + RefusalCause;
                return false;
            }

            if (_cutAfter < 0)
            {
                Store(name, Copy(data, count));
                problem = null;
                return true;
            }

            problem = "cannot write " + name + ": the power was cut";

            int kept = _cutAfter < count ? _cutAfter : count;
            byte[] old = Find(name);
            byte[] torn;
            if (_tornModel == TornWrite.OverwritePrefix && old != null && old.Length > kept)
            {
                torn = Copy(old, old.Length);
            }
            else
            {
                torn = new byte[kept];
            }

            for (int i = 0; i < kept; i++)
            {
                torn[i] = data[i];
            }

            Store(name, torn);
            _cutAfter = -1;
            PowerWasCut = true;
            return false;
        }

        public void Delete(string name)
        {
            int index = IndexOf(name);
            if (index >= 0)
            {
                _names.RemoveAt(index);
                _contents.RemoveAt(index);
            }
        }

        public bool Exists(string name)
        {
            return IndexOf(name) >= 0;
        }

        /// <summary>A copy of the blob, or null.</summary>
        public byte[] GetContent(string name)
        {
            byte[] content = Find(name);
            return content == null ? null : Copy(content, content.Length);
        }

        /// <summary>Replaces the blob with a copy of content, without counting a write.</summary>
        public void SetContent(string name, byte[] content)
        {
            Store(name, Copy(content, content.Length));
        }

        /// <summary>Inverts one bit of the stored blob (bit 0 is the lowest bit of byte 0).</summary>
        public void FlipBit(string name, int bitIndex)
        {
            byte[] content = Find(name);
            content[bitIndex / 8] ^= (byte)(1 << (bitIndex % 8));
        }

        /// <summary>Replaces every blob with copies of other's (a crash that loses the writes made since other was taken).</summary>
        public void RestoreFrom(FakeBlobStore other)
        {
            _names.Clear();
            _contents.Clear();
            for (int i = 0; i < other._names.Count; i++)
            {
                byte[] content = (byte[])other._contents[i];
                Store((string)other._names[i], Copy(content, content.Length));
            }
        }

        /// <summary>A new store holding copies of every blob of this one, with fresh counters.</summary>
        public FakeBlobStore Clone()
        {
            FakeBlobStore clone = new FakeBlobStore();
            for (int i = 0; i < _names.Count; i++)
            {
                byte[] content = (byte[])_contents[i];
                clone.Store((string)_names[i], Copy(content, content.Length));
            }

            return clone;
        }

        private byte[] Find(string name)
        {
            int index = IndexOf(name);
            return index < 0 ? null : (byte[])_contents[index];
        }

        private int IndexOf(string name)
        {
            for (int i = 0; i < _names.Count; i++)
            {
                if ((string)_names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        private void Store(string name, byte[] content)
        {
            int index = IndexOf(name);
            if (index < 0)
            {
                _names.Add(name);
                _contents.Add(content);
            }
            else
            {
                _contents[index] = content;
            }
        }

        private static byte[] Copy(byte[] source, int count)
        {
            byte[] copy = new byte[count];
            for (int i = 0; i < count; i++)
            {
                copy[i] = source[i];
            }

            return copy;
        }
    }
}
