package org.opentmf.ordering.common.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Everything a deployment may want to change, under the {@code ordering.} prefix
 * (environment variables: {@code ORDERING_...}). Defaults are documented in README, section "Configuration".
 */
@ConfigMapping(prefix = "ordering")
public interface OrderingConfig {

    /** Paging of every list endpoint. */
    Paging paging();

    /** Request body limits. */
    Http http();

    /** Rules of the "Issue Customer Order" step. */
    Issuance issuance();

    /** The cancelProductOrder process. */
    Cancellation cancellation();

    /** Verification of feasibility assessments against a TMF679 server (see {@link FeasibilityConfig}). */
    FeasibilityConfig feasibility();

    interface Cancellation {
        /**
         * How often due cancelProductOrder tasks (future-dated ones, and those left over by a restart) are
         * looked for, e.g. {@code 5s}, {@code 1m}; {@code off} disables the poll.
         */
        @WithDefault("5s")
        String pollInterval();
    }

    /**
     * Base URL (scheme://host[:port]) used for hrefs when there is no HTTP request to take it from
     * (events, scheduled work). Requests always use their own client-facing host.
     */
    Optional<String> publicBaseUrl();

    /** The embedded PostgreSQL started when no {@code quarkus.datasource.jdbc.url} is configured. */
    EmbeddedPostgres embeddedPostgres();

    /** Event notifications: hub callbacks and the outbox dispatcher (see README, section "Event notifications"). */
    Events events();

    interface Events {
        /**
         * Callback hosts a subscription may name: comma-separated patterns, {@code *} (any host),
         * {@code *.example.com} (any sub-domain) or an exact host name or IP literal. Link-local and cloud
         * metadata addresses are always refused, whatever this says.
         */
        @WithDefault("*")
        List<String> callbackAllowedHosts();

        /** Run the dispatcher in this instance (the outbox is written either way). */
        @WithDefault("true")
        boolean dispatcherEnabled();

        /** How often the dispatcher looks for due deliveries (also read by the scheduler: keep the key). */
        @WithDefault("1s")
        Duration dispatchInterval();

        /** Deliveries in flight at once per instance (threads of the delivery executor). */
        @WithDefault("8")
        int maxConcurrentDeliveries();

        /** TCP connect timeout towards a callback. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** Whole-request timeout towards a callback. */
        @WithDefault("10s")
        Duration requestTimeout();

        /** Attempts per delivery before it becomes a dead letter. */
        @WithDefault("10")
        int maxAttempts();

        /** Delay before the first retry; doubles with every attempt (with jitter) up to max-backoff. */
        @WithDefault("2s")
        Duration initialBackoff();

        /** Longest delay between two attempts. */
        @WithDefault("1h")
        Duration maxBackoff();

        /** How long a claimed delivery is reserved to one instance; after it, another instance may retry it. */
        @WithDefault("60s")
        Duration lease();

        /** How long delivered notifications are kept (pending ones and dead letters are kept until done). */
        @WithDefault("7d")
        Duration retention();

        /** Outbox events turned into deliveries per dispatcher pass. */
        @WithDefault("500")
        int fanOutBatchSize();
    }

    /** Benchmark-only endpoints, used by src/bench/run.sh. Never enable them in production. */
    Bench bench();

    interface Bench {
        /**
         * Serve the HTTP-ceiling route {@code /bench/httpCeiling} and the stack-floor resource
         * {@code /tmf-api/productOrderingManagement/bench/stackFloor} (off: both answer 404 like any unknown path).
         */
        @WithDefault("false")
        boolean enabled();
    }

    interface EmbeddedPostgres {
        /** Start an embedded PostgreSQL when no external database is configured. */
        @WithDefault("true")
        boolean enabled();

        /** Where the embedded server keeps its data (kept across restarts). */
        @WithDefault("data/embedded-pg")
        String dataDir();
    }

    interface Paging {
        /** Page size when the client sends no {@code limit}. */
        @WithDefault("100")
        int defaultLimit();

        /** Largest {@code limit} accepted; above it the request gets a 400. */
        @WithDefault("1000")
        int maxLimit();
    }

    interface Http {
        /** Largest request body accepted, in bytes; larger bodies get a 413. Default 5 MiB. */
        @WithDefault("5242880")
        int maxBodyBytes();

        /** Deepest JSON nesting accepted in a request body; deeper bodies get a 400. */
        @WithDefault("64")
        int maxJsonDepth();

        /**
         * Longest request URI (path and query) accepted, in characters; longer ones get a 414 TMF Error. Keep it
         * below {@code quarkus.http.limits.max-initial-line-length}, above which the HTTP layer answers 414 itself
         * with an empty body.
         */
        @WithDefault("8192")
        int maxUriLength();
    }

    interface Issuance {
        /**
         * Names of product characteristics that mark an item as having special requirements
         * (bespoke) when their value is anything but false or empty.
         */
        @WithDefault("specialRequirement")
        List<String> specialRequirementCharacteristics();

        /** Name written as the author of the special-handling note. */
        @WithDefault("OpenTMF Ordering - Issue Customer Order")
        String issuingSystem();

        /** Most items (nested ones included) one order may have; more is a 400 naming the limit. */
        @WithDefault("1000")
        int maxItems();
    }
}
