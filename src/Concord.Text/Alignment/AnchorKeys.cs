namespace Concord.Text.Alignment;

/// <summary>Interns anchor keys ("t:jbic", "n:50000") into small integers shared by both documents,
/// so that comparing two items is a merge of two sorted integer arrays.</summary>
internal sealed class AnchorKeys
{
    readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    readonly List<string> keys = [];
    readonly List<AnchorKind> kinds = [];
    readonly List<bool> acronyms = [];

    public AnchorKeys() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => keys.Count;

    public int Intern(ReadOnlySpan<char> key, AnchorKind kind)
    {
        if (lookup.TryGetValue(key, out int id)) return id;
        id = keys.Count;
        string text = key.ToString();
        ids.Add(text, id);
        keys.Add(text);
        kinds.Add(kind);
        acronyms.Add(false);
        return id;
    }

    public bool TryGet(string key, out int id) => ids.TryGetValue(key, out id);

    public string KeyOf(int id) => keys[id];

    public AnchorKind KindOf(int id) => kinds[id];

    /// <summary>Written somewhere in capitals, like an acronym: "JBIC", "NCDs", "LOTUSat".</summary>
    public bool IsAcronym(int id) => acronyms[id];

    public void MarkAcronym(int id) => acronyms[id] = true;
}
