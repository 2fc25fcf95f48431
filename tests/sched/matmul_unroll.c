for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 6; c1 += 1) {  // i
    for (int c2 = 0; c2 <= 9; c2 += 1)  // j
      S0(n = c0, i = c1, j = c2);  // C[70*n + 10*i + j] = 0
    for (int c2 = 0; c2 <= 2; c2 += 1) {  // k.o
      #pragma unroll
      for (int c3 = 0; c3 <= min(1, -2 * c2 + 4); c3 += 1)  // k.i
        for (int c4 = 0; c4 <= 9; c4 += 1)  // j
          S1(n = c0, i = c1, k = 2 * c2 + c3, j = c4);  // C[70*n + 10*i + j] += (A[35*n + 5*i + k] * B[10*k + j])
    }
    for (int c2 = 0; c2 <= 9; c2 += 1)  // j
      S2(n = c0, i = c1, j = c2);  // C[70*n + 10*i + j] = ((C[70*n + 10*i + j] * 2) + bias[j])
  }
