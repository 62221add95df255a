package org.jixiao.spi.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.spi.Api;
import org.jixiao.spi.Deduction;

/**
 * Items worth points each, kept when they hold and deducted when they don't: 资金管理办法健全规范(2分)；
 * 按规定时间分配下达(2分)……否则扣减相应分数. Build one per evaluation; not thread-safe.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class Checklist {

    private final List<Deduction> deductions = new ArrayList<>();
    private final List<String> held = new ArrayList<>();
    private BigDecimal total = BigDecimal.ZERO;

    /**
     * Adds an item.
     *
     * @param points what the item is worth, zero or more
     * @param holds whether it holds
     * @param whenHeld the Chinese phrase for the reason when it holds, such as 资金管理办法健全规范
     * @param whenMissed the Chinese phrase when it does not, such as 资金管理办法不健全
     * @return this checklist
     */
    public Checklist item(BigDecimal points, boolean holds, String whenHeld, String whenMissed) {
        requireNonNull(points, "points is null");
        requireNonNull(whenHeld, "whenHeld is null");
        requireNonNull(whenMissed, "whenMissed is null");
        total = total.add(points);
        if (holds) {
            held.add(whenHeld);
        } else if (points.signum() > 0) {
            deductions.add(new Deduction(points.stripTrailingZeros(), whenMissed + "，扣" + Numbers.plain(points) + "分"));
        }
        return this;
    }

    /**
     * The points of all items together.
     *
     * @return the sum; never {@code null}
     */
    public BigDecimal total() {
        return total;
    }

    /**
     * One deduction for each item that does not hold, in the order added.
     *
     * @return the deductions, never {@code null}
     */
    public List<Deduction> deductions() {
        return List.copyOf(deductions);
    }

    /**
     * The reason's clauses: the items that hold in one clause, then one clause per deduction, such as
     * {@code [资金管理办法健全规范，资金分配及时, 资金分配未结合本地特点，扣1分]}; join them with
     * {@link Sentences#join(List)}.
     *
     * @return the clauses, never {@code null}
     */
    public List<String> clauses() {
        List<String> clauses = new ArrayList<>();
        if (!held.isEmpty()) {
            clauses.add(String.join("，", held));
        }
        deductions.forEach(d -> clauses.add(d.reason()));
        return clauses;
    }
}
