using System.Threading;
using SinoRussia.Dataset.Storage;

namespace SinoRussia.Dataset;

/// <summary>A standing mechanism a meeting belongs to, such as the strategic security consultation.</summary>
public sealed class Mechanism
{
    private readonly TableData? _data;
    private readonly int _idReference;
    private readonly int _offset;
    private string? _id;
    private string? _name;

    /// <summary>Creates a mechanism.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="name">The English name.</param>
    public Mechanism(string id, string name)
    {
        _id = id;
        _name = name;
    }

    internal Mechanism(TableData data, int idReference, int offset)
    {
        _data = data;
        _idReference = idReference;
        _offset = offset;
    }

    /// <summary>The stable id.</summary>
    public string Id => _id ??= _data!.RequiredString(_idReference);

    /// <summary>The English name.</summary>
    public string Name => _name ?? Load();

    /// <inheritdoc />
    public override string ToString() => Name;

    private string Load()
    {
        var reader = _data!.Reader(_offset);
        var name = _data.RequiredString(reader.ReadInt());
        return Interlocked.CompareExchange(ref _name, name, null) ?? name;
    }
}
