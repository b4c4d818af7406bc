using System;
using System.Net.NetworkInformation;
using DdnsAgent.Persistence;
using DdnsAgent.Protocol;
using nanoFramework.Hardware.Esp32;

namespace DdnsAgent.Firmware
{
    /// <summary>What the agent says about the board: its name in the User-Agent and the seed that spreads its timing.</summary>
    internal static class DeviceIdentity
    {
        public const string Name = AgentIdentity.Esp32Device;

        /// <summary>
        /// The CRC-32 of the first MAC address: it differs between boards and stays with the board, so a fleet that
        /// starts, changes address or fails together spreads out, each board at its own moments (see Engine/Spread).
        /// Without a network interface, the microseconds since boot.
        /// </summary>
        public static int Seed()
        {
            try
            {
                NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
                for (int i = 0; i < interfaces.Length; i++)
                {
                    byte[] mac = interfaces[i].PhysicalAddress;
                    if (mac != null && mac.Length > 0)
                    {
                        return (int)Crc32.Compute(mac, 0, mac.Length);
                    }
                }
            }
            catch (Exception)
            {
                // No interface on this image: fall back on the timer.
            }

            return (int)HighResTimer.GetCurrent();
        }
    }
}
