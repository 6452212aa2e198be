package it.sportello.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;

/**
 * What a page keeps between requests — a view-scoped or session-scoped bean — travels with the
 * session when it is written out or copied to another node of a cluster. Such a bean is
 * serializable and keeps what identifies the data it shows (a request number, a code), never the
 * entities themselves: those are read again after the bean travelled, so another node never shows
 * a stale or detached copy. A bean may hold what it read for the request in a {@code transient}
 * field, read again from what it keeps when the field comes back empty.
 */
class ViewStateTest {

    /**
     * What the container injects as the object itself rather than a proxy, and which cannot be
     * written out: a page asks the request instead ({@code Faces.getRemoteUser()}, {@code
     * Faces.isUserInRole}).
     */
    private static final java.util.Set<Class<?>> STAYS =
            java.util.Set.of(jakarta.security.enterprise.SecurityContext.class);

    @Test
    void beansKeptBetweenRequestsAreSerializableAndKeepNoEntity() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : keptBetweenRequests()) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getSimpleName() + " is not Serializable");
            }
            for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (isInjected(field) && Modifier.isTransient(modifiers)) {
                        problems.add(bean.getSimpleName() + "." + field.getName()
                                + " is injected into a transient field: it is null once the bean travelled");
                    }
                    if (isInjected(field) && STAYS.contains(field.getType())) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + " keeps a "
                                + field.getType().getSimpleName() + ", which cannot be written out: ask the request");
                    }
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || isInjected(field)) {
                        continue;
                    }
                    if (holdsEntity(field.getGenericType())) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + " keeps "
                                + field.getGenericType().getTypeName());
                    } else if (!travels(field.getGenericType())) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + " is a "
                                + field.getGenericType().getTypeName() + ", which is not Serializable");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anEntityIsFoundInsideACollectionToo() throws Exception {
        class Holder {
            List<it.sportello.practice.entity.Practice> practices;
            String reference;
        }
        assertThat(holdsEntity(Holder.class.getDeclaredField("practices").getGenericType()))
                .isTrue();
        assertThat(holdsEntity(Holder.class.getDeclaredField("reference").getGenericType()))
                .isFalse();
    }

    /** What the container injects is its own to restore (a proxy, or a bean of a wider scope). */
    private static boolean isInjected(Field field) {
        return field.isAnnotationPresent(jakarta.inject.Inject.class)
                || field.isAnnotationPresent(jakarta.ejb.EJB.class)
                || field.isAnnotationPresent(jakarta.annotation.Resource.class);
    }

    /**
     * A value that can be written out: a primitive, or a serializable class; an interface is judged
     * by what it holds, a collection or map also by its elements ({@code List<FormSummary.Part>}).
     */
    private static boolean travels(Type type) {
        if (type instanceof ParameterizedType generic) {
            return travels(generic.getRawType())
                    && Stream.of(generic.getActualTypeArguments()).allMatch(ViewStateTest::travels);
        }
        if (type instanceof Class<?> plain) {
            return plain.isPrimitive() || plain.isInterface() || Serializable.class.isAssignableFrom(plain);
        }
        return true; // a type variable or wildcard: judged where it is bound
    }

    private static boolean holdsEntity(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isAnnotationPresent(Entity.class);
        }
        if (type instanceof ParameterizedType generic) {
            return holdsEntity(generic.getRawType())
                    || Stream.of(generic.getActualTypeArguments()).anyMatch(ViewStateTest::holdsEntity);
        }
        return false;
    }

    /** The web module's view-scoped and session-scoped beans, found from its sources. */
    private static List<Class<?>> keptBetweenRequests() throws IOException {
        Path sources = Path.of("src/main/java");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name =
                        sources.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                try {
                    Class<?> type = Class.forName(name, false, ViewStateTest.class.getClassLoader());
                    if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                        beans.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a package-info or a class the unit tests cannot load: not a page bean
                }
            }
        }
        assertThat(beans).as("page beans found").hasSizeGreaterThan(10);
        return beans;
    }
}
