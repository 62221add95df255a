package org.jixiao.web;

/**
 * Where the page listens and how much a request may bring.
 *
 * @param host the address to bind; {@code 127.0.0.1} unless the user asks otherwise
 * @param port the port; 0 picks a free one
 * @param maxUploadBytes the most one uploaded file may hold
 * @param maxUploadFiles the most files one request may bring
 */
public record WebOptions(String host, int port, long maxUploadBytes, int maxUploadFiles) {

    /** 16 MiB a file, as the CLI reads. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 16L * 1024 * 1024;

    /** A city's counties and its own file, with room to spare. */
    public static final int DEFAULT_MAX_UPLOAD_FILES = 60;

    /**
     * The defaults on a host and port.
     *
     * @param host the address to bind
     * @param port the port
     * @return the options
     */
    public static WebOptions on(String host, int port) {
        return new WebOptions(host, port, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_MAX_UPLOAD_FILES);
    }

    /**
     * Whether only this machine can reach the page.
     *
     * @return {@code true} for a loopback address or {@code localhost}
     */
    public boolean loopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }
}
