package it.sportello.platform.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The text, when there is one, is an absolute web address a citizen can open: {@code http} or
 * {@code https}, a host, no user name or password in it ({@link HttpUrlValidator#isHttpUrl}).
 * Blank or null is left to {@code @NotBlank} where the address is required.
 */
@Documented
@Constraint(validatedBy = HttpUrlValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface HttpUrl {

    String message() default "{url.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
