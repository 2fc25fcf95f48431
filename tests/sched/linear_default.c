for (int c0 = 0; c0 < N; c0 += 1) {  // n
  #pragma parallel
  for (int c1 = 0; c1 <= 1; c1 += 1)  // i.o
    if (c1 == 0) {
      for (int c2 = 0; c2 <= 1; c2 += 1)  // j.o
        if (c2 == 0) {
          // k
          #pragma unroll
          for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
            #pragma unroll
            for (int c5 = 0; c5 <= 3; c5 += 1) {  // j.i.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = c4, k = 0, j = 16 * c5 + c6);  // C[480*n + 80*i + j] = fma(A[18*n + 3*i + k], B[80*k + j], bias[j])
            }
          }
          for (int c3 = 1; c3 <= 2; c3 += 1) {
            #pragma unroll
            for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
              #pragma unroll
              for (int c5 = 0; c5 <= 3; c5 += 1) {  // j.i.o
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1) {  // j.i.i
                  S1(n = c0, i = c4, k = c3, j = 16 * c5 + c6);  // C[480*n + 80*i + j] += (A[18*n + 3*i + k] * B[80*k + j])
                  if (c3 == 2) {
                    S2(n = c0, i = c4, k = 2, j = 16 * c5 + c6);  // C[480*n + 80*i + j] = (C[480*n + 80*i + j] * 0.5)
                  }
                }
              }
            }
          }
        } else {
          // k
          #pragma unroll
          for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
            #pragma unroll
            // j.i.o
            #pragma vectorize
            for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
              S0(n = c0, i = c4, k = 0, j = c6 + 64);  // C[480*n + 80*i + j] = fma(A[18*n + 3*i + k], B[80*k + j], bias[j])
          }
          for (int c3 = 1; c3 <= 2; c3 += 1) {
            #pragma unroll
            for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
              #pragma unroll
              // j.i.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1) {  // j.i.i
                S1(n = c0, i = c4, k = c3, j = c6 + 64);  // C[480*n + 80*i + j] += (A[18*n + 3*i + k] * B[80*k + j])
                if (c3 == 2) {
                  S2(n = c0, i = c4, k = 2, j = c6 + 64);  // C[480*n + 80*i + j] = (C[480*n + 80*i + j] * 0.5)
                }
              }
            }
          }
        }
    } else {
      for (int c2 = 0; c2 <= 1; c2 += 1)  // j.o
        if (c2 == 0) {
          // k
          #pragma unroll
          for (int c4 = 0; c4 <= 1; c4 += 1) {  // i.i
            #pragma unroll
            for (int c5 = 0; c5 <= 3; c5 += 1) {  // j.i.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = c4 + 4, k = 0, j = 16 * c5 + c6);  // C[480*n + 80*i + j] = fma(A[18*n + 3*i + k], B[80*k + j], bias[j])
            }
          }
          for (int c3 = 1; c3 <= 2; c3 += 1) {
            #pragma unroll
            for (int c4 = 0; c4 <= 1; c4 += 1) {  // i.i
              #pragma unroll
              for (int c5 = 0; c5 <= 3; c5 += 1) {  // j.i.o
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1) {  // j.i.i
                  S1(n = c0, i = c4 + 4, k = c3, j = 16 * c5 + c6);  // C[480*n + 80*i + j] += (A[18*n + 3*i + k] * B[80*k + j])
                  if (c3 == 2) {
                    S2(n = c0, i = c4 + 4, k = 2, j = 16 * c5 + c6);  // C[480*n + 80*i + j] = (C[480*n + 80*i + j] * 0.5)
                  }
                }
              }
            }
          }
        } else {
          // k
          #pragma unroll
          for (int c4 = 0; c4 <= 1; c4 += 1) {  // i.i
            #pragma unroll
            // j.i.o
            #pragma vectorize
            for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
              S0(n = c0, i = c4 + 4, k = 0, j = c6 + 64);  // C[480*n + 80*i + j] = fma(A[18*n + 3*i + k], B[80*k + j], bias[j])
          }
          for (int c3 = 1; c3 <= 2; c3 += 1) {
            #pragma unroll
            for (int c4 = 0; c4 <= 1; c4 += 1) {  // i.i
              #pragma unroll
              // j.i.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1) {  // j.i.i
                S1(n = c0, i = c4 + 4, k = c3, j = c6 + 64);  // C[480*n + 80*i + j] += (A[18*n + 3*i + k] * B[80*k + j])
                if (c3 == 2) {
                  S2(n = c0, i = c4 + 4, k = 2, j = c6 + 64);  // C[480*n + 80*i + j] = (C[480*n + 80*i + j] * 0.5)
                }
              }
            }
          }
        }
    }
}
