using System.Text.RegularExpressions;

namespace Platform.Testing;

/// <summary>Reads what the host "sent": the .eml files of its pickup directory (<see cref="ITestHost.MailDirectory"/>).</summary>
public static partial class Mailbox
{
    /// <summary>Every message to <paramref name="email"/>, oldest first.</summary>
    public static IReadOnlyList<string> To(ITestHost app, string email)
    {
        if (!Directory.Exists(app.MailDirectory)) return [];
        return [.. new DirectoryInfo(app.MailDirectory).GetFiles("*.eml")
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f.FullName))
            .Where(text => string.Equals(Recipient().Match(text).Groups[1].Value.Trim(), email, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>The newest link to <paramref name="path"/> (e.g. /account/confirm) in a message to <paramref name="email"/>.</summary>
    public static string LatestLink(ITestHost app, string email, string path) =>
        To(app, email).Reverse()
            .Select(text => Links().Matches(text).Select(m => m.Value).FirstOrDefault(link => new Uri(link).AbsolutePath == path))
            .FirstOrDefault(link => link is not null)
        ?? throw new InvalidOperationException($"No email to {email} links to {path}.");

    /// <summary>The token parameter of a link.</summary>
    public static string TokenOf(string link) =>
        Uri.UnescapeDataString(TokenParameter().Match(link).Groups[1].Value);

    [GeneratedRegex(@"^To: (.+)$", RegexOptions.Multiline)]
    private static partial Regex Recipient();

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex Links();

    [GeneratedRegex(@"[?&]token=([^&\s]+)")]
    private static partial Regex TokenParameter();
}
