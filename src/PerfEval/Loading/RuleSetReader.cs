using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Loading;

/// <summary>Maps the YAML tree of a rule file to the <see cref="RuleSet"/> model, reporting every shape problem it meets.</summary>
internal static class RuleSetReader
{
    public const string FormatV1 = "perfeval/1";

    /// <summary>The format of the next minor version: every <c>perfeval/1</c> file reads the same under it, and its new keys need it.</summary>
    public const string FormatV1_1 = "perfeval/1.1";

    /// <summary>Tells whether a file's <c>format</c> is one this version reads.</summary>
    public static bool IsSupported(string? format) => format is FormatV1 or FormatV1_1;

    private static readonly Dictionary<string, InputType> InputTypes = new(StringComparer.Ordinal)
    {
        ["decimal"] = InputType.Decimal,
        ["integer"] = InputType.Integer,
        ["boolean"] = InputType.Boolean,
        ["text"] = InputType.Text,
        ["choice"] = InputType.Choice,
    };

    private static readonly Dictionary<string, GradeLevel> GradeLevels = new(StringComparer.Ordinal)
    {
        ["excellent"] = GradeLevel.Excellent,
        ["good"] = GradeLevel.Good,
        ["fair"] = GradeLevel.Fair,
        ["poor"] = GradeLevel.Poor,
    };

    private static readonly Dictionary<string, MidpointRounding> MidpointModes = new(StringComparer.Ordinal)
    {
        ["away_from_zero"] = MidpointRounding.AwayFromZero,
        ["to_even"] = MidpointRounding.ToEven,
    };

    private static readonly Dictionary<string, FallbackKind> FallbackKinds = new(StringComparer.Ordinal)
    {
        ["move_to"] = FallbackKind.MoveTo,
        ["spread"] = FallbackKind.Spread,
        ["full_marks"] = FallbackKind.FullMarks,
        ["zero"] = FallbackKind.Zero,
    };

    private static readonly Dictionary<string, ShareRounding> ShareRoundings = new(StringComparer.Ordinal)
    {
        ["last"] = ShareRounding.Last,
        ["largest_remainder"] = ShareRounding.LargestRemainder,
    };

    private static readonly Dictionary<string, ReceivedWeightRule> ReceivedWeightRules = new(StringComparer.Ordinal)
    {
        ["scale"] = ReceivedWeightRule.Scale,
        ["keep_deduction"] = ReceivedWeightRule.KeepDeduction,
    };

    private static readonly Dictionary<string, DeductionDirection> Directions = new(StringComparer.Ordinal)
    {
        ["above"] = DeductionDirection.Above,
        ["below"] = DeductionDirection.Below,
    };

    private static readonly Dictionary<string, DeductionCounting> Countings = new(StringComparer.Ordinal)
    {
        ["exact"] = DeductionCounting.Exact,
        ["whole"] = DeductionCounting.Whole,
        ["started"] = DeductionCounting.Started,
    };

    private static readonly Dictionary<string, RowComparison> BareReadings = new(StringComparer.Ordinal)
    {
        ["at_least"] = RowComparison.AtLeast,
        ["equal"] = RowComparison.Equal,
    };

    private static readonly Dictionary<string, RowFallback> RowFallbacks = new(StringComparer.Ordinal)
    {
        ["rescale"] = RowFallback.Rescale,
        ["zero"] = RowFallback.Zero,
    };

    /// <summary>Reads a rule set; returns <see langword="null"/> when a required part is missing or malformed.</summary>
    public static RuleSet? Read(YNode root, ReadContext context)
    {
        var top = context.Mapping(root, Messages.TheRuleFile.With(), "root");
        if (top is null)
        {
            return null;
        }

        if (top.Node("extends") is { } extends)
        {
            context.Error(extends, Codes.UnsupportedFormat, Messages.ExtendsUnresolved.With());
        }

        var format = top.String("format", required: true);
        if (format is not null && !IsSupported(format))
        {
            var node = top.Node("format")!;
            context.Error(node, Codes.UnsupportedFormat, Messages.FormatUnsupported.With(format));
        }

        context.Format = format;

        var id = top.String("id", required: true);
        var version = top.String("version", required: true);
        var title = top.String("title", required: true);
        var jurisdiction = top.String("jurisdiction");
        var fiscalYear = top.Int("fiscal_year");
        var source = top.String("source");
        var note = top.String("note");
        var total = top.Decimal("total", required: true);
        var rounding = ReadRounding(top.Mapping("rounding", "rounding"), context);
        var receivedWeight = top.Node("received_weight") is { } receivedNode && context.Requires1_1(receivedNode, "received_weight")
            ? top.Enum("received_weight", ReceivedWeightRules)
            : ReceivedWeightRule.Scale;
        var grades = ReadList(top.Sequence("grades", required: true), context, Messages.AGradeBand.With(), "grade", ReadGrade);
        var inputs = ReadList(top.Sequence("inputs"), context, Messages.AnInput.With(), "input", ReadInput);
        var metrics = ReadList(top.Sequence("metrics"), context, Messages.AMetric.With(), "metric", ReadMetric);
        var checks = ReadList(top.Sequence("checks"), context, Messages.ACheck.With(), "check", ReadCheck);
        var indicators = ReadList(top.Sequence("indicators", required: true), context, Messages.AnIndicator.With(), "indicator", ReadIndicator);
        var report = ReportTemplateReader.ReadSettings(top.Mapping("report", "report"), context);
        var rowRules = ReadList(NewList(top, "row_rules", context), context, Messages.ARowRule.With(), "row_rule", ReadRowRule);
        var qualitative = ReadList(NewList(top, "qualitative_grades", context), context, Messages.AQualitativeGrade.With(), "qualitative_grade", ReadQualitativeGrade);
        var units = ReadUnits(NewList(top, "units", context), context);
        var form = top.Node("project_form") is not null && context.Requires1_1(top.Key("project_form")!, "project_form") ? ReadProjectForm(top.Mapping("project_form", "project_form"), context) : null;
        top.Finish();

        if (version is not null && !Identifiers.IsSemanticVersion(version))
        {
            var node = top.Node("version")!;
            context.Error(node, Codes.InvalidValue, Messages.VersionNotSemantic.With(version));
        }

        if (id is not null && !Identifiers.IsRuleSetId(id))
        {
            var node = top.Node("id")!;
            context.Error(node, Codes.InvalidId, Messages.RuleSetIdInvalid.With(id));
        }

        // A list written as something else was reported; reading it as empty would only add false weight errors.
        if (new[] { "grades", "inputs", "metrics", "checks", "indicators" }.Any(k => top.Has(k) && top.Node(k) is not (null or YSequence)))
        {
            return null;
        }

        if (format is null || id is null || version is null || title is null || total is null || rounding is null || receivedWeight is null || grades is null || inputs is null || metrics is null || checks is null || indicators is null || rowRules is null || qualitative is null)
        {
            return null;
        }

        return new RuleSet(format, id, version, title, jurisdiction, fiscalYear, source, note, total.Value, rounding, grades, inputs, metrics, checks, indicators, top.Position) { Report = report, ReceivedWeight = receivedWeight.Value, RowRules = rowRules, QualitativeGrades = qualitative, Units = units, ProjectForm = form };
    }

    /// <summary>Reads a list a key of format 1.1 holds, reporting the key in a <c>perfeval/1</c> file.</summary>
    private static YSequence? NewList(MapReader reader, string key, ReadContext context)
    {
        if (reader.Node(key) is { } node && !context.Requires1_1(node, key))
        {
            return null;
        }

        return reader.Sequence(key);
    }

    private static RowRule? ReadRowRule(MapReader reader, ReadContext context)
    {
        var name = reader.String("name", required: true);
        var kind = reader.Enum("kind", RowMethodNames.ByName, required: true);
        var step = reader.Decimal("step");
        var points = reader.Decimal("points");
        var counting = reader.Enum("counting", Countings);
        var tolerance = reader.Decimal("tolerance");
        var note = reader.String("note");
        if (name is null || kind is null)
        {
            return null;
        }

        var complete = true;
        if (kind == RowMethod.DeductExcess)
        {
            foreach (var (key, value) in new[] { ("step", step), ("points", points) })
            {
                if (value is null)
                {
                    context.Sink.Error(Codes.MissingKey, Messages.RowRuleNeeds.With(name, key), reader.Position);
                    complete = false;
                }
                else if (value <= 0)
                {
                    context.Sink.Error(Codes.InvalidValue, Messages.RowRuleNotPositive.With(key, name, value.Value), reader.Position);
                    complete = false;
                }
            }
        }
        else
        {
            foreach (var (key, given) in new[] { ("step", step is not null), ("points", points is not null), ("counting", counting is not null) })
            {
                if (given)
                {
                    context.Sink.Error(Codes.InvalidValue, Messages.RowRuleKeyNotApplicable.With(key, name), reader.Position);
                    complete = false;
                }
            }
        }

        if (tolerance is not null && (kind != RowMethod.Exact || tolerance < 0))
        {
            context.Sink.Error(Codes.InvalidValue, Messages.RowRuleTolerance.With(name), reader.Position);
            complete = false;
        }

        return complete ? new RowRule(name, kind.Value, step, points, counting ?? DeductionCounting.Exact, tolerance ?? 0m, note, reader.Position) : null;
    }

    /// <summary>Reads <c>units</c>: the units a row's figures may carry beyond the built-in ones (元/平方米, 个月).</summary>
    /// <summary>Reads <c>project_form</c>: names only, checked against the inputs, metrics and indicators when compiling.</summary>
    private static ProjectForm? ReadProjectForm(MapReader? reader, ReadContext context)
    {
        if (reader is null)
        {
            return null;
        }

        var department = Name(reader, "department");
        var implementer = Name(reader, "implementer");
        var funds = ReadList(reader.Sequence("funds"), context, Messages.AFundsLine.With(), "funds_line", ReadFundsLine);
        var goal = Name(reader, "goal");
        var achieved = Name(reader, "achieved");
        reader.String("note");
        reader.Finish();
        return funds is null ? null : new ProjectForm(department, implementer, funds, goal, achieved);
    }

    private static FundsLineDefinition? ReadFundsLine(MapReader reader, ReadContext context)
    {
        var label = reader.String("label", required: true);
        var line = new FundsLineDefinition(label ?? string.Empty, Name(reader, "initial"), Name(reader, "annual"), Name(reader, "executed"), Name(reader, "rate"), Name(reader, "indicator"));
        reader.String("note");
        return label is null ? null : line;
    }

    private static FormName? Name(MapReader reader, string key)
        => reader.Node(key) is { } node && reader.String(key) is { } name ? new FormName(name, key, new SourcePosition(node.File, node.Line, node.Column)) : null;

    private static IReadOnlyList<string> ReadUnits(YSequence? sequence, ReadContext context)
    {
        var units = new List<string>();
        foreach (var item in sequence?.Items ?? new List<YNode>())
        {
            if (context.Scalar(item, "units") is not { } scalar)
            {
                continue;
            }

            if (scalar.Value.Trim().Length == 0 || scalar.Value.Any(c => c is (>= '0' and <= '9') or (>= '０' and <= '９')))
            {
                context.Sink.Error(Codes.InvalidValue, Messages.UnitNotAWord.With(scalar.Value), new SourcePosition(scalar.File, scalar.Line, scalar.Column));
                continue;
            }

            units.Add(scalar.Value.Trim());
        }

        return units;
    }

    private static QualitativeGrade? ReadQualitativeGrade(MapReader reader, ReadContext context)
    {
        var label = reader.String("label", required: true);
        var range = reader.Range();
        var note = reader.String("note");
        var phrases = new List<string>();
        foreach (var item in reader.Sequence("phrases")?.Items ?? new List<YNode>())
        {
            if (context.Scalar(item, "phrases") is { } scalar)
            {
                phrases.Add(scalar.Value);
            }
        }

        if (label is null || range is null)
        {
            return null;
        }

        if (range.Lower is null || range.Upper is null || range.Lower < 0 || range.Upper > 1)
        {
            context.Sink.Error(Codes.InvalidValue, Messages.QualitativeShare.With(label, range.ToString()), reader.Position);
            return null;
        }

        return new QualitativeGrade(label, range, phrases, note, reader.Position);
    }

    private static RowGroup? ReadRows(MapReader reader, ReadContext context)
    {
        var kinds = ReadList(reader.Sequence("kinds", required: true), context, Messages.ARowKind.With(), "row_kind", (kindReader, _) =>
        {
            var name = kindReader.String("name", required: true);
            var kindAtLeast = kindReader.String("at_least");
            var kindAtMost = kindReader.String("at_most");
            var kindEqual = kindReader.String("equal");
            var kindNote = kindReader.String("note");
            return name is null ? null : new RowKind(name, kindAtLeast, kindAtMost, kindEqual, kindNote, kindReader.Position);
        });
        var atLeast = reader.String("at_least") ?? "proportional";
        var atMost = reader.String("at_most") ?? "inverse";
        var equal = reader.String("equal") ?? "exact";
        var bare = reader.Enum("bare", BareReadings) ?? RowComparison.AtLeast;
        var fallback = reader.Enum("fallback", RowFallbacks) ?? RowFallback.Rescale;
        var note = reader.String("note");
        return kinds is null ? null : new RowGroup(kinds, atLeast, atMost, equal, bare, fallback, note, reader.Position);
    }

    private static List<T>? ReadList<T>(YSequence? sequence, ReadContext context, DiagnosticMessage what, string kind, Func<MapReader, ReadContext, T?> read)
        where T : class
    {
        var items = new List<T>();
        if (sequence is null)
        {
            return items;
        }

        var complete = true;
        foreach (var node in sequence.Items)
        {
            var reader = context.Mapping(node, what, kind);
            var item = reader is null ? null : read(reader, context);
            reader?.Finish();
            if (item is null)
            {
                complete = false;
            }
            else
            {
                items.Add(item);
            }
        }

        return complete ? items : null;
    }

    private static Rounding? ReadRounding(MapReader? reader, ReadContext context)
    {
        if (reader is null)
        {
            return new Rounding(2, MidpointRounding.AwayFromZero);
        }

        var decimals = reader.Int("decimals") ?? 2;
        var mode = reader.Enum("midpoint", MidpointModes) ?? MidpointRounding.AwayFromZero;
        var note = reader.String("note");
        var shares = reader.Node("shares") is { } sharesNode && context.Requires1_1(sharesNode, "shares")
            ? reader.Enum("shares", ShareRoundings)
            : ShareRounding.Last;
        reader.Finish();
        if (shares is null)
        {
            return null;
        }

        if (decimals is < 0 or > 10)
        {
            context.Sink.Error(Codes.InvalidValue, Messages.RoundingDecimals.With(decimals), reader.Position);
            return null;
        }

        return new Rounding(decimals, mode, note, shares.Value);
    }

    private static GradeBand? ReadGrade(MapReader reader, ReadContext context)
    {
        var level = reader.Enum("grade", GradeLevels, required: true);
        var label = reader.String("label", required: true);
        var range = reader.Range();
        var note = reader.String("note");
        return level is null || label is null || range is null ? null : new GradeBand(level.Value, label, range, note, reader.Position);
    }

    private static InputDefinition? ReadInput(MapReader reader, ReadContext context)
    {
        var name = reader.String("name", required: true);
        var type = reader.Enum("type", InputTypes, required: true);
        var unit = reader.String("unit");
        var description = reader.String("description");
        var required = reader.Bool("required") ?? true;
        var min = reader.Decimal("min");
        var max = reader.Decimal("max");
        var choicesNode = reader.Sequence("choices");
        var note = reader.String("note");
        var choices = new List<string>();
        foreach (var item in choicesNode?.Items ?? new List<YNode>())
        {
            if (context.Scalar(item, "choices") is { } scalar)
            {
                choices.Add(scalar.Value);
            }
        }

        if (name is null || type is null)
        {
            return null;
        }

        if (!Identifiers.IsName(name))
        {
            context.Sink.Error(Codes.InvalidId, Messages.InputNameInvalid.With(name), reader.Position);
        }

        if (type == InputType.Choice && choices.Count == 0)
        {
            context.Sink.Error(Codes.MissingKey, Messages.ChoicesMissing.With(name), reader.Position);
        }
        else if (type != InputType.Choice && choicesNode is not null)
        {
            context.Sink.Error(Codes.InvalidValue, Messages.ChoicesNotApplicable.With(name), reader.Position);
        }

        if ((min is not null || max is not null) && type is not (InputType.Decimal or InputType.Integer))
        {
            context.Sink.Error(Codes.InvalidValue, Messages.MinMaxNotApplicable.With(name), reader.Position);
        }

        if (min is not null && max is not null && min > max)
        {
            context.Sink.Error(Codes.InvalidValue, Messages.MinAboveMax.With(name, min.Value, max.Value), reader.Position);
        }

        return new InputDefinition(name, type.Value, unit, description, required, min, max, choices, note, reader.Position);
    }

    private static MetricDefinition? ReadMetric(MapReader reader, ReadContext context)
    {
        var name = reader.String("name", required: true);
        var expression = reader.Formula("expression", required: true);
        var unit = reader.String("unit");
        var description = reader.String("description");
        var note = reader.String("note");
        if (name is not null && !Identifiers.IsName(name))
        {
            context.Sink.Error(Codes.InvalidId, Messages.MetricNameInvalid.With(name), reader.Position);
        }

        return name is null || expression is null ? null : new MetricDefinition(name, expression, unit, description, note, reader.Position);
    }

    private static CheckDefinition? ReadCheck(MapReader reader, ReadContext context)
    {
        var id = reader.String("id", required: true);
        var assertion = reader.Formula("assert", required: true);
        var message = reader.String("message", required: true);
        var note = reader.String("note");
        return id is null || assertion is null || message is null ? null : new CheckDefinition(id, assertion, message, note, reader.Position);
    }

    private static Indicator? ReadIndicator(MapReader reader, ReadContext context)
    {
        var id = reader.String("id", required: true);
        var name = reader.String("name", required: true);
        var weight = reader.Decimal("weight", required: true);
        var note = reader.String("note");
        var appliesWhen = reader.Formula("applies_when");
        var report = ReportTemplateReader.Read(reader, context, "report", id);
        var fallbackReader = reader.Mapping("fallback", "fallback");
        var fallback = fallbackReader is null ? null : ReadFallback(fallbackReader);
        fallbackReader?.Finish();
        var childrenNode = reader.Sequence("children");
        var children = ReadList(childrenNode, context, Messages.AnIndicator.With(), "indicator", ReadIndicator);
        var label = id is null ? Messages.AnIndicator.With() : Messages.Indicator.With(id);
        var rowsNode = reader.Node("rows");
        var rowsReader = rowsNode is not null && context.Requires1_1(rowsNode, "rows") ? reader.Mapping("rows", "rows") : null;
        var rows = rowsReader is null ? null : ReadRows(rowsReader, context);
        rowsReader?.Finish();
        if (rowsNode is not null && childrenNode is not null)
        {
            context.Sink.Error(Codes.MethodCount, Messages.RowsWithChildren.With(label), reader.Position, id);
        }

        var method = ReadMethod(reader, context, label, isGroup: childrenNode is not null || rowsNode is not null);
        if (id is not null && !Identifiers.IsIndicatorId(id))
        {
            context.Sink.Error(Codes.InvalidId, Messages.IndicatorIdInvalid.With(id), reader.Position, id);
        }

        if (childrenNode is not null && childrenNode.Items.Count == 0)
        {
            context.Sink.Error(Codes.MethodCount, Messages.EmptyChildren.With(id), reader.Position, id);
        }

        if (id is null || name is null || weight is null || children is null || (childrenNode is null && rowsNode is null && method is null) || (rowsNode is not null && rows is null))
        {
            return null;
        }

        return new Indicator(id, name, weight.Value, method, children, appliesWhen, fallback, note, reader.Position) { Report = report, Rows = rows };
    }

    private static Fallback? ReadFallback(MapReader reader)
    {
        var kind = reader.Enum("kind", FallbackKinds, required: true);
        var target = reader.String("target");
        var note = reader.String("note");
        return kind is null ? null : new Fallback(kind.Value, target, note, reader.Position);
    }

    /// <summary>Reads the one scoring method of a leaf; a group must have none.</summary>
    private static ScoringMethod? ReadMethod(MapReader reader, ReadContext context, DiagnosticMessage label, bool isGroup)
    {
        var present = RuleFileKeys.MethodKeys.Where(reader.Has).ToList();
        foreach (var key in RuleFileKeys.MethodKeys)
        {
            reader.Node(key); // Marks every method key as known.
        }

        if (isGroup)
        {
            if (present.Count > 0)
            {
                context.Sink.Error(Codes.MethodCount, Messages.GroupWithMethod.With(label, present[0]), reader.Position, IdOf(reader));
            }

            return null;
        }

        if (present.Count != 1)
        {
            var message = present.Count == 0
                ? Messages.NoMethod.With(label, NameList.Of(RuleFileKeys.MethodKeys))
                : Messages.SeveralMethods.With(label, present.Count, NameList.Of(present));
            context.Sink.Error(Codes.MethodCount, message, reader.Position, IdOf(reader));
            return null;
        }

        var methodKey = present[0];
        var node = reader.Node(methodKey);
        if (node is null)
        {
            if (methodKey == "judgement")
            {
                return new JudgementMethod(null, null, reader.Position);
            }

            context.Sink.Error(Codes.MissingKey, Messages.KeyWithoutValue.With(methodKey, label), reader.Position);
            return null;
        }

        return ReadMethodBody(methodKey, node, reader, context, label);
    }

    private static string? IdOf(MapReader reader) => reader.Has("id") ? reader.String("id") : null;

    private static ScoringMethod? ReadMethodBody(string key, YNode node, MapReader owner, ReadContext context, DiagnosticMessage label)
    {
        var at = context.At(node);
        if (key == "formula")
        {
            var text = context.Formula(node, key);
            return text is null ? null : new FormulaMethod(text, null, at);
        }

        if (key == "alternatives")
        {
            if (node is not YSequence options)
            {
                context.Error(node, Codes.WrongNodeKind, Messages.AlternativesNotAList.With(label));
                return null;
            }

            var list = ReadList(options, context, Messages.AnOptionOf.With(label), "alternative", (reader, ctx) => ReadAlternative(reader, ctx, label));
            return list is null ? null : new AlternativesMethod(list, null, at);
        }

        var body = context.Mapping(node, Messages.KeyOf.With(key, label), key);
        if (body is null)
        {
            return null;
        }

        ScoringMethod? method = key switch
        {
            "bands" => ReadBands(body, context, label, at),
            "deduction" => ReadDeduction(body, at),
            "checklist" => ReadChecklist(body, context, label, at),
            "pass_fail" => ReadPassFail(body, at),
            "judgement" => new JudgementMethod(body.String("criteria"), body.String("note"), at),
            _ => throw new InvalidOperationException("Unreachable: " + key),
        };
        body.Finish();
        _ = owner;
        return method;
    }

    private static BandsMethod? ReadBands(MapReader body, ReadContext context, DiagnosticMessage label, SourcePosition at)
    {
        var value = body.Formula("value", required: true);
        var note = body.String("note");
        var bands = ReadList(body.Sequence("ranges", required: true), context, Messages.ABandOf.With(label), "band", (reader, _) =>
        {
            var range = reader.Range();
            var points = reader.Decimal("points", required: true);
            var bandNote = reader.String("note");
            return range is null || points is null ? null : new Band(range, points.Value, bandNote, reader.Position);
        });
        return value is null || bands is null ? null : new BandsMethod(value, bands, note, at);
    }

    private static DeductionMethod? ReadDeduction(MapReader body, SourcePosition at)
    {
        var value = body.Formula("value", required: true);
        var threshold = body.Decimal("threshold") ?? 0m;
        var direction = body.Enum("direction", Directions) ?? DeductionDirection.Above;
        var per = body.Decimal("per") ?? 1m;
        var points = body.Decimal("points", required: true);
        var counting = body.Enum("counting", Countings) ?? DeductionCounting.Exact;
        var note = body.String("note");
        return value is null || points is null ? null : new DeductionMethod(value, threshold, direction, per, points.Value, counting, note, at);
    }

    private static ChecklistMethod? ReadChecklist(MapReader body, ReadContext context, DiagnosticMessage label, SourcePosition at)
    {
        var note = body.String("note");
        var criteria = ReadList(body.Sequence("criteria", required: true), context, Messages.ACriterionOf.With(label), "criterion", (reader, ctx) =>
        {
            var id = reader.String("id", required: true);
            var name = reader.String("name", required: true);
            var met = reader.Formula("met", required: true);
            var points = reader.Decimal("points", required: true);
            return id is null || name is null || met is null || points is null ? null : new ChecklistCriterion(id, name, met, points.Value, reader.Position);
        });
        return criteria is null ? null : new ChecklistMethod(criteria, note, at);
    }

    private static PassFailMethod? ReadPassFail(MapReader body, SourcePosition at)
    {
        var condition = body.Formula("condition", required: true);
        var note = body.String("note");
        return condition is null ? null : new PassFailMethod(condition, note, at);
    }

    private static Alternative? ReadAlternative(MapReader reader, ReadContext context, DiagnosticMessage label)
    {
        var name = reader.String("name");
        var when = reader.Formula("when");
        var method = ReadMethod(reader, context, Messages.AnOptionOf.With(label), isGroup: false);
        return method is null ? null : new Alternative(name, when, method, reader.Position);
    }
}
