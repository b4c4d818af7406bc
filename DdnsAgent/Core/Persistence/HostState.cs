using System;
using DdnsAgent.Addressing;
using DdnsAgent.Protocol;

namespace DdnsAgent.Persistence
{
    /// <summary>
    /// What the agent remembers about one hostname and one address family across reboots: the address the
    /// provider last accepted, when, the last answer, and whether updates are halted until the user acts.
    /// Instances live inside an <see cref="AgentState"/>, which creates them once and reuses them.
    /// </summary>
    public sealed class HostState
    {
        /// <summary>Counters saturate here: the scheduler only needs to know "this many or more".</summary>
        public const int MaxCount = 255;

        private int _consecutiveNoChange;
        private int _consecutiveFailures;
        private DateTime _attemptBeforeUtc;

        internal HostState()
        {
            History = new AddressHistory();
            Reset(0, AddressFamilyKind.None);
        }

        /// <summary>CRC-32 of the lowercased hostname (see <see cref="HashName"/>); the name itself is not stored.</summary>
        public uint NameHash { get; private set; }

        /// <summary>IPv4 or IPv6: each family of a hostname has its own record.</summary>
        public AddressFamilyKind Family { get; private set; }

        /// <summary>The address the provider last confirmed ("good" or "nochg"), or <see cref="IpAddress.None"/>.</summary>
        public IpAddress Address { get; set; }

        /// <summary>When the provider last confirmed <see cref="Address"/>; <see cref="DateTime.MinValue"/> when never.</summary>
        public DateTime LastSuccessUtc { get; set; }

        /// <summary>When an update was last sent, whatever its answer; <see cref="DateTime.MinValue"/> when never.</summary>
        public DateTime LastAttemptUtc { get; set; }

        /// <summary>What the last attempt came to, as decided (see UpdateDecision); <see cref="ResultCode.None"/> when never sent or not answered.</summary>
        public ResultCode LastResult { get; set; }

        /// <summary>True after a hard error: nothing is sent until the configuration changes or the user resumes.</summary>
        public bool IsHalted { get; private set; }

        /// <summary>The answer that halted updates, or <see cref="ResultCode.None"/>.</summary>
        public ResultCode HaltCode { get; private set; }

        /// <summary>The settings fingerprint in force when the halt was recorded; a different fingerprint lifts it.</summary>
        public uint ConfigFingerprint { get; private set; }

        /// <summary>The addresses registered before <see cref="Address"/> and when each was replaced (new address or flapping back).</summary>
        public AddressHistory History { get; }

        /// <summary>
        /// The address of an update sent (or about to be sent) whose answer is not recorded yet, or
        /// <see cref="IpAddress.None"/>. Saved before the update goes, so that after a crash the agent knows the
        /// provider may already have it (see <see cref="AttemptSends"/>).
        /// </summary>
        public IpAddress AttemptAddress { get; private set; }

        /// <summary>When the unanswered attempt was last sent; <see cref="DateTime.MinValue"/> when there is none.</summary>
        public DateTime AttemptUtc { get; private set; }

        /// <summary>How often <see cref="AttemptAddress"/> went without a recorded answer: 2 or more means it is sent again after a crash.</summary>
        public int AttemptSends { get; private set; }

        /// <summary>True when the attempt under way repeats one a crash left unanswered: its nochg says nothing about the agent.</summary>
        public bool IsResend => AttemptSends > 1;

        /// <summary>"nochg" answers in a row: repeating them gets a host blocked for abuse. Saturates at <see cref="MaxCount"/>.</summary>
        public int ConsecutiveNoChange
        {
            get { return _consecutiveNoChange; }
            set { _consecutiveNoChange = Clamp(value); }
        }

        /// <summary>Failed attempts in a row (for back-off that survives reboots). Saturates at <see cref="MaxCount"/>.</summary>
        public int ConsecutiveFailures
        {
            get { return _consecutiveFailures; }
            set { _consecutiveFailures = Clamp(value); }
        }

        /// <summary>The hash under which a hostname's records are kept: CRC-32 of its lowercased characters, without allocating.</summary>
        public static uint HashName(string hostname)
        {
            return Crc32.Finish(Crc32.AppendLowercase(Crc32.Seed, hostname));
        }

        /// <summary>Stops updates for this record until the settings fingerprint differs from configFingerprint.</summary>
        public void Halt(ResultCode code, uint configFingerprint)
        {
            IsHalted = true;
            HaltCode = code;
            ConfigFingerprint = configFingerprint;
        }

        /// <summary>Notes that address is about to be sent at now (again, when the same address is still unanswered).</summary>
        public void BeginAttempt(IpAddress address, DateTime now)
        {
            _attemptBeforeUtc = AttemptUtc;
            if (AttemptSends > 0 && AttemptAddress == address)
            {
                AttemptSends = AttemptSends < MaxCount ? AttemptSends + 1 : MaxCount;
            }
            else
            {
                AttemptAddress = address;
                AttemptSends = 1;
            }

            AttemptUtc = now;
        }

        /// <summary>Takes back the last <see cref="BeginAttempt"/>: the update was not sent after all.</summary>
        public void UndoAttempt()
        {
            if (AttemptSends > 1)
            {
                AttemptSends--;
                AttemptUtc = _attemptBeforeUtc;
            }
            else
            {
                ClearAttempt();
            }
        }

        /// <summary>Forgets the unanswered attempt (its answer is recorded).</summary>
        public void ClearAttempt()
        {
            AttemptAddress = IpAddress.None;
            AttemptUtc = DateTime.MinValue;
            AttemptSends = 0;
        }

        /// <summary>Restores an unanswered attempt as stored (the state codec's way in).</summary>
        internal void RestoreAttempt(IpAddress address, DateTime at, int sends)
        {
            AttemptAddress = address;
            AttemptUtc = at;
            AttemptSends = sends;
        }

        /// <summary>Lifts a halt (the user said resume, or the configuration changed).</summary>
        public void ClearHalt()
        {
            IsHalted = false;
            HaltCode = ResultCode.None;
            ConfigFingerprint = 0;
        }

        /// <summary>True while halted and the configuration is still the one the halt was recorded under.</summary>
        public bool IsHaltedUnder(uint currentFingerprint)
        {
            return IsHalted && ConfigFingerprint == currentFingerprint;
        }

        /// <summary>True when this record belongs to that name hash and family.</summary>
        public bool Matches(uint nameHash, AddressFamilyKind family)
        {
            return NameHash == nameHash && Family == family;
        }

        /// <summary>Copies every remembered value of other, keeping this record's name and family.</summary>
        public void CopyValuesFrom(HostState other)
        {
            Address = other.Address;
            LastSuccessUtc = other.LastSuccessUtc;
            LastAttemptUtc = other.LastAttemptUtc;
            LastResult = other.LastResult;
            IsHalted = other.IsHalted;
            HaltCode = other.HaltCode;
            ConfigFingerprint = other.ConfigFingerprint;
            _consecutiveNoChange = other._consecutiveNoChange;
            _consecutiveFailures = other._consecutiveFailures;
            AttemptAddress = other.AttemptAddress;
            AttemptUtc = other.AttemptUtc;
            AttemptSends = other.AttemptSends;
            History.CopyFrom(other.History);
        }

        internal void Reset(uint nameHash, AddressFamilyKind family)
        {
            NameHash = nameHash;
            Family = family;
            Address = IpAddress.None;
            LastSuccessUtc = DateTime.MinValue;
            LastAttemptUtc = DateTime.MinValue;
            LastResult = ResultCode.None;
            ClearHalt();
            _consecutiveNoChange = 0;
            _consecutiveFailures = 0;
            ClearAttempt();
            History.Clear();
        }

        private static int Clamp(int value)
        {
            return value < 0 ? 0 : (value > MaxCount ? MaxCount : value);
        }
    }
}
