package org.jixiao.app.output;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.engine.rubric.RollupMethod;
import org.jixiao.review.ClaimFinding;
import org.jixiao.review.Comparison;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.RollupResult;
import org.jixiao.review.SubmissionResult;

/** Phrases the review writers share. */
final class ReviewTexts {

    private ReviewTexts() {}

    static String counts(ReviewReport report) {
        return "共" + report.results().size() + "份自评材料：评分" + report.count(SubmissionResult.Status.SCORED) + "份"
                + (report.count(SubmissionResult.Status.FAILED) > 0
                        ? "，指标出错" + report.count(SubmissionResult.Status.FAILED) + "份"
                        : "")
                + "，拒收" + report.count(SubmissionResult.Status.REFUSED) + "份"
                + (report.count(SubmissionResult.Status.ERROR) > 0
                        ? "，内部错误" + report.count(SubmissionResult.Status.ERROR) + "份"
                        : "");
    }

    static String rubricLine(ReviewReport report) {
        return report.results().stream()
                .filter(r -> r.evaluation() != null)
                .findFirst()
                .map(r -> Texts.rubricLine(r.evaluation()))
                .orElse("");
    }

    static String status(SubmissionResult result) {
        return switch (result.status()) {
            case SCORED -> "已评分";
            case FAILED -> "指标出错";
            case REFUSED -> "拒收";
            case ERROR -> "内部错误";
        };
    }

    static String fileName(java.nio.file.Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** "复核：2个县（区）多报总分，共19分" or that nothing was found. */
    static String reviewLine(ReviewReport report) {
        long withFindings =
                report.results().stream().filter(r -> !r.findings().isEmpty()).count();
        if (withFindings == 0) {
            return "复核：自评得分均与核定得分一致。";
        }
        StringBuilder line = new StringBuilder("复核：").append(withFindings).append("个县（区）自评得分有误");
        if (!report.overClaimed().isEmpty()) {
            line.append("，其中")
                    .append(report.overClaimed().size())
                    .append("个多报总分，共")
                    .append(Texts.number(report.overClaimedPoints()))
                    .append("分");
        }
        return line.append("。").toString();
    }

    static List<String> findings(SubmissionResult result) {
        List<String> lines = new ArrayList<>();
        for (ClaimFinding finding : result.findings()) {
            lines.add(finding.message());
        }
        return lines;
    }

    static String method(RollupMethod method) {
        return method == RollupMethod.FACTS ? "各县（区）事实汇总后评分" : "各县（区）总分平均";
    }

    static String rollupLine(RollupResult rollup) {
        String who = rollup.region() == null ? "上级" : rollup.region();
        if (!rollup.made()) {
            return "汇总未完成（" + method(rollup.method()) + "）：" + who;
        }
        if (rollup.total() == null) {
            return who + "（" + method(rollup.method()) + "）：评分未完成，不计总分和等级";
        }
        return who + "（" + method(rollup.method()) + "）：总分" + Texts.number(rollup.total()) + "分，等级："
                + rollup.grade().grade();
    }

    /** The upper level's claimed total against the mean of the counties' totals. */
    static String claimLine(RollupResult rollup) {
        if (rollup.discrepancies().isEmpty()) {
            return "自评得分核对：无不一致。";
        }
        StringBuilder line = new StringBuilder("自评得分核对：");
        rollup.discrepancies().forEach(d -> line.append(Texts.discrepancy(d)));
        return line.toString();
    }

    /** The lowest and the highest county of an indicator, or one "均为" when every county scored the same. */
    static List<String> spread(Comparison.Spread spread) {
        if (spread.lowest() == null) {
            return List.of("—", "—");
        }
        if (spread.lowestScore().compareTo(spread.highestScore()) == 0) {
            return List.of("均为" + Texts.number(spread.lowestScore()), "");
        }
        return List.of(spread.lowestText(), spread.highestText());
    }

    static String cell(Comparison.Cell cell) {
        return cell == null || cell.score() == null ? "—" : Texts.number(cell.score());
    }

    static String figure(Comparison.Cell cell) {
        return cell == null || cell.figure() == null ? "—" : Texts.number(cell.figure()) + "%";
    }
}
