using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Audit;

/// <summary>The audit page shows the head anchored outside the database, so an auditor can compare it with a copy.</summary>
[Collection(WebCollection.Name)]
public sealed class AuditAnchorPageTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuditPage_ShowsTheLatestAnchoredHead()
    {
        var client = await app.SignedInClientAsync(await app.AuditorUserAsync());
        AuditHeadMark mark;
        using (var scope = app.Services.CreateScope())
        {
            var anchor = scope.ServiceProvider.GetRequiredService<AuditAnchorFile>();
            Assert.Equal(app.AnchorFilePath, anchor.Path);
            Assert.Null(await AuditAnchoring.AnchorAsync(scope.ServiceProvider.GetRequiredService<JicengDbContext>(), anchor, TimeProvider.System, Ct));
            mark = anchor.Read().Latest!;
        }

        var html = await (await Forms.GetAsync(client, "/audit")).Content.ReadAsStringAsync(Ct);

        var text = Forms.ElementText(html, "audit-anchor");
        Assert.Contains($"条目 {mark.LastId}", text, StringComparison.Ordinal);
        Assert.Contains(mark.LastHash, text, StringComparison.Ordinal);
    }
}
