using DdnsAgent.Tests.Servers;

namespace DdnsAgent.Bench;

/// <summary>
/// `serve`: the test project's dyndns2 emulator and reflector on 127.0.0.1, over HTTPS (a CA made now) and
/// plain HTTP, for measuring the real program (`once`, or `run` for an hour). Writes into a folder the CA
/// (ca.pem) and one settings file per scheme (https.json, http.json), then serves until the time is up or
/// the process is stopped. The emulator answers `good` or `nochg` without ever blocking for repeats; the
/// reflector answers one address at /ip and two in turn at /ip-next.
/// </summary>
public static class LoopbackServers
{
    public const string ReflectorPath = "/ip";

    /// <summary>Answers two public addresses in turn, so that every check sees a change (update cycles).</summary>
    public const string AlternatingPath = "/ip-next";
    public const string User = "bench";
    public const string Password = "bench-secret";
    public const string Hostname = "home.example.org";

    public static async Task<int> ServeAsync(string folder, TimeSpan limit, TextWriter output)
    {
        Directory.CreateDirectory(folder);
        using var ca = TestCertificateAuthority.Create("DdnsAgent Bench CA");
        var certificate = ca.IssueServerCertificate();
        string caPath = Path.Combine(folder, "ca.pem");
        File.WriteAllText(caPath, ca.ExportPem());

        await using var https = await Dyndns2Emulator.StartAsync(certificate, Options());
        await using var http = await Dyndns2Emulator.StartPlainHttpAsync(Options());
        var httpsReflector = new ReflectorServer(https.Server);
        var httpReflector = new ReflectorServer(http.Server);
        httpsReflector.Serve(ReflectorPath, ReflectorFormat.PlainText, TestAddresses.PublicIPv4);
        httpReflector.Serve(ReflectorPath, ReflectorFormat.PlainText, TestAddresses.PublicIPv4);
        int turn = 0;
        string[] turns = [TestAddresses.OtherPublicIPv4 + "\n", TestAddresses.PublicIPv4 + "\n"];
        Func<Microsoft.AspNetCore.Http.HttpContext, Task> alternate =
            context => Responses.WriteTextAsync(context, 200, turns[Interlocked.Increment(ref turn) % 2]);
        https.Server.Map(AlternatingPath, alternate);
        http.Server.Map(AlternatingPath, alternate);

        WriteSettings(Path.Combine(folder, "https.json"), https.UpdateUrl, httpsReflector.Url(ReflectorPath), caPath, plainHttp: false);
        WriteSettings(Path.Combine(folder, "http.json"), http.UpdateUrl, httpReflector.Url(ReflectorPath), null, plainHttp: true);
        output.WriteLine("serving on 127.0.0.1: HTTPS " + https.Server.BaseAddress + ", HTTP " + http.Server.BaseAddress);
        output.WriteLine("settings: " + Path.Combine(folder, "https.json") + ", " + Path.Combine(folder, "http.json"));
        output.WriteLine("ready");
        output.Flush();

        using var stop = new CancellationTokenSource(limit);
        using var onTerm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Time is up, or stopped.
        }

        output.WriteLine("requests served: HTTPS " + https.Server.Requests.Count + ", HTTP " + http.Server.Requests.Count);
        return 0;
    }

    private static Dyndns2EmulatorOptions Options() =>
        new Dyndns2EmulatorOptions { NochgLimit = 0 }.AddAccount(User, Password, Hostname);

    private static void WriteSettings(string path, Uri update, Uri reflector, string caPath, bool plainHttp)
    {
        string json = "{\n"
            + "  \"Provider\": \"custom\",\n"
            + "  \"ServerUrl\": \"" + update + "\",\n"
            + "  \"Username\": \"" + User + "\",\n"
            + "  \"Password\": \"" + Password + "\",\n"
            + "  \"Hostnames\": [ \"" + Hostname + "\" ],\n"
            + "  \"IpSource\": \"web\",\n"
            + "  \"Reflectors\": [ \"" + reflector + "\" ],\n"
            + "  \"CheckIntervalSeconds\": 60,\n"
            + (caPath is null ? "" : "  \"CaCertificate\": \"" + caPath + "\",\n")
            + "  \"AllowPlainHttp\": " + (plainHttp ? "true" : "false") + "\n"
            + "}\n";
        File.WriteAllText(path, json, new System.Text.UTF8Encoding(false));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
