package org.jixiao.engine.score;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Origin;
import org.jixiao.engine.read.Locator;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.rubric.RequiredFact;
import org.jixiao.engine.rubric.RollupMethod;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.Api;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.Parameters;

/**
 * A rubric checked against its indicator types and ready to score submissions: every row's type is
 * resolved and configured once, so evaluating does no lookup, reflection or parsing.
 *
 * <p>Immutable and thread-safe: evaluate from as many threads as you like.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class CompiledRubric {
    // Why this file is long: public API with its Javadoc, plus the package-private accessors the Evaluator, FactRollup
    // and Canonical read; these belong to the compiled form they expose, so they stay with it.

    /** The id claimed scores use for the total. */
    public static final String TOTAL_ID = "total";

    private static final String TOTAL_NAME = "合计";

    private final Rubric rubric;
    private final String source;
    private final List<GradeBand> bands;
    private final List<Group> groups;
    private final List<RequiredFact> facts;
    private final boolean[] zeroPlanAllowed;
    /** {@code facts.NAME} for each fact, so that an evaluation names a bad fact without building its path. */
    private final String[] factPaths;
    /** The facts' names, interned, in the order of {@link #facts()}. */
    private final String[] factNames;

    private final Map<String, Integer> factIndex;
    private final Map<String, String> names;
    /** Hashed after construction, from the finished value, on first use (the same bytes on every thread). */
    private volatile Evaluation.RubricRef ref;

    private final List<Row> rows;
    private final Extra bonus;
    private final Extra penalty;
    private final Duration scoringBudget;
    private final Locator locator;
    private final FactRollup rollup;
    private final Plausibility plausibility;
    /** Each fact's unit as forms show it: its slot's, else its row's {@code unit} parameter. */
    private final Map<String, String> units;

    private final List<String> warnings;
    /** The weights of the groups' rows added up: the applicable weight when every row applies. */
    private final BigDecimal rowWeights;

    CompiledRubric(
            Rubric rubric,
            String source,
            Locator locator,
            List<GradeBand> bands,
            List<Group> groups,
            Extra bonus,
            Extra penalty,
            Map<String, RubricCompiler.FactUse> uses,
            FactRollup rollup,
            Plausibility plausibility,
            Map<String, String> units,
            Duration scoringBudget,
            List<String> warnings) {
        this.warnings = List.copyOf(warnings);
        this.rollup = rollup;
        this.plausibility = plausibility;
        this.units = Map.copyOf(units);
        this.locator = locator;
        this.scoringBudget = scoringBudget;
        this.bonus = bonus;
        this.penalty = penalty;
        List<Row> all =
                new ArrayList<>(groups.stream().flatMap(g -> g.rows().stream()).toList());
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
        BigDecimal weights = BigDecimal.ZERO;
        for (Group group : this.groups) {
            for (Row row : group.rows()) {
                weights = weights.add(row.row().weight());
            }
        }
        this.rowWeights = weights;
        List<RequiredFact> required = new ArrayList<>();
        uses.values().forEach(use -> {
            // the rubric's own label for a fact (facts: {approvedEarly: {label: 前期审批提前完成}}) before the type's
            Rubric.FactDeclaration declared = rubric.facts().get(use.name());
            String label = declared != null && declared.label() != null ? declared.label() : use.label();
            required.add(new RequiredFact(
                    use.name(), use.kind(), label, use.unit(), use.indicatorId(), use.indicatorName()));
        });
        this.facts = List.copyOf(required);
        this.zeroPlanAllowed = new boolean[uses.size()];
        int u = 0;
        for (RubricCompiler.FactUse use : uses.values()) {
            zeroPlanAllowed[u++] = use.zeroPlanAllowed();
        }
        this.factPaths = new String[facts.size()];
        this.factNames = new String[facts.size()];
        for (int i = 0; i < factPaths.length; i++) {
            factPaths[i] = "facts." + facts.get(i).name();
            // the readers' keys are interned (Jackson interns field names): a lookup then matches by identity
            factNames[i] = facts.get(i).name().intern();
        }
        this.factIndex = Map.copyOf(
                RubricCompiler.indexOf(facts.stream().map(RequiredFact::name).toList()));
        Map<String, String> idNames = new LinkedHashMap<>();
        for (Group group : groups) {
            idNames.put(group.group().id(), group.group().name());
            subgroupNames(group.group().subgroups(), idNames);
            group.rows().forEach(row -> idNames.put(row.row().id(), row.row().name()));
        }
        for (Extra extra : new Extra[] {bonus, penalty}) {
            if (extra != null) {
                extra.rows()
                        .forEach(row -> idNames.put(row.row().id(), row.row().name()));
            }
        }
        idNames.put(TOTAL_ID, TOTAL_NAME);
        this.names = Collections.unmodifiableMap(idNames);
    }

    private static void subgroupNames(List<Rubric.Group> subgroups, Map<String, String> names) {
        for (Rubric.Group subgroup : subgroups) {
            names.put(subgroup.id(), subgroup.name());
            subgroupNames(subgroup.subgroups(), names);
        }
    }

    /** A copy with another scoring budget: the same rows, facts and hash. */
    private CompiledRubric(CompiledRubric other, Duration scoringBudget) {
        this.rubric = other.rubric;
        this.source = other.source;
        this.bands = other.bands;
        this.groups = other.groups;
        this.facts = other.facts;
        this.zeroPlanAllowed = other.zeroPlanAllowed;
        this.factPaths = other.factPaths;
        this.factNames = other.factNames;
        this.factIndex = other.factIndex;
        this.names = other.names;
        this.ref = other.ref;
        this.rows = other.rows;
        this.bonus = other.bonus;
        this.penalty = other.penalty;
        this.scoringBudget = scoringBudget;
        this.locator = other.locator;
        this.rollup = other.rollup;
        this.plausibility = other.plausibility;
        this.units = other.units;
        this.warnings = other.warnings;
        this.rowWeights = other.rowWeights;
    }

    /**
     * What is worth a look in the rubric but did not stop it compiling, such as 评分标准 text that states other
     * points than the row's weight.
     *
     * @return the warnings, each naming its file and line where known; never {@code null}
     * @since 0.2
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * This rubric with another time budget per indicator, or none: for callers that watch for stuck indicators
     * themselves (the batch path scores on its own threads and falls back to this rubric's budget only for a
     * line that runs too long).
     *
     * @param budget the time one indicator may take, or {@code null} to score on the caller's thread unwatched
     * @return a rubric that scores exactly as this one
     * @since 0.2
     */
    public CompiledRubric withScoringTimeout(Duration budget) {
        return java.util.Objects.equals(budget, scoringBudget) ? this : new CompiledRubric(this, budget);
    }

    /**
     * The time budget each indicator has when this rubric scores.
     *
     * @return the budget, or empty for none
     * @since 0.2
     */
    public java.util.Optional<Duration> scoringTimeout() {
        return java.util.Optional.ofNullable(scoringBudget);
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
        Evaluation.RubricRef known = ref;
        if (known == null) {
            known = new Evaluation.RubricRef(
                    rubric.id(), rubric.version(), rubric.title(), rubric.total(), Canonical.rubricSha256(this));
            ref = known;
        }
        return known;
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
                String path = "groups[" + index + "].indicators["
                        + group.group().indicators().indexOf(row.row()) + "]";
                entries.add(entry(group.group().id(), row, path));
            }
        }
        for (String key : List.of("bonus", "penalty")) {
            Extra extra = key.equals("bonus") ? bonus : penalty;
            if (extra != null) {
                for (Row row : extra.rows()) {
                    entries.add(entry(
                            key,
                            row,
                            key + ".indicators[" + extra.extra().indicators().indexOf(row.row()) + "]"));
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

    /** What each fact plausibly is: the checks whose warnings an evaluation carries. */
    Plausibility plausibility() {
        return plausibility;
    }

    /**
     * The unit a form shows after a fact's figure: its slot's own, else the {@code unit} parameter of the first row
     * that reads it (a generic type such as plan completion is told its unit by the row: 万平方米), else, for a roll-up
     * weight, the rubric's {@code facts} unit.
     *
     * @param fact the fact name; never {@code null}
     * @return the unit, such as {@code 户}; empty when none is known; never {@code null}
     * @since 0.3
     */
    public String unit(String fact) {
        String unit = units.get(fact);
        return unit != null ? unit : weightFact(fact).unit();
    }

    /**
     * How a form names a fact that no indicator reads (a roll-up weight): the rubric's {@code facts} label and
     * unit, else the fact's name and no unit.
     *
     * @param fact the fact name, such as {@code projectFunding}; never {@code null}
     * @return the label and unit, such as 改造项目资金 and 万元; never {@code null}
     * @since 0.3
     */
    public RequiredFact weightFact(String fact) {
        Rubric.FactDeclaration declared = rubric.facts().get(fact);
        String label = declared != null && declared.label() != null ? declared.label() : fact;
        String unit = declared != null && declared.unit() != null ? declared.unit() : "";
        return new RequiredFact(fact, FactKind.DECIMAL, label, unit, "", "");
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
     * rounded half up to the rubric's roll-up decimals (2 unless it says); where the rubric declares how it rounds its
     * totals ({@code rounding}), always rounded so (85.8125 is 85.81).
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
        BigDecimal mean = rollup.mean(sum, BigDecimal.valueOf(totals.size()));
        if (rubric.rounding() != null) {
            // as the table states a total (保留两位小数), even where the mean terminates: 85.8125 is 85.81
            mean = rubric.rounding()
                    .apply(sum.divide(BigDecimal.valueOf(totals.size()), java.math.MathContext.DECIMAL128));
        }
        return normalized(mean);
    }

    boolean rollupDeclared() {
        return rollup.declared();
    }

    int rollupDecimals() {
        return rollup.decimals();
    }

    /**
     * Whether a plan-and-actual fact may have a plan of 0: a row that reads it is then not applicable (不适用,
     * {@code notApplicableWhen: plan-zero}) instead of refused. Forms use it to accept the 0.
     *
     * @param fact the fact's name
     * @return {@code true} if the rubric allows its plan to be 0; {@code false} for any other fact
     * @since 0.4
     */
    public boolean zeroPlanAllowed(String fact) {
        Integer index = factIndex().get(fact);
        return index != null && zeroPlanAllowed[index];
    }

    boolean zeroPlanAllowed(int factIndex) {
        return zeroPlanAllowed[factIndex];
    }

    boolean[] zeroPlanAllowed() {
        return zeroPlanAllowed;
    }

    String[] factNames() {
        return factNames;
    }

    String[] factPaths() {
        return factPaths;
    }

    Map<String, Integer> factIndex() {
        return factIndex;
    }

    Map<String, String> names() {
        return names;
    }

    List<Row> rows() {
        return rows;
    }

    BigDecimal rowWeights() {
        return rowWeights;
    }

    Duration scoringBudget() {
        return scoringBudget;
    }

    /**
     * Scores a submission.
     *
     * @param submission the submission; never {@code null}
     * @return the evaluation; {@linkplain Evaluation#failed() failed} if an indicator type misbehaved
     * @throws InputException listing every missing, mistyped or out-of-range fact
     */
    public Evaluation evaluate(Submission submission) {
        return Evaluator.evaluate(this, java.util.Objects.requireNonNull(submission, "submission is null"), true);
    }

    /**
     * Scores a submission for its scores alone, as a batch that writes no reasons does: every score, total, grade,
     * discrepancy and deduction's points are those {@link #evaluate} gives, but reasons (评分理由) are empty, for
     * indicator types may skip building them ({@link org.jixiao.spi.FactView#reasonsWanted()}).
     *
     * @param submission the submission; never {@code null}
     * @return the evaluation, its reasons empty
     * @throws InputException listing every missing, mistyped or out-of-range fact
     * @since 0.3
     */
    public Evaluation evaluateScores(Submission submission) {
        return Evaluator.evaluate(this, java.util.Objects.requireNonNull(submission, "submission is null"), false);
    }

    public static BigDecimal normalized(BigDecimal value) {
        if (value.scale() == 0) {
            return value; // a whole number: already without trailing zeros after a point
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
    public record Entry(
            String groupId,
            Rubric.Row row,
            RegisteredType type,
            Parameters parameters,
            Map<String, String> facts,
            List<String> sources) {}

    record Group(Rubric.Group group, List<Row> rows) {}

    record Extra(Rubric.Extra extra, List<Row> rows) {}

    Extra bonus() {
        return bonus;
    }

    Extra penalty() {
        return penalty;
    }

    /** A configured row, its slots bound to the indices of the rubric's facts. Immutable. */
    static final class Row {
        private final Rubric.Row row;
        private final RegisteredType type;
        private final Indicator indicator;
        private final Parameters parameters;
        private final Map<String, String> bindings;
        private final Map<String, FactKind> slotKinds;
        /** Each slot's fact index and kind, found with one lookup when an indicator reads it. */
        private final Map<String, BoundFacts.Slot> slots;
        /** The class loader of the indicator's code: the context loader while it scores. */
        private final ClassLoader loader;

        /** A row whose slots are not yet bound: the compiler binds it with {@link #bound} once every fact is known. */
        Row(
                Rubric.Row row,
                RegisteredType type,
                Indicator indicator,
                Parameters parameters,
                Map<String, String> bindings,
                List<FactSlot> slots) {
            this(row, type, indicator, parameters, bindings, kinds(slots), Map.of());
        }

        private Row(
                Rubric.Row row,
                RegisteredType type,
                Indicator indicator,
                Parameters parameters,
                Map<String, String> bindings,
                Map<String, FactKind> slotKinds,
                Map<String, Integer> slotIndex) {
            this.row = row;
            this.type = type;
            this.indicator = indicator;
            this.parameters = parameters;
            this.bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
            this.slotKinds = slotKinds;
            Map<String, BoundFacts.Slot> slots = new java.util.HashMap<>();
            slotIndex.forEach((slot, index) -> slots.put(slot, new BoundFacts.Slot(index, slotKinds.get(slot))));
            this.slots = Map.copyOf(slots);
            this.loader = indicator.getClass().getClassLoader();
        }

        ClassLoader loader() {
            return loader;
        }

        private static Map<String, FactKind> kinds(List<FactSlot> slots) {
            Map<String, FactKind> kinds = new LinkedHashMap<>();
            for (FactSlot slot : slots) {
                kinds.put(slot.slot(), slot.kind());
            }
            return Collections.unmodifiableMap(kinds);
        }

        /** This row with its slots bound to the rubric's fact indices. */
        Row bound(Map<String, Integer> factIndex) {
            Map<String, Integer> index = new LinkedHashMap<>();
            bindings.forEach((slot, fact) -> index.put(slot, factIndex.get(fact)));
            return new Row(row, type, indicator, parameters, bindings, slotKinds, Collections.unmodifiableMap(index));
        }

        BoundFacts view(org.jixiao.spi.Subject subject, Object[] values, boolean reasons) {
            return new BoundFacts(subject, values, slots, slotKinds, reasons);
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
