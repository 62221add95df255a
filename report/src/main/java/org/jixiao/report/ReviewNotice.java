package org.jixiao.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.review.ClaimFinding;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.SubmissionResult;
import org.jixiao.spi.Api;
import org.jixiao.spi.Subject;
import org.jixiao.spi.scoring.Numbers;

/**
 * The 复核意见 a city sends back to one county after its review: the county's claimed and checked totals, each row
 * where they differ with the reason for the checked score, what to correct, and the county's indicator table as
 * checked; addressed to the county, signed by the reviewing unit and dated. Written with {@link ReportWriters} as
 * Word, HTML or Markdown, like the report draft.
 *
 * @since 0.4
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.4")
public final class ReviewNotice {

    private ReviewNotice() {}

    /**
     * The notice to every county the review scored, in the review's order.
     *
     * @param review the review; never {@code null}
     * @param from the reviewing unit that signs it, such as 驻马店市财政局; never {@code null}
     * @param date the date it is signed; never {@code null}
     * @return one draft a county
     */
    public static List<ReportDraft> all(ReviewReport review, String from, LocalDate date) {
        List<ReportDraft> notices = new ArrayList<>();
        for (SubmissionResult result : review.results()) {
            of(result, from, date).ifPresent(notices::add);
        }
        return notices;
    }

    /**
     * The notice to one county, if it was scored (a refused file gets its refusal, not a notice).
     *
     * @param county the county's result; never {@code null}
     * @param from the reviewing unit that signs it; never {@code null}
     * @param date the date it is signed; never {@code null}
     * @return the draft, or empty when the county has no checked total
     */
    public static Optional<ReportDraft> of(SubmissionResult county, String from, LocalDate date) {
        requireNonNull(from, "from is null");
        requireNonNull(date, "date is null");
        Evaluation evaluation = county.evaluation();
        CompiledRubric rubric = county.rubric();
        if (county.status() != SubmissionResult.Status.SCORED || evaluation == null || rubric == null) {
            return Optional.empty();
        }
        Subject subject = evaluation.subject();
        String name = county.name();
        String you = "你" + unit(name);
        String year = subject.year() == null ? "" : subject.year() + "年";
        String program = subject.program() == null ? "" : subject.program();
        String title = "关于" + name + year + program + "财政资金绩效自评结果的复核意见";
        String opening = you + "报送的" + year + program + "财政资金绩效自评材料收悉。根据《"
                + rubric.rubric().title() + "》，我们对" + you + "的自评结果逐项进行了复核，现将复核意见反馈如下：";
        List<ReportDraft.Section> sections = new ArrayList<>();
        sections.add(new ReportDraft.Section("一、复核结果", List.of(new ReportDraft.Paragraph(result(county, you)))));
        sections.add(new ReportDraft.Section("二、自评与核定不一致的指标", differences(county)));
        String signed = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        String request = county.findings().isEmpty()
                ? you + "自评得分与核定得分一致，无需修改。请按要求做好绩效评价结果的公开和应用。"
                : "请对照以上指标核实有关数据和佐证材料，按核定得分修改" + you + "的自评结果和自评报告后重新报送；" + "对核定得分有异议的，请附佐证材料一并说明。";
        // signed under the text, before the county's table that goes with it as an attachment
        sections.add(new ReportDraft.Section(
                "三、需要核实和修改的事项",
                List.of(new ReportDraft.Paragraph(request), new ReportDraft.Paragraph("附件：" + name + "绩效评价指标表（复核）"))));
        return Optional.of(new ReportDraft(title, name + "：", opening, sections, rubric, evaluation, List.of())
                .writtenBy(from)
                .dated(signed));
    }

    /** 你县自评得分84分，经复核核定得分70分，等级为中。 */
    private static String result(SubmissionResult county, String you) {
        Evaluation evaluation = county.evaluation();
        String checked = "核定得分" + Numbers.plain(evaluation.total()) + "分"
                + (evaluation.grade() == null ? "" : "，等级为" + evaluation.grade().grade());
        Optional<BigDecimal> claimed = county.claimedTotal();
        if (claimed.isEmpty()) {
            return you + "未报送自评总分；经复核，" + checked + "。";
        }
        if (claimed.get().compareTo(evaluation.total()) == 0) {
            return you + "自评得分" + Numbers.plain(claimed.get()) + "分，经复核，" + checked + "，与自评一致。";
        }
        return you + "自评得分" + Numbers.plain(claimed.get()) + "分，经复核，" + checked + "，"
                + (claimed.get().compareTo(evaluation.total()) > 0 ? "比自评少" : "比自评多")
                + Numbers.plain(claimed.get().subtract(evaluation.total()).abs()) + "分。";
    }

    /** Each differing row: what was claimed, what is due, and the rubric's reason for it. */
    private static List<ReportDraft.Block> differences(SubmissionResult county) {
        List<ReportDraft.Block> blocks = new ArrayList<>();
        if (county.findings().stream().allMatch(f -> f.id().equals(CompiledRubric.TOTAL_ID))) {
            blocks.add(new ReportDraft.Paragraph("经复核，各项指标的自评得分与核定得分一致。"));
            return blocks;
        }
        int n = 0;
        for (ClaimFinding finding : county.findings()) {
            if (finding.id().equals(CompiledRubric.TOTAL_ID)) {
                continue; // the totals are section 一's
            }
            String text = "（" + ChineseNumerals.of(++n) + "）" + finding.name() + "：";
            text += switch (finding.kind()) {
                case DIFFERS_FROM_COMPUTED -> "自评" + Numbers.plain(finding.claimed()) + "分，核定"
                        + Numbers.plain(finding.expected()) + "分。"
                        + reason(county.evaluation(), finding.id())
                                .map(r -> "核定理由：" + r)
                                .orElse("");
                case ABOVE_WEIGHT -> "自评" + Numbers.plain(finding.claimed()) + "分，超过该项分值"
                        + Numbers.plain(finding.expected()) + "分。";
                case PARTS_DO_NOT_ADD_UP -> "各项自评得分合计" + Numbers.plain(finding.expected()) + "分，与自评的"
                        + Numbers.plain(finding.claimed()) + "分不一致。";
            };
            blocks.add(new ReportDraft.Paragraph(text));
        }
        return blocks;
    }

    private static Optional<String> reason(Evaluation evaluation, String id) {
        for (Evaluation.GroupResult group : evaluation.groups()) {
            for (Evaluation.IndicatorResult row : group.indicators()) {
                if (row.id().equals(id) && row.reason() != null && !row.reason().isEmpty()) {
                    return Optional.of(ReportDraft.prose(row.reason()));
                }
            }
        }
        return Optional.empty();
    }

    /** 县 for 正阳县, 区 for 驿城区, 市 for a city: how the notice calls the county (你县). */
    private static String unit(String name) {
        return name.endsWith("区") ? "区" : name.endsWith("市") ? "市" : "县";
    }
}
