using System.Reflection;

[assembly: AssemblyTitle("DdnsAgent")]
[assembly: AssemblyDescription("Dynamic DNS agent for ESP32 boards (.NET nanoFramework)")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCopyright("")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
