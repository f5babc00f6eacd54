using System.CommandLine;
using Concord.Formats;
using Concord.Text.Alignment;

namespace Concord.Commands;

/// <summary><c>concord align LEFT RIGHT [--json]</c>: two language versions paired item by item.</summary>
public static class AlignCommand
{
    public static Command Create()
    {
        var left = new Argument<string>("left") { Description = "One version of the statement" };
        var right = new Argument<string>("right") { Description = "Another version of the same statement" };
        var common = new CommonOptions();
        var command = new Command("align", "Pair two language versions of a statement item by item and show where they disagree");
        command.Arguments.Add(left);
        command.Arguments.Add(right);
        common.AddTo(command);
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            // --lang would force both sides into one language: alignment is across languages, so it is detected per file.
            var loader = common.Loader(result) with { Language = null };
            if (loader.Load(result.GetValue(left)!, error) is not { } l) return 1;
            if (loader.Load(result.GetValue(right)!, error) is not { } r) return 1;
            // A date found in one version serves the other: the Vietnamese text may not repeat it.
            var date = l.Document.Date ?? r.Document.Date;
            var leftDoc = l.Document.Date is null && date is { } d1 ? loader.Reextract(l, d1) : l.Document;
            var rightDoc = r.Document.Date is null && date is { } d2 ? loader.Reextract(r, d2) : r.Document;
            var alignment = StatementAligner.Align(leftDoc, rightDoc);
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(common.Json))
                output.WriteLine(AlignJson.Write(leftDoc, rightDoc, alignment));
            else
                AlignText.Write(output, leftDoc, rightDoc, alignment);
            return 0;
        });
        return command;
    }
}
