/*
 * cpu.c - which CPU features this machine has, by LLVM's names, and how
 * many CPUs this process may use.
 *
 * The table maps each x86 ISA feature LLVM 16 knows (`llc -mattr=help`,
 * tuning flags excluded) to its CPUID bit, plus the XSAVE state the OS
 * must enable for it (YMM for AVX, ZMM for AVX-512, tiles for AMX).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#define HAVE_CPUID 1
#endif

#include "runtime/internal.h"

int rt_cpu_count(void)
{
	cpu_set_t set;
	long n;

	if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0)
		return CPU_COUNT(&set);
	n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)n : 1;
}

#ifdef HAVE_CPUID

enum { EAX, EBX, ECX, EDX };
enum { OS_NONE, OS_YMM, OS_ZMM, OS_AMX };

/* CPUID leaves we read, in the order of the "leaf" column below. */
enum { L1, L7, L7_1, LD_1, L14, L19, LX1, LX8, NLEAVES };
static const unsigned leaf_id[NLEAVES][2] = {
	{1, 0}, {7, 0}, {7, 1}, {0xd, 1}, {0x14, 0}, {0x19, 0},
	{0x80000001, 0}, {0x80000008, 0},
};

static const struct feature {
	const char *name;
	unsigned char leaf, reg, bit, os;
} features[] = {
	{"x87", L1, EDX, 0, 0}, {"cx8", L1, EDX, 8, 0},
	{"cmov", L1, EDX, 15, 0}, {"mmx", L1, EDX, 23, 0},
	{"fxsr", L1, EDX, 24, 0}, {"sse", L1, EDX, 25, 0},
	{"sse2", L1, EDX, 26, 0},
	{"sse3", L1, ECX, 0, 0}, {"pclmul", L1, ECX, 1, 0},
	{"ssse3", L1, ECX, 9, 0}, {"fma", L1, ECX, 12, OS_YMM},
	{"cx16", L1, ECX, 13, 0}, {"sse4.1", L1, ECX, 19, 0},
	{"sse4.2", L1, ECX, 20, 0}, {"crc32", L1, ECX, 20, 0},
	{"movbe", L1, ECX, 22, 0}, {"popcnt", L1, ECX, 23, 0},
	{"aes", L1, ECX, 25, 0}, {"xsave", L1, ECX, 26, 0},
	{"avx", L1, ECX, 28, OS_YMM}, {"f16c", L1, ECX, 29, OS_YMM},
	{"rdrnd", L1, ECX, 30, 0},
	{"fsgsbase", L7, EBX, 0, 0}, {"sgx", L7, EBX, 2, 0},
	{"bmi", L7, EBX, 3, 0}, {"avx2", L7, EBX, 5, OS_YMM},
	{"bmi2", L7, EBX, 8, 0}, {"ermsb", L7, EBX, 9, 0},
	{"invpcid", L7, EBX, 10, 0}, {"rtm", L7, EBX, 11, 0},
	{"avx512f", L7, EBX, 16, OS_ZMM}, {"avx512dq", L7, EBX, 17, OS_ZMM},
	{"rdseed", L7, EBX, 18, 0}, {"adx", L7, EBX, 19, 0},
	{"avx512ifma", L7, EBX, 21, OS_ZMM}, {"clflushopt", L7, EBX, 23, 0},
	{"clwb", L7, EBX, 24, 0}, {"avx512pf", L7, EBX, 26, OS_ZMM},
	{"avx512er", L7, EBX, 27, OS_ZMM}, {"avx512cd", L7, EBX, 28, OS_ZMM},
	{"sha", L7, EBX, 29, 0}, {"avx512bw", L7, EBX, 30, OS_ZMM},
	{"avx512vl", L7, EBX, 31, OS_ZMM},
	{"prefetchwt1", L7, ECX, 0, 0}, {"avx512vbmi", L7, ECX, 1, OS_ZMM},
	{"pku", L7, ECX, 4, 0}, {"waitpkg", L7, ECX, 5, 0},
	{"avx512vbmi2", L7, ECX, 6, OS_ZMM}, {"shstk", L7, ECX, 7, 0},
	{"gfni", L7, ECX, 8, 0}, {"vaes", L7, ECX, 9, OS_YMM},
	{"vpclmulqdq", L7, ECX, 10, OS_YMM}, {"avx512vnni", L7, ECX, 11, OS_ZMM},
	{"avx512bitalg", L7, ECX, 12, OS_ZMM},
	{"avx512vpopcntdq", L7, ECX, 14, OS_ZMM}, {"rdpid", L7, ECX, 22, 0},
	{"kl", L7, ECX, 23, 0}, {"cldemote", L7, ECX, 25, 0},
	{"movdiri", L7, ECX, 27, 0}, {"movdir64b", L7, ECX, 28, 0},
	{"enqcmd", L7, ECX, 29, 0},
	{"fsrm", L7, EDX, 4, 0}, {"uintr", L7, EDX, 5, 0},
	{"avx512vp2intersect", L7, EDX, 8, OS_ZMM},
	{"serialize", L7, EDX, 14, 0}, {"tsxldtrk", L7, EDX, 16, 0},
	{"pconfig", L7, EDX, 18, 0}, {"amx-bf16", L7, EDX, 22, OS_AMX},
	{"avx512fp16", L7, EDX, 23, OS_ZMM}, {"amx-tile", L7, EDX, 24, OS_AMX},
	{"amx-int8", L7, EDX, 25, OS_AMX},
	{"raoint", L7_1, EAX, 3, 0}, {"avxvnni", L7_1, EAX, 4, OS_YMM},
	{"avx512bf16", L7_1, EAX, 5, OS_ZMM}, {"cmpccxadd", L7_1, EAX, 7, 0},
	{"amx-fp16", L7_1, EAX, 21, OS_AMX}, {"hreset", L7_1, EAX, 22, 0},
	{"avxifma", L7_1, EAX, 23, OS_YMM},
	{"avxvnniint8", L7_1, EDX, 4, OS_YMM},
	{"avxneconvert", L7_1, EDX, 5, OS_YMM},
	{"prefetchi", L7_1, EDX, 14, 0},
	{"xsaveopt", LD_1, EAX, 0, 0}, {"xsavec", LD_1, EAX, 1, 0},
	{"xsaves", LD_1, EAX, 3, 0},
	{"ptwrite", L14, EBX, 4, 0}, {"widekl", L19, EBX, 2, 0},
	{"sahf", LX1, ECX, 0, 0}, {"lzcnt", LX1, ECX, 5, 0},
	{"sse4a", LX1, ECX, 6, 0}, {"prfchw", LX1, ECX, 8, 0},
	{"xop", LX1, ECX, 11, OS_YMM}, {"lwp", LX1, ECX, 15, 0},
	{"fma4", LX1, ECX, 16, OS_YMM}, {"tbm", LX1, ECX, 21, 0},
	{"mwaitx", LX1, ECX, 29, 0},
	{"64bit", LX1, EDX, 29, 0}, {"3dnowa", LX1, EDX, 30, 0},
	{"3dnow", LX1, EDX, 31, 0},
	{"clzero", LX8, EBX, 0, 0}, {"rdpru", LX8, EBX, 4, 0},
	{"wbnoinvd", LX8, EBX, 9, 0},
};

static struct {
	unsigned regs[NLEAVES][4];
	int os_ok[4];  /* indexed by OS_* */
} cpu;
static pthread_once_t cpu_once = PTHREAD_ONCE_INIT;

/* XCR0: the register state the OS saves (only valid when OSXSAVE is set). */
static unsigned long long read_xcr0(void)
{
	unsigned lo, hi;

	__asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
	return ((unsigned long long)hi << 32) | lo;
}

/* Fill "cpu" once: every leaf in leaf_id that this CPU has, and XCR0. */
static void probe(void)
{
	unsigned max = __get_cpuid_max(0, NULL);
	unsigned max_ext = __get_cpuid_max(0x80000000, NULL);
	unsigned long long xcr0 = 0;

	for (int l = 0; l < NLEAVES; l++) {
		unsigned id = leaf_id[l][0], *r = cpu.regs[l];
		if (id >= 0x80000000 ? id > max_ext : id > max)
			continue;
		if (l == L7_1 && cpu.regs[L7][EAX] < 1)
			continue;
		__cpuid_count(id, leaf_id[l][1], r[EAX], r[EBX], r[ECX], r[EDX]);
	}
	if (cpu.regs[L1][ECX] & (1u << 27))
		xcr0 = read_xcr0();
	cpu.os_ok[OS_NONE] = 1;
	cpu.os_ok[OS_YMM] = (xcr0 & 0x6) == 0x6;
	cpu.os_ok[OS_ZMM] = (xcr0 & 0xe6) == 0xe6;
	cpu.os_ok[OS_AMX] = (xcr0 & 0x60000) == 0x60000;
}

/* 1 if present, 0 if absent, -1 if "name" is not an x86 feature we know. */
static int has_feature(const char *name)
{
	pthread_once(&cpu_once, probe);
	for (size_t i = 0; i < sizeof(features) / sizeof(features[0]); i++) {
		const struct feature *f = &features[i];
		if (strcmp(f->name, name) != 0)
			continue;
		if (!(cpu.regs[f->leaf][f->reg] & (1u << f->bit)))
			return 0;
		if (f->leaf == L7 && f->reg == ECX && f->bit == 4)
			return 1;  /* pku: the OSPKE bit already says the OS enabled it */
		return cpu.os_ok[f->os];
	}
	return -1;
}

#else

static int has_feature(const char *name)
{
	return -1;
}

#endif

/*
 * Walk the comma-separated "list"; each entry may carry a '+' (required)
 * or '-' (disabled: skipped) prefix as in LLVM feature strings.
 */
int rt_cpu_check(const char *list, char *why, size_t cap)
{
	const char *p = list;

	while (*p) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		char name[64];

		while (len > 0 && (*p == ' ' || *p == '\t'))
			p++, len--;
		while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		if (len > 0 && *p == '+')
			p++, len--;
		if (len > 0 && *p != '-') {
			if (len >= sizeof(name)) {
				snprintf(why, cap, "unknown CPU feature '%.*s...'", 40, p);
				return -1;
			}
			memcpy(name, p, len);
			name[len] = 0;
			switch (has_feature(name)) {
			case 1:
				break;
			case 0:
				snprintf(why, cap, "needs CPU feature '%s', which this CPU lacks", name);
				return -1;
			default:
				snprintf(why, cap, "needs unknown CPU feature '%s'", name);
				return -1;
			}
		}
		if (!end)
			break;
		p = end + 1;
	}
	return 0;
}
