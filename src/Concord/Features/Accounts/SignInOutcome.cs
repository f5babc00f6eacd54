using Concord.Data.Accounts;

namespace Concord.Features.Accounts;

/// <summary>The user signed in, or why not, in words that give nothing away to a guesser.</summary>
public sealed record SignInOutcome(User? User, string? Refusal, DateTime? LockedUntil = null);
