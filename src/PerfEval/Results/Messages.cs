namespace PerfEval.Results;

/// <summary>
/// The catalogue of every diagnostic message, in English and Chinese, grouped by code as in <c>docs/diagnostics.md</c>.
/// An id is the code, or the code and a variant where one code has several messages. Phrases that messages take as
/// arguments ("indicator 'x'", "a number") are entries too, so they are worded in the language of the message.
/// In Chinese, names from files (keys, ids, names, values) are quoted “like this”, as the English quotes them 'like this'.
/// </summary>
internal static class Messages
{
    /// <summary>A message given as a string (the old-style entry point), the same in every language.</summary>
    public static readonly MessageTemplate Untranslated = new("text", "{text}", "{text}");

    // Phrases: what a message is about.
    public static readonly MessageTemplate RuleFile = new("phrase.rule-file", "rule file", "规则文件");
    public static readonly MessageTemplate InputFile = new("phrase.input-file", "input file", "输入文件");
    public static readonly MessageTemplate InputWorkbook = new("phrase.input-workbook", "input workbook", "输入工作簿");
    public static readonly MessageTemplate TheRuleFile = new("phrase.the-rule-file", "the rule file", "规则文件");
    public static readonly MessageTemplate Key = new("phrase.key", "'{key}'", "“{key}”");
    public static readonly MessageTemplate KeyOf = new("phrase.key-of", "'{key}' of {of}", "{of}的“{key}”");
    public static readonly MessageTemplate AGradeBand = new("phrase.a-grade-band", "a grade band", "等级区间");
    public static readonly MessageTemplate GradeBands = new("phrase.grade-bands", "grade bands", "等级区间");
    public static readonly MessageTemplate AnInput = new("phrase.an-input", "an input", "输入项");
    public static readonly MessageTemplate AMetric = new("phrase.a-metric", "a metric", "计算指标");
    public static readonly MessageTemplate ACheck = new("phrase.a-check", "a check", "校验规则");
    public static readonly MessageTemplate AnIndicator = new("phrase.an-indicator", "an indicator", "指标");
    public static readonly MessageTemplate Indicator = new("phrase.indicator", "indicator '{id}'", "指标“{id}”");
    public static readonly MessageTemplate AnOptionOf = new("phrase.an-option-of", "an option of {of}", "{of}的选项");
    public static readonly MessageTemplate ABandOf = new("phrase.a-band-of", "a band of {of}", "{of}的分档区间");
    public static readonly MessageTemplate BandsOf = new("phrase.bands-of", "bands of {of}", "{of}的分档区间");
    public static readonly MessageTemplate ACriterionOf = new("phrase.a-criterion-of", "a criterion of {of}", "{of}的评分要点");
    public static readonly MessageTemplate TheReportSettings = new("phrase.report", "the report settings", "报告设置");
    public static readonly MessageTemplate ReportTemplateKey = new("phrase.report-template", "report template '{key}'", "报告模板“{key}”");
    public static readonly MessageTemplate IndicatorReportTemplate = new("phrase.indicator-report-template", "the report template of indicator '{id}'", "指标“{id}”的报告模板");
    public static readonly MessageTemplate AnIndicatorChange = new("phrase.an-indicator-change", "an indicator change", "指标修改项");
    public static readonly MessageTemplate TheTopLevel = new("phrase.the-top-level", "the top level of the file", "文件顶层");

    public static readonly MessageTemplate ARowRule = new("phrase.a-row-rule", "a row rule", "三级指标评分规则");
    public static readonly MessageTemplate AFundsLine = new("phrase.a-funds-line", "a funds line", "项目资金行");
    public static readonly MessageTemplate AQualitativeGrade = new("phrase.a-qualitative-grade", "a qualitative grade", "定性指标档次");
    public static readonly MessageTemplate ARowKind = new("phrase.a-row-kind", "a row kind", "二级指标类别");

    // Phrases: kinds of YAML node and of value.
    public static readonly MessageTemplate AScalar = new("phrase.a-scalar", "a scalar", "单个值");
    public static readonly MessageTemplate AList = new("phrase.a-list", "a list", "列表");
    public static readonly MessageTemplate AMapping = new("phrase.a-mapping", "a mapping", "键值映射");
    public static readonly MessageTemplate ANumber = new("phrase.a-number", "a number", "数值");
    public static readonly MessageTemplate AWholeNumber = new("phrase.a-whole-number", "a whole number", "整数");
    public static readonly MessageTemplate ACondition = new("phrase.a-condition", "a condition (true or false)", "条件（真或假）");
    public static readonly MessageTemplate AYesNo = new("phrase.yes-no", "yes/no", "是/否");
    public static readonly MessageTemplate AText = new("phrase.a-text", "a text", "文本");
    public static readonly MessageTemplate Text = new("phrase.text", "text", "文本");
    public static readonly MessageTemplate AChoice = new("phrase.a-choice", "one of the choices", "可选项之一");
    public static readonly MessageTemplate Nothing = new("phrase.null", "null", "空值（“null”）");

    // Phrases: hints added to a message.
    public static readonly MessageTemplate DidYouMean = new("phrase.did-you-mean", " Did you mean '{name}'?", "是否应为“{name}”？");
    public static readonly MessageTemplate KnownKeys = new("phrase.known-keys", " Known keys: {keys}.", "可用的键：{keys}。");
    public static readonly MessageTemplate KnownFunctions = new("phrase.known-functions", " Known functions: {names}.", "可用的函数：{names}。");

    // PE0001 FileNotFound.
    public static readonly MessageTemplate FileIsFolder = new("PE0001.folder", "Cannot read the {what}: it is a folder, not a file.", "无法读取{what}：这是一个文件夹，不是文件。");
    public static readonly MessageTemplate FileNotRegular = new("PE0001.special", "Cannot read the {what}: it is not a regular file but {kind}; PerfEval reads rule and input files only from regular files.", "无法读取{what}：它不是普通文件（“{kind}”）；规则文件和输入文件只能是普通文件。");
    public static readonly MessageTemplate FileUnreadable = new("PE0001.unreadable", "Cannot read the {what}: {reason}", "无法读取{what}：“{reason}”");
    public static readonly MessageTemplate RuleFileIsFolder = new("PE0001.rules-folder", "This is a folder, not a rule file; name a .yaml file (or load a folder of rule sets with RuleSetCatalog.FromDirectory).", "这是一个文件夹，不是规则文件；请指定一个“.yaml”文件（整个文件夹的规则集可用“RuleSetCatalog.FromDirectory”加载）。");
    public static readonly MessageTemplate CatalogFolderUnreadable = new("PE0001.catalog-folder", "Cannot read this folder: {reason} Its rule files are left out of the catalogue.", "无法读取该文件夹（“{reason}”），其中的规则文件未纳入规则集目录。");

    // PE0002 YamlSyntax.
    public static readonly MessageTemplate NotUtf8 = new("PE0002.utf8", "The {what} is not valid UTF-8 text.", "{what}不是有效的 UTF-8 文本。");
    public static readonly MessageTemplate EmptyFile = new("PE0002.empty", "The file is empty.", "文件为空。");
    public static readonly MessageTemplate SecondDocument = new("PE0002.second-document", "A rule file holds one YAML document; remove the second '---' document.", "一个规则文件只能包含一个 YAML 文档，请删除第二个“---”文档。");
    public static readonly MessageTemplate YamlSyntax = new("PE0002.syntax", "YAML syntax: {detail}{hint}", "YAML 语法错误：“{detail}”。{hint}");
    public static readonly MessageTemplate QuoteColonHint = new("PE0002.quote-colon", " A value that holds ': ' must be quoted: {key}: {quoted}.", "含有“: ”的值须加引号，写作“{key}: {quoted}”。");
    public static readonly MessageTemplate FlowNotClosed = new("PE0002.flow-not-closed", "YAML syntax: a '{{ }}' mapping or '[ ]' list is not closed.", "YAML 语法错误：“{{ }}”映射或“[ ]”列表没有闭合。");
    public static readonly MessageTemplate KeyNotPlain = new("PE0002.key", "A mapping key must be a plain name.", "映射的键必须是普通名称。");
    public static readonly MessageTemplate NoYamlMapping = new("PE0002.no-mapping", "The file holds no YAML mapping.", "文件中没有 YAML 映射。");
    public static readonly MessageTemplate LeftOutOfCatalogue = new("PE0002.left-out", "{message} The file is left out of the catalogue.", "{message}该文件未纳入规则集目录。");
    public static readonly MessageTemplate UnreadableLeftOut = new("PE0001.left-out", "{message} It is left out of the catalogue.", "{message}该文件未纳入规则集目录。");

    // PE0003 YamlUnsupported, PE0004 YamlTooDeep.
    public static readonly MessageTemplate YamlAlias = new("PE0003.alias", "YAML aliases (*{name}) are not supported in rule files; write the value out.", "规则文件不支持 YAML 别名（“*{name}”），请直接写出该值。");
    public static readonly MessageTemplate YamlTag = new("PE0003.tag", "YAML tags ({tag}) are not supported in rule files.", "规则文件不支持 YAML 标签（“{tag}”）。");
    public static readonly MessageTemplate YamlAnchor = new("PE0003.anchor", "YAML anchors (&{name}) are not supported in rule files.", "规则文件不支持 YAML 锚点（“&{name}”）。");
    public static readonly MessageTemplate YamlTooDeep = new("PE0004", "YAML nesting exceeds the limit of {max} levels.", "YAML 嵌套层数超过上限 {max} 层。");

    // PE0005 FileTooLarge.
    public static readonly MessageTemplate FileTooLarge = new("PE0005.size", "The {what} is {size} bytes; the limit is {limit}.", "{what}大小为 {size} 字节，超过上限 {limit} 字节。");
    public static readonly MessageTemplate FileOverLimit = new("PE0005.read", "The {what} holds more than {limit} bytes, the limit.", "{what}超过 {limit} 字节的上限。");
    public static readonly MessageTemplate RuleTextTooLong = new("PE0005.text", "The rule text is {length} characters; the limit is {limit}.", "规则文本长度为 {length} 个字符，超过上限 {limit}。");
    public static readonly MessageTemplate StandardInputTooLarge = new("PE0005.stdin", "Standard input holds more than {limit} bytes, the limit of an input file.", "标准输入超过 {limit} 字节，即输入文件的大小上限。");

    // PE0006 CatalogFolderSkipped.
    public static readonly MessageTemplate CatalogTooDeep = new("PE0006.depth", "This folder is more than {max} levels below the catalogue's folder (RuleSetLimits.MaxCatalogDepth); its rule files are left out of the catalogue.", "该文件夹比规则集目录所在文件夹深 {max} 层以上（上限见“RuleSetLimits.MaxCatalogDepth”），其中的规则文件未纳入目录。");
    public static readonly MessageTemplate CatalogLinkBroken = new("PE0006.link", "This link leads to no folder: {reason} It is not followed.", "该链接没有指向文件夹（“{reason}”），已跳过。");
    public static readonly MessageTemplate CatalogLinkUnsupported = new("PE0006.link-netstandard", "This folder is a link, which this build of PerfEval (netstandard2.0) cannot resolve; it is not followed.", "该文件夹是一个链接，当前版本（“netstandard2.0”）无法解析，已跳过。");

    // PE0101 UnknownKey.
    public static readonly MessageTemplate UnknownKey = new("PE0101", "Unknown key '{key}' in {what}.{hint}{comma}", "{what}中有未知的键“{key}”。{hint}{comma}");
    public static readonly MessageTemplate CommaInFlowHint = new("PE0101.comma", " In a {{ … }} mapping a comma ends the value: quote a formula that contains one, e.g. formula: \"weight * Min(1, rate)\".", "在“{{ … }}”映射中逗号会结束取值，含逗号的公式须加引号，例如“formula: \"weight * Min(1, rate)\"”。");
    public static readonly MessageTemplate PlacementKey = new("PE0101.placement", "'{key}' places indicators; it does not apply to {what}.", "“{key}”用于安排指标位置，不适用于{what}。");

    // PE0102 MissingKey.
    public static readonly MessageTemplate KeyWithoutValue = new("PE0102.no-value", "'{key}' of {what} has no value.", "{what}的“{key}”没有填写值。");
    public static readonly MessageTemplate RowRuleNeeds = new("PE0102.row-rule", "Row rule '{name}' of kind 'deduct_excess' needs '{key}'.", "“deduct_excess”类三级指标评分规则“{name}”缺少“{key}”。");
    public static readonly MessageTemplate KeyMissing = new("PE0102", "{^what} needs '{key}'.", "{what}缺少“{key}”。");
    public static readonly MessageTemplate ChoicesMissing = new("PE0102.choices", "Input '{name}' is a choice and needs 'choices'.", "输入项“{name}”是选项类型，须填写“choices”。");
    public static readonly MessageTemplate PatchNeedsId = new("PE0102.patch-id", "Each indicator change in a file that extends another needs the 'id' of the indicator it changes or adds.", "继承其他规则集的文件中，每一项指标修改都须写明所修改或新增指标的“id”。");

    // PE0103 DuplicateKey.
    public static readonly MessageTemplate DuplicateKey = new("PE0103", "Duplicate key '{key}' (first at line {line}).", "键“{key}”重复（首次出现在第 {line} 行）。");

    // PE0104 WrongNodeKind.
    public static readonly MessageTemplate NotAList = new("PE0104.list", "'{key}' must be a list, not {kind}.", "“{key}”应为列表，而不是{kind}。");
    public static readonly MessageTemplate NotAScalar = new("PE0104.scalar", "'{key}' must be a single value, not {kind}.", "“{key}”应为单个值，而不是{kind}。");
    public static readonly MessageTemplate NotAMapping = new("PE0104.mapping", "{^what} must be a mapping of keys, not {kind}.", "{what}应为键值映射，而不是{kind}。");
    public static readonly MessageTemplate AlternativesNotAList = new("PE0104.alternatives", "'alternatives' of {what} must be a list of options.", "{what}的“alternatives”应为选项列表。");

    // PE0105 InvalidValue.
    public static readonly MessageTemplate NotAWholeNumber = new("PE0105.integer", "'{key}' must be a whole number, not '{value}'.", "“{key}”应为整数，而不是“{value}”。");
    public static readonly MessageTemplate NotTrueOrFalse = new("PE0105.boolean", "'{key}' must be true or false, not '{value}'.", "“{key}”应为“true”或“false”，而不是“{value}”。");
    public static readonly MessageTemplate RowRuleNotPositive = new("PE0105.row-rule-positive", "'{key}' of row rule '{name}' must be above zero; not {value}.", "三级指标评分规则“{name}”的“{key}”须大于零，而不是 {value}。");
    public static readonly MessageTemplate RowRuleKeyNotApplicable = new("PE0105.row-rule-key", "'{key}' applies only to row rules of kind 'deduct_excess'; row rule '{name}' is of another kind.", "“{key}”仅适用于“deduct_excess”类评分规则，三级指标评分规则“{name}”不属于此类。");
    public static readonly MessageTemplate RowRuleTolerance = new("PE0105.row-rule-tolerance", "'tolerance' of row rule '{name}' applies only to kind 'exact' and must not be below zero.", "三级指标评分规则“{name}”的“tolerance”仅适用于“exact”类，且不得小于零。");
    public static readonly MessageTemplate QualitativeShare = new("PE0105.qualitative-share", "Qualitative grade '{label}' needs a share of the row's points between 0 and 1, with both bounds; not {range}.", "定性指标档次“{label}”须写明占该指标分值的比例区间（0 至 1，上下限均须写明），而不是 {range}。");
    public static readonly MessageTemplate UnitNotAWord = new("PE0105.unit", "'{unit}' under 'units' is not a unit: a unit is a word with no digit, such as 元/平方米.", "“units”下的“{unit}”不是计量单位：计量单位应为不含数字的词，如“元/平方米”。");
    public static readonly MessageTemplate RowRuleUnknown = new("PE0105.row-rule-unknown", "The rows of indicator '{id}' name row rule '{name}', which is neither built in (proportional, inverse, exact) nor under 'row_rules'.", "指标“{id}”的三级指标引用了评分规则“{name}”，该规则既非内置规则（“proportional”、“inverse”、“exact”），也未在“row_rules”中定义。");
    public static readonly MessageTemplate NotOneOf = new("PE0105.enum", "'{key}' must be one of {names}; not '{value}'.", "“{key}”应为{names}之一，而不是“{value}”。");
    public static readonly MessageTemplate NotANumber = new("PE0105.number", "'{key}' must be a number, not '{value}'.", "“{key}”应为数值，而不是“{value}”。");
    public static readonly MessageTemplate NumberInexact = new("PE0105.inexact", "'{key}' is {value}, which would be read as {readAs}: a rule file's numbers are decimal, which keep at most 28 decimal places and 28 or 29 significant digits in all.", "“{key}”为 {value}，将被读作 {readAs}：规则文件中的数按十进制计算，最多保留 28 位小数、共 28 至 29 位有效数字。");
    public static readonly MessageTemplate NumberTooLarge = new("PE0105.too-large", "'{key}' is {value}, beyond ±10^15, the largest number a rule file may hold.", "“{key}”为 {value}，超出 ±10^15，即规则文件允许的最大数值。");
    public static readonly MessageTemplate BothLowerBounds = new("PE0105.two-lower", "{^what} states both 'gte' and 'gt'; keep one lower bound.", "{what}同时写了“gte”和“gt”，下限只能保留一个。");
    public static readonly MessageTemplate BothUpperBounds = new("PE0105.two-upper", "{^what} states both 'lte' and 'lt'; keep one upper bound.", "{what}同时写了“lte”和“lt”，上限只能保留一个。");
    public static readonly MessageTemplate EmptyRange = new("PE0105.empty-range", "{^what} is the empty range {range}.", "{what}是空区间 {range}。");
    public static readonly MessageTemplate ExtendsReference = new("PE0105.extends", "'extends' must name a rule set as id@version, e.g. yangxi-department-overall@1.0.0, not '{reference}'.", "“extends”应以“id@version”的形式指定规则集（例如“yangxi-department-overall@1.0.0”），而不是“{reference}”。");
    public static readonly MessageTemplate RemoveOnlyTrue = new("PE0105.remove", "'remove' can only be true.", "“remove”只能为“true”。");
    public static readonly MessageTemplate VersionNotSemantic = new("PE0105.version", "'version' must be a semantic version such as 1.0.0, not '{version}'.", "“version”应为语义化版本号（如 1.0.0），而不是“{version}”。");
    public static readonly MessageTemplate RoundingDecimals = new("PE0105.decimals", "'decimals' of the rounding must lie between 0 and 10, not {decimals}.", "舍入的“decimals”应在 0 到 10 之间，而不是 {decimals}。");
    public static readonly MessageTemplate ChoicesNotApplicable = new("PE0105.choices", "Input '{name}' is not a choice; 'choices' does not apply.", "输入项“{name}”不是选项类型，不能填写“choices”。");
    public static readonly MessageTemplate MinMaxNotApplicable = new("PE0105.min-max", "Input '{name}' is not a number; 'min' and 'max' do not apply.", "输入项“{name}”不是数值类型，不能填写“min”和“max”。");
    public static readonly MessageTemplate MinAboveMax = new("PE0105.min-above-max", "Input '{name}' has min {min} above max {max}.", "输入项“{name}”的下限 {min} 大于上限 {max}。");
    public static readonly MessageTemplate PerNotPositive = new("PE0105.per", "'per' of indicator '{id}' must be above zero, not {value}.", "指标“{id}”的“per”应大于零，而不是 {value}。");
    public static readonly MessageTemplate DeductionPointsNotPositive = new("PE0105.points", "'points' of indicator '{id}' must be above zero, not {value}.", "指标“{id}”的“points”应大于零，而不是 {value}。");

    // PE0106 UnsupportedFormat.
    public static readonly MessageTemplate ExtendsUnresolved = new("PE0106.extends", "'extends' must be resolved before reading; load the file through RuleSetLoader or a RuleSetCatalog.", "读取前须先解析“extends”，请通过“RuleSetLoader”或“RuleSetCatalog”加载该文件。");
    public static readonly MessageTemplate FormatUnsupported = new("PE0106", "Unsupported format '{format}'; this version of PerfEval reads 'perfeval/1' and 'perfeval/1.1'.", "不支持的格式“{format}”；当前版本可读取“perfeval/1”和“perfeval/1.1”。");
    public static readonly MessageTemplate NotARuleSet = new("PE0106.not-a-rule-set", "Not a PerfEval rule set (no format perfeval/1 or perfeval/1.1, id and version); left out of the catalogue.", "不是规则集文件（缺少“format: perfeval/1”或“perfeval/1.1”、“id”或“version”），未纳入规则集目录。");
    public static readonly MessageTemplate FormatIs = new("PE0106.format-is", "'format' is '{format}'; this version of PerfEval reads 'perfeval/1' and 'perfeval/1.1'.", "“format”为“{format}”；当前版本可读取“perfeval/1”和“perfeval/1.1”。");
    public static readonly MessageTemplate NeedsFormat1_1 = new("PE0106.needs-1.1", "'{key}' is new in format perfeval/1.1; write 'format: perfeval/1.1' at the top of the file to use it.", "“{key}”是“perfeval/1.1”格式新增的键，须在文件开头写明“format: perfeval/1.1”后使用。");


    // PE0107 PatchTarget.
    public static readonly MessageTemplate RemoveMissingKey = new("PE0107.remove-key", "Cannot remove '{key}': the base rule set has none.", "无法删除“{key}”：被继承的规则集中没有该项。");
    public static readonly MessageTemplate RemoveMissingIndicator = new("PE0107.remove-indicator", "Cannot remove indicator '{id}': the base rule set has none.", "无法删除指标“{id}”：被继承的规则集中没有该指标。");
    public static readonly MessageTemplate ParentNotAGroup = new("PE0107.parent", "'parent' of indicator '{id}' is '{parent}', which is not a group of the base rule set.", "指标“{id}”的“parent”为“{parent}”，它不是被继承规则集中的指标组。");
    public static readonly MessageTemplate AfterNotASibling = new("PE0107.after", "'after' of indicator '{id}' is '{after}', which is not among its new siblings.", "指标“{id}”的“after”为“{after}”，它不在该指标的新同级指标中。");

    // PE0108 BaseNotFound.
    public static readonly MessageTemplate NoSuchRuleSet = new("PE0108.load", "No rule set {id}@{version} in the catalogue; it has {entries}.", "规则集目录中没有“{id}@{version}”；目录中有：{entries}。");
    public static readonly MessageTemplate NoRuleSetFor = new("PE0108.find", "No rule set for {jurisdiction} {year} in the catalogue; it has {entries}.", "规则集目录中没有适用于“{jurisdiction}” {year} 年度的规则集；目录中有：{entries}。");
    public static readonly MessageTemplate SeveralRuleSetsFor = new("PE0108.several", "Several rule sets match {jurisdiction} {year}: {ids}; load one by id and version.", "有多个规则集适用于“{jurisdiction}” {year} 年度：{ids}；请按“id”和“version”指定其中一个。");
    public static readonly MessageTemplate BaseBroken = new("PE0108.broken", "'extends' names {reference}, which {files} seems to define but cannot be loaded: see its errors.", "“extends”指定的“{reference}”似乎由 {files} 定义，但无法加载，错误见下。");
    public static readonly MessageTemplate BaseMissing = new("PE0108", "'extends' names {reference}, which is not in the catalogue of rule sets.{unreadable}", "“extends”指定的“{reference}”不在规则集目录中。{unreadable}");
    public static readonly MessageTemplate UnreadableInCatalogue = new("PE0108.unreadable", " Left out of the catalogue as unreadable: {files}.", "因无法读取而未纳入目录的文件：{files}。");
    public static readonly MessageTemplate NoEntries = new("phrase.none", "none", "无");

    // PE0109 ExtendsCycle.
    public static readonly MessageTemplate ExtendsCycle = new("PE0109", "Rule sets extend each other in a cycle or too deep a chain: {chain}.", "规则集之间循环继承或继承层级过深：{chain}。");

    // PE0201 DuplicateId (and the catalogue's duplicates).
    public static readonly MessageTemplate DefinedTwice = new("PE0201.catalogue", "{id}@{version} is defined by more than one file: {files}; keep one, or give the others another version.", "“{id}@{version}”由多个文件定义：{files}；请只保留一个，或给其余文件另编版本号。");
    public static readonly MessageTemplate ExtendsDefinedTwice = new("PE0201.extends", "'extends' names {reference}, which more than one file defines: {files}; keep one, or give the others another version.", "“extends”指定的“{reference}”由多个文件定义：{files}；请只保留一个，或给其余文件另编版本号。");
    public static readonly MessageTemplate DefinedByTwoFiles = new("PE0201.two-files", "{id}@{version} is defined by two files, {other} and this one; neither is used for it: give one of them another version.", "“{id}@{version}”由 {other} 和本文件两个文件定义，两者均不采用：请给其中一个另编版本号。");
    public static readonly MessageTemplate RowRuleTwice = new("PE0201.row-rule", "Row rule '{name}' is declared twice, or has the name of a built-in rule.", "三级指标评分规则“{name}”重复定义，或与内置规则同名。");
    public static readonly MessageTemplate RowKindTwice = new("PE0201.row-kind", "Row kind '{name}' is listed twice under indicator '{id}'.", "指标“{id}”下的二级指标类别“{name}”重复列出。");
    public static readonly MessageTemplate IndicatorIdTwice = new("PE0201", "Indicator id '{id}' is used twice (first at line {line}).", "指标编码“{id}”重复使用（首次出现在第 {line} 行）。");
    public static readonly MessageTemplate NameTwice = new("PE0201.name", "The name '{name}' is declared twice among inputs and metrics (first at line {line}).", "名称“{name}”在输入项和计算指标中重复声明（首次出现在第 {line} 行）。");
    public static readonly MessageTemplate CheckIdTwice = new("PE0201.check", "Check id '{id}' is used twice.", "校验规则编码“{id}”重复使用。");
    public static readonly MessageTemplate CriterionIdTwice = new("PE0201.criterion", "Criterion id '{criterion}' is used twice in indicator '{id}'.", "指标“{id}”中评分要点编码“{criterion}”重复使用。");

    // PE0202 InvalidId.
    public static readonly MessageTemplate RuleSetIdInvalid = new("PE0202.rule-set", "Rule set id '{id}' must be lower-case ASCII letters, digits, '-', '_' or '.'.", "规则集编码“{id}”只能由小写英文字母、数字、“-”、“_”或“.”组成。");
    public static readonly MessageTemplate InputNameInvalid = new("PE0202.input", "Input name '{name}' must be lower-case ASCII letters, digits and '_', starting with a letter, and not a reserved word.", "输入项名称“{name}”只能由小写英文字母、数字和“_”组成，须以字母开头，且不能是保留字。");
    public static readonly MessageTemplate MetricNameInvalid = new("PE0202.metric", "Metric name '{name}' must be lower-case ASCII letters, digits and '_', starting with a letter, and not a reserved word.", "计算指标名称“{name}”只能由小写英文字母、数字和“_”组成，须以字母开头，且不能是保留字。");
    public static readonly MessageTemplate IndicatorIdInvalid = new("PE0202", "Indicator id '{id}' must be lower-case ASCII letters, digits and '_', starting with a letter.", "指标编码“{id}”只能由小写英文字母、数字和“_”组成，须以字母开头。");

    // PE0205 MethodCount.
    public static readonly MessageTemplate RowsWithChildren = new("PE0205.rows-children", "{^what} has both 'children' and 'rows'; a group's rows come either from the rule file or from the input.", "{what}同时设有“children”和“rows”：指标组的下级指标或由规则文件列出，或由输入提供，只能二选一。");
    public static readonly MessageTemplate EmptyChildren = new("PE0205.empty-children", "Indicator '{id}' has an empty 'children' list; give it children or a scoring method.", "指标“{id}”的“children”列表为空，请补充下级指标或评分方法。");
    public static readonly MessageTemplate GroupWithMethod = new("PE0205.group", "{^what} has children, so it cannot also have a scoring method ('{method}'); a group's score is the sum of its children.", "{what}有下级指标，不能再设评分方法（“{method}”）：指标组的得分为其下级指标得分之和。");
    public static readonly MessageTemplate NoMethod = new("PE0205.none", "{^what} needs 'children' or exactly one scoring method: {methods}.", "{what}须有“children”或恰好一种评分方法：{methods}。");
    public static readonly MessageTemplate SeveralMethods = new("PE0205.several", "{^what} has {count} scoring methods ({methods}); keep exactly one.", "{what}有 {count} 种评分方法（{methods}），只能保留一种。");

    // PE0601 TemplateSyntax.
    public static readonly MessageTemplate TemplateSyntax = new("PE0601", "{^what} has {error} Template: {template}", "{what}有误：{error}模板：“{template}”");
    public static readonly MessageTemplate TemplateLoneCloser = new("PE0601.lone-closer", "a '}}' with no '{{' before it; write '}}}}' for a brace.", "“}}”前面没有对应的“{{”；要写花括号本身请写“}}}}”。");
    public static readonly MessageTemplate TemplateNotClosed = new("PE0601.not-closed", "a '{{' that is not closed by '}}'; write '{{{{' for a brace.", "“{{”没有以“}}”闭合；要写花括号本身请写“{{{{”。");
    public static readonly MessageTemplate TemplateEmptyPlaceholder = new("PE0601.empty", "an empty placeholder '{{}}'.", "占位符“{{}}”为空。");
    public static readonly MessageTemplate TemplateNotAName = new("PE0601.name", "'{name}' is not a name (letters, digits and '_', starting with a letter or '_').", "“{name}”不是有效名称（应由字母、数字和“_”组成，以字母或“_”开头）。");
    public static readonly MessageTemplate TemplateChoiceTexts = new("PE0601.choice", "'{{{name}?…}}' needs both texts: {{{name}?text if yes:text if no}} (either may be empty).", "“{{{name}?…}}”须写出两种情况的文字：“{{{name}?为是时的文字:为否时的文字}}”（任一可为空）。");

    // PE0602 TemplateUnknownName, PE0603 TemplateWrongKind.
    public static readonly MessageTemplate FormNameUnknown = new("PE0604", "'{name}' under project_form '{key}' is not a declared input or metric giving {kind}.{hint}", "“project_form”的“{key}”所填“{name}”不是已声明的、取值为{kind}的输入项或计算指标。{hint}");
    public static readonly MessageTemplate FormIndicatorUnknown = new("PE0605", "'{name}' under project_form 'indicator' is not an indicator of this rule set.{hint}", "“project_form”的“indicator”所填“{name}”不是本规则集的指标。{hint}");
    public static readonly MessageTemplate TemplateUnknownName = new("PE0602", "Unknown name '{name}' in {role}: it is neither a declared input, a metric nor one of the report's names ({names}).{hint}", "{role}中有未知名称“{name}”：它既不是已声明的输入项或计算指标，也不是报告可用的名称（{names}）。{hint}");
    public static readonly MessageTemplate TemplateYesNo = new("PE0603.yes-no", "'{name}' in {role} is a yes/no value; write the words for each case: {{{name}?text if yes:text if no}}.", "{role}中的“{name}”是“是/否”值，须写出两种情况的文字：“{{{name}?为是时的文字:为否时的文字}}”。");
    public static readonly MessageTemplate TemplateNotYesNo = new("PE0603.not-yes-no", "'{name}' in {role} is {kind}, not a yes/no value; write it as {{{name}}}.", "{role}中的“{name}”是{kind}，不是“是/否”值，请写作“{{{name}}}”。");

    // PE0203 GroupWeightMismatch, PE0204 TotalMismatch.
    public static readonly MessageTemplate GroupWeightMismatch = new("PE0203", "Group '{id}' has weight {weight}, but its children's weights add up to {sum}.", "指标组“{id}”的分值为 {weight}，但其下级指标分值合计为 {sum}。");
    public static readonly MessageTemplate TotalMismatch = new("PE0204", "The top-level weights add up to {sum}, but 'total' is {total}.", "一级指标分值合计为 {sum}，但“total”为 {total}。");

    // PE0206 FallbackTarget.
    public static readonly MessageTemplate FallbackTakesNoTarget = new("PE0206.no-target", "Fallback '{kind}' of indicator '{id}' takes no 'target'; only move_to does.", "指标“{id}”的不考核处理方式“{kind}”不能填写“target”，只有“move_to”需要。");
    public static readonly MessageTemplate SpreadWithoutSiblings = new("PE0206.spread", "Indicator '{id}' spreads its weight over its siblings, but it has none.", "指标“{id}”设定将分值分摊给同级指标，但它没有同级指标。");
    public static readonly MessageTemplate MoveToWithoutTarget = new("PE0206.target", "Fallback move_to of indicator '{id}' needs a 'target' indicator id.", "指标“{id}”的不考核处理方式“move_to”须在“target”中填写目标指标编码。");
    public static readonly MessageTemplate MoveToUnknown = new("PE0206.unknown", "Fallback of indicator '{id}' moves its weight to '{target}', which is not an indicator of this rule set.", "指标“{id}”不考核时分值转入“{target}”，但本规则集中没有该指标。");
    public static readonly MessageTemplate MoveToOwnBranch = new("PE0206.branch", "Indicator '{id}' cannot move its weight to '{target}': the target must lie outside the indicator's own branch.", "指标“{id}”的分值不能转入“{target}”：目标指标须在该指标所属分支之外。");
    public static readonly MessageTemplate NothingAssessedAt = new("PE0206.nothing-assessed", "Indicator '{id}' is not assessed and moves its weight to '{target}', but no indicator inside '{target}' is assessed either.", "指标“{id}”不考核，分值转入“{target}”，但“{target}”下也没有考核的指标。");
    public static readonly MessageTemplate NoSiblingAssessed = new("PE0206.no-sibling", "Indicator '{id}' is not assessed and spreads its weight over its siblings, but none of them is assessed either.", "指标“{id}”不考核，分值分摊给同级指标，但其同级指标也都不考核。");

    // PE0207 FallbackCycle.
    public static readonly MessageTemplate FallbackCycle = new("PE0207", "Fallbacks form a cycle: {cycle}; the weight would never land.", "不考核时的分值转移形成循环：{cycle}，分值无法落定。");

    // PE0208 BandLayout, PE0209 GradeLayout.
    public static readonly MessageTemplate RangesOverlap = new("PE0208.overlap", "The {what} overlap: {previous} and {next}. Each value must fall in exactly one.", "{what}有重叠：{previous} 与 {next}。每个值须恰好落在一个区间内。");
    public static readonly MessageTemplate RangesGap = new("PE0208.gap", "The {what} leave a gap between {previous} and {next}. Each value must fall in exactly one.", "{what}在 {previous} 与 {next} 之间有空缺。每个值须恰好落在一个区间内。");
    public static readonly MessageTemplate GradeTwice = new("PE0209.twice", "Grade '{level}' has two bands.", "等级“{label}”（“{level}”）有两个区间。");
    public static readonly MessageTemplate NoGradeBands = new("PE0209.none", "The rule set has no grade bands.", "规则集没有设定等级区间。");
    public static readonly MessageTemplate NoGradeForZero = new("PE0209.zero", "No grade band contains a total of 0.", "没有等级区间包含总分 0。");
    public static readonly MessageTemplate NoGradeForTotal = new("PE0209.full", "No grade band contains the full total of {total}.", "没有等级区间包含满分 {total}。");
    public static readonly MessageTemplate NoGradeForScore = new("PE0209.score", "The total {total} falls in no grade band of rule set '{id}'.", "总分 {total} 不在规则集“{id}”的任何等级区间内。");

    // PE0210 PointsOutOfRange.
    public static readonly MessageTemplate BandPointsOutOfRange = new("PE0210.band", "A band of indicator '{id}' awards {points} points, outside [0, {weight}].", "指标“{id}”有一个区间得 {points} 分，超出 [0, {weight}]。");
    public static readonly MessageTemplate CriteriaSum = new("PE0210.criteria", "The criteria of indicator '{id}' award {sum} points in all, but its weight is {weight}.", "指标“{id}”各评分要点分值合计 {sum} 分，但该指标分值为 {weight}。");
    public static readonly MessageTemplate CriterionPointsNotPositive = new("PE0210.criterion", "Criterion '{criterion}' of indicator '{id}' must award more than zero points.", "指标“{id}”的评分要点“{criterion}”分值须大于零。");

    // PE0211 UnusedInput.
    public static readonly MessageTemplate UnusedInput = new("PE0211", "Input '{name}' is declared but no formula, metric, check or report template uses it.", "输入项“{name}”已声明，但没有公式、计算指标、校验规则或报告模板使用它。");

    // PE0212 NonPositiveWeight.
    public static readonly MessageTemplate TotalNotPositive = new("PE0212.total", "'total' must be above zero, not {total}.", "“total”须大于零，而不是 {total}。");
    public static readonly MessageTemplate WeightNotPositive = new("PE0212", "Indicator '{id}' has weight {weight}; weights must be above zero.", "指标“{id}”的分值为 {weight}；分值须大于零。");

    // PE0213 FallbackMissing.
    public static readonly MessageTemplate FallbackMissing = new("PE0213", "Indicator '{id}' has 'applies_when' but no 'fallback': say where its weight goes when it is not assessed (move_to, spread, full_marks or zero).", "指标“{id}”设有“applies_when”但没有“fallback”：请写明不考核时分值如何处理（“move_to”、“spread”、“full_marks”或“zero”）。");
    public static readonly MessageTemplate FallbackWithoutCondition = new("PE0213.no-condition", "Indicator '{id}' has a 'fallback' but no 'applies_when', so the fallback can never apply.", "指标“{id}”设有“fallback”但没有“applies_when”，该处理方式永远不会生效。");

    // PE0214 AlternativeLayout.
    public static readonly MessageTemplate OptionWithoutWhen = new("PE0214.when", "Option {number} of indicator '{id}' has no 'when'; only the last option may be the unconditional one.", "指标“{id}”的第 {number} 个选项没有“when”；只有最后一个选项可以不设条件。");
    public static readonly MessageTemplate NestedAlternatives = new("PE0214.nested", "Option {number} of indicator '{id}' nests alternatives; flatten them into one list.", "指标“{id}”的第 {number} 个选项中又嵌套了“alternatives”，请合并为一个列表。");

    // PE0215 WeightPrecision.
    public static readonly MessageTemplate TotalTooFine = new("PE0215.total", "'total' is {total}, finer than the {decimals} decimals scores are rounded to; raise 'rounding.decimals' or round the total.", "“total”为 {total}，小数位多于得分保留的 {decimals} 位小数；请调大“rounding.decimals”或对总分取整。");
    public static readonly MessageTemplate WeightTooFine = new("PE0215", "Indicator '{id}' has weight {weight}, finer than the {decimals} decimals scores are rounded to: its full marks could not be shown. Raise 'rounding.decimals' or round the weight.", "指标“{id}”的分值为 {weight}，小数位多于得分保留的 {decimals} 位小数，满分无法如实显示。请调大“rounding.decimals”或对分值取整。");

    // Phrases: what a formula is (its role), and the parts of one.
    public static readonly MessageTemplate CheckRole = new("phrase.check", "check '{id}'", "校验规则“{id}”");
    public static readonly MessageTemplate MetricRole = new("phrase.metric", "metric '{name}'", "计算指标“{name}”");
    public static readonly MessageTemplate MetricUsedByRole = new("phrase.metric-used-by", "metric '{name}' (used by {users})", "计算指标“{name}”（被{users}引用）");
    public static readonly MessageTemplate AppliesWhenOfIndicator = new("phrase.applies-when-of", "'applies_when' of indicator '{id}'", "指标“{id}”的“applies_when”");
    public static readonly MessageTemplate FormulaOfIndicator = new("phrase.formula-of", "the formula of indicator '{id}'", "指标“{id}”的评分公式");
    public static readonly MessageTemplate BandedValueOfIndicator = new("phrase.banded-value-of", "the banded value of indicator '{id}'", "指标“{id}”的分档取值");
    public static readonly MessageTemplate MeasuredValueOfIndicator = new("phrase.measured-value-of", "the measured value of indicator '{id}'", "指标“{id}”的扣分计量值");
    public static readonly MessageTemplate CriterionOfIndicator = new("phrase.criterion-of", "criterion '{criterion}' of indicator '{id}'", "指标“{id}”的评分要点“{criterion}”");
    public static readonly MessageTemplate ConditionOfIndicator = new("phrase.condition-of", "the condition of indicator '{id}'", "指标“{id}”的达标条件");
    public static readonly MessageTemplate OptionConditionOfIndicator = new("phrase.option-condition-of", "the condition of option {number} of indicator '{id}'", "指标“{id}”第 {number} 个选项的条件");
    public static readonly MessageTemplate TheScore = new("phrase.the-score", "the score", "评分公式");
    public static readonly MessageTemplate TheBandedValue = new("phrase.the-banded-value", "the banded value", "分档取值");
    public static readonly MessageTemplate TheMeasuredValue = new("phrase.the-measured-value", "the measured value", "扣分计量值");
    public static readonly MessageTemplate TheCondition = new("phrase.the-condition", "the condition", "达标条件");
    public static readonly MessageTemplate Criterion = new("phrase.criterion", "criterion '{criterion}'", "评分要点“{criterion}”");
    public static readonly MessageTemplate OptionCondition = new("phrase.option-condition", "the condition of option {number}", "第 {number} 个选项的条件");
    public static readonly MessageTemplate AppliesWhen = new("phrase.applies-when", "'applies_when'", "“applies_when”");
    public static readonly MessageTemplate OperandOf = new("phrase.operand-of", "the operand of '{op}'", "“{op}”的运算对象");
    public static readonly MessageTemplate EachSideOf = new("phrase.each-side-of", "each side of '{op}'", "“{op}”两侧");
    public static readonly MessageTemplate EachSideOfComparison = new("phrase.each-side-comparison", "each side of a comparison", "比较运算两侧");
    public static readonly MessageTemplate EachSideOfArithmetic = new("phrase.each-side-arithmetic", "each side of an arithmetic operator", "算术运算两侧");
    public static readonly MessageTemplate ConditionOf = new("phrase.condition-of-op", "the condition of '{op}'", "“{op}”的条件");
    public static readonly MessageTemplate FirstArgumentOf = new("phrase.first-argument", "the first argument of '{name}'", "“{name}”的第一个参数");
    public static readonly MessageTemplate SecondArgumentOf = new("phrase.second-argument", "the second argument of '{name}'", "“{name}”的第二个参数");
    public static readonly MessageTemplate Factorial = new("phrase.factorial", "'!' (factorial)", "“!”（阶乘）");
    public static readonly MessageTemplate InFormula = new("phrase.in-formula", "{message} Formula: {formula}", "{message}公式：“{formula}”");

    // PE0301 FormulaSyntax.
    public static readonly MessageTemplate FormulaSyntax = new("PE0301", "Formula syntax in {role}: {error} Formula: {formula}", "{role}公式语法错误：“{error}”公式：“{formula}”");

    // PE0302 UnknownName.
    public static readonly MessageTemplate UnknownName = new("PE0302", "Unknown name '{name}' in {role}: it is neither a declared input nor a metric.{hint}", "{role}中有未知名称“{name}”：它既不是已声明的输入项，也不是计算指标。{hint}");
    public static readonly MessageTemplate WeightOutsideIndicator = new("PE0302.weight", "'weight' is only known in an indicator's own formulas, not in {role}.", "“weight”只能用于指标自身的公式，不能用于{role}。");

    // PE0303 UnknownFunction, PE0304 WrongArity.
    public static readonly MessageTemplate UnknownFunction = new("PE0303", "Unknown function '{name}' in {role}.{hint}", "{role}中有未知函数“{name}”。{hint}");
    public static readonly MessageTemplate WrongArityOne = new("PE0304.one", "'{name}' takes {arity} argument, not {count}, in {role}.", "{role}中“{name}”须有 {arity} 个参数，而不是 {count} 个。");
    public static readonly MessageTemplate WrongArity = new("PE0304", "'{name}' takes {arity} arguments, not {count}, in {role}.", "{role}中“{name}”须有 {arity} 个参数，而不是 {count} 个。");

    // PE0305 TypeMismatch.
    public static readonly MessageTemplate LiteralInexact = new("PE0305.inexact", "The number {literal} in {role} would be read as {readAs}: a formula's numbers are decimal, which keep at most 28 decimal places and 28 or 29 significant digits in all.", "{role}中的数 {literal} 将被读作 {readAs}：公式中的数按十进制计算，最多保留 28 位小数、共 28 至 29 位有效数字。");
    public static readonly MessageTemplate FormulaWrongKind = new("PE0305", "{^role} must be {expected}, but '{formula}' is {actual}.", "{role}应为{expected}，但“{formula}”是{actual}。");
    public static readonly MessageTemplate LiteralTooLarge = new("PE0305.too-large", "A number literal in {role} is too large or too precise for decimal arithmetic.", "{role}中有数值过大或精度过高，无法按十进制计算。");
    public static readonly MessageTemplate LiteralUnknown = new("PE0305.literal", "Literal '{value}' in {role} is not a number, a condition or text.", "{role}中的常量“{value}”既不是数值、条件，也不是文本。");
    public static readonly MessageTemplate OperandWrongKind = new("PE0305.operand", "{^what} in {role} must be {expected}, not {actual}.", "{role}中{what}应为{expected}，而不是{actual}。");
    public static readonly MessageTemplate CannotCompare = new("PE0305.compare", "Cannot compare {left} with {right} in {role}.", "{role}中不能将{left}与{right}比较。");
    public static readonly MessageTemplate BranchesDiffer = new("PE0305.branches", "Both branches of '{what}' in {role} must have the same type, not {yes} and {no}.", "{role}中“{what}”的两个分支类型须相同，而不是{yes}和{no}。");
    public static readonly MessageTemplate RoundDigits = new("PE0305.round", "The second argument of 'Round' in {role} must be a whole number from 0 to 28 written out, e.g. Round(x, 2).", "{role}中“Round”的第二个参数须直接写出 0 到 28 之间的整数，例如“Round(x, 2)”。");

    // PE0306 UnsupportedOperator.
    public static readonly MessageTemplate ExpressionUnsupported = new("PE0306.expression", "This kind of expression is not supported in {role}.", "{role}中不支持这种表达式。");
    public static readonly MessageTemplate OperatorUnsupported = new("PE0306", "Operator {op} is not supported in {role}; use + - * / %, comparisons, and, or, not, if().", "{role}中不支持运算符{op}；可用“+ - * / %”、比较运算、“and”、“or”、“not”和“if()”。");
    public static readonly MessageTemplate PowerUnsupported = new("PE0306.power", "'**' is not supported in {role}: powers are inexact in decimal arithmetic; write the product out (x * x).", "{role}中不支持“**”：十进制下乘方不精确，请写成连乘（“x * x”）。");
    public static readonly MessageTemplate XorUnsupported = new("PE0306.xor", "'^' is not supported in {role}: it is exclusive or, not a power; write the product out (x * x).", "{role}中不支持“^”：它表示异或而不是乘方，请写成连乘（“x * x”）。");

    // PE0307 MetricCycle, PE0308 FormulaTooComplex.
    public static readonly MessageTemplate MetricCycle = new("PE0307", "Metrics refer to each other in a cycle: {cycle}.", "计算指标之间循环引用：{cycle}。");
    public static readonly MessageTemplate FormulaTooComplex = new("PE0308", "{^role} {why}", "{role}{why}");
    public static readonly MessageTemplate FormulaTooLong = new("PE0308.length", "is {length} characters long; the limit is {max}. Split it into metrics.", "长度为 {length} 个字符，超过上限 {max}。请拆分为多个计算指标。");
    public static readonly MessageTemplate FormulaTooDeep = new("PE0308.nesting", "nests {depth} levels deep (parentheses, calls and prefix operators); the limit is {max}. Split it into metrics.", "嵌套 {depth} 层（括号、函数调用和前缀运算符），超过上限 {max} 层。请拆分为多个计算指标。");

    // PE0401 InputSyntax.
    public static readonly MessageTemplate InputEmpty = new("PE0401.empty", "The input file is empty; it must hold a JSON object with \"values\".", "输入文件为空；文件内容须为含有“values”的 JSON 对象。");
    public static readonly MessageTemplate JsonSyntax = new("PE0401.syntax", "JSON syntax: {detail}{within}", "JSON 语法错误：“{detail}”{within}");
    public static readonly MessageTemplate NotUtf8Input = new("PE0401.utf8", "The input is not valid UTF-8 text: byte 0x{value} at offset {offset} cannot be decoded{within}.", "输入不是有效的 UTF-8 文本：偏移量 {offset} 处的字节 0x{value} 无法解码{within}。");
    public static readonly MessageTemplate ReadingInput = new("phrase.reading-input", " (reading input \"{name}\")", "（读取输入项“{name}”时）");
    public static readonly MessageTemplate ReadingJudgement = new("phrase.reading-judgement", " (reading judgement \"{name}\")", "（读取指标“{name}”的人工评分时）");
    public static readonly MessageTemplate InputQuoted = new("phrase.input-quoted", "Input \"{name}\"", "输入项“{name}”");
    public static readonly MessageTemplate ReadingRow = new("phrase.reading-row", " (reading {name})", "（读取{name}时）");
    public static readonly MessageTemplate RowNumber = new("phrase.row-number", "{name}", "{name}");
    public static readonly MessageTemplate JudgementScore = new("phrase.judgement-score", "Judgement \"{name}\": the score", "指标“{name}”的人工评分得分");
    public static readonly MessageTemplate TooManyDigits = new("phrase.too-many-digits", "has {count} significant digits; a decimal number holds at most 28 (29 up to 79228162514264337593543950335), so it would be rounded", "有 {count} 位有效数字，十进制数最多只能保存 28 位（不超过 79228162514264337593543950335 时为 29 位），将被舍入");
    public static readonly MessageTemplate TooManyDecimals = new("phrase.too-many-decimals", "has digits beyond the 28th decimal place, the finest a decimal number holds (0.0000000000000000000000000001), so it would be rounded", "小数位超过 28 位，即十进制数的最高精度（0.0000000000000000000000000001），将被舍入"); 
    public static readonly MessageTemplate ContentAfterObject = new("PE0401.after", "Unexpected content after the input object.", "输入对象之后还有多余内容。");
    public static readonly MessageTemplate InputNotAnObject = new("PE0401.not-object", "The input must be a JSON object with \"values\" and, where the rule set has judgements, \"judgements\".", "输入须为 JSON 对象，含有“values”；规则集有人工评分指标时还须含有“judgements”。");
    public static readonly MessageTemplate DuplicateInputKey = new("PE0401.duplicate-key", "Duplicate key \"{key}\".", "键“{key}”重复。");
    public static readonly MessageTemplate UnknownInputKey = new("PE0401.unknown-key", "Unknown key \"{key}\"; an input file has \"subject\", \"values\", \"judgements\" and \"rows\".", "未知的键“{key}”；输入文件只能有“subject”、“values”、“judgements”和“rows”。");
    public static readonly MessageTemplate NoValues = new("PE0401.no-values", "The input has no \"values\" object.", "输入中没有“values”对象。");
    public static readonly MessageTemplate MustBeText = new("PE0401.text", "\"{key}\" must be text.", "“{key}”应为文本。");
    public static readonly MessageTemplate ValuesNotAnObject = new("PE0401.values", "\"values\" must be an object of input names to values.", "“values”应为以输入项名称为键的对象。");
    public static readonly MessageTemplate DuplicateInput = new("PE0401.duplicate-input", "Duplicate input \"{name}\".", "输入项“{name}”重复。");
    public static readonly MessageTemplate NestedInput = new("PE0401.nested", "Input \"{name}\" must be a number, true/false, text or null, not a nested {kind}.", "输入项“{name}”应为数值、“true”/“false”、文本或“null”，而不是嵌套的{kind}。");
    public static readonly MessageTemplate NestedList = new("phrase.nested-list", "list", "列表");
    public static readonly MessageTemplate NestedObject = new("phrase.nested-object", "object", "对象");
    public static readonly MessageTemplate NumberBeyondDecimal = new("PE0401.beyond", "{^what}: {literal} is beyond the range of decimal numbers.", "{what}：{literal} 超出十进制数的范围。");
    public static readonly MessageTemplate NumberRefused = new("PE0401.number", "{^what}: {literal} {why}.", "{what}：{literal} {why}。");
    public static readonly MessageTemplate JudgementsNotAnObject = new("PE0401.judgements", "\"judgements\" must be an object of indicator ids to {{ \"score\": …, \"reason\": … }}.", "“judgements”应为以指标编码为键、值为“{{ \"score\": …, \"reason\": … }}”的对象。");
    public static readonly MessageTemplate DuplicateJudgement = new("PE0401.duplicate-judgement", "Duplicate judgement \"{id}\".", "指标“{id}”的人工评分重复。");
    public static readonly MessageTemplate JudgementNotAnObject = new("PE0401.judgement", "Judgement \"{id}\" must be an object with \"score\" and \"reason\".", "指标“{id}”的人工评分应为含有“score”和“reason”的对象。");
    public static readonly MessageTemplate JudgementDuplicateKey = new("PE0401.judgement-duplicate-key", "Judgement \"{id}\": duplicate key \"{key}\".", "指标“{id}”的人工评分：键“{key}”重复。");
    public static readonly MessageTemplate JudgementKeyKind = new("PE0401.judgement-kind", "Judgement \"{id}\": \"{key}\" must be {kind}.", "指标“{id}”的人工评分：“{key}”应为{kind}。");
    public static readonly MessageTemplate JudgementUnknownKey = new("PE0401.judgement-unknown-key", "Judgement \"{id}\": unknown key \"{key}\"; a judgement has \"score\" and \"reason\".", "指标“{id}”的人工评分：未知的键“{key}”；人工评分只能有“score”和“reason”。");
    public static readonly MessageTemplate RowsNotAnArray = new("PE0401.rows", "\"rows\" must be a list of the project's indicator rows, each {{ \"level1\", \"level2\", \"name\", \"points\", \"target\", \"actual\", … }}.", "“rows”应为项目绩效指标行的列表，每行为“{{ \"level1\", \"level2\", \"name\", \"points\", \"target\", \"actual\", … }}”。");
    public static readonly MessageTemplate RowNotAnObject = new("PE0401.row", "{row} must be an object with \"level1\", \"level2\", \"name\" and \"points\".", "{row}应为含有“level1”“level2”“name”和“points”的对象。");
    public static readonly MessageTemplate RowDuplicateKey = new("PE0401.row-duplicate-key", "{row}: duplicate key \"{key}\".", "{row}：键“{key}”重复。");
    public static readonly MessageTemplate RowKeyKind = new("PE0401.row-kind", "{row}: \"{key}\" must be {kind}.", "{row}：“{key}”应为{kind}。");
    public static readonly MessageTemplate RowUnknownKey = new("PE0401.row-unknown-key", "{row}: unknown key \"{key}\"; a row has \"level1\", \"level2\", \"name\", \"points\", \"target\", \"actual\", \"grade\", \"score\", \"reason\" and \"applies\".", "{row}：未知的键“{key}”；指标行只能有“level1”“level2”“name”“points”“target”“actual”“grade”“score”“reason”和“applies”。");
    public static readonly MessageTemplate RowMissingKey = new("PE0401.row-missing-key", "{row} has no \"{key}\".", "{row}没有“{key}”。");
    public static readonly MessageTemplate ReasonWithoutScore = new("PE0401.reason-without-score", "Judgement \"{id}\" has a reason but its \"score\" is null.", "指标“{id}”的人工评分填写了理由，但“score”为空。");
    public static readonly MessageTemplate JudgementWithoutScore = new("PE0401.no-score", "Judgement \"{id}\" has no \"score\".", "指标“{id}”的人工评分没有“score”。");

    // PE0402 MissingInput.
    public static readonly MessageTemplate MissingInput = new("PE0402", "Missing required input '{name}'{about}.", "缺少必填输入项“{name}”{about}。");
    public static readonly MessageTemplate MissingInputUsedBy = new("PE0402.used-by", "Missing required input '{name}'{about}, used by {users}.", "缺少必填输入项“{name}”{about}，{users}需要用到该项。");
    public static readonly MessageTemplate InputAbout = new("phrase.input-about", " ({description})", "（{description}）");
    public static readonly MessageTemplate InputAboutUnit = new("phrase.input-about-unit", " ({description}, {unit})", "（{description}，单位：{unit}）");
    public static readonly MessageTemplate InputUnit = new("phrase.input-unit", " ({unit})", "（单位：{unit}）");

    // PE0403 WrongInputType, PE0404 InputOutOfRange, PE0405 UnknownInput.
    public static readonly MessageTemplate WrongInputType = new("PE0403", "Input '{name}' must be {wanted}, not {actual}.", "输入项“{name}”应为{wanted}，而不是{actual}。");
    public static readonly MessageTemplate InputNotWhole = new("PE0403.whole", "Input '{name}' must be a whole number, not {value}.", "输入项“{name}”应为整数，而不是 {value}。");
    public static readonly MessageTemplate InputNotAChoice = new("PE0404.choice", "Input '{name}' must be one of {choices}, not '{value}'.", "输入项“{name}”应为{choices}之一，而不是“{value}”。");
    public static readonly MessageTemplate InputOutOfRange = new("PE0404", "Input '{name}' is {value}, outside its allowed range {range}{about}.", "输入项“{name}”为 {value}，超出允许范围 {range}{about}。");
    public static readonly MessageTemplate UnknownInput = new("PE0405", "Unknown input '{name}': rule set '{ruleSet}' declares no such input.{hint}", "未知输入项“{name}”：规则集“{ruleSet}”没有声明该输入项。{hint}");
    public static readonly MessageTemplate ValueNumber = new("phrase.value-number", "the number {value}", "数值 {value}");
    public static readonly MessageTemplate ValueBoolean = new("phrase.value-boolean", "{value}", "“{value}”");
    public static readonly MessageTemplate ValueText = new("phrase.value-text", "the text \"{value}\"", "文本“{value}”");
    public static readonly MessageTemplate TrueOrFalse = new("phrase.true-or-false", "true or false", "“true”或“false”");
    public static readonly MessageTemplate OneOf = new("phrase.one-of", "one of {names}", "{names}之一");

    // PE07xx: a filled-in input workbook (InputWorkbook.Read).
    public static readonly MessageTemplate WorkbookTooLarge = new("PE0005.workbook", "The workbook holds more than {limit} bytes, the limit of an input file.", "工作簿超过 {limit} 字节，即输入文件的大小上限。");
    public static readonly MessageTemplate NotAWorkbook = new("PE0701", "The file cannot be read as an Excel workbook (.xlsx): {reason}", "无法作为“Excel”工作簿（“.xlsx”）读取该文件：“{reason}”。");
    public static readonly MessageTemplate OfInputs = new("phrase.of-inputs", "inputs", "输入项");
    public static readonly MessageTemplate OfJudgements = new("phrase.of-judgements", "judgements", "人工评分");
    public static readonly MessageTemplate ItsChildren = new("phrase.its-children", "its children", "下级指标汇总");
    public static readonly MessageTemplate MethodNamed = new("phrase.method-named", "{method}", "“{method}”方法");
    public static readonly MessageTemplate NoSheets = new("phrase.no-sheets", "no sheets", "没有任何工作表");
    public static readonly MessageTemplate OfRows = new("phrase.of-rows", "third-level rows", "三级指标");
    public static readonly MessageTemplate MissingSheet = new("PE0702", "The workbook has no sheet '{sheet}' (or '{english}') of {what}; it has {names}.", "工作簿中没有{what}工作表“{sheet}”（或“{english}”）；现有工作表：{names}。");
    public static readonly MessageTemplate MissingValueColumns = new("PE0703.inputs", "The sheet has no header row with the columns '{name}' and '{value}' (or '{nameEn}' and '{valueEn}').", "该工作表没有含“{name}”和“{value}”两列（或“{nameEn}”和“{valueEn}”）的表头行。");
    public static readonly MessageTemplate MissingJudgementColumns = new("PE0703.judgements", "The sheet has no header row with the columns '{id}', '{score}' and '{reason}' (or '{idEn}', '{scoreEn}' and '{reasonEn}').", "该工作表没有含“{id}”“{score}”“{reason}”三列（或“{idEn}”“{scoreEn}”“{reasonEn}”）的表头行。");
    public static readonly MessageTemplate MissingRowColumns = new("PE0703.rows", "The sheet has no header row with the columns {names} (or, in English, {english}).", "该工作表没有含{names}各列（或英文{english}）的表头行。");
    public static readonly MessageTemplate RowCellAsText = new("PE0704.row", "Row {row}: '{column}' \"{text}\" is a number stored as text; enter it as a number.", "第{row}行：“{column}”“{text}”是以文本形式存储的数字，请改为数值。");
    public static readonly MessageTemplate RowCellNotNumber = new("PE0403.workbook-row-number", "Row {row}: '{column}' must be a number, not {value}.", "第{row}行：“{column}”应为数值，而不是“{value}”。");
    public static readonly MessageTemplate RowCellNotText = new("PE0403.workbook-row-text", "Row {row}: '{column}' must be text, not {value}.", "第{row}行：“{column}”应为文本，而不是“{value}”。");
    public static readonly MessageTemplate RowFigureIsNumber = new("PE0403.workbook-row-figure", "Row {row}: '{column}' holds the number {value}, which has lost its comparison and unit; format the cell as text and write it as the table does, such as ≥50个 or 51个.", "第{row}行：“{column}”为数值{value}，已丢失比较符号和计量单位；请将单元格设为文本格式，按表中写法填写，如“≥50个”“51个”。");
    public static readonly MessageTemplate RowWithoutName = new("PE0802.workbook-no-name", "Row {row} has figures but no '{column}'; name the third-level indicator or clear the row.", "第{row}行填有内容但没有“{column}”；请填写三级指标名称或清除该行。");
    public static readonly MessageTemplate RowAppliesNotYesOrNo = new("PE0705.row", "Row {row}: '{column}' is yes or no: write 是 or 否 (or true or false), or leave it empty for 是; not {value}.", "第{row}行：“{column}”应填“是”或“否”（或“true”“false”），留空视为“是”；而不是{value}。");
    public static readonly MessageTemplate NumberAsText = new("PE0704", "Input '{name}': \"{text}\" is a number stored as text; enter it as a number (in Excel: Convert to Number).", "输入项“{name}”：“{text}”是以文本形式存储的数字，请改为数值（在“Excel”中可用“转换为数字”）。");
    public static readonly MessageTemplate ScoreAsText = new("PE0704.judgement", "Judgement '{id}': the score \"{text}\" is a number stored as text; enter it as a number.", "人工评分“{id}”：得分“{text}”是以文本形式存储的数字，请改为数值。");
    public static readonly MessageTemplate NotYesOrNo = new("PE0705", "Input '{name}' is a yes/no condition: write 是 or 否 (or true or false), not {value}.", "输入项“{name}”为是否判断：请填写“是”或“否”（或“true”“false”），而不是{value}。");
    public static readonly MessageTemplate DuplicateInputRow = new("PE0706.input", "Input '{name}' is listed twice: here and in {sheet}!{first}; keep one row.", "输入项“{name}”出现两次：此处和“{sheet}!{first}”；请只保留一行。");
    public static readonly MessageTemplate DuplicateJudgementRow = new("PE0706.judgement", "Judgement '{id}' is listed twice: here and in {sheet}!{first}; keep one row.", "人工评分“{id}”出现两次：此处和“{sheet}!{first}”；请只保留一行。");
    public static readonly MessageTemplate UnreadableCell = new("PE0707", "Input '{name}': the cell holds {what}, not a value; correct the formula or enter the figure.", "输入项“{name}”：单元格中是“{what}”，而不是数值；请修正公式或直接填写数字。");
    public static readonly MessageTemplate UnreadableScoreCell = new("PE0707.judgement", "Judgement '{id}': the score cell holds {what}, not a value.", "人工评分“{id}”：得分单元格中是“{what}”，而不是数值。");

    // PE0708 OtherRuleSet.
    public static readonly MessageTemplate WorkbookForOtherRuleSet = new("PE0708", "The workbook was written for rule set '{written}' and is read under '{rules}'; check that its inputs and judgements are the ones this rule set asks for.", "本工作簿为规则集“{written}”生成，现按规则集“{rules}”读取；请核对所填输入项和评分项是否为该规则集所列项目。");
    public static readonly MessageTemplate ValueWithoutName = new("PE0405.workbook-no-name", "A value ({value}) on a row with no name in column '{column}'; give the input's name or clear the value.", "有一个值（“{value}”）所在行的“{column}”列没有名称；请填写输入项名称或清除该值。");
    public static readonly MessageTemplate JudgementWithoutId = new("PE0409.workbook-no-id", "A judgement on a row with no indicator id in column '{column}'; give the id or clear the row.", "有一条人工评分所在行的“{column}”列没有指标编号；请填写编号或清除该行。");
    public static readonly MessageTemplate JudgementNotJudged = new("PE0409.workbook-not-judged", "Judgement for '{id}', which is scored by {method}, not by judgement; remove the row.", "“{id}”按{method}计分，不是人工评分指标；请删除该行。");
    public static readonly MessageTemplate JudgementNoIndicator = new("PE0409.workbook-unknown", "Judgement for '{id}', which is not an indicator of rule set '{ruleSet}'.", "“{id}”不是规则集“{ruleSet}”中的指标。");
    public static readonly MessageTemplate SubjectNotText = new("PE0403.workbook-subject", "The unit's name must be text, not {value}.", "单位名称应为文本，而不是“{value}”。");
    public static readonly MessageTemplate InputNotNumberText = new("PE0403.workbook-text", "Input '{name}' must be {wanted}, not the text \"{text}\".", "输入项“{name}”应为{wanted}，而不是文本“{text}”。");
    public static readonly MessageTemplate InputNotInChoices = new("PE0404.workbook-choice", "Input '{name}' must be one of {choices}, not '{text}'.", "输入项“{name}”应为{choices}之一，而不是“{text}”。");
    public static readonly MessageTemplate ScoreWithoutNumber = new("PE0406.workbook", "Judgement '{id}' has a reason but no score; it is not scored yet. Give a score from 0 to {weight}.", "人工评分“{id}”填写了理由但没有得分，尚未评分；请填写 0 至 {weight} 之间的得分。");
    public static readonly MessageTemplate ScoreNotNumber = new("PE0403.workbook-score", "Judgement '{id}': the score must be a number, not {value}.", "人工评分“{id}”：得分应为数值，而不是“{value}”。");

    // PE0801: a cell of the project table (年度指标值, 实际完成值) not understood (RowFigures.TryParse).
    public static readonly MessageTemplate RowFigureEmpty = new("PE0801.empty", "The figure is empty; write a number and its unit, with a comparison for a target (≥50个, ≤90万元, 100%), or a qualitative phrase (达成预期指标).", "指标值为空；请填写数值和计量单位，目标值可加比较符号（如“≥50个”“≤90万元”“100%”），或填写定性表述（如“达成预期指标”）。");
    public static readonly MessageTemplate RowFigureComparisonOnActual = new("PE0801.comparison-on-actual", "'{text}': an actual value (实际完成值) is the figure achieved and takes no comparison ('{comparison}'); write '{bare}'.", "“{text}”：实际完成值应填写实际达到的数值，不能带比较符号（“{comparison}”），请写作“{bare}”。");
    public static readonly MessageTemplate RowFigureNoNumber = new("PE0801.no-number", "'{text}': the comparison '{comparison}' is followed by no number; write a comparison, a number and its unit, such as ≥50个.", "“{text}”：比较符号“{comparison}”后没有数值；请写作比较符号加数值和计量单位，如“≥50个”。");
    public static readonly MessageTemplate RowFigureSign = new("PE0801.sign", "'{text}': a figure takes no sign ('{sign}'); write a number of zero or more, and give a limit with a comparison (≤, 不超过).", "“{text}”：数值不能带正负号（“{sign}”）；请填写不小于零的数值，上下限用比较符号（如“≤”“不超过”）表示。");
    public static readonly MessageTemplate RowFigureBeforeNumber = new("PE0801.before-number", "'{text}': '{prefix}' before the number is not a comparison; write one of ≥ ≤ = > < (or 不低于, 不超过, …) or none, and the figure itself, without words such as 约.", "“{text}”：数值前的“{prefix}”不是比较符号；请使用“≥”“≤”“=”“>”“<”（或“不低于”“不超过”等）或不加比较符号，并直接填写数值，不加“约”等字样。");
    public static readonly MessageTemplate RowFigureNumber = new("PE0801.number", "'{text}': '{number}' is not a number as written: {reason}.", "“{text}”：“{number}”不是有效的数值：{reason}。");
    public static readonly MessageTemplate NumberGrouping = new("phrase.number-grouping", "thousands separators go only between groups of three digits of the whole part, as in 1,000 or 1，000", "千位分隔符只能用于整数部分每三位数字之间，如“1,000”“1，000”");
    public static readonly MessageTemplate NumberPoint = new("phrase.number-point", "a number has one decimal point, with a digit on each side, as in 0.5", "数值只能有一个小数点，且小数点前后都须有数字，如“0.5”");
    public static readonly MessageTemplate NumberDigits = new("phrase.number-digits", "it has more digits than a figure holds exactly (28 significant digits at most)", "数字位数超过可精确保存的范围（有效数字最多28位）");
    public static readonly MessageTemplate RowFigureUnit = new("PE0801.unit", "'{text}': '{unit}' is not a known unit; write one of {units}.", "“{text}”：“{unit}”不是可识别的计量单位；请使用以下单位之一：{units}。");
    public static readonly MessageTemplate RowFigureTwoNumbers = new("PE0801.two-numbers", "'{text}' holds more than one number; a figure is one number and its unit (a range such as 50-60个 is not read: write ≥50个 or ≤60个).", "“{text}”含有多个数值；指标值只能是一个数值加计量单位（不支持“50-60个”这样的区间，请写作“≥50个”或“≤60个”）。");
    public static readonly MessageTemplate RowFigureTwoComparisons = new("PE0801.two-comparisons", "'{text}' has two comparisons ('{first}' and '{second}'); keep one.", "“{text}”含有两个比较（“{first}”和“{second}”），请只保留一个。");
    public static readonly MessageTemplate RowFigureChineseNumeral = new("PE0801.chinese-numeral", "'{text}' gives its number in Chinese numerals; write it in digits, such as 50个.", "“{text}”中的数值以汉字书写，请改用阿拉伯数字，如“50个”。");

    // PE0802–PE0808: a row of the project table that cannot be scored as the rule set says (RowBinder, Evaluator).
    public static readonly MessageTemplate RowLabel = new("phrase.row", "Row {number} ({path})", "第{number}行指标（{path}）");
    public static readonly MessageTemplate TheTarget = new("phrase.target", "the target (年度指标值)", "年度指标值");
    public static readonly MessageTemplate TheActual = new("phrase.actual", "the actual (实际完成值)", "实际完成值");
    public static readonly MessageTemplate RowFigureAt = new("PE0801.row", "{row}, {field}: {reason}", "{row}的{field}：{reason}");
    public static readonly MessageTemplate RowNoGroup = new("PE0802.group", "{row}: '{level1}' is not a first-level indicator whose rows the input brings; write one of {groups}.{hint}", "{row}：“{level1}”不是由输入提供三级指标的一级指标；请使用以下之一：{groups}。{hint}");
    public static readonly MessageTemplate RowNoKind = new("PE0802.kind", "{row}: '{level2}' is not a second-level indicator of '{level1}'; write one of {kinds}.{hint}", "{row}：“{level2}”不是“{level1}”下的二级指标；请使用以下之一：{kinds}。{hint}");
    public static readonly MessageTemplate RowsNotTaken = new("PE0802.no-row-groups", "Rule set '{ruleSet}' takes no rows from the input (it has no 'rows' group), but the input brings {count}.", "规则集“{ruleSet}”的三级指标不由输入提供（没有“rows”指标组），但输入中有 {count} 行三级指标。");
    public static readonly MessageTemplate RowGroupEmpty = new("PE0802.empty-group", "Indicator '{id}' ({name}) takes its rows from the input, but the input brings none under '{name}'.", "指标“{id}”（{name}）的三级指标由输入提供，但输入中没有“{name}”下的指标行。");
    public static readonly MessageTemplate RowPointsOutOfRange = new("PE0802.points", "{row}: the points must be from 0 to the {weight} of '{group}', not {points}.", "{row}：分值应在 0 至“{group}”的分值 {weight} 分之间，而不是 {points}。");
    public static readonly MessageTemplate RowNoFigure = new("PE0802.no-figure", "{row} has no {field}.", "{row}没有填写{field}。");
    public static readonly MessageTemplate RowActualNotNumber = new("PE0802.actual-not-number", "{row}: the target '{target}' is a number, so the actual must be one too, not '{actual}'.", "{row}：年度指标值“{target}”为定量指标，实际完成值也应为数值，而不是“{actual}”。");
    public static readonly MessageTemplate RowActualNumber = new("PE0802.actual-number", "{row}: the target '{target}' is qualitative, so the actual is a phrase, not the number '{actual}'.", "{row}：年度指标值“{target}”为定性指标，实际完成值应为文字表述，而不是数值“{actual}”。");
    public static readonly MessageTemplate RowUnitMismatch = new("PE0803", "{row}: the target is in '{targetUnit}' but the actual in '{actualUnit}'; figures are never converted, so write both in the same unit.", "{row}：年度指标值的单位为“{targetUnit}”，实际完成值的单位为“{actualUnit}”，两者不一致；本工具不做单位换算，请以相同单位填写。");
    public static readonly MessageTemplate RowPointsSum = new("PE0804", "The rows under '{name}' ({id}) add up to {sum} points, but '{name}' is worth {weight}.", "“{name}”（{id}）下各三级指标分值合计 {sum} 分，与其分值 {weight} 分不一致。");
    public static readonly MessageTemplate RowShortfallWithoutReason = new("PE0805", "{row} scores {score} of {points} points but gives no reason for the shortfall (偏差原因分析及改进措施).", "{row}得 {score} 分，未得满分（{points} 分），但未填写偏差原因分析及改进措施。");
    public static readonly MessageTemplate RowNoGrade = new("PE0806.no-grade", "{row}: the target '{target}' is qualitative; choose a grade, one of {grades}, or write an actual that names one.", "{row}：年度指标值“{target}”为定性指标，请选择评价等级（{grades}之一），或在实际完成值中填写对应的表述。");
    public static readonly MessageTemplate RowUnknownGrade = new("PE0806.unknown-grade", "{row}: '{grade}' is not a grade of qualitative rows; write one of {grades}.", "{row}：“{grade}”不是定性指标的评价等级；请使用以下之一：{grades}。");
    public static readonly MessageTemplate RowGradeConflict = new("PE0806.grade-conflict", "{row}: the grade '{grade}' does not agree with the actual '{actual}', which means '{meant}'.", "{row}：评价等级“{grade}”与实际完成值“{actual}”（对应“{meant}”）不一致。");
    public static readonly MessageTemplate PointsFromTo = new("phrase.points-from-to", "{low} to {high} points", "{low}分至{high}分");
    public static readonly MessageTemplate PointsFromBelow = new("phrase.points-from-below", "{low} to less than {high} points", "{low}分至不足{high}分");
    public static readonly MessageTemplate RowNoScore = new("PE0806.no-score", "{row}: a qualitative row needs a score within its grade '{grade}', {range}.", "{row}：定性指标须在评价等级“{grade}”的得分范围（{range}）内填写得分。");
    public static readonly MessageTemplate RowScoreOutsideGrade = new("PE0806.score", "{row}: the score {score} lies outside its grade '{grade}', {range}.", "{row}：得分 {score} 分超出评价等级“{grade}”的得分范围（{range}）。");
    public static readonly MessageTemplate RowScoreDiffers = new("PE0807", "{row}: the score given, {given}, differs from the rule's, {score}; the rule's counts.", "{row}：填报得分 {given} 分与按评分规则计算的 {score} 分不一致，以计算结果为准。");
    public static readonly MessageTemplate NothingApplies = new("PE0808", "No points are left to convert to {total}: the rows not assessed take {excluded} of them.", "不考核的三级指标共 {excluded} 分，剩余适用分值为零，无法按 {total} 分制折算。");

    // PE0406 MissingJudgement, PE0407 JudgementOutOfRange, PE0408 JudgementWithoutReason, PE0409 UnexpectedJudgement.
    public static readonly MessageTemplate MissingJudgement = new("PE0406", "Indicator '{id}' ({name}) is scored by judgement, but the input gives no judgement for it: add \"{id}\": {{ \"score\": …, \"reason\": \"…\" }} under \"judgements\".", "指标“{id}”（{name}）需人工评分，但输入中没有它的评分：请在“judgements”下添加“\"{id}\": {{ \"score\": …, \"reason\": \"…\" }}”。");
    public static readonly MessageTemplate JudgementNotFilled = new("PE0406.null", "Judgement \"{id}\" is not filled in: its \"score\" is null. Give a score and a written reason.", "指标“{id}”的人工评分未填写：“score”为空。请填写得分和书面理由。");
    public static readonly MessageTemplate JudgementOutOfRange = new("PE0407", "The judgement of indicator '{id}' is {score}, outside [0, {weight}].", "指标“{id}”的人工评分为 {score}，超出 [0, {weight}]。");
    public static readonly MessageTemplate JudgementWithoutReason = new("PE0408", "The judgement of indicator '{id}' has no written reason.", "指标“{id}”的人工评分没有填写理由。");
    public static readonly MessageTemplate JudgementForUnknown = new("PE0409.unknown", "Judgement for '{id}', which is not an indicator of rule set '{ruleSet}'.", "输入中有“{id}”的人工评分，但规则集“{ruleSet}”中没有该指标。");
    public static readonly MessageTemplate JudgementForScored = new("PE0409.scored", "Judgement for '{id}', which is scored by {kind}, not by judgement; remove it.", "输入中有“{id}”的人工评分，但该指标按“{kind}”计分，不是人工评分，请删除。");
    public static readonly MessageTemplate JudgementIgnored = new("PE0409", "The judgement for '{id}' is ignored: the indicator is not assessed.", "“{name}”指标不考核，所填评分及理由未予采用。");

    // PE0501 DivisionByZero, PE0502 ArithmeticOverflow.
    public static readonly MessageTemplate DivisionByZero = new("PE0501", "Division by zero in {role}: {formula} → {substituted}.{zeros}", "{role}除数为零：“{formula}” → “{substituted}”。{zeros}");
    public static readonly MessageTemplate DivisionByZeroOf = new("PE0501.zeros", "Division by zero in {role}: {formula} → {substituted} ({zeros}).", "{role}除数为零：“{formula}” → “{substituted}”（{zeros}）。");
    public static readonly MessageTemplate OverflowInFormula = new("PE0502", "Arithmetic overflow in {role}: {formula} → {substituted}; a value is beyond the range of decimal.", "{role}计算溢出：“{formula}” → “{substituted}”，数值超出十进制数的范围。");
    public static readonly MessageTemplate OverflowInIndicator = new("PE0502.indicator", "Arithmetic overflow in indicator '{id}', {where}: a value is beyond the range of decimal.", "指标“{id}”{where}计算溢出，数值超出十进制数的范围。");
    public static readonly MessageTemplate OverflowInMethod = new("phrase.overflow-method", "its {kind} method", "按评分方法“{kind}”计分时");
    public static readonly MessageTemplate OverflowScaling = new("phrase.overflow-scaling", "scaling its score by the weight moved onto it", "按转入的分值折算得分时");
    public static readonly MessageTemplate OverflowMovingWeight = new("PE0502.weights", "Arithmetic overflow moving the weight of indicators that are not assessed: the weights are beyond the range of decimal.", "转移不考核指标的分值时计算溢出，分值超出十进制数的范围。");

    // PE0503 NoBandMatched, PE0504 NoAlternativeMatched.
    public static readonly MessageTemplate NoBandMatched = new("PE0503", "The value of indicator '{id}' ({value}) falls in none of its bands: {bands}.", "指标“{id}”的取值（{value}）不在任何分档区间内：{bands}。");
    public static readonly MessageTemplate NoAlternativeMatched = new("PE0504", "No option of indicator '{id}' applies; add an unconditional last option or widen the conditions.", "指标“{id}”没有适用的选项；请增加一个不设条件的最后选项，或放宽条件。");

    // PE0505 CheckFailed.
    public static readonly MessageTemplate CheckFailed = new("PE0505", "{message}: {detail} (check '{id}': {formula})", "{message}：{detail}（校验规则“{id}”：{formula}）");
    public static readonly MessageTemplate CheckSides = new("PE0505.sides", "{left} = {leftValue}, {right} = {rightValue}", "{left} = {leftValue}，{right} = {rightValue}");
    public static readonly MessageTemplate CheckFalse = new("PE0505.false", "{expression} is false", "{expression}，不成立");

    // PE0506 ScoreOutOfRange, PE0507 InputUnavailable.
    public static readonly MessageTemplate ScoreOutOfRange = new("PE0506", "The formula of indicator '{id}' gives {raw}, outside [0, {weight}]: {result}. Cap it in the formula, e.g. Min(weight, …) or Max(0, …).", "指标“{id}”的评分公式得出 {raw}，超出 [0, {weight}]：{result}。请在公式中加以限制，例如“Min(weight, …)”或“Max(0, …)”。");
    public static readonly MessageTemplate InputUnavailable = new("PE0507", "{^role} of indicator '{id}' needs {what}, which the input does not give.", "指标“{id}”的{role}需要{what}，但输入中没有提供。");
    public static readonly MessageTemplate InputNamed = new("phrase.input-named", "input '{name}'", "输入项“{name}”");
    public static readonly MessageTemplate MetricWithoutInput = new("phrase.metric-without-input", "metric '{name}', which cannot be computed without input {missing}", "计算指标“{name}”（缺少输入项{missing}，无法计算）");
    public static readonly MessageTemplate MetricWithoutInputs = new("phrase.metric-without-inputs", "metric '{name}', which cannot be computed without inputs {missing}", "计算指标“{name}”（缺少输入项{missing}，无法计算）");
}
