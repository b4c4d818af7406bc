using System.Reflection;

[assembly: AssemblyTitle("DdnsAgent.Console")]
[assembly: AssemblyDescription("The DdnsAgent console shell and the runtime that composes the agent with it")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCopyright("")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
