package it.sportello;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The direction in which the layers of a business component depend on each other: a boundary
 * uses controls and entities, a control uses entities, an entity only what its state is made of
 * (other entities, the values of its component, {@code it.sportello.platform}); and between
 * components, no cycle: when one needs something of a component that depends on it, it owns a
 * small port the other implements ({@code practice.boundary.Cashier}, {@code platform.SettingsRule}).
 *
 * <p>The rules read the compiled main classes. The compiler copies a constant ({@code static final}
 * string or number) into each class that uses it, so a class that uses nothing but a constant of
 * another is not seen to depend on it.
 *
 * <p>The business and batch modules name no page of the web module: they link to one through
 * {@code platform.links.PublicLinks}, whose paths are settings. That rule reads the sources, where
 * a page's path would be a string literal.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("it.sportello");

    @Test
    void entitiesUseNeitherControlsNorBoundaries() {
        noClasses()
                .that()
                .resideInAPackage("..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..control..", "..boundary..")
                .because(
                        "an entity guards its own state with its own values; the logic around it depends on it, not the reverse")
                .check(MAIN);
    }

    @Test
    void controlsDoNotUseBoundaries() {
        noClasses()
                .that()
                .resideInAPackage("..control..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..boundary..")
                .because("a boundary opens the transaction and calls controls; a control never calls back into one")
                .check(MAIN);
    }

    @Test
    void componentsDependOnEachOtherWithoutCycles() {
        slices().matching("it.sportello.(*)..")
                .should()
                .beFreeOfCycles()
                .because(
                        "a component can be understood, tested and changed from the ones it uses, never from one that uses it back")
                .check(MAIN);
    }

    /**
     * The names a parameter carrying the caller had before boundaries asked the container:
     * {@code takeCharge(String username, ...)}, {@code send(FiscalCode who, ...)}.
     */
    private static final Set<String> CALLER_PARAMETERS =
            Set.of("username", "who", "caller", "by", "operator", "bookedBy", "admin", "manager");

    @Test
    void boundariesKnowTheirCallerFromTheContainerAndDeclareTheirRoles() {
        List<String> undeclared = new ArrayList<>();
        List<String> callerArguments = new ArrayList<>();
        for (JavaClass boundary : MAIN) {
            if (!boundary.getPackageName().endsWith(".boundary") || !isEnterpriseBean(boundary)) {
                continue;
            }
            Class<?> type = boundary.reflect();
            boolean declared =
                    type.isAnnotationPresent(RolesAllowed.class) || type.isAnnotationPresent(PermitAll.class);
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                if (!declared
                        && !method.isAnnotationPresent(RolesAllowed.class)
                        && !method.isAnnotationPresent(PermitAll.class)) {
                    undeclared.add(type.getSimpleName() + "." + method.getName());
                }
                for (Parameter parameter : method.getParameters()) {
                    if (CALLER_PARAMETERS.contains(parameter.getName())) {
                        callerArguments.add(
                                type.getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")");
                    }
                }
            }
        }
        assertThat(undeclared)
                .as("boundary methods that declare no roles (@RolesAllowed or @PermitAll, on the method or the class)")
                .isEmpty();
        assertThat(callerArguments)
                .as("boundary methods told who calls them; ask Caller")
                .isEmpty();
    }

    private static boolean isEnterpriseBean(JavaClass type) {
        return type.isAnnotatedWith(Stateless.class)
                || type.isAnnotatedWith(Singleton.class)
                || type.isAnnotatedWith(Stateful.class);
    }

    @Test
    void theBusinessAndBatchModulesNameNoPage() throws IOException {
        List<String> pages = new ArrayList<>();
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("../batch/src/main/java"))) {
            assertThat(sources).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(file -> file.toString().endsWith(".java"))
                        .forEach(file -> stringLiterals(read(file)).stream()
                                .filter(literal -> literal.contains(".xhtml"))
                                .forEach(literal -> pages.add(file + ": " + literal)));
            }
        }
        assertThat(pages)
                .as("page paths in the sources of ejb and batch; link with PublicLinks")
                .isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The string literals of a Java source, text blocks included, as they are written between
     * their quotes; comments are skipped, so a page named in Javadoc is not one.
     */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = closing(source, i + 3, "\"\"\"");
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                String quote = String.valueOf(source.charAt(i));
                int end = closing(source, i + 1, quote);
                if (quote.equals("\"")) {
                    literals.add(source.substring(i + 1, end));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** Where the literal opened before {@code from} closes: its first unescaped {@code quote}. */
    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }

    @Test
    void aPageIsFoundInALiteralAndNotInAComment() {
        String source = """
                /** Links to {@code /faq.xhtml}. */
                class Links {
                    // "/commented.xhtml"
                    String page = "/area-personale/pagamenti.xhtml"; /* "/also-commented.xhtml" */
                    String quoted = "a \\"quote\\" and // no comment";
                    char slash = '/';
                    String block = \"""
                        /index.xhtml
                        \""";
                }
                """;

        assertThat(stringLiterals(source))
                .containsExactly(
                        "/area-personale/pagamenti.xhtml",
                        "a \\\"quote\\\" and // no comment",
                        "\n        /index.xhtml\n        ");
    }
}
