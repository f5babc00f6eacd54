namespace Concord.Text.Entities;

/// <param name="Text">As written: "Joint Committee on Trade, Energy and Industry", "JBIC".</param>
public sealed record Entity(string Text, TextSpan Span, EntityType Type);
