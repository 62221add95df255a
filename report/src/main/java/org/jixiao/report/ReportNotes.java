package org.jixiao.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.spi.Api;

/**
 * What only a person knows, for the report, kept verbatim: paragraphs for 存在问题 and for 下一步计划, and an
 * indicator's own 说明. Written as a text file whose headings ({@code # 存在问题}, {@code # 下一步计划}, or an
 * indicator's name or id) say where each paragraph goes; blank lines separate paragraphs. A file without headings is
 * all 下一步计划, as before.
 *
 * @param problems paragraphs added to （一）存在问题; never {@code null}
 * @param nextSteps the paragraphs of （二）下一步计划; never {@code null}
 * @param indicators paragraphs after an indicator's own, by indicator id; never {@code null}
 * @since 0.4
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.4")
public record ReportNotes(List<String> problems, List<String> nextSteps, Map<String, List<String>> indicators) {

    /** No notes: （二）下一步计划 says （待补充）. */
    public static final ReportNotes NONE = new ReportNotes(List.of(), List.of(), Map.of());

    private static final String PROBLEMS = "存在问题";
    private static final String NEXT_STEPS = "下一步计划";

    /** Copies the lists. */
    public ReportNotes {
        problems = List.copyOf(requireNonNull(problems, "problems is null"));
        nextSteps = List.copyOf(requireNonNull(nextSteps, "nextSteps is null"));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        requireNonNull(indicators, "indicators is null").forEach((id, texts) -> copy.put(id, List.copyOf(texts)));
        indicators = Collections.unmodifiableMap(copy);
    }

    /**
     * Paragraphs for 下一步计划 only, as 0.2 to 0.3 took them.
     *
     * @param nextSteps the paragraphs
     * @return the notes
     */
    public static ReportNotes nextSteps(List<String> nextSteps) {
        return new ReportNotes(List.of(), nextSteps, Map.of());
    }

    /**
     * Reads a notes file.
     *
     * @param text the file's text
     * @param rubric the rubric the report is written on, whose indicators a heading may name; {@code null} when
     *     headings may name only 存在问题 and 下一步计划 (a programme set's report)
     * @return the notes
     * @throws HeadingException for a heading that is none of these, with its line and what it may say
     */
    public static ReportNotes parse(String text, Rubric rubric) {
        List<String> problems = new ArrayList<>();
        List<String> nextSteps = new ArrayList<>();
        Map<String, List<String>> indicators = new LinkedHashMap<>();
        List<String> into = nextSteps;
        StringBuilder paragraph = new StringBuilder();
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            boolean heading = line.startsWith("#");
            if (line.isEmpty() || heading) {
                if (!paragraph.isEmpty()) {
                    into.add(paragraph.toString());
                    paragraph.setLength(0);
                }
            }
            if (heading) {
                String name = line.replaceFirst("^#+", "").strip();
                if (name.equals(PROBLEMS)) {
                    into = problems;
                } else if (name.equals(NEXT_STEPS)) {
                    into = nextSteps;
                } else {
                    int at = i + 1;
                    String id = indicator(rubric, name)
                            .orElseThrow(() -> new HeadingException(
                                    at,
                                    (rubric == null
                                                    ? "heading " + name + " is neither " + PROBLEMS + " nor "
                                                            + NEXT_STEPS
                                                    : "heading " + name + " is neither " + PROBLEMS + ", " + NEXT_STEPS
                                                            + " nor the name or id of an indicator of rubric "
                                                            + rubric.id())
                                            + "; its paragraphs would have no place in the report"));
                    into = indicators.computeIfAbsent(id, k -> new ArrayList<>());
                }
                line = "";
            }
            if (!line.isEmpty()) {
                paragraph.append(line);
            }
        }
        return new ReportNotes(problems, nextSteps, indicators);
    }

    /** A heading that names no place in the report. */
    public static final class HeadingException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final int line;

        HeadingException(int line, String message) {
            super(message);
            this.line = line;
        }

        /**
         * Where the heading is.
         *
         * @return its line, from 1
         */
        public int line() {
            return line;
        }
    }

    private static Optional<String> indicator(Rubric rubric, String name) {
        if (rubric == null) {
            return Optional.empty();
        }
        return rubric.groups().stream()
                .flatMap(ReportNotes::rows)
                .filter(row -> row.id().equals(name) || row.name().equals(name))
                .map(Rubric.Row::id)
                .findFirst();
    }

    private static java.util.stream.Stream<Rubric.Row> rows(Rubric.Group group) {
        return java.util.stream.Stream.concat(
                group.indicators().stream(), group.subgroups().stream().flatMap(ReportNotes::rows));
    }
}
