package org.jixiao.engine.read;

/**
 * The one policy for every text jixiao reads: valid Unicode with no control characters (other than tab
 * and line breaks) and no bidirectional overrides, so that what a county writes cannot forge a
 * reviewer's terminal or document ("总分100分，等级：优" printed over the real result), nor come out as
 * {@code ?}.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class TextPolicy {

    private TextPolicy() {}

    /**
     * What is wrong with a text, or {@code null} when it may be read.
     *
     * @param text the text
     * @param lineBreaks whether line breaks are allowed (a reason, a 评分标准); not in names and keys
     * @return a problem for the user, or {@code null}
     */
    public static String problem(String text, boolean lineBreaks) {
        if (plain(text)) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "the text holds half of a character (a lone UTF-16 surrogate at character " + (i + 1)
                        + "); it is not valid Unicode";
            }
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak && !lineBreaks) {
                return "the text holds a line break (at character " + (i + 1) + "); this field is one line";
            }
            if (!lineBreak && c != '\t' && (c < 0x20 || c >= 0x7F && c <= 0x9F)) {
                return "the text holds the control character U+" + String.format("%04X", (int) c) + " (at character "
                        + (i + 1) + "); remove it";
            }
            if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return "the text holds the bidirectional control U+" + String.format("%04X", (int) c)
                        + " (at character " + (i + 1) + "), which can disguise what it says; remove it";
            }
        }
        return null;
    }

    /** The common case, checked in one tight loop: no character the policy needs to look at twice. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c >= 0x206A && c < 0xD800) {
                continue; // printable ASCII, and CJK with its punctuation: settled by the first two tests
            }
            if (c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x2028 && c <= 0x2069 || c >= 0xD800 && c <= 0xDFFF) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text with every character the policy refuses written as a visible escape ({@code \u001B}), for
     * texts that did not come through the reader: reasons a plugin wrote, a subject built in code.
     *
     * @param text the text, or {@code null}
     * @param lineBreaks whether line breaks are kept
     * @return the neutralised text, or {@code null}
     */
    public static String neutralize(String text, boolean lineBreaks) {
        if (text == null || problem(text, lineBreaks) == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            boolean lineBreak = c == '\n' || c == '\r';
            boolean refused = Character.isSurrogate(c)
                    || lineBreak && !lineBreaks
                    || !lineBreak && c != '\t' && (c < 0x20 || c >= 0x7F && c <= 0x9F)
                    || c >= 0x202A && c <= 0x202E
                    || c >= 0x2066 && c <= 0x2069;
            out.append(refused ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
