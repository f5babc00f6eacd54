namespace Concord.Data.Register;

/// <summary>A standing body or recurring dialogue (a joint committee, a 2+2 dialogue), with how often it is
/// expected to meet. Shared by every statement that mentions it.</summary>
public sealed class Mechanism
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The name in the other language, when known.</summary>
    public string? OtherName { get; set; }
    public string? Acronym { get; set; }

    /// <summary>Months between meetings (12 for annual), or null when the text sets no cadence.</summary>
    public int? CadenceMonths { get; set; }
    public long Version { get; set; }

    public List<Meeting> Meetings { get; set; } = [];
}
