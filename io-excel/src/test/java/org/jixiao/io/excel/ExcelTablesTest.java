package org.jixiao.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.engine.score.Evaluation;
import org.junit.jupiter.api.Test;

class ExcelTablesTest {

    private static String text(Sheet sheet, int r, int c) {
        Cell cell = sheet.getRow(r).getCell(c);
        return cell == null
                ? ""
                : cell.getCellType() == CellType.NUMERIC
                        ? org.apache.poi.ss.util.NumberToTextConverter.toText(cell.getNumericCellValue())
                        : cell.getStringCellValue();
    }

    /** Without claimed scores there is nothing to set beside the checked ones: the seed's one 市县评价得分 column. */
    @Test
    void without_claims_the_table_has_the_seeds_one_score_column() throws Exception {
        org.jixiao.engine.submission.Submission example = Workbooks.example();
        org.jixiao.engine.submission.Submission unclaimed = new org.jixiao.engine.submission.Submission(
                example.source(),
                example.subject(),
                example.rubric(),
                example.facts(),
                java.util.Map.of(),
                example.locator(),
                example.parts(),
                example.judgements());
        try (Workbook workbook =
                Workbooks.open(ExcelTables.write(Workbooks.HENAN, Workbooks.HENAN.evaluate(unclaimed)))) {
            Sheet sheet = workbook.getSheet("指标表");
            assertThat(List.of(text(sheet, 2, 4), text(sheet, 2, 5), text(sheet, 2, 6)))
                    .containsExactly("评分标准", "市县评价得分", "评分理由");
            assertThat(text(sheet, 16, 5)).isEqualTo("98.1");
        }
    }

    @Test
    void the_official_table_is_the_seeds_with_merged_groups_totals_stamps_and_a4_landscape() throws Exception {
        Evaluation evaluation = Workbooks.HENAN.evaluate(Workbooks.example());
        try (Workbook workbook = Workbooks.open(ExcelTables.write(Workbooks.HENAN, evaluation))) {
            Sheet sheet = workbook.getSheet("指标表");
            assertThat(text(sheet, 0, 0)).isEqualTo("中央和省级城镇保障性安居工程财政资金用于城镇老旧小区改造绩效评价指标表");
            assertThat(text(sheet, 1, 0)).isEqualTo("填报单位：驻马店市");
            assertThat(List.of(
                            text(sheet, 2, 0),
                            text(sheet, 3, 0),
                            text(sheet, 3, 1),
                            text(sheet, 3, 2),
                            text(sheet, 3, 3),
                            text(sheet, 2, 4),
                            text(sheet, 2, 5),
                            text(sheet, 2, 6),
                            text(sheet, 2, 7)))
                    .containsExactly("评价指标", "一级指标", "分值", "二级指标", "分值", "评分标准", "自评得分", "核定得分", "评分理由");
            // 12 indicator rows, then 合计
            List<String> rows = new ArrayList<>();
            for (int r = 4; r < 16; r++) {
                rows.add(text(sheet, r, 0) + "|" + text(sheet, r, 2) + "|" + text(sheet, r, 3) + "|" + text(sheet, r, 5)
                        + "|" + text(sheet, r, 6));
            }
            assertThat(rows)
                    .startsWith("资金管理|资金筹集|10|9.1|9.1", "|资金分配|5|5|5")
                    .contains("|配建养老服务设施面积完成率|10|9|9", "服务对象满意度|老旧小区居民满意度|5|5|5");
            assertThat(text(sheet, 16, 2) + " " + text(sheet, 16, 3) + " " + text(sheet, 16, 5) + " "
                            + text(sheet, 16, 6))
                    .isEqualTo("合计 100 98.1 98.1");
            assertThat(text(sheet, 4, 7)).startsWith("地方财政已安排补助资金用于城镇老旧小区改造");
            // 一级指标 and its 分值 merged down the group's rows
            assertThat(sheet.getMergedRegions())
                    .contains(
                            new CellRangeAddress(4, 6, 0, 0),
                            new CellRangeAddress(4, 6, 1, 1),
                            new CellRangeAddress(9, 14, 0, 0),
                            new CellRangeAddress(2, 2, 0, 3));
            List<String> stamps = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("no formulas").isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().endsWith("盖章")) {
                        stamps.add(cell.getStringCellValue());
                    }
                }
            }
            assertThat(stamps).containsExactly("财政部门盖章", "住房城乡建设部门盖章", "民政部门盖章");
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getColumnWidth(4)).isGreaterThan(sheet.getColumnWidth(2));
            assertThat(sheet.getRow(4).getCell(4).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void the_blank_table_has_the_criteria_and_no_scores() throws Exception {
        try (Workbook workbook = Workbooks.open(ExcelTables.blank(Workbooks.HENAN))) {
            Sheet sheet = workbook.getSheet("指标表");
            assertThat(text(sheet, 4, 4)).startsWith("地方财政安排补助资金用于城镇老旧小区改造的(5分)");
            for (int r = 4; r < 16; r++) {
                assertThat(text(sheet, r, 5)).isEmpty();
            }
        }
    }
}
