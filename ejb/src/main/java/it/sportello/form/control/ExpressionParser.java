package it.sportello.form.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import it.sportello.form.control.Expression.Binary;
import it.sportello.form.control.Expression.Call;
import it.sportello.form.control.Expression.Literal;
import it.sportello.form.control.Expression.Node;
import it.sportello.form.control.Expression.Reference;
import it.sportello.form.control.Expression.Unary;

/**
 * Recursive descent over the grammar of {@link Expression}, one method per precedence level.
 * Positions in errors are 1-based character offsets, as an administrator counts them.
 */
final class ExpressionParser {

    private static final int MAX_DEPTH = 50;

    private final String text;
    private int position;
    private int depth;

    ExpressionParser(String text) {
        this.text = text;
    }

    Node parseWhole() {
        skipBlanks();
        if (position >= text.length()) {
            throw new ExpressionException("definition.expression.empty");
        }
        Node node = parseOr();
        skipBlanks();
        if (position < text.length()) {
            throw unexpected();
        }
        return node;
    }

    /** Parses one expression starting at {@code start} and returns where it ended, for templates. */
    Node parsePart(int start) {
        position = start;
        return parseOr();
    }

    int position() {
        skipBlanks();
        return position;
    }

    private Node parseOr() {
        Node left = parseAnd();
        while (acceptWord("or")) {
            left = new Binary("or", left, parseAnd());
        }
        return left;
    }

    private Node parseAnd() {
        Node left = parseComparison();
        while (acceptWord("and")) {
            left = new Binary("and", left, parseComparison());
        }
        return left;
    }

    private Node parseComparison() {
        Node left = parseSum();
        skipBlanks();
        for (String operator : List.of("==", "!=", "<=", ">=", "=", "<", ">")) {
            if (text.startsWith(operator, position)) {
                position += operator.length();
                return new Binary("==".equals(operator) ? "=" : operator, left, parseSum());
            }
        }
        return left;
    }

    private Node parseSum() {
        Node left = parseProduct();
        while (true) {
            skipBlanks();
            if (acceptChar('+')) {
                left = new Binary("+", left, parseProduct());
            } else if (acceptChar('-')) {
                left = new Binary("-", left, parseProduct());
            } else {
                return left;
            }
        }
    }

    private Node parseProduct() {
        Node left = parseUnary();
        while (true) {
            skipBlanks();
            if (acceptChar('*')) {
                left = new Binary("*", left, parseUnary());
            } else if (acceptChar('/')) {
                left = new Binary("/", left, parseUnary());
            } else {
                return left;
            }
        }
    }

    private Node parseUnary() {
        skipBlanks();
        if (++depth > MAX_DEPTH) {
            // Keeps a pathological text from exhausting the stack of the thread that reads it.
            throw new ExpressionException("definition.expression.too_deep");
        }
        try {
            if (acceptChar('-')) {
                return new Unary("-", parseUnary());
            }
            if (acceptWord("not")) {
                return new Unary("not", parseUnary());
            }
            return parsePrimary();
        } finally {
            depth--;
        }
    }

    private Node parsePrimary() {
        skipBlanks();
        if (position >= text.length()) {
            throw new ExpressionException("definition.expression.unexpected_end");
        }
        char c = text.charAt(position);
        if (acceptChar('(')) {
            Node inner = parseOr();
            expect(')');
            return inner;
        }
        if (Character.isDigit(c)) {
            return number();
        }
        if (c == '"' || c == '\'') {
            return string(c);
        }
        if (isIdentifierStart(c)) {
            return identifierOrCall();
        }
        throw unexpected();
    }

    private Node number() {
        int start = position;
        while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
            position++;
        }
        try {
            return new Literal(new BigDecimal(text.substring(start, position)));
        } catch (NumberFormatException e) {
            throw new ExpressionException("definition.expression.syntax", start + 1, text.substring(start, position));
        }
    }

    private Node string(char quote) {
        int start = position++;
        int end = text.indexOf(quote, position);
        if (end < 0) {
            throw new ExpressionException("definition.expression.unclosed_text", start + 1);
        }
        position = end + 1;
        return new Literal(text.substring(start + 1, end));
    }

    private Node identifierOrCall() {
        int start = position;
        while (position < text.length() && isIdentifierPart(text.charAt(position))) {
            position++;
        }
        String name = text.substring(start, position);
        skipBlanks();
        if (!acceptChar('(')) {
            return switch (name) {
                case "true" -> new Literal(Boolean.TRUE);
                case "false" -> new Literal(Boolean.FALSE);
                default -> new Reference(name);
            };
        }
        Integer arity = Call.ARITY.get(name);
        if (arity == null) {
            throw new ExpressionException("definition.expression.unknown_function", name);
        }
        List<Node> arguments = new ArrayList<>();
        skipBlanks();
        if (!acceptChar(')')) {
            do {
                arguments.add(parseOr());
                skipBlanks();
            } while (acceptChar(','));
            expect(')');
        }
        if (arity >= 0 ? arguments.size() != arity : arguments.isEmpty()) {
            throw new ExpressionException("definition.expression.arity", name, arity >= 0 ? arity : 1);
        }
        return new Call(name, List.copyOf(arguments));
    }

    private void expect(char c) {
        skipBlanks();
        if (!acceptChar(c)) {
            throw position >= text.length()
                    ? new ExpressionException("definition.expression.unexpected_end")
                    : unexpected();
        }
    }

    private boolean acceptChar(char c) {
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private boolean acceptWord(String word) {
        skipBlanks();
        int end = position + word.length();
        if (text.startsWith(word, position) && (end >= text.length() || !isIdentifierPart(text.charAt(end)))) {
            position = end;
            return true;
        }
        return false;
    }

    private void skipBlanks() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private ExpressionException unexpected() {
        return new ExpressionException(
                "definition.expression.syntax", position + 1, String.valueOf(text.charAt(position)));
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || c >= '0' && c <= '9';
    }
}
