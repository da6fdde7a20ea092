import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A TMF679 server for the feasibility benchmark (src/bench/feasibility.sh): answers every
 * GET .../productOfferingQualification/{id} at once with a done POQ whose items 1-3 are qualified.
 * Port: BENCH_TMF679_PORT (default 8090).
 */
public class Tmf679Stub {
    public static void main(String[] args) throws Exception {
        // The JDK server leaves Nagle's algorithm on unless told: headers and body then go out as two segments
        // and the second waits for the client's delayed ACK, ~40 ms per answer, which measured the stub, not us.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int port = Integer.parseInt(System.getenv().getOrDefault("BENCH_TMF679_PORT", "8090"));
        String expires = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0).toString();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/tmf679/productOfferingQualification/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String id = path.substring(path.lastIndexOf('/') + 1);
            byte[] body = ("{\"id\":\"" + id + "\",\"state\":\"done\",\"expirationDate\":\"" + expires + "\","
                    + "\"productOfferingQualificationItem\":[{\"id\":\"1\",\"qualificationItemResult\":\"qualified\"},"
                    + "{\"id\":\"2\",\"qualificationItemResult\":\"qualified\"},"
                    + "{\"id\":\"3\",\"qualificationItemResult\":\"qualified\"}],"
                    + "\"@type\":\"ProductOfferingQualification\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("TMF679 stub on 127.0.0.1:" + port);
    }
}
