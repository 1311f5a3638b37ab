using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;

namespace Jiceng.Data.Demo;

/// <summary>
/// A finding the generator put into the demo data on purpose (or knows it made), for evaluation on
/// <see cref="DemoDistrictGenerator.DataAsOf"/> under the shipped example profile: exactly one of <see cref="Unit"/>
/// and <see cref="Cadre"/> is set; after seeding their ids identify the subject.
/// </summary>
public sealed record PlantedFinding(string Rule, Severity Severity, OrgUnit? Unit, Cadre? Cadre, string Why);
