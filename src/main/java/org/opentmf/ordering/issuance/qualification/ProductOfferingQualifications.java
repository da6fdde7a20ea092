package org.opentmf.ordering.issuance.qualification;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.jboss.resteasy.reactive.RestResponse;
import org.opentmf.ordering.common.config.FeasibilityConfig;
import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.common.error.Causes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.oidc.client.OidcClientException;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.runtime.Startup;
import io.smallrye.faulttolerance.api.TypedGuard;

/**
 * Reads ProductOfferingQualifications from the configured TMF679 server ({@code ordering.feasibility.tmf679-url}).
 * Each read is guarded by SmallRye Fault Tolerance: a timeout, and a circuit breaker that stops calling a failing
 * server for a while (a 404 is an answer, not a failure). Answers are kept for {@code cache-ttl}; concurrent
 * reads of one POQ share one call; failures are not kept. The href a client sent is never called: only the
 * configured server is asked, by id. When an OIDC client is configured ({@code quarkus.oidc-client.auth-server-url}
 * or {@code token-path}), each call carries its access token ({@link ClientCredentialsToken}).
 */
@Startup // the client is built at start, not by the first order's checks
@ApplicationScoped
public class ProductOfferingQualifications {

    /** Name of the circuit breaker (SmallRye Fault Tolerance), e.g. for its metrics. */
    public static final String CIRCUIT_BREAKER = "tmf679";
    /**
     * Why a call was not made when the OIDC client had no token for it. The provider's own answer is not
     * repeated: it may name the client or echo what it was sent.
     */
    static final String NO_TOKEN = "no access token for the TMF679 server could be obtained from the OIDC provider";

    @Inject
    OrderingConfig config;

    @Inject
    ObjectMapper mapper;

    /** Read only to see whether the OIDC client is configured at all: its settings are Quarkus's own. */
    @Inject
    Config settings;

    @Inject
    Instance<ClientCredentialsToken> token;

    private ProductOfferingQualificationApi api;
    private String resource;
    private TypedGuard<CompletionStage<Qualification>> guard;
    private AsyncCache<String, Qualification> cache;

    @PostConstruct
    void connect() {
        FeasibilityConfig feasibility = config.feasibility();
        if (feasibility.tmf679Url().isEmpty()) {
            return;
        }
        Duration timeout = feasibility.timeout();
        resource = feasibility.tmf679Resource();
        QuarkusRestClientBuilder builder = QuarkusRestClientBuilder.newBuilder();
        if (clientCredentialsConfigured()) {
            builder.register(token.get());
        }
        api = builder
                .baseUri(URI.create(feasibility.tmf679Url().get()))
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .disableDefaultMapper(true)
                .build(ProductOfferingQualificationApi.class);
        FeasibilityConfig.CircuitBreaker breaker = feasibility.circuitBreaker();
        guard = TypedGuard.create(new TypeLiteral<CompletionStage<Qualification>>() {
        })
                .withDescription("TMF679 " + resource)
                .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker().name(CIRCUIT_BREAKER)
                .requestVolumeThreshold(breaker.requestVolumeThreshold())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .done()
                // The call is non-blocking already: no thread of its own.
                .withThreadOffload(false)
                .build();
        cache = Caffeine.newBuilder()
                .expireAfterWrite(feasibility.cacheTtl())
                .maximumSize(10_000)
                .buildAsync();
    }

    /** True when the OIDC client has somewhere to get tokens from; unset, TMF679 is called without a token. */
    private boolean clientCredentialsConfigured() {
        return settings.getOptionalValue("quarkus.oidc-client.auth-server-url", String.class).isPresent()
                || settings.getOptionalValue("quarkus.oidc-client.token-path", String.class).isPresent();
    }

    /** False when no TMF679 server is configured: references are then trusted as they are. */
    public boolean configured() {
        return api != null;
    }

    /**
     * The POQ as the server has it now (or as it had it within the cache TTL): completes with it, with a
     * {@link Qualification#exists() missing} one for a 404, or exceptionally when the server cannot say (error
     * status, unreadable answer, timeout, open circuit breaker, unreachable).
     */
    public CompletableFuture<Qualification> read(String id) {
        if (api == null) {
            throw new IllegalStateException("no TMF679 server configured");
        }
        return cache.get(id, (key, executor) -> guard.get(() -> fetch(key)).toCompletableFuture());
    }

    private CompletionStage<Qualification> fetch(String id) {
        return api.retrieve(resource, id)
                // the OIDC client could not get a token, so the call was not sent
                .exceptionallyCompose(failure -> CompletableFuture.failedStage(
                        Causes.include(failure, OidcClientException.class)
                        ? new QualificationUnavailable(NO_TOKEN, failure)
                        : failure))
                .thenApply(response -> answer(id, response));
    }

    private Qualification answer(String id, RestResponse<String> response) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        int status = response.getStatus();
        if (status == 404) {
            return Qualification.missing(id, now);
        }
        if (status != 200) {
            throw new QualificationUnavailable("the TMF679 server answered HTTP " + status, null);
        }
        try {
            return Qualification.read(id, mapper.readTree(response.getEntity()), now);
        } catch (IOException | IllegalArgumentException e) {
            throw new QualificationUnavailable("the TMF679 server's answer is unreadable", e);
        }
    }
}
