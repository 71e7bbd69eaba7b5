using Microsoft.Playwright;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests.Browser;

/// <summary>
/// The reader's experience of issue 11, measured in a real Chromium: the compact header and its
/// menu, the explainer's front page, figures that are never cut off, chart placeholders, side notes
/// and print.
/// </summary>
[Collection("browser")]
public sealed class LayoutBrowserTests(BrowserFixture fixture)
{
    private static BrowserNewContextOptions Screen(int width, int height, bool javaScript = true) =>
        new() { ViewportSize = new ViewportSize { Width = width, Height = height }, JavaScriptEnabled = javaScript };

    [Theory]
    [InlineData("/")]
    [InlineData("/nations/")]
    [InlineData("/data/national-strategies/")]
    public async Task The_header_is_at_most_120_pixels_tall_on_a_phone(string path)
    {
        await using var visit = await PageVisit.Open(fixture, path, Screen(390, 844));
        var height = await visit.Page.Locator(".site-header").EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        Assert.True(height <= 120, $"{path}: header is {height} px tall at 390 px");
        // The sections are behind the menu button, not spread over the first screen.
        Assert.False(await visit.Page.Locator(".site-menu-panel a").First.IsVisibleAsync());
    }

    [Fact]
    public async Task On_desktop_the_header_is_one_line()
    {
        await using var visit = await PageVisit.Open(fixture, "/", Screen(1280, 800));
        var height = await visit.Page.Locator(".site-header").EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        Assert.True(height <= 72, $"header is {height} px tall at 1280 px");
    }

    [Fact]
    public async Task The_menu_opens_moves_and_closes_with_the_keyboard()
    {
        await using var visit = await PageVisit.Open(fixture, "/nations/", Screen(390, 844));
        var page = visit.Page;
        var summary = page.Locator(".site-menu summary");
        // Skip link, site name, then the menu button.
        for (var i = 0; i < 3; i++) await page.Keyboard.PressAsync("Tab");
        Assert.True(await summary.EvaluateAsync<bool>("e => e === document.activeElement"));
        Assert.Equal("button", await summary.EvaluateAsync<string>("e => e.tagName === 'SUMMARY' ? 'button' : e.getAttribute('role')"));

        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator(".site-menu").EvaluateAsync<bool>("e => e.open"));
        var links = page.Locator(".site-menu-panel a");
        Assert.True(await links.First.IsVisibleAsync());
        // The current page is marked for screen readers, and the panel fits the phone's width.
        Assert.Equal("/nations/", await page.Locator(".site-menu-panel a[aria-current=page]").GetAttributeAsync("href"));
        var panel = await page.Locator(".site-menu-panel").BoundingBoxAsync();
        Assert.True(panel!.X >= 0 && panel.X + panel.Width <= 390, $"menu panel spans {panel.X}–{panel.X + panel.Width}");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(await links.First.GetAttributeAsync("href"), await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));

        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.Locator(".site-menu").EvaluateAsync<bool>("e => e.open"));
        Assert.True(await summary.EvaluateAsync<bool>("e => e === document.activeElement"));
        Assert.False(await links.First.IsVisibleAsync());
    }

    [Fact]
    public async Task The_menu_works_without_javascript()
    {
        await using var visit = await PageVisit.Open(fixture, "/", Screen(390, 844, javaScript: false));
        var links = visit.Page.Locator(".site-menu-panel a");
        Assert.False(await links.First.IsVisibleAsync());
        await visit.Page.Locator(".site-menu summary").ClickAsync();
        Assert.True(await links.First.IsVisibleAsync());
        Assert.True(await links.CountAsync() >= 10);
        Assert.Equal("/data/", await links.Last.GetAttributeAsync("href"));
    }

    [Fact]
    public async Task The_home_page_opens_with_headline_answer_key_figures_and_lead_chart_at_1280x800()
    {
        await using var visit = await PageVisit.Open(fixture, "/", Screen(1280, 800));
        await visit.DrawAllCharts();
        await visit.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        foreach (var selector in new[] { "h1", ".home-hero .lede", ".answer", ".key-figures", "[data-chart] .chart-plot" })
        {
            var box = await visit.Page.Locator(selector).First.BoundingBoxAsync();
            Assert.True(box is not null && box.Y >= 0 && box.Y + box.Height <= 800, $"{selector} spans {box?.Y}–{box?.Y + box?.Height} px, outside the first screen");
        }
    }

    [Fact]
    public async Task The_home_page_opens_with_the_answer_and_the_first_figure_on_a_phone()
    {
        await using var visit = await PageVisit.Open(fixture, "/", Screen(390, 844));
        foreach (var selector in new[] { "h1", ".answer", ".key-figure" })
        {
            var box = await visit.Page.Locator(selector).First.BoundingBoxAsync();
            Assert.True(box is not null && box.Y + box.Height <= 844, $"{selector} ends at {box?.Y + box?.Height} px, below the first screen");
        }
    }

    [Fact]
    public async Task Charts_and_wide_tables_break_out_of_the_text_column_on_wide_screens()
    {
        await using var visit = await PageVisit.Open(fixture, "/nations/", Screen(1280, 800));
        var text = await visit.Page.Locator(".page > p").First.BoundingBoxAsync();
        var chart = await visit.Page.Locator(".page > [data-chart]").First.BoundingBoxAsync();
        var wideTable = await visit.Page.Locator(".page > .data-table").First.BoundingBoxAsync();
        // The text column keeps a reading measure (its width in ems: some 70 characters a line, WideLayoutBrowserTests).
        var fontSize = await visit.Page.Locator(".page > p").First.EvaluateAsync<double>("p => parseFloat(getComputedStyle(p).fontSize)");
        Assert.True(text!.Width / fontSize <= 34, $"text column is {text.Width} px wide in {fontSize} px type");
        Assert.InRange(chart!.Width, text.Width + 200, 1210);
        Assert.InRange(wideTable!.Width, text.Width + 200, 1210);
    }

    [Fact]
    public async Task A_table_wider_than_the_phone_scrolls_in_its_box_with_a_cue_and_a_sticky_first_column()
    {
        await using var visit = await PageVisit.Open(fixture, "/data/national-strategies/", Screen(390, 844));
        var box = visit.Page.Locator(".table-scroll").First;
        var sizes = await box.EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]");
        Assert.True(sizes[0] > sizes[1], $"the table ({sizes[0]} px) should be wider than its box ({sizes[1]} px) at 390 px");
        Assert.True(await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390);

        // The cue: shadows fixed to the box's edges, each covered by the content's own end when it is reached.
        var background = await box.EvaluateAsync<string[]>("e => [getComputedStyle(e).backgroundImage, getComputedStyle(e).backgroundAttachment]");
        Assert.Equal(2, background[0].Split("radial-gradient").Length - 1);
        Assert.Equal("local, local, scroll, scroll", background[1]);

        // The first column stays in view while the rest scrolls under it.
        var firstCell = box.Locator("tbody th").First;
        var before = (await firstCell.BoundingBoxAsync())!.X;
        await box.EvaluateAsync("e => { e.scrollLeft = e.scrollWidth; }");
        var after = (await firstCell.BoundingBoxAsync())!.X;
        Assert.Equal(before, after, 1.0);
        var otherCell = box.Locator("tbody td").Nth(1);
        Assert.True((await otherCell.BoundingBoxAsync())!.X < before + 100, "the other columns scrolled");
    }

    [Theory]
    [InlineData("/nations/")]
    [InlineData("/risks/")]
    [InlineData("/")]
    public async Task Before_plotly_loads_each_chart_shows_its_placeholder_in_the_final_size_and_after_it_no_box_is_blank(string path)
    {
        // Hold plotly back: the placeholders must carry the page.
        await using var held = await PageVisit.Open(fixture, path, Screen(1280, 800), holdPlotly: true);
        var charts = held.Page.Locator("[data-chart]");
        var count = await charts.CountAsync();
        var heightsBefore = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var chart = charts.Nth(i);
            var placeholder = chart.Locator(".chart-placeholder");
            Assert.True(await placeholder.IsVisibleAsync(), $"chart {i} on {path} has no visible placeholder");
            // Gridlines only: the title and summary are on the page once, outside it.
            Assert.Equal("", (await placeholder.TextContentAsync())!.Trim());
            var plot = await chart.Locator(".chart-plot").BoundingBoxAsync();
            var holder = await placeholder.BoundingBoxAsync();
            Assert.True(plot!.Height >= 200, $"chart {i} on {path}: plot box {plot.Height} px before drawing");
            Assert.Equal(plot.Height, holder!.Height, 1.0);
            heightsBefore.Add(plot.Height);
        }

        await using var visit = await PageVisit.Open(fixture, path, Screen(1280, 800));
        await visit.DrawAllCharts();
        for (var i = 0; i < count; i++)
        {
            var chart = visit.Page.Locator("[data-chart]").Nth(i);
            Assert.Equal(0, await chart.Locator(".chart-placeholder").CountAsync());
            var svg = await chart.Locator(".chart-plot .main-svg").First.BoundingBoxAsync();
            Assert.True(svg!.Width > 200 && svg.Height > 150, $"chart {i} on {path} drew a {svg.Width}×{svg.Height} box");
            Assert.True(await chart.Locator(".chart-plot .trace .point").CountAsync() > 0, $"chart {i} on {path} has no marks");
            // The same size as its placeholder: drawing the chart shifts nothing.
            var plot = await chart.Locator(".chart-plot").BoundingBoxAsync();
            Assert.Equal(heightsBefore[i], plot!.Height, 1.0);
        }
    }

    [Fact]
    public async Task Charts_have_no_mode_bar_and_a_key_for_bounds_and_ranges()
    {
        await using var visit = await PageVisit.Open(fixture, "/nations/", Screen(1280, 800));
        await visit.DrawAllCharts();
        Assert.Equal(0, await visit.Page.Locator(".modebar").CountAsync());
        // The compute chart has a lower bound (Saudi Arabia, 2,000+): its key says so.
        var compute = visit.Page.Locator("[data-chart]").Nth(1);
        Assert.Contains("at least", await compute.Locator(".chart-key").TextContentAsync(), StringComparison.Ordinal);
        // Labels carry a halo in the page's colour, so gridlines never run through them.
        var shadow = await compute.Locator("text.bartext").First.EvaluateAsync<string>("e => getComputedStyle(e).textShadow");
        Assert.Contains("rgb(251, 250, 247)", shadow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charts_stay_readable_at_320_pixels()
    {
        await using var visit = await PageVisit.Open(fixture, "/nations/", Screen(320, 640));
        await visit.DrawAllCharts();
        var chart = visit.Page.Locator("[data-chart]").Nth(1);
        var plotBox = (await chart.Locator(".chart-plot").BoundingBoxAsync())!;
        // Every value label is drawn inside the plot's box, in type of at least 11 px.
        var labels = await chart.Locator("text.bartext").EvaluateAllAsync<double[][]>(
            "ts => ts.map(t => { const r = t.getBoundingClientRect(); return [r.left, r.right, parseFloat(getComputedStyle(t).fontSize)]; })");
        Assert.NotEmpty(labels);
        foreach (var label in labels)
        {
            Assert.True(label[0] >= plotBox.X - 1 && label[1] <= plotBox.X + plotBox.Width + 1, $"a label spans {label[0]}–{label[1]}, outside {plotBox.X}–{plotBox.X + plotBox.Width}");
            Assert.True(label[2] >= 11, $"a label is {label[2]} px");
        }
    }

    [Fact]
    public async Task On_paper_the_menu_search_and_contents_are_gone()
    {
        await using var visit = await PageVisit.Open(fixture, "/nations/");
        await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await visit.Page.Locator(".site-menu").IsVisibleAsync());
        Assert.False(await visit.Page.Locator(".search").IsVisibleAsync());
        Assert.False(await visit.Page.Locator(".toc").IsVisibleAsync());
        Assert.True(await visit.Page.Locator("h1").IsVisibleAsync());
    }

    /// <summary>The explainer has neither footnotes nor outside links: a small site of its own has both.</summary>
    [Fact]
    public async Task Footnotes_are_side_notes_in_the_margin_on_wide_screens_and_in_the_text_on_phones_and_print_shows_link_addresses()
    {
        using var folder = new TempDirectory();
        folder.Write("input/site.yml", "title: { en: Notes test }\ndescription: { en: A page with footnotes. }\nlanguage: en\nlanguages: [en]\nnav: [index.md, notes.md]\n");
        folder.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nSee [the notes](notes.md).\n");
        var paragraph = string.Concat(Enumerable.Repeat("A sentence long enough to fill the text column of the page. ", 8));
        folder.Write("input/notes.md", $"---\ntitle: Notes\ndescription: Notes.\n---\n{paragraph}The claim.[^1] {paragraph} See [the report](https://example.org/report.pdf).\n\n[^1]: The source of the claim, with its page number.\n");
        var site = SiteBuilder.Build(new BuildOptions(folder.Combine("input"), Repo.Theme, folder.Combine("output")));
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        using var server = new StaticServer(folder.Combine("output"));

        await using (var wide = await fixture.Browser.NewContextAsync(Screen(1280, 800)))
        {
            var page = await wide.NewPageAsync();
            await page.GotoAsync(server.Url("/notes/"));
            var text = (await page.Locator(".page > p").First.BoundingBoxAsync())!;
            var note = (await page.Locator(".sidenote").BoundingBoxAsync())!;
            Assert.True(note.X >= text.X + text.Width, $"the note starts at {note.X} px, inside the text column ending at {text.X + text.Width} px");
            Assert.True(note.X + note.Width <= 1280);
            var reference = (await page.Locator(".footnote-ref").BoundingBoxAsync())!;
            Assert.True(Math.Abs(note.Y - reference.Y) < 40, $"the note is at {note.Y} px, its reference at {reference.Y} px");
            Assert.False(await page.Locator(".footnotes").IsVisibleAsync());
            var outside = page.Locator("main a[href='https://example.org/report.pdf']");
            Assert.Equal("none", await outside.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"));

            // On paper: the notes return to the numbered list, and an outside link shows its address.
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            Assert.True(await page.Locator(".footnotes").IsVisibleAsync());
            Assert.False(await page.Locator(".sidenote").IsVisibleAsync());
            Assert.Equal("\" (https://example.org/report.pdf)\"", await outside.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"));
        }
        await using (var phone = await fixture.Browser.NewContextAsync(Screen(390, 844)))
        {
            var page = await phone.NewPageAsync();
            await page.GotoAsync(server.Url("/notes/"));
            var text = (await page.Locator(".page > p").First.BoundingBoxAsync())!;
            var note = (await page.Locator(".sidenote").BoundingBoxAsync())!;
            Assert.True(note.X >= text.X && note.X + note.Width <= text.X + text.Width + 1, "on a phone the note sits in the text column");
            Assert.Contains("The source of the claim", await page.Locator(".sidenote").TextContentAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_text_face_is_self_hosted_preloaded_and_used()
    {
        await using var visit = await PageVisit.Open(fixture, "/glossary/");
        var font = Assert.Single(visit.Requests, url => url.EndsWith(".woff2", StringComparison.Ordinal));
        Assert.StartsWith(fixture.Server.Origin + "/assets/fonts/", font);
        Assert.Equal(1, await visit.Page.Locator("link[rel=preload][as=font][type='font/woff2'][crossorigin]").CountAsync());
        Assert.True(await visit.Page.EvaluateAsync<bool>("() => document.fonts.check('1rem \"Source Serif\"')"));
        Assert.True(File.Exists(Path.Combine(fixture.OutputPath, "assets", "fonts", "LICENSE.txt")));
    }
}
