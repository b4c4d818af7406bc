using DdnsAgent.Status;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>Remembers the LED state the agent shows, and how often it changed.</summary>
    public sealed class FakeStatusIndicator : IStatusIndicator
    {
        public LedState Current { get; private set; }

        public int Changes { get; private set; }

        /// <summary>The words shown with the state, or null.</summary>
        public string Detail { get; private set; }

        public void Show(LedState state, string detail)
        {
            Current = state;
            Detail = detail;
            Changes++;
        }
    }
}
