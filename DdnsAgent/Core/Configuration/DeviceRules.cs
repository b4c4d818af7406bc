using DdnsAgent.Text;

namespace DdnsAgent.Configuration
{
    /// <summary>The rules for the settings only the ESP32 firmware uses: Wi-Fi, pins and the console speed.</summary>
    public static class DeviceRules
    {
        public const int MaxSsidBytes = 32;
        public const int MaxGpio = 39;

        private static readonly int[] BaudRates = new int[] { 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600 };

        /// <summary>Null when value is acceptable for wifi.ssid or wifi.password, else why not (never quoting a password). Both are counted in UTF-8 bytes, as the ESP32 stores them.</summary>
        public static string WifiProblem(SettingId id, string value)
        {
            if (id == SettingId.WifiSsid)
            {
                int bytes = Utf8.ByteCount(value);
                return bytes == 0 || bytes > MaxSsidBytes ? "must be 1 to 32 bytes long" : null;
            }

            // The ESP32 takes the passphrase as its UTF-8 bytes, at most 63 of them (64 hex digits are a raw key).
            int length = Utf8.ByteCount(value);
            if (length >= 8 && length <= 63)
            {
                return null;
            }

            return value.Length == 64 && IsHex(value)
                ? null
                : "must be 8 to 63 bytes in UTF-8 (8 to 63 characters without accents), or 64 hexadecimal digits; `unset wifi.password` for an open network";
        }

        /// <summary>Null when value is acceptable for a pin or the baud rate, else why not.</summary>
        public static string NumberProblem(SettingId id, int value)
        {
            switch (id)
            {
                case SettingId.LedPin:
                case SettingId.ConsoleTxPin:
                    return PinProblem(value, true);
                case SettingId.ConsoleRxPin:
                    return PinProblem(value, false);
                case SettingId.ConsoleBaudRate:
                    for (int i = 0; i < BaudRates.Length; i++)
                    {
                        if (BaudRates[i] == value)
                        {
                            return null;
                        }
                    }

                    return value.ToString() + " is not a usual serial speed; use 9600, 19200, 38400, 57600, 115200, 230400, 460800 or 921600";
                default:
                    return null;
            }
        }

        private static string PinProblem(int pin, bool output)
        {
            if (pin < 0 || pin > MaxGpio)
            {
                return pin.ToString() + " is not an ESP32 GPIO; use 0 to " + (output ? "33" : "39");
            }

            if (pin >= 6 && pin <= 11)
            {
                return "GPIO " + pin.ToString() + " drives the flash chip on ESP32 modules; choose another pin";
            }

            return output && pin >= 34
                ? "GPIO " + pin.ToString() + " can only be an input on the ESP32; choose 0 to 33"
                : null;
        }

        private static bool IsHex(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                if (!Ascii.IsHexDigit(value[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
