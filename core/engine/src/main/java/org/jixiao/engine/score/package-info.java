/**
 * Where a rubric is compiled and a row is scored: {@code RubricCompiler} checks a rubric against the registered indicator types and makes a {@link org.jixiao.engine.score.CompiledRubric}; {@code Evaluator} and {@code RowScoring} score a submission into an {@link org.jixiao.engine.score.Evaluation}, with fact conversion, the plan-zero rule, plausibility, roll-up arithmetic, canonical hashes and the guard around every call into plugin code. Compiling and scoring share one room because a compiled rubric evaluates: its internals are the evaluator's input.
 *
 * <p>Looks at {@code rubric}, {@code submission}, {@code read} and {@code problem}; knows nothing of JSON, plugin loading or programme sets. Public types marked {@code @Api} are the embedding API; other public types are internal to the
 * engine, shared between its rooms, and an ArchUnit rule keeps everything outside the engine from them.
 */
package org.jixiao.engine.score;
