#!/bin/sh
# tune.sh - `vitc tune` and `vitc compile --records` on the bundled tiny
# model (docs/tuning.md): a short tuning run finishes and writes records;
# a record is applied (the schedule tree in 06-schedule.yaml shows it) and
# the tuned model still computes the reference output; a target mismatch,
# a missing file and each kind of bad records file give exactly one notice
# line and a working model; crashing, wrong and hanging candidates are
# recorded as failed and the run completes; --resume measures nothing twice.
# The generic space (sched/space_generic.c): softmax, layer norm and
# transpose tasks get measured candidates, checked against the default
# (the fault hook hits them too); a transpose's tile record round-trips
# through compile --records; a tiny ShiftAdd model (exported with
# $PYTHON when it has torch) has its shift linear, popcount scores and MoE
# experts measured (the experts doing work: their run-time row count set),
# and the routing kernels reported as "no search space".  The report lists
# the tasks without a record as "not tuned".
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
V=$top_builddir/vitc
M=$top_srcdir/examples/model/vit_tiny32
T=$(mktemp -d "${TMPDIR:-/tmp}/vitc-tune-test-XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
pass=0 failures=0

fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}
ok() { pass=$((pass + 1)); }

# expect STATUS STDERR-LINES SUBSTRING -- command...: exit status, number of
# stderr lines (-1: any), a substring of stdout or stderr ("" : none).
expect() {
	st=$1; nl=$2; sub=$3; shift 4
	"$@" >"$T/out" 2>"$T/err"; got=$?
	lines=$(wc -l <"$T/err")
	good=1
	[ "$got" -eq "$st" ] || good=0
	[ "$nl" -lt 0 ] || [ "$lines" -eq "$nl" ] || good=0
	[ -z "$sub" ] || grep -qF -- "$sub" "$T/out" "$T/err" || good=0
	if [ $good = 1 ]; then ok; else
		fail "$* -> status $got (want $st), stderr lines $lines (want $nl), want '$sub':"
		cat "$T/err"; tail -5 "$T/out"; fi
}

# runs_ok SO: the model computes the PyTorch reference output.
runs_ok() {
	if "$V" run "$1" --input "$M.input.npy" --expect "$M.output.npy" >/dev/null 2>"$T/run.err"
	then ok; else fail "$1 does not compute the reference output"; cat "$T/run.err"; fi
}

TASK='*mlp.0'   # one task (the two fc1 linears of the model), a GELU epilogue
R=$T/r.jsonl

# ---- command line ----
expect 0 0 "usage: vitc tune" -- "$V" tune --help
expect 0 0 "[--records FILE]" -- "$V" compile --help
expect 0 0 "usage: vitc inspect MODEL.json" -- "$V" inspect -h
expect 2 1 "missing --records" -- "$V" tune "$M.json"
expect 2 1 "missing MODEL.json" -- "$V" tune --records "$R"
expect 2 1 "--trials: bad number 'x' (want an integer from 0 to 100000)" -- "$V" tune "$M.json" --records "$R" --trials x
expect 2 1 "unknown option '--frob'" -- "$V" tune "$M.json" --records "$R" --frob
expect 1 1 "cannot open" -- "$V" tune "$T/none.json" --records "$R"

# ---- a tuning run with a crashing candidate: recorded as failed, the run completes ----
expect 0 0 "weighted total" -- env VITC_TUNE_TEST_FAULT=crash:1 \
	"$V" tune "$M.json" --records "$R" --trials 3 --tasks "$TASK" --seed 7 --confirm 0 --in-model 0
grep -q '"status":"failed","why":"crashed: signal' "$R" && ok || fail "crash not recorded as failed"
[ "$(grep -c '"default":true' "$R")" -eq 1 ] && ok || fail "default not recorded once"
[ "$(grep -c . "$R")" -eq 4 ] && ok || fail "want 4 records (default + 3 trials), got $(grep -c . "$R")"
grep -q '"status":"ok".*"median_us":[0-9.]*,"min_us":[0-9.]*.*"target":{"cpu_model":"[^"]*","llvm_cpu":"[^"]*","features":"[^"]*","vector_bits":[0-9]*},"vitc":"[^"]*","time":"20' "$R" \
	&& ok || fail "record fields: $(head -1 "$R")"
# an existing file is not overwritten without --resume
expect 1 1 "add --resume" -- "$V" tune "$M.json" --records "$R" --tasks "$TASK"

# ---- wrong result and hang, with --resume: failed, run completes, nothing measured twice ----
expect 0 0 "weighted total" -- env VITC_TUNE_TEST_FAULT=wrong:1 \
	"$V" tune "$M.json" --records "$R" --trials 2 --tasks "$TASK" --seed 7 --resume --confirm 0 --in-model 0
grep -q '"why":"wrong result' "$R" && ok || fail "wrong result not recorded as failed"
expect 0 0 "timed out" -- env VITC_TUNE_TEST_FAULT=hang:1 \
	"$V" tune "$M.json" --records "$R" --trials 1 --tasks "$TASK" --seed 7 --resume --timeout 2 --confirm 0 --in-model 0
grep -q '"why":"timed out after 2 s"' "$R" && ok || fail "hang not recorded as failed"
[ "$(grep -c . "$R")" -eq 7 ] && ok || fail "want 7 records after the resumed runs, got $(grep -c . "$R")"
dups=$(sed 's/.*"task":"\([^"]*\)".*"schedule":"\([^"]*\)".*/\1 \2/' "$R" | sort | uniq -d | wc -l)
[ "$dups" -eq 0 ] && ok || fail "--resume measured $dups candidates twice"
expect 0 0 "default: " -- "$V" tune "$M.json" --records "$R" --trials 1 --tasks "$TASK" --resume --confirm 1 --in-model 0
grep -q "(recorded)" "$T/out" && ok || fail "--resume re-measured the default"
# the confirmation round re-measured the default and the fastest candidates
[ "$(grep -c '"default":true,"confirm":true' "$R")" -eq 1 ] && ok || fail "want one confirmation of the default"
[ "$(grep -c '"confirm":true' "$R")" -ge 2 ] && ok || fail "want confirmations of candidates"

# ---- the report ----
expect 0 0 "weighted total" -- "$V" tune "$M.json" --records "$R" --report
grep -q "mlp.0" "$T/out" && ok || fail "report lacks the task"
expect 1 1 "cannot open" -- "$V" tune "$M.json" --records "$T/none.jsonl" --report
# the tasks without a record are listed as not tuned: on an empty file every task
# (mlp.0 among them), after the run above all but mlp.0, which is in the table
untuned() { sed -n '/^not tuned (no record for this target; default schedule kept):$/,/^[^ ]/p' "$1" | grep '^  t[0-9a-f]'; }
: >"$T/empty.jsonl"
expect 0 0 "not tuned (no record" -- "$V" tune "$M.json" --records "$T/empty.jsonl" --report --plot "$T/e.svg"
untuned "$T/out" >"$T/all.tasks"
all=$(grep -c . "$T/all.tasks")
[ "$all" -ge 5 ] && grep -q " [^ ]*mlp\.0 *linear *17x48x96 *x2$" "$T/all.tasks" && ok ||
	fail "empty records: want every task listed as not tuned: $(cat "$T/out")"
expect 0 0 "not tuned (no record" -- "$V" tune "$M.json" --records "$R" --report --plot "$T/r.svg"
[ "$(untuned "$T/out" | grep -c .)" -eq $((all - 1)) ] && ! untuned "$T/out" | grep -q "mlp\.0 " &&
	ok || fail "want $((all - 1)) tasks not tuned, all but mlp.0: $(cat "$T/out")"

# ---- compile --records: the tuned file works ----
# every line the tuner wrote (ok, crashed, wrong, timed out, confirmations) reads
# back: the one notice is the missing tasks'
expect 0 1 "" -- "$V" compile "$M.json" -o "$T/tuned.so" --records "$R"
grep -q "have no record for this target" "$T/err" && ok || fail "want the missing-tasks notice"
runs_ok "$T/tuned.so"

# A record made fastest with a distinctive schedule (5-row tiles) is applied:
# the schedule tree shows floor(i/5) for the task's kernels.
line=$(grep '"default":true' "$R" | head -1)
S5='split(ej,16); split(i,5); split(j,32); reorder(k,j.o); reorder(i.i,j.o); reorder(i.i,k); split(j.i,16); unroll(i.i); unroll(j.i.o); vectorize(j.i.i); vectorize(ej.i)'
echo "$line" | sed "s/\"schedule\":\"[^\"]*\"/\"schedule\":\"$S5\"/; s/\"median_us\":[0-9.]*/\"median_us\":0.001/" >"$T/r5.jsonl"
expect 0 1 "have no record" -- "$V" compile "$M.json" -o "$T/r5.so" --records "$T/r5.jsonl" --dump-ir "$T/d5"
grep -qF 'floor((i1)/5)' "$T/d5/06-schedule.yaml" && ok || fail "record's split(i,5) not in 06-schedule.yaml"
runs_ok "$T/r5.so"
"$V" compile "$M.json" -o "$T/def.so" -O0 --dump-ir "$T/d0" 2>/dev/null
grep -qF 'floor((i1)/5)' "$T/d0/06-schedule.yaml" && fail "default compile has split(i,5)" || ok
# A candidate's record as the tuner wrote it (not edited) round-trips: alone in a
# file it is the task's best, and its row tile shows in the schedule tree.
drows=$(grep '"default":true' "$R" | head -1 | sed 's/.*"schedule":"[^"]*split(i,\([0-9]*\)).*/\1/')
cand=$(grep '"default":false,"threads"' "$R" | grep '"status":"ok"' | grep -v "split(i,$drows)" | head -1)
crows=$(echo "$cand" | sed -n 's/.*"schedule":"[^"]*split(i,\([0-9]*\)).*/\1/p')
echo "$cand" >"$T/rc.jsonl"
expect 0 1 "have no record" -- "$V" compile "$M.json" -o "$T/rc.so" -O0 --records "$T/rc.jsonl" --dump-ir "$T/dc1"
[ -n "$crows" ] && grep -qF "floor((i1)/$crows)" "$T/dc1/06-schedule.yaml" &&
	! grep -qF "floor((i1)/$crows)" "$T/d0/06-schedule.yaml" && ok ||
	fail "a tuner-written record (rows $crows, default $drows) is not applied: $cand"

# ---- one notice line, exit 0 and a working model for every kind of problem ----
# (-O0: the notices come before code generation; two of the models are run)
notice() {  # notice NAME SUBSTRING: compile with records file $T/NAME
	expect 0 1 "$2" -- "$V" compile "$M.json" -o "$T/$1.so" -O0 --records "$T/$1"
	[ -s "$T/$1.so" ] && ok || fail "no model from records $1"
}
expect 0 1 "no record was measured for this target" -- \
	"$V" compile "$M.json" -o "$T/v3.so" -O0 --records "$T/r5.jsonl" -mcpu=x86-64-v3
runs_ok "$T/v3.so"
notice missing.jsonl "cannot open"
: >"$T/empty.jsonl"
notice empty.jsonl "no records"
{ echo "$line"; echo "$line" | cut -c1-60; } >"$T/trunc.jsonl"
notice trunc.jsonl "trunc.jsonl:2: not a JSON object"
runs_ok "$T/trunc.jsonl.so"
echo "$line" | sed 's/"median_us":[0-9.]*/"median_us":"fast"/' >"$T/types.jsonl"
notice types.jsonl "types.jsonl:1: 'median_us' must be a non-negative number"
echo "$line" | sed 's/"threads":[0-9]*,//' >"$T/nothreads.jsonl"
notice nothreads.jsonl "nothreads.jsonl:1: 'threads' is missing"
echo "$line" | sed 's/"target":{[^}]*}/"target":7/' >"$T/target.jsonl"
notice target.jsonl "target.jsonl:1: 'target' must be an object"
{ echo "$line"; echo "$line" | sed 's/"task":"[^"]*"/"task":"t0000000000000000"/'; } >"$T/unknown.jsonl"
notice unknown.jsonl "unknown.jsonl:2: task t0000000000000000"
echo "$line" | sed 's/"schedule":"[^"]*"/"schedule":"split(i,0)"/' >"$T/sched.jsonl"
notice sched.jsonl "sched.jsonl:1: schedule: at"
echo "$line" | sed 's/"schedule":"[^"]*"/"schedule":"split(zz,4)"/' >"$T/noapply.jsonl"
notice noapply.jsonl "noapply.jsonl:1: the schedule does not apply"
# concatenated files: both records count, the fastest wins
cat "$R" "$T/r5.jsonl" >"$T/cat.jsonl"
expect 0 -1 "" -- "$V" compile "$M.json" -o "$T/cat.so" -O0 --records "$T/cat.jsonl" --dump-ir "$T/dc"
grep -qF 'floor((i1)/5)' "$T/dc/06-schedule.yaml" && ok || fail "concatenated records: fastest not applied"

# ---- the in-model check: the verdicts are records ("in_model"), and compile follows them ----
# r5-style S5 record as the task's fastest, next to the true default; the test hook
# makes the tuned build twice as slow (the default must win) or twice as fast
{ echo "$line"; echo "$line" | sed "s/\"schedule\":\"[^\"]*\"/\"schedule\":\"$S5\"/; s/\"median_us\":[0-9.]*/\"median_us\":0.001/; s/\"default\":true/\"default\":false/"; } >"$T/im.jsonl"
cp "$T/im.jsonl" "$T/im_slow.jsonl"
expect 0 0 "default kept" -- env VITC_TUNE_TEST_FAULT=in-model-slow "$V" tune "$M.json" \
	--records "$T/im_slow.jsonl" --resume --trials 0 --confirm 0 --tasks "$TASK" --in-model 2
grep -q "^tune: in the model: 0 of 1 tuned task keep a record" "$T/out" && ok ||
	fail "in-model-slow: want the record dropped: $(grep 'in the model' "$T/out")"
[ "$(grep -c '"in_model":true' "$T/im_slow.jsonl")" -eq 1 ] &&
	grep '"in_model":true' "$T/im_slow.jsonl" | grep -q '"status":"ok","why":"in the model: the default was the fastest".*"default":true' &&
	ok || fail "in-model-slow: want one default pin: $(grep in_model "$T/im_slow.jsonl")"
expect 0 1 "have no record" -- "$V" compile "$M.json" -o "$T/ims.so" -O0 --records "$T/im_slow.jsonl" --dump-ir "$T/dims"
expect 0 0 "overruled in the model" -- "$V" tune "$M.json" --records "$T/im_slow.jsonl" --report
grep -q "^  t[0-9a-f]* .*mlp\.0 .*x2: the default, [0-9.]* us per run in the model$" "$T/out" && ok ||
	fail "the report does not show the overruled task: $(cat "$T/out")"
grep -qF 'floor((i1)/5)' "$T/dims/06-schedule.yaml" && fail "a default pin: the isolated fastest (S5) was applied" || ok
runs_ok "$T/ims.so"
cp "$T/im.jsonl" "$T/im_fast.jsonl"
expect 0 0 "1 of 1 tuned task keep a record" -- env VITC_TUNE_TEST_FAULT=in-model-fast "$V" tune "$M.json" \
	--records "$T/im_fast.jsonl" --resume --trials 0 --confirm 0 --tasks "$TASK" --in-model 2 --batch 1,3
grep -q "^tune: in the model (batch 1, .*default [0-9.]* ms, tuned [0-9.]* ms per run" "$T/out" &&
	grep -q "^tune: in the model (batch 3, " "$T/out" && ok || fail "--batch 1,3: want a line per batch: $(cat "$T/out")"
expect 2 1 "--batch: bad list '1,x'" -- "$V" tune "$M.json" --records "$T/none.jsonl" --batch 1,x
grep '"in_model":true' "$T/im_fast.jsonl" | grep -q "\"schedule\":\"$S5\".*\"why\":\"in the model: faster than the default\".*\"default\":false" &&
	ok || fail "in-model-fast: want an S5 pin: $(grep in_model "$T/im_fast.jsonl")"
# a pin outranks an isolated record measured faster after it
echo "$line" | sed 's/"schedule":"[^"]*"/"schedule":"split(i,3); split(j,16); vectorize(j.i)"/; s/"median_us":[0-9.]*/"median_us":0.0001/; s/"default":true/"default":false/' >>"$T/im_fast.jsonl"
expect 0 1 "have no record" -- "$V" compile "$M.json" -o "$T/imf.so" -O0 --records "$T/im_fast.jsonl" --dump-ir "$T/dimf"
grep -qF 'floor((i1)/5)' "$T/dimf/06-schedule.yaml" && ok || fail "the S5 pin was not applied"
runs_ok "$T/imf.so"
# --in-model 0: no verdicts
cp "$T/im.jsonl" "$T/im_off.jsonl"
expect 0 0 "weighted total" -- "$V" tune "$M.json" --records "$T/im_off.jsonl" --resume --trials 0 --confirm 0 --tasks "$TASK" --in-model 0
grep -q '"in_model"' "$T/im_off.jsonl" && fail "--in-model 0 wrote verdicts" || ok
# a timing child that dies is one line and the records stay as measured
cp "$T/im.jsonl" "$T/im_bad.jsonl"
expect 0 1 "the in-model check was not done: timing the model: Aborted" -- env VITC_TUNE_TEST_FAULT=in-model-crash \
	"$V" tune "$M.json" --records "$T/im_bad.jsonl" --resume --trials 0 --confirm 0 --tasks "$TASK" --in-model 2
grep -q '"in_model"' "$T/im_bad.jsonl" && fail "a failed in-model check wrote verdicts" || ok

# ---- every record carries the vitc version and a UTC time stamp ----
[ "$(grep -c '"vitc":"[0-9][^"]*","time":"20[0-9-]*T[0-9:]*Z"}$' "$R")" -eq "$(grep -c . "$R")" ] &&
	ok || fail "a record lacks \"vitc\" or \"time\""

# ---- the thread count is part of the fingerprint ----
# r5.jsonl's record says "threads":<all CPUs>; at 1 thread it only applies to --threads 1 compiles
sed 's/"threads":[0-9]*/"threads":1/' "$T/r5.jsonl" >"$T/r5t1.jsonl"
expect 0 1 "have no record" -- "$V" compile "$M.json" -o "$T/t1.so" -O0 --threads 1 --records "$T/r5t1.jsonl" --dump-ir "$T/dt1"
grep -qF 'floor((i1)/5)' "$T/dt1/06-schedule.yaml" && ok || fail "--threads 1: the 1-thread record was not applied"
expect 0 1 "no record was measured for this target (" -- \
	"$V" compile "$M.json" -o "$T/t2.so" -O0 --threads 2 --records "$T/r5t1.jsonl" --dump-ir "$T/dt2"
grep -q " 2 threads); default schedules" "$T/err" && ok || fail "the notice does not name the thread count"
grep -qF 'floor((i1)/5)' "$T/dt2/06-schedule.yaml" && fail "a 1-thread record was applied to a 2-thread compile" || ok

# ---- --trials-total: shared by the tasks; non-TTY progress: one plain line per task ----
R2=$T/r2.jsonl
expect 0 0 "3 trials in all" -- "$V" tune "$M.json" --records "$R2" --trials-total 3 --tasks '*mlp*' --confirm 0 --in-model 0
[ "$(grep -c '"default":true' "$R2")" -eq 2 ] && ok || fail "--trials-total: want 2 tasks' defaults"
[ "$(grep -c '"default":false' "$R2")" -eq 3 ] && ok || fail "--trials-total 3: want 3 trials in all, got $(grep -c '"default":false' "$R2")"
grep -q "^tune: progress: task 1/2 done, 2 trials, best [0-9.]* us vs default [0-9.]* us" "$T/out" &&
	grep -q "^tune: progress: task 2/2 done, 1 trials" "$T/out" && ok || fail "no plain progress line per task"
CR=$(printf '\r'); ESC=$(printf '\033')
grep -q "$CR" "$T/out" "$T/err" && fail "carriage returns in the non-TTY log" || ok

# ---- on a terminal: one status line on stderr, redrawn ----
if command -v script >/dev/null 2>&1 && script -qec true /dev/null >/dev/null 2>&1; then
	script -qec "'$V' tune '$M.json' --records '$T/rtty.jsonl' --trials 2 --tasks '$TASK' --confirm 0" \
		/dev/null >"$T/tty" 2>&1 </dev/null
	grep -q "$CR$ESC\\[Ktune: task 1/1, trial 2/2, best [0-9.]* us vs default [0-9.]* us" "$T/tty" &&
		ok || fail "no status line on a terminal: $(tail -c 300 "$T/tty" | cat -v)"
	grep -q "tune: progress:" "$T/tty" && fail "plain progress lines on a terminal" || ok
fi

# ---- the report's convergence plot: SVG, one polyline per task ----
expect 0 0 "plot of 2 tasks in $T/r2.svg" -- "$V" tune "$M.json" --records "$R2" --report
svg_ok() {  # svg_ok FILE TASKS: starts with <svg, ends with </svg>, one polyline (3+2 points) per task
	head -c 4 "$1" | grep -q '^<svg' && tail -n 1 "$1" | grep -q '^</svg>$' &&
		[ "$(grep -c '<polyline ' "$1")" -eq "$2" ] &&
		[ "$(grep -o '<polyline [^>]*points="[^"]*"' "$1" | sed 's/.*points="//; s/"$//' | wc -w)" -eq 5 ] &&
		grep -q '>trial</text>' "$1" && grep -q 'best time / default time' "$1"
}
svg_ok "$T/r2.svg" 2 && ok || fail "r2.svg: $(head -c 300 "$T/r2.svg")"
if [ -n "${PYTHON:-}" ] && "$PYTHON" -c 'import xml.dom.minidom' 2>/dev/null; then
	"$PYTHON" -c 'import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); sys.exit(len(d.getElementsByTagName("polyline")) != 2)' "$T/r2.svg" &&
		ok || fail "r2.svg is not well-formed XML with 2 polylines"
fi
expect 0 0 "plot of 2 tasks in $T/p.svg" -- "$V" tune "$M.json" --records "$R2" --report --plot "$T/p.svg"
cmp -s "$T/p.svg" "$T/r2.svg" && ok || fail "--plot and the default plot differ"
expect 1 1 "cannot" -- "$V" tune "$M.json" --records "$R2" --report --plot "$T/no/such/dir/p.svg"

# ---- --jobs 2: builds in parallel, measured one at a time; the same candidates, the fault
# hook still hits the N-th candidate ----
expect 0 0 "2 build jobs" -- env VITC_TUNE_TEST_FAULT=crash:2 \
	"$V" tune "$M.json" --records "$T/rj2.jsonl" --trials 4 --tasks "$TASK" --seed 7 --confirm 0 --in-model 0 -j 2
expect 0 0 "1 build job" -- env VITC_TUNE_TEST_FAULT=crash:2 \
	"$V" tune "$M.json" --records "$T/rj1.jsonl" --trials 4 --tasks "$TASK" --seed 7 --confirm 0 --in-model 0 --jobs=1
[ "$(grep -c . "$T/rj2.jsonl")" -eq 5 ] && ok || fail "--jobs 2: want 5 records, got $(grep -c . "$T/rj2.jsonl")"
sched() { sed -n "$2p" "$1" | sed 's/.*"schedule":"\([^"]*\)".*/\1/'; }
[ "$(sched "$T/rj2.jsonl" 2)" = "$(sched "$T/rj1.jsonl" 2)" ] && [ "$(sched "$T/rj2.jsonl" 3)" = "$(sched "$T/rj1.jsonl" 3)" ] &&
	ok || fail "--jobs 2 measured other model-ranked candidates than --jobs 1"
sed -n 3p "$T/rj2.jsonl" | grep -q '"why":"crashed: signal' && ok || fail "--jobs 2: the 2nd candidate's crash not recorded"
[ "$(grep -c '"status":"ok"' "$T/rj2.jsonl")" -eq 4 ] && ok || fail "--jobs 2: want 4 ok records"

# ---- Ctrl-C: the scratch directory goes, the records file keeps only complete lines ----
mkdir "$T/tmp"
interrupt() {  # interrupt SIGNAL RECORDS [env option]: stop a long tune once it has records
	rm -f "$2"
	env $3 TMPDIR="$T/tmp" "$V" tune "$M.json" --records "$2" --trials 200 --confirm 0 --in-model 0 \
		>"$T/int.out" 2>"$T/int.err" &
	pid=$!
	i=0
	while [ "$(cat "$2" 2>/dev/null | wc -l)" -lt 3 ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
	sleep 0.3
	kill -s "$1" $pid
	wait $pid; st=$?
	[ "$st" -eq "$4" ] && ok || fail "SIG$1: exit status $st, want $4 ($(cat "$T/int.err"))"
	grep -q "vitc tune: interrupted" "$T/int.err" && ok || fail "SIG$1: no 'interrupted' line"
	[ -z "$(ls -A "$T/tmp")" ] && ok || fail "SIG$1: scratch left in TMPDIR: $(ls -A "$T/tmp")"
	[ "$(grep -c . "$2")" -ge 3 ] && ok || fail "SIG$1: records lost"
	if [ -n "${PYTHON:-}" ]; then
		"$PYTHON" -c 'import json, sys
for line in open(sys.argv[1]): json.loads(line)' "$2" && ok || fail "SIG$1: a records line is not JSON"
	fi
	tail -c 1 "$2" | od -c | grep -q '\\n' && ok || fail "SIG$1: the records file ends in a partial line"
	# the remaining lines are good records: compile uses them without a bad-line notice
	"$V" compile "$M.json" -o "$T/int.so" -O0 --records "$2" 2>"$T/int.cerr" >/dev/null
	grep -q "line ignored" "$T/int.cerr" && fail "SIG$1: bad records line: $(cat "$T/int.cerr")" || ok
}
interrupt TERM "$T/rterm.jsonl" "" 143
# a background job of a script ignores SIGINT; give it the default back, as a terminal's job has
if env --default-signal=INT true 2>/dev/null; then
	interrupt INT "$T/rint.jsonl" --default-signal=INT 130
fi

# ---- the generic space: softmax, layer norm, transpose ----
G=$T/gen.jsonl
# rec_count FILE PATTERN: records matching the grep pattern
rec_count() { grep -c -- "$2" "$1"; }
expect 0 0 "weighted total" -- env VITC_TUNE_TEST_FAULT=wrong:1 \
	"$V" tune "$M.json" --records "$G" --trials 3 --tasks softmax --seed 3 --confirm 0 --in-model 0
grep -q "^t[0-9a-f]* *..*softmax *softmax  *Nx51x17 " "$T/out" && ok || fail "report lacks the softmax task: $(tail -3 "$T/out")"
[ "$(rec_count "$G" '"op":"softmax".*"status":"ok".*"default":false')" -ge 2 ] && ok || fail "softmax: want 2 measured candidates"
rec_count "$G" '"op":"softmax".*"why":"wrong result' >/dev/null && ok || fail "softmax: the wrong candidate was not caught"
expect 0 0 "weighted total" -- env VITC_TUNE_TEST_FAULT=crash:2 \
	"$V" tune "$M.json" --records "$G" --trials 3 --tasks layer_norm --seed 3 --confirm 0 --in-model 0 --resume
grep -q "layer_norm *Nx17x48 *5 " "$T/out" && ok || fail "report lacks the layer_norm task (x5)"
[ "$(rec_count "$G" '"op":"layer_norm".*"status":"ok".*"default":false')" -ge 2 ] && ok || fail "layer_norm: want 2 measured candidates"
rec_count "$G" '"op":"layer_norm".*"why":"crashed: signal' >/dev/null && ok || fail "layer_norm: the crash was not recorded"
grep -q "vec=[0-9d].* par=" "$T/out" && ok || fail "no generic candidate labels in the log"
expect 0 0 "weighted total" -- "$V" tune "$M.json" --records "$G" --trials 6 --tasks transpose --seed 3 --confirm 0 --in-model 0 --resume
[ "$(rec_count "$G" '"op":"transpose".*"schedule":"tile(d1,d2,[0-9]*,[0-9]*); vectorize(d2.i)[^"]*","status":"ok"')" -ge 1 ] &&
	ok || fail "transpose: no tile candidate measured"
[ "$(rec_count "$G" '"op":"transpose".*"status":"ok".*"default":false')" -ge 4 ] && ok || fail "transpose: want 4 measured candidates"
# every schedule of the generic space is one sch_apply accepted: nothing failed to build
rec_count "$G" '"why":"build\|"why":"schedule' >/dev/null && fail "a generic candidate failed to build: $(grep '"why":"b' "$G" | head -1)" || ok
# a record of the generic space applies: the tile shows in 06-schedule.yaml, the model is right
line=$(grep '"kernel":"transpose_0".*"default":true' "$G" | head -1)
echo "$line" | sed 's/"schedule":"[^"]*"/"schedule":"tile(d1,d2,8,8); vectorize(d2.i)"/; s/"median_us":[0-9.]*/"median_us":0.001/' >"$T/rt.jsonl"
expect 0 1 "have no record" -- "$V" compile "$M.json" -o "$T/rt.so" --records "$T/rt.jsonl" --dump-ir "$T/drt"
tsec() { awk '/^\/\/ kernel /{on = /"transpose_0"/} on' "$1/06-schedule.yaml"; }
tsec "$T/drt" | grep -q 'mark: "loop:d1.o"' && tsec "$T/drt" | grep -q 'mark: "loop:d2.i"' &&
	ok || fail "the transpose record's tile is not in 06-schedule.yaml"
tsec "$T/d0" | grep -q 'loop:d1.o' && fail "the default transpose is tiled already" || ok
runs_ok "$T/rt.so"

# ---- a ShiftAdd model: shift linear, popcount scores, MoE experts are tasks ----
if [ -n "${PYTHON:-}" ] && "$PYTHON" -c 'import torch' 2>/dev/null; then
	SA=$T/sa
	if PYTHONPATH="$top_srcdir/python" "$PYTHON" -m vitc export --model shiftadd_deit_tiny \
		--image-size 64 --patch-size 8 --layers 1 --heads 2 --hidden-dim 32 --mlp-dim 64 \
		--classes 4 --attn hamming --mlp moe2 --attn-linear shift -o "$SA" >/dev/null 2>"$T/sa.err"
	then ok; else fail "ShiftAdd export: $(cat "$T/sa.err")"; fi
	RS=$T/sa.jsonl
	first=
	for task in '*attn.q' '*hamming_attention.scores' '*fc1.shift' '*fc1.mult' '*q_codes'; do
		expect 0 0 "weighted total" -- "$V" tune "$SA.json" --records "$RS" --trials 2 \
			--tasks "$task" --seed 5 --confirm 0 --in-model 0 $first
		first=--resume
	done
	for k in attn.q attn.hamming_attention.scores mlp.fc1.shift mlp.fc1.mult attn.q_codes; do
		[ "$(rec_count "$RS" "\"kernel\":\"blocks\.0\.$k\".*\"status\":\"ok\".*\"default\":false")" -ge 1 ] &&
			ok || fail "ShiftAdd kernel $k: no measured candidate"
	done
	rec_count "$RS" '"status":"failed"' >/dev/null && fail "ShiftAdd: failed candidates: $(grep failed "$RS" | head -1)" || ok
	# the MoE experts are timed doing work: their row count (read from memory) is
	# half of the 65 rows, not random bytes (no row, or every row to one expert):
	# 32 x 32 x 64 shift terms and multiply-adds take microseconds, an empty kernel ~0.05
	expect 0 0 "weighted total" -- "$V" tune "$SA.json" --records "$T/sa1.jsonl" --trials 0 \
		--confirm 0 --in-model 0 --threads 1 --tasks '*fc1.[ms][hu]*'
	for k in shift:1 mult:0.5; do
		us=$(grep "\"kernel\":\"blocks\.0\.mlp\.fc1\.${k%:*}\".*\"default\":true" "$T/sa1.jsonl" |
			sed 's/.*"median_us":\([0-9.]*\).*/\1/')
		awk -v u="${us:-0}" -v m="${k#*:}" 'BEGIN { exit !(u >= m) }' && ok ||
			fail "MoE expert fc1.${k%:*}: default ${us:-?} us, want >= ${k#*:} us (rows run)"
	done
	expect 0 0 "weighted total" -- "$V" tune "$SA.json" --records "$RS" --report
	for k in 'shift_linear' 'hamming_attention' 'moe2_linear' 'binarize'; do
		grep -q " $k " "$T/out" && ok || fail "ShiftAdd report lacks op $k"
	done
	grep -q "^no search space" "$T/out" && grep -q "fc1.route .*sequential scan" "$T/out" &&
		grep -q "fc1.gather .*index read from memory" "$T/out" && ok ||
		fail "ShiftAdd report: no 'no search space' lines for the routing kernels: $(tail -8 "$T/out")"
else
	echo "tune.sh: ShiftAdd part skipped (no \$PYTHON with torch)"
fi

echo "tune.sh: $pass passed, $failures failed"
[ "$failures" -eq 0 ]
