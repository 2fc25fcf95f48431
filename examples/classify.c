/*
 * classify.c - classify one image with a model compiled by `vitc compile`,
 * using nothing but libvitrt:
 *
 *     classify MODEL.so [IMAGE] [--threads N]
 *
 * IMAGE is a .npy file of float32 (little-endian, C order) or a raw file
 * of float32 values, holding exactly one image of the model's input shape
 * (e.g. 3x224x224, already normalized).  Without IMAGE a deterministic
 * synthetic image is used.  Prints the top-5 classes of output 0.
 *
 * Build against an installed libvitrt:  cc classify.c -lvitrt
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <vitrt.h>

/* A smooth, deterministic test pattern in [-1, 1]. */
static void synthetic_image(float *x, uint64_t n)
{
	uint32_t s = 12345;

	for (uint64_t i = 0; i < n; i++) {
		s = s * 1664525u + 1013904223u;
		x[i] = (float)((s >> 8) & 0xffff) / 32768.0f - 1.0f;
	}
}

/*
 * Read "n" float32 values from "path" into "x".  A .npy file must hold
 * '<f4' data in C order with exactly n elements (its shape is not checked
 * beyond that); any other file must be exactly 4n bytes.
 */
static int read_image(const char *path, float *x, uint64_t n)
{
	FILE *f = fopen(path, "rb");
	unsigned char pre[10];
	long size, off = 0;
	int ok;

	if (!f) {
		perror(path);
		return -1;
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	if (fread(pre, 1, 10, f) == 10 && !memcmp(pre, "\x93NUMPY\x01", 7)) {
		unsigned hlen = pre[8] | pre[9] << 8;
		char *hdr = calloc(1, hlen + 1);
		ok = hdr && fread(hdr, 1, hlen, f) == hlen && strstr(hdr, "'<f4'") &&
		     strstr(hdr, "'fortran_order': False");
		free(hdr);
		if (!ok) {
			fprintf(stderr, "%s: not a float32 C-order .npy (version 1.0) file\n", path);
			fclose(f);
			return -1;
		}
		off = 10 + (long)hlen;
	}
	fseek(f, off, SEEK_SET);
	ok = size - off == (long)(n * 4) && fread(x, 4, n, f) == n;
	fclose(f);
	if (!ok) {
		fprintf(stderr, "%s: expected %llu float32 values (%llu bytes) of image data\n",
		        path, (unsigned long long)n, (unsigned long long)n * 4);
		return -1;
	}
	return 0;
}

/* Print the (up to) 5 largest of the "n" scores with their indices. */
static void print_top5(const float *score, int64_t n)
{
	int64_t top[5];
	int k = 0;

	for (int64_t i = 0; i < n; i++) {
		int j = k < 5 ? k++ : 5;
		while (j > 0 && score[i] > score[top[j - 1]]) {
			if (j < 5)
				top[j] = top[j - 1];
			j--;
		}
		if (j < 5)
			top[j] = i;
	}
	for (int j = 0; j < k; j++)
		printf("  #%d  class %lld  score %.4f\n", j + 1, (long long)top[j], score[top[j]]);
}

int main(int argc, char **argv)
{
	const char *model_path = NULL, *image_path = NULL;
	const vitrt_tensor_info *in, *out;
	VitrtModel *m;
	VitrtContext *c = NULL;
	void **outs = NULL;
	float *x = NULL;
	int threads = 0, n_out, rc = 1;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--threads") && i + 1 < argc)
			threads = atoi(argv[++i]);
		else if (!model_path)
			model_path = argv[i];
		else if (!image_path)
			image_path = argv[i];
	}
	if (!model_path) {
		fprintf(stderr, "usage: classify MODEL.so [IMAGE.npy|IMAGE.raw] [--threads N]\n");
		return 2;
	}
	if (vitrt_model_load(model_path, &m) != VITRT_OK) {
		fprintf(stderr, "classify: %s\n", vitrt_last_error());
		return 1;
	}
	in = vitrt_model_input(m, 0);
	out = vitrt_model_output(m, 0);
	n_out = vitrt_model_num_outputs(m);
	if (vitrt_model_num_inputs(m) != 1 || !out || in->dtype != VITRT_F32 ||
	    out->dtype != VITRT_F32) {
		fprintf(stderr, "classify: want one f32 input and an f32 output\n");
		goto done;
	}
	/* Every output needs a buffer, even those we do not look at. */
	x = malloc(vitrt_tensor_bytes(in, 1));
	outs = calloc((size_t)n_out, sizeof(void *));
	for (int i = 0; outs && i < n_out; i++)
		outs[i] = malloc(vitrt_tensor_bytes(vitrt_model_output(m, i), 1));
	if (!x || !outs) {
		fprintf(stderr, "classify: out of memory\n");
		goto done;
	}
	if (!image_path)
		synthetic_image(x, vitrt_tensor_bytes(in, 1) / 4);
	else if (read_image(image_path, x, vitrt_tensor_bytes(in, 1) / 4) != 0)
		goto done;
	c = vitrt_context_create(m, threads);
	if (!c || vitrt_run(c, 1, (const void *const[]){x}, outs) != VITRT_OK) {
		fprintf(stderr, "classify: %s\n", vitrt_last_error());
		goto done;
	}
	printf("%s on %s, %d threads; top-5 of '%s':\n", model_path,
	       image_path ? image_path : "a synthetic image", vitrt_context_threads(c), out->name);
	print_top5(outs[0], (int64_t)(vitrt_tensor_bytes(out, 1) / 4));
	rc = 0;
done:
	vitrt_context_free(c);
	for (int i = 0; outs && i < n_out; i++)
		free(outs[i]);
	free(outs);
	free(x);
	vitrt_model_free(m);
	return rc;
}
