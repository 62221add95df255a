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
        // the clauses with their separators and the full stop, joined in one sized copy (a builder would grow, and
        // widen for the Chinese)
        String[] parts = new String[clauses.size() * 2];
        int count = 0;
        for (int i = 0; i < clauses.size(); i++) {
            String clause = clauses.get(i);
            if (clause != null && !clause.isBlank()) {
                parts[count++] = clause.strip();
                parts[count++] = "；";
            }
        }
        if (count == 0) {
            return "";
        }
        parts[count - 1] = "。";
        return String.join("", java.util.Arrays.asList(parts).subList(0, count));
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
