using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using PerfEval.Cli;

Console.OutputEncoding = Encoding.UTF8;
return await Commands.InvokeAsync(args, Console.Out, Console.Error, new Terminal(!Console.IsOutputRedirected, !Console.IsErrorRedirected));
