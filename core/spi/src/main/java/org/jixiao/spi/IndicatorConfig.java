package org.jixiao.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * What a rubric row tells its type when the rubric is compiled.
 *
 * @param id the row's indicator id, such as {@code output.households}; never {@code null}
 * @param name the row's 二级指标 name, such as {@code 改造户数计划完成率}; never {@code null}
 * @param weight the row's 分值, greater than zero; never {@code null}
 * @param criteria the row's 评分标准 text; never {@code null}, may be empty
 * @param parameters the row's parameters, checked against the type's specs and with defaults
 *     filled in; never {@code null}
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record IndicatorConfig(String id, String name, BigDecimal weight, String criteria, Parameters parameters) {

    /** Checks that no component is {@code null}. */
    public IndicatorConfig {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(weight, "weight is null");
        requireNonNull(criteria, "criteria is null");
        requireNonNull(parameters, "parameters is null");
    }
}
