using PerfEval.Results;

namespace PerfEval.Cli;

/// <summary>The command-line tool's own messages (outside diagnostics), in English and Chinese, as the library's catalogue is.</summary>
internal static class CliMessages
{
    public static readonly MessageTemplate IoError = new("cli.io-error", "error: {message}", "错误：“{message}”");
    public static readonly MessageTemplate InternalError = new("cli.internal-error", "internal error: {type}: {message} (please report this)", "内部错误：{type}：“{message}”（请向开发方报告此问题）");
    public static readonly MessageTemplate DocxNeedsOut = new("cli.docx-needs-out", "error: --format docx writes a Word document; name it with --out FILE.docx, or --out - to send it into a pipe or file.", "错误：“--format docx”生成 Word 文档，请用“--out 文件名.docx”指定文件，或用“--out -”输出到管道或重定向的文件。");
    public static readonly MessageTemplate ProjectFormFormat = new("cli.project-form-format", "error: --format {format} writes the department's 绩效自评报告 (部门整体支出绩效自评); rule set '{id}' scores a project form (项目支出绩效自评), which files the 项目支出绩效自评表 instead. Use --format xlsx or text for the form, or markdown, csv or json: they list every row.", "错误：“--format {format}”输出部门整体支出绩效自评报告；规则集“{id}”为项目支出绩效自评，应报送项目支出绩效自评表。请使用“--format xlsx”或“text”输出自评表，或使用“markdown”“csv”“json”，其中列有每一行三级指标。");
    public static readonly MessageTemplate XlsxNeedsOut = new("cli.xlsx-needs-out", "error: --format xlsx writes a workbook; name it with --out FILE.xlsx, or --out - to send it into a pipe or file.", "错误：“--format xlsx”生成 Excel 工作簿，请用“--out 文件名.xlsx”指定文件，或用“--out -”输出到管道或重定向的文件。");
    public static readonly MessageTemplate BinaryToTerminal = new("cli.binary-to-terminal", "error: --format {kind} --out - would write a binary {what} to the terminal; redirect standard output (> FILE.{kind}, | command) or name a file with --out FILE.{kind}.", "错误：“--format {kind} --out -”会把二进制{what}直接输出到终端；请重定向标准输出（“> 文件名.{kind}”或“| 命令”），或用“--out 文件名.{kind}”指定文件。");
    public static readonly MessageTemplate ADocument = new("cli.a-document", "document", "文档");
    public static readonly MessageTemplate AWorkbook = new("cli.a-workbook", "workbook", "工作簿");
    public static readonly MessageTemplate NoSuchIndicator = new("cli.no-such-indicator", "error: rule set {id}@{version} has no indicator '{indicator}'.{hint}", "错误：规则集“{id}@{version}”中没有指标“{indicator}”。{hint}");
    public static readonly MessageTemplate ValidOk = new("cli.validate-ok", "{file}: ok: {id} {version}, {count} top-level indicators{warnings}", "{file}：通过：“{id}” {version}，一级指标 {count} 个{warnings}");
    public static readonly MessageTemplate ValidWarnings = new("cli.validate-warnings", ", {count} warning(s)", "，警告 {count} 条");
    public static readonly MessageTemplate DiffHeadline = new("cli.diff-headline", "{before} → {after}: {count} change(s)", "“{before}” → “{after}”：共 {count} 处变化");
    public static readonly MessageTemplate DiffScoresOf = new("cli.diff-scores", "Scores of {subject}:", "“{subject}”的得分：");
    public static readonly MessageTemplate DiffTotal = new("cli.diff-total", "Total: {before} {beforeGrade} → {after} {afterGrade}", "总分：{before} {beforeGrade} → {after} {afterGrade}");
    public static readonly MessageTemplate SetNotNameValue = new("cli.set-not-name-value", "error: --set '{set}' is not name=value, e.g. --set actual_spending=2774.62 or --set judgements.asset_compliance=5.", "错误：“--set {set}”不是“名称=值”的形式，例如“--set actual_spending=2774.62”或“--set judgements.asset_compliance=5”。");
    public static readonly MessageTemplate SetTwice = new("cli.set-twice", "error: --set changes '{name}' twice; give each input or judgement once.", "错误：“--set”两次修改“{name}”；每个输入项或评分只能修改一次。");
    public static readonly MessageTemplate SetJudgementNotNumber = new("cli.set-judgement-number", "error: --set '{set}': a judgement's score is a number, e.g. --set judgements.asset_compliance=5.", "错误：“--set {set}”：人工评分的得分应为数值，例如“--set judgements.asset_compliance=5”。");
    public static readonly MessageTemplate ReachTargetNeeded = new("cli.reach-target", "error: give the target as one of --grade (e.g. --grade excellent or --grade 优) or --total (e.g. --total 95).", "错误：请用“--grade”（例如“--grade excellent”或“--grade 优”）或“--total”（例如“--total 95”）二者之一给出目标。");
    public static readonly MessageTemplate ReachBadTotal = new("cli.reach-bad-total", "error: --total '{total}' is not a total of zero or more, e.g. --total 95.", "错误：“--total {total}”不是不小于零的总分，例如“--total 95”。");
    public static readonly MessageTemplate ReachNoGrade = new("cli.reach-no-grade", "error: rule set {id}@{version} has no grade '{grade}'; its grades are {known}.", "错误：规则集“{id}@{version}”中没有等级“{grade}”；可用的等级为{known}。");
    public static readonly MessageTemplate UsageUnknownToken = new("cli.usage-unknown", "error: '{token}' is not a command, option or argument of '{command}'.", "错误：“{token}”不是“{command}”的命令、选项或参数。");
    public static readonly MessageTemplate UsageMissingOption = new("cli.usage-missing-option", "error: '{command}' needs option {option}.", "错误：“{command}”缺少必填选项“{option}”。");
    public static readonly MessageTemplate UsageMissingArgument = new("cli.usage-missing-argument", "error: '{command}' needs the argument <{argument}>.", "错误：“{command}”缺少参数“<{argument}>”。");
    public static readonly MessageTemplate UsageMissingCommand = new("cli.usage-missing-command", "error: name a command, e.g. 'perfeval score'.", "错误：请指定命令，例如“perfeval score”。");
    public static readonly MessageTemplate UsageBadValue = new("cli.usage-bad-value", "error: '{value}' is not a value of {option}; it takes {accepted}.", "错误：“{value}”不是选项“{option}”的可选值，可选值为{accepted}。");
    public static readonly MessageTemplate UsageNoValue = new("cli.usage-no-value", "error: {option} needs a value.", "错误：选项“{option}”缺少取值。");
    public static readonly MessageTemplate UsageBadNumber = new("cli.usage-bad-number", "error: {option} takes {kind}, not '{value}'.", "错误：选项“{option}”的取值应为{kind}，而不是“{value}”。");
    public static readonly MessageTemplate UsageOther = new("cli.usage-other", "error: {message}", "错误：“{message}”");
    public static readonly MessageTemplate UsageSeeHelp = new("cli.usage-see-help", "See '{command} --help' for its options.", "用法见“{command} --help”。");
}
