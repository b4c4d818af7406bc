using System;

namespace DdnsAgent.Tests.Allocation
{
    /// <summary>Counts the bytes this thread allocates while an action runs many times, after a warm-up.</summary>
    internal static class AllocationMeter
    {
        public const int WarmUp = 200;
        public const int Iterations = 20000;

        public static long BytesAllocated(Action once)
        {
            for (int i = 0; i < WarmUp; i++)
            {
                once();
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Iterations; i++)
            {
                once();
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}
