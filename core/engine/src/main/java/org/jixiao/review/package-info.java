/**
 * A reviewer's round (复核与汇总): many submissions scored in one run against rubrics compiled once,
 * their claimed scores checked, the counties compared side by side and rolled up into their city.
 *
 * <p>Built on the engine's public API only ({@link org.jixiao.engine.Engine},
 * {@link org.jixiao.engine.score.CompiledRubric}); {@link org.jixiao.review.Review} is the entry point for
 * embedders, as the {@code jixiao review} command is for people.
 *
 * @since 0.2
 */
package org.jixiao.review;
