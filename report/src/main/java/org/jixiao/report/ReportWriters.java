package org.jixiao.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.spi.Api;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a {@link ReportDraft}: as Word (.docx, POI XWPF; charts as PNG pictures), as HTML (FreeMarker; charts as
 * inline SVG; one file with nothing to fetch) and as Markdown. The indicator table closes each, as in the seed,
 * with its 一级指标 cells merged down their rows, then the stamp lines.
 *
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public final class ReportWriters {

    private static final String FONT = "宋体";
    private static final String HEADING_FONT = "黑体";
    private static final String[] COLUMNS = {"一级指标", "分值", "二级指标", "分值", "评分标准", "市县评价得分", "评分理由"};

    private ReportWriters() {}

    /**
     * The draft as a Word document.
     *
     * @param draft the draft; never {@code null}
     * @return the .docx bytes
     */
    public static byte[] docx(ReportDraft draft) {
        try (XWPFDocument doc = new XWPFDocument()) {
            // the unit that writes it and what it is, not the library that made the file
            var properties = doc.getProperties().getCoreProperties();
            properties.setTitle(draft.title());
            properties.setCreator(draft.author().isEmpty() ? "jixiao" : draft.author());
            properties.setDescription("jixiao 生成的草稿");
            CTSectPr section = doc.getDocument().getBody().addNewSectPr();
            CTPageSz a4 = section.addNewPgSz();
            a4.setW(BigInteger.valueOf(11906));
            a4.setH(BigInteger.valueOf(16838));
            paragraph(doc, draft.title(), HEADING_FONT, 18, true, ParagraphAlignment.CENTER, false);
            if (!draft.addressee().isEmpty()) {
                paragraph(doc, draft.addressee(), FONT, 12, false, ParagraphAlignment.LEFT, false);
            }
            paragraph(doc, draft.opening(), FONT, 12, false, ParagraphAlignment.BOTH, true);
            int figure = 0;
            for (ReportDraft.Section s : draft.sections()) {
                XWPFParagraph heading =
                        paragraph(doc, s.heading(), HEADING_FONT, 14, true, ParagraphAlignment.LEFT, false);
                heading.setStyle("Heading1");
                for (ReportDraft.Block block : s.blocks()) {
                    if (block instanceof ReportDraft.Paragraph p) {
                        paragraph(doc, p.text(), FONT, 12, false, ParagraphAlignment.BOTH, true);
                    } else if (block instanceof ReportDraft.Figure f) {
                        XWPFParagraph picture = doc.createParagraph();
                        picture.setAlignment(ParagraphAlignment.CENTER);
                        byte[] png = Charts.png(f.chart(), 560, 300);
                        try {
                            picture.createRun()
                                    .addPicture(
                                            new ByteArrayInputStream(png),
                                            org.apache.poi.common.usermodel.PictureType.PNG,
                                            "figure" + ++figure + ".png",
                                            Units.toEMU(420),
                                            Units.toEMU(225));
                        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                            throw new IllegalStateException("a PNG is a picture Word takes", e);
                        }
                        paragraph(doc, f.caption(), FONT, 10, false, ParagraphAlignment.CENTER, false);
                    }
                }
            }
            for (ReportDraft.Table t : draft.tables()) {
                doc.createParagraph().setPageBreak(true);
                paragraph(doc, tableTitle(t), HEADING_FONT, 14, true, ParagraphAlignment.CENTER, false);
                paragraph(
                        doc,
                        "填报单位：" + nz(t.evaluation().subject().region()),
                        FONT,
                        11,
                        false,
                        ParagraphAlignment.LEFT,
                        false);
                table(doc, columns(t), rows(t));
            }
            for (String stamp : draft.stamps()) {
                doc.createParagraph();
                paragraph(doc, stamp, FONT, 12, false, ParagraphAlignment.LEFT, false);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(
            XWPFDocument doc,
            String text,
            String font,
            int size,
            boolean bold,
            ParagraphAlignment alignment,
            boolean indent) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(120);
        if (indent) {
            paragraph.setIndentationFirstLine(size * 40);
        }
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        return paragraph;
    }

    /** A 分值 column, in twentieths of a point: "100" at 9 points on one line within the cell's margins. */
    private static final int POINTS_WIDTH = 600;
    /** A score column: "84.25" at 9 points within the cell's margins. */
    private static final int SCORE_WIDTH = 700;

    /** The heading of the claimed score's column, and of the checked one beside it. */
    static final String CLAIMED = "自评得分";

    static final String CHECKED = "核定得分";

    /** A middle level's name column, in a table of more than two levels. */
    private static final int MIDDLE_NAME_WIDTH = 900;
    /** Column widths in twentieths of a point: the text width of an A4 page, most of it for the two texts. */
    private static final int[] WIDTHS = {900, POINTS_WIDTH, 1250, POINTS_WIDTH, 2670, 700, 2300};

    private static void table(XWPFDocument doc, List<String> columns, List<TableRow> rows) {
        boolean claims = columns.contains(CLAIMED);
        int mid = (columns.size() - COLUMNS.length - (claims ? 1 : 0)) / 2;
        int[] widths = widths(mid, claims);
        XWPFTable table = doc.createTable(rows.size() + 1, columns.size());
        table.setWidth("100%");
        table.getCTTbl()
                .getTblPr()
                .addNewTblLayout()
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < columns.size(); c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < columns.size(); c++) {
            cell(header.getCell(c), columns.get(c), true);
        }
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            XWPFTableRow line = table.getRow(r + 1);
            String[] cells = row.cells();
            for (int c = 0; c < cells.length; c++) {
                cell(line.getCell(c), cells[c], false);
            }
            for (int c = 0; c < cells.length; c++) {
                if (row.spans()[c] != 0) {
                    CTTcPr properties = line.getCell(c).getCTTc().isSetTcPr()
                            ? line.getCell(c).getCTTc().getTcPr()
                            : line.getCell(c).getCTTc().addNewTcPr();
                    properties.addNewVMerge().setVal(row.spans()[c] > 0 ? STMerge.RESTART : STMerge.CONTINUE);
                }
            }
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(9);
        run.setFontFamily(FONT);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
    }

    /**
     * Column widths in twentieths of a point: the seed's seven, with a name and 分值 pair per middle level, and with
     * the claimed score's column beside the checked one (taken from the two texts) when the submission claimed scores.
     */
    private static int[] widths(int mid, boolean claims) {
        int[] seven = widths(mid);
        if (!claims) {
            return seven;
        }
        int score = seven.length - 2;
        int[] widths = new int[seven.length + 1];
        System.arraycopy(seven, 0, widths, 0, score);
        widths[score - 1] = seven[score - 1] - SCORE_WIDTH / 2; // 评分标准
        widths[score] = SCORE_WIDTH; // 自评得分
        widths[score + 1] = seven[score]; // 核定得分
        widths[score + 2] = seven[score + 1] - SCORE_WIDTH / 2; // 评分理由
        return widths;
    }

    private static int[] widths(int mid) {
        if (mid == 0) {
            return WIDTHS;
        }
        int[] widths = new int[WIDTHS.length + 2 * mid];
        widths[0] = WIDTHS[0];
        widths[1] = WIDTHS[1];
        for (int level = 0; level < mid; level++) {
            widths[2 + 2 * level] = MIDDLE_NAME_WIDTH;
            widths[3 + 2 * level] = POINTS_WIDTH;
        }
        for (int c = 2; c < WIDTHS.length; c++) {
            widths[c + 2 * mid] = WIDTHS[c];
        }
        widths[4 + 2 * mid] = WIDTHS[4] - MIDDLE_NAME_WIDTH * mid;
        widths[6 + 2 * mid] = WIDTHS[6] - POINTS_WIDTH * mid;
        return widths;
    }

    /**
     * The table's header: 一级指标 | 分值 | 二级指标 | 分值 | … | 评分标准 | 市县评价得分 | 评分理由, a pair more per middle
     * level, and 自评得分 | 核定得分 for 市县评价得分 when the submission claimed scores.
     */
    static List<String> columns(ReportDraft.Table table) {
        int mid = table.rubric().rubric().levels() - 2;
        List<String> columns = new ArrayList<>(List.of(COLUMNS).subList(0, 2));
        String[] levels = {"二级指标", "三级指标", "四级指标", "五级指标", "六级指标"};
        for (int level = 0; level <= mid; level++) {
            columns.add(levels[Math.min(level, levels.length - 1)]);
            columns.add("分值");
        }
        columns.add(COLUMNS[4]);
        if (claims(table)) {
            // the submission claimed scores: what it claimed beside what the facts give, never one under the other's
            // name
            columns.addAll(List.of(CLAIMED, CHECKED));
        } else {
            columns.add(COLUMNS[5]);
        }
        columns.add(COLUMNS[6]);
        return columns;
    }

    /** Whether the table's submission claimed scores (自评得分), so that they stand beside the checked ones. */
    static boolean claims(ReportDraft.Table table) {
        return !table.evaluation().claimed().isEmpty();
    }

    /**
     * One row of the indicator table.
     *
     * @param cells the cells' text
     * @param spans per cell: positive on the first row of a level's cell that spans several rows (their count), -1
     *     on the rows below it, 0 otherwise
     */
    record TableRow(String[] cells, int[] spans) {}

    /** The table's rows, shared by every format. */
    static List<TableRow> rows(ReportDraft.Table table) {
        Rubric rubric = table.rubric().rubric();
        Evaluation evaluation = table.evaluation();
        int mid = 2 * (table.rubric().rubric().levels() - 2);
        boolean claims = claims(table);
        java.util.Map<String, java.math.BigDecimal> claimed = evaluation.claimed();
        List<TableRow> rows = new ArrayList<>();
        for (int g = 0; g < rubric.groups().size(); g++) {
            Rubric.Group group = rubric.groups().get(g);
            Evaluation.GroupResult result = evaluation.groups().get(g);
            // each scored row's levels, from the group down: the group, then its sub-groups
            List<List<Rubric.Group>> chains = new ArrayList<>();
            for (Rubric.Row row : group.indicators()) {
                List<Rubric.Group> chain = new ArrayList<>();
                chain.add(group);
                chain.addAll(group.pathTo(row.id()));
                chains.add(chain);
            }
            for (int i = 0; i < group.indicators().size(); i++) {
                Rubric.Row row = group.indicators().get(i);
                Evaluation.IndicatorResult scored = result.indicators().get(i);
                List<String> cells = new ArrayList<>();
                List<Integer> spans = new ArrayList<>();
                for (int level = 0; level < 1 + mid / 2; level++) {
                    Rubric.Group here =
                            level < chains.get(i).size() ? chains.get(i).get(level) : null;
                    boolean starts = here != null
                            && (i == 0
                                    || level >= chains.get(i - 1).size()
                                    || chains.get(i - 1).get(level) != here);
                    int run = 0;
                    while (here != null
                            && i + run < chains.size()
                            && level < chains.get(i + run).size()
                            && chains.get(i + run).get(level) == here) {
                        run++;
                    }
                    int span = here == null ? 0 : starts ? (run > 1 ? run : 0) : -1;
                    cells.add(starts ? here.name() : "");
                    cells.add(starts ? ReportDraft.n(here.weight()) : "");
                    spans.add(span);
                    spans.add(span);
                }
                cells.addAll(List.of(row.name(), ReportDraft.n(row.weight()), row.criteria()));
                if (claims) {
                    cells.add(claimed.containsKey(row.id()) ? ReportDraft.n(claimed.get(row.id())) : "");
                    spans.add(0);
                }
                cells.addAll(List.of(scored.applicable() ? ReportDraft.n(scored.score()) : "不适用", scored.reason()));
                spans.addAll(List.of(0, 0, 0, 0, 0));
                rows.add(new TableRow(
                        cells.toArray(String[]::new),
                        spans.stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        List<String> total = new ArrayList<>();
        for (int c = 0; c < mid; c++) {
            total.add("");
        }
        total.addAll(List.of("", "", "合计", ReportDraft.n(rubric.total()), ""));
        if (claims) {
            java.math.BigDecimal claimedTotal = claimed.get(org.jixiao.engine.score.CompiledRubric.TOTAL_ID);
            total.add(claimedTotal == null ? "" : ReportDraft.n(claimedTotal));
        }
        total.addAll(List.of(
                ReportDraft.n(evaluation.total()), "等级：" + evaluation.grade().grade()));
        rows.add(new TableRow(total.toArray(String[]::new), new int[total.size()]));
        return rows;
    }

    /**
     * The draft as one HTML page: inline styles, charts as inline SVG, nothing to fetch.
     *
     * @param draft the draft; never {@code null}
     * @return the HTML text
     */
    public static String html(ReportDraft draft) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setClassForTemplateLoading(ReportWriters.class, "/org/jixiao/report");
        config.setDefaultEncoding("UTF-8");
        config.setLocale(Locale.SIMPLIFIED_CHINESE);
        Map<String, Object> model = new HashMap<>();
        model.put("title", draft.title());
        model.put("addressee", draft.addressee());
        model.put("opening", draft.opening());
        List<Map<String, Object>> sections = new ArrayList<>();
        int figure = 0;
        for (ReportDraft.Section s : draft.sections()) {
            List<Map<String, String>> blocks = new ArrayList<>();
            for (ReportDraft.Block block : s.blocks()) {
                if (block instanceof ReportDraft.Paragraph p) {
                    blocks.add(Map.of("kind", "p", "text", p.text()));
                } else if (block instanceof ReportDraft.Figure f) {
                    blocks.add(Map.of(
                            "kind",
                            "figure",
                            "caption",
                            f.caption(),
                            "svg",
                            Charts.svg(f.chart(), 640, 340, "fig" + ++figure)));
                }
            }
            sections.add(Map.of("heading", s.heading(), "blocks", blocks));
        }
        model.put("sections", sections);
        List<Map<String, Object>> tables = new ArrayList<>();
        for (ReportDraft.Table t : draft.tables()) {
            List<String> columns = columns(t);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (TableRow row : rows(t)) {
                List<Map<String, Object>> cells = new ArrayList<>();
                for (int c = 0; c < row.cells().length; c++) {
                    cells.add(Map.of("text", row.cells()[c], "span", row.spans()[c], "index", c));
                }
                rows.add(Map.of("cells", cells));
            }
            tables.add(Map.of(
                    "title",
                    tableTitle(t),
                    "region",
                    nz(t.evaluation().subject().region()),
                    "columns",
                    columns,
                    "criteriaColumn",
                    columns.indexOf(COLUMNS[4]),
                    "reasonColumn",
                    columns.size() - 1,
                    "rows",
                    rows));
        }
        model.put("tables", tables);
        model.put("stamps", draft.stamps());
        try {
            Template template = config.getTemplate("report.html.ftl");
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the report template is broken", e);
        }
    }

    /**
     * The draft as Markdown (figures left out: they are charts of figures the text states).
     *
     * @param draft the draft; never {@code null}
     * @return the Markdown text
     */
    public static String markdown(ReportDraft draft) {
        StringBuilder out = new StringBuilder("# ").append(draft.title()).append("\n\n");
        if (!draft.addressee().isEmpty()) {
            out.append(draft.addressee()).append("\n\n");
        }
        out.append(draft.opening()).append("\n\n");
        for (ReportDraft.Section s : draft.sections()) {
            out.append("## ").append(s.heading()).append("\n\n");
            for (ReportDraft.Block block : s.blocks()) {
                if (block instanceof ReportDraft.Paragraph p) {
                    out.append(p.text()).append("\n\n");
                } else if (block instanceof ReportDraft.Figure f) {
                    out.append("*").append(f.caption()).append("（图见 Word 或 HTML 版）*\n\n");
                }
            }
        }
        for (ReportDraft.Table t : draft.tables()) {
            out.append(t == draft.tables().get(0) ? "" : "\n")
                    .append("## ")
                    .append(tableTitle(t))
                    .append("\n\n填报单位：")
                    .append(nz(t.evaluation().subject().region()))
                    .append("\n\n| ")
                    .append(String.join(" | ", columns(t)))
                    .append(" |\n|")
                    .append(String.join(
                            "|",
                            columns(t).stream()
                                    .map(c -> c.equals("分值") || c.endsWith("得分") ? "---:" : "---")
                                    .toList()))
                    .append("|\n");
            for (TableRow row : rows(t)) {
                out.append("| ");
                for (String cell : row.cells()) {
                    out.append(cell.replace("|", "\\|").replace("\n", "<br>")).append(" | ");
                }
                out.setLength(out.length() - 1);
                out.append("\n");
            }
        }
        for (String stamp : draft.stamps()) {
            out.append("\n").append(stamp).append("\n");
        }
        return out.toString();
    }

    /** The table's title: its rubric's, after the programme's name when the report has several tables. */
    private static String tableTitle(ReportDraft.Table table) {
        String title = table.rubric().rubric().title();
        return table.heading().isEmpty() ? title : table.heading() + "：" + title;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
