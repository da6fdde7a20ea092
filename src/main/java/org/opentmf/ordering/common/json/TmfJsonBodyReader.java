package org.opentmf.ordering.common.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.channels.ClosedChannelException;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.common.error.Causes;
import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.validation.Contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpClosedException;

/**
 * Reads every request body bound to a generated API model (every version). It keeps the raw bytes in
 * {@link RequestBody} before Jackson sees them, enforces the size limit, refuses an empty body, and applies
 * {@link JsonHygiene} (one document in strict UTF-8, no U+0000, attribute limits) before any domain code runs,
 * then the contract of the body's version ({@link Contracts}): required attributes, types, formats, enums, sizes.
 * JSON Patch documents (an array of operation objects) are not forced into the object model: the resource reads
 * them raw.
 */
@Provider
@Consumes({ MediaType.APPLICATION_JSON, "application/*+json" })
@Priority(Priorities.USER)
public class TmfJsonBodyReader implements MessageBodyReader<Object> {

    public static final String JSON_PATCH = "application/json-patch+json";
    /** TMF630 part 5: a JSON Patch whose paths may select array elements with a query (TMF622 v5). */
    public static final String JSON_PATCH_QUERY = "application/json-patch-query+json";

    private static final String API_PACKAGE = "org.opentmf.ordering.api.";

    @Inject
    ObjectMapper mapper;

    @Inject
    RequestBody requestBody;

    @Inject
    OrderingConfig config;

    @Inject
    Contracts contracts;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith(API_PACKAGE);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] bytes = readLimited(entityStream, config.http().maxBodyBytes());
        requestBody.capture(bytes, mediaType);
        if (isBlank(bytes)) {
            throw TmfException.badRequest("A JSON request body is required");
        }
        JsonNode tree = JsonHygiene.parse(bytes, mapper);
        String media = mediaType == null ? "" : mediaType.getType() + "/" + mediaType.getSubtype();
        if (JSON_PATCH.equals(media) || JSON_PATCH_QUERY.equals(media)) {
            if (!tree.isArray()) {
                throw TmfException.badRequest("A JSON Patch body must be an array of operations, not " + kind(tree));
            }
            for (int i = 0; i < tree.size(); i++) {
                if (!tree.get(i).isObject()) {
                    throw TmfException.badRequest("JSON Patch operation [" + i + "] must be an object, not "
                            + kind(tree.get(i)));
                }
            }
            JsonHygiene.check(tree);
            try {
                return type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Generated model without a no-arg constructor: " + type, e);
            }
        }
        // Every other body of the API (create, merge patch, hub registration) is one object.
        if (!tree.isObject()) {
            throw TmfException.badRequest("Request body must be a JSON object, not " + kind(tree));
        }
        JsonHygiene.check(tree);
        requestBody.parsed(tree);
        // Binding first: a value of the wrong JSON type gets Jackson's message, which names the expected type.
        Object value = mapper.readerFor(type).readValue(tree);
        contracts.check(type, tree);
        return value;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> "null";
        };
    }

    private static byte[] readLimited(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n; (n = read(in, buffer)) != -1;) {
            total += n;
            if (total > limit) {
                throw TmfException.payloadTooLarge(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * A client that hangs up before its body is complete is a client's doing, not a server failure: a 400 (which
     * nobody receives) rather than a 500 with an incident logged at ERROR, which would page an operator for every
     * client abort and count as a server error in the metrics.
     */
    private static int read(InputStream in, byte[] buffer) throws IOException {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            if (Causes.include(e, ClosedChannelException.class, HttpClosedException.class)) {
                throw TmfException.badRequest("The request body ended early: the client closed the connection");
            }
            throw e;
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
