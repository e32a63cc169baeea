package io.askdb.sql;

/** Guards over the hand-built SalesLT catalogue with the default deny-list and a cap of 1000 rows. */
final class GuardFixture {

    static final int MAX_ROWS = 1000;

    private GuardFixture() {}

    static SqlGuard guard(Dialect dialect) {
        return new SqlGuard(SalesLtCatalog.catalog(), dialect, SalesLtCatalog.DENY, MAX_ROWS);
    }
}
