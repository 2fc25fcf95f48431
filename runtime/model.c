/*
 * model.c - loading a compiled MODEL.so: a private copy, dlopen, and the
 * checks on its vitrt_model_abi descriptor (magic, ABI version, target,
 * CPU features, tensor table).
 */
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/internal.h"

#define MAX_TENSORS 4096

static atomic_ulong copy_counter;

/* write(2) all of "len" bytes, retrying on EINTR and short writes. */
static int write_all(int fd, const char *p, size_t len)
{
	while (len > 0) {
		ssize_t w = write(fd, p, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		len -= (size_t)w;
	}
	return 0;
}

/*
 * Copy the open file "src" to a new file in $TMPDIR (or /tmp) whose name
 * no other load in this process has used, and put its path in "tmp".
 * dlopen caches objects by path, so a unique name guarantees that we get
 * the code that is in the file now.  Returns 0, or -1 with errno set.
 */
static int copy_to_temp(int src, char *tmp, size_t cap)
{
	const char *dir = getenv("TMPDIR");
	char buf[65536];
	int fd, saved;
	ssize_t r;

	if (!dir || !*dir)
		dir = "/tmp";
	if ((size_t)snprintf(tmp, cap, "%s/vitrt-%ld-%lu-XXXXXX", dir, (long)getpid(),
	                     atomic_fetch_add(&copy_counter, 1)) >= cap) {
		errno = ENAMETOOLONG;
		return -1;
	}
	fd = mkstemp(tmp);
	if (fd < 0)
		return -1;
	while ((r = read(src, buf, sizeof(buf))) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 || write_all(fd, buf, (size_t)r) != 0)
			goto fail;
	}
	if (close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	return 0;
fail:
	saved = errno;
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	errno = saved;
	return -1;
}

/*
 * dlopen "path" through a private copy (see copy_to_temp).  If the copy
 * cannot be made or mapped (a read-only or noexec temporary directory),
 * fall back to the file itself.  On failure, put dlerror's text on one
 * line in "why", naming "path" rather than the copy.
 */
static void *open_object(const char *path, int fd, char *why, size_t cap)
{
	char tmp[4096];
	void *h = NULL;
	const char *e;

	if (copy_to_temp(fd, tmp, sizeof(tmp)) == 0) {
		h = dlopen(tmp, RTLD_NOW | RTLD_LOCAL);
		unlink(tmp);
		if (h)
			return h;
	}
	h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (h)
		return h;
	e = dlerror();
	snprintf(why, cap, "%s", e ? e : "dlopen failed");
	for (char *p = why; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	return NULL;
}

/*
 * Look at the ELF header of "fd" before dlopen does: glibc reports an
 * object for another machine as "No such file or directory", which
 * misleads.  Returns 0, or -1 with the message set.
 */
static int check_elf(int fd, const char *path)
{
	static const struct {
		unsigned id;
		const char *name;
	} machines[] = {
		{EM_386, "i386"}, {EM_ARM, "arm"}, {EM_X86_64, "x86_64"},
		{EM_AARCH64, "aarch64"}, {EM_RISCV, "riscv"}, {EM_PPC64, "ppc64"},
	};
	unsigned char h[EI_NIDENT + 4];
	unsigned type, machine;
	const char *name = "unknown";

	if (pread(fd, h, sizeof(h), 0) != (ssize_t)sizeof(h) || memcmp(h, ELFMAG, SELFMAG))
		return rt_err(VITRT_ERR_FORMAT, "%s: invalid ELF header (not a shared object)",
		              path), -1;
	if (h[EI_CLASS] != ELFCLASS64 || h[EI_DATA] != ELFDATA2LSB)
		return rt_err(VITRT_ERR_FORMAT, "%s: not a 64-bit little-endian ELF object", path), -1;
	type = h[16] | (unsigned)h[17] << 8;
	machine = h[18] | (unsigned)h[19] << 8;
	if (type != ET_DYN)
		return rt_err(VITRT_ERR_FORMAT, "%s: ELF file of type %u, not a shared object",
		              path, type), -1;
	for (size_t i = 0; i < sizeof(machines) / sizeof(machines[0]); i++)
		if (machines[i].id == machine)
			name = machines[i].name;
#if defined(__x86_64__)
	if (machine != EM_X86_64)
		return rt_err(VITRT_ERR_FORMAT, "%s: shared object for machine %u (%s), not x86_64",
		              path, machine, name), -1;
#endif
	return 0;
}

/*
 * PLACEHOLDER (branch fuzz, for tests/fuzz/fuzz_model_load.c): the full
 * structural ELF check before dlopen is being written on another branch,
 * which replaces this function.  Until then it runs only check_elf.
 */
int rt_elf_check_fd(int fd, const char *path)
{
	return check_elf(fd, path);
}

/* Check one tensor entry of the descriptor; -1 with a message on error. */
static int check_tensor(const char *path, const char *kind, int i,
                        const vitrt_tensor_info *t)
{
	if (!t->name || !t->name[0])
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: %s %d has no name",
		              path, kind, i), -1;
	if (!vitrt_dtype_bits(t->dtype))
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: %s '%s' has unknown dtype %d",
		              path, kind, t->name, (int)t->dtype), -1;
	if (t->rank < 0 || t->rank > VITRT_MAX_RANK)
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: %s '%s' has rank %d (max %d)",
		              path, kind, t->name, (int)t->rank, VITRT_MAX_RANK), -1;
	for (int d = 0; d < t->rank; d++)
		if (t->dims[d] < 1 && t->dims[d] != VITRT_DIM_N)
			return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: %s '%s' has dim %d = %lld",
			              path, kind, t->name, d, (long long)t->dims[d]), -1;
	if (!vitrt_tensor_bytes(t, 1))
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: %s '%s' is too large",
		              path, kind, t->name), -1;
	return 0;
}

/* Check a tensor table: count, pointer, entries, unique names. */
static int check_tensors(const char *path, const char *kind, int n,
                         const vitrt_tensor_info *t)
{
	if (n < 0 || n > MAX_TENSORS || (n > 0 && !t))
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: bad %s table (%d entries)",
		              path, kind, n), -1;
	for (int i = 0; i < n; i++) {
		if (check_tensor(path, kind, i, &t[i]) != 0)
			return -1;
		for (int j = 0; j < i; j++)
			if (!strcmp(t[i].name, t[j].name))
				return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: two %ss named '%s'",
				              path, kind, t[i].name), -1;
	}
	return 0;
}

/*
 * Decide whether this runtime can run the model described by "a": magic,
 * ABI version, target, CPU features, then the tensor tables.  Returns the
 * status, with the message set.
 */
static vitrt_status check_descriptor(const char *path, const vitrt_model_abi *a)
{
	char why[256];

	if (a->magic != VITRT_MAGIC)
		return rt_err(VITRT_ERR_FORMAT, "%s: not a vitc model (bad magic 0x%08x)",
		              path, (unsigned)a->magic);
	if (a->abi_version != VITRT_ABI_VERSION)
		return rt_err(VITRT_ERR_ABI, "%s: built for runtime ABI %u, this libvitrt supports %d",
		              path, (unsigned)a->abi_version, VITRT_ABI_VERSION);
	if (!a->target)
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: no target", path);
#if defined(__x86_64__)
	if (strcmp(a->target, "x86_64") != 0)
#endif
		return rt_err(VITRT_ERR_CPU, "%s: target '%s' not supported by this runtime build",
		              path, a->target);
	if (rt_cpu_check(a->features ? a->features : "", why, sizeof(why)) != 0)
		return rt_err(VITRT_ERR_CPU, "%s: %s (model built for cpu '%s')", path, why,
		              a->cpu ? a->cpu : "?");
	if (!a->run)
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: no run function", path);
	if (a->n_kernels < 0 || a->n_kernels > 1000000 || (a->n_kernels && !a->kernel_names))
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: bad kernel table", path);
	if (check_tensors(path, "input", a->n_inputs, a->inputs) != 0 ||
	    check_tensors(path, "output", a->n_outputs, a->outputs) != 0)
		return VITRT_ERR_FORMAT;
	return VITRT_OK;
}

/*
 * Load the model at "path" into "*out".  The file must be a readable
 * regular file, a shared object for this machine, export VITRT_MODEL_SYMBOL
 * and pass check_descriptor.  Nothing is left open on failure.
 */
vitrt_status vitrt_model_load(const char *path, VitrtModel **out)
{
	VitrtModel *m;
	struct stat st;
	char why[1024];
	void *h;
	const vitrt_model_abi *abi;
	vitrt_status s;
	int fd;

	if (out)
		*out = NULL;
	if (!path || !out)
		return rt_err(VITRT_ERR_ARG, "vitrt_model_load: NULL argument");
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return rt_err(VITRT_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return rt_err(VITRT_ERR_IO, "%s: not a regular file", path);
	}
	if (check_elf(fd, path) != 0) {
		close(fd);
		return VITRT_ERR_FORMAT;
	}
	h = open_object(path, fd, why, sizeof(why));
	close(fd);
	if (!h)
		return rt_err(VITRT_ERR_FORMAT, "%s", why);
	abi = dlsym(h, VITRT_MODEL_SYMBOL);
	if (!abi) {
		dlclose(h);
		return rt_err(VITRT_ERR_FORMAT, "%s: not a vitc model (no %s symbol)",
		              path, VITRT_MODEL_SYMBOL);
	}
	s = check_descriptor(path, abi);
	m = s == VITRT_OK ? calloc(1, sizeof(*m)) : NULL;
	if (m)
		m->path = strdup(path);
	if (s == VITRT_OK && (!m || !m->path)) {
		free(m);
		m = NULL;
		s = rt_err(VITRT_ERR_NOMEM, "%s: out of memory", path);
	}
	if (s != VITRT_OK) {
		dlclose(h);
		return s;
	}
	m->handle = h;
	m->abi = abi;
	atomic_init(&m->refs, 1);
	*out = m;
	return VITRT_OK;
}

void rt_model_unref(VitrtModel *m)
{
	if (!m || atomic_fetch_sub(&m->refs, 1) != 1)
		return;
	dlclose(m->handle);
	free(m->path);
	free(m);
}

void vitrt_model_free(VitrtModel *m)
{
	rt_model_unref(m);
}

int vitrt_model_num_inputs(const VitrtModel *m)
{
	return m ? m->abi->n_inputs : 0;
}

int vitrt_model_num_outputs(const VitrtModel *m)
{
	return m ? m->abi->n_outputs : 0;
}

const vitrt_tensor_info *vitrt_model_input(const VitrtModel *m, int i)
{
	if (!m || i < 0 || i >= m->abi->n_inputs)
		return NULL;
	return &m->abi->inputs[i];
}

const vitrt_tensor_info *vitrt_model_output(const VitrtModel *m, int i)
{
	if (!m || i < 0 || i >= m->abi->n_outputs)
		return NULL;
	return &m->abi->outputs[i];
}

static int find(const vitrt_tensor_info *t, int n, const char *name)
{
	for (int i = 0; name && i < n; i++)
		if (!strcmp(t[i].name, name))
			return i;
	return -1;
}

int vitrt_model_find_input(const VitrtModel *m, const char *name)
{
	return m ? find(m->abi->inputs, m->abi->n_inputs, name) : -1;
}

int vitrt_model_find_output(const VitrtModel *m, const char *name)
{
	return m ? find(m->abi->outputs, m->abi->n_outputs, name) : -1;
}

const char *vitrt_model_target(const VitrtModel *m)
{
	return m ? m->abi->target : NULL;
}

const vitrt_model_abi *vitrt_model_descriptor(const VitrtModel *m)
{
	return m ? m->abi : NULL;
}
