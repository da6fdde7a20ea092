package org.opentmf.ordering.common.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Everything a deployment may want to change, under the {@code ordering.} prefix
 * (environment variables: {@code ORDERING_...}). Defaults are documented in README.md.
 */
@ConfigMapping(prefix = "ordering")
public interface OrderingConfig {

    /** Paging of every list endpoint. */
    Paging paging();

    /** Request body limits. */
    Http http();

    /** Rules of the "Issue Customer Order" step. */
    Issuance issuance();

    /**
     * Base URL (scheme://host[:port]) used for hrefs when there is no HTTP request to take it from
     * (events, scheduled work). Requests always use their own client-facing host.
     */
    Optional<String> publicBaseUrl();

    /** The embedded PostgreSQL started when no {@code quarkus.datasource.jdbc.url} is configured. */
    EmbeddedPostgres embeddedPostgres();

    /** Benchmark-only endpoints, used by src/bench/run.sh. Never enable them in production. */
    Bench bench();

    interface Bench {
        /** Serve the HTTP-ceiling endpoint {@code /bench/httpCeiling} (off: it answers 404 like any unknown path). */
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
    }
}
