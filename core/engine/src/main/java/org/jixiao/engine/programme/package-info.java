/**
 * Programme sets: several programmes, each with its own rubric, scored together into one {@link org.jixiao.engine.programme.ProgrammeEvaluation} with a weighted or plain combined total.
 *
 * <p>Looks at {@code score} and below; is given its rubrics as a function, so it knows nothing of how they are found. Public types marked {@code @Api} are the embedding API; other public types are internal to the
 * engine, shared between its rooms, and an ArchUnit rule keeps everything outside the engine from them.
 */
package org.jixiao.engine.programme;
