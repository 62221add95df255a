package org.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** A report as an office sends it (#23): written for its level, in 公文 form, its rubric named only beneath the table. */
class OfficialFormTest {

    private static final Engine ENGINE =
            Engine.builder().discover(OfficialFormTest.class.getClassLoader()).build();
    private static final CompiledRubric HENAN = ENGINE.loadRubric(
            RubricLibrary.onClassPath(OfficialFormTest.class.getClassLoader()), "henan-2020-old-community");

    private static ReportDraft report(String file) {
        Evaluation evaluation = HENAN.evaluate(ENGINE.readSubmission(Path.of("..", "examples", file)));
        return ReportDraft.of(HENAN, evaluation, null, List.of());
    }

    @Test
    void a_county_reports_to_its_city_and_the_city_to_the_province() {
        assertThat(report("zhumadian-2020-counties/05-zhengyang.json").addressee())
                .isEqualTo("市财政局、市住建局、市民政局：");
        assertThat(report("zhumadian-2020.json").addressee()).isEqualTo("省财政厅、省住建厅、省民政厅：");
    }

    @Test
    void the_prose_names_each_item_without_the_rules_limits_or_the_rubrics_id() {
        ReportDraft zhengyang = report("zhumadian-2020-counties/05-zhengyang.json");
        List<String> prose = Stream.concat(
                        Stream.of(zhengyang.opening()),
                        zhengyang.sections().stream()
                                .flatMap(s -> s.blocks().stream())
                                .filter(b -> b instanceof ReportDraft.Paragraph)
                                .map(b -> ((ReportDraft.Paragraph) b).text()))
                .toList();

        assertThat(prose).noneSatisfy(p -> assertThat(p).contains("henan-2020-old-community"));
        assertThat(prose).noneSatisfy(p -> assertThat(p).contains("最多扣"));
        String overall =
                prose.stream().filter(p -> p.contains("绩效评价总体情况：")).findFirst().orElseThrow();
        assertThat(overall)
                .contains("改造户数计划完成率：实际开工量为2380户，年度计划为2500户")
                .contains("；配建养老服务设施面积完成率：实际开工量为4275平方米")
                .doesNotContain("扣");
        // the figures' source is on the record beneath the table
        assertThat(ReportWriters.markdown(zhengyang)).contains("注：本表按评分规则 henan-2020-old-community 2020.1（sha256 ");
    }

    @Test
    void the_word_file_is_a_gongwen_text_on_portrait_pages_then_its_table_on_landscape_pages() throws Exception {
        byte[] docx = ReportWriters.docx(report("zhumadian-2020-counties/05-zhengyang.json"));
        java.nio.file.Files.createDirectories(Path.of("target", "documents"));
        java.nio.file.Files.write(Path.of("target", "documents", "正阳县-报告.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph title = paragraphs.get(0);
            assertThat(title.getRuns().get(0).getFontFamily()).isEqualTo("方正小标宋简体");
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
            XWPFParagraph body = paragraphs.stream()
                    .filter(p -> p.getText().startsWith("根据绩效评价指标评分标准"))
                    .findFirst()
                    .orElseThrow();
            assertThat(body.getRuns().get(0).getFontFamily()).isEqualTo("仿宋");
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(body.getIndentationFirstLine()).isEqualTo(640);
            // 落款: the unit, then the date left for the day it is signed, right-aligned
            int unit = paragraphs.stream().map(XWPFParagraph::getText).toList().indexOf("正阳县");
            assertThat(unit).isPositive();
            assertThat(paragraphs.get(unit).getAlignment().name()).isEqualTo("RIGHT");
            assertThat(paragraphs.get(unit + 1).getText()).isEqualTo("年　　月　　日");
            // two sections: the text portrait, the tables landscape; both numbered at the foot
            CTSectPr text = paragraphs.stream()
                    .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .findFirst()
                    .orElseThrow()
                    .getCTP()
                    .getPPr()
                    .getSectPr();
            CTSectPr tables = doc.getDocument().getBody().getSectPr();
            assertThat(twips(text.getPgSz().getW()))
                    .isLessThan(twips(text.getPgSz().getH()));
            assertThat(tables.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(twips(tables.getPgSz().getW()))
                    .isGreaterThan(twips(tables.getPgSz().getH()));
            assertThat(text.sizeOfFooterReferenceArray()).isEqualTo(1);
            assertThat(doc.getFooterList()).singleElement().satisfies(footer -> assertThat(
                            footer.getParagraphs().get(0).getCTP().xmlText())
                    .contains("PAGE"));
            // the table's rows stay whole and its heading repeats on every page
            var table = doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRows())
                    .allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue());
        }
    }

    private static int twips(Object measure) {
        return new java.math.BigInteger(String.valueOf(measure)).intValue();
    }

    @Test
    void the_html_prints_on_a4_with_its_tables_on_landscape_pages() {
        String html = ReportWriters.html(report("zhumadian-2020-counties/05-zhengyang.json"));

        assertThat(html)
                .contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }")
                .contains("@page tables { size: A4 landscape;")
                .contains("<div class=\"signed\"><p>正阳县</p><p>年　　月　　日</p></div>");
    }
}
