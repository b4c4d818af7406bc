namespace DdnsAgent.Status
{
    /// <summary>
    /// The blink pattern of each <see cref="LedState"/>, as a pure function of time, so that the device's
    /// LED driver and the tests agree and a person can tell every state apart by eye within five seconds:
    /// <list type="table">
    /// <item><term>Starting</term><description>steady on (the first seconds after power-up).</description></item>
    /// <item><term>NoConfiguration</term><description>double blink every 2 s.</description></item>
    /// <item><term>NoNetwork</term><description>slow even blink, once a second (1 Hz).</description></item>
    /// <item><term>Working</term><description>fast flicker, 5 times a second (detecting or updating).</description></item>
    /// <item><term>AllGood</term><description>one short blip every 5 s, dark otherwise.</description></item>
    /// <item><term>WaitingToRetry</term><description>triple blink every 2 s.</description></item>
    /// <item><term>HaltedConfig</term><description>on, with a short dark wink every 2 s (stopped on credentials or configuration).</description></item>
    /// <item><term>HaltedAbuse</term><description>SOS in Morse code (short-short-short, long-long-long, short-short-short), every 5.1 s.</description></item>
    /// <item><term>ChangeHeld</term><description>a long and a short blink every 2 s (a change was seen; its update waits, see `status`).</description></item>
    /// <item><term>StorageFault</term><description>two long blinks every 2 s (the state cannot be saved, so nothing is sent; see `status`).</description></item>
    /// </list>
    /// Patterns are tables of alternating on and off durations, starting with on; time zero is when the
    /// state began, and the pattern repeats with its period.
    /// </summary>
    public static class LedPattern
    {
        // Morse timing for SOS: a dot is one unit on, a dash three; one unit between signs, three between letters.
        private const int Unit = 150;
        private const int Dot = Unit;
        private const int Dash = 3 * Unit;

        private static readonly int[] SteadyOn = new int[] { 1000, 0 };
        private static readonly int[] DoubleBlink = new int[] { 150, 150, 150, 1550 };
        private static readonly int[] SlowBlink = new int[] { 500, 500 };
        private static readonly int[] FastBlink = new int[] { 100, 100 };
        private static readonly int[] ShortBlip = new int[] { 100, 4900 };
        private static readonly int[] TripleBlink = new int[] { 150, 150, 150, 150, 150, 1250 };
        private static readonly int[] DarkWink = new int[] { 1750, 250 };
        private static readonly int[] LongShort = new int[] { 600, 200, 100, 1100 };
        private static readonly int[] LongLong = new int[] { 600, 200, 600, 600 };
        private static readonly int[] Sos = new int[]
        {
            Dot, Unit, Dot, Unit, Dot, 3 * Unit,
            Dash, Unit, Dash, Unit, Dash, 3 * Unit,
            Dot, Unit, Dot, Unit, Dot, 7 * Unit,
        };

        /// <summary>Whether the LED is lit at the given time since the state began. Any elapsed value is safe; negative values continue the pattern backwards.</summary>
        public static bool IsOn(LedState state, long elapsedMilliseconds)
        {
            int[] durations = DurationsOf(state);
            if (durations == null)
            {
                return false;
            }

            long period = Sum(durations);
            long position = elapsedMilliseconds % period;
            if (position < 0)
            {
                position += period;
            }

            for (int i = 0; i < durations.Length; i++)
            {
                if (position < durations[i])
                {
                    return (i & 1) == 0;
                }

                position -= durations[i];
            }

            return false;
        }

        /// <summary>How long one cycle of the state's pattern lasts, in milliseconds; 0 for a value outside <see cref="LedState"/>.</summary>
        public static int PeriodMilliseconds(LedState state)
        {
            int[] durations = DurationsOf(state);
            return durations == null ? 0 : Sum(durations);
        }

        private static int[] DurationsOf(LedState state)
        {
            switch (state)
            {
                case LedState.Starting: return SteadyOn;
                case LedState.NoConfiguration: return DoubleBlink;
                case LedState.NoNetwork: return SlowBlink;
                case LedState.Working: return FastBlink;
                case LedState.AllGood: return ShortBlip;
                case LedState.WaitingToRetry: return TripleBlink;
                case LedState.HaltedConfig: return DarkWink;
                case LedState.HaltedAbuse: return Sos;
                case LedState.ChangeHeld: return LongShort;
                case LedState.StorageFault: return LongLong;
                default: return null;
            }
        }

        private static int Sum(int[] durations)
        {
            int total = 0;
            for (int i = 0; i < durations.Length; i++)
            {
                total += durations[i];
            }

            return total;
        }
    }
}
