package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Due dates value-checked end to end (issue 21 item 3): applications recorded through the front door, their
 * {@code dueOn} read back over HTTP from the application and from the agency's worklist, against dates counted by
 * hand on the official schedule (../shared/data/cn-holidays.csv, i.e. the State Council General Office notices).
 * Convention (DOMAIN.md §7): day 1 is the first working day after the receipt date, the due date is working day 20;
 * weekends and announced holidays are skipped, announced make-up weekend days (调休) count. The counts are in the
 * comments, day by day, so a reader can redo them with a calendar.
 */
class DueDatesStackIT extends SharedRunningStack {

    /** Application id suffix → {receivedOn, hand-counted dueOn}. */
    private static final Map<String, String[]> CASES = new LinkedHashMap<>();

    static {
        // Spring Festival 2025 (国办发明电〔2024〕12号): off 28 Jan – 4 Feb, Sunday 26 Jan and Saturday 8 Feb worked.
        // Received Mon 20 Jan. 21 Tue 1, 22 Wed 2, 23 Thu 3, 24 Fri 4, (25 Sat off), 26 Sun 调休 5, 27 Mon 6,
        // (28 Jan – 4 Feb off), 5 Feb Wed 7, 6 Thu 8, 7 Fri 9, 8 Sat 调休 10, (9 Sun off), 10–14 Feb 11–15,
        // 17–21 Feb 16–20: due Friday 21 Feb.
        CASES.put("spring-2025", new String[] {"2025-01-20", "2025-02-21"});
        // National Day and Mid-Autumn 2025: off 1–8 Oct, Sunday 28 Sep and Saturday 11 Oct worked.
        // Received Fri 26 Sep. (27 Sat off), 28 Sun 调休 1, 29 Mon 2, 30 Tue 3, (1–8 Oct off), 9 Thu 4, 10 Fri 5,
        // 11 Sat 调休 6, (12 Sun off), 13–17 Oct 7–11, 20–24 Oct 12–16, 27 Mon 17, 28 Tue 18, 29 Wed 19,
        // 30 Thu 20: due Thursday 30 Oct.
        CASES.put("national-2025", new String[] {"2025-09-26", "2025-10-30"});
        // Labour Day 2024: off 1–5 May, Sunday 28 Apr and Saturday 11 May worked.
        // Received Fri 26 Apr. (27 Sat off), 28 Sun 调休 1, 29 Mon 2, 30 Tue 3, (1–5 May off), 6–10 May 4–8,
        // 11 Sat 调休 9, (12 Sun off), 13–17 May 10–14, 20–24 May 15–19, 27 Mon 20: due Monday 27 May.
        CASES.put("labour-2024", new String[] {"2024-04-26", "2024-05-27"});
        // Received on a holiday: Thu 3 Oct 2024, inside National Day (off 1–7 Oct, Saturday 12 Oct worked).
        // (4–7 Oct off), 8 Tue 1, 9 Wed 2, 10 Thu 3, 11 Fri 4, 12 Sat 调休 5, (13 Sun off), 14–18 Oct 6–10,
        // 21–25 Oct 11–15, 28–31 Oct 16–19, 1 Nov Fri 20: due Friday 1 Nov.
        CASES.put("holiday-2024", new String[] {"2024-10-03", "2024-11-01"});
        // No holiday at all, for contrast: received Mon 10 Jun 2024 is itself 端午 (off), so take Tue 11 Jun 2024.
        // 12–14 Jun 1–3, 17–21 Jun 4–8, 24–28 Jun 9–13, 1–5 Jul 14–18, 8 Mon 19, 9 Tue 20: due Tuesday 9 Jul.
        CASES.put("plain-2024", new String[] {"2024-06-11", "2024-07-09"});
    }

    @Test
    void servesTheHandCountedDueDateOfEachApplication() throws Exception {
        String agency = frontDoor.register("托里县人民政府办公室");
        for (Map.Entry<String, String[]> entry : CASES.entrySet()) {
            receive(agency, agency + "-" + entry.getKey(), entry.getValue()[0]);
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(frontDoor.get("/api/agencies/" + agency + "/applications?status=open"))
                        .hasSize(CASES.size()));
        Map<String, String> listed = new LinkedHashMap<>();
        for (JsonNode entry : frontDoor.get("/api/agencies/" + agency + "/applications?status=open")) {
            listed.put(entry.path("applicationId").asText(), entry.path("dueOn").asText());
        }
        for (Map.Entry<String, String[]> entry : CASES.entrySet()) {
            String id = agency + "-" + entry.getKey();
            String due = entry.getValue()[1];
            JsonNode detail = frontDoor.get("/api/applications/" + id);
            assertThat(detail.path("receivedOn").asText()).as(id).isEqualTo(entry.getValue()[0]);
            assertThat(detail.path("dueOn").asText()).as(id).isEqualTo(due);
            assertThat(detail.path("dueOnExplanation").path("dueOn").asText())
                    .as(id)
                    .isEqualTo(due);
            assertThat(listed.get(id)).as(id).isEqualTo(due);
        }
    }

    @Test
    void addsAnExtensionsWorkingDaysToTheDueDateInForce() throws Exception {
        String agency = frontDoor.register("托里县自然资源局");
        String id = agency + "-extended";
        receive(agency, id, "2025-09-26"); // due Thu 30 Oct 2025, as counted above
        // 20 more working days from 30 Oct: 31 Oct Fri 1, 3–7 Nov 2–6, 10–14 Nov 7–11, 17–21 Nov 12–16,
        // 24 Mon 17, 25 Tue 18, 26 Wed 19, 27 Thu 20 (no holiday in November): due Thursday 27 Nov 2025.
        frontDoor.post(
                "/api/applications/" + id + "/extension",
                Map.of("extendedOn", "2025-10-20", "workingDays", 20, "reason", "需要协调多个部门"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode detail = frontDoor.get("/api/applications/" + id);
            assertThat(detail.path("dueOn").asText()).isEqualTo("2025-11-27");
            assertThat(detail.path("dueOnExplanation")
                            .path("extensionDaysGranted")
                            .asInt())
                    .isEqualTo(20);
        });
    }

    private static void receive(String agency, String id, String on) throws Exception {
        frontDoor.post(
                "/api/applications",
                Map.of(
                        "applicationId",
                        id,
                        "agencyId",
                        agency,
                        "receivedOn",
                        on,
                        "channel",
                        "IN_PERSON",
                        "applicantType",
                        "NATURAL_PERSON"));
    }
}
