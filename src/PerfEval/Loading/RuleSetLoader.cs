using System;
using System.IO;
using System.Text;
using PerfEval.Compilation;
using PerfEval.Evaluation;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Validation;

namespace PerfEval.Loading;

/// <summary>
/// Loads a rule set from YAML: reads, validates and compiles it in one pass, returning every diagnostic.
/// Throwing is opt-in through <see cref="Result{T}.GetValueOrThrow"/>.
/// </summary>
public static class RuleSetLoader
{
    /// <summary>Loads a rule file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="limits">Bounds on size and nesting. <value>Defaults to <see cref="RuleSetLimits.Default"/>.</value></param>
    /// <returns>The compiled rule set, or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static Result<CompiledRuleSet> LoadFile(string path, RuleSetLimits? limits = null)
    {
        Guard.NotNull(path);
        limits ??= RuleSetLimits.Default;
        string text;
        try
        {
            if (Directory.Exists(path))
            {
                return Fail(path, Codes.FileNotFound, Messages.RuleFileIsFolder.With());
            }

            text = BoundedFile.ReadText(path, limits.MaxFileBytes, Messages.RuleFile, Codes.YamlSyntax);
        }
        catch (BoundedFile.Failure failure)
        {
            return Fail(path, failure.Code, failure.Text);
        }

        return Load(text, path, null, limits);
    }

    /// <summary>Loads a rule set from YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The name used in diagnostics, e.g. the file name.</param>
    /// <param name="catalog">
    /// Where <c>extends</c> finds its base. <value>Defaults to the rule files in the folder of <paramref name="sourceName"/>
    /// when that is a file, else to <see cref="RuleSetCatalog.Shipped"/>.</value>
    /// </param>
    /// <param name="limits">Bounds on size and nesting. <value>Defaults to <see cref="RuleSetLimits.Default"/>.</value></param>
    /// <returns>The compiled rule set, or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is <see langword="null"/>.</exception>
    public static Result<CompiledRuleSet> Load(string yaml, string sourceName = "<rules>", RuleSetCatalog? catalog = null, RuleSetLimits? limits = null)
    {
        Guard.NotNull(yaml);
        Guard.NotNull(sourceName);
        limits ??= RuleSetLimits.Default;
        if (yaml.Length > limits.MaxFileBytes)
        {
            return Fail(sourceName, Codes.FileTooLarge, Messages.RuleTextTooLong.With(yaml.Length, limits.MaxFileBytes));
        }

        var sink = new DiagnosticSink(sourceName);
        var root = ReadResolved(yaml, sourceName, catalog, sink, limits);
        var model = root is null ? null : RuleSetReader.Read(root, new ReadContext(sourceName, sink));
        if (model is null)
        {
            return Result<CompiledRuleSet>.OfRules(null, sink.Sorted());
        }

        RuleSetValidator.Validate(model, sink);
        var compiled = RuleSetCompiler.Compile(model, sink, new FormulaLimits(limits.MaxFormulaLength, limits.MaxFormulaNesting));
        return Result<CompiledRuleSet>.OfRules(sink.HasErrors ? null : compiled, sink.Sorted());
    }

    /// <summary>Reads a rule file and resolves its <c>extends</c>, without validating or compiling it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="catalog">Where <c>extends</c> finds its base. <value>Defaults to the rule files in the file's folder.</value></param>
    /// <returns>The resolved rule set as YAML, or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static Result<string> ResolveFile(string path, RuleSetCatalog? catalog = null)
    {
        Guard.NotNull(path);
        var sink = new DiagnosticSink(path);
        string text;
        try
        {
            text = BoundedFile.ReadText(path, RuleSetLimits.Default.MaxFileBytes, Messages.RuleFile, Codes.YamlSyntax);
        }
        catch (BoundedFile.Failure failure)
        {
            sink.Error(failure.Code, failure.Text);
            return Result<string>.OfRules(null, sink.Sorted());
        }

        var root = ReadResolved(text, path, catalog, sink, RuleSetLimits.Default);
        return Result<string>.OfRules(root is null || sink.HasErrors ? null : YamlTreeWriter.Write(root), sink.Sorted());
    }

    private static YNode? ReadResolved(string yaml, string sourceName, RuleSetCatalog? catalog, DiagnosticSink sink, RuleSetLimits limits)
    {
        if (yaml.Length > 0 && yaml[0] == '\uFEFF')
        {
            yaml = yaml.Substring(1);
        }

        var root = YamlTreeReader.Read(yaml, sink, limits.MaxYamlDepth);
        if (root is null || RuleSetResolver.ExtendsOf(root, out _) is null)
        {
            return root;
        }

        catalog ??= File.Exists(sourceName) ? RuleSetCatalog.FromDirectory(Path.GetDirectoryName(Path.GetFullPath(sourceName))!, limits) : RuleSetCatalog.Shipped;
        return new RuleSetResolver(catalog.ReadBase, sink).Resolve(root);
    }

    private static Result<CompiledRuleSet> Fail(string path, string code, DiagnosticMessage message)
        => Result<CompiledRuleSet>.OfRules(null, new[] { new Diagnostic(code, DiagnosticSeverity.Error, message, path) });
}
