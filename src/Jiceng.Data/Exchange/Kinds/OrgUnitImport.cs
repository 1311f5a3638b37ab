using Jiceng.Core.Org;
using Jiceng.Data.OrgUnits;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Org units by their 12-digit division code, each under its parent's code (a unit of the database or of the same file,
/// in any order). An existing unit's name, order and remote flag are updated; its kind and parent are not changed
/// (the API does not move units either). Checks are <see cref="OrgUnitCommands.Validate"/>, the API's. The
/// establishment day (设立日期, read by R10.2) is set from its column, a blank cell clearing it; a file without the
/// column (an older template) leaves the stored days alone.
/// </summary>
public sealed class OrgUnitImport : ImportKind<OrgUnitImport.Row>
{
    /// <summary>A unit's row; <paramref name="HasEstablishedOn"/> is false when the file has no 设立日期 column.</summary>
    public sealed record Row(OrgUnitInput Input, string ParentCode, bool HasEstablishedOn = true);

    private readonly Dictionary<string, UnitRef> _existing = new(StringComparer.Ordinal);

    public override string Name => "org-units";

    public override string Label => "单位";

    public override string NaturalKey => "区划代码";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("code", "区划代码", true, "12位统计用区划代码；区直部门用区的代码加本地后缀") { Text = true, Aliases = ["单位代码"] },
        new("name", "单位名称", true, $"不超过{OrgUnit.NameMaxLength}个字"),
        new("kind", "单位类型", true, "从下拉列表中选择") { Choices = EnumLabels.Labels<OrgUnitKind>() },
        new("parentCode", "上级区划代码", true, "上级单位的区划代码（已在系统中，或在本文件中）") { Text = true, Aliases = ["上级单位代码"] },
        new("isRemoteHardship", "艰苦边远地区", false, "是 / 否（只能由区委组织部认定）") { Choices = ["是", "否"] },
        new("sortOrder", "排序号", false, "整数，越小越靠前"),
        new("establishedOn", "设立日期", false, "yyyy-MM-dd，单位（如合并新设的村）设立的日期，未记录的留空") { Aliases = ["成立日期"] },
    ];

    /// <summary>A stored unit in this kind's template form (export → import reproduces it).</summary>
    internal static IReadOnlyDictionary<string, object?> RowOf(OrgUnit u, string parentCode) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["code"] = u.Code,
        ["name"] = u.Name,
        ["kind"] = EnumLabels.Label(u.Kind),
        ["parentCode"] = parentCode,
        ["isRemoteHardship"] = u.IsRemoteHardship,
        ["sortOrder"] = u.SortOrder,
        ["establishedOn"] = u.EstablishedOn,
    };

    /// <summary>
    /// The units in scope in template form, parents before children (by path depth, then code). A unit without a parent
    /// (the root of the tree) has no row: the template cannot name it, and an import never creates it.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.OrgUnits.AsNoTracking().InScope(scope).Where(u => u.ParentId != null)
            .Select(u => new { Unit = u, ParentCode = u.Parent!.Code }).ToListAsync(ct);
        return rows.OrderBy(r => r.Unit.Path.Count(c => c == '/')).ThenBy(r => r.Unit.Code, StringComparer.Ordinal)
            .Select(r => RowOf(r.Unit, r.ParentCode)).ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var input = new OrgUnitInput
        {
            Code = row.Text("code", required: true),
            Name = row.Text("name", required: true),
            Kind = row.Choice<OrgUnitKind>("kind", required: true),
            IsRemoteHardship = row.Bool("isRemoteHardship") ?? false,
            SortOrder = row.Int("sortOrder", 0, 1_000_000) ?? 0,
            EstablishedOn = row.Date("establishedOn"),
        };
        var parent = row.Text("parentCode", required: true);
        return row.Ok ? new Row(input, parent!, row.Has("establishedOn")) : null;
    }

    protected override string Key(Row item) => item.Input.Code!;

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var units = await session.UnitsAsync(ct);
        var inFile = rows.ToDictionary(r => r.Item.Input.Code!, StringComparer.Ordinal);
        foreach (var (number, (input, parentCode, _)) in rows)
        {
            var errors = new List<ImportError>();
            void Error(string column, string? value, string reason) => errors.Add(new ImportError(number, Header(column), value, reason));

            var code = input.Code!;
            if (units.TryGetValue(code, out var existing))
            {
                if (!session.InScope(existing))
                {
                    Error("code", code, "已被其他单位使用");
                }
                else
                {
                    var oldParent = units.Values.FirstOrDefault(u => u.Id == existing.ParentId)?.Code;
                    if (existing.Kind != input.Kind)
                    {
                        Error("kind", EnumLabels.Label(input.Kind!.Value), $"已建单位的类型（{EnumLabels.Label(existing.Kind)}）不能修改");
                    }

                    if (!string.Equals(oldParent, parentCode, StringComparison.Ordinal))
                    {
                        Error("parentCode", parentCode, $"已建单位不能改变上级单位（现为“{oldParent}”）");
                    }

                    AddAll(OrgUnitCommands.Validate(input, null, null, null));
                    _existing[code] = existing;
                }
            }
            else if (units.TryGetValue(parentCode, out var parent))
            {
                if (!session.InScope(parent))
                {
                    Error("parentCode", parentCode, "单位不存在或不在您的管理范围内");
                }
                else
                {
                    AddAll(OrgUnitCommands.Validate(input, parent.Name, parent.Kind, parent.Code));
                }
            }
            else if (inFile.TryGetValue(parentCode, out var fileParent) && ReachesDatabase(parentCode))
            {
                var p = fileParent.Item.Input;
                AddAll(OrgUnitCommands.Validate(input, p.Name, p.Kind, p.Code));
            }
            else
            {
                Error("parentCode", parentCode, "单位不存在或不在您的管理范围内");
            }

            if (input.IsRemoteHardship != (existing?.IsRemoteHardship ?? false) && !session.MaySetRemoteHardship)
            {
                AddAll([OrgUnitCommands.RemoteHardshipRefused]);
            }

            session.Errors.AddRange(errors);

            void AddAll(IEnumerable<Core.Common.FieldError> fieldErrors)
            {
                foreach (var e in fieldErrors)
                {
                    var column = e.Field is "isRemoteHardship" ? "isRemoteHardship" : e.Field;
                    var colon = e.Message.IndexOf('：', StringComparison.Ordinal);
                    var reason = colon is > 0 and < 12 ? e.Message[(colon + 1)..] : e.Message;
                    Error(column, column switch { "code" => code, "name" => input.Name, "kind" => input.Kind is { } k ? EnumLabels.Label(k) : null,
                        "establishedOn" => input.EstablishedOn is { } d ? Core.Common.Dates.Format(d) : null, _ => null }, reason);
                }
            }
        }

        bool ReachesDatabase(string code)
        {
            // A chain of new units must end at a unit of the database within scope (no cycles).
            for (var steps = 0; steps <= rows.Count; steps++)
            {
                if (units.TryGetValue(code, out var u))
                {
                    return session.InScope(u);
                }

                if (!inFile.TryGetValue(code, out var r))
                {
                    return false;
                }

                code = r.Item.ParentCode;
            }

            return false;
        }
    }

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var existingIds = _existing.Values.Select(u => u.Id).ToList();
        var tracked = await db.OrgUnits.Where(u => existingIds.Contains(u.Id)).ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        var done = 0;
        foreach (var (_, (input, _, hasEstablishedOn)) in rows.Where(r => tracked.ContainsKey(r.Item.Input.Code!)))
        {
            var unit = tracked[input.Code!];
            unit.Name = input.Name!.Trim();
            unit.SortOrder = input.SortOrder;
            unit.IsRemoteHardship = input.IsRemoteHardship;
            if (hasEstablishedOn)
            {
                unit.EstablishedOn = input.EstablishedOn;
            }

            db.ChangeTracker.DetectChanges();
            if (db.Entry(unit).State == EntityState.Modified)
            {
                session.Counts.Updated++;
            }
            else
            {
                session.Counts.Unchanged++;
            }

            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        // New units level by level: a unit is added once its parent has an id (and so a path).
        var units = await session.UnitsAsync(ct);
        var paths = units.Values.Where(session.InScope).ToDictionary(u => u.Code, u => (u.Id, u.Path), StringComparer.Ordinal);
        var pending = rows.Where(r => !tracked.ContainsKey(r.Item.Input.Code!)).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(r => paths.ContainsKey(r.Item.ParentCode)).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("Units left whose parents were checked but never added.");
            }

            var added = ready.Select(r =>
            {
                var (parentId, parentPath) = paths[r.Item.ParentCode];
                var input = r.Item.Input;
                return new OrgUnit
                {
                    Code = input.Code!.Trim(), Name = input.Name!.Trim(), Kind = input.Kind!.Value, ParentId = parentId,
                    IsRemoteHardship = input.IsRemoteHardship, SortOrder = input.SortOrder, Path = parentPath, EstablishedOn = input.EstablishedOn,
                };
            }).ToList();
            db.OrgUnits.AddRange(added);
            await db.SaveChangesAsync(ct);
            foreach (var unit in added)
            {
                unit.Path = $"{unit.Path}{unit.Id}/";
                paths[unit.Code] = (unit.Id, unit.Path);
            }

            await db.SaveChangesAsync(ct);
            session.Counts.Created += added.Count;
            done += added.Count;
            session.Report(ImportStage.Writing, done, rows.Count);
            pending = pending.Except(ready).ToList();
        }

        await db.SaveChangesAsync(ct);
        session.ForgetUnits();
    }

    private string Header(string key) => Columns.First(c => c.Key == key).Header;
}
