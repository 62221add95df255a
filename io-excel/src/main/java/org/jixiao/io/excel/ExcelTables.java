package org.jixiao.io.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.engine.programme.ProgrammeEvaluation;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.review.ClaimFinding;
import org.jixiao.review.Comparison;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.RollupResult;
import org.jixiao.review.SubmissionResult;
import org.jixiao.spi.Api;
import org.jixiao.spi.Subject;
import org.jixiao.spi.scoring.Numbers;

/**
 * The official indicator table as a finance department hands it in — title, 填报单位, 一级指标 | 分值 | 二级指标 |
 * 分值 | 评分标准 | 市县评价得分 | 评分理由, first-level cells merged down their rows, 合计, the stamp lines, wrapped
 * text, widths for Chinese, A4 landscape — written from an evaluation, blank from a rubric, and for a whole
 * review (a sheet per county, the comparison, the check of claims and the roll-up). Values only, no formulas.
 *
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public final class ExcelTables {

    private ExcelTables() {}

    /**
     * The table of one evaluation, with its scores and reasons.
     *
     * @param rubric the rubric it was scored with (its title and stamp lines); never {@code null}
     * @param evaluation the evaluation; never {@code null}
     * @return the .xlsx bytes
     */
    public static byte[] write(CompiledRubric rubric, Evaluation evaluation) {
        return workbook(workbook ->
                indicatorTable(workbook.createSheet(Layout.TABLE), rubric, evaluation, new Styles(workbook)));
    }

    /**
     * The blank table a province hands out: the indicators and their 评分标准, no scores.
     *
     * @param rubric the rubric; never {@code null}
     * @return the .xlsx bytes
     */
    public static byte[] blank(CompiledRubric rubric) {
        return workbook(
                workbook -> indicatorTable(workbook.createSheet(Layout.TABLE), rubric, null, new Styles(workbook)));
    }

    /**
     * One workbook for a review: 汇总 (every submission), 复核 (what the check of claims found), 横向比较 (the
     * counties side by side), a table per scored county, and the upper level's table when it was rolled up.
     *
     * @param rubric the rubric the counties were scored with; never {@code null}
     * @param report the review; never {@code null}
     * @return the .xlsx bytes
     */
    public static byte[] write(CompiledRubric rubric, ReviewReport report) {
        return workbook(workbook -> {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            summary(workbook.createSheet(unique("汇总", names)), report, styles);
            findings(workbook.createSheet(unique("复核", names)), report, styles);
            comparison(workbook.createSheet(unique("横向比较", names)), report.comparison(), styles);
            RollupResult rollup = report.rollup();
            if (rollup != null && rollup.evaluation() != null) {
                indicatorTable(
                        workbook.createSheet(
                                unique((rollup.region() == null ? "上级" : rollup.region()) + "（汇总）", names)),
                        rubric,
                        rollup.evaluation(),
                        styles);
            }
            for (SubmissionResult result : report.results()) {
                if (result.evaluation() != null) {
                    indicatorTable(
                            workbook.createSheet(unique(result.name(), names)),
                            result.rubric(),
                            result.evaluation(),
                            styles);
                }
            }
        });
    }

    /** A refusal as the workbook's reader reads it: in Chinese, line by line; empty for none. */
    private static String chinese(String refusal) {
        if (refusal == null) {
            return "";
        }
        org.jixiao.engine.problem.Translator translator = org.jixiao.engine.problem.Translator.chinese();
        return String.join("\n", refusal.lines().map(translator::line).toList());
    }

    /**
     * A folder of project self-evaluation forms reviewed, as one workbook: 自评汇总表 (one row per project: budget,
     * executed, rate, claimed and recomputed totals, the over-claim, grade, why refused), then each scored project's
     * own table.
     *
     * @param summary the projects; never {@code null}
     * @param report the review they come from; never {@code null}
     * @return the .xlsx bytes
     * @since 0.4
     */
    public static byte[] write(org.jixiao.review.ProjectSummary summary, ReviewReport report) {
        return workbook(workbook -> {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            Sheet sheet = workbook.createSheet(unique("自评汇总表", names));
            String[] headers = {
                "序号", "项目名称", "实施单位", "全年预算数（万元）", "全年执行数（万元）", "执行率（%）", "自评得分", "核定得分", "多报", "等级", "说明"
            };
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                ExcelTemplate.cell(header, c, headers[c], styles.header);
            }
            int r = 1;
            for (org.jixiao.review.ProjectSummary.Row project : summary.rows()) {
                Row row = sheet.createRow(r);
                Cell number = row.createCell(0);
                number.setCellValue(r++);
                number.setCellStyle(styles.number);
                ExcelTemplate.cell(row, 1, project.project(), styles.text);
                ExcelTemplate.cell(row, 2, project.unit() == null ? "" : project.unit(), styles.text);
                optional(row, 3, project.budget(), styles);
                optional(row, 4, project.executed(), styles);
                optional(row, 5, project.rate(), styles);
                optional(row, 6, project.claimed(), styles);
                optional(row, 7, project.total(), styles);
                optional(row, 8, project.overClaim().signum() > 0 ? project.overClaim() : null, styles);
                ExcelTemplate.cell(
                        row, 9, project.grade() == null ? "" : project.grade().grade(), styles.text);
                ExcelTemplate.cell(row, 10, chinese(project.refusal()), styles.wrapped);
            }
            int[] widths = {3, 16, 10, 7, 7, 5, 5, 5, 4, 3, 60};
            for (int c = 0; c < widths.length; c++) {
                Styles.width(sheet, c, widths[c]);
            }
            Styles.fitRows(sheet, 1, r - 1);
            Styles.a4Landscape(sheet);
            for (SubmissionResult result : report.results()) {
                if (result.evaluation() != null) {
                    String name = result.submission().subject().program() == null
                            ? result.name()
                            : result.submission().subject().program();
                    indicatorTable(
                            workbook.createSheet(unique(name, names)), result.rubric(), result.evaluation(), styles);
                }
            }
        });
    }

    /**
     * One workbook for a programme set's evaluation: 汇总 (each programme's total and grade, its weight and the
     * combination), then each programme's official table.
     *
     * @param set the set it was scored with; never {@code null}
     * @param evaluation the evaluation; never {@code null}
     * @return the .xlsx bytes
     */
    public static byte[] write(ProgrammeSet set, ProgrammeEvaluation evaluation) {
        return workbook(workbook -> {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            programmes(workbook.createSheet(unique("汇总", names)), evaluation, styles);
            for (ProgrammeEvaluation.ProgrammeResult result : evaluation.programmes()) {
                CompiledRubric rubric = set.programmes().stream()
                        .filter(p -> p.id().equals(result.id()))
                        .findFirst()
                        .orElseThrow()
                        .rubric();
                indicatorTable(workbook.createSheet(unique(result.name(), names)), rubric, result.evaluation(), styles);
            }
        });
    }

    private static void programmes(Sheet sheet, ProgrammeEvaluation evaluation, Styles styles) {
        boolean weighted = evaluation.method() == ProgrammeSet.Method.WEIGHTED;
        String weight = weighted ? evaluation.weightLabel() : "权重";
        String[] headers = {"项目", "评分表", weight, "总分", "等级", "自评得分核对"};
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            ExcelTemplate.cell(header, c, headers[c], styles.header);
        }
        int r = 1;
        for (ProgrammeEvaluation.ProgrammeResult result : evaluation.programmes()) {
            Row row = sheet.createRow(r++);
            ExcelTemplate.cell(row, 0, result.name(), styles.text);
            ExcelTemplate.cell(row, 1, result.evaluation().rubric().id(), styles.text);
            optional(row, 2, result.weight(), styles);
            optional(row, 3, result.evaluation().total(), styles);
            ExcelTemplate.cell(
                    row,
                    4,
                    result.evaluation().grade() == null
                            ? ""
                            : result.evaluation().grade().grade(),
                    styles.text);
            ExcelTemplate.cell(row, 5, claimText(result.evaluation().discrepancies()), styles.wrapped);
        }
        if (evaluation.method() != ProgrammeSet.Method.NONE) {
            Row row = sheet.createRow(r++);
            ExcelTemplate.cell(row, 0, weighted ? "综合（按" + weight + "加权）" : "综合（平均）", styles.text);
            ExcelTemplate.cell(row, 1, evaluation.set().id(), styles.text);
            optional(row, 2, null, styles);
            optional(row, 3, evaluation.total(), styles);
            ExcelTemplate.cell(
                    row, 4, evaluation.grade() == null ? "" : evaluation.grade().grade(), styles.text);
            ExcelTemplate.cell(row, 5, claimText(evaluation.discrepancies()), styles.wrapped);
        }
        int[] widths = {14, 22, 6, 5, 3, 30};
        for (int c = 0; c < widths.length; c++) {
            Styles.width(sheet, c, widths[c]);
        }
        Styles.fitRows(sheet, 1, r);
        Styles.a4Landscape(sheet);
    }

    /** The claims that differ from the computed scores: 总分自评90分，核定88.5分；…, or empty. */
    private static String claimText(List<Evaluation.Discrepancy> discrepancies) {
        List<String> parts = new ArrayList<>();
        for (Evaluation.Discrepancy d : discrepancies) {
            parts.add(d.name() + "自评" + Numbers.plain(d.claimed()) + "分，核定" + Numbers.plain(d.computed()) + "分");
        }
        return String.join("；", parts);
    }

    private interface Filler {
        void fill(XSSFWorkbook workbook);
    }

    private static byte[] workbook(Filler filler) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            filler.fill(workbook);
            workbook.getProperties().getCoreProperties().setCreator("jixiao");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The official table into {@code sheet}; scores and reasons from {@code evaluation}, or blank when null. */
    static void indicatorTable(Sheet sheet, CompiledRubric rubric, Evaluation evaluation, Styles styles) {
        Rubric table = rubric.rubric();
        // a table of three or more levels gains a name and 分值 column pair per middle level
        int mid = table.levels() - 2;
        // where the submission claimed scores, 自评得分 stands beside the checked 核定得分, never one under the other's name
        java.util.Map<String, BigDecimal> claimed =
                evaluation == null || evaluation.claimed().isEmpty() ? null : evaluation.claimed();
        String[] columns = columns(mid, claimed != null);
        int ind = 4 + 2 * mid;
        int off = claimed == null ? 0 : 1;
        int r = 0;
        Row title = sheet.createRow(r++);
        title.setHeightInPoints(32);
        ExcelTemplate.cell(title, 0, table.title().isEmpty() ? table.id() : table.title(), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.length - 1));
        Row unit = sheet.createRow(r++);
        Subject subject = evaluation == null ? Subject.UNKNOWN : evaluation.subject();
        ExcelTemplate.cell(unit, 0, "填报单位：" + (subject.region() == null ? "" : subject.region()), styles.plain);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns.length - 1));
        // the seed's two-row header: 评价指标 over the four indicator columns
        int top = r++;
        int bottom = r++;
        Row header = sheet.createRow(top);
        Row header2 = sheet.createRow(bottom);
        for (int c = 0; c < columns.length; c++) {
            ExcelTemplate.cell(header, c, c < ind ? "评价指标" : columns[c], styles.header);
            ExcelTemplate.cell(header2, c, c < ind ? columns[c] : "", styles.header);
        }
        sheet.addMergedRegion(new CellRangeAddress(top, top, 0, ind - 1));
        for (int c = ind; c < columns.length; c++) {
            sheet.addMergedRegion(new CellRangeAddress(top, bottom, c, c));
        }
        for (int g = 0; g < table.groups().size(); g++) {
            Rubric.Group group = table.groups().get(g);
            Evaluation.GroupResult groupResult =
                    evaluation == null ? null : evaluation.groups().get(g);
            r = rows(
                    sheet,
                    r,
                    group.name(),
                    group.weight(),
                    group.indicators(),
                    groupResult == null ? null : groupResult.indicators(),
                    styles,
                    mid,
                    group,
                    claimed);
        }
        for (boolean isBonus : new boolean[] {true, false}) {
            Rubric.Extra extra = isBonus ? table.bonus() : table.penalty();
            if (extra != null) {
                Evaluation.ExtraResult result =
                        evaluation == null ? null : isBonus ? evaluation.bonus() : evaluation.penalty();
                r = rows(
                        sheet,
                        r,
                        extra.name(),
                        extra.cap(),
                        extra.indicators(),
                        result == null ? null : result.indicators(),
                        styles,
                        mid,
                        null,
                        claimed);
            }
        }
        int lastIndicatorRow = r - 1;
        Row total = sheet.createRow(r);
        for (int c = 0; c < ind - 2; c++) {
            ExcelTemplate.cell(total, c, "", styles.text);
        }
        ExcelTemplate.cell(total, ind - 2, "合计", styles.text);
        number(total, ind - 1, table.total(), styles.number);
        ExcelTemplate.cell(total, ind, "", styles.wrapped);
        if (claimed != null) {
            BigDecimal claimedTotal = claimed.get(CompiledRubric.TOTAL_ID);
            if (claimedTotal == null) {
                ExcelTemplate.cell(total, ind + 1, "", styles.number);
            } else {
                number(total, ind + 1, claimedTotal, styles.number);
            }
        }
        if (evaluation != null && evaluation.total() != null) {
            number(total, ind + 1 + off, evaluation.total(), styles.number);
        } else {
            ExcelTemplate.cell(total, ind + 1 + off, evaluation == null ? "" : "—", styles.number);
        }
        ExcelTemplate.cell(
                total,
                ind + 2 + off,
                evaluation == null || evaluation.grade() == null
                        ? ""
                        : "等级：" + evaluation.grade().grade(),
                styles.wrapped);
        r += 2;
        if (table.document() != null) {
            for (String stamp : table.document().stamps()) {
                Row line = sheet.createRow(r);
                line.setHeightInPoints(28);
                ExcelTemplate.cell(line, 0, stamp, styles.plain);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
                r += 2;
            }
        }
        Styles.width(sheet, 0, 7);
        Styles.width(sheet, 1, 3);
        for (int level = 0; level < mid; level++) {
            Styles.width(sheet, 2 + 2 * level, 8);
            Styles.width(sheet, 3 + 2 * level, 3);
        }
        Styles.width(sheet, ind - 2, 12);
        Styles.width(sheet, ind - 1, 3);
        Styles.width(sheet, ind, (mid > 0 ? 30 : 36) - 3 * off);
        Styles.width(sheet, ind + 1, 6);
        if (off > 0) {
            Styles.width(sheet, ind + 2, 6);
        }
        Styles.width(sheet, ind + 2 + off, (mid > 0 ? 26 : 30) - 3 * off);
        sheet.setRepeatingRows(new CellRangeAddress(top, bottom, -1, -1));
        Styles.fitRows(sheet, bottom + 1, lastIndicatorRow + 1);
        Styles.a4Landscape(sheet);
    }

    private static int rows(
            Sheet sheet,
            int start,
            String group,
            BigDecimal weight,
            List<Rubric.Row> rows,
            List<Evaluation.IndicatorResult> results,
            Styles styles,
            int mid,
            Rubric.Group levels,
            java.util.Map<String, BigDecimal> claimed) {
        int r = start;
        int leaf = 2 + 2 * mid;
        int off = claimed == null ? 0 : 1;
        int[] runStart = new int[mid];
        List<Rubric.Group> previous = List.of();
        for (int i = 0; i < rows.size(); i++) {
            Rubric.Row indicator = rows.get(i);
            Evaluation.IndicatorResult result = results == null ? null : results.get(i);
            Row row = sheet.createRow(r++);
            ExcelTemplate.cell(row, 0, i == 0 ? group : "", styles.text);
            if (i == 0) {
                number(row, 1, weight, styles.number);
            } else {
                ExcelTemplate.cell(row, 1, "", styles.number);
            }
            // the middle levels: a sub-group's name and 分值 on its first row, merged down its rows
            List<Rubric.Group> chain = levels == null ? List.of() : levels.pathTo(indicator.id());
            for (int level = 0; level < mid; level++) {
                Rubric.Group here = level < chain.size() ? chain.get(level) : null;
                Rubric.Group before = level < previous.size() ? previous.get(level) : null;
                boolean starts = here != null && here != before;
                if (i > 0 && (starts || here == null) && before != null) {
                    mergeDown(sheet, runStart[level], row.getRowNum() - 1, 2 + 2 * level);
                }
                if (starts) {
                    runStart[level] = row.getRowNum();
                }
                ExcelTemplate.cell(row, 2 + 2 * level, starts ? here.name() : "", styles.text);
                if (starts) {
                    number(row, 3 + 2 * level, here.weight(), styles.number);
                } else {
                    ExcelTemplate.cell(row, 3 + 2 * level, "", styles.number);
                }
            }
            previous = chain;
            ExcelTemplate.cell(row, leaf, indicator.name(), styles.text);
            number(row, leaf + 1, indicator.weight(), styles.number);
            ExcelTemplate.cell(row, leaf + 2, indicator.criteria(), styles.wrapped);
            if (claimed != null) {
                BigDecimal claim = claimed.get(indicator.id());
                if (claim == null) {
                    ExcelTemplate.cell(row, leaf + 3, "", styles.number);
                } else {
                    number(row, leaf + 3, claim, styles.number);
                }
            }
            int score = leaf + 3 + off;
            if (result == null) {
                ExcelTemplate.cell(row, score, "", styles.number);
                ExcelTemplate.cell(row, score + 1, "", styles.wrapped);
            } else if (!result.applicable()) {
                ExcelTemplate.cell(row, score, "不适用", styles.number);
                ExcelTemplate.cell(row, score + 1, result.reason(), styles.wrapped);
            } else if (result.score() == null) {
                ExcelTemplate.cell(row, score, "—", styles.number);
                ExcelTemplate.cell(row, score + 1, "未能评分", styles.wrapped);
            } else {
                number(row, score, result.score(), styles.number);
                ExcelTemplate.cell(row, score + 1, result.reason(), styles.wrapped);
            }
        }
        for (int level = 0; level < mid; level++) {
            if (level < previous.size()) {
                mergeDown(sheet, runStart[level], r - 1, 2 + 2 * level);
            }
        }
        if (rows.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(start, r - 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(start, r - 1, 1, 1));
        }
        return r;
    }

    /**
     * The header of a table with {@code mid} middle levels: 一级指标 | 分值 | 二级指标 | 分值 | … | 评分标准 | 市县评价得分
     * | 评分理由, or 自评得分 | 核定得分 for 市县评价得分 when the submission claimed scores.
     */
    private static String[] columns(int mid, boolean claims) {
        List<String> columns = new java.util.ArrayList<>(List.of("一级指标", "分值"));
        for (int level = 0; level < mid + 1; level++) {
            columns.add(LEVELS[Math.min(level, LEVELS.length - 1)]);
            columns.add("分值");
        }
        columns.add("评分标准");
        columns.addAll(claims ? List.of("自评得分", "核定得分") : List.of("市县评价得分"));
        columns.add("评分理由");
        return columns.toArray(String[]::new);
    }

    private static final String[] LEVELS = {"二级指标", "三级指标", "四级指标", "五级指标", "六级指标"};

    /** A middle level's name and 分值 cells merged from {@code first} to {@code last}, when that is several rows. */
    private static void mergeDown(Sheet sheet, int first, int last, int column) {
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(first, last, column, column));
            sheet.addMergedRegion(new CellRangeAddress(first, last, column + 1, column + 1));
        }
    }

    private static void summary(Sheet sheet, ReviewReport report, Styles styles) {
        String[] headers = {"县（区）", "文件", "状态", "总分", "等级", "名次", "自评总分", "多报", "说明"};
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            ExcelTemplate.cell(header, c, headers[c], styles.header);
        }
        int r = 1;
        for (SubmissionResult result : report.results()) {
            Row row = sheet.createRow(r++);
            ExcelTemplate.cell(row, 0, result.name(), styles.text);
            ExcelTemplate.cell(row, 1, result.file().getFileName().toString(), styles.text);
            ExcelTemplate.cell(
                    row,
                    2,
                    switch (result.status()) {
                        case SCORED -> "已评分";
                        case FAILED -> "指标出错";
                        case REFUSED -> "拒收";
                        case ERROR -> "内部错误";
                    },
                    styles.text);
            optional(row, 3, result.total().orElse(null), styles);
            ExcelTemplate.cell(
                    row,
                    4,
                    result.evaluation() == null || result.evaluation().grade() == null
                            ? ""
                            : result.evaluation().grade().grade(),
                    styles.text);
            int rank = report.comparison().rows().stream()
                    .filter(c -> c.name().equals(result.name()))
                    .mapToInt(Comparison.Row::rank)
                    .findFirst()
                    .orElse(0);
            if (rank > 0) {
                Cell cell = row.createCell(5);
                cell.setCellValue(rank);
                cell.setCellStyle(styles.number);
            } else {
                ExcelTemplate.cell(row, 5, "", styles.number);
            }
            optional(row, 6, result.claimedTotal().orElse(null), styles);
            optional(row, 7, result.overClaim().signum() > 0 ? result.overClaim() : null, styles);
            ExcelTemplate.cell(row, 8, chinese(result.refusal()), styles.wrapped);
        }
        RollupResult rollup = report.rollup();
        if (rollup != null) {
            r++;
            Row row = sheet.createRow(r++);
            ExcelTemplate.cell(row, 0, (rollup.region() == null ? "上级" : rollup.region()) + "（汇总）", styles.text);
            ExcelTemplate.cell(row, 1, rollup.method().word(), styles.text);
            ExcelTemplate.cell(row, 2, rollup.made() ? "已汇总" : "未汇总", styles.text);
            optional(row, 3, rollup.total(), styles);
            ExcelTemplate.cell(
                    row, 4, rollup.grade() == null ? "" : rollup.grade().grade(), styles.text);
            ExcelTemplate.cell(row, 8, String.join("\n", rollup.blockers()), styles.wrapped);
        }
        int[] widths = {8, 14, 5, 5, 3, 3, 5, 4, 40};
        for (int c = 0; c < widths.length; c++) {
            Styles.width(sheet, c, widths[c]);
        }
        Styles.fitRows(sheet, 1, r);
        Styles.a4Landscape(sheet);
    }

    private static void findings(Sheet sheet, ReviewReport report, Styles styles) {
        String[] headers = {"县（区）", "指标", "自评", "应为", "复核意见"};
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            ExcelTemplate.cell(header, c, headers[c], styles.header);
        }
        int r = 1;
        for (SubmissionResult result : report.results()) {
            for (ClaimFinding finding : result.findings()) {
                Row row = sheet.createRow(r++);
                ExcelTemplate.cell(row, 0, result.name(), styles.text);
                ExcelTemplate.cell(row, 1, finding.name(), styles.text);
                number(row, 2, finding.claimed(), styles.number);
                number(row, 3, finding.expected(), styles.number);
                ExcelTemplate.cell(row, 4, finding.message(), styles.wrapped);
            }
        }
        // what changed no score but should be looked at: a figure out of its range, a figure not read as typed, a
        // county far from the others
        for (ReviewReport.Reminder reminder : report.reminders()) {
            Row row = sheet.createRow(r++);
            ExcelTemplate.cell(row, 0, reminder.region(), styles.text);
            ExcelTemplate.cell(row, 1, reminder.what(), styles.text);
            ExcelTemplate.cell(row, 2, "", styles.text);
            ExcelTemplate.cell(row, 3, "", styles.text);
            ExcelTemplate.cell(row, 4, "请核对（未改变评分）：" + reminder.message(), styles.wrapped);
        }
        int[] widths = {8, 14, 4, 4, 40};
        for (int c = 0; c < widths.length; c++) {
            Styles.width(sheet, c, widths[c]);
        }
        Styles.fitRows(sheet, 1, r);
        Styles.a4Landscape(sheet);
    }

    private static void comparison(Sheet sheet, Comparison comparison, Styles styles) {
        Row header = sheet.createRow(0);
        List<String> headers = new ArrayList<>(List.of("指标", "分值"));
        comparison.rows().forEach(row -> headers.add(row.name()));
        headers.addAll(List.of("最低", "最高"));
        for (int c = 0; c < headers.size(); c++) {
            ExcelTemplate.cell(header, c, headers.get(c), styles.header);
        }
        int r = 1;
        for (int i = 0; i < comparison.indicators().size(); i++) {
            Comparison.Column column = comparison.indicators().get(i);
            Comparison.Spread spread = comparison.spreads().get(i);
            Row row = sheet.createRow(r++);
            ExcelTemplate.cell(row, 0, column.name(), styles.text);
            number(row, 1, column.weight(), styles.number);
            int c = 2;
            for (Comparison.Row county : comparison.rows()) {
                optional(row, c++, county.cells().get(column.id()).score(), styles);
            }
            ExcelTemplate.cell(
                    row,
                    c++,
                    spread.lowestCount() == comparison.rows().size()
                            ? "均为" + Numbers.plain(spread.lowestScore()) + "分"
                            : spread.lowestText(),
                    styles.text);
            ExcelTemplate.cell(
                    row, c, spread.highestCount() == comparison.rows().size() ? "" : spread.highestText(), styles.text);
            if (!column.figure().isEmpty()) {
                Row figures = sheet.createRow(r++);
                ExcelTemplate.cell(figures, 0, "  " + column.figure() + "（%）", styles.text);
                ExcelTemplate.cell(figures, 1, "", styles.number);
                int f = 2;
                for (Comparison.Row county : comparison.rows()) {
                    optional(figures, f++, county.cells().get(column.id()).figure(), styles);
                }
            }
        }
        Row totals = sheet.createRow(r);
        ExcelTemplate.cell(totals, 0, "合计", styles.text);
        ExcelTemplate.cell(totals, 1, "", styles.number);
        int c = 2;
        for (Comparison.Row county : comparison.rows()) {
            optional(totals, c++, county.total(), styles);
        }
        Styles.width(sheet, 0, 14);
        Styles.width(sheet, 1, 3);
        for (int i = 0; i < comparison.rows().size(); i++) {
            Styles.width(sheet, 2 + i, 5);
        }
        Styles.width(sheet, 2 + comparison.rows().size(), 9);
        Styles.width(sheet, 3 + comparison.rows().size(), 9);
        sheet.createFreezePane(2, 1);
        Styles.a4Landscape(sheet);
    }

    private static void number(Row row, int col, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void optional(Row row, int col, BigDecimal value, Styles styles) {
        if (value == null) {
            ExcelTemplate.cell(row, col, "", styles.number);
        } else {
            number(row, col, value, styles.number);
        }
    }

    /** A valid sheet name (at most 31 characters, none of []:*?/\) not used before. */
    private static String unique(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            String suffix = "（" + n + "）";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
