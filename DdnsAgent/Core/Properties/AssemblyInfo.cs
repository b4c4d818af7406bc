using System.Reflection;

[assembly: AssemblyTitle("DdnsAgent.Core")]
[assembly: AssemblyDescription("The portable DdnsAgent engine: protocol, address detection, state, settings, console, scheduler")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCopyright("")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
