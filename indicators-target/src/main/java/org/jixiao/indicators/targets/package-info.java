/**
 * The indicator family of the national project self-evaluation form (项目支出绩效自评表): its targets as forms write
 * them (年度指标值: ≥50个, ≤90万元, =100%, 按时完成), read by {@link org.jixiao.indicators.targets.TargetText}.
 */
package org.jixiao.indicators.targets;
