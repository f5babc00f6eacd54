using Concord.Text.Clauses;

namespace Concord.Text.Languages.Vi;

/// <summary>Vietnamese cue phrases of clauses: the verbs of a joint statement and the small words around them.</summary>
internal static class ViClauseWords
{
    const Modality C = Modality.Commitment, W = Modality.Welcome, A = Modality.Acknowledgement,
        H = Modality.Aspiration, X = Modality.Context;

    public static readonly (string Phrase, CueWord Cue)[] Cues =
    [
        .. Words(C, CueKind.ViewVerb, "nhất trí", "khẳng định", "tái khẳng định", "đồng ý", "thống nhất rằng"),
        .. Words(C, CueKind.AfterPunctuation, "cam kết", "quyết định"),
        .. Words(X, CueKind.ViewVerb, "nhấn mạnh", "chia sẻ quan điểm", "chia sẻ nhận thức"),
        .. Words(W, CueKind.Verb, "hoan nghênh", "nhiệt liệt hoan nghênh", "đánh giá cao", "đánh giá tích cực",
            "bày tỏ vui mừng", "vui mừng", "bày tỏ hài lòng", "hài lòng", "khen ngợi", "biểu dương", "chúc mừng",
            "bày tỏ cảm ơn", "cảm ơn", "trân trọng"),
        .. Words(A, CueKind.Verb, "ghi nhận", "ghi nhận tích cực", "lưu ý"),
        .. Words(H, CueKind.Verb, "bày tỏ mong muốn", "bày tỏ hy vọng", "bày tỏ kỳ vọng", "hy vọng", "kỳ vọng",
            "mong đợi"),
        .. Words(H, CueKind.AfterPunctuation, "mong muốn", "hướng tới", "hướng đến"),
        .. Words(C, CueKind.Auxiliary, "sẽ"),
        .. Words(H, CueKind.Purpose, "nhằm hướng tới", "nhằm hướng đến", "với mục tiêu hướng tới"),
        .. Words(X, CueKind.Necessity, "là cần thiết", "là rất cần thiết", "là không thể thiếu", "là quan trọng",
            "là rất quan trọng", "là hết sức quan trọng", "là cấp thiết"),
    ];

    /// <summary>Background that opens a sentence before its subject: "Nhân dịp ..., hai Thủ tướng ...".
    /// A topic frame ("Về X,") is not an opener: X is what the clause is about.</summary>
    public static readonly string[] Openers =
    [
        "nhân dịp", "trên cơ sở", "để", "nhằm", "hướng tới", "hướng đến", "căn cứ", "dựa trên", "trong bối cảnh",
        "với mục tiêu", "nhằm mục tiêu", "tiếp nối", "nhân chuyến thăm",
    ];

    public static readonly string[] Coordinators = ["và", "đồng thời", "và đồng thời", "nhưng"];

    /// <summary>Words that may stand between a subject or a coordinator and its verb.</summary>
    public static readonly string[] Adverbs =
        ["cũng", "một lần nữa", "đều", "đã", "luôn", "cùng", "còn", "lại", "tiếp tục", "cùng nhau", "hoàn toàn"];

    public static readonly string[] Complementizers = ["rằng", "việc", "về việc", "là"];

    /// <summary>A cue right after one of these is a noun: "các cam kết", "quyết định của".</summary>
    public static readonly string[] CueBlockers = ["các", "những", "sự", "niềm", "một", "mọi"];

    /// <summary>A party named right after one of these is not a subject: "giữa hai nước", "của Nhật Bản".</summary>
    public static readonly string[] Prepositions =
    [
        "của", "giữa", "với", "cho", "tại", "ở", "về", "từ", "trên", "trong", "gồm", "đến", "tới", "qua", "theo",
        "như", "đối", "sang", "vào",
    ];

    /// <summary>Verbs of an effect: a thing that "sẽ mở rộng không gian hợp tác" is a prediction.</summary>
    public static readonly string[] EffectVerbs =
    [
        "mở rộng", "góp phần", "giúp", "mang lại", "trở thành", "tạo", "tạo ra", "thúc đẩy", "tăng cường",
        "nâng cao", "đóng góp", "làm sâu sắc", "mở ra", "đưa", "là", "tiếp tục mở rộng", "tiếp tục góp phần",
    ];

    static IEnumerable<(string, CueWord)> Words(Modality modality, CueKind kind, params string[] phrases) =>
        phrases.Select(p => (p, new CueWord(modality, kind)));
}
