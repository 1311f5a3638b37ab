using Jiceng.Core.Findings;

namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>R5.1: one township's grades of the evaluated year: n assessed (every grade but 不进行考核) and the 优秀 among them.</summary>
public sealed record ExcellentGradeFacts(Subject Township, int Year, int Assessed, int Excellent);

/// <summary>R5.2: one township with villages: its villages and communities, and what was disbursed to their cadres for the year.</summary>
public sealed record VillageFundFacts(Subject Township, int Year, int Villages, decimal DisbursedYuan);

/// <summary>R5.3: one district's awards granted in the evaluated year up to the as-of day, and the grassroots ones among them.</summary>
public sealed record AwardShareFacts(Subject District, int Year, int Awards, int Grassroots);

/// <summary>R5.4: an award granted in the evaluated year up to the as-of day, with the event's and the grant's days.</summary>
public sealed record AwardTimingFacts(Subject Cadre, int AwardId, string Title, DateOnly EventOn, DateOnly GrantedOn);

/// <summary>R5.5: a township assessment of the evaluated year and how many feedback entries it has.</summary>
public sealed record TownshipAssessmentFacts(Subject Township, int AssessmentId, int Year, int FeedbackEntries);
