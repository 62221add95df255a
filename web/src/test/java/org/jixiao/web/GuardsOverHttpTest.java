package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the page refuses, over HTTP: each with its status and one Chinese sentence, nothing done. */
class GuardsOverHttpTest {

    @RegisterExtension
    static final Served served = new Served(new WebOptions("127.0.0.1", 0, 64 * 1024, 4));

    private static final String token = served.token;
    private static final String cookie = served.cookie;

    @Test
    void every_response_forbids_inline_script_framing_and_sniffing() throws Exception {
        HttpResponse<String> home = served.get("/");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(home.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("HttpOnly")
                .contains("SameSite=Strict");
        assertThat(home.body())
                .doesNotContain("<script>")
                .doesNotContain(" onclick=")
                .doesNotContain(" style=");
    }

    /** DNS rebinding: a site whose name resolves to 127.0.0.1 sends its own name as Host. */
    @Test
    void a_forged_host_is_refused() throws Exception {
        String response =
                raw("GET / HTTP/1.1\r\nHost: evil.example:" + served.server.port() + "\r\nConnection: close\r\n\r\n");
        assertThat(response)
                .startsWith("HTTP/1.1 421")
                .contains("请求的主机名不是本机：请在本机浏览器中用 http://127.0.0.1:" + served.server.port() + "/ 打开。");
        assertThat(raw("GET / HTTP/1.1\r\nHost: localhost:" + served.server.port() + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200");
    }

    /**
     * Bound to every address on purpose (--host 0.0.0.0, with its warning), the page is reached by whatever name the
     * office's network gives the machine: no Host is refused then, and the token still is required.
     */
    @Test
    void on_every_address_any_host_is_served_but_the_token_is_still_required() throws Exception {
        try (Served open = new Served(new WebOptions("0.0.0.0", 0, 64 * 1024, 4))) {
            try (Socket socket = new Socket("127.0.0.1", open.server.port())) {
                socket.getOutputStream()
                        .write(("GET / HTTP/1.1\r\nHost: jixiao-pc.bureau.local:" + open.server.port()
                                        + "\r\nConnection: close\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .startsWith("HTTP/1.1 200");
            }
            assertThat(open.post("/fill/score", FillOverHttpTest.zhumadian(), null, null)
                            .statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void a_post_without_its_token_is_refused() throws Exception {
        Map<String, String> form = FillOverHttpTest.zhumadian();
        HttpResponse<String> none = served.post("/fill/score", form, null, cookie);
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.body()).contains("页面已过期或请求缺少校验码").doesNotContain("98.1");
        HttpResponse<String> noCookie = served.post("/fill/score", form, token, null);
        assertThat(noCookie.statusCode()).isEqualTo(403);
        // another token: its first character changed (replacing it with '_' was no change when it already was one)
        String other = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        HttpResponse<String> wrong = served.post("/fill/score", form, other, cookie);
        assertThat(wrong.statusCode()).isEqualTo(403);
    }

    @Test
    void a_post_from_another_site_is_refused_even_with_the_token() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(served.uri("/fill/score"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .header("X-CSRF-Token", token)
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("rubric=" + Served.HENAN))
                .build();
        HttpResponse<String> response = served.http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("请求来自其他网站");
    }

    /** A rubric is chosen by an id the page offers, never by a path: a path names nothing, and nothing is read. */
    @Test
    void a_path_in_a_parameter_names_no_file() throws Exception {
        Path secret = Files.createTempFile("jixiao-secret", ".yaml");
        Files.writeString(secret, "id: secret\nversion: '1'\n");
        try {
            HttpResponse<String> page = served.get("/fill?rubric=" + secret.toAbsolutePath());
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("没有这个评分细则").doesNotContain("secret");
            HttpResponse<String> up = served.get("/fill?rubric=../../etc/passwd");
            assertThat(up.statusCode()).isEqualTo(404);
            HttpResponse<String> posted =
                    served.post("/fill/score", Map.of("rubric", secret.toString()), token, cookie);
            assertThat(posted.statusCode()).isEqualTo(404);
            assertThat(served.get("/static/../../../../etc/passwd").body()).doesNotContain("root:");
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void an_oversized_upload_is_refused_and_nothing_is_kept() throws Exception {
        byte[] big = new byte[200 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        String boundary = "----jixiao";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"rubric\"\r\n\r\n" + Served.HENAN
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.json\"\r\n"
                        + "Content-Type: application/json\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + big.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(big, 0, body, head.length, big.length);
        System.arraycopy(tail, 0, body, head.length + big.length, tail.length);
        long tempBefore = temporaryUploads();
        HttpRequest request = HttpRequest.newBuilder(served.uri("/fill/open"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = served.http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(400, 413);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(temporaryUploads()).isEqualTo(tempBefore);
    }

    private static long temporaryUploads() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("jixiao-upload")
                            || f.getFileName().toString().startsWith("MultiPart"))
                    .count();
        }
    }

    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", served.server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
