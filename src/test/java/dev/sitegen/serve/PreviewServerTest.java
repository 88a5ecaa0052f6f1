package dev.sitegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, case 14: the preview server answers every request, and only GET and HEAD with content. */
class PreviewServerTest {
    @TempDir
    Path site;

    private PreviewServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        Files.writeString(site.resolve("index.html"), "<html><body>home</body></html>");
        server = new PreviewServer(site, 0, "/");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answers405ToAnythingButGetAndHead() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> response = send(method, "");
            assertEquals(405, response.statusCode(), method);
            assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""));
        }
        assertEquals(200, send("GET", "").statusCode());
    }

    @Test
    void headGetsTheLengthOfTheGetAndNoBody() throws Exception {
        int length = send("GET", "").body().getBytes(StandardCharsets.UTF_8).length;
        HttpURLConnection head =
                (HttpURLConnection) URI.create(server.url()).toURL().openConnection();
        head.setRequestMethod("HEAD");
        assertEquals(200, head.getResponseCode());
        assertEquals(length, head.getContentLengthLong());
        head.disconnect();
    }

    @Test
    void aNulInThePathGetsABadRequest() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", URI.create(server.url()).getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream()
                    .write("GET /a%00b HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String reply = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 400", reply);
        }
    }

    @Test
    void aConnectionThatNeverFinishesItsRequestIsClosed() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", URI.create(server.url()).getPort())) {
            socket.setSoTimeout((PreviewServer.REQUEST_SECONDS + 10) * 1000);
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            in.readAllBytes(); // returns when the server closes the connection; times out (fails) otherwise
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds <= PreviewServer.REQUEST_SECONDS + 3, seconds + " s");
        }
    }
}
