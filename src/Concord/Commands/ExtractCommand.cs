using System.CommandLine;
using Concord.Formats;

namespace Concord.Commands;

/// <summary><c>concord extract FILE [--json]</c>: the outline of a statement and what each item holds.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A statement: text, Markdown, HTML, PDF or DOCX" };
        var common = new CommonOptions();
        var command = new Command("extract", "Read a statement and show its items with their commitments, quantities, dates and names");
        command.Arguments.Add(file);
        common.AddTo(command);
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var loaded = common.Loader(result).Load(result.GetValue(file)!, result.InvocationConfiguration.Error);
            if (loaded is not { } l) return 1;
            if (result.GetValue(common.Json))
                output.WriteLine(ExtractJson.Write(l.Document, l.Read.Format, l.Read.Encoding));
            else
                ExtractText.Write(output, l.Document);
            return 0;
        });
        return command;
    }
}
