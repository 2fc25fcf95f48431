#pragma parallel
for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 4; c1 += 1)  // y
    for (int c2 = 0; c2 <= 1; c2 += 1)  // x.o
      for (int c3 = 0; c3 <= min(3, -4 * c2 + 5); c3 += 1) {  // x.i
        S0(n = c0, y = c1, x = 4 * c2 + c3);  // O[30*n + 6*y + x] = 0
        for (int c4 = max(0, -c1 + 1); c4 <= min(2, -c1 + 5); c4 += 1)  // ky
          for (int c5 = max(0, -4 * c2 - c3 + 1); c5 <= min(2, -4 * c2 - c3 + 6); c5 += 1)  // kx
            S1(n = c0, y = c1, x = 4 * c2 + c3, ky = c4, kx = c5);  // O[30*n + 6*y + x] += (I[30*n + 6*y + x + 6*ky + kx + -7] * W[3*ky + kx])
      }
