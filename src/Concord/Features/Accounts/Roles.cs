using Concord.Data.Accounts;

namespace Concord.Features.Accounts;

/// <summary>The roles as people write them: "admin", "coordinator", "agency-editor", "viewer".</summary>
public static class Roles
{
    public static Role? Parse(string? name) => name switch
    {
        "admin" => Role.Admin,
        "coordinator" => Role.Coordinator,
        "agency-editor" => Role.AgencyEditor,
        "viewer" => Role.Viewer,
        _ => null,
    };

    public static string Name(Role role) => role switch
    {
        Role.Admin => "admin",
        Role.Coordinator => "coordinator",
        Role.AgencyEditor => "agency-editor",
        _ => "viewer",
    };
}
