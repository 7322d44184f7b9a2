namespace SinoRussia.Dataset.Export;

/// <summary>The type of an exported column, as Frictionless Table Schema and Parquet name it.</summary>
public enum ColumnType
{
    /// <summary>Text (Frictionless <c>string</c>, Parquet UTF-8 byte array).</summary>
    String,

    /// <summary>A whole number (Frictionless <c>integer</c>, Parquet INT32).</summary>
    Integer,

    /// <summary>A calendar day (Frictionless <c>date</c>, ISO 8601 <c>yyyy-MM-dd</c> in CSV; Parquet DATE).</summary>
    Date,
}
