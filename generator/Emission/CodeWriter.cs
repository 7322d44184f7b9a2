using System.Text;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>An indenting text writer with "\n" line ends whatever the platform, for byte-identical output.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    /// <param name="capacity">The expected length: a large file is then written into one buffer.</param>
    public CodeWriter(int capacity = 16)
    {
        _builder = new StringBuilder(capacity);
    }

    /// <summary>Writes a line of the form <c>prefix"escaped value"suffix</c>, the value through <see cref="CSharpEmbedding.AppendStringLiteral"/>.</summary>
    public CodeWriter LineWithLiteral(string prefix, string value, string suffix)
    {
        _builder.Append(' ', _indent * 4).Append(prefix);
        CSharpEmbedding.AppendStringLiteral(_builder, value);
        _builder.Append(suffix).Append('\n');
        return this;
    }

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
