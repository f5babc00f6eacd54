using Concord.Data.Register;
using Concord.Text.Checking;

namespace Concord.Data.Checking;

/// <summary>A stored article checked against its statement as the register holds it now.</summary>
/// <param name="StatementKey">For links to the statement's items.</param>
public sealed record ArticleCheck(Article Article, string StatementKey, CheckResult Result);
