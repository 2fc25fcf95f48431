/*
 * x86.c - the x86-64 Target: a TargetMachine for the host CPU (or
 * -mcpu/-mattr) per part, "default<On>" passes run WITH that machine
 * (without it nothing vectorizes), each part's object emitted to memory;
 * link.c links them into the .so.  An object is a function of its module
 * and the options only (no timestamps, no build id, fixed names).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "config.h"
#include "backends/cg.h"

/*
 * The CPU features that matter for generated code and that the runtime
 * checks (LLVM spellings, runtime/cpu.c); the ABI's features string lists
 * those the code was compiled with, in this order.  "needs": the features
 * each one implies in LLVM (X86.td), so that turning one off turns off
 * those built on it, as LLVM does: -mattr=-avx512f on znver4 leaves no
 * AVX-512 extension, -avx no AVX2 or FMA.  Keep it here only.
 */
static const struct { const char *name, *needs; } known_features[] = {
	{"sse3", ""}, {"ssse3", "sse3"}, {"sse4.1", "ssse3"}, {"sse4.2", "sse4.1"},
	{"popcnt", ""}, {"lzcnt", ""}, {"movbe", ""},
	{"avx", "sse4.2"}, {"avx2", "avx"}, {"fma", "avx"}, {"f16c", "avx"}, {"bmi", ""},
	{"bmi2", ""}, {"avxvnni", "avx2"}, {"gfni", ""},
	{"avx512f", "avx2,fma,f16c"}, {"avx512dq", "avx512f"}, {"avx512bw", "avx512f"},
	{"avx512vl", "avx512f"}, {"avx512cd", "avx512f"}, {"avx512ifma", "avx512f"},
	{"avx512vbmi", "avx512bw"}, {"avx512vbmi2", "avx512bw"}, {"avx512bitalg", "avx512bw"},
	{"avx512vnni", "avx512f"}, {"avx512vpopcntdq", "avx512f"}, {"avx512bf16", "avx512bw"},
	{"avx512fp16", "avx512bw,avx512dq,avx512vl"},
};

#define N_KNOWN ((int)(sizeof(known_features) / sizeof(*known_features)))

#define F_V2 "+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt"
#define F_V3 F_V2 ",+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe"
#define F_V4 F_V3 ",+avx512f,+avx512dq,+avx512bw,+avx512vl,+avx512cd"
#define F_ICL F_V4 ",+avx512vnni,+avx512vpopcntdq"

/* What -mcpu=X implies, for the ABI features string (LLVM has no C API). */
static const struct { const char *cpu, *features; } cpu_features[] = {
	{"x86-64", ""}, {"x86-64-v2", F_V2}, {"x86-64-v3", F_V3}, {"x86-64-v4", F_V4},
	{"nehalem", F_V2}, {"haswell", F_V3}, {"broadwell", F_V3}, {"skylake", F_V3},
	{"alderlake", F_V3}, {"skylake-avx512", F_V4}, {"cascadelake", F_V4 ",+avx512vnni"},
	{"cooperlake", F_V4 ",+avx512vnni,+avx512bf16"}, {"icelake-client", F_ICL},
	{"icelake-server", F_ICL}, {"tigerlake", F_ICL},
	{"sapphirerapids", F_ICL ",+avx512bf16"}, {"znver1", F_V3}, {"znver2", F_V3},
	{"znver3", F_V3}, {"znver4", F_ICL ",+avx512bf16"},
};

/* The index of the known feature spelled by "name" ("len" bytes), or -1. */
static int known_index(const char *name, size_t len)
{
	for (int i = 0; i < N_KNOWN; i++)
		if (strlen(known_features[i].name) == len && !strncmp(known_features[i].name, name, len))
			return i;
	return -1;
}

/* Whether known feature "i" lists "j" among the features it needs. */
static int needs(int i, int j)
{
	size_t n = strlen(known_features[j].name);

	for (const char *p = known_features[i].needs; *p;) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n && !strncmp(p, known_features[j].name, n))
			return 1;
		p = e ? e + 1 : p + len;
	}
	return 0;
}

/* Turn known feature "i" on (with what it needs) or off (with what needs it). */
static void toggle(int *on, int i, int v)
{
	if (on[i] == v)
		return;
	on[i] = v;
	for (int j = 0; j < N_KNOWN; j++)
		if (v ? needs(i, j) : needs(j, i))
			toggle(on, j, v);
}

/* The known features the feature string "fs" ("+x,-y,...", in order) leaves on. */
static void feature_set(const char *fs, int *on)
{
	memset(on, 0, N_KNOWN * sizeof(*on));
	for (const char *p = fs; p && *p;) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		int i = len > 1 && (p[0] == '+' || p[0] == '-') ? known_index(p + 1, len - 1) : -1;
		if (i >= 0)
			toggle(on, i, p[0] == '+');
		p = e ? e + 1 : NULL;
	}
}

/* Is the known feature "name" on after the feature string "fs" (with what it needs)? */
int cg_feature_on(const char *fs, const char *name)
{
	int on[N_KNOWN], i = known_index(name, strlen(name));

	feature_set(fs, on);
	return i >= 0 && on[i];
}

/* "avx,avx2,..." of the known features that "llvm_features" turns on (malloc'd). */
char *cg_x86_abi_features(const char *llvm_features)
{
	size_t cap = 1;
	char *s;
	int on[N_KNOWN];

	feature_set(llvm_features, on);
	for (int i = 0; i < N_KNOWN; i++)
		cap += strlen(known_features[i].name) + 1;
	s = xcalloc(1, cap);
	for (int i = 0; i < N_KNOWN; i++) {
		if (!on[i])
			continue;
		if (*s)
			strcat(s, ",");
		strcat(s, known_features[i].name);
	}
	return s;
}

/*
 * The CPU name and the full feature string (for the machine and for the
 * ABI) that "opt" asks for: the host's, or -mcpu's implied features, with
 * -mattr's "+x,-y" applied last.  NULL for an -mcpu we cannot describe.
 */
static int pick_cpu(const CgOptions *opt, char **cpu, char **features, VitcErr *err)
{
	const char *base = NULL;
	char *host = NULL;
	size_t n;

	if (!opt->cpu || !strcmp(opt->cpu, "native")) {
		char *h = LLVMGetHostCPUName();
		*cpu = xstrdup(h);
		LLVMDisposeMessage(h);
		h = LLVMGetHostCPUFeatures();
		host = xstrdup(h);
		LLVMDisposeMessage(h);
		base = host;
	} else {
		for (size_t i = 0; i < sizeof(cpu_features) / sizeof(*cpu_features); i++)
			if (!strcmp(cpu_features[i].cpu, opt->cpu))
				base = cpu_features[i].features;
		if (!base && !opt->features)
			return vitc_errf(err, "-mcpu=%s: unknown CPU features; pass -mattr too", opt->cpu);
		*cpu = xstrdup(opt->cpu);
		if (!base)
			base = "";
	}
	n = strlen(base) + (opt->features ? strlen(opt->features) : 0) + 2;
	*features = xcalloc(1, n);
	snprintf(*features, n, "%s%s%s", base, *base && opt->features && *opt->features ? "," : "",
	         opt->features ? opt->features : "");
	free(host);
	return 0;
}

/* What only this target keeps per part (CgModule.tdata). */
typedef struct {
	int wide512;   /* AVX-512: prefer 512-bit vectors */
} X86State;

static int wide512(const CgModule *m)
{
	return m->tdata && ((const X86State *)m->tdata)->wide512;
}

/* f32 lanes of the preferred vector for the feature string "fs". */
static int lanes_of(const char *fs)
{
	if (cg_feature_on(fs, "avx512f"))
		return 16;
	return cg_feature_on(fs, "avx") || cg_feature_on(fs, "avx2") ? 8 : 4;
}

static int x86_init(CgModule *m, const CgOptions *opt, VitcErr *err)
{
	static const LLVMCodeGenOptLevel lv[] = {
		LLVMCodeGenLevelNone, LLVMCodeGenLevelLess,
		LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive,
	};
	LLVMTargetRef tgt;
	LLVMTargetDataRef td;
	char *msg = NULL, *triple;
	int ol = m->opt_level;

	LLVMInitializeX86TargetInfo();
	LLVMInitializeX86Target();
	LLVMInitializeX86TargetMC();
	LLVMInitializeX86AsmPrinter();
	triple = LLVMGetDefaultTargetTriple();
	m->triple = xstrdup(triple);
	LLVMDisposeMessage(triple);
	if (strncmp(m->triple, "x86_64", 6))
		return vitc_errf(err, "host triple %s is not x86_64", m->triple);
	if (pick_cpu(opt, &m->cpu, &m->features, err))
		return -1;
	if (LLVMGetTargetFromTriple(m->triple, &tgt, &msg)) {
		vitc_errf(err, "LLVM: %s", msg);
		LLVMDisposeMessage(msg);
		return -1;
	}
	m->tm = LLVMCreateTargetMachine(tgt, m->triple, m->cpu, m->features, lv[ol],
	                                LLVMRelocPIC, LLVMCodeModelDefault);
	if (!m->tm)
		return vitc_errf(err, "LLVM: cannot create a machine for %s", m->cpu);
	m->abi_features = cg_x86_abi_features(m->features);
	m->tdata = xcalloc(1, sizeof(X86State));
	((X86State *)m->tdata)->wide512 = cg_feature_on(m->features, "avx512f");
	LLVMSetTarget(m->mod, m->triple);
	td = LLVMCreateTargetDataLayout(m->tm);
	LLVMSetModuleDataLayout(m->mod, td);
	LLVMDisposeTargetData(td);
	return 0;
}

static void x86_dispose(CgModule *m)
{
	if (m->tm)
		LLVMDisposeTargetMachine(m->tm);
	free(m->triple);
	free(m->cpu);
	free(m->features);
	free(m->abi_features);
	free(m->tdata);
}

static void set_str_attr(CgModule *m, LLVMValueRef fn, const char *k, const char *v)
{
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
	        LLVMCreateStringAttribute(m->ctx, k, (unsigned)strlen(k), v, (unsigned)strlen(v)));
}

/* target-cpu/-features on each function, and 512-bit vectors with AVX-512. */
static void x86_fn_attrs(CgModule *m, LLVMValueRef fn)
{
	set_str_attr(m, fn, "target-cpu", m->cpu);
	set_str_attr(m, fn, "target-features", m->features);
	if (wide512(m))
		set_str_attr(m, fn, "prefer-vector-width", "512");
}

static int x86_vector_lanes(const CgModule *m)
{
	return wide512(m) ? 16 : lanes_of(m->features);
}

int cg_cpu_vector_lanes(const CgOptions *opt)
{
	CgOptions o = {0};
	char *cpu = NULL, *features = NULL;
	VitcErr err;
	int lanes = 4;

	if (opt)
		o = *opt;
	if (!pick_cpu(&o, &cpu, &features, &err))
		lanes = lanes_of(features);
	free(cpu);
	free(features);
	return lanes;
}

/* Size in bytes of the host's per-core cache of "level" and "type" (sysfs), 0 if unknown. */
static int64_t host_cache_bytes(int level, const char *type)
{
	for (int i = 0; i < 8; i++) {
		char path[96], buf[32] = "";
		int lv = 0;
		long long kib = 0;
		FILE *f;

		snprintf(path, sizeof(path), "/sys/devices/system/cpu/cpu0/cache/index%d/level", i);
		if (!(f = fopen(path, "r")))
			break;
		if (fscanf(f, "%d", &lv) != 1)
			lv = 0;
		fclose(f);
		snprintf(path, sizeof(path), "/sys/devices/system/cpu/cpu0/cache/index%d/type", i);
		if (!(f = fopen(path, "r")))
			continue;
		if (!fgets(buf, sizeof(buf), f))
			buf[0] = 0;
		fclose(f);
		if (lv != level || strncmp(buf, type, strlen(type)))
			continue;
		snprintf(path, sizeof(path), "/sys/devices/system/cpu/cpu0/cache/index%d/size", i);
		if (!(f = fopen(path, "r")))
			continue;
		if (fscanf(f, "%lldK", &kib) != 1)
			kib = 0;
		fclose(f);
		return (int64_t)kib << 10;
	}
	return 0;
}

int cg_target_describe(const CgOptions *opt, SchTarget *t, VitcErr *err)
{
	CgOptions o = {0};
	char *cpu = NULL, *features = NULL;

	if (opt)
		o = *opt;
	sch_target_default(t);
	if (pick_cpu(&o, &cpu, &features, err))
		return -1;
	snprintf(t->cpu, sizeof(t->cpu), "%s", cpu);
	t->avx512 = cg_feature_on(features, "avx512f");
	t->vector_bits = t->avx512 ? 512 :
	                 cg_feature_on(features, "avx") || cg_feature_on(features, "avx2") ? 256 : 128;
	t->f32_lanes = t->vector_bits / 32;
	t->vector_regs = t->avx512 ? 32 : 16;
	t->fma = cg_feature_on(features, "fma");
	/* -mattr=-avx512f turns the AVX-512 extensions off too (cg_feature_on); VNNI at
	   the vector width: AVX-VNNI alone has no zmm form (-mattr=-avx512vnni here) */
	t->vnni = cg_feature_on(features, "avx512vnni") ||
	          (cg_feature_on(features, "avxvnni") && !t->avx512);
	t->vpopcntdq = cg_feature_on(features, "avx512vpopcntdq");
	if (!o.cpu || !strcmp(o.cpu, "native")) {
		t->l1d_bytes = host_cache_bytes(1, "Data");
		t->l2_bytes = host_cache_bytes(2, "Unified");
		t->cache_from_host = t->l1d_bytes > 0 || t->l2_bytes > 0;
	}
	if (!t->cache_from_host) {
		t->l1d_bytes = 32 << 10;
		t->l2_bytes = 1 << 20;
	}
	free(cpu);
	free(features);
	return 0;
}

static int x86_parallel_for(CgFn *f, isl_ast_node *node)
{
	return cg_outline_parallel(f, node);
}

/* The assembly of a clone of the module (codegen mutates its input), as an LLVM message. */
char *cg_asm_text(CgModule *m, VitcErr *err)
{
	LLVMModuleRef c = LLVMCloneModule(m->mod);
	LLVMMemoryBufferRef buf = NULL;
	char *msg = NULL, *text, *s;
	size_t n;

	if (LLVMTargetMachineEmitToMemoryBuffer(m->tm, c, LLVMAssemblyFile, &msg, &buf)) {
		vitc_errf(err, "LLVM: %s", msg ? msg : "assembly emission failed");
		LLVMDisposeMessage(msg);
		LLVMDisposeModule(c);
		return NULL;
	}
	n = LLVMGetBufferSize(buf);
	text = xmalloc(n + 1);
	memcpy(text, LLVMGetBufferStart(buf), n);
	text[n] = 0;
	s = LLVMCreateMessage(text);
	free(text);
	LLVMDisposeMemoryBuffer(buf);
	LLVMDisposeModule(c);
	return s;
}

/*
 * Run "default<On>" (this part's -O) with the target machine: any
 * target's optimize hook, or the end of it.  parts.c keeps the IR before
 * and after for the dumps.
 */
int cg_llvm_passes(CgModule *m, const CgOptions *opt, VitcErr *err)
{
	LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
	char pipeline[32];
	LLVMErrorRef e;
	int ol = m->opt_level;

	(void)opt;
	snprintf(pipeline, sizeof(pipeline), "default<O%d>", ol);
	LLVMPassBuilderOptionsSetLoopVectorization(po, ol >= 2);
	LLVMPassBuilderOptionsSetSLPVectorization(po, ol >= 2);
	e = LLVMRunPasses(m->mod, pipeline, m->tm, po);
	LLVMDisposePassBuilderOptions(po);
	if (e) {
		char *msg = LLVMGetErrorMessage(e);
		vitc_errf(err, "LLVM passes: %s", msg);
		LLVMDisposeErrorMessage(msg);
		return -1;
	}
	return 0;
}

/*
 * The machine's output for part "m" ("ft": an object or assembly text)
 * into m->obj; "what" names it in the message of a failure.
 */
int cg_emit_buffer(CgModule *m, LLVMCodeGenFileType ft, const char *what, VitcErr *err)
{
	char *msg = NULL;

	if (LLVMTargetMachineEmitToMemoryBuffer(m->tm, m->mod, ft, &msg, &m->obj)) {
		vitc_errf(err, "LLVM: %s", msg ? msg : what);
		LLVMDisposeMessage(msg);
		m->obj = NULL;
		return -1;
	}
	if (m->diag_error)
		return vitc_errf(err, "LLVM: %s", m->diag);
	return 0;
}

/* Emit one part's object to memory (on a worker thread), and its assembly for --dump-ir. */
static int x86_emit(CgModule *m, const CgOptions *opt, VitcErr *err)
{
	if (opt->dump_dir && !(m->dump[2] = cg_asm_text(m, err)))
		return -1;
	return cg_emit_buffer(m, LLVMObjectFile, "object emission failed", err);
}

/* The dumps and the IR on stderr (in part order), then the .so. */
static int x86_package(CgModule *const *parts, int n, const CgOptions *opt,
                       const char *out, VitcErr *err)
{
	if (opt->dump_dir && cg_write_dumps(parts, n, opt, err))
		return -1;
	if (opt->print_llvm)
		for (int i = 0; i < n; i++)
			if (parts[i]->dump[1])
				fputs(parts[i]->dump[1], stderr);
	return cg_link_parts(parts, n, out, err);
}

const Target cg_target_x86 = {
	.name = "x86_64",
	.init = x86_init,
	.parallel_for = x86_parallel_for,
	.vector_lanes = x86_vector_lanes,
	.math = cg_poly_math,
	.fn_attrs = x86_fn_attrs,
	.optimize = cg_llvm_passes,
	.emit = x86_emit,
	.package = x86_package,
	.dispose = x86_dispose,
};
