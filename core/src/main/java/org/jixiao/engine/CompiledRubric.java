package org.jixiao.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.spi.Deduction;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.Parameters;
import org.jixiao.spi.PlanActual;

/**
 * A rubric checked against its indicator types and ready to score submissions: every row's type is
 * resolved and configured once, so evaluating does no lookup, reflection or parsing.
 *
 * <p>Immutable and thread-safe: evaluate from as many threads as you like.
 *
 * @since 0.1
 */
public final class CompiledRubric {

    /** The id claimed scores use for the total. */
    public static final String TOTAL_ID = "total";
    private static final String TOTAL_NAME = "合计";
    /** An actual quantity more than this many times its plan is worth a warning. */
    static final BigDecimal FAR_ABOVE_PLAN = BigDecimal.TEN;

    private final Rubric rubric;
    private final String source;
    private final List<GradeBand> bands;
    private final List<Group> groups;
    private final List<RequiredFact> facts;
    private final boolean[] zeroPlanAllowed;
    private final Map<String, Integer> factIndex;
    private final Map<String, String> names;
    private final Evaluation.RubricRef ref;
    private final List<Row> rows;
    private final Extra bonus;
    private final Extra penalty;
    private final Duration scoringBudget;
    private final Locator locator;
    private final FactRollup rollup;

    CompiledRubric(Rubric rubric, String source, Locator locator, List<GradeBand> bands, List<Group> groups,
            Extra bonus, Extra penalty, Map<String, RubricCompiler.FactUse> uses, FactRollup rollup,
            Duration scoringBudget) {
        this.rollup = rollup;
        this.locator = locator;
        this.scoringBudget = scoringBudget;
        this.bonus = bonus;
        this.penalty = penalty;
        List<Row> all = new ArrayList<>(groups.stream().flatMap(g -> g.rows().stream()).toList());
        for (Extra extra : new Extra[] {bonus, penalty}) {
            if (extra != null) {
                all.addAll(extra.rows());
            }
        }
        this.rows = List.copyOf(all);
        this.rubric = rubric;
        this.source = source;
        this.bands = List.copyOf(bands);
        this.groups = List.copyOf(groups);
        List<RequiredFact> required = new ArrayList<>();
        uses.values().forEach(use -> required.add(new RequiredFact(
                use.name(), use.kind(), use.label(), use.unit(), use.indicatorId(), use.indicatorName())));
        this.facts = List.copyOf(required);
        this.zeroPlanAllowed = new boolean[uses.size()];
        int u = 0;
        for (RubricCompiler.FactUse use : uses.values()) {
            zeroPlanAllowed[u++] = use.zeroPlanAllowed();
        }
        this.factIndex = Map.copyOf(RubricCompiler.indexOf(facts.stream().map(RequiredFact::name).toList()));
        rows.forEach(row -> row.bind(factIndex));
        Map<String, String> idNames = new LinkedHashMap<>();
        for (Group group : groups) {
            idNames.put(group.group().id(), group.group().name());
            group.rows().forEach(row -> idNames.put(row.row().id(), row.row().name()));
        }
        for (Extra extra : new Extra[] {bonus, penalty}) {
            if (extra != null) {
                extra.rows().forEach(row -> idNames.put(row.row().id(), row.row().name()));
            }
        }
        idNames.put(TOTAL_ID, TOTAL_NAME);
        this.names = Collections.unmodifiableMap(idNames);
        this.ref = new Evaluation.RubricRef(rubric.id(), rubric.version(), rubric.title(), rubric.total(),
                Canonical.rubricSha256(this));
    }

    /**
     * The rubric as written.
     *
     * @return the rubric, never {@code null}
     */
    public Rubric rubric() {
        return rubric;
    }

    /**
     * Where the rubric was read from.
     *
     * @return a file or resource name, never {@code null}
     */
    public String source() {
        return source;
    }

    /**
     * Identifies this rubric exactly, as evaluations record it.
     *
     * @return id, version, title, total and SHA-256
     */
    public Evaluation.RubricRef ref() {
        return ref;
    }

    /**
     * Every row with its resolved type, parameters (defaults filled in) and fact bindings, in table
     * order; bonus and penalty items last, with {@code bonus} or {@code penalty} as their group.
     *
     * @return the entries, never {@code null}
     */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Group group : groups) {
            int index = rubric.groups().indexOf(group.group());
            for (Row row : group.rows()) {
                String path = "groups[" + index + "].indicators[" + group.group().indicators().indexOf(row.row()) + "]";
                entries.add(entry(group.group().id(), row, path));
            }
        }
        for (String key : List.of("bonus", "penalty")) {
            Extra extra = key.equals("bonus") ? bonus : penalty;
            if (extra != null) {
                for (Row row : extra.rows()) {
                    entries.add(entry(key, row, key + ".indicators[" + extra.extra().indicators().indexOf(row.row()) + "]"));
                }
            }
        }
        return entries;
    }

    private Entry entry(String groupId, Row row, String path) {
        return new Entry(groupId, row.row(), row.type(), row.parameters(), row.bindings(), sources(path));
    }

    /**
     * Where the value at a path of the rubric was written: for a rubric that extends another, the file
     * that last set it.
     *
     * @param path such as {@code groups[2].indicators[0].weight}
     * @return its origin, or empty if unknown (a rubric built in code)
     */
    public Optional<Origin> origin(String path) {
        return locator.origin(path);
    }

    /** The files that wrote a row: the one that defined it (wrote its type) first, then any that changed it. */
    private List<String> sources(String rowPath) {
        java.util.LinkedHashSet<String> sources = new java.util.LinkedHashSet<>();
        origin(rowPath + ".type").map(Origin::source).ifPresent(sources::add);
        for (String field : List.of("id", "name", "weight", "criteria", "params", "facts")) {
            origin(rowPath + "." + field).map(Origin::source).ifPresent(sources::add);
        }
        origin(rowPath).map(Origin::source).ifPresent(sources::add);
        sources.remove(null);
        return List.copyOf(sources.isEmpty() ? List.of(source) : sources);
    }

    /**
     * The facts every submission must give, in the order the table first reads them.
     *
     * @return the facts, never {@code null}
     */
    public List<RequiredFact> facts() {
        return facts;
    }

    /**
     * The grade bands, highest first.
     *
     * @return the bands
     */
    public List<GradeBand> grades() {
        return bands;
    }

    /**
     * How this rubric rolls counties up into their city when asked to: combining facts, or the mean of
     * the counties' totals.
     *
     * @return the method, {@link RollupMethod#FACTS} unless the rubric says otherwise
     * @since 0.2
     */
    public RollupMethod rollupMethod() {
        return rollup.method();
    }

    /**
     * Each fact's roll-up rule: the rubric's {@code rollup.facts}, else the indicator type's default.
     * Facts without a rule are missing from the map; a rubric that declares a roll-up has none such.
     *
     * @return rules by fact name, in the order the table reads the facts, then weights with a rule of their own
     * @since 0.2
     */
    public Map<String, org.jixiao.spi.RollupRule> rollupRules() {
        return rollup.rules();
    }

    /**
     * Facts no indicator reads that weight a mean in the roll-up (such as {@code projectFunding}): a
     * county may give them, checked as numbers of 0 or more, and must give them to be rolled up.
     *
     * @return their names, never {@code null}
     * @since 0.2
     */
    public List<String> weightFacts() {
        return rollup.weightOnly();
    }

    /**
     * The upper level's submission made from its parts (汇总): each fact the counties give combined by its
     * rule (plans and actuals summed, ratios weighted, flags all or any…), then the facts the upper level's
     * own submission gives ({@code own}). Subject, rubric and claimed scores are the own submission's.
     *
     * @param parts the counties' submissions, in any order (the result does not depend on it); never
     *     {@code null}
     * @param own the upper level's own submission: its own facts and its claims; never {@code null}
     * @return the combined submission, to {@linkplain #evaluate evaluate} like any other
     * @throws InputException listing every problem in every file: a missing or bad fact in a county, a
     *     weight sum of zero, a combined fact the own file gives too, a fact with no rule
     * @since 0.2
     */
    public Submission combine(List<Submission> parts, Submission own) {
        java.util.Objects.requireNonNull(parts, "parts is null");
        java.util.Objects.requireNonNull(own, "own is null");
        Map<String, Object> facts = rollup.combine(this, parts, own);
        return new Submission(own.source(), own.subject(), own.rubric(), facts, own.claimed(), own.locator());
    }

    /**
     * The plain mean of the counties' totals, the other roll-up method: exact when it terminates, else
     * rounded half up to the rubric's roll-up decimals (2 unless it says).
     *
     * @param totals the totals; never {@code null} or empty
     * @return the mean
     * @since 0.2
     */
    public BigDecimal meanOfTotals(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("no totals to average");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal total : totals) {
            sum = sum.add(java.util.Objects.requireNonNull(total, "a total is null"));
        }
        return normalized(rollup.mean(sum, BigDecimal.valueOf(totals.size())));
    }

    boolean rollupDeclared() {
        return rollup.declared();
    }

    int rollupDecimals() {
        return rollup.decimals();
    }

    boolean zeroPlanAllowed(int factIndex) {
        return zeroPlanAllowed[factIndex];
    }

    /**
     * Scores a submission.
     *
     * @param submission the submission; never {@code null}
     * @return the evaluation; {@linkplain Evaluation#failed() failed} if an indicator type misbehaved
     * @throws InputException listing every missing, mistyped or out-of-range fact
     */
    public Evaluation evaluate(Submission submission) {
        Problems problems = new Problems("submission", submission.source(), submission.locator());
        Object[] values = new Object[facts.size()];
        for (int i = 0; i < facts.size(); i++) {
            RequiredFact fact = facts.get(i);
            String path = "facts." + fact.name();
            if (!submission.facts().containsKey(fact.name())) {
                problems.at("facts", "missing fact \"" + fact.name() + "\" (" + fact.label() + ", "
                        + fact.kind().expected() + "), read by indicator " + fact.indicatorId() + " "
                        + fact.indicatorName());
            } else {
                values[i] = FactConversion.convert(fact.kind(), submission.facts().get(fact.name()), path, problems,
                        zeroPlanAllowed[i]);
            }
        }
        for (String weight : rollup.weightOnly()) {
            if (submission.facts().containsKey(weight)) {
                FactConversion.convert(FactKind.DECIMAL, submission.facts().get(weight), "facts." + weight, problems);
            }
        }
        problems.throwIfAny();
        List<String> warnings = warnings(submission, values);

        RowScoring.Outcome[] decided = applicability(values, problems);
        problems.throwIfAny();
        RowScoring.Outcome[] outcomes = RowScoring.scoreAll(rows, submission.subject(), values, scoringBudget, decided);
        List<Evaluation.GroupResult> groupResults = new ArrayList<>();
        List<Evaluation.Failure> failures = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal applicableWeight = BigDecimal.ZERO;
        int index = 0;
        for (Group group : groups) {
            List<Evaluation.IndicatorResult> results = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            boolean groupFailed = false;
            for (Row row : group.rows()) {
                Evaluation.IndicatorResult result = result(row, outcomes[index++], problems, failures);
                results.add(result);
                if (!result.applicable()) {
                    continue;
                }
                applicableWeight = applicableWeight.add(result.weight());
                if (result.score() == null) {
                    groupFailed = true;
                } else {
                    sum = sum.add(result.score());
                }
            }
            BigDecimal groupScore = groupFailed ? null : normalized(sum);
            if (groupScore != null) {
                total = total.add(groupScore);
            }
            groupResults.add(new Evaluation.GroupResult(group.group().id(), group.group().name(),
                    group.group().weight(), groupScore, results));
        }
        Evaluation.ExtraResult bonusResult = extraResult(bonus, outcomes, index, problems, failures);
        index += bonus == null ? 0 : bonus.rows().size();
        Evaluation.ExtraResult penaltyResult = extraResult(penalty, outcomes, index, problems, failures);
        problems.throwIfAny();
        boolean failed = !failures.isEmpty()
                || bonusResult != null && bonusResult.score() == null
                || penaltyResult != null && penaltyResult.score() == null;
        BigDecimal finalTotal = null;
        GradeBand grade = null;
        List<Evaluation.VetoResult> vetoes = vetoes(values);
        if (!failed && applicableWeight.signum() == 0) {
            problems.at("facts", "no indicator of rubric " + rubric.id() + " applies to this subject");
            problems.throwIfAny();
        }
        if (!failed && applicableWeight.compareTo(rubric.total()) != 0) {
            // 折算: the applicable indicators' score over their weight, scaled to the total
            total = rescale(total.multiply(rubric.total()), applicableWeight);
        }
        if (!failed) {
            BigDecimal adjusted = total
                    .add(bonusResult == null ? BigDecimal.ZERO : bonusResult.score())
                    .subtract(penaltyResult == null ? BigDecimal.ZERO : penaltyResult.score());
            finalTotal = normalized(adjusted.max(BigDecimal.ZERO).min(rubric.total()));
            grade = vetoes.isEmpty() ? grade(finalTotal) : bands.get(bands.size() - 1);
        }
        List<Evaluation.Discrepancy> discrepancies = discrepancies(submission, groupResults, finalTotal);
        org.jixiao.spi.Subject given = submission.subject();
        org.jixiao.spi.Subject subject = new org.jixiao.spi.Subject(TextPolicy.neutralize(given.region(), false),
                TextPolicy.neutralize(given.level(), false), given.year(), TextPolicy.neutralize(given.program(), false));
        return new Evaluation(ref, subject, Canonical.factsSha256(submission.facts()), groupResults,
                bonusResult, penaltyResult, finalTotal, grade, vetoes, discrepancies, warnings, failures);
    }

    /** Exact when the quotient terminates, else rounded half up to 0.01, as scores are. */
    private static BigDecimal rescale(BigDecimal dividend, BigDecimal divisor) {
        try {
            return dividend.divide(divisor);
        } catch (ArithmeticException nonTerminating) {
            return dividend.divide(divisor, 2, java.math.RoundingMode.HALF_UP);
        }
    }

    /**
     * Rows a plan of zero makes not applicable, decided before scoring; a zero plan read by a row that
     * does not allow it is bad input.
     */
    private RowScoring.Outcome[] applicability(Object[] values, Problems problems) {
        RowScoring.Outcome[] decided = new RowScoring.Outcome[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            for (Map.Entry<String, String> binding : row.bindings().entrySet()) {
                Integer index = factIndex.get(binding.getValue());
                if (index == null || !(values[index] instanceof FactConversion.ZeroPlan)) {
                    continue;
                }
                if (row.row().notApplicableWhenPlanIsZero()) {
                    decided[i] = new RowScoring.NotApplicable("不适用：年度计划为0。");
                } else {
                    problems.at("facts." + binding.getValue() + ".plan", "expected a plan greater than 0, got 0;"
                            + " indicator " + row.row().id() + " does not treat a zero plan as not applicable");
                }
            }
        }
        return decided;
    }

    /** One row's result; a bad fact goes to the problems, a misbehaving type to the failures. */
    private static Evaluation.IndicatorResult result(Row row, RowScoring.Outcome outcome, Problems problems,
            List<Evaluation.Failure> failures) {
        Rubric.Row r = row.row();
        if (outcome instanceof RowScoring.Scored scored) {
            return new Evaluation.IndicatorResult(r.id(), r.name(), r.type(), r.weight(), r.criteria(),
                    normalized(scored.score().points()), TextPolicy.neutralize(scored.score().reason(), false),
                    normalizedDeductions(scored.score().deductions()), true);
        }
        if (outcome instanceof RowScoring.NotApplicable notApplicable) {
            return new Evaluation.IndicatorResult(r.id(), r.name(), r.type(), r.weight(), r.criteria(), null,
                    notApplicable.reason(), List.of(), false);
        }
        if (outcome instanceof RowScoring.BadFact bad) {
            problems.at("facts." + bad.fact(), bad.message() + " (indicator " + r.id() + ")");
        } else {
            String message = outcome instanceof RowScoring.Failed failed ? failed.message()
                    : "was not scored: the evaluation ran out of time";
            failures.add(new Evaluation.Failure(r.id(), row.type().id(), row.type().source(), message));
        }
        return new Evaluation.IndicatorResult(r.id(), r.name(), r.type(), r.weight(), r.criteria(), null, "", List.of(),
                true);
    }

    /** The triggered vetoes: their flag facts hold. */
    private List<Evaluation.VetoResult> vetoes(Object[] values) {
        List<Evaluation.VetoResult> triggered = new ArrayList<>();
        for (Rubric.Veto veto : rubric.vetoes()) {
            if (Boolean.TRUE.equals(values[factIndex.get(veto.fact())])) {
                triggered.add(new Evaluation.VetoResult(veto.id(), veto.name(), veto.reason()));
            }
        }
        return triggered;
    }

    /** Bonus or penalty items: each within its weight, together at most the cap; null score if one failed. */
    private static Evaluation.ExtraResult extraResult(Extra extra, RowScoring.Outcome[] outcomes, int start,
            Problems problems, List<Evaluation.Failure> failures) {
        if (extra == null) {
            return null;
        }
        List<Evaluation.IndicatorResult> results = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean failed = false;
        for (int i = 0; i < extra.rows().size(); i++) {
            Evaluation.IndicatorResult result = result(extra.rows().get(i), outcomes[start + i], problems, failures);
            results.add(result);
            if (result.applicable() && result.score() == null) {
                failed = true;
            } else if (result.applicable()) {
                sum = sum.add(result.score());
            }
        }
        return new Evaluation.ExtraResult(extra.extra().name(), extra.extra().cap(),
                failed ? null : normalized(sum.min(extra.extra().cap())), results);
    }

    private List<String> warnings(Submission submission, Object[] values) {
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof PlanActual pair
                    && pair.actual().compareTo(pair.plan().multiply(FAR_ABOVE_PLAN)) > 0) {
                warnings.add("facts." + facts.get(i).name() + ": the actual quantity " + RubricCompiler.plain(pair.actual())
                        + " is more than " + FAR_ABOVE_PLAN + " times the plan " + RubricCompiler.plain(pair.plan())
                        + "; check for a typo or a unit mismatch");
            }
        }
        for (String name : submission.facts().keySet()) {
            if (!factIndex.containsKey(name) && !rollup.weightOnly().contains(name)) {
                warnings.add("facts." + name + ": no indicator of rubric " + rubric.id() + " reads this fact"
                        + Suggestions.didYouMean(name, factIndex.keySet()));
            }
        }
        for (String id : submission.claimed().keySet()) {
            if (!names.containsKey(id)) {
                warnings.add("claimed." + id + ": rubric " + rubric.id() + " has no indicator or group " + id
                        + Suggestions.didYouMean(id, names.keySet()));
            }
        }
        submission.rubricId().filter(id -> !id.equals(rubric.id()) && !RubricLibrary.namesFile(id))
                .ifPresent(id -> warnings.add(
                "rubric: the submission names rubric " + id + " but was scored with " + rubric.id()));
        return warnings;
    }

    private GradeBand grade(BigDecimal total) {
        for (GradeBand band : bands) {
            if (band.admits(total)) {
                return band;
            }
        }
        return bands.get(bands.size() - 1);
    }

    private List<Evaluation.Discrepancy> discrepancies(Submission submission, List<Evaluation.GroupResult> groups,
            BigDecimal total) {
        Map<String, BigDecimal> computed = new LinkedHashMap<>();
        for (Evaluation.GroupResult group : groups) {
            for (Evaluation.IndicatorResult indicator : group.indicators()) {
                computed.put(indicator.id(), indicator.score());
            }
            computed.put(group.id(), group.score());
        }
        computed.put(TOTAL_ID, total);
        List<Evaluation.Discrepancy> discrepancies = new ArrayList<>();
        computed.forEach((id, score) -> {
            BigDecimal claimed = submission.claimed().get(id);
            if (claimed != null && score != null && claimed.compareTo(score) != 0) {
                discrepancies.add(new Evaluation.Discrepancy(id, names.get(id), normalized(claimed), score));
            }
        });
        return discrepancies;
    }

    static BigDecimal normalized(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static List<Deduction> normalizedDeductions(List<Deduction> deductions) {
        return deductions.stream().map(d -> new Deduction(normalized(d.points()), TextPolicy.neutralize(d.reason(),
                false))).toList();
    }

    List<Group> groups() {
        return groups;
    }

    /**
     * One row of a compiled rubric, as {@code rubric show} and form builders need it.
     *
     * @param groupId the row's group
     * @param row the row as written
     * @param type its indicator type and the type's source
     * @param parameters the parameters with defaults filled in
     * @param facts slot to submission fact, defaults included
     * @param sources the files that wrote the row: the one that defined it first, then those that changed it
     */
    public record Entry(String groupId, Rubric.Row row, RegisteredType type, Parameters parameters,
            Map<String, String> facts, List<String> sources) {
    }

    record Group(Rubric.Group group, List<Row> rows) {
    }

    record Extra(Rubric.Extra extra, List<Row> rows) {
    }

    Extra bonus() {
        return bonus;
    }

    Extra penalty() {
        return penalty;
    }

    /** A configured row; {@link #bind} fixes its slot-to-fact indices once the rubric's facts are known. */
    static final class Row {
        private final Rubric.Row row;
        private final RegisteredType type;
        private final Indicator indicator;
        private final Parameters parameters;
        private final Map<String, String> bindings;
        private final Map<String, FactKind> slotKinds;
        private Map<String, Integer> slotIndex = Map.of();

        Row(Rubric.Row row, RegisteredType type, Indicator indicator, Parameters parameters,
                Map<String, String> bindings, List<FactSlot> slots) {
            this.row = row;
            this.type = type;
            this.indicator = indicator;
            this.parameters = parameters;
            this.bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
            Map<String, FactKind> kinds = new LinkedHashMap<>();
            for (FactSlot slot : slots) {
                kinds.put(slot.slot(), slot.kind());
            }
            this.slotKinds = Collections.unmodifiableMap(kinds);
        }

        void bind(Map<String, Integer> factIndex) {
            Map<String, Integer> index = new LinkedHashMap<>();
            bindings.forEach((slot, fact) -> index.put(slot, factIndex.get(fact)));
            slotIndex = Collections.unmodifiableMap(index);
        }

        BoundFacts view(org.jixiao.spi.Subject subject, Object[] values) {
            return new BoundFacts(subject, values, slotIndex, slotKinds);
        }

        Rubric.Row row() {
            return row;
        }

        RegisteredType type() {
            return type;
        }

        Indicator indicator() {
            return indicator;
        }

        Parameters parameters() {
            return parameters;
        }

        Map<String, String> bindings() {
            return bindings;
        }
    }
}
