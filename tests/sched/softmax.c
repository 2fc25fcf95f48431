for (int c0 = 0; c0 < N; c0 += 1) {  // n
  #pragma parallel
  for (int c1 = 0; c1 <= 2; c1 += 1) {  // i
    for (int c2 = 0; c2 <= 2; c2 += 1) {  // j.o
      #pragma vectorize
      for (int c3 = 0; c3 <= min(3, -4 * c2 + 9); c3 += 1)  // j.i
        S0(n = c0, i = c1, j = 4 * c2 + c3);  // M[3*n + i] max= X[30*n + 10*i + j]
    }
    for (int c2 = 0; c2 <= 2; c2 += 1) {  // j.o
      #pragma vectorize
      for (int c3 = 0; c3 <= min(3, -4 * c2 + 9); c3 += 1)  // j.i
        S1(n = c0, i = c1, j = 4 * c2 + c3);  // S[3*n + i] += exp((X[30*n + 10*i + j] - M[3*n + i]))
    }
    for (int c2 = 0; c2 <= 2; c2 += 1) {  // j.o
      #pragma vectorize
      for (int c3 = 0; c3 <= min(3, -4 * c2 + 9); c3 += 1)  // j.i
        S2(n = c0, i = c1, j = 4 * c2 + c3);  // Y[30*n + 10*i + j] = (exp((X[30*n + 10*i + j] - M[3*n + i])) / S[3*n + i])
    }
  }
}
