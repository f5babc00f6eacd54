namespace Concord.Data.Register;

/// <summary>What a piece of evidence is, from the strongest to the weakest.</summary>
public enum EvidenceKind
{
    OfficialAct,
    ImplementingDocument,
    PartnerStatement,
    Press,
    SelfReported,
}
