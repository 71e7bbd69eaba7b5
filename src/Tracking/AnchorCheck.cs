using Site.Diagnostics;

namespace Site.Tracking;

/// <summary>A link to <c>#fragment</c> on a page, checked once every page is rendered and its ids are known.</summary>
public sealed record AnchorCheck(string TargetUrl, string Fragment, string Written, SourceLocation At);
