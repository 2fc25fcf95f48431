for (int c0 = 0; c0 < N; c0 += 1) {  // n
  #pragma parallel
  for (int c1 = 0; c1 <= 49; c1 += 1)  // i.o
    if (c1 <= 48) {
      for (int c2 = 0; c2 <= 11; c2 += 1) {  // j.o
        // k
        {
          // i.i
          {
            // j.i.o
            {
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1, k = 0, j = 64 * c2 + c6);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1, k = 0, j = 64 * c2 + c6 + 16);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1, k = 0, j = 64 * c2 + c6 + 32);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1, k = 0, j = 64 * c2 + c6 + 48);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
            }
            // j.i.o
            {
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1 + 1, k = 0, j = 64 * c2 + c6);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1 + 1, k = 0, j = 64 * c2 + c6 + 16);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1 + 1, k = 0, j = 64 * c2 + c6 + 32);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1 + 1, k = 0, j = 64 * c2 + c6 + 48);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
            }
            // j.i.o
            {
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1 + 2, k = 0, j = 64 * c2 + c6);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1 + 2, k = 0, j = 64 * c2 + c6 + 16);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1 + 2, k = 0, j = 64 * c2 + c6 + 32);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1 + 2, k = 0, j = 64 * c2 + c6 + 48);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
            }
            // j.i.o
            {
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1 + 3, k = 0, j = 64 * c2 + c6);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1 + 3, k = 0, j = 64 * c2 + c6 + 16);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1 + 3, k = 0, j = 64 * c2 + c6 + 32);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S0(n = c0, i = 4 * c1 + 3, k = 0, j = 64 * c2 + c6 + 48);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
            }
          }
          for (int c3 = 1; c3 <= 191; c3 += 1) {
            // i.i
            {
              // j.i.o
              {
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1, k = c3, j = 64 * c2 + c6);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1, k = c3, j = 64 * c2 + c6 + 16);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1, k = c3, j = 64 * c2 + c6 + 32);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1, k = c3, j = 64 * c2 + c6 + 48);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
              }
              // j.i.o
              {
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1 + 1, k = c3, j = 64 * c2 + c6);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1 + 1, k = c3, j = 64 * c2 + c6 + 16);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1 + 1, k = c3, j = 64 * c2 + c6 + 32);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1 + 1, k = c3, j = 64 * c2 + c6 + 48);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
              }
              // j.i.o
              {
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1 + 2, k = c3, j = 64 * c2 + c6);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1 + 2, k = c3, j = 64 * c2 + c6 + 16);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1 + 2, k = c3, j = 64 * c2 + c6 + 32);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1 + 2, k = c3, j = 64 * c2 + c6 + 48);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
              }
              // j.i.o
              {
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1 + 3, k = c3, j = 64 * c2 + c6);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1 + 3, k = c3, j = 64 * c2 + c6 + 16);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1 + 3, k = c3, j = 64 * c2 + c6 + 32);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
                #pragma vectorize
                for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                  S1(n = c0, i = 4 * c1 + 3, k = c3, j = 64 * c2 + c6 + 48);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
              }
            }
          }
        }
      }
    } else {
      for (int c2 = 0; c2 <= 11; c2 += 1) {  // j.o
        // k
        {
          // i.i
          // j.i.o
          {
            #pragma vectorize
            for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
              S0(n = c0, i = 196, k = 0, j = 64 * c2 + c6);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
            #pragma vectorize
            for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
              S0(n = c0, i = 196, k = 0, j = 64 * c2 + c6 + 16);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
            #pragma vectorize
            for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
              S0(n = c0, i = 196, k = 0, j = 64 * c2 + c6 + 32);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
            #pragma vectorize
            for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
              S0(n = c0, i = 196, k = 0, j = 64 * c2 + c6 + 48);  // C[151296*n + 768*i + j] = fma(A[37824*n + 192*i + k], B[768*k + j], bias[j])
          }
          for (int c3 = 1; c3 <= 191; c3 += 1) {
            // i.i
            // j.i.o
            {
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S1(n = c0, i = 196, k = c3, j = 64 * c2 + c6);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S1(n = c0, i = 196, k = c3, j = 64 * c2 + c6 + 16);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S1(n = c0, i = 196, k = c3, j = 64 * c2 + c6 + 32);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
              #pragma vectorize
              for (int c6 = 0; c6 <= 15; c6 += 1)  // j.i.i
                S1(n = c0, i = 196, k = c3, j = 64 * c2 + c6 + 48);  // C[151296*n + 768*i + j] += (A[37824*n + 192*i + k] * B[768*k + j])
            }
          }
        }
      }
    }
}
