/**
 * Reading JSON and YAML into a tree that keeps each value's line and column ({@code TreeReader}, {@code Node}), the number and text policies every value passes, the keys an object may have ({@code Fields}), problems collected at their nodes ({@code Problems}) and the {@link org.jixiao.engine.read.Locator} that maps a path back to its place.
 *
 * <p>Looks only at {@code problem}; knows nothing of submissions, rubrics or scoring. Its types are internal except {@code Locator}. Public types marked {@code @Api} are the embedding API; other public types are internal to the
 * engine, shared between its rooms, and an ArchUnit rule keeps everything outside the engine from them.
 */
package org.jixiao.engine.read;
