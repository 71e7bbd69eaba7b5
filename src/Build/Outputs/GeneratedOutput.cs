using Site.Content;
using Site.Output;

namespace Site.Build.Outputs;

/// <summary>
/// One kind of file the build makes from what it parsed, besides the content's pages: data pages,
/// 404s, downloads, the search index, feeds, the sitemap, schemas, citations, cards... Each says what
/// it adds at three moments of the build, and is registered once in <see cref="GeneratedOutputs.All"/>.
/// To add one: a class here, a line there.
/// </summary>
public abstract class GeneratedOutput
{
    /// <summary>Pages it adds, rendered and checked like the content's (Plan stage; <see cref="BuildContext.Published"/> is known).</summary>
    public virtual IEnumerable<Page> Pages(BuildContext build) => [];

    /// <summary>
    /// The paths of the files it will write, relative to the output (Plan stage, once the pages are
    /// known): pages may link to them, and a content file may not take their place.
    /// </summary>
    public virtual IEnumerable<string> Paths(BuildContext build) => [];

    /// <summary>
    /// False when its paths change with its content (a card's name holds its digest): pages name
    /// such files through their models, not by links, and keeping them out of the index links resolve
    /// against keeps an edit of one table from changing every page's render key.
    /// </summary>
    public virtual bool Linkable => true;

    /// <summary>
    /// Once every body is rendered, before the page models are frozen (Render stage, one thread): for
    /// an output that depends on what the bodies drew (chart embeds). It may add to the models and name
    /// more files (<see cref="BuildContext.AddOtherFiles"/>).
    /// </summary>
    public virtual void AfterBodies(BuildContext build) { }

    /// <summary>Starts work that can run while the layouts render (Render stage, bodies done, no error so far).</summary>
    public virtual void Begin(BuildContext build) { }

    /// <summary>
    /// Waits for what <see cref="Begin"/> started, whatever became of the build (called once every stage has
    /// run, or one threw): work still writing into the staging folder while it is deleted would leave it
    /// behind. A failure of that work is reported by <see cref="Files"/> when the build goes on to write.
    /// </summary>
    public virtual void Settle() { }

    /// <summary>Once every page went through its layouts (Render stage): for pages of its own, rendered with the theme.</summary>
    public virtual void AfterLayouts(BuildContext build) { }

    /// <summary>The files (Write stage: every page rendered and no error).</summary>
    public virtual IEnumerable<OutputFile> Files(BuildContext build) => [];
}
