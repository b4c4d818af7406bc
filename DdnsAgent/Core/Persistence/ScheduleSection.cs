namespace DdnsAgent.Persistence
{
    /// <summary>
    /// The scheduler's part of the saved state (section "SC" of <see cref="StateCodec"/>, format 2): the seed that
    /// spreads this agent's timing, and each record's <see cref="AddressHistory"/>, in record order.
    /// <code>
    /// body    0 seed i32 | 4 one entry per record
    /// entry   0 history count u8 | 1 reserved (0) u8[3] | 4 eight slots of: address hash u32 | replaced at u32 (seconds since 2000)
    /// </code>
    /// Slots past the count are zero, and times never go backwards within an entry.
    /// </summary>
    public static class ScheduleSection
    {
        /// <summary>"SC", little-endian.</summary>
        public const int Tag = 0x4353;

        public const int EntrySize = 4 + (AddressHistory.Capacity * 8);

        /// <summary>The body length for records records.</summary>
        public static int BodySize(int records)
        {
            return 4 + (records * EntrySize);
        }

        /// <summary>Writes the body at offset at; returns its length.</summary>
        public static int Encode(AgentState state, byte[] buffer, int at)
        {
            LittleEndian.WriteUInt32(buffer, at, (uint)state.Seed);
            for (int i = 0; i < state.Count; i++)
            {
                AddressHistory history = state[i].History;
                int entry = at + 4 + (i * EntrySize);
                buffer[entry] = (byte)history.Count;
                buffer[entry + 1] = 0;
                buffer[entry + 2] = 0;
                buffer[entry + 3] = 0;
                for (int slot = 0; slot < AddressHistory.Capacity; slot++)
                {
                    bool used = slot < history.Count;
                    LittleEndian.WriteUInt32(buffer, entry + 4 + (slot * 8), used ? history.HashAt(slot) : 0);
                    LittleEndian.WriteUInt32(buffer, entry + 8 + (slot * 8), used ? history.SecondsAt(slot) : 0);
                }
            }

            return BodySize(state.Count);
        }

        /// <summary>True when the body at offset at, for records records, holds only possible values.</summary>
        public static bool IsPlausible(byte[] buffer, int at, int records)
        {
            for (int i = 0; i < records; i++)
            {
                int entry = at + 4 + (i * EntrySize);
                int count = buffer[entry];
                if (count > AddressHistory.Capacity || buffer[entry + 1] != 0 || buffer[entry + 2] != 0 || buffer[entry + 3] != 0)
                {
                    return false;
                }

                uint previous = 0;
                for (int slot = 0; slot < AddressHistory.Capacity; slot++)
                {
                    uint hash = LittleEndian.ReadUInt32(buffer, entry + 4 + (slot * 8));
                    uint seconds = LittleEndian.ReadUInt32(buffer, entry + 8 + (slot * 8));
                    if (slot >= count ? (hash != 0 || seconds != 0) : seconds < previous)
                    {
                        return false;
                    }

                    previous = seconds;
                }
            }

            return true;
        }

        /// <summary>Reads a checked body into state, whose records were decoded already.</summary>
        public static void Decode(byte[] buffer, int at, AgentState state)
        {
            state.Seed = (int)LittleEndian.ReadUInt32(buffer, at);
            for (int i = 0; i < state.Count; i++)
            {
                int entry = at + 4 + (i * EntrySize);
                AddressHistory history = state[i].History;
                history.Clear();
                for (int slot = 0; slot < buffer[entry]; slot++)
                {
                    history.Append(LittleEndian.ReadUInt32(buffer, entry + 4 + (slot * 8)), LittleEndian.ReadUInt32(buffer, entry + 8 + (slot * 8)));
                }
            }
        }
    }
}
