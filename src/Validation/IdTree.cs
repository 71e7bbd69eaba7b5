using System.Collections;
using AngleSharp;
using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Site.Validation;

// The document tree AngleSharp's HTML5 tree construction builds when all we want is the ids of its
// elements (HtmlIds). AngleSharp builds through these interfaces (IDomConstructionElementFactory);
// its own DOM is a browser's: every element a full object with events, a child list holding every
// text run, a document with a browsing context to load and dispose. Profiling 1,000 pages put
// 40 % of the build's CPU in that parse, most of it allocating text nodes and growing child lists.
// Here an element is its name, its flags and its id; text is dropped as it arrives, since tree
// construction never reads text back (it decides on tokens, the stack of open elements and the
// elements' flags); the element children are kept, in order, because tree construction moves
// them (adoption agency, foster parenting, template contents).

/// <summary>Builds an <see cref="IdDocument"/>: AngleSharp's parser with our tree.</summary>
internal sealed class IdTreeFactory : IDomConstructionElementFactory<IdDocument, IdElement>
{
    public static readonly IdTreeFactory Instance = new();

    public IdElement Create(IdDocument document, StringOrMemory localName, StringOrMemory prefix = default, NodeFlags flags = NodeFlags.None)
    {
        var (name, known) = ElementFlags.Html.Of(localName);
        return new(name, known | flags);
    }

    public IdElement CreateNoScript(IdDocument document, bool scripting) =>
        new(TagNames.NoScript, ElementFlags.Html.Of(TagNames.NoScript).Flags);

    public IConstructableNode CreateDocumentType(IdDocument document, StringOrMemory name, StringOrMemory publicIdentifier, StringOrMemory systemIdentifier) =>
        new IdDocumentType(name.ToString());

    public IConstructableMathElement CreateMath(IdDocument document, StringOrMemory name = default)
    {
        var (localName, flags) = ElementFlags.MathMl.Of(name);
        return new IdMathElement(localName, flags);
    }

    public IConstructableSvgElement CreateSvg(IdDocument document, StringOrMemory name = default)
    {
        var (localName, flags) = ElementFlags.Svg.Of(name);
        return new IdSvgElement(localName, flags);
    }

    public IConstructableMetaElement CreateMeta(IdDocument document) => new IdMetaElement();

    public IConstructableScriptElement CreateScript(IdDocument document, bool parserInserted, bool started) => new IdScriptElement();

    public IConstructableFrameElement CreateFrame(IdDocument document) => new IdFrameElement();

    public IConstructableTemplateElement CreateTemplate(IdDocument document)
    {
        document.Unsure = true;
        return new IdTemplateElement();
    }

    public IConstructableFormElement CreateForm(IdDocument document) => new IdFormElement();

    // AngleSharp's own factory makes an HtmlUnknownElement here, whatever the name (e.g. a table
    // inside a select): only the flags every HTML element has.
    public IdElement CreateUnknown(IdDocument document, StringOrMemory tagName) =>
        new(tagName.ToString(), ElementFlags.Html.Unknown);

    public IdDocument CreateDocument(TextSource source, IBrowsingContext? context = null) => new(source);
}

/// <summary>
/// A node of the id tree and the list of its element children (in order; text is not kept). The list
/// is the node itself, and its array is made on the first child, so a leaf element is one object.
/// </summary>
internal abstract class IdNode : IConstructableNode, IConstructableNodeList
{
    private IConstructableNode[]? _children;
    private int _count;

    protected IdNode(string name, NodeFlags flags)
    {
        _name = name;
        Flags = flags;
    }

    // A string, not a StringOrMemory (16 bytes): a page makes hundreds of elements, and their size
    // is most of what the id parse allocates.
    private readonly string _name;

    public StringOrMemory NodeName => _name;
    public NodeFlags Flags { get; }
    public IConstructableNode? Parent { get; set; }
    public IConstructableNodeList ChildNodes => this;

    public IConstructableNode this[int index] => index < _count ? _children![index] : throw new ArgumentOutOfRangeException(nameof(index));
    public int Length => _count;

    public void Clear()
    {
        if (_children is not null) Array.Clear(_children, 0, _count);
        _count = 0;
    }

    public IEnumerator<IConstructableNode> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return _children![i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void RemoveFromParent() => Parent?.RemoveChild(this);

    public void RemoveChild(IConstructableNode childNode)
    {
        var index = _children is null ? -1 : Array.IndexOf(_children, childNode, 0, _count);
        if (index >= 0) RemoveNode(index, childNode);
    }

    public void RemoveNode(int idx, IConstructableNode childNode)
    {
        childNode.Parent = null;
        _count--;
        Array.Copy(_children!, idx + 1, _children!, idx, _count - idx);
        _children![_count] = null!;
    }

    public virtual void InsertNode(int idx, IConstructableNode childNode)
    {
        childNode.Parent = this;
        MakeRoom();
        Array.Copy(_children!, idx, _children!, idx + 1, _count - idx);
        _children![idx] = childNode;
        _count++;
    }

    public virtual void AddNode(IConstructableNode node)
    {
        node.Parent = this;
        MakeRoom();
        _children![_count++] = node;
    }

    private void MakeRoom()
    {
        if (_children is null) _children = new IConstructableNode[4];
        else if (_count == _children.Length) Array.Resize(ref _children, _count * 2);
    }

    public void AppendText(StringOrMemory text, bool emitWhiteSpaceOnly = false) { }

    public void InsertText(int idx, StringOrMemory text, bool emitWhiteSpaceOnly = false) { }

    /// <summary>The element children, for the walk that reads the ids.</summary>
    public ReadOnlySpan<IConstructableNode> Children => _children.AsSpan(0, _count);
}

internal sealed class IdDocumentType(string name) : IdNode(name, NodeFlags.None);

/// <summary>The document: the root of the tree, and what the parser asks of a document while it builds.</summary>
internal sealed class IdDocument(TextSource source) : IdNode("#document", NodeFlags.None), IConstructableDocument, IDisposable
{
    public TextSource Source { get; } = source;
    public IDisposable? Builder { get; set; }
    public QuirksMode QuirksMode { get; set; }
    public bool IsLoading => false;

    /// <summary>
    /// Set where this tree may differ from AngleSharp's own document: the tree construction asks for
    /// AngleSharp's concrete classes in three places (HtmlTableElement and HtmlTemplateElement when
    /// it fosters a node out of a table, HtmlHtmlElement and HtmlTemplateElement when it clears the
    /// stack back to a table context), which our elements are not. A fostered element then lands on
    /// the document itself, after the html element, and a template may be closed early: the caller
    /// parses such a page again with AngleSharp's own document. Our pages have neither.
    /// </summary>
    public bool Unsure { get; set; }

    public override void AddNode(IConstructableNode node)
    {
        if (node is IdElement && FirstElement(this, null) is not null) Unsure = true;
        base.AddNode(node);
    }

    public override void InsertNode(int idx, IConstructableNode childNode)
    {
        if (childNode is IdElement && FirstElement(this, null) is not null) Unsure = true;
        base.InsertNode(idx, childNode);
    }

    public IConstructableElement DocumentElement => FirstElement(this, null) ?? throw new InvalidOperationException("the parser made no html element");

    public IConstructableElement? Head => FirstElement(this, null) is { } html ? FirstElement(html, TagNames.Head) : null;

    private static IdElement? FirstElement(IdNode parent, string? name)
    {
        foreach (var child in parent.Children)
            if (child is IdElement element && (name is null || element.LocalName == name)) return element;
        return null;
    }

    public void PerformMicrotaskCheckpoint() { }
    public void ProvideStableState() { }
    public void AddComment(ref StructHtmlToken token) { }
    public void TrackError(Exception exception) { }
    public Task WaitForReadyAsync(CancellationToken cancelToken) => Task.CompletedTask;
    public Task FinishLoadingAsync() => Task.CompletedTask;
    public void ApplyManifest() { }

    /// <summary>The builder holds pooled buffers of the tokenizer; the text source, its own.</summary>
    public void Dispose()
    {
        Builder?.Dispose();
        Source.Dispose();
    }

    /// <summary>The ids of the elements in the document, in document order (template contents are not in it).</summary>
    public void CollectIds(HashSet<string> ids)
    {
        var pending = new Stack<IdNode>();
        pending.Push(this);
        while (pending.TryPop(out var node))
        {
            if (node is IdElement { Id: { Length: > 0 } id }) ids.Add(id);
            var children = node.Children;
            for (var i = children.Length - 1; i >= 0; i--)
                if (children[i] is IdNode child) pending.Push(child);
        }
    }
}

/// <summary>An element: namespace, name, flags and the attributes the parser emits (only <c>id</c>, see HtmlIds).</summary>
internal class IdElement(string localName, NodeFlags flags) : IdNode(localName, flags), IConstructableElement
{
    private List<(string? Namespace, string Name, string Value)>? _attributes;

    // Computed, not stored: the namespace follows from the class, the local name is the node name.
    public virtual StringOrMemory NamespaceUri => NamespaceNames.HtmlUri;
    public StringOrMemory LocalName => NodeName;
    public StringOrMemory Prefix => default;
    // Element positions are not tracked (HtmlIds: DisableElementPositionTracking), so none is kept.
    public ISourceReference? SourceReference { get => null; set { } }
    public IConstructableNamedNodeMap Attributes => new IdAttributes(_attributes);

    /// <summary>As the DOM's <c>element.id</c>: the attribute named <c>id</c>.</summary>
    public string? Id
    {
        get
        {
            if (_attributes is null) return null;
            foreach (var (_, name, value) in _attributes)
                if (name == "id") return value;
            return null;
        }
    }

    public void SetAttribute(string? namespaceUri, StringOrMemory name, StringOrMemory value) => Set(namespaceUri, name.ToString(), value.ToString());

    public void SetOwnAttribute(StringOrMemory name, StringOrMemory value) => Set(null, name.ToString(), value.ToString());

    public void SetAttributes(StructAttributes tagAttributes)
    {
        for (var i = 0; i < tagAttributes.Count; i++)
            Set(null, tagAttributes[i].Name.ToString(), tagAttributes[i].Value.ToString());
    }

    private void Set(string? ns, string name, string value)
    {
        _attributes ??= new(1);
        for (var i = 0; i < _attributes.Count; i++)
            if (_attributes[i].Name == name && _attributes[i].Namespace == ns) { _attributes[i] = (ns, name, value); return; }
        _attributes.Add((ns, name, value));
    }

    public StringOrMemory GetAttribute(StringOrMemory namespaceUri, StringOrMemory localName)
    {
        if (_attributes is null) return StringOrMemory.Empty;
        var ns = namespaceUri.IsNullOrEmpty ? null : namespaceUri.ToString();
        foreach (var (attributeNs, name, value) in _attributes)
            if (attributeNs == ns && localName == name) return value;
        return StringOrMemory.Empty;
    }

    public bool HasAttribute(StringOrMemory name)
    {
        if (_attributes is null) return false;
        foreach (var attribute in _attributes)
            if (name == attribute.Name) return true;
        return false;
    }

    public void SetupElement() { }

    public void AddComment(ref StructHtmlToken token) { }

    /// <summary>The adoption agency's copy of a formatting element: same name, flags and attributes, no children.</summary>
    public IConstructableNode ShallowCopy()
    {
        var copy = CreateEmpty();
        if (_attributes is not null) copy._attributes = new(_attributes);
        return copy;
    }

    protected virtual IdElement CreateEmpty() => new(LocalName.ToString(), Flags);
}

internal sealed class IdAttributes(List<(string? Namespace, string Name, string Value)>? attributes) : IConstructableNamedNodeMap
{
    private readonly List<(string? Namespace, string Name, string Value)> _attributes = attributes ?? new();

    public IConstructableAttr? this[StringOrMemory name]
    {
        get
        {
            foreach (var (_, attributeName, value) in _attributes)
                if (name == attributeName) return new IdAttr(attributeName, value);
            return null;
        }
    }

    public int Length => _attributes.Count;

    /// <summary>The "Noah's Ark" test of the list of active formatting elements: the same attributes, in any order.</summary>
    public bool SameAs(IConstructableNamedNodeMap? attributes)
    {
        if (attributes is not IdAttributes other || other._attributes.Count != _attributes.Count) return false;
        foreach (var attribute in _attributes)
            if (!other._attributes.Contains(attribute)) return false;
        return true;
    }
}

internal sealed class IdAttr(string name, string value) : IConstructableAttr
{
    public StringOrMemory Name { get; } = name;
    public StringOrMemory Value { get; set; } = value;
}

internal sealed class IdMathElement(string name, NodeFlags flags) : IdElement(name, flags), IConstructableMathElement
{
    public override StringOrMemory NamespaceUri => NamespaceNames.MathMlUri;
    protected override IdElement CreateEmpty() => new IdMathElement(LocalName.ToString(), Flags);
}

internal sealed class IdSvgElement(string name, NodeFlags flags) : IdElement(name, flags), IConstructableSvgElement
{
    public override StringOrMemory NamespaceUri => NamespaceNames.SvgUri;
    protected override IdElement CreateEmpty() => new IdSvgElement(LocalName.ToString(), Flags);
}

internal sealed class IdMetaElement() : IdElement(TagNames.Meta, ElementFlags.Html.Of(TagNames.Meta).Flags), IConstructableMetaElement
{
    public void Handle() { } // a charset change: the text is already decoded
    protected override IdElement CreateEmpty() => new IdMetaElement();
}

internal sealed class IdScriptElement() : IdElement(TagNames.Script, ElementFlags.Html.Of(TagNames.Script).Flags), IConstructableScriptElement
{
    public Task RunAsync(CancellationToken cancel) => Task.CompletedTask;
    public bool Prepare(IConstructableDocument document) => false; // scripts never run (as in the parser's default)
    protected override IdElement CreateEmpty() => new IdScriptElement();
}

internal sealed class IdFrameElement() : IdElement(TagNames.Frame, ElementFlags.Html.Of(TagNames.Frame).Flags), IConstructableFrameElement
{
    protected override IdElement CreateEmpty() => new IdFrameElement();
}

internal sealed class IdFormElement() : IdElement(TagNames.Form, ElementFlags.Html.Of(TagNames.Form).Flags), IConstructableFormElement
{
    protected override IdElement CreateEmpty() => new IdFormElement();
}

/// <summary>A template's children move to its contents when it closes, which are not part of the document.</summary>
internal sealed class IdTemplateElement() : IdElement(TagNames.Template, ElementFlags.Html.Of(TagNames.Template).Flags), IConstructableTemplateElement
{
    public void PopulateFragment() => Clear();
    protected override IdElement CreateEmpty() => new IdTemplateElement();
}
