namespace Concord.Data.Register;

/// <summary>A meeting a mechanism held.</summary>
public sealed class Meeting
{
    public int Id { get; set; }
    public int MechanismId { get; set; }
    public DateOnly Date { get; set; }
    public string? Place { get; set; }
    public string Note { get; set; } = "";
}
