namespace Concord.Data.Accounts;

/// <summary>What a user may do. A coordinator may do everything an admin may except manage users.</summary>
public enum Role
{
    Viewer,
    AgencyEditor,
    Coordinator,
    Admin,
}
