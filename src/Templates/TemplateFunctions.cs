using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Site.Content;
using Site.Data;
using Site.Diagnostics;
using Site.Localization;
using Site.Yaml;

namespace Site.Templates;

/// <summary>
/// The functions templates and pages may call. Each reports a located error on bad arguments (the
/// build fails, but goes on collecting errors) instead of throwing.
/// <list type="bullet">
/// <item><c>url "/pillars/"</c>: a site URL with the base path applied.</item>
/// <item><c>asset "css/site.css"</c>: the fingerprinted URL of a theme asset.</item>
/// <item><c>figure "table" "row" "column"</c>: one cell, formatted for a sentence ("US$1.8 billion").</item>
/// <item><c>t "key"</c>: a UI string from theme/i18n/&lt;lang&gt;.yml.</item>
/// <item><c>number 5000 0</c>, <c>date "2026-06-15"</c>: formatting in the page's language.</item>
/// </list>
/// </summary>
public static class TemplateFunctions
{
    public static ScriptObject Create(
        string basePath,
        string language,
        string fallbackLanguage,
        IReadOnlyDictionary<string, string> assets,
        IReadOnlyDictionary<string, DataTable> tables,
        UiStrings uiStrings)
    {
        var functions = new FunctionTable();
        functions.Import("url", new Func<string, string>(path => Ours(() => BasePath.Apply(basePath, path ?? "/"))));

        functions.Import("asset", new Func<TemplateContext, SourceSpan, string, string>((context, span, path) => Ours(() =>
        {
            if (path is not null && assets.TryGetValue(path, out var url)) return url;
            var suggestion = path is null ? null : Suggest.Closest(path, assets.Keys);
            Report(context, span, Codes.TPL003, $"unknown asset '{path}' (theme/assets/{path} does not exist)" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            return "";
        })));

        functions.Import("figure", new Func<TemplateContext, SourceSpan, object, object, object, string>((context, span, table, row, column) =>
            Ours(() => Figure(context, span, tables, Text(table), Text(row), Text(column), language, fallbackLanguage))));

        functions.Import("t", new Func<TemplateContext, SourceSpan, string, string>((context, span, key) => Ours(() =>
        {
            var text = uiStrings.Get(language, key) ?? uiStrings.Get(fallbackLanguage, key);
            if (text is not null) return text;
            Report(context, span, Codes.I18N002, $"no UI string '{key}' in theme/i18n/{language}.yml");
            return key;
        })));

        functions.Import("number", new Func<TemplateContext, SourceSpan, object, int, string>((context, span, value, decimals) => Ours(() =>
        {
            if (ToDecimal(value) is { } number && decimals is >= 0 and <= 10) return NumberFormat.For(language).Format(number, decimals);
            Report(context, span, Codes.TPL002, $"number needs a number and 0 to 10 decimals, not '{Text(value)}' and {decimals}");
            return "";
        })));

        functions.Import("json", new Func<object?, string>(value => Ours(() => JsonString(value))));

        functions.Import("date", new Func<string, string>(iso => Ours(() => iso is null ? "" : GeneratedText.For(language).Date(iso))));
        return functions;
    }

    /// <summary>
    /// A value as a JSON string literal (null as null), safe inside &lt;script type="application/ld+json"&gt;:
    /// System.Text.Json's default escaping writes &lt;, &gt; and &amp; as \u003C…, so no "&lt;/script" can close it.
    /// It is what <c>JsonSerializer.Serialize(text)</c> writes, without the serializer's type metadata,
    /// which a cold process builds by reflection on the first call (20–60 ms of the first page's layout).
    /// </summary>
    public static string JsonString(object? value) =>
        (value is null ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)) is { } text
            ? "\"" + System.Text.Json.JsonEncodedText.Encode(text) + "\""
            : "null";

    /// <summary>
    /// Runs the body of one of our functions. Bad arguments are reported with a code, so anything it
    /// throws is a bug of ours: it is marked so that the build stops with an internal error (exit 3)
    /// instead of Scriban blaming the author's template for it.
    /// </summary>
    public static T Ours<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (Exception exception) when (exception is not Scriban.Syntax.ScriptRuntimeException)
        {
            throw new TemplateFunctionBug(exception);
        }
    }

    private static decimal? ToDecimal(object? value) => value switch
    {
        int or long or decimal or double or float => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        string text when decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static string Text(object value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string Figure(TemplateContext context, SourceSpan span, IReadOnlyDictionary<string, DataTable> tables,
        string tableId, string rowKey, string columnId, string language, string defaultLanguage)
    {
        if (context is SiteTemplateContext site) site.Scope.UsedTables.Add(tableId);
        var cell = CellLookup.Find(tables, tableId, rowKey, columnId, out var error, out var wrong, language, defaultLanguage);
        if (cell is not null) return CellLookup.ProseSpan(cell, language);
        Report(context, span, Codes.DATA002, error!, wrong == CellLookup.Part.Table ? Subjects.Table(tableId) : null);
        return "";
    }

    private static void Report(TemplateContext context, SourceSpan span, DiagnosticCode code, string message, string? followsFrom = null)
    {
        if (context is SiteTemplateContext site) site.Report(span, code, message, followsFrom);
        else throw new Scriban.Syntax.ScriptRuntimeException(span, message);
    }
}
