package org.jixiao.web.guard;

/**
 * Where the guards' sentences come from: the page's bundle ({@code org.jixiao.web.messages}), passed in as
 * {@code pages::text}, so that what a refused request reads is written with every other text of the page.
 */
@FunctionalInterface
public interface Texts {

    /**
     * One text.
     *
     * @param key its key in the bundle
     * @param arguments values for its {@code {0}}, {@code {1}} …
     * @return the text
     */
    String text(String key, Object... arguments);
}
