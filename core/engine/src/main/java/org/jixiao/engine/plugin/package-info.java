/**
 * Plugin loading: drop-in jars in a folder, each in its own class loader (parent-first for the SPI only), and the scan of {@code IndicatorProvider}s through {@code ServiceLoader} with every failure named.
 *
 * <p>Looks at {@code score} (registered types, the guard around plugin calls) and below. Public types marked {@code @Api} are the embedding API; other public types are internal to the
 * engine, shared between its rooms, and an ArchUnit rule keeps everything outside the engine from them.
 */
package org.jixiao.engine.plugin;
