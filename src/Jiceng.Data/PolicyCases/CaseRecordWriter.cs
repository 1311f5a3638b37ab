using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Core.Policy.Cases;
using Jiceng.Core.Posts;
using Jiceng.Data.Cadres;
using Jiceng.Data.Common;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Data.Measures.M01TeamBuilding;
using Jiceng.Data.Measures.M10VillageCadres;
using Jiceng.Data.OrgUnits;
using Jiceng.Data.Posts;
using Jiceng.Data.Scope;

namespace Jiceng.Data.PolicyCases;

/// <summary>
/// Creates a case's records through the command services the API uses, with the district's scope, so a record the
/// API would refuse stops the case with the API's own messages and the record's position. Unwritten fields take the
/// plain defaults of docs/policy-cases.md. Keeps the map from database ids back to local ids for the comparison.
/// </summary>
internal sealed class CaseRecordWriter(JicengDbContext db, DataScope district, DateOnly today)
{
    /// <summary>The default birth day of a cadre who does not write one.</summary>
    public static readonly DateOnly DefaultBirth = new(1985, 1, 1);

    private const string DistrictRegion = "140603";

    private const string DefaultCommendationTitle = "先进个人";

    private const string DefaultAwardingBody = "中共平鲁区委";

    private readonly Dictionary<string, (int Id, string Code)> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _cadres = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<(SubjectKind, int), string> _subjects = [];
    private readonly Dictionary<string, string> _postTopics = new(StringComparer.Ordinal);

    /// <summary>Writes every record; null when all were accepted, else the first refusal.</summary>
    public async Task<CaseDifference?> WriteAsync(CaseRecords records, CancellationToken ct)
    {
        _units[CaseFileKeys.District] = (district.OrgUnitId, CaseDatabase.DistrictCode);
        _subjects[(SubjectKind.OrgUnit, district.OrgUnitId)] = CaseFileKeys.District;
        var steps = UnitsInOrder(records.Units).Select(u => (Func<Task<CaseDifference?>>)(() => UnitAsync(u, ct)))
            .Concat(records.Cadres.Select((c, i) => (Func<Task<CaseDifference?>>)(() => CadreAsync(c, i + 1, ct))))
            .Concat(records.Terms.Select(t => (Func<Task<CaseDifference?>>)(() => TermAsync(t, ct))))
            .Concat(records.Posts.Select((p, i) => (Func<Task<CaseDifference?>>)(() => PostAsync(p, i + 1, ct))))
            .Concat(records.Reserves.Select(r => (Func<Task<CaseDifference?>>)(() => ReserveAsync(r, ct))))
            .Concat(records.Exemptions.Select(e => (Func<Task<CaseDifference?>>)(() => ExemptionAsync(e, ct))))
            .Concat(records.PoolEntries.Select(e => (Func<Task<CaseDifference?>>)(() => PoolEntryAsync(e, ct))))
            .Concat(records.Commendations.Select(c => (Func<Task<CaseDifference?>>)(() => CommendationAsync(c, ct))));
        foreach (var step in steps)
        {
            if (await step() is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    /// <summary>A finding as the case sees it: subject and topic by local id.</summary>
    public CaseFinding Translate(Finding f) => new(
        f.Rule,
        _subjects.GetValueOrDefault((f.Subject.Kind, f.Subject.Id), f.Subject.Name),
        f.Severity,
        _postTopics.GetValueOrDefault(f.Topic, f.Topic),
        f.Due,
        f.Measured,
        f.Required,
        f.Message);

    /// <summary>Parents before children, whatever order the file lists them in (references may point forwards).</summary>
    private static IEnumerable<CaseUnit> UnitsInOrder(IReadOnlyList<CaseUnit> units)
    {
        var placed = new HashSet<string>(StringComparer.Ordinal) { CaseFileKeys.District };
        var left = units.ToList();
        while (left.Count > 0)
        {
            var ready = left.Where(u => placed.Contains(u.Parent ?? CaseFileKeys.District)).ToList();
            if (ready.Count == 0)
            {
                ready = [left[0]]; // a cycle: the API refuses the missing parent
            }

            foreach (var u in ready)
            {
                placed.Add(u.Id);
                left.Remove(u);
                yield return u;
            }
        }
    }

    private async Task<CaseDifference?> UnitAsync(CaseUnit u, CancellationToken ct)
    {
        var parent = _units.GetValueOrDefault(u.Parent ?? CaseFileKeys.District);
        var input = new OrgUnitInput
        {
            Code = u.Code ?? NextCode(u.Kind, parent.Code), Name = u.Name ?? u.Id, Kind = u.Kind,
            ParentId = parent.Id == 0 ? null : parent.Id, IsRemoteHardship = u.Remote,
        };
        var result = await OrgUnitCommands.CreateAsync(db, district, input, maySetRemoteHardship: true, ct);
        if (result.Value is { } row)
        {
            _units[u.Id] = (row.Id, row.Code);
            _subjects[(SubjectKind.OrgUnit, row.Id)] = u.Id;
        }

        return Refusal(result, "单位", u.Id, u.At);
    }

    private async Task<CaseDifference?> CadreAsync(CaseCadre c, int index, CancellationToken ct)
    {
        var birth = c.Birth ?? DefaultBirth;
        var input = new CadreInput
        {
            Name = c.Name ?? c.Id,
            SexCode = c.Sex == Sex.Female ? "2" : "1",
            BirthDate = birth,
            IdNumber = c.IdNumber ?? IdNumberFor(birth, c.Sex, index),
            EthnicityCode = c.Ethnicity ?? "01",
            PoliticalStatusCode = c.PoliticalStatus ?? "01",
            EducationCode = c.Education ?? "21",
            Category = c.Category ?? CadreCategory.TownshipCivilServant,
            JoinedWorkOn = c.JoinedWork,
            JoinedPartyOn = c.JoinedParty,
            GrassrootsServiceSince = c.GrassrootsSince,
            OrgUnitId = UnitId(c.Unit),
        };
        var result = await CadreCommands.CreateAsync(db, district, input, today, ct);
        if (result.Value is { } cadre)
        {
            _cadres[c.Id] = cadre.Id;
            _subjects[(SubjectKind.Cadre, cadre.Id)] = c.Id;
        }

        return Refusal(result, "干部", c.Id, c.At);
    }

    private async Task<CaseDifference?> TermAsync(CaseTerm t, CancellationToken ct)
    {
        var input = new TermInput(t.Number, t.Start, t.End, [.. t.Seats.Select(s => new SeatInput(s.Kind, s.Count))]);
        var result = await TermCommands.CreateAsync(db, district, UnitId(t.Unit) ?? 0, input, ct);
        if (result.Value is { } term)
        {
            _terms[t.Id] = term.Id;
        }

        return Refusal(result, "届次", t.Id, t.At);
    }

    private async Task<CaseDifference?> PostAsync(CasePost p, int index, CancellationToken ct)
    {
        var input = new PostInput
        {
            OrgUnitId = UnitId(p.Unit), Kind = p.Kind, Title = p.Title, IsLeadershipTeamMember = p.Team, Start = p.Start, End = p.End,
            TermId = p.Term is { } term ? _terms.GetValueOrDefault(term) : null,
        };
        var result = await PostCommands.AddAsync(db, district, _cadres.GetValueOrDefault(p.Cadre), input, today, ct);
        if (result.Value is { } post)
        {
            // R4.2 names the post in its topic: show (and compare) it as the post's local id, or "第N条任职".
            _postTopics[post.Id.ToString(CultureInfo.InvariantCulture)] = p.Id ?? $"第{index}条任职";
        }

        return Refusal(result, "任职", p.Id ?? $"{p.Cadre} 的第{index}条任职", p.At);
    }

    private async Task<CaseDifference?> ReserveAsync(CaseReserve r, CancellationToken ct)
    {
        var input = new ReservePoolInput(_cadres.GetValueOrDefault(r.Cadre), r.From, r.To, r.LeaveReason);
        var result = await ReservePoolCommands.AddAsync(db, district, UnitId(r.Village) ?? 0, input, ct);
        return Refusal(result, "后备干部", r.Cadre, r.At);
    }

    private async Task<CaseDifference?> ExemptionAsync(CaseExemption e, CancellationToken ct)
    {
        var result = await OneShoulderExemptionCommands.AddAsync(db, district, UnitId(e.Village) ?? 0, new OneShoulderExemptionInput(e.Reason, e.From, e.To), ct);
        return Refusal(result, "一肩挑豁免", e.Village, e.At);
    }

    private async Task<CaseDifference?> PoolEntryAsync(CasePoolEntry e, CancellationToken ct)
    {
        var input = new CandidatePoolInput(_cadres.GetValueOrDefault(e.Cadre), e.Source, e.From, e.To, e.LeaveReason, null);
        var result = await CandidatePoolCommands.AddAsync(db, district, UnitId(e.Township) ?? 0, input, today, ct);
        return Refusal(result, "推荐人选", e.Cadre, e.At);
    }

    private async Task<CaseDifference?> CommendationAsync(CaseCommendation c, CancellationToken ct)
    {
        var input = new CommendationInput(c.Title ?? DefaultCommendationTitle, c.Kind, c.Body ?? DefaultAwardingBody, c.Level ?? AwardLevel.District, c.Date);
        var result = await CommendationCommands.AddAsync(db, district, _cadres.GetValueOrDefault(c.Cadre), input, today, ct);
        return Refusal(result, "表彰奖励", c.Cadre, c.At);
    }

    private int? UnitId(string local) => _units.TryGetValue(local, out var u) ? u.Id : null;

    /// <summary>The next free code under the parent: 3 digits for a township or department, 3 more for a village.</summary>
    private string NextCode(OrgUnitKind kind, string? parentCode)
    {
        var parent = parentCode ?? CaseDatabase.DistrictCode;
        var villageLevel = kind.IsVillageLevel();
        var prefix = villageLevel ? parent[..9] : parent[..6];
        var siblings = _units.Values.Count(u => u.Code.StartsWith(prefix, StringComparison.Ordinal) && u.Code != parent);
        var number = (100 + siblings).ToString("000", CultureInfo.InvariantCulture);
        return villageLevel ? prefix + number : prefix + number + "000";
    }

    /// <summary>A valid ID number for the birth day and sex, distinct per cadre of the case (odd sequence for men, even for women).</summary>
    private static string IdNumberFor(DateOnly birth, Sex sex, int index)
    {
        var sequence = ((index % 499) * 2) + (sex == Sex.Female ? 2 : 1);
        var first17 = string.Concat(DistrictRegion, birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture), sequence.ToString("000", CultureInfo.InvariantCulture));
        return first17 + IdCardNumber.CheckCharacter(first17);
    }

    private static CaseDifference? Refusal<T>(CommandResult<T> result, string what, string id, CaseAt at)
    {
        if (result.Succeeded)
        {
            return null;
        }

        var reason = result.NotFound ? "所属单位或干部不存在" : string.Join("；", result.Errors.Select(e => e.Message));
        return new CaseDifference(CaseDifferenceKind.RecordRefused, $"{what}“{id}”未能建立（与接口的校验相同）：{reason}", at);
    }
}
