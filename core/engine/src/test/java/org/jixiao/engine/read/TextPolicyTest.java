package org.jixiao.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text policy, character by character: what it refuses and what it lets through. */
class TextPolicyTest {

    @Test
    void every_character_is_refused_exactly_when_it_is_a_control_a_bidi_control_or_half_a_pair() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            boolean lineBreak = ch == '\n' || ch == '\r';
            boolean refused = Character.isSurrogate(ch)
                    || !lineBreak && ch != '\t' && (ch < 0x20 || ch >= 0x7F && ch <= 0x9F)
                    || ch >= 0x202A && ch <= 0x202E
                    || ch >= 0x2066 && ch <= 0x2069;
            String inText = "资金" + ch + "ab";

            assertThat(TextPolicy.problem(inText, true) != null).as("U+%04X", c).isEqualTo(refused);
            assertThat(TextPolicy.neutralize(inText, true))
                    .as("U+%04X", c)
                    .isEqualTo(refused ? String.format("资金\\u%04X", c) + "ab" : inText);
        }
        assertThat(TextPolicy.problem("一行\n两行", false)).contains("line break");
        assertThat(TextPolicy.problem("配对的字符😀可以", false)).isNull();
    }
}
