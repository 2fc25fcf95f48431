for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 3; c1 += 1)  // i.o
    for (int c2 = 0; c2 <= 2; c2 += 1)  // j.o
      for (int c3 = 0; c3 <= 2; c3 += 1) {  // k
        #pragma unroll
        for (int c4 = 0; c4 <= 1; c4 += 1) {  // i.i
          #pragma vectorize
          for (int c5 = 0; c5 <= 3; c5 += 1)  // j.i
            S0(n = c0, i = 2 * c1 + c4, j = 4 * c2 + c5, k = c3);  // C[96*n + 12*i + j] += (A[24*n + 3*i + k] * B[j + 12*k])
        }
      }
