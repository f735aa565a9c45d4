using System;
using System.Runtime.InteropServices;
using System.Text;

namespace PerfEval;

/// <summary>
/// Tells FIFOs, sockets and devices from regular files before they are opened: opening a FIFO blocks until something
/// writes to it, and a device may never end. .NET has no public call for a file's type, so this asks the runtime's own
/// native library (libSystem.Native, the one <c>System.IO</c> uses on Unix), whose file status puts the mode second.
/// </summary>
internal static class SpecialFile
{
    private const int TypeMask = 0xF000;

    /// <summary>
    /// Names what a path is when it is a FIFO, a socket or a device ("a FIFO"); <see langword="null"/> for a regular
    /// file, a folder, a path that does not exist, and wherever the type cannot be told (Windows, a runtime without
    /// that library), so the open that follows reports what it finds.
    /// </summary>
    public static string? KindOf(string path)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return null;
        }

        try
        {
            var name = Encoding.UTF8.GetBytes(path + "\0");
            if (Stat(name, out var status) != 0)
            {
                return null;
            }

            return (status.Mode & TypeMask) switch
            {
                0x1000 => "a FIFO (named pipe)",
                0x2000 => "a character device",
                0x6000 => "a block device",
                0xC000 => "a socket",
                _ => null,
            };
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] path, out FileStatus status);

    /// <summary>The head of the runtime's file status (flags, then the mode), with room for the rest of it.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
