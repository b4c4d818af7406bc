using System.Reflection;

[assembly: AssemblyTitle("DdnsAgent device tests: Detection")]
[assembly: AssemblyDescription("The portable tests of Detection, Protocol, Dyndns2, run on nanoCLR or an ESP32")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCopyright("")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
