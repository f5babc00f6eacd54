namespace Concord.Data.Storage;

/// <summary>What kind of <see cref="RegisterFault"/>: it decides the HTTP status (503, or 507 for a full disk).</summary>
public enum RegisterFaultKind
{
    /// <summary>The database is down, restarting, busy or out of reach; trying again later may work.</summary>
    Unavailable,

    /// <summary>The disk holding the register is full.</summary>
    Full,

    /// <summary>The register's file or database cannot be written.</summary>
    ReadOnly,
}
