/**
 * 服务对象满意度 (satisfaction) indicator types: residents' satisfaction and unhandled petitions.
 */
package org.jixiao.indicators.satisfaction;
