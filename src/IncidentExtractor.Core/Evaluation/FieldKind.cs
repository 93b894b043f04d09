namespace IncidentExtractor.Core.Evaluation;

/// <summary>How a scored field's gold and predicted values are compared.</summary>
public enum FieldKind
{
    /// <summary>Equal after text normalisation (case, white space, punctuation).</summary>
    Text,

    /// <summary>ISO dates, equal after normalisation (<c>2018-11-3</c> equals <c>2018-11-03</c>).</summary>
    Date,

    /// <summary>A whole number where empty and 0 are equal (killed, injured, attackers killed).</summary>
    Count,

    /// <summary>A whole number where empty means unknown (attacker count).</summary>
    WholeNumber,

    /// <summary>Degrees, equal within <see cref="FieldComparer.CoordinateTolerance"/>.</summary>
    Coordinate,

    /// <summary>A short noun phrase, scored by head-noun match.</summary>
    Phrase,

    /// <summary>A place name, equal after canonicalisation (the gazetteer's name for a spelling) and text normalisation.</summary>
    Place,

    /// <summary>A group name, equal after canonicalisation; a filled prediction for an empty gold is a false positive.</summary>
    Group,
}
