using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Loading;

/// <summary>Reads the report templates of a rule file (an indicator's <c>report</c>, the rule set's <c>report</c> block), reporting their syntax errors where they are.</summary>
internal static class ReportTemplateReader
{
    /// <summary>Reads one template under <paramref name="key"/>; <see langword="null"/> when absent or malformed (reported).</summary>
    public static ReportTemplate? Read(MapReader reader, ReadContext context, string key, string? indicatorId)
    {
        if (reader.Formula(key) is not { } text)
        {
            return null;
        }

        var template = ReportTemplate.Parse(text, out var error, out var offset);
        if (template is null)
        {
            var (line, column) = ReportTemplate.LineColumn(text.Text, offset);
            var what = indicatorId is null ? Messages.ReportTemplateKey.With(key) : Messages.IndicatorReportTemplate.With(indicatorId);
            context.Sink.Error(Codes.TemplateSyntax, Messages.TemplateSyntax.With(what, error, text.Text), FormulaCompiler.MapPosition(text, line, column), indicatorId);
        }

        return template;
    }

    /// <summary>Reads the rule set's <c>report</c> block.</summary>
    public static ReportSettings? ReadSettings(MapReader? reader, ReadContext context)
    {
        if (reader is null)
        {
            return null;
        }

        var settings = new ReportSettings(
            Read(reader, context, "overview", null),
            Read(reader, context, "tasks", null),
            Read(reader, context, "spending", null),
            Read(reader, context, "goals", null),
            Read(reader, context, "other", null));
        reader.Finish();
        return settings;
    }
}
