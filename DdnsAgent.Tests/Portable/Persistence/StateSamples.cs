using System;
using DdnsAgent.Addressing;
using DdnsAgent.Persistence;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;

namespace DdnsAgent.Tests.Persistence
{
    /// <summary>Known states for the persistence tests, and a field-by-field comparison that names the first difference.</summary>
    public static class StateSamples
    {
        public static readonly DateTime Start = new DateTime(2026, 3, 1, 12, 0, 0);

        /// <summary>The seed the samples keep (see <see cref="Old"/>).</summary>
        public const int Seed = 0x5EED1234;

        /// <summary>
        /// Three records: home (IPv4 and IPv6) and a halted nas (IPv4); the seed, and home's IPv4 history of two
        /// earlier addresses.
        /// </summary>
        public static AgentState Old()
        {
            AgentState state = WithoutSchedule();
            state.Seed = Seed;
            HostState home4 = state.Find("home.example.com", AddressFamilyKind.IPv4);
            home4.History.Add(IpAddress.FromIPv4(0xC6336401), Start.AddMinutes(-50)); // 198.51.100.1
            home4.History.Add(IpAddress.FromIPv4(0xC6336402), Start); // 198.51.100.2
            return state;
        }

        /// <summary><see cref="Old"/> as format 1 held it: the records alone, without the seed and the histories.</summary>
        public static AgentState WithoutSchedule()
        {
            AgentState state = new AgentState();
            HostState home4 = state.GetOrAdd("home.example.com", AddressFamilyKind.IPv4);
            home4.Address = IpAddress.FromIPv4(0xC6336407); // 198.51.100.7
            home4.LastSuccessUtc = Start;
            home4.LastAttemptUtc = Start;
            home4.LastResult = Dyndns2Codes.Good;

            HostState home6 = state.GetOrAdd("home.example.com", AddressFamilyKind.IPv6);
            home6.Address = IpAddress.FromIPv6(0x20010DB800000001, 0x0000000000000042);
            home6.LastSuccessUtc = Start.AddMinutes(1);
            home6.LastAttemptUtc = Start.AddMinutes(1);
            home6.LastResult = Dyndns2Codes.NoChange;
            home6.ConsecutiveNoChange = 1;

            HostState nas = state.GetOrAdd("nas.example.com", AddressFamilyKind.IPv4);
            nas.LastAttemptUtc = Start.AddMinutes(2);
            nas.LastResult = Dyndns2Codes.BadAuth;
            nas.ConsecutiveFailures = 3;
            nas.Halt(Dyndns2Codes.BadAuth, 0x12345678);
            return state;
        }

        /// <summary>Old() after the IPv4 address of home changed and was registered.</summary>
        public static AgentState New()
        {
            AgentState state = Old();
            ApplyNewAddress(state);
            return state;
        }

        /// <summary>Old() while the update of home's new IPv4 address is on its way (the attempt saved before sending).</summary>
        public static AgentState WithAttempt()
        {
            AgentState state = Old();
            state.Find("home.example.com", AddressFamilyKind.IPv4).BeginAttempt(IpAddress.FromIPv4(0xCB00710A), Start.AddHours(5));
            return state;
        }

        public static void ApplyNewAddress(AgentState state)
        {
            HostState home4 = state.Find("home.example.com", AddressFamilyKind.IPv4);
            home4.History.Add(home4.Address, Start.AddHours(5));
            home4.Address = IpAddress.FromIPv4(0xCB00710A); // 203.0.113.10
            home4.LastSuccessUtc = Start.AddHours(5);
            home4.LastAttemptUtc = Start.AddHours(5);
            home4.LastResult = Dyndns2Codes.Good;
            home4.ClearAttempt();
        }

        /// <summary>Null when both states hold the same records in the same order, else the first difference.</summary>
        public static string Difference(AgentState expected, AgentState actual)
        {
            if (expected.Count != actual.Count)
            {
                return "count " + expected.Count.ToString() + " != " + actual.Count.ToString();
            }

            if (expected.Seed != actual.Seed)
            {
                return "seed";
            }

            for (int i = 0; i < expected.Count; i++)
            {
                string difference = Difference(expected[i], actual[i]);
                if (difference != null)
                {
                    return "record " + i.ToString() + ": " + difference;
                }
            }

            return null;
        }

        public static string Difference(HostState a, HostState b)
        {
            if (a.NameHash != b.NameHash || a.Family != b.Family)
            {
                return "name or family";
            }

            if (!SameAddress(a.Address, b.Address))
            {
                return "address";
            }

            if (a.LastSuccessUtc.Ticks != b.LastSuccessUtc.Ticks || a.LastAttemptUtc.Ticks != b.LastAttemptUtc.Ticks)
            {
                return "times";
            }

            if (a.LastResult != b.LastResult || a.IsHalted != b.IsHalted || a.HaltCode != b.HaltCode || a.ConfigFingerprint != b.ConfigFingerprint)
            {
                return "result or halt";
            }

            if (a.ConsecutiveNoChange != b.ConsecutiveNoChange || a.ConsecutiveFailures != b.ConsecutiveFailures)
            {
                return "counters";
            }

            if (a.AttemptSends != b.AttemptSends || !SameAddress(a.AttemptAddress, b.AttemptAddress) || a.AttemptUtc.Ticks != b.AttemptUtc.Ticks)
            {
                return "unanswered attempt";
            }

            if (a.History.Count != b.History.Count)
            {
                return "history count";
            }

            for (int i = 0; i < a.History.Count; i++)
            {
                if (a.History.HashAt(i) != b.History.HashAt(i) || a.History.SecondsAt(i) != b.History.SecondsAt(i))
                {
                    return "history entry " + i.ToString();
                }
            }

            return null;
        }

        public static bool SameAddress(IpAddress a, IpAddress b)
        {
            return a.Family == b.Family && a.High == b.High && a.Low == b.Low;
        }
    }
}
