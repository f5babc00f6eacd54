namespace Concord.Text.Clauses;

public enum Modality
{
    /// <summary>"agreed to", "affirmed to", "will", "nhất trí", "khẳng định sẽ".</summary>
    Commitment,
    /// <summary>"welcomed", "highly valued", "appreciated", "hoan nghênh", "đánh giá cao".</summary>
    Welcome,
    /// <summary>"acknowledged", "took note of", "ghi nhận".</summary>
    Acknowledgement,
    /// <summary>"aiming to", "hoped", "with a view to", "hướng tới", "mong muốn".</summary>
    Aspiration,
    /// <summary>Background with no pledge: "Based on ...", "On the occasion of ...".</summary>
    Context,
}
