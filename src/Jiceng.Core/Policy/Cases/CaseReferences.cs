using Jiceng.Core.Policy.Loading;

namespace Jiceng.Core.Policy.Cases;

/// <summary>
/// Checks a case's local ids: one namespace for units, cadres, terms and posts (so a finding's subject is never
/// ambiguous), no id twice, and every reference names a record of the right kind in the same case.
/// </summary>
internal sealed class CaseReferences(ProblemList problems)
{
    private enum Kind
    {
        Unit,
        Cadre,
        Term,
        Post,
        Agency,
        Position,
        Decision,
        Item,
        Task,
        PlanItem,
        Inspection,
        Checkup,
        Incident,
        Posting,
    }

    private readonly Dictionary<string, (Kind Kind, CaseAt At)> _ids = new(StringComparer.Ordinal) { [CaseFileKeys.District] = (Kind.Unit, default) };

    public void Check(CaseRecords records, CaseExpectations expect)
    {
        foreach (var u in records.Units)
        {
            Define(u.Id, Kind.Unit, u.At);
        }

        foreach (var c in records.Cadres)
        {
            Define(c.Id, Kind.Cadre, c.At);
        }

        foreach (var t in records.Terms)
        {
            Define(t.Id, Kind.Term, t.At);
        }

        foreach (var p in records.Posts.Where(p => p.Id is not null))
        {
            Define(p.Id!, Kind.Post, p.At);
        }

        DefineStaffing(records);
        DefineBurden(records);
        DefineCare(records);
        foreach (var p in records.Postings)
        {
            Define(p.Id, Kind.Posting, p.At);
        }
        foreach (var u in records.Units.Where(u => u.Parent is not null))
        {
            Refer(u.Parent!, "parent", u.At, Kind.Unit);
        }

        foreach (var c in records.Cadres)
        {
            Refer(c.Unit, "unit", c.At, Kind.Unit);
        }

        foreach (var t in records.Terms)
        {
            Refer(t.Unit, "unit", t.At, Kind.Unit);
        }

        foreach (var p in records.Posts)
        {
            Refer(p.Cadre, "cadre", p.At, Kind.Cadre);
            Refer(p.Unit, "unit", p.At, Kind.Unit);
            if (p.Term is not null)
            {
                Refer(p.Term, "term", p.At, Kind.Term);
            }
        }

        foreach (var r in records.Reserves)
        {
            Refer(r.Cadre, "cadre", r.At, Kind.Cadre);
            Refer(r.Village, "village", r.At, Kind.Unit);
        }

        foreach (var e in records.Exemptions)
        {
            Refer(e.Village, "village", e.At, Kind.Unit);
        }

        ReferStaffing(records);
        foreach (var q in records.RankQuotas)
        {
            Refer(q.Unit, "unit", q.At, Kind.Unit);
        }

        foreach (var r in records.Ranks)
        {
            Refer(r.Cadre, "cadre", r.At, Kind.Cadre);
            if (r.QuotaUnit is not null)
            {
                Refer(r.QuotaUnit, "quota_unit", r.At, Kind.Unit);
            }
        }

        foreach (var t in records.Trainings)
        {
            Refer(t.Cadre, "cadre", t.At, Kind.Cadre);
        }

        foreach (var s in records.Secondments)
        {
            Refer(s.Cadre, "cadre", s.At, Kind.Cadre);
        }

        foreach (var e in records.PoolEntries)
        {
            Refer(e.Cadre, "cadre", e.At, Kind.Cadre);
            Refer(e.Township, "township", e.At, Kind.Unit);
        }

        foreach (var c in records.Commendations)
        {
            Refer(c.Cadre, "cadre", c.At, Kind.Cadre);
        }

        foreach (var s in records.Sanctions)
        {
            Refer(s.Cadre, "cadre", s.At, Kind.Cadre);
        }

        foreach (var c in records.ToleranceCases)
        {
            Refer(c.Cadre, "cadre", c.At, Kind.Cadre);
        }

        foreach (var a in records.Accusations)
        {
            Refer(a.Cadre, "cadre", a.At, Kind.Cadre);
        }

        foreach (var p in records.SubsidyPayments)
        {
            Refer(p.Cadre, "cadre", p.At, Kind.Cadre);
        }

        foreach (var l in records.AnnualLeaves)
        {
            Refer(l.Cadre, "cadre", l.At, Kind.Cadre);
        }

        foreach (var p in records.Postings)
        {
            Refer(p.Cadre, "cadre", p.At, Kind.Cadre);
        }

        foreach (var c in records.TripClaims)
        {
            Refer(c.Posting, "posting", c.At, Kind.Posting);
        }

        ReferBurden(records);
        foreach (var m in records.PartyMembers)
        {
            Refer(m.Village, "village", m.At, Kind.Unit);
            if (m.Cadre is not null)
            {
                Refer(m.Cadre, "cadre", m.At, Kind.Cadre);
            }
        }

        foreach (var p in records.RecruitmentPlans)
        {
            Refer(p.Unit, "unit", p.At, Kind.Unit);
        }

        foreach (var i in records.Insurances)
        {
            Refer(i.Cadre, "cadre", i.At, Kind.Cadre);
            Refer(i.Village, "village", i.At, Kind.Unit);
        }

        foreach (var f in records.Facilities)
        {
            Refer(f.Township, "township", f.At, Kind.Unit);
        }

        foreach (var i in records.Incomes)
        {
            Refer(i.Village, "village", i.At, Kind.Unit);
        }

        foreach (var p in records.RewardPayments)
        {
            Refer(p.Village, "village", p.At, Kind.Unit);
            Refer(p.Cadre, "cadre", p.At, Kind.Cadre);
        }

        foreach (var f in records.Fallen)
        {
            Refer(f.Cadre, "cadre", f.At, Kind.Cadre);
        }

        foreach (var v in records.Visits)
        {
            Refer(v.Cadre, "cadre", v.At, Kind.Cadre);
        }

        ReferCare(records);
        foreach (var f in expect.Findings)
        {
            Refer(f.Subject, "subject", f.At, Kind.Unit, Kind.Cadre);
        }
    }

    private void DefineCare(CaseRecords records)
    {
        foreach (var c in records.Checkups.Where(c => c.Id is not null))
        {
            Define(c.Id!, Kind.Checkup, c.At);
        }

        foreach (var i in records.Incidents.Where(i => i.Id is not null))
        {
            Define(i.Id!, Kind.Incident, i.At);
        }
    }

    private void ReferCare(CaseRecords records)
    {
        foreach (var s in records.Stationings)
        {
            Refer(s.Cadre, "cadre", s.At, Kind.Cadre);
            Refer(s.Village, "village", s.At, Kind.Unit);
        }

        foreach (var t in records.Talks)
        {
            Refer(t.Cadre, "cadre", t.At, Kind.Cadre);
        }

        foreach (var c in records.Checkups)
        {
            Refer(c.Cadre, "cadre", c.At, Kind.Cadre);
        }

        foreach (var i in records.Incidents)
        {
            Refer(i.Cadre, "cadre", i.At, Kind.Cadre);
        }

        foreach (var a in records.CareActivities)
        {
            Refer(a.Unit, "unit", a.At, Kind.Unit);
        }
    }

    private void DefineBurden(CaseRecords records)
    {
        foreach (var i in records.ResponsibilityItems)
        {
            Define(i.Id, Kind.Item, i.At);
        }

        foreach (var t in records.Tasks.Where(t => t.Id is not null))
        {
            Define(t.Id!, Kind.Task, t.At);
        }

        foreach (var p in records.PlanItems)
        {
            Define(p.Id, Kind.PlanItem, p.At);
        }

        foreach (var i in records.Inspections.Where(i => i.Id is not null))
        {
            Define(i.Id!, Kind.Inspection, i.At);
        }
    }

    private void ReferBurden(CaseRecords records)
    {
        foreach (var i in records.ResponsibilityItems)
        {
            Refer(i.Unit, "unit", i.At, Kind.Unit);
        }

        foreach (var t in records.Tasks)
        {
            Refer(t.Township, "township", t.At, Kind.Unit);
            Refer(t.Department, "department", t.At, Kind.Unit);
            if (t.Item is not null)
            {
                Refer(t.Item, "item", t.At, Kind.Item);
            }
        }

        foreach (var p in records.PlanItems)
        {
            Refer(p.Department, "department", p.At, Kind.Unit);
        }

        foreach (var i in records.Inspections)
        {
            Refer(i.Township, "township", i.At, Kind.Unit);
            Refer(i.Department, "department", i.At, Kind.Unit);
            if (i.Plan is not null)
            {
                Refer(i.Plan, "plan", i.At, Kind.PlanItem);
            }
        }

        foreach (var c in records.BurdenCounts)
        {
            Refer(c.Township, "township", c.At, Kind.Unit);
            Refer(c.Department, "department", c.At, Kind.Unit);
        }
    }

    private void DefineStaffing(CaseRecords records)
    {
        foreach (var a in records.Agencies)
        {
            Define(a.Id, Kind.Agency, a.At);
        }

        foreach (var p in records.Positions.Where(p => p.Id is not null))
        {
            Define(p.Id!, Kind.Position, p.At);
        }

        foreach (var d in records.AgencyDecisions.Where(d => d.Id is not null))
        {
            Define(d.Id!, Kind.Decision, d.At);
        }
    }

    private void ReferStaffing(CaseRecords records)
    {
        foreach (var e in records.Establishments)
        {
            Refer(e.Unit, "unit", e.At, Kind.Unit);
        }

        foreach (var p in records.Positions)
        {
            Refer(p.Unit, "unit", p.At, Kind.Unit);
        }

        foreach (var a in records.Agencies)
        {
            Refer(a.Township, "township", a.At, Kind.Unit);
            Refer(a.Department, "department", a.At, Kind.Unit);
        }

        foreach (var d in records.AgencyDecisions)
        {
            Refer(d.Agency, "agency", d.At, Kind.Agency);
            Refer(d.Cadre, "cadre", d.At, Kind.Cadre);
        }
    }

    private void Define(string id, Kind kind, CaseAt at)
    {
        if (id.Length == 0)
        {
            return; // reported as missing
        }

        if (_ids.TryGetValue(id, out var first))
        {
            var where = first.At.Line > 0 ? $"，第一次出现在第 {first.At.Line} 行" : "（这是案例区自带的 id）";
            problems.Add(ProfileProblemKind.DuplicateKey, Pos(at), null, $"id“{YNodes.Shorten(id)}”重复{where}；同一用例中单位、干部、届次和任职的 id 都不能相同");
            return;
        }

        _ids.Add(id, (kind, at));
    }

    private void Refer(string id, string field, CaseAt at, params Kind[] expected)
    {
        if (id.Length == 0)
        {
            return;
        }

        var wanted = string.Join("或", expected.Select(Name));
        if (!_ids.TryGetValue(id, out var found))
        {
            var near = KeySuggestions.Nearest(id, _ids.Where(x => expected.Contains(x.Value.Kind)).Select(x => x.Key));
            var hint = near is null ? "" : $"，是不是“{near}”？";
            problems.Add(ProfileProblemKind.UndefinedReference, Pos(at), null, $"{field}：本用例中没有 id 为“{YNodes.Shorten(id)}”的{wanted}{hint}");
        }
        else if (!expected.Contains(found.Kind))
        {
            problems.Add(ProfileProblemKind.UndefinedReference, Pos(at), null, $"{field}：“{YNodes.Shorten(id)}”是{Name(found.Kind)}，这里应是{wanted}");
        }
    }

    private static string Name(Kind kind) => kind switch
    {
        Kind.Unit => "单位",
        Kind.Cadre => "干部",
        Kind.Term => "届次",
        Kind.Agency => "派驻机构",
        Kind.Position => "招录岗位",
        Kind.Decision => "派驻机构负责人事项",
        Kind.Item => "权责清单事项",
        Kind.Task => "下派事项",
        Kind.PlanItem => "计划事项",
        Kind.Inspection => "督查检查考核",
        Kind.Checkup => "体检",
        Kind.Incident => "人身安全事件",
        Kind.Posting => "异地交流任职",
        _ => "任职",
    };

    private static Position Pos(CaseAt at) => new(at.Line, at.Column);
}
