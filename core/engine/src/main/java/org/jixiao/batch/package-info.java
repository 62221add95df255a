/**
 * The batch path: one submission per line of NDJSON in, one result per line out, in input order, streaming with
 * bounded memory on every core. {@link org.jixiao.batch.Batch} is the entry point.
 *
 * @since 0.2
 */
package org.jixiao.batch;
