package org.jixiao.engine.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;

/**
 * A plugin's own class loader. The JDK comes from the platform loader and the SPI packages
 * ({@code org.jixiao.spi.*}) from the engine's loader, parent-first; everything else only from the
 * plugin's own jars. So a plugin sees neither the engine's internals nor the app's libraries, and its
 * own libraries cannot clash with the app's or another plugin's.
 */
final class PluginClassLoader extends URLClassLoader {

    private static final String SPI_PACKAGE = "org.jixiao.spi.";

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final ClassLoader spiLoader;

    PluginClassLoader(String name, URL[] jars, ClassLoader spiLoader) {
        super(name, jars, ClassLoader.getPlatformClassLoader());
        this.spiLoader = spiLoader;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SPI_PACKAGE)) {
            return spiLoader.loadClass(name);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = getParent().loadClass(name);
                } catch (ClassNotFoundException notInTheJdk) {
                    loaded = findClass(name);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return findResources(name);
    }
}
