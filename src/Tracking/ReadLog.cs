namespace Site.Tracking;

/// <summary>
/// One value a render read from the template models: the member <see cref="Member"/> of the object
/// reached from a root (<c>site</c>, <c>data</c>, <c>page</c>) by <see cref="Path"/>, and a digest of
/// what it held ("absent" when there was no such member: a read that failed is a dependency too).
/// A cached render is reused only if every one of its reads gives the same digest in the new build.
/// </summary>
public sealed record ModelRead(IReadOnlyList<string> Path, string Member, string Digest);

/// <summary>
/// The reads of one page render, recorded by the model objects as templates read them (see
/// Site.Templates.TrackedObject), never guessed from the template's text. It also knows, for every
/// model object the render has reached, the path it was reached by, so that a read of that object's
/// member can be replayed against the next build's models. One log per page render; not thread-safe.
/// </summary>
public sealed class ReadLog
{
    private readonly Dictionary<object, IReadOnlyList<string>> _paths = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, ModelRead> _reads = new(StringComparer.Ordinal);
    private readonly List<ModelRead> _ordered = new();

    /// <param name="recording">
    /// False for a build whose renders are never reused (a plain build keeps no cache): nothing is
    /// noted, which saved about a tenth of applying layouts, and the log counts as incomplete.
    /// </param>
    public ReadLog(bool recording = true)
    {
        Recording = recording;
        Incomplete = !recording;
    }

    /// <summary>Whether reads are noted at all (see the constructor).</summary>
    public bool Recording { get; }

    /// <summary>
    /// True when the render read a model object it had not reached by a known path (nothing does
    /// today), or when reads were not recorded: its reads cannot be replayed, so the render is never reused.
    /// </summary>
    public bool Incomplete { get; private set; }

    public IReadOnlyList<ModelRead> Reads => _ordered;

    public IReadOnlyList<string>? PathOf(object model) => _paths.GetValueOrDefault(model);

    /// <summary>Remembers how an object was reached; the first (shortest-lived) path wins.</summary>
    public void Place(object model, IReadOnlyList<string> path)
    {
        if (Recording) _paths.TryAdd(model, path);
    }

    public void Add(IReadOnlyList<string> path, string member, string digest)
    {
        if (!Recording) return;
        var key = string.Join('\u0001', path) + '\u0002' + member;
        // The first read of a member is enough: a render cannot change the models it reads.
        if (_reads.TryAdd(key, new ModelRead(path, member, digest))) _ordered.Add(_reads[key]);
    }

    public void MarkIncomplete() => Incomplete = true;
}
