namespace Concord.Text.Entities;

/// <summary>What a keyword of a language table means: the type of the names it marks and how it stands in them.</summary>
internal readonly record struct EntityKeyword(EntityType Type, KeywordRole Role);
