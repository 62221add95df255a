/** The project self-evaluation form as a workbook in its usual layout, read by its labels and written filled in. */
package org.jixiao.nationalform.xlsx;
