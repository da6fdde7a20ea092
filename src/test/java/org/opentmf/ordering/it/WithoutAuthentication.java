package org.opentmf.ordering.it;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The packaged jar runs in the prod profile on an external database: without an issuer it refuses to start unless
 * told to serve without authentication, which is what a deployment without OIDC must say too.
 */
public class WithoutAuthentication implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("ordering.security.enabled", "false");
    }

    @Override
    public void stop() {
    }
}
