package org.jixiao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.app.rubrics.RubricRepository;
import org.jixiao.app.wiring.JixiaoModule;
import org.jixiao.engine.Engine;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.submission.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a run finds each submission's rubric: compiled once per run, however many submissions name it. */
class SubmissionFilesTest {

    private final Injector injector = Guice.createInjector(new JixiaoModule());
    private final Engine engine = injector.getInstance(Engine.class);
    private final RubricRepository rubrics = injector.getInstance(RubricRepository.class);

    @TempDir
    Path folder;

    @Test
    void a_rubric_file_given_on_the_command_line_is_compiled_once_for_the_whole_run() throws IOException {
        Path rubric = Files.copy(Path.of("../examples/rubrics/example-province-2021.yaml"), folder.resolve("r.yaml"));
        SubmissionFiles files = new SubmissionFiles(engine, rubrics, null, rubric.toString());
        Submission line = engine.readSubmissionLine("in.ndjson", "{\"facts\": {}}", false);

        CompiledRubric first = files.rubricOf(line, Path.of("in.ndjson"));
        Files.delete(rubric); // a second reading would now fail

        assertThat(files.rubricOf(line, Path.of("in.ndjson"))).isSameAs(first);
    }

    @Test
    void a_built_in_rubric_named_by_each_line_is_compiled_once() {
        SubmissionFiles files = new SubmissionFiles(engine, rubrics, null, null);
        Submission line = engine.readSubmissionLine(
                "in.ndjson", "{\"rubric\": \"henan-2020-old-community\", \"facts\": {}}", false);

        assertThat(files.rubricOf(line, Path.of("in.ndjson")))
                .isSameAs(files.rubricOf(line, Path.of("in.ndjson")))
                .extracting(r -> r.ref().id())
                .isEqualTo("henan-2020-old-community");
    }
}
