package org.jixiao.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.engine.Engine;
import org.jixiao.web.fill.FillRoutes;
import org.jixiao.web.guard.Guards;
import org.jixiao.web.review.ReviewRoutes;
import org.jixiao.web.rubrics.RubricCatalog;
import org.jixiao.web.view.Pages;

/**
 * The local web page: started over the engine and rubrics the CLI uses, listening where {@link WebOptions} says
 * (127.0.0.1 unless told otherwise), every request passing {@link Guards} first. Closing it stops the server.
 */
public final class WebServer implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WebServer.class);

    private final Javalin javalin;
    private final WebOptions options;

    private WebServer(Javalin javalin, WebOptions options) {
        this.javalin = javalin;
        this.options = options;
    }

    /**
     * Starts the page.
     *
     * @param engine the engine that scores
     * @param catalog the rubrics it offers
     * @param options where it listens and its limits
     * @return the running page
     */
    public static WebServer start(Engine engine, RubricCatalog catalog, WebOptions options) {
        Pages pages = new Pages();
        AtomicInteger port = new AtomicInteger(options.port());
        // a city's workbooks fit; nothing is written to disk on the way in
        long total = options.maxUploadBytes() * Math.min(options.maxUploadFiles(), 8);
        Guards guards = new Guards(port::get, options.loopback(), total, pages::text);
        FillRoutes fill = new FillRoutes(engine, catalog, pages, guards, options.maxUploadBytes());
        ReviewRoutes review =
                new ReviewRoutes(engine, catalog, pages, guards, options.maxUploadBytes(), options.maxUploadFiles());
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.http.maxRequestSize = total;
            config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(total, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) options.maxUploadBytes(), SizeUnit.BYTES);
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/jixiao/web/static";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(guards::check);
            config.routes.get("/", fill::home);
            config.routes.get("/fill", fill::form);
            config.routes.post("/fill/score", fill::score);
            config.routes.post("/fill/download", fill::download);
            config.routes.post("/fill/open", fill::open);
            config.routes.get("/review", review::form);
            config.routes.post("/review", review::review);
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.contentType("text/plain; charset=utf-8").result(pages.text("error.notFound"));
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (tooLarge(e)) {
                    ctx.status(413).contentType("text/plain; charset=utf-8").result(pages.text("error.tooLarge"));
                    return;
                }
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).contentType("text/plain; charset=utf-8").result(pages.text("error.internal"));
            });
        });
        javalin.start();
        port.set(javalin.port());
        return new WebServer(javalin, options);
    }

    /** Whether a failure is a body past its limit, found while reading it (Jetty's multipart parser says so). */
    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof IllegalStateException
                    && (message.contains("exceeded") || message.contains("exceeds"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The port it listens on (the one picked, when asked for 0).
     *
     * @return the port
     */
    public int port() {
        return javalin.port();
    }

    /**
     * The page's address as this machine's browser opens it.
     *
     * @return such as {@code http://127.0.0.1:8080/}
     */
    public URI uri() {
        String host = options.loopback() || options.host().equals("0.0.0.0") ? "127.0.0.1" : options.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
