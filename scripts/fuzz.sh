#!/usr/bin/env bash
# Fuzzes every Jazzer target for its @FuzzTest maxDuration (30 s), one JVM per target (Jazzer fuzzes one
# target per run), and prints each target's last libFuzzer status line (executions, coverage, corpus).
# Without JAZZER_FUZZ the same tests only replay their committed corpus; that is what `mvnw verify` does.
# Usage: scripts/fuzz.sh [module:TestClass#method ...]   (default: all targets)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAZZER_FUZZ=1

TARGETS=("$@")
if ((${#TARGETS[@]} == 0)); then
  TARGETS=(
    card:ChipDataFuzzTest#tlvReader
    card:ChipDataFuzzTest#efComAndDg1
    card:ChipDataFuzzTest#dg2AndFaceDecoding
    card:ChipDataFuzzTest#dg13
    card:ChipDataFuzzTest#dg14AndCardAccess
    card:ChipDataFuzzTest#dg15
    card:ChipDataFuzzTest#sod
    card:ChipDataFuzzTest#accessInput
    card:SecureMessagingUnwrapFuzzTest#unwrapReturnsAResponseOrTheTypedError
    invoice:InvoiceXmlReaderFuzzTest#readingAndVerifyingReturnsAValueOrTheTypedError
    sync:AnswerReaderFuzzTest#anAnswerIsReadAndVerifiedOrRefusedWithTheTypedError
    sync:AnswerReaderFuzzTest#aPageSplitsIntoMessagesOrIsRefusedWithTheTypedError
  )
fi

mkdir -p target/fuzz
status=0
for target in "${TARGETS[@]}"; do
  module=${target%%:*}
  test=${target#*:}
  log="target/fuzz/${test//[#]/_}.log"
  if ./mvnw -B -q -pl "$module" -am test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dspotless.check.skip=true >"$log" 2>&1; then
    result=ok
  else
    result=FINDING
    status=1
  fi
  echo "$target $result $(grep -aE '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)' "$log" | tail -1)"
done
exit $status
