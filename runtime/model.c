/*
 * model.c - loading a compiled MODEL.so: a private copy, the seal and
 * structural checks (elf_check.c), dlopen, and the checks on its
 * vitrt_model_abi descriptor (magic, ABI version, target, CPU features,
 * tensor table).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memfd_create, mkostemp */
#endif
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
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

/* Copy all of "src" (from its start) to "dst"; 0, or -1 with errno set. */
static int copy_fd(int src, int dst)
{
	char buf[65536];
	off_t off = 0;
	ssize_t r;

	while ((r = pread(src, buf, sizeof(buf), off)) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 || write_all(dst, buf, (size_t)r) != 0)
			return -1;
		off += r;
	}
	return 0;
}

/*
 * A private copy of "src" to check and dlopen: a memfd (nothing on disk,
 * so nothing is left behind whatever happens to the process), else a file
 * in $TMPDIR (or /tmp) that is unlinked right after dlopen.  Either way
 * the name is one this process has not used: dlopen caches objects by
 * name, so the code loaded is the code in the file now, and the copy
 * cannot change between the check and dlopen.  Returns the copy's
 * descriptor with its dlopen name in "name" (and in "tmp" when a file was
 * created), or -1.
 */
static int private_copy(int src, char *name, size_t cap, char *tmp)
{
	const char *dir = getenv("TMPDIR");
	int fd, saved;

	tmp[0] = 0;
#ifdef MFD_CLOEXEC
	fd = memfd_create("vitrt-model", MFD_CLOEXEC);
	if (fd >= 0) {
		/*
		 * The name is unique while the memfd stays open (the model keeps
		 * it); an object that outlived its dlclose under this name would
		 * be returned by the cache, so then use a temporary file.
		 */
		void *old;
		snprintf(name, cap, "/proc/self/fd/%d", fd);
		if ((old = dlopen(name, RTLD_LAZY | RTLD_NOLOAD)) != NULL)
			dlclose(old);
		else if (access(name, R_OK) == 0 && copy_fd(src, fd) == 0)
			return fd;
		close(fd);
	}
#endif
	if (!dir || !*dir)
		dir = "/tmp";
	if ((size_t)snprintf(tmp, cap, "%s/vitrt-%ld-%lu-XXXXXX", dir, (long)getpid(),
	                     atomic_fetch_add(&copy_counter, 1)) >= cap) {
		tmp[0] = 0;
		return -1;
	}
	fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0) {
		tmp[0] = 0;
		return -1;
	}
	if (copy_fd(src, fd) != 0) {
		saved = errno;
		close(fd);
		unlink(tmp);
		tmp[0] = 0;
		errno = saved;
		return -1;
	}
	snprintf(name, cap, "%s", tmp);
	return fd;
}

/*
 * Set the runtime's error from dlerror's text "e", on one line, naming
 * "path" where the message names the private copy "copy".  Returns NULL.
 */
static void *dl_fail(const char *e, const char *copy, const char *path)
{
	const char *at;
	size_t n = strlen(copy);
	char why[1024];

	if (!e)
		e = "dlopen failed";
	if (n && (at = strstr(e, copy)) != NULL)
		snprintf(why, sizeof(why), "%.*s%s%s", (int)(at - e), e, path, at + n);
	else
		snprintf(why, sizeof(why), "%s", e);
	for (char *p = why; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	rt_err(VITRT_ERR_FORMAT, "%s", why);
	return NULL;
}

/*
 * Check and dlopen "path" (open on "fd") through a private copy.  Only
 * where the copy cannot be mapped (dlerror "failed to map segment": a
 * noexec temporary directory and no memfd) is the file itself checked and
 * opened.  A memfd copy that was loaded is returned in *keep_fd, to be
 * closed after dlclose.  NULL with the runtime's error set on failure.
 */
static void *open_object(const char *path, int fd, int *keep_fd)
{
	char name[4096], tmp[4096];
	void *h = NULL;
	int cfd;

	*keep_fd = -1;
	cfd = private_copy(fd, name, sizeof(name), tmp);
	if (cfd >= 0) {
		int checked = rt_elf_check_fd(cfd, path, 1) == 0;
		int unmappable = 0;
		if (checked && !(h = dlopen(name, RTLD_NOW | RTLD_LOCAL))) {
			const char *e = dlerror();
			unmappable = e && strstr(e, "map");
			if (!unmappable)
				dl_fail(e, name, path);
		}
		if (h && !tmp[0])
			*keep_fd = cfd; /* a memfd: its name must stay unique */
		else
			close(cfd);
		if (tmp[0])
			unlink(tmp);
		if (!unmappable)
			return h;
	}
	if (rt_elf_check_fd(fd, path, 1) != 0)
		return NULL;
	h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	return h ? h : dl_fail(dlerror(), "", path);
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

enum { DEV_AUTO, DEV_CPU, DEV_CUDA };

/*
 * Parse vitrt_model_load_device's "device" into *kind and the CUDA
 * device ordinal (*ordinal: "cuda:N", else $VITRT_CUDA_DEVICE, else 0).
 */
static vitrt_status parse_device(const char *device, int *kind, int *ordinal)
{
	const char *num = NULL;
	char *end;
	long v = 0;

	*kind = DEV_AUTO;
	*ordinal = 0;
	if (!device || !*device || !strcmp(device, "auto"))
		*kind = DEV_AUTO;
	else if (!strcmp(device, "cpu"))
		*kind = DEV_CPU;
	else if (!strcmp(device, "cuda"))
		*kind = DEV_CUDA;
	else if (!strncmp(device, "cuda:", 5) && device[5])
		*kind = DEV_CUDA, num = device + 5;
	else
		return rt_err(VITRT_ERR_ARG, "unknown device '%.64s' (valid: auto, cpu, cuda, cuda:N)",
		              device);
	if (!num && (*kind != DEV_CPU) && (num = getenv("VITRT_CUDA_DEVICE")) && !*num)
		num = NULL;
	if (num) {
		v = strtol(num, &end, 10);
		if (*end || v < 0 || v > 1000000)
			return rt_err(VITRT_ERR_ARG, "bad CUDA device number '%.32s'%s", num,
			              device && !strncmp(device, "cuda:", 5) ? "" : " in $VITRT_CUDA_DEVICE");
		*ordinal = (int)v;
	}
	return VITRT_OK;
}

/*
 * Decide whether this runtime can run the model described by "a" on the
 * device "kind" (DEV_*): magic, ABI version, target, CPU features or the
 * device image, then the tensor tables.  Returns the status, with the
 * message set.
 */
static vitrt_status check_descriptor(const char *path, const vitrt_model_abi *a, int kind)
{
	char why[256];
	int cuda;

	if (a->magic != VITRT_MAGIC)
		return rt_err(VITRT_ERR_FORMAT, "%s: not a vitc model (bad magic 0x%08x)",
		              path, (unsigned)a->magic);
	if (a->abi_version != VITRT_ABI_VERSION && a->abi_version != VITRT_ABI_VERSION_DEVICE)
		return rt_err(VITRT_ERR_ABI, "%s: built for runtime ABI %u, this libvitrt supports %d",
		              path, (unsigned)a->abi_version, VITRT_ABI_VERSION);
	if (!a->target)
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: no target", path);
	cuda = a->abi_version == VITRT_ABI_VERSION_DEVICE && !strcmp(a->target, "cuda");
	if (a->abi_version == VITRT_ABI_VERSION_DEVICE && !cuda)
		return rt_err(VITRT_ERR_CPU, "%s: a device model for '%.32s'; this runtime has no support for it",
		              path, a->target);
	if (cuda && kind == DEV_CPU)
		return rt_err(VITRT_ERR_CPU, "%s: a CUDA model (%.32s) cannot run on the CPU; "
		              "compile it with --target cpu", path, a->cpu ? a->cpu : "?");
	if (!cuda && kind == DEV_CUDA)
		return rt_err(VITRT_ERR_CPU, "%s: a CPU model (%.32s) cannot run on CUDA; "
		              "compile it with --target cuda:sm_XX", path, a->target);
#if defined(__x86_64__)
	if (!cuda && strcmp(a->target, "x86_64") != 0)
#endif
		return rt_err(VITRT_ERR_CPU, "%s: target '%s' not supported by this runtime build",
		              path, a->target);
	if (!cuda && rt_cpu_check(a->features ? a->features : "", why, sizeof(why)) != 0)
		return rt_err(VITRT_ERR_CPU, "%s: %s (model built for cpu '%s')", path, why,
		              a->cpu ? a->cpu : "?");
	if (!a->run)
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: no run function", path);
	if (a->n_kernels < 0 || a->n_kernels > 1000000 || (a->n_kernels && !a->kernel_names))
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: bad kernel table", path);
	if (check_tensors(path, "input", a->n_inputs, a->inputs) != 0 ||
	    check_tensors(path, "output", a->n_outputs, a->outputs) != 0)
		return VITRT_ERR_FORMAT;
	return cuda ? rt_cuda_check(path, a) : VITRT_OK;
}

/*
 * Load the model at "path" into "*out" for "device" (vitrt.h).  The file
 * must be a readable regular file, a shared object for this machine,
 * export VITRT_MODEL_SYMBOL and pass check_descriptor; a CUDA model then
 * gets its device state (cuda.c).  Nothing is left open on failure.
 */
vitrt_status vitrt_model_load_device(const char *path, const char *device, VitrtModel **out)
{
	VitrtModel *m;
	struct stat st;
	void *h;
	const vitrt_model_abi *abi;
	vitrt_status s;
	int fd, copy_fd, kind, ordinal;

	if (out)
		*out = NULL;
	if (!path || !out)
		return rt_err(VITRT_ERR_ARG, "vitrt_model_load: NULL argument");
	if ((s = parse_device(device, &kind, &ordinal)) != VITRT_OK)
		return s;
	/* Non-blocking, so that a FIFO is refused instead of hanging here. */
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return rt_err(VITRT_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return rt_err(VITRT_ERR_IO, "%s: not a regular file", path);
	}
	h = open_object(path, fd, &copy_fd);
	close(fd);
	if (!h)
		return VITRT_ERR_FORMAT;
	abi = dlsym(h, VITRT_MODEL_SYMBOL);
	if (!abi) {
		dlclose(h);
		if (copy_fd >= 0)
			close(copy_fd);
		return rt_err(VITRT_ERR_FORMAT, "%s: not a vitc model (no %s symbol)",
		              path, VITRT_MODEL_SYMBOL);
	}
	s = check_descriptor(path, abi, kind);
	m = s == VITRT_OK ? calloc(1, sizeof(*m)) : NULL;
	if (m)
		m->path = strdup(path);
	if (s == VITRT_OK && (!m || !m->path)) {
		free(m);
		m = NULL;
		s = rt_err(VITRT_ERR_NOMEM, "%s: out of memory", path);
	}
	if (s == VITRT_OK && abi->abi_version == VITRT_ABI_VERSION_DEVICE &&
	    (s = rt_cuda_load(m->path, abi, ordinal, &m->cuda)) != VITRT_OK) {
		free(m->path);
		free(m);
	}
	if (s != VITRT_OK) {
		dlclose(h);
		if (copy_fd >= 0)
			close(copy_fd);
		return s;
	}
	m->handle = h;
	m->copy_fd = copy_fd;
	m->abi = abi;
	atomic_init(&m->refs, 1);
	*out = m;
	return VITRT_OK;
}

vitrt_status vitrt_model_load(const char *path, VitrtModel **out)
{
	return vitrt_model_load_device(path, NULL, out);
}

void rt_model_unref(VitrtModel *m)
{
	if (!m || atomic_fetch_sub(&m->refs, 1) != 1)
		return;
	rt_cuda_unload(m->cuda);
	dlclose(m->handle);
	if (m->copy_fd >= 0)
		close(m->copy_fd);
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
