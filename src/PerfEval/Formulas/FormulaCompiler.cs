using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using NCalc;
using NCalc.Exceptions;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Formulas;

/// <summary>
/// Parses formulas with NCalc's parser, checks names, functions, arity and types against the rule set's symbols,
/// and builds from the tree the <see cref="FormulaNode"/>s that evaluate it over <c>decimal</c>: plain objects, no
/// reflection or generated code, so loading is quick and trimming or Native AOT changes nothing. NCalc's own evaluator
/// is never used, so integer literals never divide as <c>double</c> and no NCalc exception reaches a caller.
/// </summary>
internal sealed class FormulaCompiler
{
    private static readonly LogicalExpressionParserOptions ParserOptions = new()
    {
        FloatingPointNumberType = FloatingPointNumberType.Decimal,
        IntegerNumberType = IntegerNumberType.Int64,
    };

    private static readonly Regex ParserPosition = new(@"at position \((\d+):(\d+)\)", RegexOptions.CultureInvariant);

    private static readonly Regex QuotedOrBracketed = new(@"'(?:\\.|[^'\\])*'|""(?:\\.|[^""\\])*""|\[[^\]]*\]|\{[^}]*\}", RegexOptions.CultureInvariant);
    private static readonly Regex NumberLiteral = new(@"(?<![\w.])\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w.])", RegexOptions.CultureInvariant);

    private readonly SymbolTable symbols;
    private readonly MidpointRounding midpoint;
    private readonly DiagnosticSink sink;
    private readonly HashSet<string> declaredMetrics;
    private readonly FormulaLimits limits;

    public FormulaCompiler(SymbolTable symbols, MidpointRounding midpoint, DiagnosticSink sink, IEnumerable<string> declaredMetrics, FormulaLimits limits)
    {
        this.limits = limits;
        this.symbols = symbols;
        this.midpoint = midpoint;
        this.sink = sink;
        this.declaredMetrics = new HashSet<string>(declaredMetrics, StringComparer.Ordinal);
    }

    /// <summary>Parses the text only: used to find the names a metric reads before all symbols are known.</summary>
    public static LogicalExpression? TryParse(string text, FormulaLimits limits, out string? error, out int line, out int column)
    {
        error = TooComplex(text, limits)?.Format(Rendering.ReportLanguage.English);
        line = 0;
        column = 0;
        if (error is not null)
        {
            return null;
        }

        try
        {
            return LogicalExpressionParser.Parse(text, ParserOptions, CultureInfo.InvariantCulture, CancellationToken.None);
        }
        catch (NCalcException ex)
        {
            error = ex.Message;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            // Parlot, beneath NCalc, reports some malformed input with these.
            error = ex.Message;
        }

        var match = ParserPosition.Match(error);
        if (match.Success)
        {
            line = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            column = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            error = error.Substring(0, match.Index).TrimEnd(' ', '.') + ".";
        }

        return null;
    }

    /// <summary>
    /// Checks a formula's length and nesting on its text, before the (recursive) parser sees it: parentheses and prefix
    /// operators (<c>-</c>, <c>+</c>, <c>!</c>, <c>not</c>) each count one level. Returns why it is refused, or null.
    /// </summary>
    internal static DiagnosticMessage? TooComplex(string text, FormulaLimits limits)
    {
        if (text.Length > limits.MaxLength)
        {
            return Messages.FormulaTooLong.With(text.Length, limits.MaxLength);
        }

        // Openers and prefix operators count everywhere, closers only outside strings and [names]: if this scan ever
        // misreads where a string or name ends, it can only count too deep, never too shallow.
        int depth = 0, deepest = 0, prefixRun = 0;
        char? closer = null;
        var escaped = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '[' or '{')
            {
                depth++;
            }

            if (closer is null)
            {
                switch (c)
                {
                    case '\'' or '"':
                        closer = c;
                        break;
                    case '[':
                        closer = ']';
                        break;
                    case '{':
                        closer = '}';
                        break;
                    case ')' or ']' or '}':
                        depth = Math.Max(0, depth - 1);
                        break;
                }
            }
            else if (escaped)
            {
                escaped = false; // The character after a backslash in a string does not end it.
            }
            else if (c == closer)
            {
                depth = c is ']' or '}' ? Math.Max(0, depth - 1) : depth;
                closer = null;
            }
            else
            {
                escaped = c == '\\' && closer is '\'' or '"';
            }

            if (c is '-' or '+' or '!')
            {
                prefixRun++;
            }
            else if (IsNotKeyword(text, i))
            {
                prefixRun++;
                i += 2;
            }
            else if (!char.IsWhiteSpace(c))
            {
                prefixRun = 0;
            }

            deepest = Math.Max(deepest, depth + prefixRun);
        }

        return deepest > limits.MaxNesting
            ? Messages.FormulaTooDeep.With(deepest, limits.MaxNesting)
            : null;
    }

    private static bool IsNotKeyword(string text, int i) =>
        i + 3 <= text.Length
        && string.Compare(text, i, "not", 0, 3, StringComparison.OrdinalIgnoreCase) == 0
        && (i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] != '_')
        && (i + 3 == text.Length || !char.IsLetterOrDigit(text[i + 3]) && text[i + 3] != '_');

    /// <summary>Maps a 1-based line and column inside a formula's text to the file.</summary>
    public static SourcePosition MapPosition(FormulaText formula, int line, int column)
    {
        var start = formula.Position;
        if (line <= 0)
        {
            return start;
        }

        return formula.Layout switch
        {
            ScalarLayout.Folded => start,
            ScalarLayout.Literal => new SourcePosition(start.File, start.Line + line - 1, start.Column + column - 1),
            _ when line > 1 => new SourcePosition(start.File, start.Line + line - 1, column),
            ScalarLayout.Quoted => new SourcePosition(start.File, start.Line, start.Column + column),
            _ => new SourcePosition(start.File, start.Line, start.Column + column - 1),
        };
    }

    /// <summary>Finds where a name first appears in a formula, for diagnostics about it.</summary>
    public static SourcePosition PositionOf(FormulaText formula, string name)
    {
        var match = Regex.Match(formula.Text, @"(?<![\w\[])\[?" + Regex.Escape(name) + @"\]?(?![\w\]])", RegexOptions.CultureInvariant);
        if (!match.Success)
        {
            return formula.Position;
        }

        var before = formula.Text.Substring(0, match.Index);
        var line = before.Count(c => c == '\n') + 1;
        var column = match.Index - (before.LastIndexOf('\n') + 1) + 1;
        return MapPosition(formula, line, column);
    }

    /// <summary>Parses, checks and compiles a formula; reports every problem and returns <see langword="null"/> on any.</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="expected">The type the formula must have.</param>
    /// <param name="weight">The value of <c>weight</c> in this formula, or <see langword="null"/> where it has none.</param>
    /// <param name="indicatorId">The indicator the formula belongs to, for diagnostics.</param>
    /// <param name="role">What the formula is, for messages (<see cref="Messages.FormulaOfIndicator"/>).</param>
    public CompiledFormula? Compile(FormulaText formula, ValueKind? expected, decimal? weight, string? indicatorId, DiagnosticMessage role)
    {
        if (TooComplex(formula.Text, limits) is { } tooComplex)
        {
            sink.Error(Codes.FormulaTooComplex, Messages.FormulaTooComplex.With(role, tooComplex), formula.Position, indicatorId);
            return null;
        }

        var tree = TryParse(formula.Text, limits, out var error, out var line, out var column);
        if (tree is null)
        {
            sink.Error(Codes.FormulaSyntax, Messages.FormulaSyntax.With(role, error, formula.Text), MapPosition(formula, line, column), indicatorId);
            return null;
        }

        if (InexactLiteral(formula.Text) is { } literal)
        {
            sink.Error(Codes.TypeMismatch, Messages.LiteralInexact.With(literal, role, ReadAs(literal)), formula.Position, indicatorId);
            return null;
        }

        return CompileTree(tree, formula, expected, weight, indicatorId, role);
    }

    /// <summary>Finds a number literal (outside strings and [names]) that decimal would round, or returns null.</summary>
    private static string ReadAs(string literal)
        => decimal.Parse(literal, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture) is var value && value == 0m ? "0" : value.ToString(CultureInfo.InvariantCulture);

    private static string? InexactLiteral(string text)
    {
        var code = QuotedOrBracketed.Replace(text, " ");
        foreach (Match match in NumberLiteral.Matches(code))
        {
            // A literal beyond decimal's range is NCalc's double, refused when the tree is compiled.
            if (decimal.TryParse(match.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
                && !ExactDecimal.IsExact(match.Value, value))
            {
                return match.Value;
            }
        }

        return null;
    }

    /// <summary>Checks and compiles an already parsed tree (a formula, or a part of one) against the symbols.</summary>
    /// <summary>
    /// Compiles the two sides of a comparison of numbers (<c>a + b = c</c>), so a failed check can show both values; a
    /// formula that is not such a comparison has no sides.
    /// </summary>
    public (CompiledFormula? Left, CompiledFormula? Right) CompileSides(CompiledFormula comparison, DiagnosticMessage role)
    {
        if (comparison.Tree is BinaryExpression { Type: BinaryExpressionType.Equal or BinaryExpressionType.NotEqual or BinaryExpressionType.Lesser or BinaryExpressionType.LesserOrEqual or BinaryExpressionType.Greater or BinaryExpressionType.GreaterOrEqual } binary
            && CompileTree(binary.LeftExpression, comparison.Source, null, null, null, role) is { Kind: ValueKind.Number } left
            && CompileTree(binary.RightExpression, comparison.Source, null, null, null, role) is { Kind: ValueKind.Number } right)
        {
            return (left, right);
        }

        return (null, null);
    }

    public CompiledFormula? CompileTree(LogicalExpression tree, FormulaText formula, ValueKind? expected, decimal? weight, string? indicatorId, DiagnosticMessage role)
    {
        var scope = new Scope(this, formula, weight, indicatorId, role);
        var body = scope.Visit(tree);
        if (body is null)
        {
            return null;
        }

        if (expected is { } kind && body.Kind != kind)
        {
            sink.Error(Codes.TypeMismatch, Messages.FormulaWrongKind.With(role, Describe(kind), formula.Text, Describe(body.Kind)), formula.Position, indicatorId);
            return null;
        }

        return new CompiledFormula(formula, tree, body, scope.Used, weight);
    }

    private static object Symbol(BinaryExpressionType type) => type switch
    {
        BinaryExpressionType.BitwiseAnd => Messages.Key.With("&"),
        BinaryExpressionType.BitwiseOr => Messages.Key.With("|"),
        BinaryExpressionType.LeftShift => Messages.Key.With("<<"),
        BinaryExpressionType.RightShift => Messages.Key.With(">>"),
        BinaryExpressionType.In => Messages.Key.With("in"),
        BinaryExpressionType.NotIn => Messages.Key.With("not in"),
        BinaryExpressionType.Like => Messages.Key.With("like"),
        BinaryExpressionType.NotLike => Messages.Key.With("not like"),
        BinaryExpressionType.Coalesce => Messages.Key.With("??"),
        _ => type.ToString(),
    };

    internal static DiagnosticMessage Describe(ValueKind kind) => (kind switch
    {
        ValueKind.Number => Messages.ANumber,
        ValueKind.Boolean => Messages.ACondition,
        _ => Messages.Text,
    }).With();

    /// <summary>One compilation: walks the NCalc tree, reporting problems as it goes.</summary>
    private sealed class Scope
    {
        private readonly FormulaCompiler owner;
        private readonly FormulaText formula;
        private readonly decimal? weight;
        private readonly string? indicatorId;
        private readonly DiagnosticMessage role;

        public Scope(FormulaCompiler owner, FormulaText formula, decimal? weight, string? indicatorId, DiagnosticMessage role)
        {
            this.owner = owner;
            this.formula = formula;
            this.weight = weight;
            this.indicatorId = indicatorId;
            this.role = role;
        }

        public List<Symbol> Used { get; } = new();

        public FormulaNode? Visit(LogicalExpression node) => node switch
        {
            ValueExpression value => Value(value),
            Identifier identifier => Name(identifier.Name),
            UnaryExpression unary => Unary(unary),
            BinaryExpression binary => Binary(binary),
            TernaryExpression ternary => Ternary(ternary),
            Function function => Call(function),
            _ => Fail(Codes.UnsupportedOperator, Messages.ExpressionUnsupported.With(role)),
        };

        private FormulaNode? Fail(string code, DiagnosticMessage message, SourcePosition? at = null)
        {
            owner.sink.Error(code, Messages.InFormula.With(message, formula.Text), at ?? formula.Position, indicatorId);
            return null;
        }

        private FormulaNode? Value(ValueExpression value)
        {
            switch (value.Value)
            {
                case long integer:
                    return new NumberConstant(integer);
                case int integer:
                    return new NumberConstant(integer);
                case decimal number:
                    return new NumberConstant(number);
                case bool flag:
                    return new BooleanConstant(flag);
                case string text:
                    return new TextConstant(text);
                case double:
                    return Fail(Codes.TypeMismatch, Messages.LiteralTooLarge.With(role));
                default:
                    return Fail(Codes.TypeMismatch, Messages.LiteralUnknown.With(Convert.ToString(value.Value, CultureInfo.InvariantCulture), role));
            }
        }

        private FormulaNode? Name(string name)
        {
            if (name == "weight")
            {
                return weight is { } w
                    ? new NumberConstant(w)
                    : Fail(Codes.UnknownName, Messages.WeightOutsideIndicator.With(role), PositionOf(formula, name));
            }

            var symbol = owner.symbols.Find(name);
            if (symbol is null && owner.declaredMetrics.Contains(name))
            {
                // A declared metric that did not compile (or is in a cycle): its own diagnostic says why.
                return null;
            }

            if (symbol is null)
            {
                var hint = Spelling.Closest(name, owner.symbols.All.Select(s => s.Name).Concat(owner.declaredMetrics));
                return Fail(Codes.UnknownName, Messages.UnknownName.With(name, role, hint is null ? null : Messages.DidYouMean.With(hint)), PositionOf(formula, name));
            }

            if (!Used.Contains(symbol))
            {
                Used.Add(symbol);
            }

            return symbol.Kind switch
            {
                ValueKind.Number => new NumberSlot(symbol.Index),
                ValueKind.Boolean => new BooleanSlot(symbol.Index),
                _ => new TextSlot(symbol.Index),
            };
        }

        private FormulaNode? Require(LogicalExpression node, ValueKind kind, DiagnosticMessage what)
        {
            var typed = Visit(node);
            if (typed is null)
            {
                return null;
            }

            return typed.Kind == kind
                ? typed
                : Fail(Codes.TypeMismatch, Messages.OperandWrongKind.With(what, role, Describe(kind), Describe(typed.Kind)));
        }

        private NumberNode? RequireNumber(LogicalExpression node, DiagnosticMessage what) => (NumberNode?)Require(node, ValueKind.Number, what);

        private BooleanNode? RequireBoolean(LogicalExpression node, DiagnosticMessage what) => (BooleanNode?)Require(node, ValueKind.Boolean, what);

        private FormulaNode? Unary(UnaryExpression unary)
        {
            switch (unary.Type)
            {
                case UnaryExpressionType.Not:
                    return RequireBoolean(unary.Expression, Messages.OperandOf.With("not")) is { } condition ? new Not(condition) : null;
                case UnaryExpressionType.Negate:
                    return RequireNumber(unary.Expression, Messages.OperandOf.With("-")) is { } negated ? new Negate(negated) : null;
                case UnaryExpressionType.Positive:
                    return RequireNumber(unary.Expression, Messages.OperandOf.With("+"));
                default:
                    return Fail(Codes.UnsupportedOperator, Messages.OperatorUnsupported.With((unary.Type == UnaryExpressionType.BitwiseNot ? Messages.Key.With("~") : Messages.Factorial.With()), role));
            }
        }

        private FormulaNode? Binary(BinaryExpression binary)
        {
            switch (binary.Type)
            {
                case BinaryExpressionType.And or BinaryExpressionType.Or:
                {
                    var left = RequireBoolean(binary.LeftExpression, Messages.EachSideOf.With(binary.Type == BinaryExpressionType.And ? "and" : "or"));
                    var right = RequireBoolean(binary.RightExpression, Messages.EachSideOf.With(binary.Type == BinaryExpressionType.And ? "and" : "or"));
                    if (left is null || right is null)
                    {
                        return null;
                    }

                    return binary.Type == BinaryExpressionType.And ? new And(left, right) : new Or(left, right);
                }

                case BinaryExpressionType.Equal or BinaryExpressionType.NotEqual:
                {
                    var left = Visit(binary.LeftExpression);
                    var right = Visit(binary.RightExpression);
                    if (left is null || right is null)
                    {
                        return null;
                    }

                    var equal = binary.Type == BinaryExpressionType.Equal;
                    return (left, right) switch
                    {
                        (NumberNode a, NumberNode b) => equal ? new NumberEqual(a, b) : new NumberNotEqual(a, b),
                        (BooleanNode a, BooleanNode b) => equal ? new BooleanEqual(a, b) : new BooleanNotEqual(a, b),
                        (TextNode a, TextNode b) => equal ? new TextEqual(a, b) : new TextNotEqual(a, b),
                        _ => Fail(Codes.TypeMismatch, Messages.CannotCompare.With(Describe(left.Kind), Describe(right.Kind), role)),
                    };
                }

                case BinaryExpressionType.Lesser or BinaryExpressionType.LesserOrEqual or BinaryExpressionType.Greater or BinaryExpressionType.GreaterOrEqual:
                {
                    var left = RequireNumber(binary.LeftExpression, Messages.EachSideOfComparison.With());
                    var right = RequireNumber(binary.RightExpression, Messages.EachSideOfComparison.With());
                    if (left is null || right is null)
                    {
                        return null;
                    }

                    return binary.Type switch
                    {
                        BinaryExpressionType.Lesser => new Less(left, right),
                        BinaryExpressionType.LesserOrEqual => new LessOrEqual(left, right),
                        BinaryExpressionType.Greater => new Greater(left, right),
                        _ => new GreaterOrEqual(left, right),
                    };
                }

                case BinaryExpressionType.Plus or BinaryExpressionType.Minus or BinaryExpressionType.Times or BinaryExpressionType.Div or BinaryExpressionType.Modulo:
                {
                    var left = RequireNumber(binary.LeftExpression, Messages.EachSideOfArithmetic.With());
                    var right = RequireNumber(binary.RightExpression, Messages.EachSideOfArithmetic.With());
                    if (left is null || right is null)
                    {
                        return null;
                    }

                    return binary.Type switch
                    {
                        BinaryExpressionType.Plus => new Add(left, right),
                        BinaryExpressionType.Minus => new Subtract(left, right),
                        BinaryExpressionType.Times => new Multiply(left, right),
                        BinaryExpressionType.Div => new Divide(left, right),
                        _ => new Modulo(left, right),
                    };
                }

                case BinaryExpressionType.Exponentiation:
                    return Fail(Codes.UnsupportedOperator, Messages.PowerUnsupported.With(role));
                case BinaryExpressionType.BitwiseXOr:
                    return Fail(Codes.UnsupportedOperator, Messages.XorUnsupported.With(role));
                default:
                    return Fail(Codes.UnsupportedOperator, Messages.OperatorUnsupported.With(Symbol(binary.Type), role));
            }
        }

        private FormulaNode? Ternary(TernaryExpression ternary)
        {
            var condition = RequireBoolean(ternary.LeftExpression, Messages.ConditionOf.With("? :"));
            return condition is null ? null : Branches(condition, ternary.MiddleExpression, ternary.RightExpression, "? :");
        }

        private FormulaNode? Branches(BooleanNode condition, LogicalExpression whenTrue, LogicalExpression whenFalse, string what)
        {
            var yes = Visit(whenTrue);
            var no = Visit(whenFalse);
            if (yes is null || no is null)
            {
                return null;
            }

            return (yes, no) switch
            {
                (NumberNode a, NumberNode b) => new NumberIf(condition, a, b),
                (BooleanNode a, BooleanNode b) => new BooleanIf(condition, a, b),
                (TextNode a, TextNode b) => new TextIf(condition, a, b),
                _ => Fail(Codes.TypeMismatch, Messages.BranchesDiffer.With(what, role, Describe(yes.Kind), Describe(no.Kind))),
            };
        }

        private FormulaNode? Call(Function function)
        {
            var name = function.Identifier.Name;
            var arguments = function.Parameters;
            if (!FormulaFunctions.Arity.TryGetValue(name, out var arity))
            {
                var hint = FormulaFunctions.Suggest(name);
                return Fail(Codes.UnknownFunction, Messages.UnknownFunction.With(name, role, hint is null ? Messages.KnownFunctions.With(NameList.Of(FormulaFunctions.Arity.Keys)) : Messages.DidYouMean.With(hint)), PositionOf(formula, name));
            }

            if (arguments.Count != arity)
            {
                return Fail(Codes.WrongArity, (arity == 1 ? Messages.WrongArityOne : Messages.WrongArity).With(name, arity, arguments.Count, role), PositionOf(formula, name));
            }

            if (name == "if")
            {
                var condition = RequireBoolean(arguments[0], Messages.FirstArgumentOf.With("if"));
                return condition is null ? null : Branches(condition, arguments[1], arguments[2], "if");
            }

            var x = RequireNumber(arguments[0], Messages.FirstArgumentOf.With(name));
            if (x is null)
            {
                return null;
            }

            switch (name)
            {
                case "Abs":
                    return new AbsCall(x);
                case "Ceiling":
                    return new CeilingCall(x);
                case "Floor":
                    return new FloorCall(x);
                case "Truncate":
                    return new TruncateCall(x);
                case "Sign":
                    return new SignCall(x);
                case "Round":
                {
                    if (arguments[1] is not ValueExpression { Value: long digits } || digits is < 0 or > 28)
                    {
                        return Fail(Codes.TypeMismatch, Messages.RoundDigits.With(role));
                    }

                    return new RoundCall(x, (int)digits, owner.midpoint);
                }

                default:
                {
                    var y = RequireNumber(arguments[1], Messages.SecondArgumentOf.With(name));
                    return y is null ? null : name == "Min" ? new MinCall(x, y) : new MaxCall(x, y);
                }
            }
        }
    }
}
