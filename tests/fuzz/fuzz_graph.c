/*
 * fuzz_graph.c - libFuzzer target: a graph JSON and a safetensors file
 * through the readers, the verifier and shape inference, as
 * driver_load_model() runs them for `vitc inspect` and `vitc compile`.
 *
 * Input: the graph JSON, then optionally FUZZ_ST_SEP and the safetensors
 * bytes (the first occurrence of the separator splits).  The two parts are
 * written to files in a private directory and read by path:
 *   - with a safetensors part: read JSON, bind the weights from it (as
 *     --weights does, overriding any weights_file), verify, infer shapes;
 *     when the JSON is rejected, the safetensors header is still parsed on
 *     its own (ir_st_open) so that both readers are always exercised;
 *   - without: read JSON, verify, infer shapes with the weights unbound
 *     (the verifier allows that); a weights_file named by the JSON is never
 *     opened, so inputs cannot make the target read arbitrary files.
 * A graph that passes is also printed (the --dump-ir text form) to
 * /dev/null.  Rejections must carry a one-line message (fuzz_util.h).
 */
#define _GNU_SOURCE /* memmem */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ir/ir.h"
#include "passes/passes.h"
#include "tests/fuzz/fuzz_util.h"

/* Between the two parts of an input; NUL bytes never occur in valid JSON. */
#define FUZZ_ST_SEP "\0VITC:SAFETENSORS\0"
#define FUZZ_ST_SEP_LEN (sizeof(FUZZ_ST_SEP) - 1)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char json[4200], st[4200];
	static FILE *devnull;
	const uint8_t *sep;
	size_t jlen;
	VitcErr err;
	Graph *g;
	int rc = 0;

	if (!json[0]) {
		fuzz_path("graph.json", json, sizeof(json));
		fuzz_path("weights.safetensors", st, sizeof(st));
		devnull = fopen("/dev/null", "w");
	}
	sep = memmem(data, size, FUZZ_ST_SEP, FUZZ_ST_SEP_LEN);
	jlen = sep ? (size_t)(sep - data) : size;
	fuzz_write(json, data, jlen);
	if (sep)
		fuzz_write(st, sep + FUZZ_ST_SEP_LEN, size - jlen - FUZZ_ST_SEP_LEN);

	err.msg[0] = 0;
	g = ir_graph_read_json(json, &err);
	if (!g) {
		fuzz_check_msg("ir_graph_read_json", err.msg);
		if (sep) {
			StFile f;
			err.msg[0] = 0;
			if (ir_st_open(st, &f, &err) == 0)
				ir_st_close(&f);
			else
				fuzz_check_msg("ir_st_open", err.msg);
		}
		return 0;
	}
	err.msg[0] = 0;
	if (sep && (rc = ir_graph_load_weights(g, st, &err)) != 0)
		fuzz_check_msg("ir_graph_load_weights", err.msg);
	if (rc == 0) {
		err.msg[0] = 0;
		if ((rc = pass_verify(g, &err)) != 0)
			fuzz_check_msg("pass_verify", err.msg);
	}
	if (rc == 0) {
		err.msg[0] = 0;
		if ((rc = pass_infer_shapes(g, &err)) != 0)
			fuzz_check_msg("pass_infer_shapes", err.msg);
	}
	if (rc == 0 && devnull)
		ir_graph_print(devnull, g);
	ir_graph_free(g);
	return 0;
}
