/**
 * The project self-evaluation form (项目支出绩效自评表) that every budget unit fills for each project:
 * {@link org.jixiao.nationalform.ProjectForm} is the form as written, {@link org.jixiao.nationalform.ProjectForms} turns
 * its rows into a rubric extending the built-in skeleton {@code project-self-evaluation}, its values into a submission,
 * and an evaluation back into the scores written on it. The workbook in the form's usual layout is in {@code xlsx}.
 */
package org.jixiao.nationalform;
