/*
 * kernel_map.c - `vitc compile --kernel-map FILE`: what each kernel of the
 * model writes and where that memory is, as JSON, for tools that look at a
 * run between kernels (libvitrt's kernel hook, runtime/vitrt_debug.h;
 * tests/gpu_lockstep.py compares the CPU target and --emulate-gpu kernel
 * by kernel).  The .so itself does not change.
 *
 *   {"version": 1, "n_kernels": K,
 *    "buffers": [{"id", "name", "kind", "dtype", "shape", "tensor", "io_index",
 *                 "ws_fixed", "ws_per_batch"}, ...],
 *    "kernels": [{"name", "node", "op", "writes": [buffer ids]}, ...]}
 *
 * Kernels are in run() order (the index the runtime's hook gets); "node"
 * is the graph node lowered into the kernel.  "dtype" is the vitrt_abi.h
 * code, "shape" has -2 for the batch; a workspace buffer starts at
 * ws_fixed + ws_per_batch * N bytes into the workspace, an input or output
 * is the caller's buffer "io_index"; "tensor" says whether the buffer holds
 * a graph tensor (else it is a temporary of a node's lowering).  Written
 * buffers are the roots (a reshape's writes count for the buffer it
 * aliases); block and thread memory of GPU schedules is left out.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/driver.h"
#include "ir/kernel.h"

/* "s" as a JSON string. */
static void put_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *c = (const unsigned char *)(s ? s : ""); *c; c++) {
		if (*c == '"' || *c == '\\')
			fprintf(f, "\\%c", *c);
		else if (*c < 0x20)
			fprintf(f, "\\u%04x", *c);
		else
			fputc(*c, f);
	}
	fputc('"', f);
}

static const Buffer *root_of(const Buffer *b)
{
	while (b->alias_of)
		b = b->alias_of;
	return b;
}

/* Kernel "k"'s written root buffers into "seen" (flags by buffer id). */
static void mark_writes(const Kernel *k, char *seen)
{
	for (int s = 0; s < k->n_stmts; s++) {
		const Buffer *b = k->stmts[s]->store.buf;
		if (!b)
			continue;
		b = root_of(b);
		if (b->kind == BUF_WORKSPACE || b->kind == BUF_OUTPUT)
			seen[b->id] = 1;
	}
}

int driver_write_kernel_map(const Program *p, const char *path, VitcErr *err)
{
	static const char *const kinds[] = {"input", "output", "weight", "workspace",
	                                     "shared", "local", "barrier"};
	FILE *f = fopen(path, "w");
	if (!f)
		return vitc_errf(err, "%s: cannot write the kernel map: %s", path, strerror(errno));
	char *seen = xcalloc((size_t)p->n_bufs + 1, 1);
	fprintf(f, "{\"version\": 1, \"n_kernels\": %d,\n \"buffers\": [", p->n_kernels);
	int first = 1;
	for (int i = 0; i < p->n_bufs; i++) {
		const Buffer *b = p->bufs[i];
		if (b->kind == BUF_WEIGHT || b->kind > BUF_WORKSPACE || b->alias_of)
			continue;
		fprintf(f, "%s\n  {\"id\": %d, \"name\": ", first ? "" : ",", b->id);
		first = 0;
		put_str(f, b->name);
		fprintf(f, ", \"kind\": \"%s\", \"dtype\": %d, \"shape\": [", kinds[b->kind],
		        (int)b->dtype);
		for (int d = 0; d < b->shape.rank; d++)
			fprintf(f, "%s%lld", d ? ", " : "", (long long)b->shape.d[d]);
		fprintf(f, "], \"tensor\": %s, \"io_index\": %d, \"ws_fixed\": %llu, "
		        "\"ws_per_batch\": %llu}", i < p->n_graph_bufs ? "true" : "false",
		        b->kind == BUF_INPUT || b->kind == BUF_OUTPUT ? b->io_index : -1,
		        (unsigned long long)b->ws_fixed, (unsigned long long)b->ws_per_batch);
	}
	fprintf(f, "],\n \"kernels\": [");
	for (int k = 0; k < p->n_kernels; k++) {
		const Kernel *kn = p->kernels[k];
		fprintf(f, "%s\n  {\"name\": ", k ? "," : "");
		put_str(f, kn->name);
		fprintf(f, ", \"node\": ");
		put_str(f, kn->node ? kn->node : kn->name);
		fprintf(f, ", \"op\": ");
		put_str(f, kn->op);
		fprintf(f, ", \"writes\": [");
		memset(seen, 0, (size_t)p->n_bufs + 1);
		mark_writes(kn, seen);
		int n = 0;
		for (int i = 0; i < p->n_bufs; i++)
			if (seen[i])
				fprintf(f, "%s%d", n++ ? ", " : "", i);
		fprintf(f, "]}");
	}
	fprintf(f, "]}\n");
	free(seen);
	if (ferror(f) | fclose(f))
		return vitc_errf(err, "%s: cannot write the kernel map", path);
	return 0;
}
