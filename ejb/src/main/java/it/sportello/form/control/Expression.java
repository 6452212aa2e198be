package it.sportello.form.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A formula of a computed field, read by our own small parser so that an administrator's text can
 * never run code: no script engine, no reflection, no loops.
 *
 * <pre>
 *   16 * 2 + 20
 *   if(durata = "permanente", 29, years(data_inizio, data_fine))
 *   count(certificati) * copie * (if(uso = "bollo", 16, 0) + 0.52)
 * </pre>
 *
 * Values are numbers ({@link BigDecimal}), texts in single or double quotes, {@code true} and
 * {@code false}, and references to fields by id, which yield the field's cleaned value (numbers,
 * dates, texts, lists of ticked boxes). Operators, loosest first: {@code or}, {@code and},
 * comparisons {@code = != < <= > >=}, {@code + -}, {@code * /}, unary {@code - not}. Functions:
 * {@code if(condition, then, else)}, {@code years(from, to)} and {@code days(from, to)} between
 * dates, {@code round(x, digits)}, {@code min(a, b, ...)}, {@code max(a, b, ...)},
 * {@code count(checkboxes)}, {@code contains(checkboxes, "value")}.
 *
 * <p>Evaluation never throws for a problem of the data: a missing value, a value of the wrong
 * type or a division by zero make the result null, and the computed field stays empty.
 */
public final class Expression {

    /** A node of the parsed formula. */
    sealed interface Node permits Literal, Reference, Unary, Binary, Call {
        Object evaluate(Function<String, Object> values);
    }

    record Literal(Object value) implements Node {
        @Override
        public Object evaluate(Function<String, Object> values) {
            return value;
        }
    }

    record Reference(String fieldId) implements Node {
        @Override
        public Object evaluate(Function<String, Object> values) {
            return values.apply(fieldId);
        }
    }

    record Unary(String operator, Node operand) implements Node {
        @Override
        public Object evaluate(Function<String, Object> values) {
            Object value = operand.evaluate(values);
            if ("-".equals(operator)) {
                return value instanceof BigDecimal number ? number.negate() : null;
            }
            return value instanceof Boolean bool ? !bool : null;
        }
    }

    record Binary(String operator, Node left, Node right) implements Node {
        @Override
        public Object evaluate(Function<String, Object> values) {
            Object a = left.evaluate(values);
            // Short-circuit, so that "x and y" is false when x is false even if y is missing.
            if ("and".equals(operator) && Boolean.FALSE.equals(a) || "or".equals(operator) && Boolean.TRUE.equals(a)) {
                return a;
            }
            Object b = right.evaluate(values);
            if (a == null || b == null) {
                return null;
            }
            return switch (operator) {
                case "and", "or" -> a instanceof Boolean && b instanceof Boolean ? b : null;
                case "+", "-", "*", "/" -> arithmetic(operator, a, b);
                default -> compare(operator, a, b);
            };
        }

        private static Object arithmetic(String operator, Object a, Object b) {
            if (!(a instanceof BigDecimal x) || !(b instanceof BigDecimal y)) {
                return null;
            }
            return switch (operator) {
                case "+" -> x.add(y);
                case "-" -> x.subtract(y);
                case "*" -> x.multiply(y);
                default -> y.signum() == 0 ? null : x.divide(y, MathContext.DECIMAL64);
            };
        }

        private static Object compare(String operator, Object a, Object b) {
            Integer order = order(a, b);
            return switch (operator) {
                case "=" -> order != null ? order == 0 : asText(a).equals(asText(b));
                case "!=" -> order != null ? order != 0 : !asText(a).equals(asText(b));
                case "<" -> order == null ? null : order < 0;
                case "<=" -> order == null ? null : order <= 0;
                case ">" -> order == null ? null : order > 0;
                default -> order == null ? null : order >= 0;
            };
        }

        private static Integer order(Object a, Object b) {
            if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
                return x.compareTo(y);
            }
            if (a instanceof LocalDate x && b instanceof LocalDate y) {
                return x.compareTo(y);
            }
            if (a instanceof String x && b instanceof String y) {
                return x.compareTo(y);
            }
            return null;
        }
    }

    record Call(String function, List<Node> arguments) implements Node {

        /** Functions and how many arguments they take; -1 means one or more. */
        static final java.util.Map<String, Integer> ARITY = java.util.Map.of(
                "if", 3, "years", 2, "days", 2, "round", 2, "min", -1, "max", -1, "count", 1, "contains", 2);

        @Override
        public Object evaluate(Function<String, Object> values) {
            if ("if".equals(function)) {
                Object condition = arguments.get(0).evaluate(values);
                if (!(condition instanceof Boolean chosen)) {
                    return null;
                }
                return arguments.get(chosen ? 1 : 2).evaluate(values);
            }
            List<Object> args = arguments.stream()
                    .map(argument -> argument.evaluate(values))
                    .toList();
            return switch (function) {
                case "count" -> args.get(0) instanceof Collection<?> ticked ? BigDecimal.valueOf(ticked.size()) : null;
                case "contains" ->
                    args.get(0) instanceof Collection<?> ticked && args.get(1) != null
                            ? ticked.stream().anyMatch(value -> asText(value).equals(asText(args.get(1))))
                            : null;
                default -> numeric(args);
            };
        }

        private Object numeric(List<Object> args) {
            if (args.contains(null)) {
                return null;
            }
            switch (function) {
                case "years", "days" -> {
                    if (!(args.get(0) instanceof LocalDate from) || !(args.get(1) instanceof LocalDate to)) {
                        return null;
                    }
                    return BigDecimal.valueOf(
                            "years".equals(function)
                                    ? Period.between(from, to).getYears()
                                    : ChronoUnit.DAYS.between(from, to));
                }
                case "round" -> {
                    if (!(args.get(0) instanceof BigDecimal x)
                            || !(args.get(1) instanceof BigDecimal digits)
                            || digits.signum() < 0
                            || digits.compareTo(BigDecimal.TEN) > 0) {
                        return null;
                    }
                    return x.setScale(digits.intValue(), RoundingMode.HALF_UP);
                }
                default -> {
                    if (!args.stream().allMatch(BigDecimal.class::isInstance)) {
                        return null;
                    }
                    var numbers = args.stream().map(BigDecimal.class::cast);
                    return "min".equals(function)
                            ? numbers.min(BigDecimal::compareTo).orElseThrow()
                            : numbers.max(BigDecimal::compareTo).orElseThrow();
                }
            }
        }
    }

    private final String source;
    private final Node root;

    private Expression(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Reads a formula.
     *
     * @throws ExpressionException when it is not written as documented above
     */
    public static Expression parse(String source) {
        Objects.requireNonNull(source, "source");
        return new Expression(source, new ExpressionParser(source).parseWhole());
    }

    /** The value for the given field values (a field id to its cleaned value, null when absent). */
    public Object evaluate(Function<String, Object> values) {
        return root.evaluate(values);
    }

    /** The ids of the fields the formula reads. */
    public Set<String> references() {
        return referencesOf(root);
    }

    static Set<String> referencesOf(Node node) {
        Set<String> ids = new LinkedHashSet<>();
        collect(node, ids);
        return ids;
    }

    private static void collect(Node node, Set<String> ids) {
        // Java 17: no pattern matching in switch yet.
        if (node instanceof Reference reference) {
            ids.add(reference.fieldId());
        } else if (node instanceof Unary unary) {
            collect(unary.operand(), ids);
        } else if (node instanceof Binary binary) {
            collect(binary.left(), ids);
            collect(binary.right(), ids);
        } else if (node instanceof Call call) {
            call.arguments().forEach(argument -> collect(argument, ids));
        }
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }

    /** A value as compared with the values of options: numbers without trailing zeros, enums by name. */
    public static String asText(Object value) {
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return String.valueOf(value);
    }
}
