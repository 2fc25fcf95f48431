/*
 * cuda_api.c - drives libvitrt's C API on a model for tests/cuda_rt.sh:
 *
 *   cuda_api MODEL.so DEVICE BATCH RUNS [CONTEXTS]
 *
 * loads MODEL.so with vitrt_model_load_device(DEVICE), prints the launch
 * table of a CUDA model as the launches a run at BATCH makes (computed
 * here from the ABI, independently of the runtime), one line each:
 *
 *   weights BYTES
 *   launch NAME grid=X,Y,Z block=X,Y,Z shared=S params=N
 *   input NAME BYTES
 *   output NAME BYTES
 *
 * then creates CONTEXTS (default 1) contexts and runs each RUNS times on
 * inputs filled with a byte pattern.  A failure prints "STEP: STATUS:
 * MESSAGE" on stderr and exits 1, after freeing everything.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitrt.h"

/* Blocks along one axis at "batch" (as vitrt_abi.h defines them); 0: no launch. */
static unsigned grid_dim(unsigned fixed, const vitrt_launch_extent *e, unsigned block,
                         int64_t batch, int first)
{
	int64_t num;

	if (fixed)
		return fixed;
	if (!e->div)
		return first ? 1024 : 1;
	num = e->per_batch * batch + e->fixed;
	if (num <= 0 || num / e->div == 0)
		return 0;
	return (unsigned)(((uint64_t)(num / e->div) + block - 1) / block);
}

static void print_table(const VitrtModel *m, int64_t batch)
{
	const vitrt_model_abi *a = vitrt_model_descriptor(m);
	const vitrt_device_image *img;

	if (a->abi_version != VITRT_ABI_VERSION_DEVICE)
		return;
	img = ((const vitrt_device_model_abi *)a)->device;
	printf("weights %llu\n", (unsigned long long)img->weights_size);
	for (int i = 0; i < img->n_launches; i++) {
		const vitrt_launch_info *l = &img->launches[i];
		unsigned g[3] = {
			grid_dim(l->grid_x, &l->items[0], l->block_x, batch, 1),
			grid_dim(l->grid_y, &l->items[1], l->block_y, batch, 0),
			grid_dim(l->grid_z, &l->items[2], l->block_z, batch, 0),
		};
		if (!g[0] || !g[1] || !g[2])
			continue;
		printf("launch %s grid=%u,%u,%u block=%u,%u,%u shared=%u params=%u\n", l->name,
		       g[0], g[1], g[2], l->block_x, l->block_y, l->block_z, l->shared_bytes,
		       l->n_params + 2);
	}
	for (int i = 0; i < a->n_inputs; i++)
		printf("input %s %llu\n", a->inputs[i].name,
		       (unsigned long long)vitrt_tensor_bytes(&a->inputs[i], batch));
	for (int i = 0; i < a->n_outputs; i++)
		printf("output %s %llu\n", a->outputs[i].name,
		       (unsigned long long)vitrt_tensor_bytes(&a->outputs[i], batch));
}

static int fail(const char *step, vitrt_status s)
{
	fprintf(stderr, "%s: %s: %s\n", step, vitrt_status_name(s), vitrt_last_error());
	return 1;
}

int main(int argc, char **argv)
{
	VitrtModel *m = NULL;
	VitrtContext *c[8] = {0};
	void **in = NULL, **out = NULL;
	int64_t batch;
	int runs, nc, rc = 0, ni, no;
	vitrt_status s;

	if (argc < 5 || argc > 6) {
		fprintf(stderr, "usage: cuda_api MODEL.so DEVICE BATCH RUNS [CONTEXTS]\n");
		return 2;
	}
	batch = atoll(argv[3]);
	runs = atoi(argv[4]);
	nc = argc > 5 ? atoi(argv[5]) : 1;
	if (nc < 1 || nc > 8)
		nc = 1;
	if ((s = vitrt_model_load_device(argv[1], argv[2], &m)) != VITRT_OK)
		return fail("load", s);
	print_table(m, batch);
	fflush(stdout);
	ni = vitrt_model_num_inputs(m);
	no = vitrt_model_num_outputs(m);
	in = calloc((size_t)ni + 1, sizeof(void *));
	out = calloc((size_t)no + 1, sizeof(void *));
	for (int i = 0; i < ni; i++) {
		uint64_t n = vitrt_tensor_bytes(vitrt_model_input(m, i), batch);
		in[i] = malloc(n);
		for (uint64_t j = 0; j < n; j++)
			((unsigned char *)in[i])[j] = (unsigned char)(j * 7);
	}
	for (int i = 0; i < no; i++)
		out[i] = malloc(vitrt_tensor_bytes(vitrt_model_output(m, i), batch));
	for (int k = 0; k < nc && !rc; k++)
		if (!(c[k] = vitrt_context_create(m, 1)))
			rc = fail("context", VITRT_ERR_DEVICE);
	for (int r = 0; r < runs && !rc; r++)
		for (int k = 0; k < nc && !rc; k++)
			if ((s = vitrt_run(c[k], batch, (const void *const *)in, out)) != VITRT_OK)
				rc = fail("run", s);
	for (int k = 0; k < nc; k++)
		vitrt_context_free(c[k]);
	vitrt_model_free(m);
	for (int i = 0; i < ni; i++)
		free(in[i]);
	for (int i = 0; i < no; i++)
		free(out[i]);
	free(in);
	free(out);
	if (!rc)
		printf("ok\n");
	return rc;
}
