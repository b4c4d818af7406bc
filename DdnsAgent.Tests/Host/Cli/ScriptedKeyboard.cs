using System;
using DdnsAgent.Host.Cli;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>A terminal whose user types a fixed text ('\r' is Enter, '\u0003' is Ctrl-C), then Ctrl-D.</summary>
    public sealed class ScriptedKeyboard : IKeyboard
    {
        private readonly string _typed;
        private int _next;

        public ScriptedKeyboard(string typed)
        {
            _typed = typed;
        }

        public bool Began { get; private set; }

        public bool Ended { get; private set; }

        public void Begin()
        {
            Began = true;
        }

        public ConsoleKeyInfo ReadKey()
        {
            if (_next == _typed.Length)
            {
                return new ConsoleKeyInfo('\u0004', ConsoleKey.D, false, false, true);
            }

            char c = _typed[_next++];
            switch (c)
            {
                case '\r':
                    return new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false);
                case '\b':
                    return new ConsoleKeyInfo('\b', ConsoleKey.Backspace, false, false, false);
                case '\u0003':
                    return new ConsoleKeyInfo('\u0003', ConsoleKey.C, false, false, true);
                default:
                    return new ConsoleKeyInfo(c, ConsoleKey.A, false, false, false);
            }
        }

        public void End()
        {
            Ended = true;
        }
    }
}
