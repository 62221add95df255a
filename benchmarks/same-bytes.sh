#!/usr/bin/env bash
# Checks that a speed change changed nothing users see: builds REV (default: main's first parent) in a scratch
# worktree and the working tree here, runs both on the bundled examples (evaluate in three formats, review, the
# rubric cases) and on N generated submissions (batch at every detail), and compares the outputs byte for byte.
# Usage: benchmarks/same-bytes.sh [REV] [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rev="${1:-HEAD~1}"; n="${2:-20000}"
work="$(mktemp -d)"
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add -q "$work/base" "$rev"
build() { (cd "$1" && mvn -B -q -ntp -DskipTests -Dspotless.check.skip=true -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true package >/dev/null); }
build "$work/base"
build "$root"
cp="benchmarks/target/jixiao-benchmarks-0.1.0-SNAPSHOT.jar:$(ls benchmarks/target/lib/*.jar | tr '\n' ':')"
java -cp "$cp" org.jixiao.benchmarks.Generate "$n" "$work/in.ndjson"
run() { # jar, output folder
  local jar="$1" out="$2"; mkdir -p "$out"
  for f in table json markdown; do
    for example in examples/zhumadian-2020.json examples/zhumadian-2020-as-reported.json \
        examples/rubrics/example-three-level-county.json examples/rubrics/example-county-2021.json; do
      java -jar "$jar" evaluate "$example" -f "$f" > "$out/$(basename "$example").$f" 2>&1 || true
    done
    java -jar "$jar" review examples/zhumadian-2020-counties -f "$f" > "$out/review.$f" 2>&1 || true
  done
  for detail in scores reasons full; do
    java -jar "$jar" batch "$work/in.ndjson" --detail "$detail" -o "$out/batch.$detail" >/dev/null 2>&1
  done
  java -jar "$jar" rubric test henan-2020-old-community > "$out/cases.henan" 2>&1 || true
  java -jar "$jar" rubric test examples/rubrics/example-province-2021.cases.yaml > "$out/cases.province" 2>&1 || true
}
run "$work/base/app/target/jixiao.jar" "$work/before"
run "$root/app/target/jixiao.jar" "$work/after"
if diff -rq "$work/before" "$work/after"; then
  echo "same bytes: $(ls "$work/after" | wc -l) outputs of $rev and the working tree are identical ($n batch records)"
else
  exit 1
fi
