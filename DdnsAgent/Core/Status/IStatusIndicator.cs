namespace DdnsAgent.Status
{
    /// <summary>Shows the agent's state: a blinking LED on the device, a status line on the host.</summary>
    public interface IStatusIndicator
    {
        /// <param name="state">What the LED shows.</param>
        /// <param name="detail">
        /// The state in words when they say more than the state's own text (a held update: "change to X seen;
        /// sending at T (why)"), for indicators that show text; null otherwise.
        /// </param>
        void Show(LedState state, string detail);
    }
}
