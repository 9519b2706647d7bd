package io.toasty.cdi.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one scenario's application: every scenario's models share the test class path, and so its model
 * index, but an application sees only its own. Of the models that the test class path holds, this loader's index lists
 * only those nested in the scenario class; models that come from elsewhere (a class loader the test made) stay listed.
 */
public final class ScenarioClassLoader extends ClassLoader {
    private static final String INDEX = io.toasty.spi.ModelIndex.LOCATION;

    private final String prefix;
    private final ClassLoader testClassPath;

    public ScenarioClassLoader(ClassLoader parent, Class<?> scenario) {
        super("scenario", parent);
        this.prefix = scenario.getName() + "$";
        this.testClassPath = scenario.getClassLoader();
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.equals(INDEX)) {
            return super.getResources(name);
        }
        StringBuilder index = new StringBuilder();
        for (URL url : Collections.list(super.getResources(name))) {
            try (InputStream in = url.openStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String model = line.trim();
                    if (!model.isEmpty() && (model.startsWith(prefix) || !onTestClassPath(model))) {
                        index.append(model).append('\n');
                    }
                }
            }
        }
        List<URL> urls = new ArrayList<>();
        if (index.length() > 0) {
            urls.add(memory(index.toString()));
        }
        return Collections.enumeration(urls);
    }

    private boolean onTestClassPath(String className) {
        return testClassPath.getResource(className.replace('.', '/') + ".class") != null;
    }

    private static URL memory(String content) throws MalformedURLException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new URL(null, "memory:" + INDEX, new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
                return new URLConnection(url) {
                    @Override
                    public void connect() {}

                    @Override
                    public InputStream getInputStream() {
                        return new ByteArrayInputStream(bytes);
                    }
                };
            }
        });
    }
}
