package org.jixiao.engine.submission;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.read.Fields;
import org.jixiao.engine.read.Locator;
import org.jixiao.engine.read.Node;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.read.TreeReader;
import org.jixiao.spi.Api;
import org.jixiao.spi.Subject;

/**
 * One subject's facts for a {@link ProgrammeSet}: each programme's facts, claims and judgements under its id, and the
 * combined total it claims.
 *
 * <pre>
 * {
 *   "subject": { "region": "某县", "level": "county", "year": 2021, "program": "城镇保障性安居工程" },
 *   "rubric": "example-anju-2021.yaml",
 *   "programmes": {
 *     "oldCommunity": { "facts": { … }, "claimed": { "total": 98.1 } },
 *     "shantytown": { "facts": { "funds": 2400, … } }
 *   },
 *   "claimed": { "total": 95.2 }
 * }
 * </pre>
 *
 * @param source where it came from, for messages; never {@code null}
 * @param subject the evaluated region and year; never {@code null}
 * @param rubric the set it names (a file), or {@code null}
 * @param programmes each programme's submission by programme id, in the file's order; their paths (and so their
 *     positions) lie below {@code programmes.ID}; never {@code null}
 * @param claimed the claimed combined score, under {@code total}; never {@code null}
 * @param locator positions of paths in the source; never {@code null}
 * @since 0.3
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.3")
public record ProgrammeSubmission(
        String source,
        Subject subject,
        String rubric,
        Map<String, Submission> programmes,
        Map<String, BigDecimal> claimed,
        Locator locator)
        implements SubmissionDocument {

    private static final List<String> KEYS = List.of("subject", "rubric", "programmes", "claimed", "parts");

    /** Checks the components and copies the maps, keeping their order. */
    public ProgrammeSubmission {
        requireNonNull(source, "source is null");
        requireNonNull(subject, "subject is null");
        programmes = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(programmes, "programmes is null")));
        claimed = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(claimed, "claimed is null")));
        requireNonNull(locator, "locator is null");
    }

    /**
     * The set the submission names.
     *
     * @return its file, as written, or empty
     */
    public Optional<String> rubricId() {
        return Optional.ofNullable(rubric);
    }

    public static boolean describes(Node root) {
        return root instanceof Node.Obj obj && obj.get("programmes") instanceof Node.Obj;
    }

    public static ProgrammeSubmission read(TreeReader.Document document) {
        Problems problems = new Problems("submission", document.source(), document);
        Fields root = Fields.of(document.root(), problems, "a submission of several programmes", KEYS);
        if (root == null) {
            problems.throwIfAny();
        }
        Subject subject = SubmissionReader.subject(root.optionalObject("subject"), problems);
        String rubric = root.node().get("rubric") == null ? null : root.text("rubric");
        // an upper level's set: the regions it is rolled up from, the same for each of its programmes
        List<String> parts = SubmissionReader.parts(root, problems);
        Map<String, Submission> programmes = new LinkedHashMap<>();
        Node.Obj programmesNode = root.optionalObject("programmes");
        if (programmesNode != null) {
            programmesNode.fields().forEach((id, node) -> {
                String prefix = Node.child("programmes", id) + ".";
                Locator below = path -> document.at(prefix + path);
                Submission part = SubmissionReader.programme(node, document.source(), subject, below, problems);
                if (part != null) {
                    programmes.put(
                            id,
                            parts.isEmpty()
                                    ? part
                                    : new Submission(
                                            part.source(),
                                            part.subject(),
                                            part.rubricId().orElse(null),
                                            part.facts(),
                                            part.claimed(),
                                            part.locator(),
                                            parts,
                                            part.judgements(),
                                            part.narrative()));
                }
            });
        }
        Map<String, BigDecimal> claimed = SubmissionReader.claimed(root, problems);
        problems.throwIfAny();
        return new ProgrammeSubmission(document.source(), subject, rubric, programmes, claimed, document);
    }
}
