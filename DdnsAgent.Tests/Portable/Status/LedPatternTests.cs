#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Status;

namespace DdnsAgent.Tests.Status
{
    [TestClass]
    public class LedPatternTests
    {
        private static readonly LedState[] AllStates = new LedState[]
        {
            LedState.Starting, LedState.NoConfiguration, LedState.NoNetwork, LedState.Working,
            LedState.AllGood, LedState.WaitingToRetry, LedState.HaltedConfig, LedState.HaltedAbuse, LedState.ChangeHeld,
            LedState.StorageFault,
        };

        // Sample points of each documented pattern: state, milliseconds since the state began, lit.
        private static readonly TimelinePoint[] Timeline = new TimelinePoint[]
        {
            new TimelinePoint(LedState.Starting, 0, true),
            new TimelinePoint(LedState.Starting, 999, true),
            new TimelinePoint(LedState.Starting, 123457, true),

            new TimelinePoint(LedState.NoConfiguration, 0, true),
            new TimelinePoint(LedState.NoConfiguration, 149, true),
            new TimelinePoint(LedState.NoConfiguration, 150, false),
            new TimelinePoint(LedState.NoConfiguration, 300, true),
            new TimelinePoint(LedState.NoConfiguration, 449, true),
            new TimelinePoint(LedState.NoConfiguration, 450, false),
            new TimelinePoint(LedState.NoConfiguration, 1999, false),
            new TimelinePoint(LedState.NoConfiguration, 2000, true),

            new TimelinePoint(LedState.NoNetwork, 0, true),
            new TimelinePoint(LedState.NoNetwork, 499, true),
            new TimelinePoint(LedState.NoNetwork, 500, false),
            new TimelinePoint(LedState.NoNetwork, 999, false),
            new TimelinePoint(LedState.NoNetwork, 1000, true),

            new TimelinePoint(LedState.Working, 0, true),
            new TimelinePoint(LedState.Working, 99, true),
            new TimelinePoint(LedState.Working, 100, false),
            new TimelinePoint(LedState.Working, 199, false),
            new TimelinePoint(LedState.Working, 200, true),

            new TimelinePoint(LedState.AllGood, 0, true),
            new TimelinePoint(LedState.AllGood, 99, true),
            new TimelinePoint(LedState.AllGood, 100, false),
            new TimelinePoint(LedState.AllGood, 2500, false),
            new TimelinePoint(LedState.AllGood, 4999, false),
            new TimelinePoint(LedState.AllGood, 5000, true),

            new TimelinePoint(LedState.WaitingToRetry, 0, true),
            new TimelinePoint(LedState.WaitingToRetry, 150, false),
            new TimelinePoint(LedState.WaitingToRetry, 300, true),
            new TimelinePoint(LedState.WaitingToRetry, 450, false),
            new TimelinePoint(LedState.WaitingToRetry, 600, true),
            new TimelinePoint(LedState.WaitingToRetry, 749, true),
            new TimelinePoint(LedState.WaitingToRetry, 750, false),
            new TimelinePoint(LedState.WaitingToRetry, 1999, false),
            new TimelinePoint(LedState.WaitingToRetry, 2000, true),

            new TimelinePoint(LedState.HaltedConfig, 0, true),
            new TimelinePoint(LedState.HaltedConfig, 1749, true),
            new TimelinePoint(LedState.HaltedConfig, 1750, false),
            new TimelinePoint(LedState.HaltedConfig, 1999, false),
            new TimelinePoint(LedState.HaltedConfig, 2000, true),

            // S: three 150 ms dots; O: three 450 ms dashes; S again; then a 1050 ms pause.
            new TimelinePoint(LedState.HaltedAbuse, 0, true),
            new TimelinePoint(LedState.HaltedAbuse, 149, true),
            new TimelinePoint(LedState.HaltedAbuse, 150, false),
            new TimelinePoint(LedState.HaltedAbuse, 300, true),
            new TimelinePoint(LedState.HaltedAbuse, 600, true),
            new TimelinePoint(LedState.HaltedAbuse, 750, false),
            new TimelinePoint(LedState.HaltedAbuse, 1199, false),
            new TimelinePoint(LedState.HaltedAbuse, 1200, true),
            new TimelinePoint(LedState.HaltedAbuse, 1649, true),
            new TimelinePoint(LedState.HaltedAbuse, 1650, false),
            new TimelinePoint(LedState.HaltedAbuse, 1800, true),
            new TimelinePoint(LedState.HaltedAbuse, 2400, true),
            new TimelinePoint(LedState.HaltedAbuse, 2849, true),
            new TimelinePoint(LedState.HaltedAbuse, 2850, false),
            new TimelinePoint(LedState.HaltedAbuse, 3300, true),
            new TimelinePoint(LedState.HaltedAbuse, 3449, true),
            new TimelinePoint(LedState.HaltedAbuse, 3450, false),
            new TimelinePoint(LedState.HaltedAbuse, 3900, true),
            new TimelinePoint(LedState.HaltedAbuse, 4050, false),
            new TimelinePoint(LedState.HaltedAbuse, 5099, false),
            new TimelinePoint(LedState.HaltedAbuse, 5100, true),

            // A long blink, a short one, then dark: a change seen, its update waiting.
            new TimelinePoint(LedState.ChangeHeld, 0, true),
            new TimelinePoint(LedState.ChangeHeld, 599, true),
            new TimelinePoint(LedState.ChangeHeld, 600, false),
            new TimelinePoint(LedState.ChangeHeld, 799, false),
            new TimelinePoint(LedState.ChangeHeld, 800, true),
            new TimelinePoint(LedState.ChangeHeld, 899, true),
            new TimelinePoint(LedState.ChangeHeld, 900, false),
            new TimelinePoint(LedState.ChangeHeld, 1999, false),
            new TimelinePoint(LedState.ChangeHeld, 2000, true),

            // Two long blinks, then dark: the state cannot be saved.
            new TimelinePoint(LedState.StorageFault, 0, true),
            new TimelinePoint(LedState.StorageFault, 599, true),
            new TimelinePoint(LedState.StorageFault, 600, false),
            new TimelinePoint(LedState.StorageFault, 799, false),
            new TimelinePoint(LedState.StorageFault, 800, true),
            new TimelinePoint(LedState.StorageFault, 1399, true),
            new TimelinePoint(LedState.StorageFault, 1400, false),
            new TimelinePoint(LedState.StorageFault, 1999, false),
            new TimelinePoint(LedState.StorageFault, 2000, true),
        };

        [TestMethod]
        public void EachPatternFollowsItsDocumentedTimeline()
        {
            for (int i = 0; i < Timeline.Length; i++)
            {
                TimelinePoint point = Timeline[i];
                Assert.AreEqual(point.Lit, LedPattern.IsOn(point.State, point.Milliseconds), "state " + ((int)point.State).ToString() + " at " + point.Milliseconds.ToString() + " ms");
            }
        }

        [TestMethod]
        public void PeriodsAreAsDocumented()
        {
            int[] expected = new int[] { 1000, 2000, 1000, 200, 5000, 2000, 2000, 5100, 2000, 2000 };
            for (int i = 0; i < AllStates.Length; i++)
            {
                Assert.AreEqual(expected[i], LedPattern.PeriodMilliseconds(AllStates[i]), "state " + i.ToString());
            }
        }

        [TestMethod]
        public void EachPatternRepeatsWithItsPeriod()
        {
            for (int i = 0; i < AllStates.Length; i++)
            {
                int period = LedPattern.PeriodMilliseconds(AllStates[i]);
                for (long t = 0; t < period; t += 10)
                {
                    bool lit = LedPattern.IsOn(AllStates[i], t);
                    Assert.AreEqual(lit, LedPattern.IsOn(AllStates[i], t + period), "state " + i.ToString() + " at " + t.ToString());
                    Assert.AreEqual(lit, LedPattern.IsOn(AllStates[i], t + (37L * period)), "state " + i.ToString() + " 37 periods later");
                }
            }
        }

        [TestMethod]
        public void EveryPatternLightsUpAtOnceSoAStateChangeIsSeen()
        {
            for (int i = 0; i < AllStates.Length; i++)
            {
                Assert.IsTrue(LedPattern.IsOn(AllStates[i], 0), "state " + i.ToString());
            }
        }

        [TestMethod]
        public void PatternsArePairwiseDistinct()
        {
            // Over ten seconds (two periods of the longest pattern), sampled every 10 ms.
            for (int a = 0; a < AllStates.Length; a++)
            {
                for (int b = a + 1; b < AllStates.Length; b++)
                {
                    int differences = 0;
                    for (long t = 0; t < 10200; t += 10)
                    {
                        if (LedPattern.IsOn(AllStates[a], t) != LedPattern.IsOn(AllStates[b], t))
                        {
                            differences++;
                        }
                    }

                    // At least a quarter of a second of difference, so that a person can see it.
                    Assert.IsTrue(differences >= 25, "states " + a.ToString() + " and " + b.ToString() + " differ for only " + differences.ToString() + "0 ms");
                }
            }
        }

        [TestMethod]
        public void OnlyStartingIsSteady()
        {
            for (int i = 0; i < AllStates.Length; i++)
            {
                bool sawOff = false;
                int period = LedPattern.PeriodMilliseconds(AllStates[i]);
                for (long t = 0; t < period; t += 10)
                {
                    sawOff |= !LedPattern.IsOn(AllStates[i], t);
                }

                Assert.AreEqual(AllStates[i] != LedState.Starting, sawOff, "state " + i.ToString());
            }
        }

        [TestMethod]
        public void NegativeAndHugeElapsedTimesAreSafe()
        {
            long[] times = new long[] { long.MinValue, long.MinValue + 1, -1, -5099, long.MaxValue, long.MaxValue - 1 };
            for (int i = 0; i < AllStates.Length; i++)
            {
                int period = LedPattern.PeriodMilliseconds(AllStates[i]);
                for (int j = 0; j < times.Length; j++)
                {
                    LedPattern.IsOn(AllStates[i], times[j]);
                }

                // Before zero the pattern continues backwards: -1 is the last millisecond of a period.
                Assert.AreEqual(LedPattern.IsOn(AllStates[i], period - 1), LedPattern.IsOn(AllStates[i], -1), "state " + i.ToString());
                Assert.AreEqual(LedPattern.IsOn(AllStates[i], 0), LedPattern.IsOn(AllStates[i], -period), "state " + i.ToString());
            }
        }

        [TestMethod]
        public void AValueOutsideTheEnumIsDark()
        {
            Assert.IsFalse(LedPattern.IsOn((LedState)99, 0));
            Assert.IsFalse(LedPattern.IsOn((LedState)(-1), 1234));
            Assert.AreEqual(0, LedPattern.PeriodMilliseconds((LedState)99));
        }

        // Explicit getters: auto-properties of a struct need an attribute nanoFramework's mscorlib lacks.
        private struct TimelinePoint
        {
            private readonly LedState _state;
            private readonly long _milliseconds;
            private readonly bool _lit;

            public TimelinePoint(LedState state, long milliseconds, bool lit)
            {
                _state = state;
                _milliseconds = milliseconds;
                _lit = lit;
            }

            public LedState State
            {
                get { return _state; }
            }

            public long Milliseconds
            {
                get { return _milliseconds; }
            }

            public bool Lit
            {
                get { return _lit; }
            }
        }
    }
}
