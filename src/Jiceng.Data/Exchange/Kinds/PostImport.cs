using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Posts;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Posts by cadre ID number + unit code + post kind + start date (the natural key): a stored post with that key is
/// updated (title, team membership, end), otherwise a post is added. Checked by <see cref="PostValidator"/> as the API
/// checks it, and, as the API does, a post may not overlap the same cadre's same post in the same unit.
/// </summary>
public sealed class PostImport : ImportKind<PostImport.Row>
{
    public sealed record Row(string IdNumber, string? Name, string UnitCode, PostInput Input);

    private sealed record StoredPost(int Id, int CadreId, int OrgUnitId, PostKind Kind, DateOnly Start, DateOnly? End);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["orgUnitId"] = "orgUnitCode", ["isLeadershipTeamMember"] = "isLeadershipTeamMember",
    };

    private Dictionary<string, CadreRef> _cadres = [];
    private Dictionary<int, int> _target = [];

    public override string Name => "posts";

    public override string Label => "任职";

    public override string NaturalKey => "身份证号码、任职单位代码、职务类别和任职时间";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("idNumber", "身份证号码", true, "已登记干部的身份证号码") { Text = true, Aliases = ["身份证号"] },
        new("name", "姓名", false, "填写时须与该身份证号码登记的姓名一致"),
        new("orgUnitCode", "任职单位代码", true, "任职单位的12位区划代码") { Text = true, Aliases = ["单位代码"] },
        new("kind", "职务类别", true, "从下拉列表中选择；须与单位层级相符") { Choices = EnumLabels.Labels<PostKind>() },
        new("title", "职务名称", false, $"如“党委委员、组织委员”，不超过{PostAssignment.TitleMaxLength}个字"),
        new("isLeadershipTeamMember", "班子成员", false, "是 / 否") { Choices = ["是", "否"] },
        new("start", "任职时间", true, "yyyy-MM-dd"),
        new("end", "免职时间", false, "yyyy-MM-dd，在任的留空"),
    ];

    /// <summary>A stored post in this kind's template form (export → import reproduces it).</summary>
    internal static IReadOnlyDictionary<string, object?> RowOf(PostAssignment p, IdCardNumber id, string cadreName, string unitCode) =>
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["idNumber"] = id.Value,
            ["name"] = cadreName,
            ["orgUnitCode"] = unitCode,
            ["kind"] = EnumLabels.Label(p.Kind),
            ["title"] = p.Title,
            ["isLeadershipTeamMember"] = p.IsLeadershipTeamMember,
            ["start"] = p.Start,
            ["end"] = p.End,
        };

    /// <summary>
    /// The posts of cadres in scope held in units in scope (what an import in that scope may write), in template form, by
    /// unit code, start and cadre. The rows carry full ID numbers
    /// (the natural key): the caller checks the user may see them and audits the export.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.PostAssignments.AsNoTracking()
            .Where(p => db.OrgUnits.InScope(scope).Any(u => u.Id == p.OrgUnitId) && db.Cadres.InScope(scope).Any(c => c.Id == p.CadreId))
            .Select(p => new { Post = p, Cadre = p.Cadre!, p.OrgUnit!.Code }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Post.Start).ThenBy(r => r.Post.CadreId).ThenBy(r => r.Post.Kind)
            .Select(r => RowOf(r.Post, r.Cadre.IdNumber, r.Cadre.Name, r.Code)).ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = row.Text("idNumber", required: true)?.ToUpperInvariant();
        if (id is not null && !IdCardNumber.TryParse(id, out _, out var idError))
        {
            row.Error("idNumber", id, idError);
        }

        var unitCode = row.Text("orgUnitCode");
        var unit = session.UnitInScope(unitCode);
        var input = new PostInput
        {
            OrgUnitId = unit?.Id,
            Kind = row.Choice<PostKind>("kind", required: false),
            Title = row.Text("title"),
            IsLeadershipTeamMember = row.Bool("isLeadershipTeamMember") ?? false,
            Start = row.Date("start"),
            End = row.Date("end"),
        };
        var errors = PostValidator.Validate(input, unit?.Kind, session.Today).AsEnumerable();
        if (unitCode is not null && unit is null)
        {
            row.Error("orgUnitCode", unitCode, "单位不存在或不在您的管理范围内");
            errors = errors.Where(e => e.Field != "orgUnitId");
        }

        row.Add(errors, ColumnOfField);
        return row.Ok ? new Row(id!, row.Text("name"), unitCode!, input) : null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{item.UnitCode}|{item.Input.Kind}|{Dates.Format(item.Input.Start!.Value)}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        _cadres = await CadreLookup.FindAsync(session, rows.Select(r => IdCardNumber.Parse(r.Item.IdNumber)), ct);
        var cadreIds = _cadres.Values.Where(c => c.InScope).Select(c => c.Id).Distinct().ToList();
        var stored = new List<StoredPost>();
        foreach (var chunk in cadreIds.Chunk(500))
        {
            stored.AddRange(await session.Db.PostAssignments.AsNoTracking().Where(p => chunk.Contains(p.CadreId))
                .Select(p => new StoredPost(p.Id, p.CadreId, p.OrgUnitId, p.Kind, p.Start, p.End)).ToListAsync(ct));
        }

        var byPost = stored.ToLookup(p => (p.CadreId, p.OrgUnitId, p.Kind));

        // The rows' targets first: a stored post the file rewrites is judged by the file's dates, not its stored ones.
        foreach (var (number, row) in rows)
        {
            if (_cadres.TryGetValue(row.IdNumber, out var c) && c.InScope
                && byPost[(c.Id, row.Input.OrgUnitId!.Value, row.Input.Kind!.Value)].FirstOrDefault(p => p.Start == row.Input.Start) is { } t)
            {
                _target[number] = t.Id;
            }
        }

        var targeted = _target.Values.ToHashSet();
        var fileRows = new List<(int Row, int CadreId, PostInput Input)>();
        foreach (var (number, row) in rows)
        {
            if (!_cadres.TryGetValue(row.IdNumber, out var cadre) || !cadre.InScope)
            {
                session.Errors.Add(new ImportError(number, "身份证号码", IdCardNumber.Parse(row.IdNumber).Masked, "未找到该干部，或不在您的管理范围内（请先导入干部）"));
                continue;
            }

            if (row.Name is { } name && !string.Equals(name, cadre.Name, StringComparison.Ordinal))
            {
                session.Errors.Add(new ImportError(number, "姓名", name, $"与该身份证号码登记的姓名“{cadre.Name}”不一致"));
            }

            var input = row.Input;
            var kept = byPost[(cadre.Id, input.OrgUnitId!.Value, input.Kind!.Value)].Where(p => !targeted.Contains(p.Id));
            if (kept.Any(p => Overlaps(p.Start, p.End, input.Start!.Value, input.End))
                || fileRows.Any(f => f.CadreId == cadre.Id && f.Input.OrgUnitId == input.OrgUnitId && f.Input.Kind == input.Kind
                    && Overlaps(f.Input.Start!.Value, f.Input.End, input.Start!.Value, input.End)))
            {
                session.Errors.Add(new ImportError(number, "任职时间", Dates.Format(input.Start!.Value),
                    $"与该干部在同一单位的同一职务时间重叠（{Dates.Format(input.Start!.Value)}起）"));
            }

            fileRows.Add((number, cadre.Id, input));
        }
    }

    private static bool Overlaps(DateOnly aStart, DateOnly? aEnd, DateOnly bStart, DateOnly? bEnd) =>
        aStart <= (bEnd ?? DateOnly.MaxValue) && (aEnd ?? DateOnly.MaxValue) >= bStart;

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var tracked = new Dictionary<int, PostAssignment>();
        foreach (var chunk in _target.Values.Chunk(500))
        {
            foreach (var p in await db.PostAssignments.Where(p => chunk.Contains(p.Id)).ToListAsync(ct))
            {
                tracked[p.Id] = p;
            }
        }

        var updates = new List<PostAssignment>();
        var done = 0;
        foreach (var (number, row) in rows)
        {
            var input = row.Input;
            PostAssignment post;
            if (_target.TryGetValue(number, out var postId))
            {
                post = tracked[postId];
                updates.Add(post);
            }
            else
            {
                post = new PostAssignment { CadreId = _cadres[row.IdNumber].Id, OrgUnitId = input.OrgUnitId!.Value, Kind = input.Kind!.Value, Start = input.Start!.Value };
                db.PostAssignments.Add(post);
                session.Counts.Created++;
            }

            post.Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim();
            post.IsLeadershipTeamMember = input.IsLeadershipTeamMember;
            post.End = input.End;
            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        session.CountChanges(updates);

        await db.SaveChangesAsync(ct);
    }
}
