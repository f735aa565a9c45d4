using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace PerfEval.Cli;

/// <summary>
/// Writes a file so that it is either whole or not there: into a temporary file beside it, then moved over it. Through a
/// symbolic link, the file it points to is replaced and the link kept; a read-only file is refused, not replaced; a FIFO
/// or device (<c>/dev/stdout</c>) is written straight to, as there is nothing to replace.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
        => WriteAsync(path, stream =>
        {
            write(stream);
            return Task.CompletedTask;
        }, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Writes a file atomically; a failure or a cancellation removes the temporary file and leaves the target as it was.</summary>
    /// <exception cref="IOException">The target's folder does not exist, or the target is read-only; the message names it.</exception>
    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var link = new FileInfo(full);
        if (link.LinkTarget is not null && link.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            full = target.FullName;
        }

        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new IOException($"{path}: the folder {directory} does not exist.");
        }

        if (File.Exists(full) && BatchRecords.IsSpecial(full))
        {
            var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
            await using (device.ConfigureAwait(false))
            {
                await write(device).ConfigureAwait(false);
            }

            return;
        }

        if (File.Exists(full) && (File.GetAttributes(full) & FileAttributes.ReadOnly) != 0)
        {
            throw new IOException($"{path}: the file is read-only; it is not replaced. Make it writable or choose another --out.");
        }

        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(full) && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public static void WriteText(string path, string text) => Write(path, stream =>
    {
        var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
    });
}
