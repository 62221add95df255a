package org.jixiao.web.review;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.engine.Engine;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.submission.Submission;
import org.jixiao.io.excel.ExcelSubmissions;
import org.jixiao.io.excel.ExcelTables;
import org.jixiao.report.ReportDraft;
import org.jixiao.report.ReportWriters;
import org.jixiao.review.ClaimFinding;
import org.jixiao.review.Comparison;
import org.jixiao.review.Review;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.RollupResult;
import org.jixiao.review.SubmissionResult;
import org.jixiao.spi.scoring.Numbers;
import org.jixiao.web.guard.Guards;
import org.jixiao.web.guard.Uploads;
import org.jixiao.web.rubrics.RubricCatalog;
import org.jixiao.web.view.Pages;

/**
 * The 复核与汇总 pages. The uploaded files live in a private folder for the length of the request; the result page
 * carries its two downloads (the review workbook, the city's report draft) in itself, so that nothing is kept on the
 * server after the response.
 */
public final class ReviewRoutes {

    private static final Set<String> ACCEPTED = Set.of(".xlsx", ".xls", ".json", ".yaml", ".yml");

    private final Engine engine;
    private final RubricCatalog catalog;
    private final Pages pages;
    private final Guards guards;
    private final long maxFileBytes;
    private final int maxFiles;

    /**
     * Routes over an engine and the rubrics a page offers.
     *
     * @param engine the engine the CLI uses
     * @param catalog the rubrics counties may name
     * @param pages the templates and texts
     * @param guards the CSRF token's source
     * @param maxFileBytes the most one file may hold
     * @param maxFiles the most files one review may bring
     */
    public ReviewRoutes(
            Engine engine, RubricCatalog catalog, Pages pages, Guards guards, long maxFileBytes, int maxFiles) {
        this.engine = engine;
        this.catalog = catalog;
        this.pages = pages;
        this.guards = guards;
        this.maxFileBytes = maxFileBytes;
        this.maxFiles = maxFiles;
    }

    /**
     * The upload form.
     *
     * @param ctx the request
     */
    public void form(Context ctx) {
        ctx.html(pages.render("review.ftlh", Map.of("token", guards.token(ctx), "done", false, "maxFiles", maxFiles)));
    }

    /**
     * Reviews the uploaded files and shows the result.
     *
     * @param ctx the request, multipart, with {@code files}
     */
    public void review(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("token", guards.token(ctx));
        model.put("maxFiles", maxFiles);
        try (Uploads uploads = Uploads.of(ctx.uploadedFiles("files"), maxFileBytes, maxFiles, ACCEPTED, pages::text)) {
            List<String> notes = new ArrayList<>(uploads.refused());
            if (uploads.files().isEmpty()) {
                notes.add(pages.text("review.noFiles"));
                model.put("done", false);
                model.put("notes", notes);
                ctx.html(pages.render("review.ftlh", model));
                return;
            }
            ReviewReport report = Review.builder(engine, this::rubricFor)
                    .reader(this::read, Set.of(".xlsx", ".xls"))
                    .build()
                    .run(uploads.files());
            model.putAll(view(report, uploads));
            model.put("notes", notes);
            model.put("done", true);
            ctx.html(pages.render("review.ftlh", model));
        }
    }

    /** The rubric a county's file names: only one of the page's, never a path on the server. */
    private CompiledRubric rubricFor(Submission submission, Path file) {
        String id = submission
                .rubricId()
                .orElseThrow(() -> InputException.of("submission", file.toString(), pages.text("review.noRubric")));
        Optional<CompiledRubric> rubric = catalog.idFor(id).flatMap(catalog::rubric);
        return rubric.orElseThrow(
                () -> InputException.of("submission", file.toString(), pages.text("review.unknownRubric", id)));
    }

    /** A county's file: a workbook through the Excel reader (made from the rubric it names), else JSON or YAML. */
    private Submission read(Path file) {
        if (!ExcelSubmissions.handles(file)) {
            return engine.readSubmission(file);
        }
        ExcelSubmissions.Read read = ExcelSubmissions.read(file);
        if (read.rubricId() != null && catalog.ids().contains(read.rubricId())) {
            catalog.rubric(read.rubricId()).ifPresent(read::madeFrom);
        }
        return read.submission();
    }

    private Map<String, Object> view(ReviewReport report, Uploads uploads) {
        Map<String, Object> model = new HashMap<>();
        List<Map<String, Object>> counties = new ArrayList<>();
        CompiledRubric used = null;
        for (SubmissionResult result : report.results()) {
            if (used == null && result.rubric() != null) {
                used = result.rubric();
            }
            Map<String, Object> county = new HashMap<>();
            county.put("name", result.name());
            county.put("file", result.file().getFileName().toString());
            county.put(
                    "status",
                    pages.text("review.status." + result.status().name().toLowerCase(java.util.Locale.ROOT)));
            county.put("ok", result.status() == SubmissionResult.Status.SCORED);
            county.put("total", result.total().map(Numbers::plain).orElse(""));
            county.put(
                    "grade",
                    result.evaluation() == null || result.evaluation().grade() == null
                            ? ""
                            : result.evaluation().grade().grade());
            county.put("claimed", result.claimedTotal().map(Numbers::plain).orElse(""));
            county.put("overClaim", result.overClaim().signum() > 0 ? Numbers.plain(result.overClaim()) : "");
            List<String> findings = new ArrayList<>();
            for (ClaimFinding finding : result.findings()) {
                findings.add(finding.name() + "：自评 " + Numbers.plain(finding.claimed()) + " 分，核定 "
                        + Numbers.plain(finding.expected()) + " 分");
            }
            county.put("findings", findings);
            county.put("refusal", result.refusal() == null ? "" : pages.engine(uploads.shown(result.refusal())));
            counties.add(county);
        }
        RollupResult upper = report.rollup();
        String signer = upper != null && upper.region() != null ? upper.region() : "复核单位";
        java.time.LocalDate today = java.time.LocalDate.now();
        for (int i = 0; i < counties.size(); i++) {
            SubmissionResult result = report.results().get(i);
            counties.get(i)
                    .put(
                            "notice",
                            org.jixiao.report.ReviewNotice.of(result, signer, today)
                                    .map(draft -> dataUrl(
                                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                            ReportWriters.docx(draft)))
                                    .orElse(""));
        }
        model.put("counties", counties);
        model.put("overClaimed", report.overClaimed().size());
        model.put("title", used == null ? "" : used.rubric().title());
        model.put("comparison", comparison(report.comparison()));
        // the report's own chart, as an image: its SVG keeps its styles inside the picture, under the page's strict CSP
        boolean charted = report.comparison().rows().stream().anyMatch(row -> row.total() != null);
        model.put(
                "chart",
                charted
                        ? dataUrl(
                                "image/svg+xml",
                                org.jixiao.report.Charts.svg(
                                                org.jixiao.report.Charts.counties(report.comparison(), report),
                                                960,
                                                360,
                                                "counties")
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        : "");
        List<String> reminders = new ArrayList<>();
        report.reminders().forEach(r -> reminders.add(uploads.shown(r.line())));
        model.put("reminders", reminders);
        RollupResult rollup = report.rollup();
        Map<String, Object> city = new HashMap<>();
        city.put("present", rollup != null);
        city.put("made", rollup != null && rollup.made() && rollup.evaluation() != null);
        if (rollup != null) {
            city.put("region", rollup.region() == null ? "" : rollup.region());
            city.put(
                    "method",
                    pages.text("review.method." + rollup.method().name().toLowerCase(java.util.Locale.ROOT)));
            city.put("total", rollup.made() && rollup.total() != null ? Numbers.plain(rollup.total()) : "");
            city.put(
                    "grade",
                    rollup.made() && rollup.grade() != null ? rollup.grade().grade() : "");
            List<String> blockers = new ArrayList<>();
            rollup.blockers().forEach(b -> blockers.add(pages.engine(uploads.shown(b))));
            city.put("blockers", blockers);
        }
        model.put("city", city);
        if (used != null) {
            model.put(
                    "workbook",
                    dataUrl(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            ExcelTables.write(used, report)));
            if (rollup != null
                    && rollup.made()
                    && rollup.evaluation() != null
                    && !rollup.evaluation().failed()) {
                CompiledRubric cityRubric = rubricFor(rollup.combined(), rollup.upper());
                model.put(
                        "report",
                        dataUrl(
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                ReportWriters.docx(
                                        ReportDraft.of(cityRubric, rollup.evaluation(), report, List.of()))));
            }
        }
        return model;
    }

    private static Map<String, Object> comparison(Comparison comparison) {
        List<String> columns = new ArrayList<>();
        comparison.indicators().forEach(c -> columns.add(c.name()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Comparison.Row row : comparison.rows()) {
            List<String> cells = new ArrayList<>();
            for (Comparison.Column column : comparison.indicators()) {
                Comparison.Cell cell = row.cells().get(column.id());
                cells.add(cell == null || cell.score() == null ? "—" : Numbers.plain(cell.score()));
            }
            rows.add(Map.of(
                    "name", row.name(),
                    "cells", cells,
                    "total", row.total() == null ? "" : Numbers.plain(row.total()),
                    "grade", row.grade() == null ? "" : row.grade(),
                    "rank", row.rank() == 0 ? "" : String.valueOf(row.rank())));
        }
        return Map.of("columns", columns, "rows", rows);
    }

    private static String dataUrl(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
