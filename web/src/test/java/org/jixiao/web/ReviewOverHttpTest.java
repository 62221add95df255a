package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.io.excel.ExcelTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 复核与汇总 over HTTP: the seed's ten counties and the city, as workbooks, as files, as a zip. */
class ReviewOverHttpTest {

    static final Path COUNTIES = Path.of("../examples/zhumadian-2020-counties");

    @RegisterExtension
    static final Served served = new Served();

    private static final String token = served.token;
    private static final String cookie = served.cookie;

    /** The ten counties' and the city's JSON files, by name. */
    static Map<String, byte[]> files() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(COUNTIES)) {
            for (Path file :
                    list.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** The same, each as the workbook its clerk would have filled. */
    static Map<String, byte[]> workbooks() throws Exception {
        Engine engine = Engine.builder()
                .discover(ReviewOverHttpTest.class.getClassLoader())
                .build();
        CompiledRubric henan =
                engine.loadRubric(RubricLibrary.onClassPath(ReviewOverHttpTest.class.getClassLoader()), Served.HENAN);
        Map<String, byte[]> workbooks = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files().entrySet()) {
            workbooks.put(
                    file.getKey().replace(".json", ".xlsx"),
                    ExcelTemplate.write(henan, engine.readSubmission(file.getKey(), file.getValue())));
        }
        return workbooks;
    }

    @Test
    void the_counties_workbooks_roll_up_to_the_city_s_98_1_with_two_over_claims() throws Exception {
        HttpResponse<String> page = served.upload("/review", Map.of(Guards_FIELD, token), "files", workbooks(), cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<strong id=\"city-total\">98.1</strong>")
                .contains("<strong id=\"city-grade\">优</strong>")
                .contains("2 个县（区）自评得分高于核定得分")
                .contains("download=\"复核汇总.xlsx\"")
                .contains("download=\"绩效评价报告（草稿）.docx\"")
                .contains("download=\"复核意见-正阳县.docx\"")
                .contains("<img class=\"chart\" src=\"data:image/svg+xml;base64,")
                .doesNotContain("jixiao-upload");
    }

    @Test
    void one_zip_of_the_files_does_the_same() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (Map.Entry<String, byte[]> file : files().entrySet()) {
                zip.putNextEntry(new ZipEntry("驻马店/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        HttpResponse<String> page = served.upload(
                "/review", Map.of(Guards_FIELD, token), "files", Map.of("counties.zip", zipped.toByteArray()), cookie);
        assertThat(page.body()).contains("<strong id=\"city-total\">98.1</strong>");
    }

    @Test
    void a_bad_county_file_is_named_with_its_problem_and_the_others_are_kept() throws Exception {
        Map<String, byte[]> files = files();
        files.put("03-shangcai.json", "{\"facts\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> page = served.upload("/review", Map.of(Guards_FIELD, token), "files", files, cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("03-shangcai.json")
                .contains("JSON 格式错误")
                .doesNotContain("malformed")
                .contains("退回")
                .contains("遂平县")
                .contains("西平县");
    }

    /** A kilobyte that inflates to a hundred megabytes is not a county's workbook. */
    @Test
    void a_zip_bomb_is_refused_and_nothing_is_kept() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("bomb.json"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(zipped.size()).isLessThan(200 * 1024);
        HttpResponse<String> page = served.upload(
                "/review", Map.of(Guards_FIELD, token), "files", Map.of("bomb.zip", zipped.toByteArray()), cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("“bomb.zip”中的“bomb.json”解压后过大或压缩比异常，未读取。");
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(temp.filter(f -> f.getFileName().toString().startsWith("jixiao-upload")))
                    .isEmpty();
        }
    }

    private static final String Guards_FIELD = org.jixiao.web.guard.Guards.CSRF_FIELD;
}
