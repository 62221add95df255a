package org.jixiao.io.excel;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * What a number cell holds, read as the person who typed it meant it. Excel's everyday habits are decided here,
 * in one place, for every number a workbook gives (facts, plans, claimed scores, the year):
 *
 * <ul>
 *   <li>a cell formatted as a percent holds a fraction ({@code 86%} is stored as 0.86): in a percent row it is
 *       scaled to 86 and a note says so; in any other row it is refused, since no count or area is a percent;
 *   <li>text such as {@code "86%"} likewise; full-width digits ({@code ３３６２３}) are read as digits, with a note;
 *   <li>a formula gives its stored result; a formula saved without one (by a program that does not calculate) is
 *       calculated here, and refused at its cell when it cannot be: never read as 0;
 *   <li>a date, a TRUE/FALSE or an error in a number cell is refused, naming what the cell shows.
 * </ul>
 */
final class CellReading {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,12})?");
    private static final Pattern PERCENT_TEXT = Pattern.compile("(-?(0|[1-9]\\d{0,14})(\\.\\d{1,12})?)\\s*[%％]");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A number read from a cell, or why it could not be; {@code note} says how it was read when not plainly. */
    record Result(BigDecimal value, String note, String refusal) {
        static Result of(BigDecimal value) {
            return new Result(value, null, null);
        }

        static Result noted(BigDecimal value, String note) {
            return new Result(value, note, null);
        }

        static Result refused(String refusal) {
            return new Result(null, null, refusal);
        }

        static final Result EMPTY = new Result(null, null, null);

        boolean empty() {
            return value == null && refusal == null;
        }
    }

    private final FormulaEvaluator evaluator;

    CellReading(FormulaEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * The number in a cell.
     *
     * @param cell the cell, or null
     * @param percent whether the row asks for a percent (0 to 100)
     */
    Result number(Cell cell, boolean percent) {
        if (cell == null) {
            return Result.EMPTY;
        }
        CellType type = cell.getCellType();
        boolean formula = type == CellType.FORMULA;
        if (formula) {
            if (!hasStoredResult(cell)) {
                return calculated(cell, percent);
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> numeric(cell, cell.getNumericCellValue(), percent);
            case STRING -> text(cell.getStringCellValue(), percent);
            case BOOLEAN -> Result.refused("expected a number, got " + (cell.getBooleanCellValue() ? "TRUE" : "FALSE")
                    + (formula ? " (the result of its formula " + cell.getCellFormula() + ")" : ""));
            case ERROR -> Result.refused("the cell holds an error ("
                    + (formula ? "its formula " + cell.getCellFormula() + " fails" : "#ERROR")
                    + "); expected a number");
            default -> Result.EMPTY;
        };
    }

    /** A formula cell with no stored result: calculated here, or refused at its cell. */
    private Result calculated(Cell cell, boolean percent) {
        String formula = cell.getCellFormula();
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            value = null;
        }
        if (value == null || value.getCellType() == CellType.ERROR) {
            return Result.refused("the formula " + formula + " has no computed value and cannot be calculated here;"
                    + " open and save the file in Excel or WPS so that it is calculated, or write the figure itself");
        }
        Result read =
                switch (value.getCellType()) {
                    case NUMERIC -> numeric(cell, value.getNumberValue(), percent);
                    case STRING -> text(value.getStringValue(), percent);
                    default -> Result.refused(
                            "expected a number, got the formula " + formula + " giving " + value.formatAsString());
                };
        if (read.value() == null) {
            return read;
        }
        String note = "公式" + formula + "保存时没有计算结果，已按公式算得" + read.value().toPlainString();
        return Result.noted(read.value(), read.note() == null ? note : note + "；" + read.note());
    }

    private static Result numeric(Cell cell, double value, boolean percent) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= 1e15) {
            return Result.refused("expected a number of at most 15 digits, got " + NumberToTextConverter.toText(value));
        }
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            String shown = DateUtil.getLocalDateTime(value).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            return Result.refused("the cell is formatted as a date and shows " + shown
                    + "; expected a number: format the cell as 常规 (General) and write the figure");
        }
        BigDecimal number = new BigDecimal(NumberToTextConverter.toText(value));
        if (percentFormatted(cell)) {
            BigDecimal scaled = number.multiply(HUNDRED).stripTrailingZeros();
            if (scaled.scale() < 0) {
                scaled = scaled.setScale(0);
            }
            if (!percent) {
                return Result.refused("the cell is formatted as a percent and shows " + scaled.toPlainString()
                        + "%, but this row does not ask for a percent; format the cell as 常规 (General) and write"
                        + " the figure in the row's unit");
            }
            return Result.noted(
                    scaled, "单元格为百分比格式（存储值" + number.toPlainString() + "），按" + scaled.toPlainString() + "%读取");
        }
        return Result.of(number);
    }

    private static Result text(String text, boolean percent) {
        if (text == null || text.isBlank()) {
            return Result.EMPTY;
        }
        String written = text.strip();
        String note = null;
        String normal = Normalizer.normalize(written, Normalizer.Form.NFKC);
        if (!normal.equals(written)
                && (PLAIN_NUMBER.matcher(normal).matches()
                        || PERCENT_TEXT.matcher(normal).matches())) {
            note = "全角字符“" + written + "”按" + normal + "读取";
            written = normal;
        }
        if (PLAIN_NUMBER.matcher(written).matches()) {
            BigDecimal number = new BigDecimal(written);
            return note == null ? Result.of(number) : Result.noted(number, note);
        }
        var percentText = PERCENT_TEXT.matcher(written);
        if (percentText.matches()) {
            if (!percent) {
                return Result.refused("expected a number, got \"" + written + "\"; this row does not ask for a"
                        + " percent: write the figure in the row's unit");
            }
            BigDecimal number = new BigDecimal(percentText.group(1));
            String read = "文字“" + written + "”按" + number.toPlainString() + "%读取";
            return Result.noted(number, note == null ? read : note + "；" + read);
        }
        return Result.refused("expected a number, got \""
                + (written.length() > 40 ? written.substring(0, 40) + "…" : written)
                + "\"; write digits only, without units or thousands separators");
    }

    /** Whether the cell's number format shows a percent (a % outside quoted text). */
    static boolean percentFormatted(Cell cell) {
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a formula cell was saved with its result. Excel and LibreOffice always store one; a file written by a
     * program that does not calculate may not, and POI then reports 0.
     */
    private static boolean hasStoredResult(Cell cell) {
        if (cell instanceof XSSFCell xssf) {
            return xssf.getCTCell().isSetV();
        }
        return true; // .xls formula records always carry their last result
    }
}
