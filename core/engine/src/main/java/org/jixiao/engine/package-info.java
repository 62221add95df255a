/**
 * The engine's front door and the embedding API: build an {@link org.jixiao.engine.Engine}, load or build a
 * {@link org.jixiao.engine.rubric.Rubric}, compile it once, and evaluate {@link
 * org.jixiao.engine.submission.Submission submissions} into {@link org.jixiao.engine.score.Evaluation
 * evaluations}; {@link org.jixiao.engine.json.EvaluationJson} writes them in the documented JSON form.
 *
 * <p>The engine's rooms, in the order data walks through them: {@code problem} (a problem and its place),
 * {@code read} (trees with positions), {@code submission} and {@code rubric} (the two inputs), {@code score}
 * (compiling and scoring), {@code programme} (programme sets), {@code json} (output), {@code plugin} (drop-in
 * jars), and {@code cases} (rubric test cases, above this package). Each looks only down that list.
 *
 * <p>Public API. Needs neither Guice nor the CLI. A compiled rubric and the engine are immutable and
 * thread-safe; bad input surfaces as {@link org.jixiao.engine.problem.InputException} with every problem and
 * its place.
 *
 * @since 0.1
 */
package org.jixiao.engine;
