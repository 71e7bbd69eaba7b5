using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Common;
using static AngleSharp.Dom.NodeFlags;

namespace Site.Validation;

/// <summary>
/// Each element's flags (special, scoping, formatting, implied end, …) steer tree construction, so
/// the light tree (IdTree.cs) must give every element the flags AngleSharp's own element class has.
/// They are a table here, not read from AngleSharp's classes at run time: doing that meant a full
/// AngleSharp document (default configuration, browsing context, element factories) and one element
/// made per tag name under a lock, ~80 ms on the critical path of a one-page site's cold build with
/// the render threads queueing on the lock. ParsedOutputTests checks the table against AngleSharp's
/// classes for every tag name AngleSharp knows, in all three namespaces, so an AngleSharp upgrade
/// that changes a flag fails that test. The table also interns the names, so an element costs no
/// string of its own.
/// </summary>
internal sealed class ElementFlags
{
    // Names whose flags differ from the namespace's generic element (AngleSharp 1.10.3). Names are as
    // the tree construction passes them: lower case, SVG names with their camel case restored.
    private static readonly (string Name, NodeFlags Flags)[] HtmlSpecial =
    [
        ("a", HtmlFormatting), ("address", Special), ("applet", Special | Scoped), ("area", SelfClosing | Special),
        ("article", Special), ("aside", Special), ("b", HtmlFormatting), ("base", SelfClosing | Special),
        ("basefont", SelfClosing | Special), ("bgsound", SelfClosing | Special), ("big", HtmlFormatting),
        ("blockquote", Special), ("body", Special | ImplicitlyClosed), ("br", SelfClosing | Special), ("button", Special),
        ("caption", Special | Scoped), ("center", Special), ("code", HtmlFormatting), ("col", SelfClosing | Special),
        ("colgroup", Special), ("dd", Special | ImplicitlyClosed | ImpliedEnd), ("details", Special), ("dir", Special),
        ("div", Special), ("dl", Special), ("dt", Special | ImplicitlyClosed | ImpliedEnd), ("em", HtmlFormatting),
        ("embed", SelfClosing | Special), ("fieldset", Special), ("figcaption", Special), ("figure", Special),
        ("font", HtmlFormatting), ("footer", Special), ("form", Special), ("frame", SelfClosing | Special),
        ("frameset", Special), ("h1", Special), ("h2", Special), ("h3", Special), ("h4", Special), ("h5", Special),
        ("h6", Special), ("head", Special), ("header", Special), ("hgroup", Special), ("hr", SelfClosing | Special),
        ("html", Special | ImplicitlyClosed | Scoped | HtmlTableSectionScoped | HtmlTableScoped), ("i", HtmlFormatting),
        ("iframe", Special | LiteralText), ("img", SelfClosing | Special), ("input", SelfClosing | Special),
        ("isindex", Special), ("keygen", SelfClosing | Special), ("li", Special | ImplicitlyClosed | ImpliedEnd),
        ("link", SelfClosing | Special), ("listing", Special), ("main", Special), ("marquee", Special | Scoped),
        ("menu", Special), ("menuitem", SelfClosing | Special), ("meta", SelfClosing | Special), ("nav", Special),
        ("nobr", HtmlFormatting), ("noembed", Special | LiteralText), ("noframes", Special | LiteralText),
        ("noscript", Special), ("object", Special | Scoped), ("ol", Special | HtmlListScoped),
        ("optgroup", ImplicitlyClosed | ImpliedEnd | HtmlSelectScoped), ("option", ImplicitlyClosed | ImpliedEnd | HtmlSelectScoped),
        ("output", Special), ("p", Special | ImplicitlyClosed | ImpliedEnd), ("param", SelfClosing | Special),
        ("plaintext", Special), ("pre", Special | LineTolerance), ("rb", ImplicitlyClosed | ImpliedEnd),
        ("rp", ImplicitlyClosed | ImpliedEnd), ("rt", ImplicitlyClosed | ImpliedEnd), ("rtc", ImplicitlyClosed | ImpliedEnd),
        ("s", HtmlFormatting), ("script", Special | LiteralText), ("section", Special), ("select", Special),
        ("small", HtmlFormatting), ("source", SelfClosing | Special), ("strike", HtmlFormatting), ("strong", HtmlFormatting),
        ("style", Special | LiteralText), ("summary", Special), ("table", Special | Scoped | HtmlTableSectionScoped | HtmlTableScoped),
        ("tbody", Special | ImplicitlyClosed | HtmlTableSectionScoped), ("td", Special | ImplicitlyClosed | Scoped),
        ("template", Special | Scoped | HtmlTableSectionScoped | HtmlTableScoped), ("textarea", Special | LineTolerance),
        ("tfoot", Special | ImplicitlyClosed | HtmlTableSectionScoped), ("th", Special | ImplicitlyClosed | Scoped),
        ("thead", Special | ImplicitlyClosed | HtmlTableSectionScoped), ("time", Special), ("title", Special),
        ("tr", Special | ImplicitlyClosed), ("track", SelfClosing | Special), ("tt", HtmlFormatting), ("u", HtmlFormatting),
        ("ul", Special | HtmlListScoped), ("wbr", SelfClosing | Special), ("xmp", Special | LiteralText),
    ];

    private static readonly (string Name, NodeFlags Flags)[] SvgSpecial =
    [
        ("desc", Special | Scoped | HtmlTip), ("foreignObject", Special | Scoped | HtmlTip), ("style", Special),
        ("title", Special | Scoped | HtmlTip),
    ];

    private static readonly (string Name, NodeFlags Flags)[] MathMlSpecial =
    [
        ("annotation-xml", Special | Scoped), ("mi", Special | Scoped | MathTip), ("mn", Special | Scoped | MathTip),
        ("mo", Special | Scoped | MathTip), ("ms", Special | Scoped | MathTip), ("mtext", Special | Scoped | MathTip),
    ];

    // Common names with the generic flags, in the table only so that they are interned.
    private static readonly string[] HtmlGeneric =
    [
        "abbr", "audio", "bdi", "bdo", "canvas", "cite", "data", "datalist", "del", "dfn", "dialog", "ins", "kbd",
        "label", "legend", "map", "mark", "meter", "picture", "progress", "q", "ruby", "samp", "search", "slot",
        "span", "sub", "sup", "var", "video",
    ];

    private static readonly string[] SvgGeneric =
    [
        "svg", "g", "path", "circle", "rect", "line", "polyline", "polygon", "ellipse", "text", "tspan", "use",
        "defs", "symbol", "clipPath", "linearGradient", "radialGradient", "stop", "mask", "image",
    ];

    private static readonly string[] MathMlGeneric =
        ["math", "mrow", "msup", "msub", "msubsup", "mfrac", "msqrt", "mroot", "mspace", "mstyle", "semantics", "annotation"];

    public static readonly ElementFlags Html = new(HtmlMember, HtmlSpecial, HtmlGeneric);
    public static readonly ElementFlags Svg = new(SvgMember, SvgSpecial, SvgGeneric);
    public static readonly ElementFlags MathMl = new(MathMember, MathMlSpecial, MathMlGeneric);

    // Plain dictionaries: a FrozenDictionary reads no faster at this size and costs more to build,
    // which a cold build pays on its critical path (the first page's first element waits for it).
    private readonly Dictionary<string, (string Name, NodeFlags Flags)> _byName;
    private readonly Dictionary<string, (string Name, NodeFlags Flags)>.AlternateLookup<ReadOnlySpan<char>> _table;
    private readonly ConcurrentDictionary<string, (string Name, NodeFlags Flags)> _others = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Name, NodeFlags Flags)>.AlternateLookup<ReadOnlySpan<char>> _othersBySpan;

    private ElementFlags(NodeFlags member, (string Name, NodeFlags Flags)[] special, string[] generic)
    {
        Unknown = member;
        _byName = new(special.Length + generic.Length, StringComparer.Ordinal);
        foreach (var (name, flags) in special) _byName.Add(name, (name, flags | member));
        foreach (var name in generic) _byName.Add(name, (name, member));
        _table = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _othersBySpan = _others.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The flags of an element of this namespace that has no class of its own.</summary>
    public NodeFlags Unknown { get; }

    /// <summary>The names in the table, for the test that checks it against AngleSharp.</summary>
    internal IEnumerable<string> Names => _byName.Keys;

    public (string Name, NodeFlags Flags) Of(StringOrMemory name)
    {
        var span = name.Memory.Span;
        if (_table.TryGetValue(span, out var known) || _othersBySpan.TryGetValue(span, out known)) return known;
        var key = name.ToString();
        return _others.GetOrAdd(key, static (key, self) => (key, self.FlagsIgnoringCase(key)), this);
    }

    /// <summary>AngleSharp finds its element classes by name ignoring case: a name in another case has the same flags.</summary>
    private NodeFlags FlagsIgnoringCase(string name)
    {
        foreach (var (known, flags) in _byName.Values)
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase)) return flags;
        return Unknown;
    }
}
