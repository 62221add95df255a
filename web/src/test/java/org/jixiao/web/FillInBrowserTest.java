package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.engine.Engine;
import org.jixiao.engine.form.FactForm;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.submission.Submission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The 填报 page in a real browser (Debian's chromium, headless), read as a clerk reads it: fields found by their
 * labels, the score read where the page shows it. Each step leaves a screenshot in {@code target/screenshots/}.
 * Runs wherever {@code /usr/bin/chromedriver} is; CI installs it and sets {@code JIXIAO_BROWSER_TESTS=required}, so
 * that there a missing browser fails the build instead of skipping the test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FillInBrowserTest {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final Path DOWNLOADS = Path.of("target/downloads").toAbsolutePath();

    private static Served served;
    private static WebDriver browser;
    private static Map<String, FactForm.Field> fields;

    @BeforeAll
    static void start() throws Exception {
        boolean required = "required".equals(System.getenv("JIXIAO_BROWSER_TESTS"));
        if (!Files.isExecutable(DRIVER)) {
            if (required) {
                throw new AssertionError(DRIVER + " is missing: install chromium and chromium-driver");
            }
            Assumptions.abort(DRIVER + " is missing: the browser tests need chromium and chromium-driver");
        }
        Files.createDirectories(SHOTS);
        Files.createDirectories(DOWNLOADS);
        try (var stale = Files.list(DOWNLOADS)) {
            for (Path file : stale.toList()) {
                Files.delete(file);
            }
        }
        served = new Served();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1500,2200", "--lang=zh-CN");
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", DOWNLOADS.toString(), "download.prompt_for_download", false));
        ChromeDriver chrome = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .build(),
                options);
        // headless Chromium saves downloads only where DevTools says
        chrome.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", DOWNLOADS.toString(), "eventsEnabled", true));
        browser = chrome;
        Engine engine = Engine.builder()
                .discover(FillInBrowserTest.class.getClassLoader())
                .build();
        fields = new java.util.HashMap<>();
        FactForm.of(engine.loadRubric(
                        RubricLibrary.onClassPath(FillInBrowserTest.class.getClassLoader()), Served.HENAN))
                .fields()
                .forEach(field -> fields.put(field.name(), field));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    @Order(1)
    void a_clerk_types_the_seed_s_facts_and_sees_98_1_and_its_reasons() throws Exception {
        browser.get(served.uri("/").toString());
        browser.findElement(By.partialLinkText("城镇老旧小区改造绩效评价指标表")).click();
        shot("01-empty-form");
        type(byLabel("填报单位"), "驻马店市");
        new Select(byLabel("级别")).selectByVisibleText("市");
        type(byLabel("年度"), "2020");
        Submission example = Engine.builder().build().readSubmission(Path.of("../examples/zhumadian-2020.json"));
        example.facts().forEach((name, value) -> {
            String label = fields.get(name).label();
            if (value instanceof Map<?, ?> pair) {
                type(byLabel(label + " 计划数"), ((BigDecimal) pair.get("plan")).toPlainString());
                type(byLabel(label + " 实际数"), ((BigDecimal) pair.get("actual")).toPlainString());
            } else if (value instanceof Boolean flag) {
                new Select(byLabel(label)).selectByVisibleText(flag ? "是" : "否");
            } else {
                type(byLabel(label), ((BigDecimal) value).toPlainString());
            }
        });
        type(byLabel("总分 自评得分"), "98.1");
        waitFor("98.1");
        assertThat(browser.findElement(By.id("grade")).getText()).isEqualTo("优");
        String table = browser.findElement(By.id("result")).getText();
        assertThat(table).contains("社会筹资占改造项目资金比例16.4%").contains("满意度");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        shot("02-zhumadian-98.1");
    }

    @Test
    @Order(2)
    void a_changed_fact_changes_its_reason_and_the_total() throws Exception {
        WebElement satisfaction = byLabel(fields.get("satisfactionRate").label());
        type(satisfaction, "75");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("total")).getText().equals("98.1"));
        assertThat(browser.findElement(By.id("result")).getText()).contains("75%");
        shot("03-satisfaction-75");
        type(satisfaction, "85");
        waitFor("98.1");
    }

    @Test
    @Order(3)
    void a_word_in_a_number_gets_a_chinese_message_beside_it_and_no_total() throws Exception {
        WebElement households = byLabel(fields.get("households").label() + " 实际数");
        type(households, "abc");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d ->
                        d.findElement(By.id("e-f-households-actual")).getText().contains("不是数字"));
        assertThat(browser.findElement(By.id("e-f-households-actual")).getText())
                .isEqualTo("“abc”不是数字：请只填写数字，如 16.4，不要写单位、逗号或文字。");
        assertThat(browser.findElements(By.id("total"))).isEmpty();
        assertThat(browser.findElement(By.id("result")).getText()).contains("有 1 处填写有误（改造户数 实际数）");
        shot("04-abc-refused");
        type(households, "33623");
        waitFor("98.1");
        assertThat(browser.findElement(By.id("e-f-households-actual")).getText())
                .isEmpty();
    }

    @Test
    @Order(4)
    void the_table_the_report_and_the_json_download_and_open() throws Exception {
        browser.findElement(By.xpath("//button[normalize-space()='绩效评价指标表（Excel）']"))
                .click();
        Path table = downloaded(".xlsx");
        try (InputStream in = Files.newInputStream(table);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
            assertThat(text(workbook)).contains("98.1");
        }
        browser.findElement(By.xpath("//button[normalize-space()='绩效评价报告草稿（Word）']"))
                .click();
        Path report = downloaded(".docx");
        try (InputStream in = Files.newInputStream(report);
                XWPFDocument document = new XWPFDocument(in)) {
            String all = document.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
            assertThat(all).contains("驻马店市").contains("98.1");
        }
        browser.findElement(By.xpath("//button[normalize-space()='填报数据（JSON）']"))
                .click();
        Path json = downloaded(".json");
        Submission back = Engine.builder().build().readSubmission(json);
        assertThat(back.facts()).containsKey("households");
        shot("05-after-downloads");
    }

    @Test
    @Order(5)
    void a_city_uploads_its_counties_workbooks_and_its_own_and_sees_98_1_and_two_over_claims() throws Exception {
        try (var earlier = Files.list(DOWNLOADS)) {
            for (Path file : earlier.toList()) {
                Files.delete(file);
            }
        }
        Path folder = Files.createDirectories(Path.of("target/uploads"));
        StringBuilder paths = new StringBuilder();
        for (Map.Entry<String, byte[]> workbook : ReviewOverHttpTest.workbooks().entrySet()) {
            Path file = folder.resolve(workbook.getKey());
            Files.write(file, workbook.getValue());
            paths.append(paths.isEmpty() ? "" : "\n").append(file.toAbsolutePath());
        }
        browser.findElement(By.linkText("复核与汇总")).click();
        shot("06-review-upload");
        byLabel("填报文件（Excel 填报表、JSON、YAML 或 zip 压缩包，最多 60 个）：").sendKeys(paths.toString());
        browser.findElement(By.xpath("//button[normalize-space()='开始复核']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("city-total")).isEmpty());
        assertThat(browser.findElement(By.id("city-total")).getText()).isEqualTo("98.1");
        assertThat(browser.findElement(By.id("city-grade")).getText()).isEqualTo("优");
        assertThat(browser.findElement(By.id("over-claimed")).getText()).isEqualTo("2 个县（区）自评得分高于核定得分。");
        shot("07-review-result");
        browser.findElement(By.linkText("复核汇总表（Excel）")).click();
        Path workbook = downloaded("复核汇总.xlsx");
        try (InputStream in = Files.newInputStream(workbook);
                XSSFWorkbook read = new XSSFWorkbook(in)) {
            assertThat(text(read)).contains("上蔡县");
        }
        browser.findElement(By.linkText("本级绩效评价报告草稿（Word）")).click();
        Path report = downloaded("绩效评价报告（草稿）.docx");
        try (InputStream in = Files.newInputStream(report);
                XWPFDocument document = new XWPFDocument(in)) {
            assertThat(document.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat))
                    .contains("98.1");
        }
    }

    /** A county's file with a mistake is returned with the reason in Chinese, and the others are still reviewed. */
    @Test
    @Order(6)
    void a_county_file_with_a_typed_unit_is_returned_with_its_reason_in_chinese() throws Exception {
        Path folder = Files.createDirectories(Path.of("target/uploads-bad"));
        StringBuilder paths = new StringBuilder();
        for (Map.Entry<String, byte[]> file : ReviewOverHttpTest.files().entrySet()) {
            String text = new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            if (file.getKey().equals("03-shangcai.json")) {
                // the clerk typed the figure with its unit, as in a Word table
                text = text.replaceFirst("\"plan\": (\\d+)", "\"plan\": \"$1户\"");
            }
            Path written = Files.writeString(folder.resolve(file.getKey()), text);
            paths.append(paths.isEmpty() ? "" : "\n").append(written.toAbsolutePath());
        }
        browser.findElement(By.linkText("复核与汇总")).click();
        byLabel("填报文件（Excel 填报表、JSON、YAML 或 zip 压缩包，最多 60 个）：").sendKeys(paths.toString());
        browser.findElement(By.xpath("//button[normalize-space()='开始复核']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getPageSource().contains("03-shangcai.json"));
        String page = browser.findElement(By.tagName("body")).getText();
        shot("08-review-county-returned");
        assertThat(page)
                .contains("03-shangcai.json")
                .contains("应为数字，实际为文字")
                .contains("数字不要加引号、千位分隔符或单位")
                .doesNotContain("expected a number")
                .contains("遂平县");
    }

    private static String text(XSSFWorkbook workbook) {
        StringBuilder all = new StringBuilder();
        workbook.forEach(sheet -> sheet.forEach(
                row -> row.forEach(cell -> all.append(cell.toString()).append(' '))));
        return all.toString();
    }

    /** The finished download with this extension (the folder starts empty), waited for. */
    private static Path downloaded(String extension) throws Exception {
        Path[] found = new Path[1];
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try (var files = Files.list(DOWNLOADS)) {
                List<Path> done =
                        files.filter(f -> f.toString().endsWith(extension)).toList();
                found[0] = done.isEmpty() ? null : done.get(0);
                return found[0] != null && f(found[0]) > 0;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return found[0];
    }

    private static long f(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** The field a label names: a {@code <label for>} or an {@code aria-label}, as a screen reader finds it. */
    private static WebElement byLabel(String label) {
        List<WebElement> labelled = browser.findElements(By.xpath("//*[@aria-label=" + literal(label) + "]"));
        if (!labelled.isEmpty()) {
            return labelled.get(0);
        }
        WebElement tag = browser.findElement(By.xpath("//label[normalize-space()=" + literal(label) + "]"));
        return browser.findElement(By.id(tag.getAttribute("for")));
    }

    private static String literal(String text) {
        return "'" + text + "'";
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    private static void waitFor(String total) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.id("total")).isEmpty()
                        && d.findElement(By.id("total")).getText().equals(total));
    }

    private static void shot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}
