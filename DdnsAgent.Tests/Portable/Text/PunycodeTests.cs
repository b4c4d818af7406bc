#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Text;

namespace DdnsAgent.Tests.Text
{
    [TestClass]
    public class PunycodeTests
    {
        // A label, then its ASCII form (RFC 3492 section 7.1 samples and common names; capitals folded first).
        private static readonly string[] Labels = new string[]
        {
            "b\u00fccher", "xn--bcher-kva",
            "h\u00f6m\u00e9", "xn--hm-cja4c",
            "M\u00fcnchen", "xn--mnchen-3ya",
            "\u00d6BB", "xn--bb-eka",
            "\u043f\u0440\u0438\u043c\u0435\u0440", "xn--e1afmkfd",
            "\u041f\u0420\u0418\u041c\u0415\u0420", "xn--e1afmkfd",
            "\u03b4\u03bf\u03ba\u03b9\u03bc\u03ae", "xn--jxalpdlp",
            "\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587", "xn--ihqwcrb4cv8a8dqg056pqjye",
            "Pro\u010dprost\u011bnemluv\u00ed\u010desky", "xn--proprostnemluvesky-uyb24dma41a",
            "Home-1", "home-1",
        };

        [TestMethod]
        public void LabelsGetTheirAsciiForm()
        {
            for (int i = 0; i < Labels.Length; i += 2)
            {
                Assert.AreEqual(Labels[i + 1], Punycode.EncodeLabel(Labels[i]), Labels[i]);
            }
        }

        [TestMethod]
        public void NamesAreEncodedLabelByLabel()
        {
            Assert.AreEqual("xn--hm-cja4c.example.net", Punycode.EncodeName("h\u00f6m\u00e9.Example.net"));
            Assert.AreEqual("www.xn--mnchen-3ya.de", Punycode.EncodeName("www.m\u00fcnchen.de"));
            Assert.IsNull(Punycode.EncodeName("a..b"), "an empty label has no form");
            Assert.IsNull(Punycode.EncodeLabel("\ud83d\ude00"), "nothing beyond the BMP");
        }
    }
}
