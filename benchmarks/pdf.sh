#!/usr/bin/env bash
# PDF benchmark: the invoice PDF of 30 lines (with a payment and a credit applied, the contractor's logo) and the proposal
# PDF of 30 lines, as sent and as signed (signature image and audit block), filled and
# exported exactly as the portal does it, in one JVM without a server: the cold first one, the warm median and p95
# on one thread, and PDFs per second on 2 and 4 threads. Prints figures; asserts nothing.
#
#   benchmarks/pdf.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v fc-list >/dev/null || { echo "fontconfig is needed for PDFs: apt-get install -y fontconfig" >&2; exit 1; }
mvn -q -pl portal-ejb -am install -DskipTests >/dev/null
mvn -q -pl portal-ejb test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx512m -cp "portal-ejb/target/test-classes:portal-ejb/target/classes:$(cat portal-ejb/target/bench.classpath)" \
    com.fieldportal.report.PdfBenchmark
