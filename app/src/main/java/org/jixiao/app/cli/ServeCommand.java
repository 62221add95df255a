package org.jixiao.app.cli;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.jixiao.app.rubrics.RubricRepository;
import org.jixiao.engine.Engine;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.web.WebOptions;
import org.jixiao.web.WebServer;
import org.jixiao.web.rubrics.RubricCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao serve}: the 填报 page in the browser, on this machine only unless told otherwise. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the web page (填报): fill in a rubric's facts in the browser and see the score live."
                + " Listens on 127.0.0.1 only unless --host says otherwise; Ctrl+C stops it.")
final class ServeCommand implements Callable<Integer> {

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "The port to listen on. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 lets"
                    + " everyone on the network use the page.")
    String host;

    @Option(
            names = "--rubrics",
            paramLabel = "DIR",
            description = "Also offer the rubric files (.yaml, .yml, .json) in DIR, and its programme sets, each by its"
                    + " file name; a file that is neither is named and left out.")
    Path rubricFolder;

    @Option(names = "--open", description = "Open the page in the default browser once it is up.")
    boolean open;

    @Option(
            names = "--check",
            description = "Start the page on a free port of 127.0.0.1, open its pages once, and stop: checks that the"
                    + " page works on this machine (exit 0), without leaving it running.")
    boolean check;

    private final Provider<Engine> engine;
    private final RubricRepository rubrics;
    private final PrintWriter out;
    private final PrintWriter err;

    @Inject
    ServeCommand(Provider<Engine> engine, RubricRepository rubrics, @Out PrintWriter out, @Err PrintWriter err) {
        this.engine = engine;
        this.rubrics = rubrics;
        this.out = out;
        this.err = err;
    }

    /**
     * The built-in rubrics, then those of {@code --rubrics DIR}, each compiled now, so that a bad file is named at the
     * start instead of failing a page; a request names one only by its id here, never by a path.
     */
    private RubricCatalog catalog() {
        Map<String, CompiledRubric> files = new LinkedHashMap<>();
        Map<String, org.jixiao.engine.programme.ProgrammeSet> sets = new LinkedHashMap<>();
        if (rubricFolder != null) {
            if (!Files.isDirectory(rubricFolder)) {
                throw InputException.of("--rubrics", rubricFolder.toString(), "is not a folder of rubric files");
            }
            List<Path> candidates;
            try (Stream<Path> listed = Files.list(rubricFolder)) {
                // a rubric's test cases (NAME.cases.yaml) sit beside it and are not rubrics: not worth a note
                candidates = listed.filter(f -> f.getFileName().toString().matches("(?i).*\\.(yaml|yml|json)"))
                        .filter(f -> !f.getFileName().toString().contains(".cases."))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw InputException.of("--rubrics", rubricFolder.toString(), "cannot be listed: " + e.getMessage());
            }
            for (Path file : candidates) {
                String id = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                if (rubrics.builtInIds().contains(id) || files.containsKey(id) || sets.containsKey(id)) {
                    err.println("jixiao: 未在网页中提供 " + file + "：网页已有同名的评分细则 " + id);
                    continue;
                }
                try {
                    if (engine.get().isSkeleton(file)) {
                        err.println("jixiao: 未在网页中提供 " + file + "：这是骨架评分表，供项目的评分表继承，不单独填报");
                        continue;
                    }
                    if (engine.get().isProgrammeSet(file)) {
                        sets.put(id, rubrics.loadSet(file));
                    } else {
                        files.put(id, rubrics.load(file));
                    }
                } catch (InputException e) {
                    err.println("jixiao: 未在网页中提供 " + file + "（不是评分细则或项目组合）："
                            + e.getMessage().lines().findFirst().orElse(""));
                }
            }
            err.flush();
        }
        List<String> ids = new ArrayList<>();
        for (String id : rubrics.builtInIds()) {
            if (!rubrics.isSkeleton(id)) { // a skeleton (project-self-evaluation) is extended, not filled in
                ids.add(id);
            }
        }
        ids.addAll(files.keySet());
        return new RubricCatalog() {
            @Override
            public List<String> ids() {
                return ids;
            }

            @Override
            public List<String> setIds() {
                return List.copyOf(sets.keySet());
            }

            @Override
            public Optional<org.jixiao.engine.programme.ProgrammeSet> set(String id) {
                return Optional.ofNullable(sets.get(id));
            }

            @Override
            public Optional<CompiledRubric> rubric(String id) {
                if (files.containsKey(id)) {
                    return Optional.of(files.get(id));
                }
                return rubrics.builtInIds().contains(id) ? Optional.of(rubrics.resolve(id)) : Optional.empty();
            }
        };
    }

    /** Opens a page in the default browser, or says how to open it by hand where that cannot be done. */
    private void browse(java.net.URI page) {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            try {
                Desktop.getDesktop().browse(page);
            } catch (IOException e) {
                err.println("无法打开浏览器，请手动打开 " + page);
            }
        } else {
            err.println("此环境无法自动打开浏览器，请手动打开 " + page);
        }
        err.flush();
    }

    /** Whether starting failed because the port is taken. */
    private static boolean boundElsewhere(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the page on this machine's port is jixiao's own (its home page says so). */
    private static boolean isJixiao(java.net.URI page) {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                    .connectTimeout(java.time.Duration.ofSeconds(2))
                    .build()
                    .send(
                            java.net.http.HttpRequest.newBuilder(page)
                                    .timeout(java.time.Duration.ofSeconds(3))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("jixiao 财政资金绩效评价");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts the page on a free port, fetches its pages once as a browser would, and stops it. */
    private int check(RubricCatalog catalog) {
        try (WebServer server = WebServer.start(engine.get(), catalog, WebOptions.on("127.0.0.1", 0))) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            List<String> pages = new java.util.ArrayList<>(List.of("/", "/review"));
            catalog.ids().forEach(id -> pages.add("/fill?rubric=" + id));
            catalog.setIds().forEach(id -> pages.add("/fill?rubric=" + id));
            for (String page : pages) {
                java.net.http.HttpResponse<String> response = http.send(
                        java.net.http.HttpRequest.newBuilder(server.uri().resolve(page))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    err.println("网页检查未通过：" + page + " 返回 " + response.statusCode());
                    err.flush();
                    return Cli.INTERNAL_ERROR;
                }
            }
            out.println("网页检查通过：" + pages.size() + " 个页面均可打开。");
            out.flush();
            return Cli.OK;
        } catch (java.io.IOException e) {
            err.println("网页检查未通过：" + e.getMessage());
            err.flush();
            return Cli.INTERNAL_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.INTERNAL_ERROR;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        RubricCatalog catalog = catalog();
        if (check) {
            return check(catalog);
        }
        WebOptions options = WebOptions.on(host, port);
        if (!options.loopback()) {
            err.println("警告：网页监听 " + host + "，同一网络中的任何人都可以打开并使用它。只在本机使用时请去掉 --host。");
            err.flush();
        }
        WebServer server;
        try {
            server = WebServer.start(engine.get(), catalog, options);
        } catch (RuntimeException e) {
            if (!boundElsewhere(e)) {
                throw e;
            }
            // a second double-click on 打开网页.bat: the page is already up, so open it instead of failing
            java.net.URI page = java.net.URI.create("http://127.0.0.1:" + port + "/");
            if (!isJixiao(page)) {
                throw InputException.of(
                        "--port", String.valueOf(port), "端口已被其他程序占用：请用 --port 指定其他端口，如 --port " + (port + 1));
            }
            out.println("jixiao 网页已在运行：" + page);
            out.flush();
            if (open) {
                browse(page);
            }
            return Cli.OK;
        }
        Cli.runUntilStopped();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        out.println("jixiao 网页已启动：" + server.uri() + "  （按 Ctrl+C 停止）");
        out.flush();
        if (open) {
            browse(server.uri());
        }
        stopped.await();
        return 0;
    }
}
