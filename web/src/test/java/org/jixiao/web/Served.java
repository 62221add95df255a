package org.jixiao.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.web.rubrics.RubricCatalog;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A page started for a test on a free port of 127.0.0.1, with the built-in rubrics, an HTTP client for it, and the
 * CSRF token and cookie a browser gets with the home page. A test class registers one as an extension
 * ({@code @RegisterExtension static final Served served = new Served();}), which stops the page after its tests.
 */
final class Served implements AutoCloseable, AfterAllCallback {

    static final String HENAN = "henan-2020-old-community";

    final WebServer server;
    final HttpClient http = HttpClient.newHttpClient();
    /** The CSRF token of the page's session, and the cookie that carries it. */
    final String token;

    final String cookie;

    Served() {
        this(WebOptions.on("127.0.0.1", 0));
    }

    Served(WebOptions options) {
        this(options, java.util.List.of());
    }

    /** With rubric files offered beside the built-ins, by file name, as {@code serve --rubrics DIR} offers them. */
    Served(WebOptions options, java.util.List<java.nio.file.Path> files) {
        Engine engine = Engine.builder().discover(Served.class.getClassLoader()).build();
        RubricLibrary library = RubricLibrary.onClassPath(Served.class.getClassLoader());
        RubricCatalog builtIn = RubricCatalog.of(engine, library);
        java.util.Map<String, org.jixiao.engine.score.CompiledRubric> extra = new java.util.LinkedHashMap<>();
        java.util.Map<String, org.jixiao.engine.programme.ProgrammeSet> sets = new java.util.LinkedHashMap<>();
        for (java.nio.file.Path file : files) {
            String id = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            if (engine.isProgrammeSet(file)) {
                sets.put(id, engine.loadProgrammeSet(file, library));
            } else {
                extra.put(id, engine.loadRubric(file, library));
            }
        }
        server = WebServer.start(
                engine,
                new RubricCatalog() {
                    @Override
                    public java.util.List<String> ids() {
                        java.util.List<String> ids = new java.util.ArrayList<>(builtIn.ids());
                        ids.addAll(extra.keySet());
                        return ids;
                    }

                    @Override
                    public java.util.List<String> setIds() {
                        return java.util.List.copyOf(sets.keySet());
                    }

                    @Override
                    public java.util.Optional<org.jixiao.engine.programme.ProgrammeSet> set(String id) {
                        return java.util.Optional.ofNullable(sets.get(id));
                    }

                    @Override
                    public java.util.Optional<org.jixiao.engine.score.CompiledRubric> rubric(String id) {
                        return extra.containsKey(id) ? java.util.Optional.of(extra.get(id)) : builtIn.rubric(id);
                    }
                },
                options);
        String[] session = session();
        token = session[0];
        cookie = session[1];
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token and its cookie, as a browser gets them with the home page. */
    private String[] session() {
        try {
            HttpResponse<String> home = get("/");
            String setCookie = home.headers().firstValue("Set-Cookie").orElseThrow();
            Matcher matcher =
                    Pattern.compile("X-CSRF-Token\": \"([A-Za-z0-9_-]+)\"").matcher(home.body());
            if (!matcher.find()) {
                throw new AssertionError("no token in the page");
            }
            return new String[] {matcher.group(1), setCookie.substring(0, setCookie.indexOf(';'))};
        } catch (Exception e) {
            throw new IllegalStateException("the page gave no session: " + e, e);
        }
    }

    HttpResponse<String> post(String path, Map<String, String> form, String token, String cookie) throws Exception {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(enc(k) + "=" + enc(v)));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            request.header("X-CSRF-Token", token);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST whose answer is a file: its bytes. */
    HttpResponse<byte[]> download(String path, Map<String, String> form, String token, String cookie) throws Exception {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(enc(k) + "=" + enc(v)));
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-Token", token)
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A multipart POST with form fields (the token among them) and files, as a browser's upload form sends it. */
    HttpResponse<String> upload(
            String path, Map<String, String> fields, String fileField, Map<String, byte[]> files, String cookie)
            throws Exception {
        String boundary = "----jixiao" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                            + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
