package org.jixiao.indicators.funding;

import java.math.BigDecimal;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.InvalidParameterException;
import org.jixiao.spi.scoring.Numbers;

/** Checks that a row's item points add up to its weight, so the table and its parts cannot drift apart. */
final class Weights {

    private Weights() {}

    static void requireSum(IndicatorConfig config, String lastParameter, String... parameters) {
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder parts = new StringBuilder();
        for (String name : parameters) {
            BigDecimal points = config.parameters().nonNegative(name);
            sum = sum.add(points);
            parts.append(parts.length() == 0 ? "" : " + ")
                    .append(name)
                    .append(' ')
                    .append(Numbers.plain(points));
        }
        if (sum.compareTo(config.weight()) != 0) {
            throw new InvalidParameterException(
                    lastParameter,
                    parts + " = " + Numbers.plain(sum) + ", but the indicator's weight is "
                            + Numbers.plain(config.weight()));
        }
    }
}
