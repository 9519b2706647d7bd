#!/usr/bin/env bash
# Builds the benchmark jar and runs it on the local PostgreSQL: benchmarks/run.sh [short|long] [--only REGEX]
# [--systems jdbc,toasty,hibernate,toasty-tx,toasty-cdi-jta,jdbc-jta,jdbc-cdi-jta] [--no-gc] [--no-jmh] [--counts] [--prof jfr].
# The short profile takes under 10 minutes on 2 cores (--no-gc saves one; --counts times nothing and takes 3), the long one
# about an hour. The database is the test suites' one: 127.0.0.1:5432, user postgres, database test, or
# TOASTY_TEST_PG_URL (with TOASTY_TEST_PG_USER and TOASTY_TEST_PG_PASSWORD). The benchmarks work in a schema of
# their own, dropped at the end. Prints three tables; target/benchmarks/ keeps them (results.md), the statements sent
# (wire.md) and JMH's logs.
set -euo pipefail

cd "$(dirname "$0")/.."
mvn -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true
cd benchmarks
exec java -jar target/benchmarks.jar "$@"
