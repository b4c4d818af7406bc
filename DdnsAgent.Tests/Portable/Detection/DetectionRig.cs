using DdnsAgent.Addressing;
using DdnsAgent.Detection;
using DdnsAgent.Http;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Detection
{
    /// <summary>An <see cref="AddressDetector"/> wired to fakes, for one test.</summary>
    internal sealed class DetectionRig
    {
        public const string UserAgent = "DdnsAgent-Tests/1.0";

        public DetectionRig()
        {
            Clock = new FakeClock();
            Network = new FakeNetworkStack();
            Transport = new ScriptedHttpTransport();
            Detector = new AddressDetector(Network, Transport, Clock, new HttpRequest(), new HttpResponse());
        }

        public FakeClock Clock { get; }

        public FakeNetworkStack Network { get; }

        public ScriptedHttpTransport Transport { get; }

        public AddressDetector Detector { get; }

        /// <summary>Reflectors named by URL, all of one family.</summary>
        public static Reflector[] Reflectors(AddressFamilyKind family, params string[] urls)
        {
            var reflectors = new Reflector[urls.Length];
            for (int i = 0; i < urls.Length; i++)
            {
                string error;
                Reflector.TryParse(urls[i], family, out reflectors[i], out error);
            }

            return reflectors;
        }

        public void Configure(IpSourceKind source, bool requireAgreement, params string[] ipv4Urls)
        {
            Detector.Configure(source, Reflectors(AddressFamilyKind.IPv4, ipv4Urls), requireAgreement, UserAgent);
        }

        public DetectionResult DetectV4(out IpAddress address) => Detector.Detect(AddressFamilyKind.IPv4, out address);
    }
}
