/*
 * fuzz_util.h - what the libFuzzer targets in tests/fuzz/ share: a private
 * temporary directory per process (the readers take paths, so every input
 * is written to a file there first), a file writer, and the check that a
 * rejected input came with a usable error message.
 *
 * Header-only: each target is one translation unit built by `make fuzz`
 * (docs/fuzzing.md).
 */
#ifndef VITC_FUZZ_UTIL_H
#define VITC_FUZZ_UTIL_H

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char fuzz_dir[4096];

/* Remove the files the target wrote (their names are fixed) and the directory. */
static void fuzz_cleanup(void)
{
	static const char *const names[] = {
		"graph.json", "weights.safetensors", "in.npy", "out.npy", "model.so", NULL,
	};
	char p[4200];

	if (!fuzz_dir[0])
		return;
	for (int i = 0; names[i]; i++) {
		snprintf(p, sizeof(p), "%s/%s", fuzz_dir, names[i]);
		unlink(p);
	}
	rmdir(fuzz_dir);
}

/*
 * The path of "name" inside this process's directory, which is created
 * (under $TMPDIR or /tmp) on first use and removed at normal exit.
 */
static const char *fuzz_path(const char *name, char *buf, size_t cap)
{
	if (!fuzz_dir[0]) {
		const char *t = getenv("TMPDIR");
		snprintf(fuzz_dir, sizeof(fuzz_dir), "%s/vitc-fuzz-XXXXXX", t && *t ? t : "/tmp");
		if (!mkdtemp(fuzz_dir)) {
			perror("vitc fuzz: mkdtemp");
			abort();
		}
		atexit(fuzz_cleanup);
	}
	snprintf(buf, cap, "%s/%s", fuzz_dir, name);
	return buf;
}

/* Replace the file "path" by "len" bytes of "data"; aborts on I/O errors. */
static void fuzz_write(const char *path, const void *data, size_t len)
{
	const char *p = data;
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

	if (fd < 0) {
		perror(path);
		abort();
	}
	while (len > 0) {
		ssize_t w = write(fd, p, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			perror(path);
			abort();
		}
		p += w;
		len -= (size_t)w;
	}
	if (close(fd) != 0) {
		perror(path);
		abort();
	}
}

/* FUZZ_VERBOSE=1 prints each rejection: for checking what seeds reach. */
static int fuzz_verbose(void)
{
	static int v = -1;
	if (v < 0) {
		const char *e = getenv("FUZZ_VERBOSE");
		v = e && *e && strcmp(e, "0") != 0;
	}
	return v;
}

/*
 * A reader that fails must say why on one line (DEVELOPERS.md): a
 * failure without a message, or with a line break in it, is a bug, and
 * aborting makes libFuzzer keep the input.
 */
static void fuzz_check_msg(const char *what, const char *msg)
{
	if (!msg || !msg[0]) {
		fprintf(stderr, "vitc fuzz: %s failed without an error message\n", what);
		abort();
	}
	if (strchr(msg, '\n') || strchr(msg, '\r')) {
		fprintf(stderr, "vitc fuzz: %s error message spans lines: %s\n", what, msg);
		abort();
	}
	if (fuzz_verbose())
		fprintf(stderr, "%s: %s\n", what, msg);
}

#endif
