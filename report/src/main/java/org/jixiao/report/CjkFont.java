package org.jixiao.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.engine.problem.InputException;

/**
 * The font charts draw Chinese with, found where it is installed on purpose, never whatever font happens to be
 * there: {@code $JIXIAO_CJK_FONT} (a .ttf, .otf or .ttc file), else the files of the usual CJK font packages
 * ({@code fonts-wqy-zenhei}, which {@code .ci/run} installs on Debian; Noto CJK; the Windows and macOS fonts).
 * A font is taken only if it draws every character of a test phrase.
 */
final class CjkFont {

    /** Characters every chart of a report draws. */
    static final String SAMPLE = "资金管理项目产出效益服务对象满意度得分分值驻马店市新蔡县完成率优良中差";

    static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/System/Library/Fonts/PingFang.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simsun.ttc");

    private static volatile Font found;

    private CjkFont() {}

    /** The base font, 12 points. */
    static Font get() {
        Font font = found;
        if (font == null) {
            font = find(System.getenv("JIXIAO_CJK_FONT"));
            found = font;
        }
        return font;
    }

    static Font find(String configured) {
        List<String> tried = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.addAll(KNOWN);
        for (String candidate : candidates) {
            Path file = Path.of(candidate);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            tried.add(candidate);
            try {
                for (Font font : Font.createFonts(file.toFile())) {
                    if (font.canDisplayUpTo(SAMPLE) == -1) {
                        return font.deriveFont(12f);
                    }
                }
            } catch (FontFormatException | IOException e) {
                // not a usable font file: try the next
            }
        }
        throw InputException.of(
                "charts",
                "charts",
                "no font that draws Chinese was found"
                        + (tried.isEmpty() ? "" : " (tried " + String.join(", ", tried) + ")")
                        + "; install one (Debian and"
                        + " Ubuntu: apt-get install fonts-wqy-zenhei) or set JIXIAO_CJK_FONT to a .ttf, .otf or .ttc file");
    }
}
