package com.code2asin.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium on the console, logged in through Keycloak's own login page as one of the realm's users
 * (authorization code with PKCE, as a person would); its downloads land in a directory of its own.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    final Path downloads;
    private final WebDriverWait wait;

    ConsoleBrowser(String user) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the console's browser tests need Debian's chromium and chromium-driver: "
                    + "./code2asin test installs them (apt-get install -y chromium chromium-driver)");
        }
        downloads = Files.createDirectories(Path.of("target", "console-downloads", user)).toAbsolutePath();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--window-size=1440,900", "--lang=en-GB")
                .setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false, "intl.accept_languages", "en-GB,en"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(Suite.jobApi() + "/console/");
        waitFor(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-pw");
        driver.findElement(By.id("kc-login")).click();
        waitVisible("[data-test=jobs-view]");
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    WebElement waitVisible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits up to {@code timeout} for {@code css} to be visible. */
    WebElement waitVisible(String css, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void open(String hash) {
        driver.get(Suite.jobApi() + "/console/" + hash);
    }

    /** A screenshot of the page as it is, under target/console-screenshots. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
