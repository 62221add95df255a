/**
 * A rubric's own test cases and a programme set's: submissions with the scores they must get, run through the {@link org.jixiao.engine.Engine} as any embedder would.
 *
 * <p>The one room above the front door: it uses the Engine and everything below it. Public types marked {@code @Api} are the embedding API; other public types are internal to the
 * engine, shared between its rooms, and an ArchUnit rule keeps everything outside the engine from them.
 */
package org.jixiao.engine.cases;
