package org.gongkai.command.rejection;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read as written, never guessed at: a number or boolean where text is expected, a number where
 * a code is expected (Jackson would take it as the code's position), text after the JSON value, a field given
 * twice (which value counts would be a guess), a number where
 * a date is expected (Jackson would take it as days since 1970) and a fraction where a whole number is expected
 * (Jackson would cut {@code 1.9} to {@code 1}) are refused as {@code WrongType}; a decimal with an absurd exponent
 * or precision is refused as {@code NumberOutOfRange} before any code formats it (printing {@code 1E-1000000000} in
 * full needs a gigabyte). Only the HTTP reader is strict: the event store's mapper (Axon) is left as it is.
 */
@Configuration
class StrictJson implements WebMvcConfigurer {

    /** Far beyond any amount or count a statistic can hold, far below what costs anything to print. */
    static final int MAX_DIGITS = 40;

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                json.setObjectMapper(strict(json.getObjectMapper()));
            }
        }
    }

    static ObjectMapper strict(ObjectMapper lenient) {
        ObjectMapper mapper = lenient.copy();
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.registerModule(new SimpleModule("bounded-decimals").addDeserializer(BigDecimal.class, new Bounded()));
        return mapper;
    }

    /** A decimal outside what any field can hold; named so the problem says {@code NumberOutOfRange}. */
    static final class OutOfRange extends InvalidFormatException {
        OutOfRange(JsonParser parser, BigDecimal value) {
            super(parser, "number out of range", value, BigDecimal.class);
        }
    }

    private static final class Bounded extends StdScalarDeserializer<BigDecimal> {
        Bounded() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && (value.precision() > MAX_DIGITS || Math.abs(value.scale()) > MAX_DIGITS)) {
                throw new OutOfRange(parser, value);
            }
            return value;
        }
    }
}
