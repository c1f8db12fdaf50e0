using System.Text.RegularExpressions;

namespace Platform.UnitTests.Repository;

/// <summary>
/// The layout rules of docs/architecture.md, checked on every run so they cannot drift: small files, short lines,
/// feature folders a newcomer can scan, namespaces that follow folders, migrations that never call live code.
/// </summary>
public partial class RepositoryLayoutTests
{
    private const int MaxLines = 300;
    private const int MaxLineLength = 140;
    private const int MaxFilesPerFeatureFolder = 15;

    private static readonly string Root = FindRoot();
    private static readonly string Src = Path.Combine(Root, "src");
    private static readonly string Features = Path.Combine(Src, "Platform.Api", "Features");

    [Fact]
    public void No_hand_written_source_file_is_longer_than_300_lines()
    {
        var tooLong = HandWrittenSources()
            .Select(f => (File: Relative(f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines)
            .Select(f => $"{f.File}: {f.Lines} lines");
        NoViolations(tooLong);
    }

    [Fact]
    public void No_source_line_is_longer_than_140_characters()
    {
        var tooWide = HandWrittenSources()
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Relative(f), Number: i + 1, line.Length)))
            .Where(l => l.Length > MaxLineLength)
            .Select(l => $"{l.File}:{l.Number}: {l.Length} characters");
        NoViolations(tooWide);
    }

    [Fact]
    public void No_feature_folder_holds_more_than_15_files_directly()
    {
        var crowded = Directory.EnumerateDirectories(Features, "*", SearchOption.AllDirectories)
            .Prepend(Features)
            .Select(d => (Folder: Relative(d), Files: Directory.EnumerateFiles(d).Count()))
            .Where(d => d.Files > MaxFilesPerFeatureFolder)
            .Select(d => $"{d.Folder}: {d.Files} files");
        NoViolations(crowded);
    }

    [Fact]
    public void Every_feature_has_one_registration_a_domain_and_a_graphql_folder()
    {
        var missing = new List<string>();
        foreach (var feature in Directory.EnumerateDirectories(Features))
        {
            var name = Path.GetFileName(feature);
            var registration = Path.Combine(feature, $"{name}Feature.cs");
            if (!File.Exists(registration)) missing.Add($"{name}: no {name}Feature.cs");
            else if (!File.ReadAllText(registration).Contains($"Add{name}Feature(this IHostApplicationBuilder", StringComparison.Ordinal))
                missing.Add($"{name}: {name}Feature.cs does not declare Add{name}Feature(this IHostApplicationBuilder …)");
            foreach (var folder in new[] { "Domain", "GraphQL" })
                if (!Directory.Exists(Path.Combine(feature, folder))) missing.Add($"{name}: no {folder}/");
        }
        NoViolations(missing);
    }

    [Fact]
    public void Namespaces_follow_folders()
    {
        var api = Path.Combine(Src, "Platform.Api");
        var wrong = new List<string>();
        foreach (var file in HandWrittenSources().Where(f => f.StartsWith(api + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            var folder = Path.GetRelativePath(api, Path.GetDirectoryName(file)!);
            var expected = folder == "." ? "Platform.Api" : "Platform.Api." + folder.Replace(Path.DirectorySeparatorChar, '.');
            var declared = NamespaceDeclaration().Match(File.ReadAllText(file));
            if (declared.Success && declared.Groups[1].Value != expected)
                wrong.Add($"{Relative(file)}: namespace {declared.Groups[1].Value}, folder says {expected}");
        }
        NoViolations(wrong);
    }

    [Fact]
    public void Migrations_never_call_live_code()
    {
        var migrations = Path.Combine(Src, "Platform.Api", "Data", "Migrations");
        var calls = Directory.EnumerateFiles(migrations, "*.cs")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Relative(f), Number: i + 1, Line: line)))
            .Where(l => LiveHelperCall().IsMatch(l.Line))
            .Select(l => $"{l.File}:{l.Number}: {l.Line.Trim()}");
        NoViolations(calls);
    }

    /// <summary>Lists every violation, one per line (xunit would cut a collection short).</summary>
    private static void NoViolations(IEnumerable<string> violations)
    {
        var all = violations.ToList();
        Assert.True(all.Count == 0, $"{all.Count} violation(s):\n" + string.Join('\n', all));
    }

    /// <summary>Every C# file under src except what EF Core writes (migration designers and the model snapshot).</summary>
    private static IEnumerable<string> HandWrittenSources() =>
        Directory.EnumerateFiles(Src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith(".Designer.cs", StringComparison.Ordinal)
                && !f.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal));

    private static string Relative(string path) => Path.GetRelativePath(Root, path);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        throw new InvalidOperationException("Platform.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(RowLevelSecurity|RealtimeTriggers|BookingConfiguration)\.")]
    private static partial Regex LiveHelperCall();
}
