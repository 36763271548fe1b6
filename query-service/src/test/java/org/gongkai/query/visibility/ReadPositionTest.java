package org.gongkai.query.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.ErrorResponseException;

class ReadPositionTest {

    @Test
    void readsTheGlobalIndexTheSequenceAndAnIdOfAnyCharacters() {
        String id = "申请.2025:07/一";
        String token = "1734.12."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));

        ReadPosition position = ReadPosition.parse(token);

        assertThat(position).isEqualTo(new ReadPosition(1734, 12, id));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "1734",
                "1734.0",
                "x.0.YWJj",
                "1.-1.YWJj",
                "1.0.YW Jj",
                "1.0.YWJj=",
                "1.0.Y",
                "1234567890123456789.0.YWJj"
            })
    void refusesWhatIsNotAPositionAsABadRequestNamingTheField(String token) {
        assertThatThrownBy(() -> ReadPosition.parse(token))
                .isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
                    assertThat(problem.getStatusCode().value()).isEqualTo(400);
                    assertThat(problem.getBody().getProperties())
                            .containsEntry("field", "after")
                            .containsEntry("rule", "INVALID_POSITION");
                });
    }
}
