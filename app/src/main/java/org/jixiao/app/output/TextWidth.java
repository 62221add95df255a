package org.jixiao.app.output;

/**
 * How many terminal cells text takes: East Asian wide and full-width characters (汉字, ，。（）) take
 * two, combining marks none, everything else one.
 */
public final class TextWidth {

    private TextWidth() {}

    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += cells(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    static int cells(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || codePoint == 0x200B) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0x303E)
                || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }

    /** {@code text} padded with spaces to {@code width} cells, on the right or on the left. */
    public static String pad(String text, int width, boolean right) {
        int missing = Math.max(0, width - of(text));
        return right ? " ".repeat(missing) + text : text + " ".repeat(missing);
    }
}
