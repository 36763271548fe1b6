package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The committed description (docs/openapi.json, checked against the served one by ApiDescriptionIT). */
class ContractEndpointsTest {

    @Test
    void theCommittedApiDescriptionHasEveryEndpointOfTheContract() throws Exception {
        var description = new ObjectMapper().readTree(Files.readAllBytes(ApiDescriptionIT.COMMITTED));

        assertThat(ContractEndpoints.missingFrom(description)).isEmpty();
    }

    @Test
    void findsAnEndpointMissingFromADescription() throws Exception {
        var description =
                new ObjectMapper().readTree("{\"paths\":{\"/api/agencies/{agencyId}/statistics\":{\"get\":{}}}}");

        assertThat(ContractEndpoints.missingFrom(description))
                .contains("GET /api/agencies")
                .doesNotContain("GET /api/agencies/{}/statistics");
    }
}
