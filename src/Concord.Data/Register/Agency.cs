namespace Concord.Data.Register;

/// <summary>A ministry, agency or other body that carries out commitments; names in Vietnamese and English.</summary>
public sealed class Agency
{
    public int Id { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public string? Acronym { get; set; }

    /// <summary>The party the agency belongs to, as statements name it ("Việt Nam", "Japan").</summary>
    public required string Country { get; set; }
    public int? ParentId { get; set; }
    public long Version { get; set; }
}
