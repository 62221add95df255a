package org.jixiao.indicators.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The target texts of real forms: a catalogue of spellings read right and of texts refused with what was expected,
 * and the round trip of a target's text.
 */
class TargetTextTest {

    /** One line of a catalogue: the text as written, and what it reads as (or what its refusal says). */
    private record Entry(String text, String expected) {}

    private static List<Entry> catalogue(String name) throws IOException {
        try (InputStream in = TargetTextTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && line.contains("|"))
                    .map(line -> new Entry(line.substring(0, line.indexOf('|')), line.substring(line.indexOf('|') + 1)))
                    .toList();
        }
    }

    @Test
    void every_spelling_of_the_catalogue_is_read_as_it_was_meant() throws IOException {
        List<Entry> entries = catalogue("targets-read.psv");
        assertThat(entries).hasSizeGreaterThanOrEqualTo(40);
        for (Entry entry : entries) {
            assertThat(TargetText.parse(entry.text()).text()).as(entry.text()).isEqualTo(entry.expected());
        }
    }

    @Test
    void every_text_of_the_refusal_catalogue_is_refused_with_what_was_expected() throws IOException {
        List<Entry> entries = catalogue("targets-refused.psv");
        assertThat(entries).hasSizeGreaterThanOrEqualTo(20);
        for (Entry entry : entries) {
            assertThatThrownBy(() -> TargetText.parse(entry.text()))
                    .as(entry.text())
                    .isInstanceOf(TargetTextException.class)
                    .hasMessageContaining(entry.expected());
        }
    }

    @Test
    void the_same_target_whichever_way_it_is_written() {
        Target meant = Target.of(Target.Direction.AT_LEAST, new BigDecimal("50"), "个");
        for (String spelling : List.of("≥50个", "≥５０个", "50个以上", "不低于50个", "≥ 50 个", "＞＝50.0个")) {
            assertThat(TargetText.parse(spelling)).as(spelling).isEqualTo(meant);
        }
        assertThat(TargetText.parse("≤90万")).isEqualTo(TargetText.parse("≤90万元"));
        assertThat(TargetText.parse("按时完成").qualitative()).isTrue();
        assertThat(TargetText.parse("按时完成").description()).isEqualTo("按时完成");
    }

    @Test
    void an_actual_value_is_a_figure_reached_or_a_description() {
        assertThat(TargetText.actual("48个")).isEqualTo(Target.of(Target.Direction.EQUAL, new BigDecimal("48"), "个"));
        assertThat(TargetText.actual("９８．５％").text()).isEqualTo("=98.5%");
        assertThat(TargetText.actual("已按时完成").description()).isEqualTo("已按时完成");
        assertThatThrownBy(() -> TargetText.actual("≥48个"))
                .hasMessage("the actual value \"≥48个\" has a direction (≥); an actual value is the figure reached,"
                        + " such as 48个");
        assertThatThrownBy(() -> TargetText.actual("四十八个"))
                .hasMessageStartingWith("the actual value \"四十八个\" writes its figure in Chinese numerals");
    }

    /** A target's canonical text reads back to the same target, and so do its other spellings. */
    @Property
    void a_target_s_text_reads_back_to_the_target(@ForAll("targets") Target target) {
        assertThat(TargetText.parse(target.text())).isEqualTo(target);
        if (target.direction() == Target.Direction.AT_LEAST) {
            String figure = target.value().stripTrailingZeros().toPlainString();
            assertThat(TargetText.parse(figure + target.unit() + "以上")).isEqualTo(target);
            assertThat(TargetText.parse("不低于" + figure + target.unit())).isEqualTo(target);
            assertThat(TargetText.parse(">=" + wide(figure) + target.unit())).isEqualTo(target);
        }
        if (target.direction() == Target.Direction.AT_MOST) {
            String figure = target.value().stripTrailingZeros().toPlainString();
            assertThat(TargetText.parse("不超过" + figure + target.unit())).isEqualTo(target);
        }
    }

    @Provide
    Arbitrary<Target> targets() {
        Arbitrary<Target.Direction> directions = Arbitraries.of(
                Target.Direction.AT_LEAST,
                Target.Direction.MORE_THAN,
                Target.Direction.AT_MOST,
                Target.Direction.LESS_THAN,
                Target.Direction.EQUAL);
        Arbitrary<BigDecimal> values = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("100000000"))
                .ofScale(2)
                .map(BigDecimal::stripTrailingZeros);
        Arbitrary<String> units = Arbitraries.of("个", "万元", "元", "%", "户", "人次", "平方米", "公里", "天", "个月", "", "元/人");
        Arbitrary<Target> quantitative =
                Combinators.combine(directions, values, units).as(Target::of);
        Arbitrary<Target> described =
                Arbitraries.of("按时完成", "效果明显", "符合相关规定", "有效提升", "群众满意度明显提高").map(Target::described);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, quantitative), net.jqwik.api.Tuple.of(1, described));
    }

    /** The figure in full-width digits, as some forms type it. */
    private static String wide(String figure) {
        StringBuilder out = new StringBuilder();
        figure.chars()
                .forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == '.' ? '．' : (char) c));
        return out.toString();
    }
}
