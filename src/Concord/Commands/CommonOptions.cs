using System.CommandLine;
using System.Globalization;
using Concord.Reading;
using Concord.Text;
using Concord.Text.Parties;

namespace Concord.Commands;

/// <summary>Options shared by the verbs that read statements.</summary>
public sealed class CommonOptions
{
    public Option<bool> Json { get; } = new("--json") { Description = "Print the versioned JSON document instead of text" };

    public Option<string?> Date { get; } = new("--date")
    {
        Description = "The statement's date (YYYY-MM-DD), when the text does not say it; \"this year\" and \"summer\" are read against it",
    };

    public Option<string?> Lang { get; } = new("--lang") { Description = "The language (en, vi, ja), when detection should not decide" };

    public Option<string?> Parties { get; } = new("--parties")
    {
        Description = "The statement's parties, comma-separated (\"Aurelia,Norvania\"; \"Aurelia=アウレリア\" adds a name "
            + "as another language writes it), when the text should not decide; they are the actors of the clauses",
    };

    public Option<double> MaxSize { get; } = new("--max-size")
    {
        Description = "Refuse files larger than this many megabytes",
        DefaultValueFactory = _ => ReadOptions.DefaultMaxBytes / (1024.0 * 1024.0),
    };

    public CommonOptions()
    {
        Date.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string?>();
            if (v is not null && !DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                r.AddError($"--date must be a date like 2025-04-28, not '{v}'");
        });
        Lang.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string?>();
            if (v is not null && LanguageCodes.Parse(v) is null)
                r.AddError($"--lang must be en, vi or ja, not '{v}'");
        });
        Parties.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string?>();
            if (v is not null && Party.ParseList(v).Count == 0)
                r.AddError($"--parties must name at least one party, like \"Aurelia,Norvania\", not '{v}'");
        });
        MaxSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is <= 0 or > 4096)
                r.AddError("--max-size must be between 0 and 4096 megabytes");
        });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Json);
        command.Options.Add(Date);
        command.Options.Add(Lang);
        command.Options.Add(Parties);
        command.Options.Add(MaxSize);
    }

    public DocumentLoader Loader(ParseResult result) => new(
        new ReadOptions((long)(result.GetValue(MaxSize) * 1024 * 1024)),
        LanguageCodes.Parse(result.GetValue(Lang)),
        result.GetValue(Date) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        result.GetValue(Parties) is { } p ? Party.ParseList(p) : null);
}
