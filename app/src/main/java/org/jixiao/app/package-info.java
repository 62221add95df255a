/**
 * The jixiao application: {@link org.jixiao.app.Main} starts the CLI. Sub-packages: {@code wiring}
 * (Guice modules, the composition root), {@code cli} (picocli commands), {@code rubrics} (built-in
 * and file rubrics), {@code output} (table, JSON and Markdown writers).
 */
package org.jixiao.app;
