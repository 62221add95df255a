/**
 * 资金管理 (funding) indicator types: raising, allocating and using the funds.
 */
package org.jixiao.indicators.funding;
