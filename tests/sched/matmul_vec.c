for (int c0 = 0; c0 < N; c0 += 1) {  // n
  #pragma parallel
  for (int c1 = 0; c1 <= 6; c1 += 1) {  // i
    for (int c2 = 0; c2 <= 2; c2 += 1) {  // j.o
      #pragma vectorize
      for (int c3 = 0; c3 <= min(3, -4 * c2 + 9); c3 += 1)  // j.i
        S0(n = c0, i = c1, j = 4 * c2 + c3);  // C[70*n + 10*i + j] = 0
    }
    for (int c2 = 0; c2 <= 2; c2 += 1)  // j.o
      if (c2 <= 1) {
        for (int c3 = 0; c3 <= 4; c3 += 1) {  // k
          #pragma vectorize
          for (int c4 = 0; c4 <= 3; c4 += 1)  // j.i
            S1(n = c0, i = c1, k = c3, j = 4 * c2 + c4);  // C[70*n + 10*i + j] += (A[35*n + 5*i + k] * B[10*k + j])
        }
      } else {
        for (int c3 = 0; c3 <= 4; c3 += 1) {  // k
          #pragma vectorize
          for (int c4 = 0; c4 <= 1; c4 += 1)  // j.i
            S1(n = c0, i = c1, k = c3, j = c4 + 8);  // C[70*n + 10*i + j] += (A[35*n + 5*i + k] * B[10*k + j])
        }
      }
    for (int c2 = 0; c2 <= 2; c2 += 1) {  // j.o
      #pragma vectorize
      for (int c3 = 0; c3 <= min(3, -4 * c2 + 9); c3 += 1)  // j.i
        S2(n = c0, i = c1, j = 4 * c2 + c3);  // C[70*n + 10*i + j] = ((C[70*n + 10*i + j] * 2) + bias[j])
    }
  }
}
