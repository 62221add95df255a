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

    /**
     * The fonts of a 公文 (GB/T 9704): the title in 小标宋, headings in 黑体, the body in 仿宋 at 三号 (16 pt); Word and
     * WPS put an installed font in place of one a machine lacks (宋体 for 方正小标宋简体).
     */
    private static final String TITLE_FONT = "方正小标宋简体";

    private static final String FONT = "仿宋";
    private static final String HEADING_FONT = "黑体";
    /** The table's font: 宋体 reads better than 仿宋 at 9 points. */
    private static final String TABLE_FONT = "宋体";

    private static final int TITLE_SIZE = 22;
    private static final int BODY_SIZE = 16;
    /** The body's fixed line pitch, 28 points, in twentieths of a point. */
    private static final int LINE = 560;
    /** A4 in twentieths of a point, and GB/T 9704's margins: 37 mm top, 35 bottom, 28 left, 26 right. */
    private static final int A4_SHORT = 11906;

    private static final int A4_LONG = 16838;
    private static final int MARGIN_TOP = 2098;
    private static final int MARGIN_BOTTOM = 1984;
    private static final int MARGIN_LEFT = 1588;
    private static final int MARGIN_RIGHT = 1474;
    /** The landscape table section's margins: 20 mm all round. */
    private static final int TABLE_MARGIN = 1134;

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
            // the last section (the document's own): the indicator tables, on landscape pages
            CTSectPr tables = doc.getDocument().getBody().addNewSectPr();
            page(tables, true);
            pageNumbers(doc);
            XWPFParagraph title = paragraph(doc, draft.title(), TITLE_FONT, TITLE_SIZE, ParagraphAlignment.CENTER);
            title.setSpacingAfter(LINE);
            if (!draft.addressee().isEmpty()) {
                paragraph(doc, draft.addressee(), FONT, BODY_SIZE, ParagraphAlignment.LEFT);
            }
            body(doc, draft.opening());
            int figure = 0;
            for (ReportDraft.Section s : draft.sections()) {
                XWPFParagraph heading = paragraph(doc, s.heading(), HEADING_FONT, BODY_SIZE, ParagraphAlignment.LEFT);
                // an outline level (Word's navigation pane) rather than a style, whose own indents would win
                heading.getCTP().getPPr().addNewOutlineLvl().setVal(java.math.BigInteger.ZERO);
                heading.setIndentationFirstLine(2 * BODY_SIZE * 20);
                for (ReportDraft.Block block : s.blocks()) {
                    if (block instanceof ReportDraft.Paragraph p) {
                        body(doc, p.text());
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
                        paragraph(doc, f.caption(), FONT, 12, ParagraphAlignment.CENTER);
                    }
                }
            }
            // 落款: the unit and the date, right-aligned; the date is left for the day it is signed. It never starts a
            // page alone: the text's last paragraph goes with it
            List<XWPFParagraph> written = doc.getParagraphs();
            XWPFParagraph last = written.get(written.size() - 1);
            (last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr()).addNewKeepNext();
            doc.createParagraph().getCTP().addNewPPr().addNewKeepNext();
            XWPFParagraph unit = paragraph(doc, draft.author(), FONT, BODY_SIZE, ParagraphAlignment.RIGHT);
            unit.setIndentationRight(4 * BODY_SIZE * 20);
            // the unit and its date stay on one page
            unit.getCTP().getPPr().addNewKeepNext();
            XWPFParagraph date = paragraph(doc, signed(draft), FONT, BODY_SIZE, ParagraphAlignment.RIGHT);
            date.setIndentationRight(4 * BODY_SIZE * 20);
            // the text's section ends here, on portrait pages; the tables begin on a new (landscape) page
            CTSectPr text = doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
            page(text, false);
            if (tables.sizeOfFooterReferenceArray() > 0) {
                text.addNewFooterReference().set(tables.getFooterReferenceArray(0));
            }
            for (int i = 0; i < draft.tables().size(); i++) {
                ReportDraft.Table t = draft.tables().get(i);
                if (i > 0) {
                    doc.createParagraph().setPageBreak(true);
                }
                paragraph(doc, tableTitle(t), TITLE_FONT, 18, ParagraphAlignment.CENTER);
                paragraph(
                        doc, "填报单位：" + nz(t.evaluation().subject().region()), TABLE_FONT, 12, ParagraphAlignment.LEFT);
                table(doc, columns(t), rows(t));
                // which rubric made the figures: for the record, beneath the table rather than in the prose
                paragraph(doc, footnote(t), TABLE_FONT, 9, ParagraphAlignment.LEFT);
            }
            for (String stamp : draft.stamps()) {
                doc.createParagraph();
                paragraph(doc, stamp, FONT, 14, ParagraphAlignment.LEFT);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The date under the signature: the draft's, or 年　月　日 to be filled in on the day it is signed. */
    private static String signed(ReportDraft draft) {
        return draft.date().isEmpty() ? "年　　月　　日" : draft.date();
    }

    /** 注：按评分规则 henan-2020-old-community 2020.1（sha256 446c069a95ce）计分。 */
    static String footnote(ReportDraft.Table table) {
        var ref = table.rubric().ref();
        return "注：本表按评分规则 " + ref.id() + " " + ref.version() + "（sha256 "
                + ref.sha256().substring(0, 12) + "）计分，由 jixiao 生成。";
    }

    /** A4, portrait for the text or landscape for the tables, with its margins. */
    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
        }
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(landscape ? TABLE_MARGIN : MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(landscape ? TABLE_MARGIN : MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(landscape ? TABLE_MARGIN : MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(landscape ? TABLE_MARGIN : MARGIN_RIGHT));
        margins.setFooter(BigInteger.valueOf(landscape ? 567 : 1134));
        margins.setHeader(BigInteger.valueOf(851));
    }

    /** "— 1 —" centred at the foot of every page, as a 公文 numbers its pages. */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFParagraph number = doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                .createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        run(number, "— ", TABLE_FONT, 14);
        XWPFRun field = run(number, "", TABLE_FONT, 14);
        field.getCTR()
                .addNewFldChar()
                .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
        field = run(number, "", TABLE_FONT, 14);
        field.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field = run(number, "", TABLE_FONT, 14);
        field.getCTR()
                .addNewFldChar()
                .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
        run(number, "1", TABLE_FONT, 14);
        field = run(number, "", TABLE_FONT, 14);
        field.getCTR()
                .addNewFldChar()
                .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
        run(number, " —", TABLE_FONT, 14);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size) {
        XWPFRun run = paragraph.createRun();
        if (!text.isEmpty()) {
            run.setText(text);
        }
        run.setFontSize(size);
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        return run;
    }

    /** A paragraph of the body: 仿宋 三号, first line indented two characters, on the fixed 28-point line. */
    private static XWPFParagraph body(XWPFDocument doc, String text) {
        XWPFParagraph paragraph = paragraph(doc, text, FONT, BODY_SIZE, ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(2 * BODY_SIZE * 20);
        return paragraph;
    }

    private static XWPFParagraph paragraph(
            XWPFDocument doc, String text, String font, int size, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        if (size == BODY_SIZE) {
            paragraph.setSpacingBetween(LINE / 20.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        } else {
            paragraph.setSpacingAfter(120);
        }
        run(paragraph, text, font, size);
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
    /**
     * Column widths in twentieths of a point: the text width of a landscape A4 page (14,570), most of it for the two
     * texts, which give up room to each middle level's pair of columns.
     */
    private static final int[] WIDTHS = {1100, POINTS_WIDTH, 1700, POINTS_WIDTH, 4850, 800, 4920};

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
        // a row is kept whole on its page; the heading row is repeated on every page the table runs onto
        table.getRows().forEach(row -> row.setCantSplitRow(true));
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
        run.setFontFamily(TABLE_FONT);
        run.setFontFamily(TABLE_FONT, XWPFRun.FontCharRange.eastAsia);
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
                    rows,
                    "footnote",
                    footnote(t)));
        }
        model.put("tables", tables);
        model.put("stamps", draft.stamps());
        model.put("author", draft.author());
        model.put("signed", signed(draft));
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
        if (!draft.author().isEmpty()) {
            out.append("<p align=\"right\">")
                    .append(draft.author())
                    .append("<br>")
                    .append(signed(draft))
                    .append("</p>\n\n");
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
            out.append("\n").append(footnote(t)).append("\n");
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
