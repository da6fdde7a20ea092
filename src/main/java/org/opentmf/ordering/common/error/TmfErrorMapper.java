package org.opentmf.ordering.common.error;

import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.opentmf.ordering.common.ids.RandomIds;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.logging.Log;
import jakarta.persistence.OptimisticLockException;

/**
 * The one place where failures become HTTP responses. Every 4xx/5xx leaves as a TMF {@code Error}
 * (code, reason, message, status, @type); no stack trace, class name or SQL ever reaches a client. Domain
 * failures are {@link TmfException}s that carry their own status, so this class knows no feature; the other
 * mappers translate what frameworks throw (Bean Validation, Jackson, JAX-RS, Hibernate's optimistic lock).
 */
public class TmfErrorMapper {

    /**
     * Retry-After of a 503 while the database is unavailable: a client retrying sooner only queues behind the pool's
     * acquisition timeout (quarkus.datasource.jdbc.acquisition-timeout, 5 s).
     */
    static final long RETRY_AFTER_SECONDS = 5;

    /** SQLState of "invalid regular expression". */
    private static final String INVALID_REGEX = "2201B";

    @ServerExceptionMapper
    public RestResponse<TmfError> tmf(TmfException e) {
        RestResponse<TmfError> response = respond(e.status(), e.reason(), e.getMessage());
        if (e.headers().isEmpty()) {
            return response;
        }
        RestResponse.ResponseBuilder<TmfError> builder = RestResponse.ResponseBuilder.fromResponse(response);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    /**
     * A bearer token was sent but the OIDC layer rejected it (signature, issuer, expiry, audience): RFC 6750's
     * {@code invalid_token}. The reason stays in the server log; the token is never echoed.
     */
    @ServerExceptionMapper
    public RestResponse<TmfError> authenticationFailed(io.quarkus.security.AuthenticationFailedException e) {
        return RestResponse.ResponseBuilder.fromResponse(
                respond(401, "Unauthorized", "The bearer token is not valid (signature, issuer, expiry or audience)"))
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<TmfError> constraintViolation(ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream()
                .map(v -> fieldName(v) + " " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return respond(400, "Bad Request", message.isEmpty() ? "Validation failed" : message);
    }

    @ServerExceptionMapper
    public RestResponse<TmfError> json(JsonProcessingException e) {
        return respond(400, "Bad Request", JsonErrors.describe(e));
    }

    // Quarkus REST ships mappers for these two with a non-TMF body; ours must win.
    @ServerExceptionMapper
    public RestResponse<TmfError> mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return respond(400, "Bad Request", JsonErrors.describe(e));
    }

    @ServerExceptionMapper
    public RestResponse<TmfError> malformedJson(com.fasterxml.jackson.core.JsonParseException e) {
        return respond(400, "Bad Request", JsonErrors.describe(e));
    }

    @ServerExceptionMapper
    public RestResponse<TmfError> optimisticLock(OptimisticLockException e) {
        return respond(409, "Conflict", "The resource was changed concurrently; read it again and retry");
    }

    @ServerExceptionMapper
    public RestResponse<TmfError> staleObject(StaleObjectStateException e) {
        return respond(409, "Conflict", "The resource was changed concurrently; read it again and retry");
    }

    @ServerExceptionMapper
    public RestResponse<TmfError> web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && Causes.include(e, IllegalArgumentException.class)) {
            // JAX-RS answers 404 when a query parameter cannot be converted: that is a client mistake. (offset and
            // limit never get here: PagingParameterCheck names them before matching.)
            return respond(400, "Bad Request", "Invalid query parameter: " + rootMessage(e));
        }
        JsonProcessingException json = Causes.find(e, JsonProcessingException.class);
        if (json != null) {
            return respond(400, "Bad Request", JsonErrors.describe(json));
        }
        String message = switch (status) {
            case 404 -> "No resource matches this path";
            case 405 -> e instanceof NotAllowedException na && na.getResponse().getAllowedMethods() != null
                    ? "Method not allowed here; allowed: " + String.join(", ", na.getResponse().getAllowedMethods())
                    : "Method not allowed on this resource";
            case 415 -> e instanceof NotSupportedException
                    ? "Unsupported media type; send application/json" : safeMessage(e);
            case 406 -> "This resource produces application/json only";
            default -> safeMessage(e);
        };
        RestResponse<TmfError> response = respond(status, Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase(), message);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return RestResponse.ResponseBuilder.fromResponse(response)
                    .header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public RestResponse<TmfError> unexpected(Throwable e) {
        JsonProcessingException json = Causes.find(e, JsonProcessingException.class);
        if (json != null) {
            return respond(400, "Bad Request", JsonErrors.describe(json));
        }
        java.sql.SQLException sql = Causes.find(e, java.sql.SQLException.class);
        if (sql != null && INVALID_REGEX.equals(sql.getSQLState())) {
            // PostgreSQL's regex dialect refuses a few patterns java.util.regex accepts: still the client's input.
            return respond(400, "Bad Request", "Invalid regular expression in query");
        }
        if (DatabaseOutage.causes(e)) {
            // one line per refused request, no stack: the outage itself is what the operator needs to see
            Log.warnf("Database unavailable, request answered 503: %s", rootMessage(e));
            return RestResponse.ResponseBuilder.fromResponse(respond(503, "Service Unavailable",
                    "The database is unavailable; retry later"))
                    .header("Retry-After", Long.toString(RETRY_AFTER_SECONDS)).build();
        }
        // A real bug: logged once, with an incident id the client also gets, so a report can be matched to the log.
        String incident = RandomIds.next().toString();
        Log.errorf(e, "Unexpected failure while serving a request (incident %s)", incident);
        return respond(500, "Internal Server Error",
                "The server could not complete the request (incident " + incident + ")");
    }

    static RestResponse<TmfError> respond(int status, String reason, String message) {
        return RestResponse.ResponseBuilder.<TmfError>create(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(TmfError.of(status, reason, message))
                .build();
    }

    /** "createProductOrder.productOrderCreate.productOrderItem[0].action" -> "productOrderItem[0].action". */
    private static String fieldName(ConstraintViolation<?> violation) {
        java.util.List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        String path = violation.getPropertyPath().toString();
        int drop = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == jakarta.validation.ElementKind.METHOD) {
            drop++;
            if (nodes.size() > 2 && nodes.get(1).getKind() == jakarta.validation.ElementKind.PARAMETER) {
                drop++; // the body parameter itself: clients know it as "the request"
            }
        }
        for (int i = 0; i < drop && path.indexOf('.') >= 0; i++) {
            path = path.substring(path.indexOf('.') + 1);
        }
        // Generated Java names back to JSON names: atReferredType -> @referredType.
        path = java.util.regex.Pattern.compile("(^|\\.)at([A-Z])").matcher(path)
                .replaceAll(m -> m.group(1) + "@" + m.group(2).toLowerCase(java.util.Locale.ROOT));
        return path.isEmpty() ? "request" : path;
    }

    private static String safeMessage(WebApplicationException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() || message.startsWith("HTTP ") ? "Request refused" : message;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? "malformed value" : t.getMessage();
    }

}
