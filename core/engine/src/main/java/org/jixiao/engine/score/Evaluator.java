package org.jixiao.engine.score;

import static org.jixiao.engine.score.CompiledRubric.TOTAL_ID;
import static org.jixiao.engine.score.CompiledRubric.normalized;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.problem.Suggestions;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.read.TextPolicy;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.rubric.RequiredFact;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric.Extra;
import org.jixiao.engine.score.CompiledRubric.Group;
import org.jixiao.engine.score.CompiledRubric.Row;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.Deduction;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.scoring.Numbers;

/**
 * Scores one submission against a compiled rubric: checks each fact against its kind, decides what does
 * not apply, calls each row's indicator, and sums groups, bonus, penalty and total exactly. One instance
 * per evaluation; the compiled rubric it reads is immutable.
 */
final class Evaluator {
    // Why this file is long: the one hot loop of scoring (facts, rows, groups, extras, vetoes, claims) kept in one
    // place so that its allocation and ordering can be read and benchmarked together; see docs/performance.md.

    /** An actual quantity more than this many times its plan is worth a warning. */
    static final BigDecimal FAR_ABOVE_PLAN = BigDecimal.TEN;

    private final Rubric rubric;
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
    private final List<String> weightOnly;
    private final Plausibility plausibility;
    private final BigDecimal rowWeights;
    private final String[] factPaths;
    private final String[] factNames;
    /** Whether the caller reads the reasons; without them indicators may skip their text. */
    private final boolean reasons;

    private Evaluator(CompiledRubric compiled, boolean reasons) {
        this.reasons = reasons;
        this.factPaths = compiled.factPaths();
        this.factNames = compiled.factNames();
        this.rubric = compiled.rubric();
        this.bands = compiled.grades();
        this.groups = compiled.groups();
        this.facts = compiled.facts();
        this.zeroPlanAllowed = compiled.zeroPlanAllowed();
        this.factIndex = compiled.factIndex();
        this.names = compiled.names();
        this.ref = compiled.ref();
        this.rows = compiled.rows();
        this.bonus = compiled.bonus();
        this.penalty = compiled.penalty();
        this.scoringBudget = compiled.scoringBudget();
        this.weightOnly = compiled.weightFacts();
        this.plausibility = compiled.plausibility();
        this.rowWeights = compiled.rowWeights();
    }

    static Evaluation evaluate(CompiledRubric compiled, Submission submission, boolean reasons) {
        return new Evaluator(compiled, reasons).run(submission);
    }

    private Evaluation run(Submission submission) {
        Problems problems = new Problems("submission", submission.source(), submission.locator());
        Object[] values = new Object[facts.size()];
        int known = 0; // the submission's facts the rubric reads
        for (int i = 0; i < facts.size(); i++) {
            RequiredFact fact = facts.get(i);
            Object given = submission.facts().get(factNames[i]);
            if (given == null && !submission.facts().containsKey(factNames[i])) {
                // at the fact's own cell where a workbook has one for it (a row left empty), else at the facts
                problems.at(
                        submission.locator().origin(factPaths[i]).isPresent() ? factPaths[i] : "facts",
                        "missing fact \"" + fact.name() + "\" (" + fact.label() + ", "
                                + fact.kind().expected() + "), read by indicator " + fact.indicatorId() + " "
                                + fact.indicatorName());
            } else {
                known++;
                values[i] = FactConversion.convert(fact.kind(), given, factPaths[i], problems, zeroPlanAllowed[i]);
            }
        }
        for (String weight : weightOnly) {
            if (submission.facts().containsKey(weight)) {
                known += factIndex.containsKey(weight) ? 0 : 1;
                FactConversion.convert(FactKind.DECIMAL, submission.facts().get(weight), "facts." + weight, problems);
            }
        }
        JudgementRules judged = submission.judgements().isEmpty() ? null : JudgementRules.of(rubric);
        if (judged != null) {
            judged.check(submission, factIndex, values, rubric.id(), problems);
        }
        problems.throwIfAny();
        List<String> warnings = warnings(submission, values, known);

        RowScoring.Outcome[] decided = PlanZeroRule.decide(rows, factIndex, values, problems);
        problems.throwIfAny();
        RowScoring.Outcome[] outcomes =
                RowScoring.scoreAll(rows, submission.subject(), values, scoringBudget, decided, reasons);
        List<Evaluation.Failure> failures = new ArrayList<>(0);
        ScoredRows scored = new ScoredRows(groups, rows);
        for (int k = 0; k < outcomes.length; k++) {
            settle(k, rows.get(k), outcomes[k], problems, failures, scored);
        }
        if (judged != null) {
            judged.book(submission, scored, reasons);
        }
        BigDecimal total = BigDecimal.ZERO;
        // the weights of the rows that apply: the rubric's sum, less each row that does not (exact either way)
        BigDecimal applicableWeight = rowWeights;
        int index = 0;
        for (int g = 0; g < groups.size(); g++) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean groupFailed = false;
            for (Row row : groups.get(g).rows()) {
                int k = index++;
                if (!scored.applicable[k]) {
                    applicableWeight = applicableWeight.subtract(row.row().weight());
                    continue;
                }
                if (scored.scores[k] == null) {
                    groupFailed = true;
                } else {
                    sum = sum.add(scored.scores[k]);
                }
            }
            BigDecimal groupScore = groupFailed ? null : normalized(sum);
            if (groupScore != null) {
                total = total.add(groupScore);
            }
            scored.groupScores[g] = groupScore;
        }
        Evaluation.ExtraResult bonusResult = extraResult(bonus, scored, index);
        index += bonus == null ? 0 : bonus.rows().size();
        Evaluation.ExtraResult penaltyResult = extraResult(penalty, scored, index);
        problems.throwIfAny();
        boolean failed = !failures.isEmpty()
                || bonusResult != null && bonusResult.score() == null
                || penaltyResult != null && penaltyResult.score() == null;
        BigDecimal finalTotal = null;
        BigDecimal exactTotal = null;
        Evaluation.CapResult cap = null;
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
            BigDecimal adjusted = total.add(bonusResult == null ? BigDecimal.ZERO : bonusResult.score())
                    .subtract(penaltyResult == null ? BigDecimal.ZERO : penaltyResult.score());
            finalTotal = normalized(adjusted.max(BigDecimal.ZERO).min(rubric.total()));
            cap = JudgementRules.cap(rubric.caps(), factIndex, values, finalTotal);
            if (cap != null) {
                finalTotal = cap.atMost();
            }
            if (rubric.rounding() != null) {
                // the total as the table states it (保留两位小数), graded and checked as stated; the exact one is kept
                exactTotal = finalTotal;
                finalTotal = normalized(rubric.rounding().apply(finalTotal));
            }
            grade = vetoes.isEmpty() ? grade(finalTotal) : bands.get(bands.size() - 1);
        }
        List<Evaluation.Discrepancy> discrepancies = discrepancies(submission, scored, finalTotal);
        org.jixiao.spi.Subject given = submission.subject();
        String region = TextPolicy.neutralize(given.region(), false);
        String level = TextPolicy.neutralize(given.level(), false);
        String program = TextPolicy.neutralize(given.program(), false);
        // a text the policy lets through comes back as the same instance
        org.jixiao.spi.Subject subject =
                region == given.region() && level == given.level() && program == given.program()
                        ? given
                        : new org.jixiao.spi.Subject(region, level, given.year(), program);
        return new Evaluation(
                ref,
                subject,
                null,
                () -> Canonical.inputSha256(submission.facts(), submission.judgements()),
                null,
                scored,
                bonusResult,
                penaltyResult,
                finalTotal,
                grade,
                vetoes,
                discrepancies,
                warnings,
                notes(submission),
                failures,
                submission.claimed(),
                exactTotal,
                cap);
    }

    /** How the submission's figures were read where not plainly (a workbook's cells), each as one line. */
    private static List<String> notes(Submission submission) {
        List<Problem> notes = submission.locator().notes();
        if (notes.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(notes.size());
        notes.forEach(note -> lines.add(note.format()));
        return lines;
    }

    /** Exact when the quotient terminates, else rounded half up to 0.01, as scores are. */
    private static BigDecimal rescale(BigDecimal dividend, BigDecimal divisor) {
        try {
            return dividend.divide(divisor);
        } catch (ArithmeticException nonTerminating) {
            return dividend.divide(divisor, 2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** Row {@code k}'s result into {@code out}; a bad fact goes to the problems, a misbehaving type to the failures. */
    private void settle(
            int k,
            Row row,
            RowScoring.Outcome outcome,
            Problems problems,
            List<Evaluation.Failure> failures,
            ScoredRows out) {
        Rubric.Row r = row.row();
        if (outcome instanceof RowScoring.Scored scored) {
            BigDecimal points = normalized(scored.score().points());
            String reason = reasons ? TextPolicy.neutralize(scored.score().reason(), false) : "";
            List<Deduction> deductions = normalizedDeductions(scored.score().deductions());
            out.set(k, points, reason, deductions, true);
            return;
        }
        if (outcome instanceof RowScoring.NotApplicable notApplicable) {
            out.set(k, null, notApplicable.reason(), List.of(), false);
            return;
        }
        if (outcome instanceof RowScoring.BadFact bad) {
            // the row's name too: a clerk knows 铺设供水管网, not output.quantity.r2
            problems.at("facts." + bad.fact(), bad.message() + " (indicator " + r.id() + " " + r.name() + ")");
        } else {
            String message = outcome instanceof RowScoring.Failed failed
                    ? failed.message()
                    : "was not scored: the evaluation ran out of time";
            failures.add(
                    new Evaluation.Failure(r.id(), row.type().id(), row.type().source(), message));
        }
        out.set(k, null, "", List.of(), true);
    }

    /** The triggered vetoes: their flag facts hold. */
    private List<Evaluation.VetoResult> vetoes(Object[] values) {
        if (rubric.vetoes().isEmpty()) {
            return List.of();
        }
        List<Evaluation.VetoResult> triggered = new ArrayList<>();
        for (Rubric.Veto veto : rubric.vetoes()) {
            if (Boolean.TRUE.equals(values[factIndex.get(veto.fact())])) {
                triggered.add(new Evaluation.VetoResult(veto.id(), veto.name(), veto.reason()));
            }
        }
        return triggered;
    }

    /** Bonus or penalty items: each within its weight, together at most the cap; null score if one failed. */
    private static Evaluation.ExtraResult extraResult(Extra extra, ScoredRows scored, int start) {
        if (extra == null) {
            return null;
        }
        List<Evaluation.IndicatorResult> results = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean failed = false;
        for (int i = 0; i < extra.rows().size(); i++) {
            Evaluation.IndicatorResult result = scored.result(start + i);
            results.add(result);
            if (result.applicable() && result.score() == null) {
                failed = true;
            } else if (result.applicable()) {
                sum = sum.add(result.score());
            }
        }
        return new Evaluation.ExtraResult(
                extra.extra().name(),
                extra.extra().cap(),
                failed ? null : normalized(sum.min(extra.extra().cap())),
                results);
    }

    private List<String> warnings(Submission submission, Object[] values, int known) {
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof PlanActual pair
                    && farAbovePlan(pair)
                    && !plausibility.declaresActualToPlan(factNames[i])) {
                warnings.add("facts." + facts.get(i).name() + ": the actual quantity "
                        + Numbers.plain(pair.actual())
                        + " is more than " + FAR_ABOVE_PLAN + " times the plan " + Numbers.plain(pair.plan())
                        + "; check for a typo or a unit mismatch");
            }
        }
        warnings.addAll(plausibility.warnings(values, factIndex, submission.facts(), submission.locator()));
        // a fact no indicator reads can only be there if the submission gives more facts than the rubric knows
        if (submission.facts().size() > known) {
            for (String name : submission.facts().keySet()) {
                if (!factIndex.containsKey(name) && !weightOnly.contains(name)) {
                    warnings.add("facts." + name + ": no indicator of rubric " + rubric.id() + " reads this fact"
                            + Suggestions.didYouMean(name, factIndex.keySet()));
                }
            }
        }
        for (String id : submission.claimed().keySet()) {
            if (!names.containsKey(id)) {
                warnings.add("claimed." + id + ": rubric " + rubric.id() + " has no indicator or group " + id
                        + Suggestions.didYouMean(id, names.keySet()));
            }
        }
        // the work behind an indicator the rubric does not have would be left out of the report without a word
        for (String id : submission.narrative().measures().keySet()) {
            if (!names.containsKey(id)) {
                warnings.add("narrative.measures." + id + ": rubric " + rubric.id() + " has no indicator or group " + id
                        + Suggestions.didYouMean(id, names.keySet()));
            }
        }
        submission
                .rubricId()
                .filter(id -> !id.equals(rubric.id()) && !RubricLibrary.namesFile(id))
                .ifPresent(id -> warnings.add(
                        "rubric: the submission names rubric " + id + " but was scored with " + rubric.id()));
        return warnings;
    }

    /**
     * Whether the actual quantity is more than {@link #FAR_ABOVE_PLAN} times the plan. An actual with no more
     * digits before the point than the plan is below ten times it, which settles most pairs without a product.
     */
    static boolean farAbovePlan(PlanActual pair) {
        BigDecimal actual = pair.actual();
        BigDecimal plan = pair.plan();
        if (actual.precision() - actual.scale() <= plan.precision() - plan.scale()) {
            return false;
        }
        return actual.compareTo(plan.multiply(FAR_ABOVE_PLAN)) > 0;
    }

    private GradeBand grade(BigDecimal total) {
        for (GradeBand band : bands) {
            if (band.admits(total)) {
                return band;
            }
        }
        return bands.get(bands.size() - 1);
    }

    private List<Evaluation.Discrepancy> discrepancies(Submission submission, ScoredRows scored, BigDecimal total) {
        if (submission.claimed().isEmpty()) {
            return List.of();
        }
        if (submission.claimed().size() == 1 && submission.claimed().containsKey(TOTAL_ID)) {
            // the common claim, the total alone: no need to gather every score
            BigDecimal claimed = submission.claimed().get(TOTAL_ID);
            return total == null || claimed.compareTo(total) == 0
                    ? List.of()
                    : List.of(new Evaluation.Discrepancy(TOTAL_ID, names.get(TOTAL_ID), normalized(claimed), total));
        }
        Map<String, BigDecimal> computed = new LinkedHashMap<>();
        for (Evaluation.GroupResult group : scored.groups()) {
            for (Evaluation.IndicatorResult indicator : group.indicators()) {
                computed.put(indicator.id(), indicator.score());
            }
            subgroupScores(group.subgroups(), computed);
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

    private static void subgroupScores(List<Evaluation.GroupResult> subgroups, Map<String, BigDecimal> computed) {
        for (Evaluation.GroupResult subgroup : subgroups) {
            subgroupScores(subgroup.subgroups(), computed);
            computed.put(subgroup.id(), subgroup.score());
        }
    }

    /** Each deduction's points without trailing zeros and its reason made safe to print (or empty). */
    private List<Deduction> normalizedDeductions(List<Deduction> deductions) {
        boolean unchanged = true;
        for (int i = 0; i < deductions.size(); i++) {
            Deduction d = deductions.get(i);
            unchanged &= normalized(d.points()).equals(d.points())
                    && (reasons
                            ? TextPolicy.neutralize(d.reason(), false).equals(d.reason())
                            : d.reason().isEmpty());
        }
        if (unchanged) {
            return List.copyOf(deductions);
        }
        Deduction[] normalized = new Deduction[deductions.size()];
        for (int i = 0; i < normalized.length; i++) {
            Deduction d = deductions.get(i);
            BigDecimal points = normalized(d.points());
            String reason = reasons ? TextPolicy.neutralize(d.reason(), false) : "";
            normalized[i] = points.equals(d.points()) && reason.equals(d.reason()) ? d : new Deduction(points, reason);
        }
        return List.of(normalized);
    }
}
