using System;
using DdnsAgent.Addressing;

namespace DdnsAgent.Status
{
    /// <summary>
    /// Whether DNS answers what the provider confirmed, per hostname (by its position in the settings) and family:
    /// what the zone's server last said, when, the address it answered, and whether more checks are planned. Kept
    /// in RAM only and never used to decide an update: after a reboot it is unknown until the next update is
    /// proven. Arrays grow only when a setup has more hostnames than any before; the rest allocates nothing.
    /// </summary>
    public sealed class PublishedRecords
    {
        private Publication[] _verdict = new Publication[0];
        private IpAddress[] _expected = new IpAddress[0];
        private IpAddress[] _answered = new IpAddress[0];
        private DateTime[] _asOf = new DateTime[0];
        private DateTime[] _nextCheck = new DateTime[0];
        private int[] _checks = new int[0];
        private string[] _reason = new string[0];
        private int _count;

        /// <summary>Records in use: two per hostname (IPv4, then IPv6).</summary>
        public int Count => _count;

        /// <summary>The record of a hostname's position and family.</summary>
        public static int IndexOf(int host, AddressFamilyKind family)
        {
            return host * 2 + (family == AddressFamilyKind.IPv6 ? 1 : 0);
        }

        /// <summary>What the server said at the last check; NotChecked before the first.</summary>
        public Publication Verdict(int index) => _verdict[index];

        /// <summary>The address the provider confirmed, which DNS should answer.</summary>
        public IpAddress Expected(int index) => _expected[index];

        /// <summary>For <see cref="Publication.WrongAddress"/>: the first address the server answered instead.</summary>
        public IpAddress Answered(int index) => _answered[index];

        /// <summary>When the last check was made (or, before the first, when the record was confirmed).</summary>
        public DateTime AsOf(int index) => _asOf[index];

        /// <summary>True while more checks are planned; <see cref="NextCheck"/> says when.</summary>
        public bool IsChecking(int index) => _nextCheck[index] != DateTime.MaxValue;

        public DateTime NextCheck(int index) => _nextCheck[index];

        /// <summary>Checks made since the record was confirmed.</summary>
        public int Checks(int index) => _checks[index];

        /// <summary>For <see cref="Publication.Unknown"/> and <see cref="Publication.NoAddress"/>: why, in plain words; else null.</summary>
        public string Reason(int index) => _reason[index];

        /// <summary>Forgets everything; room for hosts hostnames.</summary>
        public void Reset(int hosts)
        {
            int needed = hosts * 2;
            if (_verdict.Length < needed)
            {
                _verdict = new Publication[needed];
                _expected = new IpAddress[needed];
                _answered = new IpAddress[needed];
                _asOf = new DateTime[needed];
                _nextCheck = new DateTime[needed];
                _checks = new int[needed];
                _reason = new string[needed];
            }

            _count = needed;
            for (int i = 0; i < _verdict.Length; i++)
            {
                Forget(i);
            }
        }

        /// <summary>The provider confirmed expected at now: check it first at firstCheck.</summary>
        public void Start(int index, IpAddress expected, DateTime now, DateTime firstCheck)
        {
            Forget(index);
            _expected[index] = expected;
            _asOf[index] = now;
            _nextCheck[index] = firstCheck;
        }

        /// <summary>Records what a check found; nextCheck is DateTime.MaxValue when no more are planned.</summary>
        public void Record(int index, Publication verdict, IpAddress answered, string reason, DateTime now, DateTime nextCheck)
        {
            _verdict[index] = verdict;
            _answered[index] = answered;
            _reason[index] = reason;
            _asOf[index] = now;
            _checks[index] = _checks[index] + 1;
            _nextCheck[index] = nextCheck;
        }

        /// <summary>Copies every record of other (for a snapshot).</summary>
        public void CopyFrom(PublishedRecords other)
        {
            Reset(other._count / 2);
            for (int i = 0; i < other._count; i++)
            {
                _verdict[i] = other._verdict[i];
                _expected[i] = other._expected[i];
                _answered[i] = other._answered[i];
                _asOf[i] = other._asOf[i];
                _nextCheck[i] = other._nextCheck[i];
                _checks[i] = other._checks[i];
                _reason[i] = other._reason[i];
            }
        }

        private void Forget(int index)
        {
            _verdict[index] = Publication.NotChecked;
            _expected[index] = IpAddress.None;
            _answered[index] = IpAddress.None;
            _asOf[index] = DateTime.MinValue;
            _nextCheck[index] = DateTime.MaxValue;
            _checks[index] = 0;
            _reason[index] = null;
        }
    }
}
