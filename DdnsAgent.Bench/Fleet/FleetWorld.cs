using DdnsAgent.Http;
using DdnsAgent.Ports;

namespace DdnsAgent.Bench.Fleet;

/// <summary>
/// Everything outside the agents of one partition of the fleet: the simulated clock, and one transport that is
/// both the "what is my IP" reflector and the dyndns2 provider. The simulator says which agent is ticking; the
/// reflector answers that agent's public address for the current epoch (every address changes at once when the
/// epoch moves), and the provider remembers each agent's registration, answers good or nochg, or, during an
/// episode, 911 or nothing at all. Every request is counted in its second; nothing here allocates per request.
/// </summary>
public sealed class FleetWorld : IClock, IHttpTransport
{
    public const string ReflectorHost = "ip.fleet.test";
    public const string ProviderHost = "ddns.fleet.test";

    private static readonly byte[] NineOneOne = "911"u8.ToArray();
    private static readonly byte[] Good = "good "u8.ToArray();
    private static readonly byte[] NoChange = "nochg "u8.ToArray();

    private readonly DateTime _start;
    private readonly uint[] _registered;
    private readonly byte[,] _updatesPerEpoch;

    public FleetWorld(DateTime start, int agents, int seconds, int epochs)
    {
        _start = start;
        UtcNow = start;
        _registered = new uint[agents];
        _updatesPerEpoch = new byte[agents, epochs];
        ProviderPerSecond = new int[seconds];
        ReflectorPerSecond = new int[seconds];
    }

    public DateTime UtcNow { get; set; }

    /// <summary>The agent whose tick is running.</summary>
    public int Current { get; set; }

    /// <summary>Which address every agent has now: the first octet is 81 plus the epoch.</summary>
    public int Epoch { get; set; }

    public ProviderFault Fault { get; set; }

    public int[] ProviderPerSecond { get; }

    public int[] ReflectorPerSecond { get; }

    /// <summary>Update requests of agent that carried its new address of epoch before the provider had it (answered or not).</summary>
    public int UpdatesFor(int agent, int epoch) => _updatesPerEpoch[agent, epoch];

    /// <summary>Update requests of the address the provider already had (the forced refreshes).</summary>
    public int Refreshes { get; private set; }

    /// <summary>Requests whose address was not the agent's own: none expected.</summary>
    public int Anomalies { get; private set; }

    public static uint AddressOf(int agent, int epoch) => ((uint)(81 + epoch) << 24) | (uint)(agent + 1);

    public void Send(HttpRequest request, HttpResponse response)
    {
        response.Clear();
        int second = (int)((UtcNow - _start).Ticks / TimeSpan.TicksPerSecond);
        if (request.Host == ReflectorHost)
        {
            ReflectorPerSecond[second]++;
            response.StatusCode = 200;
            response.BodyLength = WriteAddress(AddressOf(Current, Epoch), response.Body, 0);
            return;
        }

        ProviderPerSecond[second]++;
        uint sent = ReadMyIp(request);
        int epoch = (int)(sent >> 24) - 81;
        if (epoch < 0 || epoch >= _updatesPerEpoch.GetLength(1) || sent != AddressOf(Current, epoch))
        {
            Anomalies++;
        }
        else if (_registered[Current] != sent)
        {
            // A change, or a retry of one: what "updates per agent per real change" counts.
            _updatesPerEpoch[Current, epoch] = (byte)Math.Min(255, _updatesPerEpoch[Current, epoch] + 1);
        }
        else
        {
            Refreshes++;
        }

        switch (Fault)
        {
            case ProviderFault.Outage911:
                response.StatusCode = 500;
                NineOneOne.CopyTo(response.Body, 0);
                response.BodyLength = NineOneOne.Length;
                return;
            case ProviderFault.Timeout:
                response.Failure = TransportFailure.Timeout;
                response.FailureDetail = "no answer within the timeout";
                return;
        }

        byte[] word = _registered[Current] == sent ? NoChange : Good;
        _registered[Current] = sent;
        word.CopyTo(response.Body, 0);
        response.StatusCode = 200;
        response.BodyLength = WriteAddress(sent, response.Body, word.Length);
    }

    // The dotted quad after "myip=" in the request target.
    private static uint ReadMyIp(HttpRequest request)
    {
        byte[] target = request.Target;
        int end = request.TargetLength;
        for (int i = 0; i + 5 <= end; i++)
        {
            if (target[i] == 'm' && target[i + 1] == 'y' && target[i + 2] == 'i' && target[i + 3] == 'p' && target[i + 4] == '=')
            {
                uint address = 0;
                uint part = 0;
                for (int j = i + 5; j < end && target[j] != '&'; j++)
                {
                    if (target[j] == '.')
                    {
                        address = (address << 8) | part;
                        part = 0;
                    }
                    else
                    {
                        part = (part * 10) + (uint)(target[j] - '0');
                    }
                }

                return (address << 8) | part;
            }
        }

        return 0;
    }

    private static int WriteAddress(uint address, byte[] into, int at)
    {
        for (int shift = 24; shift >= 0; shift -= 8)
        {
            uint part = (address >> shift) & 0xFF;
            if (part >= 100)
            {
                into[at++] = (byte)('0' + (part / 100));
            }

            if (part >= 10)
            {
                into[at++] = (byte)('0' + ((part / 10) % 10));
            }

            into[at++] = (byte)('0' + (part % 10));
            if (shift > 0)
            {
                into[at++] = (byte)'.';
            }
        }

        return at;
    }
}

/// <summary>How the simulated provider misbehaves during an episode.</summary>
public enum ProviderFault
{
    None,
    Outage911,
    Timeout,
}
