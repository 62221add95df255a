/**
 * Where a submission is read: the {@link org.jixiao.engine.submission.Submission} model (facts, claims, judgements, subject), the several-programme {@link org.jixiao.engine.submission.ProgrammeSubmission}, and their readers (the positional reader for files and the lean one for NDJSON lines).
 *
 * <p>Looks at {@code read} and {@code problem}; knows nothing of rubrics or scoring. Public types marked {@code @Api} are the embedding API; other public types are internal to the
 * engine, shared between its rooms, and an ArchUnit rule keeps everything outside the engine from them.
 */
package org.jixiao.engine.submission;
