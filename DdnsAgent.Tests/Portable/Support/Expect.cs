using System;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace DdnsAgent.Tests.Support
{
    /// <summary>
    /// The one place where the two test frameworks differ for portable tests: expecting an exception, failing
    /// outright and looking for a substring (nanoFramework.TestFramework 3.x has neither Assert.Fail nor
    /// StringAssert). Every other assertion has the same name and shape in MSTest and nanoFramework.TestFramework.
    /// </summary>
    public static class Expect
    {
        /// <summary>
        /// Fails unless <paramref name="text"/> contains <paramref name="part"/> (ordinal). nanoFramework.TestFramework
        /// has no StringAssert, so this takes the place of StringAssert.Contains, with the same argument order.
        /// </summary>
        public static void Contains(string text, string part)
        {
#if NANOFRAMEWORK_1_0
            int at = text == null ? -1 : text.IndexOf(part);
#else
            // Ordinal, as on nanoFramework: the host's culture-aware IndexOf can miss "\n" inside "\r\n".
            int at = text == null ? -1 : text.IndexOf(part, StringComparison.Ordinal);
#endif
            if (at < 0)
            {
                Fail(string.Concat("expected to contain \"", part, "\" in:\r\n", text));
            }
        }

        /// <summary>Fails the test with <paramref name="message"/>.</summary>
        public static void Fail(string message)
        {
#if NANOFRAMEWORK_1_0
            Assert.IsTrue(false, message);
#else
            Assert.Fail(message);
#endif
        }

        public static void Throws(Type exceptionType, Action action)
        {
#if NANOFRAMEWORK_1_0
            Assert.ThrowsException(exceptionType, action);
#else
            try
            {
                action();
            }
            catch (Exception ex)
            {
                Assert.AreEqual(exceptionType, ex.GetType(), "unexpected exception type");
                return;
            }

            Fail("expected " + exceptionType.Name + " to be thrown");
#endif
        }
    }
}
