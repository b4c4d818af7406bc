using System;
using System.Collections.Generic;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>An emulated provider account: credentials and the hostnames it owns.</summary>
    public sealed class Dyndns2Account
    {
        public Dyndns2Account(string user, string password, IEnumerable<string> hostnames)
        {
            User = user ?? throw new ArgumentNullException(nameof(user));
            Password = password ?? throw new ArgumentNullException(nameof(password));
            Hostnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string hostname in hostnames)
            {
                Hostnames.Add(Hostname.Normalize(hostname));
            }
        }

        public string User { get; }

        public string Password { get; }

        public ISet<string> Hostnames { get; }
    }
}
