/*
 * util.c - allocator, arenas, error messages and file helpers.
 */
#include "ir/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

int vitc_errf(VitcErr *err, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return -1;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	for (char *p = err->msg; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	return -1;
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p) {
		fputs("vitc: out of memory\n", stderr);
		abort();
	}
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p) {
		fputs("vitc: out of memory\n", stderr);
		abort();
	}
	return p;
}

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p) {
		fputs("vitc: out of memory\n", stderr);
		abort();
	}
	return p;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

struct ArenaChunk {
	ArenaChunk *next;
	size_t used, cap;
	_Alignas(16) unsigned char mem[];
};

/*
 * Allocate "size" zeroed bytes, 16-byte aligned.  Big requests get a chunk
 * of their own so that small ones keep filling the current chunk.
 */
void *arena_alloc(Arena *a, size_t size)
{
	ArenaChunk *c = a->head;
	size = (size + 15) & ~(size_t)15;
	if (!c || c->cap - c->used < size) {
		size_t cap = size > 65536 ? size : 65536;
		ArenaChunk *n = xmalloc(sizeof(*n) + cap);
		n->used = 0;
		n->cap = cap;
		if (c && size > 65536) {
			n->next = c->next;
			c->next = n;
		} else {
			n->next = c;
			a->head = n;
		}
		c = n;
	}
	void *p = c->mem + c->used;
	c->used += size;
	memset(p, 0, size);
	return p;
}

void *arena_calloc(Arena *a, size_t n, size_t size)
{
	uint64_t total;

	if (mul_u64(n, size, &total) || total > SIZE_MAX / 2) {
		fputs("vitc: arena request too large\n", stderr);
		abort();
	}
	return arena_alloc(a, (size_t)total);
}

char *arena_strdup(Arena *a, const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(arena_alloc(a, n), s, n);
}

char *arena_printf(Arena *a, const char *fmt, ...)
{
	va_list ap, ap2;
	int n;

	va_start(ap, fmt);
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *s = arena_alloc(a, (size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	return s;
}

void arena_free(Arena *a)
{
	ArenaChunk *c = a->head;
	while (c) {
		ArenaChunk *n = c->next;
		free(c);
		c = n;
	}
	a->head = NULL;
}

int mul_u64(uint64_t a, uint64_t b, uint64_t *out)
{
	return __builtin_mul_overflow(a, b, out) ? -1 : 0;
}

int add_u64(uint64_t a, uint64_t b, uint64_t *out)
{
	return __builtin_add_overflow(a, b, out) ? -1 : 0;
}

/*
 * Open "path" for reading only if it is a regular file.  The open itself
 * is non-blocking, so a FIFO with no writer is refused at once instead of
 * hanging in open(); the descriptor is made blocking again afterwards.
 */
int file_open_regular(const char *path, struct stat *st, VitcErr *err)
{
	struct stat sb;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);

	if (!st)
		st = &sb;
	if (fd < 0)
		return vitc_errf(err, "%s: cannot open: %s", path, strerror(errno));
	if (fstat(fd, st) != 0 || !S_ISREG(st->st_mode)) {
		int is_dir = S_ISDIR(st->st_mode);
		close(fd);
		return vitc_errf(err, "%s: not a regular file%s", path,
		                 is_dir ? " (a directory)" : "");
	}
	int fl = fcntl(fd, F_GETFL);
	if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0) {
		close(fd);
		return vitc_errf(err, "%s: cannot open: %s", path, strerror(errno));
	}
	return fd;
}

int file_same(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

int file_read_all(const char *path, size_t limit, char **out, size_t *len,
                  VitcErr *err)
{
	struct stat st;
	char *buf;
	int fd = file_open_regular(path, &st, err);
	FILE *f;

	if (fd < 0)
		return -1;
	if (!(f = fdopen(fd, "rb"))) {
		close(fd);
		return vitc_errf(err, "%s: cannot open: %s", path, strerror(errno));
	}
	if ((uint64_t)st.st_size > limit) {
		fclose(f);
		return vitc_errf(err, "%s: file is %lld bytes, more than the limit of %zu",
		                 path, (long long)st.st_size, limit);
	}
	buf = xmalloc((size_t)st.st_size + 1);
	size_t n = fread(buf, 1, (size_t)st.st_size, f);
	fclose(f);
	if (n != (size_t)st.st_size) {
		free(buf);
		return vitc_errf(err, "%s: read error", path);
	}
	buf[n] = 0;
	*out = buf;
	*len = n;
	return 0;
}

/*
 * Write to something that is not a regular file (a FIFO, /dev/null, a
 * terminal) in place: renaming over it would replace the device itself.
 */
static int write_in_place(const char *path, const void *buf, size_t len, VitcErr *err)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return vitc_errf(err, "%s: cannot open: %s", path, strerror(errno));
	size_t w = fwrite(buf, 1, len, f);
	if (fclose(f) != 0 || w != len)
		return vitc_errf(err, "%s: write error", path);
	return 0;
}

int file_write_atomic(const char *path, const void *buf, size_t len,
                      VitcErr *err)
{
	size_t n = strlen(path);
	struct stat st;
	char *tmp;
	int fd;

	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return write_in_place(path, buf, len, err);
	tmp = xmalloc(n + 16);

	snprintf(tmp, n + 16, "%s.tmpXXXXXX", path);
	fd = mkstemp(tmp);
	if (fd < 0) {
		vitc_errf(err, "%s: cannot create temporary file: %s", path, strerror(errno));
		free(tmp);
		return -1;
	}
	file_temp_register(tmp);
	const char *p = buf;
	size_t left = len;
	while (left > 0) {
		ssize_t w = write(fd, p, left);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			vitc_errf(err, "%s: write error: %s", path, strerror(errno));
			close(fd);
			unlink(tmp);
			file_temp_forget(tmp);
			free(tmp);
			return -1;
		}
		p += w;
		left -= (size_t)w;
	}
	fchmod(fd, 0644);
	if (close(fd) != 0 || rename(tmp, path) != 0) {
		vitc_errf(err, "%s: cannot write: %s", path, strerror(errno));
		unlink(tmp);
		file_temp_forget(tmp);
		free(tmp);
		return -1;
	}
	file_temp_forget(tmp);
	free(tmp);
	return 0;
}

/*
 * Temporary files to remove if the process is interrupted (SIGINT,
 * SIGTERM, SIGHUP) while it writes an output: fixed slots, so that the
 * signal handler only reads plain memory and calls unlink().  A child (the
 * linker) is killed first, so that it cannot re-create its output.
 */
#define MAX_TEMPS 8
static char temp_paths[MAX_TEMPS][4096];
static volatile sig_atomic_t temp_live[MAX_TEMPS];
static volatile pid_t temp_child;

void file_temp_register(const char *path)
{
	for (int i = 0; i < MAX_TEMPS; i++)
		if (!temp_live[i] && strlen(path) < sizeof(temp_paths[i])) {
			strcpy(temp_paths[i], path);
			temp_live[i] = 1;
			return;
		}
}

void file_temp_forget(const char *path)
{
	for (int i = 0; i < MAX_TEMPS; i++)
		if (temp_live[i] && strcmp(temp_paths[i], path) == 0)
			temp_live[i] = 0;
}

void file_temp_child(pid_t pid)
{
	temp_child = pid;
}

static void on_fatal_signal(int sig)
{
	pid_t child = temp_child;

	if (child > 0) {
		kill(child, SIGKILL);
		waitpid(child, NULL, 0);
	}
	for (int i = 0; i < MAX_TEMPS; i++)
		if (temp_live[i])
			unlink(temp_paths[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

void file_temps_remove_on_signals(void)
{
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal_signal;
	sigfillset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		struct sigaction old;
		/* Keep a signal ignored if it was (nohup, a background job). */
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
}
