package org.jixiao.web.fill;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.form.FactForm;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.programme.ProgrammeEvaluation;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.io.excel.ExcelTables;
import org.jixiao.report.ReportDraft;
import org.jixiao.report.ReportWriters;
import org.jixiao.spi.scoring.Numbers;
import org.jixiao.web.guard.Guards;
import org.jixiao.web.view.Pages;

/**
 * The 填报 page of a programme set: each programme's form in turn with its weight, the claimed combined total, the
 * live result with each programme's table, and the set's downloads. {@link FillRoutes} hands a set's requests here.
 */
final class SetPages {

    private final Pages pages;
    private final Guards guards;
    private final FormReading reading;

    SetPages(Pages pages, Guards guards, FormReading reading) {
        this.pages = pages;
        this.guards = guards;
        this.reading = reading;
    }

    /** A programme set's page: each programme's form in turn, then the claimed combined total. */
    String page(Context ctx, String id, ProgrammeSet set, Map<String, String> values, List<String> messages) {
        Map<String, Object> model = new HashMap<>(scored(id, set, values));
        Map<String, String> errors = FillRoutes.castErrors(model.get("errors"));
        List<Map<String, Object>> sections = new ArrayList<>();
        List<Map<String, Object>> claims = new ArrayList<>();
        for (ProgrammeSet.Programme programme : set.programmes()) {
            FactForm form = FactForm.of(programme.rubric());
            String prefix = SetForm.prefix(programme);
            if (set.weightFact().isPresent()) {
                sections.add(Map.of(
                        "title",
                        programme.name() + " · " + SetForm.weightLabel(set),
                        "fields",
                        List.of(SetForm.weightField(
                                set,
                                programme,
                                values,
                                errors,
                                FactForm.asked(org.jixiao.spi.FactKind.DECIMAL)
                                        + pages.text("fill.setWeight.asked")))));
            }
            sections.addAll(FillView.sections(form, values, errors, prefix, programme.name()));
            claims.addAll(FillView.claims(form, values, errors, prefix, programme.name(), pages));
        }
        String total = FormReading.CLAIM + CompiledRubric.TOTAL_ID;
        claims.add(Map.of(
                "key", total,
                "id", FillView.domId(total),
                "group", pages.text("fill.set.group"),
                "name", pages.text("fill.set.total"),
                "weight", Numbers.plain(set.maxTotal()),
                "value", values.getOrDefault(total, ""),
                "error", errors.getOrDefault(total, "")));
        model.put("rubricId", id);
        model.put("title", set.ref().title());
        model.put("token", guards.token(ctx));
        model.put("messages", messages);
        model.put("sections", sections);
        model.put("claims", claims);
        model.put("judgements", List.of());
        model.put("subject", FillView.subject(values));
        model.put("isSet", true);
        model.put("oob", false);
        return pages.render("fill.ftlh", model);
    }

    /** A set's result: each programme's table and total, and the combined total, or why there is none yet. */
    Map<String, Object> scored(String id, ProgrammeSet set, Map<String, String> values) {
        SetForm.Result read = SetForm.read(reading, set, id, values);
        Map<String, String> labels = new HashMap<>();
        List<Map<String, String>> keys = new ArrayList<>();
        for (ProgrammeSet.Programme programme : set.programmes()) {
            FactForm form = FactForm.of(programme.rubric());
            String prefix = SetForm.prefix(programme);
            labels.putAll(FillView.labels(form, prefix, programme.name(), pages));
            set.weightFact().ifPresent(weight -> {
                String name = prefix + FormReading.FACT + weight;
                labels.put(name, programme.name() + "：" + SetForm.weightLabel(set));
                keys.add(Map.of("key", name, "id", FillView.domId(name)));
            });
            for (Map<String, String> key : FillView.keys(form)) {
                String name = key.get("key").startsWith("s.") ? key.get("key") : prefix + key.get("key");
                if (keys.stream().noneMatch(k -> k.get("key").equals(name))) {
                    keys.add(Map.of("key", name, "id", FillView.domId(name)));
                }
            }
        }
        String total = FormReading.CLAIM + CompiledRubric.TOTAL_ID;
        keys.add(Map.of("key", total, "id", FillView.domId(total)));
        Map<String, Object> model = new HashMap<>();
        model.put("keys", keys);
        model.put("missing", read.missing());
        model.put("warnings", List.of());
        model.put("problems", List.of());
        model.put("lines", List.of());
        model.put("discrepancies", List.of());
        model.put("errors", read.errors());
        List<String> refused = new ArrayList<>();
        read.errors().keySet().forEach(key -> refused.add(labels.getOrDefault(key, key)));
        model.put("refused", refused);
        if (read.submission() == null) {
            model.put("state", read.errors().isEmpty() ? "holes" : "errors");
            return model;
        }
        try {
            ProgrammeEvaluation evaluation = set.evaluate(read.submission());
            model.put("state", evaluation.failed() || evaluation.total() == null ? "failed" : "scored");
            model.put("total", evaluation.total() == null ? "—" : Numbers.plain(evaluation.total()));
            model.put(
                    "grade",
                    evaluation.grade() == null ? "" : evaluation.grade().grade());
            model.put("programmes", SetForm.programmes(evaluation, set, read.submission()));
            model.put("weightLabel", SetForm.weightLabel(set));
            List<Map<String, String>> differences = new ArrayList<>();
            for (Evaluation.Discrepancy d : evaluation.discrepancies()) {
                differences.add(Map.of(
                        "name",
                        pages.text("fill.set.total"),
                        "claimed",
                        Numbers.plain(d.claimed()),
                        "computed",
                        Numbers.plain(d.computed())));
            }
            model.put("discrepancies", differences);
            model.put(
                    "warnings",
                    evaluation.warnings().stream().map(pages::engine).toList());
        } catch (InputException e) {
            List<String> general = new ArrayList<>();
            e.problems().forEach(problem -> general.add(pages.engine(problem.message())));
            model.put("state", "errors");
            model.put("problems", general);
        }
        return model;
    }

    /** A set's downloads: its tables (one a programme) and its report draft. */
    void download(Context ctx, String id, ProgrammeSet set) {
        SetForm.Result read = SetForm.read(reading, set, id, FillRoutes.values(ctx));
        ProgrammeEvaluation evaluation;
        try {
            evaluation = read.submission() == null ? null : set.evaluate(read.submission());
        } catch (InputException e) {
            evaluation = null;
        }
        if (evaluation == null || evaluation.failed()) {
            ctx.status(422).html(pages.render("message.ftlh", Map.of("message", pages.text("download.incomplete"))));
            return;
        }
        String region = read.submission().subject().region() == null
                ? ""
                : read.submission().subject().region();
        switch (String.valueOf(ctx.formParam("what"))) {
            case "table" -> FillRoutes.attach(ctx, region + "绩效评价指标表.xlsx", ExcelTables.write(set, evaluation));
            case "report" -> FillRoutes.attach(
                    ctx,
                    region + "绩效评价报告（草稿）.docx",
                    ReportWriters.docx(ReportDraft.ofProgrammes(set, evaluation, List.of())));
            default -> ctx.status(400)
                    .contentType("text/plain; charset=utf-8")
                    .result(pages.text("error.unknownDownload"));
        }
    }
}
