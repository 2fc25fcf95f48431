// kernel 0 "conv_proj.im2col"
for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 3; c1 += 1)  // y
    for (int c2 = 0; c2 <= 3; c2 += 1)  // x
      for (int c3 = 0; c3 <= 2; c3 += 1)  // c
        for (int c4 = 0; c4 <= 7; c4 += 1)  // ky
          for (int c5 = 0; c5 <= 7; c5 += 1)  // kx
            S0(n = c0, y = c1, x = c2, c = c3, ky = c4, kx = c5);  // conv_proj.cols[3072*n + 768*y + 192*x + 64*c + 8*ky + kx] = x[3072*n + 256*y + 8*x + 1024*c + 32*ky + kx]

// kernel 1 "conv_proj.gemm"
for (int c0 = 0; c0 < N; c0 += 1) {  // n
  // b1
  #pragma parallel
  for (int c2 = 0; c2 <= 3; c2 += 1)  // i.o
    for (int c3 = 0; c3 <= 1; c3 += 1) {  // jp
      // k
      {
        #pragma unroll
        for (int c5 = 0; c5 <= 3; c5 += 1) {  // i.i
          #pragma unroll
          for (int c6 = 0; c6 <= 2; c6 += 1) {  // j.o
            #pragma vectorize
            for (int c7 = 0; c7 <= 7; c7 += 1)  // j.i
              S0(n = c0, b1 = 0, i = 4 * c2 + c5, k = 0, jp = c3, j = 8 * c6 + c7);  // conv_proj.nhwc[768*n + 48*b1 + 48*i + 24*jp + j] = fma(conv_proj.cols[3072*n + 192*b1 + 192*i + k], conv_proj.weight.p0[24*k + 4608*jp + j], conv_proj.bias[48*b1 + 24*jp + j])
          }
        }
        for (int c4 = 1; c4 <= 191; c4 += 1) {
          #pragma unroll
          for (int c5 = 0; c5 <= 3; c5 += 1) {  // i.i
            #pragma unroll
            for (int c6 = 0; c6 <= 2; c6 += 1) {  // j.o
              #pragma vectorize
              for (int c7 = 0; c7 <= 7; c7 += 1)  // j.i
                S1(n = c0, b1 = 0, i = 4 * c2 + c5, k = c4, jp = c3, j = 8 * c6 + c7);  // conv_proj.nhwc[768*n + 48*b1 + 48*i + 24*jp + j] += (conv_proj.cols[3072*n + 192*b1 + 192*i + k] * conv_proj.weight.p0[24*k + 4608*jp + j])
            }
          }
        }
      }
    }
}

// kernel 2 "conv_proj.nchw"
for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 47; c1 += 1)  // d1
    for (int c2 = 0; c2 <= 3; c2 += 1)  // d2
      for (int c3 = 0; c3 <= 3; c3 += 1)  // d3
        S0(n = c0, d1 = c1, d2 = c2, d3 = c3);  // conv_proj[768*n + 16*d1 + 4*d2 + d3] = conv_proj.nhwc[768*n + d1 + 192*d2 + 48*d3]

// kernel 3 "transpose_0"
for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 15; c1 += 1)  // d1
    for (int c2 = 0; c2 <= 47; c2 += 1)  // d2
      S0(n = c0, d1 = c1, d2 = c2);  // transpose_0[768*n + 48*d1 + d2] = conv_proj[768*n + d1 + 16*d2]

// kernel 4 "expand_0"
for (int c0 = 0; c0 < N; c0 += 1)  // n
  // d1
  for (int c2 = 0; c2 <= 47; c2 += 1)  // d2
    S0(n = c0, d1 = 0, d2 = c2);  // expand_0[48*n + d2] = class_token[d2]

// kernel 5 "concat_0"
for (int c0 = 0; c0 < N; c0 += 1)  // n
  // d1
  for (int c2 = 0; c2 <= 47; c2 += 1)  // d2
    S0(n = c0, d1 = 0, d2 = c2);  // concat_0[816*n + 48*d1 + d2] = expand_0[48*n + d2]
for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 15; c1 += 1)  // d1
    for (int c2 = 0; c2 <= 47; c2 += 1)  // d2
      S1(n = c0, d1 = c1, d2 = c2);  // concat_0[816*n + 48*d1 + d2 + 48] = transpose_0[768*n + 48*d1 + d2]

// kernel 6 "encoder.add_0"
for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 16; c1 += 1)  // d1
    for (int c2 = 0; c2 <= 47; c2 += 1)  // d2
      S0(n = c0, d1 = c1, d2 = c2);  // concat_0[816*n + 48*d1 + d2] = (concat_0[816*n + 48*d1 + d2] + encoder.pos_embedding[48*d1 + d2])

// kernel 7 "encoder.layers.encoder_layer_0.ln_1"
for (int c0 = 0; c0 < N; c0 += 1) {  // n
  #pragma parallel
  for (int c1 = 0; c1 <= 16; c1 += 1) {  // r
    S0(n = c0, r = c1);  // encoder.layers.encoder_layer_0.ln_1.max[17*n + r] = 0
    for (int c2 = 0; c2 <= 2; c2 += 1) {  // cm.o
      #pragma vectorize
      for (int c3 = 0; c3 <= 15; c3 += 1)  // cm.i
        S1(n = c0, r = c1, cm = 16 * c2 + c3);  // encoder.layers.encoder_layer_0.ln_1.max[17*n + r] max= max(concat_0[816*n + 48*r + cm], neg(concat_0[816*n + 48*r + cm]))
    }
    S2(n = c0, r = c1);  // encoder.layers.encoder_layer_0.ln_1.scale[17*n + r] = (1 / max(encoder.layers.encoder_layer_0.ln_1.max[17*n + r], 1.17549435e-38))
    S3(n = c0, r = c1);  // encoder.layers.encoder_layer_0.ln_1.sum[17*n + r] = 0
    for (int c2 = 0; c2 <= 2; c2 += 1) {  // cs.o
      #pragma vectorize
      for (int c3 = 0; c3 <= 15; c3 += 1)  // cs.i
        S4(n = c0, r = c1, cs = 16 * c2 + c3);  // encoder.layers.encoder_layer_0.ln_1.sum[17*n + r] += ((concat_0[816*n + 48*r + cs] * encoder.layers.encoder_layer_0.ln_1.scale[17*n + r]) - (concat_0[816*n + 48*r] * encoder.layers.encoder_layer_0.ln_1.scale[17*n + r]))
    }
    S5(n = c0, r = c1);  // encoder.layers.encoder_layer_0.ln_1.mean[17*n + r] = ((concat_0[816*n + 48*r] * encoder.layers.encoder_layer_0.ln_1.scale[17*n + r]) + (encoder.layers.encoder_layer_0.ln_1.sum[17*n + r] * 0.020833334))
    S6(n = c0, r = c1);  // encoder.layers.encoder_layer_0.ln_1.var[17*n + r] = 0
    for (int c2 = 0; c2 <= 2; c2 += 1) {  // cv.o
      #pragma vectorize
      for (int c3 = 0; c3 <= 15; c3 += 1)  // cv.i
        S7(n = c0, r = c1, cv = 16 * c2 + c3);  // encoder.layers.encoder_layer_0.ln_1.var[17*n + r] += (((concat_0[816*n + 48*r + cv] * encoder.layers.encoder_layer_0.ln_1.scale[17*n + r]) - encoder.layers.encoder_layer_0.ln_1.mean[17*n + r]) * ((concat_0[816*n + 48*r + cv] * encoder.layers.encoder_layer_0.ln_1.scale[17*n + r]) - encoder.layers.encoder_layer_0.ln_1.mean[17*n + r]))
    }
    S8(n = c0, r = c1);  // encoder.layers.encoder_layer_0.ln_1.rstd[17*n + r] = select((((9.99999997e-07 * encoder.layers.encoder_layer_0.ln_1.scale[17*n + r]) * encoder.layers.encoder_layer_0.ln_1.scale[17*n + r]) > 1.00000002e+30), (max(encoder.layers.encoder_layer_0.ln_1.max[17*n + r], 1.17549435e-38) * 1000), min((1 / sqrt(((encoder.layers.encoder_layer_0.ln_1.var[17*n + r] * 0.020833334) + ((9.99999997e-07 * encoder.layers.encoder_layer_0.ln_1.scale[17*n + r]) * encoder.layers.encoder_layer_0.ln_1.scale[17*n + r])))), 3.40282347e+38))
    for (int c2 = 0; c2 <= 2; c2 += 1) {  // c.o
      #pragma vectorize
      for (int c3 = 0; c3 <= 15; c3 += 1)  // c.i
        S9(n = c0, r = c1, c = 16 * c2 + c3);  // encoder.layers.encoder_layer_0.ln_1[816*n + 48*r + c] = (((((concat_0[816*n + 48*r + c] * encoder.layers.encoder_layer_0.ln_1.scale[17*n + r]) - encoder.layers.encoder_layer_0.ln_1.mean[17*n + r]) * encoder.layers.encoder_layer_0.ln_1.rstd[17*n + r]) * encoder.layers.encoder_layer_0.ln_1.weight[c]) + encoder.layers.encoder_layer_0.ln_1.bias[c])
    }
  }
}

// kernel 8 "encoder.layers.encoder_layer_0.self_attention.qkv"
for (int c0 = 0; c0 < N; c0 += 1) {  // n
  #pragma parallel
  for (int c1 = 0; c1 <= 4; c1 += 1)  // i.o
    if (c1 <= 3) {
      for (int c2 = 0; c2 <= 5; c2 += 1) {  // jp
        // k
        {
          #pragma unroll
          for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
            #pragma unroll
            for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                S0(n = c0, i = 4 * c1 + c4, k = 0, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 144*i + 24*jp + j] = fma(encoder.layers.encoder_layer_0.ln_1[816*n + 48*i + k], encoder.layers.encoder_layer_0.self_attention.in_proj_weight.p0[24*k + 1152*jp + j], encoder.layers.encoder_layer_0.self_attention.in_proj_bias.v0[24*jp + j])
            }
          }
          for (int c3 = 1; c3 <= 47; c3 += 1) {
            #pragma unroll
            for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
              #pragma unroll
              for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
                #pragma vectorize
                for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                  S1(n = c0, i = 4 * c1 + c4, k = c3, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 144*i + 24*jp + j] += (encoder.layers.encoder_layer_0.ln_1[816*n + 48*i + k] * encoder.layers.encoder_layer_0.self_attention.in_proj_weight.p0[24*k + 1152*jp + j])
              }
            }
          }
        }
      }
    } else {
      for (int c2 = 0; c2 <= 5; c2 += 1) {  // jp
        // k
        {
          #pragma unroll
          // i.i
          #pragma unroll
          for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
            #pragma vectorize
            for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
              S0(n = c0, i = 16, k = 0, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 144*i + 24*jp + j] = fma(encoder.layers.encoder_layer_0.ln_1[816*n + 48*i + k], encoder.layers.encoder_layer_0.self_attention.in_proj_weight.p0[24*k + 1152*jp + j], encoder.layers.encoder_layer_0.self_attention.in_proj_bias.v0[24*jp + j])
          }
          for (int c3 = 1; c3 <= 47; c3 += 1) {
            #pragma unroll
            // i.i
            #pragma unroll
            for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                S1(n = c0, i = 16, k = c3, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 144*i + 24*jp + j] += (encoder.layers.encoder_layer_0.ln_1[816*n + 48*i + k] * encoder.layers.encoder_layer_0.self_attention.in_proj_weight.p0[24*k + 1152*jp + j])
            }
          }
        }
      }
    }
}

// kernel 9 "encoder.layers.encoder_layer_0.self_attention.kT"
for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 2; c1 += 1)  // h
    for (int c2 = 0; c2 <= 15; c2 += 1)  // d
      for (int c3 = 0; c3 <= 16; c3 += 1)  // s
        S0(n = c0, h = c1, d = c2, s = c3);  // encoder.layers.encoder_layer_0.self_attention.kT[816*n + 272*h + 17*d + s] = encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 16*h + d + 144*s + 48]

// kernel 10 "encoder.layers.encoder_layer_0.self_attention.scores"
for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 2; c1 += 1) {  // b1
    #pragma parallel
    for (int c2 = 0; c2 <= 4; c2 += 1)  // i.o
      if (c2 <= 3) {
        for (int c3 = 0; c3 <= 2; c3 += 1)  // j.o
          if (c3 <= 1) {
            // k
            #pragma unroll
            for (int c5 = 0; c5 <= 3; c5 += 1) {  // i.i
              #pragma vectorize
              for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                S0(n = c0, b1 = c1, i = 4 * c2 + c5, k = 0, j = 8 * c3 + c6);  // encoder.layers.encoder_layer_0.self_attention.scores[867*n + 289*b1 + 17*i + j] = (encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 16*b1 + 144*i + k] * encoder.layers.encoder_layer_0.self_attention.kT[816*n + 272*b1 + 17*k + j])
            }
            for (int c4 = 1; c4 <= 15; c4 += 1) {
              #pragma unroll
              for (int c5 = 0; c5 <= 3; c5 += 1) {  // i.i
                #pragma vectorize
                for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                  S1(n = c0, b1 = c1, i = 4 * c2 + c5, k = c4, j = 8 * c3 + c6);  // encoder.layers.encoder_layer_0.self_attention.scores[867*n + 289*b1 + 17*i + j] += (encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 16*b1 + 144*i + k] * encoder.layers.encoder_layer_0.self_attention.kT[816*n + 272*b1 + 17*k + j])
              }
            }
          } else {
            // k
            #pragma unroll
            for (int c5 = 0; c5 <= 3; c5 += 1) {  // i.i
              // j.i
              #pragma vectorize
              S0(n = c0, b1 = c1, i = 4 * c2 + c5, k = 0, j = 16);  // encoder.layers.encoder_layer_0.self_attention.scores[867*n + 289*b1 + 17*i + j] = (encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 16*b1 + 144*i + k] * encoder.layers.encoder_layer_0.self_attention.kT[816*n + 272*b1 + 17*k + j])
            }
            for (int c4 = 1; c4 <= 15; c4 += 1) {
              #pragma unroll
              for (int c5 = 0; c5 <= 3; c5 += 1) {  // i.i
                // j.i
                #pragma vectorize
                S1(n = c0, b1 = c1, i = 4 * c2 + c5, k = c4, j = 16);  // encoder.layers.encoder_layer_0.self_attention.scores[867*n + 289*b1 + 17*i + j] += (encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 16*b1 + 144*i + k] * encoder.layers.encoder_layer_0.self_attention.kT[816*n + 272*b1 + 17*k + j])
              }
            }
          }
      } else {
        for (int c3 = 0; c3 <= 2; c3 += 1)  // j.o
          if (c3 <= 1) {
            // k
            #pragma unroll
            // i.i
            #pragma vectorize
            for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
              S0(n = c0, b1 = c1, i = 16, k = 0, j = 8 * c3 + c6);  // encoder.layers.encoder_layer_0.self_attention.scores[867*n + 289*b1 + 17*i + j] = (encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 16*b1 + 144*i + k] * encoder.layers.encoder_layer_0.self_attention.kT[816*n + 272*b1 + 17*k + j])
            for (int c4 = 1; c4 <= 15; c4 += 1) {
              #pragma unroll
              // i.i
              #pragma vectorize
              for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                S1(n = c0, b1 = c1, i = 16, k = c4, j = 8 * c3 + c6);  // encoder.layers.encoder_layer_0.self_attention.scores[867*n + 289*b1 + 17*i + j] += (encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 16*b1 + 144*i + k] * encoder.layers.encoder_layer_0.self_attention.kT[816*n + 272*b1 + 17*k + j])
            }
          } else {
            // k
            #pragma unroll
            // i.i
            // j.i
            #pragma vectorize
            S0(n = c0, b1 = c1, i = 16, k = 0, j = 16);  // encoder.layers.encoder_layer_0.self_attention.scores[867*n + 289*b1 + 17*i + j] = (encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 16*b1 + 144*i + k] * encoder.layers.encoder_layer_0.self_attention.kT[816*n + 272*b1 + 17*k + j])
            for (int c4 = 1; c4 <= 15; c4 += 1) {
              #pragma unroll
              // i.i
              // j.i
              #pragma vectorize
              S1(n = c0, b1 = c1, i = 16, k = c4, j = 16);  // encoder.layers.encoder_layer_0.self_attention.scores[867*n + 289*b1 + 17*i + j] += (encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 16*b1 + 144*i + k] * encoder.layers.encoder_layer_0.self_attention.kT[816*n + 272*b1 + 17*k + j])
            }
          }
      }
  }

// kernel 11 "encoder.layers.encoder_layer_0.self_attention.softmax"
for (int c0 = 0; c0 < N; c0 += 1) {  // n
  #pragma parallel
  for (int c1 = 0; c1 <= 50; c1 += 1) {  // r
    // cm
    {
      S0(n = c0, r = c1, cm = 0);  // encoder.layers.encoder_layer_0.self_attention.softmax.max[51*n + r] = encoder.layers.encoder_layer_0.self_attention.scores[867*n + 17*r + cm]
      for (int c2 = 1; c2 <= 16; c2 += 1)
        S1(n = c0, r = c1, cm = c2);  // encoder.layers.encoder_layer_0.self_attention.softmax.max[51*n + r] max= encoder.layers.encoder_layer_0.self_attention.scores[867*n + 17*r + cm]
    }
    for (int c2 = 0; c2 <= 16; c2 += 1) {  // ce
      S2(n = c0, r = c1, ce = c2);  // encoder.layers.encoder_layer_0.self_attention.scores[867*n + 17*r + ce] = exp(((encoder.layers.encoder_layer_0.self_attention.scores[867*n + 17*r + ce] - encoder.layers.encoder_layer_0.self_attention.softmax.max[51*n + r]) * 0.25))
      if (c2 == 0) {
        S3(n = c0, r = c1, ce = 0);  // encoder.layers.encoder_layer_0.self_attention.softmax.sum[51*n + r] = encoder.layers.encoder_layer_0.self_attention.scores[867*n + 17*r + ce]
      } else {
        S4(n = c0, r = c1, ce = c2);  // encoder.layers.encoder_layer_0.self_attention.softmax.sum[51*n + r] += encoder.layers.encoder_layer_0.self_attention.scores[867*n + 17*r + ce]
      }
    }
    for (int c2 = 0; c2 <= 16; c2 += 1)  // c
      S5(n = c0, r = c1, c = c2);  // encoder.layers.encoder_layer_0.self_attention.scores[867*n + 17*r + c] = (encoder.layers.encoder_layer_0.self_attention.scores[867*n + 17*r + c] / encoder.layers.encoder_layer_0.self_attention.softmax.sum[51*n + r])
  }
}

// kernel 12 "encoder.layers.encoder_layer_0.self_attention.ctx"
for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 2; c1 += 1) {  // b1
    #pragma parallel
    for (int c2 = 0; c2 <= 4; c2 += 1)  // i.o
      if (c2 <= 3) {
        for (int c3 = 0; c3 <= 1; c3 += 1) {  // j.o
          // k
          {
            #pragma unroll
            for (int c5 = 0; c5 <= 3; c5 += 1) {  // i.i
              #pragma vectorize
              for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                S0(n = c0, b1 = c1, i = 4 * c2 + c5, k = 0, j = 8 * c3 + c6);  // encoder.layers.encoder_layer_0.self_attention.ctx[816*n + 16*b1 + 48*i + j] = (encoder.layers.encoder_layer_0.self_attention.scores[867*n + 289*b1 + 17*i + k] * encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 16*b1 + 144*k + j + 96])
            }
            for (int c4 = 1; c4 <= 16; c4 += 1) {
              #pragma unroll
              for (int c5 = 0; c5 <= 3; c5 += 1) {  // i.i
                #pragma vectorize
                for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                  S1(n = c0, b1 = c1, i = 4 * c2 + c5, k = c4, j = 8 * c3 + c6);  // encoder.layers.encoder_layer_0.self_attention.ctx[816*n + 16*b1 + 48*i + j] += (encoder.layers.encoder_layer_0.self_attention.scores[867*n + 289*b1 + 17*i + k] * encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 16*b1 + 144*k + j + 96])
              }
            }
          }
        }
      } else {
        for (int c3 = 0; c3 <= 1; c3 += 1) {  // j.o
          // k
          {
            #pragma unroll
            // i.i
            #pragma vectorize
            for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
              S0(n = c0, b1 = c1, i = 16, k = 0, j = 8 * c3 + c6);  // encoder.layers.encoder_layer_0.self_attention.ctx[816*n + 16*b1 + 48*i + j] = (encoder.layers.encoder_layer_0.self_attention.scores[867*n + 289*b1 + 17*i + k] * encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 16*b1 + 144*k + j + 96])
            for (int c4 = 1; c4 <= 16; c4 += 1) {
              #pragma unroll
              // i.i
              #pragma vectorize
              for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                S1(n = c0, b1 = c1, i = 16, k = c4, j = 8 * c3 + c6);  // encoder.layers.encoder_layer_0.self_attention.ctx[816*n + 16*b1 + 48*i + j] += (encoder.layers.encoder_layer_0.self_attention.scores[867*n + 289*b1 + 17*i + k] * encoder.layers.encoder_layer_0.self_attention.qkv[2448*n + 16*b1 + 144*k + j + 96])
            }
          }
        }
      }
  }

// kernel 13 "encoder.layers.encoder_layer_0.self_attention.out"
for (int c0 = 0; c0 < N; c0 += 1) {  // n
  #pragma parallel
  for (int c1 = 0; c1 <= 4; c1 += 1)  // i.o
    if (c1 <= 3) {
      for (int c2 = 0; c2 <= 1; c2 += 1) {  // jp
        // k
        {
          #pragma unroll
          for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
            #pragma unroll
            for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                S0(n = c0, i = 4 * c1 + c4, k = 0, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.add_0[816*n + 48*i + 24*jp + j] = fma(encoder.layers.encoder_layer_0.self_attention.ctx[816*n + 48*i + k], encoder.layers.encoder_layer_0.self_attention.out_proj.weight.p0[24*k + 1152*jp + j], encoder.layers.encoder_layer_0.self_attention.out_proj.bias.v0[24*jp + j])
            }
          }
          for (int c3 = 1; c3 <= 47; c3 += 1) {
            #pragma unroll
            for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
              #pragma unroll
              for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
                #pragma vectorize
                for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                  S1(n = c0, i = 4 * c1 + c4, k = c3, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.add_0[816*n + 48*i + 24*jp + j] += (encoder.layers.encoder_layer_0.self_attention.ctx[816*n + 48*i + k] * encoder.layers.encoder_layer_0.self_attention.out_proj.weight.p0[24*k + 1152*jp + j])
              }
            }
          }
        }
      }
    } else {
      for (int c2 = 0; c2 <= 1; c2 += 1) {  // jp
        // k
        {
          #pragma unroll
          // i.i
          #pragma unroll
          for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
            #pragma vectorize
            for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
              S0(n = c0, i = 16, k = 0, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.add_0[816*n + 48*i + 24*jp + j] = fma(encoder.layers.encoder_layer_0.self_attention.ctx[816*n + 48*i + k], encoder.layers.encoder_layer_0.self_attention.out_proj.weight.p0[24*k + 1152*jp + j], encoder.layers.encoder_layer_0.self_attention.out_proj.bias.v0[24*jp + j])
          }
          for (int c3 = 1; c3 <= 47; c3 += 1) {
            #pragma unroll
            // i.i
            #pragma unroll
            for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                S1(n = c0, i = 16, k = c3, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.add_0[816*n + 48*i + 24*jp + j] += (encoder.layers.encoder_layer_0.self_attention.ctx[816*n + 48*i + k] * encoder.layers.encoder_layer_0.self_attention.out_proj.weight.p0[24*k + 1152*jp + j])
            }
          }
        }
      }
    }
}
for (int c0 = 0; c0 < N; c0 += 1)  // en
  for (int c1 = 0; c1 <= 16; c1 += 1)  // ei
    for (int c2 = 0; c2 <= 5; c2 += 1) {  // ej.o
      #pragma vectorize
      for (int c3 = 0; c3 <= 7; c3 += 1)  // ej.i
        S2(en = c0, ei = c1, ej = 8 * c2 + c3);  // encoder.layers.encoder_layer_0.add_0[816*en + 48*ei + ej] = (encoder.layers.encoder_layer_0.add_0[816*en + 48*ei + ej] + concat_0[816*en + 48*ei + ej])
    }

// kernel 14 "encoder.layers.encoder_layer_0.ln_2"
// same code as kernel 7

// kernel 15 "encoder.layers.encoder_layer_0.mlp.0"
for (int c0 = 0; c0 < N; c0 += 1) {  // n
  #pragma parallel
  for (int c1 = 0; c1 <= 4; c1 += 1)  // i.o
    if (c1 <= 3) {
      for (int c2 = 0; c2 <= 3; c2 += 1) {  // jp
        // k
        {
          #pragma unroll
          for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
            #pragma unroll
            for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                S0(n = c0, i = 4 * c1 + c4, k = 0, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.mlp.1[1632*n + 96*i + 24*jp + j] = fma(encoder.layers.encoder_layer_0.ln_2[816*n + 48*i + k], encoder.layers.encoder_layer_0.mlp.0.weight.p0[24*k + 1152*jp + j], encoder.layers.encoder_layer_0.mlp.0.bias.v0[24*jp + j])
            }
          }
          for (int c3 = 1; c3 <= 47; c3 += 1) {
            #pragma unroll
            for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
              #pragma unroll
              for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
                #pragma vectorize
                for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                  S1(n = c0, i = 4 * c1 + c4, k = c3, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.mlp.1[1632*n + 96*i + 24*jp + j] += (encoder.layers.encoder_layer_0.ln_2[816*n + 48*i + k] * encoder.layers.encoder_layer_0.mlp.0.weight.p0[24*k + 1152*jp + j])
              }
            }
          }
        }
      }
    } else {
      for (int c2 = 0; c2 <= 3; c2 += 1) {  // jp
        // k
        {
          #pragma unroll
          // i.i
          #pragma unroll
          for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
            #pragma vectorize
            for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
              S0(n = c0, i = 16, k = 0, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.mlp.1[1632*n + 96*i + 24*jp + j] = fma(encoder.layers.encoder_layer_0.ln_2[816*n + 48*i + k], encoder.layers.encoder_layer_0.mlp.0.weight.p0[24*k + 1152*jp + j], encoder.layers.encoder_layer_0.mlp.0.bias.v0[24*jp + j])
          }
          for (int c3 = 1; c3 <= 47; c3 += 1) {
            #pragma unroll
            // i.i
            #pragma unroll
            for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                S1(n = c0, i = 16, k = c3, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.mlp.1[1632*n + 96*i + 24*jp + j] += (encoder.layers.encoder_layer_0.ln_2[816*n + 48*i + k] * encoder.layers.encoder_layer_0.mlp.0.weight.p0[24*k + 1152*jp + j])
            }
          }
        }
      }
    }
}
for (int c0 = 0; c0 < N; c0 += 1)  // en
  for (int c1 = 0; c1 <= 16; c1 += 1)  // ei
    for (int c2 = 0; c2 <= 11; c2 += 1) {  // ej.o
      #pragma vectorize
      for (int c3 = 0; c3 <= 7; c3 += 1)  // ej.i
        S2(en = c0, ei = c1, ej = 8 * c2 + c3);  // encoder.layers.encoder_layer_0.mlp.1[1632*en + 96*ei + ej] = ((0.5 * encoder.layers.encoder_layer_0.mlp.1[1632*en + 96*ei + ej]) * (1 + erf((encoder.layers.encoder_layer_0.mlp.1[1632*en + 96*ei + ej] * 0.707106769))))
    }

// kernel 16 "encoder.layers.encoder_layer_0.mlp.3"
for (int c0 = 0; c0 < N; c0 += 1) {  // n
  #pragma parallel
  for (int c1 = 0; c1 <= 4; c1 += 1)  // i.o
    if (c1 <= 3) {
      for (int c2 = 0; c2 <= 1; c2 += 1) {  // jp
        // k
        {
          #pragma unroll
          for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
            #pragma unroll
            for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                S0(n = c0, i = 4 * c1 + c4, k = 0, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.add_1[816*n + 48*i + 24*jp + j] = fma(encoder.layers.encoder_layer_0.mlp.1[1632*n + 96*i + k], encoder.layers.encoder_layer_0.mlp.3.weight.p0[24*k + 2304*jp + j], encoder.layers.encoder_layer_0.mlp.3.bias.v0[24*jp + j])
            }
          }
          for (int c3 = 1; c3 <= 95; c3 += 1) {
            #pragma unroll
            for (int c4 = 0; c4 <= 3; c4 += 1) {  // i.i
              #pragma unroll
              for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
                #pragma vectorize
                for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                  S1(n = c0, i = 4 * c1 + c4, k = c3, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.add_1[816*n + 48*i + 24*jp + j] += (encoder.layers.encoder_layer_0.mlp.1[1632*n + 96*i + k] * encoder.layers.encoder_layer_0.mlp.3.weight.p0[24*k + 2304*jp + j])
              }
            }
          }
        }
      }
    } else {
      for (int c2 = 0; c2 <= 1; c2 += 1) {  // jp
        // k
        {
          #pragma unroll
          // i.i
          #pragma unroll
          for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
            #pragma vectorize
            for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
              S0(n = c0, i = 16, k = 0, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.add_1[816*n + 48*i + 24*jp + j] = fma(encoder.layers.encoder_layer_0.mlp.1[1632*n + 96*i + k], encoder.layers.encoder_layer_0.mlp.3.weight.p0[24*k + 2304*jp + j], encoder.layers.encoder_layer_0.mlp.3.bias.v0[24*jp + j])
          }
          for (int c3 = 1; c3 <= 95; c3 += 1) {
            #pragma unroll
            // i.i
            #pragma unroll
            for (int c5 = 0; c5 <= 2; c5 += 1) {  // j.o
              #pragma vectorize
              for (int c6 = 0; c6 <= 7; c6 += 1)  // j.i
                S1(n = c0, i = 16, k = c3, jp = c2, j = 8 * c5 + c6);  // encoder.layers.encoder_layer_0.add_1[816*n + 48*i + 24*jp + j] += (encoder.layers.encoder_layer_0.mlp.1[1632*n + 96*i + k] * encoder.layers.encoder_layer_0.mlp.3.weight.p0[24*k + 2304*jp + j])
            }
          }
        }
      }
    }
}
for (int c0 = 0; c0 < N; c0 += 1)  // en
  for (int c1 = 0; c1 <= 16; c1 += 1)  // ei
    for (int c2 = 0; c2 <= 5; c2 += 1) {  // ej.o
      #pragma vectorize
      for (int c3 = 0; c3 <= 7; c3 += 1)  // ej.i
        S2(en = c0, ei = c1, ej = 8 * c2 + c3);  // encoder.layers.encoder_layer_0.add_1[816*en + 48*ei + ej] = (encoder.layers.encoder_layer_0.add_0[816*en + 48*ei + ej] + encoder.layers.encoder_layer_0.add_1[816*en + 48*ei + ej])
    }

// kernel 17 "encoder.layers.encoder_layer_1.ln_1"
// same code as kernel 7

// kernel 18 "encoder.layers.encoder_layer_1.self_attention.qkv"
// same code as kernel 8

// kernel 19 "encoder.layers.encoder_layer_1.self_attention.kT"
// same code as kernel 9

// kernel 20 "encoder.layers.encoder_layer_1.self_attention.scores"
// same code as kernel 10

// kernel 21 "encoder.layers.encoder_layer_1.self_attention.softmax"
// same code as kernel 11

// kernel 22 "encoder.layers.encoder_layer_1.self_attention.ctx"
// same code as kernel 12

// kernel 23 "encoder.layers.encoder_layer_1.self_attention.out"
// same code as kernel 13

// kernel 24 "encoder.layers.encoder_layer_1.ln_2"
// same code as kernel 7

// kernel 25 "encoder.layers.encoder_layer_1.mlp.0"
// same code as kernel 15

// kernel 26 "encoder.layers.encoder_layer_1.mlp.3"
// same code as kernel 16

// kernel 27 "encoder.ln"
// same code as kernel 7

// kernel 28 "select_0"
for (int c0 = 0; c0 < N; c0 += 1)  // n
  for (int c1 = 0; c1 <= 47; c1 += 1)  // d1
    S0(n = c0, d1 = c1);  // select_0[48*n + d1] = encoder.ln[816*n + d1]

// kernel 29 "heads.head"
for (int c0 = 0; c0 < N; c0 += 1) {  // i
  // k
  {
    for (int c2 = 0; c2 <= 9; c2 += 1)  // j
      S0(i = c0, k = 0, j = c2);  // heads.head[10*i + j] = fma(select_0[48*i + k], heads.head.weight.kp0[10*k + j], heads.head.bias.v0[j])
    for (int c1 = 1; c1 <= 47; c1 += 1)
      for (int c2 = 0; c2 <= 9; c2 += 1)  // j
        S1(i = c0, k = c1, j = c2);  // heads.head[10*i + j] += (select_0[48*i + k] * heads.head.weight.kp0[10*k + j])
  }
}

