namespace Jiceng.Core.Exchange.Lrmx;

/// <summary>
/// One 干部任免审批表 as read from (or written to) an LRMX file: the texts as the file holds them (labels, not codes;
/// dates as written), the photo's bytes, the family members and every element this reader does not know, verbatim.
/// Pure data: mapping to a cadre is <see cref="LrmxCadreMapping"/>.
/// </summary>
public sealed record LrmxPerson
{
    /// <summary>The text elements by element name (see <see cref="LrmxElements.Text"/>); blank elements are absent.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>ZhaoPian decoded from base64 (a JPEG as the editor writes it), or null when there is no photo.</summary>
    public byte[]? Photo { get; init; }

    public IReadOnlyList<LrmxFamilyMember> Family { get; init; } = [];

    /// <summary>Elements under &lt;Person&gt; that this reader does not know, as XML text, in file order: written back on export.</summary>
    public IReadOnlyList<string> Extras { get; init; } = [];

    public string? this[string element] => Fields.TryGetValue(element, out var v) ? v : null;

    public LrmxPerson With(string element, string? value)
    {
        var fields = new Dictionary<string, string>(Fields, StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(value))
        {
            fields.Remove(element);
        }
        else
        {
            fields[element] = value;
        }

        return this with { Fields = fields };
    }
}

/// <summary>One &lt;JiaTingChengYuan&gt;&lt;Item&gt;: a family member or important social relation, texts as written.</summary>
public sealed record LrmxFamilyMember(
    string? Relation, string? Name, string? BirthDate, string? PoliticalStatus, string? WorkUnit)
{
    /// <summary>Unknown elements of the item, verbatim XML, written back on export.</summary>
    public IReadOnlyList<string> Extras { get; init; } = [];

    public bool Equals(LrmxFamilyMember? other) =>
        other is not null && Relation == other.Relation && Name == other.Name && BirthDate == other.BirthDate
        && PoliticalStatus == other.PoliticalStatus && WorkUnit == other.WorkUnit && Extras.SequenceEqual(other.Extras);

    public override int GetHashCode() => HashCode.Combine(Relation, Name, BirthDate, PoliticalStatus, WorkUnit);
}
