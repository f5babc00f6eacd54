using System.CommandLine;
using Concord.Commands;

namespace Concord;

/// <summary>The <c>concord</c> command line. Exit codes: 0 done, 1 the input could not be read, 2 wrong usage.</summary>
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
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (result.Errors.Count > 0 && result.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var e in result.Errors)
                error.WriteLine($"concord: {e.Message}");
            error.WriteLine("Run 'concord --help' for usage.");
            return 2;
        }
        return result.Invoke(configuration);
    }
}
