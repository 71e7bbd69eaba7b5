using System.Globalization;
using Scriban.Runtime;
using Site.Tracking;

namespace Site.Templates;

/// <summary>
/// Records and replays what renders read from the models. A read is noted with a digest of the value
/// it gave; a <see cref="TrackedObject"/> read counts as its list of members (its members' values are
/// reads of their own, noted when the template reads them), an array as the digests of its items, any
/// other object as its whole printed value. Replaying walks each read's path through the new build's
/// models: a render whose every read gives the same digest would produce the same output.
/// </summary>
public static class ModelReads
{
    private const string Absent = "absent";

    /// <summary>The models a render starts from: every tracked global (site, data) and the page.</summary>
    public static Dictionary<string, object> Roots(ScriptObject globals, ScriptObject page)
    {
        var roots = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in globals)
            if (value is TrackedObject) roots[name] = value;
        roots["page"] = page;
        return roots;
    }

    /// <summary>Makes the roots known to a render's log; reading a root is a read of its member list.</summary>
    public static void Start(ReadLog log, IReadOnlyDictionary<string, object> roots)
    {
        foreach (var (name, model) in roots)
        {
            log.Add([], name, Digest(model));
            Place(log, [name], model);
        }
    }

    public static void Note(ReadLog log, ScriptObject owner, string member, bool found, object? value)
    {
        if (log.PathOf(owner) is not { } path)
        {
            log.MarkIncomplete();
            return;
        }
        log.Add(path, member, found ? Digest(value) : Absent);
        if (found) Place(log, [.. path, member], value);
    }

    /// <summary>True when every read gives what it gave then, in the models reached from <paramref name="roots"/>.</summary>
    public static bool StillTrue(IReadOnlyList<ModelRead> reads, IReadOnlyDictionary<string, object> roots)
    {
        var reached = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var read in reads)
        {
            var digest = read.Path.Count == 0
                ? (roots.TryGetValue(read.Member, out var root) ? Digest(root) : Absent)
                : Walk(read.Path, roots, reached) is ScriptObject owner && owner.TryGetValue(null, default, read.Member, out var value)
                    ? Digest(value)
                    : Absent;
            if (digest != read.Digest) return false;
        }
        return true;
    }

    private static object? Walk(IReadOnlyList<string> path, IReadOnlyDictionary<string, object> roots, Dictionary<string, object?> reached)
    {
        var key = string.Join('\u0001', path);
        if (reached.TryGetValue(key, out var known)) return known;
        object? current = roots.GetValueOrDefault(path[0]);
        for (var i = 1; i < path.Count && current is not null; i++)
        {
            current = current switch
            {
                ScriptObject model => model.TryGetValue(null, default, path[i], out var value) ? value : null,
                ScriptArray array => int.TryParse(path[i], CultureInfo.InvariantCulture, out var index) && index < array.Count ? array[index] : null,
                _ => null,
            };
        }
        return reached[key] = current;
    }

    /// <summary>Remembers the path of every model object a value holds, so that later reads of its members can be replayed.</summary>
    private static void Place(ReadLog log, IReadOnlyList<string> path, object? value)
    {
        switch (value)
        {
            case ScriptObject model:
                log.Place(model, path);
                break;
            case ScriptArray array:
                for (var i = 0; i < array.Count; i++)
                    if (array[i] is ScriptObject or ScriptArray) Place(log, [.. path, i.ToString(CultureInfo.InvariantCulture)], array[i]);
                break;
        }
    }

    private static string Digest(object? value)
    {
        var text = value switch
        {
            null => "null",
            string s => "s" + s,
            TrackedObject model => "o" + string.Join('\u0001', model.Keys),
            ScriptArray array => "a" + string.Join('\u0001', array.Select(Digest)),
            ScriptObject plain => "p" + plain.ToString(null, CultureInfo.InvariantCulture),
            IFormattable formattable => value.GetType().Name + ":" + formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.GetType().FullName + ":" + value,
        };
        // Long values (a page's content, a table's rows) are kept as a hash.
        return text.Length <= 64 ? text : "#" + ContentHash.Of(text);
    }
}
