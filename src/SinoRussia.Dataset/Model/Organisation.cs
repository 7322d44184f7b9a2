using System.Threading;
using SinoRussia.Dataset.Storage;

namespace SinoRussia.Dataset;

/// <summary>A body in which an official holds a post.</summary>
public sealed class Organisation
{
    private readonly TableData? _data;
    private readonly int _idReference;
    private readonly int _offset;
    private string? _id;
    private Details? _details;

    /// <summary>Creates an organisation.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="name">The English name.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 country code, where it belongs to one country.</param>
    public Organisation(string id, string name, string? country)
    {
        _id = id;
        _details = new Details(name, country);
    }

    internal Organisation(TableData data, int idReference, int offset)
    {
        _data = data;
        _idReference = idReference;
        _offset = offset;
    }

    /// <summary>The stable id, such as <c>russia-security-council</c>.</summary>
    public string Id => _id ??= _data!.RequiredString(_idReference);

    /// <summary>The English name.</summary>
    public string Name => D.Name;

    /// <summary>The ISO 3166-1 alpha-2 country code, where it belongs to one country.</summary>
    public string? Country => D.Country;

    /// <inheritdoc />
    public override string ToString() => Name;

    private Details D => _details ?? Load();

    private Details Load()
    {
        var reader = _data!.Reader(_offset);
        var details = new Details(_data.RequiredString(reader.ReadInt()), _data.String(reader.ReadInt()));
        return Interlocked.CompareExchange(ref _details, details, null) ?? details;
    }

    private sealed record Details(string Name, string? Country);
}
