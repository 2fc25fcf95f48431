/*
 * fuzz_model_load.c - libFuzzer target: the runtime's model loader on
 * mutated MODEL.so files.
 *
 * Two things per input.  First the structural gate alone
 * (rt_elf_check_fd without the seal, runtime/elf_check.c): ELF header,
 * segments, sections, dynamic table and relocations, so that the fuzzer
 * explores those checks instead of stopping at the checksum.  Then the
 * whole vitrt_model_load, as a user would call it: the seal must match
 * before dlopen, so a mutated object never runs; only an input equal to
 * a sealed seed reaches dlopen (and is freed again).  A rejection must
 * leave a one-line message in vitrt_last_error().
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
	if (rt_elf_check_fd(fd, path, 0) != 0)
		fuzz_check_msg("rt_elf_check_fd", vitrt_last_error());
	close(fd);
	VitrtModel *m = NULL;
	if (vitrt_model_load(path, &m) == VITRT_OK)
		vitrt_model_free(m);
	else
		fuzz_check_msg("vitrt_model_load", vitrt_last_error());
	return 0;
}
