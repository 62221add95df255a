package org.jixiao.io.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.submission.Submission;

/** Test helpers: the built-in rubric, the Zhumadian example, and a template filled in by code as a clerk would. */
final class Workbooks {

    static final Engine ENGINE =
            Engine.builder().discover(Workbooks.class.getClassLoader()).build();
    static final CompiledRubric HENAN =
            ENGINE.loadRubric(RubricLibrary.onClassPath(Workbooks.class.getClassLoader()), "henan-2020-old-community");
    static final Path EXAMPLE = Path.of("..", "examples", "zhumadian-2020.json");

    private Workbooks() {}

    static Submission example() {
        return ENGINE.readSubmission(EXAMPLE);
    }

    /** The template filled with a submission's subject, facts and claims, as ExcelTemplate fills it. */
    static XSSFWorkbook filled(Submission submission) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(ExcelTemplate.write(HENAN, submission)));
    }

    /** A number as a number cell, anything else as text. */
    static void set(Sheet sheet, int r, int c, Object value) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    static Path save(Workbook workbook, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return Files.write(file, out.toByteArray());
    }

    /** The same cells in the old binary format (.xls), as WPS and old Excel save them. */
    static Path asXls(Workbook xlsx, Path file) throws IOException {
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
            return save(xls, file);
        }
    }

    static Workbook open(byte[] bytes) throws IOException {
        return WorkbookFactory.create(new ByteArrayInputStream(bytes));
    }
}
