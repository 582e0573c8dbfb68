package dev.tailor.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP server on 127.0.0.1 for one test: routes by exact path, and remembers every request it got. */
final class LocalServer implements AutoCloseable {
    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** A request as the server saw it. */
    record Request(String path, String query, Map<String, List<String>> headers) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "local-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                requests.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                        Map.copyOf(exchange.getRequestHeaders())));
                // no keep-alive: an idle pooled connection makes stopping the server slow
                exchange.getResponseHeaders().set("Connection", "close");
                Handler handler = routes.get(exchange.getRequestURI().getPath());
                if (handler == null) {
                    send(exchange, 404, "text/html", "<h1>not found</h1>");
                } else {
                    handler.handle(exchange);
                }
            } catch (IOException clientWentAway) {
                // a test that times out closes the connection mid-body; nothing to do
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    LocalServer route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    /** Serves a fixed body with a status and content type. */
    LocalServer page(String path, int status, String contentType, String body) {
        return route(path, exchange -> send(exchange, status, contentType, body));
    }

    /** Redirects with a status and Location. */
    LocalServer redirect(String path, int status, String location) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
        });
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** http://127.0.0.1:PORT/path */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** http://localhost:PORT/path: the name a test resolver can pretend is public. */
    String localhostUrl(String path) {
        return "http://localhost:" + port() + path;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests to one path. */
    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        if (status == 304 || status == 204) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
