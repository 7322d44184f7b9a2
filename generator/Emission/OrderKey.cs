using System;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// Where a record falls in its table, the one rule of the tables' order: meetings by their earliest day
/// (<see cref="Date"/>, yyyymmdd), then id; every other table by id (<see cref="Date"/> 0). Ids are
/// unique in a table that compiles, so no two keys are equal.
/// </summary>
internal readonly record struct OrderKey(int Date, string Id) : IComparable<OrderKey>
{
    public int CompareTo(OrderKey other)
    {
        var byDate = Date.CompareTo(other.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(Id, other.Id);
    }
}
