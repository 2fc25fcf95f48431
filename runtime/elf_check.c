/*
 * elf_check.c - the structural check of a MODEL.so before dlopen.
 *
 * glibc's loader trusts the file: a truncated object (a segment or the
 * section table past the end of the file) dies of SIGBUS inside dlopen, a
 * dynamic table or relocation pointing outside the object writes or reads
 * wild memory.  So the runtime reads the headers itself, with pread (never
 * a mapping that a short file could turn into SIGBUS), and refuses
 * anything whose parts do not lie inside the file and the object's
 * segments.  What it cannot check is the code: dlopen runs the object's
 * initializers.  So before all that, the seal that vitc appends (a
 * checksum of every byte) must match: a damaged file never reaches the
 * loader.  The checksum is not a signature; a model .so must still come
 * from a trusted source, like any shared library.
 */
#include <elf.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/internal.h"

#define MAX_PHDRS 256
#define MAX_SHDRS 65535
#define MAX_DYN 4096
#define MAX_RELOCS (1 << 24)

typedef struct {
	int fd;
	const char *path;
	uint64_t size;
	Elf64_Phdr ph[MAX_PHDRS];
	int n_ph;
} Elf;

/* Read exactly "n" bytes at "off"; -1 if the file is shorter. */
static int rd(int fd, uint64_t off, void *buf, size_t n)
{
	char *p = buf;
	while (n > 0) {
		ssize_t r = pread(fd, p, n, (off_t)off);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		off += (uint64_t)r;
		n -= (size_t)r;
	}
	return 0;
}

/* [off, off + len) lies inside [0, limit), without overflow. */
static int within(uint64_t off, uint64_t len, uint64_t limit)
{
	return off <= limit && len <= limit - off;
}

static int bad(const Elf *e, const char *what)
{
	rt_err(VITRT_ERR_FORMAT, "%s: malformed or truncated shared object: %s", e->path, what);
	return -1;
}

/* The PT_LOAD whose file-backed bytes hold [addr, addr + len), or NULL. */
static const Elf64_Phdr *load_holding(const Elf *e, uint64_t addr, uint64_t len, int in_memory)
{
	for (int i = 0; i < e->n_ph; i++) {
		const Elf64_Phdr *p = &e->ph[i];
		if (p->p_type != PT_LOAD || addr < p->p_vaddr)
			continue;
		if (within(addr - p->p_vaddr, len, in_memory ? p->p_memsz : p->p_filesz))
			return p;
	}
	return NULL;
}

/* ELF identification, type and machine, as check_elf did before. */
static int check_ident(const Elf *e, const Elf64_Ehdr *h)
{
	static const struct {
		unsigned id;
		const char *name;
	} machines[] = {
		{EM_386, "i386"}, {EM_ARM, "arm"}, {EM_X86_64, "x86_64"},
		{EM_AARCH64, "aarch64"}, {EM_RISCV, "riscv"}, {EM_PPC64, "ppc64"},
	};
	const char *name = "unknown";

	if (memcmp(h->e_ident, ELFMAG, SELFMAG))
		return rt_err(VITRT_ERR_FORMAT, "%s: invalid ELF header (not a shared object)",
		              e->path), -1;
	if (h->e_ident[EI_CLASS] != ELFCLASS64 || h->e_ident[EI_DATA] != ELFDATA2LSB)
		return rt_err(VITRT_ERR_FORMAT, "%s: not a 64-bit little-endian ELF object", e->path), -1;
	if (h->e_type != ET_DYN)
		return rt_err(VITRT_ERR_FORMAT, "%s: ELF file of type %u, not a shared object",
		              e->path, (unsigned)h->e_type), -1;
	for (size_t i = 0; i < sizeof(machines) / sizeof(machines[0]); i++)
		if (machines[i].id == h->e_machine)
			name = machines[i].name;
#if defined(__x86_64__)
	if (h->e_machine != EM_X86_64)
		return rt_err(VITRT_ERR_FORMAT, "%s: shared object for machine %u (%s), not x86_64",
		              e->path, (unsigned)h->e_machine, name), -1;
#endif
	if (h->e_ident[EI_VERSION] != EV_CURRENT || h->e_ehsize != sizeof(Elf64_Ehdr))
		return bad(e, "bad ELF header version or size");
	return 0;
}

/* Program headers: inside the file; loads inside the file, ordered, aligned. */
static int check_segments(Elf *e, const Elf64_Ehdr *h)
{
	uint64_t last_end = 0;
	int n_load = 0, n_dyn = 0;

	if (h->e_phentsize != sizeof(Elf64_Phdr) || h->e_phnum == 0 || h->e_phnum > MAX_PHDRS)
		return bad(e, "bad program header table");
	if (!within(h->e_phoff, (uint64_t)h->e_phnum * sizeof(Elf64_Phdr), e->size) ||
	    rd(e->fd, h->e_phoff, e->ph, h->e_phnum * sizeof(Elf64_Phdr)))
		return bad(e, "program headers beyond the end of the file");
	e->n_ph = h->e_phnum;
	for (int i = 0; i < e->n_ph; i++) {
		const Elf64_Phdr *p = &e->ph[i];
		if (p->p_filesz && !within(p->p_offset, p->p_filesz, e->size))
			return bad(e, "a segment extends beyond the end of the file");
		if (p->p_type == PT_DYNAMIC)
			n_dyn++;
		if (p->p_type != PT_LOAD)
			continue;
		n_load++;
		if (p->p_filesz > p->p_memsz || p->p_vaddr + p->p_memsz < p->p_vaddr)
			return bad(e, "a loadable segment has a bad size");
		if (p->p_align & (p->p_align - 1))
			return bad(e, "a loadable segment's alignment is not a power of two");
		if (p->p_align > 1 && (p->p_vaddr - p->p_offset) % p->p_align)
			return bad(e, "a loadable segment's address and offset disagree");
		if (p->p_vaddr < last_end)
			return bad(e, "loadable segments overlap or are out of order");
		last_end = p->p_vaddr + p->p_memsz;
	}
	if (n_load == 0 || n_dyn != 1)
		return bad(e, "no loadable segment or no single dynamic segment");
	return 0;
}

/* Section headers (the end of a linked object): inside the file. */
static int check_sections(const Elf *e, const Elf64_Ehdr *h)
{
	Elf64_Shdr s;

	if (h->e_shnum == 0)
		return 0;
	if (h->e_shentsize != sizeof(Elf64_Shdr) || h->e_shstrndx >= h->e_shnum)
		return bad(e, "bad section header table");
	if (!within(h->e_shoff, (uint64_t)h->e_shnum * sizeof(Elf64_Shdr), e->size))
		return bad(e, "section headers beyond the end of the file");
	for (unsigned i = 0; i < h->e_shnum; i++) {
		if (rd(e->fd, h->e_shoff + (uint64_t)i * sizeof(s), &s, sizeof(s)))
			return bad(e, "section headers beyond the end of the file");
		if (s.sh_type != SHT_NOBITS && s.sh_type != SHT_NULL &&
		    !within(s.sh_offset, s.sh_size, e->size))
			return bad(e, "a section extends beyond the end of the file");
	}
	return 0;
}

/*
 * Relocations of one table: each must patch 8 bytes inside a loadable
 * segment, and name a symbol whose entry lies inside the object.
 */
static int check_relocs(const Elf *e, uint64_t addr, uint64_t size, uint64_t symtab)
{
	const Elf64_Phdr *p = load_holding(e, addr, size, 0);
	const Elf64_Phdr *sp = symtab ? load_holding(e, symtab, sizeof(Elf64_Sym), 0) : NULL;
	Elf64_Rela r;

	if (!p || size % sizeof(r) || size / sizeof(r) > MAX_RELOCS)
		return bad(e, "relocation table outside the object");
	for (uint64_t off = 0; off < size; off += sizeof(r)) {
		if (rd(e->fd, p->p_offset + (addr - p->p_vaddr) + off, &r, sizeof(r)))
			return bad(e, "relocation table beyond the end of the file");
		if (ELF64_R_TYPE(r.r_info) == R_X86_64_NONE)
			continue;
		if (!load_holding(e, r.r_offset, 8, 1))
			return bad(e, "a relocation patches memory outside the object");
		uint64_t sym = ELF64_R_SYM(r.r_info);
		if (sym && (!sp || !within((symtab - sp->p_vaddr) + sym * sizeof(Elf64_Sym),
		                           sizeof(Elf64_Sym), sp->p_filesz)))
			return bad(e, "a relocation names a symbol outside the symbol table");
	}
	return 0;
}

/*
 * The dynamic table: every address it gives lies in a loadable segment's
 * file bytes (with its size where the table gives one), string offsets lie
 * inside the string table, and the relocation tables pass check_relocs.
 */
static int check_dynamic(const Elf *e)
{
	uint64_t v[DT_NUM] = {0}, gnu_hash = 0, versym = 0;
	const Elf64_Phdr *dp = NULL;
	Elf64_Dyn d[64];
	int has[DT_NUM] = {0}, n_needed = 0;
	uint64_t needed[64];

	for (int i = 0; i < e->n_ph; i++)
		if (e->ph[i].p_type == PT_DYNAMIC)
			dp = &e->ph[i];
	if (!load_holding(e, dp->p_vaddr, dp->p_filesz, 0) || dp->p_filesz < sizeof(Elf64_Dyn))
		return bad(e, "the dynamic table lies outside the loadable segments");
	uint64_t n = dp->p_filesz / sizeof(Elf64_Dyn);
	if (n > MAX_DYN)
		return bad(e, "the dynamic table is too large");
	int ended = 0;
	for (uint64_t i = 0; i < n && !ended; i += 64) {
		size_t k = n - i < 64 ? (size_t)(n - i) : 64;
		if (rd(e->fd, dp->p_offset + i * sizeof(Elf64_Dyn), d, k * sizeof(Elf64_Dyn)))
			return bad(e, "the dynamic table extends beyond the end of the file");
		for (size_t j = 0; j < k && !ended; j++) {
			Elf64_Sxword tag = d[j].d_tag;
			if (tag == DT_NULL)
				ended = 1;
			else if (tag == DT_NEEDED && n_needed < 64)
				needed[n_needed++] = d[j].d_un.d_val;
			else if (tag == DT_GNU_HASH)
				gnu_hash = d[j].d_un.d_ptr;
			else if (tag == DT_VERSYM)
				versym = d[j].d_un.d_ptr;
			else if (tag >= 0 && tag < DT_NUM) {
				v[tag] = d[j].d_un.d_val;
				has[tag] = 1;
			}
		}
	}
	if (!ended)
		return bad(e, "the dynamic table has no end");
	if (!has[DT_STRTAB] || !has[DT_STRSZ] || !has[DT_SYMTAB] ||
	    !load_holding(e, v[DT_STRTAB], v[DT_STRSZ], 0) || v[DT_STRSZ] == 0)
		return bad(e, "the string or symbol table lies outside the object");
	if (!load_holding(e, v[DT_SYMTAB], sizeof(Elf64_Sym), 0))
		return bad(e, "the symbol table lies outside the object");
	for (int i = 0; i < n_needed; i++)
		if (needed[i] >= v[DT_STRSZ])
			return bad(e, "a needed library's name lies outside the string table");
	if (has[DT_SONAME] && v[DT_SONAME] >= v[DT_STRSZ])
		return bad(e, "the object's name lies outside the string table");
	if ((has[DT_HASH] && !load_holding(e, v[DT_HASH], 8, 0)) ||
	    (gnu_hash && !load_holding(e, gnu_hash, 16, 0)) || (!has[DT_HASH] && !gnu_hash) ||
	    (versym && !load_holding(e, versym, 2, 0)))
		return bad(e, "a symbol hash or version table lies outside the object");
	static const int arrays[][2] = {{DT_INIT_ARRAY, DT_INIT_ARRAYSZ},
	                                {DT_FINI_ARRAY, DT_FINI_ARRAYSZ},
	                                {DT_PREINIT_ARRAY, DT_PREINIT_ARRAYSZ}};
	for (int i = 0; i < 3; i++)
		if (has[arrays[i][0]] && !load_holding(e, v[arrays[i][0]], v[arrays[i][1]], 1))
			return bad(e, "an initializer or finalizer table lies outside the object");
	if ((has[DT_INIT] && !load_holding(e, v[DT_INIT], 1, 0)) ||
	    (has[DT_FINI] && !load_holding(e, v[DT_FINI], 1, 0)))
		return bad(e, "an initializer lies outside the object");
	if (has[DT_REL])
		return bad(e, "REL relocations (x86_64 objects use RELA)");
	if (has[DT_RELA] && !has[DT_RELASZ])
		return bad(e, "a relocation table without a size");
	if (has[DT_JMPREL] && (!has[DT_PLTRELSZ] || (has[DT_PLTREL] && v[DT_PLTREL] != DT_RELA)))
		return bad(e, "bad PLT relocation table");
	if (has[DT_RELA] && check_relocs(e, v[DT_RELA], v[DT_RELASZ], v[DT_SYMTAB]))
		return -1;
	if (has[DT_JMPREL] && check_relocs(e, v[DT_JMPREL], v[DT_PLTRELSZ], v[DT_SYMTAB]))
		return -1;
	return 0;
}

/*
 * Check the seal vitc appends to every MODEL.so (runtime/vitrt_abi.h): the
 * checksum of all bytes before it.  Any damage, truncation or a shared
 * object that vitc did not write is refused here, before dlopen.
 */
int rt_seal_check_fd(int fd, const char *path)
{
	enum { CHUNK = 1 << 16 };
	unsigned char *buf, seal[VITRT_SEAL_SIZE];
	uint64_t h = vitrt_seal_init(), body, v[3];
	struct stat st;
	uint64_t size;

	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		return rt_err(VITRT_ERR_IO, "%s: not a regular file", path), -1;
	size = (uint64_t)st.st_size;
	if (size < VITRT_SEAL_SIZE || rd(fd, size - VITRT_SEAL_SIZE, seal, sizeof(seal)) ||
	    memcmp(seal, VITRT_SEAL_MAGIC, 8) != 0)
		return rt_err(VITRT_ERR_FORMAT, "%s: not a vitc model: no vitc seal at its end (not written by vitc, or truncated)",
		              path), -1;
	for (int i = 0; i < 3; i++) {
		v[i] = 0;
		for (int b = 7; b >= 0; b--)
			v[i] = v[i] << 8 | seal[8 + 8 * i + b];
	}
	body = size - VITRT_SEAL_SIZE;
	if (v[2] != VITRT_SEAL_VERSION)
		return rt_err(VITRT_ERR_FORMAT, "%s: vitc seal version %llu, this runtime reads %d",
		              path, (unsigned long long)v[2], VITRT_SEAL_VERSION), -1;
	if (v[0] != body)
		return rt_err(VITRT_ERR_FORMAT, "%s: damaged model: the seal covers %llu bytes, the file has %llu before it (truncated or modified after vitc wrote it)",
		              path, (unsigned long long)v[0], (unsigned long long)body), -1;
	if (!(buf = malloc(CHUNK)))
		return rt_err(VITRT_ERR_NOMEM, "%s: out of memory", path), -1;
	for (uint64_t off = 0; off < body; off += CHUNK) {
		size_t k = body - off < CHUNK ? (size_t)(body - off) : CHUNK;
		if (rd(fd, off, buf, k)) {
			free(buf);
			return rt_err(VITRT_ERR_IO, "%s: read error", path), -1;
		}
		h = vitrt_seal_update(h, buf, k);
	}
	free(buf);
	if (vitrt_seal_final(h, body) != v[1])
		return rt_err(VITRT_ERR_FORMAT, "%s: damaged model: checksum mismatch (the file was modified or damaged after vitc wrote it)",
		              path), -1;
	return 0;
}

/*
 * Check the object open on "fd" (its messages name "path") before it is
 * given to dlopen: the ELF header, then (when "want_seal") the seal, then
 * the structure.  Returns 0, or -1 with the runtime's error message set.
 */
int rt_elf_check_fd(int fd, const char *path, int want_seal)
{
	Elf *e = calloc(1, sizeof(*e));
	Elf64_Ehdr h;
	struct stat st;
	int rc = -1;

	if (!e)
		return rt_err(VITRT_ERR_NOMEM, "%s: out of memory", path), -1;
	e->fd = fd;
	e->path = path;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		rt_err(VITRT_ERR_IO, "%s: not a regular file", path);
		goto out;
	}
	e->size = (uint64_t)st.st_size;
	if (rd(e->fd, 0, &h, sizeof(h))) {
		if (e->size >= SELFMAG && rd(e->fd, 0, &h, SELFMAG) == 0 && !memcmp(h.e_ident, ELFMAG, SELFMAG))
			bad(e, "the ELF header is cut short");
		else
			rt_err(VITRT_ERR_FORMAT, "%s: invalid ELF header (not a shared object)", path);
		goto out;
	}
	/* The header first, for its plain messages (another machine, 32-bit). */
	if (check_ident(e, &h) == 0 && (!want_seal || rt_seal_check_fd(fd, path) == 0) &&
	    check_segments(e, &h) == 0 && check_sections(e, &h) == 0 && check_dynamic(e) == 0)
		rc = 0;
out:
	free(e);
	return rc;
}
