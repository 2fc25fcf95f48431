/*
 * link.c - from the parts' objects to the sealed .so: the objects (the
 * main part, the kernels in order, then the weights object) go into one
 * ar archive written beside the output (fixed member names, no
 * timestamps, no symbol index), lld (or `cc -shared`) links it whole
 * into a temporary .so beside the output, the seal is appended and the file
 * renamed into place, so a failed compile leaves no file behind.  Also
 * the --dump-ir files of the LLVM stages, the parts' texts in part order.
 */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "config.h"
#include "backends/cg.h"

extern char **environ;

/* Split "s" (a command that may carry flags, e.g. "gcc -m64") into at most "max" argv words. */
static int split_words(char *s, char **argv, int max)
{
	char *save = NULL;
	int n = 0;

	for (char *tok = strtok_r(s, " \t", &save); tok && n < max;
	     tok = strtok_r(NULL, " \t", &save))
		argv[n++] = tok;
	return n;
}

/*
 * The command line that links every member of the archive "ar" (in its
 * order) into the shared object "so", into "argv" (room for 48 words,
 * which point into the returned string, to be freed).  $VITC_LINK_CC, if
 * set, is a C compiler driver and gets `-shared` and the archive.
 * Otherwise, when configure found lld and the C library's link files
 * (VITC_LINK_LLD, VITC_LINK_LLD_LIBS), lld itself: the driver's gcc ->
 * collect2 -> ld chain costs about 50 ms of a 0.4 s re-compile, and a
 * model needs none of the start files it adds (no constructors, no
 * C++); libc, libm and libgcc are still linked, as needed.  Else the
 * configured driver VITC_LINK_CC.  The words of the command and of the
 * libraries are one string, cut in two by a NUL.
 */
static char *link_command(const char *ar, const char *so, char **argv)
{
	const char *env = getenv("VITC_LINK_CC");
	int lld = !(env && *env) && *VITC_LINK_LLD;
	const char *cmd = env && *env ? env : lld ? VITC_LINK_LLD : VITC_LINK_CC;
	size_t nc = strlen(cmd);
	char *words = xmalloc(nc + sizeof(VITC_LINK_LLD_LIBS) + 1);
	int n;

	memcpy(words, cmd, nc + 1);
	memcpy(words + nc + 1, VITC_LINK_LLD_LIBS, sizeof(VITC_LINK_LLD_LIBS));
	if ((n = split_words(words, argv, 30)) == 0) {
		free(words);
		return NULL;
	}
	argv[n++] = "-shared";
	argv[n++] = "-o";
	argv[n++] = (char *)so;
	if (lld) {
		argv[n++] = "--eh-frame-hdr";
		argv[n++] = "--hash-style=gnu";
		argv[n++] = "--build-id=none";
		argv[n++] = "-z";
		argv[n++] = "noexecstack";
		argv[n++] = "--whole-archive";
		argv[n++] = (char *)ar;
		argv[n++] = "--no-whole-archive";
		argv[n++] = "--as-needed";
		n += split_words(words + nc + 1, argv + n, 8);
	} else {
		argv[n++] = "-Wl,--whole-archive";
		argv[n++] = (char *)ar;
		argv[n++] = "-Wl,--no-whole-archive";
		argv[n++] = "-lm";
		argv[n++] = "-Wl,--build-id=none";
		argv[n++] = "-Wl,-z,noexecstack";
	}
	argv[n] = NULL;
	return words;
}

/*
 * Link the archive "ar" into "so" (link_command), keeping the start of
 * the linker's output for the error message (and draining the rest).
 */
static int link_so(const char *ar, const char *so, VitcErr *err)
{
	char out[600], sink[4096];
	char **argv = xcalloc(48, sizeof(char *));
	char *cc = link_command(ar, so, argv);
	int pfd[2], status = 0, rc;
	posix_spawn_file_actions_t fa;
	ssize_t got, len = 0;
	pid_t pid;

	if (!cc) {
		free(argv);
		return vitc_errf(err, "cannot link: the linker command ($VITC_LINK_CC) is empty");
	}
	if (pipe(pfd)) {
		vitc_errf(err, "cannot run the linker '%s': %s", argv[0], strerror(errno));
		free(cc);
		free(argv);
		return -1;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, pfd[1], 2);
	posix_spawn_file_actions_adddup2(&fa, pfd[1], 1);
	posix_spawn_file_actions_addclose(&fa, pfd[0]);
	rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (!rc)
		file_temp_child(pid);
	close(pfd[1]);
	if (rc) {
		close(pfd[0]);
		vitc_errf(err, "cannot run the linker '%s': %s", argv[0], strerror(rc));
		free(cc);
		free(argv);
		return -1;
	}
	while ((got = read(pfd[0], len < (ssize_t)sizeof(out) - 1 ? out + len : sink,
	                   len < (ssize_t)sizeof(out) - 1 ? sizeof(out) - 1 - (size_t)len
	                                                  : sizeof(sink))) > 0 ||
	       (got < 0 && errno == EINTR))
		if (got > 0 && len < (ssize_t)sizeof(out) - 1)
			len += got;
	out[len] = 0;
	close(pfd[0]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	file_temp_child(0);
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		vitc_errf(err, "linking %s with '%s' failed: %s", so, argv[0], len ? out : "(no output)");
		free(cc);
		free(argv);
		return -1;
	}
	free(cc);
	free(argv);
	return 0;
}

/* Create an empty temporary "<out><tag>XXXXXX<sfx>" next to "out" (registered for removal on signals). */
char *cg_temp_beside(const char *out, const char *tag, const char *sfx, VitcErr *err)
{
	size_t n = strlen(out) + strlen(tag) + strlen(sfx) + 8;
	char *t = xmalloc(n);
	int fd;

	snprintf(t, n, "%s%sXXXXXX%s", out, tag, sfx);
	fd = mkstemps(t, (int)strlen(sfx));
	if (fd < 0) {
		vitc_errf(err, "%s: cannot create a temporary file: %s", out, strerror(errno));
		free(t);
		return NULL;
	}
	close(fd);
	file_temp_register(t);
	return t;
}

/* One ar member header (GNU format, name "name/", all dates and ids 0). */
static int ar_member(FILE *f, const char *name, uint64_t size)
{
	char h[61];

	snprintf(h, sizeof(h), "%-16.16s%-12s%-6s%-6s%-8s%-10llu`\n", name, "0", "0", "0",
	         "644", (unsigned long long)size);
	return fwrite(h, 1, 60, f) == 60 ? 0 : -1;
}

/* The pad byte after an odd-sized member. */
static int ar_pad(FILE *f, uint64_t size)
{
	return size % 2 && fputc('\n', f) == EOF ? -1 : 0;
}

/*
 * Write the archive "path": every part's object ("m0.o", then "k<i>.o")
 * and, if the main part has weights, the weights object "w.o".
 */
static int write_archive(const char *path, CgModule *const *parts, int n, VitcErr *err)
{
	const CgModule *m0 = parts[0];
	FILE *f = fopen(path, "wb");
	int bad = 0;

	if (!f)
		return vitc_errf(err, "%s: cannot write: %s", path, strerror(errno));
	setvbuf(f, NULL, _IOFBF, 1 << 20);
	bad |= fwrite("!<arch>\n", 1, 8, f) != 8;
	for (int i = 0; i < n && !bad; i++) {
		char name[32];
		size_t size = LLVMGetBufferSize(parts[i]->obj);
		snprintf(name, sizeof(name), i ? "k%d.o/" : "m0.o/", i);
		bad |= ar_member(f, name, size);
		bad |= fwrite(LLVMGetBufferStart(parts[i]->obj), 1, size, f) != size;
		bad |= ar_pad(f, size);
	}
	if (m0->n_w && !bad) {
		uint64_t size = cg_weights_object_size(m0->w_total);
		bad |= ar_member(f, "w.o/", size);
		bad |= cg_put_weights_object(f, m0->w_bufs, m0->w_offs, m0->n_w, m0->w_total);
		bad |= ar_pad(f, size);
	}
	if (fclose(f) || bad)
		return vitc_errf(err, "%s: cannot write: %s", path, strerror(errno ? errno : EIO));
	return 0;
}

/* Remove the temporary file "*path" (if any) and free its name. */
static void drop_temp(char **path)
{
	if (*path) {
		unlink(*path);
		file_temp_forget(*path);
		free(*path);
		*path = NULL;
	}
}

/*
 * Write the parts' objects and the weights into an archive beside "out",
 * link it into a temporary .so beside "out", seal it and rename it over
 * "out".
 */
int cg_link_parts(CgModule *const *parts, int n, const char *out, VitcErr *err)
{
	char *ar = NULL, *so = NULL;
	int r = -1;

	if (!(ar = cg_temp_beside(out, ".a.", ".a", err)) || write_archive(ar, parts, n, err) ||
	    !(so = cg_temp_beside(out, ".tmp.", "", err)) || link_so(ar, so, err) ||
	    cg_seal_file(so, err))
		goto out;
	chmod(so, 0755);
	if (rename(so, out)) {
		vitc_errf(err, "%s: cannot write: %s", out, strerror(errno));
		goto out;
	}
	file_temp_forget(so);
	free(so);
	so = NULL;
	r = 0;
out:
	drop_temp(&ar);
	drop_temp(&so);
	return r;
}

/* Write "<dir>/<seq>-model<suffix>": the text "which" of every part, in part order. */
static int write_dump(CgModule *const *parts, int n, const CgOptions *opt, int which,
                      int seq, const char *suffix, VitcErr *err)
{
	char path[4096];
	FILE *f;
	int bad = 0;

	snprintf(path, sizeof(path), "%s/%02d-model%s", opt->dump_dir, seq, suffix);
	if (!(f = fopen(path, "w")))
		return vitc_errf(err, "%s: cannot write: %s", path, strerror(errno));
	for (int i = 0; i < n; i++) {
		fprintf(f, "%s part %d: %s\n", which == 2 ? "#" : ";", i, parts[i]->name);
		if (parts[i]->dump[which])
			bad |= fputs(parts[i]->dump[which], f) == EOF;
	}
	if (fclose(f) || bad)
		return vitc_errf(err, "%s: cannot write: %s", path, strerror(errno ? errno : EIO));
	return 0;
}

int cg_write_dumps(CgModule *const *parts, int n, const CgOptions *opt, VitcErr *err)
{
	return write_dump(parts, n, opt, 0, opt->dump_seq, ".ll", err) ||
	       write_dump(parts, n, opt, 1, opt->dump_seq + 1, ".opt.ll", err) ||
	       write_dump(parts, n, opt, 2, opt->dump_seq + 2, ".s", err) ? -1 : 0;
}
