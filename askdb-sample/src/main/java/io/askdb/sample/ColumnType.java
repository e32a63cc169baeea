package io.askdb.sample;

/** The SQL Server types AdventureWorksLT uses; {@link Ddl} spells each one per flavour. */
enum ColumnType {
    INT,
    SMALLINT,
    TINYINT,
    /** SQL Server {@code bit} (the Flag and NameStyle user types). */
    BIT,
    NVARCHAR,
    /** {@code nvarchar(max)}. */
    NVARCHAR_MAX,
    VARCHAR,
    NCHAR,
    MONEY,
    DECIMAL,
    DATETIME,
    UNIQUEIDENTIFIER,
    /** {@code varbinary(max)}. */
    VARBINARY_MAX,
    XML
}
