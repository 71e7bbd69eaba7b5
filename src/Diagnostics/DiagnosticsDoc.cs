using System.Text;

namespace Site.Diagnostics;

/// <summary>
/// Writes docs/diagnostics.md from the catalog (<see cref="Codes"/>): the prose below, then one
/// section per code. Same catalog, same bytes; `dotnet run -- diagnostics-doc` writes the file and a
/// test compares the committed one with it, so the doc cannot drift from what the generator reports.
/// </summary>
public static class DiagnosticsDoc
{
    /// <summary>Where the doc lives in the repository.</summary>
    public const string DefaultPath = "docs/diagnostics.md";

    public static string Generate()
    {
        var text = new StringBuilder();
        text.Append(Intro);
        text.Append("\n## Codes\n\n");
        text.Append(string.Join(" · ", Codes.All.Select(c => $"[{c.Id}](#{c.Id.ToLowerInvariant()})"))).Append('\n');
        foreach (var code in Codes.All) Section(text, code);
        foreach (var (id, help) in Codes.Retired) text.Append($"\n### {id}\n\nRetired: never reported any more, and not to be reused. {help}\n");
        text.Append('\n').Append(Appendix);
        return text.ToString();
    }

    private static void Section(StringBuilder text, DiagnosticCode code)
    {
        var severity = code.Severity switch { Severity.Error => "error", Severity.Note => "note", _ => "warning" };
        text.Append($"\n### {code.Id}\n\n");
        text.Append(Capitalized(severity)).Append(code.ErrorWithStrict ? " (an error with `--strict`)" : "")
            .Append(", reported ").Append(StageWords(code.Stage)).Append(".\n");
        // The message as a terminal prints it, in a fence longer than any run of backticks it holds.
        var fence = new string('`', Math.Max(3, LongestBacktickRun(code.Message) + 1));
        text.Append($"\n{fence}\npath:line:column: {severity} {code.Id}: {code.Message}\n{fence}\n\n");
        text.Append(code.Help).Append('\n');
        if (code.AlsoWarning is not null) text.Append('\n').Append(code.AlsoWarning).Append('\n');
    }

    private static string StageWords(DiagnosticStage stage) => stage switch
    {
        DiagnosticStage.Load => "while loading the files",
        DiagnosticStage.Parse => "while reading a file",
        DiagnosticStage.Validate => "while checking the files against each other",
        _ => "while rendering a page",
    };

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    private const string Intro = """
        # Diagnostics

        <!-- Generated from src/Diagnostics/Codes.cs (the prose from src/Diagnostics/DiagnosticsDoc.cs) by `dotnet run -- diagnostics-doc`: edit those, not this file. -->

        Every problem in `input/` or `theme/` is printed as

        ```
        input/pillars/compute.md:12:5: error LINK001: broken link 'risk.md': there is no page input/risk.md; did you mean 'risks.md'?
        ```

        path (relative to the repository root), line and column (1-based, in the file as you wrote it:
        front matter and fenced blocks included), severity, code and message. One build lists all of them,
        sorted by file and position, then exits 1 and leaves `output/` as it was. Warnings do not fail a build;
        notes are not problems but things to do (a text waiting for its translation). `--strict` makes the
        warnings and notes of an incomplete translation errors. `dotnet run -- check` prints exactly the same
        lines (and exits with the same code) without building; on a pull request each line becomes an
        annotation on its file and line (`.github/problem-matchers/site.json`).

        Below, each code with its severity, the stage that reports it, the form of its message (its variable
        parts in braces) and what it means. An internal error (a bug in the generator, never the content's
        fault) prints one line starting with `site: internal error`, exits 3 and also leaves `output/` as it was.

        """;

    private const string Appendix = """
        ## Characters no published file may hold

        feed.xml and sitemap.xml are XML, and XML 1.0 forbids some characters: the control characters
        U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, the noncharacters U+FFFE and U+FFFF, and half of a
        surrogate pair without its other half. HTML treats them as errors too. Every text in YAML (site.yml,
        front matter, data tables, embed blocks) is checked as it is read, and such a character is one error
        with the code of its file's format (SITE001, PAGE002, DATA001, PAGE011, …), at the character's line and
        column, or at the escape in double quotes that writes it:

        ```
        input/index.md:2:12: error PAGE002: '\x01' writes U+0001, a control character, which XML and HTML forbid (feed.xml, sitemap.xml and the pages could not carry it); remove it
        ```

        An escape YAML does not know (`"\q"`, `"\x4G"`) is reported the same way, at the escape. Any other text
        (markup characters, quotes, emoji, right-to-left scripts, combining marks) is escaped by the XML writer.

        ## Raw HTML in pages (PAGE014)

        Pages are Markdown. Raw HTML is accepted only from an allowed list of inline tags written without
        attributes: `<abbr>`, `<b>`, `<br>`, `<cite>`, `<del>`, `<dfn>`, `<em>`, `<i>`, `<ins>`, `<kbd>`,
        `<mark>`, `<q>`, `<s>`, `<small>`, `<strong>`, `<sub>`, `<sup>`, `<u>`, `<var>`, `<wbr>`, plus HTML
        comments. Anything else — a `<script>`, an `<iframe>`, a `<div>` block, an `onclick` or `style`
        attribute — is an error at its line and column, never silently dropped or passed through. Markdown's
        `{#id .class}` attributes may set an id and classes only. Links are `http:`, `https:`, `mailto:` or
        relative (LINK004).

        """;
}
