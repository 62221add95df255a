/**
 * 项目管理 (management) indicator types: policy disclosure and timely, complete reporting.
 */
package org.jixiao.indicators.management;
