namespace Site.Content;

/// <summary>One entry of the site navigation: a page's title, its URL (base path applied) and source.</summary>
public sealed record NavItem(string Title, string Url, string Source);
