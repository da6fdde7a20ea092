package org.opentmf.ordering.common.db;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * How jsonb columns are read and written. Independent of the REST ObjectMapper on purpose: API-facing
 * Jackson settings must never change what is stored. Our jsonb columns hold Jackson trees, stored as is.
 */
@JsonFormat
@PersistenceUnitExtension
public class JsonbFormatMapper implements FormatMapper {

    /**
     * The mapper of every jsonb value, also for rows written with plain JDBC (order creation): a value stored
     * either way is the same JSON.
     */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final FormatMapper delegate = new JacksonJsonFormatMapper(JSON);

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> javaType, WrapperOptions options) {
        return delegate.fromString(json, javaType, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
        return delegate.toString(value, javaType, options);
    }
}
