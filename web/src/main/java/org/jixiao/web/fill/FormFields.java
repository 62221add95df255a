package org.jixiao.web.fill;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.jixiao.engine.form.FactForm;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.scoring.Numbers;

/**
 * A submission as the 填报 form's fields: what the page shows when a file is opened into it, and what a test or a
 * load benchmark posts. {@link FormReading} reads them back into the same submission.
 */
public final class FormFields {

    private FormFields() {}

    /**
     * The fields of a rubric's form filled with a submission's subject, facts, claims and judgements, as a clerk would
     * have typed them: 是 or 否, a plan and actual side by side, a bound as {@code 80%以上}. The rubric's id is not
     * among them.
     *
     * @param rubric the rubric the form is made from; never {@code null}
     * @param submission the values; never {@code null}
     * @return field name to text, as the page posts them
     */
    public static Map<String, String> of(CompiledRubric rubric, Submission submission) {
        Map<String, String> values = new HashMap<>();
        if (!submission.narrative().isEmpty()) {
            // what the file says for its report is carried along unchanged, so that a download keeps it
            values.put(FormReading.NARRATIVE, org.jixiao.engine.json.SubmissionJson.narrative(submission.narrative()));
        }
        Map<String, FactKind> kinds = new HashMap<>();
        FactForm.of(rubric).fields().forEach(f -> kinds.put(f.name(), f.kind()));
        submission.facts().forEach((name, value) -> {
            String key = FormReading.FACT + name;
            FactKind kind = kinds.get(name);
            if (value instanceof Map<?, ?> map && map.containsKey("plan")) {
                values.put(key + FormReading.PLAN, plain(map.get("plan")));
                values.put(key + FormReading.ACTUAL, plain(map.get("actual")));
            } else if (value instanceof org.jixiao.spi.PlanActual pair) {
                // as a workbook reader gives it (the project self-evaluation form's funds)
                values.put(key + FormReading.PLAN, plain(pair.plan()));
                values.put(key + FormReading.ACTUAL, plain(pair.actual()));
            } else if (value instanceof Map<?, ?> map && (map.containsKey("atLeast") || map.containsKey("atMost"))) {
                String percent = kind == FactKind.PERCENT ? "%" : "";
                values.put(
                        key,
                        map.containsKey("atLeast")
                                ? plain(map.get("atLeast")) + percent + "以上"
                                : plain(map.get("atMost")) + percent + "以下");
            } else if (value instanceof Boolean flag) {
                values.put(key, flag ? "是" : "否");
            } else if (value != null) {
                values.put(key, plain(value));
            }
        });
        submission.claimed().forEach((id, score) -> values.put(FormReading.CLAIM + id, Numbers.plain(score)));
        submission.judgements().forEach((id, judgement) -> {
            values.put(FormReading.JUDGEMENT + id + FormReading.POINTS, Numbers.plain(judgement.points()));
            values.put(FormReading.JUDGEMENT + id + FormReading.REASON, judgement.reason());
        });
        var subject = submission.subject();
        if (subject.region() != null) {
            values.put(FormReading.REGION, subject.region());
        }
        if (subject.level() != null) {
            values.put(FormReading.LEVEL, subject.level());
        }
        if (subject.year() != null) {
            values.put(FormReading.YEAR, String.valueOf(subject.year()));
        }
        if (subject.program() != null) {
            values.put(FormReading.PROGRAM, subject.program());
        }
        return values;
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal number ? Numbers.plain(number) : String.valueOf(value);
    }
}
