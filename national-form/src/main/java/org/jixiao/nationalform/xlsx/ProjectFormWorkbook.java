package org.jixiao.nationalform.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.nationalform.ProjectForm;
import org.jixiao.spi.Api;
import org.jixiao.spi.scoring.Numbers;

/**
 * The project self-evaluation form as a workbook in its usual layout: title and 年度, 项目名称, 主管部门 and 实施单位,
 * 项目资金（万元） by line (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), 年度总体目标, then 绩效指标 with 一级,
 * 二级 and 三级指标, 年度指标值, 实际完成值, 分值, 得分 and 偏差原因分析及改进措施, and 总分. It is read by its labels, not
 * by fixed cells, so that a form from another system reads as long as its labels are the usual ones; merged 一级 and
 * 二级 cells carry down. Filled in by an evaluation, each 得分 is the recomputed one and a last column gives each
 * row's 评分理由.
 *
 * @since 0.5
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.5")
public final class ProjectFormWorkbook {

    /** The form's title, by which a workbook is recognised. */
    public static final String TITLE = "项目支出绩效自评表";

    /** The largest workbook read. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年度?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,15}(\\.\\d{1,12})?");

    private ProjectFormWorkbook() {}

    private static boolean titled(Sheet sheet) {
        for (int r = 0; r <= Math.min(3, sheet.getLastRowNum()); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                for (Cell cell : row) {
                    if (text(cell).replaceAll("\\s", "").contains(TITLE)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Reads a workbook once: the form if its first sheet is titled 项目支出绩效自评表, else nothing, for another reader.
     *
     * @param file an .xlsx or .xls file
     * @return the form, each value's cell recorded; empty for a workbook of another kind
     * @throws InputException naming the file and the cell of every problem of a form
     */
    public static java.util.Optional<ProjectForm> readIfForm(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".xlsx") || name.endsWith(".xls")) || !Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return java.util.Optional.empty(); // the Excel reader refuses it, saying why
            }
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        Workbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException unreadable) {
            return java.util.Optional.empty(); // the Excel reader says what is wrong with it
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0 || !titled(workbook.getSheetAt(0))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Reader(file.toString(), workbook.getSheetAt(0)).read());
        } catch (IOException e) {
            throw InputException.of("workbook", file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a form.
     *
     * @param file the workbook
     * @return the form, each value's cell recorded
     * @throws InputException naming the file and the cell of every problem
     */
    public static ProjectForm read(Path file) {
        String source = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw InputException.of(
                        "workbook", source, "the workbook is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
        } catch (IOException e) {
            throw InputException.of("workbook", source, "cannot be read: " + e.getMessage());
        }
        try (InputStream in = Files.newInputStream(file);
                Workbook workbook = WorkbookFactory.create(in)) {
            return new Reader(source, workbook.getSheetAt(0)).read();
        } catch (IOException | org.apache.poi.EmptyFileException | org.apache.poi.UnsupportedFileFormatException e) {
            throw InputException.of("workbook", source, "is not an Excel workbook that can be read: " + e.getMessage());
        }
    }

    /** Reads the form's sheet by its labels. */
    private static final class Reader {
        private final String source;
        private final Sheet sheet;
        private final Map<String, String> cells = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        Reader(String source, Sheet sheet) {
            this.source = source;
            this.sheet = sheet;
        }

        ProjectForm read() {
            Integer year = null;
            for (int r = 0; r <= Math.min(3, sheet.getLastRowNum()); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    for (Cell cell : row) {
                        Matcher m = YEAR.matcher(text(cell));
                        if (year == null && m.find()) {
                            year = Integer.valueOf(m.group(1));
                        }
                    }
                }
            }
            String project = labelled("项目名称", "project");
            String department = labelled("主管部门", "department");
            String unit = labelled("实施单位", "unit");
            List<ProjectForm.Funds> funds = funds();
            Cell expected = find("预期目标");
            Cell achieved = find("实际完成情况");
            String expectedGoal = below(expected, "goals.expected");
            String achievedGoal = below(achieved, "goals.achieved");
            List<ProjectForm.Row> rows = new ArrayList<>();
            BigDecimal claimedTotal = indicators(rows);
            if (!problems.isEmpty()) {
                throw new InputException("workbook", problems);
            }
            return new ProjectForm(
                    source,
                    year,
                    project,
                    department,
                    unit,
                    funds,
                    expectedGoal,
                    achievedGoal,
                    rows,
                    claimedTotal,
                    cells);
        }

        /** The value written right of a label (past its merged cells), or "" if the form has no such label. */
        private String labelled(String label, String key) {
            Cell cell = find(label);
            if (cell == null) {
                problems.add(new Problem(
                        source,
                        null,
                        null,
                        "expected a cell 「" + label + "」 on sheet " + sheet.getSheetName()
                                + ", with the value to its right"));
                return "";
            }
            Cell value = cellAt(cell.getRowIndex(), lastColumn(cell) + 1);
            cells.put(key, ref(cell.getRowIndex(), lastColumn(cell) + 1));
            return value == null ? "" : text(value).strip();
        }

        private String below(Cell header, String key) {
            if (header == null) {
                return "";
            }
            int row = lastRow(header) + 1;
            cells.put(key, ref(row, header.getColumnIndex()));
            Cell value = cellAt(row, header.getColumnIndex());
            return value == null ? "" : text(value).strip();
        }

        private List<ProjectForm.Funds> funds() {
            Cell budgetHeader = find("全年预算数");
            List<ProjectForm.Funds> funds = new ArrayList<>();
            if (budgetHeader == null) {
                problems.add(new Problem(
                        source,
                        null,
                        null,
                        "expected the funds table's header 「全年预算数」 on sheet " + sheet.getSheetName()
                                + " (项目资金（万元）: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分)"));
                return funds;
            }
            int header = budgetHeader.getRowIndex();
            int initial = column(header, "年初预算数");
            int budget = budgetHeader.getColumnIndex();
            int executed = column(header, "全年执行数");
            int score = column(header, "得分");
            int weight = column(header, "分值");
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                String name = lineName(r, budget);
                if (name == null) {
                    break;
                }
                boolean first = funds.isEmpty();
                BigDecimal claimed = first && score >= 0 ? number(r, score, first ? "funds.score" : null) : null;
                funds.add(new ProjectForm.Funds(
                        name,
                        initial < 0 ? null : number(r, initial, first ? "funds.initial" : null),
                        number(r, budget, first ? "funds.budget" : null),
                        executed < 0 ? null : number(r, executed, first ? "funds.executed" : null),
                        claimed,
                        first && weight >= 0 ? number(r, weight, "funds.weight") : null));
            }
            return funds;
        }

        /** A funds line's name: the text left of the figures, in a row that is still the funds table. */
        private String lineName(int r, int firstFigure) {
            Row row = sheet.getRow(r);
            if (row == null) {
                return null;
            }
            String name = null;
            for (int c = 0; c < firstFigure; c++) {
                String t = text(row.getCell(c)).strip();
                if (t.contains("年度总体目标") || t.contains("绩效指标") || t.contains("预期目标")) {
                    return null;
                }
                if (!t.isEmpty() && !t.contains("项目资金")) {
                    name = t;
                }
            }
            return name;
        }

        /** The 绩效指标 rows, filled into {@code rows}; the 总分 claimed, or null. */
        private BigDecimal indicators(List<ProjectForm.Row> rows) {
            Cell third = find("三级指标");
            if (third == null) {
                problems.add(new Problem(
                        source,
                        null,
                        null,
                        "expected the 绩效指标 table's header 「三级指标」 on sheet " + sheet.getSheetName()
                                + " (一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施)"));
                return null;
            }
            int header = third.getRowIndex();
            int level1 = column(header, "一级指标");
            int level2 = column(header, "二级指标");
            int name = third.getColumnIndex();
            int target = column(header, "年度指标值");
            int actual = column(header, "实际完成值");
            int weight = column(header, "分值");
            int score = column(header, "得分");
            int note = column(header, "偏差原因");
            int before = problems.size();
            for (String[] needed :
                    new String[][] {{"年度指标值", "" + target}, {"实际完成值", "" + actual}, {"分值", "" + weight}}) {
                if (Integer.parseInt(needed[1]) < 0) {
                    problems.add(new Problem(
                            source,
                            null,
                            ref(header, name),
                            "expected a column 「" + needed[0] + "」 in the header of the 绩效指标 table"));
                }
            }
            if (problems.size() > before) {
                return null;
            }
            String one = "";
            String two = "";
            String oneAt = null;
            String twoAt = null;
            for (int r = lastRow(third) + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String first = text(row.getCell(0)).replaceAll("\\s", "");
                String left = level1 < 0 ? "" : text(row.getCell(level1)).replaceAll("\\s", "");
                if (first.startsWith("总分")
                        || left.startsWith("总分")
                        || first.startsWith("合计")
                        || left.startsWith("合计")) {
                    cells.put("total", ref(r, score));
                    return score < 0 ? null : number(r, score, "total");
                }
                if (first.startsWith("填表说明")) {
                    return null;
                }
                String l1 = level1 < 0 ? "" : text(row.getCell(level1)).strip();
                String l2 = level2 < 0 ? "" : text(row.getCell(level2)).strip();
                // a level written once beside several rows (merged, or left blank below) is theirs, read at its cell
                if (!l1.isEmpty()) {
                    one = l1;
                    oneAt = ref(r, level1);
                }
                if (!l2.isEmpty() || !l1.isEmpty()) {
                    two = l2;
                    twoAt = ref(r, Math.max(level2, 0));
                }
                String rowName = text(row.getCell(name)).strip();
                if (rowName.isEmpty()) {
                    continue;
                }
                String key = "rows[" + rows.size() + "]";
                cells.put(key + ".level1", oneAt == null ? ref(r, Math.max(level1, 0)) : oneAt);
                cells.put(key + ".level2", twoAt == null ? ref(r, Math.max(level2, 0)) : twoAt);
                cells.put(key + ".name", ref(r, name));
                cells.put(key + ".target", ref(r, target));
                cells.put(key + ".actual", ref(r, actual));
                cells.put(key + ".note", note < 0 ? ref(r, name) : ref(r, note));
                int reported = problems.size();
                BigDecimal w = number(r, weight, key + ".weight");
                BigDecimal s = score < 0 ? null : number(r, score, key + ".score");
                if (w == null && problems.size() == reported) {
                    problems.add(new Problem(
                            source, null, ref(r, weight), "expected the 分值 of " + rowName + ", a number of points"));
                }
                if (w == null) {
                    continue;
                }
                rows.add(new ProjectForm.Row(
                        one,
                        two,
                        rowName,
                        text(row.getCell(target)).strip(),
                        w,
                        value(row.getCell(actual)),
                        s,
                        note < 0 ? "" : text(row.getCell(note)).strip()));
            }
            return null;
        }

        /** A cell as the person meant it: a percent-formatted 0.93 is 93%, a number as Excel shows it. */
        private static String value(Cell cell) {
            if (cell == null) {
                return "";
            }
            CellType type =
                    cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC) {
                BigDecimal number = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
                if (cell.getCellStyle() != null
                        && cell.getCellStyle().getDataFormatString().contains("%")) {
                    return Numbers.plain(number.movePointRight(2)) + "%";
                }
                return Numbers.plain(number);
            }
            return text(cell).strip();
        }

        /** A number cell, or a text that is a plain number; a problem at the cell otherwise; null if empty. */
        private BigDecimal number(int r, int c, String key) {
            if (key != null) {
                cells.put(key, ref(r, c));
            }
            Cell cell = cellAt(r, c);
            if (cell == null) {
                return null;
            }
            CellType type =
                    cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC) {
                return new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
            }
            String t = text(cell).strip().replace("，", "").replace(",", "");
            if (t.isEmpty() || t.equals("—") || t.equals("-") || t.equals("/")) {
                return null;
            }
            if (PLAIN.matcher(t).matches()) {
                return new BigDecimal(t);
            }
            problems.add(new Problem(source, null, ref(r, c), "expected a number, got \"" + t + "\""));
            return null;
        }

        private int column(int headerRow, String label) {
            Row row = sheet.getRow(headerRow);
            if (row != null) {
                for (Cell cell : row) {
                    if (text(cell).replaceAll("\\s", "").contains(label)) {
                        return cell.getColumnIndex();
                    }
                }
            }
            return -1;
        }

        private Cell find(String label) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (text(cell).replaceAll("\\s", "").equals(label)) {
                        return cell;
                    }
                }
            }
            return null;
        }

        private Cell cellAt(int r, int c) {
            Row row = sheet.getRow(r);
            return row == null || c < 0 ? null : row.getCell(c);
        }

        private int lastColumn(Cell cell) {
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                if (merged.isInRange(cell)) {
                    return merged.getLastColumn();
                }
            }
            return cell.getColumnIndex();
        }

        private int lastRow(Cell cell) {
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                if (merged.isInRange(cell)) {
                    return merged.getLastRow();
                }
            }
            return cell.getRowIndex();
        }

        private String ref(int r, int c) {
            return sheet.getSheetName() + "!" + new CellReference(r, Math.max(c, 0)).formatAsString(false);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> "";
        };
    }

    // ---- writing ----

    private static final int COLUMNS = 9;
    private static final int REASON_COLUMN = 9;

    /**
     * The form as a workbook in its usual layout: empty to fill in, or filled in with an evaluation's scores, each
     * row's 评分理由 in a last column.
     *
     * @param form the form
     * @param scores what an evaluation gave it, or {@code null} for the form as written
     * @return the workbook's bytes (.xlsx)
     */
    public static byte[] write(ProjectForm form, ProjectForm.Scores scores) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Writer(workbook, form, scores).write();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final Sheet sheet;
        private final ProjectForm form;
        private final ProjectForm.Scores scores;
        private final CellStyle title;
        private final CellStyle label;
        private final CellStyle text;
        private final CellStyle number;
        private final CellStyle input;
        private final CellStyle inputNumber;
        private final CellStyle reason;
        private final int last;

        Writer(XSSFWorkbook workbook, ProjectForm form, ProjectForm.Scores scores) {
            this.sheet = workbook.createSheet(TITLE);
            this.form = form;
            this.scores = scores;
            this.last = scores == null ? COLUMNS - 1 : REASON_COLUMN;
            Font big = workbook.createFont();
            big.setFontName("宋体");
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            Font bold = workbook.createFont();
            bold.setFontName("宋体");
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 10);
            Font plain = workbook.createFont();
            plain.setFontName("宋体");
            plain.setFontHeightInPoints((short) 10);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            label = boxed(workbook, bold, HorizontalAlignment.CENTER);
            label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = boxed(workbook, plain, HorizontalAlignment.LEFT);
            number = boxed(workbook, plain, HorizontalAlignment.CENTER);
            input = boxed(workbook, plain, HorizontalAlignment.LEFT);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            inputNumber = boxed(workbook, plain, HorizontalAlignment.CENTER);
            inputNumber.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            inputNumber.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            reason = boxed(workbook, plain, HorizontalAlignment.LEFT);
        }

        private static CellStyle boxed(Workbook workbook, Font font, HorizontalAlignment align) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(align);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        void write() {
            int[] widths = {9, 9, 10, 16, 12, 14, 6, 7, 22, 46};
            for (int c = 0; c <= last; c++) {
                sheet.setColumnWidth(c, widths[c] * 256 + 200);
            }
            put(0, 0, TITLE, title);
            merge(0, 0, 0, last);
            sheet.getRow(0).setHeightInPoints(28);
            put(1, 0, "（" + (form.year() == null ? "    " : form.year()) + "年度）", titleLike());
            merge(1, 1, 0, last);
            put(2, 0, "项目名称", label);
            put(2, 1, form.project(), scores == null ? input : text);
            merge(2, 2, 1, last);
            put(3, 0, "主管部门", label);
            put(3, 1, form.department(), scores == null ? input : text);
            merge(3, 3, 1, 3);
            put(3, 4, "实施单位", label);
            put(3, 5, form.unit(), scores == null ? input : text);
            merge(3, 3, 5, last);
            int r = 4;
            put(r, 0, "项目资金（万元）", label);
            put(r, 1, "", label);
            merge(r, r, 1, 2);
            String[] fundsHeader = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
            for (int i = 0; i < fundsHeader.length; i++) {
                put(r, 3 + i, fundsHeader[i], label);
            }
            for (int c = 9; c <= last; c++) {
                put(r, c, "评分理由", label);
            }
            List<ProjectForm.Funds> lines = new ArrayList<>(form.funds());
            for (int i = lines.size(); i < ProjectForm.FUNDS_LINES.size(); i++) {
                lines.add(new ProjectForm.Funds(ProjectForm.FUNDS_LINES.get(i), null, null, null, null, null));
            }
            for (int i = 0; i < lines.size(); i++) {
                ProjectForm.Funds line = lines.get(i);
                int row = r + 1 + i;
                put(row, 0, "", label);
                put(row, 1, line.name(), label);
                merge(row, row, 1, 2);
                put(row, 3, line.initial(), scores == null ? inputNumber : number);
                put(row, 4, line.budget(), scores == null ? inputNumber : number);
                put(row, 5, line.executed(), scores == null ? inputNumber : number);
                if (i == 0) {
                    put(row, 6, line.weight(), number);
                    put(
                            row,
                            7,
                            scores == null || scores.rate() == null ? "" : Numbers.plain(scores.rate()) + "%",
                            number);
                    put(row, 8, scores == null ? line.claimedScore() : scores.fundsScore(), number);
                    if (scores != null) {
                        put(row, 9, scores.fundsReason(), reason);
                    }
                } else {
                    for (int c = 6; c <= 8; c++) {
                        put(row, c, "—", number);
                    }
                    if (scores != null) {
                        put(row, 9, "", reason);
                    }
                }
            }
            merge(r, r + lines.size(), 0, 0);
            r += lines.size() + 1;
            put(r, 0, "年度总体目标", label);
            put(r, 1, "预期目标", label);
            merge(r, r, 1, 4);
            put(r, 5, "实际完成情况", label);
            merge(r, r, 5, last);
            put(r + 1, 0, "", label);
            put(r + 1, 1, form.expectedGoal(), scores == null ? input : text);
            merge(r + 1, r + 1, 1, 4);
            put(r + 1, 5, form.achievedGoal(), scores == null ? input : text);
            merge(r + 1, r + 1, 5, last);
            sheet.getRow(r + 1).setHeightInPoints(42);
            merge(r, r + 1, 0, 0);
            r += 2;
            int first = r;
            String[] header = {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "评分理由"};
            for (int c = 0; c <= last; c++) {
                put(r, c, header[c], label);
            }
            r++;
            int start1 = r;
            int start2 = r;
            for (int i = 0; i < form.rows().size(); i++) {
                ProjectForm.Row row = form.rows().get(i);
                boolean new1 =
                        i == 0 || !row.level1().equals(form.rows().get(i - 1).level1());
                boolean new2 =
                        new1 || !row.level2().equals(form.rows().get(i - 1).level2());
                if (new1 && i > 0) {
                    merge(start1, r - 1, 1, 1);
                }
                if (new2 && i > 0) {
                    merge(start2, r - 1, 2, 2);
                }
                start1 = new1 ? r : start1;
                start2 = new2 ? r : start2;
                put(r, 0, "", label);
                put(r, 1, new1 ? row.level1() : "", text);
                put(r, 2, new2 ? row.level2() : "", text);
                put(r, 3, row.name(), text);
                put(r, 4, row.target(), number);
                put(r, 5, row.actual(), scores == null ? input : text);
                put(r, 6, row.weight(), number);
                BigDecimal score =
                        scores == null ? row.score() : scores.rows().get(i).score();
                put(r, 7, score, scores == null ? inputNumber : number);
                put(r, 8, row.note(), scores == null ? input : text);
                if (scores != null) {
                    String why = scores.rows().get(i).reason();
                    if (row.score() != null
                            && score != null
                            && row.score().compareTo(score) != 0
                            && !row.qualitative()) {
                        why = "自评" + Numbers.plain(row.score()) + "分，复算" + Numbers.plain(score) + "分。" + why;
                    }
                    put(r, 9, why, reason);
                }
                r++;
            }
            if (!form.rows().isEmpty()) {
                merge(start1, r - 1, 1, 1);
                merge(start2, r - 1, 2, 2);
            }
            if (r - 1 > first) {
                merge(first, r - 1, 0, 0);
            }
            put(r, 0, "总分", label);
            for (int c = 1; c <= 5; c++) {
                put(r, c, "", label);
            }
            merge(r, r, 0, 5);
            put(r, 6, BigDecimal.valueOf(100), number);
            put(r, 7, scores == null ? form.claimedTotal() : scores.total(), scores == null ? inputNumber : number);
            if (scores == null) {
                put(r, 8, "", text);
            } else {
                String grade = "等级：" + scores.grade();
                put(r, 8, grade, text);
                String why = scores.totalNote();
                if (form.claimedTotal() != null && form.claimedTotal().compareTo(scores.total()) != 0) {
                    why = "自评" + Numbers.plain(form.claimedTotal()) + "分，复算" + Numbers.plain(scores.total()) + "分"
                            + (why.isEmpty() ? "。" : "；" + why + "。");
                } else if (!why.isEmpty()) {
                    why = why + "。";
                }
                put(r, 9, why, reason);
            }
            fitHeights(2, r);
            r += 2;
            put(
                    r,
                    0,
                    "填表说明：定量指标（年度指标值为数字的）填写实际完成值，未达成或偏离的须写明偏差原因；定性指标（年度指标值为文字的）"
                            + "由单位在“得分”栏评分，并在“偏差原因分析及改进措施”栏写明理由。金额单位：万元。",
                    null);
            merge(r, r, 0, last);
            sheet.getRow(r).setHeightInPoints(30);
            CellStyle wrap = sheet.getWorkbook().createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            sheet.getRow(r).getCell(0).setCellStyle(wrap);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(scores != null);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
        }

        /**
         * Each row as tall as its longest text needs, wrapped in its cell (or across the cells it is merged with): a
         * reason of eighty characters takes four lines of 评分理由, and none is cut off when printed.
         */
        private void fitHeights(int from, int to) {
            for (int r = from; r <= to; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                int lines = 1;
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    int first = cell.getColumnIndex();
                    int lastColumn = first;
                    boolean tall = false;
                    for (CellRangeAddress merged : sheet.getMergedRegions()) {
                        if (merged.isInRange(cell)) {
                            lastColumn = merged.getLastColumn();
                            tall = merged.getLastRow() > merged.getFirstRow();
                        }
                    }
                    if (tall) {
                        continue; // a level's name beside several rows has their height
                    }
                    int width = 0;
                    for (int c = first; c <= lastColumn; c++) {
                        width += sheet.getColumnWidth(c) / 256;
                    }
                    int needed = 0;
                    for (char ch : cell.getStringCellValue().toCharArray()) {
                        needed += ch < 0x2E80 ? 1 : 2;
                    }
                    int perLine = Math.max(width - 1, 1);
                    lines = Math.max(lines, (needed + perLine - 1) / perLine);
                }
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * 13f + 4f));
            }
        }

        private CellStyle titleLike() {
            CellStyle style = sheet.getWorkbook().createCellStyle();
            style.setAlignment(HorizontalAlignment.CENTER);
            return style;
        }

        private void put(int r, int c, Object value, CellStyle style) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            Cell cell = row.createCell(c);
            if (value instanceof BigDecimal n) {
                cell.setCellValue(n.doubleValue()); // a cell holds a double; the value is written as read or scored
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        private void merge(int r1, int r2, int c1, int c2) {
            if (r1 == r2 && c1 == c2) {
                return;
            }
            for (int r = r1; r <= r2; r++) {
                for (int c = c1; c <= c2; c++) {
                    Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                    if (row.getCell(c) == null) {
                        Cell cell = row.createCell(c);
                        Cell corner = sheet.getRow(r1).getCell(c1);
                        if (corner != null) {
                            cell.setCellStyle(corner.getCellStyle());
                        }
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }
}
