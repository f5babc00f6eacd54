namespace Concord.Web;

/// <summary>The <c>limit</c> and <c>offset</c> of a list request, checked: limit 1-500 (default 50), offset ≥ 0.</summary>
public readonly record struct Paging(int Limit, int Offset)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static Paging Read(int? limit, int? offset, Errors errors)
    {
        int l = limit ?? DefaultLimit, o = offset ?? 0;
        if (l is < 1 or > MaxLimit) errors.Add("limit", $"limit must be between 1 and {MaxLimit}, not {l}.");
        if (o < 0) errors.Add("offset", $"offset cannot be negative ({o}).");
        return new Paging(l, o);
    }

    public Page<T> Of<T>(IReadOnlyList<T> items, int total) => new(items, total, Limit, Offset);
}
