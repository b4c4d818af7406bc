using System.Collections.Generic;
using System.Globalization;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// The budget every device assembly keeps: at most 75 % of the 64 KiB nanoFramework allows for its string table
    /// and for its bytecode table, as NanoTableEstimate estimates them (the rest is room for the estimate's error).
    /// </summary>
    public static class NanoTableBudget
    {
        /// <summary>One line per table over budget, naming the assembly, the table and how far over it is.</summary>
        public static IReadOnlyList<string> Check(string assemblyName, byte[] image)
        {
            var (strings, byteCode) = NanoTableEstimate.Estimate(image);
            var problems = new List<string>();
            Add(problems, assemblyName, "string table", strings);
            Add(problems, assemblyName, "bytecode table", byteCode);
            return problems;
        }

        private static void Add(List<string> problems, string assemblyName, string table, int estimate)
        {
            if (estimate > NanoTableEstimate.Budget)
            {
                problems.Add(string.Format(CultureInfo.InvariantCulture,
                    "{0}: {1} estimated at {2:N0} bytes, {3:N0} bytes over the budget of {4:N0} (75 % of the {5:N0} nanoFramework allows; {6:P0} of it)",
                    assemblyName, table, estimate, estimate - NanoTableEstimate.Budget, NanoTableEstimate.Budget, NanoTableEstimate.TableLimit,
                    (double)estimate / NanoTableEstimate.TableLimit));
            }
        }
    }
}
