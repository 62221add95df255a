package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.io.Writer;
import org.jixiao.engine.problem.Translator;

/**
 * Standard error in the reader's language: whole lines are handed to the {@link Translator} as they end, so every
 * message a command prints — its own, the engine's, picocli's — is translated at one place. A line still open when
 * the writer is flushed is written as it stands.
 */
final class TranslatingWriter extends Writer {

    private final PrintWriter target;
    private final Translator translator;
    private final StringBuilder line = new StringBuilder();

    TranslatingWriter(PrintWriter target, Translator translator) {
        this.target = target;
        this.translator = translator;
    }

    /** Standard error translated, or {@code err} itself where there is nothing to translate into. */
    static PrintWriter wrap(PrintWriter err, Translator translator) {
        if (translator.equals(Translator.english())) {
            return err;
        }
        return new PrintWriter(new TranslatingWriter(err, translator), true);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        synchronized (lock) {
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (c == '\n') {
                    String text = line.toString();
                    boolean carriageReturn = text.endsWith("\r");
                    String body = carriageReturn ? text.substring(0, text.length() - 1) : text;
                    target.write(translator.line(body));
                    target.write(carriageReturn ? "\r\n" : "\n");
                    line.setLength(0);
                } else {
                    line.append(c);
                }
            }
        }
    }

    @Override
    public void flush() {
        synchronized (lock) {
            if (!line.isEmpty()) {
                target.write(line.toString());
                line.setLength(0);
            }
            target.flush();
        }
    }

    @Override
    public void close() {
        flush();
    }
}
