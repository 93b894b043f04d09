namespace IncidentExtractor.Core.Lexicons;

/// <summary>The role a noun for people usually plays in an incident report.</summary>
public enum ActorRole
{
    Attacker,
    Victim,
    Person,
    Modifier,
}
