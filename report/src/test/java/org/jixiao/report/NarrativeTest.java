package org.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.submission.Submission;
import org.junit.jupiter.api.Test;

/** The seed's narrative from data (#23 item 3): funds, the unit's documents, its measures and its notes, verbatim. */
class NarrativeTest {

    private static final Engine ENGINE =
            Engine.builder().discover(NarrativeTest.class.getClassLoader()).build();
    private static final CompiledRubric HENAN = ENGINE.loadRubric(
            RubricLibrary.onClassPath(NarrativeTest.class.getClassLoader()), "henan-2020-old-community");

    private static final String NOTES =
            """
            # 存在问题

            社会资金筹集困难。因地方政府财政资金紧张，
            资金缺口较大。

            # 资金分配

            各县区资金已于2020年6月前分配到位。

            # 下一步计划

            落实主体责任，统筹推进实施。

            启动2021年度城镇老旧小区改造工作。
            """;

    private static List<String> paragraphs(ReportDraft draft) {
        return draft.sections().stream()
                .flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof ReportDraft.Paragraph)
                .map(b -> ((ReportDraft.Paragraph) b).text())
                .toList();
    }

    @Test
    void the_report_says_the_funds_documents_and_measures_the_submission_gives() {
        Submission seed = ENGINE.readSubmission(Path.of("..", "examples", "zhumadian-2020.json"));
        ReportDraft draft = ReportDraft.of(
                HENAN, HENAN.evaluate(seed), null, ReportNotes.parse(NOTES, HENAN.rubric()), seed.narrative());
        List<String> text = paragraphs(draft);

        assertThat(text.get(0))
                .endsWith("结合本地实际，我市制定了《驻马店市城市老旧小区改造提质工作实施方案》（驻政办〔2019〕101号）、" + "《驻马店市城镇老旧小区改造提质三年（2019-2021年）行动计划》。");
        assertThat(text).contains("全年下达资金15129万元，已支出15129万元，支出率100%。");
        int allocation = indexOf(text, "资金分配：");
        assertThat(text.get(allocation))
                .startsWith("资金分配：为规范资金使用管理，市财政局会同住建局、民政局转发了")
                .endsWith("得5分。");
        // the indicator's own 说明 follows its paragraph; the notes' paragraphs keep their words, lines joined
        assertThat(text.get(allocation + 1)).isEqualTo("各县区资金已于2020年6月前分配到位。");
        int problems = indexOf(text, "（一）存在问题。");
        assertThat(text.get(problems + 1)).isEqualTo("社会资金筹集困难。因地方政府财政资金紧张，资金缺口较大。");
        int next = text.indexOf("（二）下一步计划。");
        assertThat(text.subList(next + 1, text.size())).containsExactly("落实主体责任，统筹推进实施。", "启动2021年度城镇老旧小区改造工作。");
    }

    @Test
    void a_submission_without_narrative_reads_as_before() {
        Submission county =
                ENGINE.readSubmission(Path.of("..", "examples", "zhumadian-2020-counties", "05-zhengyang.json"));

        assertThat(county.narrative().isEmpty()).isTrue();
        assertThat(ReportDraft.funds(county.narrative())).isEmpty();
    }

    @Test
    void notes_without_headings_are_the_next_steps_and_a_stray_heading_is_refused_at_its_line() {
        assertThat(ReportNotes.parse("加快项目进度。\n\n完善长效机制。\n", HENAN.rubric()).nextSteps())
                .containsExactly("加快项目进度。", "完善长效机制。");
        assertThat(ReportNotes.parse("# funding.allocation\n\n按时分配。\n", HENAN.rubric())
                        .indicators())
                .containsEntry("funding.allocation", List.of("按时分配。"));

        assertThatThrownBy(() -> ReportNotes.parse("# 存在问题\n\n甲。\n\n# 工作亮点\n\n乙。\n", HENAN.rubric()))
                .isInstanceOf(ReportNotes.HeadingException.class)
                .hasMessageContaining("heading 工作亮点 is neither 存在问题, 下一步计划 nor the name or id of an indicator")
                .satisfies(e ->
                        assertThat(((ReportNotes.HeadingException) e).line()).isEqualTo(5));
    }

    private static int indexOf(List<String> text, String start) {
        for (int i = 0; i < text.size(); i++) {
            if (text.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starts with " + start + " in " + text);
    }
}
