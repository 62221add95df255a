package org.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.review.Review;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.SubmissionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 复核意见 the city sends each county: exactly its differing rows, its two totals, addressed to it. */
class ReviewNoticeTest {

    private static final Engine ENGINE =
            Engine.builder().discover(ReviewNoticeTest.class.getClassLoader()).build();
    private static final CompiledRubric HENAN = ENGINE.loadRubric(
            RubricLibrary.onClassPath(ReviewNoticeTest.class.getClassLoader()), "henan-2020-old-community");
    private static ReviewReport review;

    @BeforeAll
    static void review() {
        review = Review.builder(ENGINE, (submission, file) -> HENAN)
                .build()
                .run(List.of(Path.of("..", "examples", "zhumadian-2020-counties")));
    }

    private static ReportDraft notice(String county) {
        SubmissionResult result = review.results().stream()
                .filter(r -> r.name().equals(county))
                .findFirst()
                .orElseThrow();
        return ReviewNotice.of(result, "驻马店市财政局", LocalDate.of(2021, 3, 15)).orElseThrow();
    }

    @Test
    void zhengyang_is_told_84_claimed_70_checked_and_exactly_its_two_differing_rows() throws Exception {
        ReportDraft notice = notice("正阳县");
        String markdown = ReportWriters.markdown(notice);
        assertThat(notice.title()).isEqualTo("关于正阳县2020年城镇老旧小区改造财政资金绩效自评结果的复核意见");
        assertThat(notice.addressee()).isEqualTo("正阳县：");
        assertThat(markdown)
                .contains("你县自评得分84分，经复核，核定得分70分，等级为中，比自评少14分。")
                .contains("（一）改造户数计划完成率：自评15分，核定11分。核定理由：")
                .contains("（二）配建养老服务设施面积完成率：自评10分，核定0分。核定理由：")
                .doesNotContain("（三）")
                .contains("附件：正阳县绩效评价指标表（复核）\n\n<p align=\"right\">驻马店市财政局<br>2021年3月15日</p>");
        // the reason as prose says it: the rule's limits stay in the table
        assertThat(markdown.lines().filter(line -> line.startsWith("（二）配建养老服务设施面积完成率")))
                .singleElement()
                .asString()
                .contains("扣10分")
                .doesNotContain("最多扣");
        // the rubric's id only in the note beneath the table, never in what the county reads as the letter
        assertThat(markdown.lines().filter(line -> line.contains("henan-2020-old-community")))
                .singleElement()
                .asString()
                .startsWith("注：本表按评分规则 henan-2020-old-community 2020.1");
        byte[] docx = ReportWriters.docx(notice);
        java.nio.file.Files.createDirectories(Path.of("target", "documents"));
        java.nio.file.Files.write(Path.of("target", "documents", "复核意见-正阳县.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> texts =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains("二、自评与核定不一致的指标", "驻马店市财政局", "2021年3月15日");
            assertThat(doc.getTables()).hasSize(1);
            // the document names its author, the reviewing unit, not the library that wrote the file
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("驻马店市财政局");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(notice.title());
        }
    }

    @Test
    void a_county_whose_claims_hold_is_told_so_and_asked_for_nothing() {
        String markdown = ReportWriters.markdown(notice("驿城区"));
        assertThat(markdown)
                .contains("你区自评得分100分，经复核，核定得分100分，等级为优，与自评一致。")
                .contains("经复核，各项指标的自评得分与核定得分一致。")
                .contains("无需修改");
    }

    @Test
    void every_scored_county_gets_one() {
        assertThat(ReviewNotice.all(review, "驻马店市财政局", LocalDate.of(2021, 3, 15)))
                .hasSize(10);
    }

    /** What the county claimed stands beside what the facts give, each under its own heading, never one for the other. */
    @Test
    void the_attached_table_carries_the_claimed_and_the_checked_scores_side_by_side() {
        String markdown = ReportWriters.markdown(notice("正阳县"));
        assertThat(markdown)
                .contains("| 评分标准 | 自评得分 | 核定得分 | 评分理由 |")
                .doesNotContain("市县评价得分")
                .containsPattern("\\| 改造户数计划完成率 \\| 15 \\| [^|]+ \\| 15 \\| 11 \\|")
                .contains("| 合计 | 100 |  | 84 | 70 | 等级：中 |");
    }

    /** A county's own report says what it claimed and what the facts give, never the checked score as 自评. */
    @Test
    void a_county_report_says_claimed_and_checked_apart() {
        SubmissionResult zhengyang = review.results().stream()
                .filter(r -> r.name().equals("正阳县"))
                .findFirst()
                .orElseThrow();
        String markdown = ReportWriters.markdown(ReportDraft.of(HENAN, zhengyang.evaluation(), null, List.of()));
        assertThat(markdown).contains("项目自评得分为84分，按评分标准核定为70分").doesNotContain("自评得分为70分");
    }
}
