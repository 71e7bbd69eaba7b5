using Scriban.Parsing;
using Scriban.Syntax;
using Site.Diagnostics;

namespace Site.Templates;

/// <summary>Turns Scriban's parse messages and runtime exceptions into located diagnostics.</summary>
public static class TemplateErrors
{
    public static void ReportParse(IEnumerable<LogMessage> messages, IReadOnlyDictionary<string, SourceFile> files, DiagnosticCode code, DiagnosticBag diagnostics)
    {
        // Scriban often reports one mistake several times along the same line; the first says it best.
        var reportedLines = new HashSet<(string, int)>();
        foreach (var message in messages)
        {
            var at = SiteTemplateContext.Locate(files, message.Span);
            if (!reportedLines.Add((at.File.DisplayPath, at.Line))) continue;
            var text = "template syntax: " + Lower(message.Message);
            diagnostics.Report(at, message.Type == ParserMessageType.Error ? code : code.AsWarning, text);
        }
    }

    public static void ReportRuntime(ScriptRuntimeException exception, SiteTemplateContext context, DiagnosticCode code)
    {
        if (exception is ScriptParserRuntimeException parser)
        {
            var reportedLines = new HashSet<(string, int)>();
            foreach (var message in parser.ParserMessages)
            {
                var at = context.Locate(message.Span);
                if (reportedLines.Add((at.File.DisplayPath, at.Line)))
                    context.Report(message.Span, code, "template syntax: " + Lower(message.Message));
            }
            return;
        }
        if (exception.InnerException is InvalidOperationException { Message: var readOnly } && readOnly.Contains("readonly", StringComparison.OrdinalIgnoreCase))
        {
            context.Report(exception.Span, code, "template error: this changes a builtin (such as date.format) or the site's data, which templates may only read; assign to a variable of your own");
            return;
        }
        context.Report(exception.Span, code, "template error: " + Lower(exception.OriginalMessage));
    }

    private static string Lower(string text)
    {
        text = text.Trim().TrimEnd('.');
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }
}
