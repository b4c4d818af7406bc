using System;
using System.Collections.Generic;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>
    /// Faults waiting to be served: each entry applies to the next N requests, in the order they were
    /// injected. Thread-safe.
    /// </summary>
    public sealed class FaultQueue
    {
        private readonly object gate = new object();
        private readonly LinkedList<Entry> entries = new LinkedList<Entry>();

        /// <summary>Serves <paramref name="fault"/> to the next <paramref name="times"/> requests (after earlier entries).</summary>
        public void Enqueue(ServerFault fault, int times = 1)
        {
            if (fault == null)
            {
                throw new ArgumentNullException(nameof(fault));
            }
            if (times < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(times), "a fault applies to at least one request");
            }
            lock (gate)
            {
                entries.AddLast(new Entry(fault, times));
            }
        }

        /// <summary>Takes the fault for this request, if any.</summary>
        public bool TryTake(out ServerFault fault)
        {
            lock (gate)
            {
                if (entries.First == null)
                {
                    fault = null;
                    return false;
                }
                Entry first = entries.First.Value;
                fault = first.Fault;
                first.Remaining--;
                if (first.Remaining == 0)
                {
                    entries.RemoveFirst();
                }
                return true;
            }
        }

        /// <summary>How many requests still get a fault.</summary>
        public int Pending
        {
            get
            {
                lock (gate)
                {
                    long total = 0;
                    foreach (Entry entry in entries)
                    {
                        total += entry.Remaining;
                    }
                    return (int)Math.Min(total, int.MaxValue);
                }
            }
        }

        public void Clear()
        {
            lock (gate)
            {
                entries.Clear();
            }
        }

        private sealed class Entry
        {
            public Entry(ServerFault fault, int remaining)
            {
                Fault = fault;
                Remaining = remaining;
            }

            public ServerFault Fault { get; }

            public int Remaining { get; set; }
        }
    }
}
