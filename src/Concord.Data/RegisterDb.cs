using Concord.Data.Accounts;
using Concord.Data.History;
using Concord.Data.Register;
using Concord.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data;

/// <summary>The register. Every save records its changes in <see cref="Changes"/> in the same transaction, and
/// bumps the <c>Version</c> of each modified record, which is its concurrency token: an update made against an
/// older version fails with <see cref="DbUpdateConcurrencyException"/> and changes nothing. The search index
/// (<see cref="SearchEntries"/>) follows the texts it indexes in the same transaction, and so does the
/// <see cref="RegisterRevision"/>.</summary>
public abstract class RegisterDb(DbContextOptions options, TimeProvider clock) : DbContext(options)
{
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<StatementVersion> Versions => Set<StatementVersion>();
    public DbSet<Item> Items => Set<Item>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ItemText> ItemTexts => Set<ItemText>();
    public DbSet<AlignmentIssue> AlignmentIssues => Set<AlignmentIssue>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<CommitmentSource> CommitmentSources => Set<CommitmentSource>();
    public DbSet<CommitmentParty> CommitmentParties => Set<CommitmentParty>();
    public DbSet<CommitmentAgency> CommitmentAgencies => Set<CommitmentAgency>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<Measurement> Measurements => Set<Measurement>();
    public DbSet<ProgressUpdate> Updates => Set<ProgressUpdate>();
    public DbSet<Evidence> Evidence => Set<Evidence>();
    public DbSet<Mechanism> Mechanisms => Set<Mechanism>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<User> Users => Set<User>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Change> Changes => Set<Change>();
    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();

    /// <summary>Who the changes of the next saves are by: a user name, or "concord ingest".</summary>
    public string Actor { get; set; } = "system";

    public TimeProvider Clock => clock;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>"sqlite" or "postgres".</summary>
    public abstract string Provider { get; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var recorder = ChangeRecorder.Capture(this);
        var search = SearchIndexer.Capture(ChangeTracker);
        if (recorder.IsEmpty)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            int count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (!search.IsEmpty) await search.ApplyAsync(this, cancellationToken);
            Changes.AddRange(await recorder.CompleteAsync(this, Actor, Now, cancellationToken));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await RegisterRevision.BumpAsync(this, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    protected override void OnModelCreating(ModelBuilder model) => RegisterModel.Build(model);

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<CommitmentStatus>().HaveConversion<string>().HaveMaxLength(16);
        conventions.Properties<CommitmentStatus?>().HaveConversion<string>().HaveMaxLength(16);
        conventions.Properties<EvidenceKind>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<Role>().HaveConversion<string>().HaveMaxLength(16);
    }
}
