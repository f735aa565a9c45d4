namespace PerfEval.Server;

/// <summary>The diagnostic codes of the service itself (PE09xx), listed in <c>docs/diagnostics.md</c>; the library's codes pass through as they are.</summary>
internal static class ServerCodes
{
    /// <summary>The request body is larger than <see cref="PerfEvalServiceOptions.MaxBodyBytes"/> (413).</summary>
    public const string BodyTooLarge = "PE0901";

    /// <summary>A JSON Lines request holds more records than <see cref="PerfEvalServiceOptions.MaxRecordsPerRequest"/> (413).</summary>
    public const string TooManyRecords = "PE0902";

    /// <summary>The request took longer than <see cref="PerfEvalServiceOptions.RequestTimeout"/> (408).</summary>
    public const string RequestTimeout = "PE0903";

    /// <summary>The body is neither JSON nor JSON Lines (415).</summary>
    public const string UnsupportedMediaType = "PE0904";

    /// <summary>A query parameter has a value the service does not know (400).</summary>
    public const string InvalidParameter = "PE0905";

    /// <summary>The request body is empty, or a JSON Lines body holds no record (400).</summary>
    public const string EmptyBody = "PE0906";

    /// <summary>An unexpected failure inside PerfEval: a bug to report (500, without a stack trace).</summary>
    public const string InternalError = "PE0999";
}
