/**
 * 复核与汇总: a city's counties' files (several, or one zip) and its own file uploaded, reviewed with the same
 * {@code org.jixiao.review.Review} the CLI runs: each county's total, grade and over-claims, the county × indicator
 * comparison, the roll-up, and the review workbook and the city's report draft to download. A bad county file is
 * named with its problems and nothing else is lost. Looks at {@code guard}, {@code view} and {@code rubrics}.
 */
package org.jixiao.web.review;
