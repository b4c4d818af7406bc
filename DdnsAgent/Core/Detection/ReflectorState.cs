using System;
using DdnsAgent.Addressing;

namespace DdnsAgent.Detection
{
    /// <summary>
    /// What the detector remembers about one reflector: its request path as bytes (prepared once, so a
    /// request is built by copying), when it was last asked, its last good answer, and its bench time.
    /// </summary>
    internal sealed class ReflectorState
    {
        public ReflectorState(Reflector reflector, AddressFamilyKind family)
        {
            Reflector = reflector;
            Family = family;
            PathBytes = new byte[reflector.Path.Length];
            for (int i = 0; i < PathBytes.Length; i++)
            {
                PathBytes[i] = (byte)reflector.Path[i];
            }

            SpacingTicks = reflector.MinSpacingSeconds * AddressDetector.TicksPerSecond;
        }

        /// <summary>
        /// One state per reflector and family, in order. A reflector for either family gets two: its IPv4
        /// answer says nothing about IPv6, and each family keeps its own spacing.
        /// </summary>
        public static ReflectorState[] ForEach(Reflector[] reflectors, int targetCapacity)
        {
            int count = 0;
            for (int i = 0; reflectors != null && i < reflectors.Length; i++)
            {
                if (reflectors[i].Path.Length > targetCapacity)
                {
                    throw new ArgumentOutOfRangeException("reflectors", "a reflector path is longer than the request buffer");
                }

                count += reflectors[i].Family == AddressFamilyKind.None ? 2 : 1;
            }

            var states = new ReflectorState[count];
            int next = 0;
            for (int i = 0; next < count; i++)
            {
                var reflector = reflectors[i];
                if (reflector.Family == AddressFamilyKind.None)
                {
                    states[next++] = new ReflectorState(reflector, AddressFamilyKind.IPv4);
                    states[next++] = new ReflectorState(reflector, AddressFamilyKind.IPv6);
                }
                else
                {
                    states[next++] = new ReflectorState(reflector, reflector.Family);
                }
            }

            return states;
        }

        public Reflector Reflector { get; }

        /// <summary>The family this state asks for: a reflector that serves both gets one state per family.</summary>
        public AddressFamilyKind Family { get; }

        public byte[] PathBytes { get; }

        public long SpacingTicks { get; }

        public bool HasBeenAsked { get; set; }

        public long LastAskedTicks { get; set; }

        /// <summary>The answer of the last request if it succeeded, else <see cref="IpAddress.None"/>.</summary>
        public IpAddress LastAnswer { get; set; }

        /// <summary>Not asked again before this time, after it refused us (HTTP 403 or 429).</summary>
        public long BenchedUntilTicks { get; set; }

        /// <summary>True while the last request is more recent than the spacing allows to repeat it.</summary>
        public bool IsResting(long now) =>
            HasBeenAsked && now >= LastAskedTicks && now - LastAskedTicks < SpacingTicks;

        /// <summary>
        /// True while benched. A clock that jumped back (SNTP) cannot stretch the bench beyond its length.
        /// </summary>
        public bool IsBenched(long now) =>
            now < BenchedUntilTicks && BenchedUntilTicks - now <= AddressDetector.BenchSeconds * AddressDetector.TicksPerSecond;
    }
}
