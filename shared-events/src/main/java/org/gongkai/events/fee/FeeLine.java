package org.gongkai.events.fee;

import java.math.BigDecimal;

/**
 * One band of a fee quote: the units of the quoted quantity that fall in the band, its rate and what they cost.
 *
 * @param from      first unit of the band (page or nth application of the month)
 * @param to        last unit of the band that the quote reaches (never beyond the quoted quantity)
 * @param units     how many units of the quote fall in the band
 * @param unitYuan  the band's rate per unit, 2 decimals
 * @param yuan      units × rate, 2 decimals
 * @param text      the line in Chinese, as a fee notice prints it
 * @param textEn    the same line in English
 */
public record FeeLine(int from, int to, int units, BigDecimal unitYuan, BigDecimal yuan, String text, String textEn) {}
