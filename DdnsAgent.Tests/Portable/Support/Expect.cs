using System;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace DdnsAgent.Tests.Support
{
    /// <summary>
    /// The one place where the two test frameworks differ for portable tests: expecting an exception, and
    /// failing outright (nanoFramework.TestFramework 3.x has no Assert.Fail). Every other assertion has the
    /// same name and shape in MSTest and nanoFramework.TestFramework.
    /// </summary>
    public static class Expect
    {
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
