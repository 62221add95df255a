package org.jixiao.engine.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Position;
import org.junit.jupiter.api.Test;

class TreeReaderTest {

    private final TreeReader reader = new TreeReader();

    private TreeReader.Document read(String name, String text) {
        return reader.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void json_values_keep_their_paths_and_positions() {
        TreeReader.Document document = read("a.json", "{\n  \"facts\": {\n    \"households\": {\"plan\": 100}\n  }\n}");

        assertThat(document.at("facts.households.plan")).contains(new Position(3, 28));
        Node.Value plan = (Node.Value)
                ((Node.Obj) ((Node.Obj) ((Node.Obj) document.root()).get("facts")).get("households")).get("plan");
        assertThat(plan.value()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void yaml_is_read_the_same_way() {
        TreeReader.Document document = read("a.yaml", "facts:\n  ratio: 16.4\n  ok: true\n");

        assertThat(document.at("facts.ratio")).contains(new Position(2, 10));
        assertThat(((Node.Value) ((Node.Obj) ((Node.Obj) document.root()).get("facts")).get("ratio")).value())
                .isEqualTo(new BigDecimal("16.4"));
    }

    @Test
    void malformed_json_names_line_and_column() {
        assertThatThrownBy(() -> read("bad.json", "{\n  \"a\": 1,\n  }\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("invalid input: bad.json:3:3: malformed JSON: ");
    }

    /** Jackson quotes the input where an object began; the message names the place instead, even across lines. */
    @Test
    void an_unclosed_object_is_named_by_its_place_without_quoting_the_county_s_text() {
        assertThatThrownBy(() -> read("open.json", "{\"region\": \"正阳县\",\n\"facts\": {\"a\": 1}\n"))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("expected close marker for Object (opened at line 1, column 1)")
                .hasMessageNotContaining("正阳县")
                .hasMessageNotContaining("Source");
    }

    @Test
    void malformed_yaml_names_line_and_column() {
        assertThatThrownBy(() -> read("bad.yaml", "a: [1, 2\nb: 3\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bad.yaml:")
                .hasMessageContaining("malformed YAML");
    }

    @Test
    void a_duplicate_key_is_rejected_with_both_places() {
        assertThatThrownBy(() -> read("dup.json", "{\"facts\": {\"a\": 1,\n \"a\": 2}}"))
                .isInstanceOf(InputException.class)
                .hasMessage("invalid input: dup.json:2:2: facts.a: duplicate key \"a\" (first at 1:12); each key may"
                        + " appear once");
    }

    @Test
    void a_utf8_byte_order_mark_is_skipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "{\"a\": true}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        assertThat(((Node.Obj) reader.read("bom.json", bytes).root()).get("a")).isNotNull();
    }

    @Test
    void a_gbk_file_is_refused_with_a_way_to_convert_it() {
        byte[] gbk = "{\"region\": \"驻马店市\"}".getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> reader.read("gbk.json", gbk))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("gbk.json: file is not UTF-8 text")
                .hasMessageContaining("iconv -f GBK -t UTF-8");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> read("empty.json", "  \n"))
                .isInstanceOf(InputException.class)
                .hasMessage("invalid input: empty.json: file is empty; expected a JSON or YAML object");
    }

    @Test
    void nesting_deeper_than_the_limit_is_refused() {
        String deep = "[".repeat(TreeReader.MAX_DEPTH + 1) + "]".repeat(TreeReader.MAX_DEPTH + 1);

        assertThatThrownBy(() -> read("deep.json", deep))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("deep.json:1:")
                .hasMessageContaining("beyond jixiao's limits")
                .hasMessageContaining("nesting depth (65) exceeds the maximum allowed (64");
    }

    @Test
    void trailing_content_is_refused() {
        assertThatThrownBy(() -> read("two.json", "{} {}"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("two.json:1:4");
    }
}
