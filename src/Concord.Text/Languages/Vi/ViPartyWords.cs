using Concord.Text.Clauses;

namespace Concord.Text.Languages.Vi;

/// <summary>Vietnamese facts about the parties of a statement: known countries, forms of state, how a title
/// names the parties, and the phrases that stand for a party as a subject.</summary>
internal static class ViPartyWords
{
    /// <summary>Known countries: the canonical name, the names written in Vietnamese, and short or common-word
    /// forms that stand for the party only after a party word ("phía Nhật", "nước Pháp": "pháp" alone is a word).</summary>
    public static readonly (string Party, string[] Names, string[] Attributive)[] Countries =
    [
        (ClauseActors.VietNam, ["Việt Nam", "Viet Nam"], ["Việt"]),
        (ClauseActors.Japan, ["Nhật Bản"], ["Nhật"]),
        ("Korea", ["Hàn Quốc", "Đại Hàn Dân Quốc"], ["Hàn"]),
        ("China", ["Trung Quốc"], []),
        ("United States", ["Hoa Kỳ", "Hợp chúng quốc Hoa Kỳ"], ["Mỹ"]),
        ("Australia", ["Australia", "Ô-xtrây-li-a"], ["Úc"]),
        ("France", ["Cộng hòa Pháp", "Cộng hoà Pháp"], ["Pháp"]),
        ("Germany", ["Cộng hòa Liên bang Đức", "Cộng hoà Liên bang Đức"], ["Đức"]),
        ("India", ["Ấn Độ"], []),
        ("Singapore", ["Singapore", "Xin-ga-po"], []),
        ("Laos", ["Lào"], []),
        ("Cambodia", ["Campuchia", "Cam-pu-chia"], []),
        ("Thailand", ["Thái Lan"], []),
    ];

    /// <summary>Forms of state written before a country's name, longest first.</summary>
    public static readonly string[] StateForms =
    [
        "nước cộng hòa xã hội chủ nghĩa", "nước cộng hoà xã hội chủ nghĩa", "cộng hòa xã hội chủ nghĩa",
        "cộng hoà xã hội chủ nghĩa", "nước cộng hòa dân chủ nhân dân", "nước cộng hoà dân chủ nhân dân",
        "cộng hòa dân chủ nhân dân", "cộng hoà dân chủ nhân dân", "nước cộng hòa nhân dân", "nước cộng hoà nhân dân",
        "cộng hòa nhân dân", "cộng hoà nhân dân", "nước cộng hòa liên bang", "nước cộng hoà liên bang",
        "cộng hòa liên bang", "cộng hoà liên bang", "nước cộng hòa", "nước cộng hoà", "cộng hòa", "cộng hoà",
        "vương quốc", "đại công quốc", "liên bang", "hợp chúng quốc", "nhà nước", "chính phủ", "nước",
    ];

    public static readonly string[] TitleWords = ["tuyên bố chung", "tuyên bố tầm nhìn chung", "thông cáo chung"];

    public static readonly string[] TitleLinks = ["giữa"];

    public static readonly string[] PartyJoiners = ["và"];

    public static readonly string[] TitleStops = ["về", "nhân", "hướng tới", "vì", "trong", "tại"];

    public static readonly string[] NamePhrases =
    [
        "{0}", "phía {0}", "chính phủ {0}", "thủ tướng {0}", "nước {0}", "nhà nước {0}", "chính phủ nước {0}",
    ];

    public static readonly string[] AttributivePhrases = ["phía {0}", "chính phủ {0}", "nước {0}", "nhà nước {0}"];

    /// <summary>Words after which a capitalised name is a country: "phía X", "Chính phủ X".</summary>
    public static readonly string[] NameIntroducers = ["phía", "chính phủ", "nước", "vương quốc", "cộng hòa", "cộng hoà"];
}
