using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>The command line as users and CI run it: a real process, its exit code and output.</summary>
public sealed class CliTests
{
    private static TempDirectory SiteWith(string page)
    {
        var temp = new TempDirectory();
        temp.Write("input/index.md", page);
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), temp.Combine("theme"));
        return temp;
    }

    private const string GoodPage = "---\ntitle: Home\ndescription: Home.\n---\nHello.\n";

    [Fact]
    public void Builds_with_defaults_and_prints_a_one_line_summary()
    {
        using var site = SiteWith(GoodPage);
        var result = SiteProcess.Run(site.Path, ["--site-url", "https://example.org"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^Built 2 pages, 0 tables, 0 charts, 0 warnings in \d+ ms → output/\n$", result.Stdout);
        Assert.Equal("", result.Stderr);
        Assert.Equal("<p>Hello.</p>\n", File.ReadAllText(site.Combine("output", "index.html")));
    }

    [Fact]
    public void Templates_write_JSON_in_every_build_of_the_generator()
    {
        // object.to_json needed System.Text.Json's reflection, which the Native AOT build (SITE_EXECUTABLE in
        // the Pages workflow) lacks: it failed there on any value while dotnet run wrote it.
        using var site = SiteWith("---\ntitle: Home\ndescription: Home.\n---\n`{{ {title: page.title, n: [1, 2.5], ok: true, none: null} | object.to_json }}`\n");
        var result = SiteProcess.Run(site.Path, ["--site-url", "https://example.org"]);
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("<p><code>{&quot;title&quot;:&quot;Home&quot;,&quot;n&quot;:[1,2.5],&quot;ok&quot;:true,&quot;none&quot;:null}</code></p>\n", File.ReadAllText(site.Combine("output", "index.html")));
    }

    [Fact]
    public void Build_command_takes_every_option()
    {
        using var site = SiteWith(GoodPage);
        Directory.Move(site.Combine("input"), site.Combine("content"));
        var result = SiteProcess.Run(site.Path, ["build", "--input", "content", "--theme", "theme", "--output", "public", "--base-path", "/repo/", "--site-url", "https://example.org"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<loc>https://example.org/repo/</loc>", File.ReadAllText(site.Combine("public", "sitemap.xml")));
    }

    [Fact]
    public void Content_errors_exit_1_with_located_messages_and_no_stack_trace()
    {
        using var site = SiteWith("---\ntitle: Home\ndescription: Home.\nlayout: nope\n---\n[x](missing.md)\n");
        var result = SiteProcess.Run(site.Path, ["--site-url", "https://example.org"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "input/index.md:4:9: error PAGE006: unknown layout 'nope'; theme/layouts/ has base, home, page\n" +
            "input/index.md:6:1: error LINK001: broken link 'missing.md': there is no page input/missing.md\n" +
            "Build failed: 2 errors (2 pages, 0 tables, 0 charts, 0 warnings); output/ left unchanged.\n",
            result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(site.Combine("output")));
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("build --base-path")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2(string args)
    {
        using var site = SiteWith(GoodPage);
        var result = SiteProcess.Run(site.Path, args.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("site:", result.Stderr);
    }

    [Theory]
    [InlineData("--input missing-folder", "the input folder 'missing-folder' does not exist")]
    [InlineData("--output input", "--output 'input' overlaps the input folder; choose a folder of its own")]
    [InlineData("--output .", "--output '.' overlaps the input folder; choose a folder of its own")]
    [InlineData("--output /", "--output '/' overlaps the input folder; choose a folder of its own")]
    [InlineData("--base-path /a/../b/", "--base-path '/a/../b/' is not a URL path like /repo/")]
    [InlineData("--site-url example.org", "--site-url 'example.org' is not a site origin like https://owner.github.io (scheme and host; the path goes in --base-path)")]
    public void Dangerous_or_impossible_options_are_refused_before_anything_is_written(string args, string message)
    {
        using var site = SiteWith(GoodPage);
        var result = SiteProcess.Run(site.Path, args.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"site: {message}\n", result.Stderr);
        Assert.True(File.Exists(site.Combine("input", "index.md")));
    }

    [Fact]
    public void Help_lists_the_options_and_version_prints_one()
    {
        using var site = SiteWith(GoodPage);
        var help = SiteProcess.Run(site.Path, ["build", "--help"]);
        Assert.Equal(0, help.ExitCode);
        foreach (var option in new[] { "--input", "--theme", "--output", "--base-path", "--drafts", "--site-url" })
            Assert.Contains(option, help.Stdout);
        foreach (var command in new[] { "build", "serve", "check", "new", "schemas" })
        {
            var text = SiteProcess.Run(site.Path, [command, "--help"]).Stdout;
            Assert.Matches($@"Examples?:\n( +explainer {command}[^\n]*\n)+", text.ReplaceLineEndings("\n"));
        }
        var version = SiteProcess.Run(site.Path, ["--version"]);
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Stdout);
    }

    [Fact]
    public void A_long_build_shows_its_progress_on_a_terminal_and_nothing_but_its_summary_in_a_log()
    {
        using var site = SiteWith(GoodPage);
        // Progress normally appears after two seconds; the variable brings that forward so a small build shows it.
        var forced = new Dictionary<string, string> { ["SITE_PROGRESS_AFTER_MS"] = "0" };
        // On a terminal (script(1) gives the build a pseudo-terminal): one line, rewritten in place.
        var start = new System.Diagnostics.ProcessStartInfo("script") { WorkingDirectory = site.Path, RedirectStandardOutput = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "--quiet", "--return", "--command", $"{Repo.SiteShellCommand} build --site-url https://example.org", "/dev/null" }) start.ArgumentList.Add(arg);
        start.Environment["SITE_PROGRESS_AFTER_MS"] = "0";
        using (var script = System.Diagnostics.Process.Start(start)!)
        {
            var screen = script.StandardOutput.ReadToEnd();
            script.WaitForExit();
            Assert.Equal(0, script.ExitCode);
            Assert.Matches(@"\rbuilding: (loading|parsing|rendering|applying layouts|writing)( \d+/2 pages)?…", screen);
            Assert.Contains("Built 2 pages", screen);
        }

        // Redirected (a log, CI): the summary alone, however early progress was asked for.
        var log = SiteProcess.Run(site.Path, ["--site-url", "https://example.org"], forced);
        Assert.Equal(0, log.ExitCode);
        Assert.Equal("", log.Stderr);
        Assert.StartsWith("Built 2 pages, 0 tables, 0 charts, 0 warnings in ", log.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INT")]  // Ctrl+C
    [InlineData("TERM")] // a service manager, docker stop, kill
    public async Task Serve_prints_its_url_and_stops_cleanly_on_ctrl_c_or_sigterm(string signal)
    {
        using var site = SiteWith(GoodPage);
        var number = Ports.Free();
        // Through perl (Debian's essential perl-base), which puts SIGINT and SIGTERM back to their default before
        // starting the server: a test run started as a background job of a script inherits SIGINT ignored,
        // and a process keeps an ignored SIGINT ignored (as nohup relies on), so Ctrl+C could not be tested there.
        var start = new System.Diagnostics.ProcessStartInfo("perl") { WorkingDirectory = site.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        string[] perlArgs = ["-e", "$SIG{INT} = $SIG{TERM} = 'DEFAULT'; exec @ARGV or die \"exec: $!\"", "--", .. Repo.SiteCommand, "serve", "--port", number.ToString()];
        foreach (var arg in perlArgs) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = new System.Text.StringBuilder();
        var ready = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) => { lock (stdout) stdout.AppendLine(e.Data); if (e.Data?.StartsWith("Serving ") == true) ready.TrySetResult(); };
        process.BeginOutputReadLine();
        // Bounds for a hang, not speed tests (a busy machine starts and stops processes slowly).
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(120));

        using var http = new HttpClient();
        Assert.Contains("Hello.", await http.GetStringAsync($"http://127.0.0.1:{number}/"));

        System.Diagnostics.Process.Start("kill", ["-" + signal, process.Id.ToString()])!.WaitForExit();
        // A bound for a hang, not a speed test: stopping Kestrel JIT-compiles its shutdown path, which
        // took over a minute at a load average of 50 on two cores.
        if (!process.WaitForExit(300_000))
        {
            process.Kill(entireProcessTree: true);
            lock (stdout) Assert.Fail($"serve did not stop within 5 minutes of SIG{signal}; it printed:\n{stdout}\n{process.StandardError.ReadToEnd()}");
        }
        // WaitForExit with a timeout does not wait for the redirected output to be read to its end; without one it does.
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        lock (stdout) Assert.Contains($"Serving http://127.0.0.1:{number}/", stdout.ToString());
        lock (stdout) Assert.EndsWith("Stopped.", stdout.ToString().TrimEnd());
        Assert.False(Directory.Exists(site.Combine("output")));
    }
}
