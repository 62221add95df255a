package org.jixiao.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.submission.Submission;
import org.jixiao.io.excel.ExcelTemplate;

/**
 * Workbooks for the error catalogue: the template of the built-in rubric filled in with the Zhumadian example,
 * as a clerk would, then changed as the case says (a cell's value, a formula, merged or hidden cells, an extra
 * row, a password, another rubric version, damage, the old .xls format).
 */
final class WorkbookCases {

    private static final Engine ENGINE =
            Engine.builder().discover(WorkbookCases.class.getClassLoader()).build();
    private static final CompiledRubric HENAN = ENGINE.loadRubric(
            RubricLibrary.onClassPath(WorkbookCases.class.getClassLoader()), "henan-2020-old-community");

    private WorkbookCases() {}

    static Path write(Path file, JsonNode spec) throws IOException {
        if (spec.path("corrupt").asBoolean()) {
            return Files.write(
                    file, "PK\u0003\u0004 this is no workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        try (XSSFWorkbook workbook = spec.has("form")
                // a project self-evaluation form as its unit filled it in (examples/rubrics/example-project-*.xlsx)
                ? new XSSFWorkbook(Files.newInputStream(
                        Path.of("..", "examples").resolve(spec.get("form").asText())))
                : filled(
                        ENGINE.readSubmission(
                                spec.has("from") ? Path.of(spec.get("from").asText()) : CliRun.ZHUMADIAN),
                        spec.path("level").asText("市"))) {
            spec.path("cells").fields().forEachRemaining(cell -> set(workbook, cell.getKey(), cell.getValue()));
            spec.path("formulas").fields().forEachRemaining(cell -> {
                Cell target = cell(workbook, cell.getKey());
                target.setCellFormula(cell.getValue().asText());
                workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(target);
            });
            // as Excel saves what a clerk types: 86% is 0.86 shown with a percent format
            spec.path("percent-cells").fields().forEachRemaining(cell -> {
                Cell target = cell(workbook, cell.getKey());
                target.setCellValue(cell.getValue().decimalValue().doubleValue());
                target.setCellStyle(styled(workbook, target, "0.0%"));
            });
            spec.path("date-cells").fields().forEachRemaining(cell -> {
                Cell target = cell(workbook, cell.getKey());
                target.setCellValue(java.time.LocalDate.parse(cell.getValue().asText()));
                target.setCellStyle(styled(workbook, target, "yyyy-mm-dd"));
            });
            spec.path("boolean-cells").fields().forEachRemaining(cell -> cell(workbook, cell.getKey())
                    .setCellValue(cell.getValue().asBoolean()));
            // as a program that does not calculate saves a formula: no stored result
            spec.path("uncached-formulas").fields().forEachRemaining(cell -> {
                org.apache.poi.xssf.usermodel.XSSFCell target =
                        (org.apache.poi.xssf.usermodel.XSSFCell) cell(workbook, cell.getKey());
                target.setCellFormula(cell.getValue().asText());
                if (target.getCTCell().isSetV()) {
                    target.getCTCell().unsetV();
                }
            });
            if (spec.has("merge")) {
                String[] at = spec.get("merge").asText().split("!");
                workbook.getSheet(at[0]).addMergedRegion(CellRangeAddress.valueOf(at[1]));
            }
            if (spec.has("insert-row")) {
                // as Excel inserts a row on an unprotected sheet: everything below moves down one
                Sheet fill = workbook.getSheet("填报");
                fill.protectSheet(null);
                fill.shiftRows(spec.get("insert-row").asInt() - 1, fill.getLastRowNum(), 1);
            }
            if (spec.has("hide-row")) {
                workbook.getSheet("填报").getRow(spec.get("hide-row").asInt() - 1).setZeroHeight(true);
            }
            if (spec.has("extra-row")) {
                Row row =
                        workbook.getSheet("填报").createRow(spec.get("extra-row").asInt() - 1);
                row.createCell(1).setCellValue("加装电梯（部）");
                row.createCell(5).setCellValue(12);
            }
            if (spec.has("rubric-sha")) {
                workbook.getSheet("jixiao")
                        .getRow(3)
                        .getCell(1)
                        .setCellValue(spec.get("rubric-sha").asText());
            }
            byte[] bytes = bytes(workbook);
            if (spec.has("password")) {
                return Files.write(file, encrypted(bytes, spec.get("password").asText()));
            }
            if (file.toString().endsWith(".xls")) {
                return Files.write(file, xls(workbook));
            }
            return Files.write(file, bytes);
        }
    }

    /**
     * A round's folder as offices leave it: every county's JSON of the example as a workbook of level 县（区）, the
     * city's as a workbook of level 市, then each of {@code extra} — another workbook ({@code file}, {@code from},
     * {@code level}, {@code cells}) or a raw file ({@code file}, {@code bytes}).
     */
    static Path round(Path folder, JsonNode spec) throws IOException {
        Files.createDirectories(folder);
        Path counties = Path.of("..", "examples", "zhumadian-2020-counties");
        try (java.util.stream.Stream<Path> files = Files.list(counties)) {
            for (Path json :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = json.getFileName().toString().replace(".json", ".xlsx");
                com.fasterxml.jackson.databind.node.ObjectNode one =
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                one.put("from", json.toString());
                one.put("level", name.startsWith("city") ? "市" : "县（区）");
                write(folder.resolve(name), one);
            }
        }
        for (JsonNode extra : spec.path("extra")) {
            Path file = folder.resolve(extra.get("file").asText());
            if (extra.has("bytes")) {
                Files.writeString(file, extra.get("bytes").asText());
            } else {
                com.fasterxml.jackson.databind.node.ObjectNode one = extra.deepCopy();
                one.put("from", counties.resolve(extra.get("from").asText()).toString());
                write(file, one);
            }
        }
        return folder;
    }

    private static XSSFWorkbook filled(Submission example, String level) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ExcelTemplate.write(HENAN)));
        Sheet fill = workbook.getSheet("填报");
        value(fill.getRow(2).getCell(1), example.subject().region());
        value(fill.getRow(2).getCell(4), level);
        value(fill.getRow(3).getCell(1), BigDecimal.valueOf(example.subject().year()));
        value(fill.getRow(3).getCell(4), example.subject().program());
        for (int r = 6; r <= fill.getLastRowNum(); r++) {
            Object fact = example.facts().get(fill.getRow(r).getCell(7).getStringCellValue());
            if (fact instanceof Map<?, ?> pair) {
                value(fill.getRow(r).getCell(4), pair.get("plan"));
                value(fill.getRow(r).getCell(5), pair.get("actual"));
            } else if (fact instanceof Boolean flag) {
                value(fill.getRow(r).getCell(5), flag ? "是" : "否");
            } else if (fact != null) {
                value(fill.getRow(r).getCell(5), fact);
            }
        }
        Sheet claims = workbook.getSheet("自评得分");
        for (int r = 3; r <= claims.getLastRowNum(); r++) {
            BigDecimal claim = example.claimed().get(claims.getRow(r).getCell(4).getStringCellValue());
            if (claim != null) {
                value(claims.getRow(r).getCell(3), claim);
            }
        }
        return workbook;
    }

    private static Cell cell(Workbook workbook, String reference) {
        CellReference ref = new CellReference(reference);
        Sheet sheet = workbook.getSheet(ref.getSheetName());
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    /** The cell's own style with another number format, as Excel gives a cell when a percent or date is typed. */
    private static org.apache.poi.ss.usermodel.CellStyle styled(Workbook workbook, Cell cell, String format) {
        org.apache.poi.ss.usermodel.CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(cell.getCellStyle());
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static void set(Workbook workbook, String reference, JsonNode value) {
        Cell cell = cell(workbook, reference);
        if (value.isNull()) {
            cell.setBlank();
        } else if (value.isNumber()) {
            cell.setCellValue(value.decimalValue().doubleValue());
        } else {
            cell.setCellValue(value.asText());
        }
    }

    private static void value(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(new BigDecimal(number.toString()).doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static byte[] encrypted(byte[] xlsx, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(xlsx);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] xls(Workbook xlsx) throws IOException {
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            for (int s = 0; s < xlsx.getNumberOfSheets(); s++) {
                Sheet from = xlsx.getSheetAt(s);
                Sheet to = xls.createSheet(from.getSheetName());
                for (Row row : from) {
                    Row copy = to.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        Cell c = copy.createCell(cell.getColumnIndex());
                        if (cell.getCellType() == CellType.NUMERIC) {
                            c.setCellValue(cell.getNumericCellValue());
                        } else if (cell.getCellType() == CellType.STRING) {
                            c.setCellValue(cell.getStringCellValue());
                        }
                    }
                }
            }
            return bytes(xls);
        }
    }
}
