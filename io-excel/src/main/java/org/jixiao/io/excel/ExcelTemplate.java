package org.jixiao.io.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.engine.form.FactForm;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.Api;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.Subject;
import org.jixiao.spi.scoring.Numbers;

/**
 * The fill-in workbook a province sends its counties, made from a rubric: sheet 填报 with the subject and one
 * row per fact the rubric reads (Chinese label, unit, what to write, plan and actual side by side, checked as
 * they are typed), sheet 自评得分 for the scores the county claims (市县评价得分), the indicator table with its
 * 评分标准 for reference (protected), and a hidden sheet recording the rubric's id, version and SHA-256 so that
 * a workbook filled against another version is recognised.
 *
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public final class ExcelTemplate {

    private ExcelTemplate() {}

    /**
     * The workbook filled with a submission: its subject, each fact in its row (a plan and actual pair side by side,
     * 是 or 否 for a yes-or-no fact) and each claimed score, as a county would have typed them, so that it reads back
     * as the same submission. A fact given only as a bound ({@code 80以上}) has no number to write: its cell gets the
     * bound as text, which the reader refuses at that cell, so that nobody mistakes it for a figure.
     *
     * @param rubric the rubric it is made from; never {@code null}
     * @param submission the facts to fill in; never {@code null}
     * @return the workbook's bytes (.xlsx)
     * @since 0.4
     */
    public static byte[] write(CompiledRubric rubric, Submission submission) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(write(rubric)))) {
            Sheet fill = workbook.getSheet(Layout.FILL);
            Subject subject = submission.subject();
            set(fill, Layout.REGION_ROW, Layout.SUBJECT_VALUE_COL, subject.region());
            Layout.LEVELS.forEach((written, level) -> {
                if (level.equals(subject.level())) {
                    set(fill, Layout.REGION_ROW, Layout.SUBJECT_SECOND_VALUE_COL, written);
                }
            });
            set(
                    fill,
                    Layout.YEAR_ROW,
                    Layout.SUBJECT_VALUE_COL,
                    subject.year() == null ? null : BigDecimal.valueOf(subject.year()));
            set(fill, Layout.YEAR_ROW, Layout.SUBJECT_SECOND_VALUE_COL, subject.program());
            for (int r = Layout.FIRST_FACT_ROW; r <= fill.getLastRowNum(); r++) {
                Object value = submission
                        .facts()
                        .get(fill.getRow(r).getCell(Layout.COL_KEY).getStringCellValue());
                if (value instanceof java.util.Map<?, ?> map && map.containsKey("plan")) {
                    set(fill, r, Layout.COL_PLAN, map.get("plan"));
                    set(fill, r, Layout.COL_VALUE, map.get("actual"));
                } else if (value instanceof org.jixiao.spi.PlanActual pair) {
                    set(fill, r, Layout.COL_PLAN, pair.plan());
                    set(fill, r, Layout.COL_VALUE, pair.actual());
                } else if (value instanceof java.util.Map<?, ?> bound) {
                    set(
                            fill,
                            r,
                            Layout.COL_VALUE,
                            bound.containsKey("atLeast") ? bound.get("atLeast") + "以上" : bound.get("atMost") + "以下");
                } else if (value instanceof Boolean flag) {
                    set(fill, r, Layout.COL_VALUE, flag ? "是" : "否");
                } else {
                    set(fill, r, Layout.COL_VALUE, value);
                }
            }
            Sheet claims = workbook.getSheet(Layout.CLAIMS);
            for (int r = Layout.FIRST_CLAIM_ROW; r <= claims.getLastRowNum(); r++) {
                BigDecimal claim = submission
                        .claimed()
                        .get(claims.getRow(r).getCell(Layout.CLAIM_COL_KEY).getStringCellValue());
                if (claim != null) {
                    set(claims, r, Layout.CLAIM_COL_VALUE, claim);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number as a number cell (keeping the cell's style), text as text, {@code null} as nothing. */
    private static void set(Sheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    /**
     * The template for a rubric.
     *
     * @param rubric the compiled rubric; never {@code null}
     * @return the .xlsx bytes
     */
    public static byte[] write(CompiledRubric rubric) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet fillSheet = workbook.createSheet(Layout.FILL);
            fill(fillSheet, rubric, styles);
            Sheet claimSheet = workbook.createSheet(Layout.CLAIMS);
            claims(claimSheet, rubric, styles);
            // only the yellow cells take input: a row inserted by accident would move every figure below it. No
            // password, so that an office that must change the layout can, knowing it does
            protect(fillSheet);
            protect(claimSheet);
            Sheet table = workbook.createSheet(Layout.TABLE);
            ExcelTables.indicatorTable(table, rubric, null, styles);
            table.protectSheet("jixiao");
            meta(workbook.createSheet(Layout.META), rubric);
            workbook.setSheetVisibility(workbook.getSheetIndex(Layout.META), SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(0);
            var properties = workbook.getProperties();
            properties.getCoreProperties().setTitle(rubric.rubric().title() + "（填报表）");
            properties.getCoreProperties().setCreator("jixiao");
            properties
                    .getCustomProperties()
                    .addProperty("jixiao.rubric", rubric.ref().id());
            properties
                    .getCustomProperties()
                    .addProperty("jixiao.version", rubric.ref().version());
            properties
                    .getCustomProperties()
                    .addProperty("jixiao.sha256", rubric.ref().sha256());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, CompiledRubric rubric, Styles styles) {
        Row title = sheet.createRow(0);
        title.setHeightInPoints(30);
        cell(title, 0, rubric.rubric().title() + "（填报表）", styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Layout.COL_INDICATOR));
        Row note = sheet.createRow(1);
        cell(note, 0, "请在黄色单元格中填写；“计划数”和“实际数/填报值”按各行要求填写数字，不要写单位或千分位逗号。", styles.plain);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, Layout.COL_INDICATOR));

        DataValidationHelper validations = sheet.getDataValidationHelper();
        Row region = sheet.createRow(Layout.REGION_ROW);
        cell(region, 0, "填报单位", styles.header);
        cell(region, Layout.SUBJECT_VALUE_COL, "", styles.input);
        cell(region, Layout.SUBJECT_SECOND_LABEL_COL, "级别", styles.header);
        cell(region, Layout.SUBJECT_SECOND_VALUE_COL, "", styles.input);
        validate(
                sheet,
                validations,
                validations.createExplicitListConstraint(
                        Layout.LEVELS.keySet().stream().sorted().toArray(String[]::new)),
                Layout.REGION_ROW,
                Layout.SUBJECT_SECOND_VALUE_COL,
                "级别",
                "请选择县（区）、市或省");
        Row year = sheet.createRow(Layout.YEAR_ROW);
        cell(year, 0, "年度", styles.header);
        cell(year, Layout.SUBJECT_VALUE_COL, "", styles.input);
        validate(
                sheet,
                validations,
                validations.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1949", "2200"),
                Layout.YEAR_ROW,
                Layout.SUBJECT_VALUE_COL,
                "年度",
                "请填写年份，如2020");
        cell(year, Layout.SUBJECT_SECOND_LABEL_COL, "项目名称", styles.header);
        cell(year, Layout.SUBJECT_SECOND_VALUE_COL, "", styles.input);

        Row header = sheet.createRow(Layout.FACT_HEADER_ROW);
        String[] headers = Layout.FACT_HEADERS;
        for (int c = 0; c < headers.length; c++) {
            cell(header, c, headers[c], styles.header);
        }
        int r = Layout.FIRST_FACT_ROW;
        int number = 1;
        for (FactForm.Field field : FactForm.of(rubric).fields()) {
            factRow(
                    sheet,
                    validations,
                    styles,
                    r++,
                    number++,
                    field.label(),
                    field.unit(),
                    field.kind(),
                    field.indicatorName(),
                    field.name(),
                    switch (field.role()) {
                        case OWN -> Layout.OWN;
                        case FROM_COUNTIES -> Layout.FROM_COUNTIES;
                        case WEIGHT -> Layout.WEIGHT;
                    });
        }
        greyForCity(sheet, styles, r - 1);
        Styles.width(sheet, Layout.COL_NUMBER, 3);
        Styles.width(sheet, Layout.COL_LABEL, 22);
        Styles.width(sheet, Layout.COL_UNIT, 5);
        Styles.width(sheet, Layout.COL_KIND, 14);
        Styles.width(sheet, Layout.COL_PLAN, 8);
        Styles.width(sheet, Layout.COL_VALUE, 10);
        Styles.width(sheet, Layout.COL_INDICATOR, 16);
        Styles.width(sheet, Layout.COL_WHO, 14);
        sheet.setColumnHidden(Layout.COL_KEY, true);
        Styles.fitRows(sheet, Layout.FIRST_FACT_ROW, r - 1);
        sheet.createFreezePane(0, Layout.FIRST_FACT_ROW);
        Styles.a4Landscape(sheet);
    }

    private static void protect(Sheet sheet) {
        sheet.protectSheet("");
        if (sheet instanceof XSSFSheet xssf) {
            // a clerk may still widen a column to read a label, and sort nothing
            xssf.lockFormatColumns(false);
            xssf.lockFormatRows(false);
            xssf.lockInsertRows(true);
            xssf.lockDeleteRows(true);
        }
    }

    /**
     * The rows the counties supply, greyed while the workbook's 级别 is 市 or 省: an upper level fills only its own
     * rows. Conditional formatting, so that the choice of 级别 shows at once what is asked.
     */
    private static void greyForCity(Sheet sheet, Styles styles, int lastRow) {
        var formatting = sheet.getSheetConditionalFormatting();
        String level = new CellReference(Layout.REGION_ROW, Layout.SUBJECT_SECOND_VALUE_COL, true, true)
                .formatAsString(); // $E$3
        String who = new CellReference(Layout.FIRST_FACT_ROW, Layout.COL_WHO, false, true)
                .formatAsString(); // $I7, relative to each row
        var rule = formatting.createConditionalFormattingRule(
                "AND(OR(" + level + "=\"市\"," + level + "=\"省\")," + who + "=\"" + Layout.FROM_COUNTIES + "\")");
        var fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(
                new CellRangeAddress[] {new CellRangeAddress(Layout.FIRST_FACT_ROW, lastRow, 0, Layout.COL_WHO)}, rule);
    }

    /**
     * A fact's label; when several facts share one (the plan-and-actual pairs of a generic type), the indicator
     * says which: 改造户数 for 改造户数计划完成率.
     */
    private static void factRow(
            Sheet sheet,
            DataValidationHelper validations,
            Styles styles,
            int r,
            int number,
            String label,
            String unit,
            FactKind kind,
            String indicator,
            String key,
            String who) {
        Row row = sheet.createRow(r);
        cell(row, Layout.COL_NUMBER, String.valueOf(number), styles.text);
        cell(row, Layout.COL_LABEL, label, styles.wrapped);
        cell(row, Layout.COL_UNIT, unit, styles.text);
        cell(row, Layout.COL_KIND, FactForm.asked(kind), styles.wrapped);
        boolean pair = kind == FactKind.PLAN_ACTUAL;
        cell(row, Layout.COL_PLAN, "", pair ? styles.input : styles.text);
        cell(row, Layout.COL_VALUE, "", styles.input);
        cell(row, Layout.COL_INDICATOR, indicator, styles.wrapped);
        cell(row, Layout.COL_KEY, key, styles.plain);
        cell(row, Layout.COL_WHO, who, styles.wrapped);
        DataValidationConstraint constraint =
                switch (kind) {
                    case FLAG -> validations.createExplicitListConstraint(new String[] {"是", "否"});
                    case COUNT -> validations.createIntegerConstraint(
                            DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
                    case PERCENT -> validations.createDecimalConstraint(
                            DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
                    case DECIMAL, PLAN_ACTUAL -> validations.createDecimalConstraint(
                            DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
                    case TEXT -> validations.createTextLengthConstraint(
                            DataValidationConstraint.OperatorType.BETWEEN, "1", "5000");
                };
        validate(sheet, validations, constraint, r, Layout.COL_VALUE, label, FactForm.asked(kind));
        if (pair) {
            validate(
                    sheet,
                    validations,
                    validations.createDecimalConstraint(
                            DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                    r,
                    Layout.COL_PLAN,
                    label,
                    "计划数：数值，0或以上");
        }
    }

    private static void claims(Sheet sheet, CompiledRubric rubric, Styles styles) {
        Row title = sheet.createRow(0);
        cell(title, 0, "市县评价得分（自评）", styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Layout.CLAIM_COL_VALUE));
        Row note = sheet.createRow(1);
        cell(note, 0, "填写本单位对各项指标的自评得分；jixiao 将逐项核对。", styles.plain);
        Row header = sheet.createRow(Layout.CLAIM_HEADER_ROW);
        String[] headers = {"一级指标", "二级指标", "分值", "市县评价得分", "编号"};
        for (int c = 0; c < headers.length; c++) {
            cell(header, c, headers[c], styles.header);
        }
        DataValidationHelper validations = sheet.getDataValidationHelper();
        int r = Layout.FIRST_CLAIM_ROW;
        for (FactForm.ClaimRow row : FactForm.of(rubric).claims()) {
            claimRow(sheet, validations, styles, r++, row.groupName(), row.name(), row.weight(), row.id());
        }
        Styles.width(sheet, 0, 8);
        Styles.width(sheet, 1, 16);
        Styles.width(sheet, 2, 4);
        Styles.width(sheet, 3, 8);
        sheet.setColumnHidden(Layout.CLAIM_COL_KEY, true);
        Styles.a4Landscape(sheet);
    }

    private static void claimRow(
            Sheet sheet,
            DataValidationHelper validations,
            Styles styles,
            int r,
            String group,
            String name,
            BigDecimal weight,
            String key) {
        Row row = sheet.createRow(r);
        cell(row, Layout.CLAIM_COL_GROUP, group, styles.text);
        cell(row, Layout.CLAIM_COL_NAME, name, styles.wrapped);
        Cell w = row.createCell(Layout.CLAIM_COL_WEIGHT);
        w.setCellValue(weight.doubleValue());
        w.setCellStyle(styles.number);
        cell(row, Layout.CLAIM_COL_VALUE, "", styles.input);
        cell(row, Layout.CLAIM_COL_KEY, key, styles.plain);
        validate(
                sheet,
                validations,
                validations.createDecimalConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN, "0", Numbers.plain(weight)),
                r,
                Layout.CLAIM_COL_VALUE,
                name.isEmpty() ? group : name,
                "0至" + Numbers.plain(weight) + "分");
    }

    private static void meta(Sheet sheet, CompiledRubric rubric) {
        String[][] rows = {
            {"format", Layout.FORMAT},
            {"rubric", rubric.ref().id()},
            {"version", rubric.ref().version()},
            {"sha256", rubric.ref().sha256()}
        };
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(rows[i][0]);
            row.createCell(1).setCellValue(rows[i][1]);
        }
    }

    private static void validate(
            Sheet sheet,
            DataValidationHelper helper,
            DataValidationConstraint constraint,
            int row,
            int col,
            String title,
            String text) {
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(row, row, col, col));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(title.length() > 32 ? title.substring(0, 32) : title, text);
        validation.setShowPromptBox(true);
        validation.createPromptBox(title.length() > 32 ? title.substring(0, 32) : title, text);
        sheet.addValidationData(validation);
    }

    static Cell cell(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** Used by the tests: the rows the template made, by fact. */
    static List<String> factKeys(Sheet fill) {
        List<String> keys = new ArrayList<>();
        for (int r = Layout.FIRST_FACT_ROW; r <= fill.getLastRowNum(); r++) {
            keys.add(fill.getRow(r).getCell(Layout.COL_KEY).getStringCellValue());
        }
        return keys;
    }
}
