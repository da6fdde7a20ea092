package org.opentmf.ordering.common.json;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The REST layer's JSON rules. TMF clients must get a 400 for a wrong type, not a silent coercion:
 * Jackson by default turns 42 into "42" and reads a number as an epoch date-time; both are refused here.
 * Dates are always written in UTC with millisecond precision, so a value read back can be used verbatim
 * as a filter.
 */
@Singleton
public class TmfObjectMapperCustomizer implements ObjectMapperCustomizer {

    /** 2026-11-26T23:04:05.123Z: always three fraction digits, always Z. */
    public static final DateTimeFormatter TMF_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

    /**
     * Date-times accepted anywhere (bodies and query values): four-digit years, as ISO 8601 writes them without
     * agreement. PostgreSQL's timestamptz and jsonpath stop elsewhere (4713 BC, 294276 AD), so a value outside
     * would be a database error, not a 400.
     */
    public static final OffsetDateTime EARLIEST = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    public static final OffsetDateTime LATEST = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.UTC);
    public static final String DATE_RANGE = "0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z";

    /** Last, after Quarkus' own customizer has registered the java.time module, so our date rules win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
        // (Read from raw config: the ObjectMapper is built before config mappings are available.)
        // Deeply nested bodies are refused while parsing, before they can cost stack or memory.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(ConfigProvider.getConfig()
                        .getOptionalValue("ordering.http.max-json-depth", Integer.class).orElse(64))
                .build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** Also used for ObjectMappers built outside CDI (tests, benchmarks) so they agree with the server. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        // {...}{...} is two documents, not one with trailing noise to ignore
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (LogicalType textual : new LogicalType[] { LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime }) {
            mapper.coercionConfigFor(textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        for (LogicalType scalar : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        SimpleModule dates = new SimpleModule("tmf-dates");
        dates.addSerializer(OffsetDateTime.class, new UtcMillisSerializer());
        dates.addDeserializer(OffsetDateTime.class, new StrictOffsetDateTimeDeserializer());
        mapper.registerModule(dates);
        return mapper;
    }

    /** True when {@code value} lies within {@link #EARLIEST} .. {@link #LATEST}. */
    public static boolean inRange(OffsetDateTime value) {
        return !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
    }

    public static String format(OffsetDateTime value) {
        return TMF_DATE_TIME.format(value.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static final class UtcMillisSerializer extends JsonSerializer<OffsetDateTime> {
        @Override
        public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(format(value));
        }
    }

    /** Only ISO-8601 strings with an offset (or Z); never numbers. */
    static final class StrictOffsetDateTimeDeserializer extends JsonDeserializer<OffsetDateTime> {
        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
            }
            String text = p.getText().trim();
            OffsetDateTime value;
            try {
                value = OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            } catch (DateTimeParseException e) {
                return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, text,
                        "expected an ISO-8601 date-time with offset, e.g. 2026-01-31T10:15:30.000Z");
            }
            if (!inRange(value)) {
                return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, text,
                        "expected a date-time from " + DATE_RANGE);
            }
            return value;
        }
    }
}
