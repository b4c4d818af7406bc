namespace DdnsAgent.Status
{
    /// <summary>Shows the agent's state: a blinking LED on the device, a status line on the host.</summary>
    public interface IStatusIndicator
    {
        void Show(LedState state);
    }
}
