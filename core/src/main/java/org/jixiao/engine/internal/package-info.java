/**
 * Engine internals: the position-keeping document tree, rubric and submission readers, the rubric
 * compiler and the per-evaluation fact table. Not API: may change in any release.
 */
package org.jixiao.engine.internal;
