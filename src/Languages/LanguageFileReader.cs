using Site.Diagnostics;
using Site.Localization;
using Site.Yaml;

namespace Site.Languages;

/// <summary>
/// Reads one language file (theme/languages/&lt;code&gt;.yml) into <see cref="LanguageRules"/>. Every
/// key is required; what each means is in docs/translating.md ("Adding a language"). Returns null
/// when the file has an error (each one reported, located, as LANG002).
/// </summary>
public static class LanguageFileReader
{
    public static LanguageRules? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var code = Path.GetFileNameWithoutExtension(file.RelativePath);
        var before = diagnostics.ErrorCount;
        var root = YamlReader.Parse(new YamlReader.Fragment(file, file.Text), RulesMap.Code, diagnostics, out var failed);
        if (failed) return null;
        if (root is not YMap map)
        {
            diagnostics.Report(root?.Location ?? file.At(1, 1), RulesMap.Code, "a language file must be a mapping of rules (name:, numbers:, values:, …; docs/translating.md)");
            return null;
        }
        var top = new RulesMap(map, "", file.At(1, 1), diagnostics);
        var rules = Read(code, top);
        top.RejectUnknownKeys();
        return diagnostics.ErrorCount == before ? rules : null;
    }

    private static LanguageRules Read(string code, RulesMap top)
    {
        var name = top.Text("name");
        var englishName = top.Text("english_name");
        var citationLanguage = top.Text("citation_language");
        var bibtexLanguage = top.Text("bibtex_language");

        var numbers = Section(top, "numbers", n => new NumberFormat(code, n.Text("group"), n.Text("decimal"), n.Text("percent"), n.Int("group_from_digits", 4, 40), n.Text("minus")));
        var typography = Section(top, "typography", t => (Colon: t.Text("colon"), List: t.Text("list_separator"), Open: t.Text("open_quote"), Close: t.Text("close_quote")));
        var generated = Section(top, "generated", g => (
            Source: g.Text("source"), Sources: g.Text("sources"), Note: g.Text("note"), Download: g.Text("download"), FullTable: g.Text("full_table"),
            Sharing: new SharingText(g.Text("table_updated"), g.Text("checksum"), g.Text("file"), g.Sentence("card_alt", 1), g.Text("csv_metadata"), g.Text("cite_table"))));
        var dates = Section(top, "dates", d => (
            Months: d.List("months", 12).Select(m => d.Item(m, "months")).ToList(),
            MonthYear: d.Text("month_year", "month", "year"), DayMonthYear: d.Text("day_month_year", "day", "month", "year"), FirstDay: d.Text("first_day")));
        var values = ReadValues(top);
        var ordinals = Section(top, "ordinals", o => new OrdinalRules(Forms(o, "exact"), Forms(o, "ending"), o.Text("other", "n")));
        var of = Section(top, "of_name", o => (Prefix: o.Text("prefix"),
            Contractions: o.Entries("contractions").Select(e => (e.Key.Value, o.Item(e.Value, "contractions." + e.Key.Value))).ToList()));
        var citation = Section(top, "citation", c => (Form: c.Text("form", "author", "title", "site", "date", "url"), PeriodInside: c.Bool("period_inside_quotes")));
        var charts = ReadCharts(top, ordinals);
        var embed = Section(top, "embed", e => new EmbedWords(e.Text("tab"), e.Text("intro"), e.Text("code_label"), e.Text("copy"), e.Text("copied"),
            e.Text("path_only"), e.Text("open"), e.Text("cite")));

        return new LanguageRules
        {
            Code = code,
            Name = name,
            EnglishName = englishName,
            CitationLanguage = citationLanguage,
            BibTeXLanguage = bibtexLanguage,
            Numbers = numbers ?? new NumberFormat(code, "", ".", "%"),
            Values = values!,
            Charts = charts!,
            Embed = embed ?? new EmbedWords("", "", "", "", "", "", "", ""),
            Generated = new GeneratedText(code, generated.Source ?? "", generated.Sources ?? "", generated.Note ?? "", generated.Download ?? "", generated.FullTable ?? "", dates.Months ?? [])
            {
                Colon = typography.Colon ?? "", MonthYear = dates.MonthYear ?? "", DayMonthYear = dates.DayMonthYear ?? "", FirstDay = dates.FirstDay ?? "",
            },
            ListSeparator = typography.List ?? "",
            OpenQuote = typography.Open ?? "",
            CloseQuote = typography.Close ?? "",
            OfPrefix = of.Prefix ?? "",
            OfContractions = of.Contractions ?? [],
            CitationForm = citation.Form ?? "",
            PeriodInsideQuotes = citation.PeriodInside,
            Sharing = generated.Sharing ?? new SharingText("", "", "", "", "", ""),
        };
    }

    /// <summary>Reads a section, then reports its unknown keys; default when the section is missing (already reported).</summary>
    private static T? Section<T>(RulesMap top, string key, Func<RulesMap, T> read)
    {
        if (top.Map(key) is not { } section) return default;
        var result = read(section);
        section.RejectUnknownKeys();
        return result;
    }

    private static IReadOnlyDictionary<string, string> Forms(RulesMap map, string key)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (digits, node) in map.Entries(key))
            forms[digits.Value] = map.Item(node, key + "." + digits.Value);
        return forms;
    }

    private static ValueWords? ReadValues(RulesMap top)
    {
        var v = top.Map("values");
        var cell = v?.Map("cell");
        var spoken = v?.Map("screen_readers");
        var scales = top.List("scales", 3).Select((node, i) => top.ItemMap(node, $"scales[{i + 1}]") is { } s
            ? Checked(s, () => new ScaleWord(s.Text("one"), s.Text("many"), s.Text("header"), s.Text("short"), s.Text("joiner")))
            : null).ToList();
        var quantities = Section(top, "quantities", q => new QuantityForms(
            q.Text("scaled", "number", "scale"), q.Text("scaled_with_unit", "number", "scale", "joiner", "unit"), q.Text("header_with_unit", "header", "unit")));
        var money = top.Map("money");
        MoneyForms? moneyForms = null;
        var currencies = new Dictionary<string, CurrencyWords>(StringComparer.Ordinal);
        CurrencyWords? other = null;
        string? notStated = null, currencyField = null;
        if (money is not null)
        {
            notStated = money.Text("not_stated");
            currencyField = money.Text("currency_field");
            moneyForms = new MoneyForms(
                money.Text("plain", "number", "symbol"),
                money.Text("scaled", "number", "symbol", "scale", "joiner", "name"),
                money.Text("compact", "number", "scale", "compact"),
                money.Text("short", "number", "symbol", "short"),
                money.Text("header", "symbol"),
                money.Text("header_scaled", "symbol", "header", "name"),
                money.Text("cell", "number", "symbol", "scale"));
            foreach (var (iso, node) in money.Entries("currencies"))
                if (money.ItemMap(node, "currencies." + iso.Value) is { } c)
                    currencies[iso.Value] = Checked(c, () => new CurrencyWords(c.Text("symbol"), c.Text("name"), c.Has("compact") ? c.Text("compact") : null));
            if (money.Map("other_currency") is { } o) other = Checked(o, () => new CurrencyWords(o.Text("symbol", "code"), o.Text("name", "code"), null));
            money.RejectUnknownKeys();
        }
        var elision = top.Map("elision");
        var elided = elision?.List("words").Select(w => elision.Item(w, "words")).ToList() ?? [];
        var vowels = elision?.Text("vowels") ?? "";
        elision?.RejectUnknownKeys();
        if (v is null || cell is null || spoken is null) return null;
        var words = new ValueWords
        {
            About = v.Text("about"),
            AtLeast = v.Text("at_least"),
            MoreThan = v.Text("more_than"),
            Under = v.Text("under"),
            OrMore = v.Text("or_more"),
            NotApplicable = v.Text("not_applicable"),
            AboutFirst = v.Bool("about_first"),
            RangeInProse = v.Text("range_in_prose"),
            PluralAboveOne = v.Choice("plural_from", "two", "above_one") == "above_one",
            CellsSpellQualifiers = v.Bool("cells_spell_qualifiers"),
            CellAbout = cell.Text("about"),
            CellOrMore = cell.Text("or_more"),
            CellMoreThan = cell.Text("more_than"),
            CellUnder = cell.Text("under"),
            ApproximatelyForScreenReaders = spoken.Text("about"),
            OrMoreForScreenReaders = spoken.Text("or_more"),
            MoreThanForScreenReaders = spoken.Text("more_than"),
            LessThanForScreenReaders = spoken.Text("under"),
            Scales = scales.OfType<ScaleWord>().ToList(),
            Quantities = quantities!,
            MoneyForms = moneyForms!,
            CurrencyNotStated = notStated!,
            CurrencyField = currencyField!,
            Currencies = currencies,
            OtherCurrency = other!,
            ElidedWords = elided,
            Vowels = vowels,
        };
        cell.RejectUnknownKeys();
        spoken.RejectUnknownKeys();
        v.RejectUnknownKeys();
        return words;
    }

    private static T Checked<T>(RulesMap map, Func<T> read)
    {
        var result = read();
        map.RejectUnknownKeys();
        return result;
    }

    private static ChartWords? ReadCharts(RulesMap top, OrdinalRules? ordinals)
    {
        var c = top.Map("charts");
        if (c is null) return null;
        var needArticles = c.Bool("names_need_articles");
        var named = Sentences(c, "sentences");
        // Names after a colon: needed only where names need their article in a sentence.
        var listed = needArticles || c.Has("listed_sentences") ? Sentences(c, "listed_sentences") : named;
        var words = new ChartWords(
            c.Text("chart_tab"), c.Text("table_tab"), c.Text("download_tab"), c.Text("views"), named!, listed!,
            c.Text("download_csv"), c.Text("download_json"), c.Text("download_intro"), c.Text("no_script"),
            c.Text("key_label"), c.Text("key_at_least"), c.Text("key_more_than"), c.Text("key_under"), c.Text("key_range"))
        {
            NamesNeedTheirSentenceForm = needArticles,
            AxisUnit = c.Text("axis_unit", "unit"),
            Ordinals = ordinals ?? new OrdinalRules(new Dictionary<string, string>(), new Dictionary<string, string>(), "{n}"),
        };
        c.RejectUnknownKeys();
        return words;
    }

    private static ChartSentences? Sentences(RulesMap charts, string key)
    {
        if (charts.Map(key) is not { } map) return null;
        var forms = ChartSentences.Keys.Select(k => map.Sentence(k.Key, k.Places)).ToList();
        map.RejectUnknownKeys();
        return ChartSentences.Of(forms);
    }
}
