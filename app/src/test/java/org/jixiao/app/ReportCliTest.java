package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jixiao report: a city's draft from its counties' folder, a county's from its file; the format by extension. */
class ReportCliTest {

    @Test
    void the_city_report_from_the_counties_folder_keeps_the_notes_verbatim(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), "1. 加快项目进度，\n确保按时完工。\n\n2. 完善长效机制。\n");
        Path docx = dir.resolve("报告.docx");
        CliRun run = CliRun.of(
                "report", ZhumadianReviewTest.COUNTIES.toString(), "-o", docx.toString(), "--notes", notes.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + docx + ": 驻马店市2020年城镇老旧小区改造财政资金绩效评价报告");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(doc.getParagraphs().stream().map(p -> p.getText()).toList())
                    .contains("1. 加快项目进度，确保按时完工。", "2. 完善长效机制。", "三、对所辖县（区）开展评价的情况");
        }
        Path html = dir.resolve("报告.html");
        assertThat(CliRun.of("report", ZhumadianReviewTest.COUNTIES.toString(), "-o", html.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(html))
                .contains("<svg")
                .contains("（二）下一步计划。（待补充）")
                // ties said as ties, not one county named as if it alone scored highest
                .contains("配建养老服务设施面积完成率（最高驿城区等8个县（区）10分，最低正阳县等2个县（区）0分）");
    }

    @Test
    void a_single_submission_gets_its_report_and_a_bad_extension_is_refused(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("report.md");
        CliRun run = CliRun.of("report", CliRun.ZHUMADIAN.toString(), "-o", md.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(md)).contains("## 三、存在问题及下一步计划").doesNotContain("所辖县");

        CliRun pdf = CliRun.of(
                "report",
                CliRun.ZHUMADIAN.toString(),
                "-o",
                dir.resolve("report.pdf").toString());
        assertThat(pdf.exitCode()).isEqualTo(2);
        assertThat(pdf.err()).contains("the report's format comes from its extension: .docx (Word), .html or .md");
    }

    @Test
    void a_programme_set_gets_one_report_with_each_programme_and_a_table_each(@TempDir Path dir) throws Exception {
        Path county = Path.of("..", "examples", "rubrics", "example-anju-county.json");
        Path md = dir.resolve("安居工程.md");
        CliRun run = CliRun.of("report", county.toString(), "-o", md.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(md);
        assertThat(text)
                .startsWith("# 示例县2021年城镇保障性安居工程财政资金绩效评价报告\n")
                .contains("我县财政资金绩效评价涵盖3个项目：城镇老旧小区改造按《")
                .contains("综合得分按各项目资金加权平均计算。")
                .contains(
                        "我县城镇保障性安居工程综合得分为92.26分，绩效评价结果为“优秀”。各项目得分：城镇老旧小区改造98.5分（优秀）、" + "棚户区改造88.5分（良好）、租赁住房保障94分（优秀）。")
                .contains("\n（二）棚户区改造\n")
                .contains("我县棚户区改造项目自评得分为90分，按评分标准核定为88.5分")
                .contains("*图3 租赁住房保障各一级指标得分与分值")
                .contains("棚户区改造：资金到位率扣5分")
                .contains("## 棚户区改造：城镇保障性安居工程财政资金用于棚户区改造绩效评价指标表");
        assertThat(text.split("\n## ", -1)).hasSize(7); // 一, 二, 三 and three tables
        Path html = dir.resolve("安居工程.html");
        assertThat(CliRun.of("report", county.toString(), "-o", html.toString()).exitCode())
                .isZero();
        assertThat(Files.readString(html).split("<table>", -1)).hasSize(4);
        Path docx = dir.resolve("安居工程.docx");
        assertThat(CliRun.of("report", county.toString(), "-o", docx.toString()).exitCode())
                .isZero();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            assertThat(doc.getTables()).hasSize(3);
            assertThat(doc.getAllPictures()).hasSize(3);
        }
    }

    @Test
    void a_city_whose_counties_cannot_be_rolled_up_gets_no_report(@TempDir Path dir) throws Exception {
        Path copy = ZhumadianReviewTest.copy(dir);
        Files.delete(copy.resolve("10-xincai.json"));
        Path out = dir.resolve("报告.docx");
        CliRun run = CliRun.of("report", copy.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the city's report needs its roll-up: 新蔡县 is one of 驻马店市's parts");
        assertThat(out).doesNotExist();
    }
}
