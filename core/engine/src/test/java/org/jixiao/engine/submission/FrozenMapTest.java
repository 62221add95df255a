package org.jixiao.engine.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The readers' array map behaves as the insertion-ordered map it stands for. */
class FrozenMapTest {

    @Test
    void it_is_the_linked_hash_map_of_the_same_entries_in_order_lookups_equality_and_hash() {
        Random random = new Random(5);
        for (int round = 0; round < 500; round++) {
            LinkedHashMap<String, Object> expected = new LinkedHashMap<>();
            FrozenMap.Builder<String, Object> builder = FrozenMap.builder(1 + random.nextInt(4));
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                String key = "k" + random.nextInt(60); // built, not interned: equal keys are other instances
                Object value = random.nextInt(5) == 0 ? null : random.nextInt(100);
                assertThat(builder.contains(key)).isEqualTo(expected.containsKey(key));
                if (!expected.containsKey(key)) {
                    expected.put(key, value);
                    builder.put(key, value);
                }
            }
            Map<String, Object> map = builder.build();

            assertThat(map).isEqualTo(expected).hasSameHashCodeAs(expected);
            assertThat(map.keySet()).containsExactlyElementsOf(expected.keySet());
            assertThat(map.values()).containsExactlyElementsOf(expected.values());
            for (int i = 0; i < 60; i++) {
                String key = new String("k" + i);
                assertThat(map.get(key)).isEqualTo(expected.get(key));
                assertThat(map.containsKey(key)).isEqualTo(expected.containsKey(key));
            }
            assertThat(map.get(null)).isNull();
            assertThat(map.containsKey(7)).isFalse();
            StringBuilder order = new StringBuilder();
            map.forEach(
                    (key, value) -> order.append(key).append('=').append(value).append(','));
            StringBuilder expectedOrder = new StringBuilder();
            expected.forEach((key, value) ->
                    expectedOrder.append(key).append('=').append(value).append(','));
            assertThat(order).hasToString(expectedOrder.toString());
        }
    }
}
