#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;

namespace DdnsAgent.Tests.Dyndns2
{
    [TestClass]
    public class RequestPlannerTests
    {
        private sealed class Case
        {
            public Case(DualStackStyle style, bool v4, bool v6, params RequestFamilies[] plan)
            {
                Style = style;
                V4 = v4;
                V6 = v6;
                Plan = plan;
            }

            public DualStackStyle Style;
            public bool V4;
            public bool V6;
            public RequestFamilies[] Plan;
        }

        private static readonly Case[] Cases =
        {
            new Case(DualStackStyle.CombinedMyIp, true, true, RequestFamilies.Both),
            new Case(DualStackStyle.CombinedMyIp, true, false, RequestFamilies.IPv4),
            new Case(DualStackStyle.CombinedMyIp, false, true, RequestFamilies.IPv6),
            new Case(DualStackStyle.CombinedMyIp, false, false, new RequestFamilies[0]),
            new Case(DualStackStyle.SeparateMyIpV6, true, true, RequestFamilies.Both),
            new Case(DualStackStyle.SeparateMyIpV6, false, true, RequestFamilies.IPv6),
            new Case(DualStackStyle.OneRequestPerFamily, true, true, RequestFamilies.IPv4, RequestFamilies.IPv6),
            new Case(DualStackStyle.OneRequestPerFamily, false, true, RequestFamilies.IPv6),
            new Case(DualStackStyle.OneRequestPerFamily, true, false, RequestFamilies.IPv4),
            new Case(DualStackStyle.IPv4Only, true, true, RequestFamilies.IPv4),
            new Case(DualStackStyle.IPv4Only, false, true, new RequestFamilies[0]),
        };

        [TestMethod]
        public void PlansOneRequestPerFamilyOnlyWhereTheProviderWantsIt()
        {
            var plan = new RequestFamilies[RequestPlanner.MaxRequests];
            foreach (Case c in Cases)
            {
                string name = ((int)c.Style).ToString() + (c.V4 ? " v4" : "") + (c.V6 ? " v6" : "");
                int count = RequestPlanner.Plan(c.Style, c.V4, c.V6, plan);
                Assert.AreEqual(c.Plan.Length, count, name);
                for (int i = 0; i < count; i++)
                {
                    Assert.AreEqual(c.Plan[i], plan[i], name + " request " + i.ToString());
                }
            }
        }

        [TestMethod]
        public void CountsBatches()
        {
            Assert.AreEqual(0, RequestPlanner.BatchCount(0, 20));
            Assert.AreEqual(1, RequestPlanner.BatchCount(20, 20));
            Assert.AreEqual(2, RequestPlanner.BatchCount(21, 20));
            Assert.AreEqual(3, RequestPlanner.BatchCount(3, 1));
            Assert.IsFalse(RequestPlanner.CanSendIPv6(DualStackStyle.IPv4Only));
            Assert.IsTrue(RequestPlanner.CanSendIPv6(DualStackStyle.OneRequestPerFamily));
        }
    }
}
