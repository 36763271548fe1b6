package org.gongkai.query.intake;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;

/** The Kafka wire format of the event contract (ADR "Kafka wire format"): JSON values and string headers. */
public final class WireFormat {

    public static final String EVENT_ID = "gongkai-event-id";
    public static final String EVENT_TYPE = "gongkai-event-type";
    public static final String EVENT_VERSION = "gongkai-event-version";
    public static final String AGGREGATE_ID = "gongkai-aggregate-id";
    public static final String AGGREGATE_SEQUENCE = "gongkai-aggregate-sequence";
    public static final String RECORDED_AT = "gongkai-recorded-at";
    public static final String RECORDED_BY = "gongkai-recorded-by";

    private WireFormat() {}

    /**
     * A mapper configured exactly as the publisher's: ISO dates, money as decimal strings, and unknown properties
     * ignored so that an optional field added by a newer producer is not a breaking change.
     */
    public static ObjectMapper objectMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        return mapper;
    }
}
