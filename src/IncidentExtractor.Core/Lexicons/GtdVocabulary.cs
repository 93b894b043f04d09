namespace IncidentExtractor.Core.Lexicons;

/// <summary>The GTD labels the schema allows for target, attack and weapon types.</summary>
public static class GtdVocabulary
{
    public static readonly IReadOnlySet<string> TargetTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Business", "Government (General)", "Government (Diplomatic)", "Police", "Military", "Educational Institution",
        "Journalists & Media", "Private Citizens & Property", "Religious Figures/Institutions", "Transportation",
        "Utilities", "Telecommunication", "NGO", "Tourists", "Terrorists/Non-State Militia", "Violent Political Party",
        "Airports & Aircraft", "Maritime", "Food or Water Supply", "Other", "Unknown",
    };

    public static readonly IReadOnlySet<string> AttackTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
        "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown",
    };

    public static readonly IReadOnlySet<string> WeaponTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Firearms", "Explosives", "Incendiary", "Melee", "Vehicle", "Chemical", "Other", "Unknown",
    };
}
