namespace Concord.Tests.Commands;

/// <summary>Runs the command line in-process with captured writers.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Cli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
