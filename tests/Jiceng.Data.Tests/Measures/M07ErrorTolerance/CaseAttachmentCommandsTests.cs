using System.Globalization;
using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Data.Engine;
using Jiceng.Data.Engine.Ledger;
using Jiceng.Data.Measures.M07ErrorTolerance;
using Jiceng.Data.Scope;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Measures.M07ErrorTolerance;

/// <summary>
/// A case step's documents: the ledger's checks (type confirmed by the first bytes, size, count), nothing saved on a
/// refusal, bytes sealed at rest, a download audited as a sensitive read, and another township's case does not exist.
/// </summary>
public abstract class CaseAttachmentCommandsTests(FactsWorld world)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly Today = new(2026, 6, 30);

    private static readonly byte[] Pdf = [.. "%PDF-1.4\n测试核实报告"u8];

    private async Task<(int CaseId, int StepId, DataScope Scope)> CaseWithStepAsync(JicengDbContext db)
    {
        var (township, _, scope) = await world.NewTownshipAsync(db);
        var cadre = world.NewCadre(township);
        db.Cadres.Add(cadre);
        await db.SaveChangesAsync(Ct);
        var opened = await CaseCommands.AddAsync(db, scope, cadre.Id, new CaseInput { ReceivedOn = new DateOnly(2026, 5, 4), Facts = "测试案情" }, Today, Ct);
        var stepped = await CaseCommands.AddStepAsync(db, scope, opened.Value!.Id,
            new CaseStepInput { Stage = CaseStage.Intake, Author = "张核实", On = new DateOnly(2026, 5, 4) }, opened.Value.Version, Today, Ct);
        Assert.True(stepped.Succeeded, string.Join("；", stepped.Errors.Select(e => e.Message)));
        return (opened.Value.Id, Assert.Single(stepped.Value!.Steps).Id, scope);
    }

    [Fact]
    public async Task APdf_IsKept_SealedAtRest_AndItsDownloadIsAudited()
    {
        await using var db = await world.NewContextAsync();
        var (caseId, stepId, scope) = await CaseWithStepAsync(db);

        var added = await CaseAttachmentCommands.AddAsync(db, scope, caseId, stepId, [new AttachmentInput("核实报告.pdf", "application/pdf", Pdf)], Ct);
        Assert.True(added.Succeeded);
        var view = Assert.Single(added.Value!);
        Assert.Equal(("核实报告.pdf", "application/pdf", Pdf.Length), (view.FileName, view.ContentType, view.Size));

        var stored = await db.Database.SqlQueryRaw<string>(
            "SELECT \"Content\" AS \"Value\" FROM tolerance_case_step_attachments WHERE \"Id\" = {0}", view.Id).SingleAsync(Ct);
        Assert.StartsWith("v", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Pdf), stored, StringComparison.Ordinal);

        var auditor = new RecordingSensitiveReadAuditor();
        await using var read = await world.NewContextAsync();
        var file = await CaseAttachmentCommands.ReadAsync(read, scope, caseId, stepId, view.Id, auditor, Ct);
        Assert.Equal(Pdf, file!.Content);
        Assert.Equal(("CaseStepAttachment", string.Create(CultureInfo.InvariantCulture, $"{caseId}/{stepId}/{view.Id}"), "Content"), Assert.Single(auditor.Reads));
        Assert.Equal(view, Assert.Single(await CaseAttachmentCommands.ListAsync(read, scope, caseId, Ct)));
    }

    [Theory]
    [InlineData("说明.exe", "application/x-msdownload", "MZ", "contentType", "只接受")]
    [InlineData("说明.txt", "text/plain", "测试", "contentType", "只接受")]
    [InlineData("假的.pdf", "application/pdf", "not a pdf", "content", "不符")]
    public async Task ARefusedFile_NamesTheFileAndTheReason_AndNothingIsSaved(string name, string type, string content, string field, string reason)
    {
        await using var db = await world.NewContextAsync();
        var (caseId, stepId, scope) = await CaseWithStepAsync(db);

        var refused = await CaseAttachmentCommands.AddAsync(db, scope, caseId, stepId,
            [new AttachmentInput("好的.pdf", "application/pdf", Pdf), new AttachmentInput(name, type, System.Text.Encoding.UTF8.GetBytes(content))], Ct);

        var error = Assert.Single(refused.Errors);
        Assert.Equal($"attachments[1].{field}", error.Field);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.False(await db.CaseStepAttachments.AnyAsync(a => a.StepId == stepId, Ct));
    }

    [Fact]
    public async Task AnOversizedFile_AndTooManyFiles_AreRefused()
    {
        await using var db = await world.NewContextAsync();
        var (caseId, stepId, scope) = await CaseWithStepAsync(db);
        var big = new byte[FindingAttachment.MaxBytes + 1];
        Pdf.CopyTo(big, 0);

        var tooBig = await CaseAttachmentCommands.AddAsync(db, scope, caseId, stepId, [new AttachmentInput("大.pdf", "application/pdf", big)], Ct);
        Assert.Contains("不能超过 2 MB", Assert.Single(tooBig.Errors).Message, StringComparison.Ordinal);

        var four = Enumerable.Range(1, CaseStepAttachment.MaxPerUpload + 1).Select(i => new AttachmentInput($"{i}.pdf", "application/pdf", Pdf)).ToList();
        var tooMany = await CaseAttachmentCommands.AddAsync(db, scope, caseId, stepId, four, Ct);
        Assert.Equal("attachments", Assert.Single(tooMany.Errors).Field);

        for (var i = 0; i < CaseStepAttachment.MaxPerStep / CaseStepAttachment.MaxPerUpload; i++)
        {
            Assert.True((await CaseAttachmentCommands.AddAsync(db, scope, caseId, stepId, four[..CaseStepAttachment.MaxPerUpload], Ct)).Succeeded);
        }

        var full = await CaseAttachmentCommands.AddAsync(db, scope, caseId, stepId, four[..2], Ct);
        Assert.Contains($"每个环节最多 {CaseStepAttachment.MaxPerStep} 个", Assert.Single(full.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTownshipsCase_DoesNotExist_ForUploadListOrDownload()
    {
        await using var db = await world.NewContextAsync();
        var (caseId, stepId, scope) = await CaseWithStepAsync(db);
        var added = await CaseAttachmentCommands.AddAsync(db, scope, caseId, stepId, [new AttachmentInput("核实报告.pdf", "application/pdf", Pdf)], Ct);
        var (_, _, other) = await world.NewTownshipAsync(db);
        var auditor = new RecordingSensitiveReadAuditor();

        Assert.True((await CaseAttachmentCommands.AddAsync(db, other, caseId, stepId, [new AttachmentInput("x.pdf", "application/pdf", Pdf)], Ct)).NotFound);
        Assert.Empty(await CaseAttachmentCommands.ListAsync(db, other, caseId, Ct));
        Assert.Null(await CaseAttachmentCommands.ReadAsync(db, other, caseId, stepId, added.Value![0].Id, auditor, Ct));
        // A step of another case under this case's id is no way in either.
        Assert.Null(await CaseAttachmentCommands.ReadAsync(db, scope, caseId + 1000, stepId, added.Value[0].Id, auditor, Ct));
        Assert.Empty(auditor.Reads);
    }
}

public sealed class SqliteCaseAttachmentCommandsTests(SqliteFactsWorld w) : CaseAttachmentCommandsTests(w), IClassFixture<SqliteFactsWorld>;

public sealed class PostgresCaseAttachmentCommandsTests(PostgresFactsWorld w) : CaseAttachmentCommandsTests(w), IClassFixture<PostgresFactsWorld>;
