/**
 * A problem and its place: {@link org.jixiao.engine.problem.Position}, {@link org.jixiao.engine.problem.Origin}, {@link org.jixiao.engine.problem.Problem} and the {@link org.jixiao.engine.problem.InputException} that carries every problem of an input, with "did you mean" suggestions; and the {@link org.jixiao.engine.problem.Translator} that writes messages in Chinese from the bundles every jar may carry ({@code META-INF/jixiao/messages*.properties}).
 *
 * <p>Looks at nothing else of the engine: every other room uses it. Public types marked {@code @Api} are the embedding API; other public types are internal to the
 * engine, shared between its rooms, and an ArchUnit rule keeps everything outside the engine from them.
 */
package org.jixiao.engine.problem;
