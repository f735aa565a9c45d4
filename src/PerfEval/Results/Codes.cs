namespace PerfEval.Results;

/// <summary>The stable diagnostic codes. Each is listed with an example in <c>docs/diagnostics.md</c>.</summary>
internal static class Codes
{
    // Reading files.
    public const string FileNotFound = "PE0001";
    public const string YamlSyntax = "PE0002";
    public const string YamlUnsupported = "PE0003";
    public const string YamlTooDeep = "PE0004";
    public const string FileTooLarge = "PE0005";

    // The shape of a rule file.
    public const string UnknownKey = "PE0101";
    public const string MissingKey = "PE0102";
    public const string DuplicateKey = "PE0103";
    public const string WrongNodeKind = "PE0104";
    public const string InvalidValue = "PE0105";
    public const string UnsupportedFormat = "PE0106";
    public const string PatchTarget = "PE0107";
    public const string BaseNotFound = "PE0108";
    public const string ExtendsCycle = "PE0109";

    // The model.
    public const string DuplicateId = "PE0201";
    public const string InvalidId = "PE0202";
    public const string GroupWeightMismatch = "PE0203";
    public const string TotalMismatch = "PE0204";
    public const string MethodCount = "PE0205";
    public const string FallbackTarget = "PE0206";
    public const string FallbackCycle = "PE0207";
    public const string BandLayout = "PE0208";
    public const string GradeLayout = "PE0209";
    public const string PointsOutOfRange = "PE0210";
    public const string UnusedInput = "PE0211";
    public const string NonPositiveWeight = "PE0212";
    public const string FallbackMissing = "PE0213";
    public const string AlternativeLayout = "PE0214";
    public const string WeightPrecision = "PE0215";

    // Formulas.
    public const string FormulaSyntax = "PE0301";
    public const string UnknownName = "PE0302";
    public const string UnknownFunction = "PE0303";
    public const string WrongArity = "PE0304";
    public const string TypeMismatch = "PE0305";
    public const string UnsupportedOperator = "PE0306";
    public const string MetricCycle = "PE0307";
    public const string FormulaTooComplex = "PE0308";

    // Inputs.
    public const string InputSyntax = "PE0401";
    public const string MissingInput = "PE0402";
    public const string WrongInputType = "PE0403";
    public const string InputOutOfRange = "PE0404";
    public const string UnknownInput = "PE0405";
    public const string MissingJudgement = "PE0406";
    public const string JudgementOutOfRange = "PE0407";
    public const string JudgementWithoutReason = "PE0408";
    public const string UnexpectedJudgement = "PE0409";

    // Evaluation.
    public const string DivisionByZero = "PE0501";
    public const string ArithmeticOverflow = "PE0502";
    public const string NoBandMatched = "PE0503";
    public const string NoAlternativeMatched = "PE0504";
    public const string CheckFailed = "PE0505";
    public const string ScoreOutOfRange = "PE0506";
    public const string InputUnavailable = "PE0507";

    // Report templates.
    public const string TemplateSyntax = "PE0601";
    public const string TemplateUnknownName = "PE0602";
    public const string TemplateWrongKind = "PE0603";

    // The project form's header (project_form).
    public const string FormUnknownName = "PE0604";
    public const string FormUnknownIndicator = "PE0605";

    // Input workbooks.
    public const string NotAWorkbook = "PE0701";
    public const string MissingSheet = "PE0702";
    public const string MissingColumn = "PE0703";
    public const string NumberAsText = "PE0704";
    public const string NotYesOrNo = "PE0705";
    public const string DuplicateRow = "PE0706";
    public const string UnreadableCell = "PE0707";
    public const string OtherRuleSet = "PE0708";

    // Project rows.
    public const string RowFigure = "PE0801";
    public const string RowNotScorable = "PE0802";
    public const string RowUnitMismatch = "PE0803";
    public const string RowPointsSum = "PE0804";
    public const string RowShortfallWithoutReason = "PE0805";
    public const string RowQualitative = "PE0806";
    public const string RowScoreDiffers = "PE0807";
    public const string NothingApplies = "PE0808";

    // Reading a catalogue's folder.
    public const string CatalogFolderSkipped = "PE0006";
}
