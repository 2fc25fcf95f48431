/*
 * fuzz_model_load.c - libFuzzer target: what vitrt_model_load does with a
 * MODEL.so before dlopen: open it, check that it is a regular file, and
 * run the structural ELF checks (rt_elf_check_fd, runtime/model.c).
 *
 * dlopen itself is out of reach: it runs the object's relocations and
 * init functions, so no check can make loading an arbitrary file safe,
 * and a fuzzer that dlopens mutated objects would be fuzzing ld.so by
 * executing them.  What is fuzzed here is the gate in front of it.  A
 * rejection must leave a one-line message in vitrt_last_error().
 */
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/internal.h"
#include "tests/fuzz/fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[4200];
	struct stat st;
	int fd;

	if (!path[0])
		fuzz_path("model.so", path, sizeof(path));
	fuzz_write(path, data, size);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		perror(path);
		abort();
	}
	if (rt_elf_check_fd(fd, path) != 0)
		fuzz_check_msg("rt_elf_check_fd", vitrt_last_error());
	close(fd);
	return 0;
}
