package org.jixiao.engine.rubric;

import org.jixiao.spi.Api;
import org.jixiao.spi.FactKind;

/**
 * A fact a compiled rubric reads from every submission: what a form for the rubric must ask for.
 *
 * @param name the fact name in submissions, such as {@code households}
 * @param kind what the value must be
 * @param label the Chinese label of the slot that reads it
 * @param unit the unit, may be empty
 * @param indicatorId the first indicator that reads it
 * @param indicatorName that indicator's Chinese name
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record RequiredFact(
        String name, FactKind kind, String label, String unit, String indicatorId, String indicatorName) {}
