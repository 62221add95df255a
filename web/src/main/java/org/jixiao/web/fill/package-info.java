/**
 * 填报: the form of a rubric ({@code FactForm}) as a page, read back into a submission with a Chinese message at
 * each field that cannot be read, scored by the rubric the CLI uses, and shown as the score table with every reason
 * and every claim difference; the same form downloaded as JSON, the official table or the report draft.
 * Looks at {@code guard} and {@code view}.
 */
package org.jixiao.web.fill;
