using DdnsAgent.Ports;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Runtime.Native;

namespace DdnsAgent.Firmware
{
    /// <summary>Memory figures and reboot for the ESP32.</summary>
    public sealed class DevicePlatform : IPlatform
    {
        /// <summary>Free managed heap in bytes. Runs a (non-compacting) garbage collection to get an honest figure.</summary>
        public long FreeMemoryBytes
        {
            get { return nanoFramework.Runtime.Native.GC.Run(false); }
        }

        /// <summary>
        /// Largest free block of native (internal) RAM. TLS needs two buffers of about 16.7 KB each from it, so a
        /// small figure here explains TLS failures that the managed heap figure does not.
        /// </summary>
        public long LargestNativeBlockBytes
        {
            get
            {
                uint total;
                uint free;
                uint largest;
                NativeMemory.GetMemoryInfo(NativeMemory.MemoryType.Internal, out total, out free, out largest);
                return largest;
            }
        }

        public void Reboot()
        {
            Power.RebootDevice();
        }
    }
}
