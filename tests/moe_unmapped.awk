# awk -f tests/moe_unmapped.awk 06-schedule.yaml: the MoE kernels (router,
# route, perm, gather, experts, scatter) of a schedule dump with no loop
# bound to blocks/threads, each printed after a space (tests/cuda.sh,
# tests/gpu_emulate.sh)
function end() { if (moe && body && !gpu) printf " %s", k }
/^\/\/ kernel [0-9]+ "/ { end(); k = $0; sub(/^[^"]*"/, "", k); sub(/".*/, "", k)
                         moe = k ~ /\.(router|route|perm|gather|mult|q16|shift|scatter)$/
                         body = gpu = 0; next }
NF { body = 1 }
/mark: "gpu:/ { gpu = 1 }
END { end() }
