#!/usr/bin/env bash
# Fuzzes every Jazzer target, one JVM per target (Jazzer fuzzes one target per run), and prints each target's
# last libFuzzer status line (executions, coverage, corpus) and its wall time.
# Without JAZZER_FUZZ the same tests only replay their committed corpus; that is what `mvnw verify` does.
# Usage: [FUZZ_DURATION=3m] scripts/fuzz.sh [module:TestClass#method ...]   (default: all targets, 30s each)
#
# The parser contract is enforced here, not only in the targets: an input that runs longer than
# FUZZ_INPUT_TIMEOUT seconds is a finding (hang), and so is an OutOfMemoryError under the FUZZ_HEAP heap
# (runaway allocation; Jazzer's JUnit mode switches libFuzzer's own RSS limit off).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAZZER_FUZZ=1
# Overrides @FuzzTest(maxDuration) for every target.
export JAZZER_MAX_DURATION=${FUZZ_DURATION:-30s}
INPUT_TIMEOUT=${FUZZ_INPUT_TIMEOUT:-10}
HEAP=${FUZZ_HEAP:-512m}

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
  started=$(date +%s)
  # Jazzer turns the JUnit timeout into libFuzzer's per-input -timeout; JUnit's own enforcement is switched off
  # because for JUnit the whole fuzzing run is a single invocation.
  if ./mvnw -B -q -pl "$module" -am test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dspotless.check.skip=true "-Dcounterdesk.test.argLine=-Xmx$HEAP" \
      "-Djunit.jupiter.execution.timeout.testtemplate.method.default=${INPUT_TIMEOUT}s" \
      -Djunit.jupiter.execution.timeout.mode=disabled >"$log" 2>&1; then
    result=ok
  else
    result=FINDING
    status=1
  fi
  echo "$target $result $(($(date +%s) - started))s $(grep -aE '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)' "$log" | tail -1)"
done
exit $status
