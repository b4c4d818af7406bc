using System;
using System.Threading;
using nanoFramework.Networking;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// The ESP32 boots with its clock near 1970 and only SNTP sets it. Certificates cannot be checked against
    /// such a clock, so nothing may open a TLS connection before <see cref="IsValid"/> holds.
    /// </summary>
    public static class ClockSync
    {
        /// <summary>Any date before this year means SNTP has not set the clock yet.</summary>
        public const int EarliestPlausibleYear = 2025;

        private const int PollMilliseconds = 250;

        public static bool IsValid
        {
            get { return DateTime.UtcNow.Year >= EarliestPlausibleYear; }
        }

        /// <summary>Starts (or restarts) the SNTP client and waits until the clock is plausible or the time is up.</summary>
        public static bool WaitForValid(int timeoutMilliseconds)
        {
            if (!Sntp.IsStarted)
            {
                Sntp.Start();
            }
            else if (!IsValid)
            {
                // Restarts the SNTP service so that it asks now instead of at its next hourly round.
                Sntp.UpdateNow();
            }

            long deadline = MonotonicClock.Milliseconds + timeoutMilliseconds;
            while (!IsValid)
            {
                if (MonotonicClock.Milliseconds >= deadline)
                {
                    return false;
                }

                Thread.Sleep(PollMilliseconds);
            }

            return true;
        }
    }
}
