/*
 * weights_obj.c - the weights of a model as their own ELF relocatable
 * object, written directly (no LLVM, no assembler): one allocated,
 * read-only section ".rodata.vitc_weights" holding every weight the
 * kernels use at 64-byte aligned offsets, and one hidden global symbol
 * CG_WEIGHTS_SYMBOL at its start.  The LLVM modules only declare that
 * symbol and address weights as symbol + offset, so the optimizer and the
 * code generator never walk over megabytes of constants; the linker puts
 * the section into the .so like any .rodata, and since the symbol is
 * hidden it is resolved inside the .so.  The bytes are a function of the
 * weights and their order only (no timestamps, no names of files).
 */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backends/cg.h"

#define SEC_ALIGN 64

/* Section numbers in the object, in header order. */
enum { S_NULL, S_DATA, S_NOTE, S_SYMTAB, S_STRTAB, S_SHSTRTAB, S_COUNT };

static const char shstrtab[] =
	"\0.rodata.vitc_weights\0.note.GNU-stack\0.symtab\0.strtab\0.shstrtab";
/* Offsets of the names above in shstrtab. */
enum { N_DATA = 1, N_NOTE = 22, N_SYMTAB = 38, N_STRTAB = 46, N_SHSTRTAB = 54 };

static const char strtab[] = "\0" CG_WEIGHTS_SYMBOL;

static uint64_t align_up(uint64_t v, uint64_t a)
{
	return (v + a - 1) / a * a;
}

/* Write "n" zero bytes. */
static int put_zeros(FILE *f, uint64_t n)
{
	static const char z[SEC_ALIGN];
	while (n > 0) {
		size_t k = n < sizeof(z) ? (size_t)n : sizeof(z);
		if (fwrite(z, 1, k, f) != k)
			return -1;
		n -= k;
	}
	return 0;
}

/* Where the parts of the object go, for "total" bytes of weights. */
typedef struct {
	uint64_t data, sym, str, shs, sh, end;
} Layout;

static Layout layout(uint64_t total)
{
	Layout l;
	l.data = SEC_ALIGN;
	l.sym = align_up(l.data + total, 8);
	l.str = l.sym + 2 * sizeof(Elf64_Sym);
	l.shs = l.str + sizeof(strtab);
	l.sh = align_up(l.shs + sizeof(shstrtab), 8);
	l.end = l.sh + S_COUNT * sizeof(Elf64_Shdr);
	return l;
}

uint64_t cg_weights_object_size(uint64_t total)
{
	return layout(total).end;
}

/*
 * Write the object to "f": the ELF header, the weights section (weight
 * "bufs[i]" at "offs[i]", zero padding between them, "total" bytes), an
 * empty .note.GNU-stack (no executable stack), the symbol table with
 * CG_WEIGHTS_SYMBOL, the string tables and the section headers:
 * cg_weights_object_size(total) bytes.  -1 on a write error.
 */
int cg_put_weights_object(FILE *f, const Buffer *const *bufs, const uint64_t *offs,
                          int n, uint64_t total)
{
	Layout l = layout(total);
	Elf64_Ehdr eh = {0};
	Elf64_Shdr sh[S_COUNT];
	Elf64_Sym sym[2];
	uint64_t at = 0;
	int bad = 0;

	memset(sh, 0, sizeof(sh));
	memset(sym, 0, sizeof(sym));
	memcpy(eh.e_ident, ELFMAG, SELFMAG);
	eh.e_ident[EI_CLASS] = ELFCLASS64;
	eh.e_ident[EI_DATA] = ELFDATA2LSB;
	eh.e_ident[EI_VERSION] = EV_CURRENT;
	eh.e_ident[EI_OSABI] = ELFOSABI_NONE;
	eh.e_type = ET_REL;
	eh.e_machine = EM_X86_64;
	eh.e_version = EV_CURRENT;
	eh.e_shoff = l.sh;
	eh.e_ehsize = sizeof(Elf64_Ehdr);
	eh.e_shentsize = sizeof(Elf64_Shdr);
	eh.e_shnum = S_COUNT;
	eh.e_shstrndx = S_SHSTRTAB;

	sh[S_DATA] = (Elf64_Shdr){.sh_name = N_DATA, .sh_type = SHT_PROGBITS,
	        .sh_flags = SHF_ALLOC, .sh_offset = l.data, .sh_size = total,
	        .sh_addralign = SEC_ALIGN};
	sh[S_NOTE] = (Elf64_Shdr){.sh_name = N_NOTE, .sh_type = SHT_PROGBITS,
	        .sh_offset = l.data, .sh_addralign = 1};
	sh[S_SYMTAB] = (Elf64_Shdr){.sh_name = N_SYMTAB, .sh_type = SHT_SYMTAB,
	        .sh_offset = l.sym, .sh_size = sizeof(sym), .sh_link = S_STRTAB,
	        .sh_info = 1 /* first global */, .sh_addralign = 8,
	        .sh_entsize = sizeof(Elf64_Sym)};
	sh[S_STRTAB] = (Elf64_Shdr){.sh_name = N_STRTAB, .sh_type = SHT_STRTAB,
	        .sh_offset = l.str, .sh_size = sizeof(strtab), .sh_addralign = 1};
	sh[S_SHSTRTAB] = (Elf64_Shdr){.sh_name = N_SHSTRTAB, .sh_type = SHT_STRTAB,
	        .sh_offset = l.shs, .sh_size = sizeof(shstrtab), .sh_addralign = 1};
	sym[1] = (Elf64_Sym){.st_name = 1, .st_info = ELF64_ST_INFO(STB_GLOBAL, STT_OBJECT),
	        .st_other = STV_HIDDEN, .st_shndx = S_DATA, .st_value = 0, .st_size = total};

	bad |= fwrite(&eh, sizeof(eh), 1, f) != 1;
	bad |= put_zeros(f, l.data - sizeof(eh));
	for (int i = 0; i < n && !bad; i++) {
		bad |= put_zeros(f, offs[i] - at);
		bad |= fwrite(bufs[i]->data, 1, bufs[i]->nbytes, f) != bufs[i]->nbytes;
		at = offs[i] + bufs[i]->nbytes;
	}
	bad |= put_zeros(f, l.sym - l.data - at);
	bad |= fwrite(sym, sizeof(sym), 1, f) != 1;
	bad |= fwrite(strtab, sizeof(strtab), 1, f) != 1;
	bad |= fwrite(shstrtab, sizeof(shstrtab), 1, f) != 1;
	bad |= put_zeros(f, l.sh - l.shs - sizeof(shstrtab));
	bad |= fwrite(sh, sizeof(sh), 1, f) != 1;
	return bad ? -1 : 0;
}
