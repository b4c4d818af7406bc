using System.Collections.Generic;
using System.Net;
using DdnsAgent.Tests.Servers;

namespace DdnsAgent.Tests.Bind
{
    /// <summary>
    /// Publishes what the dyndns2 emulator accepts into the test BIND's zone over RFC 2136, with nsupdate (an
    /// implementation independent of the agent's): each family given replaces the name's records of that type.
    /// </summary>
    internal sealed class BindZonePublisher : IRecordPublisher
    {
        public const int Ttl = 60;

        private readonly BindServer _bind;

        public BindZonePublisher(BindServer bind)
        {
            _bind = bind;
        }

        public bool TryPublish(string name, IPAddress ipv4, IPAddress ipv6, out string problem)
        {
            var commands = new List<string>();
            Replace(commands, name, "A", ipv4);
            Replace(commands, name, "AAAA", ipv6);
            return _bind.TryNsUpdate(out problem, commands.ToArray());
        }

        private static void Replace(List<string> commands, string name, string type, IPAddress address)
        {
            if (address != null)
            {
                commands.Add("update delete " + name + ". " + type);
                commands.Add("update add " + name + ". " + Ttl + " " + type + " " + address);
            }
        }
    }
}
