using IncidentExtractor.Core.Lexicons;

namespace IncidentExtractor.Tests.Lexicons;

/// <summary>Checks the shipped gazetteer against its table of district headquarters (models/gazetteer/seats.csv).</summary>
public class DistrictSeatTests
{
    private static Gazetteer Shipped => ModelsFolder.Gazetteer;

    private static IReadOnlyList<(string District, string Province, string Seat)> Seats { get; } = ReadSeats();

    [Fact]
    public void Every_district_has_a_row_in_the_seat_table()
    {
        var districts = Shipped.Entries
            .Where(e => e.Kind == PlaceKind.District)
            .Select(e => (e.Name, e.Province ?? string.Empty))
            .Order()
            .ToList();
        var listed = Seats.Select(s => (s.District, s.Province)).Order().ToList();
        Assert.Equal(districts, listed);
    }

    [Fact]
    public void Every_district_named_after_its_headquarters_has_a_town_of_that_name_in_it()
    {
        var sameName = Seats.Where(s => s.Seat == s.District).ToList();
        Assert.True(sameName.Count >= 100);
        var missing = sameName
            .Where(s => !Shipped.Lookup(s.District).Any(e =>
                e.Kind == PlaceKind.City && e.Name == s.District && e.District == s.District && e.Province == s.Province))
            .Select(s => s.District)
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_listed_headquarters_is_a_town_of_its_district()
    {
        // The undivided Kohistan and South Waziristan keep their seats in the parts split from them;
        // Karachi spreads over its seven districts and names none.
        var missing = Seats
            .Where(s => s.Seat.Length > 0)
            .Where(s => !Shipped.Lookup(s.Seat).Any(e =>
                e.Kind == PlaceKind.City && e.Name == s.Seat && e.Province == s.Province
                && (e.District is null || e.District == s.District || e.District.EndsWith(" " + s.District, StringComparison.Ordinal))))
            .Select(s => $"{s.Seat} ({s.District})")
            .ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("Kalat", "Kalat", "Balochistan")]
    [InlineData("Kelat", "Kalat", "Balochistan")]
    [InlineData("Sheikhupura", "Sheikhupura", "Punjab")]
    [InlineData("Shekhupura", "Sheikhupura", "Punjab")]
    [InlineData("Jhang", "Jhang", "Punjab")]
    [InlineData("Jhang Sadr", "Jhang", "Punjab")]
    [InlineData("Umerkot", "Umerkot", "Sindh")]
    [InlineData("Umarkot", "Umerkot", "Sindh")]
    [InlineData("Surab", "Surab", "Balochistan")]
    [InlineData("Soorab", "Surab", "Balochistan")]
    [InlineData("Kashmore", "Kashmore", "Sindh")]
    [InlineData("Kashmor", "Kashmore", "Sindh")]
    [InlineData("Nowshera", "Nowshera", "Khyber Pakhtunkhwa")]
    [InlineData("Haripur", "Haripur", "Khyber Pakhtunkhwa")]
    [InlineData("Layyah", "Layyah", "Punjab")]
    [InlineData("Bhimber", "Bhimber", "Azad Kashmir")]
    [InlineData("Mirpur", "Mirpur", "Azad Kashmir")]
    [InlineData("Sujawal", "Sujawal", "Sindh")]
    public void District_towns_go_by_the_district_spelling(string written, string district, string province)
    {
        var best = Shipped.Lookup(written)[0];
        Assert.Equal((district, PlaceKind.City, district, province), (best.Name, best.Kind, best.District, best.Province));
    }

    [Theory]
    [InlineData("Bajaur", "Khar")]
    [InlineData("Kurram", "Parachinar")]
    [InlineData("Upper Dir", "Dir")]
    [InlineData("Swat", "Saidu Sharif")]
    [InlineData("Kech", "Turbat")]
    [InlineData("Ghizer", "Gahkuch")]
    public void A_headquarters_of_another_name_keeps_its_own(string district, string seat)
    {
        Assert.DoesNotContain(Shipped.Lookup(district), e => e.Kind == PlaceKind.City);
        Assert.Contains(Shipped.Lookup(seat), e => e.Kind == PlaceKind.City && e.District == district);
    }

    private static List<(string District, string Province, string Seat)> ReadSeats()
    {
        var path = Path.Combine(ModelsFolder.GazetteerDirectory, "seats.csv");
        return File.ReadLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .Select(fields => (fields[0], fields[1], fields[2]))
            .ToList();
    }
}
