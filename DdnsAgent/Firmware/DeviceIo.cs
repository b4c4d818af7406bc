using System;
using System.Diagnostics;
using DdnsAgent.Configuration;
using DdnsAgent.Ports;
using DdnsAgent.Status;
using nanoFramework.Hardware.Esp32;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// The console and the status LED, opened on the default pins at power-up (so that the user sees and hears
    /// something before the settings are read) and moved to the configured pins once they are known. Either may
    /// be missing when its pin is unusable on the board; the agent then runs without it.
    /// </summary>
    public sealed class DeviceIo : ITextSink, IStatusIndicator
    {
        /// <summary>
        /// Console pins used instead of GPIO16/17 on boards with PSRAM: general-purpose on the ESP32, S2 and S3
        /// alike, where GPIO26/27 would collide with the S2/S3 flash and PSRAM pins.
        /// </summary>
        public const int PsramSafeRxPin = 13;
        public const int PsramSafeTxPin = 14;

        private SerialConsole _console;
        private GpioStatusLed _led;
        private ConsoleByteHandler _input;
        private LedState _shown = LedState.Starting;
        private bool _atLineStart = true;

        public DeviceIo(Settings pins)
        {
            int rxPin;
            int txPin;
            ConsolePins(pins, out rxPin, out txPin);
            _console = OpenConsole(rxPin, txPin, pins.ConsoleBaudRate);
            _led = OpenLed(pins);
        }

        /// <summary>Where console input goes; kept across a move to other pins.</summary>
        public ConsoleByteHandler Input
        {
            get { return _input; }
            set
            {
                _input = value;
                if (_console != null)
                {
                    _console.ByteReceived = value;
                }
            }
        }

        /// <summary>Console output only: the shell's echo and answers go here, keystroke by keystroke.</summary>
        public void Write(string text)
        {
            if (text == null || text.Length == 0)
            {
                return;
            }

            _atLineStart = text[text.Length - 1] == '\n';
            if (_console != null)
            {
                _console.Write(text);
            }
        }

        /// <summary>
        /// A line from the firmware itself (Wi-Fi, clock, TLS), on a line of its own on the console and in the
        /// debugger's output. It may land after a prompt or in the middle of what the user is typing; Enter
        /// brings a fresh prompt.
        /// </summary>
        public void Report(string line)
        {
            Debug.WriteLine(line);
            Write(_atLineStart ? string.Concat(line, "\r\n") : string.Concat("\r\n", line, "\r\n"));
        }

        /// <summary>The LED shows the state; the words are for `status` (the console is the user's, not a status line).</summary>
        public void Show(LedState state, string detail)
        {
            _shown = state;
            if (_led != null)
            {
                _led.Show(state, null);
            }
        }

        /// <summary>Reopens the console and the LED where the settings differ from the pins in use.</summary>
        public void MoveTo(Settings pins)
        {
            int rxPin;
            int txPin;
            ConsolePins(pins, out rxPin, out txPin);
            if (_console == null || !_console.UsesPins(rxPin, txPin, pins.ConsoleBaudRate))
            {
                if (_console != null)
                {
                    _console.Dispose();
                }

                _console = OpenConsole(rxPin, txPin, pins.ConsoleBaudRate);
                Input = _input;
            }

            if (_led == null || _led.Pin != pins.LedPin || _led.ActiveLow != pins.LedActiveLow)
            {
                if (_led != null)
                {
                    _led.Dispose();
                }

                _led = OpenLed(pins);
                Show(_shown, null);
            }
        }

        private static SerialConsole OpenConsole(int rxPin, int txPin, int baudRate)
        {
            try
            {
                return new SerialConsole(rxPin, txPin, baudRate);
            }
            catch (Exception)
            {
                Debug.WriteLine("console: COM2 could not be opened on the configured pins");
                return null;
            }
        }

        /// <summary>
        /// The configured console pins, except on boards with PSRAM when they name GPIO16/17: on WROVER modules these
        /// are the PSRAM's chip select and clock and taking them for the UART would crash the board, so the console
        /// moves to <see cref="PsramSafeRxPin"/>/<see cref="PsramSafeTxPin"/>.
        /// </summary>
        private static void ConsolePins(Settings pins, out int rxPin, out int txPin)
        {
            rxPin = pins.ConsoleRxPin;
            txPin = pins.ConsoleTxPin;
            if ((UsesPsramPin(rxPin) || UsesPsramPin(txPin)) && HasPsram())
            {
                Debug.WriteLine("console: GPIO16/17 drive the PSRAM on this board; using RX GPIO13 and TX GPIO14");
                rxPin = PsramSafeRxPin;
                txPin = PsramSafeTxPin;
            }
        }

        private static bool UsesPsramPin(int pin)
        {
            return pin == 16 || pin == 17;
        }

        private static bool HasPsram()
        {
            try
            {
                uint total;
                uint free;
                uint largest;
                NativeMemory.GetMemoryInfo(NativeMemory.MemoryType.SpiRam, out total, out free, out largest);
                return total > 0;
            }
            catch (Exception)
            {
                return false;
            }
        }

        private static GpioStatusLed OpenLed(Settings pins)
        {
            try
            {
                return new GpioStatusLed(pins.LedPin, pins.LedActiveLow);
            }
            catch (Exception)
            {
                Debug.WriteLine("led: the configured pin cannot drive an LED");
                return null;
            }
        }
    }
}
