package org.jixiao.nationalform;

import java.nio.file.Path;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.submission.Submission;

/** The engine with every family and the built-in rubrics, and the example projects, for this module's tests. */
public final class Forms {

    public static final Engine ENGINE =
            Engine.builder().discover(Forms.class.getClassLoader()).build();
    public static final RubricLibrary LIBRARY = RubricLibrary.onClassPath(Forms.class.getClassLoader());

    private Forms() {}

    /** An example project's hand-written rubric: {@code water}, {@code eldercare} or {@code subsidy}. */
    public static CompiledRubric rubric(String project) {
        return ENGINE.loadRubric(example(project, "yaml"), LIBRARY);
    }

    /** An example project's form as JSON. */
    public static Submission submission(String project) {
        return ENGINE.readSubmission(example(project, "json"));
    }

    public static Path example(String project, String extension) {
        return Path.of("../examples/rubrics/example-project-" + project + "-2021." + extension);
    }
}
