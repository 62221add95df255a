package org.jixiao.web.guard;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The checks every request passes, installed as Javalin's first before-handler. A refused request gets its status
 * and one Chinese sentence, and no handler after it runs.
 *
 * <ul>
 *   <li>The Host header must name this machine while the page listens on a loopback address, so that a web site
 *       whose name was pointed at 127.0.0.1 (DNS rebinding) cannot read or post to it.
 *   <li>A POST must carry the page's CSRF token (a header for the live updates, a form field for downloads and
 *       uploads) equal to the token in its cookie, and an {@code Origin}, when sent, must be this page's.
 *   <li>Every response says: no script or style but this page's own, no framing, no sniffing, no referrer.
 * </ul>
 */
public final class Guards {

    /** The cookie that holds the page's CSRF token. */
    public static final String CSRF_COOKIE = "jixiao_csrf";

    /** The form field of the token, for downloads and uploads. */
    public static final String CSRF_FIELD = "_csrf";

    /** The header of the token, sent by every htmx request. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** Only this page's own scripts, styles and images; no inline script, no plug-ins, no framing. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final java.util.function.IntSupplier port;
    private final boolean loopback;
    private final long maxRequestBytes;
    private final Texts texts;
    private final SecureRandom random = new SecureRandom();

    /**
     * Guards for a page on a port.
     *
     * @param port the port it listens on (known once it has started)
     * @param loopback whether it listens on a loopback address only (then the Host must name this machine)
     * @param maxRequestBytes the most a request's body may hold; a larger one is refused before it is read
     * @param texts the page's texts, for the sentence a refused request reads
     */
    public Guards(java.util.function.IntSupplier port, boolean loopback, long maxRequestBytes, Texts texts) {
        this.port = port;
        this.loopback = loopback;
        this.maxRequestBytes = maxRequestBytes;
        this.texts = texts;
    }

    /**
     * Checks a request; refuses it (status, message, no further handler) when it fails.
     *
     * @param ctx the request
     */
    public void check(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        if (!hostAllowed(ctx.header("Host"))) {
            refuse(ctx, 421, texts.text("guard.host", port.getAsInt()));
            return;
        }
        if (ctx.method().name().equals("POST")) {
            long length = ctx.req().getContentLengthLong();
            if (length > maxRequestBytes) {
                refuse(ctx, 413, texts.text("guard.tooLarge", maxRequestBytes / (1024 * 1024)));
                return;
            }
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equals("null") && !sameOrigin(origin, ctx.header("Host"))) {
                refuse(ctx, 403, texts.text("guard.origin"));
                return;
            }
            String expected = ctx.cookie(CSRF_COOKIE);
            String given = ctx.header(CSRF_HEADER);
            if (given == null) {
                given = ctx.formParam(CSRF_FIELD);
            }
            if (expected == null || given == null || !constantTimeEquals(expected, given)) {
                refuse(ctx, 403, texts.text("guard.token"));
            }
        }
    }

    /**
     * The page's CSRF token: the one in the request's cookie, or a new one set in the response's.
     *
     * @param ctx the request that renders a page
     * @return the token to put in the page
     */
    public String token(Context ctx) {
        String known = ctx.cookie(CSRF_COOKIE);
        if (known != null && known.matches("[A-Za-z0-9_-]{43}")) {
            return known;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.cookie(new Cookie(CSRF_COOKIE, token, "/", -1, false, true, null, SameSite.STRICT));
        return token;
    }

    private boolean hostAllowed(String host) {
        if (!loopback) {
            return true;
        }
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf(']')) {
            if (!name.substring(colon + 1).equals(String.valueOf(port.getAsInt()))) {
                return false;
            }
            name = name.substring(0, colon);
        }
        return LOOPBACK_NAMES.contains(name);
    }

    private static boolean sameOrigin(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return "http".equals(uri.getScheme()) && authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(message);
        ctx.skipRemainingHandlers();
    }
}
