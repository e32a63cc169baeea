package io.askdb.app.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium for the page tests: skipped when it is not installed, unless
 * ASKDB_REQUIRE_SERVICES=1; screenshots go to target/screenshots.
 */
final class HeadlessBrowser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessBrowser() {}

    /** A fresh headless Chromium; skips the test (or fails it under ASKDB_REQUIRE_SERVICES=1) without one. */
    static ChromeDriver open() {
        requireChromium();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US");
        return new ChromeDriver(service, options);
    }

    /** The page as a first-time visitor sees it: empty cache, no stored history, the schema loaded. */
    static void freshPage(ChromeDriver driver, WebDriverWait wait, TestServer server, int height) {
        server.askdb.cache().clear();
        driver.manage().window().setSize(new Dimension(1360, height));
        driver.get(server.base() + "/");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("schema-info"), "tables"));
    }

    static WebDriverWait waiting(ChromeDriver driver, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String reason = "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "; apt-get install chromium chromium-driver)";
        if (!present && "1".equals(System.getenv("ASKDB_REQUIRE_SERVICES"))) {
            throw new AssertionError(reason + ", and ASKDB_REQUIRE_SERVICES=1 requires it");
        }
        assumeTrue(present, reason + "; the page test is skipped");
    }
}
