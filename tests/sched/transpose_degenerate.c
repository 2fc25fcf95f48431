#pragma parallel
for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 9; c1 += 1)  // i
    for (int c2 = 0; c2 <= 6; c2 += 1) {  // j.o
      // j.i
      #pragma vectorize
      S0(n = c0, i = c1, j = c2);  // Out[70*n + i + 10*j] = In[70*n + 7*i + j]
    }
