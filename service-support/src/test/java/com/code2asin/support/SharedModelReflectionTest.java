package com.code2asin.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.event.ResultRow;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A native build can (de)serialize every event type: none of shared-model's records or enums is left out. */
class SharedModelReflectionTest {

    private static final String EVENTS = ResultRow.class.getPackageName();
    private static final String PACKAGE = EVENTS.replace('.', '/') + "/";
    private static final String MODEL = "com.code2asin.model.";

    @Test
    void everyEventRecordAndEnumIsRegistered() throws Exception {
        Set<String> registered = Arrays.stream(SharedModelReflection.class.getAnnotation(RegisterForReflection.class)
                .targets()).map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> crossing = new TreeSet<>();
        for (String name : eventClassNames()) {
            Class<?> type = Class.forName(name);
            if (type.isRecord() || type.isEnum()) {
                crossing.add(name);
            }
            if (type.isRecord()) {
                Arrays.stream(type.getRecordComponents()).flatMap(c -> carried(c.getGenericType()))
                        .filter(c -> c.getName().startsWith(MODEL) && !c.getPackageName().equals(EVENTS))
                        .forEach(c -> crossing.add(c.getName()));
            }
        }
        assertTrue(crossing.size() >= 20, "the event package was read: " + crossing);
        assertEquals(crossing, registered, "shared-model's event records and enums vs SharedModelReflection");
    }

    /** A component's type and the type arguments in it ({@code List<Marketplace>} carries a Marketplace). */
    private static Stream<Class<?>> carried(Type type) {
        if (type instanceof Class<?> plain) {
            return Stream.of(plain);
        }
        if (type instanceof ParameterizedType generic) {
            return Stream.concat(carried(generic.getRawType()),
                    Arrays.stream(generic.getActualTypeArguments()).flatMap(SharedModelReflectionTest::carried));
        }
        return Stream.empty();
    }

    /** The top-level classes of the event package, from shared-model's jar or its classes directory. */
    private static List<String> eventClassNames() throws IOException, URISyntaxException {
        Path where = Path.of(ResultRow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Stream<String> entries;
        if (Files.isDirectory(where)) {
            try (Stream<Path> files = Files.walk(where.resolve(PACKAGE))) {
                entries = files.map(f -> where.relativize(f).toString().replace('\\', '/')).toList().stream();
            }
        } else {
            try (JarFile jar = new JarFile(where.toFile())) {
                entries = jar.stream().map(e -> e.getName()).toList().stream();
            }
        }
        return entries.filter(e -> e.startsWith(PACKAGE) && e.endsWith(".class") && !e.contains("$")
                        && !e.endsWith("package-info.class"))
                .filter(e -> e.indexOf('/', PACKAGE.length()) < 0)
                .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.')).toList();
    }
}
