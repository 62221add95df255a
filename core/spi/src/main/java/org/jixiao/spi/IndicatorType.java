package org.jixiao.spi;

import java.util.List;

/**
 * A kind of indicator (for example "plan completion rate") that rubrics use by its {@link #id()}.
 *
 * <p>A type declares the facts it reads as {@link FactSlot slots} and the parameters it takes. The
 * engine checks a rubric row's parameters against {@link #parameters()}, fills in defaults, and
 * calls {@link #configure(IndicatorConfig)} once when the rubric is compiled. Implementations are
 * stateless and thread-safe.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface IndicatorType {

    /**
     * The stable id rubrics refer to: lower-case letters, digits and hyphens, such as
     * {@code plan-completion}.
     *
     * @return the id, never {@code null}
     */
    String id();

    /**
     * The name shown to users, in Chinese, such as {@code 计划完成率}.
     *
     * @return the display name, never {@code null}
     */
    String name();

    /**
     * One or two sentences on what the type scores and how.
     *
     * @return the description, never {@code null}; empty by default
     */
    default String description() {
        return "";
    }

    /**
     * The facts a configured indicator reads, by slot. A rubric row may bind a slot to a differently
     * named fact; a slot without a {@linkplain FactSlot#defaultFact() default fact} must be bound.
     *
     * @return the slots, never {@code null}
     */
    List<FactSlot> facts();

    /**
     * The facts one rubric row reads. Most types read the same slots on every row and keep this
     * default; a type whose slots the row names itself (such as a formula over facts the rubric
     * chooses) derives them from the row's bindings and parameters.
     *
     * @param bindings the row's slot-to-fact bindings as written; never {@code null}
     * @param parameters the row's checked parameters; never {@code null}
     * @return the slots, never {@code null}
     * @throws InvalidParameterException if the bindings and parameters do not describe valid slots
     */
    default List<FactSlot> facts(java.util.Map<String, String> bindings, Parameters parameters) {
        return facts();
    }

    /**
     * The parameters a rubric row may set. Keys not listed here are rejected when the rubric loads.
     *
     * @return the parameter specifications, never {@code null}
     */
    List<ParameterSpec> parameters();

    /**
     * Creates the indicator for one rubric row. Called once per row when a rubric is compiled, never
     * per evaluation.
     *
     * @param config the row's id, name, weight and checked parameters; never {@code null}
     * @return the configured indicator, never {@code null}
     * @throws InvalidParameterException if a parameter value is out of range or inconsistent with
     *     the weight
     */
    Indicator configure(IndicatorConfig config);
}
