using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace SinoRussia.Dataset.Site.Tests;

/// <summary>
/// Debian's Chromium, headless, driven by its chromedriver through Selenium: one browser shared by the
/// browser tests. A missing browser or driver fails the tests with the command that installs them (.ci/run
/// runs it); nothing is downloaded. CHROMIUM and CHROMEDRIVER override the paths.
/// </summary>
public class Chromium : IDisposable
{
    public const string InstallCommand = "apt-get install -y chromium chromium-driver";

    public Chromium()
        : this(scripts: true)
    {
    }

    /// <param name="scripts">False: the pages' JavaScript is switched off (the browser's content setting), as a reader may have it.</param>
    protected Chromium(bool scripts)
    {
        var browser = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
        var driver = Environment.GetEnvironmentVariable("CHROMEDRIVER") ?? "/usr/bin/chromedriver";
        if (!File.Exists(browser) || !File.Exists(driver))
        {
            throw new InvalidOperationException($"The browser tests need Chromium ({browser}) and its driver ({driver}); install them with `{InstallCommand}` (bash .ci/run does).");
        }

        var options = new ChromeOptions { BinaryLocation = browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900", "--hide-scrollbars",
            "--allow-file-access-from-files", "--disable-dev-shm-usage");
        if (!scripts)
        {
            options.AddUserProfilePreference("profile.managed_default_content_settings.javascript", 2);
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
        Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
    }

    public ChromeDriver Driver { get; }

    /// <summary>Opens a page of the site by its site URL (<c>meetings/ID.html</c>).</summary>
    public void Open(string siteUrl) => Driver.Navigate().GoToUrl(ShippedSite.Url(siteUrl));

    public object? Script(string script, params object[] args) => Driver.ExecuteScript(script, args);

    /// <summary>Saves what the window shows (the whole page, up to 4,000 pixels high) as artifacts/site-screenshots/NAME.png.</summary>
    public string Screenshot(string name, bool fullPage = false)
    {
        Directory.CreateDirectory(ShippedSite.Screenshots);
        var size = Driver.Manage().Window.Size;
        if (fullPage)
        {
            var height = Convert.ToInt32(Script("return document.documentElement.scrollHeight;"), System.Globalization.CultureInfo.InvariantCulture);
            Driver.Manage().Window.Size = new System.Drawing.Size(size.Width, Math.Min(height, 4000));
        }

        var path = Path.Combine(ShippedSite.Screenshots, name + ".png");
        Driver.GetScreenshot().SaveAsFile(path);
        Driver.Manage().Window.Size = size;
        return path;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A second browser, with the pages' JavaScript switched off.</summary>
public sealed class ChromiumWithoutScripts : Chromium
{
    public ChromiumWithoutScripts()
        : base(scripts: false)
    {
    }
}

/// <summary>The browser tests share the browsers and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>, ICollectionFixture<ChromiumWithoutScripts>
{
    public const string Name = "browser";
}
