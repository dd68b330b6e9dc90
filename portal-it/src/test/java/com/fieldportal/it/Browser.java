package com.fieldportal.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver, never a download) driven the way a user
 * works: fields found by their labels, buttons by their text. Every page it waits for is also checked for
 * Content-Security-Policy violations, which fail the test: a script the policy blocks is a page that breaks.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("chromium"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
            driver = new ChromeDriver(service, options);
            wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void open(String path) {
        driver.get(Portal.URL + path);
        waitForPage();
    }

    public void signIn(String email, String password) {
        open("/login.xhtml");
        submitSignIn(email, password);
    }

    /** On the sign-in page (maybe reached by a redirect): type and submit. */
    public void submitSignIn(String email, String password) {
        field("E-mail address").sendKeys(email);
        field("Password").sendKeys(password);
        click("Sign in");
    }

    /** The input a label names, as a user finds it (PrimeFaces adds " *" to required labels). */
    public WebElement field(String label) {
        for (WebElement candidate : driver.findElements(By.tagName("label"))) {
            if (candidate.getText().replace("*", "").trim().equals(label)) {
                return driver.findElement(By.id(candidate.getDomAttribute("for")));
            }
        }
        throw new AssertionError("No field labelled \"" + label + "\" on " + driver.getCurrentUrl());
    }

    /** Clicks the button or link with this text and waits for the page it leads to. */
    public void click(String text) {
        WebElement target = driver.findElement(By.xpath(
                "//button[normalize-space(.)='" + text + "'] | //a[normalize-space(.)='" + text + "'] | //input[@type='submit' and @value='" + text + "']"));
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        waitForNewPage(page);
    }

    /** Clicks a button that answers by ajax (the page stays), and waits for the answer. */
    public void clickAjax(By button) {
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        waitForAjax();
    }

    public void clickAjax(String text) {
        clickAjax(By.xpath("//button[normalize-space(.)='" + text + "']"));
    }

    /** A button of a table row, the row found by its class (e.g. "contact-1042"). */
    public void clickAjaxInRow(String rowClass, String text) {
        clickAjax(By.xpath("//tr[contains(concat(' ', @class, ' '), ' " + rowClass + " ')]//button[normalize-space(.)='" + text + "']"));
    }

    /** Ticks or unticks a PrimeFaces check box by its component id. */
    public void toggle(String checkboxId) {
        driver.findElement(By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box")).click();
    }

    /** Chooses a file in a PrimeFaces upload (auto-uploading) and waits for the upload's answer. */
    public void upload(String fileUploadId, Path file) {
        driver.findElement(By.id(fileUploadId + "_input")).sendKeys(file.toAbsolutePath().normalize().toString());
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waitForAjax();
    }

    /** Chooses several files at once in a PrimeFaces upload (auto-uploading), as a user picks them in one go. */
    public void uploadAll(String fileUploadId, Path... files) {
        driver.findElement(By.id(fileUploadId + "_input")).sendKeys(java.util.Arrays.stream(files)
                .map(file -> file.toAbsolutePath().normalize().toString()).collect(java.util.stream.Collectors.joining("\n")));
    }

    public void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    /** Fills fields of a frame (by their ids) and clicks a button in it: the payment processor's own fields. */
    public void fillFrame(String frameId, Map<String, String> fields, String buttonId) {
        driver.switchTo().frame(wait.until(ExpectedConditions.presenceOfElementLocated(By.id(frameId))));
        try {
            wait.until(ExpectedConditions.elementToBeClickable(By.id(buttonId)));
            fields.forEach((id, value) -> {
                WebElement input = driver.findElement(By.id(id));
                if ("select".equals(input.getTagName())) {
                    new Select(input).selectByValue(value);
                } else {
                    input.clear();
                    input.sendKeys(value);
                }
            });
            driver.findElement(By.id(buttonId)).click();
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    /** Waits until an element of the frame says something, and answers it. */
    public String frameText(String frameId, String id) {
        driver.switchTo().frame(driver.findElement(By.id(frameId)));
        try {
            wait.until(d -> !d.findElement(By.id(id)).getText().isBlank());
            return driver.findElement(By.id(id)).getText();
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    /** Picks an entry of a PrimeFaces drop-down by its label and waits for the ajax it sets off. */
    public void choose(String menuId, String label) {
        driver.findElement(By.id(menuId)).click();
        waitUntilFullyShown(menuId + "_panel");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']"))).click();
        waitForAjax();
    }

    /** Picks a PrimeFaces radio button by its label and waits for the ajax it sets off. */
    public void chooseRadio(String label) {
        driver.findElement(By.xpath("//label[normalize-space(.)='" + label + "']")).click();
        waitForAjax();
    }

    /** Ticks a check box by its label and waits for the ajax it sets off. */
    public void tick(String label) {
        driver.findElement(By.xpath("//label[normalize-space(.)='" + label + "']")).click();
        waitForAjax();
    }

    /** Draws a zigzag on a canvas (a signature pad) with the pointer: press, move, release. */
    public void draw(String id) {
        WebElement pad = driver.findElement(By.id(id));
        new Actions(driver).moveToElement(pad, -pad.getSize().getWidth() / 3, 0).clickAndHold()
                .moveByOffset(30, -25).moveByOffset(30, 40).moveByOffset(30, -35).moveByOffset(30, 30).release().perform();
    }

    /** Waits until an element is there and shown (a dialog's content after its ajax). */
    public void waitForVisible(By locator) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Types into a field and leaves it (Tab), as a user does before the page reacts to the change. */
    public void typeAndLeave(String id, String text) {
        // no clear(): it fires "change" at once, and the field would be re-rendered under the typing
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        waitForAjax();
    }

    /** Waits until the element's text no longer contains this. */
    public void waitForTextGone(By locator, String text) {
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(locator).stream().noneMatch(e -> e.getText().contains(text)));
    }

    public String attribute(String id, String name) {
        return driver.findElement(By.id(id)).getDomAttribute(name) != null
                ? driver.findElement(By.id(id)).getDomAttribute(name) : driver.findElement(By.id(id)).getDomProperty(name);
    }

    public boolean isEnabled(String id) {
        return driver.findElement(By.id(id)).isEnabled();
    }

    public void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()")));
        assertNoPolicyViolations();
    }

    /** Waits until the element's text contains this. */
    public void waitForText(By locator, String text) {
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(locator).stream().anyMatch(e -> e.getText().contains(text)));
    }

    /** Picks a property in the menu's property filter; the page then loads again. */
    public void chooseProperty(String name) {
        WebElement before = driver.findElement(By.tagName("html"));
        field("Property").click();
        waitUntilFullyShown("filterForm:property_panel");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.ui-selectonemenu-item[data-label='" + name + "']"))).click();
        waitForNewPage(before);
    }

    /** Opens the user icon menu and picks an item. */
    public void userMenu(String item) {
        WebElement before = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("userMenu")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//details[@open]//a[normalize-space(.)='" + item + "']"))).click();
        waitForNewPage(before);
    }

    public List<String> propertyChoices() {
        return driver.findElements(By.cssSelector("select[id='filterForm:property_input'] option")).stream()
                .map(o -> o.getDomProperty("textContent").trim()).toList();
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    public boolean has(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    public List<String> texts(By locator) {
        return driver.findElements(locator).stream().map(e -> e.getText().trim()).toList();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.findElement(By.tagName("h1")).getText().trim();
    }

    public String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    /** Replaces the session cookie with one the server no longer knows, as after a session timed out. */
    public void expireSession() {
        Cookie old = driver.manage().getCookieNamed("JSESSIONID");
        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.manage().addCookie(new Cookie.Builder("JSESSIONID", "0" + old.getValue().substring(1)).path(old.getPath()).build());
    }

    /** Overlays fade in, and PrimeFaces ignores a click on one before it is fully shown. */
    private void waitUntilFullyShown(String id) {
        wait.until(d -> "1".equals(((JavascriptExecutor) d).executeScript("return getComputedStyle(document.getElementById(arguments[0])).opacity", id)));
    }

    /** Until the old page is gone (Chromium reports a page in mid-navigation in more than one way), then loaded. */
    private void waitForNewPage(WebElement oldPage) {
        wait.until(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        waitForPage();
    }

    private void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()")));
        assertNoPolicyViolations();
    }

    /** Fails on any Content-Security-Policy violation the browser reported since the last look. */
    public void assertNoPolicyViolations() {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations on " + driver.getCurrentUrl() + ": " + violations);
        }
    }

    /** The WCAG 2.1 A and AA rules of axe-core on the page as it is; fails on any serious or critical violation. */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<String> problems = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe).toList();
        if (!problems.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + path() + ":\n" + String.join("\n", problems));
        }
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()) + " " + n.getFailureSummary()).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
