package dev.sitegen.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves a built site on {@code http://127.0.0.1:PORT/BASE/} for preview, as GitHub Pages would under
 * {@code BASE}. HTML responses get a small live-reload script injected on the fly — the files on disk
 * never contain it — which listens to server-sent events: {@code reload} after a rebuild, {@code error}
 * with a message to show as an overlay when a rebuild failed.
 */
public final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "__sitegen/events";
    static final String CLIENT = "__sitegen/live.js";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("woff2", "font/woff2"), Map.entry("png", "image/png"));

    /** Requests served at once; live-reload listeners hold one each, so this is also the most open tabs. */
    static final int THREADS = 32;
    /** Seconds a client may take to send its request before the connection is closed. */
    static final int REQUEST_SECONDS = 5;

    static {
        // The JDK server reads these once; without a limit a connection that never finishes its request holds
        // a thread for good. An explicit -D setting wins.
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        }
    }

    private final Path root;
    private final String basePath;
    private final HttpServer server;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final byte[] client;
    private volatile String lastError = "";

    /** Starts serving {@code root} under {@code basePath} ({@code /} or {@code /repo/}); port 0 picks a free one. */
    public PreviewServer(Path root, int port, String basePath) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            this.client = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    /** Tells every open page to reload. */
    public void reload() {
        lastError = "";
        send("reload", "");
    }

    /** Shows {@code message} over every open page (and over pages opened until the next reload). */
    public void error(String message) {
        lastError = message;
        send("build-error", message);
    }

    private void send(String event, String data) {
        StringBuilder frame = new StringBuilder("event: ").append(event).append('\n');
        data.lines().forEach(line -> frame.append("data: ").append(line).append('\n'));
        if (data.isEmpty()) {
            frame.append("data: \n");
        }
        byte[] bytes = frame.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out); // the tab was closed
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respondText(exchange, 405, "method not allowed: use GET or HEAD");
                return;
            }
            String path;
            try {
                path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
                if (path.indexOf('\0') >= 0) {
                    throw new IllegalArgumentException("NUL in path");
                }
            } catch (IllegalArgumentException e) {
                respondText(exchange, 400, "bad request: the path is not valid");
                return;
            }
            if (!path.startsWith(basePath)) {
                redirect(exchange, basePath);
                return;
            }
            String relative = path.substring(basePath.length());
            if (relative.equals(EVENTS)) {
                events(exchange);
            } else if (relative.equals(CLIENT)) {
                respond(exchange, 200, TYPES.get("js"), client);
            } else {
                file(exchange, relative);
            }
        }
    }

    private void file(HttpExchange exchange, String relative) throws IOException {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            respondText(exchange, 403, "forbidden");
            return;
        }
        if (Files.isDirectory(file)) {
            if (!relative.isEmpty() && !relative.endsWith("/")) {
                redirect(exchange, basePath + relative + "/");
                return;
            }
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!Files.isRegularFile(file)) {
            status = 404;
            file = root.resolve("404.html");
            if (!Files.isRegularFile(file)) {
                respondText(exchange, 404, "not found");
                return;
            }
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        respond(exchange, status, type, name.endsWith(".html") ? withLiveReload(body) : body);
    }

    /** Adds the live-reload client before {@code </body>}; served pages only, never the files on disk. */
    private byte[] withLiveReload(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        String script = "<script src=\"" + basePath + CLIENT + "\" data-events=\"" + basePath + EVENTS + "\"></script>";
        int end = text.lastIndexOf("</body>");
        text = end < 0 ? text + script : text.substring(0, end) + script + text.substring(end);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        if (!lastError.isEmpty()) {
            error(lastError);
        }
        // Keep the exchange open until the browser goes away; send() drops it on the first failed write.
        while (listeners.contains(out)) {
            try {
                Thread.sleep(15_000);
                out.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException | InterruptedException e) {
                listeners.remove(out);
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void respondText(HttpExchange exchange, int status, String line) throws IOException {
        respond(exchange, status, TYPES.get("txt"), (line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A HEAD request gets the headers of the GET, its length included, and no body. */
    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
