package org.jixiao.app.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.json.JsonText;
import org.jixiao.engine.programme.ProgrammeEvaluation;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.review.ReviewJson;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.SetReview;

/**
 * A round of programme sets as a reader sees it: first each county's programmes and their combination (and the city's
 * from its programmes' roll-ups), then each programme's own round as a one-programme review shows it.
 */
public final class SetReviewWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private SetReviewWriter() {}

    /** The terminal view (or Markdown, with {@code markdown} each programme's round in its own format). */
    public static String text(SetReview.Report report, ReviewWriter programmeWriter) {
        ProgrammeSet set = report.set();
        StringBuilder out = new StringBuilder("项目组合复核汇总\n");
        out.append("项目组合：")
                .append(set.ref().id())
                .append(' ')
                .append(set.ref().version())
                .append("《")
                .append(set.ref().title())
                .append("》；")
                .append(method(set))
                .append("\n\n");
        List<String> headers = new ArrayList<>(List.of("县（区）", "文件", "状态", "综合得分", "等级", "自评"));
        set.programmes().forEach(p -> headers.add(p.name()));
        boolean[] right = new boolean[headers.size()];
        for (int i = 3; i < right.length; i++) {
            right[i] = i != 4;
        }
        TextColumns table = new TextColumns(headers, right);
        for (SetReview.CountyResult county : report.counties()) {
            List<String> cells = new ArrayList<>();
            ProgrammeEvaluation evaluation = county.evaluation();
            cells.add(county.region() == null ? ReviewTexts.fileName(county.file()) : county.region());
            cells.add(ReviewTexts.fileName(county.file()));
            cells.add(evaluation == null ? "拒收" : evaluation.failed() ? "计算失败" : "已评分");
            cells.add(Texts.number(evaluation == null ? null : evaluation.total()));
            cells.add(
                    evaluation == null || evaluation.grade() == null
                            ? "—"
                            : evaluation.grade().grade());
            cells.add(Texts.number(county.claimed()));
            for (ProgrammeSet.Programme programme : set.programmes()) {
                cells.add(
                        evaluation == null
                                ? "—"
                                : Texts.number(evaluation
                                        .programme(programme.id())
                                        .map(p -> p.evaluation().total())
                                        .orElse(null)));
            }
            table.row(cells.toArray(String[]::new));
        }
        SetReview.UpperResult upper = report.upper();
        if (upper != null) {
            List<String> cells = new ArrayList<>();
            cells.add((upper.region() == null ? "上级" : upper.region()) + "（汇总）");
            cells.add("—");
            cells.add(upper.blockers().isEmpty() ? "已汇总" : "未汇总");
            cells.add(Texts.number(upper.total()));
            cells.add(upper.grade() == null ? "—" : upper.grade().grade());
            cells.add(Texts.number(upper.claimed()));
            for (ProgrammeSet.Programme programme : set.programmes()) {
                cells.add(Texts.number(upper.totals().get(programme.id())));
            }
            table.row(cells.toArray(String[]::new));
        }
        out.append(table.render()).append('\n');
        List<String> notes = new ArrayList<>();
        for (SetReview.CountyResult county : report.counties()) {
            if (county.evaluation() != null) {
                county.evaluation()
                        .discrepancies()
                        .forEach(d -> notes.add(county.region() + "：综合得分自评" + Texts.number(d.claimed()) + "分，核定"
                                + Texts.number(d.computed()) + "分"));
            }
        }
        if (upper != null
                && upper.total() != null
                && upper.claimed() != null
                && upper.claimed().compareTo(upper.total()) != 0) {
            notes.add(upper.region() + "：综合得分自评" + Texts.number(upper.claimed()) + "分，按各项目汇总核定"
                    + Texts.number(upper.total()) + "分");
        }
        if (!notes.isEmpty()) {
            out.append("综合得分不一致\n");
            notes.forEach(line -> out.append("  ").append(line).append('\n'));
            out.append('\n');
        }
        if (upper != null && !upper.weights().isEmpty()) {
            List<String> weights = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> weight : upper.weights().entrySet()) {
                weights.add(set.programmes().stream()
                                .filter(p -> p.id().equals(weight.getKey()))
                                .findFirst()
                                .map(ProgrammeSet.Programme::name)
                                .orElse(weight.getKey())
                        + " " + Texts.number(weight.getValue()));
            }
            out.append("汇总权重（")
                    .append(set.weightLabel().orElse(set.weightFact().orElse("")))
                    .append("）：")
                    .append(String.join("，", weights))
                    .append('\n');
        }
        if (upper != null) {
            // the engine's reasons, as the rest of this document, in Chinese
            org.jixiao.engine.problem.Translator chinese = org.jixiao.engine.problem.Translator.chinese();
            upper.blockers()
                    .forEach(b ->
                            out.append("未能汇总综合得分：").append(chinese.message(b)).append('\n'));
        }
        for (ProgrammeSet.Programme programme : set.programmes()) {
            out.append("\n【").append(programme.name()).append("】\n");
            out.append(programmeWriter.render(report.programmes().get(programme.id())));
        }
        return out.toString();
    }

    private static String method(ProgrammeSet set) {
        return switch (set.method()) {
            case MEAN -> "综合得分为各项目总分的平均";
            case WEIGHTED -> "综合得分为各项目总分按"
                    + set.weightLabel().orElse(set.weightFact().orElse("权重")) + "加权平均";
            case NONE -> "各项目分别计分，不综合";
        };
    }

    /** The JSON view: the counties' and the upper level's combinations, then each programme's round. */
    public static String json(SetReview.Report report) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JsonText.pretty(JSON.createGenerator(text))) {
            json.writeStartObject();
            json.writeStringField("status", report.outcome().name().toLowerCase(java.util.Locale.ROOT));
            json.writeObjectFieldStart("set");
            json.writeStringField("id", report.set().ref().id());
            json.writeStringField("version", report.set().ref().version());
            json.writeStringField("sha256", report.set().ref().sha256());
            json.writeStringField("method", report.set().method().word());
            json.writeEndObject();
            json.writeArrayFieldStart("counties");
            for (SetReview.CountyResult county : report.counties()) {
                json.writeStartObject();
                json.writeStringField("file", county.file().toString());
                json.writeStringField("region", county.region());
                ProgrammeEvaluation evaluation = county.evaluation();
                json.writeStringField("status", evaluation == null ? "refused" : evaluation.failed() ? "failed" : "ok");
                JsonText.number(json, "claimed", county.claimed());
                if (evaluation != null) {
                    JsonText.number(json, "total", evaluation.total());
                    json.writeStringField(
                            "grade",
                            evaluation.grade() == null
                                    ? null
                                    : evaluation.grade().grade());
                    json.writeObjectFieldStart("programmes");
                    for (ProgrammeEvaluation.ProgrammeResult programme : evaluation.programmes()) {
                        JsonText.number(
                                json, programme.id(), programme.evaluation().total());
                    }
                    json.writeEndObject();
                    json.writeArrayFieldStart("discrepancies");
                    for (var d : evaluation.discrepancies()) {
                        json.writeStartObject();
                        JsonText.number(json, "claimed", d.claimed());
                        JsonText.number(json, "computed", d.computed());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                } else {
                    json.writeStringField("error", county.refusal());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            SetReview.UpperResult upper = report.upper();
            if (upper != null) {
                json.writeObjectFieldStart("upper");
                json.writeStringField("region", upper.region());
                JsonText.number(json, "total", upper.total());
                json.writeStringField(
                        "grade", upper.grade() == null ? null : upper.grade().grade());
                JsonText.number(json, "claimed", upper.claimed());
                json.writeObjectFieldStart("programmes");
                for (Map.Entry<String, BigDecimal> total : upper.totals().entrySet()) {
                    JsonText.number(json, total.getKey(), total.getValue());
                }
                json.writeEndObject();
                json.writeObjectFieldStart("weights");
                for (Map.Entry<String, BigDecimal> weight : upper.weights().entrySet()) {
                    JsonText.number(json, weight.getKey(), weight.getValue());
                }
                json.writeEndObject();
                json.writeArrayFieldStart("blockers");
                for (String blocker : upper.blockers()) {
                    json.writeString(blocker);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeObjectFieldStart("programmes");
            for (Map.Entry<String, ReviewReport> programme : report.programmes().entrySet()) {
                json.writeFieldName(programme.getKey());
                json.writeRawValue(ReviewJson.write(programme.getValue()).strip());
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }
}
