for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 2; c1 += 1) {  // i
    #pragma parallel
    for (int c2 = 0; c2 <= 1; c2 += 1)  // j.o
      if (c2 == 0) {
        // k
        #pragma unroll
        for (int c4 = 0; c4 <= 3; c4 += 1) {  // j.i.o
          #pragma vectorize
          for (int c5 = 0; c5 <= 15; c5 += 1)  // j.i.i
            S0(n = c0, i = c1, k = 0, j = 16 * c4 + c5);  // C[210*n + 70*i + j] = fma(A[6*n + 2*i + k], B[70*k + j], bias[j])
        }
        #pragma unroll
        for (int c4 = 0; c4 <= 3; c4 += 1) {  // j.i.o
          #pragma vectorize
          for (int c5 = 0; c5 <= 15; c5 += 1) {  // j.i.i
            S1(n = c0, i = c1, k = 1, j = 16 * c4 + c5);  // C[210*n + 70*i + j] += (A[6*n + 2*i + k] * B[70*k + j])
            S2(n = c0, i = c1, k = 1, j = 16 * c4 + c5);  // C[210*n + 70*i + j] = (C[210*n + 70*i + j] * 0.5)
          }
        }
      } else {
        // k
        #pragma unroll
        // j.i.o
        #pragma vectorize
        for (int c5 = 0; c5 <= 5; c5 += 1)  // j.i.i
          S0(n = c0, i = c1, k = 0, j = c5 + 64);  // C[210*n + 70*i + j] = fma(A[6*n + 2*i + k], B[70*k + j], bias[j])
        #pragma unroll
        // j.i.o
        #pragma vectorize
        for (int c5 = 0; c5 <= 5; c5 += 1) {  // j.i.i
          S1(n = c0, i = c1, k = 1, j = c5 + 64);  // C[210*n + 70*i + j] += (A[6*n + 2*i + k] * B[70*k + j])
          S2(n = c0, i = c1, k = 1, j = c5 + 64);  // C[210*n + 70*i + j] = (C[210*n + 70*i + j] * 0.5)
        }
      }
  }
