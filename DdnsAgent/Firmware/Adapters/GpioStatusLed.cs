using System;
using System.Device.Gpio;
using System.Threading;
using DdnsAgent.Status;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// Drives one LED from <see cref="LedPattern"/>: a timer samples the pattern every
    /// <see cref="TickMilliseconds"/> and writes the pin only when the level changes. Boards wire their LED
    /// either way round, hence <c>activeLow</c>.
    /// </summary>
    public sealed class GpioStatusLed : IStatusIndicator, IDisposable
    {
        public const int TickMilliseconds = 50;

        private readonly object _sync = new object();
        private readonly GpioController _gpio;
        private readonly int _pin;
        private readonly bool _activeLow;
        private readonly Timer _timer;
        private LedState _state = LedState.Starting;
        private long _stateSince;
        private int _level = -1;

        public GpioStatusLed(int pin, bool activeLow)
        {
            _pin = pin;
            _activeLow = activeLow;
            _gpio = new GpioController();
            _gpio.OpenPin(pin, PinMode.Output);
            _stateSince = MonotonicClock.Milliseconds;
            WriteLevel(false);
            _timer = new Timer(OnTick, null, 0, TickMilliseconds);
        }

        public int Pin
        {
            get { return _pin; }
        }

        public bool ActiveLow
        {
            get { return _activeLow; }
        }

        /// <summary>Switches pattern (detail has no place on an LED). Showing the state already shown keeps its phase, so callers may repeat it every tick.</summary>
        public void Show(LedState state, string detail)
        {
            Monitor.Enter(_sync);
            try
            {
                if (state == _state)
                {
                    return;
                }

                _state = state;
                _stateSince = MonotonicClock.Milliseconds;
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        public void Dispose()
        {
            _timer.Dispose();
            Monitor.Enter(_sync);
            try
            {
                WriteLevel(false);
            }
            finally
            {
                Monitor.Exit(_sync);
            }

            _gpio.Dispose();
        }

        private void OnTick(object unused)
        {
            Monitor.Enter(_sync);
            try
            {
                WriteLevel(LedPattern.IsOn(_state, MonotonicClock.Milliseconds - _stateSince));
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        private void WriteLevel(bool on)
        {
            bool high = on != _activeLow;
            int level = high ? 1 : 0;
            if (level == _level)
            {
                return;
            }

            _level = level;
            _gpio.Write(_pin, high ? PinValue.High : PinValue.Low);
        }
    }
}
