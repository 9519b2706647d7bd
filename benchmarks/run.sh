#!/usr/bin/env bash
# Builds the benchmark jar and runs it on the local PostgreSQL: benchmarks/run.sh [short|long] [--only REGEX]
# [--systems jdbc,toasty,hibernate,toasty-tx,toasty-cdi-jta] [--no-gc] [--no-jmh] [--prof jfr]. The short profile
# takes about 10 minutes on 2 cores (--no-gc saves one), the long one
# about an hour. The database is the test suites' one: 127.0.0.1:5432, user postgres, database test, or
# TOASTY_TEST_PG_URL (with TOASTY_TEST_PG_USER and TOASTY_TEST_PG_PASSWORD). The benchmarks work in a schema of
# their own, dropped at the end. Prints one table; target/benchmarks/ keeps it (results.md) and JMH's logs.
set -euo pipefail

cd "$(dirname "$0")/.."
mvn -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true
cd benchmarks
exec java -jar target/benchmarks.jar "$@"
