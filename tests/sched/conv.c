for (int c0 = 0; c0 < N; c0 += 1) {  // n
  #pragma parallel
  for (int c1 = 0; c1 <= 4; c1 += 1)  // y
    for (int c2 = 0; c2 <= 5; c2 += 1) {  // x
      S0(n = c0, y = c1, x = c2);  // O[30*n + 6*y + x] = 0
      if (c2 >= 1 && c2 <= 4) {
        for (int c3 = max(0, -c1 + 1); c3 <= min(2, -c1 + 5); c3 += 1) {  // ky
          #pragma unroll
          for (int c4 = 0; c4 <= 2; c4 += 1)  // kx
            S1(n = c0, y = c1, x = c2, ky = c3, kx = c4);  // O[30*n + 6*y + x] += (I[30*n + 6*y + x + 6*ky + kx + -7] * W[3*ky + kx])
        }
      } else {
        for (int c3 = max(0, -c1 + 1); c3 <= min(2, -c1 + 5); c3 += 1) {  // ky
          // kx
          #pragma unroll
          if (c2 == 5) {
            for (int c4 = 0; c4 <= 1; c4 += 1)
              S1(n = c0, y = c1, x = 5, ky = c3, kx = c4);  // O[30*n + 6*y + x] += (I[30*n + 6*y + x + 6*ky + kx + -7] * W[3*ky + kx])
          } else {
            for (int c4 = 1; c4 <= 2; c4 += 1)
              S1(n = c0, y = c1, x = 0, ky = c3, kx = c4);  // O[30*n + 6*y + x] += (I[30*n + 6*y + x + 6*ky + kx + -7] * W[3*ky + kx])
          }
        }
      }
    }
}
