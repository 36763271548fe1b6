package org.gongkai.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.query.ReadModelsIT.agency;
import static org.gongkai.query.ReadModelsIT.received;
import static org.gongkai.query.ReadModelsIT.row;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.gongkai.events.agency.AgencyMoved;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.query.intake.DirectFeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The report cache and its entity tags (ADR 0043) over HTTP: a repeated read with the tag is answered 304 without a
 * body; a new fact, once committed, shows in the next read of the agency and of every agency above it (no stale
 * report is served from the cache), with a new tag, and the old tag no longer matches.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongkai.query.consumer.enabled=false")
class ReportCacheIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestInfrastructure.database("report_cache_it", registry);
    }

    @Autowired
    DirectFeed feed;

    @Autowired
    TestRestTemplate http;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aMatchingTagIsAnswered304AndANewFactGivesTheNewFiguresWithANewTag() throws Exception {
        feed.publish(agency("c-root", null), agency("c-district", "c-root"), agency("c-office", "c-district"));
        feed.publish(received("c-1", "c-office", "2024-03-04", ApplicantType.NATURAL_PERSON));
        String office = "/api/agencies/c-office/reports/2024";
        String root = "/api/agencies/c-root/reports/2024?scope=subtree";

        ResponseEntity<String> first = get(office, null);
        ResponseEntity<String> firstRoot = get(root, null);
        String tag = first.getHeaders().getETag();
        String rootTag = firstRoot.getHeaders().getETag();
        assertThat(tag).isNotBlank().startsWith("\"");
        assertThat(row(body(first), "RECEIVED")).last().isEqualTo(1L);
        assertThat(row(body(firstRoot), "RECEIVED")).last().isEqualTo(1L);

        // warm and unchanged: the same bytes and tag, and 304 without a body for the tag
        ResponseEntity<String> again = get(office, null);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders().getETag()).isEqualTo(tag);
        ResponseEntity<String> notModified = get(office, tag);
        assertThat(notModified.getStatusCode().value()).isEqualTo(304);
        assertThat(notModified.getBody()).isNull();
        assertThat(get(root, rootTag).getStatusCode().value()).isEqualTo(304);

        // a new fact of the office: the office's report and the subtree report of the root, two levels up, change
        feed.publish(received("c-2", "c-office", "2024-05-06", ApplicantType.NATURAL_PERSON));
        ResponseEntity<String> changed = readAfterCommit(office, tag);
        assertThat(row(body(changed), "RECEIVED")).last().isEqualTo(2L);
        ResponseEntity<String> changedRoot = readAfterCommit(root, rootTag);
        assertThat(row(body(changedRoot), "RECEIVED")).last().isEqualTo(2L);
        assertThat(get(office, changed.getHeaders().getETag()).getStatusCode().value())
                .isEqualTo(304);
    }

    @Test
    void aMoveChangesTheSubtreeReportsOfTheOldAndTheNewParent() throws Exception {
        feed.publish(agency("m-root", null), agency("m-old", "m-root"), agency("m-new", "m-root"));
        feed.publish(agency("m-office", "m-old"));
        feed.publish(
                received("m-0", "m-office", "2023-06-01", ApplicantType.NATURAL_PERSON),
                received("m-1", "m-office", "2024-03-04", ApplicantType.NATURAL_PERSON));
        String old = "/api/agencies/m-old/reports/2024?scope=subtree";
        String fresh = "/api/agencies/m-new/reports/2024?scope=subtree";
        String root = "/api/agencies/m-root/reports/2024?scope=subtree";
        ResponseEntity<String> oldBefore = get(old, null);
        ResponseEntity<String> newBefore = get(fresh, null);
        ResponseEntity<String> rootBefore = get(root, null);
        assertThat(row(body(oldBefore), "RECEIVED")).last().isEqualTo(1L);
        assertThat(row(body(newBefore), "RECEIVED")).last().isEqualTo(0L);

        // moved within 2024: for the year the office counts wholly under its new parent (tree on 31 December)
        feed.publish(new AgencyMoved("m-office", "m-new", LocalDate.parse("2024-09-01")));

        assertThat(row(body(readAfterCommit(old, oldBefore.getHeaders().getETag())), "RECEIVED"))
                .last()
                .isEqualTo(0L);
        assertThat(row(body(readAfterCommit(fresh, newBefore.getHeaders().getETag())), "RECEIVED"))
                .last()
                .isEqualTo(1L);
        // the root still covers the office all year: same figures, same body, same tag
        ResponseEntity<String> rootAfter = get(root, null);
        assertThat(row(body(rootAfter), "RECEIVED")).last().isEqualTo(1L);
        assertThat(rootAfter.getHeaders().getETag())
                .isEqualTo(rootBefore.getHeaders().getETag());
        // 2023 (tree on 31 December 2023) still counts the office under its old parent; 2024 carries its open
        // 2023 application over under the new one
        assertThat(row(body(get("/api/agencies/m-old/reports/2023?scope=subtree", null)), "RECEIVED"))
                .last()
                .isEqualTo(1L);
        assertThat(row(body(get("/api/agencies/m-new/reports/2023?scope=subtree", null)), "RECEIVED"))
                .last()
                .isEqualTo(0L);
        assertThat(row(body(get(fresh, null)), "CARRIED_OVER")).last().isEqualTo(1L);
        assertThat(row(body(get(old, null)), "CARRIED_OVER")).last().isEqualTo(0L);
    }

    @Test
    void theDocumentDownloadsCarryATagToo() {
        feed.publish(agency("d-office", null));
        for (String path : new String[] {
            "/api/agencies/d-office/reports/2024.csv", "/api/agencies/d-office/statistics.csv?year=2024&quarter=1"
        }) {
            ResponseEntity<String> first = get(path, null);
            String tag = first.getHeaders().getETag();
            assertThat(tag).as(path).isNotBlank();
            assertThat(get(path, tag).getStatusCode().value()).as(path).isEqualTo(304);
        }
    }

    /** The feed has committed when {@code publish} returns: the very next read must show it, with a new tag. */
    private ResponseEntity<String> readAfterCommit(String path, String oldTag) {
        ResponseEntity<String> answer = get(path, oldTag);
        assertThat(answer.getStatusCode().value())
                .as("%s right after the commit: the old tag must not match any more", path)
                .isEqualTo(200);
        assertThat(answer.getHeaders().getETag()).isNotEqualTo(oldTag);
        return answer;
    }

    private ResponseEntity<String> get(String path, String ifNoneMatch) {
        HttpHeaders headers = new HttpHeaders();
        if (ifNoneMatch != null) {
            headers.setIfNoneMatch(ifNoneMatch);
        }
        ResponseEntity<String> answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(answer.getStatusCode().value())
                .as(path + ": " + answer.getBody())
                .isIn(200, 304);
        return answer;
    }

    private JsonNode body(ResponseEntity<String> answer) throws Exception {
        return json.readTree(answer.getBody());
    }
}
