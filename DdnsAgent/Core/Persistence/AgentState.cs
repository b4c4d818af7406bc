using DdnsAgent.Addressing;

namespace DdnsAgent.Persistence
{
    /// <summary>
    /// The persistent memory of the agent: one <see cref="HostState"/> per hostname and address family, in a
    /// set of fixed capacity. Every record is created by the constructor; nothing here allocates afterwards.
    /// Records in use occupy indexes 0 to <see cref="Count"/> - 1, in the order they were added.
    /// </summary>
    public sealed class AgentState
    {
        /// <summary>20 hostnames (the dyndns2 limit per request) times two address families.</summary>
        public const int DefaultCapacity = 40;

        private readonly HostState[] _hosts;
        private int _count;

        public AgentState()
            : this(DefaultCapacity)
        {
        }

        public AgentState(int capacity)
        {
            _hosts = new HostState[capacity < 1 ? 1 : capacity];
            for (int i = 0; i < _hosts.Length; i++)
            {
                _hosts[i] = new HostState();
            }
        }

        public int Capacity => _hosts.Length;

        public int Count => _count;

        /// <summary>
        /// The number that spreads this agent's timing, kept so that it survives restarts where the platform has
        /// no stable one of its own (the host); 0 when none was kept yet. <see cref="Clear"/> keeps it.
        /// </summary>
        public int Seed { get; set; }

        /// <summary>The record at index (0 to <see cref="Count"/> - 1).</summary>
        public HostState this[int index] => _hosts[index];

        /// <summary>The record of hostname (any letter case) and family, or null.</summary>
        public HostState Find(string hostname, AddressFamilyKind family)
        {
            return Find(HostState.HashName(hostname), family);
        }

        /// <summary>The record of a name hash and family, or null.</summary>
        public HostState Find(uint nameHash, AddressFamilyKind family)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_hosts[i].Matches(nameHash, family))
                {
                    return _hosts[i];
                }
            }

            return null;
        }

        /// <summary>The record of hostname and family, created empty if needed; null when the set is full or the family is None.</summary>
        public HostState GetOrAdd(string hostname, AddressFamilyKind family)
        {
            return GetOrAdd(HostState.HashName(hostname), family);
        }

        /// <summary>The record of a name hash and family, created empty if needed; null when the set is full or the family is None.</summary>
        public HostState GetOrAdd(uint nameHash, AddressFamilyKind family)
        {
            if (family != AddressFamilyKind.IPv4 && family != AddressFamilyKind.IPv6)
            {
                return null;
            }

            HostState found = Find(nameHash, family);
            if (found != null || _count == _hosts.Length)
            {
                return found;
            }

            HostState added = _hosts[_count];
            added.Reset(nameHash, family);
            _count++;
            return added;
        }

        /// <summary>Forgets the record of hostname and family; false when there was none.</summary>
        public bool Remove(string hostname, AddressFamilyKind family)
        {
            uint hash = HostState.HashName(hostname);
            for (int i = 0; i < _count; i++)
            {
                if (_hosts[i].Matches(hash, family))
                {
                    RemoveAt(i);
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Forgets every record whose hostname is not in hostnames (after the user removed a name, its old
        /// address must not be trusted if the name comes back). Returns how many records were removed.
        /// </summary>
        public int RetainOnly(string[] hostnames)
        {
            int removed = 0;
            int i = 0;
            while (i < _count)
            {
                if (IsListed(_hosts[i].NameHash, hostnames))
                {
                    i++;
                }
                else
                {
                    RemoveAt(i);
                    removed++;
                }
            }

            return removed;
        }

        /// <summary>Forgets every record (not the <see cref="Seed"/>).</summary>
        public void Clear()
        {
            for (int i = 0; i < _count; i++)
            {
                _hosts[i].Reset(0, AddressFamilyKind.None);
            }

            _count = 0;
        }

        private static bool IsListed(uint nameHash, string[] hostnames)
        {
            if (hostnames == null)
            {
                return false;
            }

            for (int i = 0; i < hostnames.Length; i++)
            {
                if (HostState.HashName(hostnames[i]) == nameHash)
                {
                    return true;
                }
            }

            return false;
        }

        // Keeps the records in use contiguous and in order; the freed object moves to the spare end.
        private void RemoveAt(int index)
        {
            HostState freed = _hosts[index];
            for (int i = index; i < _count - 1; i++)
            {
                _hosts[i] = _hosts[i + 1];
            }

            _count--;
            _hosts[_count] = freed;
            freed.Reset(0, AddressFamilyKind.None);
        }
    }
}
