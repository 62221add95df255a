package org.jixiao.examples.embedding;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.engine.Engine;
import org.jixiao.engine.json.EvaluationJson;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.jixiao.review.Review;
import org.jixiao.review.ReviewReport;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.Subject;

/**
 * A budget-management system embedding jixiao: no Guice, no CLI, only {@code jixiao-core} and
 * {@code jixiao-rubrics} (with the indicator families it brings) on the class path.
 *
 * <ol>
 *   <li>build an engine from the types {@link java.util.ServiceLoader} finds;</li>
 *   <li>build a rubric in code (or load one with {@link Engine#loadRubric}) and compile it once;</li>
 *   <li>score submissions made from the host's own records, and one read from JSON;</li>
 *   <li>score a batch on several threads: the compiled rubric is immutable and thread-safe;</li>
 *   <li>evaluate a built-in rubric by id ({@code jixiao-rubrics} on the class path, no application);</li>
 *   <li>review ten counties and roll them up into their city, as a city's reviewer does.</li>
 * </ol>
 */
public final class EmbeddingExample {

    private EmbeddingExample() {}

    public static void main(String[] args) throws Exception {
        run(System.out, java.nio.file.Path.of(args.length > 0 ? args[0] : "examples"));
    }

    /**
     * Runs every step.
     *
     * @param out where to print
     * @param examples the repository's examples folder, for the built-in rubric's submissions
     */
    static void run(PrintStream out, java.nio.file.Path examples) throws Exception {
        // 1. The engine, with every indicator type on the class path.
        Engine engine = Engine.builder()
                .discover(EmbeddingExample.class.getClassLoader())
                .build();

        // 2. A two-row county table, built in code, compiled once.
        CompiledRubric rubric = engine.compile(new Rubric(
                "example-county-2021",
                "1",
                "某县老旧小区改造（示例）",
                new BigDecimal("20"),
                List.of(new GradeBand("优", "优秀", new BigDecimal("18")), new GradeBand("差", "差", BigDecimal.ZERO)),
                List.of(
                        new Rubric.Group(
                                "output",
                                "产出效益",
                                new BigDecimal("15"),
                                List.of(new Rubric.Row(
                                        "output.households",
                                        "改造户数计划完成率",
                                        new BigDecimal("15"),
                                        "plan-completion",
                                        "每低一个百分点扣1分",
                                        Map.of("subject", "改造户数", "unit", "户", "actualSubject", "已开工户数"),
                                        Map.of("quantity", "households")))),
                        new Rubric.Group(
                                "management",
                                "项目管理",
                                new BigDecimal("5"),
                                List.of(new Rubric.Row(
                                        "management.disclosure",
                                        "政策公开",
                                        new BigDecimal("5"),
                                        "policy-disclosure",
                                        "每少公开1项扣0.5分",
                                        Map.of(),
                                        Map.of()))))));
        out.println("rubric " + rubric.ref().id() + " sha256 "
                + rubric.ref().sha256().substring(0, 12) + " reads "
                + rubric.facts().stream().map(f -> f.name()).toList());

        // 3a. A submission from the host's own record.
        Evaluation fromRecord = rubric.evaluate(Submission.builder("county record 4101")
                .subject(new Subject("某县", "county", 2021, "城镇老旧小区改造"))
                .fact("households", new PlanActual(new BigDecimal("1200"), new BigDecimal("1176")))
                .fact("undisclosedItems", 1)
                .claim("total", new BigDecimal("20"))
                .build());
        out.println("record: total " + fromRecord.total() + ", grade "
                + fromRecord.grade().grade());
        fromRecord.groups().forEach(group -> group.indicators()
                .forEach(indicator -> out.println("  " + indicator.id() + " " + indicator.score() + "/"
                        + indicator.weight() + " " + indicator.reason())));
        fromRecord
                .discrepancies()
                .forEach(d -> out.println("  claimed " + d.id() + " " + d.claimed() + ", computed " + d.computed()));

        // 3b. A submission as JSON, as a web form would post it; bad input is an exception with every problem.
        String json = "{\"facts\": {\"households\": {\"plan\": 1200, \"actual\": 1200}, \"undisclosedItems\": 0}}";
        Evaluation fromJson =
                rubric.evaluate(engine.readSubmission("form.json", json.getBytes(StandardCharsets.UTF_8)));
        out.println("json: "
                + EvaluationJson.write(fromJson)
                        .lines()
                        .filter(l -> l.contains("\"total\""))
                        .findFirst()
                        .orElseThrow()
                        .strip());
        try {
            rubric.evaluate(engine.readSubmission(
                    "bad.json",
                    "{\"facts\": {\"households\": {\"plan\": 0, \"actual\": 5}}}".getBytes(StandardCharsets.UTF_8)));
        } catch (InputException e) {
            e.problems().forEach(p -> out.println("rejected: " + p.format()));
        }

        // 4. A batch on four threads.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BigDecimal>> totals = new ArrayList<>();
            for (int county = 0; county < 100; county++) {
                BigDecimal actual = new BigDecimal(1100 + county);
                totals.add(pool.submit(() -> rubric.evaluate(Submission.builder("county")
                                .fact("households", new PlanActual(new BigDecimal("1200"), actual))
                                .fact("undisclosedItems", 0)
                                .build())
                        .total()));
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Future<BigDecimal> total : totals) {
                sum = sum.add(total.get());
            }
            out.println("batch: 100 counties, sum of totals " + sum);
        } finally {
            pool.shutdown();
        }

        // 5. A built-in rubric by id, from jixiao-rubrics on the class path.
        RubricLibrary builtIns = RubricLibrary.onClassPath(EmbeddingExample.class.getClassLoader());
        CompiledRubric henan = engine.loadRubric(builtIns, "henan-2020-old-community");
        Evaluation city = henan.evaluate(engine.readSubmission(examples.resolve("zhumadian-2020.json")));
        out.println("built-in " + builtIns.ids() + ": 驻马店市 " + city.total() + " "
                + city.grade().grade());

        // 6. A reviewer's round: ten counties scored and checked, rolled up into their city.
        ReviewReport review = Review.builder(engine, (submission, file) -> henan)
                .threads(2)
                .build()
                .run(List.of(examples.resolve("zhumadian-2020-counties")));
        out.println("review: " + review.results().size() + " counties, "
                + review.overClaimed().size()
                + " over-claimed by " + review.overClaimedPoints() + " points; city "
                + review.rollup().total() + " "
                + review.rollup().grade().grade());
    }
}
