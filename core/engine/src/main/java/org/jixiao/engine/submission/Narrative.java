package org.jixiao.engine.submission;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.spi.Api;

/**
 * What a submission says beyond its facts, for its report and never for its score: the funds issued and spent, the
 * unit's own documents with their 文号, and the 工作措施 behind an indicator, each kept as written.
 *
 * <pre>
 * "narrative": {
 *   "fundsIssued": 95812, "fundsSpent": 90201,
 *   "documents": ["《驻马店市城市老旧小区改造提质工作实施方案》（驻政办〔2019〕101号）"],
 *   "measures": {"funding.allocation": "市财政局会同住建局、民政局转发了……"}
 * }
 * </pre>
 *
 * @param fundsIssued the funds issued to the programme (下达资金), in 万元; {@code null} when not said
 * @param fundsSpent the funds spent of them (已支出), in 万元; {@code null} when not said
 * @param documents the unit's own documents the report cites, such as {@code 《…实施方案》（驻政办〔2019〕101号）};
 *     never {@code null}
 * @param measures the work behind an indicator (工作措施), by indicator id, in the submission's order; never
 *     {@code null}
 * @since 0.4
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.4")
public record Narrative(
        BigDecimal fundsIssued, BigDecimal fundsSpent, List<String> documents, Map<String, String> measures) {

    /** A submission that says nothing beyond its facts. */
    public static final Narrative NONE = new Narrative(null, null, List.of(), Map.of());

    /** Copies the lists, keeping the order of the measures. */
    public Narrative {
        documents = List.copyOf(requireNonNull(documents, "documents is null"));
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(measures, "measures is null")));
    }

    /**
     * Whether it says nothing.
     *
     * @return {@code true} for {@link #NONE} and its equals
     */
    public boolean isEmpty() {
        return fundsIssued == null && fundsSpent == null && documents.isEmpty() && measures.isEmpty();
    }
}
