namespace Concord.Text.Checking;

/// <summary>What the words of a clause say about its figure or pledge (see Languages/*/..CheckWords).</summary>
[Flags]
internal enum CheckCues
{
    None = 0,
    /// <summary>"reached", "hit", "đạt".</summary>
    Achieved = 1,
    /// <summary>"target", "aiming to", "mục tiêu".</summary>
    Target = 2,
    /// <summary>"study", "consider", "explore", "nghiên cứu".</summary>
    Study = 4,
    /// <summary>"decided", "approved", "quyết định".</summary>
    Decided = 8,
    /// <summary>"between the two countries", "two-way", "hai chiều".</summary>
    BothWays = 16,
}
