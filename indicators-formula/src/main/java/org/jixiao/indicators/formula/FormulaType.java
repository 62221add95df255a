package org.jixiao.indicators.formula;

import com.udojava.evalex.Expression;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.spi.Deduction;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.FactView;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.InvalidParameterException;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Parameters;
import org.jixiao.spi.Score;
import org.jixiao.spi.scoring.Numbers;

/**
 * 公式指标: the score is an expression over the row's facts, such as
 * {@code MIN(3, installed / planned * 3)}. The row names its facts under {@code facts:} (slot: fact);
 * slots are decimals unless listed in {@code counts}, {@code percents} or {@code flags} (1 for true, 0 for
 * false).
 *
 * <p>Checked when the rubric loads: the expression parses; it calls only {@value #FUNCTION_LIST}; every
 * name in it is a slot the row declares; and, unless {@code clamp: true}, it stays within [0, weight]
 * on sample facts (every slot at 0, 1, 50 and 100). At evaluation a result outside [0, weight] is cut to
 * the range when {@code clamp} is set, and otherwise fails the evaluation naming the indicator. Results
 * are exact (a division that does not terminate keeps 34 significant digits) unless the row sets
 * {@code decimals}; a division by a fact that is zero fails the indicator, naming the fact.
 *
 * <p>Instead of {@code expression}, a row may give {@code items}: named deduction items, one per line as
 * {@code 名称: expression}, each the points it takes off. The score is the weight less their sum, at least 0,
 * and the ledger lists each item that took points (扣分明细), as the built-in types' do. An item must not
 * go below 0 on the sample facts unless {@code clamp} is set, which then counts it as 0.
 */
public final class FormulaType implements IndicatorType {

    static final String FUNCTION_LIST = "IF, MIN, MAX, ABS, ROUND, FLOOR, CEILING, NOT";
    /** Compared as EvalEx looks functions up: ignoring case. */
    private static final Set<String> FUNCTIONS = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        FUNCTIONS.addAll(List.of(FUNCTION_LIST.split(", ")));
    }

    static final int MAX_LENGTH = 2000;
    static final int MAX_TOKENS = 400;
    static final int MAX_DEPTH = 32;
    static final int MAX_ITEMS = 20;
    static final BigDecimal MAX_EXPONENT = BigDecimal.valueOf(100);
    private static final Pattern SLOT = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final List<BigDecimal> SAMPLES =
            List.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("50"), new BigDecimal("100"));

    @Override
    public String id() {
        return "formula";
    }

    @Override
    public String name() {
        return "公式指标";
    }

    @Override
    public String description() {
        return "The score is an expression over facts the row names, in exact decimals; functions " + FUNCTION_LIST
                + ". Checked at load; clamp: true cuts results to [0, weight].";
    }

    /** None of its own: each row names its slots under {@code facts:}. */
    @Override
    public List<FactSlot> facts() {
        return List.of();
    }

    @Override
    public List<FactSlot> facts(Map<String, String> bindings, Parameters parameters) {
        if (bindings.isEmpty()) {
            throw new InvalidParameterException(
                    "expression",
                    "a formula row names the facts it reads under facts:"
                            + " {slot: fact}, such as facts: {installed: elevatorsInstalled}");
        }
        for (String slot : bindings.keySet()) {
            if (!SLOT.matcher(slot).matches()) {
                throw new InvalidParameterException(
                        "expression",
                        "slot name \"" + slot + "\" must start with a"
                                + " lower-case letter and hold only letters and digits, to be usable in the expression");
            }
        }
        Map<String, String> listedIn = new LinkedHashMap<>();
        for (String list : List.of("counts", "percents", "flags")) {
            for (String slot : names(parameters.text(list))) {
                if (!bindings.containsKey(slot)) {
                    throw new InvalidParameterException(
                            list,
                            "names " + slot + ", which the row does not declare" + " under facts; declared: "
                                    + String.join(", ", bindings.keySet()));
                }
                String earlier = listedIn.putIfAbsent(slot, list);
                if (earlier != null && !earlier.equals(list)) {
                    throw new InvalidParameterException(
                            list,
                            "names " + slot + ", which " + earlier + " names too; a slot is one kind of fact: list"
                                    + " it in counts, percents or flags, at most one");
                }
            }
        }
        Map<String, FactKind> kinds = kinds(parameters, bindings.keySet());
        for (String name : usedVariables(parameters)) {
            if (!bindings.containsKey(name)) {
                throw new InvalidParameterException(
                        parameters.text("items").isBlank() ? "expression" : "items",
                        "names \"" + name + "\", which the row does not" + " declare under facts; declared: "
                                + String.join(", ", bindings.keySet()));
            }
        }
        // every {name} of the reason is filled in, or the row is refused now: never "{typo}" in a report
        java.util.Set<String> fillable = new java.util.TreeSet<>(bindings.keySet());
        fillable.addAll(
                parameters.text("items").isBlank() ? List.of("score", "weight") : List.of("score", "weight", "items"));
        for (String placeholder : placeholders(parameters.text("reason"))) {
            if (!fillable.contains(placeholder)) {
                throw new InvalidParameterException(
                        "reason",
                        "names {" + placeholder + "}, which is nothing the reason can be filled in with; it may name "
                                + String.join(
                                        ", ",
                                        fillable.stream()
                                                .map(n -> "{" + n + "}")
                                                .toList()));
            }
        }
        List<FactSlot> slots = new ArrayList<>();
        kinds.forEach((slot, kind) -> slots.add(FactSlot.bound(slot, kind, slot, "")));
        return slots;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.text("expression", "the score, over the row's fact slots: " + FUNCTION_LIST, ""),
                ParameterSpec.text(
                        "items",
                        "instead of expression: deduction items, one per line as 名称: expression (the points it"
                                + " takes off); the score is the weight less their sum, at least 0",
                        ""),
                ParameterSpec.text(
                        "reason",
                        "the 评分理由, with {slot}, {score} and {weight} filled in, and {items} (the items' deductions)",
                        ""),
                ParameterSpec.flag("clamp", "cut results outside [0, weight] to the range instead of failing", false),
                new ParameterSpec(
                        "decimals",
                        org.jixiao.spi.ParameterKind.INTEGER,
                        "round the score half up to this" + " many decimal places; -1 (the default) keeps it exact",
                        -1L,
                        List.of()),
                ParameterSpec.text("counts", "slots that are whole numbers, comma-separated", ""),
                ParameterSpec.text("percents", "slots that are percents (0 to 100), comma-separated", ""),
                ParameterSpec.text("flags", "slots that are true/false (1/0 in the expression), comma-separated", ""));
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        Parameters p = config.parameters();
        String text = p.text("expression");
        // the slots the score reads, and those the reason names (a bound fact shown but not computed with)
        java.util.Set<String> read = new java.util.LinkedHashSet<>(usedVariables(p));
        placeholders(p.text("reason")).stream()
                .filter(name -> !List.of("score", "weight", "items").contains(name))
                .forEach(read::add);
        Map<String, FactKind> kinds = kinds(p, List.copyOf(read));
        int decimals = (int) Math.max(-1, Math.min(12, p.integer("decimals")));
        if (!p.text("items").isBlank()) {
            List<Item> items = items(p.text("items")).stream()
                    .map(item -> new Item(item.name(), new Formula(item.text(), decimals)))
                    .toList();
            Itemised itemised = new Itemised(config.weight(), items, kinds, p.flag("clamp"), p.text("reason"));
            for (Item item : items) {
                definedSomewhere(
                        item.formula(), kinds, "items", "the item " + item.name() + " (" + item.formula().text + ")");
            }
            if (!p.flag("clamp")) {
                itemised.checkItemsOnSamples();
            }
            return itemised;
        }
        Formula formula = new Formula(text, decimals);
        definedSomewhere(formula, kinds, "expression", "it");
        Configured indicator = new Configured(config.weight(), formula, kinds, p.flag("clamp"), p.text("reason"));
        if (!p.flag("clamp")) {
            indicator.checkRangeOnSamples();
        }
        return indicator;
    }

    /**
     * Parses and checks an expression. The functions are found by EvalEx's own tokenizer and compared the way
     * EvalEx looks them up (ignoring case), so that the check and the evaluator cannot disagree on what a
     * function is; the text is printable ASCII, so no Unicode space or letter EvalEx folds can hide one; and
     * its size and nesting are bounded, so that no expression can exhaust the stack.
     */
    static Expression parse(String text) {
        return parse(text, "expression");
    }

    /** {@link #parse(String)}, blaming the parameter {@code parameter}. */
    static Expression parse(String text, String parameter) {
        try {
            return parseExpression(text);
        } catch (InvalidParameterException e) {
            if (parameter.equals(e.parameter())) {
                throw e;
            }
            throw new InvalidParameterException(parameter, "the item " + text + " " + e.getMessage());
        }
    }

    private static Expression parseExpression(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidParameterException(
                    "expression", "has " + text.length() + " characters; formulas may have" + " at most " + MAX_LENGTH);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new InvalidParameterException(
                        "expression",
                        "holds the character U+" + String.format("%04X", (int) c) + " at character " + (i + 1)
                                + "; formulas are written in ASCII letters, digits,"
                                + " operators, parentheses and plain spaces");
            }
        }
        Expression expression = expression(text);
        int tokens = 0;
        int depth = 0;
        boolean afterPower = false;
        try {
            java.util.Iterator<Expression.Token> tokenizer = expression.getExpressionTokenizer();
            while (tokenizer.hasNext()) {
                Expression.Token token = tokenizer.next();
                Object type = token.type;
                if (++tokens > MAX_TOKENS) {
                    throw new InvalidParameterException(
                            "expression",
                            "has more than " + MAX_TOKENS + " terms; split it" + " into several rows or simplify it");
                }
                if ("FUNCTION".equals(String.valueOf(type)) && !FUNCTIONS.contains(token.surface)) {
                    throw new InvalidParameterException(
                            "expression",
                            "uses the function " + token.surface + " (at character " + (token.pos + 1)
                                    + "); formulas may use " + FUNCTION_LIST);
                }
                if ("OPEN_PAREN".equals(String.valueOf(type)) && ++depth > MAX_DEPTH) {
                    throw new InvalidParameterException(
                            "expression", "nests parentheses more than " + MAX_DEPTH + " deep");
                }
                if ("CLOSE_PAREN".equals(String.valueOf(type))) {
                    depth--;
                }
                if (afterPower && "LITERAL".equals(String.valueOf(type))) {
                    BigDecimal exponent = new BigDecimal(token.surface).stripTrailingZeros();
                    if (exponent.scale() > 0 || exponent.abs().compareTo(MAX_EXPONENT) > 0) {
                        throw new InvalidParameterException(
                                "expression",
                                "raises to the power " + token.surface
                                        + " (at character " + (token.pos + 1) + "); exponents are whole numbers from -"
                                        + MAX_EXPONENT + " to " + MAX_EXPONENT);
                    }
                }
                afterPower = "OPERATOR".equals(String.valueOf(type)) && "^".equals(token.surface);
                if ("HEX_LITERAL".equals(String.valueOf(type)) || "STRINGPARAM".equals(String.valueOf(type))) {
                    throw new InvalidParameterException(
                            "expression",
                            "holds " + token.surface + " (at character " + (token.pos + 1)
                                    + "); formulas take decimal numbers only");
                }
            }
            expression.toRPN();
            expression.getUsedVariables();
        } catch (InvalidParameterException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidParameterException("expression", "\"" + text + "\" does not parse: " + e.getMessage());
        }
        return expression;
    }

    /** An EvalEx expression whose power takes only a whole exponent within bounds: no runaway work, no doubles. */
    private static Expression expression(String text) {
        Expression expression = new Expression(text, MathContext.DECIMAL128);
        expression.addOperator(
                new com.udojava.evalex.AbstractOperator("^", Expression.OPERATOR_PRECEDENCE_POWER, false) {
                    @Override
                    public BigDecimal eval(BigDecimal base, BigDecimal exponent) {
                        Expression.assertNotNull(base, exponent);
                        BigDecimal whole = exponent.stripTrailingZeros();
                        if (whole.scale() > 0 || whole.abs().compareTo(MAX_EXPONENT) > 0) {
                            throw new ArithmeticException("the exponent " + exponent.toPlainString()
                                    + " is not a whole number" + " from -" + MAX_EXPONENT + " to " + MAX_EXPONENT);
                        }
                        int n = whole.intValueExact();
                        return n >= 0
                                ? base.pow(n, MathContext.DECIMAL128)
                                : BigDecimal.ONE.divide(base.pow(-n, MathContext.DECIMAL128), MathContext.DECIMAL128);
                    }
                });
        return expression;
    }

    /** The names the row's expression, or every one of its items, uses; exactly one of the two is given. */
    private static List<String> usedVariables(Parameters parameters) {
        String expression = parameters.text("expression");
        String items = parameters.text("items");
        if (expression.isBlank() == items.isBlank()) {
            throw new InvalidParameterException(
                    "expression",
                    expression.isBlank()
                            ? "a formula row gives its score as an expression, or as deduction items (items:)"
                            : "give expression or items, not both");
        }
        if (!expression.isBlank()) {
            return parse(expression).getUsedVariables();
        }
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        for (ItemText item : items(items)) {
            used.addAll(parse(item.text(), "items").getUsedVariables());
        }
        return List.copyOf(used);
    }

    /**
     * Refuses a formula that has no answer for any sample of its facts (MIN(3, a / 0)): it would fail every
     * evaluation and blame the facts. One that fails for some samples only is left to say so when it is scored.
     */
    private static void definedSomewhere(Formula formula, Map<String, FactKind> kinds, String parameter, String what) {
        String first = null;
        for (Map<String, BigDecimal> values : samples(kinds)) {
            try {
                formula.evaluate(values);
                return;
            } catch (ArithmeticException | Expression.ExpressionException undefinedHere) {
                if (first == null) {
                    first = String.valueOf(undefinedHere.getMessage());
                }
            }
        }
        throw new InvalidParameterException(
                parameter,
                what.equals("it")
                        ? "the formula " + formula.text + " cannot be computed for any of the sample facts it"
                                + " was tried on (each slot at 0, 1, 50 and 100): " + first
                        : what
                                + " cannot be computed for any of the sample facts it was tried on (each slot at 0, 1, 50"
                                + " and 100): " + first);
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^{}]*)\\}");

    /** The names in {braces} of a reason template, in order, each once. */
    static List<String> placeholders(String template) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1).strip());
        }
        return List.copyOf(names);
    }

    /** An item as written: its name and its expression. */
    record ItemText(String name, String text) {}

    /** {@code 名称: expression} per line (a full-width colon too); names unique, at most {@value #MAX_ITEMS}. */
    static List<ItemText> items(String text) {
        List<ItemText> items = new ArrayList<>();
        int line = 0;
        for (String raw : text.split("\n", -1)) {
            line++;
            String row = raw.strip();
            if (row.isEmpty()) {
                continue;
            }
            int ascii = row.indexOf(':');
            int wide = row.indexOf('：');
            int colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
            String name = colon < 0 ? "" : row.substring(0, colon).strip();
            String expression = colon < 0 ? "" : row.substring(colon + 1).strip();
            if (name.isEmpty() || expression.isEmpty()) {
                throw new InvalidParameterException(
                        "items",
                        "line " + line + " (\"" + row + "\") is not 名称: expression, such as 质量问题: MIN(5, issues)");
            }
            for (ItemText other : items) {
                if (other.name().equals(name)) {
                    throw new InvalidParameterException("items", "names the item " + name + " twice");
                }
            }
            items.add(new ItemText(name, expression));
            if (items.size() > MAX_ITEMS) {
                throw new InvalidParameterException(
                        "items", "has more than " + MAX_ITEMS + " items; split the row into several rows");
            }
        }
        return items;
    }

    /** Each of {@code slots} is a decimal unless listed in counts, percents or flags. */
    private static Map<String, FactKind> kinds(Parameters parameters, java.util.Collection<String> slots) {
        Map<String, FactKind> kinds = new LinkedHashMap<>();
        slots.forEach(slot -> kinds.put(slot, FactKind.DECIMAL));
        // a slot is in one list at most (checked when the row is configured)
        Map<String, FactKind> lists = new LinkedHashMap<>();
        lists.put("counts", FactKind.COUNT);
        lists.put("percents", FactKind.PERCENT);
        lists.put("flags", FactKind.FLAG);
        lists.forEach((list, kind) -> names(parameters.text(list)).stream()
                .filter(kinds::containsKey)
                .forEach(slot -> kinds.put(slot, kind)));
        return kinds;
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split("[,，\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** One expression, parsed once per thread: an EvalEx expression holds its variables while it runs. */
    private static final class Formula extends ThreadLocal<Expression> {
        private final String text;
        private final int decimals;

        /** Exact (to 34 significant digits where a division does not terminate) unless {@code decimals} >= 0. */
        Formula(String text, int decimals) {
            this.text = text;
            this.decimals = decimals;
        }

        @Override
        protected Expression initialValue() {
            return expression(text);
        }

        BigDecimal evaluate(Map<String, BigDecimal> values) {
            Expression expression = get();
            values.forEach(expression::setVariable);
            BigDecimal result = expression.eval();
            if (decimals >= 0) {
                result = result.setScale(decimals, RoundingMode.HALF_UP);
            }
            BigDecimal stripped = result.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }

    private static final class Configured implements Indicator {
        private final BigDecimal weight;
        private final Formula formula;
        private final Map<String, FactKind> kinds;
        private final boolean clamp;
        private final String template;

        Configured(BigDecimal weight, Formula formula, Map<String, FactKind> kinds, boolean clamp, String template) {
            this.weight = weight;
            this.formula = formula;
            this.kinds = Map.copyOf(kinds);
            this.clamp = clamp;
            this.template = template;
        }

        /** Every slot at 0, 1, 50 and 100 (flags at 0 and 1): a result outside [0, weight] is a rubric error. */
        void checkRangeOnSamples() {
            for (Map<String, BigDecimal> values : samples(kinds)) {
                BigDecimal result;
                try {
                    result = formula.evaluate(values);
                } catch (ArithmeticException | Expression.ExpressionException undefinedHere) {
                    continue;
                }
                if (result.signum() < 0 || result.compareTo(weight) > 0) {
                    String at = described(values);
                    throw new InvalidParameterException(
                            "expression",
                            "can leave [0, " + Numbers.plain(weight)
                                    + "]: with " + at + " it gives " + Numbers.plain(result)
                                    + "; bound it (MIN, MAX) or set"
                                    + " clamp: true to cut scores to the range");
                }
            }
        }

        @Override
        public Score score(FactView facts) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            kinds.keySet().stream().sorted().forEach(slot -> values.put(slot, value(facts, slot)));
            BigDecimal result;
            try {
                result = formula.evaluate(values);
            } catch (ArithmeticException | Expression.ExpressionException e) {
                // not bad input: the facts are valid, the rubric's formula has no answer for them
                List<String> zeros = values.entrySet().stream()
                        .filter(v -> v.getValue().signum() == 0)
                        .map(v -> v.getKey() + " = 0")
                        .toList();
                boolean division = String.valueOf(e.getMessage())
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("division");
                throw new IllegalStateException("the formula " + formula.text
                        + (division && !zeros.isEmpty()
                                ? " divides by zero (" + String.join(", ", zeros) + "); say in the formula what a"
                                        + " zero gives, such as IF("
                                        + zeros.get(0).replace(" = 0", "") + " = 0, …, …)"
                                : " cannot be computed for these facts: " + e.getMessage()));
            }
            String note = "";
            if (clamp && (result.signum() < 0 || result.compareTo(weight) > 0)) {
                note = "（公式得" + Numbers.plain(result) + "分，按规定取0至" + Numbers.plain(weight) + "分）";
                result = result.max(BigDecimal.ZERO).min(weight);
            }
            String reason = reason(values, result, note);
            // the ledger says why in the rubric's own words where it wrote them, not in the expression
            String why = template.isBlank() ? "按公式" + formula.text + "计算" : reason.replaceFirst("[。；，]+$", "");
            List<Deduction> deductions = result.signum() >= 0 && result.compareTo(weight) < 0
                    ? List.of(new Deduction(weight.subtract(result), why))
                    : List.of();
            return new Score(result, reason, deductions);
        }

        private BigDecimal value(FactView facts, String slot) {
            return FormulaType.value(kinds, facts, slot);
        }

        private String reason(Map<String, BigDecimal> values, BigDecimal result, String note) {
            if (template.isBlank()) {
                StringBuilder text =
                        new StringBuilder("按公式").append(formula.text).append("计算");
                values.forEach((slot, value) ->
                        text.append("，").append(slot).append("为").append(shown(slot, value)));
                return text.append("，得")
                        .append(Numbers.plain(result))
                        .append("分")
                        .append(note)
                        .append("。")
                        .toString();
            }
            String text = template.replace("{score}", Numbers.plain(result)).replace("{weight}", Numbers.plain(weight));
            for (Map.Entry<String, BigDecimal> value : values.entrySet()) {
                text = text.replace("{" + value.getKey() + "}", shown(value.getKey(), value.getValue()));
            }
            return note.isEmpty() ? text : text.replaceFirst("。?$", "") + note + "。";
        }

        private String shown(String slot, BigDecimal value) {
            return FormulaType.shown(kinds, slot, value);
        }
    }

    /** A named deduction item of an itemised formula row. */
    private record Item(String name, Formula formula) {}

    /** A row scored by deduction items: the weight less what the items take, each item in the ledger. */
    private static final class Itemised implements Indicator {
        private final BigDecimal weight;
        private final List<Item> items;
        private final Map<String, FactKind> kinds;
        private final boolean clamp;
        private final String template;

        Itemised(BigDecimal weight, List<Item> items, Map<String, FactKind> kinds, boolean clamp, String template) {
            this.weight = weight;
            this.items = List.copyOf(items);
            this.kinds = Map.copyOf(kinds);
            this.clamp = clamp;
            this.template = template;
        }

        /** No item may give a negative deduction on the sample facts (every slot at 0, 1, 50 and 100). */
        void checkItemsOnSamples() {
            for (Map<String, BigDecimal> values : samples(kinds)) {
                for (Item item : items) {
                    BigDecimal taken;
                    try {
                        taken = item.formula().evaluate(values);
                    } catch (ArithmeticException | Expression.ExpressionException undefinedHere) {
                        continue;
                    }
                    if (taken.signum() < 0) {
                        String at = described(values);
                        throw new InvalidParameterException(
                                "items",
                                "the item " + item.name() + " (" + item.formula().text + ") can take off less than 0:"
                                        + " with " + at + " it gives " + Numbers.plain(taken)
                                        + "; bound it (MAX(0, …)) or set clamp: true to count it as 0");
                    }
                }
            }
        }

        @Override
        public Score score(FactView facts) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            kinds.keySet().stream().sorted().forEach(slot -> values.put(slot, value(kinds, facts, slot)));
            List<Deduction> ledger = new ArrayList<>();
            List<String> sentences = new ArrayList<>();
            BigDecimal left = weight;
            for (Item item : items) {
                BigDecimal taken;
                try {
                    taken = item.formula().evaluate(values);
                } catch (ArithmeticException | Expression.ExpressionException e) {
                    throw new IllegalStateException("the item " + item.name() + " (" + item.formula().text + ")"
                            + " cannot be computed for these facts: " + e.getMessage()
                            + zeros(values));
                }
                if (taken.signum() < 0) {
                    if (!clamp) {
                        throw new IllegalStateException("the item " + item.name() + " (" + item.formula().text
                                + ") takes off " + Numbers.plain(taken) + " points, less than 0");
                    }
                    taken = BigDecimal.ZERO;
                }
                BigDecimal counted = taken.min(left);
                if (counted.signum() > 0) {
                    ledger.add(new Deduction(counted, item.name()));
                    left = left.subtract(counted);
                }
                if (taken.signum() > 0) {
                    sentences.add(item.name() + "扣" + Numbers.plain(taken) + "分"
                            + (counted.compareTo(taken) < 0
                                    ? "（扣满" + Numbers.plain(weight) + "分为止，计" + Numbers.plain(counted) + "分）"
                                    : ""));
                }
            }
            return new Score(left, reason(values, left, sentences), ledger);
        }

        private static String zeros(Map<String, BigDecimal> values) {
            List<String> zeros = values.entrySet().stream()
                    .filter(v -> v.getValue().signum() == 0)
                    .map(v -> v.getKey() + " = 0")
                    .toList();
            return zeros.isEmpty() ? "" : " (" + String.join(", ", zeros) + ")";
        }

        private String reason(Map<String, BigDecimal> values, BigDecimal score, List<String> sentences) {
            if (!template.isBlank()) {
                String text = template.replace("{score}", Numbers.plain(score))
                        .replace("{weight}", Numbers.plain(weight))
                        .replace("{items}", sentences.isEmpty() ? "无扣分项" : String.join("，", sentences));
                for (Map.Entry<String, BigDecimal> value : values.entrySet()) {
                    text = text.replace("{" + value.getKey() + "}", shown(kinds, value.getKey(), value.getValue()));
                }
                return text;
            }
            StringBuilder text = new StringBuilder();
            values.forEach((slot, value) -> text.append(text.length() == 0 ? "" : "，")
                    .append(slot)
                    .append("为")
                    .append(shown(kinds, slot, value)));
            text.append(text.length() == 0 ? "" : "；");
            text.append(sentences.isEmpty() ? "无扣分项" : String.join("，", sentences));
            return text.append("，得").append(Numbers.plain(score)).append("分。").toString();
        }
    }

    /**
     * The sample facts a formula is checked on when the rubric loads: every slot at 0, 1, 50 and 100 (flags at 0
     * and 1), every combination for up to four slots, else all slots together at each sample.
     */
    static List<Map<String, BigDecimal>> samples(Map<String, FactKind> kinds) {
        List<String> slots = new ArrayList<>(new java.util.TreeSet<>(kinds.keySet()));
        int combinations = slots.size() <= 4 ? (int) Math.pow(SAMPLES.size(), slots.size()) : SAMPLES.size();
        List<Map<String, BigDecimal>> samples = new ArrayList<>();
        for (int n = 0; n < combinations; n++) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            int rest = n;
            for (String slot : slots) {
                BigDecimal sample = SAMPLES.get(slots.size() <= 4 ? rest % SAMPLES.size() : n);
                rest /= SAMPLES.size();
                values.put(slot, kinds.get(slot) == FactKind.FLAG ? sample.min(BigDecimal.ONE) : sample);
            }
            samples.add(values);
        }
        return samples;
    }

    /** {@code a=1, b=50}: the sample that broke a rule, for the message. */
    static String described(Map<String, BigDecimal> values) {
        StringBuilder at = new StringBuilder();
        values.forEach((slot, value) ->
                at.append(at.length() == 0 ? "" : ", ").append(slot).append('=').append(Numbers.plain(value)));
        return at.toString();
    }

    static BigDecimal value(Map<String, FactKind> kinds, FactView facts, String slot) {
        return switch (kinds.get(slot)) {
            case FLAG -> facts.flag(slot) ? BigDecimal.ONE : BigDecimal.ZERO;
            case COUNT -> BigDecimal.valueOf(facts.count(slot));
            case PERCENT -> facts.percent(slot);
            default -> facts.decimal(slot);
        };
    }

    static String shown(Map<String, FactKind> kinds, String slot, BigDecimal value) {
        return kinds.get(slot) == FactKind.FLAG ? (value.signum() == 0 ? "否" : "是") : Numbers.plain(value);
    }
}
