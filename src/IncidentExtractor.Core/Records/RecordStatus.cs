namespace IncidentExtractor.Core.Records;

/// <summary>The values of the record's <c>status</c> field.</summary>
public static class RecordStatus
{
    public const string Ok = "ok";
    public const string NoIncident = "no_incident";
    public const string Error = "error";
}
