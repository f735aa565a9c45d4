using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.AspNetCore.Http;

using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace PerfEval.Server;

/// <summary>The live page's files, embedded in the assembly and read once.</summary>
internal static class PageAssets
{
    private static readonly Dictionary<string, (byte[] Bytes, string Type)> Files = new(StringComparer.Ordinal)
    {
        ["index.html"] = (Read("index.html"), "text/html; charset=utf-8"),
        ["app.css"] = (Read("app.css"), "text/css; charset=utf-8"),
        ["app.js"] = (Read("app.js"), "text/javascript; charset=utf-8"),
    };

    public static IResult Get(string name)
    {
        var (bytes, type) = Files[name];
        return HttpResults.Bytes(bytes, type);
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("PerfEval.Server.Page." + name)
            ?? throw new InvalidOperationException($"The page's {name} is not embedded in {typeof(PageAssets).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
