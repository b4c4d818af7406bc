using DdnsAgent.Addressing;

namespace DdnsAgent.Persistence
{
    /// <summary>
    /// The updates sent whose answers are not recorded yet (section "AT" of <see cref="StateCodec"/>, format 2):
    /// saved before an update goes, cleared with its answer, so that a restart after a crash knows the provider
    /// may already have the address (see <see cref="HostState.AttemptAddress"/>). Written only while some record has
    /// such an attempt, so that a state at rest stays readable by firmware older than this section.
    /// <code>
    /// body    one entry per record, in record order
    /// entry   0 sends u8 (0: none) | 1 address family u8 | 2 reserved (0) u16 | 4 sent at u32 (seconds since 2000)
    ///         8 address high u64 | 16 address low u64
    /// </code>
    /// An entry without an attempt is all zero; an IPv4 address keeps the high half zero.
    /// </summary>
    public static class AttemptSection
    {
        /// <summary>"AT", little-endian.</summary>
        public const int Tag = 0x5441;

        public const int EntrySize = 24;

        /// <summary>The body length for records records.</summary>
        public static int BodySize(int records)
        {
            return records * EntrySize;
        }

        /// <summary>True when some record of state has an unanswered attempt (the section is then written).</summary>
        public static bool IsNeeded(AgentState state)
        {
            for (int i = 0; i < state.Count; i++)
            {
                if (state[i].AttemptSends > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Writes the body at offset at; returns its length.</summary>
        public static int Encode(AgentState state, byte[] buffer, int at)
        {
            for (int i = 0; i < state.Count; i++)
            {
                HostState record = state[i];
                int entry = at + (i * EntrySize);
                IpAddress address = record.AttemptSends > 0 ? record.AttemptAddress : IpAddress.None;
                bool v4 = address.Family == AddressFamilyKind.IPv4;
                buffer[entry] = address.IsNone ? (byte)0 : (byte)record.AttemptSends;
                buffer[entry + 1] = (byte)address.Family;
                buffer[entry + 2] = 0;
                buffer[entry + 3] = 0;
                LittleEndian.WriteUInt32(buffer, entry + 4, address.IsNone ? 0 : AddressHistory.ToSeconds(record.AttemptUtc));
                LittleEndian.WriteUInt64(buffer, entry + 8, address.IsNone || v4 ? 0 : address.High);
                LittleEndian.WriteUInt64(buffer, entry + 16, address.IsNone ? 0 : (v4 ? (uint)address.Low : address.Low));
            }

            return BodySize(state.Count);
        }

        /// <summary>True when the body at offset at, for records records, holds only possible values.</summary>
        public static bool IsPlausible(byte[] buffer, int at, int records)
        {
            for (int i = 0; i < records; i++)
            {
                int entry = at + (i * EntrySize);
                int sends = buffer[entry];
                int family = buffer[entry + 1];
                ulong high = LittleEndian.ReadUInt64(buffer, entry + 8);
                ulong low = LittleEndian.ReadUInt64(buffer, entry + 16);
                if (buffer[entry + 2] != 0 || buffer[entry + 3] != 0)
                {
                    return false;
                }

                if (sends == 0)
                {
                    if (family != 0 || LittleEndian.ReadUInt32(buffer, entry + 4) != 0 || high != 0 || low != 0)
                    {
                        return false;
                    }
                }
                else if (family == (byte)AddressFamilyKind.IPv4 ? (high != 0 || low > 0xFFFFFFFF) : family != (byte)AddressFamilyKind.IPv6)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Reads a checked body into state, whose records were decoded already.</summary>
        public static void Decode(byte[] buffer, int at, AgentState state)
        {
            for (int i = 0; i < state.Count; i++)
            {
                int entry = at + (i * EntrySize);
                int sends = buffer[entry];
                if (sends == 0)
                {
                    state[i].ClearAttempt();
                    continue;
                }

                ulong low = LittleEndian.ReadUInt64(buffer, entry + 16);
                IpAddress address = buffer[entry + 1] == (byte)AddressFamilyKind.IPv4
                    ? IpAddress.FromIPv4((uint)low)
                    : IpAddress.FromIPv6(LittleEndian.ReadUInt64(buffer, entry + 8), low);
                state[i].RestoreAttempt(address, AddressHistory.FromSeconds(LittleEndian.ReadUInt32(buffer, entry + 4)), sends);
            }
        }
    }
}
