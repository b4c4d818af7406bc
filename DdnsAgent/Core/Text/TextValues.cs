using System.Collections;

namespace DdnsAgent.Text
{
    /// <summary>
    /// The text forms of configured values: set or not, yes/no words, whole numbers, comma-separated lists.
    /// Culture-free on purpose: the same text means the same value on the device and on every host.
    /// </summary>
    public static class TextValues
    {
        private static readonly char[] Comma = new char[] { ',' };

        /// <summary>False for null and for "": an empty text means "not set" everywhere, never "send it empty".</summary>
        public static bool IsSet(string text)
        {
            return text != null && text.Length > 0;
        }

        /// <summary>yes/no, true/false, on/off, 1/0 in any letter case.</summary>
        public static bool TryParseFlag(string text, out bool value)
        {
            string word = Ascii.ToLower(text);
            value = word == "yes" || word == "true" || word == "on" || word == "1";
            return value || word == "no" || word == "false" || word == "off" || word == "0";
        }

        public static string FormatFlag(bool value)
        {
            return value ? "yes" : "no";
        }

        /// <summary>An optional minus sign and base-10 digits, within the range of Int32.</summary>
        public static bool TryParseNumber(string text, out int value)
        {
            value = 0;
            if (text == null || text.Length == 0 || text.Length > 11)
            {
                return false;
            }

            bool negative = text[0] == '-';
            int start = negative ? 1 : 0;
            if (start == text.Length)
            {
                return false;
            }

            long result = 0;
            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if (!Ascii.IsDigit(c))
                {
                    return false;
                }

                result = (result * 10) + (c - '0');
            }

            result = negative ? -result : result;
            if (result < int.MinValue || result > int.MaxValue)
            {
                return false;
            }

            value = (int)result;
            return true;
        }

        /// <summary>Splits on commas, trims each item and drops empty ones; null when nothing remains.</summary>
        public static string[] SplitList(string text)
        {
            if (text == null)
            {
                return null;
            }

            string[] parts = text.Split(Comma);
            ArrayList items = new ArrayList();
            for (int i = 0; i < parts.Length; i++)
            {
                string item = parts[i].Trim();
                if (item.Length > 0)
                {
                    items.Add(item);
                }
            }

            if (items.Count == 0)
            {
                return null;
            }

            string[] result = new string[items.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (string)items[i];
            }

            return result;
        }

        /// <summary>The spelling in choices of value, ignoring ASCII case; null when value is not set or not among them.</summary>
        public static string FindChoice(string value, string[] choices)
        {
            for (int i = 0; IsSet(value) && i < choices.Length; i++)
            {
                if (Ascii.EqualsIgnoreCase(value, choices[i]))
                {
                    return choices[i];
                }
            }

            return null;
        }

        /// <summary>Null when value is one of choices (any case), else "'value' is not valid; use A, B or C".</summary>
        public static string ChoiceProblem(string value, string[] choices)
        {
            if (FindChoice(value, choices) != null)
            {
                return null;
            }

            string text = "'" + value + "' is not valid; use " + choices[0];
            for (int i = 1; i < choices.Length; i++)
            {
                text = text + (i == choices.Length - 1 ? " or " : ", ") + choices[i];
            }

            return text;
        }

        /// <summary>"a, b, c"; null for a null or empty list.</summary>
        public static string JoinList(string[] items)
        {
            if (items == null || items.Length == 0)
            {
                return null;
            }

            string text = items[0];
            for (int i = 1; i < items.Length; i++)
            {
                text = text + ", " + items[i];
            }

            return text;
        }
    }
}
