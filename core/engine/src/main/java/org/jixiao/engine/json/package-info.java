/**
 * Where JSON is written: an evaluation, a programme evaluation and a submission in the documented JSON form, with numbers written exactly.
 *
 * <p>Looks at {@code programme}, {@code score} and below; nothing in the engine looks at it but the front door. Public types marked {@code @Api} are the embedding API; other public types are internal to the
 * engine, shared between its rooms, and an ArchUnit rule keeps everything outside the engine from them.
 */
package org.jixiao.engine.json;
