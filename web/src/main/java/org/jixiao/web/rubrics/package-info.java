/**
 * The rubrics a page offers, by id: what every page room is given, and what the app fills from its rubric
 * repository. Looks at the engine's API only.
 */
package org.jixiao.web.rubrics;
