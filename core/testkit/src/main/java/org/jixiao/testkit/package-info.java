/**
 * A test kit for indicator authors: score one rubric row of a type, found through
 * {@link java.util.ServiceLoader} as the engine finds it, against facts written in a line, through
 * the real engine (parameter checks, fact checks, range checks and all).
 *
 * <p>Public API, for tests. Depends on the engine, not on any test framework.
 *
 * @since 0.1
 */
package org.jixiao.testkit;
