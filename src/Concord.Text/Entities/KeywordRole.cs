namespace Concord.Text.Entities;

/// <summary>Where a type keyword stands in a name and what it lets follow.</summary>
internal enum KeywordRole
{
    /// <summary>Ends a name, with at most a complement after it: "Joint Committee on Trade, Energy and Industry",
    /// "APEC Year 2027", "Japan Bank of International Cooperation (JBIC)".</summary>
    Head,

    /// <summary>Begins a name that runs on through capitalised words: "Expo 2025 Osaka, Kansai, Japan";
    /// in Vietnamese every keyword is of this kind ("Ủy ban hỗn hợp về ...").</summary>
    Start,

    /// <summary>A lower-case word after a name: "Metro Line No.1 project", "Maritime Dialogue mechanism".</summary>
    Suffix,

    /// <summary>A Vietnamese keyword whose name must start with a capital ("Bộ Quốc phòng", not "Bộ trưởng";
    /// "Năm APEC 2027", not "năm 2025").</summary>
    StartCapitalised,

    /// <summary>A Vietnamese keyword of a project or programme, whose name describes an activity and may join
    /// verbs with "và": "Dự án phóng và vận hành vệ tinh ...".</summary>
    StartDescriptive,
}
