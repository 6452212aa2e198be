package it.sportello.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.practice.entity.Practice;

/**
 * Every message of every Bean Validation constraint the code declares — on entities, boundary
 * parameters and page beans, the standard constraints' own keys included — is in
 * {@code ValidationMessages} in Italian, English and German. A constraint whose key is missing
 * shows the validator's built-in text in the server's language ("must not be blank").
 */
class ValidationMessagesTest {

    private static final Pattern KEY = Pattern.compile("\\{([^{}$]+)}");

    @Test
    void theCodeIsScannedWhole() throws Exception {
        assertThat(keysUsed())
                .as("a boundary's @NotBlank, an entity's own message")
                .contains("jakarta.validation.constraints.NotBlank.message", "contacts.email.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "en", "de"})
    void everyConstraintMessageIsInEveryLanguage(String language) throws Exception {
        Properties messages = EnumLabelsTest.load("ValidationMessages", language);
        List<String> missing = keysUsed().stream()
                .filter(key -> messages.getProperty(key) == null
                        || messages.getProperty(key).isBlank())
                .toList();

        assertThat(missing).isEmpty();
    }

    @Test
    void italianHasItsOwnFileSoThatItNeverFallsBackToTheServersLanguage() {
        assertThat(ValidationMessagesTest.class.getResource("/ValidationMessages_it.properties"))
                .isNotNull();
    }

    /** The message keys of every constraint declared in the EJB module and in the pages. */
    private static Set<String> keysUsed() throws Exception {
        Set<String> keys = new TreeSet<>();
        List<String> names = new ArrayList<>(EnumLabelsTest.classNames(Practice.class));
        names.addAll(EnumLabelsTest.classNames(BundleMessages.class));
        assertThat(names).contains(PracticeDesk.class.getName(), LocaleSelection.class.getName());
        for (String name : names) {
            if (!name.startsWith("it.sportello.") || name.endsWith("package-info")) {
                continue;
            }
            keys.addAll(keysOn(Class.forName(name, false, ValidationMessagesTest.class.getClassLoader())));
        }
        return keys;
    }

    private static Set<String> keysOn(Class<?> type) {
        Set<String> keys = new TreeSet<>();
        List<AnnotatedElement> elements = new ArrayList<>();
        elements.add(type);
        elements.addAll(List.of(type.getDeclaredFields()));
        for (Executable executable : executables(type)) {
            elements.add(executable);
            elements.addAll(List.of(executable.getParameters()));
        }
        for (AnnotatedElement element : elements) {
            for (Annotation annotation : element.getDeclaredAnnotations()) {
                keys.addAll(keysOf(annotation));
            }
        }
        return keys;
    }

    private static List<Executable> executables(Class<?> type) {
        List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredConstructors()));
        executables.addAll(List.of(type.getDeclaredMethods()));
        return executables;
    }

    /** The key of a constraint's message, or of each constraint of a container ({@code @Pattern.List}). */
    private static Set<String> keysOf(Annotation annotation) {
        Set<String> keys = new TreeSet<>();
        Class<? extends Annotation> kind = annotation.annotationType();
        try {
            if (kind.isAnnotationPresent(Constraint.class)) {
                Matcher key = KEY.matcher((String) kind.getMethod("message").invoke(annotation));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            } else if (kind.getSimpleName().equals("List")
                    && kind.getMethod("value").getReturnType().isArray()) {
                for (Annotation contained :
                        (Annotation[]) kind.getMethod("value").invoke(annotation)) {
                    keys.addAll(keysOf(contained));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(annotation.toString(), e);
        }
        return keys;
    }
}
