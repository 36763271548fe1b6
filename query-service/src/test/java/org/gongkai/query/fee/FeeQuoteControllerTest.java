package org.gongkai.query.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.query.agency.InvalidParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeQuoteControllerTest {

    private final FeeQuoteController controller = new FeeQuoteController();

    @Test
    void quotesTwoHundredAndFiftyPagesAsTheIssueSays() {
        var quote = controller.quote("PER_PAGE", "250", null);

        assertThat(quote.amountYuan()).isEqualTo("4700.00");
        assertThat(quote.lines())
                .extracting(FeeQuoteController.Line::yuan)
                .containsExactly("0.00", "700.00", "2000.00", "2000.00");
    }

    @Test
    void quotesTheThirtyFifthApplicationOfTheMonth() {
        assertThat(controller.quote("PER_APPLICATION", null, "35").amountYuan()).isEqualTo("200.00");
    }

    @ParameterizedTest(name = "method={0} pages={1} nth={2} is refused naming {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "null, 10, null, method",
                "PER_SHEET, 10, null, method",
                "PER_PAGE, null, 35, pages",
                "PER_PAGE, 0, null, pages",
                "PER_PAGE, -4, null, pages",
                "PER_PAGE, 2.5, null, pages",
                "PER_PAGE, 99999999999, null, pages",
                "PER_APPLICATION, 10, null, nthThisMonth",
                "PER_APPLICATION, null, abc, nthThisMonth"
            })
    void refusesBadParametersWithAProblemNamingTheField(String method, String pages, String nth, String field) {
        assertThatThrownBy(() -> controller.quote(method, pages, nth))
                .isInstanceOfSatisfying(InvalidParameter.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(400);
                    assertThat(e.getBody().getProperties()).containsEntry("field", field);
                });
    }
}
