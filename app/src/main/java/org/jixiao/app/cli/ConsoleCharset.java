package org.jixiao.app.cli;

import java.io.Console;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The charset of what jixiao prints for a person: a Windows console's own (code page 936, GBK, on a Chinese office
 * PC), so that 总分98.1分 is readable there and not 鎬诲垎; UTF-8 everywhere else, and whenever the output goes to a
 * file or a pipe. {@code -Djixiao.console.charset=GBK} (or {@code JIXIAO_CONSOLE_CHARSET}) forces one.
 */
public final class ConsoleCharset {

    /** The property that forces a charset. */
    public static final String PROPERTY = "jixiao.console.charset";

    private ConsoleCharset() {}

    /**
     * The charset to print with.
     *
     * @return the forced charset, else a Windows console's, else UTF-8
     */
    public static Charset detect() {
        String forced = System.getProperty(PROPERTY, System.getenv("JIXIAO_CONSOLE_CHARSET"));
        if (forced != null && !forced.isBlank()) {
            try {
                return Charset.forName(forced.strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return StandardCharsets.UTF_8;
            }
        }
        Console console = System.console();
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return windows && console != null ? console.charset() : StandardCharsets.UTF_8;
    }
}
