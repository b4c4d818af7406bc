using nanoFramework.Hardware.Esp32;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// Milliseconds since boot from the ESP32 high-resolution timer. Unlike the wall clock it never jumps
    /// when SNTP sets the time, so it is the one to measure timeouts and blink phases with.
    /// </summary>
    internal static class MonotonicClock
    {
        public static long Milliseconds
        {
            get { return (long)(HighResTimer.GetCurrent() / 1000UL); }
        }
    }
}
