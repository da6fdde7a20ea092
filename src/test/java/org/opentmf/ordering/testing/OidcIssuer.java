package org.opentmf.ordering.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real OIDC provider on 127.0.0.1 for the secured tests: OpenID discovery, a JWKS endpoint, and RS256 access
 * tokens signed with its current key. The server under test knows it only as {@code quarkus.oidc.auth-server-url}
 * and verifies tokens exactly as it would Keycloak's. Test-only endpoints: {@code POST /token} mints a token with
 * the claims in the body (defaults: this issuer, the ordering audience, five minutes; a null claim is left out;
 * {@code ?signer=rogue} signs with a key never published), {@code POST /rotate} replaces the signing key (the old
 * one leaves the JWKS). Tests reach it through {@link Tokens}.
 * <p>
 * It is also the provider of the server's own OIDC client: its token endpoint grants client credentials to
 * {@link #CLIENT_ID} with {@link #CLIENT_SECRET} (HTTP Basic), tokens for audience {@link #TMF679_AUDIENCE}.
 * Test-only: {@code GET /client-grants} counts the grants made, {@code POST /client-grants/refuse} with
 * {@code true} or {@code false} makes it refuse every grant (401 invalid_client) or grant again.
 */
public class OidcIssuer implements QuarkusTestResourceLifecycleManager {

    /** JVM-wide, since tests and resources may live in different class loaders. */
    static final String ISSUER_PROPERTY = "opentmf.test.oidc-issuer";
    public static final String AUDIENCE = "tmf622-ordering";
    /** The ordering server as a client of other APIs (TMF679), and its secret. */
    public static final String CLIENT_ID = "tmf622-ordering-server";
    static final String CLIENT_SECRET = "s3cret-for-tests";
    /** Audience of the tokens granted to it. */
    public static final String TMF679_AUDIENCE = "tmf679-qualification";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALM = "/realms/bss";

    private final AtomicInteger generation = new AtomicInteger();
    private final RsaJsonWebKey rogue = key("rogue");
    private volatile RsaJsonWebKey current = key("k" + generation.incrementAndGet());
    private final AtomicInteger clientGrants = new AtomicInteger();
    private volatile boolean refuseGrants;
    private HttpServer server;
    private String issuer;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
        server.createContext(REALM + "/.well-known/openid-configuration", x -> answer(x, 200, discovery()));
        server.createContext(REALM + "/protocol/openid-connect/certs", x -> answer(x, 200,
                new JsonWebKeySet(List.of(current)).toJson())); // public parts only
        server.createContext(REALM + "/token", x -> {
            ObjectNode claims = (ObjectNode) JSON.readTree(x.getRequestBody().readAllBytes());
            boolean rogueSigner = String.valueOf(x.getRequestURI().getQuery()).contains("signer=rogue");
            answer(x, 200, sign(claims, rogueSigner ? rogue : current));
        });
        server.createContext(REALM + "/protocol/openid-connect/token", this::grantClientCredentials);
        server.createContext(REALM + "/client-grants", x -> answer(x, 200, Integer.toString(clientGrants.get())));
        server.createContext(REALM + "/client-grants/refuse", x -> {
            refuseGrants = Boolean.parseBoolean(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(x, 200, Boolean.toString(refuseGrants));
        });
        server.createContext(REALM + "/rotate", x -> {
            current = key("k" + generation.incrementAndGet());
            answer(x, 200, current.getKeyId());
        });
        server.start();
        System.setProperty(ISSUER_PROPERTY, issuer);
        return Map.of("quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.token.audience", AUDIENCE,
                "quarkus.oidc-client.auth-server-url", issuer,
                "quarkus.oidc-client.client-id", CLIENT_ID,
                "quarkus.oidc-client.credentials.secret", CLIENT_SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        System.clearProperty(ISSUER_PROPERTY);
    }

    private String discovery() {
        ObjectNode d = JSON.createObjectNode();
        d.put("issuer", issuer);
        d.put("jwks_uri", issuer + "/protocol/openid-connect/certs");
        d.put("token_endpoint", issuer + "/protocol/openid-connect/token");
        d.putArray("id_token_signing_alg_values_supported").add("RS256");
        d.putArray("response_types_supported").add("code");
        d.putArray("subject_types_supported").add("public");
        return d.toString();
    }

    /** The token endpoint proper: client_credentials for the one client it knows, by HTTP Basic. */
    private void grantClientCredentials(HttpExchange x) throws IOException {
        String form = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!form.contains("grant_type=client_credentials")) {
            answer(x, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        if (refuseGrants || !expected.equals(x.getRequestHeaders().getFirst("Authorization"))) {
            answer(x, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        clientGrants.incrementAndGet();
        ObjectNode claims = JSON.createObjectNode();
        claims.put("sub", "service-account-" + CLIENT_ID);
        claims.put("azp", CLIENT_ID);
        claims.put("aud", TMF679_AUDIENCE);
        ObjectNode token = JSON.createObjectNode();
        token.put("access_token", sign(claims, current));
        token.put("token_type", "Bearer");
        token.put("expires_in", 300);
        answer(x, 200, token.toString());
    }

    private String sign(ObjectNode requested, RsaJsonWebKey key) throws IOException {
        long now = System.currentTimeMillis() / 1000;
        ObjectNode claims = JSON.createObjectNode();
        claims.put("iss", issuer);
        claims.put("aud", AUDIENCE);
        claims.put("iat", now);
        claims.put("exp", now + 300);
        for (Iterator<Map.Entry<String, JsonNode>> it = requested.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> claim = it.next();
            if (claim.getValue().isNull()) {
                claims.remove(claim.getKey());
            } else {
                claims.set(claim.getKey(), claim.getValue());
            }
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toString());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IOException(e);
        }
    }

    private static RsaJsonWebKey key(String id) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(id);
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
