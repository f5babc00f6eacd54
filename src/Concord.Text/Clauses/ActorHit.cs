namespace Concord.Text.Clauses;

/// <summary>A phrase of a sentence that can be the subject of a clause, and the actor it stands for
/// (<see cref="ClauseActors.Previous"/> for a pronoun).</summary>
internal readonly record struct ActorHit(int Start, int End, string Actor);
