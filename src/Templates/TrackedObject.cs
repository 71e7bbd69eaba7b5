using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Site.Markdown;

namespace Site.Templates;

/// <summary>
/// A model object (a page, the site, a table, a row…) that notes every member a render reads in the
/// render's <see cref="Site.Tracking.ReadLog"/>: member access, existence checks and printing the
/// whole object all go through here. Reads outside a render (no <see cref="SiteTemplateContext"/>)
/// are not noted. Holds no state of its own, so one instance serves every thread.
/// </summary>
public sealed class TrackedObject : ScriptObject
{
    // Scriban imports the static members of a derived type into each new object by reflection unless
    // asked not to: this type has none, and a build makes one for every page, menu item and table row.
    public TrackedObject() : base(0, autoImportStaticsFromThisType: false) { }

    /// <param name="capacity">How many members it will hold: a dictionary of that size from the start, not grown by doubling.</param>
    public TrackedObject(int capacity) : base(capacity, autoImportStaticsFromThisType: false) { }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        var found = base.TryGetValue(context, span, member, out value);
        // A page's content is held as UTF-8 (Utf8Html): what is read is its text.
        if (value is Utf8Html html) value = html.ToString();
        if (context is SiteTemplateContext { Scope.Reads.Recording: true } site) ModelReads.Note(site.Scope.Reads, this, member, found, value);
        return found;
    }

    /// <summary>Printing an object (<c>{{ page }}</c>) shows every member: each is a read.</summary>
    public override string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (formatProvider is SiteTemplateContext { Scope.Reads.Recording: true } site)
            foreach (var member in Keys.ToList()) TryGetValue(site, default, member, out _);
        if (!Values.Any(value => value is Utf8Html)) return base.ToString(format, formatProvider);
        // Printed as it is read: the content as text (quoted and escaped like any string member).
        var shown = new ScriptObject(Count);
        foreach (var (name, value) in this) shown[name] = value is Utf8Html html ? html.ToString() : value;
        return shown.ToString(format, formatProvider);
    }
}
