using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Concord.Data.Exchange;

/// <summary>The register's tables as a backup sees them: every entity type of the model, named by its CLR type,
/// ordered so that each comes after the tables it refers to (a table that refers to itself, like an agency's
/// parent, is ordered row by row on restore).</summary>
internal static class BackupTables
{
    public static IReadOnlyList<IEntityType> InOrder(RegisterDb db)
    {
        var types = db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned())
            .OrderBy(t => t.ClrType.Name, StringComparer.Ordinal).ToList();
        var done = new List<IEntityType>();
        var placed = new HashSet<IEntityType>();
        while (done.Count < types.Count)
        {
            var next = types.FirstOrDefault(t => !placed.Contains(t)
                && t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || placed.Contains(fk.PrincipalEntityType)))
                ?? throw new InvalidOperationException("the register's tables refer to each other in a cycle; a backup cannot order them");
            done.Add(next);
            placed.Add(next);
        }
        return done;
    }

    public static string Name(IEntityType type) => type.ClrType.Name;

    public static string EntryName(IEntityType type) => BackupManifest.TablesFolder + Name(type) + ".jsonl";

    /// <summary>The columns a backup keeps: every property of the type; shadow properties would be lost, so the
    /// model must have none.</summary>
    public static IReadOnlyList<IProperty> Columns(IEntityType type)
    {
        var properties = type.GetProperties().ToList();
        if (properties.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            throw new InvalidOperationException($"{type.ClrType.Name}.{shadow.Name} is a shadow property; a backup reads properties of the class only");
        return properties;
    }

    public static IForeignKey? SelfReference(IEntityType type) =>
        type.GetForeignKeys().FirstOrDefault(fk => fk.PrincipalEntityType == type);
}
