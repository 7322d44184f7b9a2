using System;
using System.ComponentModel;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// One named stream of a compiled table, placed by the generator on a holder class. The compiler
/// writes the string into the assembly's metadata blob heap as UTF-8, where <see cref="BlobSource"/>
/// reads it without copying. Not for use in hand-written code: the format is the generator's.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class DataBlobAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The stream's name: <c>records</c>, <c>strings</c> or <c>lengths</c>.</param>
    /// <param name="data">The stream's bytes as text (printable ASCII numbers, or UTF-8 strings).</param>
    public DataBlobAttribute(string name, string data)
    {
        Name = name;
        Data = data;
    }

    /// <summary>The stream's name.</summary>
    public string Name { get; }

    /// <summary>The stream's bytes as text.</summary>
    public string Data { get; }
}
