using DdnsAgent.Ports;

namespace DdnsAgent.Persistence
{
    /// <summary>
    /// Keeps the <see cref="AgentState"/> in two blobs so that a power cut at any moment leaves at least one
    /// intact copy. Each save goes to the slot that does NOT hold the newest intact copy, with the next
    /// sequence number; loading picks the intact slot with the newest sequence (serial-number arithmetic, so
    /// the 32-bit counter may wrap). A save writes only when the encoded bytes changed, reads the blob back
    /// to confirm it, and allocates nothing when there is nothing to write.
    /// </summary>
    public sealed class StateStore
    {
        public const string SlotA = "state.a";
        public const string SlotB = "state.b";

        /// <summary>The problem <see cref="TryLoad"/> reports when neither slot exists: nothing is wrong.</summary>
        public const string FirstStart = "no saved state yet (first start)";

        private const int NoSlot = -1;

        private readonly IBlobStore _blobs;
        private readonly int _maxRecords;
        private readonly byte[] _readBuffer;
        private byte[] _encodeBuffer;
        private byte[] _storedBytes;
        private int _storedLength;
        private int _newestSlot = NoSlot;
        private uint _newestSequence;
        private bool _scanned;

        public StateStore(IBlobStore blobs)
            : this(blobs, AgentState.DefaultCapacity)
        {
        }

        /// <summary>maxRecords bounds the buffers (three of <see cref="StateCodec.MaxSizeFor"/> bytes each).</summary>
        public StateStore(IBlobStore blobs, int maxRecords)
        {
            _blobs = blobs;
            _maxRecords = maxRecords;
            int size = StateCodec.MaxSizeFor(maxRecords);
            _readBuffer = new byte[size];
            _encodeBuffer = new byte[size];
            _storedBytes = new byte[size];
        }

        /// <summary>The sequence number of the newest intact copy, or 0 when there is none.</summary>
        public uint Sequence => _newestSequence;

        /// <summary>Why the last save failed (where and why, in plain words); null after a save that worked.</summary>
        public string Problem { get; private set; }

        /// <summary>
        /// Replaces the content of into with the newest intact copy. False when neither slot holds one (into is
        /// then empty). problem is null when all is well, and otherwise says which slot was ignored and why,
        /// also when the other slot was used.
        /// </summary>
        public bool TryLoad(AgentState into, out string problem)
        {
            string problemA;
            string problemB;
            Scan(out problemA, out problemB);
            if (_newestSlot == NoSlot)
            {
                into.Clear();
                problem = problemA == null && problemB == null
                    ? FirstStart
                    : "no intact saved state: " + Describe(SlotA, problemA) + "; " + Describe(SlotB, problemB);
                return false;
            }

            uint sequence;
            string decodeProblem;
            if (!StateCodec.TryDecode(_storedBytes, _storedLength, into, out sequence, out decodeProblem))
            {
                // Unreachable after Scan accepted these bytes, unless into is smaller than this store.
                into.Clear();
                problem = NameOf(_newestSlot) + " ignored: " + decodeProblem;
                return false;
            }

            string other = _newestSlot == 0 ? problemB : problemA;
            problem = other == null ? null : NameOf(1 - _newestSlot) + " ignored: " + other + "; using " + NameOf(_newestSlot);
            return true;
        }

        /// <summary>
        /// Stores state if its encoding differs from the newest stored copy. True when the storage now holds
        /// state (unchanged, or written and read back); false when the write failed (<see cref="Problem"/> says where
        /// and why), in which case the other slot still holds the previous copy and the next call tries again.
        /// </summary>
        public bool SaveIfChanged(AgentState state)
        {
            return Save(state, false);
        }

        /// <summary>
        /// Stores state even when it is unchanged (a new sequence number): proves that the storage takes writes again
        /// after a failed save. True when written and read back.
        /// </summary>
        public bool SaveNow(AgentState state)
        {
            return Save(state, true);
        }

        private bool Save(AgentState state, bool always)
        {
            if (!_scanned)
            {
                string ignoredA;
                string ignoredB;
                Scan(out ignoredA, out ignoredB);
            }

            uint sequence = _newestSequence + 1;
            int length = StateCodec.Encode(state, sequence, _encodeBuffer);
            if (!always && SameContent(_encodeBuffer, length))
            {
                return true;
            }

            int target = _newestSlot == 0 ? 1 : 0;
            string name = NameOf(target);
            if (!_blobs.Write(name, _encodeBuffer, length, out string problem))
            {
                Problem = problem;
                return false;
            }

            if (!ReadsBack(name, _encodeBuffer, length))
            {
                Problem = string.Concat(name, " did not read back as written (storage fault)");
                return false;
            }

            Problem = null;

            byte[] previous = _storedBytes;
            _storedBytes = _encodeBuffer;
            _encodeBuffer = previous;
            _storedLength = length;
            _newestSlot = target;
            _newestSequence = sequence;
            return true;
        }

        // Finds the newest intact slot and keeps its bytes in _storedBytes.
        private void Scan(out string problemA, out string problemB)
        {
            uint sequenceA;
            uint sequenceB;
            int lengthA = ReadSlot(SlotA, _readBuffer, out sequenceA, out problemA);
            int lengthB = ReadSlot(SlotB, _encodeBuffer, out sequenceB, out problemB);
            bool validA = lengthA >= 0;
            bool validB = lengthB >= 0;

            _scanned = true;
            _newestSlot = NoSlot;
            _newestSequence = 0;
            _storedLength = 0;
            if (validA && (!validB || (int)(sequenceA - sequenceB) >= 0))
            {
                Keep(0, sequenceA, _readBuffer, lengthA);
            }
            else if (validB)
            {
                Keep(1, sequenceB, _encodeBuffer, lengthB);
            }
        }

        // Returns the length read, or -1 for a missing slot (problem null) or a bad one (problem set).
        private int ReadSlot(string name, byte[] buffer, out uint sequence, out string problem)
        {
            sequence = 0;
            int length = _blobs.Read(name, buffer);
            if (length < 0)
            {
                problem = null;
                return -1;
            }

            if (!StateCodec.TryCheck(buffer, length, _maxRecords, out sequence, out problem))
            {
                return -1;
            }

            return length;
        }

        private void Keep(int slot, uint sequence, byte[] source, int length)
        {
            for (int i = 0; i < length; i++)
            {
                _storedBytes[i] = source[i];
            }

            _storedLength = length;
            _newestSlot = slot;
            _newestSequence = sequence;
        }

        // Equal apart from the sequence number and the checksum that depends on it.
        private bool SameContent(byte[] encoded, int length)
        {
            if (_newestSlot == NoSlot || length != _storedLength)
            {
                return false;
            }

            int end = length - StateCodec.ChecksumSize;
            for (int i = 0; i < end; i++)
            {
                bool isSequence = i >= StateCodec.SequenceOffset && i < StateCodec.SequenceOffset + 4;
                if (!isSequence && encoded[i] != _storedBytes[i])
                {
                    return false;
                }
            }

            return true;
        }

        private bool ReadsBack(string name, byte[] expected, int length)
        {
            if (_blobs.Read(name, _readBuffer) != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (_readBuffer[i] != expected[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static string NameOf(int slot)
        {
            return slot == 0 ? SlotA : SlotB;
        }

        private static string Describe(string name, string problem)
        {
            return name + " " + (problem == null ? "missing" : problem);
        }
    }
}
