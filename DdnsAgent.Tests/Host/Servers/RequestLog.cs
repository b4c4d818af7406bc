using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>A thread-safe, append-only log of the requests a test server received.</summary>
    public sealed class RequestLog
    {
        private readonly object gate = new object();
        private readonly List<RecordedRequest> requests = new List<RecordedRequest>();
        private TaskCompletionSource<bool> changed = NewSignal();

        public int Count
        {
            get
            {
                lock (gate)
                {
                    return requests.Count;
                }
            }
        }

        public void Add(RecordedRequest request)
        {
            TaskCompletionSource<bool> toSignal;
            lock (gate)
            {
                requests.Add(request);
                toSignal = changed;
                changed = NewSignal();
            }
            toSignal.TrySetResult(true);
        }

        /// <summary>A copy of the log, oldest first.</summary>
        public IReadOnlyList<RecordedRequest> Snapshot()
        {
            lock (gate)
            {
                return requests.ToArray();
            }
        }

        /// <summary>The requests whose path equals <paramref name="path"/> (ordinal, case-sensitive).</summary>
        public IReadOnlyList<RecordedRequest> For(string path)
        {
            lock (gate)
            {
                return requests.Where(r => string.Equals(r.Path, path, StringComparison.Ordinal)).ToArray();
            }
        }

        public int CountFor(string path)
        {
            return For(path).Count;
        }

        public RecordedRequest Last()
        {
            lock (gate)
            {
                return requests.Count == 0 ? null : requests[requests.Count - 1];
            }
        }

        public void Clear()
        {
            lock (gate)
            {
                requests.Clear();
            }
        }

        /// <summary>
        /// Waits until at least <paramref name="count"/> requests were logged; false when
        /// <paramref name="timeout"/> passes first. For tests that wait for an agent to act.
        /// </summary>
        public async Task<bool> WaitForCountAsync(int count, TimeSpan timeout, CancellationToken cancellation = default)
        {
            using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeoutSource.CancelAfter(timeout);
            while (true)
            {
                Task signal;
                lock (gate)
                {
                    if (requests.Count >= count)
                    {
                        return true;
                    }
                    signal = changed.Task;
                }
                try
                {
                    await signal.WaitAsync(timeoutSource.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    cancellation.ThrowIfCancellationRequested();
                    return Count >= count;
                }
            }
        }

        private static TaskCompletionSource<bool> NewSignal()
        {
            return new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
