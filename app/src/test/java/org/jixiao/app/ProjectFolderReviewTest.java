package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department's folder of twenty project self-evaluation forms, each with its own table, reviewed in one run: the
 * 自评汇总表 (text and workbook), the over-claims, and the forms refused for a target missed without its 偏差原因分析.
 */
class ProjectFolderReviewTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "rubrics");
    private static final int PROJECTS = 20;

    @TempDir
    Path folder;

    /**
     * Project i's table sets ≥(10+i)处 stations where 12 were built; the rest is the example's (95.83 with all
     * stations). A miss is explained in odd projects and not in even ones (refused); every third claims 98.
     */
    @BeforeEach
    void twenty_projects() throws Exception {
        String rubric = Files.readString(EXAMPLE.resolve("example-project-water-2021.yaml"));
        String form = Files.readString(EXAMPLE.resolve("example-project-water-2021.json"));
        for (int i = 1; i <= PROJECTS; i++) {
            String id = String.format("p%02d", i);
            Files.writeString(
                    folder.resolve(id + ".yaml"),
                    rubric.replace("id: example-project-water-2021", "id: " + id)
                            .replace("≥12处", "≥" + (10 + i) + "处"));
            String note = 10 + i > 12 && i % 2 == 0 ? "无" : "征地延后，已列入下年计划";
            Files.writeString(
                    folder.resolve(id + ".json"),
                    form.replace("example-project-water-2021.yaml", id + ".yaml")
                            .replace("农村饮水安全巩固提升工程", "供水工程第" + i + "标段")
                            .replace("\"stationsNote\": \"无\"", "\"stationsNote\": \"" + note + "\"")
                            .replace(
                                    "\"total\": 98",
                                    "\"total\": "
                                            + (i % 3 == 0 ? "98" : expected(i).toPlainString())));
        }
    }

    /** Project i's total worked out: 95.83 less the stations' 10, plus 10 × 12 ÷ (10 + i), at most 10, to 0.01. */
    static BigDecimal expected(int i) {
        BigDecimal stations = BigDecimal.TEN
                .multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(10 + i), 2, RoundingMode.HALF_UP)
                .min(BigDecimal.TEN);
        return new BigDecimal("85.83").add(stations).stripTrailingZeros();
    }

    private static boolean refused(int i) {
        return 10 + i > 12 && i % 2 == 0;
    }

    @Test
    void the_summary_lists_every_project_with_its_recomputed_total_and_finds_the_over_claims() {
        CliRun run = CliRun.of("review", folder.toString());

        assertThat(run.exitCode()).as("refused forms make the round exit 2").isEqualTo(2);
        assertThat(run.out()).startsWith("项目支出绩效自评汇总表\n共20个项目：评分11个，拒收9个\n");
        List<String> over = new ArrayList<>();
        for (int i = 1; i <= PROJECTS; i++) {
            if (!refused(i)) {
                assertThat(run.out())
                        .containsPattern("供水工程第" + i + "标段 +示例县水利局 +1200 +1056 +88% +"
                                + (i % 3 == 0 ? "98" : expected(i).toPlainString()) + " +"
                                + expected(i).toPlainString() + " ");
                if (i % 3 == 0) {
                    over.add("供水工程第" + i + "标段：自评98分，核定" + expected(i).toPlainString() + "分");
                }
            }
        }
        assertThat(run.out()).contains("复核：" + over.size() + "个项目多报总分");
        over.forEach(line -> assertThat(run.out()).contains(line));
        assertThat(run.out())
                .contains("拒收的自评表（未达成指标而未写偏差原因分析的，也在其中）")
                .contains("p04.json:")
                .contains("年度指标值 ≥14处 未达成（实际完成值12处）；需要填写偏差原因分析");
    }

    @Test
    void the_summary_workbook_has_a_row_a_project_with_figures_as_numbers() throws Exception {
        Path out = folder.resolve("out").resolve("自评汇总表.xlsx");
        CliRun run = CliRun.of("review", folder.toString(), "-f", "xlsx", "-o", out.toString());
        assertThat(run.err()).contains("自评汇总表 of 20 projects");
        try (Workbook workbook = WorkbookFactory.create(out.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("自评汇总表");
            DataFormatter format = new DataFormatter();
            assertThat(format.formatCellValue(sheet.getRow(0).getCell(7))).isEqualTo("核定得分");
            assertThat(sheet.getLastRowNum()).isEqualTo(PROJECTS);
            for (int i = 1; i <= PROJECTS; i++) {
                var row = sheet.getRow(i);
                assertThat(format.formatCellValue(row.getCell(1))).isEqualTo("供水工程第" + i + "标段");
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1200);
                if (refused(i)) {
                    assertThat(format.formatCellValue(row.getCell(10))).contains("偏差原因分析");
                } else {
                    assertThat(new BigDecimal(format.formatCellValue(row.getCell(7))))
                            .isEqualByComparingTo(expected(i));
                }
            }
            // then each scored project's own table
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + 11);
        }
    }
}
