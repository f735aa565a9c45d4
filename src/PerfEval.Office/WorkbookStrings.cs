using System.Collections.Generic;
using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Office;

/// <summary>The workbook's shared string table: each distinct text once, by index.</summary>
internal sealed class WorkbookStrings
{
    private readonly Dictionary<string, int> indexes = new(System.StringComparer.Ordinal);
    private readonly List<string> texts = new();
    private int references;

    public string Index(string text)
    {
        references++;
        if (!indexes.TryGetValue(text, out var index))
        {
            index = texts.Count;
            indexes[text] = index;
            texts.Add(text);
        }

        return index.ToString(CultureInfo.InvariantCulture);
    }

    public SharedStringTable Build()
    {
        var table = new SharedStringTable { Count = (uint)references, UniqueCount = (uint)texts.Count };
        foreach (var text in texts)
        {
            // Leading or trailing spaces survive only when the text says so.
            table.Append(new SharedStringItem(new Text(text) { Space = text.Trim().Length == text.Length ? null : DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        }

        return table;
    }
}
