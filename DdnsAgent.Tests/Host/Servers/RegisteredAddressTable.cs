using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>
    /// The emulated provider's records: per host, the registered address of each family and the abuse
    /// bookkeeping. Thread-safe; readers get copies.
    /// </summary>
    public sealed class RegisteredAddressTable
    {
        private readonly Dictionary<string, RegisteredHost> hosts = new Dictionary<string, RegisteredHost>(StringComparer.OrdinalIgnoreCase);

        internal object Gate { get; } = new object();

        /// <summary>The registered address of <paramref name="family"/> for the host, or null.</summary>
        public IPAddress Get(string hostname, AddressFamily family)
        {
            RegisteredHost host = Find(hostname);
            if (host == null)
            {
                return null;
            }
            return family == AddressFamily.InterNetworkV6 ? host.IPv6 : host.IPv4;
        }

        /// <summary>A copy of the host's record, or null when nothing was ever registered for it.</summary>
        public RegisteredHost Find(string hostname)
        {
            lock (Gate)
            {
                return hosts.TryGetValue(Hostname.Normalize(hostname), out RegisteredHost host) ? host.Copy() : null;
            }
        }

        public IReadOnlyList<RegisteredHost> Snapshot()
        {
            lock (Gate)
            {
                return hosts.Values.Select(h => h.Copy()).OrderBy(h => h.Hostname, StringComparer.Ordinal).ToArray();
            }
        }

        /// <summary>Seeds a registration, as if an earlier client had set it (no counters change).</summary>
        public void Seed(string hostname, IPAddress address)
        {
            lock (Gate)
            {
                RegisteredHost host = GetOrAdd(hostname);
                if (address.AddressFamily == AddressFamily.InterNetworkV6)
                {
                    host.IPv6 = address;
                }
                else
                {
                    host.IPv4 = address;
                }
            }
        }

        /// <summary>The live record; call with <see cref="Gate"/> held.</summary>
        internal RegisteredHost GetOrAdd(string hostname)
        {
            string name = Hostname.Normalize(hostname);
            if (!hosts.TryGetValue(name, out RegisteredHost host))
            {
                host = new RegisteredHost(name);
                hosts.Add(name, host);
            }
            return host;
        }
    }
}
