package org.jixiao.io.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles jixiao's workbooks use, made once per workbook. */
final class Styles {

    /** The font of Chinese finance documents. */
    static final String FONT = "宋体";

    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle number;
    final CellStyle input;
    final CellStyle plain;

    Styles(Workbook workbook) {
        Font normal = workbook.createFont();
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 11);
        Font bold = workbook.createFont();
        bold.setFontName(FONT);
        bold.setFontHeightInPoints((short) 11);
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setFontName(FONT);
        big.setFontHeightInPoints((short) 16);
        big.setBold(true);

        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setWrapText(true);

        plain = workbook.createCellStyle();
        plain.setFont(normal);
        plain.setVerticalAlignment(VerticalAlignment.CENTER);

        header = bordered(workbook, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        text = bordered(workbook, normal);
        text.setAlignment(HorizontalAlignment.CENTER);
        wrapped = bordered(workbook, normal);
        wrapped.setAlignment(HorizontalAlignment.LEFT);
        number = bordered(workbook, normal);
        number.setAlignment(HorizontalAlignment.CENTER);

        input = bordered(workbook, normal);
        input.setAlignment(HorizontalAlignment.CENTER);
        input.setLocked(false);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static CellStyle bordered(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** A4 landscape, one page wide, as a finance department prints a table. */
    static void a4Landscape(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
    }

    /** A column as wide as {@code chars} Chinese characters. */
    static void width(Sheet sheet, int column, int chars) {
        sheet.setColumnWidth(column, Math.min(255, chars * 2 + 1) * 256);
    }

    /**
     * Gives each row the height its wrapped text needs, counting a Chinese character as two columns: Excel and
     * WPS do not grow rows written by a program when they open the file.
     */
    static void fitRows(Sheet sheet, int from, int to) {
        for (int r = from; r <= to; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int lines = 1;
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
                        || !cell.getCellStyle().getWrapText()) {
                    continue;
                }
                int columns = Math.max(1, sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 1);
                int needed = 0;
                for (String line : cell.getStringCellValue().split("\n", -1)) {
                    needed += Math.max(1, (displayWidth(line) + columns - 1) / columns);
                }
                lines = Math.max(lines, needed);
            }
            row.setHeightInPoints(Math.max(sheet.getDefaultRowHeightInPoints(), lines * 14.5f + 3));
        }
    }

    /** Columns a text takes: two for a wide (Chinese) character, one for others. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += c >= 0x1100
                            && (c <= 0x115F
                                    || c >= 0x2E80 && c <= 0xA4CF
                                    || c >= 0xAC00 && c <= 0xD7A3
                                    || c >= 0xF900 && c <= 0xFAFF
                                    || c >= 0xFE30 && c <= 0xFE4F
                                    || c >= 0xFF00 && c <= 0xFF60
                                    || c >= 0xFFE0 && c <= 0xFFE6)
                    ? 2
                    : 1;
        }
        return width;
    }
}
