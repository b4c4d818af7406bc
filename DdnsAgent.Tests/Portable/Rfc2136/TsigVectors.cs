using System;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Rfc2136;

namespace DdnsAgent.Tests.Rfc2136
{
    /// <summary>
    /// Known-good signed messages made by an independent implementation, dnspython 2.3.0, with
    /// tools/make-tsig-vectors.py: key "ddns-key." (hmac-sha256, secret bytes 0..31), time signed 1700000000,
    /// fudge 300, zone example.org.
    /// </summary>
    public static class TsigVectors
    {
        public const string Secret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

        /// <summary>home.example.org: delete A, add A 192.0.2.1 TTL 60; ID 0x1234.</summary>
        public const string OneUnsigned =
            "123428000001000000020000076578616d706c65036f7267000006000104686f6d65c00c000100ff000000000000c01d000100010000003c0004c0000201";

        public const string OneSigned =
            "123428000001000000020001076578616d706c65036f7267000006000104686f6d65c00c000100ff000000000000c01d000100010000003c0004c0000201"
            + "0864646e732d6b65790000fa00ff00000000003d0b686d61632d7368613235360000006553f100012c0020"
            + "5a7621a6f936df5f2288c62307fe4a1b51fa8de868f36a0e167a955cd511605d123400000000";

        public const string OneMac = "5a7621a6f936df5f2288c62307fe4a1b51fa8de868f36a0e167a955cd511605d";

        /// <summary>home and office.example.org: A 192.0.2.1 and AAAA 2001:db8::1, TTL 300; ID 0xBEEF.</summary>
        public const string TwoUnsigned = "beef28000001000000080000" + TwoBody;

        public const string TwoSigned = "beef28000001000000080001" + TwoBody
            + "0864646e732d6b65790000fa00ff00000000003d0b686d61632d7368613235360000006553f100012c0020"
            + "2164455ea838d9613445f9768c0dbc1c9234f7b20f09a0f83b55e943316fd3adbeef00000000";

        // TwoUnsigned after its header.
        private const string TwoBody =
            "076578616d706c65036f7267000006000104686f6d65c00c000100ff000000000000c01d000100010000012c0004c0000201"
            + "066f6666696365c00c000100ff000000000000c03e000100010000012c0004c0000201c01d001c00ff000000000000c01d001c00010000012c0010"
            + "20010db8000000000000000000000001c03e001c00ff000000000000c03e001c00010000012c001020010db8000000000000000000000001";

        /// <summary>The server's signed NOERROR answer to OneSigned (its request MAC is OneMac).</summary>
        public const string OneAnswerNoError =
            "1234a8000001000000000001076578616d706c65036f726700000600010864646e732d6b65790000fa00ff00000000003d0b686d61632d736861323536"
            + "0000006553f100012c00207cc748ba85b0cbbd7cf624e95dc9623ccfb282959f2f4150b73e039f873f4f8d123400000000";

        /// <summary>The server's signed NOTZONE answer to OneSigned.</summary>
        public const string OneAnswerNotZone =
            "1234a80a0001000000000001076578616d706c65036f726700000600010864646e732d6b65790000fa00ff00000000003d0b686d61632d736861323536"
            + "0000006553f100012c00204e296b6170c8bc77d3be4fa8faf53cd02006e79a61a10bf027d7287d3f45e708123400000000";

        /// <summary>The zone section every answer to OneSigned echoes.</summary>
        public const string ZoneSection = "076578616d706c65036f7267 00 0006 0001";

        /// <summary>The TSIG record's start, up to and including its algorithm name: what a hand-made answer's TSIG begins with.</summary>
        public const string TsigOwnerAndAlgorithm = "0864646e732d6b657900 00fa 00ff 00000000";

        public static readonly DateTime TimeSigned = new DateTime(2023, 11, 14, 22, 13, 20);

        public static TsigKey Key()
        {
            return KeyNamed("ddns-key", Secret);
        }

        public static TsigKey KeyNamed(string name, string secret)
        {
            if (!TsigKey.TryCreate(name, secret, out TsigKey key, out string problem))
            {
                Support.Expect.Fail(problem);
            }

            return key;
        }
    }
}
