package org.opentmf.ordering.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
 */
public class OidcIssuer implements QuarkusTestResourceLifecycleManager {

    /** JVM-wide, since tests and resources may live in different class loaders. */
    static final String ISSUER_PROPERTY = "opentmf.test.oidc-issuer";
    public static final String AUDIENCE = "tmf622-ordering";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALM = "/realms/bss";

    private final AtomicInteger generation = new AtomicInteger();
    private final RsaJsonWebKey rogue = key("rogue");
    private volatile RsaJsonWebKey current = key("k" + generation.incrementAndGet());
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
        server.createContext(REALM + "/rotate", x -> {
            current = key("k" + generation.incrementAndGet());
            answer(x, 200, current.getKeyId());
        });
        server.start();
        System.setProperty(ISSUER_PROPERTY, issuer);
        return Map.of("quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.token.audience", AUDIENCE);
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
        d.put("token_endpoint", issuer + "/token");
        d.putArray("id_token_signing_alg_values_supported").add("RS256");
        d.putArray("response_types_supported").add("code");
        d.putArray("subject_types_supported").add("public");
        return d.toString();
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
