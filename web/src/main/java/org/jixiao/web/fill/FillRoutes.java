package org.jixiao.web.fill;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.engine.Engine;
import org.jixiao.engine.form.FactForm;
import org.jixiao.engine.json.SubmissionJson;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.jixiao.io.excel.ExcelSubmissions;
import org.jixiao.io.excel.ExcelTables;
import org.jixiao.io.excel.ExcelTemplate;
import org.jixiao.nationalform.ProjectForms;
import org.jixiao.nationalform.xlsx.ProjectFormWorkbook;
import org.jixiao.report.ReportDraft;
import org.jixiao.report.ReportWriters;
import org.jixiao.spi.scoring.Numbers;
import org.jixiao.web.guard.Guards;
import org.jixiao.web.guard.Uploads;
import org.jixiao.web.rubrics.RubricCatalog;
import org.jixiao.web.view.Pages;

/**
 * The 填报 pages: the choice of rubric, the form, its live score, what it downloads and the file it starts from.
 * Every request brings the whole form, so nothing is kept between requests.
 */
public final class FillRoutes {

    private static final java.util.Set<String> ACCEPTED = java.util.Set.of(".xlsx", ".xls", ".json", ".yaml", ".yml");

    private final Engine engine;
    private final RubricCatalog catalog;
    private final Pages pages;
    private final Guards guards;
    private final FormReading reading;
    private final SetPages sets;
    private final long maxUploadBytes;

    /**
     * Routes over an engine and the rubrics a page offers.
     *
     * @param engine the engine the CLI uses
     * @param catalog the rubrics to offer
     * @param pages the templates and texts
     * @param guards the CSRF token's source
     * @param maxUploadBytes the most a file to start from may hold
     */
    public FillRoutes(Engine engine, RubricCatalog catalog, Pages pages, Guards guards, long maxUploadBytes) {
        this.engine = engine;
        this.catalog = catalog;
        this.pages = pages;
        this.guards = guards;
        // a carried narrative is read as a submission file's is: the same checks, the same engine
        this.reading = new FormReading(pages, json -> engine.readSubmission(
                        "网页填报.json", ("{\"facts\": {}, \"narrative\": " + json + "}").getBytes(StandardCharsets.UTF_8))
                .narrative());
        this.sets = new SetPages(pages, guards, reading);
        this.maxUploadBytes = maxUploadBytes;
    }

    /**
     * The home page: the rubrics to choose from.
     *
     * @param ctx the request
     */
    public void home(Context ctx) {
        List<Map<String, String>> rubrics = new ArrayList<>();
        for (String id : catalog.ids()) {
            catalog.rubric(id)
                    .ifPresent(r ->
                            rubrics.add(Map.of("id", id, "title", r.rubric().title())));
        }
        for (String id : catalog.setIds()) {
            catalog.set(id)
                    .ifPresent(set ->
                            rubrics.add(Map.of("id", id, "title", set.ref().title())));
        }
        ctx.html(pages.render("home.ftlh", Map.of("rubrics", rubrics, "token", guards.token(ctx))));
    }

    /**
     * The form of the rubric named by the {@code rubric} query parameter, empty.
     *
     * @param ctx the request
     */
    public void form(Context ctx) {
        Optional<ProgrammeSet> set = set(ctx.queryParam("rubric"));
        if (set.isPresent()) {
            ctx.html(sets.page(ctx, ctx.queryParam("rubric"), set.get(), Map.of(), List.of()));
            return;
        }
        Optional<CompiledRubric> rubric = rubric(ctx.queryParam("rubric"));
        if (rubric.isEmpty()) {
            ctx.status(404).html(pages.render("message.ftlh", Map.of("message", pages.text("error.unknownRubric"))));
            return;
        }
        ctx.html(page(ctx, ctx.queryParam("rubric"), rubric.get(), Map.of(), List.of()));
    }

    /**
     * The live score: the result fragment, and each field's message swapped in beside it.
     *
     * @param ctx the request, with the whole form
     */
    public void score(Context ctx) {
        String id = ctx.formParam("rubric");
        Optional<ProgrammeSet> set = set(id);
        if (set.isPresent()) {
            Map<String, Object> model = new HashMap<>(sets.scored(id, set.get(), values(ctx)));
            model.put("oob", true);
            ctx.html(pages.render("result.ftlh", model));
            return;
        }
        Optional<CompiledRubric> rubric = rubric(id);
        if (rubric.isEmpty()) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result(pages.text("error.unknownRubric"));
            return;
        }
        Map<String, Object> model = new HashMap<>(scored(id, rubric.get(), values(ctx)));
        model.put("oob", true);
        ctx.html(pages.render("result.ftlh", model));
    }

    /**
     * A download of the filled form: {@code what} is {@code workbook} (the county's workbook, filled), {@code json},
     * {@code table}, {@code report} or {@code template} (blank).
     *
     * @param ctx the request, with the whole form
     */
    public void download(Context ctx) {
        String id = ctx.formParam("rubric");
        Optional<ProgrammeSet> set = set(id);
        if (set.isPresent()) {
            sets.download(ctx, id, set.get());
            return;
        }
        Optional<CompiledRubric> found = rubric(id);
        if (found.isEmpty()) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result(pages.text("error.unknownRubric"));
            return;
        }
        CompiledRubric rubric = found.get();
        String what = String.valueOf(ctx.formParam("what"));
        String title = rubric.rubric().title();
        boolean project = ProjectForms.isProjectRubric(rubric);
        if (what.equals("template")) {
            attach(
                    ctx,
                    title + "（填报表）.xlsx",
                    project
                            ? ProjectFormWorkbook.write(ProjectForms.form(rubric, null), null)
                            : ExcelTemplate.write(rubric));
            return;
        }
        FormReading.Result read = reading.read(id, FactForm.of(rubric), values(ctx));
        if (read.submission() == null) {
            ctx.status(422).html(pages.render("message.ftlh", Map.of("message", pages.text("download.incomplete"))));
            return;
        }
        Evaluation evaluation;
        try {
            evaluation = rubric.evaluate(read.submission());
        } catch (InputException e) {
            ctx.status(422).html(pages.render("message.ftlh", Map.of("message", pages.text("download.incomplete"))));
            return;
        }
        String region = read.submission().subject().region() == null
                ? ""
                : read.submission().subject().region();
        switch (what) {
            case "json" -> attach(
                    ctx,
                    region + "填报.json",
                    SubmissionJson.write(read.submission()).getBytes(StandardCharsets.UTF_8));
            case "table" -> {
                if (project && !evaluation.failed()) {
                    // a project's score table is its self-evaluation form, 得分 and 评分理由 filled in
                    org.jixiao.nationalform.ProjectForm form = ProjectForms.form(rubric, read.submission());
                    attach(
                            ctx,
                            region + "项目支出绩效自评表（复核）.xlsx",
                            ProjectFormWorkbook.write(form, ProjectForms.scores(form, rubric, evaluation)));
                } else {
                    attach(ctx, region + "绩效评价指标表.xlsx", ExcelTables.write(rubric, evaluation));
                }
            }
            case "workbook" -> attach(
                    ctx,
                    region + "填报表.xlsx",
                    project
                            ? ProjectFormWorkbook.write(ProjectForms.form(rubric, read.submission()), null)
                            : ExcelTemplate.write(rubric, read.submission()));
            case "report" -> {
                if (evaluation.failed()) {
                    ctx.status(422)
                            .html(pages.render("message.ftlh", Map.of("message", pages.text("download.failed"))));
                    return;
                }
                attach(
                        ctx,
                        region + "绩效评价报告（草稿）.docx",
                        ReportWriters.docx(ReportDraft.of(
                                rubric,
                                evaluation,
                                null,
                                org.jixiao.report.ReportNotes.NONE,
                                read.submission().narrative())));
            }
            default -> ctx.status(400)
                    .contentType("text/plain; charset=utf-8")
                    .result(pages.text("error.unknownDownload"));
        }
    }

    /**
     * The form filled from an uploaded workbook, JSON or YAML file: the file is read in memory (a workbook through
     * a temporary file that is deleted before the response), scored, and forgotten.
     *
     * @param ctx the request, multipart, with {@code file}
     */
    public void open(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        String current = ctx.formParam("rubric");
        if (file == null || file.size() == 0) {
            reopen(ctx, current, Map.of(), List.of(pages.text("open.noFile")));
            return;
        }
        if (file.size() > maxUploadBytes) {
            reopen(ctx, current, Map.of(), List.of(pages.text("open.tooLarge", maxUploadBytes / (1024 * 1024))));
            return;
        }
        Submission submission;
        String name;
        // the same private folder the review's uploads use, deleted before the response
        try (Uploads uploads = Uploads.of(List.of(file), maxUploadBytes, 1, ACCEPTED, pages::text)) {
            if (uploads.files().isEmpty()) {
                reopen(ctx, current, Map.of(), uploads.refused());
                return;
            }
            Path path = uploads.files().get(0);
            name = path.getFileName().toString();
            try {
                Optional<CompiledRubric> page = rubric(current);
                Optional<org.jixiao.nationalform.ProjectForm> form = ProjectFormWorkbook.readIfForm(path);
                if (form.isPresent()) {
                    // a 项目支出绩效自评表: its rows are matched by name with this page's project table
                    if (page.isEmpty() || !ProjectForms.isProjectRubric(page.get())) {
                        reopen(ctx, current, Map.of(), List.of(pages.text("open.notProject", name)));
                        return;
                    }
                    submission = ProjectForms.submission(form.get(), page.get());
                } else {
                    submission = ExcelSubmissions.handles(path)
                            ? ExcelSubmissions.read(path).submission()
                            : engine.readSubmission(path);
                }
            } catch (InputException e) {
                List<String> messages = new ArrayList<>();
                for (Problem problem : e.problems()) {
                    messages.add(pages.text("open.problem", name, pages.engine(uploads.shown(problem.format()))));
                }
                reopen(ctx, current, Map.of(), messages);
                return;
            }
        }
        String id = submission.rubricId().isEmpty()
                ? current
                : catalog.idFor(submission.rubricId().get())
                        .orElse(submission.rubricId().get());
        if (rubric(id).isEmpty()) {
            reopen(ctx, current, Map.of(), List.of(pages.text("open.otherRubric", name, String.valueOf(id))));
            return;
        }
        reopen(ctx, id, FormFields.of(rubric(id).get(), submission), List.of(pages.text("open.done", name)));
    }

    private void reopen(Context ctx, String id, Map<String, String> values, List<String> messages) {
        Optional<CompiledRubric> rubric = rubric(id);
        if (rubric.isEmpty()) {
            ctx.status(404).html(pages.render("message.ftlh", Map.of("message", pages.text("error.unknownRubric"))));
            return;
        }
        ctx.html(page(ctx, id, rubric.get(), values, messages));
    }

    /**
     * What each row of a project's table asks for, to stand beside its name where its facts are filled in:
     * 年度指标值 ≥12处 · 10分. Empty for rows without a {@code target}.
     */
    private Map<String, String> targets(CompiledRubric rubric) {
        Map<String, String> targets = new HashMap<>();
        for (CompiledRubric.Entry entry : rubric.entries()) {
            // a 年度指标值 is text (≥12处); other tables' numeric targets (a rate) say nothing here
            if (entry.parameters().asMap().get("target") instanceof String target) {
                targets.put(
                        entry.row().id(),
                        pages.text(
                                "fill.target",
                                target,
                                org.jixiao.spi.scoring.Numbers.plain(entry.row().weight())));
            }
        }
        return targets;
    }

    private String page(
            Context ctx, String id, CompiledRubric rubric, Map<String, String> values, List<String> messages) {
        FactForm form = FactForm.of(rubric);
        Map<String, Object> model = new HashMap<>(scored(id, rubric, values));
        model.put("rubricId", id);
        model.put("title", rubric.rubric().title());
        model.put("token", guards.token(ctx));
        model.put("messages", messages);
        model.put("sections", FillView.sections(form, values, castErrors(model.get("errors")), targets(rubric)));
        model.put("claims", FillView.claims(form, values, castErrors(model.get("errors")), pages));
        model.put("judgements", FillView.judgements(form, values, castErrors(model.get("errors"))));
        model.put("subject", FillView.subject(values));
        model.put("narrative", values.getOrDefault(FormReading.NARRATIVE, ""));
        model.put("oob", false);
        return pages.render("fill.ftlh", model);
    }

    /** The result's model: the table, or why there is none yet; and each field's message. */
    private Map<String, Object> scored(String id, CompiledRubric rubric, Map<String, String> values) {
        FactForm form = FactForm.of(rubric);
        FormReading.Result read = reading.read(id, form, values);
        Map<String, String> errors = new LinkedHashMap<>(read.errors());
        Map<String, Object> model = new HashMap<>();
        model.put("keys", FillView.keys(form));
        Map<String, String> labels = FillView.labels(form, pages);
        List<String> refused = new ArrayList<>();
        model.put("missing", read.missing());
        model.put("warnings", List.of());
        model.put("problems", List.of());
        model.put("lines", List.of());
        model.put("discrepancies", List.of());
        if (read.submission() == null) {
            model.put("state", read.errors().isEmpty() ? "holes" : "errors");
            model.put("errors", errors);
            errors.keySet().forEach(key -> refused.add(labels.getOrDefault(key, key)));
            model.put("refused", refused);
            if (errors.containsKey(FormReading.NARRATIVE)) {
                // not a field on the form: said under the result
                model.put("problems", List.of(errors.get(FormReading.NARRATIVE)));
            }
            return model;
        }
        try {
            Evaluation evaluation = rubric.evaluate(read.submission());
            model.put("state", evaluation.failed() ? "failed" : "scored");
            model.put("lines", ScoreView.lines(rubric, evaluation, read.submission()));
            model.put("total", Numbers.plain(evaluation.total()));
            model.put(
                    "grade",
                    evaluation.grade() == null ? "" : evaluation.grade().grade());
            List<Map<String, String>> differences = new ArrayList<>();
            for (Evaluation.Discrepancy d : evaluation.discrepancies()) {
                differences.add(Map.of(
                        "name",
                        d.name(),
                        "claimed",
                        Numbers.plain(d.claimed()),
                        "computed",
                        Numbers.plain(d.computed())));
            }
            model.put("discrepancies", differences);
            List<String> warnings = new ArrayList<>();
            evaluation.warnings().forEach(w -> warnings.add(pages.engine(w)));
            evaluation.notes().forEach(n -> warnings.add(pages.engine(n)));
            model.put("warnings", warnings);
            List<String> failures = new ArrayList<>();
            evaluation.failures().forEach(f -> failures.add(f.indicatorId() + "：" + pages.engine(f.message())));
            model.put("problems", failures);
        } catch (InputException e) {
            // a check only the engine makes (a plan of 0 where the rubric forbids it): shown at its field
            List<String> general = new ArrayList<>();
            for (Problem problem : e.problems()) {
                String key = fieldOf(problem.path());
                if (key != null && !errors.containsKey(key)) {
                    errors.put(key, pages.text("error.engine", pages.engine(problem.message())));
                } else {
                    general.add(pages.engine(problem.message()));
                }
            }
            model.put("state", "errors");
            model.put("problems", general);
        }
        model.put("errors", errors);
        errors.keySet().forEach(key -> refused.add(labels.getOrDefault(key, key)));
        model.put("refused", refused);
        return model;
    }

    /** The form field a problem's path names: {@code facts.households.plan} is {@code f.households.plan}. */
    private static String fieldOf(String path) {
        if (path == null) {
            return null;
        }
        if (path.startsWith("facts.")) {
            String rest = path.substring("facts.".length());
            if (rest.endsWith(".atLeast") || rest.endsWith(".atMost")) {
                rest = rest.substring(0, rest.lastIndexOf('.'));
            }
            return FormReading.FACT + rest;
        }
        if (path.startsWith("judgements.")) {
            // judgements.ID[.NAME][.points|.reason], each part quoted where it is not a plain name
            java.util.List<String> parts = new java.util.ArrayList<>(
                    org.jixiao.engine.read.Paths.segments(path.substring("judgements.".length())).stream()
                            .map(String::valueOf)
                            .toList());
            String last = parts.get(parts.size() - 1);
            String field = "reason".equals(last) ? FormReading.REASON : FormReading.POINTS;
            if (parts.size() > 1 && ("reason".equals(last) || "points".equals(last))) {
                parts.remove(parts.size() - 1);
            }
            String key = parts.size() > 1 ? parts.get(0) + "/" + parts.get(1) : parts.get(0);
            return FormReading.JUDGEMENT + key + field;
        }
        if (path.startsWith("claimed.")) {
            return FormReading.CLAIM + path.substring("claimed.".length());
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> castErrors(Object errors) {
        return errors == null ? Map.of() : (Map<String, String>) errors;
    }

    /** The request's form fields, first value each. */
    static Map<String, String> values(Context ctx) {
        Map<String, String> values = new HashMap<>();
        ctx.formParamMap().forEach((key, list) -> {
            if (!list.isEmpty()) {
                values.put(key, list.get(0));
            }
        });
        return values;
    }

    private Optional<ProgrammeSet> set(String id) {
        return id == null || !catalog.setIds().contains(id) ? Optional.empty() : catalog.set(id);
    }

    private Optional<CompiledRubric> rubric(String id) {
        return id == null || !catalog.ids().contains(id) ? Optional.empty() : catalog.rubric(id);
    }

    static void attach(Context ctx, String name, byte[] bytes) {
        String type = name.endsWith(".xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : name.endsWith(".docx")
                        ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        : "application/json; charset=utf-8";
        String ascii = name.endsWith(".xlsx") ? "jixiao.xlsx" : name.endsWith(".docx") ? "jixiao.docx" : "jixiao.json";
        ctx.contentType(type)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .result(bytes);
    }
}
