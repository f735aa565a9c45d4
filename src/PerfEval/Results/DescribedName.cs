namespace PerfEval.Results;

/// <summary>
/// An input's or metric's name as a diagnostic argument: written as it is in English (<c>actual_spending</c>), as the
/// rule set describes it in Chinese (实际支出), so a Chinese message reads without the rule file's identifiers.
/// </summary>
internal sealed class DescribedName
{
    public DescribedName(string name, string description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string Description { get; }
}
