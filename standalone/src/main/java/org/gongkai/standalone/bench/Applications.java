package org.gongkai.standalone.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies of {@code POST /api/applications} spread over the agencies, applicant types and channels. */
final class Applications {

    static final String[] APPLICANT_TYPES = {
        "NATURAL_PERSON",
        "COMMERCIAL_ENTERPRISE",
        "RESEARCH_INSTITUTION",
        "PUBLIC_INTEREST_ORGANIZATION",
        "LEGAL_SERVICE_AGENCY",
        "OTHER_ORGANIZATION"
    };
    static final String[] CHANNELS = {
        "IN_PERSON", "REGISTERED_MAIL", "ORDINARY_MAIL", "ONLINE", "EMAIL", "FAX", "ORAL", "OTHER"
    };

    private Applications() {}

    /** A receipt on a random day of {@code year} (a past year: never a date in the future). */
    static String receipt(String agencyId, int year) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencyId", agencyId);
        body.put(
                "receivedOn",
                LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)).toString());
        body.put("channel", CHANNELS[random.nextInt(CHANNELS.length)]);
        body.put("applicantType", APPLICANT_TYPES[random.nextInt(APPLICANT_TYPES.length)]);
        return Http.json(body);
    }

    static String randomAgency(List<String> agencies) {
        return agencies.get(ThreadLocalRandom.current().nextInt(agencies.size()));
    }
}
