namespace Jiceng.Core.Policy;

/// <summary>What is wrong with a profile file (or a set of profiles); tests and tools match on it.</summary>
public enum ProfileProblemKind
{
    /// <summary>The text is not valid YAML (tabs in indentation, unclosed brackets, malformed tags …).</summary>
    Syntax = 1,
    /// <summary>The file is empty or holds only comments.</summary>
    Empty = 2,
    /// <summary>The file exceeds a safety limit (size, nesting depth, number of problems).</summary>
    TooLarge = 3,
    /// <summary>A YAML feature profiles do not use: aliases, tags, complex keys, several documents.</summary>
    Unsupported = 4,
    /// <summary>A value of the wrong kind: text where a number is expected, a list where a map is expected …</summary>
    WrongType = 5,
    /// <summary>A required parameter or header field is absent or empty.</summary>
    MissingRequired = 6,
    /// <summary>A structured value (range, table, list item) lacks one of its fields.</summary>
    MissingField = 7,
    /// <summary>A key nobody knows (a typo); the message suggests the nearest known key.</summary>
    UnknownKey = 8,
    /// <summary>A known parameter written in another clause's section.</summary>
    MisplacedKey = 9,
    /// <summary>The same key twice in one map (or the same name twice in a list).</summary>
    DuplicateKey = 10,
    /// <summary>A number outside its allowed range (a ratio above 1, a year out of range, a number too large).</summary>
    OutOfRange = 11,
    /// <summary>A negative amount or count.</summary>
    Negative = 12,
    /// <summary>A range whose min is greater than its max.</summary>
    MinGreaterThanMax = 13,
    /// <summary>A date of the right shape that does not exist (2021-02-29).</summary>
    InvalidDate = 14,
    /// <summary>List items out of the required order (leave tiers must increase).</summary>
    OutOfOrder = 15,
    /// <summary>Two profiles of one set share an effective date.</summary>
    DuplicateEffectiveDate = 16,
    /// <summary>A profile set without any profile.</summary>
    NoProfiles = 17,
    /// <summary>A policy case refers to a local id, rule or record that does not exist (or is of another kind).</summary>
    UndefinedReference = 18,
    /// <summary>A parameter's long form with both <c>value</c> and <c>values</c>.</summary>
    ValueAndValues = 19,
    /// <summary>A dated parameter whose first value starts after P0.effective_from, leaving days without a value.</summary>
    DatedValuesStartLate = 20,
}
