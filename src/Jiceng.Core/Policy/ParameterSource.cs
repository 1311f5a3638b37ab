namespace Jiceng.Core.Policy;

/// <summary>
/// Where a parameter's value comes from: the document that sets it (文号) and the sentence quoted from it. The clause
/// is not repeated here: the catalogue knows it (<see cref="ParameterDefinition.Clause"/>).
/// </summary>
/// <param name="Document">The document number or title, e.g. 平组发〔2020〕12号; null when only a quotation is given.</param>
/// <param name="Quote">The sentence the value fills in, e.g. “同一岗位任职满x年的应进行调整”; null when only a document is given.</param>
public sealed record ParameterSource(string? Document, string? Quote);

/// <summary>One of a parameter's dated values: <see cref="Value"/> applies from <see cref="From"/> through the day before the next one's.</summary>
/// <param name="From">The first day the value is in force.</param>
/// <param name="Value">The value, of the parameter type's CLR type (<see cref="ParameterTypes.ClrType"/>).</param>
public sealed record DatedValue(DateOnly From, object Value);
