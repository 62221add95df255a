package org.jixiao.engine.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.spi.Api;

/**
 * "Did you mean" for misspelt keys, ids and names, by edit distance.
 *
 * @since 0.1
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class Suggestions {

    private Suggestions() {}

    /**
     * The known name closest to {@code name}, if one is close enough to be a likely typo.
     *
     * @param name the name as written
     * @param known the names that exist
     * @return the closest known name, or empty
     */
    public static Optional<String> closest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, name.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * The suggestion as a message fragment.
     *
     * @param name the name as written
     * @param known the names that exist
     * @return {@code "; did you mean x?"}, or an empty string
     */
    public static String didYouMean(String name, Collection<String> known) {
        return closest(name, known).map(s -> "; did you mean " + s + "?").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
