package org.gongkai.query.fee;

import java.util.List;
import org.gongkai.events.application.FeeScheme;
import org.gongkai.events.fee.FeeLine;
import org.gongkai.events.fee.FeeQuote;
import org.gongkai.events.fee.ProcessingFeeSchedule;
import org.gongkai.query.agency.InvalidParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/processing-fees/quote}: what a fee comes to under either scheme, band by band, so the clerk
 * records the notice with an amount the schedule explains rather than one computed by hand.
 */
@RestController
class FeeQuoteController {

    /** The answer: the amount as a decimal string with two places, as every amount of the API. */
    record Quote(FeeScheme method, int quantity, String amountYuan, List<Line> lines) {}

    record Line(int from, int to, int units, String unitYuan, String yuan, String text, String textEn) {}

    @GetMapping("/api/processing-fees/quote")
    Quote quote(
            @RequestParam(required = false) String method,
            @RequestParam(required = false) String pages,
            @RequestParam(required = false) String nthThisMonth) {
        FeeScheme scheme = scheme(method);
        FeeQuote quote = scheme == FeeScheme.PER_PAGE
                ? ProcessingFeeSchedule.perPage(quantity("pages", pages))
                : ProcessingFeeSchedule.perApplication(quantity("nthThisMonth", nthThisMonth));
        return new Quote(
                quote.method(),
                quote.quantity(),
                quote.amountYuan().toPlainString(),
                quote.lines().stream().map(FeeQuoteController::line).toList());
    }

    private static Line line(FeeLine line) {
        return new Line(
                line.from(),
                line.to(),
                line.units(),
                line.unitYuan().toPlainString(),
                line.yuan().toPlainString(),
                line.text(),
                line.textEn());
    }

    private static FeeScheme scheme(String method) {
        if (method == null) {
            throw new InvalidParameter("method", "MissingParameter: PER_PAGE or PER_APPLICATION is required", "");
        }
        try {
            return FeeScheme.valueOf(method.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("method", "UnknownCode: must be PER_PAGE or PER_APPLICATION", method);
        }
    }

    /** Parsed here, not by Spring, so a missing or odd number is a problem naming the field, never a 500. */
    private static int quantity(String field, String value) {
        if (value == null) {
            throw new InvalidParameter(field, "MissingParameter: a whole number is required", "");
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= ProcessingFeeSchedule.MAX_QUANTITY) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, as an out-of-range number is
        }
        throw new InvalidParameter(
                field, "CountOutOfRange: must be a whole number 1–" + ProcessingFeeSchedule.MAX_QUANTITY, value);
    }
}
