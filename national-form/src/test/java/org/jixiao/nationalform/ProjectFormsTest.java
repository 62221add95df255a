package org.jixiao.nationalform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectFormsTest {

    /** A form as its unit filled it: the example's JSON written out as the form. */
    private static ProjectForm form(String project) {
        return ProjectForms.form(Forms.rubric(project), Forms.submission(project));
    }

    /** A copy of the form with its cells named as a workbook would, so that problems can be placed. */
    private static ProjectForm located(ProjectForm form, java.util.function.UnaryOperator<List<ProjectForm.Row>> rows) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            int line = 13 + i;
            cells.put("rows[" + i + "].level1", "表!B" + line);
            cells.put("rows[" + i + "].level2", "表!C" + line);
            cells.put("rows[" + i + "].name", "表!D" + line);
            cells.put("rows[" + i + "].target", "表!E" + line);
            cells.put("rows[" + i + "].actual", "表!F" + line);
            cells.put("rows[" + i + "].weight", "表!G" + line);
            cells.put("rows[" + i + "].score", "表!H" + line);
            cells.put("rows[" + i + "].note", "表!I" + line);
        }
        return new ProjectForm(
                "form.xlsx",
                form.year(),
                form.project(),
                form.department(),
                form.unit(),
                form.funds(),
                form.expectedGoal(),
                form.achievedGoal(),
                rows.apply(new ArrayList<>(form.rows())),
                form.claimedTotal(),
                cells);
    }

    /** The water form with its row {@code index} changed, its cells named as a workbook would. */
    private static ProjectForm changed(int index, java.util.function.UnaryOperator<ProjectForm.Row> change) {
        return located(form("water"), rows -> {
            rows.set(index, change.apply(rows.get(index)));
            return rows;
        });
    }

    /** A row with one value written otherwise: {@code level1}, {@code name}, {@code target}, {@code weight}, {@code score}. */
    private static ProjectForm.Row with(ProjectForm.Row r, String field, String value) {
        return new ProjectForm.Row(
                field.equals("level1") ? value : r.level1(),
                r.level2(),
                field.equals("name") ? value : r.name(),
                field.equals("target") ? value : r.target(),
                field.equals("weight") ? new BigDecimal(value) : r.weight(),
                r.actual(),
                field.equals("score") ? new BigDecimal(value) : r.score(),
                r.note());
    }

    @ParameterizedTest
    @ValueSource(strings = {"water", "eldercare"})
    void a_forms_own_rows_over_the_skeleton_score_every_row_as_the_hand_written_rubric_does(String project) {
        CompiledRubric written = Forms.rubric(project);
        Evaluation expected = written.evaluate(Forms.submission(project));
        ProjectForm form = form(project);

        CompiledRubric derived = ProjectForms.rubric(Forms.ENGINE, Forms.LIBRARY, form, ProjectForms.SKELETON);
        Evaluation actual = derived.evaluate(ProjectForms.submission(form, derived));

        assertThat(actual.failed()).isFalse();
        assertThat(actual.total()).isEqualByComparingTo(expected.total());
        Map<String, BigDecimal> byName = new LinkedHashMap<>();
        Map<String, BigDecimal> expectedByName = new LinkedHashMap<>();
        scoresByName(derived, actual, byName);
        scoresByName(written, expected, expectedByName);
        assertThat(byName).hasSameSizeAs(expectedByName);
        expectedByName.forEach(
                (name, score) -> assertThat(byName.get(name)).as(name).isEqualByComparingTo(score));
        assertThat(derived.rubric().groups())
                .extracting(g -> g.id() + " " + g.weight().toPlainString())
                .containsExactly("funds 10", "output 50", "benefit 30", "satisfaction 10");
    }

    private static void scoresByName(CompiledRubric rubric, Evaluation evaluation, Map<String, BigDecimal> into) {
        Map<String, String> names = new LinkedHashMap<>();
        rubric.entries().forEach(e -> names.put(e.row().id(), e.row().name()));
        evaluation.forEachIndicator((id, score, reason) -> into.put(names.get(id), score));
    }

    @Test
    void the_water_projects_total_is_95_83_against_a_claimed_98_and_the_overclaim_is_found() {
        ProjectForm form = form("water");
        CompiledRubric derived = ProjectForms.rubric(Forms.ENGINE, Forms.LIBRARY, form, ProjectForms.SKELETON);
        Evaluation evaluation = derived.evaluate(ProjectForms.submission(form, derived));

        // 10 × 1056 ÷ 1200 = 8.8; 铺设供水管网 10 × 80 ÷ 85 = 9.41; 管网造价 5 × 18 ÷ 19.5 = 4.62; 完工时间 8 (evaluator)
        // 8.8 + 10 + 9.41 + 15 + 8 + 4.62 + 20 + 10 + 10 = 95.83
        assertThat(evaluation.total()).isEqualByComparingTo("95.83");
        assertThat(evaluation.discrepancies())
                .extracting(d -> d.id() + " " + d.claimed().toPlainString())
                .containsExactly("total 98");
        ProjectForm.Scores scores = ProjectForms.scores(form, derived, evaluation);
        assertThat(scores.rate()).isEqualByComparingTo("88.00");
        assertThat(scores.fundsScore()).isEqualByComparingTo("8.8");
        assertThat(scores.rows())
                .extracting(s -> s.score().toPlainString())
                .containsExactly("10", "9.41", "15", "8", "4.62", "20", "10", "10");
        assertThat(scores.rows().get(1).reason()).contains("未达成年度指标").contains("部分管网因道路施工许可延后");
        assertThat(scores.grade()).isEqualTo("优");
    }

    @Test
    void a_row_claimed_higher_than_it_scores_is_a_discrepancy_of_that_row() {
        ProjectForm form = changed(1, row -> with(row, "score", "10"));
        CompiledRubric derived = ProjectForms.rubric(Forms.ENGINE, Forms.LIBRARY, form, ProjectForms.SKELETON);
        Evaluation evaluation = derived.evaluate(ProjectForms.submission(form, derived));

        assertThat(evaluation.discrepancies())
                .extracting(d -> d.name() + " " + d.claimed().toPlainString() + " "
                        + d.computed().toPlainString())
                .contains("铺设供水管网 10 9.41");
    }

    @Test
    void an_unknown_first_level_indicator_is_refused_at_its_cell() {
        ProjectForm form = changed(0, row -> with(row, "level1", "过程指标"));

        assertThatThrownBy(() -> ProjectForms.rubric(Forms.ENGINE, Forms.LIBRARY, form, ProjectForms.SKELETON))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "表!B13", "expected 一级指标 产出指标, 效益指标 or 满意度指标, got \"过程指标\"")));
    }

    @Test
    void weights_that_do_not_add_up_to_the_skeletons_are_refused_at_the_first_level_indicators_cell() {
        ProjectForm form = changed(0, row -> with(row, "weight", "5"));

        assertThatThrownBy(() -> ProjectForms.rubric(Forms.ENGINE, Forms.LIBRARY, form, ProjectForms.SKELETON))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::source).containsOnly("form.xlsx");
                    assertThat(e.problems()).extracting(Problem::path).contains("表!B13");
                    assertThat(e.getMessage()).contains("45").contains("50");
                });
    }

    @Test
    void an_unreadable_target_is_refused_at_its_cell_with_what_was_expected() {
        ProjectForm form = changed(0, row -> with(row, "target", "十二处"));

        assertThatThrownBy(() -> ProjectForms.rubric(Forms.ENGINE, Forms.LIBRARY, form, ProjectForms.SKELETON))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::path).containsExactly("表!E13");
                    assertThat(e.problems().get(0).message()).contains("十二处");
                });
    }

    @Test
    void against_a_bureaus_rubric_a_target_that_differs_and_a_row_it_lacks_are_refused_at_their_cells() {
        ProjectForm form = located(form("water"), rows -> {
            rows.set(1, with(rows.get(1), "target", "≥80公里"));
            rows.set(4, with(rows.get(4), "name", "每公里造价"));
            return rows;
        });

        assertThatThrownBy(() -> ProjectForms.submission(form, Forms.rubric("water")))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(
                                        "表!E14",
                                        "the 年度指标值 of 铺设供水管网 is ≥85公里 in the rubric example-project-water-2021,"
                                                + " not ≥80公里"),
                                org.assertj.core.groups.Tuple.tuple(
                                        "表!D17",
                                        "the rubric example-project-water-2021 has no 三级指标 \"每公里造价\"; it has"
                                                + " 每公里管网造价, 受益人口, 工程运行管护, 受益群众满意度"),
                                org.assertj.core.groups.Tuple.tuple(
                                        null,
                                        "the form has no row for the rubric's 三级指标 \"每公里管网造价\""
                                                + " (example-project-water-2021)")));
    }

    @Test
    void a_target_written_another_way_is_the_same_target() {
        ProjectForm form = changed(0, row -> with(row, "target", "不低于１２处"));

        Submission submission = ProjectForms.submission(form, Forms.rubric("water"));
        assertThat(Forms.rubric("water").evaluate(submission).total()).isEqualByComparingTo("95.83");
    }

    @Test
    void a_project_rubric_is_one_execution_rate_row_and_target_rows_only() {
        assertThat(ProjectForms.isProjectRubric(Forms.rubric("water"))).isTrue();
        assertThat(ProjectForms.isProjectRubric(Forms.ENGINE.loadRubric(Forms.LIBRARY, "henan-2020-old-community")))
                .isFalse();
    }
}
