package org.jixiao.web.fill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.form.FactForm;
import org.jixiao.engine.programme.ProgrammeEvaluation;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.read.Locator;
import org.jixiao.engine.submission.ProgrammeSubmission;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.scoring.Numbers;

/**
 * The form of a programme set (several programmes, each with its own rubric, scored together): each programme's form
 * under {@code p.ID.}, the subject and the claimed combined total at the top; read programme by programme with the
 * one-rubric reading, into the set's submission.
 */
final class SetForm {

    private SetForm() {}

    /** The names of one programme's fields: {@code p.shantytown.f.funds}. */
    static String prefix(ProgrammeSet.Programme programme) {
        return "p." + programme.id() + ".";
    }

    /**
     * What the form said.
     *
     * @param submission the set's submission, or {@code null} while a field is refused or a fact left empty
     * @param errors each refused field's message, by field name
     * @param missing the labels of the facts left empty, each after its programme's name
     */
    record Result(ProgrammeSubmission submission, Map<String, String> errors, List<String> missing) {}

    static Result read(FormReading reading, ProgrammeSet set, String setId, Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        Map<String, Submission> programmes = new LinkedHashMap<>();
        Submission any = null;
        for (ProgrammeSet.Programme programme : set.programmes()) {
            String prefix = prefix(programme);
            Map<String, String> own = new HashMap<>();
            values.forEach((key, value) -> {
                if (key.startsWith(prefix)) {
                    own.put(key.substring(prefix.length()), value);
                } else if (key.startsWith("s.")) {
                    own.put(key, value); // the subject is the set's, read with each programme
                }
            });
            FormReading.Result read =
                    reading.read(programme.rubric().rubric().id(), FactForm.of(programme.rubric()), own);
            read.errors().forEach((key, message) -> errors.put(key.startsWith("s.") ? key : prefix + key, message));
            read.missing().forEach(label -> missing.add(programme.name() + "：" + label));
            // the set's own weight (each programme's funds), which no programme's rubric reads
            BigDecimal weight = null;
            if (set.weightFact().isPresent()) {
                String key = prefix + FormReading.FACT + set.weightFact().get();
                String text = values.get(key);
                if (text == null || text.isBlank()) {
                    missing.add(programme.name() + "：" + weightLabel(set));
                } else {
                    weight = reading.decimal(text, key, errors);
                }
            }
            if (read.submission() != null) {
                Submission scored = read.submission();
                if (weight != null) {
                    Map<String, Object> facts = new LinkedHashMap<>(scored.facts());
                    facts.put(set.weightFact().get(), weight);
                    scored = new Submission(
                            scored.source(),
                            scored.subject(),
                            scored.rubric(),
                            facts,
                            scored.claimed(),
                            scored.locator(),
                            scored.parts(),
                            scored.judgements());
                }
                programmes.put(programme.id(), scored);
                any = scored;
            }
        }
        Map<String, BigDecimal> claimed = new LinkedHashMap<>();
        String key = FormReading.CLAIM + "total";
        String total = values.get(key);
        if (total != null && !total.isBlank()) {
            BigDecimal claim = reading.claim(total, key, set.maxTotal(), errors);
            if (claim != null) {
                claimed.put("total", claim);
            }
        }
        if (!errors.isEmpty() || !missing.isEmpty() || any == null) {
            return new Result(null, errors, missing);
        }
        return new Result(
                new ProgrammeSubmission("网页填报", any.subject(), setId, programmes, claimed, Locator.NONE),
                errors,
                missing);
    }

    /** How the page calls the set's weight: its label (资金), else the fact's name. */
    static String weightLabel(ProgrammeSet set) {
        return set.weightLabel().orElse(set.weightFact().orElse(""));
    }

    /** The field of a programme's weight, shaped as the page's other fields. */
    static Map<String, Object> weightField(
            ProgrammeSet set,
            ProgrammeSet.Programme programme,
            Map<String, String> values,
            Map<String, String> errors,
            String asked) {
        String key = prefix(programme) + FormReading.FACT + set.weightFact().orElseThrow();
        Map<String, Object> view = new HashMap<>();
        view.put("key", key);
        view.put("id", FillView.domId(key));
        view.put("label", weightLabel(set));
        view.put("aria", programme.name() + " " + weightLabel(set));
        view.put("unit", "");
        view.put("asked", asked);
        view.put("kind", "number");
        view.put("value", values.getOrDefault(key, ""));
        view.put("plan", "");
        view.put("actual", "");
        view.put("error", errors.getOrDefault(key, ""));
        view.put("planError", "");
        view.put("actualError", "");
        return view;
    }

    /** Each programme's table, then the combined total, for the result fragment. */
    static List<Map<String, Object>> programmes(
            ProgrammeEvaluation evaluation, ProgrammeSet set, ProgrammeSubmission submission) {
        List<Map<String, Object>> views = new ArrayList<>();
        for (ProgrammeEvaluation.ProgrammeResult result : evaluation.programmes()) {
            ProgrammeSet.Programme programme = set.programmes().stream()
                    .filter(p -> p.id().equals(result.id()))
                    .findFirst()
                    .orElseThrow();
            views.add(Map.of(
                    "name", result.name(),
                    "weight", result.weight() == null ? "" : Numbers.plain(result.weight()),
                    "total",
                            result.evaluation().total() == null
                                    ? "—"
                                    : Numbers.plain(result.evaluation().total()),
                    "grade",
                            result.evaluation().grade() == null
                                    ? ""
                                    : result.evaluation().grade().grade(),
                    "lines",
                            ScoreView.lines(
                                    programme.rubric(),
                                    result.evaluation(),
                                    submission.programmes().get(result.id()))));
        }
        return views;
    }
}
