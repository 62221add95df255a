package org.jixiao.app.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.jixiao.app.rubrics.RubricRepository;
import org.jixiao.engine.Engine;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.submission.Submission;
import org.jixiao.io.excel.ExcelSubmissions;
import org.jixiao.nationalform.ProjectForm;
import org.jixiao.nationalform.ProjectForms;
import org.jixiao.nationalform.xlsx.ProjectFormWorkbook;

/**
 * Reads a submission file whatever its format — JSON or YAML through the engine, a filled-in workbook
 * (.xlsx, .xls) through the Excel reader — and finds the rubric it is scored with: the one given on the
 * command line, else the one the file names. A workbook must have been made from exactly that rubric.
 */
final class SubmissionFiles {

    /** A submission file read, with what it is scored with. */
    sealed interface Input permits Scorable, ProgrammeScorable {}

    /**
     * A submission and its rubric; for a project self-evaluation form read from its workbook, the form as written, so
     * that it is written back filled in.
     */
    record Scorable(Submission submission, CompiledRubric rubric, org.jixiao.nationalform.ProjectForm form)
            implements Input {
        Scorable(Submission submission, CompiledRubric rubric) {
            this(submission, rubric, null);
        }
    }

    /** A submission of several programmes and its programme set. */
    record ProgrammeScorable(
            org.jixiao.engine.submission.ProgrammeSubmission submission, org.jixiao.engine.programme.ProgrammeSet set)
            implements Input {}

    private final Engine engine;
    private final RubricRepository rubrics;
    private final Charset encoding;
    private final String forced;
    private final java.util.Map<String, CompiledRubric> compiled = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, org.jixiao.engine.programme.ProgrammeSet> sets =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The rubric each project form's own rows make, by the form's file. */
    private final java.util.Map<String, CompiledRubric> derived = new java.util.concurrent.ConcurrentHashMap<>();
    /** The rubric given on the command line, compiled once for every submission of the run. */
    private CompiledRubric forcedRubric;
    /** Whether --rubric gives a skeleton, and where it comes from; null until asked. */
    private java.util.Optional<org.jixiao.engine.rubric.RubricLibrary> forcedSkeleton;

    SubmissionFiles(Engine engine, RubricRepository rubrics, Charset encoding, String forced) {
        this.engine = engine;
        this.rubrics = rubrics;
        this.encoding = encoding;
        this.forced = forced;
    }

    Scorable read(Path file) {
        java.util.Optional<ProjectForm> projectForm = ProjectFormWorkbook.readIfForm(file);
        if (projectForm.isPresent()) {
            // a project self-evaluation form: its own rows are its rubric, unless --rubric gives the bureau's
            ProjectForm form = projectForm.get();
            CompiledRubric rubric = forced == null
                    ? ProjectForms.rubric(engine, rubrics, form, ProjectForms.SKELETON)
                    : forcedSkeleton() != null
                            // a province's own skeleton: the form's rows over its rules
                            ? ProjectForms.rubric(engine, forcedSkeleton(), form, forcedSkeletonId())
                            : forcedRubric();
            Submission submission = ProjectForms.submission(form, rubric);
            derived.put(submission.source(), rubric);
            return new Scorable(submission, rubric, form);
        }
        if (ExcelSubmissions.handles(file)) {
            ExcelSubmissions.Read read = ExcelSubmissions.read(file);
            CompiledRubric rubric = forced != null ? forcedRubric() : rubrics.resolve(read.rubricId());
            read.madeFrom(rubric);
            return new Scorable(read.submission(), rubric);
        }
        Submission submission = engine.readSubmission(file, encoding);
        return new Scorable(submission, rubricOf(submission, file));
    }

    /**
     * A submission file of either shape, read once: one programme's (a workbook, or JSON or YAML) with its rubric, or
     * several programmes' with their programme set.
     */
    Input readAny(Path file) {
        if (ExcelSubmissions.handles(file)) { // a workbook of either kind, read by read()
            return read(file);
        }
        org.jixiao.engine.submission.SubmissionDocument document = engine.readSubmissionDocument(file, encoding);
        if (document instanceof org.jixiao.engine.submission.ProgrammeSubmission programmes) {
            return programmes(programmes, file);
        }
        Submission submission = (Submission) document;
        return new Scorable(submission, rubricOf(submission, file));
    }

    /** The set given on the command line, else the one the submission names. */
    private ProgrammeScorable programmes(org.jixiao.engine.submission.ProgrammeSubmission submission, Path file) {
        return new ProgrammeScorable(submission, setOf(submission, file));
    }

    /**
     * The programme set given on the command line, else the one the submission names (a file beside {@code file}),
     * each loaded and compiled once: a batch asks for every line.
     */
    org.jixiao.engine.programme.ProgrammeSet setOf(
            org.jixiao.engine.submission.ProgrammeSubmission submission, Path file) {
        if (forced != null) {
            return sets.computeIfAbsent("--rubric " + forced, k -> rubrics.loadSet(Path.of(forced)));
        }
        String ref = named(submission.rubricId(), file, "programme set", "SET.yaml", "PATH");
        Path folder = file.toAbsolutePath().getParent();
        String key = folder != null ? folder.resolve(ref).normalize().toString() : ref;
        return sets.computeIfAbsent(key, k -> rubrics.setFrom(ref, file));
    }

    /**
     * A review that reads JSON, YAML and workbooks, and compiles each rubric once: the one given on the command
     * line for all, else each submission's own, by id or by resolved path.
     */
    org.jixiao.review.Review.Builder review() {
        return org.jixiao.review.Review.builder(engine, this::rubricOf)
                .reader(file -> read(file).submission(), java.util.Set.of(".xlsx", ".xls"))
                .encoding(encoding);
    }

    /** The rubric given on the command line, else the one the submission names (by id, or beside it). */
    CompiledRubric rubricOf(Submission submission, Path file) {
        if (forced != null) {
            return forcedRubric();
        }
        CompiledRubric ownRows = derived.get(submission.source());
        if (ownRows != null) {
            return ownRows;
        }
        String ref = named(submission.rubricId(), file, "rubric", "ID", "ID|PATH");
        if (!org.jixiao.engine.rubric.RubricLibrary.namesFile(ref)) {
            // a built-in id: no path to work out, once per line of a batch
            return compiled.computeIfAbsent(ref, k -> rubrics.resolveFrom(ref, file));
        }
        Path folder = file.toAbsolutePath().getParent();
        String key = folder != null ? folder.resolve(ref).normalize().toString() : ref;
        return compiled.computeIfAbsent(key, k -> rubrics.resolveFrom(ref, file));
    }

    /**
     * Where the skeleton given with --rubric comes from, or {@code null} if --rubric gives a rubric to score with: the
     * built-ins, and a skeleton file under its file name, so that a form's rows can extend it by id.
     */
    private synchronized org.jixiao.engine.rubric.RubricLibrary forcedSkeleton() {
        if (forcedSkeleton == null) {
            forcedSkeleton = !rubrics.isSkeleton(forced)
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(
                            org.jixiao.engine.rubric.RubricLibrary.namesFile(forced)
                                    ? withFile(Path.of(forced))
                                    : rubrics);
        }
        return forcedSkeleton.orElse(null);
    }

    /** The id a form's rubric extends when --rubric gives a skeleton: a built-in id, or the file's name. */
    private String forcedSkeletonId() {
        return org.jixiao.engine.rubric.RubricLibrary.namesFile(forced)
                ? Path.of(forced).getFileName().toString().replaceFirst("\\.(yaml|yml|json)$", "")
                : forced;
    }

    /** The built-ins and one file, by its name without extension. */
    private org.jixiao.engine.rubric.RubricLibrary withFile(Path file) {
        String id = file.getFileName().toString().replaceFirst("\\.(yaml|yml|json)$", "");
        return new org.jixiao.engine.rubric.RubricLibrary() {
            @Override
            public java.util.Optional<Text> find(String wanted) {
                if (!wanted.equals(id)) {
                    return rubrics.find(wanted);
                }
                try {
                    return java.util.Optional.of(new Text(file.toString(), java.nio.file.Files.readString(file)));
                } catch (java.io.IOException e) {
                    throw InputException.of("rubric", file.toString(), "cannot be read: " + e.getMessage());
                }
            }

            @Override
            public java.util.List<String> ids() {
                java.util.List<String> ids = new java.util.ArrayList<>(rubrics.ids());
                ids.add(id);
                return ids;
            }
        };
    }

    /** The rubric given with --rubric, read and compiled on first use only (a file rubric is not cached elsewhere). */
    private synchronized CompiledRubric forcedRubric() {
        if (forcedRubric == null) {
            forcedRubric = rubrics.resolve(forced);
        }
        return forcedRubric;
    }

    /** The rubric (or set) a submission names, or the message saying how to name one. */
    private static String named(java.util.Optional<String> ref, Path file, String what, String example, String option) {
        return ref.orElseThrow(() -> InputException.of(
                "submission",
                file.toString(),
                "the submission names no " + what + "; add \"rubric\": \"" + example + "\" or give --rubric "
                        + option));
    }
}
