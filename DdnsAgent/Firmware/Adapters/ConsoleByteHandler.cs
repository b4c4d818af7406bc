namespace DdnsAgent.Firmware
{
    /// <summary>Receives every byte typed on the serial console, in order, on the console's reader thread.</summary>
    public delegate void ConsoleByteHandler(byte value);
}
