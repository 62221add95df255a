package org.jixiao.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.engine.form.FactForm;
import org.jixiao.engine.rubric.RequiredFact;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.Subject;

/**
 * For random county facts, a workbook written through every cell style a clerk uses — a plain number, a number typed
 * as text, a formula with its calculated result, and for a percent row a cell formatted as a percent — reads back to
 * the same facts and the same scores as the facts themselves.
 */
class CellStylesPropertiesTest {

    /** How a clerk's cell holds a figure. */
    enum Style {
        PLAIN,
        TEXT,
        FORMULA,
        PERCENT_FORMAT
    }

    record County(Map<String, Object> facts, List<Style> styles) {}

    @Property(tries = 60)
    void every_cell_style_reads_back_to_the_same_facts_and_scores(@ForAll("counties") County county)
            throws IOException {
        Submission given = Submission.builder("given")
                .subject(new Subject("某县", "county", 2020, "城镇老旧小区改造"))
                .rubric(Workbooks.HENAN.ref().id())
                .build();
        Submission expected =
                new Submission("given", given.subject(), given.rubric(), county.facts(), Map.of(), given.locator());
        Path file = Files.createTempFile("county", ".xlsx");
        try {
            write(county, expected, file);
            Submission read = ExcelSubmissions.read(file).submission();
            for (Map.Entry<String, Object> fact : county.facts().entrySet()) {
                Object back = read.facts().get(fact.getKey());
                if (fact.getValue() instanceof PlanActual pair) {
                    Map<?, ?> readPair = (Map<?, ?>) back;
                    assertThat((BigDecimal) readPair.get("plan")).isEqualByComparingTo(pair.plan());
                    assertThat((BigDecimal) readPair.get("actual")).isEqualByComparingTo(pair.actual());
                } else if (fact.getValue() instanceof BigDecimal number) {
                    assertThat((BigDecimal) back).as(fact.getKey()).isEqualByComparingTo(number);
                } else {
                    assertThat(back).as(fact.getKey()).isEqualTo(fact.getValue());
                }
            }
            Evaluation fromFacts = Workbooks.HENAN.evaluate(expected);
            Evaluation fromWorkbook = Workbooks.HENAN.evaluate(read);
            assertThat(fromWorkbook.total()).isEqualByComparingTo(fromFacts.total());
            assertThat(scores(fromWorkbook)).isEqualTo(scores(fromFacts));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Map<String, String> scores(Evaluation evaluation) {
        Map<String, String> scores = new LinkedHashMap<>();
        evaluation.groups().forEach(g -> g.indicators()
                .forEach(i -> scores.put(i.id(), i.score().stripTrailingZeros().toPlainString())));
        return scores;
    }

    private static void write(County county, Submission submission, Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ExcelTemplate.write(Workbooks.HENAN)))) {
            Sheet fill = workbook.getSheet(Layout.FILL);
            Workbooks.set(fill, Layout.REGION_ROW, Layout.SUBJECT_VALUE_COL, "某县");
            Workbooks.set(fill, Layout.REGION_ROW, Layout.SUBJECT_SECOND_VALUE_COL, "县（区）");
            Workbooks.set(fill, Layout.YEAR_ROW, Layout.SUBJECT_VALUE_COL, BigDecimal.valueOf(2020));
            int k = 0;
            for (int r = Layout.FIRST_FACT_ROW; r <= fill.getLastRowNum(); r++) {
                String key = fill.getRow(r).getCell(Layout.COL_KEY).getStringCellValue();
                Object value = submission.facts().get(key);
                boolean percent = FactForm.asked(FactKind.PERCENT)
                        .equals(fill.getRow(r).getCell(Layout.COL_KIND).getStringCellValue());
                if (value instanceof PlanActual pair) {
                    cell(
                            workbook,
                            fill,
                            r,
                            Layout.COL_PLAN,
                            pair.plan(),
                            county.styles().get(k++ % 16),
                            false);
                    cell(
                            workbook,
                            fill,
                            r,
                            Layout.COL_VALUE,
                            pair.actual(),
                            county.styles().get(k++ % 16),
                            false);
                } else if (value instanceof Boolean flag) {
                    Workbooks.set(fill, r, Layout.COL_VALUE, flag ? "是" : "否");
                } else if (value instanceof BigDecimal number) {
                    cell(
                            workbook,
                            fill,
                            r,
                            Layout.COL_VALUE,
                            number,
                            county.styles().get(k++ % 16),
                            percent);
                }
            }
            Workbooks.save(workbook, file);
        }
    }

    /** The figure as the style writes it; a percent format only where the row asks for a percent. */
    private static void cell(
            XSSFWorkbook workbook, Sheet sheet, int r, int c, BigDecimal figure, Style style, boolean percent) {
        Row row = sheet.getRow(r);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        switch (style == Style.PERCENT_FORMAT && !percent ? Style.PLAIN : style) {
            case PLAIN -> cell.setCellValue(figure.doubleValue());
            case TEXT -> cell.setCellValue(figure.toPlainString());
            case FORMULA -> {
                BigDecimal whole = figure.setScale(0, java.math.RoundingMode.DOWN);
                cell.setCellFormula(
                        whole.toPlainString() + "+" + figure.subtract(whole).toPlainString());
                workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
            }
            case PERCENT_FORMAT -> {
                cell.setCellValue(figure.movePointLeft(2).doubleValue());
                CellStyle styled = workbook.createCellStyle();
                styled.cloneStyleFrom(cell.getCellStyle());
                styled.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
                cell.setCellStyle(styled);
            }
        }
    }

    @Provide
    Arbitrary<County> counties() {
        Arbitrary<List<Style>> styles = Arbitraries.of(Style.class).list().ofSize(16);
        Arbitrary<Map<String, Object>> all = Combinators.combine(
                        pair(100, 50_000, 0),
                        pair(1, 500, 4),
                        pair(5, 2_000, 0),
                        pair(1, 100, 0),
                        pair(100, 20_000, 0),
                        percent(0, 90),
                        percent(30, 100),
                        Arbitraries.integers().between(0, 5))
                .as((households, area, buildings, communities, care, social, satisfaction, count) -> {
                    Map<String, Object> facts = new LinkedHashMap<>();
                    for (RequiredFact fact : Workbooks.HENAN.facts()) {
                        facts.put(
                                fact.name(),
                                switch (fact.kind()) {
                                    case FLAG -> count % 2 == 0 || !fact.name().equals("localSubsidyArranged");
                                    case COUNT -> BigDecimal.valueOf(count);
                                    default -> BigDecimal.ZERO;
                                });
                    }
                    facts.put("severeViolation", false); // a severe one would need a violation counted
                    facts.put("households", households);
                    facts.put("area", area);
                    facts.put("buildings", buildings);
                    facts.put("communities", communities);
                    facts.put("elderlyCareArea", care);
                    facts.put("socialFundingRatio", social);
                    facts.put("satisfactionRate", satisfaction);
                    facts.put("projectFunding", new BigDecimal("1450.5"));
                    facts.put("satisfactionSurveyed", BigDecimal.valueOf(300));
                    return facts;
                });
        return Combinators.combine(all, styles).as(County::new);
    }

    /** A plan from low to high with the given decimals, and an actual from 80% to 120% of it. */
    private static Arbitrary<PlanActual> pair(int low, int high, int decimals) {
        return Combinators.combine(
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.valueOf(low), BigDecimal.valueOf(high))
                                .ofScale(decimals),
                        Arbitraries.integers().between(80, 120))
                .as((plan, percent) -> new PlanActual(
                        plan,
                        plan.multiply(BigDecimal.valueOf(percent))
                                .movePointLeft(2)
                                .setScale(decimals, java.math.RoundingMode.HALF_UP)));
    }

    private static Arbitrary<BigDecimal> percent(int low, int high) {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(low), BigDecimal.valueOf(high))
                .ofScale(1);
    }
}
