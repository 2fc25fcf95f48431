#!/usr/bin/python3
"""Hold the benchmarks' peers to AVX2 on an AVX-512 machine.

    /usr/bin/python3 bench/isa_hold.py --check     # prepare, then prove it in a child

ONNX Runtime picks its kernels (MLAS) from CPUID and has no switch for it;
PyTorch's oneDNN and cpuinfo do the same (oneDNN has ONEDNN_MAX_CPU_ISA, set
too).  `environ()` returns the environment a worker process needs to see an
AVX2-only CPU (AMD Zen 2/3: AVX2 + FMA, no AVX-512, no VNNI of any kind):

  - copies of the libraries that execute CPUID (onnxruntime's Python
    extension, libcpuinfo, libdnnl), each `cpuid` instruction replaced by
    `ud2` (same two bytes), in a cache directory (once per library version);
    the copied onnxruntime package goes first on PYTHONPATH, the two system
    libraries first on LD_LIBRARY_PATH;
  - LD_PRELOAD of bench/isa_hold.c (built here with cc), which answers those
    ud2s with the real CPUID minus the AVX-512/VNNI/BF16/AMX/GFNI bits;
  - the libraries' own switches: ATEN_CPU_CAPABILITY=avx2, ONEDNN_MAX_CPU_ISA=AVX2,
    OPENBLAS_CORETYPE=Zen, and glibc's string functions held to AVX2
    (GLIBC_TUNABLES).

`report()` (in the held process) returns how many CPUID answers were given
and the kernel's AVX512_elapsed_ms for the process (/proc/self/arch_status:
the time since a context switch last found AVX-512 state in use; -1 if never).
This is a stand-in: the same Zen 5 core runs the AVX2 code, with its own
port layout and caches, not an AVX2 machine's.
"""

import hashlib
import os
import shutil
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SYSLIBS = ("libcpuinfo.so.0", "libdnnl.so.2")
LIBDIRS = ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu")
GLIBC_MASK = ("glibc.cpu.hwcaps=-AVX512F,-AVX512CD,-AVX512BW,-AVX512DQ,-AVX512VL,"
              "-AVX512_VNNI,-AVX512_BF16,-AVX512_FP16,-AVX_VNNI")


def _sections(path):
    """[(vaddr, size, file offset)] of an ELF64 file's sections."""
    with open(path, "rb") as f:
        hdr = f.read(64)
        if hdr[:4] != b"\x7fELF" or hdr[4] != 2:
            raise ValueError("%s: not an ELF64 file" % path)
        shoff, = struct.unpack_from("<Q", hdr, 0x28)
        shentsize, shnum = struct.unpack_from("<HH", hdr, 0x3A)
        f.seek(shoff)
        raw = f.read(shentsize * shnum)
    out = []
    for i in range(shnum):
        _, _, _, addr, off, size = struct.unpack_from("<IIQQQQ", raw, i * shentsize)
        if addr and size:
            out.append((addr, size, off))
    return out


def _cpuid_sites(path):
    """Addresses of the `cpuid` instructions of path, from objdump's disassembly."""
    p = subprocess.run(["objdump", "-d", "--no-show-raw-insn", path],
                       capture_output=True, text=True, check=True)
    sites = []
    for line in p.stdout.splitlines():
        f = line.split("\t")
        if len(f) >= 2 and f[1].strip() == "cpuid":
            sites.append(int(f[0].strip().rstrip(":"), 16))
    return sites


def _patch(src, dst):
    """Copy src to dst with every cpuid made ud2; returns the patched addresses."""
    sites = _cpuid_sites(src)
    secs = _sections(src)
    data = bytearray(open(src, "rb").read())
    for a in sites:
        off = next((a - va + fo for va, sz, fo in secs if va <= a < va + sz), None)
        if off is None or data[off:off + 2] != b"\x0f\xa2":
            raise ValueError("%s: no cpuid at 0x%x" % (src, a))
        data[off:off + 2] = b"\x0f\x0b"
    tmp = dst + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.chmod(tmp, 0o755)
    os.replace(tmp, dst)
    return sites


def _find_lib(name):
    for d in LIBDIRS:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return os.path.realpath(p)
    return None


def _ort_dir():
    """The installed onnxruntime package directory, found without importing it."""
    import importlib.util
    spec = importlib.util.find_spec("onnxruntime")
    return os.path.dirname(spec.origin) if spec and spec.origin else None


def prepare(cache=None):
    """Build the preload library and the patched copies (cached); returns the cache dir."""
    ort = _ort_dir()
    libs = [l for l in (_find_lib(n) for n in SYSLIBS) if l]
    key = hashlib.sha1(open(os.path.join(HERE, "isa_hold.c"), "rb").read())
    for p in libs + ([os.path.join(ort, "capi")] if ort else []):
        st = os.stat(p)
        key.update(("%s %d %d" % (p, st.st_size, st.st_mtime)).encode())
    cache = cache or os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")),
                                  "vitc-bench", "isa-avx2-" + key.hexdigest()[:12])
    if os.path.exists(os.path.join(cache, "sites.txt")):
        return cache
    os.makedirs(os.path.join(cache, "lib"), exist_ok=True)
    lines = []
    subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", os.path.join(cache, "isa_hold.so"),
                    os.path.join(HERE, "isa_hold.c"), "-ldl"], check=True)
    for src in libs:
        name = next(n for n in SYSLIBS if os.path.basename(src).startswith(n.split(".so")[0]))
        for a in _patch(src, os.path.join(cache, "lib", name)):
            lines.append("%s %x" % (name, a))
    if ort:
        dst = os.path.join(cache, "py", "onnxruntime")
        if os.path.exists(dst):
            shutil.rmtree(dst)
        shutil.copytree(ort, dst, symlinks=True)
        capi = os.path.join(dst, "capi")
        for fn in os.listdir(capi):
            if fn.startswith("onnxruntime_pybind11_state") and fn.endswith(".so"):
                for a in _patch(os.path.join(ort, "capi", fn), os.path.join(capi, fn)):
                    lines.append("%s %x" % (fn, a))
    with open(os.path.join(cache, "sites.txt.tmp"), "w") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(os.path.join(cache, "sites.txt.tmp"), os.path.join(cache, "sites.txt"))
    return cache


def environ(cache, base=None):
    """base (default os.environ) plus what holds a process to AVX2."""
    env = dict(os.environ if base is None else base)

    def front(var, d):
        env[var] = d + (os.pathsep + env[var] if env.get(var) else "")
    front("PYTHONPATH", os.path.join(cache, "py"))
    front("LD_LIBRARY_PATH", os.path.join(cache, "lib"))
    env["LD_PRELOAD"] = os.path.join(cache, "isa_hold.so") + (
        " " + env["LD_PRELOAD"] if env.get("LD_PRELOAD") else "")
    env["VITC_ISA_HOLD_SITES"] = os.path.join(cache, "sites.txt")
    env.update(ATEN_CPU_CAPABILITY="avx2", ONEDNN_MAX_CPU_ISA="AVX2", DNNL_MAX_CPU_ISA="AVX2",
               OPENBLAS_CORETYPE="Zen", GLIBC_TUNABLES=GLIBC_MASK)
    return env


def report():
    """In a held process: {"cpuid_answered", "sites", "avx512_elapsed_ms"}."""
    import ctypes
    out = {}
    try:
        lib = ctypes.CDLL(None)
        out["cpuid_answered"] = int(lib.isa_hold_answered())
        out["sites"] = int(lib.isa_hold_sites())
    except AttributeError:
        out["cpuid_answered"] = out["sites"] = None
    try:
        with open("/proc/self/arch_status") as f:
            for line in f:
                if line.startswith("AVX512_elapsed_ms:"):
                    out["avx512_elapsed_ms"] = int(line.split()[1])
    except OSError:
        pass
    return out


def check():
    """Prepare, then run ONNX Runtime (fp32 and int8 dynamic MatMul) and a torch
    matmul in two children, held and not: the held one must have had its CPUID
    answered and show no AVX-512 state over its runs; the timings differ where
    the kernels do."""
    cache = prepare()
    tmp = tempfile.mkdtemp(prefix="isa-hold-")
    code = ("import sys, json, time, os; sys.path.insert(0, %r); import isa_hold\n"
            "import numpy as np, onnxruntime as ort, torch, warnings, logging\n"
            "warnings.filterwarnings('ignore'); logging.getLogger().setLevel(logging.ERROR)\n"
            "d = %r; f32 = os.path.join(d, 'lin.onnx'); i8 = os.path.join(d, 'lin8.onnx')\n"
            "if not os.path.exists(i8):\n"
            "    m = torch.nn.Linear(768, 768); torch.onnx.export(m, torch.rand(197, 768), f32)\n"
            "    from onnxruntime.quantization import quantize_dynamic, QuantType\n"
            "    quantize_dynamic(f32, i8, weight_type=QuantType.QInt8, per_channel=True)\n"
            "x = np.random.rand(197, 768).astype(np.float32); r = {}\n"
            "so = ort.SessionOptions(); so.intra_op_num_threads = 1\n"
            "for tag, path in (('ort_fp32_ms', f32), ('ort_int8_ms', i8)):\n"
            "    s = ort.InferenceSession(path, so, providers=['CPUExecutionProvider'])\n"
            "    n = s.get_inputs()[0].name; s.run(None, {n: x}); t0 = time.time(); k = 0\n"
            "    while time.time() - t0 < 1.5: s.run(None, {n: x}); k += 1\n"
            "    r[tag] = round(1e3 * (time.time() - t0) / k, 3)\n"
            "r.update(isa_hold.report()); r['ort'] = os.path.dirname(ort.__file__)\n"
            "print(json.dumps(r))\n") % (HERE, tmp)
    ok = True
    for name, env in (("host", dict(os.environ)), ("held", environ(cache))):
        p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        print(name, p.stdout.strip() or p.stderr.strip()[-400:])
        if name == "held":
            try:
                import json
                r = json.loads(p.stdout)
                ok = r["cpuid_answered"] > 0 and r.get("avx512_elapsed_ms", 0) >= 2500
            except (ValueError, KeyError, TypeError):
                ok = False
    shutil.rmtree(tmp, ignore_errors=True)
    print("cache:", cache)
    print("held to AVX2: %s" % ("yes (CPUID answered, no AVX-512 state seen over 3 s of runs)"
                                 if ok else "NOT SHOWN"))
    return 0 if ok else 1


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        sys.exit(check())
    else:
        print(__doc__)
