package org.jixiao.app.cli;

import java.nio.charset.Charset;
import picocli.CommandLine.Option;

/** The {@code --encoding} option, the same for every command that reads text a clerk's software saved. */
final class EncodingOption {

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            converter = CharsetConverter.class,
            description = "The input's encoding, such as GBK for files saved by Excel or WPS. Default: UTF-8.")
    private Charset charset;

    /** The charset asked for, or {@code null} for the default (UTF-8, with a BOM allowed). */
    Charset charset() {
        return charset;
    }
}
