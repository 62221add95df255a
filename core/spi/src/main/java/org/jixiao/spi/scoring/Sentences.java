package org.jixiao.spi.scoring;

import java.util.List;
import org.jixiao.spi.Api;

/**
 * Joins the clauses of a reason the way the seed report writes them: clauses separated by
 * {@code ；} and the whole closed by {@code 。}.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class Sentences {

    private Sentences() {}

    /**
     * Joins clauses into one reason.
     *
     * @param clauses the clauses, without final punctuation; blank ones are skipped
     * @return the reason, such as {@code 报送逾期2天，扣2分；报送内容不完整，扣1分。}; empty if no
     *     clause
     */
    public static String join(List<String> clauses) {
        String[] kept = new String[clauses.size()];
        int count = 0;
        for (int i = 0; i < kept.length; i++) {
            String clause = clauses.get(i);
            if (clause != null && !clause.isBlank()) {
                kept[count++] = clause.strip();
            }
        }
        if (count == 0) {
            return "";
        }
        kept[count - 1] = kept[count - 1] + "。";
        // String.join sizes the result once, where a builder would grow and widen for the Chinese
        return count == 1
                ? kept[0]
                : String.join("；", java.util.Arrays.asList(kept).subList(0, count));
    }

    /**
     * Joins clauses into one reason.
     *
     * @param clauses the clauses
     * @return the reason
     */
    public static String join(String... clauses) {
        return join(List.of(clauses));
    }
}
