namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>Where an attribution stands in its sentence.</summary>
internal enum AttributionKind
{
    /// <summary>Before (or amid) what is said: "Wang Yi said that ...".</summary>
    Leading,

    /// <summary>After what is said: "..., he added." or "..., said Wang Yi."</summary>
    Trailing,

    /// <summary>"According to the top Chinese diplomat, ...".</summary>
    According,
}
