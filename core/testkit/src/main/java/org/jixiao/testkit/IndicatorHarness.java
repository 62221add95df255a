package org.jixiao.testkit;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.Api;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.Subject;

/**
 * Scores one rubric row of one indicator type through the real engine.
 *
 * <pre>{@code
 * IndicatorHarness row = IndicatorHarness.ofType("plan-completion").weight("10")
 *         .param("subject", "配建养老服务设施面积").param("unit", "平方米").bind("quantity", "area");
 * Evaluation.IndicatorResult result = row.score(Map.of("area", IndicatorHarness.pair("63120", "62395")));
 * }</pre>
 *
 * <p>Immutable: every setter returns a new harness. The type is looked up with
 * {@link java.util.ServiceLoader} on the harness's class loader, as the CLI finds it.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class IndicatorHarness {

    private static final String ROW_ID = "row";

    private final Engine engine;
    private final String typeId;
    private final BigDecimal weight;
    private final Map<String, Object> params;
    private final Map<String, String> facts;
    private final Subject subject;

    private IndicatorHarness(
            Engine engine,
            String typeId,
            BigDecimal weight,
            Map<String, Object> params,
            Map<String, String> facts,
            Subject subject) {
        this.engine = engine;
        this.typeId = typeId;
        this.weight = weight;
        this.params = params;
        this.facts = facts;
        this.subject = subject;
    }

    /**
     * A harness for a type found with {@link java.util.ServiceLoader}; weight 10, no parameters, year 2020.
     *
     * @param typeId the type id
     * @return the harness
     * @throws IllegalArgumentException if no provider on the class path offers the type
     */
    public static IndicatorHarness ofType(String typeId) {
        Engine engine = Engine.builder()
                .discover(IndicatorHarness.class.getClassLoader())
                .build();
        if (engine.type(typeId).isEmpty()) {
            throw new IllegalArgumentException("no indicator type " + typeId + " on the class path; found: "
                    + engine.types().stream().map(t -> t.id()).toList());
        }
        return new IndicatorHarness(
                engine, typeId, BigDecimal.TEN, Map.of(), Map.of(), new Subject(null, null, 2020, null));
    }

    /**
     * The row's weight.
     *
     * @param weight a decimal, such as {@code "15"}
     * @return a new harness
     */
    public IndicatorHarness weight(String weight) {
        return new IndicatorHarness(engine, typeId, new BigDecimal(weight), params, facts, subject);
    }

    /**
     * Sets a parameter as a rubric file would: numbers as {@link BigDecimal}, text as {@link String},
     * flags as {@link Boolean}.
     *
     * @param name the parameter
     * @param value its value; a {@link String} that parses as a number is passed as a number
     * @return a new harness
     */
    public IndicatorHarness param(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(params);
        copy.put(name, value instanceof String text && text.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(text) : value);
        return new IndicatorHarness(engine, typeId, weight, copy, facts, subject);
    }

    /**
     * Binds a fact slot to a submission fact.
     *
     * @param slot the slot
     * @param fact the fact name
     * @return a new harness
     */
    public IndicatorHarness bind(String slot, String fact) {
        Map<String, String> copy = new LinkedHashMap<>(facts);
        copy.put(slot, fact);
        return new IndicatorHarness(engine, typeId, weight, params, copy, subject);
    }

    /**
     * Sets the subject, for reasons that mention the year.
     *
     * @param subject the subject
     * @return a new harness
     */
    public IndicatorHarness subject(Subject subject) {
        return new IndicatorHarness(engine, typeId, weight, params, facts, requireNonNull(subject, "subject is null"));
    }

    /**
     * Compiles the one-row rubric.
     *
     * @return the compiled rubric
     * @throws org.jixiao.engine.problem.InputException if the parameters or bindings are invalid
     */
    public CompiledRubric compile() {
        Rubric.Row row = new Rubric.Row(ROW_ID, "测试指标", weight, typeId, "", params, facts);
        Rubric rubric = new Rubric(
                "testkit",
                "0",
                "",
                weight,
                List.of(new GradeBand("-", "-", BigDecimal.ZERO)),
                List.of(new Rubric.Group("group", "测试", weight, List.of(row))));
        return engine.compile(rubric);
    }

    /**
     * Scores the row against the given facts.
     *
     * @param factValues fact values as a submission gives them (see {@link Submission})
     * @return the row's result
     * @throws org.jixiao.engine.problem.InputException if the facts are missing or invalid
     */
    public Evaluation.IndicatorResult score(Map<String, ?> factValues) {
        Submission.Builder submission = Submission.builder("testkit").subject(subject);
        factValues.forEach(submission::fact);
        Evaluation evaluation = compile().evaluate(submission.build());
        if (evaluation.failed()) {
            throw new AssertionError("indicator failed: " + evaluation.failures());
        }
        return evaluation.indicator(ROW_ID).orElseThrow();
    }

    /**
     * A plan-and-actual pair from decimals.
     *
     * @param plan the plan
     * @param actual the actual quantity
     * @return the pair
     */
    public static PlanActual pair(String plan, String actual) {
        return new PlanActual(new BigDecimal(plan), new BigDecimal(actual));
    }

    /**
     * A decimal.
     *
     * @param value the digits
     * @return the number
     */
    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
