namespace Concord.Data.Register;

/// <summary>An item that names a mechanism, an initiative or an agency, and where.</summary>
public sealed class Mention
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public int VersionId { get; set; }
    public int SpanStart { get; set; }
    public int SpanEnd { get; set; }
    public required string Text { get; set; }
    public int? MechanismId { get; set; }
    public int? InitiativeId { get; set; }
    public int? AgencyId { get; set; }
}
