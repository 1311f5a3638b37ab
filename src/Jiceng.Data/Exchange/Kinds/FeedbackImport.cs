using System.Globalization;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;
using Jiceng.Data.Measures.M05Assessment;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Multi-source feedback entries (多元评价) of township assessments by township code + year + source (the natural key):
/// a stored entry with that key gets the file's respondents, mean score and day, otherwise one is added. A township
/// without an assessment of the year gets one when the row names its category (乡镇类别); a category that differs from
/// the stored assessment's is refused. Checked by <see cref="TownshipAssessmentCommands.ValidateFeedback"/> as the API
/// checks it; an assessment with indicator scores has its scheme score recomputed, as after an entry by hand.
/// </summary>
public sealed class FeedbackImport : ImportKind<FeedbackImport.Row>
{
    public sealed record Row(UnitRef Township, int Year, string? Category, FeedbackInput Input);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["source"] = "source", ["respondents"] = "respondents", ["score"] = "score", ["collectedOn"] = "collectedOn",
    };

    private readonly Dictionary<(int TownshipId, int Year), int> _assessments = [];
    private readonly Dictionary<(int TownshipId, int Year), string> _newCategory = [];

    public override string Name => "feedback";

    public override string Label => "多元评价";

    public override string NaturalKey => "乡镇代码、年度和评价来源";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("townshipCode", "乡镇代码", true, "乡镇（街道）的12位区划代码") { Text = true, Aliases = ["乡镇（街道）代码", "单位代码"] },
        new("townshipName", "乡镇名称", false, "仅供阅读，导入时不读取"),
        new("year", "年度", true, "考核年度，四位年份，如 2025") { Aliases = ["考核年度"] },
        new("source", "评价来源", true, "从下拉列表中选择") { Choices = EnumLabels.Labels<FeedbackSource>() },
        new("respondents", "参评人数", true, $"0至{TownshipAssessmentCommands.MaxRespondents}的整数"),
        new("score", "平均分", true, "0至100，最多两位小数") { Aliases = ["平均得分"] },
        new("collectedOn", "收集日期", true, "yyyy-MM-dd"),
        new("category", "乡镇类别", false, $"该乡镇该年度考核尚未录入时必填（如 农业型），将同时建立年度考核；已录入时须与之一致，不超过{TownshipAssessment.CategoryMaxLength}字"),
    ];

    /// <summary>The feedback entries of the assessments of townships in scope, in template form, by township code, year and source.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.AssessmentFeedback.AsNoTracking()
            .Join(db.TownshipAssessments.Where(a => a.Township!.Path.StartsWith(scope.Path)), f => f.TownshipAssessmentId, a => a.Id,
                (f, a) => new { f, a.Year, a.Category, a.Township!.Code, a.Township.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.f.Source)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["townshipCode"] = r.Code, ["townshipName"] = r.Name, ["year"] = r.Year, ["source"] = EnumLabels.Label(r.f.Source),
                ["respondents"] = r.f.Respondents, ["score"] = r.f.Score, ["collectedOn"] = r.f.CollectedOn, ["category"] = r.Category,
            }).ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var code = row.Text("townshipCode", required: true);
        var township = session.UnitInScope(code);
        if (code is not null && (township is null || !township.Kind.IsTownshipLevel()))
        {
            row.Error("townshipCode", code, "不是您管理范围内的乡镇（街道）");
        }

        var year = row.Int("year", 2000, session.Today.Year);
        if (year is null && row.Get("year") is null)
        {
            row.Error("year", null, "必填");
        }

        var source = row.Choice<FeedbackSource>("source", required: true);
        var respondents = row.Int("respondents", 0, TownshipAssessmentCommands.MaxRespondents);
        if (respondents is null && row.Get("respondents") is null)
        {
            row.Error("respondents", null, "必填");
        }

        decimal? score = null;
        var scoreText = row.Text("score", required: true);
        if (scoreText is not null)
        {
            if (decimal.TryParse(scoreText, NumberStyles.Number, CultureInfo.InvariantCulture, out var s))
            {
                score = s;
            }
            else
            {
                row.Error("score", scoreText, "应为0至100的数，最多两位小数");
            }
        }

        var collectedOn = row.Date("collectedOn", required: true);
        var category = row.Text("category")?.Trim();
        if (category is { Length: > TownshipAssessment.CategoryMaxLength })
        {
            row.Error("category", category, $"不超过{TownshipAssessment.CategoryMaxLength}字");
        }

        if (!row.Ok)
        {
            return null;
        }

        var input = new FeedbackInput(source!.Value, respondents!.Value, score!.Value, collectedOn!.Value);
        row.Add(TownshipAssessmentCommands.ValidateFeedback(input, session.Today), ColumnOfField);
        return row.Ok ? new Row(township!, year!.Value, string.IsNullOrEmpty(category) ? null : category, input) : null;
    }

    protected override string Key(Row item) => $"{item.Township.Code}|{item.Year}|{(int)item.Input.Source}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var townshipIds = rows.Select(r => r.Item.Township.Id).Distinct().ToList();
        var years = rows.Select(r => r.Item.Year).Distinct().ToList();
        var stored = new List<(int Id, int TownshipId, int Year, string Category)>();
        foreach (var chunk in townshipIds.Chunk(500))
        {
            stored.AddRange((await session.Db.TownshipAssessments.AsNoTracking().Where(a => chunk.Contains(a.TownshipId) && years.Contains(a.Year))
                .Select(a => new { a.Id, a.TownshipId, a.Year, a.Category }).ToListAsync(ct)).Select(a => (a.Id, a.TownshipId, a.Year, a.Category)));
        }

        var byKey = stored.ToDictionary(a => (a.TownshipId, a.Year));
        // The category of a new assessment: the first row of the township and year naming one; the others must agree or leave it empty.
        var newCategory = new Dictionary<(int, int), (string Category, int Row)>();
        foreach (var (number, row) in rows)
        {
            var key = (row.Township.Id, row.Year);
            if (byKey.TryGetValue(key, out var a))
            {
                _assessments[key] = a.Id;
                if (row.Category is { } c && !string.Equals(c, a.Category, StringComparison.Ordinal))
                {
                    session.Errors.Add(new ImportError(number, "乡镇类别", c, $"与已录入的{row.Year}年度考核的类别“{a.Category}”不一致"));
                }
            }
            else if (row.Category is { } c)
            {
                if (newCategory.TryGetValue(key, out var first) && !string.Equals(first.Category, c, StringComparison.Ordinal))
                {
                    session.Errors.Add(new ImportError(number, "乡镇类别", c, $"与第 {first.Row} 行同一乡镇同一年度的类别“{first.Category}”不一致"));
                }

                newCategory.TryAdd(key, (c, number));
            }
        }

        foreach (var (number, row) in rows)
        {
            var key = (row.Township.Id, row.Year);
            if (!byKey.ContainsKey(key) && !newCategory.ContainsKey(key))
            {
                session.Errors.Add(new ImportError(number, "乡镇类别", null, $"该乡镇{row.Year}年度考核尚未录入，须填写乡镇类别以建立年度考核"));
            }
            else if (!byKey.ContainsKey(key))
            {
                _newCategory[key] = newCategory[key].Category;
            }
        }
    }

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var tracked = new Dictionary<(int, int), TownshipAssessment>();
        foreach (var chunk in _assessments.Values.Chunk(500))
        {
            foreach (var a in await db.TownshipAssessments.Include(a => a.Feedback).Include(a => a.IndicatorScores).AsSplitQuery().Where(a => chunk.Contains(a.Id)).ToListAsync(ct))
            {
                tracked[(a.TownshipId, a.Year)] = a;
            }
        }

        var updates = new List<AssessmentFeedback>();
        var done = 0;
        foreach (var (_, row) in rows)
        {
            var key = (row.Township.Id, row.Year);
            if (!tracked.TryGetValue(key, out var a))
            {
                a = new TownshipAssessment { TownshipId = row.Township.Id, Year = row.Year, Category = _newCategory[key] };
                db.TownshipAssessments.Add(a);
                tracked[key] = a;
            }

            var entry = a.Feedback.FirstOrDefault(f => f.Source == row.Input.Source);
            if (entry is null)
            {
                a.Feedback.Add(new AssessmentFeedback { Source = row.Input.Source, Respondents = row.Input.Respondents, Score = row.Input.Score, CollectedOn = row.Input.CollectedOn });
                session.Counts.Created++;
            }
            else
            {
                (entry.Respondents, entry.Score, entry.CollectedOn) = (row.Input.Respondents, row.Input.Score, row.Input.CollectedOn);
                updates.Add(entry);
            }

            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        session.CountChanges(updates);
        var units = await session.UnitsAsync(ct);
        var pathOf = units.Values.ToDictionary(u => u.Id, u => u.Path);
        foreach (var a in tracked.Values.Where(a => a.IndicatorScores.Count > 0))
        {
            await TownshipAssessmentCommands.RecomputeAsync(db, a, pathOf[a.TownshipId], ct);
        }

        await db.SaveChangesAsync(ct);
    }
}
