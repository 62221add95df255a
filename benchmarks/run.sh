#!/usr/bin/env bash
# Measures the batch path beside the floor (the same NDJSON read and written with plain Jackson), in one run on
# this machine, and the cold start beside a JVM hello world. Prints records/s, the ratio to the floor, peak memory
# (RSS) and start-up medians; with --jmh also JMH's time and allocation per record for scoring and reading.
# Usage: benchmarks/run.sh [N] [--jmh]        (N submissions, default 200000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-200000}"
jmh=""; [ "${2:-}" = "--jmh" ] || [ "${1:-}" = "--jmh" ] && jmh=yes
[[ "$n" =~ ^[0-9]+$ ]] || n=200000

mvn -B -q -ntp -DskipTests -Dspotless.check.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package >/dev/null
./jixiao --version >/dev/null   # the launcher's class-data archive
cp="benchmarks/target/jixiao-benchmarks-0.1.0-SNAPSHOT.jar:$(ls benchmarks/target/lib/*.jar | tr '\n' ':')"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
java -cp "$cp" org.jixiao.benchmarks.Generate "$n" "$work/in.ndjson"
echo "input: $n submissions, $(du -m "$work/in.ndjson" | cut -f1) MB; $(nproc) cores; $(java -version 2>&1 | sed -n 1p)"

measure() { # label, command...: wall seconds and peak RSS
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  read -r secs kb < "$work/time"
  printf '%s %s %s\n' "$label" "$secs" "$kb"
}
# the floor as issue #13 measured it: plain Jackson on the JVM's defaults
floor=$(measure floor java -cp "$cp" org.jixiao.benchmarks.Floor "$work/in.ndjson" "$work/floor.ndjson")
floor_s=$(echo "$floor" | cut -d' ' -f2)
printf '%-34s %10s %10s %8s %10s\n' "" "seconds" "records/s" "floor" "peak RSS"
report() {
  local label secs kb; read -r label secs kb <<< "$1"
  awk -v l="$label" -v s="$secs" -v k="$kb" -v n="$n" -v f="$floor_s" \
      'BEGIN { printf "%-34s %10.2f %10.0f %7.0f%% %8.0f MB\n", l, s, n / s, 100 * f / s, k / 1024 }'
}
report "$floor"
for threads in 1 2; do
  # through the launcher, as a user runs it (its start-up archive, its collector)
  report "$(JIXIAO_JAVA_OPTS=-Xmx128m measure "batch-${threads}-thread" ./jixiao batch "$work/in.ndjson" \
      -o "$work/out-$threads.ndjson" --threads "$threads")"
done
cmp -s "$work/out-1.ndjson" "$work/out-2.ndjson" && echo "batch output identical on 1 and 2 threads"

# cold start: medians of 11 runs, in milliseconds (time(1) shows hundredths: too coarse for a hello world)
cat > "$work/Hi.java" <<'JAVA'
public class Hi { public static void main(String[] a) { System.out.println("hi"); } }
JAVA
javac -d "$work" "$work/Hi.java"
median() { sort -n | sed -n 6p; }
millis() { local start; start=$(date +%s%N); "$@" >/dev/null 2>&1; echo $(( ($(date +%s%N) - start) / 1000000 )); }
hello=() version=() cold=()
for i in $(seq 11); do   # interleaved, so that the machine's moods fall on all three alike
  hello+=("$(millis java -cp "$work" Hi)")
  version+=("$(millis ./jixiao --version)")
  cold+=("$(millis ./jixiao evaluate examples/zhumadian-2020.json)")
done
hello=$(printf '%s\n' "${hello[@]}" | median)
version=$(printf '%s\n' "${version[@]}" | median)
cold=$(printf '%s\n' "${cold[@]}" | median)
echo "cold start: jixiao evaluate ${cold} ms median, --version ${version} ms, JVM hello world ${hello} ms" \
  "($(awk -v c="$cold" -v h="$hello" 'BEGIN { printf "%.1f", c / h }')x)"

if [ -n "$jmh" ]; then
  java -cp "$cp" org.openjdk.jmh.Main ScoringBenchmark -prof gc -wi 2 -w 2 -i 3 -r 2 \
      | grep -E "^ScoringBenchmark\.(score|scoreOnly|handWritten|compile|read|readWithPositions|batchLine)[ :]"
fi
