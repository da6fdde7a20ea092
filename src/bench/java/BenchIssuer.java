import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;

import com.sun.net.httpserver.HttpServer;

/**
 * A minimal OIDC issuer for BENCH_SECURITY=1 (README, "Benchmark"): discovery and JWKS on 127.0.0.1, and one RS256
 * access token (a system client with tmf622.write, valid for two hours) written to $1/token.txt, its issuer URL to
 * $1/issuer.txt. Runs with the server's own jose4j: java -cp 'target/quarkus-app/lib/main/*' BenchIssuer.java DIR
 */
public class BenchIssuer {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId("bench");
        key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        key.setUse("sig");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/bench";
        String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/certs\","
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"]}";
        String jwks = new JsonWebKeySet(List.of(key)).toJson();
        server.createContext("/realms/bench/.well-known/openid-configuration", x -> answer(x, discovery));
        server.createContext("/realms/bench/certs", x -> answer(x, jwks));
        server.start();

        long now = System.currentTimeMillis() / 1000;
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload("{\"iss\":\"" + issuer + "\",\"sub\":\"bench\",\"azp\":\"bench\",\"roles\":[\"tmf622.write\"],"
                + "\"iat\":" + now + ",\"exp\":" + (now + 7200) + "}");
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        Files.writeString(dir.resolve("token.txt"), jws.getCompactSerialization());
        Files.writeString(dir.resolve("issuer.txt"), issuer);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange x, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(200, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
