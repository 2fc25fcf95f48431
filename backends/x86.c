/*
 * x86.c - the x86-64 Target: a TargetMachine for the host CPU (or
 * -mcpu/-mattr), "default<On>" passes run WITH that machine (without it
 * nothing vectorizes), the object emitted to memory, and `cc -shared`
 * linking it into the .so: a temporary file next to the output, renamed
 * into place, so a failed compile leaves no file behind.  The output is a
 * function of the module and the options only (no timestamps, no build
 * id, fixed names).
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

#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "config.h"
#include "backends/cg.h"

extern char **environ;

/*
 * The CPU features that matter for generated code and that the runtime
 * checks (LLVM spellings, runtime/cpu.c); the ABI's features string lists
 * those the code was compiled with, in this order.  Keep it here only.
 */
static const char *const known_features[] = {
	"sse3", "ssse3", "sse4.1", "sse4.2", "popcnt", "lzcnt", "movbe",
	"avx", "avx2", "fma", "f16c", "bmi", "bmi2", "avxvnni", "gfni",
	"avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512cd",
	"avx512ifma", "avx512vbmi", "avx512vbmi2", "avx512bitalg",
	"avx512vnni", "avx512vpopcntdq", "avx512bf16", "avx512fp16",
};

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

/* Is "+name" (the last mention of name wins) in the feature string "fs"? */
static int has_feature(const char *fs, const char *name)
{
	size_t n = strlen(name);
	int on = 0;

	for (const char *p = fs; p && *p;) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n + 1 && (p[0] == '+' || p[0] == '-') && !strncmp(p + 1, name, n))
			on = p[0] == '+';
		p = e ? e + 1 : NULL;
	}
	return on;
}

/* "avx,avx2,..." of the known features that "llvm_features" turns on (malloc'd). */
char *cg_x86_abi_features(const char *llvm_features)
{
	size_t cap = 1;
	char *s;

	for (size_t i = 0; i < sizeof(known_features) / sizeof(*known_features); i++)
		cap += strlen(known_features[i]) + 1;
	s = xcalloc(1, cap);
	for (size_t i = 0; i < sizeof(known_features) / sizeof(*known_features); i++) {
		if (!has_feature(llvm_features, known_features[i]))
			continue;
		if (*s)
			strcat(s, ",");
		strcat(s, known_features[i]);
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

static int x86_init(CgModule *m, const CgOptions *opt, VitcErr *err)
{
	static const LLVMCodeGenOptLevel lv[] = {
		LLVMCodeGenLevelNone, LLVMCodeGenLevelLess,
		LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive,
	};
	LLVMTargetRef tgt;
	LLVMTargetDataRef td;
	char *msg = NULL, *triple;
	int ol = opt->opt_level < 0 ? 0 : opt->opt_level > 3 ? 3 : opt->opt_level;

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
	m->wide512 = has_feature(m->features, "avx512f");
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
	if (m->wide512)
		set_str_attr(m, fn, "prefer-vector-width", "512");
}

static int x86_vector_lanes(const CgModule *m)
{
	if (m->wide512)
		return 16;
	return has_feature(m->features, "avx") || has_feature(m->features, "avx2") ? 8 : 4;
}

int cg_cpu_vector_lanes(const CgOptions *opt)
{
	CgOptions o = {0};
	CgModule m = {0};
	VitcErr err;
	int lanes = 4;

	if (opt)
		o = *opt;
	if (!pick_cpu(&o, &m.cpu, &m.features, &err)) {
		m.wide512 = has_feature(m.features, "avx512f");
		lanes = x86_vector_lanes(&m);
	}
	free(m.cpu);
	free(m.features);
	return lanes;
}

static int x86_parallel_for(CgFn *f, isl_ast_node *node)
{
	return cg_outline_parallel(f, node);
}

/* Write "len" bytes of "buf" to "path" (for dumps); -1 + message on failure. */
static int write_file(const char *path, const char *buf, size_t len, VitcErr *err)
{
	FILE *fp = fopen(path, "wb");

	if (!fp || fwrite(buf, 1, len, fp) != len || fclose(fp)) {
		if (fp)
			fclose(fp);
		return vitc_errf(err, "%s: cannot write: %s", path, strerror(errno));
	}
	return 0;
}

/* Dump the module's IR as "<dir>/<seq>-model<suffix>". */
static int dump_ir(CgModule *m, const CgOptions *opt, int seq, const char *suffix, VitcErr *err)
{
	char path[4096];
	char *ir = LLVMPrintModuleToString(m->mod);
	int r;

	snprintf(path, sizeof(path), "%s/%02d-model%s", opt->dump_dir, seq, suffix);
	r = write_file(path, ir, strlen(ir), err);
	LLVMDisposeMessage(ir);
	return r;
}

/* The assembly of a clone of the module (codegen mutates its input). */
static int dump_asm(CgModule *m, const CgOptions *opt, VitcErr *err)
{
	LLVMModuleRef c = LLVMCloneModule(m->mod);
	LLVMMemoryBufferRef buf = NULL;
	char *msg = NULL, path[4096];
	int r;

	if (LLVMTargetMachineEmitToMemoryBuffer(m->tm, c, LLVMAssemblyFile, &msg, &buf)) {
		vitc_errf(err, "LLVM: %s", msg ? msg : "assembly emission failed");
		LLVMDisposeMessage(msg);
		LLVMDisposeModule(c);
		return -1;
	}
	snprintf(path, sizeof(path), "%s/%02d-model.s", opt->dump_dir, opt->dump_seq + 2);
	r = write_file(path, LLVMGetBufferStart(buf), LLVMGetBufferSize(buf), err);
	LLVMDisposeMemoryBuffer(buf);
	LLVMDisposeModule(c);
	return r;
}

/* Run "default<On>" with the target machine. */
static int optimize(CgModule *m, const CgOptions *opt, VitcErr *err)
{
	LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
	char pipeline[32];
	LLVMErrorRef e;
	int ol = opt->opt_level < 0 ? 0 : opt->opt_level > 3 ? 3 : opt->opt_level;

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

/* Split "cc" (it may carry flags, e.g. "gcc -m64") into argv words. */
static int split_words(char *s, char **argv, int max)
{
	int n = 0;

	for (char *tok = strtok(s, " \t"); tok && n < max; tok = strtok(NULL, " \t"))
		argv[n++] = tok;
	return n;
}

/*
 * Link the objects "objs" (in this order) into the shared object "so"
 * with the C compiler driver (VITC_LINK_CC, or $VITC_LINK_CC), keeping
 * the start of its output for the error message (and draining the rest).
 */
static int link_so(char *const *objs, int n_objs, const char *so, VitcErr *err)
{
	const char *env = getenv("VITC_LINK_CC");
	char *cc = xstrdup(env && *env ? env : VITC_LINK_CC), out[600], sink[4096];
	char **argv = xcalloc((size_t)n_objs + 40, sizeof(char *));
	int n = split_words(cc, argv, 30), pfd[2], status = 0, rc;
	posix_spawn_file_actions_t fa;
	ssize_t got, len = 0;
	pid_t pid;

	if (n == 0 || pipe(pfd)) {
		free(cc);
		free(argv);
		return vitc_errf(err, "cannot run the linker '%s'", VITC_LINK_CC);
	}
	argv[n++] = "-shared";
	argv[n++] = "-o";
	argv[n++] = (char *)so;
	for (int i = 0; i < n_objs; i++)
		argv[n++] = objs[i];
	argv[n++] = "-lm";
	argv[n++] = "-Wl,--build-id=none";
	argv[n++] = "-Wl,-z,noexecstack";
	argv[n] = NULL;
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

/* Create an empty temporary "<out><tag>XXXXXX<sfx>" next to "out". */
static char *temp_beside(const char *out, const char *tag, const char *sfx, VitcErr *err)
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

/*
 * Optimize, emit the object to memory, write it beside "out", link a
 * temporary .so beside "out" and rename it over "out".
 */
static int x86_finalize(CgModule *m, const CgOptions *opt, const char *out, VitcErr *err)
{
	LLVMMemoryBufferRef buf = NULL;
	char *msg = NULL, *obj = NULL, *wobj = NULL, *so = NULL;
	int r = -1;

	if (opt->dump_dir && dump_ir(m, opt, opt->dump_seq, ".ll", err))
		return -1;
	timing_stage(opt->times, "LLVM optimize");
	if (optimize(m, opt, err))
		return -1;
	if (opt->dump_dir && (dump_ir(m, opt, opt->dump_seq + 1, ".opt.ll", err) ||
	                      dump_asm(m, opt, err)))
		return -1;
	if (opt->print_llvm) {
		char *ir = LLVMPrintModuleToString(m->mod);
		fputs(ir, stderr);
		LLVMDisposeMessage(ir);
	}
	timing_stage(opt->times, "LLVM machine code");
	if (LLVMTargetMachineEmitToMemoryBuffer(m->tm, m->mod, LLVMObjectFile, &msg, &buf)) {
		vitc_errf(err, "LLVM: %s", msg ? msg : "object emission failed");
		LLVMDisposeMessage(msg);
		return -1;
	}
	if (m->diag_error) {
		vitc_errf(err, "LLVM: %s", m->diag);
		goto out;
	}
	timing_stage(opt->times, "write + link + seal");
	if (!(obj = temp_beside(out, ".o.", ".o", err)) ||
	    file_write_atomic(obj, LLVMGetBufferStart(buf), LLVMGetBufferSize(buf), err))
		goto out;
	if (m->n_w && (!(wobj = temp_beside(out, ".w.", ".o", err)) ||
	               cg_write_weights_object(wobj, m->w_bufs, m->w_offs, m->n_w,
	                                       m->w_total, err)))
		goto out;
	char *objs[2] = {obj, wobj};
	if (!(so = temp_beside(out, ".tmp.", "", err)) || link_so(objs, wobj ? 2 : 1, so, err) ||
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
	if (obj) {
		unlink(obj);
		file_temp_forget(obj);
	}
	if (wobj) {
		unlink(wobj);
		file_temp_forget(wobj);
	}
	free(wobj);
	if (so) {
		unlink(so);
		file_temp_forget(so);
	}
	free(obj);
	free(so);
	LLVMDisposeMemoryBuffer(buf);
	return r;
}

const Target cg_target_x86 = {
	.name = "x86_64",
	.init = x86_init,
	.parallel_for = x86_parallel_for,
	.vector_lanes = x86_vector_lanes,
	.math = cg_poly_math,
	.fn_attrs = x86_fn_attrs,
	.finalize = x86_finalize,
	.dispose = x86_dispose,
};
