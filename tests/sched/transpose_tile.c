for (int c0 = 0; c0 < N; c0 += 1) {  // n
  #pragma parallel
  for (int c1 = 0; c1 <= 2; c1 += 1)  // i.o
    for (int c2 = 0; c2 <= 1; c2 += 1)  // j.o
      if (c2 == 0) {
        for (int c3 = 0; c3 <= min(3, -4 * c1 + 9); c3 += 1) {  // i.i
          #pragma vectorize
          for (int c4 = 0; c4 <= 3; c4 += 1)  // j.i
            S0(n = c0, i = 4 * c1 + c3, j = c4);  // Out[70*n + i + 10*j] = In[70*n + 7*i + j]
        }
      } else {
        for (int c3 = 0; c3 <= min(3, -4 * c1 + 9); c3 += 1) {  // i.i
          #pragma vectorize
          for (int c4 = 0; c4 <= 2; c4 += 1)  // j.i
            S0(n = c0, i = 4 * c1 + c3, j = c4 + 4);  // Out[70*n + i + 10*j] = In[70*n + 7*i + j]
        }
      }
}
