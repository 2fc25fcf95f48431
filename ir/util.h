/*
 * util.h - the small services every compiler layer uses: one allocator
 * (arenas on top of checked malloc), error messages, and file mapping.
 */
#ifndef VITC_UTIL_H
#define VITC_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct stat;

/* Internal symbols are hidden from libvitc.so (Lua's LUAI_FUNC). */
#define VITC_INTERNAL __attribute__((visibility("hidden")))

/*
 * A user-facing error: one line, "file: location: what is wrong".
 * Functions that can fail return -1 (or NULL) and fill a VitcErr.
 */
typedef struct {
	char msg[1024];
} VitcErr;

int vitc_errf(VitcErr *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Arena: bump allocation in chunks, freed all at once.  Every graph,
 * kernel and compile session owns one.  Allocations are zeroed.
 */
typedef struct ArenaChunk ArenaChunk;
typedef struct {
	ArenaChunk *head;
} Arena;

void *arena_alloc(Arena *a, size_t size);
void *arena_calloc(Arena *a, size_t n, size_t size);
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void arena_free(Arena *a);

/* malloc that never returns NULL for a nonzero size (aborts on OOM). */
void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);

/* Overflow-checked arithmetic on sizes: return -1 on overflow. */
int mul_u64(uint64_t a, uint64_t b, uint64_t *out);
int add_u64(uint64_t a, uint64_t b, uint64_t *out);

/*
 * Open a regular file for reading (never blocks on a FIFO or device);
 * fills *st when non-NULL.  Returns the descriptor, or -1 with "err" set.
 */
int file_open_regular(const char *path, struct stat *st, VitcErr *err);
/* 1 if the two paths name one existing file (links and other names included). */
int file_same(const char *a, const char *b);
/* Read a whole file (at most "limit" bytes) into a malloc'd, NUL-terminated buffer. */
int file_read_all(const char *path, size_t limit, char **out, size_t *len,
                  VitcErr *err);
/* Write "len" bytes to "path" atomically: temporary file + rename. */
int file_write_atomic(const char *path, const void *buf, size_t len,
                      VitcErr *err);

/*
 * Temporary output files removed if the process dies of SIGINT, SIGTERM
 * or SIGHUP (after file_temps_remove_on_signals, which the command-line
 * tool calls; a library user keeps its own signal handling).  A running
 * child process (the linker) is killed first.
 */
void file_temp_register(const char *path);
void file_temp_forget(const char *path);
void file_temp_child(pid_t pid);
void file_temps_remove_on_signals(void);

#endif
