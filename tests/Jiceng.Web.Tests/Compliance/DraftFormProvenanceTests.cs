using Jiceng.Core.Policy;
using Jiceng.Testing;
using Jiceng.Web.Compliance;

namespace Jiceng.Web.Tests.Compliance;

/// <summary>A draft made with the policy page's form keeps the sources and dated values of the profile it started from.</summary>
public sealed class DraftFormProvenanceTests
{
    [Fact]
    public void A_draft_from_the_form_keeps_sources_and_dated_values()
    {
        var profile = ExampleProfile.Create();
        Assert.NotEmpty(profile.Sources);
        Assert.NotEmpty(profile.DatedValues);
        var form = DraftForm.From(profile);
        form.Name = "草案";
        form[ParameterIds.P4.MaxYearsSamePost].Number = 6;

        var result = ProfileLoader.Load(form.ToYaml(), "draft");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        var draft = result.Profile;
        Assert.Equal(6, draft.Int(ParameterIds.P4.MaxYearsSamePost));
        Assert.Equal(profile.Sources, draft.Sources);
        foreach (var (id, dated) in profile.DatedValues)
        {
            Assert.Equal(dated, draft.DatedValuesOf(id));
        }
    }
}
