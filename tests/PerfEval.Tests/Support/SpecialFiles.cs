using System.Net.Sockets;

namespace PerfEval.Tests.Support;

/// <summary>Makes the files a folder can hold besides regular ones, and runs code that must not block on them.</summary>
internal static class SpecialFiles
{
    /// <summary>Makes a FIFO with <c>mkfifo</c>.</summary>
    public static string Fifo(string path)
    {
        var (exit, output) = Shell.Run("mkfifo", new[] { path }, Path.GetDirectoryName(path)!, timeoutSeconds: 30);
        Assert.True(exit == 0, "mkfifo failed: " + output);
        return path;
    }

    /// <summary>Makes a Unix domain socket file, which lasts as long as the socket returned (.NET deletes it on dispose).</summary>
    public static Socket Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    /// <summary>
    /// Runs <paramref name="action"/> and fails if it takes more than <paramref name="seconds"/>: a read that blocks on
    /// a FIFO fails the test instead of hanging the run. The FIFOs are then opened for writing, which lets a reader
    /// blocked on one go on, so no thread is left waiting.
    /// </summary>
    public static T WithinSeconds<T>(int seconds, Func<T> action, params string[] fifos)
    {
        var task = Task.Run(action);
        if (task.Wait(TimeSpan.FromSeconds(seconds)))
        {
            return task.Result;
        }

        foreach (var fifo in fifos)
        {
            // Opening for writing waits for a reader in turn, so it gets a time limit too.
            Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write).Dispose()).Wait(TimeSpan.FromSeconds(2));
        }

        Assert.Fail($"Still running after {seconds} s: something opened a FIFO or walked a folder without end.");
        return default!;
    }
}
