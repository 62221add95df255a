package org.jixiao.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.programme.ProgrammeEvaluation;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Narrative;
import org.jixiao.review.ClaimFinding;
import org.jixiao.review.Comparison;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.RollupResult;
import org.jixiao.review.SubmissionResult;
import org.jixiao.spi.Api;
import org.jixiao.spi.Subject;
import org.jixiao.spi.scoring.Numbers;

/**
 * A report draft in the structure of the seed: title and addressee, 一 the targets and their basis, 二 the
 * overall result with a paragraph per indicator, 三 the review of the counties (for a city), 四 problems and next
 * steps, then the indicator table and the stamp lines. Every sentence that states a figure takes it from the
 * evaluation or the review; what only a person knows (next steps) comes verbatim from their notes.
 *
 * @param title the report's title
 * @param addressee to whom it goes, such as {@code 省财政厅、省住建厅、省民政厅：}; empty for none
 * @param opening the paragraph before section 一
 * @param sections the numbered sections, in order
 * @param tables the indicator tables at the end: one, or one per programme of a programme set
 * @param stamps the stamp lines under the tables
 * @param author the unit that writes it, named in the document's properties instead of the library that made the
 *     file, and signing it under the text (since 0.4)
 * @param date the date it is signed on, such as {@code 2021年3月15日}; empty leaves {@code 年　月　日} to be filled
 *     in by hand (since 0.4)
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public record ReportDraft(
        String title,
        String addressee,
        String opening,
        List<Section> sections,
        List<Table> tables,
        List<String> stamps,
        String author,
        String date) {

    /** Checks the components and copies the lists. */
    public ReportDraft {
        requireNonNull(title, "title is null");
        requireNonNull(addressee, "addressee is null");
        requireNonNull(opening, "opening is null");
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a report ends with at least one indicator table");
        }
        stamps = List.copyOf(stamps);
        requireNonNull(author, "author is null");
        requireNonNull(date, "date is null");
    }

    /**
     * A draft written by the unit its first table evaluates (a county's own report, a city's on its counties).
     *
     * @param title the report's title
     * @param addressee to whom it goes; empty for none
     * @param opening the paragraph before section 一
     * @param sections the numbered sections, in order
     * @param tables the indicator tables at the end
     * @param stamps the stamp lines under the tables
     */
    public ReportDraft(
            String title,
            String addressee,
            String opening,
            List<Section> sections,
            List<Table> tables,
            List<String> stamps) {
        this(title, addressee, opening, sections, tables, stamps, unitOf(tables), "");
    }

    private static String unitOf(List<Table> tables) {
        String region =
                tables.isEmpty() ? null : tables.get(0).evaluation().subject().region();
        return region == null ? "" : region;
    }

    /**
     * The same draft, written by another unit (a city's 复核意见 on a county's table).
     *
     * @param unit the unit that writes it
     * @return the draft
     * @since 0.4
     */
    public ReportDraft writtenBy(String unit) {
        return new ReportDraft(title, addressee, opening, sections, tables, stamps, unit, date);
    }

    /**
     * The same draft, signed on a date.
     *
     * @param signed the date as the document writes it, such as {@code 2021年3月15日}
     * @return the draft
     * @since 0.4
     */
    public ReportDraft dated(String signed) {
        return new ReportDraft(title, addressee, opening, sections, tables, stamps, author, signed);
    }

    /**
     * A draft with one indicator table.
     *
     * @param title the report's title
     * @param addressee to whom it goes
     * @param opening the paragraph before section 一
     * @param sections the numbered sections
     * @param rubric the rubric of the table
     * @param evaluation the evaluation the table shows
     * @param stamps the stamp lines under the table
     */
    public ReportDraft(
            String title,
            String addressee,
            String opening,
            List<Section> sections,
            CompiledRubric rubric,
            Evaluation evaluation,
            List<String> stamps) {
        this(title, addressee, opening, sections, List.of(new Table("", rubric, evaluation)), stamps);
    }

    /**
     * One indicator table: a rubric and the evaluation it shows.
     *
     * @param heading the programme it belongs to in a report of several, else empty
     * @param rubric the rubric
     * @param evaluation the evaluation
     * @since 0.3
     */
    public record Table(String heading, CompiledRubric rubric, Evaluation evaluation) {
        /** Checks the components. */
        public Table {
            requireNonNull(heading, "heading is null");
            requireNonNull(rubric, "rubric is null");
            requireNonNull(evaluation, "evaluation is null");
        }
    }

    /**
     * The rubric of the first (or only) table.
     *
     * @return the rubric
     */
    public CompiledRubric rubric() {
        return tables.get(0).rubric();
    }

    /**
     * The evaluation of the first (or only) table.
     *
     * @return the evaluation
     */
    public Evaluation evaluation() {
        return tables.get(0).evaluation();
    }

    /**
     * A section: its heading and what it says.
     *
     * @param heading such as {@code 二、自评总体情况}
     * @param blocks paragraphs and figures, in order
     */
    public record Section(String heading, List<Block> blocks) {
        /** Copies the list. */
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A paragraph or a figure. */
    public sealed interface Block permits Paragraph, Figure {}

    /**
     * A paragraph of text.
     *
     * @param text the text
     */
    public record Paragraph(String text) implements Block {}

    /**
     * A chart with its caption.
     *
     * @param caption such as {@code 图1 各一级指标得分与分值}
     * @param chart what it shows
     */
    public record Figure(String caption, Charts.Spec chart) implements Block {}

    /**
     * Drafts the report of one evaluation; with a review, the city's report on its counties.
     *
     * @param rubric the rubric; never {@code null}
     * @param evaluation the evaluation (for a city: its roll-up); never {@code null}, not failed
     * @param review the review of the counties, or {@code null}
     * @param notes paragraphs the user writes for section 四 (next steps), kept verbatim; never {@code null}
     * @return the draft
     */
    public static ReportDraft of(
            CompiledRubric rubric, Evaluation evaluation, ReviewReport review, List<String> notes) {
        return of(rubric, evaluation, review, ReportNotes.nextSteps(notes), Narrative.NONE);
    }

    /**
     * Drafts the report of one evaluation with what people wrote for it: the submission's narrative (funds issued
     * and spent, its own documents, the work behind each indicator) and the notes (存在问题, 下一步计划, an indicator's
     * 说明), each kept verbatim where the report says it.
     *
     * @param rubric the rubric; never {@code null}
     * @param evaluation the evaluation (for a city: its roll-up); never {@code null}, not failed
     * @param review the review of the counties, or {@code null}
     * @param notes what only a person knows; never {@code null}
     * @param narrative what the submission (for a city: its own file) says beyond its facts; never {@code null}
     * @return the draft
     * @since 0.4
     */
    public static ReportDraft of(
            CompiledRubric rubric, Evaluation evaluation, ReviewReport review, ReportNotes notes, Narrative narrative) {
        if (evaluation.failed()) {
            throw new IllegalArgumentException("a failed evaluation has no total to report");
        }
        Subject subject = evaluation.subject();
        Rubric.Document document = rubric.rubric().document();
        String we = we(subject);
        String program = subject.program() == null ? "" : subject.program();
        String year = subject.year() == null ? "" : subject.year() + "年";
        String title = nz(subject.region()) + year + program + "财政资金绩效评价报告";
        List<String> basis = document == null ? List.of() : document.basis();
        List<Section> sections = new ArrayList<>();
        sections.add(targets(rubric, basis, we, narrative));
        sections.add(
                new Section("二、自评总体情况", overallBlocks(evaluation, we, program, "图1 各一级指标得分与分值", notes, narrative)));
        if (review != null) {
            sections.add(counties(review, we));
        }
        sections.add(problems(evaluation, review, notes, review == null ? "三" : "四"));
        return new ReportDraft(
                title,
                addressee(document, subject),
                opening(document, we, year, program),
                sections,
                rubric,
                evaluation,
                stamps(document));
    }

    /**
     * 省财政厅、省住建厅、省民政厅：, as the rubric's document addresses the report of a unit at this level (a county
     * reports to its city, the city to the province); empty for none.
     */
    private static String addressee(Rubric.Document document, Subject subject) {
        String addressee = document == null ? "" : document.addresseeFor(level(subject));
        return addressee.isEmpty() ? "" : addressee + "：";
    }

    /** The unit's level as the rubric names levels: county, city or province; {@code null} when it does not say. */
    static String level(Subject subject) {
        String level = subject.level() == null ? "" : subject.level().strip();
        String region = subject.region() == null ? "" : subject.region();
        if (level.equals("county") || level.equals("district") || level.startsWith("县")) {
            return "county";
        }
        if (level.equals("city") || level.startsWith("市")) {
            return "city";
        }
        if (level.equals("province") || level.startsWith("省")) {
            return "province";
        }
        if (level.isEmpty()) {
            return region.endsWith("县") || region.endsWith("区")
                    ? "county"
                    : region.endsWith("市") ? "city" : region.endsWith("省") ? "province" : null;
        }
        return null;
    }

    /** The paragraph before section 一: the notice it answers, and what was evaluated. */
    private static String opening(Rubric.Document document, String we, String year, String program) {
        List<String> basis = document == null ? List.of() : document.basis();
        return (basis.isEmpty() ? "" : "根据" + basis.get(0) + "文件要求，") + we + "对" + year + program
                + "财政资金实施了绩效评价，现将有关情况报告如下：";
    }

    private static List<String> stamps(Rubric.Document document) {
        return document == null ? List.of() : document.stamps();
    }

    /**
     * Drafts the report of an evaluation that covers several programmes (a programme set): 一 names each programme's
     * table and how the totals combine, 二 gives the combined result and each programme's (its figures, chart and
     * indicators), 三 where each programme lost points and the next steps, then one indicator table per programme.
     *
     * @param set the set it was scored with; never {@code null}
     * @param evaluation the evaluation; never {@code null}, not failed
     * @param notes paragraphs for the next steps, kept verbatim; never {@code null}
     * @return the draft
     * @since 0.3
     */
    public static ReportDraft ofProgrammes(ProgrammeSet set, ProgrammeEvaluation evaluation, List<String> notes) {
        return ofProgrammes(set, evaluation, ReportNotes.nextSteps(notes));
    }

    /**
     * Drafts the report of a programme set with the notes' 存在问题 and 下一步计划.
     *
     * @param set the set it was scored with; never {@code null}
     * @param evaluation the evaluation; never {@code null}, not failed
     * @param notes what only a person knows; never {@code null}
     * @return the draft
     * @since 0.4
     */
    public static ReportDraft ofProgrammes(ProgrammeSet set, ProgrammeEvaluation evaluation, ReportNotes notes) {
        if (evaluation.failed()) {
            throw new IllegalArgumentException("a failed evaluation has no total to report");
        }
        Subject subject = evaluation.subject();
        Rubric.Document document = set.programmes().get(0).rubric().rubric().document();
        String we = we(subject);
        String program =
                subject.program() != null ? subject.program() : evaluation.set().title();
        String year = subject.year() == null ? "" : subject.year() + "年";
        List<ProgrammeEvaluation.ProgrammeResult> results = evaluation.programmes();
        List<String> tables = new ArrayList<>();
        for (ProgrammeSet.Programme programme : set.programmes()) {
            Rubric table = programme.rubric().rubric();
            tables.add(programme.name() + "按《" + table.title() + "》评价，满分" + n(table.total()) + "分");
        }
        String combined =
                switch (evaluation.method()) {
                    case MEAN -> "综合得分取各项目得分的平均值。";
                    case WEIGHTED -> "综合得分按各项目" + evaluation.weightLabel() + "加权平均计算。";
                    case NONE -> "各项目分别计分、定级，不计算综合得分。";
                };
        Section targets = new Section(
                "一、绩效目标的设立、制定依据和目标调整情况",
                List.of(new Paragraph(
                        we + "财政资金绩效评价涵盖" + results.size() + "个项目：" + String.join("；", tables) + "。" + combined)));
        List<Block> overall = new ArrayList<>();
        List<String> each = results.stream()
                .map(r -> r.name() + n(r.evaluation().total()) + "分（"
                        + r.evaluation().grade().label() + "）")
                .toList();
        if (evaluation.total() != null) {
            StringBuilder result = new StringBuilder("根据绩效评价指标评分标准，")
                    .append(we)
                    .append(program)
                    .append("综合得分为")
                    .append(n(evaluation.total()))
                    .append("分，绩效评价结果为“")
                    .append(evaluation.grade().label())
                    .append("”");
            if (!evaluation.vetoedBy().isEmpty()) {
                result.append("（")
                        .append(String.join(
                                "、",
                                results.stream()
                                        .filter(r -> evaluation.vetoedBy().contains(r.id()))
                                        .map(ProgrammeEvaluation.ProgrammeResult::name)
                                        .toList()))
                        .append("一票否决，综合等级为最低等级）");
            }
            overall.add(new Paragraph(result.append("。各项目得分：")
                    .append(String.join("、", each))
                    .append("。")
                    .toString()));
        } else {
            overall.add(new Paragraph("各项目得分：" + String.join("、", each) + "。"));
        }
        List<String> lost = new ArrayList<>();
        List<Table> indicatorTables = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ProgrammeEvaluation.ProgrammeResult result = results.get(i);
            String numeral = "（" + CHINESE_NUMERALS[Math.min(i, CHINESE_NUMERALS.length - 1)] + "）";
            overall.add(new Paragraph(numeral + result.name()));
            overall.addAll(overallBlocks(
                    result.evaluation(), we, result.name(), "图" + (i + 1) + " " + result.name() + "各一级指标得分与分值"));
            List<String> programmeLost = lostPoints(result.evaluation());
            lost.add(result.name() + "：" + (programmeLost.isEmpty() ? "各项指标均得满分" : String.join("；", programmeLost)));
            indicatorTables.add(new Table(result.name(), set.programmes().get(i).rubric(), result.evaluation()));
        }
        List<Block> problems = new ArrayList<>();
        problems.add(new Paragraph("（一）存在问题。" + String.join("。", lost) + "。"));
        notes.problems().forEach(p -> problems.add(new Paragraph(p)));
        problems.addAll(nextSteps(notes.nextSteps()));
        return new ReportDraft(
                nz(subject.region()) + year + program + "财政资金绩效评价报告",
                addressee(document, subject),
                opening(document, we, year, program),
                List.of(targets, new Section("二、自评总体情况", overall), new Section("三、存在问题及下一步计划", problems)),
                indicatorTables,
                stamps(document));
    }

    private static final String[] CHINESE_NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    /**
     * 及12个二级指标, or 、6个二级指标及9个三级指标 for a deeper table: how many indicators each level has. A row sits one
     * level below its group, so a table of mixed depth (预算执行率 right under 预算执行, the targets under 二级指标) counts
     * each row at its own level.
     */
    private static String levels(List<Rubric.Group> groups, int rows) {
        String[] names = {"二", "三", "四", "五", "六", "七"};
        int[] perLevel = new int[names.length];
        for (Rubric.Group group : groups) {
            count(group, 0, perLevel);
        }
        List<String> counts = new java.util.ArrayList<>();
        for (int level = 0; level < names.length; level++) {
            if (perLevel[level] > 0) {
                counts.add(perLevel[level] + "个" + names[level] + "级指标");
            }
        }
        if (counts.isEmpty()) {
            counts.add(rows + "个二级指标");
        }
        return counts.size() == 1
                ? "及" + counts.get(0)
                : "、" + String.join("、", counts.subList(0, counts.size() - 1)) + "及" + counts.get(counts.size() - 1);
    }

    /** A group's sub-groups at the level below it, its own rows there too (a group holds one or the other). */
    private static void count(Rubric.Group group, int below, int[] perLevel) {
        if (below >= perLevel.length) {
            return;
        }
        if (group.subgroups().isEmpty()) {
            perLevel[below] += group.indicators().size();
            return;
        }
        perLevel[below] += group.subgroups().size();
        for (Rubric.Group sub : group.subgroups()) {
            count(sub, below + 1, perLevel);
        }
    }

    private static Section targets(CompiledRubric rubric, List<String> basis, String we, Narrative narrative) {
        Rubric table = rubric.rubric();
        int rows = table.groups().stream().mapToInt(g -> g.indicators().size()).sum();
        String groups =
                String.join("、", table.groups().stream().map(Rubric.Group::name).toList());
        String text = (basis.size() > 1 ? "根据" + String.join("、", basis.subList(1, basis.size())) + "，" : "") + we
                + "财政资金绩效评价按照" + groups + table.groups().size() + "个一级指标" + levels(table.groups(), rows)
                + "进行评价，"
                + "评价指标采用《" + table.title() + "》，满分" + n(table.total()) + "分。";
        if (!narrative.documents().isEmpty()) {
            // the unit's own documents, as it cites them
            text += "结合本地实际，" + we + "制定了" + String.join("、", narrative.documents()) + "。";
        }
        return new Section("一、绩效目标的设立、制定依据和目标调整情况", List.of(new Paragraph(text)));
    }

    /** The result, the programme in figures, the chart of its groups, then a paragraph per group and indicator. */
    private static List<Block> overallBlocks(Evaluation evaluation, String we, String program, String caption) {
        return overallBlocks(evaluation, we, program, caption, ReportNotes.NONE, Narrative.NONE);
    }

    /**
     * The same, with the funds issued and spent after the result, and each indicator's 工作措施 and 说明 with its
     * paragraph.
     */
    private static List<Block> overallBlocks(
            Evaluation evaluation, String we, String program, String caption, ReportNotes notes, Narrative narrative) {
        List<Block> blocks = new ArrayList<>();
        // a claimed total that the facts do not give is said as such: 自评84分, checked 70, never 70 called 自评
        BigDecimal claimedTotal = evaluation.claimed().get(CompiledRubric.TOTAL_ID);
        boolean differs = claimedTotal != null && claimedTotal.compareTo(evaluation.total()) != 0;
        StringBuilder result = new StringBuilder("根据绩效评价指标评分标准，")
                .append(we)
                .append(program)
                .append("项目自评得分为")
                .append(n(differs ? claimedTotal : evaluation.total()))
                .append("分");
        if (differs) {
            result.append("，按评分标准核定为").append(n(evaluation.total())).append("分");
        }
        if (!evaluation.notApplicable().isEmpty()) {
            result.append("（").append(evaluation.notApplicable().size()).append("项指标不适用，按适用指标的分值折算）");
        }
        evaluation.cap().ifPresent(cap -> result.append("（")
                .append(cap.reason())
                .append("，总分最高")
                .append(n(cap.atMost()))
                .append("分，按评分标准计")
                .append(n(cap.before()))
                .append("分，扣减")
                .append(n(cap.cut()))
                .append("分）"));
        result.append("。财政资金绩效评价结果为“").append(evaluation.grade().label()).append("”");
        evaluation.vetoes().forEach(v -> result.append("（")
                .append(v.name())
                .append("，一票否决：")
                .append(v.reason())
                .append("）"));
        blocks.add(new Paragraph(result.append("。").toString()));
        String funds = funds(narrative);
        if (!funds.isEmpty()) {
            blocks.add(new Paragraph(funds));
        }
        // the programme in figures: the rows that compare plans with what was done
        List<String> figures = new ArrayList<>();
        for (Evaluation.GroupResult group : evaluation.groups()) {
            for (Evaluation.IndicatorResult row : group.indicators()) {
                if (row.applicable() && row.type().equals("plan-completion")) {
                    // each item by its name, with its figures only: what a shortfall cost is said with the
                    // indicator below
                    figures.add(row.name() + "："
                            + prose(row.reason())
                                    .replaceFirst("，扣[0-9.]+分。?$", "")
                                    .replaceFirst("。$", ""));
                }
            }
        }
        if (!figures.isEmpty()) {
            blocks.add(new Paragraph(program + "绩效评价总体情况：" + String.join("；", figures) + "。"));
        }
        blocks.add(new Figure(caption, Charts.groups(evaluation)));
        int number = 1;
        for (Evaluation.GroupResult group : evaluation.groups()) {
            BigDecimal claimedGroup = evaluation.claimed().get(group.id());
            String scored = claimedGroup != null && claimedGroup.compareTo(group.score()) != 0
                    ? "自评得分" + n(claimedGroup) + "分，核定得分" + n(group.score()) + "分。"
                    : "自评得分" + n(group.score()) + "分。";
            blocks.add(new Paragraph(number++ + ". " + group.name() + "方面，总分" + n(group.weight()) + "分，" + scored));
            for (Evaluation.IndicatorResult row : group.indicators()) {
                String measure = narrative.measures().get(row.id());
                blocks.add(new Paragraph(row.name() + "："
                        + (measure == null ? "" : sentence(measure))
                        + sentence(prose(row.reason()))
                        + (row.applicable() ? "得" + n(row.score()) + "分。" : "")));
                notes.indicators().getOrDefault(row.id(), List.of()).forEach(p -> blocks.add(new Paragraph(p)));
            }
        }
        for (Evaluation.ExtraResult extra : new Evaluation.ExtraResult[] {evaluation.bonus(), evaluation.penalty()}) {
            if (extra != null) {
                blocks.add(new Paragraph(
                        number++ + ". " + extra.name() + "，最多" + n(extra.cap()) + "分，计" + n(extra.score()) + "分。"));
                for (Evaluation.IndicatorResult row : extra.indicators()) {
                    blocks.add(new Paragraph(
                            row.name() + "：" + sentence(prose(row.reason())) + "计" + n(row.score()) + "分。"));
                }
            }
        }
        return blocks;
    }

    private static Section counties(ReviewReport review, String we) {
        List<Block> blocks = new ArrayList<>();
        List<SubmissionResult> results = review.results();
        List<String> names = results.stream().map(SubmissionResult::name).toList();
        StringBuilder received = new StringBuilder("收到所辖县（区）自评材料")
                .append(results.size())
                .append("份：")
                .append(String.join("、", names))
                .append("。");
        List<SubmissionResult> refused =
                results.stream().filter(r -> r.evaluation() == null).toList();
        if (!refused.isEmpty()) {
            received.append("其中").append(refused.size()).append("份未能评分：");
            received.append(String.join(
                            "；",
                            refused.stream()
                                    .map(r -> r.name() + "（" + firstLine(r.refusal()) + "）")
                                    .toList()))
                    .append("。");
        }
        blocks.add(new Paragraph(received.toString()));
        Comparison comparison = review.comparison();
        List<Comparison.Row> ranked = comparison.rows().stream()
                .filter(r -> r.total() != null)
                .sorted(Comparator.comparingInt(Comparison.Row::rank))
                .toList();
        if (!ranked.isEmpty()) {
            StringBuilder totals = new StringBuilder("复核后各县（区）得分由高到低为：");
            totals.append(String.join(
                            "、",
                            ranked.stream()
                                    .map(r -> r.name() + n(r.total()) + "分（" + r.grade() + "）")
                                    .toList()))
                    .append("。");
            Map<String, Long> grades = new java.util.LinkedHashMap<>();
            ranked.forEach(r -> grades.merge(r.grade(), 1L, Long::sum));
            totals.append("其中")
                    .append(String.join(
                            "、",
                            grades.entrySet().stream()
                                    .map(e -> e.getKey() + e.getValue() + "个")
                                    .toList()))
                    .append("。");
            blocks.add(new Paragraph(totals.toString()));
        }
        List<SubmissionResult> over = review.overClaimed();
        if (over.isEmpty() && results.stream().allMatch(r -> r.findings().isEmpty())) {
            blocks.add(new Paragraph("复核各县（区）自评得分，未发现与核定得分不一致的情况。"));
        } else {
            StringBuilder found = new StringBuilder("复核发现，");
            if (!over.isEmpty()) {
                found.append(over.size())
                        .append("个县（区）自评总分高于核定得分，共多报")
                        .append(n(review.overClaimedPoints()))
                        .append("分：");
                List<String> each = new ArrayList<>();
                for (SubmissionResult result : over) {
                    List<String> rows = result.findings().stream()
                            .filter(f -> f.kind() == ClaimFinding.Kind.DIFFERS_FROM_COMPUTED && !f.id().equals("total"))
                            .map(f -> f.name() + "自评" + n(f.claimed()) + "分、核定" + n(f.expected()) + "分")
                            .toList();
                    each.add(result.name() + "自评" + n(result.claimedTotal().orElseThrow()) + "分、核定"
                            + n(result.total().orElseThrow()) + "分，多报" + n(result.overClaim()) + "分"
                            + (rows.isEmpty() ? "" : "（" + String.join("；", rows) + "）"));
                }
                found.append(String.join("；", each)).append("。");
            }
            List<String> other = new ArrayList<>();
            for (SubmissionResult result : results) {
                result.findings().stream()
                        .filter(f -> f.kind() != ClaimFinding.Kind.DIFFERS_FROM_COMPUTED)
                        .forEach(f -> other.add(result.name() + f.message()));
            }
            if (!other.isEmpty()) {
                found.append("另有自评得分本身不合规：").append(String.join("；", other)).append("。");
            }
            blocks.add(new Paragraph(found.append("本报告以核定得分为准。").toString()));
        }
        if (ranked.size() >= 2) {
            Comparison.Row high = ranked.get(0);
            Comparison.Row low = ranked.get(ranked.size() - 1);
            StringBuilder spread = new StringBuilder("各县（区）之间工作进展不够平衡：得分最高的")
                    .append(high.name())
                    .append(n(high.total()))
                    .append("分，最低的")
                    .append(low.name())
                    .append(n(low.total()))
                    .append("分，相差")
                    .append(n(high.total().subtract(low.total())))
                    .append("分。");
            List<String> gaps = gaps(comparison, 3);
            if (!gaps.isEmpty()) {
                spread.append("差距较大的指标是").append(String.join("；", gaps)).append("。");
            }
            blocks.add(new Paragraph(spread.toString()));
            blocks.add(new Figure("图2 各县（区）得分", Charts.counties(comparison, review)));
            Comparison.Column widest = widestFigure(comparison);
            if (widest != null) {
                blocks.add(new Figure("图3 各县（区）" + widest.name(), Charts.figures(comparison, widest)));
            }
        }
        RollupResult rollup = review.rollup();
        if (rollup != null && rollup.made() && rollup.total() != null) {
            blocks.add(new Paragraph(
                    rollup.evaluation() != null
                            ? "将" + rollup.parts().size() + "个县（区）的数据按评价指标的汇总规则汇总，并计入" + we + "本级情况后，" + we + "得分为"
                                    + n(rollup.total()) + "分（" + rollup.grade().grade() + "）。"
                            : "按各县（区）得分平均，" + we + "得分为" + n(rollup.total()) + "分（"
                                    + rollup.grade().grade() + "）。"));
            if (!rollup.excluded().isEmpty()) {
                blocks.add(new Paragraph("未纳入汇总的县（区）：" + String.join("、", rollup.excluded()) + "。"));
            }
        }
        return new Section("三、对所辖县（区）开展评价的情况", blocks);
    }

    private static Section problems(Evaluation evaluation, ReviewReport review, ReportNotes notes, String number) {
        List<Block> blocks = new ArrayList<>();
        List<String> lost = lostPoints(evaluation);
        blocks.add(new Paragraph(lost.isEmpty() ? "（一）存在问题。各项指标均得满分。" : "（一）存在问题。" + String.join("；", lost) + "。"));
        notes.problems().forEach(p -> blocks.add(new Paragraph(p)));
        if (review != null) {
            List<String> lagging = new ArrayList<>();
            String top = review.comparison().rows().stream()
                    .map(Comparison.Row::grade)
                    .filter(g -> g != null)
                    .findFirst()
                    .orElse(null);
            List<Comparison.Column> columns = review.comparison().indicators();
            for (Comparison.Row row : review.comparison().rows()) {
                if (row.grade() == null || row.total() == null || row.rank() == 1) {
                    continue;
                }
                List<Comparison.Column> weakest = columns.stream()
                        .filter(c -> row.cells().get(c.id()).score() != null
                                && row.cells().get(c.id()).score().compareTo(c.weight()) < 0)
                        .sorted(Comparator.comparing((Comparison.Column c) -> c.weight()
                                        .subtract(row.cells().get(c.id()).score()))
                                .reversed())
                        .limit(2)
                        .toList();
                if (!weakest.isEmpty() && (row.grade().equals(top) ? false : true)) {
                    lagging.add(row.name() + "得" + n(row.total()) + "分（" + row.grade() + "），主要在"
                            + String.join(
                                    "、",
                                    weakest.stream()
                                            .map(c -> c.name() + "（得"
                                                    + n(row.cells().get(c.id()).score()) + "分，满分" + n(c.weight())
                                                    + "分）")
                                            .toList())
                            + "失分");
                }
            }
            if (!lagging.isEmpty()) {
                blocks.add(new Paragraph("部分县（区）得分偏低：" + String.join("；", lagging) + "。"));
            }
        }
        blocks.addAll(nextSteps(notes.nextSteps()));
        return new Section(number + "、存在问题及下一步计划", blocks);
    }

    /** Each indicator that lost points: 配建养老服务设施面积完成率扣1分（…）. */
    private static List<String> lostPoints(Evaluation evaluation) {
        List<String> lost = new ArrayList<>();
        for (Evaluation.GroupResult group : evaluation.groups()) {
            for (Evaluation.IndicatorResult row : group.indicators()) {
                if (row.applicable() && row.score() != null && row.score().compareTo(row.weight()) < 0) {
                    lost.add(row.name() + "扣" + n(row.weight().subtract(row.score())) + "分（"
                            + String.join(
                                    "；",
                                    row.deductions().stream()
                                            .map(d -> prose(d.reason()))
                                            .toList()) + "）");
                }
            }
        }
        return lost;
    }

    /** （二）下一步计划, then the user's paragraphs verbatim, or a placeholder. */
    static List<Block> nextSteps(List<String> notes) {
        List<Block> blocks = new ArrayList<>();
        if (notes.isEmpty()) {
            blocks.add(new Paragraph("（二）下一步计划。（待补充）"));
        } else {
            blocks.add(new Paragraph("（二）下一步计划。"));
            notes.forEach(note -> blocks.add(new Paragraph(note)));
        }
        return blocks;
    }

    /** The indicators whose highest and lowest county differ most, as sentences. */
    private static List<String> gaps(Comparison comparison, int most) {
        List<Comparison.Spread> spreads = new ArrayList<>(comparison.spreads().stream()
                .filter(s -> s.lowestScore() != null && s.highestScore().compareTo(s.lowestScore()) > 0)
                .toList());
        spreads.sort(
                Comparator.comparing((Comparison.Spread s) -> s.highestScore().subtract(s.lowestScore()))
                        .reversed());
        List<String> gaps = new ArrayList<>();
        for (Comparison.Spread spread : spreads.subList(0, Math.min(most, spreads.size()))) {
            String name = comparison.indicators().stream()
                    .filter(c -> c.id().equals(spread.id()))
                    .findFirst()
                    .orElseThrow()
                    .name();
            gaps.add(name + "（最高" + spread.highestText() + "，最低" + spread.lowestText() + "）");
        }
        return gaps;
    }

    /** The indicator whose figure (completion rate) varies most between counties, if any has one. */
    static Comparison.Column widestFigure(Comparison comparison) {
        Comparison.Column widest = null;
        BigDecimal range = BigDecimal.ZERO;
        for (Comparison.Column column : comparison.indicators()) {
            if (!"完成率".equals(column.figure())) {
                continue;
            }
            BigDecimal low = null;
            BigDecimal high = null;
            for (Comparison.Row row : comparison.rows()) {
                BigDecimal figure = row.cells().get(column.id()).figure();
                if (figure != null) {
                    low = low == null || figure.compareTo(low) < 0 ? figure : low;
                    high = high == null || figure.compareTo(high) > 0 ? figure : high;
                }
            }
            if (low != null && high.subtract(low).compareTo(range) > 0) {
                range = high.subtract(low);
                widest = column;
            }
        }
        return widest;
    }

    static GradeBand lowest(List<GradeBand> bands) {
        return bands.get(bands.size() - 1);
    }

    /** A budget unit's name ends so (示例县水利局, 市发展改革委): it writes 本单位, whatever level it sits at. */
    private static final List<String> UNIT_ENDINGS =
            List.of("局", "委", "办", "厅", "院", "中心", "站", "所", "馆", "校", "会", "部", "队");

    /** 我市, 我县, 我区, 我省 — as a report names its own unit; 本单位 for a budget unit (示例县水利局). */
    static String we(Subject subject) {
        String level = subject.level() == null ? "" : subject.level();
        String region = subject.region() == null ? "" : subject.region();
        if (UNIT_ENDINGS.stream().anyMatch(region::endsWith)) {
            return "本单位";
        }
        if (level.equals("province") || region.endsWith("省")) {
            return "我省";
        }
        if (level.equals("city") || region.endsWith("市")) {
            return "我市";
        }
        if (region.endsWith("区")) {
            return "我区";
        }
        if (level.equals("county") || region.endsWith("县")) {
            return "我县";
        }
        return "本单位";
    }

    /** 全年下达资金95812万元，已支出90201万元，支出率94.1%。 — from what the submission says; empty when it says nothing. */
    static String funds(Narrative narrative) {
        BigDecimal issued = narrative.fundsIssued();
        BigDecimal spent = narrative.fundsSpent();
        if (issued == null && spent == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (issued != null) {
            text.append("全年下达资金").append(n(issued)).append("万元");
        }
        if (spent != null) {
            text.append(text.isEmpty() ? "已支出资金" : "，已支出").append(n(spent)).append("万元");
        }
        if (issued != null && spent != null && issued.signum() > 0) {
            BigDecimal rate = spent.multiply(BigDecimal.valueOf(100)).divide(issued, 1, java.math.RoundingMode.HALF_UP);
            text.append("，支出率").append(n(rate)).append("%");
        }
        return text.append("。").toString();
    }

    /**
     * A reason as the report's prose says it: without the rule's internal limits ("扣10分（最多扣10分）" reads "扣10分"),
     * which the indicator table keeps.
     */
    static String prose(String reason) {
        return reason.replaceAll("（最多扣[0-9.]+分）", "");
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() || trimmed.endsWith("。") ? trimmed : trimmed + "。";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    static String n(BigDecimal value) {
        return value == null ? "—" : Numbers.plain(value);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
