using System.CommandLine;
using Concord.Commands;
using Concord.Data.Storage;

namespace Concord;

/// <summary>The <c>concord</c> command line. Exit codes: 0 done, 1 the input could not be read or
/// the register could not be written (one line says why), 2 wrong usage.</summary>
public static class Cli
{
    public static RootCommand Build(TextReader? input = null)
    {
        var root = new RootCommand("Concord: joint statements as a register of commitments");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(AlignCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(UserCommand.Create(input ?? TextReader.Null));
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(BackupCommand.Create());
        root.Subcommands.Add(RestoreCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, TextReader.Null, output, error);

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var result = Build(input).Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (result.Errors.Count > 0 && result.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var e in result.Errors)
                error.WriteLine($"concord: {e.Message}");
            error.WriteLine("Run 'concord --help' for usage.");
            return 2;
        }
        try
        {
            return result.Invoke(configuration);
        }
        catch (Exception e) when (RegisterFault.Of(e) is { } fault)
        {
            // The transaction was rolled back: say why in one line, not with a stack trace.
            error.WriteLine($"concord: cannot complete: {fault.Message}; nothing was changed");
            return 1;
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
        catch (Exception e)
        {
            error.WriteLine($"concord: unexpected error: {e}");
            return 1;
        }
    }
}
