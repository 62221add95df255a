/**
 * An example drop-in plugin: the 加装电梯完成率 (elevators installed against plan) indicator type.
 * It uses only the public SPI, plus a library of its own (Apache Commons Text) for reason templates.
 */
package org.jixiao.examples.elevator;
