using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.IntegrationTests.Deployment;

/// <summary>
/// The runtime stage of the repository's Dockerfile (its last <c>FROM</c>), read so tests run the app exactly as the
/// image would: its ENV, WORKDIR, USER, ENTRYPOINT, CMD and HEALTHCHECK. Only the forms the Dockerfile uses are
/// understood: <c>ENV KEY=value</c>, exec-form (JSON array) ENTRYPOINT/CMD/HEALTHCHECK CMD, line continuations.
/// </summary>
public sealed partial class DockerfileSpec
{
    public string BaseImage { get; private init; } = "";

    public IReadOnlyDictionary<string, string> Environment { get; private init; } = new Dictionary<string, string>();

    public string WorkDir { get; private init; } = "/";

    public string? User { get; private init; }

    public IReadOnlyList<string> Entrypoint { get; private init; } = [];

    public IReadOnlyList<string> Cmd { get; private init; } = [];

    public IReadOnlyList<string> HealthCheck { get; private init; } = [];

    public IReadOnlyList<int> ExposedPorts { get; private init; } = [];

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")) && File.Exists(Path.Combine(dir.FullName, "Dockerfile")))
                return dir.FullName;
        throw new FileNotFoundException("Dockerfile not found at the repository root above " + AppContext.BaseDirectory);
    }

    public static DockerfileSpec Load() => Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "Dockerfile")));

    public static DockerfileSpec Parse(string text)
    {
        var instructions = Instructions(text).ToList();
        var last = instructions.FindLastIndex(i => i.Keyword == "FROM");
        if (last < 0) throw new FormatException("Dockerfile has no FROM");
        var stage = instructions[last..];
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, args) in stage.Where(i => i.Keyword == "ENV"))
        {
            foreach (Match pair in EnvPair().Matches(args)) env[pair.Groups[1].Value] = pair.Groups[2].Value.Trim('"');
        }

        string? Last(string keyword) => stage.LastOrDefault(i => i.Keyword == keyword).Args;
        var health = Last("HEALTHCHECK") ?? "";
        var healthCmd = health.IndexOf(" CMD ", StringComparison.Ordinal) is var at and >= 0 ? health[(at + 5)..] : "";
        return new DockerfileSpec
        {
            BaseImage = stage[0].Args.Split(' ')[0],
            Environment = env,
            WorkDir = Last("WORKDIR") ?? "/",
            User = Last("USER"),
            Entrypoint = ExecForm(Last("ENTRYPOINT")),
            Cmd = ExecForm(Last("CMD")),
            HealthCheck = ExecForm(healthCmd),
            ExposedPorts = [.. stage.Where(i => i.Keyword == "EXPOSE").SelectMany(i => i.Args.Split(' ')).Select(p => int.Parse(p.Split('/')[0],
                System.Globalization.CultureInfo.InvariantCulture))],
        };
    }

    /// <summary>A value of the image's environment with its port (the last <c>:digits</c>) replaced, e.g. ASPNETCORE_URLS.</summary>
    public static string WithPort(string url, int port) => PortPattern().Replace(url, ":" + port);

    private static List<string> ExecForm(string? args) =>
        string.IsNullOrWhiteSpace(args) ? [] : JsonSerializer.Deserialize<List<string>>(args)
            ?? throw new FormatException("not an exec-form array: " + args);

    private static IEnumerable<(string Keyword, string Args)> Instructions(string text)
    {
        var logical = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (logical.Length == 0 && (line.TrimStart().StartsWith('#') || line.Trim().Length == 0)) continue;
            if (line.EndsWith('\\'))
            {
                logical += line[..^1] + " ";
                continue;
            }

            logical += line;
            var trimmed = logical.Trim();
            logical = "";
            var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
            yield return space < 0 ? (trimmed.ToUpperInvariant(), "") : (trimmed[..space].ToUpperInvariant(), trimmed[(space + 1)..].Trim());
        }
    }

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)=(""[^""]*""|\S+)")]
    private static partial Regex EnvPair();

    [GeneratedRegex(@":\d+(?=/?$)")]
    private static partial Regex PortPattern();
}
