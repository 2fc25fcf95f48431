/*
 * seal.c - append the runtime's seal (runtime/vitrt_abi.h) to hand-built
 * shared objects, as vitc does to every MODEL.so it writes: the test fakes
 * of tests/run.sh.  Usage: seal FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/vitrt_abi.h"

int main(int argc, char **argv)
{
	static unsigned char buf[1 << 16];

	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "r+b");
		unsigned char seal[VITRT_SEAL_SIZE];
		uint64_t h = vitrt_seal_init(), n = 0;
		size_t got;

		if (!f) {
			perror(argv[i]);
			return 1;
		}
		while ((got = fread(buf, 1, sizeof(buf), f)) > 0) {
			h = vitrt_seal_update(h, buf, got);
			n += got;
		}
		vitrt_seal_encode(seal, h, n);
		if (fseek(f, 0, SEEK_END) != 0 || fwrite(seal, 1, sizeof(seal), f) != sizeof(seal) ||
		    fclose(f) != 0) {
			perror(argv[i]);
			return 1;
		}
	}
	return 0;
}
