package org.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.review.Review;
import org.jixiao.review.ReviewReport;
import org.jixiao.spi.Subject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Engine ENGINE =
            Engine.builder().discover(ReportTest.class.getClassLoader()).build();
    private static final CompiledRubric HENAN =
            ENGINE.loadRubric(RubricLibrary.onClassPath(ReportTest.class.getClassLoader()), "henan-2020-old-community");
    private static ReportDraft city;
    private static ReportDraft single;

    @BeforeAll
    static void draft() {
        ReviewReport review = Review.builder(ENGINE, (submission, file) -> HENAN)
                .build()
                .run(List.of(Path.of("..", "examples", "zhumadian-2020-counties")));
        city = ReportDraft.of(HENAN, review.rollup().evaluation(), review, List.of("加快项目进度。", "完善长效机制。"));
        Evaluation alone = HENAN.evaluate(ENGINE.readSubmission(Path.of("..", "examples", "zhumadian-2020.json")));
        single = ReportDraft.of(HENAN, alone, null, List.of());
    }

    @Test
    void a_report_names_its_own_unit_as_its_level_says_and_a_budget_unit_as_本单位() {
        assertThat(ReportDraft.we(new Subject("驻马店市", "city", 2020, null))).isEqualTo("我市");
        assertThat(ReportDraft.we(new Subject("正阳县", "county", 2020, null))).isEqualTo("我县");
        assertThat(ReportDraft.we(new Subject("驿城区", "county", 2020, null))).isEqualTo("我区");
        // a county's water bureau fills its project's form at county level, but is not the county
        assertThat(ReportDraft.we(new Subject("示例县水利局", "county", 2021, null))).isEqualTo("本单位");
        assertThat(ReportDraft.we(new Subject("市发展改革委", null, 2021, null))).isEqualTo("本单位");
        assertThat(ReportDraft.we(new Subject("示例县农村供水总站", null, 2021, null))).isEqualTo("本单位");
    }

    @Test
    void the_word_report_has_the_seeds_sections_paragraphs_table_and_charts() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportWriters.docx(city)))) {
            List<String> texts =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.get(0)).isEqualTo("驻马店市2020年城镇老旧小区改造财政资金绩效评价报告");
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("驻马店市");
            assertThat(texts).contains("省财政厅、省住建厅、省民政厅：");
            assertThat(texts.stream().filter(t -> t.matches("^[一二三四]、.*")).toList())
                    .containsExactly("一、绩效目标的设立、制定依据和目标调整情况", "二、自评总体情况", "三、对所辖县（区）开展评价的情况", "四、存在问题及下一步计划");
            assertThat(texts).contains("1. 资金管理方面，总分25分，自评得分24.1分。", "加快项目进度。", "完善长效机制。");
            assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("资金筹集：").endsWith("扣0.9分。得9.1分。"));
            assertThat(texts).anySatisfy(t -> assertThat(t).contains("正阳县自评84分、核定70分，多报14分"));
            assertThat(doc.getAllPictures()).hasSize(3);
            assertThat(doc.getAllPictures().get(0).getPictureType())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(1 + 12 + 1);
            assertThat(table.getRow(0).getCell(4).getText()).isEqualTo("评分标准");
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("资金管理");
            assertThat(table.getRow(1)
                            .getCell(0)
                            .getCTTc()
                            .getTcPr()
                            .getVMerge()
                            .getVal()
                            .toString())
                    .isEqualTo("restart");
            assertThat(table.getRow(2)
                            .getCell(0)
                            .getCTTc()
                            .getTcPr()
                            .getVMerge()
                            .getVal()
                            .toString())
                    .isEqualTo("continue");
            assertThat(table.getRow(13).getCell(2).getText()
                            + table.getRow(13).getCell(5).getText())
                    .isEqualTo("合计98.1");
            List<IBodyElement> body = doc.getBodyElements();
            assertThat(body.get(body.size() - 1)).isInstanceOf(XWPFParagraph.class);
            assertThat(((XWPFParagraph) body.get(body.size() - 1)).getText()).isEqualTo("民政部门盖章");
        }
    }

    @Test
    void every_figure_a_paragraph_states_is_the_evaluations() {
        Evaluation evaluation = city.evaluation();
        for (ReportDraft.Block block : city.sections().get(1).blocks()) {
            if (block instanceof ReportDraft.Paragraph p
                    && p.text().endsWith("分。")
                    && p.text().contains("：")) {
                String name = p.text().substring(0, p.text().indexOf('：'));
                Matcher score = Pattern.compile("得([0-9.]+)分。$").matcher(p.text());
                assertThat(score.find()).as(p.text()).isTrue();
                evaluation.groups().stream()
                        .flatMap(g -> g.indicators().stream())
                        .filter(i -> i.name().equals(name))
                        .forEach(i -> assertThat(i.score()).as(name).isEqualByComparingTo(score.group(1)));
            }
        }
        assertThat(single.sections())
                .extracting(ReportDraft.Section::heading)
                .containsExactly("一、绩效目标的设立、制定依据和目标调整情况", "二、自评总体情况", "三、存在问题及下一步计划");
        assertThat(((ReportDraft.Paragraph) single.sections().get(2).blocks().get(1)).text())
                .isEqualTo("（二）下一步计划。（待补充）");
    }

    @Test
    void the_html_report_is_one_page_with_inline_charts_nothing_fetched_and_a_font_for_every_character() {
        String html = ReportWriters.html(city);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>三、对所辖县（区）开展评价的情况</h2>");
        assertThat(Pattern.compile("<svg").matcher(html).results().count()).isEqualTo(3);
        assertThat(html)
                .doesNotContain("src=\"http")
                .doesNotContain("href=\"http")
                .doesNotContain("<script")
                .doesNotContain("<link");
        assertThat(html).contains("<td class=\"n\" rowspan=\"3\">资金管理</td>");
        // the text outside the charts (whose text is drawn as shapes) must have a glyph in the font the page names
        // first
        String text = html.replaceAll("(?s)<svg.*?</svg>", "")
                .replaceAll("(?s)<style>.*?</style>", "")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
        Font font = CjkFont.get();
        assertThat(html).contains("font-family: \"" + font.getFamily(java.util.Locale.ROOT) + "\"");
        assertThat(font.canDisplayUpTo(text))
                .as("first character the font lacks")
                .isEqualTo(-1);
    }

    @Test
    void markdown_keeps_the_structure_and_the_table() {
        String markdown = ReportWriters.markdown(city);
        assertThat(markdown)
                .startsWith("# 驻马店市2020年城镇老旧小区改造财政资金绩效评价报告\n")
                .contains("## 二、自评总体情况", "| 资金管理 | 25 | 资金筹集 | 10 |", "|  |  | 合计 | 100 |  | 98.1 | 98.1 | 等级：优 |")
                .endsWith("民政部门盖章\n");
    }
}
