package it.sportello.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.opentest4j.AssertionFailedError;

/**
 * Headless Debian Chromium driven by Selenium, for the journeys people take. Keeps a screenshot
 * of every page it is asked to, under {@code target/screenshots}, and checks pages with axe-core.
 *
 * <p>Without {@code /usr/bin/chromium} the browser tests are skipped, unless the environment
 * variable {@code SPORTELLO_BROWSER_TESTS=required} (set in CI) makes that a failure.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path userData;

    private Browser(ChromeDriver driver, Path userData) {
        this.driver = driver;
        this.userData = userData;
    }

    /** Opens a new headless browser with an empty profile, reading pages in Italian. */
    public static Browser open() {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "required".equals(System.getenv("SPORTELLO_BROWSER_TESTS"))) {
            throw new IllegalStateException(
                    "Browser tests are required but Chromium is missing: " + CHROMIUM + ", " + CHROMEDRIVER);
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed (apt-get install chromium chromium-driver)");
        try {
            Path userData = Files.createTempDirectory("sportello-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-dev-shm-usage",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1280,900",
                    "--lang=it-IT",
                    "--user-data-dir=" + userData);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER)
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, userData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser visit(URL base, String path) {
        driver.get(base.toExternalForm().replaceAll("/$", "") + "/" + path.replaceAll("^/", ""));
        return this;
    }

    /** Clicks an element the way a person does: scrolled into the middle of the window first. */
    public Browser click(By locator) {
        WebElement element = driver.findElement(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        return this;
    }

    /** Clicks a button or link that loads a new page, and waits until the new page has loaded. */
    public Browser submit(By locator) {
        WebElement element = driver.findElement(locator);
        click(locator);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(element));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        return this;
    }

    /** Waits up to ten seconds, looking again when an AJAX update replaced what it was reading. */
    public org.openqa.selenium.support.ui.WebDriverWait await() {
        org.openqa.selenium.support.ui.WebDriverWait wait =
                new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** True once the element belongs to a page that has been replaced. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            // Chromium answers "does not belong to the document" while the new page replaces the old one
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    /** The page's main heading, once the page (after any redirect) has one. */
    public String heading() {
        return await().until(d -> d.findElements(By.tagName("h1")).stream()
                .findFirst()
                .map(WebElement::getText)
                .orElse(null));
    }

    /** Replaces the content of the field with this id, typing as a person does. */
    public Browser type(String id, String text) {
        await().until(d -> {
            WebElement field = d.findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
            return true;
        });
        return this;
    }

    /**
     * Types into the rich-text editor with this id as a person does: the keys (text, and chords
     * such as Ctrl+B for bold) go to its editing area, Quill's contenteditable {@code .ql-editor}.
     */
    public Browser typeRich(String id, CharSequence... keys) {
        WebElement area = await().until(d -> d.findElement(By.cssSelector("[id='" + id + "'] .ql-editor")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", area);
        area.click();
        area.sendKeys(keys);
        return this;
    }

    /** The input of a field of a service's form, by the field's name in the form definition. */
    public WebElement formField(String name) {
        return driver.findElement(By.cssSelector("[data-field-input='" + name + "']"));
    }

    /** Clicks through a script, for controls that a styled label covers (checkboxes, radio buttons). */
    public Browser clickHidden(By locator) {
        driver.executeScript("arguments[0].click()", driver.findElement(locator));
        return this;
    }

    /** On the demo identity page, logs in as the fictional person with that name and waits for the next page. */
    public Browser chooseDemoIdentity(String name) {
        WebElement button = driver.findElements(By.cssSelector("#demo input[type='submit']")).stream()
                .filter(candidate -> candidate.getAttribute("value").endsWith(name))
                .findFirst()
                .orElseThrow();
        String before = driver.getCurrentUrl();
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().equals(before));
        return this;
    }

    /** Logs in a member of staff from the staff login page. */
    public Browser staffLogin(URL base, String username, String password) {
        visit(base, "accesso-personale.xhtml");
        type("login:username", username);
        type("login:password", password);
        return submit(By.id("login:submit"));
    }

    /**
     * Logs the demo administrator in. On a database shared by all test classes the operators'
     * journey may have changed the administrator's password already (the policy refuses the demo
     * one again): that one then. A failed try is forgotten at the successful login.
     */
    public Browser adminLogin(URL base) {
        staffLogin(base, "admin", "Admin.Bugliano.1");
        if (!driver.findElements(By.id("login:username")).isEmpty()) {
            staffLogin(base, "admin", "Torre.Civica.Bugliano.2");
        }
        return this;
    }

    /** Runs an action that starts a Jakarta Faces AJAX request (f:ajax) and waits until the page is updated. */
    public Browser facesAjax(Runnable action) {
        driver.executeScript("if (!window.sportelloAjax) {"
                + " window.sportelloAjax = {started: 0, done: 0};"
                + " faces.ajax.addOnEvent(e => { if (e.status === 'begin') sportelloAjax.started++; if (e.status === 'success') sportelloAjax.done++; });"
                + " faces.ajax.addOnError(() => sportelloAjax.done++); }"
                + " sportelloAjax.started = 0; sportelloAjax.done = 0;");
        action.run();
        await().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return sportelloAjax.started > 0 && sportelloAjax.started === sportelloAjax.done")));
        return this;
    }

    /** Waits until PrimeFaces has no AJAX request under way. */
    public Browser awaitAjax() {
        await().until(
                        d -> Boolean.TRUE.equals(
                                driver.executeScript(
                                        "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0))")));
        return this;
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** The text of the page's messages (errors and confirmations), empty when there are none. */
    public String messages() {
        return driver.findElements(By.id("messages")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, for people to look at. */
    public Path screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("sportello.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Path target = folder.resolve(name + ".png");
            Files.copy(
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                    target,
                    StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the current page; fails on any serious or critical violation of WCAG 2.1 A/AA. */
    public void assertAccessible() {
        List<Axe.Violation> serious = accessibilityViolations().stream()
                .filter(Axe.Violation::seriousOrWorse)
                .toList();
        if (!serious.isEmpty()) {
            throw new AssertionFailedError("Accessibility violations on " + driver.getCurrentUrl() + ":\n"
                    + String.join(
                            "\n", serious.stream().map(Axe.Violation::toString).toList()));
        }
    }

    @SuppressWarnings("unchecked")
    public List<Axe.Violation> accessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(Axe.source());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                    resultTypes: ['violations']
                }).then(r => done(r.violations)).catch(e => done({error: String(e)}));
                """);
        if (result instanceof Map<?, ?> error) {
            throw new IllegalStateException("axe-core failed: " + error.get("error"));
        }
        return ((List<Map<String, Object>>) result)
                .stream().map(Axe.Violation::of).toList();
    }

    /**
     * Clicks what a person clicks to download a file, and waits until the browser has saved it;
     * the saved file, named as the server named it. Chromium writes a download under a
     * {@code .crdownload} name and renames it when complete: a new file, with nothing left being
     * written, is the finished download.
     */
    public Path download(By locator) {
        Path folder = downloadFolder();
        Map<Path, FileTime> before = filesIn(folder);
        click(locator);
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "a finished download after clicking " + locator + "; " + folder + " holds "
                        + filesIn(folder).keySet())
                .until(d -> {
                    Map<Path, FileTime> now = filesIn(folder);
                    boolean writing = now.keySet().stream()
                            .anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"));
                    // a file saved again under the same name (the same export twice) counts by its new time
                    return writing
                            ? null
                            : now.entrySet().stream()
                                    .filter(file -> !file.getValue().equals(before.get(file.getKey())))
                                    .map(Map.Entry::getKey)
                                    .findFirst()
                                    .orElse(null);
                });
    }

    /**
     * The folder this browser saves downloads to, inside its profile so that {@link #close()}
     * removes it. Told to Chromium through DevTools the first time: the options of
     * {@link #open()} name no download folder, and a headless browser has no one to ask.
     */
    private Path downloadFolder() {
        Path folder = userData.resolve("downloads");
        if (!Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, Object> allow = Map.of(
                    "behavior", "allow", "downloadPath", folder.toAbsolutePath().toString());
            try {
                driver.executeCdpCommand("Browser.setDownloadBehavior", allow);
            } catch (org.openqa.selenium.WebDriverException e) {
                // a Chromium that takes the command only from the page's own session
                driver.executeCdpCommand("Page.setDownloadBehavior", allow);
            }
        }
        return folder;
    }

    /** The files of the folder, each with the time it was last written. */
    private static Map<Path, FileTime> filesIn(Path folder) {
        try (var files = Files.list(folder)) {
            Map<Path, FileTime> written = new java.util.HashMap<>();
            for (Path file : files.toList()) {
                written.put(file, Files.getLastModifiedTime(file));
            }
            return written;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(userData)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
