using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Core.Stages.Dates;

/// <summary>The main incident's date: the words it came from, and the date they resolve to when they fix one.</summary>
public sealed record EventDate(string Text, CalendarDate? Date, FieldEvidence Evidence);
