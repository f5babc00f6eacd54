namespace Concord.Text.Clauses;

/// <summary>How a cue phrase acts on the clause it stands in.</summary>
internal enum CueKind
{
    /// <summary>A main verb ("welcomed", "hoan nghênh"): gives its clause a modality, and after "and", a comma
    /// or a semicolon starts a new clause.</summary>
    Verb,

    /// <summary>A main verb that reports a view ("agreed", "affirmed", "nhất trí"): what it reports may be a
    /// shared view ("... is necessary") or a prediction ("the project will expand ..."), which are context.</summary>
    ViewVerb,

    /// <summary>Starts a new clause only after a comma or semicolon ("affirming", "cam kết", "mong muốn"):
    /// elsewhere it is a noun or an embedded verb ("the proposal that Việt Nam wishes ...").</summary>
    AfterPunctuation,

    /// <summary>Gives a modality to a clause that has no main verb and never starts one ("will", "sẽ").</summary>
    Auxiliary,

    /// <summary>A purpose that starts a new clause wherever it stands ("with a view to", "aiming to").</summary>
    Purpose,

    /// <summary>A predicate of necessity ("is necessary", "là cần thiết"): an agreed necessity is a shared view.</summary>
    Necessity,
}
