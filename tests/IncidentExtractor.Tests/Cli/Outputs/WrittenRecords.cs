using IncidentExtractor.Cli.Outputs;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Tests.Cli.Outputs;

/// <summary>The text a record writer produces for some records, completed and disposed.</summary>
internal static class WrittenRecords
{
    public static string Text(Func<TextWriter, RecordWriter> create, IEnumerable<IncidentRecord> records)
    {
        var output = new StringWriter();
        using (var writer = create(output))
        {
            foreach (var record in records)
            {
                writer.Write(record);
            }

            writer.Complete();
        }

        return output.ToString();
    }
}
