package org.jixiao.web.view;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jixiao.engine.problem.Translator;

/**
 * Renders the page's templates ({@code org/jixiao/web/templates/*.ftlh}, HTML auto-escaped) with the texts of the
 * {@code org.jixiao.web.messages} bundle as {@code t}, and the path of the bundled htmx as {@code htmx}. Thread-safe.
 */
public final class Pages {

    private final Configuration freemarker;
    private final Map<String, String> texts;
    private final String htmx;
    private final Translator translator = Translator.chinese();

    /** Loads the templates and the Chinese texts. */
    public Pages() {
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setClassForTemplateLoading(Pages.class, "/org/jixiao/web/templates");
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setLocale(Locale.SIMPLIFIED_CHINESE);
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setFallbackOnNullLoopVariable(false);
        ResourceBundle bundle = ResourceBundle.getBundle("org.jixiao.web.messages", Locale.SIMPLIFIED_CHINESE);
        Map<String, String> all = new HashMap<>();
        for (String key : bundle.keySet()) {
            all.put(key, bundle.getString(key));
        }
        texts = Collections.unmodifiableMap(all);
        htmx = "/webjars/htmx.org/" + htmxVersion() + "/dist/htmx.min.js";
    }

    /**
     * A message of the engine, the workbook reader or a round (written in English where it is made) in Chinese, line by
     * line; the page is always Chinese.
     *
     * @param message the message, one or more lines
     * @return the message in Chinese where a wording is known, else as given
     */
    public String engine(String message) {
        return message.lines().map(translator::line).collect(Collectors.joining("\n"));
    }

    /**
     * One text of the bundle.
     *
     * @param key its key
     * @param arguments values for its {@code {0}}, {@code {1}} …
     * @return the text
     */
    public String text(String key, Object... arguments) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no text " + key);
        }
        if (arguments.length == 0) {
            return text;
        }
        // numbers as written (a port 40123, not "40,123"): MessageFormat would group their digits
        Object[] written = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            written[i] = arguments[i] instanceof Number ? arguments[i].toString() : arguments[i];
        }
        return new java.text.MessageFormat(text, Locale.SIMPLIFIED_CHINESE).format(written);
    }

    /**
     * Renders a template.
     *
     * @param template its name, such as {@code fill.ftlh}
     * @param model its values; {@code t} (the texts) and {@code htmx} are added
     * @return the HTML
     */
    public String render(String template, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("t", texts);
        all.put("htmx", htmx);
        try {
            Template page = freemarker.getTemplate(template);
            StringWriter out = new StringWriter();
            page.process(all, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + ": " + e.getMessage(), e);
        }
    }

    /** The version of the htmx webjar on the class path, from its Maven properties. */
    private static String htmxVersion() {
        try (var in = Pages.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the htmx webjar (org.webjars.npm:htmx.org) is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
