namespace IncidentExtractor.Core.Stages.Dates;

/// <summary>
/// A date as far as the text fixes it: the year may be unknown ("23 November"), and the day
/// may be unknown ("last month"). Formats as the schema asks: YYYY-MM-DD, YYYY-MM or YYYY.
/// </summary>
public readonly record struct CalendarDate(int? Year, int? Month, int? Day)
{
    public bool IsComplete => Year is not null && Month is not null && Day is not null;

    public DateOnly? ToDateOnly() =>
        IsComplete && DateOnly.TryParseExact($"{Year:D4}-{Month:D2}-{Day:D2}", "yyyy-MM-dd", out var d) ? d : null;

    /// <summary>The schema's ISO form, or null when not even the year is known.</summary>
    public string? ToIso() => (Year, Month, Day) switch
    {
        ({ } y, { } m, { } d) => $"{y:D4}-{m:D2}-{d:D2}",
        ({ } y, { } m, null) => $"{y:D4}-{m:D2}",
        ({ } y, null, _) => $"{y:D4}",
        _ => null,
    };
}
