using System;
using System.IO;
using System.Text;
using PerfEval.Results;

namespace PerfEval;

/// <summary>
/// Reads rule and input files whole, but never more than a limit: the length a file reports is not trusted, since a
/// device or a pipe reports none. A folder, a FIFO, a socket or a device is refused before it is opened, since opening a
/// FIFO blocks until something writes to it. Every failure is a <see cref="Failure"/> carrying a diagnostic code and
/// message.
/// </summary>
internal static class BoundedFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file of at most <paramref name="limit"/> bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limit">The most bytes it may hold.</param>
    /// <param name="what">What the file is, for messages: <see cref="Messages.RuleFile"/>, <see cref="Messages.InputFile"/>.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="Failure">The file cannot be read, is not a regular file, or is too large.</exception>
    public static byte[] Read(string path, long limit, MessageTemplate what)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new Failure(Codes.FileNotFound, Messages.FileIsFolder.With(what.With()));
            }

            if (SpecialFile.KindOf(path) is { } kind)
            {
                throw new Failure(Codes.FileNotFound, Messages.FileNotRegular.With(what.With(), kind));
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (stream.CanSeek && stream.Length > limit)
            {
                throw new Failure(Codes.FileTooLarge, Messages.FileTooLarge.With(what.With(), stream.Length, limit));
            }

            var bytes = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int count;
            while ((count = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (bytes.Length + count > limit)
                {
                    throw new Failure(Codes.FileTooLarge, Messages.FileOverLimit.With(what.With(), limit));
                }

                bytes.Write(chunk, 0, count);
            }

            return bytes.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new Failure(Codes.FileNotFound, Messages.FileUnreadable.With(what.With(), ex.Message));
        }
    }

    /// <summary>Reads a UTF-8 text file of at most <paramref name="limit"/> bytes; a byte order mark is dropped.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limit">The most bytes it may hold.</param>
    /// <param name="what">What the file is, for messages.</param>
    /// <param name="notUtf8Code">The code to report bytes that are not UTF-8 with.</param>
    /// <returns>The text.</returns>
    /// <exception cref="Failure">The file cannot be read, is too large, or is not UTF-8.</exception>
    public static string ReadText(string path, long limit, MessageTemplate what, string notUtf8Code)
    {
        var bytes = Read(path, limit, what);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            throw new Failure(notUtf8Code, Messages.NotUtf8.With(what.With()));
        }
    }

    /// <summary>Why a file could not be read: a diagnostic code and message.</summary>
    internal sealed class Failure : Exception
    {
        public Failure(string code, DiagnosticMessage message)
            : base(message.Format(Rendering.ReportLanguage.English))
        {
            Code = code;
            Text = message;
        }

        public string Code { get; }

        public DiagnosticMessage Text { get; }
    }
}
