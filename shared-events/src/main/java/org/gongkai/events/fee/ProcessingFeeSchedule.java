package org.gongkai.events.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.events.application.FeeScheme;

/**
 * The two progressive schemes of 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号) Art. 5 (DOMAIN.md §8).
 *
 * <ul>
 *   <li>Per page (按量计收): pages 1–30 free, 31–100 at 10 元, 101–200 at 20 元, from 201 on at 40 元 a page; a
 *   quote sums every band the pages reach (250 pages: 700 + 2,000 + 2,000 = 4,700 元).
 *   <li>Per application (按件计收): the fee of one application is set by its place among the same applicant's
 *   applications to this agency in the calendar month: 1–10 free, 11–30 100 元, then 100 元 more for each further
 *   band of ten (31–40 200 元, 41–50 300 元, …). Only the band of that one application applies.
 * </ul>
 */
public final class ProcessingFeeSchedule {

    /** The most pages or applications a quote accepts: beyond any request a registry has seen. */
    public static final int MAX_QUANTITY = 1_000_000;

    private static final int[] PAGE_BAND_STARTS = {1, 31, 101, 201};
    private static final int[] PAGE_BAND_RATES = {0, 10, 20, 40};

    private ProcessingFeeSchedule() {}

    /** The fee for {@code pages} pages; throws for fewer than 1 or more than {@link #MAX_QUANTITY}. */
    public static FeeQuote perPage(int pages) {
        requireQuantity("pages", pages);
        List<FeeLine> lines = new ArrayList<>();
        for (int band = 0; band < PAGE_BAND_STARTS.length && PAGE_BAND_STARTS[band] <= pages; band++) {
            int from = PAGE_BAND_STARTS[band];
            int to = band + 1 < PAGE_BAND_STARTS.length ? Math.min(pages, PAGE_BAND_STARTS[band + 1] - 1) : pages;
            lines.add(line(from, to, PAGE_BAND_RATES[band], "页", "page"));
        }
        return quote(FeeScheme.PER_PAGE, pages, lines);
    }

    /** The fee of the applicant's {@code nth} application of the month; throws outside 1–{@link #MAX_QUANTITY}. */
    public static FeeQuote perApplication(int nth) {
        requireQuantity("nthThisMonth", nth);
        int from;
        int to;
        int rate;
        if (nth <= 10) {
            from = 1;
            to = 10;
            rate = 0;
        } else if (nth <= 30) {
            from = 11;
            to = 30;
            rate = 100;
        } else {
            int tenth = (nth - 31) / 10;
            from = 31 + 10 * tenth;
            to = from + 9;
            rate = 200 + 100 * tenth;
        }
        BigDecimal unit = yuan(rate);
        String text = "本月第" + nth + "件申请（第" + from + "至" + to + "件档）：" + (rate == 0 ? "免费" : "每件" + rate + "元") + "，计"
                + rate + ".00元";
        String textEn = "application no. " + nth + " of the month (band " + from + "–" + to + "): "
                + (rate == 0 ? "free" : rate + " yuan each") + ", " + rate + ".00 yuan";
        return quote(FeeScheme.PER_APPLICATION, nth, List.of(new FeeLine(nth, nth, 1, unit, unit, text, textEn)));
    }

    /** Quotes {@code quantity} under {@code method}. */
    public static FeeQuote quote(FeeScheme method, int quantity) {
        return method == FeeScheme.PER_PAGE ? perPage(quantity) : perApplication(quantity);
    }

    private static FeeLine line(int from, int to, int rate, String unitZh, String unitEn) {
        int units = to - from + 1;
        BigDecimal unit = yuan(rate);
        BigDecimal amount = unit.multiply(BigDecimal.valueOf(units));
        String text = "第" + from + "至" + to + "页，共" + units + unitZh + "："
                + (rate == 0 ? "免费" : "每" + unitZh + rate + "元") + "，计" + amount.toPlainString() + "元";
        String textEn = unitEn + "s " + from + "–" + to + ", " + units + " " + unitEn + (units == 1 ? "" : "s") + ": "
                + (rate == 0 ? "free" : rate + " yuan a " + unitEn) + ", " + amount.toPlainString() + " yuan";
        return new FeeLine(from, to, units, unit, amount, text, textEn);
    }

    private static FeeQuote quote(FeeScheme method, int quantity, List<FeeLine> lines) {
        BigDecimal total = lines.stream().map(FeeLine::yuan).reduce(yuan(0), BigDecimal::add);
        return new FeeQuote(method, quantity, total, lines);
    }

    private static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static void requireQuantity(String field, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException(field + " must be 1–" + MAX_QUANTITY + ", was " + quantity);
        }
    }
}
