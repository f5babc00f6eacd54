namespace Concord.Text.Checking;

/// <summary>What became of one figure or date of a claim.</summary>
/// <param name="Item">The statement item where it was found (index into <see cref="StatementIndex.Items"/>); -1 when none.</param>
/// <param name="Score">The claim's link score to that item.</param>
/// <param name="Weak">Not found, but something like it is in an item the claim is only weakly linked to.</param>
internal readonly record struct FactOutcome(bool Found, int Item, double Score, bool IsQuantity, string Note, bool Weak = false);
