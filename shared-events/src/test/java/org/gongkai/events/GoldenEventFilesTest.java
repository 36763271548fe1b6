package org.gongkai.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the wire form of every event version: the record must still read its golden file and write it back
 * unchanged. The mapper is configured as the services configure theirs (ISO dates, money as decimal strings).
 * Run with {@code -Dgolden.write=true} once to create the file of a new event version; never to "fix" a failure.
 */
class GoldenEventFilesTest {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static {
        MAPPER.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }

    static Stream<Record> samples() {
        return SampleEvents.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void recordStillReadsAndWritesItsGoldenFile(Record sample) throws IOException {
        EventType type = EventCatalogue.byClass(sample.getClass()).orElseThrow();
        String file = "golden/" + type.name() + ".v" + type.version() + ".json";
        writeWhenAsked(file, sample);
        JsonNode golden = MAPPER.readTree(resource(file));

        Object read = MAPPER.treeToValue(golden, type.javaType());

        assertThat(read).isEqualTo(sample);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(read))).isEqualTo(golden);
    }

    @Test
    void everyCatalogueTypeHasASampleAndAGoldenFile() {
        assertThat(SampleEvents.all())
                .extracting(Object::getClass)
                .containsExactlyInAnyOrderElementsOf(
                        EventCatalogue.all().stream().map(EventType::javaType).toList());
    }

    /**
     * Branch letters added the optional {@code applicantPseudonym} to ApplicationReceived version 1: a fact
     * recorded before it (this file is the version 1 golden file as it was) still reads, with no pseudonym.
     */
    @Test
    void aReceiptRecordedBeforeThePseudonymStillReadsWithoutOne() throws IOException {
        JsonNode old = MAPPER.readTree(resource("golden/ApplicationReceived.v1.before-pseudonym.json"));

        var read = MAPPER.treeToValue(old, org.gongkai.events.application.ApplicationReceived.class);

        assertThat(read.applicantPseudonym()).isNull();
        assertThat(read.subject()).isEqualTo("2023年度村级财务公开情况");
        assertThat(read.dueOn()).isEqualTo(java.time.LocalDate.of(2024, 11, 1));
    }

    private static InputStream resource(String file) {
        InputStream in = GoldenEventFilesTest.class.getClassLoader().getResourceAsStream(file);
        assertThat(in).as("golden file %s", file).isNotNull();
        return in;
    }

    private static void writeWhenAsked(String file, Record sample) throws IOException {
        if (Boolean.getBoolean("golden.write")) {
            Path path = Path.of("src/test/resources", file);
            if (!Files.exists(path)) {
                Files.writeString(
                        path,
                        MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sample) + "\n",
                        StandardCharsets.UTF_8);
            }
        }
    }
}
