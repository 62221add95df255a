package org.jixiao.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.jixiao.engine.form.FactForm;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.read.Locator;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.Api;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.Subject;

/**
 * Reads a filled-in template (.xlsx, or .xls as many counties still save) back as a {@link Submission}. Every
 * problem names the file, the sheet and the cell and what was expected ({@code county.xlsx: 填报!F7: 改造户数
 * 实际数: expected a number, got "1,766"}), and the submission's positions are cells too, so that the engine's
 * own messages point into the workbook. Numbers stored as text are read when they are plain decimals; formulas
 * give their cached values; hidden rows are read like the others.
 *
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public final class ExcelSubmissions {

    /** Largest workbook read, in bytes. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private ExcelSubmissions() {}

    /**
     * Whether a file is one this reader reads, by its extension.
     *
     * @param file the file
     * @return {@code true} for .xlsx and .xls
     */
    public static boolean handles(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls");
    }

    /**
     * A workbook as read: the submission, and the rubric it was made from.
     *
     * @param submission the submission, its rubric set to the workbook's; never {@code null}
     * @param rubricId the rubric id the template was made from
     * @param version that rubric's version
     * @param sha256 that rubric's SHA-256
     */
    public record Read(Submission submission, String rubricId, String version, String sha256) {

        /**
         * Checks that the workbook was made from this rubric, exactly.
         *
         * @param rubric the rubric it is about to be scored with
         * @return this
         * @throws InputException naming both rubrics when it was made from another one or another version
         */
        public Read madeFrom(CompiledRubric rubric) {
            if (!rubric.ref().sha256().equals(sha256)) {
                throw new InputException(
                        "workbook",
                        new Problem(
                                submission.source(),
                                null,
                                Layout.ref(Layout.META, 3, 1),
                                "this workbook was made from rubric " + rubricId + " " + version + " (sha256 "
                                        + sha256.substring(0, Math.min(12, sha256.length())) + "), not from "
                                        + rubric.ref().id()
                                        + " " + rubric.ref().version() + " (sha256 "
                                        + rubric.ref().sha256().substring(0, 12)
                                        + "); fill in a template made from it: jixiao template "
                                        + rubric.ref().id()));
            }
            return this;
        }
    }

    /**
     * Reads a workbook.
     *
     * @param file the .xlsx or .xls file
     * @return the submission and the rubric the workbook was made from
     * @throws InputException listing every problem, each with its sheet and cell
     */
    public static Read read(Path file) {
        String source = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw InputException.of(
                        "workbook",
                        source,
                        "file is " + Files.size(file) + " bytes; workbooks larger than " + MAX_BYTES
                                + " bytes are refused");
            }
        } catch (NoSuchFileException e) {
            throw InputException.of("workbook", source, "no such file");
        } catch (IOException e) {
            throw InputException.of("workbook", source, "cannot read: " + e.getMessage());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // a device or a pipe named .xlsx says nothing of its size: read at most the limit and one byte
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw InputException.of("workbook", source, "cannot read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw InputException.of(
                    "workbook",
                    source,
                    "is larger than 16 MiB (" + MAX_BYTES + " bytes); workbooks larger than that are refused, and"
                            + " reading stopped there");
        }
        try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes))) {
            return new Reader(source, workbook).read();
        } catch (EncryptedDocumentException e) {
            throw InputException.of(
                    "workbook",
                    source,
                    "the workbook is password-protected;"
                            + " save it without a password (文件 → 信息 → 保护工作簿) and give it again");
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw InputException.of(
                    "workbook",
                    source,
                    "is not a readable Excel workbook"
                            + " (.xlsx or .xls): it may be damaged, or another kind of file renamed; open it in Excel or WPS and"
                            + " save it again");
        }
    }

    /** Reads one open workbook, collecting every problem. */
    private static final class Reader {
        private final String source;
        private final Workbook workbook;
        private final List<Problem> problems = new ArrayList<>();
        private final List<Problem> notes = new ArrayList<>();
        private final Map<String, String> cells = new HashMap<>();
        private final CellReading reading;

        Reader(String source, Workbook workbook) {
            this.source = source;
            this.workbook = workbook;
            this.reading = new CellReading(workbook.getCreationHelper().createFormulaEvaluator());
        }

        Read read() {
            Sheet meta = workbook.getSheet(Layout.META);
            Sheet fill = workbook.getSheet(Layout.FILL);
            if (meta == null || fill == null) {
                throw InputException.of(
                        "workbook",
                        source,
                        "was not made from a jixiao"
                                + " template (it has no sheet " + (fill == null ? Layout.FILL : Layout.META)
                                + "); make one"
                                + " with: jixiao template RUBRIC -o FILE.xlsx");
            }
            String format = text(meta, Layout.META_FORMAT, 1);
            if (!Layout.FORMAT.equals(format)) {
                throw new InputException(
                        "workbook",
                        new Problem(
                                source,
                                null,
                                Layout.ref(Layout.META, 0, 1),
                                "the template's layout is " + format + "; this jixiao reads " + Layout.FORMAT
                                        + ": make a new template with jixiao template"));
            }
            String rubric = text(meta, Layout.META_RUBRIC, 1);
            String version = text(meta, Layout.META_VERSION, 1);
            String sha = text(meta, Layout.META_SHA, 1);
            checkLayout(fill, Layout.FACT_HEADER_ROW, Layout.FACT_HEADERS);
            Sheet claimSheet = workbook.getSheet(Layout.CLAIMS);
            if (claimSheet != null) {
                checkLayout(claimSheet, Layout.CLAIM_HEADER_ROW, Layout.CLAIM_HEADERS);
            }
            checkMerged(fill);
            Subject subject = subject(fill);
            Map<String, Object> facts = facts(fill, subject.level());
            Map<String, BigDecimal> claimed = claims(workbook.getSheet(Layout.CLAIMS));
            if (!problems.isEmpty()) {
                throw new InputException("workbook", problems);
            }
            Submission submission =
                    new Submission(source, subject, rubric, facts, claimed, Locator.cells(source, cells, notes));
            return new Read(submission, rubric, version, sha);
        }

        /**
         * The headings stand where the template put them; otherwise a row or column was inserted or deleted and every
         * figure would be read from the wrong cell, so the workbook is refused, saying where the heading went.
         */
        private void checkLayout(Sheet sheet, int headerRow, String[] headers) {
            boolean inPlace = true;
            for (int c = 0; c < headers.length && inPlace; c++) {
                inPlace = headers[c].equals(text(sheet, headerRow, c));
            }
            if (inPlace) {
                return;
            }
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), headerRow + 50); r++) {
                if (r != headerRow && headers[0].equals(text(sheet, r, 0)) && headers[1].equals(text(sheet, r, 1))) {
                    throw new InputException(
                            "workbook",
                            new Problem(
                                    source,
                                    null,
                                    Layout.ref(sheet.getSheetName(), r, 0),
                                    "the rows of " + sheet.getSheetName() + " have moved: row " + (r + 1)
                                            + " holds the heading,"
                                            + " the template put it in row " + (headerRow + 1)
                                            + " (a row was inserted or"
                                            + " deleted above it); every figure below would be read from the wrong row: fill"
                                            + " in a new template, or undo the change"));
                }
            }
            for (int c = 0; c < headers.length; c++) {
                String found = text(sheet, headerRow, c);
                if (!headers[c].equals(found)) {
                    throw new InputException(
                            "workbook",
                            new Problem(
                                    source,
                                    null,
                                    Layout.ref(sheet.getSheetName(), headerRow, c),
                                    "the layout of " + sheet.getSheetName()
                                            + " has moved: this cell should hold the heading "
                                            + headers[c] + ", it holds "
                                            + (found.isEmpty() ? "nothing" : "\"" + found + "\"")
                                            + " (a column or row was inserted or deleted); fill in a new template, or undo the"
                                            + " change"));
                }
            }
        }

        private void checkMerged(Sheet fill) {
            for (CellRangeAddress merged : fill.getMergedRegions()) {
                if (merged.getLastRow() >= Layout.FIRST_FACT_ROW
                        && merged.getLastColumn() >= Layout.COL_PLAN
                        && merged.getFirstColumn() <= Layout.COL_VALUE) {
                    problems.add(new Problem(
                            source,
                            null,
                            Layout.FILL + "!" + merged.formatAsString(),
                            "these cells are merged; every figure needs a cell of its own: unmerge them"));
                }
            }
        }

        private Subject subject(Sheet fill) {
            String region = optionalText(fill, Layout.REGION_ROW, Layout.SUBJECT_VALUE_COL, "填报单位");
            String levelWritten = optionalText(fill, Layout.REGION_ROW, Layout.SUBJECT_SECOND_VALUE_COL, "级别");
            String level = null;
            if (levelWritten != null) {
                level = Layout.LEVELS.get(levelWritten);
                if (level == null) {
                    problems.add(new Problem(
                            source,
                            null,
                            Layout.ref(Layout.FILL, Layout.REGION_ROW, Layout.SUBJECT_SECOND_VALUE_COL),
                            "级别: expected 县（区）, 市 or 省, got \"" + levelWritten + "\""));
                }
            }
            Integer year = null;
            BigDecimal written = number(fill, Layout.YEAR_ROW, Layout.SUBJECT_VALUE_COL, "年度", false);
            if (written != null) {
                if (written.stripTrailingZeros().scale() > 0
                        || written.compareTo(BigDecimal.valueOf(1949)) < 0
                        || written.compareTo(BigDecimal.valueOf(2200)) > 0) {
                    problems.add(new Problem(
                            source,
                            null,
                            Layout.ref(Layout.FILL, Layout.YEAR_ROW, Layout.SUBJECT_VALUE_COL),
                            "年度: expected a year such as 2020, got " + written.toPlainString()));
                } else {
                    year = written.intValueExact();
                }
            }
            cells.put("subject.year", Layout.ref(Layout.FILL, Layout.YEAR_ROW, Layout.SUBJECT_VALUE_COL));
            cells.put("subject.region", Layout.ref(Layout.FILL, Layout.REGION_ROW, Layout.SUBJECT_VALUE_COL));
            String program = optionalText(fill, Layout.YEAR_ROW, Layout.SUBJECT_SECOND_VALUE_COL, "项目名称");
            return new Subject(region, level, year, program);
        }

        /**
         * The facts; in an upper level's workbook (市, 省) a row the counties supply (由各县（区）汇总) may be left empty,
         * and a roll-up weight may too; a county's workbook needs every row.
         */
        private Map<String, Object> facts(Sheet fill, String level) {
            boolean upper = level != null && !level.equals("county");
            Map<String, Object> facts = new LinkedHashMap<>();
            for (int r = Layout.FIRST_FACT_ROW; r <= fill.getLastRowNum(); r++) {
                Row row = fill.getRow(r);
                if (row == null) {
                    continue;
                }
                String key = raw(row.getCell(Layout.COL_KEY));
                if (key == null || key.isBlank()) {
                    if (hasContent(row)) {
                        problems.add(new Problem(
                                source,
                                null,
                                Layout.ref(Layout.FILL, r, 0),
                                "this row is not one the"
                                        + " template made (extra rows are not read, so its figures would be lost); delete it,"
                                        + " or write notes on another sheet"));
                    }
                    continue;
                }
                String label = raw(row.getCell(Layout.COL_LABEL));
                FactKind kind = kind(raw(row.getCell(Layout.COL_KIND)));
                String who = raw(row.getCell(Layout.COL_WHO));
                boolean weight = Layout.WEIGHT.equals(who);
                boolean optional = upper && (weight || Layout.FROM_COUNTIES.equals(who)) || weight && level == null;
                String valueCell = Layout.ref(Layout.FILL, r, Layout.COL_VALUE);
                if (optional && blank(fill, r, Layout.COL_PLAN) && blank(fill, r, Layout.COL_VALUE)) {
                    cells.put(
                            "facts." + key,
                            kind == FactKind.PLAN_ACTUAL ? Layout.ref(Layout.FILL, r, Layout.COL_PLAN) : valueCell);
                    continue;
                }
                if (kind == FactKind.PLAN_ACTUAL) {
                    BigDecimal plan = number(fill, r, Layout.COL_PLAN, label + " 计划数", true);
                    BigDecimal actual = number(fill, r, Layout.COL_VALUE, label + " 实际数", true);
                    cells.put("facts." + key, Layout.ref(Layout.FILL, r, Layout.COL_PLAN));
                    cells.put("facts." + key + ".plan", Layout.ref(Layout.FILL, r, Layout.COL_PLAN));
                    cells.put("facts." + key + ".actual", valueCell);
                    if (plan != null && actual != null) {
                        Map<String, Object> pair = new LinkedHashMap<>();
                        pair.put("plan", plan);
                        pair.put("actual", actual);
                        facts.put(key, pair);
                    }
                    continue;
                }
                cells.put("facts." + key, valueCell);
                Object value =
                        switch (kind) {
                            case FLAG -> flag(fill, r, label);
                            case TEXT -> weight ? null : requiredText(fill, r, label);
                            default -> number(fill, r, Layout.COL_VALUE, label, true, kind == FactKind.PERCENT);
                        };
                if (value != null) {
                    facts.put(key, value);
                }
            }
            return facts;
        }

        private Map<String, BigDecimal> claims(Sheet sheet) {
            Map<String, BigDecimal> claimed = new LinkedHashMap<>();
            if (sheet == null) {
                return claimed;
            }
            for (int r = Layout.FIRST_CLAIM_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String key = row == null ? null : raw(row.getCell(Layout.CLAIM_COL_KEY));
                if (key == null || key.isBlank()) {
                    continue;
                }
                String name = raw(row.getCell(Layout.CLAIM_COL_NAME));
                String label =
                        (name == null || name.isBlank() ? raw(row.getCell(Layout.CLAIM_COL_GROUP)) : name) + " 市县评价得分";
                BigDecimal value = number(sheet, r, Layout.CLAIM_COL_VALUE, label, false);
                cells.put("claimed." + key, Layout.ref(sheet.getSheetName(), r, Layout.CLAIM_COL_VALUE));
                if (value != null) {
                    claimed.put(key, value);
                }
            }
            return claimed;
        }

        private Boolean flag(Sheet sheet, int r, String label) {
            Cell cell = cell(sheet, r, Layout.COL_VALUE);
            CellType type = type(cell);
            if (type == CellType.BOOLEAN) {
                return cell.getBooleanCellValue();
            }
            String text = raw(cell);
            if (text == null || text.isBlank()) {
                problem(sheet, r, Layout.COL_VALUE, label + ": required, but empty; write 是 or 否");
                return null;
            }
            return switch (text.strip()) {
                case "是", "TRUE", "true" -> Boolean.TRUE;
                case "否", "FALSE", "false" -> Boolean.FALSE;
                default -> {
                    problem(sheet, r, Layout.COL_VALUE, label + ": expected 是 or 否, got \"" + text.strip() + "\"");
                    yield null;
                }
            };
        }

        private String requiredText(Sheet sheet, int r, String label) {
            String text = raw(cell(sheet, r, Layout.COL_VALUE));
            if (text == null || text.isBlank()) {
                problem(sheet, r, Layout.COL_VALUE, label + ": required, but empty");
                return null;
            }
            return text.strip();
        }

        /** A number cell, read as {@link CellReading} says; a refusal is named with its cell, a note kept. */
        private BigDecimal number(Sheet sheet, int r, int c, String label, boolean required) {
            return number(sheet, r, c, label, required, false);
        }

        private BigDecimal number(Sheet sheet, int r, int c, String label, boolean required, boolean percent) {
            CellReading.Result read = reading.number(cell(sheet, r, c), percent);
            if (read.refusal() != null) {
                problem(sheet, r, c, label + ": " + read.refusal());
                return null;
            }
            if (read.value() == null) {
                if (required) {
                    problem(sheet, r, c, label + ": required, but empty; expected a number");
                }
                return null;
            }
            if (read.note() != null) {
                notes.add(
                        new Problem(source, null, Layout.ref(sheet.getSheetName(), r, c), label + ": " + read.note()));
            }
            return read.value();
        }

        private String optionalText(Sheet sheet, int r, int c, String label) {
            String text = raw(cell(sheet, r, c));
            if (text == null || text.isBlank()) {
                return null;
            }
            String written = text.strip();
            if (written.chars().anyMatch(ch -> ch < 0x20 || ch >= 0x7F && ch <= 0x9F)) {
                problem(
                        sheet,
                        r,
                        c,
                        label + ": the text holds a line break or a control character; write it on one" + " line");
                return null;
            }
            return written;
        }

        private void problem(Sheet sheet, int r, int c, String message) {
            problems.add(new Problem(source, null, Layout.ref(sheet.getSheetName(), r, c), message));
        }

        private static Cell cell(Sheet sheet, int r, int c) {
            Row row = sheet.getRow(r);
            return row == null ? null : row.getCell(c);
        }

        /** The value's type: a formula's cached result type, BLANK for no cell. */
        private static CellType type(Cell cell) {
            if (cell == null) {
                return CellType.BLANK;
            }
            return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        }

        /** A cell as text: strings as written, numbers as Excel shows them, booleans as TRUE/FALSE. */
        private static String raw(Cell cell) {
            return switch (type(cell)) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                default -> null;
            };
        }

        private static String text(Sheet sheet, int r, int c) {
            String text = raw(cell(sheet, r, c));
            return text == null ? "" : text.strip();
        }

        private static boolean blank(Sheet sheet, int r, int c) {
            Cell cell = cell(sheet, r, c);
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                return false;
            }
            String text = raw(cell);
            return text == null || text.isBlank();
        }

        private static boolean hasContent(Row row) {
            for (Cell cell : row) {
                String text = raw(cell);
                if (text != null && !text.isBlank()) {
                    return true;
                }
            }
            return false;
        }

        private static FactKind kind(String asked) {
            for (FactKind kind : FactKind.values()) {
                if (FactForm.asked(kind).equals(asked)) {
                    return kind;
                }
            }
            return FactKind.DECIMAL;
        }
    }
}
