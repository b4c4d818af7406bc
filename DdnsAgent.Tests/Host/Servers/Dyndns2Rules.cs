using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>
    /// The provider's decisions for one update request: request-level checks first (method, agent,
    /// credentials, parameters, host count, addresses), answered once; then one line per host.
    /// </summary>
    internal sealed class Dyndns2Rules
    {
        public Dyndns2Rules(Dyndns2EmulatorOptions options, RegisteredAddressTable addresses)
        {
            Options = options;
            Addresses = addresses;
        }

        private Dyndns2EmulatorOptions Options { get; }

        private RegisteredAddressTable Addresses { get; }

        /// <summary>What the publisher refused, per host (the answer was dnserr).</summary>
        public List<string> PublishFailures { get; } = new List<string>();

        /// <summary>The whole answer body for one request, its HTTP status, and any violation to record.</summary>
        public string Decide(HttpContext context, Dyndns2Exchange exchange, out int status, out string violation)
        {
            HttpRequest request = context.Request;
            status = StatusCodes.Status200OK;
            var problems = new List<string>();
            string answer = DecideRequest(context, exchange, problems, out Dyndns2Account account, out RequestedAddresses addresses);
            if (answer == null)
            {
                answer = DecideHosts(exchange, account, addresses);
            }
            if (answer == "badauth")
            {
                status = Options.BadAuthStatusCode;
            }
            violation = problems.Count == 0 ? null : request.Method + " " + exchange.PathAndQuery + ": " + string.Join("; ", problems);
            return Options.TrailingNewline ? answer + "\n" : answer;
        }

        /// <summary>The request-level checks; an answer for the whole request, or null to go on per host.</summary>
        private string DecideRequest(HttpContext context, Dyndns2Exchange exchange, List<string> problems,
            out Dyndns2Account account, out RequestedAddresses addresses)
        {
            HttpRequest request = context.Request;
            account = null;
            addresses = null;
            bool hasAuthorization = request.Headers.Authorization.Count > 0;
            if (!request.IsHttps && hasAuthorization)
            {
                problems.Add("credentials over plain HTTP");
            }
            if (!HttpMethods.IsGet(request.Method))
            {
                problems.Add("badagent: method " + request.Method);
                return "badagent";
            }
            switch (UserAgentPolicy.Judge(exchange.UserAgent, Options))
            {
                case UserAgentVerdict.Missing:
                    problems.Add("badagent: missing User-Agent");
                    return "badagent";
                case UserAgentVerdict.Generic:
                    problems.Add("badagent: generic User-Agent '" + exchange.UserAgent + "'");
                    return "badagent";
                case UserAgentVerdict.Blocked:
                    return "good 127.0.0.1";
            }

            string user = null;
            string password = null;
            if (!hasAuthorization || !BasicCredentials.TryParse(request.Headers.Authorization.ToString(), out user, out password))
            {
                return "badauth";
            }
            exchange.User = user;
            account = Options.Accounts.FirstOrDefault(a => a.User == user && a.Password == password);
            if (account == null)
            {
                return "badauth";
            }

            IQueryCollection query = request.Query;
            foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> parameter in query)
            {
                if (parameter.Value.Count > 1)
                {
                    problems.Add("parameter '" + parameter.Key + "' given " + parameter.Value.Count + " times");
                }
            }
            string optionAnswer = Dyndns2OptionalParameters.Check(query, Options, out string optionViolation);
            if (optionViolation != null)
            {
                problems.Add(optionViolation);
            }
            if (optionAnswer != null)
            {
                return optionAnswer;
            }

            string hostnames = Dyndns2OptionalParameters.Value(query, "hostname");
            exchange.Hostnames = string.IsNullOrEmpty(hostnames) ? Array.Empty<string>() : hostnames.Split(',');
            if (exchange.Hostnames.Count == 0)
            {
                problems.Add("no hostname");
                return "notfqdn";
            }
            if (exchange.Hostnames.Count > Options.MaxHostnames || (Options.HurricaneElectric && exchange.Hostnames.Count > 1))
            {
                return "numhost";
            }

            exchange.MyIp = Dyndns2OptionalParameters.Value(query, "myip");
            exchange.MyIpv6 = Dyndns2OptionalParameters.Value(query, "myipv6");
            IPAddress source = context.Connection.RemoteIpAddress ?? IPAddress.Loopback;
            if (source.IsIPv4MappedToIPv6)
            {
                source = source.MapToIPv4();
            }
            addresses = RequestedAddresses.Parse(Options, exchange.MyIp, exchange.MyIpv6, source);
            exchange.UsedSourceAddress = addresses.FromSourceAddress;
            if (addresses.Problem != null)
            {
                problems.Add(addresses.Problem);
            }
            else if (addresses.FromSourceAddress)
            {
                problems.Add("myip missing: the source address " + source + " was registered");
            }
            return null;
        }

        /// <summary>One line per host, in request order.</summary>
        private string DecideHosts(Dyndns2Exchange exchange, Dyndns2Account account, RequestedAddresses addresses)
        {
            var lines = new List<string>(exchange.Hostnames.Count);
            lock (Addresses.Gate)
            {
                foreach (string name in exchange.Hostnames)
                {
                    lines.Add(DecideHost(name, account, addresses, exchange.Time));
                }
            }
            return string.Join("\n", lines);
        }

        private string DecideHost(string name, Dyndns2Account account, RequestedAddresses addresses, DateTimeOffset now)
        {
            if (!Hostname.IsFullyQualified(name))
            {
                return "notfqdn";
            }
            Dyndns2Account owner = Options.OwnerOf(name);
            if (owner == null)
            {
                return "nohost";
            }
            if (owner != account)
            {
                return "!yours";
            }
            if (Options.HurricaneElectric && !string.Equals(Hostname.Normalize(account.User), Hostname.Normalize(name), StringComparison.Ordinal))
            {
                return "badauth";
            }
            RegisteredHost host = Addresses.GetOrAdd(name);
            if (host.Blocked)
            {
                return "abuse";
            }
            if (Options.HurricaneElectric)
            {
                string refusal = HurricaneRefusal(name, host, addresses, now);
                if (refusal != null)
                {
                    return refusal;
                }
            }

            bool changed = (addresses.IPv4 != null && !addresses.IPv4.Equals(host.IPv4))
                || (addresses.IPv6 != null && !addresses.IPv6.Equals(host.IPv6));
            if (changed && Options.Publisher != null && !Options.Publisher.TryPublish(name, addresses.IPv4, addresses.IPv6, out string refused))
            {
                PublishFailures.Add(name + ": " + refused);
                return "dnserr"; // the provider's own DNS failed: nothing changes
            }

            host.LastAccepted = now;
            string registered = string.Join(",", new[] { addresses.IPv4, addresses.IPv6 }.Where(a => a != null));
            if (changed)
            {
                host.IPv4 = addresses.IPv4 ?? host.IPv4;
                host.IPv6 = addresses.IPv6 ?? host.IPv6;
                host.GoodCount++;
                host.ConsecutiveNochg = 0;
                return "good " + registered;
            }
            host.ConsecutiveNochg++;
            if (Options.NochgLimit > 0 && host.ConsecutiveNochg >= Options.NochgLimit)
            {
                host.Blocked = true;
            }
            return ("nochg " + registered).TrimEnd();
        }

        private string HurricaneRefusal(string name, RegisteredHost host, RequestedAddresses addresses, DateTimeOffset now)
        {
            RecordFamilies families = Options.RecordFamiliesOf(name);
            // The host's A record got no IPv4 address (only IPv6 was given): noipv4; and the other way round.
            if (addresses.IPv6 != null && (families & RecordFamilies.IPv6) == 0)
            {
                return "noipv4";
            }
            if (addresses.IPv4 != null && (families & RecordFamilies.IPv4) == 0)
            {
                return "noipv6";
            }
            if (host.LastAccepted.HasValue && now - host.LastAccepted.Value < Options.MinimumUpdateInterval)
            {
                return "interval";
            }
            return null;
        }
    }
}
