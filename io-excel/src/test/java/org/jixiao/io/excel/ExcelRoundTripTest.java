package org.jixiao.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.engine.json.EvaluationJson;
import org.jixiao.engine.submission.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelRoundTripTest {

    @Test
    void the_template_asks_for_every_fact_with_checks_and_records_its_rubric() throws Exception {
        try (Workbook workbook = Workbooks.open(ExcelTemplate.write(Workbooks.HENAN))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("填报");
            assertThat(workbook.getSheet("指标表").getProtect()).isTrue();
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("jixiao")))
                    .isEqualTo(SheetVisibility.VERY_HIDDEN);
            Sheet meta = workbook.getSheet("jixiao");
            assertThat(meta.getRow(3).getCell(1).getStringCellValue())
                    .isEqualTo(Workbooks.HENAN.ref().sha256());
            Sheet fill = workbook.getSheet("填报");
            assertThat(ExcelTemplate.factKeys(fill))
                    .containsExactlyElementsOf(java.util.stream.Stream.concat(
                                    Workbooks.HENAN.facts().stream().map(f -> f.name()),
                                    Workbooks.HENAN.weightFacts().stream())
                            .toList());
            // plan and actual side by side, the unit from the row, and a check on every input
            int households =
                    Layout.FIRST_FACT_ROW + ExcelTemplate.factKeys(fill).indexOf("households");
            assertThat(fill.getRow(households).getCell(Layout.COL_LABEL).getStringCellValue())
                    .isEqualTo("改造户数");
            assertThat(fill.getRow(households).getCell(Layout.COL_UNIT).getStringCellValue())
                    .isEqualTo("户");
            assertThat(fill.getDataValidations())
                    .hasSizeGreaterThan(Workbooks.HENAN.facts().size());
            assertThat(fill.isColumnHidden(Layout.COL_KEY)).isTrue();
        }
    }

    @Test
    void filled_in_and_read_back_it_scores_byte_for_byte_as_the_json_example(@TempDir Path dir) throws Exception {
        Submission example = Workbooks.example();
        String expected = EvaluationJson.write(Workbooks.HENAN.evaluate(example));
        try (XSSFWorkbook workbook = Workbooks.filled(example)) {
            Path xlsx = Workbooks.save(workbook, dir.resolve("驻马店市.xlsx"));
            ExcelSubmissions.Read read = ExcelSubmissions.read(xlsx).madeFrom(Workbooks.HENAN);
            assertThat(read.rubricId()).isEqualTo("henan-2020-old-community");
            assertThat(EvaluationJson.write(Workbooks.HENAN.evaluate(read.submission())))
                    .isEqualTo(expected)
                    .contains("\"total\": 98.1,");

            Path xls = Workbooks.asXls(workbook, dir.resolve("驻马店市.xls"));
            Submission fromXls =
                    ExcelSubmissions.read(xls).madeFrom(Workbooks.HENAN).submission();
            assertThat(EvaluationJson.write(Workbooks.HENAN.evaluate(fromXls))).isEqualTo(expected);
        }
    }
}
