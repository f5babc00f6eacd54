namespace Concord.Data.Register;

/// <summary>A joint statement: one text agreed by two parties, published in one or more languages.</summary>
public sealed class Statement
{
    public int Id { get; set; }

    /// <summary>A stable key for links and files, e.g. "aurelia-norvania-2026-03-12".</summary>
    public required string Key { get; set; }
    public required string Title { get; set; }
    public required string PartyA { get; set; }
    public required string PartyB { get; set; }
    public DateOnly? Date { get; set; }
    public string? Place { get; set; }

    /// <summary>"joint-statement", "joint-vision", "action-plan", ...</summary>
    public string Kind { get; set; } = "joint-statement";
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }

    public List<StatementVersion> Versions { get; set; } = [];
    public List<Item> Items { get; set; } = [];
}
