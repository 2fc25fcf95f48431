#!/bin/sh
# run.sh - run libFuzzer targets of tests/fuzz/ and report, per target, the
# time, executions, coverage and crashes (docs/fuzzing.md).  Used by
# `make fuzz` (long runs, corpus kept) and tests/fuzz.sh (short runs in
# `make check`, fresh corpus).
#
#   run.sh -b BINDIR -s SEEDDIR -d DICTDIR -o OUTDIR [-t SECONDS] [-j JOBS]
#          [-c CORPUS] [-l LOGDIR] [-f] TARGET...
#
# TARGET is graph, npy or model_load: BINDIR/fuzz_TARGET, reading seeds
# from SEEDDIR/TARGET (read-only) and DICTDIR/TARGET.dict.  Under OUTDIR:
#   CORPUS/TARGET/   the working corpus, new inputs are added here
#                    (CORPUS defaults to "corpus"; -f empties it first);
#   crashes/TARGET/  crash-*, leak-*, timeout-*, oom-* inputs found;
#   logs/TARGET.log  libFuzzer's output (LOGDIR/TARGET.log with -l).
# JOBS targets run at once (default 1).  Exit status 1 if any target
# crashed; the last line is "# vitc: N passed, F failed" (.ci/run).
set -u
time=600 jobs=1 corpus=corpus fresh=0 bindir='' seeds='' dicts='' out='' logs=''
while getopts b:s:d:o:t:j:c:l:f opt; do
	case $opt in
	b) bindir=$OPTARG ;;
	s) seeds=$OPTARG ;;
	d) dicts=$OPTARG ;;
	o) out=$OPTARG ;;
	t) time=$OPTARG ;;
	j) jobs=$OPTARG ;;
	c) corpus=$OPTARG ;;
	l) logs=$OPTARG ;;
	f) fresh=1 ;;
	*) echo "usage: run.sh -b BINDIR -s SEEDDIR -d DICTDIR -o OUTDIR [-t S] [-j N] [-c CORPUS] [-l LOGDIR] [-f] TARGET..." >&2
	   exit 99 ;;
	esac
done
shift $((OPTIND - 1))
if [ -z "$bindir" ] || [ -z "$seeds" ] || [ -z "$dicts" ] || [ -z "$out" ] || [ $# -eq 0 ]; then
	echo "run.sh: -b, -s, -d, -o and at least one target are required" >&2
	exit 99
fi
case $time in '' | *[!0-9]*) echo "run.sh: bad time '$time'" >&2; exit 99 ;; esac
logs=${logs:-$out/logs}

# start TARGET: launch one fuzzer in the background, its pid in pid_TARGET.
start() {
	t=$1
	bin=$bindir/fuzz_$t
	if [ ! -x "$bin" ]; then
		echo "run.sh: $bin is missing (make fuzz-build)" >&2
		exit 99
	fi
	[ $fresh = 1 ] && rm -rf "${out:?}/$corpus/$t"
	mkdir -p "$out/$corpus/$t" "$out/crashes/$t" "$logs" "$seeds/$t"
	dict=
	[ -f "$dicts/$t.dict" ] && dict=-dict=$dicts/$t.dict
	: >"$logs/.$t.start"   # crash files newer than this are from this run
	echo "run.sh: fuzz_$t for ${time}s: log $logs/$t.log"
	# -timeout: one input may take 30 s; -rss_limit_mb: also the malloc limit.
	"$bin" -max_total_time="$time" -print_final_stats=1 -timeout=30 -rss_limit_mb=2048 \
		$dict -artifact_prefix="$out/crashes/$t/" "$out/$corpus/$t" "$seeds/$t" \
		>"$logs/$t.log" 2>&1 &
	eval "pid_$t=\$!"
}

# report TARGET STATUS: one summary line; details of a crash.
report() {
	t=$1 rc=$2 log=$logs/$1.log
	total=$(sed -n 's/.*Loaded [0-9]* modules *(\([0-9]*\) inline 8-bit counters).*/\1/p' "$log" | head -n 1)
	init=$(sed -n 's/.*INITED cov: \([0-9]*\).*/\1/p' "$log" | head -n 1)
	last=$(grep -E '^#[0-9]+[[:space:]].*cov: [0-9]+' "$log" | tail -n 1)
	cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
	ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	corp=$(echo "$last" | sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p')
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
	secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
	pct=
	[ -n "$total" ] && [ -n "$cov" ] && [ "$total" -gt 0 ] && pct=" ($((cov * 100 / total))%)"
	ncrash=$(find "$out/crashes/$t" -type f -newer "$logs/.$t.start" | wc -l)
	printf '%-11s %5ss %10s execs %7s/s  cov %s/%s edges%s (start %s)  ft %s  corpus %s  new crash files %s\n' \
		"$t" "${secs:-?}" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${total:-?}" "$pct" \
		"${init:-?}" "${ft:-?}" "${corp:-?}" "$ncrash"
	if [ "$rc" -ne 0 ]; then
		echo "FAIL fuzz_$t (exit status $rc):"
		grep -E 'ERROR: |SUMMARY: |runtime error|vitc fuzz|Test unit written to|^artifact_prefix' "$log" |
			head -n 12 | sed 's/^/    /'
		echo "    reproduce: $bindir/fuzz_$t FILE (the file in $out/crashes/$t/); full log $log"
	fi
}

passed=0 failed=0 running=
for t in "$@"; do
	start "$t"
	running="$running $t"
	set -- $running
	if [ $# -ge "$jobs" ]; then
		# wait for the oldest, then report it
		first=$1
		eval "wait \$pid_$first"
		rc=$?
		report "$first" $rc
		if [ $rc -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
		shift
		running="$*"
	fi
done
for t in $running; do
	eval "wait \$pid_$t"
	rc=$?
	report "$t" $rc
	if [ $rc -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
if [ $failed -gt 0 ]; then
	echo "run.sh: crash inputs are in $out/crashes/"
fi
echo "# vitc: $passed passed, $failed failed"
[ $failed -eq 0 ]
