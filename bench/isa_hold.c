/* isa_hold.c: hold a benchmark's peers (ONNX Runtime, PyTorch's oneDNN and
 * cpuinfo) to the AVX2 instruction set on a CPU that has AVX-512.
 *
 * Libraries pick their kernels from CPUID at run time, and none of ONNX
 * Runtime's has an override.  bench/isa_hold.py copies such a library and
 * replaces each of its `cpuid` instructions (0F A2) by `ud2` (0F 0B), two
 * bytes for two bytes, and lists the patched addresses.  This file, loaded
 * with LD_PRELOAD, catches the SIGILL of those ud2s, runs the real CPUID
 * with the same inputs, clears the feature bits an AVX2-only EPYC (Zen 2/3)
 * does not have, writes the four registers into the interrupted context and
 * steps over the instruction.  A ud2 that is not on the list gets the default
 * action: the process dies, as it would have.
 *
 * Environment:
 *   VITC_ISA_HOLD_SITES  file with lines "LIBRARY-BASENAME HEX-OFFSET" (the
 *                        patched instructions, offsets from the load base)
 * Exported, for the benchmark worker to report (ctypes.CDLL(None)):
 *   long isa_hold_answered(void)   CPUID answers given so far
 *   int  isa_hold_sites(void)      patched sites read from the list
 */
#define _GNU_SOURCE
#include <cpuid.h>
#include <dlfcn.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#define MAX_SITES 4096

struct site {
	char lib[64];
	uintptr_t off;
};

static struct site sites[MAX_SITES];
static int nsites;
static volatile long answered;

long isa_hold_answered(void) { return answered; }
int isa_hold_sites(void) { return nsites; }

/* CPUID as an AVX2-only Zen 2/3 would answer it: no AVX-512 of any kind, no
 * VNNI (neither EVEX nor VEX), no BF16/FP16, no AMX, no GFNI. */
static void mask_avx2(unsigned leaf, unsigned sub, unsigned r[4])
{
	enum { EAX, EBX, ECX, EDX };
	if (leaf == 7 && sub == 0) {
		r[EBX] &= ~((1u << 16) | (1u << 17) | (1u << 21) | (1u << 26) | (1u << 27) |
			    (1u << 28) | (1u << 30) | (1u << 31));
		r[ECX] &= ~((1u << 1) | (1u << 6) | (1u << 8) | (1u << 11) | (1u << 12) |
			    (1u << 14));
		r[EDX] &= ~((1u << 2) | (1u << 3) | (1u << 8) | (1u << 22) | (1u << 23) |
			    (1u << 24) | (1u << 25));
	} else if (leaf == 7 && sub == 1) {
		r[EAX] &= ~((1u << 4) | (1u << 5) | (1u << 23));
	}
}

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

static int is_site(const void *ip)
{
	Dl_info di;
	if (!dladdr(ip, &di) || !di.dli_fname)
		return 0;
	const char *lib = base_name(di.dli_fname);
	uintptr_t off = (uintptr_t)ip - (uintptr_t)di.dli_fbase;
	for (int i = 0; i < nsites; i++)
		if (sites[i].off == off && !strcmp(sites[i].lib, lib))
			return 1;
	return 0;
}

static void on_sigill(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	greg_t *g = uc->uc_mcontext.gregs;
	const unsigned char *ip = (const unsigned char *)g[REG_RIP];
	(void)si;
	if (ip[0] != 0x0f || ip[1] != 0x0b || !is_site(ip)) {
		signal(sig, SIG_DFL); /* not ours: die as without us */
		return;
	}
	unsigned leaf = (unsigned)g[REG_RAX], sub = (unsigned)g[REG_RCX], r[4];
	__cpuid_count(leaf, sub, r[0], r[1], r[2], r[3]);
	mask_avx2(leaf, sub, r);
	g[REG_RAX] = r[0];
	g[REG_RBX] = r[1];
	g[REG_RCX] = r[2];
	g[REG_RDX] = r[3];
	g[REG_RIP] += 2;
	answered++;
}

__attribute__((constructor)) static void isa_hold_init(void)
{
	const char *path = getenv("VITC_ISA_HOLD_SITES");
	if (!path)
		return;
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "isa_hold: %s: cannot open the site list\n", path);
		return;
	}
	char lib[64];
	unsigned long off;
	while (nsites < MAX_SITES && fscanf(f, "%63s %lx", lib, &off) == 2) {
		memcpy(sites[nsites].lib, lib, sizeof lib);
		sites[nsites++].off = off;
	}
	fclose(f);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_sigill;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGILL, &sa, NULL);
}
