using System;
using System.Buffers;

namespace PerfEval.Rendering;

/// <summary>A growable buffer of UTF-8 bytes that the renderers write rows into, reused from row to row.</summary>
internal sealed class Utf8Buffer : IBufferWriter<byte>
{
    private byte[] bytes = new byte[4096];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => new(bytes, 0, Length);

    public void Clear() => Length = 0;

    public void Advance(int count) => Length += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => bytes.AsMemory(Reserve(sizeHint));

    public Span<byte> GetSpan(int sizeHint = 0) => bytes.AsSpan(Reserve(sizeHint));

    private int Reserve(int sizeHint)
    {
        var needed = Length + Math.Max(sizeHint, 256);
        if (needed > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Max(needed, bytes.Length * 2));
        }

        return Length;
    }
}
