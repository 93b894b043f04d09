using System.Globalization;
using System.Text;
using IncidentExtractor.Cli.Commands;
using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Cli.Outputs;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Tests.Cli.Inputs;

/// <summary>
/// Seeded random and mutated articles, as bytes and as JSON Lines rows, through decoding, the
/// whole pipeline and both writers: nothing may throw and every input must give a valid record.
/// Set INCIDENT_FUZZ_ITERATIONS for a longer run.
/// </summary>
public class DecodingFuzzTests
{
    private const int DefaultIterations = 10_000;

    private static readonly string[] Seeds =
    [
        "QUETTA: Gunmen on motorcycles shot dead two policemen on Friday, officials said.",
        "PESHAWAR, Nov 23: At least 35 people were killed and 50 injured when a suicide bomber blew himself up.",
        "<html><head><title>Blast</title></head><body><h1>Blast in Kohat</h1><p>Three were hurt.</p></body></html>",
        "Karachi \u2014 \u201cNo group has claimed responsibility,\u201d the SSP said. \u06a9\u0631\u0627\u0686\u06cc",
        "date 2018-11-23\n\nThe Tehrik-i-Taliban Pakistan claimed the attack on the FC convoy in Orakzai.",
    ];

    private static readonly string[] Hostile =
    [
        new string(',', 5_000),
        "killed " + new string('9', 40) + " people",
        "=cmd|' /C calc'!A0",
        new string('\u0301', 1_000),
        "\uD800 lone surrogate \uDFFF",
        string.Concat(Enumerable.Repeat("<div>", 500)),
    ];

    [Fact]
    public void Random_and_mutated_articles_never_throw_and_always_give_a_valid_record()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("INCIDENT_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : DefaultIterations;
        var random = new Random(20181123);
        var inputs = Enumerable.Range(0, iterations).Select(i => MakeItem(random, i)).ToList();

        var records = ExtractionRunner.Run(inputs, TestModels.Pipeline, jobs: 2, CancellationToken.None).ToList();

        using var csv = new CsvRecordWriter(TextWriter.Null, neutraliseFormulas: true);
        using var json = new JsonRecordWriter(TextWriter.Null, lines: true);
        Assert.Equal(inputs.Count, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            Assert.Equal(inputs[i].Source, record.Source);
            Assert.Contains(record.Status, new[] { RecordStatus.Ok, RecordStatus.NoIncident, RecordStatus.Error });
            Assert.Equal(record.Status == RecordStatus.Error, !string.IsNullOrEmpty(record.Error));
            if (inputs[i].Article is not null)
            {
                Assert.DoesNotContain("internal error", record.Error ?? string.Empty, StringComparison.Ordinal);
            }

            csv.Write(record);
            json.Write(record);
        }
    }

    private static InputItem MakeItem(Random random, int index)
    {
        var source = $"fuzz-{index:D5}.txt";
        return random.Next(4) switch
        {
            0 => ArticleFactory.FromBytes(source, LoadedBytes.Success(RandomBytes(random)), htmlByName: false, published: null),
            1 => ArticleFactory.FromBytes(source, LoadedBytes.Success(Mutate(random, Encode(random, Pick(random)))), htmlByName: random.Next(8) == 0, new DateOnly(2018, 11, 23)),
            2 => ArticleFactory.FromText(source, MutateText(random, Pick(random)), htmlByName: false, published: null, title: null),
            _ => JsonLinesRow(random, source),
        };
    }

    private static InputItem JsonLinesRow(Random random, string source)
    {
        var text = MutateText(random, Pick(random));
        var row = random.Next(3) == 0
            ? MutateText(random, $$"""{"id": "x", "text": "{{text}}"}""")
            : System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = source, ["text"] = text, ["published"] = "2019-03-01" });
        var items = JsonLinesArticles.Read(new StringReader(row), source, new InputOptions { MaxBytes = 20_000 }).ToList();
        // A mutation can split a row in two; the first is enough.
        return items.Count == 0
            ? new InputItem(source, null, "empty")
            : items[0] with { Source = source, Article = items[0].Article is { } article ? article with { Source = source } : null };
    }

    private static string Pick(Random random) =>
        random.Next(5) == 0 ? Hostile[random.Next(Hostile.Length)] : Seeds[random.Next(Seeds.Length)];

    private static byte[] Encode(Random random, string text) => random.Next(5) switch
    {
        0 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        1 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        2 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 300)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] bytes)
    {
        var list = bytes.ToList();
        var edits = random.Next(0, 6);
        for (var e = 0; e < edits && list.Count > 0; e++)
        {
            var at = random.Next(list.Count);
            switch (random.Next(4))
            {
                case 0:
                    list[at] = (byte)random.Next(256);
                    break;
                case 1:
                    list.RemoveAt(at);
                    break;
                case 2:
                    list.Insert(at, (byte)random.Next(256));
                    break;
                default:
                    list.RemoveRange(at, list.Count - at);
                    break;
            }
        }

        return [.. list];
    }

    private static string MutateText(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(0, 6);
        for (var e = 0; e < edits && builder.Length > 0; e++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0:
                    builder[at] = (char)random.Next(0, 0x3000);
                    break;
                case 1:
                    builder.Remove(at, 1);
                    break;
                case 2:
                    builder.Insert(at, new[] { ",", "\"", "\n", "=", "\0", "99999999999999999999", "<p>", "\uFFFD" }[random.Next(8)]);
                    break;
                case 3:
                    builder.Insert(at, text[..random.Next(text.Length)]);
                    break;
                default:
                    builder.Length = at;
                    break;
            }
        }

        return builder.ToString();
    }
}
