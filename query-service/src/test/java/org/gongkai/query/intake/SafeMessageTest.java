package org.gongkai.query.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Stored and shown error messages keep names and rules, never the values a clerk typed. */
class SafeMessageTest {

    @Test
    void keepsThePostgresRuleAndDropsTheDetailLine() {
        String message = "ERROR: duplicate key value violates unique constraint \"agency_pkey\"\n"
                + "  Detail: Key (agency_id)=(张三 13800138000) already exists.";

        assertThat(SafeMessage.redact(message))
                .isEqualTo("ERROR: duplicate key value violates unique constraint \"agency_pkey\"");
    }

    @Test
    void takesOutQuotedValuesButKeepsColumnNames() {
        assertThat(SafeMessage.redact("ERROR: invalid input syntax for type date: \"张三的生日\""))
                .isEqualTo("ERROR: invalid input syntax for type date: \"…\"");
        assertThat(SafeMessage.redact("ERROR: null value in column \"name\" of relation \"agency\" violates x"))
                .isEqualTo("ERROR: null value in column \"name\" of relation \"agency\" violates x");
        assertThat(SafeMessage.redact("ERROR: value too long for type character varying(500)"))
                .isEqualTo("ERROR: value too long for type character varying(500)");
    }

    @Test
    void takesOutLongDigitRunsAndControlCharacters() {
        assertThat(SafeMessage.redact("unknown applicant 110101199003077777 in\u0000 x"))
                .isEqualTo("unknown applicant # in  x");
    }

    @Test
    void describesADecodingErrorByItsFieldPathWithoutTheText() throws Exception {
        Exception error;
        try {
            new ObjectMapper().findAndRegisterModules().readValue("{\"on\": \"李四-13800138000\"}", Holder.class);
            throw new AssertionError("decoded");
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            error = e;
        }

        String safe = SafeMessage.of(error);

        assertThat(safe).contains("(at on)").doesNotContain("李四").doesNotContain("13800138000");
    }

    @Test
    void aSqlExceptionWithoutMessageStillSaysSomething() {
        assertThat(SafeMessage.of(new SQLException((String) null, "22001"))).isEqualTo("(no message)");
    }

    record Holder(LocalDate on) {}
}
