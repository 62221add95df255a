/**
 * The rubric as a province writes it: the {@link org.jixiao.engine.rubric.Rubric} model, grade bands, roll-up methods, the facts a rubric asks for, and where rubrics come from: the reader, {@code extends} inheritance, the built-in library and paths relative to a rubric.
 *
 * <p>Looks at {@code read} and {@code problem}; compiling and scoring are in {@code score}. Public types marked {@code @Api} are the embedding API; other public types are internal to the
 * engine, shared between its rooms, and an ArchUnit rule keeps everything outside the engine from them.
 */
package org.jixiao.engine.rubric;
