package org.gongkai.events.fee;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.events.application.FeeScheme;

/**
 * What one application's information-processing fee comes to under one scheme, and why, band by band.
 *
 * @param method     the scheme the agency picked for this application
 * @param quantity   pages (PER_PAGE) or the application's place in the applicant's month (PER_APPLICATION)
 * @param amountYuan the fee, exact to the fen
 * @param lines      the bands that make it up, in order; their {@code yuan} add up to {@code amountYuan}
 */
public record FeeQuote(FeeScheme method, int quantity, BigDecimal amountYuan, List<FeeLine> lines) {

    public FeeQuote {
        lines = List.copyOf(lines);
    }
}
