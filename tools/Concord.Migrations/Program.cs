using Concord.Data;
using Concord.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// The dotnet-ef tool in a few lines: scaffolds migration NAME for SQLite and for PostgreSQL into
// src/Concord.Data/Migrations/{Sqlite,Postgres}. "Initial" starts the sets again from the model: until the
// first release the register has one migration, made again whenever the model changes.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/Concord.Migrations -- NAME");
    return 2;
}
string project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Concord.Data"));
if (args[0] == "Initial" && Directory.Exists(Path.Combine(project, "Migrations")))
{
    Directory.Delete(Path.Combine(project, "Migrations"), recursive: true);
    // The deleted migrations are still compiled into this run's assembly; build again and rerun.
    Console.WriteLine("removed the old migrations; run the same command again to scaffold Initial");
    return 0;
}
Scaffold(new SqliteRegisterDb(new DbContextOptionsBuilder<SqliteRegisterDb>().UseSqlite("Data Source=:memory:").Options, TimeProvider.System), "Sqlite");
Scaffold(new PostgresRegisterDb(new DbContextOptionsBuilder<PostgresRegisterDb>().UseNpgsql("Host=localhost;Database=concord").Options, TimeProvider.System), "Postgres");
return 0;

void Scaffold(RegisterDb db, string provider)
{
    var reporter = new OperationReporter(new OperationReportHandler(
        e => Console.Error.WriteLine(e), w => Console.Error.WriteLine(w), i => Console.WriteLine(i), _ => { }));
    var assembly = typeof(RegisterDb).Assembly;
    var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(db);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[0], "Concord.Data", $"Migrations.{provider}", "C#", false);
    var files = scaffolder.Save(project, migration, Path.Combine(project, "Migrations", provider));
    Console.WriteLine($"{provider}: {files.MigrationFile}");
}
