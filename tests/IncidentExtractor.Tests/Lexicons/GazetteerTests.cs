using IncidentExtractor.Core.Lexicons;

namespace IncidentExtractor.Tests.Lexicons;

/// <summary>Checks on the shipped gazetteer (models/gazetteer).</summary>
public class GazetteerTests
{
    private static Gazetteer Shipped => ModelsFolder.Gazetteer;

    [Theory]
    [InlineData("Mirali", "Mir Ali")]
    [InlineData("KPK", "Khyber Pakhtunkhwa")]
    [InlineData("D.I. Khan", "Dera Ismail Khan")]
    [InlineData("Quetta", "Quetta")]
    public void A_spelling_has_the_gazetteer_s_canonical_name(string spelling, string canonical)
    {
        Assert.Equal(canonical, Shipped.CanonicalName(spelling));
    }

    [Fact]
    public void An_unknown_name_has_no_canonical_name()
    {
        Assert.Null(Shipped.CanonicalName("Nowhereabad Khurd"));
    }

    [Fact]
    public void Every_Pakistani_place_has_a_known_province_and_a_point_inside_Pakistan()
    {
        var pakistani = Shipped.Entries.Where(e => !e.IsForeign).ToList();
        Assert.NotEmpty(pakistani);
        Assert.All(pakistani, e =>
        {
            Assert.Contains(e.Province, Gazetteer.Provinces);
            Assert.NotNull(e.Latitude);
            Assert.NotNull(e.Longitude);
            Assert.InRange(e.Latitude!.Value, 23.5, 37.2);
            Assert.InRange(e.Longitude!.Value, 60.8, 77.9);
        });
    }

    [Fact]
    public void At_least_600_cities_and_towns_are_listed()
    {
        Assert.True(Shipped.Entries.Count(e => e.Kind == PlaceKind.City) >= 600);
    }

    [Fact]
    public void Towns_and_localities_name_their_district()
    {
        // Karachi alone spreads over seven districts.
        var missing = Shipped.Entries
            .Where(e => e.Kind is PlaceKind.City or PlaceKind.Locality && e.District is null && e.Name != "Karachi")
            .Select(e => e.Name)
            .ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("Karachi", "Karachi", PlaceKind.City, null, "Sindh")]
    [InlineData("Peshawar", "Peshawar", PlaceKind.City, "Peshawar", "Khyber Pakhtunkhwa")]
    [InlineData("Quetta", "Quetta", PlaceKind.City, "Quetta", "Balochistan")]
    [InlineData("D.I. Khan", "Dera Ismail Khan", PlaceKind.City, "Dera Ismail Khan", "Khyber Pakhtunkhwa")]
    [InlineData("Miranshah", "Miran Shah", PlaceKind.City, "North Waziristan", "Khyber Pakhtunkhwa")]
    [InlineData("Noshki", "Nushki", PlaceKind.City, "Nushki", "Balochistan")]
    [InlineData("Lyari", "Lyari", PlaceKind.Locality, "Karachi South", "Sindh")]
    [InlineData("Clifton", "Clifton", PlaceKind.Locality, "Karachi South", "Sindh")]
    [InlineData("Hayatabad", "Hayatabad", PlaceKind.Locality, "Peshawar", "Khyber Pakhtunkhwa")]
    [InlineData("Baleli", "Baleli", PlaceKind.Locality, "Quetta", "Balochistan")]
    [InlineData("Bajaur", "Bajaur", PlaceKind.District, null, "Khyber Pakhtunkhwa")]
    [InlineData("Orakzai", "Orakzai", PlaceKind.District, null, "Khyber Pakhtunkhwa")]
    [InlineData("Keamari", "Keamari", PlaceKind.District, null, "Sindh")]
    [InlineData("Chilas", "Chilas", PlaceKind.City, "Diamer", "Gilgit-Baltistan")]
    [InlineData("Turbat", "Turbat", PlaceKind.City, "Kech", "Balochistan")]
    [InlineData("Nawabshah", "Nawabshah", PlaceKind.City, "Shaheed Benazirabad", "Sindh")]
    [InlineData("KPK", "Khyber Pakhtunkhwa", PlaceKind.Province, null, "Khyber Pakhtunkhwa")]
    [InlineData("NWFP", "Khyber Pakhtunkhwa", PlaceKind.Province, null, "Khyber Pakhtunkhwa")]
    public void Names_news_uses_resolve_to_the_right_place(string written, string name, PlaceKind kind, string? district, string province)
    {
        var best = Shipped.Lookup(written)[0];
        Assert.Equal((name, kind, district, province), (best.Name, best.Kind, best.District, best.Province));
    }

    [Theory]
    [InlineData("Hayatabad", "Peshawar")]
    [InlineData("Clifton", "Karachi")]
    [InlineData("Baleli", "Quetta")]
    [InlineData("Qissa Khwani", "Peshawar")]
    [InlineData("Orangi Town", "Karachi")]
    public void City_localities_name_their_city(string locality, string city)
    {
        Assert.Contains(Shipped.Lookup(locality), e => e.Kind == PlaceKind.Locality && e.City == city);
    }

    [Theory]
    [InlineData("Khyber")]
    [InlineData("Kurram")]
    [InlineData("Mohmand")]
    [InlineData("North Waziristan")]
    [InlineData("South Waziristan")]
    [InlineData("Lower South Waziristan")]
    [InlineData("Upper Chitral")]
    [InlineData("Kolai-Palas")]
    [InlineData("Korangi")]
    [InlineData("Karachi East")]
    [InlineData("Chaman")]
    [InlineData("Hub")]
    [InlineData("Usta Muhammad")]
    [InlineData("Talagang")]
    [InlineData("Murree")]
    [InlineData("Kot Addu")]
    [InlineData("Taunsa")]
    [InlineData("Gupis-Yasin")]
    [InlineData("Darel")]
    [InlineData("Tangir")]
    [InlineData("Muzaffarabad")]
    [InlineData("Islamabad")]
    public void Former_agencies_and_new_districts_are_districts(string name)
    {
        Assert.Contains(Shipped.Lookup(name), e => e.Kind == PlaceKind.District);
    }

    [Theory]
    [InlineData("Kabul", "Afghanistan")]
    [InlineData("Sistan-Baluchestan", "Iran")]
    [InlineData("Srinagar", "India")]
    [InlineData("UAE", "United Arab Emirates")]
    public void Foreign_places_carry_their_country(string written, string country)
    {
        var best = Shipped.Lookup(written)[0];
        Assert.True(best.IsForeign);
        Assert.Equal(country, best.Country);
    }

    [Fact]
    public void Common_words_are_stopwords()
    {
        Assert.True(Shipped.IsStopword("Police"));
        Assert.True(Shipped.IsStopword("KHAN"));
        Assert.False(Shipped.IsStopword("Karachi"));
    }
}
