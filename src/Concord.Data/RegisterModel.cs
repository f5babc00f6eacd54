using Concord.Data.Accounts;
using Concord.Data.History;
using Concord.Data.Register;
using Concord.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data;

/// <summary>Keys, indexes, lengths and concurrency tokens of the register, the same for every provider.</summary>
internal static class RegisterModel
{
    public static void Build(ModelBuilder model)
    {
        model.Entity<Statement>(e =>
        {
            e.HasIndex(s => s.Key).IsUnique();
            e.HasIndex(s => s.Date);
            e.Property(s => s.Key).HasMaxLength(120);
            e.Property(s => s.Kind).HasMaxLength(40);
            e.Property(s => s.PartyA).HasMaxLength(120);
            e.Property(s => s.PartyB).HasMaxLength(120);
            e.Property(s => s.Version).IsConcurrencyToken();
            e.HasMany(s => s.Versions).WithOne(v => v.Statement).HasForeignKey(v => v.StatementId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Items).WithOne(i => i.Statement).HasForeignKey(i => i.StatementId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<StatementVersion>(e =>
        {
            e.HasIndex(v => new { v.StatementId, v.Language });
            e.HasIndex(v => v.Hash);
            e.Property(v => v.Language).HasMaxLength(8);
            e.Property(v => v.Hash).HasMaxLength(64);
        });
        model.Entity<Article>(e =>
        {
            e.HasIndex(a => new { a.StatementId, a.AddedAt });
            e.Property(a => a.Source).HasMaxLength(2000);
            e.Property(a => a.Title).HasMaxLength(1000);
            e.Property(a => a.Language).HasMaxLength(8);
            e.Property(a => a.Format).HasMaxLength(16);
            e.Property(a => a.Encoding).HasMaxLength(40);
            e.Property(a => a.AddedBy).HasMaxLength(64);
            e.Property(a => a.Version).IsConcurrencyToken();
            e.HasOne(a => a.Statement).WithMany().HasForeignKey(a => a.StatementId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Item>(e =>
        {
            e.HasIndex(i => new { i.StatementId, i.Path }).IsUnique();
            e.Property(i => i.Path).HasMaxLength(32);
            e.Property(i => i.Pillar).HasMaxLength(32);
            e.HasMany(i => i.Texts).WithOne(t => t.Item).HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(i => i.Commitments).WithOne(c => c.Item).HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(i => i.Issues).WithOne().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ItemText>(e =>
        {
            e.HasIndex(t => new { t.ItemId, t.VersionId }).IsUnique();
            e.HasOne(t => t.Version).WithMany().HasForeignKey(t => t.VersionId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Commitment>(e =>
        {
            e.HasIndex(c => new { c.StatementId, c.Status });
            // The order of every commitment list: a page is read off this index, never sorted.
            e.HasIndex(c => new { c.StatementId, c.ItemId, c.Ordinal });
            // Overdue, due soon and status filters over the whole register are counted and paged off this index
            // alone: it covers the filter and the order.
            e.HasIndex(c => new { c.Status, c.DeadlineEnd, c.StatementId, c.ItemId, c.Ordinal });
            e.HasIndex(c => c.DeadlineEnd);
            e.HasOne(c => c.Statement).WithMany().HasForeignKey(c => c.StatementId).OnDelete(DeleteBehavior.Cascade);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasMany(c => c.Sources).WithOne().HasForeignKey(s => s.CommitmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Parties).WithOne().HasForeignKey(p => p.CommitmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Agencies).WithOne().HasForeignKey(a => a.CommitmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Targets).WithOne().HasForeignKey(t => t.CommitmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Updates).WithOne().HasForeignKey(u => u.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<CommitmentParty>(e =>
        {
            e.HasIndex(p => new { p.CommitmentId, p.Party }).IsUnique();
            e.HasIndex(p => new { p.Party, p.CommitmentId });
        });
        model.Entity<CommitmentAgency>(e =>
        {
            e.HasIndex(a => new { a.CommitmentId, a.AgencyId, a.Party }).IsUnique();
            e.HasIndex(a => a.AgencyId);
            e.HasOne(a => a.Agency).WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<Agency>(e =>
        {
            e.HasIndex(a => a.NameEn);
            e.HasIndex(a => a.NameVi);
            e.Property(a => a.Version).IsConcurrencyToken();
            e.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<Target>(e =>
        {
            e.Property(t => t.Value).HasPrecision(24, 6);
            e.Property(t => t.Baseline).HasPrecision(24, 6);
            e.Property(t => t.Version).IsConcurrencyToken();
            e.HasMany(t => t.Measurements).WithOne().HasForeignKey(m => m.TargetId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Measurement>(e => e.Property(m => m.Value).HasPrecision(24, 6));
        model.Entity<ProgressUpdate>(e =>
        {
            e.HasIndex(u => new { u.CommitmentId, u.Date });
            e.HasMany(u => u.Evidence).WithOne().HasForeignKey(v => v.UpdateId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Mechanism>(e =>
        {
            e.HasIndex(m => m.Name).IsUnique();
            e.Property(m => m.Version).IsConcurrencyToken();
            e.HasMany(m => m.Meetings).WithOne().HasForeignKey(m => m.MechanismId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Initiative>(e =>
        {
            e.HasIndex(i => new { i.Kind, i.Name }).IsUnique();
            e.Property(i => i.Kind).HasMaxLength(16);
            e.Property(i => i.Version).IsConcurrencyToken();
        });
        model.Entity<Mention>(e =>
        {
            e.HasIndex(m => m.ItemId);
            e.HasIndex(m => m.MechanismId);
            e.HasIndex(m => m.InitiativeId);
            e.HasIndex(m => m.AgencyId);
            e.HasOne<Item>().WithMany().HasForeignKey(m => m.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Mechanism>().WithMany().HasForeignKey(m => m.MechanismId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Initiative>().WithMany().HasForeignKey(m => m.InitiativeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Agency>().WithMany().HasForeignKey(m => m.AgencyId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<User>(e =>
        {
            e.HasIndex(u => u.UserName).IsUnique();
            e.Property(u => u.UserName).HasMaxLength(64);
            e.Property(u => u.Culture).HasMaxLength(8);
            e.Property(u => u.Version).IsConcurrencyToken();
            e.HasOne<Agency>().WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.SetNull);
        });
        model.Entity<ApiToken>(e =>
        {
            e.HasIndex(t => t.Hash).IsUnique();
            e.Property(t => t.Hash).HasMaxLength(64);
            e.Property(t => t.Prefix).HasMaxLength(16);
            e.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Change>(e =>
        {
            e.HasIndex(c => new { c.Entity, c.EntityId, c.At });
            e.HasIndex(c => c.At);
            e.HasIndex(c => c.StatementId);
            e.HasIndex(c => c.CommitmentId);
            e.Property(c => c.Entity).HasMaxLength(40);
            e.Property(c => c.EntityId).HasMaxLength(40);
            e.Property(c => c.Operation).HasMaxLength(16);
        });
        model.Entity<SearchEntry>(e =>
        {
            e.HasIndex(s => new { s.Kind, s.RefId, s.Language }).IsUnique();
            e.HasIndex(s => s.StatementId);
            e.Property(s => s.Kind).HasMaxLength(16);
            e.Property(s => s.Language).HasMaxLength(8);
        });
    }
}
