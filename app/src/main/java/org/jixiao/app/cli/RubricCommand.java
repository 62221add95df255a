package org.jixiao.app.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jixiao.app.rubrics.RubricDiff;
import org.jixiao.app.rubrics.RubricRepository;
import org.jixiao.engine.cases.ProgrammeSetTests;
import org.jixiao.engine.cases.RubricTests;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.spi.scoring.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jixiao rubric list|show|validate}. */
@Command(
        name = "rubric",
        mixinStandardHelpOptions = true,
        description = "List, show and validate rubrics.",
        subcommands = {
            RubricCommand.ListRubrics.class,
            RubricCommand.Show.class,
            RubricCommand.Validate.class,
            RubricCommand.Test.class,
            RubricCommand.Diff.class
        })
final class RubricCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("jixiao rubric: missing command (list, show, validate, test or diff)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.BAD_INPUT;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in rubrics.")
    static final class ListRubrics implements Callable<Integer> {
        private final RubricRepository rubrics;
        private final PrintWriter out;

        @Inject
        ListRubrics(RubricRepository rubrics, @Out PrintWriter out) {
            this.rubrics = rubrics;
            this.out = out;
        }

        @Override
        public Integer call() {
            for (String id : rubrics.builtInIds()) {
                if (rubrics.isSkeleton(id)) {
                    // a skeleton cannot be compiled alone: a project's rubric extends it
                    out.println(id + "  （骨架，供项目的评分表继承：extends: " + id + "）");
                } else {
                    Rubric rubric = rubrics.resolve(id).rubric();
                    out.println(rubric.id() + "  " + rubric.version() + "  " + rubric.title());
                }
            }
            out.flush();
            return Cli.OK;
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Show a rubric's indicator table: groups, indicators, weights, types, parameters, 评分标准.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID|PATH", description = "A built-in rubric id or a rubric file.")
        String ref;

        @picocli.CommandLine.Option(
                names = "--source",
                description = "Show which file each row came from (for rubrics that extend others).")
        boolean source;

        @picocli.CommandLine.Option(
                names = {"-f", "--format"},
                paramLabel = "FORMAT",
                description = "table (types, facts, parameters), markdown or xlsx (the blank table a province hands"
                        + " out). Default: from -o's extension (.txt, .md, .xlsx), else table.")
        org.jixiao.app.output.OutputFormat format;

        @picocli.CommandLine.Option(
                names = {"-o", "--output"},
                paramLabel = "OUT",
                description = "Write to OUT (whole or not at all); needed for xlsx.")
        java.nio.file.Path output;

        private final RubricRepository rubrics;
        private final PrintWriter out;

        @Inject
        Show(RubricRepository rubrics, @Out PrintWriter out) {
            this.rubrics = rubrics;
            this.out = out;
        }

        @Override
        public Integer call() {
            format = org.jixiao.app.output.OutputFormats.resolve(
                    "rubric show",
                    format,
                    output,
                    java.util.EnumSet.of(
                            org.jixiao.app.output.OutputFormat.table,
                            org.jixiao.app.output.OutputFormat.markdown,
                            org.jixiao.app.output.OutputFormat.xlsx),
                    false);
            if (rubrics.isSet(ref)) {
                if (format != org.jixiao.app.output.OutputFormat.table) {
                    throw InputException.of(
                            "usage",
                            "--format " + format,
                            "a programme set is shown as a table; show each programme's rubric in " + format
                                    + " with rubric show RUBRIC --format " + format);
                }
                ProgrammeSet set = rubrics.loadSet(Path.of(ref));
                StringBuilder text = new StringBuilder();
                text.append(set.ref().id())
                        .append(' ')
                        .append(set.ref().version())
                        .append("  ")
                        .append(set.ref().title())
                        .append('\n');
                text.append("来源：")
                        .append(set.source())
                        .append("；sha256 ")
                        .append(set.ref().sha256())
                        .append('\n');
                text.append("合并方式：")
                        .append(
                                switch (set.method()) {
                                    case MEAN -> "各项目总分的平均";
                                    case WEIGHTED -> "各项目总分按 "
                                            + set.weightFact().orElseThrow() + " 加权平均（每个项目的事实给出）";
                                    case NONE -> "不合并，各项目分别计分、定级";
                                })
                        .append(set.method() == ProgrammeSet.Method.NONE ? "" : "；除不尽时四舍五入到" + set.decimals() + "位小数")
                        .append('\n');
                int i = 0;
                for (ProgrammeSet.Programme programme : set.programmes()) {
                    text.append('\n')
                            .append(++i)
                            .append(". ")
                            .append(programme.name())
                            .append("（")
                            .append(programme.id())
                            .append("）\n\n");
                    text.append(RubricTable.render(programme.rubric(), source));
                }
                emit(text.toString());
                return Cli.OK;
            }
            CompiledRubric rubric = rubrics.resolve(ref);
            switch (format) {
                case xlsx -> {
                    if (output == null) {
                        throw InputException.of(
                                "usage", "--format xlsx", "an Excel workbook is written to a file: give -o FILE.xlsx");
                    }
                    org.jixiao.app.output.AtomicFiles.write(output, org.jixiao.io.excel.ExcelTables.blank(rubric));
                }
                case markdown -> emit(org.jixiao.app.output.MarkdownWriter.blank(rubric));
                case json -> throw InputException.of(
                        "usage", "--format json", "rubric show writes table, markdown or xlsx");
                default -> emit(RubricTable.render(rubric, source));
            }
            return Cli.OK;
        }

        private void emit(String text) {
            if (output == null) {
                out.print(text);
                out.flush();
            } else {
                org.jixiao.app.output.AtomicFiles.write(output, text);
            }
        }
    }

    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description = "Check a rubric file: structure, ids, weights, types, parameters. Lists every problem.")
    static final class Validate implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PATH", description = "The rubric file (YAML or JSON).")
        Path file;

        private final RubricRepository rubrics;
        private final PrintWriter out;
        private final PrintWriter err;

        @Inject
        Validate(RubricRepository rubrics, @Out PrintWriter out, @Err PrintWriter err) {
            this.rubrics = rubrics;
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            if (rubrics.isSet(file.toString())) {
                ProgrammeSet set = rubrics.loadSet(file);
                for (ProgrammeSet.Programme programme : set.programmes()) {
                    programme.rubric().warnings().forEach(w -> err.println("jixiao: warning: " + w));
                }
                err.flush();
                out.println(file + ": valid programme set " + set.ref().id() + " "
                        + set.ref().version() + ": "
                        + set.programmes().size() + " programmes ("
                        + set.programmes().stream()
                                .map(p -> p.id() + " " + p.rubric().ref().id() + " "
                                        + p.rubric().ref().version())
                                .collect(java.util.stream.Collectors.joining(", "))
                        + "), combined by " + set.method().word()
                        + set.weightFact().map(by -> " " + by).orElse("") + ", total "
                        + Numbers.plain(set.maxTotal()) + "; sha256 "
                        + set.ref().sha256());
                out.flush();
                return Cli.OK;
            }
            CompiledRubric compiled = rubrics.load(file);
            compiled.warnings().forEach(w -> err.println("jixiao: warning: " + w));
            err.flush();
            Rubric rubric = compiled.rubric();
            int rows = rubric.groups().stream()
                    .mapToInt(g -> g.indicators().size())
                    .sum();
            int extras =
                    (rubric.bonus() == null ? 0 : rubric.bonus().indicators().size())
                            + (rubric.penalty() == null
                                    ? 0
                                    : rubric.penalty().indicators().size());
            out.println(file + ": valid rubric " + rubric.id() + " " + rubric.version() + ": "
                    + rubric.groups().size() + " groups, " + rows + " indicators"
                    + (extras == 0 ? "" : ", " + extras + " bonus or penalty items")
                    + (rubric.vetoes().isEmpty() ? "" : ", " + rubric.vetoes().size() + " vetoes") + ", total "
                    + Numbers.plain(rubric.total()) + ", " + compiled.facts().size() + " facts; sha256 "
                    + compiled.ref().sha256());
            out.flush();
            return Cli.OK;
        }
    }

    @Command(
            name = "test",
            mixinStandardHelpOptions = true,
            description = "Run a rubric's test cases: facts and the scores, total, grade or error they must give."
                    + " Exits 1 when a case fails.")
    static final class Test implements Callable<Integer> {
        @Parameters(
                index = "0",
                paramLabel = "CASES|ID",
                description = "A cases file (YAML or JSON), or a built-in rubric id for its own cases.")
        String cases;

        private final RubricRepository rubrics;
        private final PrintWriter out;

        @Inject
        Test(RubricRepository rubrics, @Out PrintWriter out) {
            this.rubrics = rubrics;
            this.out = out;
        }

        @Override
        public Integer call() {
            List<RubricTests.Outcome> outcomes;
            if (rubrics.isSetSuite(cases)) {
                ProgrammeSetTests.Suite suite = rubrics.setSuite(Path.of(cases));
                ProgrammeSet set = rubrics.setFrom(suite.set(), Path.of(suite.source()));
                out.println(set.ref().id() + " " + set.ref().version() + ": "
                        + suite.cases().size() + " cases from " + suite.source());
                outcomes = ProgrammeSetTests.run(suite, set);
            } else {
                RubricTests.Suite suite = rubrics.suite(cases);
                CompiledRubric rubric = rubrics.rubricOf(suite);
                out.println(rubric.ref().id() + " " + rubric.ref().version() + ": "
                        + suite.cases().size() + " cases from " + suite.source());
                outcomes = RubricTests.run(suite, rubric);
            }
            int failed = 0;
            for (RubricTests.Outcome outcome : outcomes) {
                out.println((outcome.passed() ? "  passed  " : "  FAILED  ") + outcome.name());
                outcome.failures().forEach(failure -> out.println("          " + failure));
                failed += outcome.passed() ? 0 : 1;
            }
            out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
            out.flush();
            return failed == 0 ? Cli.OK : Cli.INTERNAL_ERROR;
        }
    }

    @Command(
            name = "diff",
            mixinStandardHelpOptions = true,
            description = "Show what changed from rubric A to rubric B: indicators added and removed, weights,"
                    + " parameters, 评分标准, grade bands.")
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "A", description = "The old rubric: an id or a file.")
        String before;

        @Parameters(index = "1", paramLabel = "B", description = "The new rubric: an id or a file.")
        String after;

        private final RubricRepository rubrics;
        private final PrintWriter out;

        @Inject
        Diff(RubricRepository rubrics, @Out PrintWriter out) {
            this.rubrics = rubrics;
            this.out = out;
        }

        @Override
        public Integer call() {
            CompiledRubric a = rubrics.resolve(before);
            CompiledRubric b = rubrics.resolve(after);
            List<RubricDiff.Change> changes = RubricDiff.between(a, b);
            out.println(a.ref().id() + " " + a.ref().version() + " → " + b.ref().id() + " "
                    + b.ref().version() + ": "
                    + (changes.isEmpty()
                            ? "no changes"
                            : changes.size() + (changes.size() == 1 ? " change" : " changes")));
            changes.forEach(change -> out.println("  " + change));
            out.flush();
            return Cli.OK;
        }
    }

    /** The indicator table of {@code rubric show}. */
    static final class RubricTable {
        private RubricTable() {}

        static String render(CompiledRubric compiled, boolean sources) {
            Rubric rubric = compiled.rubric();
            StringBuilder out = new StringBuilder();
            out.append(rubric.id())
                    .append(' ')
                    .append(rubric.version())
                    .append("  ")
                    .append(rubric.title())
                    .append('\n');
            out.append("来源：")
                    .append(compiled.source())
                    .append("；sha256 ")
                    .append(compiled.ref().sha256())
                    .append('\n');
            out.append("总分")
                    .append(Numbers.plain(rubric.total()))
                    .append("；等级：")
                    .append(compiled.grades().stream().map(RubricTable::band).collect(Collectors.joining("，")))
                    .append("\n\n");
            boolean leveled = org.jixiao.app.output.Texts.leveled(rubric);
            org.jixiao.app.output.TextColumns table = leveled
                    ? new org.jixiao.app.output.TextColumns(
                            List.of("一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "指标", "类型"),
                            false,
                            true,
                            false,
                            true,
                            false,
                            true,
                            false,
                            false)
                    : new org.jixiao.app.output.TextColumns(
                            List.of("一级指标", "分值", "二级指标", "分值", "指标", "类型"), false, true, false, true, false, false);
            for (Rubric.Group group : rubric.groups()) {
                boolean first = true;
                List<Rubric.Group> previous = null;
                for (Rubric.Row row : group.indicators()) {
                    List<String> cells = new java.util.ArrayList<>(
                            List.of(first ? group.name() : "", first ? Numbers.plain(group.weight()) : ""));
                    if (leveled) {
                        List<Rubric.Group> chain = group.pathTo(row.id());
                        boolean starts = !chain.isEmpty() && !chain.equals(previous);
                        cells.add(
                                starts
                                        ? org.jixiao.app.output.Texts.levelName(chain.stream()
                                                .map(Rubric.Group::name)
                                                .toList())
                                        : "");
                        cells.add(
                                starts
                                        ? Numbers.plain(
                                                chain.get(chain.size() - 1).weight())
                                        : "");
                        previous = chain;
                    }
                    cells.addAll(List.of(row.name(), Numbers.plain(row.weight()), row.id(), row.type()));
                    table.row(cells.toArray(String[]::new));
                    first = false;
                }
            }
            out.append(table.render()).append('\n');
            out.append("评分标准与参数\n");
            for (CompiledRubric.Entry entry : compiled.entries()) {
                Rubric.Row row = entry.row();
                out.append("  ").append(row.id()).append(' ').append(row.name()).append('\n');
                if (!row.criteria().isEmpty()) {
                    out.append("    评分标准：").append(row.criteria()).append('\n');
                }
                out.append("    事实：")
                        .append(entry.facts().entrySet().stream()
                                .map(e ->
                                        e.getKey().equals(e.getValue()) ? e.getKey() : e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(", ")))
                        .append('\n');
                out.append("    参数：")
                        .append(parameters(entry.parameters().asMap()))
                        .append('\n');
                if (sources) {
                    out.append("    来源：").append(entry.sources().get(0));
                    if (entry.sources().size() > 1) {
                        out.append("，修改于 ")
                                .append(String.join(
                                        "、",
                                        entry.sources()
                                                .subList(1, entry.sources().size())));
                    }
                    out.append('\n');
                }
            }
            out.append("\n事实与汇总规则（汇总方法：").append(compiled.rollupMethod().word()).append("）\n");
            List<String> factHeaders = List.of("事实", "名称", "类型", "单位", "汇总");
            org.jixiao.app.output.TextColumns facts =
                    new org.jixiao.app.output.TextColumns(factHeaders, false, false, false, false, false);
            Map<String, org.jixiao.spi.RollupRule> rules = compiled.rollupRules();
            for (org.jixiao.engine.rubric.RequiredFact fact : compiled.facts()) {
                org.jixiao.spi.RollupRule rule = rules.get(fact.name());
                facts.row(
                        fact.name(),
                        fact.label(),
                        fact.kind().expected(),
                        fact.unit().isEmpty() ? "—" : fact.unit(),
                        rule == null ? "—（未规定）" : rule.toString());
            }
            for (String weight : compiled.weightFacts()) {
                org.jixiao.spi.RollupRule rule = rules.get(weight);
                facts.row(weight, "汇总权重", "a number, 0 or more", "—", rule == null ? "（仅作权重）" : rule.toString());
            }
            out.append(facts.render());
            return out.toString();
        }

        private static String band(GradeBand band) {
            return band.grade() + (band.label().equals(band.grade()) ? "" : "（" + band.label() + "）") + " "
                    + band.boundary();
        }

        private static String parameters(Map<String, Object> values) {
            return values.entrySet().stream()
                    .map(e ->
                            e.getKey() + "=" + (e.getValue() instanceof BigDecimal d ? Numbers.plain(d) : e.getValue()))
                    .collect(Collectors.joining(", "));
        }
    }
}
