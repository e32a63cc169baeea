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
 * What a person reads on the page over the embedded SalesLT sample, in headless Chromium: example
 * questions on the empty page, a counted question with a named column, a listing without bookkeeping
 * columns and with the configured row cap in its SQL, a refusal panel with no steps, an unanswerable
 * question with example questions as bullets, and cache statistics after a clear. Screenshots go to
 * target/screenshots. Skips when Chromium is not installed, unless ASKDB_REQUIRE_SERVICES=1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageWordsIT {

    private TestServer server;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void start() {
        driver = HeadlessBrowser.open();
        server = TestServer.sample(Map.of());
        wait = HeadlessBrowser.waiting(driver, 30);
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
        HeadlessBrowser.freshPage(driver, wait, server, 1100);
    }

    @Test
    void should_offer_example_questions_from_the_schema_on_the_empty_page_and_ask_one_when_clicked() throws IOException {
        wait.until(d -> d.findElement(By.id("examples-card")).isDisplayed());
        List<WebElement> examples = driver.findElements(By.cssSelector("#examples li button"));

        assertThat(examples).hasSizeBetween(3, 5);
        assertThat(examples).extracting(WebElement::getText).allSatisfy(q -> assertThat(q).doesNotContain("[", "Tables:"))
                .anySatisfy(q -> assertThat(q).startsWith("How many"));
        screenshot("askdb-words-empty-page.png");

        examples.get(0).click();
        awaitAnswer();
        assertThat(driver.findElement(By.id("status")).getText()).startsWith("Answered by");
        assertThat(driver.findElement(By.id("examples-card")).isDisplayed()).isFalse();
    }

    @Test
    void should_head_a_counted_question_with_a_name_a_person_understands() throws IOException {
        ask("How many customers are there?");

        assertThat(headers()).containsExactly("count");
        assertThat(cells()).containsExactly("847");
        assertThat(sqlText()).isEqualTo("SELECT COUNT(*) AS count FROM SalesLT.Customer");
        assertThat(badge("tier")).isEqualTo("Fast path");
        screenshot("askdb-words-count.png");
    }

    @Test
    void should_list_rows_by_their_describing_columns_with_the_configured_row_cap_in_the_sql() throws IOException {
        driver.manage().window().setSize(new Dimension(1360, 1500));
        ask("customers in the city of London");

        assertThat(headers()).containsExactly("CustomerID", "Title", "FirstName", "MiddleName", "LastName", "CompanyName",
                "City");
        assertThat(String.join(" ", headers())).doesNotContainIgnoringCase("rowguid").doesNotContain("ModifiedDate")
                .doesNotContain("Password");
        assertThat(sqlText()).startsWith("SELECT TOP 1000 T1.CustomerID, T1.Title, T1.FirstName").contains("T3.City")
                .doesNotContain("1001");
        assertThat(driver.findElement(By.id("row-info")).getText()).isEqualTo("9 rows");
        screenshot("askdb-words-listing.png");
    }

    @Test
    void should_show_a_refusal_panel_and_no_tier_steps_when_asked_to_change_data() throws IOException {
        ask("drop the customer table");

        WebElement error = driver.findElement(By.id("error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getAttribute("class")).contains("refusal");
        assertThat(error.findElement(By.className("error-title")).getText()).isEqualTo("Refused");
        assertThat(error.findElement(By.className("error-message")).getText())
                .isEqualTo("askdb only reads data: it will not change, delete or drop anything. Ask a question about the data instead.");
        assertThat(driver.findElement(By.id("progress")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#badges li"))).isEmpty();
        assertThat(driver.findElement(By.id("sql-block")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("table-card")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("status")).getText()).startsWith("Refused: askdb only reads data");
        screenshot("askdb-words-refused.png");
    }

    @Test
    void should_say_in_a_sentence_what_it_could_not_do_and_offer_example_questions_as_bullets() throws IOException {
        ask("what is the meaning of life");

        WebElement error = driver.findElement(By.id("error"));
        assertThat(error.getAttribute("class")).doesNotContain("refusal");
        assertThat(error.findElement(By.className("error-title")).getText()).isEqualTo("No answer");
        assertThat(error.findElement(By.className("error-message")).getText())
                .startsWith("askdb could not turn this question into SQL for this database.").doesNotContain("[");
        List<String> bullets = error.findElements(By.cssSelector(".example-list li")).stream().map(WebElement::getText).toList();
        assertThat(bullets).hasSizeBetween(3, 5).allSatisfy(q -> assertThat(q).doesNotContain("Tables:", "[", "]"));
        screenshot("askdb-words-no-answer.png");

        error.findElements(By.cssSelector(".example-list button")).get(0).click();
        awaitAnswer();
        assertThat(driver.findElement(By.id("status")).getText()).startsWith("Answered by");
    }

    @Test
    void should_count_cache_hits_from_the_last_clear_and_list_connections_apart_from_cache_levels() throws IOException {
        ask("How many customers are there?");
        ask("How many customers are there?");
        wait.until(d -> d.findElement(By.id("hit-rate")).getText().equals("50%"));

        driver.findElement(By.id("cache-clear")).click();
        wait.until(ExpectedConditions.textToBe(By.id("cache-message"), "Cache cleared."));
        wait.until(d -> d.findElement(By.id("hit-rate")).getText().equals("–"));

        assertThat(stat("cache-stats", "Hits")).isEqualTo("0");
        assertThat(stat("cache-stats", "Misses")).isEqualTo("0");
        assertThat(driver.findElements(By.cssSelector("#cache-stats dt"))).extracting(WebElement::getText)
                .noneSatisfy(k -> assertThat(k).contains("pools"));
        assertThat(driver.findElement(By.id("pool-block")).isDisplayed()).isTrue();
        assertThat(stat("pool-stats", "Connections (default)")).matches("\\d+ busy · \\d+ open of \\d+");
        screenshot("askdb-words-cache-cleared.png");
    }

    @Test
    void should_break_column_names_only_at_word_boundaries_in_the_schema_panel() throws IOException {
        driver.manage().window().setSize(new Dimension(900, 1100));
        WebElement customer = driver.findElements(By.cssSelector("#schema .table-entry")).stream()
                .filter(e -> e.findElement(By.className("table-name")).getText().equals("Customer"))
                .findFirst().orElseThrow();
        customer.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);

        for (WebElement name : customer.findElements(By.className("column-name"))) {
            String text = name.getText();
            String rendered = (String) ((JavascriptExecutor) driver).executeScript(
                    "const r = document.createRange(); const el = arguments[0]; const out = [];"
                            + "let top = null, line = '';"
                            + "for (const node of el.childNodes) { if (node.nodeType !== 3) continue;"
                            + "  for (let i = 0; i < node.length; i++) { r.setStart(node, i); r.setEnd(node, i + 1);"
                            + "    const t = Math.round(r.getBoundingClientRect().top);"
                            + "    if (top !== null && t !== top) { out.push(line); line = ''; } top = t; line += node.data[i]; } }"
                            + "out.push(line); return out.join('|');", name);
            String[] lines = rendered.split("\\|");
            java.util.Set<Integer> boundaries = new java.util.HashSet<>();
            int end = 0;
            for (String piece : wordBoundaryPieces(text)) {
                end += piece.length();
                boundaries.add(end);
            }
            int at = 0;
            for (int i = 0; i < lines.length - 1; i++) {
                at += lines[i].length();
                assertThat(boundaries).as("%s broken after '%s'", text, text.substring(0, at)).contains(at);
            }
        }
        screenshot("askdb-words-schema.png");
    }

    /** The prefixes of an identifier that end at a word boundary: First, FirstName. */
    private static List<String> wordBoundaryPieces(String name) {
        return java.util.Arrays.stream(name.split("(?<=[a-z0-9])(?=[A-Z])|(?<=_)")).toList();
    }

    private void ask(String question) {
        WebElement input = driver.findElement(By.id("question"));
        input.clear();
        input.sendKeys(question, Keys.ENTER);
        awaitAnswer();
    }

    private void awaitAnswer() {
        wait.until(d -> {
            String status = d.findElement(By.id("status")).getText();
            return status.startsWith("Answered") || status.startsWith("Not answered") || status.startsWith("Refused")
                    || status.startsWith("The question");
        });
        wait.until(d -> d.findElement(By.id("ask-button")).isEnabled());
    }

    private List<String> headers() {
        return driver.findElements(By.cssSelector("#rows thead th .sort-name")).stream().map(WebElement::getText).toList();
    }

    private List<String> cells() {
        return driver.findElements(By.cssSelector("#rows tbody td")).stream().map(WebElement::getText).toList();
    }

    /** The SQL as shown, its line breaks and indentation folded to single spaces. */
    private String sqlText() {
        return driver.findElement(By.cssSelector("#sql code")).getText().replaceAll("\\s+", " ").trim();
    }

    private String badge(String name) {
        return driver.findElement(By.cssSelector("[data-badge='" + name + "'] .badge-value")).getText();
    }

    private String stat(String list, String key) {
        List<WebElement> terms = driver.findElements(By.cssSelector("#" + list + " dt"));
        for (WebElement dt : terms) {
            if (dt.getText().equals(key)) {
                return dt.findElement(By.xpath("following-sibling::dd[1]")).getText();
            }
        }
        throw new AssertionError("no '" + key + "' in #" + list);
    }

    private void screenshot(String name) throws IOException {
        HeadlessBrowser.screenshot(driver, name);
    }

}
