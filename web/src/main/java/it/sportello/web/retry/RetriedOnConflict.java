package it.sportello.web.retry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A page action that calls a boundary and may lose a race with another request for the same rows
 * (a click day, a double click): the action is run again, in a new transaction, instead of ending
 * on the error page. Only for actions that are safe to repeat, as sending a practice is.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetriedOnConflict {}
