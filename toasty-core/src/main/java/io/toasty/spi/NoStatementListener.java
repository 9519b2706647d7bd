package io.toasty.spi;

/** The listener of {@link StatementListener#none()}. */
enum NoStatementListener implements StatementListener {
    INSTANCE;

    @Override
    public void onStatement(StatementEvent event) {}
}
