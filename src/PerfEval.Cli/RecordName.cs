using System;
using System.Globalization;

namespace PerfEval.Cli;

/// <summary>
/// The name of a batch record in its row: <c>units.jsonl:12</c>, <c>units.json[3]</c> or a file's name. Kept as its
/// parts, so that a record that scores has its name written into the row without a string of its own.
/// </summary>
internal readonly struct RecordName
{
    private RecordName(char kind, string display, string source, long number)
    {
        Kind = kind;
        Display = display;
        Source = source;
        Number = number;
    }

    /// <summary>Gets the file's path: the name diagnostics carry for a whole file.</summary>
    public string Source { get; }

    private char Kind { get; }

    private string Display { get; }

    private long Number { get; }

    public static RecordName Line(string file, long line) => new(':', file, file, line);

    public static RecordName Element(string file, long index) => new('[', file, file, index);

    public static RecordName Whole(string name, string path) => new('=', name, path, 0);

    /// <summary>Writes the name into a buffer, growing it if need be, and returns its length.</summary>
    public int Format(ref char[] buffer)
    {
        if (buffer.Length < Display.Length + 24)
        {
            buffer = new char[Display.Length + 24];
        }

        Display.AsSpan().CopyTo(buffer);
        if (Kind == '=')
        {
            return Display.Length;
        }

        var length = Display.Length;
        buffer[length++] = Kind;
        Number.TryFormat(buffer.AsSpan(length), out var digits, default, CultureInfo.InvariantCulture);
        length += digits;
        if (Kind == '[')
        {
            buffer[length++] = ']';
        }

        return length;
    }

    /// <summary>Gets the name diagnostics carry for a record that fails: the record's own, or a whole file's path.</summary>
    public override string ToString()
    {
        if (Kind == '=')
        {
            return Source;
        }

        var buffer = Array.Empty<char>();
        var length = Format(ref buffer);
        return new string(buffer, 0, length);
    }
}
