using System;
using System.IO.Ports;
using System.Threading;
using DdnsAgent.Ports;
using DdnsAgent.Text;
using nanoFramework.Hardware.Esp32;
using PinFunctions = nanoFramework.Hardware.Esp32.Configuration;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// The user's console on UART COM2, routed to two spare pins (COM1 stays the debug and deploy port).
    /// A reader thread hands every received byte to <see cref="ByteReceived"/> (the shell decodes UTF-8);
    /// <see cref="Write"/> sends UTF-8 and never throws, because a console with nobody attached must not stop
    /// the agent.
    /// </summary>
    public sealed class SerialConsole : ITextSink, IDisposable
    {
        public const string PortName = "COM2";

        private const int ReadTimeoutMilliseconds = 500;
        private const int WriteTimeoutMilliseconds = 1000;
        private const int IdlePollMilliseconds = 20;

        private readonly object _writeLock = new object();
        private readonly byte[] _readBuffer = new byte[64];
        private readonly byte[] _writeBuffer = new byte[128];
        private readonly SerialPort _port;
        private readonly Thread _reader;
        private readonly int _rxPin;
        private readonly int _txPin;
        private readonly int _baudRate;
        private ConsoleByteHandler _byteReceived;
        private bool _running;

        public SerialConsole(int rxPin, int txPin, int baudRate)
        {
            _rxPin = rxPin;
            _txPin = txPin;
            _baudRate = baudRate;

            // Qualified through an alias: inside DdnsAgent, "Configuration" names the settings namespace.
            PinFunctions.SetPinFunction(rxPin, DeviceFunction.COM2_RX);
            PinFunctions.SetPinFunction(txPin, DeviceFunction.COM2_TX);

            _port = new SerialPort(PortName, baudRate);
            _port.ReadTimeout = ReadTimeoutMilliseconds;
            _port.WriteTimeout = WriteTimeoutMilliseconds;
            _port.Open();

            _running = true;
            _reader = new Thread(ReadLoop);
            _reader.Start();
        }

        /// <summary>Where typed bytes go (the console shell's Feed); null drops them.</summary>
        public ConsoleByteHandler ByteReceived
        {
            get { return _byteReceived; }
            set { _byteReceived = value; }
        }

        public bool UsesPins(int rxPin, int txPin, int baudRate)
        {
            return rxPin == _rxPin && txPin == _txPin && baudRate == _baudRate;
        }

        /// <summary>Sends the text as UTF-8 (<see cref="TerminalText"/>): control characters other than CR, LF, Tab and Backspace go out as '?'.</summary>
        public void Write(string text)
        {
            if (text == null || text.Length == 0)
            {
                return;
            }

            Monitor.Enter(_writeLock);
            try
            {
                int position = 0;
                while (position < text.Length)
                {
                    int count = TerminalText.Encode(text, ref position, _writeBuffer);
                    try
                    {
                        _port.Write(_writeBuffer, 0, count);
                    }
                    catch (Exception)
                    {
                        // Write timeout or port closed: console output is best effort.
                        return;
                    }
                }
            }
            finally
            {
                Monitor.Exit(_writeLock);
            }
        }

        public void Dispose()
        {
            _running = false;
            Thread.Sleep(IdlePollMilliseconds * 2);
            try
            {
                _port.Close();
                _port.Dispose();
            }
            catch (Exception)
            {
                // Already closed.
            }
        }

        private void ReadLoop()
        {
            while (_running)
            {
                int available;
                try
                {
                    available = _port.BytesToRead;
                }
                catch (Exception)
                {
                    available = 0;
                }

                if (available <= 0)
                {
                    Thread.Sleep(IdlePollMilliseconds);
                    continue;
                }

                int read;
                try
                {
                    read = _port.Read(_readBuffer, 0, available < _readBuffer.Length ? available : _readBuffer.Length);
                }
                catch (Exception)
                {
                    // TimeoutException when the bytes vanished, or the port is closing.
                    continue;
                }

                ConsoleByteHandler handler = _byteReceived;
                if (handler == null)
                {
                    continue;
                }

                for (int i = 0; i < read; i++)
                {
                    try
                    {
                        handler(_readBuffer[i]);
                    }
                    catch (Exception)
                    {
                        // A fault in the shell must not stop the console; the shell reports its own errors.
                    }
                }
            }
        }
    }
}
