for (int c0 = 0; c0 < N; c0 += 1) {  // n
  #pragma parallel
  for (int c1 = 0; c1 <= 49; c1 += 1)  // i.o
    if (c1 <= 48) {
      for (int c2 = 0; c2 <= 11; c2 += 1) {  // j.o
        // k
        {
          #pragma unroll
          for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
            #pragma unroll
            for (int c5 = 0; c5 <= 3; c5 += 1) {  // j.i.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1 + c4, k = 0, j = 64 * c2 + 16 * c5 + c6);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
            }
          }
          for (int c3 = 1; c3 <= 191; c3 += 1) {
            #pragma unroll
            for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
              #pragma unroll
              for (int c5 = 0; c5 <= 3; c5 += 1) {  // j.i.o
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1 + c4, k = c3, j = 64 * c2 + 16 * c5 + c6);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
              }
            }
          }
        }
      }
    } else {
      for (int c2 = 0; c2 <= 11; c2 += 1) {  // j.o
        // k
        {
          #pragma unroll
          // i.i
          #pragma unroll
          for (int c5 = 0; c5 <= 3; c5 += 1) {  // j.i.o
            #pragma vectorize
            for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
              S0(n = c0, i = 196, k = 0, j = 64 * c2 + 16 * c5 + c6);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
          }
          for (int c3 = 1; c3 <= 191; c3 += 1) {
            #pragma unroll
            // i.i
            #pragma unroll
            for (int c5 = 0; c5 <= 3; c5 += 1) {  // j.i.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S1(n = c0, i = 196, k = c3, j = 64 * c2 + 16 * c5 + c6);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
            }
          }
        }
      }
    }
}
