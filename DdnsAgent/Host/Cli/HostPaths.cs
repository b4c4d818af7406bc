namespace DdnsAgent.Host.Cli;

/// <summary>Where the settings file and the state directory are: the options, else the environment, else the working directory.</summary>
public sealed record HostPaths(string ConfigFile, string StateDirectory)
{
    public const string ConfigVariable = "DDNS_AGENT_CONFIG";
    public const string StateVariable = "DDNS_AGENT_STATE";
    public const string DefaultConfigFile = "ddns-agent.json";
    public const string DefaultStateDirectory = "state";

    /// <param name="configOption">--config, or null when not given.</param>
    /// <param name="stateOption">--state, or null when not given.</param>
    /// <param name="environment">Reads an environment variable (null when unset).</param>
    public static HostPaths Resolve(string? configOption, string? stateOption, Func<string, string?> environment)
    {
        string config = FirstSet(configOption, environment(ConfigVariable)) ?? DefaultConfigFile;
        string state = FirstSet(stateOption, environment(StateVariable)) ?? DefaultStateDirectory;
        return new HostPaths(Path.GetFullPath(config), Path.GetFullPath(state));
    }

    private static string? FirstSet(string? first, string? second)
    {
        return !string.IsNullOrWhiteSpace(first) ? first : (!string.IsNullOrWhiteSpace(second) ? second : null);
    }
}
