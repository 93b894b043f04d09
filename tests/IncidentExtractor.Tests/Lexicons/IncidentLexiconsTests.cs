using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline;

namespace IncidentExtractor.Tests.Lexicons;

public class IncidentLexiconsTests
{
    [Fact]
    public void The_group_lexicon_covers_at_least_thirty_groups()
    {
        var path = Path.Combine(TestModels.ModelsDirectory, "lexicons", "groups.tsv");
        var canonical = TsvFile.Read(path, ["canonical", "aliases"]).Select(r => r["canonical"]).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(canonical.Count >= 30, $"{canonical.Count} groups");
        Assert.All(canonical, name => Assert.Equal(name, TestModels.Lexicons.CanonicalGroup(name)));
    }

    [Theory]
    [InlineData("TTP", "Tehrik-i-Taliban Pakistan")]
    [InlineData("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan")]
    [InlineData("Fitna al-Khawarij", "Tehrik-i-Taliban Pakistan")]
    [InlineData("Fitna al-Hindustan", "Baloch Liberation Army")]
    [InlineData("Balochistan Liberation Army", "Baloch Liberation Army")]
    [InlineData("BLF", "Balochistan Liberation Front")]
    [InlineData("ISKP", "Khorasan Chapter of the Islamic State")]
    [InlineData("Daesh", "Islamic State of Iraq and the Levant")]
    [InlineData("LeJ", "Lashkar-e-Jhangvi")]
    [InlineData("Jamaat-ur-Ahrar", "Jamaat-ul-Ahrar")]
    [InlineData("Hafiz Gul Bahadur", "Hafiz Gul Bahadur Group")]
    public void Aliases_and_official_labels_map_to_canonical_names(string alias, string canonical) =>
        Assert.Equal(canonical, TestModels.Lexicons.CanonicalGroup(alias));

    [Fact]
    public void A_malformed_lexicon_row_names_its_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("lexicons-");
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(TestModels.ModelsDirectory, "lexicons")))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }

            File.AppendAllText(Path.Combine(folder.FullName, "attack-triggers.tsv"), "car bomb\tCar Bombing\tExplosives\t5\n");
            var error = Assert.Throws<ModelLoadException>(() => IncidentLexicons.Load(folder.FullName));
            Assert.Contains("attack-triggers.tsv:", error.Message, StringComparison.Ordinal);
            Assert.Contains("not a GTD label", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
