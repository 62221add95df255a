package org.jixiao.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.scoring.Numbers;

/** The reviewer's check (复核) of one submission's claimed scores against its evaluation and against itself. */
final class ClaimCheck {

    private ClaimCheck() {}

    static List<ClaimFinding> check(Submission submission, Evaluation evaluation) {
        Map<String, BigDecimal> claimed = submission.claimed();
        List<ClaimFinding> findings = new ArrayList<>();
        if (claimed.isEmpty()) {
            return findings;
        }
        for (Evaluation.Discrepancy d : evaluation.discrepancies()) {
            BigDecimal gap = d.difference();
            findings.add(new ClaimFinding(
                    ClaimFinding.Kind.DIFFERS_FROM_COMPUTED,
                    d.id(),
                    d.name(),
                    d.claimed(),
                    d.computed(),
                    d.name() + "：自评" + n(d.claimed()) + "分，核定" + n(d.computed()) + "分（"
                            + (gap.signum() > 0 ? "多报" : "少报") + n(gap.abs()) + "分）"));
        }
        List<Evaluation.IndicatorResult> rows = new ArrayList<>();
        for (Evaluation.GroupResult group : evaluation.groups()) {
            aboveWeight(findings, claimed, group.id(), group.name(), group.weight());
            BigDecimal sum = BigDecimal.ZERO;
            boolean allClaimed = true;
            for (Evaluation.IndicatorResult row : group.indicators()) {
                rows.add(row);
                aboveWeight(findings, claimed, row.id(), row.name(), row.weight());
                BigDecimal claim = claimed.get(row.id());
                if (claim == null || !row.applicable()) {
                    allClaimed &= claim != null || !row.applicable();
                } else {
                    sum = sum.add(claim);
                }
            }
            BigDecimal groupClaim = claimed.get(group.id());
            if (groupClaim != null && allClaimed && sum.compareTo(groupClaim) != 0) {
                findings.add(new ClaimFinding(
                        ClaimFinding.Kind.PARTS_DO_NOT_ADD_UP,
                        group.id(),
                        group.name(),
                        groupClaim,
                        sum,
                        group.name() + "：各二级指标自评得分合计" + n(sum) + "分，与自评的" + group.name() + "得分" + n(groupClaim)
                                + "分不符"));
            }
        }
        aboveWeight(
                findings,
                claimed,
                CompiledRubric.TOTAL_ID,
                "合计",
                evaluation.rubric().maxTotal());
        BigDecimal total = claimed.get(CompiledRubric.TOTAL_ID);
        // a total made with re-weighting or bonus and penalty items is not a plain sum of the rows
        if (total != null
                && evaluation.notApplicable().isEmpty()
                && evaluation.bonus() == null
                && evaluation.penalty() == null) {
            BigDecimal sum = sumOfClaims(
                    claimed,
                    evaluation.groups().stream().map(Evaluation.GroupResult::id).toList());
            String parts = "各一级指标";
            if (sum == null) {
                sum = sumOfClaims(
                        claimed,
                        rows.stream().map(Evaluation.IndicatorResult::id).toList());
                parts = "各指标";
            }
            if (sum != null && sum.compareTo(total) != 0) {
                findings.add(new ClaimFinding(
                        ClaimFinding.Kind.PARTS_DO_NOT_ADD_UP,
                        CompiledRubric.TOTAL_ID,
                        "合计",
                        total,
                        sum,
                        "合计：" + parts + "自评得分合计" + n(sum) + "分，与自评总分" + n(total) + "分不符"));
            }
        }
        return findings;
    }

    /** The sum of the claims for every id, or null if one is not claimed. */
    private static BigDecimal sumOfClaims(Map<String, BigDecimal> claimed, List<String> ids) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String id : ids) {
            BigDecimal claim = claimed.get(id);
            if (claim == null) {
                return null;
            }
            sum = sum.add(claim);
        }
        return sum;
    }

    private static void aboveWeight(
            List<ClaimFinding> findings, Map<String, BigDecimal> claimed, String id, String name, BigDecimal weight) {
        BigDecimal claim = claimed.get(id);
        if (claim != null && claim.compareTo(weight) > 0) {
            findings.add(new ClaimFinding(
                    ClaimFinding.Kind.ABOVE_WEIGHT,
                    id,
                    name,
                    claim,
                    weight,
                    name + "：自评" + n(claim) + "分，超过该项分值" + n(weight) + "分"));
        }
    }

    private static String n(BigDecimal value) {
        return Numbers.plain(value);
    }
}
