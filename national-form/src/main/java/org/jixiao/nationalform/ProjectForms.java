package org.jixiao.nationalform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.engine.Engine;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.read.Locator;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.jixiao.indicators.targets.TargetText;
import org.jixiao.indicators.targets.TargetTextException;
import org.jixiao.spi.Api;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.Subject;
import org.jixiao.spi.scoring.Numbers;

/**
 * The project self-evaluation form and the engine: a form's rows made into a rubric that extends the built-in skeleton
 * {@value #SKELETON}, its values into a submission, a rubric (and a submission) made into a form to fill in, and an
 * evaluation into the scores written back on the form. Every problem of a form read from a workbook is placed at its
 * cell.
 *
 * @since 0.5
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.5")
public final class ProjectForms {

    /** The built-in skeleton a form's rubric extends. */
    public static final String SKELETON = "project-self-evaluation";

    /** The id of the rubric a form's own rows make; a submission read against it names no rubric of its own. */
    static final String FORM_RUBRIC = "project-form";

    static final String EXECUTION = "execution-rate";
    static final String TARGET = "target";
    static final String QUALITATIVE = "target-qualitative";

    /** 一级指标 as forms name them, to the skeleton's group ids. */
    private static final Map<String, String> LEVEL1 = Map.of("产出", "output", "效益", "benefit", "满意度", "satisfaction");

    /** 二级指标 as forms name them, to sub-group ids. */
    private static final Map<String, String> LEVEL2 = Map.ofEntries(
            Map.entry("数量指标", "quantity"),
            Map.entry("质量指标", "quality"),
            Map.entry("时效指标", "timeliness"),
            Map.entry("成本指标", "cost"),
            Map.entry("经济效益指标", "economic"),
            Map.entry("社会效益指标", "social"),
            Map.entry("生态效益指标", "ecological"),
            Map.entry("可持续影响指标", "lasting"),
            Map.entry("服务对象满意度指标", "people"));

    private ProjectForms() {}

    /**
     * Whether a rubric is a project form's: one {@code execution-rate} row and {@code target} or {@code
     * target-qualitative} rows, so that it can be written in the form's layout.
     *
     * @param rubric the rubric
     * @return whether it is
     */
    public static boolean isProjectRubric(CompiledRubric rubric) {
        long execution = 0;
        for (CompiledRubric.Entry entry : rubric.entries()) {
            String type = entry.type().type().id();
            if (type.equals(EXECUTION)) {
                execution++;
            } else if (!type.equals(TARGET) && !type.equals(QUALITATIVE)) {
                return false;
            }
        }
        return execution == 1
                && rubric.rubric().bonus() == null
                && rubric.rubric().penalty() == null;
    }

    /**
     * The rubric a form's own rows make: it extends {@value #SKELETON} (or the given base), adds each 二级指标 as a
     * sub-group of its 一级指标 and each 三级指标 as a row with its 年度指标值 and 分值. A problem in it — a target that
     * cannot be read, weights that do not add up — is placed at the form's cell.
     *
     * @param engine the engine that compiles it
     * @param library where the skeleton comes from
     * @param form the form
     * @param base the rubric it extends: {@value #SKELETON}, or a province's skeleton by id
     * @return the compiled rubric
     * @throws InputException naming the form's cells
     */
    public static CompiledRubric rubric(Engine engine, RubricLibrary library, ProjectForm form, String base) {
        Derived derived = derive(form, base);
        try {
            return engine.loadRubric(derived.name(), derived.text(), library);
        } catch (InputException e) {
            List<Problem> placed = new ArrayList<>();
            for (Problem problem : e.problems()) {
                Problem at = problem.source().equals(derived.name())
                        ? at(form, derived.cellOf(problem.path()), derived.named(problem.message()))
                        : problem;
                if (!placed.contains(at)) {
                    placed.add(at);
                }
            }
            throw new InputException("submission", placed);
        }
    }

    /** The rubric's text, where each of its paths came from on the form, and each row's name by its id. */
    record Derived(String name, String text, Map<String, String> cells, Map<String, String> names) {
        /** A message with each row's id (indicator output.quantity.r1) given as the row's name on the form. */
        String named(String message) {
            String named = message;
            for (Map.Entry<String, String> row : names.entrySet()) {
                for (String kind : List.of("indicator ", "group ")) {
                    named = named.replace(kind + row.getKey() + ":", kind + row.getValue() + ":")
                            .replace(kind + row.getKey() + ")", kind + row.getValue() + ")");
                }
            }
            return named;
        }

        /** The form's key of the longest path that begins {@code path}. */
        String cellOf(String path) {
            String best = null;
            for (String prefix : cells.keySet()) {
                if (path != null
                        && (path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "["))
                        && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                }
            }
            return best == null ? null : cells.get(best);
        }
    }

    static Derived derive(ProjectForm form, String base) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, List<Integer>>> tree = new LinkedHashMap<>();
        for (int i = 0; i < form.rows().size(); i++) {
            ProjectForm.Row row = form.rows().get(i);
            String group = level1(row.level1());
            if (group == null) {
                problems.add(at(
                        form,
                        "rows[" + i + "].level1",
                        "expected 一级指标 产出指标, 效益指标 or 满意度指标, got \"" + row.level1() + "\""));
                continue;
            }
            tree.computeIfAbsent(group, g -> new LinkedHashMap<>())
                    .computeIfAbsent(row.level2(), l -> new ArrayList<>())
                    .add(i);
        }
        if (!problems.isEmpty()) {
            throw new InputException("submission", problems.stream().distinct().toList());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("id", FORM_RUBRIC);
            json.writeStringField("version", form.year() == null ? "1" : String.valueOf(form.year()));
            json.writeStringField("title", "项目支出绩效自评表——" + form.project());
            json.writeStringField("extends", base);
            json.writeObjectFieldStart("facts");
            for (int i = 0; i < form.rows().size(); i++) {
                ProjectForm.Row row = form.rows().get(i);
                label(json, "r" + (i + 1) + "Actual", row.name() + "（实际完成值）");
                label(json, "r" + (i + 1) + "Note", row.name() + (row.qualitative() ? "（评分理由）" : "（偏差原因）"));
                if (row.qualitative()) {
                    label(json, "r" + (i + 1) + "Score", row.name() + "（得分）");
                }
            }
            json.writeEndObject();
            json.writeArrayFieldStart("groups");
            int g = 0;
            for (Map.Entry<String, Map<String, List<Integer>>> group : tree.entrySet()) {
                String groupPath = "groups[" + g++ + "]";
                names.put(
                        group.getKey(),
                        form.rows()
                                .get(group.getValue().values().iterator().next().get(0))
                                .level1());
                cells.put(
                        groupPath,
                        "rows[" + group.getValue().values().iterator().next().get(0) + "].level1");
                json.writeStartObject();
                json.writeStringField("id", group.getKey());
                json.writeArrayFieldStart("indicators");
                int s = 0;
                for (Map.Entry<String, List<Integer>> sub : group.getValue().entrySet()) {
                    String subId = group.getKey() + "." + LEVEL2.getOrDefault(sub.getKey(), "s" + (s + 1));
                    String subPath = groupPath + ".indicators[" + s++ + "]";
                    names.put(subId, sub.getKey().isBlank() ? subId : sub.getKey());
                    cells.put(subPath, "rows[" + sub.getValue().get(0) + "].level2");
                    BigDecimal weight = BigDecimal.ZERO;
                    for (int i : sub.getValue()) {
                        weight = weight.add(form.rows().get(i).weight());
                    }
                    json.writeStartObject();
                    json.writeStringField("id", subId);
                    json.writeStringField("name", sub.getKey().isBlank() ? "（未分二级指标）" : sub.getKey());
                    json.writeNumberField("weight", weight);
                    json.writeArrayFieldStart("indicators");
                    int r = 0;
                    for (int i : sub.getValue()) {
                        ProjectForm.Row row = form.rows().get(i);
                        String rowPath = subPath + ".indicators[" + r + "]";
                        cells.put(rowPath, "rows[" + i + "].name");
                        cells.put(rowPath + ".params", "rows[" + i + "].target");
                        cells.put(rowPath + ".weight", "rows[" + i + "].weight");
                        json.writeStartObject();
                        names.put(subId + ".r" + (r + 1), row.name());
                        json.writeStringField("id", subId + ".r" + (++r));
                        json.writeStringField("name", row.name());
                        json.writeNumberField("weight", row.weight());
                        json.writeStringField("type", row.qualitative() ? QUALITATIVE : TARGET);
                        // what the 评分标准 column of every table and report shows for the row
                        json.writeStringField(
                                "criteria",
                                row.qualitative()
                                        ? "年度指标值：" + row.target() + "。由评价人按达成程度评分并写明理由。"
                                        : "年度指标值" + row.target() + "。达成得满分，未达成按完成比例计分。");
                        json.writeObjectFieldStart("params");
                        json.writeStringField("target", row.target());
                        json.writeEndObject();
                        json.writeObjectFieldStart("facts");
                        json.writeStringField("actual", "r" + (i + 1) + "Actual");
                        if (row.qualitative()) {
                            json.writeStringField("score", "r" + (i + 1) + "Score");
                            json.writeStringField("reason", "r" + (i + 1) + "Note");
                        } else {
                            json.writeStringField("explanation", "r" + (i + 1) + "Note");
                        }
                        json.writeEndObject();
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Derived(form.source() + "（绩效目标表）.json", text.toString(), cells, names);
    }

    private static void label(JsonGenerator json, String fact, String label) throws IOException {
        json.writeObjectFieldStart(fact);
        json.writeStringField("label", label);
        json.writeEndObject();
    }

    private static String level1(String written) {
        String name = written.strip();
        for (Map.Entry<String, String> known : LEVEL1.entrySet()) {
            if (name.equals(known.getKey()) || name.equals(known.getKey() + "指标")) {
                return known.getValue();
            }
        }
        return null;
    }

    /**
     * The form's values as a submission for its rubric: each row's 实际完成值 and 偏差原因 (for a qualitative target its
     * 得分 and reason) under the facts the rubric binds, 全年预算数 and 全年执行数 as the execution rate's plan and
     * actual, and the scores the unit wrote as its claims (a quantitative row's 得分, the execution rate's, 总分). Rows
     * are matched with the rubric's by their 三级指标 name; one the rubric lacks, or whose 年度指标值 or 分值 differs from
     * the rubric's, is refused at its cell.
     *
     * @param form the form
     * @param rubric its rubric: made by {@link #rubric} or one the bureau wrote
     * @return the submission, each path placed at its cell
     * @throws InputException naming the form's cells
     */
    public static Submission submission(ProjectForm form, CompiledRubric rubric) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> facts = new LinkedHashMap<>();
        Map<String, BigDecimal> claimed = new LinkedHashMap<>();
        Map<String, String> cells = new LinkedHashMap<>();
        Map<String, CompiledRubric.Entry> byName = new LinkedHashMap<>();
        CompiledRubric.Entry execution = null;
        for (CompiledRubric.Entry entry : rubric.entries()) {
            if (entry.type().type().id().equals(EXECUTION)) {
                execution = entry;
            } else {
                byName.put(entry.row().name().strip(), entry);
            }
        }
        if (execution != null) {
            String fact = execution.facts().get("funds");
            ProjectForm.Funds total = form.total();
            if (total == null || total.budget() == null || total.executed() == null) {
                problems.add(at(form, "funds.budget", "expected 年度资金总额's 全年预算数 and 全年执行数 (万元)"));
            } else {
                if (total.weight() != null
                        && total.weight().compareTo(execution.row().weight()) != 0) {
                    problems.add(at(
                            form,
                            "funds.weight",
                            "the 分值 of " + execution.row().name() + " is "
                                    + Numbers.plain(execution.row().weight()) + " in the rubric "
                                    + rubric.rubric().id() + ", not " + Numbers.plain(total.weight())));
                }
                facts.put(fact, new PlanActual(total.budget(), total.executed()));
                cells.put("facts." + fact, form.cells().get("funds.budget"));
                cells.put("facts." + fact + ".plan", form.cells().get("funds.budget"));
                cells.put("facts." + fact + ".actual", form.cells().get("funds.executed"));
                if (total.claimedScore() != null) {
                    claimed.put(execution.row().id(), total.claimedScore());
                    cells.put("claimed." + execution.row().id(), form.cells().get("funds.score"));
                }
            }
        }
        for (int i = 0; i < form.rows().size(); i++) {
            ProjectForm.Row row = form.rows().get(i);
            String key = "rows[" + i + "]";
            CompiledRubric.Entry entry = byName.remove(row.name().strip());
            if (entry == null) {
                problems.add(at(
                        form,
                        key + ".name",
                        "the rubric " + rubric.rubric().id() + " has no 三级指标 \"" + row.name() + "\""
                                + (byName.isEmpty() ? "" : "; it has " + String.join(", ", byName.keySet()))));
                continue;
            }
            String target = entry.parameters().text("target");
            if (!sameTarget(target, row.target())) {
                problems.add(at(
                        form,
                        key + ".target",
                        "the 年度指标值 of " + row.name() + " is " + target + " in the rubric "
                                + rubric.rubric().id() + ", not " + row.target()));
            }
            if (entry.row().weight().compareTo(row.weight()) != 0) {
                problems.add(at(
                        form,
                        key + ".weight",
                        "the 分值 of " + row.name() + " is "
                                + Numbers.plain(entry.row().weight()) + " in the rubric "
                                + rubric.rubric().id() + ", not " + Numbers.plain(row.weight())));
            }
            boolean qualitative = entry.type().type().id().equals(QUALITATIVE);
            put(facts, cells, form, entry.facts().get("actual"), row.actual(), key + ".actual");
            if (qualitative) {
                put(facts, cells, form, entry.facts().get("score"), row.score(), key + ".score");
                put(facts, cells, form, entry.facts().get("reason"), row.note(), key + ".note");
            } else {
                put(facts, cells, form, entry.facts().get("explanation"), row.note(), key + ".note");
                if (row.score() != null) {
                    claimed.put(entry.row().id(), row.score());
                    cells.put("claimed." + entry.row().id(), form.cells().get(key + ".score"));
                }
            }
        }
        for (String missing : byName.keySet()) {
            problems.add(at(
                    form,
                    "rows",
                    "the form has no row for the rubric's 三级指标 \"" + missing + "\" ("
                            + rubric.rubric().id() + ")"));
        }
        if (form.claimedTotal() != null) {
            claimed.put(CompiledRubric.TOTAL_ID, form.claimedTotal());
            cells.put("claimed." + CompiledRubric.TOTAL_ID, form.cells().get("total"));
        }
        if (!problems.isEmpty()) {
            throw new InputException("submission", problems);
        }
        String region = !form.unit().isBlank() ? form.unit() : form.department();
        Subject subject = new Subject(region.isBlank() ? null : region, null, form.year(), form.project());
        String source = form.source();
        return new Submission(
                source,
                subject,
                rubric.rubric().id().equals(FORM_RUBRIC)
                        ? null
                        : rubric.rubric().id(),
                facts,
                claimed,
                Locator.cells(source, cells, partsNotes(form)),
                List.of(),
                Map.of(),
                // what the report says of the funds: 全年下达资金…，已支出…
                form.total() == null
                        ? org.jixiao.engine.submission.Narrative.NONE
                        : new org.jixiao.engine.submission.Narrative(
                                form.total().budget(), form.total().executed(), List.of(), Map.of()));
    }

    /**
     * Where the funds' parts (本年财政拨款, 上年结转资金, 其他资金) do not add up to 年度资金总额: a note at its cell, shown
     * with the evaluation — the rate is worked from 年度资金总额, and a total that is not its parts' sum may be a slip.
     */
    static List<Problem> partsNotes(ProjectForm form) {
        ProjectForm.Funds total = form.total();
        List<Problem> notes = new ArrayList<>();
        if (total == null) {
            return notes;
        }
        List<ProjectForm.Funds> parts = form.funds().subList(1, form.funds().size());
        boolean[] budgetColumn = {true, false};
        for (boolean budget : budgetColumn) {
            BigDecimal whole = budget ? total.budget() : total.executed();
            BigDecimal sum = null;
            for (ProjectForm.Funds part : parts) {
                BigDecimal value = budget ? part.budget() : part.executed();
                if (value != null) {
                    sum = sum == null ? value : sum.add(value);
                }
            }
            if (whole != null && sum != null && whole.compareTo(sum) != 0) {
                notes.add(at(
                        form,
                        budget ? "funds.budget" : "funds.executed",
                        "年度资金总额's " + (budget ? "全年预算数" : "全年执行数") + " is " + Numbers.plain(whole)
                                + " 万元, but its parts add up to " + Numbers.plain(sum)
                                + " 万元; the execution rate is worked from 年度资金总额: check them"));
            }
        }
        return notes;
    }

    private static boolean sameTarget(String rubric, String form) {
        if (rubric.strip().equals(form.strip())) {
            return true;
        }
        try {
            return TargetText.parse(rubric).equals(TargetText.parse(form));
        } catch (TargetTextException unreadable) {
            return false;
        }
    }

    private static void put(
            Map<String, Object> facts,
            Map<String, String> cells,
            ProjectForm form,
            String fact,
            Object value,
            String key) {
        if (fact == null) {
            return;
        }
        if (value != null && !(value instanceof String text && text.isBlank())) {
            facts.put(fact, value);
        }
        String cell = form.cells().get(key);
        if (cell != null) {
            cells.put("facts." + fact, cell);
        }
    }

    private static Problem at(ProjectForm form, String key, String message) {
        String cell = key == null ? null : form.cells().get(key);
        return new Problem(form.source(), null, cell, message);
    }

    /**
     * The form of a project's rubric, to fill in: its rows with their 年度指标值 and 分值, and, where a submission is
     * given, the values it holds (a JSON submission written out as the form).
     *
     * @param rubric a project's rubric ({@link #isProjectRubric})
     * @param submission its facts, or {@code null} for an empty form
     * @return the form
     */
    public static ProjectForm form(CompiledRubric rubric, Submission submission) {
        Map<String, Object> facts = submission == null ? Map.of() : submission.facts();
        Map<String, CompiledRubric.Entry> entries = new LinkedHashMap<>();
        rubric.entries().forEach(e -> entries.put(e.row().id(), e));
        List<ProjectForm.Row> rows = new ArrayList<>();
        ProjectForm.Funds total = new ProjectForm.Funds(ProjectForm.FUNDS_LINES.get(0), null, null, null, null, null);
        for (Rubric.Group group : rubric.rubric().groups()) {
            List<Rubric.Group> subs = group.subgroups().isEmpty() ? List.of(group) : group.subgroups();
            for (Rubric.Group sub : subs) {
                for (Rubric.Row row : sub.indicators()) {
                    CompiledRubric.Entry entry = entries.get(row.id());
                    String type = entry.type().type().id();
                    if (type.equals(EXECUTION)) {
                        PlanActual pair = planActual(facts.get(entry.facts().get("funds")));
                        total = new ProjectForm.Funds(
                                total.name(),
                                null,
                                pair == null ? null : pair.plan(),
                                pair == null ? null : pair.actual(),
                                null,
                                row.weight());
                        continue;
                    }
                    boolean qualitative = type.equals(QUALITATIVE);
                    Object score = qualitative ? facts.get(entry.facts().get("score")) : null;
                    rows.add(new ProjectForm.Row(
                            group.name(),
                            sub == group ? "" : sub.name(),
                            row.name(),
                            entry.parameters().text("target"),
                            row.weight(),
                            text(facts.get(entry.facts().get("actual"))),
                            score instanceof BigDecimal number ? number : null,
                            text(facts.get(entry.facts().get(qualitative ? "reason" : "explanation")))));
                }
            }
        }
        List<ProjectForm.Funds> funds = new ArrayList<>();
        funds.add(total);
        ProjectForm.FUNDS_LINES.stream()
                .skip(1)
                .forEach(n -> funds.add(new ProjectForm.Funds(n, null, null, null, null, null)));
        Subject subject = submission == null ? Subject.UNKNOWN : submission.subject();
        BigDecimal claimedTotal =
                submission == null ? null : submission.claimed().get(CompiledRubric.TOTAL_ID);
        return new ProjectForm(
                submission == null ? rubric.source() : submission.source(),
                subject.year(),
                subject.program() == null
                        ? rubric.rubric().title().replaceFirst("^项目支出绩效自评表——", "")
                        : subject.program(),
                "",
                subject.region() == null ? "" : subject.region(),
                funds,
                "",
                "",
                rows,
                claimedTotal,
                Map.of());
    }

    private static PlanActual planActual(Object value) {
        if (value instanceof PlanActual pair) {
            return pair;
        }
        if (value instanceof Map<?, ?> map
                && map.get("plan") instanceof BigDecimal plan
                && map.get("actual") instanceof BigDecimal actual) {
            return new PlanActual(plan, actual);
        }
        return null;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal number ? Numbers.plain(number) : value.toString();
    }

    /**
     * What an evaluation gives the form: the execution rate and its score, each row's score and reason in the form's
     * order, the total, its grade and the cap that applied.
     *
     * @param form the form
     * @param rubric its rubric
     * @param evaluation the evaluation of the form's submission
     * @return the scores to write on it
     */
    public static ProjectForm.Scores scores(ProjectForm form, CompiledRubric rubric, Evaluation evaluation) {
        Map<String, String> idByName = new LinkedHashMap<>();
        String executionId = null;
        for (CompiledRubric.Entry entry : rubric.entries()) {
            if (entry.type().type().id().equals(EXECUTION)) {
                executionId = entry.row().id();
            } else {
                idByName.put(entry.row().name().strip(), entry.row().id());
            }
        }
        List<ProjectForm.Scored> rows = new ArrayList<>();
        for (ProjectForm.Row row : form.rows()) {
            Optional<Evaluation.IndicatorResult> result =
                    Optional.ofNullable(idByName.get(row.name().strip())).flatMap(evaluation::indicator);
            rows.add(result.map(r -> new ProjectForm.Scored(r.score(), r.reason()))
                    .orElse(new ProjectForm.Scored(null, "")));
        }
        Optional<Evaluation.IndicatorResult> funds =
                executionId == null ? Optional.empty() : evaluation.indicator(executionId);
        ProjectForm.Funds total = form.total();
        BigDecimal rate = total == null
                        || total.budget() == null
                        || total.executed() == null
                        || total.budget().signum() == 0
                ? null
                : total.executed().multiply(BigDecimal.valueOf(100)).divide(total.budget(), 2, RoundingMode.HALF_UP);
        String note = evaluation
                .cap()
                .map(cap -> cap.reason() + "，总分最高" + Numbers.plain(cap.atMost()) + "分（按指标计"
                        + Numbers.plain(cap.before()) + "分，扣减" + Numbers.plain(cap.cut()) + "分）")
                .orElse("");
        return new ProjectForm.Scores(
                rate,
                funds.map(Evaluation.IndicatorResult::score).orElse(null),
                funds.map(Evaluation.IndicatorResult::reason).orElse(""),
                rows,
                evaluation.total(),
                evaluation.grade().label(),
                note);
    }
}
