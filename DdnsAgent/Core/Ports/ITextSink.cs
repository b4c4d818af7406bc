namespace DdnsAgent.Ports
{
    /// <summary>Where the console shell writes: the serial port on the device, stdout on the host.</summary>
    public interface ITextSink
    {
        void Write(string text);
    }
}
