package io.askdb.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in headless Chromium (Debian's chromium and chromium-driver): ask by keyboard, see
 * the badges, the SQL, the rows and the chart, and keep screenshots under target/screenshots.
 * Skips when Chromium is not installed, unless ASKDB_REQUIRE_SERVICES=1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageIT {

    private TestServer server;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void start() {
        driver = HeadlessBrowser.open();
        // The page, not the answerer, is under test: a low bar lets the fast path answer the
        // breakdown views (its confidence on this tiny schema is calibrated on other databases).
        server = TestServer.start(Map.of("FAST_PATH_CONFIDENCE", "0.3"));
        wait = HeadlessBrowser.waiting(driver, 20);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshPage() {
        HeadlessBrowser.freshPage(driver, wait, server, 1180);
    }

    @Test
    void should_show_rows_badges_sql_and_a_bar_chart_when_asking_for_a_breakdown_by_keyboard() throws IOException {
        driver.manage().window().setSize(new Dimension(1360, 1560));
        ask("How many customers are there?");
        ask("Show products per category");

        List<WebElement> rows = driver.findElements(By.cssSelector("#rows tbody tr"));
        assertThat(rows).hasSize(4);
        assertThat(driver.findElements(By.cssSelector("#rows thead th .sort-name"))).extracting(WebElement::getText)
                .containsExactly("CATEGORY", "PRODUCTS");
        assertThat(badge("tier")).isEqualTo("Fast path");
        assertThat(badge("strategy")).isEqualTo("template");
        assertThat(badge("llm-calls")).isEqualTo("0");
        assertThat(badge("cost")).isEqualTo("$0.0000");
        assertThat(badge("time")).matches("[0-9.]+ m?s");
        assertThat(driver.findElement(By.cssSelector("#sql code")).getText()).startsWith("SELECT *\nFROM PUBLIC.PRODUCTS_PER_CATEGORY");
        assertThat(driver.findElements(By.cssSelector("#sql .k"))).extracting(WebElement::getText).contains("SELECT", "FROM");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart canvas")));
        assertThat(driver.findElement(By.id("chart-card")).isDisplayed()).isTrue();
        assertThat(chartType()).isEqualTo("bar");
        assertThat(driver.findElement(By.id("chart-title")).getText()).isEqualTo("Products by category");
        assertThat(driver.findElement(By.id("status")).getText()).startsWith("Answered by Fast path in").endsWith("4 rows.");
        // The step list folds away once the answer is there; its text stays for whoever opens it.
        assertThat(driver.findElements(By.cssSelector("#steps li"))).extracting(li -> li.getAttribute("textContent"))
                .anySatisfy(step -> assertThat(step).contains("Cache declined: miss"))
                .anySatisfy(step -> assertThat(step).contains("Fast path answered"));
        wait.until(d -> !driver.findElement(By.id("hit-rate")).getText().equals("–"));
        WebElement customer = driver.findElements(By.cssSelector("#schema .table-entry")).stream()
                .filter(e -> e.findElement(By.className("table-name")).getText().equals("CUSTOMER"))
                .findFirst().orElseThrow();
        customer.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
        assertThat(customer.findElements(By.className("column-name"))).extracting(WebElement::getText)
                .containsExactly("ID", "NAME", "COUNTRY");
        settleChart();
        screenshot("askdb-page.png");
    }

    @Test
    void should_draw_a_line_chart_when_the_breakdown_is_over_time() {
        ask("Show orders per month");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart canvas")));
        assertThat(chartType()).isEqualTo("line");
        assertThat(driver.findElements(By.cssSelector("#rows tbody tr"))).hasSize(6);
    }

    @Test
    void should_show_no_chart_for_a_single_number() {
        ask("How many customers are there?");

        assertThat(driver.findElement(By.cssSelector("#rows tbody td")).getText()).isEqualTo("3");
        assertThat(driver.findElement(By.id("chart-card")).isDisplayed()).isFalse();
    }

    @Test
    void should_sort_the_rows_when_a_column_header_is_activated() {
        ask("Show products per category");
        WebElement productsHeader = driver.findElements(By.cssSelector("#rows thead th button")).get(1);

        productsHeader.sendKeys(Keys.ENTER);
        List<String> ascending = column(1);
        driver.findElements(By.cssSelector("#rows thead th button")).get(1).sendKeys(Keys.ENTER);
        List<String> descending = column(1);

        assertThat(ascending).containsExactly("1", "2", "2", "3");
        assertThat(descending).containsExactly("3", "2", "2", "1");
        assertThat(driver.findElements(By.cssSelector("#rows thead th")).get(1).getAttribute("aria-sort")).isEqualTo("descending");
    }

    @Test
    void should_recall_earlier_questions_with_the_arrow_keys() {
        ask("How many customers are there?");
        ask("How many products are there?");
        WebElement input = driver.findElement(By.id("question"));
        input.clear();

        input.sendKeys(Keys.ARROW_UP);
        String last = input.getAttribute("value");
        input.sendKeys(Keys.ARROW_UP);
        String before = input.getAttribute("value");

        assertThat(last).isEqualTo("How many products are there?");
        assertThat(before).isEqualTo("How many customers are there?");
        assertThat(driver.findElements(By.cssSelector("#history li"))).hasSize(2);
    }

    @Test
    void should_explain_why_when_no_tier_can_answer() throws IOException {
        ask("What is the meaning of life?");

        WebElement error = driver.findElement(By.id("error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.findElement(By.className("error-title")).getText()).isEqualTo("No answer");
        assertThat(error.findElement(By.className("error-message")).getText())
                .startsWith("askdb could not turn this question into SQL for this database.");
        assertThat(error.findElements(By.cssSelector(".example-list li"))).hasSizeBetween(3, 5);
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Not answered: no answer.");
        assertThat(driver.findElement(By.id("table-card")).isDisplayed()).isFalse();
        assertThat(badge("degraded")).isEqualTo("degraded");
        driver.findElement(By.cssSelector("#progress summary")).sendKeys(Keys.ENTER);
        assertThat(driver.findElements(By.cssSelector("#steps li"))).extracting(WebElement::getText)
                .anySatisfy(step -> assertThat(step).contains("LLM declined: skipped: no LLM configured"))
                .anySatisfy(step -> assertThat(step).contains("Airplane mode declined"));
        screenshot("askdb-page-no-answer.png");
    }

    @Test
    void should_fit_a_narrow_screen_without_sideways_scrolling() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 1400));
        ask("Show products per category");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart canvas")));

        long pageWidth = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");

        assertThat(pageWidth).isLessThanOrEqualTo(viewport);
        settleChart();
        screenshot("askdb-page-narrow.png");
    }

    @Test
    void should_ask_for_an_api_key_and_use_it_when_the_server_requires_one() {
        try (TestServer guarded = TestServer.start(Map.of("ASKDB_API_KEYS", "viewer:page-key-8c1d2e"))) {
            driver.get(guarded.base() + "/");
            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-dialog")));
            assertThat(driver.findElement(By.id("key-reason")).getText()).contains("needs an API key");
            assertThat(driver.switchTo().activeElement()).isEqualTo(driver.findElement(By.id("key-input")));

            driver.switchTo().activeElement().sendKeys("page-key-8c1d2e", Keys.ENTER);
            wait.until(ExpectedConditions.invisibilityOf(dialog));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("schema-info"), "tables"));
            driver.findElement(By.id("question")).click();
            ask("How many customers are there?");

            assertThat(driver.findElement(By.cssSelector("#rows tbody td")).getText()).isEqualTo("3");
        }
    }

    /** Types the question into the focused box and presses Enter, then waits for the answer. */
    @Test
    void should_show_the_sql_and_the_plan_first_and_run_it_only_when_asked() throws IOException {
        driver.findElement(By.id("review-first")).click();
        WebElement input = driver.findElement(By.id("question"));
        input.click();
        input.sendKeys("How many customers are there?", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-card")));

        assertThat(driver.findElement(By.id("review-facts")).getText()).contains("PUBLIC.CUSTOMER");
        assertThat(driver.findElement(By.cssSelector("#sql code")).getText()).containsIgnoringCase("COUNT(*)");
        assertThat(driver.findElement(By.id("table-card")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("status")).getText()).startsWith("Review the SQL");
        screenshot("askdb-review-first.png");

        driver.findElement(By.id("review-run")).click();
        wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Answered"));

        assertThat(driver.findElement(By.id("review-card")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("#rows tbody td")).getText()).isEqualTo("3");
    }

    @Test
    void should_read_a_follow_up_and_group_the_history_by_conversation() {
        ask("How many customers are there?");
        ask("what about products?");

        assertThat(driver.findElement(By.id("resolved")).getText()).isEqualTo("Read as: How many products are there?");
        assertThat(driver.findElements(By.cssSelector("#talks > li"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#talks > li .talk-turns li"))).extracting(WebElement::getText)
                .containsExactly("How many customers are there?", "what about products?");

        driver.findElement(By.id("talk-new")).click();
        ask("what about products?");

        assertThat(driver.findElement(By.id("resolved")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#talks > li"))).hasSize(2);
    }

    private void ask(String question) {
        WebElement input = driver.findElement(By.id("question"));
        assertThat(driver.switchTo().activeElement()).isEqualTo(input);
        input.clear();
        input.sendKeys(question, Keys.ENTER);
        wait.until(d -> {
            String status = d.findElement(By.id("status")).getText();
            return status.startsWith("Answered") || status.startsWith("Not answered") || status.startsWith("The question");
        });
        wait.until(d -> d.findElement(By.id("ask-button")).isEnabled());
    }

    private String badge(String name) {
        return driver.findElement(By.cssSelector("[data-badge='" + name + "'] .badge-value")).getText();
    }

    private String chartType() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart')).getOption().series[0].type;");
    }

    private List<String> column(int index) {
        return driver.findElements(By.cssSelector("#rows tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).get(index).getText())
                .toList();
    }

    /** Waits until the chart's entry animation has finished, so the screenshot shows the final bars. */
    private void settleChart() {
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const c = echarts.getInstanceByDom(document.getElementById('chart'));"
                        + "if (!c) { done(); return; }"
                        + "let called = false; const once = () => { if (!called) { called = true; done(); } };"
                        + "c.on('finished', once); c.resize(); setTimeout(once, 1500);");
    }

    private void screenshot(String name) throws IOException {
        HeadlessBrowser.screenshot(driver, name);
    }

}
