package io.sluice.selector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Recursive-descent parser of the JMS selector grammar (JMS 3.8.1.1), lowest precedence first:
 * <pre>
 * selector  = or END
 * or        = and { OR and }
 * and       = not { AND not }
 * not       = NOT not | predicate
 * predicate = sum [ ( '=' | '&lt;&gt;' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=' ) sum
 *                 | [NOT] BETWEEN sum AND sum
 *                 | [NOT] IN '(' string { ',' string } ')'
 *                 | [NOT] LIKE string [ ESCAPE string ]
 *                 | IS [NOT] NULL ]
 * sum       = product { ( '+' | '-' ) product }
 * product   = unary { ( '*' | '/' ) unary }
 * unary     = ( '+' | '-' ) unary | primary
 * primary   = identifier | string | number | TRUE | FALSE | '(' or ')'
 * </pre>
 * The left side of IN, LIKE and IS must be an identifier. Besides the syntax, the parser rejects operands whose
 * type is known before any message is seen (literals, the selectable header fields, the result of an operator)
 * and does not fit their operator, such as {@code 'abc' + 3}, {@code TRUE = 0} or {@code name > 'foo'}.
 */
final class Parser {
    /**
     * Bounds both the parser's recursion and the tree's depth (the evaluation's recursion) on hostile input;
     * low enough that a cold (interpreted) parse on a default 1 MiB thread stack reaches it before the stack's end.
     */
    static final int MAX_DEPTH = 100;

    private final String selector;
    private final List<Token> tokens;
    private int next;
    private int nesting;

    private Parser(String selector, List<Token> tokens) {
        this.selector = selector;
        this.tokens = tokens;
    }

    static Expression parse(String selector) throws SelectorSyntaxException {
        try {
            return new Parser(selector, Lexer.tokenize(selector)).selector();
        } catch (StackOverflowError tooDeep) {
            // a caller on a thread with an unusually small stack still gets an error, not a dead thread
            throw new SelectorSyntaxException(selector, 0, "the selector is nested too deeply to parse on this thread");
        }
    }

    /** An operand and where it is written, for the error messages that quote it. */
    private record Operand(Expression expression, int start, int end) {
    }

    @FunctionalInterface
    private interface Rule {
        Expression parse() throws SelectorSyntaxException;
    }

    private Expression selector() throws SelectorSyntaxException {
        Operand condition = operand(this::or);
        if (peek().type() != TokenType.END) {
            throw error(peek(), "expected AND, OR or the end of the selector but found " + peek().describe());
        }
        requireType(condition, StaticType.BOOLEAN, "a selector must be a condition");
        return condition.expression();
    }

    private Expression or() throws SelectorSyntaxException {
        return junction(TokenType.OR, this::and, OrExpression::new);
    }

    private Expression and() throws SelectorSyntaxException {
        return junction(TokenType.AND, this::not, AndExpression::new);
    }

    /** A chain of ANDs or ORs, kept as one node. */
    private Expression junction(TokenType operator, Rule operandRule, Function<List<Expression>, Expression> node)
            throws SelectorSyntaxException {
        Operand first = operand(operandRule);
        if (peek().type() != operator) {
            return first.expression();
        }
        String context = operator + " needs conditions on both sides";
        Token firstOperator = peek();
        List<Expression> operands = new ArrayList<>();
        operands.add(requireType(first, StaticType.BOOLEAN, context).expression());
        while (peek().type() == operator) {
            take();
            operands.add(requireType(operand(operandRule), StaticType.BOOLEAN, context).expression());
        }
        return checkDepth(node.apply(operands), firstOperator);
    }

    private Expression not() throws SelectorSyntaxException {
        if (peek().type() != TokenType.NOT) {
            return predicate();
        }
        Token not = take();
        enter(not);
        Operand operand = operand(this::not);
        leave();
        requireType(operand, StaticType.BOOLEAN, "NOT needs a condition");
        return checkDepth(new NotExpression(operand.expression()), not);
    }

    private Expression predicate() throws SelectorSyntaxException {
        Operand left = operand(this::sum);
        Token operator = peek();
        if (operator.type() != TokenType.NOT && !isPredicateOperator(operator.type())) {
            return left.expression();
        }
        Expression predicate = switch (operator.type()) {
            case BETWEEN, IN, LIKE -> negatable(left, false);
            case NOT -> {
                take();
                TokenType negated = peek().type();
                if (negated != TokenType.BETWEEN && negated != TokenType.IN && negated != TokenType.LIKE) {
                    throw error(peek(), "expected BETWEEN, IN or LIKE after NOT but found " + peek().describe());
                }
                yield negatable(left, true);
            }
            case IS -> nullTest(left);
            default -> comparison(left);
        };
        if (isPredicateOperator(peek().type())) {
            throw error(peek(), "comparisons cannot be chained: combine them with AND or OR");
        }
        return checkDepth(predicate, operator);
    }

    private static boolean isPredicateOperator(TokenType type) {
        return switch (type) {
            case EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, BETWEEN, IN, LIKE, IS -> true;
            default -> false;
        };
    }

    private Expression comparison(Operand left) throws SelectorSyntaxException {
        Token token = take();
        ComparisonOperator operator = switch (token.type()) {
            case EQUAL -> ComparisonOperator.EQUAL;
            case NOT_EQUAL -> ComparisonOperator.NOT_EQUAL;
            case LESS -> ComparisonOperator.LESS;
            case LESS_OR_EQUAL -> ComparisonOperator.LESS_OR_EQUAL;
            case GREATER -> ComparisonOperator.GREATER;
            default -> ComparisonOperator.GREATER_OR_EQUAL;
        };
        Operand right = operand(this::sum);
        if (operator.isOrdering()) {
            String context = "'" + operator.symbol() + "' compares numbers only";
            requireType(left, StaticType.NUMBER, context);
            requireType(right, StaticType.NUMBER, context);
        } else {
            StaticType leftType = left.expression().type();
            StaticType rightType = right.expression().type();
            if (leftType != StaticType.ANY && rightType != StaticType.ANY && leftType != rightType) {
                throw error(token, "'" + operator.symbol() + "' compares values of one type, but " + text(left)
                        + " is " + leftType + " and " + text(right) + " is " + rightType);
            }
        }
        return new ComparisonExpression(operator, left.expression(), right.expression());
    }

    private Expression negatable(Operand left, boolean negated) throws SelectorSyntaxException {
        Token operator = take();
        return switch (operator.type()) {
            case BETWEEN -> between(left, negated);
            case IN -> in(identifier(left, operator), negated);
            default -> like(identifier(left, operator), negated);
        };
    }

    private Expression between(Operand value, boolean negated) throws SelectorSyntaxException {
        String context = "BETWEEN compares numbers only";
        requireType(value, StaticType.NUMBER, context);
        Operand low = requireType(operand(this::sum), StaticType.NUMBER, context);
        expect(TokenType.AND, "expected AND between the bounds of BETWEEN");
        Operand high = requireType(operand(this::sum), StaticType.NUMBER, context);
        return new BetweenExpression(value.expression(), low.expression(), high.expression(), negated);
    }

    private Expression in(Identifier identifier, boolean negated) throws SelectorSyntaxException {
        expect(TokenType.LEFT_PAREN, "expected '(' after IN");
        if (peek().type() == TokenType.RIGHT_PAREN) {
            throw error(peek(), "an IN list needs at least one string literal");
        }
        List<String> strings = new ArrayList<>();
        do {
            Token item = take();
            if (item.type() != TokenType.STRING) {
                throw error(item, "IN lists string literals only, but found " + item.describe());
            }
            strings.add((String) item.value());
        } while (takeIf(TokenType.COMMA));
        expect(TokenType.RIGHT_PAREN, "expected ',' or ')' in the IN list");
        return new InExpression(identifier, strings, negated);
    }

    private Expression like(Identifier identifier, boolean negated) throws SelectorSyntaxException {
        Token pattern = take();
        if (pattern.type() != TokenType.STRING) {
            throw error(pattern, "LIKE needs a string literal as its pattern, but found " + pattern.describe());
        }
        int escape = -1;
        if (takeIf(TokenType.ESCAPE)) {
            Token escapeToken = take();
            String value = escapeToken.type() == TokenType.STRING ? (String) escapeToken.value() : null;
            if (value == null || value.isEmpty() || value.codePointCount(0, value.length()) != 1) {
                throw error(escapeToken, "ESCAPE needs a string literal of exactly one character, but found "
                        + escapeToken.describe());
            }
            escape = value.codePointAt(0);
        }
        try {
            return new LikeExpression(identifier, LikePattern.compile((String) pattern.value(), escape), negated);
        } catch (MalformedLiteralException e) {
            throw error(pattern, e.getMessage());
        }
    }

    private Expression nullTest(Operand left) throws SelectorSyntaxException {
        Token is = take();
        Identifier identifier = identifier(left, is);
        boolean negated = takeIf(TokenType.NOT);
        expect(TokenType.NULL, negated ? "expected NULL after IS NOT" : "expected NULL or NOT NULL after IS");
        return new NullTest(identifier, negated);
    }

    /** The left side of IN, LIKE and IS, which JMS 3.8.1.1 restricts to an identifier. */
    private Identifier identifier(Operand left, Token operator) throws SelectorSyntaxException {
        String name = operator.text().toUpperCase(Locale.ROOT);
        if (!(left.expression() instanceof Identifier identifier)) {
            throw error(left.start(), "the left side of " + name + " must be an identifier, not " + text(left));
        }
        if (operator.type() != TokenType.IS) {
            requireType(left, StaticType.STRING, name + " applies to strings only");
        }
        return identifier;
    }

    private Expression sum() throws SelectorSyntaxException {
        return arithmetic(this::product, TokenType.PLUS, ArithmeticOperator.ADD,
                TokenType.MINUS, ArithmeticOperator.SUBTRACT);
    }

    private Expression product() throws SelectorSyntaxException {
        return arithmetic(this::unary, TokenType.STAR, ArithmeticOperator.MULTIPLY,
                TokenType.SLASH, ArithmeticOperator.DIVIDE);
    }

    /** A left-associative chain of two operators of one precedence level. */
    private Expression arithmetic(Rule operandRule, TokenType firstToken, ArithmeticOperator first,
                                  TokenType secondToken, ArithmeticOperator second) throws SelectorSyntaxException {
        Operand left = operand(operandRule);
        while (peek().type() == firstToken || peek().type() == secondToken) {
            Token token = take();
            ArithmeticOperator operator = token.type() == firstToken ? first : second;
            String context = "'" + operator.symbol() + "' needs numbers";
            requireType(left, StaticType.NUMBER, context);
            Operand right = requireType(operand(operandRule), StaticType.NUMBER, context);
            Expression node = checkDepth(new ArithmeticExpression(operator, left.expression(), right.expression()),
                    token);
            left = new Operand(node, left.start(), right.end());
        }
        return left.expression();
    }

    private Expression unary() throws SelectorSyntaxException {
        Token sign = peek();
        if (sign.type() != TokenType.PLUS && sign.type() != TokenType.MINUS) {
            return primary();
        }
        take();
        boolean negate = sign.type() == TokenType.MINUS;
        // "-9223372036854775808" is a long only when read as one literal: its magnitude alone is out of range
        if (peek().type() == TokenType.NUMBER) {
            return numericLiteral(take(), sign, negate);
        }
        enter(sign);
        Operand operand = operand(this::unary);
        leave();
        requireType(operand, StaticType.NUMBER, "unary '" + sign.text() + "' needs a number");
        return checkDepth(new SignExpression(operand.expression(), negate), sign);
    }

    private Expression primary() throws SelectorSyntaxException {
        Token token = take();
        switch (token.type()) {
            case NUMBER:
                return numericLiteral(token, token, false);
            case STRING:
                return Literal.of((String) token.value());
            case TRUE:
                return Literal.TRUE;
            case FALSE:
                return Literal.FALSE;
            case IDENTIFIER:
                if (Identifier.isUnselectableHeaderField(token.text())) {
                    throw error(token, "header field " + token.text() + " cannot be used in a selector: only "
                            + "JMSDeliveryMode, JMSPriority, JMSMessageID, JMSTimestamp, JMSCorrelationID and "
                            + "JMSType can");
                }
                return Identifier.of(token.text());
            case LEFT_PAREN:
                enter(token);
                Expression inner = or();
                leave();
                expect(TokenType.RIGHT_PAREN, "expected ')' to close the '(' at column " + (token.offset() + 1));
                return inner;
            case NULL:
                throw error(token, "NULL can only be tested with IS NULL or IS NOT NULL");
            default:
                throw error(token, "expected an identifier, a literal or '(' but found " + token.describe()
                        + (token.type().isReservedWord() ? ", a reserved word that cannot be an identifier" : ""));
        }
    }

    private Expression numericLiteral(Token number, Token start, boolean negative) throws SelectorSyntaxException {
        try {
            return Literal.of(((NumericLiteral) number.value()).value(negative));
        } catch (MalformedLiteralException e) {
            throw error(start, e.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------------ checks

    private Operand operand(Rule rule) throws SelectorSyntaxException {
        int start = peek().offset();
        Expression expression = rule.parse();
        return new Operand(expression, start, tokens.get(next - 1).end());
    }

    private Operand requireType(Operand operand, StaticType expected, String context) throws SelectorSyntaxException {
        StaticType actual = operand.expression().type();
        if (!actual.mayBe(expected)) {
            throw error(operand.start(), context + ", but " + text(operand) + " is " + actual);
        }
        return operand;
    }

    private Expression checkDepth(Expression expression, Token at) throws SelectorSyntaxException {
        if (expression.depth() > MAX_DEPTH) {
            throw error(at, "the selector is nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
        return expression;
    }

    private void enter(Token at) throws SelectorSyntaxException {
        if (++nesting > MAX_DEPTH) {
            throw error(at, "the selector is nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
    }

    private void leave() {
        nesting--;
    }

    // ------------------------------------------------------------------------------------------ tokens

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.type() != TokenType.END) {
            next++;
        }
        return token;
    }

    private boolean takeIf(TokenType type) {
        if (peek().type() == type) {
            take();
            return true;
        }
        return false;
    }

    private void expect(TokenType type, String expectation) throws SelectorSyntaxException {
        if (peek().type() != type) {
            throw error(peek(), expectation + " but found " + peek().describe());
        }
        take();
    }

    private String text(Operand operand) {
        return selector.substring(operand.start(), operand.end());
    }

    private SelectorSyntaxException error(Token at, String problem) {
        return error(at.offset(), problem);
    }

    private SelectorSyntaxException error(int offset, String problem) {
        return new SelectorSyntaxException(selector, offset, problem);
    }
}
