using System.Collections.Generic;
using System.Linq;
using System.Text;
using PerfEval.Rendering;

namespace PerfEval.Results;

/// <summary>
/// A list of names as a diagnostic argument, joined in the language of the message: English <c>a, b and c</c>
/// (<c>'a', 'b' and 'c'</c> when <see cref="Quoted"/>), Chinese always quoted, <c>“a”、“b”和“c”</c>.
/// </summary>
internal sealed class NameList
{
    public NameList(IEnumerable<string> names, NameJoin join = NameJoin.List, bool quoted = false)
    {
        Names = names.ToList();
        Join = join;
        Quoted = quoted;
    }

    public IReadOnlyList<string> Names { get; }

    public NameJoin Join { get; }

    public bool Quoted { get; }

    public static NameList Of(IEnumerable<string> names) => new(names);

    public static NameList QuotedOf(IEnumerable<string> names) => new(names, NameJoin.List, quoted: true);

    public static NameList And(IEnumerable<string> names) => new(names, NameJoin.And);

    public static NameList Chain(IEnumerable<string> names) => new(names, NameJoin.Chain);

    public void AppendTo(StringBuilder text, ReportLanguage language)
    {
        var chinese = language == ReportLanguage.Chinese;
        for (var i = 0; i < Names.Count; i++)
        {
            if (i > 0)
            {
                text.Append(Separator(chinese, last: i == Names.Count - 1));
            }

            if (chinese || Quoted)
            {
                text.Append(chinese ? "“" : "'").Append(Names[i]).Append(chinese ? "”" : "'");
            }
            else
            {
                text.Append(Names[i]);
            }
        }
    }

    private string Separator(bool chinese, bool last) => Join switch
    {
        NameJoin.Chain => " → ",
        NameJoin.And when last => chinese ? "和" : " and ",
        _ => chinese ? "、" : ", ",
    };
}
