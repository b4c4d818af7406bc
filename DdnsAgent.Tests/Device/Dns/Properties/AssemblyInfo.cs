using System.Reflection;

[assembly: AssemblyTitle("DdnsAgent device tests: Dns")]
[assembly: AssemblyDescription("The portable tests of Crypto, Dns, Rfc2136, run on nanoCLR or an ESP32")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCopyright("")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
