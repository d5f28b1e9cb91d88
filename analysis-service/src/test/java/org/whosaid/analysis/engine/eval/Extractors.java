package org.whosaid.analysis.engine.eval;

import org.whosaid.analysis.engine.Extractor;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Finds the extractor to measure: a class name whose public static {@code standard()} returns an {@link Extractor}
 * or which is itself an Extractor with a public no-argument constructor. Default: the engine's
 * {@code org.whosaid.analysis.engine.Pipeline.standard()}.
 */
public final class Extractors {
    public static final String DEFAULT = "org.whosaid.analysis.engine.Pipeline";

    private Extractors() {
    }

    public static Extractor load(String className) {
        try {
            Class<?> c = Class.forName(className);
            try {
                Method m = c.getMethod("standard");
                if (Modifier.isStatic(m.getModifiers()) && Extractor.class.isAssignableFrom(m.getReturnType()))
                    return (Extractor) m.invoke(null);
            } catch (NoSuchMethodException ignored) {
                // fall through to the constructor
            }
            if (Extractor.class.isAssignableFrom(c)) return (Extractor) c.getConstructor().newInstance();
            throw new IllegalArgumentException(className + " has no static standard() and is not an Extractor");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("extractor class " + className + " is not on the classpath", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create extractor " + className + ": " + e, e);
        }
    }

    public static Extractor standard() {
        return load(System.getProperty("whosaid.extractor", DEFAULT));
    }
}
