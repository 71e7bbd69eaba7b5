namespace Site.Build.Outputs;

/// <summary>Every generated output, in the order their files are written (and their paths listed). New instances per build: an output may hold work in progress.</summary>
public static class GeneratedOutputs
{
    public static IReadOnlyList<GeneratedOutput> ForOneBuild() =>
    [
        new NotFoundPages(),
        new DataPagesOutput(),
        new ThemeAssets(),
        new SiteFiles(),
        new Sitemap(),
        new Feeds(),
        new Schemas(),
        new SearchIndexes(),
        new Downloads(),
        new ProvenanceOutput(),
        new Citations(),
        // Before Cards: it adds each chart's card to the plan the cards are drawn from.
        new ChartEmbedsOutput(),
        new Cards(),
    ];
}
