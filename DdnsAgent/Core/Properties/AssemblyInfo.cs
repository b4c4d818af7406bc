using System.Reflection;

[assembly: AssemblyTitle("DdnsAgent.Core")]
[assembly: AssemblyDescription("The DdnsAgent foundation: addresses, text, HTTP and DNS messages, hashes, the platform ports and address detection")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCopyright("")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
