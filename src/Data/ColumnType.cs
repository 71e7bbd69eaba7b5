namespace Site.Data;

public enum ColumnType
{
    Text,
    Number,
    Percent,
    Money,
    Year,
}

/// <summary>The unit a column's numbers are written in ("1.8" with scale billion means 1.8 billion).</summary>
public enum Scale
{
    One,
    Thousand,
    Million,
    Billion,
}
