package org.jixiao.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.submission.Submission;
import org.jixiao.web.fill.FormFields;

/**
 * The page under load, as issue #22 asks it measured (never a timed test): start to first page of {@code jixiao
 * serve} from a plain {@code java -jar} (median of 5 starts), then USERS clerks each typing into the seed's form, a
 * live recompute every 250 ms a clerk (htmx's debounce), for SECONDS after a warm-up; prints the round trip's p50,
 * p90, p99 and max, and the requests served. Server and clients share this machine.
 *
 * <p>Usage: {@code java -cp … org.jixiao.benchmarks.WebRoundTrip app/target/jixiao.jar [USERS] [SECONDS] [ARCHIVE]}:
 * with ARCHIVE (the {@code ./jixiao} launcher's {@code app/target/jixiao.jsa}), the server starts as the launcher
 * starts it (that class-data archive, C1 only).
 */
public final class WebRoundTrip {

    private static final int PORT = 18181;

    private static String archive;

    private WebRoundTrip() {}

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        archive = args.length > 3 ? args[3] : null;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Process server = start(jar);
            starts.add(firstPage(http, System.nanoTime()) / 1_000_000);
            stop(server);
        }
        Collections.sort(starts);
        System.out.printf(
                "start to first page (%s, 5 starts): median %d ms, max %d ms%n",
                archive == null ? "java -jar" : "as ./jixiao starts it", starts.get(2), starts.get(4));

        Process server = start(jar);
        firstPage(http, System.nanoTime());
        HttpResponse<String> home = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = home.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher matcher =
                Pattern.compile("X-CSRF-Token\": \"([A-Za-z0-9_-]+)\"").matcher(home.body());
        matcher.find();
        String token = matcher.group(1);
        Map<String, String> form = form();
        long warmUpEnd = System.nanoTime() + 5_000_000_000L;
        long end = warmUpEnd + seconds * 1_000_000_000L;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(users);
        for (int u = 0; u < users; u++) {
            int user = u;
            Thread worker = new Thread(() -> {
                int typed = 0;
                try {
                    while (System.nanoTime() < end) {
                        Map<String, String> fields = new LinkedHashMap<>(form);
                        fields.put("f.satisfactionRate", String.valueOf(70 + (user + typed++) % 30));
                        long t0 = System.nanoTime();
                        HttpResponse<String> response =
                                http.send(post(fields, token, cookie), HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - t0;
                        if (response.statusCode() != 200 || !response.body().contains("id=\"total\"")) {
                            errors.incrementAndGet();
                        } else if (t0 > warmUpEnd) {
                            latencies.add(took);
                        }
                        Thread.sleep(250);
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            worker.start();
        }
        done.await();
        stop(server);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "live recompute, %d users, %d s: %d requests (%.0f/s), p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms,"
                        + " %d errors%n",
                users,
                seconds,
                sorted.size(),
                sorted.size() / (double) seconds,
                at(sorted, 0.50),
                at(sorted, 0.90),
                at(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6,
                errors.get());
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private static Process start(String jar) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (archive != null) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-XX:TieredStopAtLevel=1"));
        }
        command.addAll(List.of("-jar", jar, "serve", "--port", String.valueOf(PORT)));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static long firstPage(HttpClient http, long started) throws Exception {
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/"))
                .build();
        while (true) {
            try {
                if (http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime() - started;
                }
            } catch (java.io.IOException notYet) {
                Thread.sleep(5);
            }
        }
    }

    private static void stop(Process server) throws Exception {
        server.destroy();
        server.waitFor();
    }

    private static HttpRequest post(Map<String, String> fields, String token, String cookie) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((k, v) -> body.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/fill/score"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-Token", token)
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }

    /** The seed's facts and claims as the form's fields, as the page itself fills them from a file. */
    private static Map<String, String> form() {
        Engine engine =
                Engine.builder().discover(WebRoundTrip.class.getClassLoader()).build();
        Submission example = engine.readSubmission(Path.of("examples/zhumadian-2020.json"));
        Map<String, String> form = new LinkedHashMap<>(FormFields.of(
                engine.loadRubric(
                        RubricLibrary.onClassPath(WebRoundTrip.class.getClassLoader()), "henan-2020-old-community"),
                example));
        form.put("rubric", "henan-2020-old-community");
        return form;
    }
}
