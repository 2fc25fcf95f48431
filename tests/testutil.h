/*
 * testutil.h - tiny helpers shared by the Check suites: a per-run
 * temporary directory and writing files into it.
 *
 * Call tu_tmpdir() in main() before srunner_run_all() so that forked tests
 * share one directory, and tu_cleanup() at the end to remove it.
 */
#ifndef VITC_TESTUTIL_H
#define VITC_TESTUTIL_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char tu_dir[256];

static inline const char *tu_tmpdir(void)
{
	if (!tu_dir[0]) {
		const char *t = getenv("TMPDIR");
		snprintf(tu_dir, sizeof(tu_dir), "%s/vitc-test-XXXXXX", t && *t ? t : "/tmp");
		if (!mkdtemp(tu_dir))
			abort();
	}
	return tu_dir;
}

/* tu_tmpdir()/name, in one of 8 rotating static buffers. */
static inline const char *tu_path(const char *name)
{
	static char bufs[8][512];
	static int k;
	char *p = bufs[k++ & 7];
	snprintf(p, sizeof(bufs[0]), "%s/%s", tu_tmpdir(), name);
	return p;
}

/* Write "len" bytes to tu_tmpdir()/name and return the path (tu_path). */
static inline const char *tu_write(const char *name, const void *data, size_t len)
{
	const char *p = tu_path(name);
	FILE *f = fopen(p, "wb");
	if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0)
		abort();
	return p;
}

static inline const char *tu_write_str(const char *name, const char *s)
{
	return tu_write(name, s, strlen(s));
}

/* Remove the (flat) temporary directory and everything in it. */
static inline void tu_cleanup(void)
{
	DIR *d;
	struct dirent *e;

	if (!tu_dir[0] || !(d = opendir(tu_dir)))
		return;
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			remove(tu_path(e->d_name));
	closedir(d);
	rmdir(tu_dir);
}

#endif
