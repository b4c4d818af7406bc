using System.Reflection;

[assembly: AssemblyTitle("DdnsAgent.Engine")]
[assembly: AssemblyDescription("The DdnsAgent engine: the update protocols, settings, saved state, status and the scheduler")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCopyright("")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
