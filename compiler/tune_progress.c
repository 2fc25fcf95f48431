/*
 * tune_progress.c - what `vitc tune` shows while it runs (tune.h).  The
 * log ("tune: ..." lines, one per measurement) goes to stdout.  When
 * stderr is a terminal, a status line there is redrawn after each
 * measurement: task i/n, trials, best so far against the default, time
 * left.  Otherwise (a log file, a pipe, a test) each finished task adds one
 * plain "tune: progress:" line to the log instead.
 */
#include <stdarg.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "compiler/tune.h"

/* "12 s", "3m05s", "1h02m"; "?" before anything was measured. */
static void fmt_seconds(double s, char *buf, size_t len)
{
	long v = (long)(s + 0.5);
	if (s < 0)
		snprintf(buf, len, "?");
	else if (v < 60)
		snprintf(buf, len, "%ld s", v);
	else if (v < 3600)
		snprintf(buf, len, "%ldm%02lds", v / 60, v % 60);
	else
		snprintf(buf, len, "%ldh%02ldm", v / 3600, v % 3600 / 60);
}

/*
 * Seconds left: the mean time per measurement so far times the
 * measurements still planned, capped by --time-budget; -1 when unknown.
 */
static double eta(const Tuner *t)
{
	double now = tune_now(), per, left;

	if (t->trials_done < 1)
		return -1;
	per = (now - t->start) / t->trials_done;
	left = per * (t->trials_left > 0 ? t->trials_left : 0);
	if (t->deadline > 0 && t->deadline - now < left)
		left = t->deadline - now > 0 ? t->deadline - now : 0;
	return left;
}

static void status_clear(Tuner *t)
{
	if (t->tty && t->status_shown) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
		t->status_shown = 0;
	}
}

void tune_status_clear(Tuner *t)
{
	status_clear(t);
}

void tune_status(Tuner *t)
{
	char line[256], left[32];
	struct winsize ws;
	int cols = 80;

	if (!t->tty)
		return;
	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 10)
		cols = ws.ws_col;
	fmt_seconds(eta(t), left, sizeof(left));
	snprintf(line, sizeof(line), "tune: task %d/%d, trial %d/%d, best %.1f us vs default "
	         "%.1f us (%.2fx), about %s left", t->task_i, t->n_tasks, t->trial, t->trials,
	         t->best_us, t->def_us, t->best_us > 0 ? t->def_us / t->best_us : 0.0, left);
	/* one terminal line, or \r cannot take it back */
	fprintf(stderr, "\r\033[K%.*s", cols - 1, line);
	fflush(stderr);
	t->status_shown = 1;
}

void tune_log(Tuner *t, const char *fmt, ...)
{
	va_list ap;

	status_clear(t);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	fflush(stdout);
	tune_status(t);
}

void tune_task_done(Tuner *t, const Task *tk)
{
	char spent[32], left[32];

	(void)tk;
	if (t->tty) {
		tune_status(t);
		return;
	}
	fmt_seconds(tune_now() - t->start, spent, sizeof(spent));
	fmt_seconds(eta(t), left, sizeof(left));
	printf("tune: progress: task %d/%d done, %d trials, best %.1f us vs default %.1f us "
	       "(%.2fx); %s spent, about %s left\n", t->task_i, t->n_tasks, t->trial, t->best_us,
	       t->def_us, t->best_us > 0 ? t->def_us / t->best_us : 0.0, spent, left);
	fflush(stdout);
}
