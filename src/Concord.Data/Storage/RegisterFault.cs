using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Concord.Data.Storage;

/// <summary>Why the register could not be read or written, when the cause is the database and not the request: the
/// server is unreachable or restarting, the disk is full, the file or the database is read-only. The web app answers
/// 503 (507 for a full disk) and the command line one clear line with exit code 1; in every case the transaction
/// was rolled back and nothing was changed.</summary>
public sealed record RegisterFault(RegisterFaultKind Kind, string Message)
{
    /// <summary>The fault behind <paramref name="exception"/> (it may be wrapped, e.g. in a DbUpdateException), or
    /// null when the database is not the cause (a constraint the request broke, a bug).</summary>
    public static RegisterFault? Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RegisterUnavailableException:
                    return new(RegisterFaultKind.Unavailable, e.Message);
                case SqliteException sqlite:
                    return Sqlite(sqlite);
                case PostgresException postgres:
                    return Postgres(postgres);
                case NpgsqlException npgsql:
                    // No answer from the server: it is down, restarting or out of reach.
                    return new(RegisterFaultKind.Unavailable, "the PostgreSQL server cannot be reached: " + npgsql.Message);
                case TimeoutException:
                    return new(RegisterFaultKind.Unavailable, "the register did not answer in time");
                case DbException db:
                    return new(RegisterFaultKind.Unavailable, db.Message);
            }
        }
        return null;
    }

    // https://www.sqlite.org/rescode.html: the primary result code is the low byte.
    static RegisterFault? Sqlite(SqliteException e) => (e.SqliteErrorCode & 0xff) switch
    {
        13 => new(RegisterFaultKind.Full, "the disk of the register is full (" + e.Message + ")"),
        8 => new(RegisterFaultKind.ReadOnly, "the register's file cannot be written (" + e.Message + ")"),
        19 or 20 or 25 => null,
        _ => new(RegisterFaultKind.Unavailable, e.Message),
    };

    // https://www.postgresql.org/docs/current/errcodes-appendix.html
    static RegisterFault? Postgres(PostgresException e) => e.SqlState switch
    {
        "53100" => new(RegisterFaultKind.Full, "the disk of the PostgreSQL server is full (" + e.MessageText + ")"),
        "25006" => new(RegisterFaultKind.ReadOnly, "the PostgreSQL database is read-only (" + e.MessageText + ")"),
        { } s when s.StartsWith("23", StringComparison.Ordinal) || s.StartsWith("22", StringComparison.Ordinal)
            || s.StartsWith("42", StringComparison.Ordinal) || s == "40001" => null,
        _ => new(RegisterFaultKind.Unavailable, e.MessageText),
    };
}
