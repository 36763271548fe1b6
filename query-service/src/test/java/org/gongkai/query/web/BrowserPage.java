package org.gongkai.query.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * One headless Chromium page driven through Selenium WebDriver and Debian's chromium-driver (ADR 0048): the
 * distribution's browser and the driver built with it, both at fixed paths, so Selenium Manager is never asked to
 * download anything. Each page gets a fresh profile, so the UI starts in Chinese with nothing remembered. Published
 * in query-service's test-jar for standalone's browser tests.
 */
public final class BrowserPage implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE_SOURCE = axeSource();

    private final ChromeDriver driver;

    private BrowserPage(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Skips the test where Chromium or its driver is missing on a developer's machine, and fails it in CI (where
     * the variable CI is set): .ci/run installs both, and a browser test that skips there proves nothing.
     */
    public static void requireInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "no " + CHROMIUM + " or " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
        if (!installed && System.getenv("CI") != null) {
            fail(missing);
        }
        assumeTrue(installed, missing);
    }

    public static BrowserPage open(Path work) throws IOException {
        requireInstalled();
        Files.createDirectories(work);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(work.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--hide-scrollbars",
                        "--window-size=1280,1700",
                        "--user-data-dir=" + Files.createTempDirectory(work, "profile"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new BrowserPage(driver);
    }

    /** Loads the page (a change of the hash only is a same-document navigation, as when a person follows a link). */
    public void navigate(String url) {
        driver.get(url);
    }

    /**
     * The value of a JavaScript expression in the page, as text ("" for null, undefined or an expression that
     * throws, so a wait can poll a page still rendering; a syntax error is the test's own and is thrown).
     */
    public String evaluate(String expression) {
        try {
            Object value = driver.executeScript("return (" + expression + ");");
            return value == null ? "" : String.valueOf(value);
        } catch (JavascriptException e) {
            if (String.valueOf(e.getMessage()).contains("SyntaxError")) {
                throw e;
            }
            return "";
        }
    }

    /** Runs statements in the page (a script, not an expression); the arguments are its arguments[0], [1] … */
    public void run(String statements, Object... arguments) {
        driver.executeScript(statements, arguments);
    }

    /** Empties the browser's HTTP cache, so that the next visit is a first visit. */
    public void clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /**
     * Waits until the screen has rendered: the ready condition (a JavaScript expression) holds, no loading line is
     * left, no request the page sent with fetch is still open, and the main part and the header's context read the
     * same on two polls in a row, 150 ms apart. Requests are counted from the first call on (a hash change keeps the
     * document). The first poll is at once: Awaitility would otherwise wait one interval before it, and two before a
     * screen that rendered at once counts as settled (0.6 s of each of the accessibility walk's hundred visits).
     */
    public void awaitRendered(String ready) {
        run("if (window.gongkaiOpenRequests === undefined) {"
                + " const original = window.fetch.bind(window); window.gongkaiOpenRequests = 0;"
                + " window.fetch = (...request) => { window.gongkaiOpenRequests++;"
                + " return original(...request).finally(() => { window.gongkaiOpenRequests--; }); }; }");
        String snapshot = "(" + ready + ") && window.gongkaiOpenRequests === 0"
                + " && !document.querySelector('main .loading')"
                + " ? document.getElementById('main').outerHTML + (document.getElementById('context') || {}).outerHTML"
                + " : ''";
        String[] last = {""};
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(150))
                .until(() -> {
                    String now = evaluate(snapshot);
                    boolean settled = !now.isEmpty() && now.equals(last[0]);
                    last[0] = now;
                    return settled;
                });
    }

    /** The DOM after the page's scripts ran, as HTML. */
    public String dom() {
        return evaluate("document.documentElement.outerHTML");
    }

    /** A PNG of what the window shows. */
    public void screenshot(Path png) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** A PNG of the whole page, below the fold too, for a person to look at. */
    @SuppressWarnings("unchecked")
    public void screenshotFullPage(Path png) throws IOException {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of(
                "x",
                0,
                "y",
                0,
                "scale",
                1,
                "width",
                Math.max(1, ((Number) size.get("width")).doubleValue()),
                "height",
                Math.max(1, ((Number) size.get("height")).doubleValue()));
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Types text into the focused control with the keyboard (Chinese included). */
    public void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /** Presses and releases Enter on the focused control: a form submits as it would from a keyboard. */
    public void pressEnter() {
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    /** Presses Tab once: from then on the page knows the keyboard is in use, as :focus-visible does. */
    public void pressTab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }

    /** Lays the page out as a phone of that width does (390 px: a common phone), touch and all. */
    public void phoneWidth(int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the desktop window after {@link #phoneWidth}. */
    public void desktopWidth() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The page's clock zone, so that "today" in the browser is the agencies' calendar day (Asia/Shanghai). */
    public void timeZone(String zoneId) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
    }

    /**
     * Bytes the page took over the wire so far (Resource Timing's transferSize: 0 for what came from the cache), the
     * document and everything it loaded.
     */
    public long transferredBytes() {
        return Long.parseLong(evaluate("performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource')).reduce((s, e) => s + e.transferSize, 0)"));
    }

    /**
     * Runs axe-core (WCAG 2.0, 2.1 A and AA and best practices) over the page as it is now and returns its serious
     * and critical findings, one per offending node. The script is injected once per document.
     */
    @SuppressWarnings("unchecked")
    public List<AxeFinding> seriousAccessibilityFindings(String screen) {
        if (!"true".equals(evaluate("typeof window.axe === 'object'"))) {
            driver.executeScript(AXE_SOURCE);
        }
        Object answer = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: "
                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}, resultTypes: ['violations']})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".flatMap(v => v.nodes.map(n => [v.impact, v.id, v.help, n.target.join(' '),"
                + " n.html.slice(0, 200), n.failureSummary || '']))))"
                + ".catch(e => done([['critical', 'axe-error', String(e), '', '', '']]));");
        List<AxeFinding> findings = new ArrayList<>();
        for (Object row : (List<Object>) answer) {
            List<String> f = (List<String>) row;
            findings.add(new AxeFinding(screen, f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5)));
        }
        return findings;
    }

    /**
     * The buttons, links and form controls shown on the page that a keyboard cannot reach or that show no focus
     * style when reached by the keyboard, each as "what: why". Focus is moved by script after a real Tab press, so
     * the browser applies :focus-visible as it does for Tab; an empty list means every shown control is in the Tab
     * order and draws an outline or a shadow when focused. A control inside a closed {@code <details>} is not shown
     * (its summary is what the keyboard reaches); open the details first to check its form.
     */
    @SuppressWarnings("unchecked")
    public List<String> unreachableOrInvisibleFocus() {
        pressTab();
        return (List<String>) driver.executeScript("""
                // checkVisibility: also hidden inside a closed <details>, whose content keeps its layout boxes
                const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'
                    && (!e.checkVisibility || e.checkVisibility());
                const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + ' "' + (e.textContent || e.value || e.name || e.getAttribute('href') || '').trim().slice(0, 40) + '"';
                const problems = [];
                const controls = document.querySelectorAll(
                    'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]');
                for (const e of controls) {
                  if (!shown(e) || e.disabled || e.closest('[inert]')) continue;
                  if (e.matches('[tabindex]') && !e.matches('a[href], button, input, select, textarea, summary')
                      && e.tabIndex < 0) continue;
                  if (e.tabIndex < 0) { problems.push(name(e) + ': not in the Tab order'); continue; }
                  e.focus();
                  if (document.activeElement !== e) { problems.push(name(e) + ': cannot take focus'); continue; }
                  const s = getComputedStyle(e);
                  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                  const shadow = s.boxShadow && s.boxShadow !== 'none';
                  if (!outline && !shadow) problems.push(name(e) + ': no visible focus style');
                }
                if (document.activeElement) document.activeElement.blur();
                return problems;
                """);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String axeSource() {
        try (InputStream in = BrowserPage.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
