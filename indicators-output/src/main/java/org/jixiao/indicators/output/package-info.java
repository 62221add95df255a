/**
 * 产出效益 (output) indicator types: plan completion rates and construction quality.
 */
package org.jixiao.indicators.output;
