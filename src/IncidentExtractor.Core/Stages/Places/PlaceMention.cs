using IncidentExtractor.Core.Lexicons;

namespace IncidentExtractor.Core.Stages.Places;

/// <summary>A gazetteer name found in a text.</summary>
/// <param name="Start">Offset of the first character in the searched text.</param>
/// <param name="End">Offset just past the last character (exclusive).</param>
/// <param name="Text">The words as written in the text.</param>
/// <param name="Candidates">Every place the words can name, most likely first (never empty).</param>
public sealed record PlaceMention(int Start, int End, string Text, IReadOnlyList<PlaceEntry> Candidates)
{
    /// <summary>The most likely place.</summary>
    public PlaceEntry Best => Candidates[0];

    /// <summary>True when the most likely place lies outside Pakistan.</summary>
    public bool IsForeign => Best.IsForeign;
}
