namespace Concord.Text.Entities;

/// <summary>A person named after a title: "Prime Minister Phạm Minh Chính" has the title at
/// <see cref="TitleStart"/> and the name from <see cref="NameStart"/>.</summary>
internal readonly record struct PersonName(int TitleStart, int NameStart, int End);
