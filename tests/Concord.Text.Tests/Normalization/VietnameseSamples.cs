namespace Concord.Text.Tests.Normalization;

/// <summary>Sentences written for these tests in the style of a joint statement, and every Vietnamese letter.</summary>
public static class VietnameseSamples
{
    public const string Statement =
        "Hai bên nhất trí đẩy mạnh hợp tác trong lĩnh vực năng lượng sạch, nông nghiệp công nghệ cao và chuyển đổi số.\n" +
        "Bộ trưởng Bộ Ngoại giao hai nước sẽ gặp nhau định kỳ để rà soát việc thực hiện các thỏa thuận đã ký.\n" +
        "Phía Việt Nam đề nghị mở rộng cửa thị trường cho quả bưởi và quả chanh leo trong năm tới.\n" +
        "Các bộ, ngành liên quan khẩn trương xây dựng kế hoạch đào tạo khoảng mười nghìn kỹ sư trước năm 2030.\n" +
        "Nhân dân hai nước luôn ghi nhớ tình hữu nghị truyền thống, tin cậy và gắn bó lâu dài.\n";

    public const string LowerLetters =
        "aáàảãạăắằẳẵặâấầẩẫậeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵđ";

    public static string UpperLetters => LowerLetters.ToUpperInvariant();
}
