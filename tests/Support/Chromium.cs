using System.Diagnostics;

namespace Site.Tests.Support;

/// <summary>
/// Finds Debian's Chromium for the browser tests, installing it with apt-get when it is missing and
/// this user may (root, as on CI machines) — and says so. Playwright never downloads a browser here.
/// </summary>
public static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
    private static readonly Lazy<string> Path = new(Locate);

    public static string ExecutablePath => Path.Value;

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured)) return configured;
        foreach (var candidate in Candidates)
            if (File.Exists(candidate)) return candidate;

        if (Environment.UserName == "root" && File.Exists("/usr/bin/apt-get"))
        {
            Console.Error.WriteLine("Browser tests: Chromium is missing; installing Debian's chromium with apt-get (this takes a minute)…");
            Run("apt-get", "update -qq");
            Run("apt-get", "install -y -qq chromium");
            foreach (var candidate in Candidates)
                if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(
            "Browser tests need Chromium: install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.");
    }

    private static void Run(string command, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} {arguments} failed: {errors}");
    }

    /// <summary>Flags that keep Chromium from calling home (this machine's network refuses it anyway).</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
    ];
}
