; part 0: run() + ABI
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%vitrt_tensor_info = type { ptr, i32, i32, [8 x i64] }
%vitrt_model_abi = type { i32, i32, ptr, ptr, ptr, ptr, i32, i32, ptr, ptr, i64, i64, ptr, i32, ptr }

@vitc_weights = external hidden constant i8, align 64
@.str = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@.str.1 = private unnamed_addr constant [7 x i8] c"x86_64\00"
@.str.2 = private unnamed_addr constant [10 x i8] c"x86-64-v3\00"
@.str.3 = private unnamed_addr constant [71 x i8] c"sse3,ssse3,sse4.1,sse4.2,popcnt,lzcnt,movbe,avx,avx2,fma,f16c,bmi,bmi2\00"
@.str.4 = private unnamed_addr constant [2 x i8] c"x\00"
@vitc_tensors = private constant [1 x %vitrt_tensor_info] [%vitrt_tensor_info { ptr @.str.4, i32 0, i32 4, [8 x i64] [i64 -2, i64 3, i64 32, i64 32, i64 0, i64 0, i64 0, i64 0] }]
@.str.5 = private unnamed_addr constant [11 x i8] c"heads.head\00"
@vitc_tensors.6 = private constant [1 x %vitrt_tensor_info] [%vitrt_tensor_info { ptr @.str.5, i32 0, i32 2, [8 x i64] [i64 -2, i64 10, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0] }]
@.str.7 = private unnamed_addr constant [17 x i8] c"conv_proj.im2col\00"
@.str.8 = private unnamed_addr constant [15 x i8] c"conv_proj.gemm\00"
@.str.9 = private unnamed_addr constant [15 x i8] c"conv_proj.nchw\00"
@.str.10 = private unnamed_addr constant [12 x i8] c"transpose_0\00"
@.str.11 = private unnamed_addr constant [9 x i8] c"expand_0\00"
@.str.12 = private unnamed_addr constant [9 x i8] c"concat_0\00"
@.str.13 = private unnamed_addr constant [14 x i8] c"encoder.add_0\00"
@.str.14 = private unnamed_addr constant [36 x i8] c"encoder.layers.encoder_layer_0.ln_1\00"
@.str.15 = private unnamed_addr constant [50 x i8] c"encoder.layers.encoder_layer_0.self_attention.qkv\00"
@.str.16 = private unnamed_addr constant [49 x i8] c"encoder.layers.encoder_layer_0.self_attention.kT\00"
@.str.17 = private unnamed_addr constant [53 x i8] c"encoder.layers.encoder_layer_0.self_attention.scores\00"
@.str.18 = private unnamed_addr constant [54 x i8] c"encoder.layers.encoder_layer_0.self_attention.softmax\00"
@.str.19 = private unnamed_addr constant [50 x i8] c"encoder.layers.encoder_layer_0.self_attention.ctx\00"
@.str.20 = private unnamed_addr constant [50 x i8] c"encoder.layers.encoder_layer_0.self_attention.out\00"
@.str.21 = private unnamed_addr constant [36 x i8] c"encoder.layers.encoder_layer_0.ln_2\00"
@.str.22 = private unnamed_addr constant [37 x i8] c"encoder.layers.encoder_layer_0.mlp.0\00"
@.str.23 = private unnamed_addr constant [37 x i8] c"encoder.layers.encoder_layer_0.mlp.3\00"
@.str.24 = private unnamed_addr constant [36 x i8] c"encoder.layers.encoder_layer_1.ln_1\00"
@.str.25 = private unnamed_addr constant [50 x i8] c"encoder.layers.encoder_layer_1.self_attention.qkv\00"
@.str.26 = private unnamed_addr constant [49 x i8] c"encoder.layers.encoder_layer_1.self_attention.kT\00"
@.str.27 = private unnamed_addr constant [53 x i8] c"encoder.layers.encoder_layer_1.self_attention.scores\00"
@.str.28 = private unnamed_addr constant [54 x i8] c"encoder.layers.encoder_layer_1.self_attention.softmax\00"
@.str.29 = private unnamed_addr constant [50 x i8] c"encoder.layers.encoder_layer_1.self_attention.ctx\00"
@.str.30 = private unnamed_addr constant [50 x i8] c"encoder.layers.encoder_layer_1.self_attention.out\00"
@.str.31 = private unnamed_addr constant [36 x i8] c"encoder.layers.encoder_layer_1.ln_2\00"
@.str.32 = private unnamed_addr constant [37 x i8] c"encoder.layers.encoder_layer_1.mlp.0\00"
@.str.33 = private unnamed_addr constant [37 x i8] c"encoder.layers.encoder_layer_1.mlp.3\00"
@.str.34 = private unnamed_addr constant [11 x i8] c"encoder.ln\00"
@.str.35 = private unnamed_addr constant [9 x i8] c"select_0\00"
@.str.36 = private unnamed_addr constant [11 x i8] c"heads.head\00"
@.kernel_names = private constant [30 x ptr] [ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.23, ptr @.str.24, ptr @.str.25, ptr @.str.26, ptr @.str.27, ptr @.str.28, ptr @.str.29, ptr @.str.30, ptr @.str.31, ptr @.str.32, ptr @.str.33, ptr @.str.34, ptr @.str.35, ptr @.str.36]
@vitc_model_v1 = constant %vitrt_model_abi { i32 826496086, i32 2, ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, i32 1, i32 1, ptr @vitc_tensors, ptr @vitc_tensors.6, i64 0, i64 19840, ptr @vitc_run, i32 30, ptr @.kernel_names }, align 8

; Function Attrs: nounwind
declare hidden void @vitc_k0(ptr, i64, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k1(ptr, i64, ptr, ptr, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k2(ptr, i64, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k3(ptr, i64, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k4(ptr, i64, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k5(ptr, i64, ptr, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k6(ptr, i64, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k7(ptr, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k8(ptr, i64, ptr, ptr, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k9(ptr, i64, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k10(ptr, i64, ptr, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k11(ptr, i64, ptr, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k12(ptr, i64, ptr, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k13(ptr, i64, ptr, ptr, ptr, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k15(ptr, i64, ptr, ptr, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k16(ptr, i64, ptr, ptr, ptr, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k28(ptr, i64, ptr, ptr) #0

; Function Attrs: nounwind
declare hidden void @vitc_k29(ptr, i64, ptr, ptr, ptr, ptr) #0

; Function Attrs: nounwind
define internal i32 @vitc_run(ptr %0, ptr %1, ptr %2, ptr %3, i64 %4) #1 {
entry:
  %5 = mul i64 0, %4
  %6 = add i64 %5, 0
  %conv_proj.cols = getelementptr inbounds i8, ptr %3, i64 %6
  %7 = getelementptr inbounds ptr, ptr %1, i64 0
  %x = load ptr, ptr %7, align 8
  %8 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace = load ptr, ptr %8, align 8
  %9 = icmp ne ptr %trace, null
  br i1 %9, label %trace1, label %12

trace1:                                           ; preds = %entry
  %10 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %11 = load ptr, ptr %10, align 8
  call void %trace(ptr %11, i32 0, i32 0)
  br label %12

12:                                               ; preds = %trace1, %entry
  call void @vitc_k0(ptr %0, i64 %4, ptr %conv_proj.cols, ptr %x)
  %13 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace2 = load ptr, ptr %13, align 8
  %14 = icmp ne ptr %trace2, null
  br i1 %14, label %trace3, label %17

trace3:                                           ; preds = %12
  %15 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %16 = load ptr, ptr %15, align 8
  call void %trace2(ptr %16, i32 0, i32 1)
  br label %17

17:                                               ; preds = %trace3, %12
  %18 = mul i64 12288, %4
  %19 = add i64 %18, 0
  %conv_proj.nhwc = getelementptr inbounds i8, ptr %3, i64 %19
  %20 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace4 = load ptr, ptr %20, align 8
  %21 = icmp ne ptr %trace4, null
  br i1 %21, label %trace5, label %24

trace5:                                           ; preds = %17
  %22 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %23 = load ptr, ptr %22, align 8
  call void %trace4(ptr %23, i32 1, i32 0)
  br label %24

24:                                               ; preds = %trace5, %17
  call void @vitc_k1(ptr %0, i64 %4, ptr %conv_proj.nhwc, ptr %conv_proj.cols, ptr @vitc_weights, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 36864))
  %25 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace6 = load ptr, ptr %25, align 8
  %26 = icmp ne ptr %trace6, null
  br i1 %26, label %trace7, label %29

trace7:                                           ; preds = %24
  %27 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %28 = load ptr, ptr %27, align 8
  call void %trace6(ptr %28, i32 1, i32 1)
  br label %29

29:                                               ; preds = %trace7, %24
  %30 = mul i64 0, %4
  %31 = add i64 %30, 0
  %conv_proj = getelementptr inbounds i8, ptr %3, i64 %31
  %32 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace8 = load ptr, ptr %32, align 8
  %33 = icmp ne ptr %trace8, null
  br i1 %33, label %trace9, label %36

trace9:                                           ; preds = %29
  %34 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %35 = load ptr, ptr %34, align 8
  call void %trace8(ptr %35, i32 2, i32 0)
  br label %36

36:                                               ; preds = %trace9, %29
  call void @vitc_k2(ptr %0, i64 %4, ptr %conv_proj, ptr %conv_proj.nhwc)
  %37 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace10 = load ptr, ptr %37, align 8
  %38 = icmp ne ptr %trace10, null
  br i1 %38, label %trace11, label %41

trace11:                                          ; preds = %36
  %39 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %40 = load ptr, ptr %39, align 8
  call void %trace10(ptr %40, i32 2, i32 1)
  br label %41

41:                                               ; preds = %trace11, %36
  %42 = mul i64 3072, %4
  %43 = add i64 %42, 0
  %transpose_0 = getelementptr inbounds i8, ptr %3, i64 %43
  %44 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace12 = load ptr, ptr %44, align 8
  %45 = icmp ne ptr %trace12, null
  br i1 %45, label %trace13, label %48

trace13:                                          ; preds = %41
  %46 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %47 = load ptr, ptr %46, align 8
  call void %trace12(ptr %47, i32 3, i32 0)
  br label %48

48:                                               ; preds = %trace13, %41
  call void @vitc_k3(ptr %0, i64 %4, ptr %transpose_0, ptr %conv_proj)
  %49 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace14 = load ptr, ptr %49, align 8
  %50 = icmp ne ptr %trace14, null
  br i1 %50, label %trace15, label %53

trace15:                                          ; preds = %48
  %51 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %52 = load ptr, ptr %51, align 8
  call void %trace14(ptr %52, i32 3, i32 1)
  br label %53

53:                                               ; preds = %trace15, %48
  %54 = mul i64 0, %4
  %55 = add i64 %54, 0
  %expand_0 = getelementptr inbounds i8, ptr %3, i64 %55
  %56 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace16 = load ptr, ptr %56, align 8
  %57 = icmp ne ptr %trace16, null
  br i1 %57, label %trace17, label %60

trace17:                                          ; preds = %53
  %58 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %59 = load ptr, ptr %58, align 8
  call void %trace16(ptr %59, i32 4, i32 0)
  br label %60

60:                                               ; preds = %trace17, %53
  call void @vitc_k4(ptr %0, i64 %4, ptr %expand_0, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 37056))
  %61 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace18 = load ptr, ptr %61, align 8
  %62 = icmp ne ptr %trace18, null
  br i1 %62, label %trace19, label %65

trace19:                                          ; preds = %60
  %63 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %64 = load ptr, ptr %63, align 8
  call void %trace18(ptr %64, i32 4, i32 1)
  br label %65

65:                                               ; preds = %trace19, %60
  %66 = mul i64 13312, %4
  %67 = add i64 %66, 0
  %concat_0 = getelementptr inbounds i8, ptr %3, i64 %67
  %68 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace20 = load ptr, ptr %68, align 8
  %69 = icmp ne ptr %trace20, null
  br i1 %69, label %trace21, label %72

trace21:                                          ; preds = %65
  %70 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %71 = load ptr, ptr %70, align 8
  call void %trace20(ptr %71, i32 5, i32 0)
  br label %72

72:                                               ; preds = %trace21, %65
  call void @vitc_k5(ptr %0, i64 %4, ptr %concat_0, ptr %expand_0, ptr %transpose_0)
  %73 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace22 = load ptr, ptr %73, align 8
  %74 = icmp ne ptr %trace22, null
  br i1 %74, label %trace23, label %77

trace23:                                          ; preds = %72
  %75 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %76 = load ptr, ptr %75, align 8
  call void %trace22(ptr %76, i32 5, i32 1)
  br label %77

77:                                               ; preds = %trace23, %72
  %78 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace24 = load ptr, ptr %78, align 8
  %79 = icmp ne ptr %trace24, null
  br i1 %79, label %trace25, label %82

trace25:                                          ; preds = %77
  %80 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %81 = load ptr, ptr %80, align 8
  call void %trace24(ptr %81, i32 6, i32 0)
  br label %82

82:                                               ; preds = %trace25, %77
  call void @vitc_k6(ptr %0, i64 %4, ptr %concat_0, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 37248))
  %83 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace26 = load ptr, ptr %83, align 8
  %84 = icmp ne ptr %trace26, null
  br i1 %84, label %trace27, label %87

trace27:                                          ; preds = %82
  %85 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %86 = load ptr, ptr %85, align 8
  call void %trace26(ptr %86, i32 6, i32 1)
  br label %87

87:                                               ; preds = %trace27, %82
  %88 = mul i64 0, %4
  %89 = add i64 %88, 0
  %encoder.layers.encoder_layer_0.ln_1.max = getelementptr inbounds i8, ptr %3, i64 %89
  %90 = mul i64 128, %4
  %91 = add i64 %90, 0
  %encoder.layers.encoder_layer_0.ln_1.scale = getelementptr inbounds i8, ptr %3, i64 %91
  %92 = mul i64 256, %4
  %93 = add i64 %92, 0
  %encoder.layers.encoder_layer_0.ln_1.sum = getelementptr inbounds i8, ptr %3, i64 %93
  %94 = mul i64 384, %4
  %95 = add i64 %94, 0
  %encoder.layers.encoder_layer_0.ln_1.mean = getelementptr inbounds i8, ptr %3, i64 %95
  %96 = mul i64 512, %4
  %97 = add i64 %96, 0
  %encoder.layers.encoder_layer_0.ln_1.var = getelementptr inbounds i8, ptr %3, i64 %97
  %98 = mul i64 640, %4
  %99 = add i64 %98, 0
  %encoder.layers.encoder_layer_0.ln_1.rstd = getelementptr inbounds i8, ptr %3, i64 %99
  %100 = mul i64 9792, %4
  %101 = add i64 %100, 0
  %encoder.layers.encoder_layer_0.ln_1 = getelementptr inbounds i8, ptr %3, i64 %101
  %102 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace28 = load ptr, ptr %102, align 8
  %103 = icmp ne ptr %trace28, null
  br i1 %103, label %trace29, label %106

trace29:                                          ; preds = %87
  %104 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %105 = load ptr, ptr %104, align 8
  call void %trace28(ptr %105, i32 7, i32 0)
  br label %106

106:                                              ; preds = %trace29, %87
  call void @vitc_k7(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_0.ln_1.max, ptr %concat_0, ptr %encoder.layers.encoder_layer_0.ln_1.scale, ptr %encoder.layers.encoder_layer_0.ln_1.sum, ptr %encoder.layers.encoder_layer_0.ln_1.mean, ptr %encoder.layers.encoder_layer_0.ln_1.var, ptr %encoder.layers.encoder_layer_0.ln_1.rstd, ptr %encoder.layers.encoder_layer_0.ln_1, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 40512), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 40704))
  %107 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace30 = load ptr, ptr %107, align 8
  %108 = icmp ne ptr %trace30, null
  br i1 %108, label %trace31, label %111

trace31:                                          ; preds = %106
  %109 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %110 = load ptr, ptr %109, align 8
  call void %trace30(ptr %110, i32 7, i32 1)
  br label %111

111:                                              ; preds = %trace31, %106
  %112 = mul i64 0, %4
  %113 = add i64 %112, 0
  %encoder.layers.encoder_layer_0.self_attention.qkv = getelementptr inbounds i8, ptr %3, i64 %113
  %114 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace32 = load ptr, ptr %114, align 8
  %115 = icmp ne ptr %trace32, null
  br i1 %115, label %trace33, label %118

trace33:                                          ; preds = %111
  %116 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %117 = load ptr, ptr %116, align 8
  call void %trace32(ptr %117, i32 8, i32 0)
  br label %118

118:                                              ; preds = %trace33, %111
  call void @vitc_k8(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_0.self_attention.qkv, ptr %encoder.layers.encoder_layer_0.ln_1, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 40896), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 68544))
  %119 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace34 = load ptr, ptr %119, align 8
  %120 = icmp ne ptr %trace34, null
  br i1 %120, label %trace35, label %123

trace35:                                          ; preds = %118
  %121 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %122 = load ptr, ptr %121, align 8
  call void %trace34(ptr %122, i32 8, i32 1)
  br label %123

123:                                              ; preds = %trace35, %118
  %124 = mul i64 16576, %4
  %125 = add i64 %124, 0
  %encoder.layers.encoder_layer_0.self_attention.kT = getelementptr inbounds i8, ptr %3, i64 %125
  %126 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace36 = load ptr, ptr %126, align 8
  %127 = icmp ne ptr %trace36, null
  br i1 %127, label %trace37, label %130

trace37:                                          ; preds = %123
  %128 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %129 = load ptr, ptr %128, align 8
  call void %trace36(ptr %129, i32 9, i32 0)
  br label %130

130:                                              ; preds = %trace37, %123
  call void @vitc_k9(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_0.self_attention.kT, ptr %encoder.layers.encoder_layer_0.self_attention.qkv)
  %131 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace38 = load ptr, ptr %131, align 8
  %132 = icmp ne ptr %trace38, null
  br i1 %132, label %trace39, label %135

trace39:                                          ; preds = %130
  %133 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %134 = load ptr, ptr %133, align 8
  call void %trace38(ptr %134, i32 9, i32 1)
  br label %135

135:                                              ; preds = %trace39, %130
  %136 = mul i64 9792, %4
  %137 = add i64 %136, 0
  %encoder.layers.encoder_layer_0.self_attention.scores = getelementptr inbounds i8, ptr %3, i64 %137
  %138 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace40 = load ptr, ptr %138, align 8
  %139 = icmp ne ptr %trace40, null
  br i1 %139, label %trace41, label %142

trace41:                                          ; preds = %135
  %140 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %141 = load ptr, ptr %140, align 8
  call void %trace40(ptr %141, i32 10, i32 0)
  br label %142

142:                                              ; preds = %trace41, %135
  call void @vitc_k10(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_0.self_attention.scores, ptr %encoder.layers.encoder_layer_0.self_attention.qkv, ptr %encoder.layers.encoder_layer_0.self_attention.kT)
  %143 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace42 = load ptr, ptr %143, align 8
  %144 = icmp ne ptr %trace42, null
  br i1 %144, label %trace43, label %147

trace43:                                          ; preds = %142
  %145 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %146 = load ptr, ptr %145, align 8
  call void %trace42(ptr %146, i32 10, i32 1)
  br label %147

147:                                              ; preds = %trace43, %142
  %148 = mul i64 16576, %4
  %149 = add i64 %148, 0
  %encoder.layers.encoder_layer_0.self_attention.softmax.max = getelementptr inbounds i8, ptr %3, i64 %149
  %150 = mul i64 16832, %4
  %151 = add i64 %150, 0
  %encoder.layers.encoder_layer_0.self_attention.softmax.sum = getelementptr inbounds i8, ptr %3, i64 %151
  %152 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace44 = load ptr, ptr %152, align 8
  %153 = icmp ne ptr %trace44, null
  br i1 %153, label %trace45, label %156

trace45:                                          ; preds = %147
  %154 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %155 = load ptr, ptr %154, align 8
  call void %trace44(ptr %155, i32 11, i32 0)
  br label %156

156:                                              ; preds = %trace45, %147
  call void @vitc_k11(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_0.self_attention.softmax.max, ptr %encoder.layers.encoder_layer_0.self_attention.scores, ptr %encoder.layers.encoder_layer_0.self_attention.softmax.sum)
  %157 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace46 = load ptr, ptr %157, align 8
  %158 = icmp ne ptr %trace46, null
  br i1 %158, label %trace47, label %161

trace47:                                          ; preds = %156
  %159 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %160 = load ptr, ptr %159, align 8
  call void %trace46(ptr %160, i32 11, i32 1)
  br label %161

161:                                              ; preds = %trace47, %156
  %162 = mul i64 16576, %4
  %163 = add i64 %162, 0
  %encoder.layers.encoder_layer_0.self_attention.ctx = getelementptr inbounds i8, ptr %3, i64 %163
  %164 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace48 = load ptr, ptr %164, align 8
  %165 = icmp ne ptr %trace48, null
  br i1 %165, label %trace49, label %168

trace49:                                          ; preds = %161
  %166 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %167 = load ptr, ptr %166, align 8
  call void %trace48(ptr %167, i32 12, i32 0)
  br label %168

168:                                              ; preds = %trace49, %161
  call void @vitc_k12(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_0.self_attention.ctx, ptr %encoder.layers.encoder_layer_0.self_attention.scores, ptr %encoder.layers.encoder_layer_0.self_attention.qkv)
  %169 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace50 = load ptr, ptr %169, align 8
  %170 = icmp ne ptr %trace50, null
  br i1 %170, label %trace51, label %173

trace51:                                          ; preds = %168
  %171 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %172 = load ptr, ptr %171, align 8
  call void %trace50(ptr %172, i32 12, i32 1)
  br label %173

173:                                              ; preds = %trace51, %168
  %174 = mul i64 6528, %4
  %175 = add i64 %174, 0
  %encoder.layers.encoder_layer_0.add_0 = getelementptr inbounds i8, ptr %3, i64 %175
  %176 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace52 = load ptr, ptr %176, align 8
  %177 = icmp ne ptr %trace52, null
  br i1 %177, label %trace53, label %180

trace53:                                          ; preds = %173
  %178 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %179 = load ptr, ptr %178, align 8
  call void %trace52(ptr %179, i32 13, i32 0)
  br label %180

180:                                              ; preds = %trace53, %173
  call void @vitc_k13(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_0.add_0, ptr %encoder.layers.encoder_layer_0.self_attention.ctx, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 69120), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 78336), ptr %concat_0)
  %181 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace54 = load ptr, ptr %181, align 8
  %182 = icmp ne ptr %trace54, null
  br i1 %182, label %trace55, label %185

trace55:                                          ; preds = %180
  %183 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %184 = load ptr, ptr %183, align 8
  call void %trace54(ptr %184, i32 13, i32 1)
  br label %185

185:                                              ; preds = %trace55, %180
  %186 = mul i64 0, %4
  %187 = add i64 %186, 0
  %encoder.layers.encoder_layer_0.ln_2.max = getelementptr inbounds i8, ptr %3, i64 %187
  %188 = mul i64 128, %4
  %189 = add i64 %188, 0
  %encoder.layers.encoder_layer_0.ln_2.scale = getelementptr inbounds i8, ptr %3, i64 %189
  %190 = mul i64 256, %4
  %191 = add i64 %190, 0
  %encoder.layers.encoder_layer_0.ln_2.sum = getelementptr inbounds i8, ptr %3, i64 %191
  %192 = mul i64 384, %4
  %193 = add i64 %192, 0
  %encoder.layers.encoder_layer_0.ln_2.mean = getelementptr inbounds i8, ptr %3, i64 %193
  %194 = mul i64 512, %4
  %195 = add i64 %194, 0
  %encoder.layers.encoder_layer_0.ln_2.var = getelementptr inbounds i8, ptr %3, i64 %195
  %196 = mul i64 640, %4
  %197 = add i64 %196, 0
  %encoder.layers.encoder_layer_0.ln_2.rstd = getelementptr inbounds i8, ptr %3, i64 %197
  %198 = mul i64 9792, %4
  %199 = add i64 %198, 0
  %encoder.layers.encoder_layer_0.ln_2 = getelementptr inbounds i8, ptr %3, i64 %199
  %200 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace56 = load ptr, ptr %200, align 8
  %201 = icmp ne ptr %trace56, null
  br i1 %201, label %trace57, label %204

trace57:                                          ; preds = %185
  %202 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %203 = load ptr, ptr %202, align 8
  call void %trace56(ptr %203, i32 14, i32 0)
  br label %204

204:                                              ; preds = %trace57, %185
  call void @vitc_k7(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_0.ln_2.max, ptr %encoder.layers.encoder_layer_0.add_0, ptr %encoder.layers.encoder_layer_0.ln_2.scale, ptr %encoder.layers.encoder_layer_0.ln_2.sum, ptr %encoder.layers.encoder_layer_0.ln_2.mean, ptr %encoder.layers.encoder_layer_0.ln_2.var, ptr %encoder.layers.encoder_layer_0.ln_2.rstd, ptr %encoder.layers.encoder_layer_0.ln_2, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 78528), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 78720))
  %205 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace58 = load ptr, ptr %205, align 8
  %206 = icmp ne ptr %trace58, null
  br i1 %206, label %trace59, label %209

trace59:                                          ; preds = %204
  %207 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %208 = load ptr, ptr %207, align 8
  call void %trace58(ptr %208, i32 14, i32 1)
  br label %209

209:                                              ; preds = %trace59, %204
  %210 = mul i64 0, %4
  %211 = add i64 %210, 0
  %encoder.layers.encoder_layer_0.mlp.1 = getelementptr inbounds i8, ptr %3, i64 %211
  %212 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace60 = load ptr, ptr %212, align 8
  %213 = icmp ne ptr %trace60, null
  br i1 %213, label %trace61, label %216

trace61:                                          ; preds = %209
  %214 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %215 = load ptr, ptr %214, align 8
  call void %trace60(ptr %215, i32 15, i32 0)
  br label %216

216:                                              ; preds = %trace61, %209
  call void @vitc_k15(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_0.mlp.1, ptr %encoder.layers.encoder_layer_0.ln_2, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 78912), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 97344))
  %217 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace62 = load ptr, ptr %217, align 8
  %218 = icmp ne ptr %trace62, null
  br i1 %218, label %trace63, label %221

trace63:                                          ; preds = %216
  %219 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %220 = load ptr, ptr %219, align 8
  call void %trace62(ptr %220, i32 15, i32 1)
  br label %221

221:                                              ; preds = %trace63, %216
  %222 = mul i64 13312, %4
  %223 = add i64 %222, 0
  %encoder.layers.encoder_layer_0.add_1 = getelementptr inbounds i8, ptr %3, i64 %223
  %224 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace64 = load ptr, ptr %224, align 8
  %225 = icmp ne ptr %trace64, null
  br i1 %225, label %trace65, label %228

trace65:                                          ; preds = %221
  %226 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %227 = load ptr, ptr %226, align 8
  call void %trace64(ptr %227, i32 16, i32 0)
  br label %228

228:                                              ; preds = %trace65, %221
  call void @vitc_k16(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_0.add_1, ptr %encoder.layers.encoder_layer_0.mlp.1, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 97728), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 116160), ptr %encoder.layers.encoder_layer_0.add_0)
  %229 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace66 = load ptr, ptr %229, align 8
  %230 = icmp ne ptr %trace66, null
  br i1 %230, label %trace67, label %233

trace67:                                          ; preds = %228
  %231 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %232 = load ptr, ptr %231, align 8
  call void %trace66(ptr %232, i32 16, i32 1)
  br label %233

233:                                              ; preds = %trace67, %228
  %234 = mul i64 0, %4
  %235 = add i64 %234, 0
  %encoder.layers.encoder_layer_1.ln_1.max = getelementptr inbounds i8, ptr %3, i64 %235
  %236 = mul i64 128, %4
  %237 = add i64 %236, 0
  %encoder.layers.encoder_layer_1.ln_1.scale = getelementptr inbounds i8, ptr %3, i64 %237
  %238 = mul i64 256, %4
  %239 = add i64 %238, 0
  %encoder.layers.encoder_layer_1.ln_1.sum = getelementptr inbounds i8, ptr %3, i64 %239
  %240 = mul i64 384, %4
  %241 = add i64 %240, 0
  %encoder.layers.encoder_layer_1.ln_1.mean = getelementptr inbounds i8, ptr %3, i64 %241
  %242 = mul i64 512, %4
  %243 = add i64 %242, 0
  %encoder.layers.encoder_layer_1.ln_1.var = getelementptr inbounds i8, ptr %3, i64 %243
  %244 = mul i64 640, %4
  %245 = add i64 %244, 0
  %encoder.layers.encoder_layer_1.ln_1.rstd = getelementptr inbounds i8, ptr %3, i64 %245
  %246 = mul i64 9792, %4
  %247 = add i64 %246, 0
  %encoder.layers.encoder_layer_1.ln_1 = getelementptr inbounds i8, ptr %3, i64 %247
  %248 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace68 = load ptr, ptr %248, align 8
  %249 = icmp ne ptr %trace68, null
  br i1 %249, label %trace69, label %252

trace69:                                          ; preds = %233
  %250 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %251 = load ptr, ptr %250, align 8
  call void %trace68(ptr %251, i32 17, i32 0)
  br label %252

252:                                              ; preds = %trace69, %233
  call void @vitc_k7(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_1.ln_1.max, ptr %encoder.layers.encoder_layer_0.add_1, ptr %encoder.layers.encoder_layer_1.ln_1.scale, ptr %encoder.layers.encoder_layer_1.ln_1.sum, ptr %encoder.layers.encoder_layer_1.ln_1.mean, ptr %encoder.layers.encoder_layer_1.ln_1.var, ptr %encoder.layers.encoder_layer_1.ln_1.rstd, ptr %encoder.layers.encoder_layer_1.ln_1, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 116352), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 116544))
  %253 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace70 = load ptr, ptr %253, align 8
  %254 = icmp ne ptr %trace70, null
  br i1 %254, label %trace71, label %257

trace71:                                          ; preds = %252
  %255 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %256 = load ptr, ptr %255, align 8
  call void %trace70(ptr %256, i32 17, i32 1)
  br label %257

257:                                              ; preds = %trace71, %252
  %258 = mul i64 0, %4
  %259 = add i64 %258, 0
  %encoder.layers.encoder_layer_1.self_attention.qkv = getelementptr inbounds i8, ptr %3, i64 %259
  %260 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace72 = load ptr, ptr %260, align 8
  %261 = icmp ne ptr %trace72, null
  br i1 %261, label %trace73, label %264

trace73:                                          ; preds = %257
  %262 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %263 = load ptr, ptr %262, align 8
  call void %trace72(ptr %263, i32 18, i32 0)
  br label %264

264:                                              ; preds = %trace73, %257
  call void @vitc_k8(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_1.self_attention.qkv, ptr %encoder.layers.encoder_layer_1.ln_1, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 116736), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 144384))
  %265 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace74 = load ptr, ptr %265, align 8
  %266 = icmp ne ptr %trace74, null
  br i1 %266, label %trace75, label %269

trace75:                                          ; preds = %264
  %267 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %268 = load ptr, ptr %267, align 8
  call void %trace74(ptr %268, i32 18, i32 1)
  br label %269

269:                                              ; preds = %trace75, %264
  %270 = mul i64 16576, %4
  %271 = add i64 %270, 0
  %encoder.layers.encoder_layer_1.self_attention.kT = getelementptr inbounds i8, ptr %3, i64 %271
  %272 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace76 = load ptr, ptr %272, align 8
  %273 = icmp ne ptr %trace76, null
  br i1 %273, label %trace77, label %276

trace77:                                          ; preds = %269
  %274 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %275 = load ptr, ptr %274, align 8
  call void %trace76(ptr %275, i32 19, i32 0)
  br label %276

276:                                              ; preds = %trace77, %269
  call void @vitc_k9(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_1.self_attention.kT, ptr %encoder.layers.encoder_layer_1.self_attention.qkv)
  %277 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace78 = load ptr, ptr %277, align 8
  %278 = icmp ne ptr %trace78, null
  br i1 %278, label %trace79, label %281

trace79:                                          ; preds = %276
  %279 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %280 = load ptr, ptr %279, align 8
  call void %trace78(ptr %280, i32 19, i32 1)
  br label %281

281:                                              ; preds = %trace79, %276
  %282 = mul i64 9792, %4
  %283 = add i64 %282, 0
  %encoder.layers.encoder_layer_1.self_attention.scores = getelementptr inbounds i8, ptr %3, i64 %283
  %284 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace80 = load ptr, ptr %284, align 8
  %285 = icmp ne ptr %trace80, null
  br i1 %285, label %trace81, label %288

trace81:                                          ; preds = %281
  %286 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %287 = load ptr, ptr %286, align 8
  call void %trace80(ptr %287, i32 20, i32 0)
  br label %288

288:                                              ; preds = %trace81, %281
  call void @vitc_k10(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_1.self_attention.scores, ptr %encoder.layers.encoder_layer_1.self_attention.qkv, ptr %encoder.layers.encoder_layer_1.self_attention.kT)
  %289 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace82 = load ptr, ptr %289, align 8
  %290 = icmp ne ptr %trace82, null
  br i1 %290, label %trace83, label %293

trace83:                                          ; preds = %288
  %291 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %292 = load ptr, ptr %291, align 8
  call void %trace82(ptr %292, i32 20, i32 1)
  br label %293

293:                                              ; preds = %trace83, %288
  %294 = mul i64 16576, %4
  %295 = add i64 %294, 0
  %encoder.layers.encoder_layer_1.self_attention.softmax.max = getelementptr inbounds i8, ptr %3, i64 %295
  %296 = mul i64 16832, %4
  %297 = add i64 %296, 0
  %encoder.layers.encoder_layer_1.self_attention.softmax.sum = getelementptr inbounds i8, ptr %3, i64 %297
  %298 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace84 = load ptr, ptr %298, align 8
  %299 = icmp ne ptr %trace84, null
  br i1 %299, label %trace85, label %302

trace85:                                          ; preds = %293
  %300 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %301 = load ptr, ptr %300, align 8
  call void %trace84(ptr %301, i32 21, i32 0)
  br label %302

302:                                              ; preds = %trace85, %293
  call void @vitc_k11(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_1.self_attention.softmax.max, ptr %encoder.layers.encoder_layer_1.self_attention.scores, ptr %encoder.layers.encoder_layer_1.self_attention.softmax.sum)
  %303 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace86 = load ptr, ptr %303, align 8
  %304 = icmp ne ptr %trace86, null
  br i1 %304, label %trace87, label %307

trace87:                                          ; preds = %302
  %305 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %306 = load ptr, ptr %305, align 8
  call void %trace86(ptr %306, i32 21, i32 1)
  br label %307

307:                                              ; preds = %trace87, %302
  %308 = mul i64 16576, %4
  %309 = add i64 %308, 0
  %encoder.layers.encoder_layer_1.self_attention.ctx = getelementptr inbounds i8, ptr %3, i64 %309
  %310 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace88 = load ptr, ptr %310, align 8
  %311 = icmp ne ptr %trace88, null
  br i1 %311, label %trace89, label %314

trace89:                                          ; preds = %307
  %312 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %313 = load ptr, ptr %312, align 8
  call void %trace88(ptr %313, i32 22, i32 0)
  br label %314

314:                                              ; preds = %trace89, %307
  call void @vitc_k12(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_1.self_attention.ctx, ptr %encoder.layers.encoder_layer_1.self_attention.scores, ptr %encoder.layers.encoder_layer_1.self_attention.qkv)
  %315 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace90 = load ptr, ptr %315, align 8
  %316 = icmp ne ptr %trace90, null
  br i1 %316, label %trace91, label %319

trace91:                                          ; preds = %314
  %317 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %318 = load ptr, ptr %317, align 8
  call void %trace90(ptr %318, i32 22, i32 1)
  br label %319

319:                                              ; preds = %trace91, %314
  %320 = mul i64 6528, %4
  %321 = add i64 %320, 0
  %encoder.layers.encoder_layer_1.add_0 = getelementptr inbounds i8, ptr %3, i64 %321
  %322 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace92 = load ptr, ptr %322, align 8
  %323 = icmp ne ptr %trace92, null
  br i1 %323, label %trace93, label %326

trace93:                                          ; preds = %319
  %324 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %325 = load ptr, ptr %324, align 8
  call void %trace92(ptr %325, i32 23, i32 0)
  br label %326

326:                                              ; preds = %trace93, %319
  call void @vitc_k13(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_1.add_0, ptr %encoder.layers.encoder_layer_1.self_attention.ctx, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 144960), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 154176), ptr %encoder.layers.encoder_layer_0.add_1)
  %327 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace94 = load ptr, ptr %327, align 8
  %328 = icmp ne ptr %trace94, null
  br i1 %328, label %trace95, label %331

trace95:                                          ; preds = %326
  %329 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %330 = load ptr, ptr %329, align 8
  call void %trace94(ptr %330, i32 23, i32 1)
  br label %331

331:                                              ; preds = %trace95, %326
  %332 = mul i64 0, %4
  %333 = add i64 %332, 0
  %encoder.layers.encoder_layer_1.ln_2.max = getelementptr inbounds i8, ptr %3, i64 %333
  %334 = mul i64 128, %4
  %335 = add i64 %334, 0
  %encoder.layers.encoder_layer_1.ln_2.scale = getelementptr inbounds i8, ptr %3, i64 %335
  %336 = mul i64 256, %4
  %337 = add i64 %336, 0
  %encoder.layers.encoder_layer_1.ln_2.sum = getelementptr inbounds i8, ptr %3, i64 %337
  %338 = mul i64 384, %4
  %339 = add i64 %338, 0
  %encoder.layers.encoder_layer_1.ln_2.mean = getelementptr inbounds i8, ptr %3, i64 %339
  %340 = mul i64 512, %4
  %341 = add i64 %340, 0
  %encoder.layers.encoder_layer_1.ln_2.var = getelementptr inbounds i8, ptr %3, i64 %341
  %342 = mul i64 640, %4
  %343 = add i64 %342, 0
  %encoder.layers.encoder_layer_1.ln_2.rstd = getelementptr inbounds i8, ptr %3, i64 %343
  %344 = mul i64 9792, %4
  %345 = add i64 %344, 0
  %encoder.layers.encoder_layer_1.ln_2 = getelementptr inbounds i8, ptr %3, i64 %345
  %346 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace96 = load ptr, ptr %346, align 8
  %347 = icmp ne ptr %trace96, null
  br i1 %347, label %trace97, label %350

trace97:                                          ; preds = %331
  %348 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %349 = load ptr, ptr %348, align 8
  call void %trace96(ptr %349, i32 24, i32 0)
  br label %350

350:                                              ; preds = %trace97, %331
  call void @vitc_k7(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_1.ln_2.max, ptr %encoder.layers.encoder_layer_1.add_0, ptr %encoder.layers.encoder_layer_1.ln_2.scale, ptr %encoder.layers.encoder_layer_1.ln_2.sum, ptr %encoder.layers.encoder_layer_1.ln_2.mean, ptr %encoder.layers.encoder_layer_1.ln_2.var, ptr %encoder.layers.encoder_layer_1.ln_2.rstd, ptr %encoder.layers.encoder_layer_1.ln_2, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 154368), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 154560))
  %351 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace98 = load ptr, ptr %351, align 8
  %352 = icmp ne ptr %trace98, null
  br i1 %352, label %trace99, label %355

trace99:                                          ; preds = %350
  %353 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %354 = load ptr, ptr %353, align 8
  call void %trace98(ptr %354, i32 24, i32 1)
  br label %355

355:                                              ; preds = %trace99, %350
  %356 = mul i64 0, %4
  %357 = add i64 %356, 0
  %encoder.layers.encoder_layer_1.mlp.1 = getelementptr inbounds i8, ptr %3, i64 %357
  %358 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace100 = load ptr, ptr %358, align 8
  %359 = icmp ne ptr %trace100, null
  br i1 %359, label %trace101, label %362

trace101:                                         ; preds = %355
  %360 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %361 = load ptr, ptr %360, align 8
  call void %trace100(ptr %361, i32 25, i32 0)
  br label %362

362:                                              ; preds = %trace101, %355
  call void @vitc_k15(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_1.mlp.1, ptr %encoder.layers.encoder_layer_1.ln_2, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 154752), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 173184))
  %363 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace102 = load ptr, ptr %363, align 8
  %364 = icmp ne ptr %trace102, null
  br i1 %364, label %trace103, label %367

trace103:                                         ; preds = %362
  %365 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %366 = load ptr, ptr %365, align 8
  call void %trace102(ptr %366, i32 25, i32 1)
  br label %367

367:                                              ; preds = %trace103, %362
  %368 = mul i64 9792, %4
  %369 = add i64 %368, 0
  %encoder.layers.encoder_layer_1.add_1 = getelementptr inbounds i8, ptr %3, i64 %369
  %370 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace104 = load ptr, ptr %370, align 8
  %371 = icmp ne ptr %trace104, null
  br i1 %371, label %trace105, label %374

trace105:                                         ; preds = %367
  %372 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %373 = load ptr, ptr %372, align 8
  call void %trace104(ptr %373, i32 26, i32 0)
  br label %374

374:                                              ; preds = %trace105, %367
  call void @vitc_k16(ptr %0, i64 %4, ptr %encoder.layers.encoder_layer_1.add_1, ptr %encoder.layers.encoder_layer_1.mlp.1, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 173568), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 192000), ptr %encoder.layers.encoder_layer_1.add_0)
  %375 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace106 = load ptr, ptr %375, align 8
  %376 = icmp ne ptr %trace106, null
  br i1 %376, label %trace107, label %379

trace107:                                         ; preds = %374
  %377 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %378 = load ptr, ptr %377, align 8
  call void %trace106(ptr %378, i32 26, i32 1)
  br label %379

379:                                              ; preds = %trace107, %374
  %380 = mul i64 3264, %4
  %381 = add i64 %380, 0
  %encoder.ln.max = getelementptr inbounds i8, ptr %3, i64 %381
  %382 = mul i64 3392, %4
  %383 = add i64 %382, 0
  %encoder.ln.scale = getelementptr inbounds i8, ptr %3, i64 %383
  %384 = mul i64 3520, %4
  %385 = add i64 %384, 0
  %encoder.ln.sum = getelementptr inbounds i8, ptr %3, i64 %385
  %386 = mul i64 3648, %4
  %387 = add i64 %386, 0
  %encoder.ln.mean = getelementptr inbounds i8, ptr %3, i64 %387
  %388 = mul i64 3776, %4
  %389 = add i64 %388, 0
  %encoder.ln.var = getelementptr inbounds i8, ptr %3, i64 %389
  %390 = mul i64 3904, %4
  %391 = add i64 %390, 0
  %encoder.ln.rstd = getelementptr inbounds i8, ptr %3, i64 %391
  %392 = mul i64 0, %4
  %393 = add i64 %392, 0
  %encoder.ln = getelementptr inbounds i8, ptr %3, i64 %393
  %394 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace108 = load ptr, ptr %394, align 8
  %395 = icmp ne ptr %trace108, null
  br i1 %395, label %trace109, label %398

trace109:                                         ; preds = %379
  %396 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %397 = load ptr, ptr %396, align 8
  call void %trace108(ptr %397, i32 27, i32 0)
  br label %398

398:                                              ; preds = %trace109, %379
  call void @vitc_k7(ptr %0, i64 %4, ptr %encoder.ln.max, ptr %encoder.layers.encoder_layer_1.add_1, ptr %encoder.ln.scale, ptr %encoder.ln.sum, ptr %encoder.ln.mean, ptr %encoder.ln.var, ptr %encoder.ln.rstd, ptr %encoder.ln, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 192192), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 192384))
  %399 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace110 = load ptr, ptr %399, align 8
  %400 = icmp ne ptr %trace110, null
  br i1 %400, label %trace111, label %403

trace111:                                         ; preds = %398
  %401 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %402 = load ptr, ptr %401, align 8
  call void %trace110(ptr %402, i32 27, i32 1)
  br label %403

403:                                              ; preds = %trace111, %398
  %404 = mul i64 3264, %4
  %405 = add i64 %404, 0
  %select_0 = getelementptr inbounds i8, ptr %3, i64 %405
  %406 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace112 = load ptr, ptr %406, align 8
  %407 = icmp ne ptr %trace112, null
  br i1 %407, label %trace113, label %410

trace113:                                         ; preds = %403
  %408 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %409 = load ptr, ptr %408, align 8
  call void %trace112(ptr %409, i32 28, i32 0)
  br label %410

410:                                              ; preds = %trace113, %403
  call void @vitc_k28(ptr %0, i64 %4, ptr %select_0, ptr %encoder.ln)
  %411 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace114 = load ptr, ptr %411, align 8
  %412 = icmp ne ptr %trace114, null
  br i1 %412, label %trace115, label %415

trace115:                                         ; preds = %410
  %413 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %414 = load ptr, ptr %413, align 8
  call void %trace114(ptr %414, i32 28, i32 1)
  br label %415

415:                                              ; preds = %trace115, %410
  %416 = getelementptr inbounds ptr, ptr %2, i64 0
  %heads.head = load ptr, ptr %416, align 8
  %417 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace116 = load ptr, ptr %417, align 8
  %418 = icmp ne ptr %trace116, null
  br i1 %418, label %trace117, label %421

trace117:                                         ; preds = %415
  %419 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %420 = load ptr, ptr %419, align 8
  call void %trace116(ptr %420, i32 29, i32 0)
  br label %421

421:                                              ; preds = %trace117, %415
  call void @vitc_k29(ptr %0, i64 %4, ptr %heads.head, ptr %select_0, ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 192576), ptr getelementptr inbounds (i8, ptr @vitc_weights, i64 194496))
  %422 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 4
  %trace118 = load ptr, ptr %422, align 8
  %423 = icmp ne ptr %trace118, null
  br i1 %423, label %trace119, label %426

trace119:                                         ; preds = %421
  %424 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 3
  %425 = load ptr, ptr %424, align 8
  call void %trace118(ptr %425, i32 29, i32 1)
  br label %426

426:                                              ; preds = %trace119, %421
  ret i32 0
}

attributes #0 = { nounwind }
attributes #1 = { nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
; part 1: conv_proj.im2col
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k0(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3) #0 {
entry:
  %4 = sub nsw i64 %1, 1
  %5 = icmp sle i64 0, %4
  br i1 %5, label %loop, label %endloop

loop:                                             ; preds = %endloop2, %entry
  %c0 = phi i64 [ 0, %entry ], [ %6, %endloop2 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop2, %entry
  ret void

loop1:                                            ; preds = %endloop4, %loop
  %c1 = phi i64 [ 0, %loop ], [ %8, %endloop4 ]
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %loop
  %6 = add nsw i64 %c0, 1
  %7 = icmp sle i64 %6, %4
  br i1 %7, label %loop, label %endloop

loop3:                                            ; preds = %endloop6, %loop1
  %c2 = phi i64 [ 0, %loop1 ], [ %10, %endloop6 ]
  br i1 true, label %loop5, label %endloop6

endloop4:                                         ; preds = %endloop6, %loop1
  %8 = add nsw i64 %c1, 1
  %9 = icmp sle i64 %8, 3
  br i1 %9, label %loop1, label %endloop2

loop5:                                            ; preds = %endloop8, %loop3
  %c3 = phi i64 [ 0, %loop3 ], [ %12, %endloop8 ]
  br i1 true, label %loop7, label %endloop8

endloop6:                                         ; preds = %endloop8, %loop3
  %10 = add nsw i64 %c2, 1
  %11 = icmp sle i64 %10, 3
  br i1 %11, label %loop3, label %endloop4

loop7:                                            ; preds = %endloop10, %loop5
  %c4 = phi i64 [ 0, %loop5 ], [ %39, %endloop10 ]
  br i1 true, label %loop9, label %endloop10

endloop8:                                         ; preds = %endloop10, %loop5
  %12 = add nsw i64 %c3, 1
  %13 = icmp sle i64 %12, 2
  br i1 %13, label %loop5, label %endloop6

loop9:                                            ; preds = %loop9, %loop7
  %c5 = phi i64 [ 0, %loop7 ], [ %37, %loop9 ]
  %14 = mul nsw i64 %c0, 3072
  %15 = mul nsw i64 %c1, 256
  %16 = add nsw i64 %14, %15
  %17 = mul nsw i64 %c2, 8
  %18 = add nsw i64 %16, %17
  %19 = mul nsw i64 %c3, 1024
  %20 = add nsw i64 %18, %19
  %21 = mul nsw i64 %c4, 32
  %22 = add nsw i64 %20, %21
  %23 = add nsw i64 %22, %c5
  %24 = getelementptr inbounds float, ptr %3, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = mul nsw i64 %c0, 3072
  %27 = mul nsw i64 %c1, 768
  %28 = add nsw i64 %26, %27
  %29 = mul nsw i64 %c2, 192
  %30 = add nsw i64 %28, %29
  %31 = mul nsw i64 %c3, 64
  %32 = add nsw i64 %30, %31
  %33 = mul nsw i64 %c4, 8
  %34 = add nsw i64 %32, %33
  %35 = add nsw i64 %34, %c5
  %36 = getelementptr inbounds float, ptr %2, i64 %35
  store float %25, ptr %36, align 4
  %37 = add nsw i64 %c5, 1
  %38 = icmp sle i64 %37, 7
  br i1 %38, label %loop9, label %endloop10, !llvm.loop !0

endloop10:                                        ; preds = %loop9, %loop7
  %39 = add nsw i64 %c4, 1
  %40 = icmp sle i64 %39, 7
  br i1 %40, label %loop7, label %endloop8
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
; part 2: conv_proj.gemm
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k1(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3, ptr noalias %4, ptr noalias %5) #0 {
entry:
  %closure = alloca { ptr, ptr, ptr, ptr, ptr, i64, i64 }, align 8
  %6 = sub nsw i64 %1, 1
  %7 = icmp sle i64 0, %6
  br i1 %7, label %loop, label %endloop

loop:                                             ; preds = %endpar, %entry
  %c0 = phi i64 [ 0, %entry ], [ %17, %endpar ]
  br i1 true, label %par, label %endpar

endloop:                                          ; preds = %endpar, %entry
  ret void

par:                                              ; preds = %loop
  %8 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 0
  store ptr %2, ptr %8, align 8
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 1
  store ptr %3, ptr %9, align 8
  %10 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 2
  store ptr %4, ptr %10, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 3
  store ptr %5, ptr %11, align 8
  %12 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 4
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 5
  store i64 %1, ptr %13, align 8
  %14 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 6
  store i64 %c0, ptr %14, align 8
  %15 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 0
  %pool = load ptr, ptr %15, align 8
  %16 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 2
  %parallel_for = load ptr, ptr %16, align 8
  call void %parallel_for(ptr %pool, i64 4, ptr @vitc_k1_par0, ptr %closure)
  br label %endpar

endpar:                                           ; preds = %par, %loop
  %17 = add nsw i64 %c0, 1
  %18 = icmp sle i64 %17, %6
  br i1 %18, label %loop, label %endloop
}

; Function Attrs: alwaysinline nounwind
define internal void @vitc_k1_par0_body(ptr noalias %0, ptr noalias %1, ptr noalias %2, ptr noalias %3, ptr %4, i64 %5, i64 %6, i64 %7, i64 %8) #1 {
entry:
  %9 = mul nsw i64 %7, 1
  %10 = add nsw i64 0, %9
  %11 = sub nsw i64 %8, 1
  %12 = mul nsw i64 %11, 1
  %13 = add nsw i64 0, %12
  %14 = icmp sle i64 %10, %13
  br i1 %14, label %loop, label %endloop

loop:                                             ; preds = %endloop2, %entry
  %c2 = phi i64 [ %10, %entry ], [ %315, %endloop2 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop2, %entry
  ret void

loop1:                                            ; preds = %endloop4, %loop
  %c3 = phi i64 [ 0, %loop ], [ %623, %endloop4 ]
  %15 = mul nsw i64 4, %c2
  %16 = add nsw i64 %15, 0
  %17 = mul nsw i64 %6, 3072
  %18 = mul nsw i64 %15, 192
  %19 = add nsw i64 %17, %18
  %20 = getelementptr inbounds float, ptr %1, i64 %19
  %21 = load float, ptr %20, align 4
  %22 = insertelement <8 x float> undef, float %21, i32 0
  %23 = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = mul nsw i64 %c3, 4608
  %25 = getelementptr inbounds float, ptr %2, i64 %24
  %26 = load <8 x float>, ptr %25, align 4
  %27 = mul nsw i64 %c3, 24
  %28 = getelementptr inbounds float, ptr %3, i64 %27
  %29 = load <8 x float>, ptr %28, align 4
  %30 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %23, <8 x float> %26, <8 x float> %29)
  %31 = mul nsw i64 %6, 768
  %32 = mul nsw i64 %15, 48
  %33 = add nsw i64 %31, %32
  %34 = mul nsw i64 %c3, 24
  %35 = add nsw i64 %33, %34
  %36 = getelementptr inbounds float, ptr %0, i64 %35
  store <8 x float> %30, ptr %36, align 4
  %37 = mul nsw i64 4, %c2
  %38 = add nsw i64 %37, 0
  %39 = mul nsw i64 %6, 3072
  %40 = mul nsw i64 %37, 192
  %41 = add nsw i64 %39, %40
  %42 = getelementptr inbounds float, ptr %1, i64 %41
  %43 = load float, ptr %42, align 4
  %44 = insertelement <8 x float> undef, float %43, i32 0
  %45 = shufflevector <8 x float> %44, <8 x float> undef, <8 x i32> zeroinitializer
  %46 = mul nsw i64 %c3, 4608
  %47 = add nsw i64 %46, 8
  %48 = getelementptr inbounds float, ptr %2, i64 %47
  %49 = load <8 x float>, ptr %48, align 4
  %50 = mul nsw i64 %c3, 24
  %51 = add nsw i64 %50, 8
  %52 = getelementptr inbounds float, ptr %3, i64 %51
  %53 = load <8 x float>, ptr %52, align 4
  %54 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %45, <8 x float> %49, <8 x float> %53)
  %55 = mul nsw i64 %6, 768
  %56 = mul nsw i64 %37, 48
  %57 = add nsw i64 %55, %56
  %58 = mul nsw i64 %c3, 24
  %59 = add nsw i64 %57, %58
  %60 = add nsw i64 %59, 8
  %61 = getelementptr inbounds float, ptr %0, i64 %60
  store <8 x float> %54, ptr %61, align 4
  %62 = mul nsw i64 4, %c2
  %63 = add nsw i64 %62, 0
  %64 = mul nsw i64 %6, 3072
  %65 = mul nsw i64 %62, 192
  %66 = add nsw i64 %64, %65
  %67 = getelementptr inbounds float, ptr %1, i64 %66
  %68 = load float, ptr %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %70 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  %71 = mul nsw i64 %c3, 4608
  %72 = add nsw i64 %71, 16
  %73 = getelementptr inbounds float, ptr %2, i64 %72
  %74 = load <8 x float>, ptr %73, align 4
  %75 = mul nsw i64 %c3, 24
  %76 = add nsw i64 %75, 16
  %77 = getelementptr inbounds float, ptr %3, i64 %76
  %78 = load <8 x float>, ptr %77, align 4
  %79 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %70, <8 x float> %74, <8 x float> %78)
  %80 = mul nsw i64 %6, 768
  %81 = mul nsw i64 %62, 48
  %82 = add nsw i64 %80, %81
  %83 = mul nsw i64 %c3, 24
  %84 = add nsw i64 %82, %83
  %85 = add nsw i64 %84, 16
  %86 = getelementptr inbounds float, ptr %0, i64 %85
  store <8 x float> %79, ptr %86, align 4
  %87 = mul nsw i64 4, %c2
  %88 = add nsw i64 %87, 1
  %89 = mul nsw i64 %6, 3072
  %90 = mul nsw i64 %87, 192
  %91 = add nsw i64 %89, %90
  %92 = add nsw i64 %91, 192
  %93 = getelementptr inbounds float, ptr %1, i64 %92
  %94 = load float, ptr %93, align 4
  %95 = insertelement <8 x float> undef, float %94, i32 0
  %96 = shufflevector <8 x float> %95, <8 x float> undef, <8 x i32> zeroinitializer
  %97 = mul nsw i64 %c3, 4608
  %98 = getelementptr inbounds float, ptr %2, i64 %97
  %99 = load <8 x float>, ptr %98, align 4
  %100 = mul nsw i64 %c3, 24
  %101 = getelementptr inbounds float, ptr %3, i64 %100
  %102 = load <8 x float>, ptr %101, align 4
  %103 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %96, <8 x float> %99, <8 x float> %102)
  %104 = mul nsw i64 %6, 768
  %105 = mul nsw i64 %87, 48
  %106 = add nsw i64 %104, %105
  %107 = mul nsw i64 %c3, 24
  %108 = add nsw i64 %106, %107
  %109 = add nsw i64 %108, 48
  %110 = getelementptr inbounds float, ptr %0, i64 %109
  store <8 x float> %103, ptr %110, align 4
  %111 = mul nsw i64 4, %c2
  %112 = add nsw i64 %111, 1
  %113 = mul nsw i64 %6, 3072
  %114 = mul nsw i64 %111, 192
  %115 = add nsw i64 %113, %114
  %116 = add nsw i64 %115, 192
  %117 = getelementptr inbounds float, ptr %1, i64 %116
  %118 = load float, ptr %117, align 4
  %119 = insertelement <8 x float> undef, float %118, i32 0
  %120 = shufflevector <8 x float> %119, <8 x float> undef, <8 x i32> zeroinitializer
  %121 = mul nsw i64 %c3, 4608
  %122 = add nsw i64 %121, 8
  %123 = getelementptr inbounds float, ptr %2, i64 %122
  %124 = load <8 x float>, ptr %123, align 4
  %125 = mul nsw i64 %c3, 24
  %126 = add nsw i64 %125, 8
  %127 = getelementptr inbounds float, ptr %3, i64 %126
  %128 = load <8 x float>, ptr %127, align 4
  %129 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %120, <8 x float> %124, <8 x float> %128)
  %130 = mul nsw i64 %6, 768
  %131 = mul nsw i64 %111, 48
  %132 = add nsw i64 %130, %131
  %133 = mul nsw i64 %c3, 24
  %134 = add nsw i64 %132, %133
  %135 = add nsw i64 %134, 56
  %136 = getelementptr inbounds float, ptr %0, i64 %135
  store <8 x float> %129, ptr %136, align 4
  %137 = mul nsw i64 4, %c2
  %138 = add nsw i64 %137, 1
  %139 = mul nsw i64 %6, 3072
  %140 = mul nsw i64 %137, 192
  %141 = add nsw i64 %139, %140
  %142 = add nsw i64 %141, 192
  %143 = getelementptr inbounds float, ptr %1, i64 %142
  %144 = load float, ptr %143, align 4
  %145 = insertelement <8 x float> undef, float %144, i32 0
  %146 = shufflevector <8 x float> %145, <8 x float> undef, <8 x i32> zeroinitializer
  %147 = mul nsw i64 %c3, 4608
  %148 = add nsw i64 %147, 16
  %149 = getelementptr inbounds float, ptr %2, i64 %148
  %150 = load <8 x float>, ptr %149, align 4
  %151 = mul nsw i64 %c3, 24
  %152 = add nsw i64 %151, 16
  %153 = getelementptr inbounds float, ptr %3, i64 %152
  %154 = load <8 x float>, ptr %153, align 4
  %155 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %146, <8 x float> %150, <8 x float> %154)
  %156 = mul nsw i64 %6, 768
  %157 = mul nsw i64 %137, 48
  %158 = add nsw i64 %156, %157
  %159 = mul nsw i64 %c3, 24
  %160 = add nsw i64 %158, %159
  %161 = add nsw i64 %160, 64
  %162 = getelementptr inbounds float, ptr %0, i64 %161
  store <8 x float> %155, ptr %162, align 4
  %163 = mul nsw i64 4, %c2
  %164 = add nsw i64 %163, 2
  %165 = mul nsw i64 %6, 3072
  %166 = mul nsw i64 %163, 192
  %167 = add nsw i64 %165, %166
  %168 = add nsw i64 %167, 384
  %169 = getelementptr inbounds float, ptr %1, i64 %168
  %170 = load float, ptr %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %172 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %173 = mul nsw i64 %c3, 4608
  %174 = getelementptr inbounds float, ptr %2, i64 %173
  %175 = load <8 x float>, ptr %174, align 4
  %176 = mul nsw i64 %c3, 24
  %177 = getelementptr inbounds float, ptr %3, i64 %176
  %178 = load <8 x float>, ptr %177, align 4
  %179 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %172, <8 x float> %175, <8 x float> %178)
  %180 = mul nsw i64 %6, 768
  %181 = mul nsw i64 %163, 48
  %182 = add nsw i64 %180, %181
  %183 = mul nsw i64 %c3, 24
  %184 = add nsw i64 %182, %183
  %185 = add nsw i64 %184, 96
  %186 = getelementptr inbounds float, ptr %0, i64 %185
  store <8 x float> %179, ptr %186, align 4
  %187 = mul nsw i64 4, %c2
  %188 = add nsw i64 %187, 2
  %189 = mul nsw i64 %6, 3072
  %190 = mul nsw i64 %187, 192
  %191 = add nsw i64 %189, %190
  %192 = add nsw i64 %191, 384
  %193 = getelementptr inbounds float, ptr %1, i64 %192
  %194 = load float, ptr %193, align 4
  %195 = insertelement <8 x float> undef, float %194, i32 0
  %196 = shufflevector <8 x float> %195, <8 x float> undef, <8 x i32> zeroinitializer
  %197 = mul nsw i64 %c3, 4608
  %198 = add nsw i64 %197, 8
  %199 = getelementptr inbounds float, ptr %2, i64 %198
  %200 = load <8 x float>, ptr %199, align 4
  %201 = mul nsw i64 %c3, 24
  %202 = add nsw i64 %201, 8
  %203 = getelementptr inbounds float, ptr %3, i64 %202
  %204 = load <8 x float>, ptr %203, align 4
  %205 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %196, <8 x float> %200, <8 x float> %204)
  %206 = mul nsw i64 %6, 768
  %207 = mul nsw i64 %187, 48
  %208 = add nsw i64 %206, %207
  %209 = mul nsw i64 %c3, 24
  %210 = add nsw i64 %208, %209
  %211 = add nsw i64 %210, 104
  %212 = getelementptr inbounds float, ptr %0, i64 %211
  store <8 x float> %205, ptr %212, align 4
  %213 = mul nsw i64 4, %c2
  %214 = add nsw i64 %213, 2
  %215 = mul nsw i64 %6, 3072
  %216 = mul nsw i64 %213, 192
  %217 = add nsw i64 %215, %216
  %218 = add nsw i64 %217, 384
  %219 = getelementptr inbounds float, ptr %1, i64 %218
  %220 = load float, ptr %219, align 4
  %221 = insertelement <8 x float> undef, float %220, i32 0
  %222 = shufflevector <8 x float> %221, <8 x float> undef, <8 x i32> zeroinitializer
  %223 = mul nsw i64 %c3, 4608
  %224 = add nsw i64 %223, 16
  %225 = getelementptr inbounds float, ptr %2, i64 %224
  %226 = load <8 x float>, ptr %225, align 4
  %227 = mul nsw i64 %c3, 24
  %228 = add nsw i64 %227, 16
  %229 = getelementptr inbounds float, ptr %3, i64 %228
  %230 = load <8 x float>, ptr %229, align 4
  %231 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %222, <8 x float> %226, <8 x float> %230)
  %232 = mul nsw i64 %6, 768
  %233 = mul nsw i64 %213, 48
  %234 = add nsw i64 %232, %233
  %235 = mul nsw i64 %c3, 24
  %236 = add nsw i64 %234, %235
  %237 = add nsw i64 %236, 112
  %238 = getelementptr inbounds float, ptr %0, i64 %237
  store <8 x float> %231, ptr %238, align 4
  %239 = mul nsw i64 4, %c2
  %240 = add nsw i64 %239, 3
  %241 = mul nsw i64 %6, 3072
  %242 = mul nsw i64 %239, 192
  %243 = add nsw i64 %241, %242
  %244 = add nsw i64 %243, 576
  %245 = getelementptr inbounds float, ptr %1, i64 %244
  %246 = load float, ptr %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %248 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %249 = mul nsw i64 %c3, 4608
  %250 = getelementptr inbounds float, ptr %2, i64 %249
  %251 = load <8 x float>, ptr %250, align 4
  %252 = mul nsw i64 %c3, 24
  %253 = getelementptr inbounds float, ptr %3, i64 %252
  %254 = load <8 x float>, ptr %253, align 4
  %255 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %248, <8 x float> %251, <8 x float> %254)
  %256 = mul nsw i64 %6, 768
  %257 = mul nsw i64 %239, 48
  %258 = add nsw i64 %256, %257
  %259 = mul nsw i64 %c3, 24
  %260 = add nsw i64 %258, %259
  %261 = add nsw i64 %260, 144
  %262 = getelementptr inbounds float, ptr %0, i64 %261
  store <8 x float> %255, ptr %262, align 4
  %263 = mul nsw i64 4, %c2
  %264 = add nsw i64 %263, 3
  %265 = mul nsw i64 %6, 3072
  %266 = mul nsw i64 %263, 192
  %267 = add nsw i64 %265, %266
  %268 = add nsw i64 %267, 576
  %269 = getelementptr inbounds float, ptr %1, i64 %268
  %270 = load float, ptr %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %272 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %273 = mul nsw i64 %c3, 4608
  %274 = add nsw i64 %273, 8
  %275 = getelementptr inbounds float, ptr %2, i64 %274
  %276 = load <8 x float>, ptr %275, align 4
  %277 = mul nsw i64 %c3, 24
  %278 = add nsw i64 %277, 8
  %279 = getelementptr inbounds float, ptr %3, i64 %278
  %280 = load <8 x float>, ptr %279, align 4
  %281 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %272, <8 x float> %276, <8 x float> %280)
  %282 = mul nsw i64 %6, 768
  %283 = mul nsw i64 %263, 48
  %284 = add nsw i64 %282, %283
  %285 = mul nsw i64 %c3, 24
  %286 = add nsw i64 %284, %285
  %287 = add nsw i64 %286, 152
  %288 = getelementptr inbounds float, ptr %0, i64 %287
  store <8 x float> %281, ptr %288, align 4
  %289 = mul nsw i64 4, %c2
  %290 = add nsw i64 %289, 3
  %291 = mul nsw i64 %6, 3072
  %292 = mul nsw i64 %289, 192
  %293 = add nsw i64 %291, %292
  %294 = add nsw i64 %293, 576
  %295 = getelementptr inbounds float, ptr %1, i64 %294
  %296 = load float, ptr %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %298 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %299 = mul nsw i64 %c3, 4608
  %300 = add nsw i64 %299, 16
  %301 = getelementptr inbounds float, ptr %2, i64 %300
  %302 = load <8 x float>, ptr %301, align 4
  %303 = mul nsw i64 %c3, 24
  %304 = add nsw i64 %303, 16
  %305 = getelementptr inbounds float, ptr %3, i64 %304
  %306 = load <8 x float>, ptr %305, align 4
  %307 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %298, <8 x float> %302, <8 x float> %306)
  %308 = mul nsw i64 %6, 768
  %309 = mul nsw i64 %289, 48
  %310 = add nsw i64 %308, %309
  %311 = mul nsw i64 %c3, 24
  %312 = add nsw i64 %310, %311
  %313 = add nsw i64 %312, 160
  %314 = getelementptr inbounds float, ptr %0, i64 %313
  store <8 x float> %307, ptr %314, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %loop
  %315 = add nsw i64 %c2, 1
  %316 = icmp sle i64 %315, %13
  br i1 %316, label %loop, label %endloop

loop3:                                            ; preds = %loop3, %loop1
  %c4 = phi i64 [ 1, %loop1 ], [ %621, %loop3 ]
  %317 = mul nsw i64 4, %c2
  %318 = add nsw i64 %317, 0
  %319 = mul nsw i64 %6, 3072
  %320 = mul nsw i64 %317, 192
  %321 = add nsw i64 %319, %320
  %322 = add nsw i64 %321, %c4
  %323 = getelementptr inbounds float, ptr %1, i64 %322
  %324 = load float, ptr %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %326 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = mul nsw i64 %c4, 24
  %328 = mul nsw i64 %c3, 4608
  %329 = add nsw i64 %327, %328
  %330 = getelementptr inbounds float, ptr %2, i64 %329
  %331 = load <8 x float>, ptr %330, align 4
  %332 = mul nsw i64 %6, 768
  %333 = mul nsw i64 %317, 48
  %334 = add nsw i64 %332, %333
  %335 = mul nsw i64 %c3, 24
  %336 = add nsw i64 %334, %335
  %337 = getelementptr inbounds float, ptr %0, i64 %336
  %338 = load <8 x float>, ptr %337, align 4
  %339 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %326, <8 x float> %331, <8 x float> %338)
  store <8 x float> %339, ptr %337, align 4
  %340 = mul nsw i64 4, %c2
  %341 = add nsw i64 %340, 0
  %342 = mul nsw i64 %6, 3072
  %343 = mul nsw i64 %340, 192
  %344 = add nsw i64 %342, %343
  %345 = add nsw i64 %344, %c4
  %346 = getelementptr inbounds float, ptr %1, i64 %345
  %347 = load float, ptr %346, align 4
  %348 = insertelement <8 x float> undef, float %347, i32 0
  %349 = shufflevector <8 x float> %348, <8 x float> undef, <8 x i32> zeroinitializer
  %350 = mul nsw i64 %c4, 24
  %351 = mul nsw i64 %c3, 4608
  %352 = add nsw i64 %350, %351
  %353 = add nsw i64 %352, 8
  %354 = getelementptr inbounds float, ptr %2, i64 %353
  %355 = load <8 x float>, ptr %354, align 4
  %356 = mul nsw i64 %6, 768
  %357 = mul nsw i64 %340, 48
  %358 = add nsw i64 %356, %357
  %359 = mul nsw i64 %c3, 24
  %360 = add nsw i64 %358, %359
  %361 = add nsw i64 %360, 8
  %362 = getelementptr inbounds float, ptr %0, i64 %361
  %363 = load <8 x float>, ptr %362, align 4
  %364 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %349, <8 x float> %355, <8 x float> %363)
  store <8 x float> %364, ptr %362, align 4
  %365 = mul nsw i64 4, %c2
  %366 = add nsw i64 %365, 0
  %367 = mul nsw i64 %6, 3072
  %368 = mul nsw i64 %365, 192
  %369 = add nsw i64 %367, %368
  %370 = add nsw i64 %369, %c4
  %371 = getelementptr inbounds float, ptr %1, i64 %370
  %372 = load float, ptr %371, align 4
  %373 = insertelement <8 x float> undef, float %372, i32 0
  %374 = shufflevector <8 x float> %373, <8 x float> undef, <8 x i32> zeroinitializer
  %375 = mul nsw i64 %c4, 24
  %376 = mul nsw i64 %c3, 4608
  %377 = add nsw i64 %375, %376
  %378 = add nsw i64 %377, 16
  %379 = getelementptr inbounds float, ptr %2, i64 %378
  %380 = load <8 x float>, ptr %379, align 4
  %381 = mul nsw i64 %6, 768
  %382 = mul nsw i64 %365, 48
  %383 = add nsw i64 %381, %382
  %384 = mul nsw i64 %c3, 24
  %385 = add nsw i64 %383, %384
  %386 = add nsw i64 %385, 16
  %387 = getelementptr inbounds float, ptr %0, i64 %386
  %388 = load <8 x float>, ptr %387, align 4
  %389 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %374, <8 x float> %380, <8 x float> %388)
  store <8 x float> %389, ptr %387, align 4
  %390 = mul nsw i64 4, %c2
  %391 = add nsw i64 %390, 1
  %392 = mul nsw i64 %6, 3072
  %393 = mul nsw i64 %390, 192
  %394 = add nsw i64 %392, %393
  %395 = add nsw i64 %394, %c4
  %396 = add nsw i64 %395, 192
  %397 = getelementptr inbounds float, ptr %1, i64 %396
  %398 = load float, ptr %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %400 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = mul nsw i64 %c4, 24
  %402 = mul nsw i64 %c3, 4608
  %403 = add nsw i64 %401, %402
  %404 = getelementptr inbounds float, ptr %2, i64 %403
  %405 = load <8 x float>, ptr %404, align 4
  %406 = mul nsw i64 %6, 768
  %407 = mul nsw i64 %390, 48
  %408 = add nsw i64 %406, %407
  %409 = mul nsw i64 %c3, 24
  %410 = add nsw i64 %408, %409
  %411 = add nsw i64 %410, 48
  %412 = getelementptr inbounds float, ptr %0, i64 %411
  %413 = load <8 x float>, ptr %412, align 4
  %414 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %400, <8 x float> %405, <8 x float> %413)
  store <8 x float> %414, ptr %412, align 4
  %415 = mul nsw i64 4, %c2
  %416 = add nsw i64 %415, 1
  %417 = mul nsw i64 %6, 3072
  %418 = mul nsw i64 %415, 192
  %419 = add nsw i64 %417, %418
  %420 = add nsw i64 %419, %c4
  %421 = add nsw i64 %420, 192
  %422 = getelementptr inbounds float, ptr %1, i64 %421
  %423 = load float, ptr %422, align 4
  %424 = insertelement <8 x float> undef, float %423, i32 0
  %425 = shufflevector <8 x float> %424, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = mul nsw i64 %c4, 24
  %427 = mul nsw i64 %c3, 4608
  %428 = add nsw i64 %426, %427
  %429 = add nsw i64 %428, 8
  %430 = getelementptr inbounds float, ptr %2, i64 %429
  %431 = load <8 x float>, ptr %430, align 4
  %432 = mul nsw i64 %6, 768
  %433 = mul nsw i64 %415, 48
  %434 = add nsw i64 %432, %433
  %435 = mul nsw i64 %c3, 24
  %436 = add nsw i64 %434, %435
  %437 = add nsw i64 %436, 56
  %438 = getelementptr inbounds float, ptr %0, i64 %437
  %439 = load <8 x float>, ptr %438, align 4
  %440 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %425, <8 x float> %431, <8 x float> %439)
  store <8 x float> %440, ptr %438, align 4
  %441 = mul nsw i64 4, %c2
  %442 = add nsw i64 %441, 1
  %443 = mul nsw i64 %6, 3072
  %444 = mul nsw i64 %441, 192
  %445 = add nsw i64 %443, %444
  %446 = add nsw i64 %445, %c4
  %447 = add nsw i64 %446, 192
  %448 = getelementptr inbounds float, ptr %1, i64 %447
  %449 = load float, ptr %448, align 4
  %450 = insertelement <8 x float> undef, float %449, i32 0
  %451 = shufflevector <8 x float> %450, <8 x float> undef, <8 x i32> zeroinitializer
  %452 = mul nsw i64 %c4, 24
  %453 = mul nsw i64 %c3, 4608
  %454 = add nsw i64 %452, %453
  %455 = add nsw i64 %454, 16
  %456 = getelementptr inbounds float, ptr %2, i64 %455
  %457 = load <8 x float>, ptr %456, align 4
  %458 = mul nsw i64 %6, 768
  %459 = mul nsw i64 %441, 48
  %460 = add nsw i64 %458, %459
  %461 = mul nsw i64 %c3, 24
  %462 = add nsw i64 %460, %461
  %463 = add nsw i64 %462, 64
  %464 = getelementptr inbounds float, ptr %0, i64 %463
  %465 = load <8 x float>, ptr %464, align 4
  %466 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %451, <8 x float> %457, <8 x float> %465)
  store <8 x float> %466, ptr %464, align 4
  %467 = mul nsw i64 4, %c2
  %468 = add nsw i64 %467, 2
  %469 = mul nsw i64 %6, 3072
  %470 = mul nsw i64 %467, 192
  %471 = add nsw i64 %469, %470
  %472 = add nsw i64 %471, %c4
  %473 = add nsw i64 %472, 384
  %474 = getelementptr inbounds float, ptr %1, i64 %473
  %475 = load float, ptr %474, align 4
  %476 = insertelement <8 x float> undef, float %475, i32 0
  %477 = shufflevector <8 x float> %476, <8 x float> undef, <8 x i32> zeroinitializer
  %478 = mul nsw i64 %c4, 24
  %479 = mul nsw i64 %c3, 4608
  %480 = add nsw i64 %478, %479
  %481 = getelementptr inbounds float, ptr %2, i64 %480
  %482 = load <8 x float>, ptr %481, align 4
  %483 = mul nsw i64 %6, 768
  %484 = mul nsw i64 %467, 48
  %485 = add nsw i64 %483, %484
  %486 = mul nsw i64 %c3, 24
  %487 = add nsw i64 %485, %486
  %488 = add nsw i64 %487, 96
  %489 = getelementptr inbounds float, ptr %0, i64 %488
  %490 = load <8 x float>, ptr %489, align 4
  %491 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %477, <8 x float> %482, <8 x float> %490)
  store <8 x float> %491, ptr %489, align 4
  %492 = mul nsw i64 4, %c2
  %493 = add nsw i64 %492, 2
  %494 = mul nsw i64 %6, 3072
  %495 = mul nsw i64 %492, 192
  %496 = add nsw i64 %494, %495
  %497 = add nsw i64 %496, %c4
  %498 = add nsw i64 %497, 384
  %499 = getelementptr inbounds float, ptr %1, i64 %498
  %500 = load float, ptr %499, align 4
  %501 = insertelement <8 x float> undef, float %500, i32 0
  %502 = shufflevector <8 x float> %501, <8 x float> undef, <8 x i32> zeroinitializer
  %503 = mul nsw i64 %c4, 24
  %504 = mul nsw i64 %c3, 4608
  %505 = add nsw i64 %503, %504
  %506 = add nsw i64 %505, 8
  %507 = getelementptr inbounds float, ptr %2, i64 %506
  %508 = load <8 x float>, ptr %507, align 4
  %509 = mul nsw i64 %6, 768
  %510 = mul nsw i64 %492, 48
  %511 = add nsw i64 %509, %510
  %512 = mul nsw i64 %c3, 24
  %513 = add nsw i64 %511, %512
  %514 = add nsw i64 %513, 104
  %515 = getelementptr inbounds float, ptr %0, i64 %514
  %516 = load <8 x float>, ptr %515, align 4
  %517 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %502, <8 x float> %508, <8 x float> %516)
  store <8 x float> %517, ptr %515, align 4
  %518 = mul nsw i64 4, %c2
  %519 = add nsw i64 %518, 2
  %520 = mul nsw i64 %6, 3072
  %521 = mul nsw i64 %518, 192
  %522 = add nsw i64 %520, %521
  %523 = add nsw i64 %522, %c4
  %524 = add nsw i64 %523, 384
  %525 = getelementptr inbounds float, ptr %1, i64 %524
  %526 = load float, ptr %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %528 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = mul nsw i64 %c4, 24
  %530 = mul nsw i64 %c3, 4608
  %531 = add nsw i64 %529, %530
  %532 = add nsw i64 %531, 16
  %533 = getelementptr inbounds float, ptr %2, i64 %532
  %534 = load <8 x float>, ptr %533, align 4
  %535 = mul nsw i64 %6, 768
  %536 = mul nsw i64 %518, 48
  %537 = add nsw i64 %535, %536
  %538 = mul nsw i64 %c3, 24
  %539 = add nsw i64 %537, %538
  %540 = add nsw i64 %539, 112
  %541 = getelementptr inbounds float, ptr %0, i64 %540
  %542 = load <8 x float>, ptr %541, align 4
  %543 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %528, <8 x float> %534, <8 x float> %542)
  store <8 x float> %543, ptr %541, align 4
  %544 = mul nsw i64 4, %c2
  %545 = add nsw i64 %544, 3
  %546 = mul nsw i64 %6, 3072
  %547 = mul nsw i64 %544, 192
  %548 = add nsw i64 %546, %547
  %549 = add nsw i64 %548, %c4
  %550 = add nsw i64 %549, 576
  %551 = getelementptr inbounds float, ptr %1, i64 %550
  %552 = load float, ptr %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %554 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %555 = mul nsw i64 %c4, 24
  %556 = mul nsw i64 %c3, 4608
  %557 = add nsw i64 %555, %556
  %558 = getelementptr inbounds float, ptr %2, i64 %557
  %559 = load <8 x float>, ptr %558, align 4
  %560 = mul nsw i64 %6, 768
  %561 = mul nsw i64 %544, 48
  %562 = add nsw i64 %560, %561
  %563 = mul nsw i64 %c3, 24
  %564 = add nsw i64 %562, %563
  %565 = add nsw i64 %564, 144
  %566 = getelementptr inbounds float, ptr %0, i64 %565
  %567 = load <8 x float>, ptr %566, align 4
  %568 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %554, <8 x float> %559, <8 x float> %567)
  store <8 x float> %568, ptr %566, align 4
  %569 = mul nsw i64 4, %c2
  %570 = add nsw i64 %569, 3
  %571 = mul nsw i64 %6, 3072
  %572 = mul nsw i64 %569, 192
  %573 = add nsw i64 %571, %572
  %574 = add nsw i64 %573, %c4
  %575 = add nsw i64 %574, 576
  %576 = getelementptr inbounds float, ptr %1, i64 %575
  %577 = load float, ptr %576, align 4
  %578 = insertelement <8 x float> undef, float %577, i32 0
  %579 = shufflevector <8 x float> %578, <8 x float> undef, <8 x i32> zeroinitializer
  %580 = mul nsw i64 %c4, 24
  %581 = mul nsw i64 %c3, 4608
  %582 = add nsw i64 %580, %581
  %583 = add nsw i64 %582, 8
  %584 = getelementptr inbounds float, ptr %2, i64 %583
  %585 = load <8 x float>, ptr %584, align 4
  %586 = mul nsw i64 %6, 768
  %587 = mul nsw i64 %569, 48
  %588 = add nsw i64 %586, %587
  %589 = mul nsw i64 %c3, 24
  %590 = add nsw i64 %588, %589
  %591 = add nsw i64 %590, 152
  %592 = getelementptr inbounds float, ptr %0, i64 %591
  %593 = load <8 x float>, ptr %592, align 4
  %594 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %579, <8 x float> %585, <8 x float> %593)
  store <8 x float> %594, ptr %592, align 4
  %595 = mul nsw i64 4, %c2
  %596 = add nsw i64 %595, 3
  %597 = mul nsw i64 %6, 3072
  %598 = mul nsw i64 %595, 192
  %599 = add nsw i64 %597, %598
  %600 = add nsw i64 %599, %c4
  %601 = add nsw i64 %600, 576
  %602 = getelementptr inbounds float, ptr %1, i64 %601
  %603 = load float, ptr %602, align 4
  %604 = insertelement <8 x float> undef, float %603, i32 0
  %605 = shufflevector <8 x float> %604, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = mul nsw i64 %c4, 24
  %607 = mul nsw i64 %c3, 4608
  %608 = add nsw i64 %606, %607
  %609 = add nsw i64 %608, 16
  %610 = getelementptr inbounds float, ptr %2, i64 %609
  %611 = load <8 x float>, ptr %610, align 4
  %612 = mul nsw i64 %6, 768
  %613 = mul nsw i64 %595, 48
  %614 = add nsw i64 %612, %613
  %615 = mul nsw i64 %c3, 24
  %616 = add nsw i64 %614, %615
  %617 = add nsw i64 %616, 160
  %618 = getelementptr inbounds float, ptr %0, i64 %617
  %619 = load <8 x float>, ptr %618, align 4
  %620 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %605, <8 x float> %611, <8 x float> %619)
  store <8 x float> %620, ptr %618, align 4
  %621 = add nsw i64 %c4, 1
  %622 = icmp sle i64 %621, 191
  br i1 %622, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %623 = add nsw i64 %c3, 1
  %624 = icmp sle i64 %623, 1
  br i1 %624, label %loop1, label %endloop2
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

; Function Attrs: nounwind
define internal void @vitc_k1_par0(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 2
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 3
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 4
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 5
  %14 = load i64, ptr %13, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 6
  %16 = load i64, ptr %15, align 8
  call void @vitc_k1_par0_body(ptr %4, ptr %6, ptr %8, ptr %10, ptr %12, i64 %14, i64 %16, i64 %1, i64 %2)
  ret void
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #1 = { alwaysinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
; part 3: conv_proj.nchw
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k2(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3) #0 {
entry:
  %4 = sub nsw i64 %1, 1
  %5 = icmp sle i64 0, %4
  br i1 %5, label %loop, label %endloop

loop:                                             ; preds = %endloop2, %entry
  %c0 = phi i64 [ 0, %entry ], [ %6, %endloop2 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop2, %entry
  ret void

loop1:                                            ; preds = %endloop4, %loop
  %c1 = phi i64 [ 0, %loop ], [ %8, %endloop4 ]
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %loop
  %6 = add nsw i64 %c0, 1
  %7 = icmp sle i64 %6, %4
  br i1 %7, label %loop, label %endloop

loop3:                                            ; preds = %endloop6, %loop1
  %c2 = phi i64 [ 0, %loop1 ], [ %27, %endloop6 ]
  br i1 true, label %loop5, label %endloop6

endloop4:                                         ; preds = %endloop6, %loop1
  %8 = add nsw i64 %c1, 1
  %9 = icmp sle i64 %8, 47
  br i1 %9, label %loop1, label %endloop2

loop5:                                            ; preds = %loop5, %loop3
  %c3 = phi i64 [ 0, %loop3 ], [ %25, %loop5 ]
  %10 = mul nsw i64 %c0, 768
  %11 = add nsw i64 %10, %c1
  %12 = mul nsw i64 %c2, 192
  %13 = add nsw i64 %11, %12
  %14 = mul nsw i64 %c3, 48
  %15 = add nsw i64 %13, %14
  %16 = getelementptr inbounds float, ptr %3, i64 %15
  %17 = load float, ptr %16, align 4
  %18 = mul nsw i64 %c0, 768
  %19 = mul nsw i64 %c1, 16
  %20 = add nsw i64 %18, %19
  %21 = mul nsw i64 %c2, 4
  %22 = add nsw i64 %20, %21
  %23 = add nsw i64 %22, %c3
  %24 = getelementptr inbounds float, ptr %2, i64 %23
  store float %17, ptr %24, align 4
  %25 = add nsw i64 %c3, 1
  %26 = icmp sle i64 %25, 3
  br i1 %26, label %loop5, label %endloop6, !llvm.loop !0

endloop6:                                         ; preds = %loop5, %loop3
  %27 = add nsw i64 %c2, 1
  %28 = icmp sle i64 %27, 3
  br i1 %28, label %loop3, label %endloop4
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
; part 4: transpose_0
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k3(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3) #0 {
entry:
  %4 = sub nsw i64 %1, 1
  %5 = icmp sle i64 0, %4
  br i1 %5, label %loop, label %endloop

loop:                                             ; preds = %endloop2, %entry
  %c0 = phi i64 [ 0, %entry ], [ %6, %endloop2 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop2, %entry
  ret void

loop1:                                            ; preds = %endloop4, %loop
  %c1 = phi i64 [ 0, %loop ], [ %21, %endloop4 ]
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %loop
  %6 = add nsw i64 %c0, 1
  %7 = icmp sle i64 %6, %4
  br i1 %7, label %loop, label %endloop

loop3:                                            ; preds = %loop3, %loop1
  %c2 = phi i64 [ 0, %loop1 ], [ %19, %loop3 ]
  %8 = mul nsw i64 %c0, 768
  %9 = add nsw i64 %8, %c1
  %10 = mul nsw i64 %c2, 16
  %11 = add nsw i64 %9, %10
  %12 = getelementptr inbounds float, ptr %3, i64 %11
  %13 = load float, ptr %12, align 4
  %14 = mul nsw i64 %c0, 768
  %15 = mul nsw i64 %c1, 48
  %16 = add nsw i64 %14, %15
  %17 = add nsw i64 %16, %c2
  %18 = getelementptr inbounds float, ptr %2, i64 %17
  store float %13, ptr %18, align 4
  %19 = add nsw i64 %c2, 1
  %20 = icmp sle i64 %19, 47
  br i1 %20, label %loop3, label %endloop4, !llvm.loop !0

endloop4:                                         ; preds = %loop3, %loop1
  %21 = add nsw i64 %c1, 1
  %22 = icmp sle i64 %21, 15
  br i1 %22, label %loop1, label %endloop2
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
; part 5: expand_0
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k4(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3) #0 {
entry:
  %4 = sub nsw i64 %1, 1
  %5 = icmp sle i64 0, %4
  br i1 %5, label %loop, label %endloop

loop:                                             ; preds = %endloop2, %entry
  %c0 = phi i64 [ 0, %entry ], [ %13, %endloop2 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop2, %entry
  ret void

loop1:                                            ; preds = %loop1, %loop
  %c2 = phi i64 [ 0, %loop ], [ %11, %loop1 ]
  %6 = getelementptr inbounds float, ptr %3, i64 %c2
  %7 = load float, ptr %6, align 4
  %8 = mul nsw i64 %c0, 48
  %9 = add nsw i64 %8, %c2
  %10 = getelementptr inbounds float, ptr %2, i64 %9
  store float %7, ptr %10, align 4
  %11 = add nsw i64 %c2, 1
  %12 = icmp sle i64 %11, 47
  br i1 %12, label %loop1, label %endloop2, !llvm.loop !0

endloop2:                                         ; preds = %loop1, %loop
  %13 = add nsw i64 %c0, 1
  %14 = icmp sle i64 %13, %4
  br i1 %14, label %loop, label %endloop
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
; part 6: concat_0
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k5(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3, ptr noalias %4) #0 {
entry:
  %5 = sub nsw i64 %1, 1
  %6 = icmp sle i64 0, %5
  br i1 %6, label %loop, label %endloop

loop:                                             ; preds = %endloop2, %entry
  %c0 = phi i64 [ 0, %entry ], [ %18, %endloop2 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop2, %entry
  %7 = sub nsw i64 %1, 1
  %8 = icmp sle i64 0, %7
  br i1 %8, label %loop3, label %endloop4

loop1:                                            ; preds = %loop1, %loop
  %c2 = phi i64 [ 0, %loop ], [ %16, %loop1 ]
  %9 = mul nsw i64 %c0, 48
  %10 = add nsw i64 %9, %c2
  %11 = getelementptr inbounds float, ptr %3, i64 %10
  %12 = load float, ptr %11, align 4
  %13 = mul nsw i64 %c0, 816
  %14 = add nsw i64 %13, %c2
  %15 = getelementptr inbounds float, ptr %2, i64 %14
  store float %12, ptr %15, align 4
  %16 = add nsw i64 %c2, 1
  %17 = icmp sle i64 %16, 47
  br i1 %17, label %loop1, label %endloop2, !llvm.loop !0

endloop2:                                         ; preds = %loop1, %loop
  %18 = add nsw i64 %c0, 1
  %19 = icmp sle i64 %18, %5
  br i1 %19, label %loop, label %endloop

loop3:                                            ; preds = %endloop7, %endloop
  %c05 = phi i64 [ 0, %endloop ], [ %20, %endloop7 ]
  br i1 true, label %loop6, label %endloop7

endloop4:                                         ; preds = %endloop7, %endloop
  ret void

loop6:                                            ; preds = %endloop9, %loop3
  %c1 = phi i64 [ 0, %loop3 ], [ %36, %endloop9 ]
  br i1 true, label %loop8, label %endloop9

endloop7:                                         ; preds = %endloop9, %loop3
  %20 = add nsw i64 %c05, 1
  %21 = icmp sle i64 %20, %7
  br i1 %21, label %loop3, label %endloop4

loop8:                                            ; preds = %loop8, %loop6
  %c210 = phi i64 [ 0, %loop6 ], [ %34, %loop8 ]
  %22 = mul nsw i64 %c05, 768
  %23 = mul nsw i64 %c1, 48
  %24 = add nsw i64 %22, %23
  %25 = add nsw i64 %24, %c210
  %26 = getelementptr inbounds float, ptr %4, i64 %25
  %27 = load float, ptr %26, align 4
  %28 = mul nsw i64 %c05, 816
  %29 = mul nsw i64 %c1, 48
  %30 = add nsw i64 %28, %29
  %31 = add nsw i64 %30, %c210
  %32 = add nsw i64 %31, 48
  %33 = getelementptr inbounds float, ptr %2, i64 %32
  store float %27, ptr %33, align 4
  %34 = add nsw i64 %c210, 1
  %35 = icmp sle i64 %34, 47
  br i1 %35, label %loop8, label %endloop9, !llvm.loop !2

endloop9:                                         ; preds = %loop8, %loop6
  %36 = add nsw i64 %c1, 1
  %37 = icmp sle i64 %36, 15
  br i1 %37, label %loop6, label %endloop7
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
!2 = distinct !{!2, !1}
; part 7: encoder.add_0
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k6(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3) #0 {
entry:
  %4 = sub nsw i64 %1, 1
  %5 = icmp sle i64 0, %4
  br i1 %5, label %loop, label %endloop

loop:                                             ; preds = %endloop2, %entry
  %c0 = phi i64 [ 0, %entry ], [ %6, %endloop2 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop2, %entry
  ret void

loop1:                                            ; preds = %endloop4, %loop
  %c1 = phi i64 [ 0, %loop ], [ %26, %endloop4 ]
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %loop
  %6 = add nsw i64 %c0, 1
  %7 = icmp sle i64 %6, %4
  br i1 %7, label %loop, label %endloop

loop3:                                            ; preds = %loop3, %loop1
  %c2 = phi i64 [ 0, %loop1 ], [ %24, %loop3 ]
  %8 = mul nsw i64 %c0, 816
  %9 = mul nsw i64 %c1, 48
  %10 = add nsw i64 %8, %9
  %11 = add nsw i64 %10, %c2
  %12 = getelementptr inbounds float, ptr %2, i64 %11
  %13 = load float, ptr %12, align 4
  %14 = mul nsw i64 %c1, 48
  %15 = add nsw i64 %14, %c2
  %16 = getelementptr inbounds float, ptr %3, i64 %15
  %17 = load float, ptr %16, align 4
  %18 = fadd float %13, %17
  %19 = mul nsw i64 %c0, 816
  %20 = mul nsw i64 %c1, 48
  %21 = add nsw i64 %19, %20
  %22 = add nsw i64 %21, %c2
  %23 = getelementptr inbounds float, ptr %2, i64 %22
  store float %18, ptr %23, align 4
  %24 = add nsw i64 %c2, 1
  %25 = icmp sle i64 %24, 47
  br i1 %25, label %loop3, label %endloop4, !llvm.loop !0

endloop4:                                         ; preds = %loop3, %loop1
  %26 = add nsw i64 %c1, 1
  %27 = icmp sle i64 %26, 16
  br i1 %27, label %loop1, label %endloop2
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
; part 8: encoder.layers.encoder_layer_0.ln_1
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k7(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3, ptr noalias %4, ptr noalias %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11) #0 {
entry:
  %closure = alloca { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, align 8
  %12 = sub nsw i64 %1, 1
  %13 = icmp sle i64 0, %12
  br i1 %13, label %loop, label %endloop

loop:                                             ; preds = %endpar, %entry
  %c0 = phi i64 [ 0, %entry ], [ %29, %endpar ]
  br i1 true, label %par, label %endpar

endloop:                                          ; preds = %endpar, %entry
  ret void

par:                                              ; preds = %loop
  %14 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 0
  store ptr %2, ptr %14, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 1
  store ptr %3, ptr %15, align 8
  %16 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 2
  store ptr %4, ptr %16, align 8
  %17 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 3
  store ptr %5, ptr %17, align 8
  %18 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 4
  store ptr %6, ptr %18, align 8
  %19 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 5
  store ptr %7, ptr %19, align 8
  %20 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 6
  store ptr %8, ptr %20, align 8
  %21 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 7
  store ptr %9, ptr %21, align 8
  %22 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 8
  store ptr %10, ptr %22, align 8
  %23 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 9
  store ptr %11, ptr %23, align 8
  %24 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 10
  store ptr %0, ptr %24, align 8
  %25 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 11
  store i64 %1, ptr %25, align 8
  %26 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 12
  store i64 %c0, ptr %26, align 8
  %27 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 0
  %pool = load ptr, ptr %27, align 8
  %28 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 2
  %parallel_for = load ptr, ptr %28, align 8
  call void %parallel_for(ptr %pool, i64 17, ptr @vitc_k7_par0, ptr %closure)
  br label %endpar

endpar:                                           ; preds = %par, %loop
  %29 = add nsw i64 %c0, 1
  %30 = icmp sle i64 %29, %12
  br i1 %30, label %loop, label %endloop
}

; Function Attrs: alwaysinline nounwind
define internal void @vitc_k7_par0_body(ptr noalias %0, ptr noalias %1, ptr noalias %2, ptr noalias %3, ptr noalias %4, ptr noalias %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr %10, i64 %11, i64 %12, i64 %13, i64 %14) #1 {
entry:
  %15 = mul nsw i64 %13, 1
  %16 = add nsw i64 0, %15
  %17 = sub nsw i64 %14, 1
  %18 = mul nsw i64 %17, 1
  %19 = add nsw i64 0, %18
  %20 = icmp sle i64 %16, %19
  br i1 %20, label %loop, label %endloop

loop:                                             ; preds = %endloop20, %entry
  %c1 = phi i64 [ %16, %entry ], [ %294, %endloop20 ]
  %21 = mul nsw i64 %12, 17
  %22 = add nsw i64 %21, %c1
  %23 = getelementptr inbounds float, ptr %0, i64 %22
  store float 0.000000e+00, ptr %23, align 4
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop20, %entry
  ret void

loop1:                                            ; preds = %loop1, %loop
  %c2 = phi i64 [ 0, %loop ], [ %41, %loop1 ]
  %acc = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %loop ], [ %40, %loop1 ]
  %24 = mul nsw i64 16, %c2
  %25 = add nsw i64 %24, 0
  %26 = mul nsw i64 %12, 816
  %27 = mul nsw i64 %c1, 48
  %28 = add nsw i64 %26, %27
  %29 = add nsw i64 %28, %24
  %30 = getelementptr inbounds float, ptr %1, i64 %29
  %31 = load <16 x float>, ptr %30, align 4
  %32 = mul nsw i64 %12, 816
  %33 = mul nsw i64 %c1, 48
  %34 = add nsw i64 %32, %33
  %35 = add nsw i64 %34, %24
  %36 = getelementptr inbounds float, ptr %1, i64 %35
  %37 = load <16 x float>, ptr %36, align 4
  %38 = fneg <16 x float> %37
  %39 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %31, <16 x float> %38)
  %40 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %acc, <16 x float> %39)
  %41 = add nsw i64 %c2, 1
  %42 = icmp sle i64 %41, 2
  br i1 %42, label %loop1, label %endloop2

endloop2:                                         ; preds = %loop1, %loop
  %sum = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %loop ], [ %40, %loop1 ]
  %ran = phi i1 [ false, %loop ], [ true, %loop1 ]
  br i1 %ran, label %reduce, label %endreduce

reduce:                                           ; preds = %endloop2
  %43 = mul nsw i64 %12, 17
  %44 = add nsw i64 %43, %c1
  %45 = getelementptr inbounds float, ptr %0, i64 %44
  %46 = shufflevector <16 x float> %sum, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %47 = shufflevector <16 x float> %sum, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %48 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %46, <8 x float> %47)
  %49 = shufflevector <8 x float> %48, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %50 = shufflevector <8 x float> %48, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %51 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %49, <4 x float> %50)
  %52 = shufflevector <4 x float> %51, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %53 = shufflevector <4 x float> %51, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %54 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %52, <2 x float> %53)
  %55 = shufflevector <2 x float> %54, <2 x float> undef, <1 x i32> zeroinitializer
  %56 = shufflevector <2 x float> %54, <2 x float> undef, <1 x i32> <i32 1>
  %57 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %55, <1 x float> %56)
  %58 = extractelement <1 x float> %57, i32 0
  %59 = load float, ptr %45, align 4
  %60 = call float @llvm.maxnum.f32(float %59, float %58)
  store float %60, ptr %45, align 4
  br label %endreduce

endreduce:                                        ; preds = %reduce, %endloop2
  %61 = mul nsw i64 %12, 17
  %62 = add nsw i64 %61, %c1
  %63 = getelementptr inbounds float, ptr %0, i64 %62
  %64 = load float, ptr %63, align 4
  %65 = call float @llvm.maxnum.f32(float %64, float 0x3810000000000000)
  %66 = fdiv float 1.000000e+00, %65
  %67 = mul nsw i64 %12, 17
  %68 = add nsw i64 %67, %c1
  %69 = getelementptr inbounds float, ptr %2, i64 %68
  store float %66, ptr %69, align 4
  %70 = mul nsw i64 %12, 17
  %71 = add nsw i64 %70, %c1
  %72 = getelementptr inbounds float, ptr %3, i64 %71
  store float 0.000000e+00, ptr %72, align 4
  br i1 true, label %loop3, label %endloop4

loop3:                                            ; preds = %loop3, %endreduce
  %c25 = phi i64 [ 0, %endreduce ], [ %104, %loop3 ]
  %acc6 = phi <16 x float> [ zeroinitializer, %endreduce ], [ %103, %loop3 ]
  %73 = mul nsw i64 16, %c25
  %74 = add nsw i64 %73, 0
  %75 = mul nsw i64 %12, 816
  %76 = mul nsw i64 %c1, 48
  %77 = add nsw i64 %75, %76
  %78 = add nsw i64 %77, %73
  %79 = getelementptr inbounds float, ptr %1, i64 %78
  %80 = load <16 x float>, ptr %79, align 4
  %81 = mul nsw i64 %12, 17
  %82 = add nsw i64 %81, %c1
  %83 = getelementptr inbounds float, ptr %2, i64 %82
  %84 = load float, ptr %83, align 4
  %85 = insertelement <16 x float> undef, float %84, i32 0
  %86 = shufflevector <16 x float> %85, <16 x float> undef, <16 x i32> zeroinitializer
  %87 = fmul <16 x float> %80, %86
  %88 = mul nsw i64 %12, 816
  %89 = mul nsw i64 %c1, 48
  %90 = add nsw i64 %88, %89
  %91 = getelementptr inbounds float, ptr %1, i64 %90
  %92 = load float, ptr %91, align 4
  %93 = insertelement <16 x float> undef, float %92, i32 0
  %94 = shufflevector <16 x float> %93, <16 x float> undef, <16 x i32> zeroinitializer
  %95 = mul nsw i64 %12, 17
  %96 = add nsw i64 %95, %c1
  %97 = getelementptr inbounds float, ptr %2, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = insertelement <16 x float> undef, float %98, i32 0
  %100 = shufflevector <16 x float> %99, <16 x float> undef, <16 x i32> zeroinitializer
  %101 = fmul <16 x float> %94, %100
  %102 = fsub <16 x float> %87, %101
  %103 = fadd <16 x float> %acc6, %102
  %104 = add nsw i64 %c25, 1
  %105 = icmp sle i64 %104, 2
  br i1 %105, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %endreduce
  %sum7 = phi <16 x float> [ zeroinitializer, %endreduce ], [ %103, %loop3 ]
  %ran8 = phi i1 [ false, %endreduce ], [ true, %loop3 ]
  br i1 %ran8, label %reduce9, label %endreduce10

reduce9:                                          ; preds = %endloop4
  %106 = mul nsw i64 %12, 17
  %107 = add nsw i64 %106, %c1
  %108 = getelementptr inbounds float, ptr %3, i64 %107
  %109 = shufflevector <16 x float> %sum7, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %110 = shufflevector <16 x float> %sum7, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %111 = fadd <8 x float> %109, %110
  %112 = shufflevector <8 x float> %111, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %113 = shufflevector <8 x float> %111, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %114 = fadd <4 x float> %112, %113
  %115 = shufflevector <4 x float> %114, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %116 = shufflevector <4 x float> %114, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %117 = fadd <2 x float> %115, %116
  %118 = shufflevector <2 x float> %117, <2 x float> undef, <1 x i32> zeroinitializer
  %119 = shufflevector <2 x float> %117, <2 x float> undef, <1 x i32> <i32 1>
  %120 = fadd <1 x float> %118, %119
  %121 = extractelement <1 x float> %120, i32 0
  %122 = load float, ptr %108, align 4
  %123 = fadd float %122, %121
  store float %123, ptr %108, align 4
  br label %endreduce10

endreduce10:                                      ; preds = %reduce9, %endloop4
  %124 = mul nsw i64 %12, 816
  %125 = mul nsw i64 %c1, 48
  %126 = add nsw i64 %124, %125
  %127 = getelementptr inbounds float, ptr %1, i64 %126
  %128 = load float, ptr %127, align 4
  %129 = mul nsw i64 %12, 17
  %130 = add nsw i64 %129, %c1
  %131 = getelementptr inbounds float, ptr %2, i64 %130
  %132 = load float, ptr %131, align 4
  %133 = fmul float %128, %132
  %134 = mul nsw i64 %12, 17
  %135 = add nsw i64 %134, %c1
  %136 = getelementptr inbounds float, ptr %3, i64 %135
  %137 = load float, ptr %136, align 4
  %138 = fmul float %137, 0x3F95555560000000
  %139 = fadd float %133, %138
  %140 = mul nsw i64 %12, 17
  %141 = add nsw i64 %140, %c1
  %142 = getelementptr inbounds float, ptr %4, i64 %141
  store float %139, ptr %142, align 4
  %143 = mul nsw i64 %12, 17
  %144 = add nsw i64 %143, %c1
  %145 = getelementptr inbounds float, ptr %5, i64 %144
  store float 0.000000e+00, ptr %145, align 4
  br i1 true, label %loop11, label %endloop12

loop11:                                           ; preds = %loop11, %endreduce10
  %c213 = phi i64 [ 0, %endreduce10 ], [ %190, %loop11 ]
  %acc14 = phi <16 x float> [ zeroinitializer, %endreduce10 ], [ %189, %loop11 ]
  %146 = mul nsw i64 16, %c213
  %147 = add nsw i64 %146, 0
  %148 = mul nsw i64 %12, 816
  %149 = mul nsw i64 %c1, 48
  %150 = add nsw i64 %148, %149
  %151 = add nsw i64 %150, %146
  %152 = getelementptr inbounds float, ptr %1, i64 %151
  %153 = load <16 x float>, ptr %152, align 4
  %154 = mul nsw i64 %12, 17
  %155 = add nsw i64 %154, %c1
  %156 = getelementptr inbounds float, ptr %2, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = insertelement <16 x float> undef, float %157, i32 0
  %159 = shufflevector <16 x float> %158, <16 x float> undef, <16 x i32> zeroinitializer
  %160 = fmul <16 x float> %153, %159
  %161 = mul nsw i64 %12, 17
  %162 = add nsw i64 %161, %c1
  %163 = getelementptr inbounds float, ptr %4, i64 %162
  %164 = load float, ptr %163, align 4
  %165 = insertelement <16 x float> undef, float %164, i32 0
  %166 = shufflevector <16 x float> %165, <16 x float> undef, <16 x i32> zeroinitializer
  %167 = fsub <16 x float> %160, %166
  %168 = mul nsw i64 %12, 816
  %169 = mul nsw i64 %c1, 48
  %170 = add nsw i64 %168, %169
  %171 = add nsw i64 %170, %146
  %172 = getelementptr inbounds float, ptr %1, i64 %171
  %173 = load <16 x float>, ptr %172, align 4
  %174 = mul nsw i64 %12, 17
  %175 = add nsw i64 %174, %c1
  %176 = getelementptr inbounds float, ptr %2, i64 %175
  %177 = load float, ptr %176, align 4
  %178 = insertelement <16 x float> undef, float %177, i32 0
  %179 = shufflevector <16 x float> %178, <16 x float> undef, <16 x i32> zeroinitializer
  %180 = fmul <16 x float> %173, %179
  %181 = mul nsw i64 %12, 17
  %182 = add nsw i64 %181, %c1
  %183 = getelementptr inbounds float, ptr %4, i64 %182
  %184 = load float, ptr %183, align 4
  %185 = insertelement <16 x float> undef, float %184, i32 0
  %186 = shufflevector <16 x float> %185, <16 x float> undef, <16 x i32> zeroinitializer
  %187 = fsub <16 x float> %180, %186
  %188 = fmul <16 x float> %167, %187
  %189 = fadd <16 x float> %acc14, %188
  %190 = add nsw i64 %c213, 1
  %191 = icmp sle i64 %190, 2
  br i1 %191, label %loop11, label %endloop12

endloop12:                                        ; preds = %loop11, %endreduce10
  %sum15 = phi <16 x float> [ zeroinitializer, %endreduce10 ], [ %189, %loop11 ]
  %ran16 = phi i1 [ false, %endreduce10 ], [ true, %loop11 ]
  br i1 %ran16, label %reduce17, label %endreduce18

reduce17:                                         ; preds = %endloop12
  %192 = mul nsw i64 %12, 17
  %193 = add nsw i64 %192, %c1
  %194 = getelementptr inbounds float, ptr %5, i64 %193
  %195 = shufflevector <16 x float> %sum15, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %196 = shufflevector <16 x float> %sum15, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %197 = fadd <8 x float> %195, %196
  %198 = shufflevector <8 x float> %197, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %199 = shufflevector <8 x float> %197, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %200 = fadd <4 x float> %198, %199
  %201 = shufflevector <4 x float> %200, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %202 = shufflevector <4 x float> %200, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %203 = fadd <2 x float> %201, %202
  %204 = shufflevector <2 x float> %203, <2 x float> undef, <1 x i32> zeroinitializer
  %205 = shufflevector <2 x float> %203, <2 x float> undef, <1 x i32> <i32 1>
  %206 = fadd <1 x float> %204, %205
  %207 = extractelement <1 x float> %206, i32 0
  %208 = load float, ptr %194, align 4
  %209 = fadd float %208, %207
  store float %209, ptr %194, align 4
  br label %endreduce18

endreduce18:                                      ; preds = %reduce17, %endloop12
  %210 = mul nsw i64 %12, 17
  %211 = add nsw i64 %210, %c1
  %212 = getelementptr inbounds float, ptr %2, i64 %211
  %213 = load float, ptr %212, align 4
  %214 = fmul float 0x3EB0C6F7A0000000, %213
  %215 = mul nsw i64 %12, 17
  %216 = add nsw i64 %215, %c1
  %217 = getelementptr inbounds float, ptr %2, i64 %216
  %218 = load float, ptr %217, align 4
  %219 = fmul float %214, %218
  %220 = fcmp ogt float %219, 0x46293E5940000000
  %221 = zext i1 %220 to i32
  %222 = mul nsw i64 %12, 17
  %223 = add nsw i64 %222, %c1
  %224 = getelementptr inbounds float, ptr %0, i64 %223
  %225 = load float, ptr %224, align 4
  %226 = call float @llvm.maxnum.f32(float %225, float 0x3810000000000000)
  %227 = fmul float %226, 1.000000e+03
  %228 = mul nsw i64 %12, 17
  %229 = add nsw i64 %228, %c1
  %230 = getelementptr inbounds float, ptr %5, i64 %229
  %231 = load float, ptr %230, align 4
  %232 = fmul float %231, 0x3F95555560000000
  %233 = mul nsw i64 %12, 17
  %234 = add nsw i64 %233, %c1
  %235 = getelementptr inbounds float, ptr %2, i64 %234
  %236 = load float, ptr %235, align 4
  %237 = fmul float 0x3EB0C6F7A0000000, %236
  %238 = mul nsw i64 %12, 17
  %239 = add nsw i64 %238, %c1
  %240 = getelementptr inbounds float, ptr %2, i64 %239
  %241 = load float, ptr %240, align 4
  %242 = fmul float %237, %241
  %243 = fadd float %232, %242
  %244 = call float @llvm.sqrt.f32(float %243)
  %245 = fdiv float 1.000000e+00, %244
  %246 = call float @llvm.minnum.f32(float %245, float 0x47EFFFFFE0000000)
  %247 = icmp ne i32 %221, 0
  %248 = select i1 %247, float %227, float %246
  %249 = mul nsw i64 %12, 17
  %250 = add nsw i64 %249, %c1
  %251 = getelementptr inbounds float, ptr %6, i64 %250
  store float %248, ptr %251, align 4
  br i1 true, label %loop19, label %endloop20

loop19:                                           ; preds = %loop19, %endreduce18
  %c221 = phi i64 [ 0, %endreduce18 ], [ %292, %loop19 ]
  %252 = mul nsw i64 16, %c221
  %253 = add nsw i64 %252, 0
  %254 = mul nsw i64 %12, 816
  %255 = mul nsw i64 %c1, 48
  %256 = add nsw i64 %254, %255
  %257 = add nsw i64 %256, %252
  %258 = getelementptr inbounds float, ptr %1, i64 %257
  %259 = load <16 x float>, ptr %258, align 4
  %260 = mul nsw i64 %12, 17
  %261 = add nsw i64 %260, %c1
  %262 = getelementptr inbounds float, ptr %2, i64 %261
  %263 = load float, ptr %262, align 4
  %264 = insertelement <16 x float> undef, float %263, i32 0
  %265 = shufflevector <16 x float> %264, <16 x float> undef, <16 x i32> zeroinitializer
  %266 = fmul <16 x float> %259, %265
  %267 = mul nsw i64 %12, 17
  %268 = add nsw i64 %267, %c1
  %269 = getelementptr inbounds float, ptr %4, i64 %268
  %270 = load float, ptr %269, align 4
  %271 = insertelement <16 x float> undef, float %270, i32 0
  %272 = shufflevector <16 x float> %271, <16 x float> undef, <16 x i32> zeroinitializer
  %273 = fsub <16 x float> %266, %272
  %274 = mul nsw i64 %12, 17
  %275 = add nsw i64 %274, %c1
  %276 = getelementptr inbounds float, ptr %6, i64 %275
  %277 = load float, ptr %276, align 4
  %278 = insertelement <16 x float> undef, float %277, i32 0
  %279 = shufflevector <16 x float> %278, <16 x float> undef, <16 x i32> zeroinitializer
  %280 = fmul <16 x float> %273, %279
  %281 = getelementptr inbounds float, ptr %8, i64 %252
  %282 = load <16 x float>, ptr %281, align 4
  %283 = fmul <16 x float> %280, %282
  %284 = getelementptr inbounds float, ptr %9, i64 %252
  %285 = load <16 x float>, ptr %284, align 4
  %286 = fadd <16 x float> %283, %285
  %287 = mul nsw i64 %12, 816
  %288 = mul nsw i64 %c1, 48
  %289 = add nsw i64 %287, %288
  %290 = add nsw i64 %289, %252
  %291 = getelementptr inbounds float, ptr %7, i64 %290
  store <16 x float> %286, ptr %291, align 4
  %292 = add nsw i64 %c221, 1
  %293 = icmp sle i64 %292, 2
  br i1 %293, label %loop19, label %endloop20

endloop20:                                        ; preds = %loop19, %endreduce18
  %294 = add nsw i64 %c1, 1
  %295 = icmp sle i64 %294, %19
  br i1 %295, label %loop, label %endloop
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minnum.f32(float, float) #2

; Function Attrs: nounwind
define internal void @vitc_k7_par0(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 2
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 3
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 4
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 5
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 6
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 7
  %18 = load ptr, ptr %17, align 8
  %19 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 8
  %20 = load ptr, ptr %19, align 8
  %21 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 9
  %22 = load ptr, ptr %21, align 8
  %23 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 10
  %24 = load ptr, ptr %23, align 8
  %25 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 11
  %26 = load i64, ptr %25, align 8
  %27 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 12
  %28 = load i64, ptr %27, align 8
  call void @vitc_k7_par0_body(ptr %4, ptr %6, ptr %8, ptr %10, ptr %12, ptr %14, ptr %16, ptr %18, ptr %20, ptr %22, ptr %24, i64 %26, i64 %28, i64 %1, i64 %2)
  ret void
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #1 = { alwaysinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
; part 9: encoder.layers.encoder_layer_0.self_attention.qkv
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k8(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3, ptr noalias %4, ptr noalias %5) #0 {
entry:
  %closure = alloca { ptr, ptr, ptr, ptr, ptr, i64, i64 }, align 8
  %6 = sub nsw i64 %1, 1
  %7 = icmp sle i64 0, %6
  br i1 %7, label %loop, label %endloop

loop:                                             ; preds = %endpar, %entry
  %c0 = phi i64 [ 0, %entry ], [ %17, %endpar ]
  br i1 true, label %par, label %endpar

endloop:                                          ; preds = %endpar, %entry
  ret void

par:                                              ; preds = %loop
  %8 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 0
  store ptr %2, ptr %8, align 8
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 1
  store ptr %3, ptr %9, align 8
  %10 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 2
  store ptr %4, ptr %10, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 3
  store ptr %5, ptr %11, align 8
  %12 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 4
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 5
  store i64 %1, ptr %13, align 8
  %14 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 6
  store i64 %c0, ptr %14, align 8
  %15 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 0
  %pool = load ptr, ptr %15, align 8
  %16 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 2
  %parallel_for = load ptr, ptr %16, align 8
  call void %parallel_for(ptr %pool, i64 5, ptr @vitc_k8_par0, ptr %closure)
  br label %endpar

endpar:                                           ; preds = %par, %loop
  %17 = add nsw i64 %c0, 1
  %18 = icmp sle i64 %17, %6
  br i1 %18, label %loop, label %endloop
}

; Function Attrs: alwaysinline nounwind
define internal void @vitc_k8_par0_body(ptr noalias %0, ptr noalias %1, ptr noalias %2, ptr noalias %3, ptr %4, i64 %5, i64 %6, i64 %7, i64 %8) #1 {
entry:
  %9 = mul nsw i64 %7, 1
  %10 = add nsw i64 0, %9
  %11 = sub nsw i64 %8, 1
  %12 = mul nsw i64 %11, 1
  %13 = add nsw i64 0, %12
  %14 = icmp sle i64 %10, %13
  br i1 %14, label %loop, label %endloop

loop:                                             ; preds = %endif, %entry
  %c1 = phi i64 [ %10, %entry ], [ %16, %endif ]
  %15 = icmp sle i64 %c1, 3
  br i1 %15, label %then, label %else

endloop:                                          ; preds = %endif, %entry
  ret void

then:                                             ; preds = %loop
  br i1 true, label %loop1, label %endloop2

else:                                             ; preds = %loop
  br i1 true, label %loop5, label %endloop6

endif:                                            ; preds = %endloop6, %endloop2
  %16 = add nsw i64 %c1, 1
  %17 = icmp sle i64 %16, %13
  br i1 %17, label %loop, label %endloop

loop1:                                            ; preds = %endloop4, %then
  %c2 = phi i64 [ 0, %then ], [ %624, %endloop4 ]
  %18 = mul nsw i64 4, %c1
  %19 = add nsw i64 %18, 0
  %20 = mul nsw i64 %6, 816
  %21 = mul nsw i64 %18, 48
  %22 = add nsw i64 %20, %21
  %23 = getelementptr inbounds float, ptr %1, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = insertelement <8 x float> undef, float %24, i32 0
  %26 = shufflevector <8 x float> %25, <8 x float> undef, <8 x i32> zeroinitializer
  %27 = mul nsw i64 %c2, 1152
  %28 = getelementptr inbounds float, ptr %2, i64 %27
  %29 = load <8 x float>, ptr %28, align 4
  %30 = mul nsw i64 %c2, 24
  %31 = getelementptr inbounds float, ptr %3, i64 %30
  %32 = load <8 x float>, ptr %31, align 4
  %33 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %26, <8 x float> %29, <8 x float> %32)
  %34 = mul nsw i64 %6, 2448
  %35 = mul nsw i64 %18, 144
  %36 = add nsw i64 %34, %35
  %37 = mul nsw i64 %c2, 24
  %38 = add nsw i64 %36, %37
  %39 = getelementptr inbounds float, ptr %0, i64 %38
  store <8 x float> %33, ptr %39, align 4
  %40 = mul nsw i64 4, %c1
  %41 = add nsw i64 %40, 0
  %42 = mul nsw i64 %6, 816
  %43 = mul nsw i64 %40, 48
  %44 = add nsw i64 %42, %43
  %45 = getelementptr inbounds float, ptr %1, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = insertelement <8 x float> undef, float %46, i32 0
  %48 = shufflevector <8 x float> %47, <8 x float> undef, <8 x i32> zeroinitializer
  %49 = mul nsw i64 %c2, 1152
  %50 = add nsw i64 %49, 8
  %51 = getelementptr inbounds float, ptr %2, i64 %50
  %52 = load <8 x float>, ptr %51, align 4
  %53 = mul nsw i64 %c2, 24
  %54 = add nsw i64 %53, 8
  %55 = getelementptr inbounds float, ptr %3, i64 %54
  %56 = load <8 x float>, ptr %55, align 4
  %57 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %48, <8 x float> %52, <8 x float> %56)
  %58 = mul nsw i64 %6, 2448
  %59 = mul nsw i64 %40, 144
  %60 = add nsw i64 %58, %59
  %61 = mul nsw i64 %c2, 24
  %62 = add nsw i64 %60, %61
  %63 = add nsw i64 %62, 8
  %64 = getelementptr inbounds float, ptr %0, i64 %63
  store <8 x float> %57, ptr %64, align 4
  %65 = mul nsw i64 4, %c1
  %66 = add nsw i64 %65, 0
  %67 = mul nsw i64 %6, 816
  %68 = mul nsw i64 %65, 48
  %69 = add nsw i64 %67, %68
  %70 = getelementptr inbounds float, ptr %1, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = insertelement <8 x float> undef, float %71, i32 0
  %73 = shufflevector <8 x float> %72, <8 x float> undef, <8 x i32> zeroinitializer
  %74 = mul nsw i64 %c2, 1152
  %75 = add nsw i64 %74, 16
  %76 = getelementptr inbounds float, ptr %2, i64 %75
  %77 = load <8 x float>, ptr %76, align 4
  %78 = mul nsw i64 %c2, 24
  %79 = add nsw i64 %78, 16
  %80 = getelementptr inbounds float, ptr %3, i64 %79
  %81 = load <8 x float>, ptr %80, align 4
  %82 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %73, <8 x float> %77, <8 x float> %81)
  %83 = mul nsw i64 %6, 2448
  %84 = mul nsw i64 %65, 144
  %85 = add nsw i64 %83, %84
  %86 = mul nsw i64 %c2, 24
  %87 = add nsw i64 %85, %86
  %88 = add nsw i64 %87, 16
  %89 = getelementptr inbounds float, ptr %0, i64 %88
  store <8 x float> %82, ptr %89, align 4
  %90 = mul nsw i64 4, %c1
  %91 = add nsw i64 %90, 1
  %92 = mul nsw i64 %6, 816
  %93 = mul nsw i64 %90, 48
  %94 = add nsw i64 %92, %93
  %95 = add nsw i64 %94, 48
  %96 = getelementptr inbounds float, ptr %1, i64 %95
  %97 = load float, ptr %96, align 4
  %98 = insertelement <8 x float> undef, float %97, i32 0
  %99 = shufflevector <8 x float> %98, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = mul nsw i64 %c2, 1152
  %101 = getelementptr inbounds float, ptr %2, i64 %100
  %102 = load <8 x float>, ptr %101, align 4
  %103 = mul nsw i64 %c2, 24
  %104 = getelementptr inbounds float, ptr %3, i64 %103
  %105 = load <8 x float>, ptr %104, align 4
  %106 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %99, <8 x float> %102, <8 x float> %105)
  %107 = mul nsw i64 %6, 2448
  %108 = mul nsw i64 %90, 144
  %109 = add nsw i64 %107, %108
  %110 = mul nsw i64 %c2, 24
  %111 = add nsw i64 %109, %110
  %112 = add nsw i64 %111, 144
  %113 = getelementptr inbounds float, ptr %0, i64 %112
  store <8 x float> %106, ptr %113, align 4
  %114 = mul nsw i64 4, %c1
  %115 = add nsw i64 %114, 1
  %116 = mul nsw i64 %6, 816
  %117 = mul nsw i64 %114, 48
  %118 = add nsw i64 %116, %117
  %119 = add nsw i64 %118, 48
  %120 = getelementptr inbounds float, ptr %1, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = insertelement <8 x float> undef, float %121, i32 0
  %123 = shufflevector <8 x float> %122, <8 x float> undef, <8 x i32> zeroinitializer
  %124 = mul nsw i64 %c2, 1152
  %125 = add nsw i64 %124, 8
  %126 = getelementptr inbounds float, ptr %2, i64 %125
  %127 = load <8 x float>, ptr %126, align 4
  %128 = mul nsw i64 %c2, 24
  %129 = add nsw i64 %128, 8
  %130 = getelementptr inbounds float, ptr %3, i64 %129
  %131 = load <8 x float>, ptr %130, align 4
  %132 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %123, <8 x float> %127, <8 x float> %131)
  %133 = mul nsw i64 %6, 2448
  %134 = mul nsw i64 %114, 144
  %135 = add nsw i64 %133, %134
  %136 = mul nsw i64 %c2, 24
  %137 = add nsw i64 %135, %136
  %138 = add nsw i64 %137, 152
  %139 = getelementptr inbounds float, ptr %0, i64 %138
  store <8 x float> %132, ptr %139, align 4
  %140 = mul nsw i64 4, %c1
  %141 = add nsw i64 %140, 1
  %142 = mul nsw i64 %6, 816
  %143 = mul nsw i64 %140, 48
  %144 = add nsw i64 %142, %143
  %145 = add nsw i64 %144, 48
  %146 = getelementptr inbounds float, ptr %1, i64 %145
  %147 = load float, ptr %146, align 4
  %148 = insertelement <8 x float> undef, float %147, i32 0
  %149 = shufflevector <8 x float> %148, <8 x float> undef, <8 x i32> zeroinitializer
  %150 = mul nsw i64 %c2, 1152
  %151 = add nsw i64 %150, 16
  %152 = getelementptr inbounds float, ptr %2, i64 %151
  %153 = load <8 x float>, ptr %152, align 4
  %154 = mul nsw i64 %c2, 24
  %155 = add nsw i64 %154, 16
  %156 = getelementptr inbounds float, ptr %3, i64 %155
  %157 = load <8 x float>, ptr %156, align 4
  %158 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %149, <8 x float> %153, <8 x float> %157)
  %159 = mul nsw i64 %6, 2448
  %160 = mul nsw i64 %140, 144
  %161 = add nsw i64 %159, %160
  %162 = mul nsw i64 %c2, 24
  %163 = add nsw i64 %161, %162
  %164 = add nsw i64 %163, 160
  %165 = getelementptr inbounds float, ptr %0, i64 %164
  store <8 x float> %158, ptr %165, align 4
  %166 = mul nsw i64 4, %c1
  %167 = add nsw i64 %166, 2
  %168 = mul nsw i64 %6, 816
  %169 = mul nsw i64 %166, 48
  %170 = add nsw i64 %168, %169
  %171 = add nsw i64 %170, 96
  %172 = getelementptr inbounds float, ptr %1, i64 %171
  %173 = load float, ptr %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %175 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %176 = mul nsw i64 %c2, 1152
  %177 = getelementptr inbounds float, ptr %2, i64 %176
  %178 = load <8 x float>, ptr %177, align 4
  %179 = mul nsw i64 %c2, 24
  %180 = getelementptr inbounds float, ptr %3, i64 %179
  %181 = load <8 x float>, ptr %180, align 4
  %182 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %175, <8 x float> %178, <8 x float> %181)
  %183 = mul nsw i64 %6, 2448
  %184 = mul nsw i64 %166, 144
  %185 = add nsw i64 %183, %184
  %186 = mul nsw i64 %c2, 24
  %187 = add nsw i64 %185, %186
  %188 = add nsw i64 %187, 288
  %189 = getelementptr inbounds float, ptr %0, i64 %188
  store <8 x float> %182, ptr %189, align 4
  %190 = mul nsw i64 4, %c1
  %191 = add nsw i64 %190, 2
  %192 = mul nsw i64 %6, 816
  %193 = mul nsw i64 %190, 48
  %194 = add nsw i64 %192, %193
  %195 = add nsw i64 %194, 96
  %196 = getelementptr inbounds float, ptr %1, i64 %195
  %197 = load float, ptr %196, align 4
  %198 = insertelement <8 x float> undef, float %197, i32 0
  %199 = shufflevector <8 x float> %198, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = mul nsw i64 %c2, 1152
  %201 = add nsw i64 %200, 8
  %202 = getelementptr inbounds float, ptr %2, i64 %201
  %203 = load <8 x float>, ptr %202, align 4
  %204 = mul nsw i64 %c2, 24
  %205 = add nsw i64 %204, 8
  %206 = getelementptr inbounds float, ptr %3, i64 %205
  %207 = load <8 x float>, ptr %206, align 4
  %208 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %199, <8 x float> %203, <8 x float> %207)
  %209 = mul nsw i64 %6, 2448
  %210 = mul nsw i64 %190, 144
  %211 = add nsw i64 %209, %210
  %212 = mul nsw i64 %c2, 24
  %213 = add nsw i64 %211, %212
  %214 = add nsw i64 %213, 296
  %215 = getelementptr inbounds float, ptr %0, i64 %214
  store <8 x float> %208, ptr %215, align 4
  %216 = mul nsw i64 4, %c1
  %217 = add nsw i64 %216, 2
  %218 = mul nsw i64 %6, 816
  %219 = mul nsw i64 %216, 48
  %220 = add nsw i64 %218, %219
  %221 = add nsw i64 %220, 96
  %222 = getelementptr inbounds float, ptr %1, i64 %221
  %223 = load float, ptr %222, align 4
  %224 = insertelement <8 x float> undef, float %223, i32 0
  %225 = shufflevector <8 x float> %224, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = mul nsw i64 %c2, 1152
  %227 = add nsw i64 %226, 16
  %228 = getelementptr inbounds float, ptr %2, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = mul nsw i64 %c2, 24
  %231 = add nsw i64 %230, 16
  %232 = getelementptr inbounds float, ptr %3, i64 %231
  %233 = load <8 x float>, ptr %232, align 4
  %234 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %225, <8 x float> %229, <8 x float> %233)
  %235 = mul nsw i64 %6, 2448
  %236 = mul nsw i64 %216, 144
  %237 = add nsw i64 %235, %236
  %238 = mul nsw i64 %c2, 24
  %239 = add nsw i64 %237, %238
  %240 = add nsw i64 %239, 304
  %241 = getelementptr inbounds float, ptr %0, i64 %240
  store <8 x float> %234, ptr %241, align 4
  %242 = mul nsw i64 4, %c1
  %243 = add nsw i64 %242, 3
  %244 = mul nsw i64 %6, 816
  %245 = mul nsw i64 %242, 48
  %246 = add nsw i64 %244, %245
  %247 = add nsw i64 %246, 144
  %248 = getelementptr inbounds float, ptr %1, i64 %247
  %249 = load float, ptr %248, align 4
  %250 = insertelement <8 x float> undef, float %249, i32 0
  %251 = shufflevector <8 x float> %250, <8 x float> undef, <8 x i32> zeroinitializer
  %252 = mul nsw i64 %c2, 1152
  %253 = getelementptr inbounds float, ptr %2, i64 %252
  %254 = load <8 x float>, ptr %253, align 4
  %255 = mul nsw i64 %c2, 24
  %256 = getelementptr inbounds float, ptr %3, i64 %255
  %257 = load <8 x float>, ptr %256, align 4
  %258 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %251, <8 x float> %254, <8 x float> %257)
  %259 = mul nsw i64 %6, 2448
  %260 = mul nsw i64 %242, 144
  %261 = add nsw i64 %259, %260
  %262 = mul nsw i64 %c2, 24
  %263 = add nsw i64 %261, %262
  %264 = add nsw i64 %263, 432
  %265 = getelementptr inbounds float, ptr %0, i64 %264
  store <8 x float> %258, ptr %265, align 4
  %266 = mul nsw i64 4, %c1
  %267 = add nsw i64 %266, 3
  %268 = mul nsw i64 %6, 816
  %269 = mul nsw i64 %266, 48
  %270 = add nsw i64 %268, %269
  %271 = add nsw i64 %270, 144
  %272 = getelementptr inbounds float, ptr %1, i64 %271
  %273 = load float, ptr %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i32 0
  %275 = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = mul nsw i64 %c2, 1152
  %277 = add nsw i64 %276, 8
  %278 = getelementptr inbounds float, ptr %2, i64 %277
  %279 = load <8 x float>, ptr %278, align 4
  %280 = mul nsw i64 %c2, 24
  %281 = add nsw i64 %280, 8
  %282 = getelementptr inbounds float, ptr %3, i64 %281
  %283 = load <8 x float>, ptr %282, align 4
  %284 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %275, <8 x float> %279, <8 x float> %283)
  %285 = mul nsw i64 %6, 2448
  %286 = mul nsw i64 %266, 144
  %287 = add nsw i64 %285, %286
  %288 = mul nsw i64 %c2, 24
  %289 = add nsw i64 %287, %288
  %290 = add nsw i64 %289, 440
  %291 = getelementptr inbounds float, ptr %0, i64 %290
  store <8 x float> %284, ptr %291, align 4
  %292 = mul nsw i64 4, %c1
  %293 = add nsw i64 %292, 3
  %294 = mul nsw i64 %6, 816
  %295 = mul nsw i64 %292, 48
  %296 = add nsw i64 %294, %295
  %297 = add nsw i64 %296, 144
  %298 = getelementptr inbounds float, ptr %1, i64 %297
  %299 = load float, ptr %298, align 4
  %300 = insertelement <8 x float> undef, float %299, i32 0
  %301 = shufflevector <8 x float> %300, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = mul nsw i64 %c2, 1152
  %303 = add nsw i64 %302, 16
  %304 = getelementptr inbounds float, ptr %2, i64 %303
  %305 = load <8 x float>, ptr %304, align 4
  %306 = mul nsw i64 %c2, 24
  %307 = add nsw i64 %306, 16
  %308 = getelementptr inbounds float, ptr %3, i64 %307
  %309 = load <8 x float>, ptr %308, align 4
  %310 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %301, <8 x float> %305, <8 x float> %309)
  %311 = mul nsw i64 %6, 2448
  %312 = mul nsw i64 %292, 144
  %313 = add nsw i64 %311, %312
  %314 = mul nsw i64 %c2, 24
  %315 = add nsw i64 %313, %314
  %316 = add nsw i64 %315, 448
  %317 = getelementptr inbounds float, ptr %0, i64 %316
  store <8 x float> %310, ptr %317, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %then
  br label %endif

loop3:                                            ; preds = %loop3, %loop1
  %c3 = phi i64 [ 1, %loop1 ], [ %622, %loop3 ]
  %318 = mul nsw i64 4, %c1
  %319 = add nsw i64 %318, 0
  %320 = mul nsw i64 %6, 816
  %321 = mul nsw i64 %318, 48
  %322 = add nsw i64 %320, %321
  %323 = add nsw i64 %322, %c3
  %324 = getelementptr inbounds float, ptr %1, i64 %323
  %325 = load float, ptr %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %327 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %328 = mul nsw i64 %c3, 24
  %329 = mul nsw i64 %c2, 1152
  %330 = add nsw i64 %328, %329
  %331 = getelementptr inbounds float, ptr %2, i64 %330
  %332 = load <8 x float>, ptr %331, align 4
  %333 = mul nsw i64 %6, 2448
  %334 = mul nsw i64 %318, 144
  %335 = add nsw i64 %333, %334
  %336 = mul nsw i64 %c2, 24
  %337 = add nsw i64 %335, %336
  %338 = getelementptr inbounds float, ptr %0, i64 %337
  %339 = load <8 x float>, ptr %338, align 4
  %340 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %327, <8 x float> %332, <8 x float> %339)
  store <8 x float> %340, ptr %338, align 4
  %341 = mul nsw i64 4, %c1
  %342 = add nsw i64 %341, 0
  %343 = mul nsw i64 %6, 816
  %344 = mul nsw i64 %341, 48
  %345 = add nsw i64 %343, %344
  %346 = add nsw i64 %345, %c3
  %347 = getelementptr inbounds float, ptr %1, i64 %346
  %348 = load float, ptr %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i32 0
  %350 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = mul nsw i64 %c3, 24
  %352 = mul nsw i64 %c2, 1152
  %353 = add nsw i64 %351, %352
  %354 = add nsw i64 %353, 8
  %355 = getelementptr inbounds float, ptr %2, i64 %354
  %356 = load <8 x float>, ptr %355, align 4
  %357 = mul nsw i64 %6, 2448
  %358 = mul nsw i64 %341, 144
  %359 = add nsw i64 %357, %358
  %360 = mul nsw i64 %c2, 24
  %361 = add nsw i64 %359, %360
  %362 = add nsw i64 %361, 8
  %363 = getelementptr inbounds float, ptr %0, i64 %362
  %364 = load <8 x float>, ptr %363, align 4
  %365 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %350, <8 x float> %356, <8 x float> %364)
  store <8 x float> %365, ptr %363, align 4
  %366 = mul nsw i64 4, %c1
  %367 = add nsw i64 %366, 0
  %368 = mul nsw i64 %6, 816
  %369 = mul nsw i64 %366, 48
  %370 = add nsw i64 %368, %369
  %371 = add nsw i64 %370, %c3
  %372 = getelementptr inbounds float, ptr %1, i64 %371
  %373 = load float, ptr %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i32 0
  %375 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = mul nsw i64 %c3, 24
  %377 = mul nsw i64 %c2, 1152
  %378 = add nsw i64 %376, %377
  %379 = add nsw i64 %378, 16
  %380 = getelementptr inbounds float, ptr %2, i64 %379
  %381 = load <8 x float>, ptr %380, align 4
  %382 = mul nsw i64 %6, 2448
  %383 = mul nsw i64 %366, 144
  %384 = add nsw i64 %382, %383
  %385 = mul nsw i64 %c2, 24
  %386 = add nsw i64 %384, %385
  %387 = add nsw i64 %386, 16
  %388 = getelementptr inbounds float, ptr %0, i64 %387
  %389 = load <8 x float>, ptr %388, align 4
  %390 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %375, <8 x float> %381, <8 x float> %389)
  store <8 x float> %390, ptr %388, align 4
  %391 = mul nsw i64 4, %c1
  %392 = add nsw i64 %391, 1
  %393 = mul nsw i64 %6, 816
  %394 = mul nsw i64 %391, 48
  %395 = add nsw i64 %393, %394
  %396 = add nsw i64 %395, %c3
  %397 = add nsw i64 %396, 48
  %398 = getelementptr inbounds float, ptr %1, i64 %397
  %399 = load float, ptr %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %401 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = mul nsw i64 %c3, 24
  %403 = mul nsw i64 %c2, 1152
  %404 = add nsw i64 %402, %403
  %405 = getelementptr inbounds float, ptr %2, i64 %404
  %406 = load <8 x float>, ptr %405, align 4
  %407 = mul nsw i64 %6, 2448
  %408 = mul nsw i64 %391, 144
  %409 = add nsw i64 %407, %408
  %410 = mul nsw i64 %c2, 24
  %411 = add nsw i64 %409, %410
  %412 = add nsw i64 %411, 144
  %413 = getelementptr inbounds float, ptr %0, i64 %412
  %414 = load <8 x float>, ptr %413, align 4
  %415 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %401, <8 x float> %406, <8 x float> %414)
  store <8 x float> %415, ptr %413, align 4
  %416 = mul nsw i64 4, %c1
  %417 = add nsw i64 %416, 1
  %418 = mul nsw i64 %6, 816
  %419 = mul nsw i64 %416, 48
  %420 = add nsw i64 %418, %419
  %421 = add nsw i64 %420, %c3
  %422 = add nsw i64 %421, 48
  %423 = getelementptr inbounds float, ptr %1, i64 %422
  %424 = load float, ptr %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %426 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %427 = mul nsw i64 %c3, 24
  %428 = mul nsw i64 %c2, 1152
  %429 = add nsw i64 %427, %428
  %430 = add nsw i64 %429, 8
  %431 = getelementptr inbounds float, ptr %2, i64 %430
  %432 = load <8 x float>, ptr %431, align 4
  %433 = mul nsw i64 %6, 2448
  %434 = mul nsw i64 %416, 144
  %435 = add nsw i64 %433, %434
  %436 = mul nsw i64 %c2, 24
  %437 = add nsw i64 %435, %436
  %438 = add nsw i64 %437, 152
  %439 = getelementptr inbounds float, ptr %0, i64 %438
  %440 = load <8 x float>, ptr %439, align 4
  %441 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %426, <8 x float> %432, <8 x float> %440)
  store <8 x float> %441, ptr %439, align 4
  %442 = mul nsw i64 4, %c1
  %443 = add nsw i64 %442, 1
  %444 = mul nsw i64 %6, 816
  %445 = mul nsw i64 %442, 48
  %446 = add nsw i64 %444, %445
  %447 = add nsw i64 %446, %c3
  %448 = add nsw i64 %447, 48
  %449 = getelementptr inbounds float, ptr %1, i64 %448
  %450 = load float, ptr %449, align 4
  %451 = insertelement <8 x float> undef, float %450, i32 0
  %452 = shufflevector <8 x float> %451, <8 x float> undef, <8 x i32> zeroinitializer
  %453 = mul nsw i64 %c3, 24
  %454 = mul nsw i64 %c2, 1152
  %455 = add nsw i64 %453, %454
  %456 = add nsw i64 %455, 16
  %457 = getelementptr inbounds float, ptr %2, i64 %456
  %458 = load <8 x float>, ptr %457, align 4
  %459 = mul nsw i64 %6, 2448
  %460 = mul nsw i64 %442, 144
  %461 = add nsw i64 %459, %460
  %462 = mul nsw i64 %c2, 24
  %463 = add nsw i64 %461, %462
  %464 = add nsw i64 %463, 160
  %465 = getelementptr inbounds float, ptr %0, i64 %464
  %466 = load <8 x float>, ptr %465, align 4
  %467 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %452, <8 x float> %458, <8 x float> %466)
  store <8 x float> %467, ptr %465, align 4
  %468 = mul nsw i64 4, %c1
  %469 = add nsw i64 %468, 2
  %470 = mul nsw i64 %6, 816
  %471 = mul nsw i64 %468, 48
  %472 = add nsw i64 %470, %471
  %473 = add nsw i64 %472, %c3
  %474 = add nsw i64 %473, 96
  %475 = getelementptr inbounds float, ptr %1, i64 %474
  %476 = load float, ptr %475, align 4
  %477 = insertelement <8 x float> undef, float %476, i32 0
  %478 = shufflevector <8 x float> %477, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = mul nsw i64 %c3, 24
  %480 = mul nsw i64 %c2, 1152
  %481 = add nsw i64 %479, %480
  %482 = getelementptr inbounds float, ptr %2, i64 %481
  %483 = load <8 x float>, ptr %482, align 4
  %484 = mul nsw i64 %6, 2448
  %485 = mul nsw i64 %468, 144
  %486 = add nsw i64 %484, %485
  %487 = mul nsw i64 %c2, 24
  %488 = add nsw i64 %486, %487
  %489 = add nsw i64 %488, 288
  %490 = getelementptr inbounds float, ptr %0, i64 %489
  %491 = load <8 x float>, ptr %490, align 4
  %492 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %478, <8 x float> %483, <8 x float> %491)
  store <8 x float> %492, ptr %490, align 4
  %493 = mul nsw i64 4, %c1
  %494 = add nsw i64 %493, 2
  %495 = mul nsw i64 %6, 816
  %496 = mul nsw i64 %493, 48
  %497 = add nsw i64 %495, %496
  %498 = add nsw i64 %497, %c3
  %499 = add nsw i64 %498, 96
  %500 = getelementptr inbounds float, ptr %1, i64 %499
  %501 = load float, ptr %500, align 4
  %502 = insertelement <8 x float> undef, float %501, i32 0
  %503 = shufflevector <8 x float> %502, <8 x float> undef, <8 x i32> zeroinitializer
  %504 = mul nsw i64 %c3, 24
  %505 = mul nsw i64 %c2, 1152
  %506 = add nsw i64 %504, %505
  %507 = add nsw i64 %506, 8
  %508 = getelementptr inbounds float, ptr %2, i64 %507
  %509 = load <8 x float>, ptr %508, align 4
  %510 = mul nsw i64 %6, 2448
  %511 = mul nsw i64 %493, 144
  %512 = add nsw i64 %510, %511
  %513 = mul nsw i64 %c2, 24
  %514 = add nsw i64 %512, %513
  %515 = add nsw i64 %514, 296
  %516 = getelementptr inbounds float, ptr %0, i64 %515
  %517 = load <8 x float>, ptr %516, align 4
  %518 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %503, <8 x float> %509, <8 x float> %517)
  store <8 x float> %518, ptr %516, align 4
  %519 = mul nsw i64 4, %c1
  %520 = add nsw i64 %519, 2
  %521 = mul nsw i64 %6, 816
  %522 = mul nsw i64 %519, 48
  %523 = add nsw i64 %521, %522
  %524 = add nsw i64 %523, %c3
  %525 = add nsw i64 %524, 96
  %526 = getelementptr inbounds float, ptr %1, i64 %525
  %527 = load float, ptr %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %529 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = mul nsw i64 %c3, 24
  %531 = mul nsw i64 %c2, 1152
  %532 = add nsw i64 %530, %531
  %533 = add nsw i64 %532, 16
  %534 = getelementptr inbounds float, ptr %2, i64 %533
  %535 = load <8 x float>, ptr %534, align 4
  %536 = mul nsw i64 %6, 2448
  %537 = mul nsw i64 %519, 144
  %538 = add nsw i64 %536, %537
  %539 = mul nsw i64 %c2, 24
  %540 = add nsw i64 %538, %539
  %541 = add nsw i64 %540, 304
  %542 = getelementptr inbounds float, ptr %0, i64 %541
  %543 = load <8 x float>, ptr %542, align 4
  %544 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %529, <8 x float> %535, <8 x float> %543)
  store <8 x float> %544, ptr %542, align 4
  %545 = mul nsw i64 4, %c1
  %546 = add nsw i64 %545, 3
  %547 = mul nsw i64 %6, 816
  %548 = mul nsw i64 %545, 48
  %549 = add nsw i64 %547, %548
  %550 = add nsw i64 %549, %c3
  %551 = add nsw i64 %550, 144
  %552 = getelementptr inbounds float, ptr %1, i64 %551
  %553 = load float, ptr %552, align 4
  %554 = insertelement <8 x float> undef, float %553, i32 0
  %555 = shufflevector <8 x float> %554, <8 x float> undef, <8 x i32> zeroinitializer
  %556 = mul nsw i64 %c3, 24
  %557 = mul nsw i64 %c2, 1152
  %558 = add nsw i64 %556, %557
  %559 = getelementptr inbounds float, ptr %2, i64 %558
  %560 = load <8 x float>, ptr %559, align 4
  %561 = mul nsw i64 %6, 2448
  %562 = mul nsw i64 %545, 144
  %563 = add nsw i64 %561, %562
  %564 = mul nsw i64 %c2, 24
  %565 = add nsw i64 %563, %564
  %566 = add nsw i64 %565, 432
  %567 = getelementptr inbounds float, ptr %0, i64 %566
  %568 = load <8 x float>, ptr %567, align 4
  %569 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %555, <8 x float> %560, <8 x float> %568)
  store <8 x float> %569, ptr %567, align 4
  %570 = mul nsw i64 4, %c1
  %571 = add nsw i64 %570, 3
  %572 = mul nsw i64 %6, 816
  %573 = mul nsw i64 %570, 48
  %574 = add nsw i64 %572, %573
  %575 = add nsw i64 %574, %c3
  %576 = add nsw i64 %575, 144
  %577 = getelementptr inbounds float, ptr %1, i64 %576
  %578 = load float, ptr %577, align 4
  %579 = insertelement <8 x float> undef, float %578, i32 0
  %580 = shufflevector <8 x float> %579, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = mul nsw i64 %c3, 24
  %582 = mul nsw i64 %c2, 1152
  %583 = add nsw i64 %581, %582
  %584 = add nsw i64 %583, 8
  %585 = getelementptr inbounds float, ptr %2, i64 %584
  %586 = load <8 x float>, ptr %585, align 4
  %587 = mul nsw i64 %6, 2448
  %588 = mul nsw i64 %570, 144
  %589 = add nsw i64 %587, %588
  %590 = mul nsw i64 %c2, 24
  %591 = add nsw i64 %589, %590
  %592 = add nsw i64 %591, 440
  %593 = getelementptr inbounds float, ptr %0, i64 %592
  %594 = load <8 x float>, ptr %593, align 4
  %595 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %580, <8 x float> %586, <8 x float> %594)
  store <8 x float> %595, ptr %593, align 4
  %596 = mul nsw i64 4, %c1
  %597 = add nsw i64 %596, 3
  %598 = mul nsw i64 %6, 816
  %599 = mul nsw i64 %596, 48
  %600 = add nsw i64 %598, %599
  %601 = add nsw i64 %600, %c3
  %602 = add nsw i64 %601, 144
  %603 = getelementptr inbounds float, ptr %1, i64 %602
  %604 = load float, ptr %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %606 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = mul nsw i64 %c3, 24
  %608 = mul nsw i64 %c2, 1152
  %609 = add nsw i64 %607, %608
  %610 = add nsw i64 %609, 16
  %611 = getelementptr inbounds float, ptr %2, i64 %610
  %612 = load <8 x float>, ptr %611, align 4
  %613 = mul nsw i64 %6, 2448
  %614 = mul nsw i64 %596, 144
  %615 = add nsw i64 %613, %614
  %616 = mul nsw i64 %c2, 24
  %617 = add nsw i64 %615, %616
  %618 = add nsw i64 %617, 448
  %619 = getelementptr inbounds float, ptr %0, i64 %618
  %620 = load <8 x float>, ptr %619, align 4
  %621 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %606, <8 x float> %612, <8 x float> %620)
  store <8 x float> %621, ptr %619, align 4
  %622 = add nsw i64 %c3, 1
  %623 = icmp sle i64 %622, 47
  br i1 %623, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %624 = add nsw i64 %c2, 1
  %625 = icmp sle i64 %624, 5
  br i1 %625, label %loop1, label %endloop2

loop5:                                            ; preds = %endloop9, %else
  %c27 = phi i64 [ 0, %else ], [ %745, %endloop9 ]
  %626 = mul nsw i64 %6, 816
  %627 = add nsw i64 %626, 768
  %628 = getelementptr inbounds float, ptr %1, i64 %627
  %629 = load float, ptr %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %631 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %632 = mul nsw i64 %c27, 1152
  %633 = getelementptr inbounds float, ptr %2, i64 %632
  %634 = load <8 x float>, ptr %633, align 4
  %635 = mul nsw i64 %c27, 24
  %636 = getelementptr inbounds float, ptr %3, i64 %635
  %637 = load <8 x float>, ptr %636, align 4
  %638 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %631, <8 x float> %634, <8 x float> %637)
  %639 = mul nsw i64 %6, 2448
  %640 = mul nsw i64 %c27, 24
  %641 = add nsw i64 %639, %640
  %642 = add nsw i64 %641, 2304
  %643 = getelementptr inbounds float, ptr %0, i64 %642
  store <8 x float> %638, ptr %643, align 4
  %644 = mul nsw i64 %6, 816
  %645 = add nsw i64 %644, 768
  %646 = getelementptr inbounds float, ptr %1, i64 %645
  %647 = load float, ptr %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %649 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %650 = mul nsw i64 %c27, 1152
  %651 = add nsw i64 %650, 8
  %652 = getelementptr inbounds float, ptr %2, i64 %651
  %653 = load <8 x float>, ptr %652, align 4
  %654 = mul nsw i64 %c27, 24
  %655 = add nsw i64 %654, 8
  %656 = getelementptr inbounds float, ptr %3, i64 %655
  %657 = load <8 x float>, ptr %656, align 4
  %658 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %649, <8 x float> %653, <8 x float> %657)
  %659 = mul nsw i64 %6, 2448
  %660 = mul nsw i64 %c27, 24
  %661 = add nsw i64 %659, %660
  %662 = add nsw i64 %661, 2312
  %663 = getelementptr inbounds float, ptr %0, i64 %662
  store <8 x float> %658, ptr %663, align 4
  %664 = mul nsw i64 %6, 816
  %665 = add nsw i64 %664, 768
  %666 = getelementptr inbounds float, ptr %1, i64 %665
  %667 = load float, ptr %666, align 4
  %668 = insertelement <8 x float> undef, float %667, i32 0
  %669 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = mul nsw i64 %c27, 1152
  %671 = add nsw i64 %670, 16
  %672 = getelementptr inbounds float, ptr %2, i64 %671
  %673 = load <8 x float>, ptr %672, align 4
  %674 = mul nsw i64 %c27, 24
  %675 = add nsw i64 %674, 16
  %676 = getelementptr inbounds float, ptr %3, i64 %675
  %677 = load <8 x float>, ptr %676, align 4
  %678 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %669, <8 x float> %673, <8 x float> %677)
  %679 = mul nsw i64 %6, 2448
  %680 = mul nsw i64 %c27, 24
  %681 = add nsw i64 %679, %680
  %682 = add nsw i64 %681, 2320
  %683 = getelementptr inbounds float, ptr %0, i64 %682
  store <8 x float> %678, ptr %683, align 4
  br i1 true, label %loop8, label %endloop9

endloop6:                                         ; preds = %endloop9, %else
  br label %endif

loop8:                                            ; preds = %loop8, %loop5
  %c310 = phi i64 [ 1, %loop5 ], [ %743, %loop8 ]
  %684 = mul nsw i64 %6, 816
  %685 = add nsw i64 %684, %c310
  %686 = add nsw i64 %685, 768
  %687 = getelementptr inbounds float, ptr %1, i64 %686
  %688 = load float, ptr %687, align 4
  %689 = insertelement <8 x float> undef, float %688, i32 0
  %690 = shufflevector <8 x float> %689, <8 x float> undef, <8 x i32> zeroinitializer
  %691 = mul nsw i64 %c310, 24
  %692 = mul nsw i64 %c27, 1152
  %693 = add nsw i64 %691, %692
  %694 = getelementptr inbounds float, ptr %2, i64 %693
  %695 = load <8 x float>, ptr %694, align 4
  %696 = mul nsw i64 %6, 2448
  %697 = mul nsw i64 %c27, 24
  %698 = add nsw i64 %696, %697
  %699 = add nsw i64 %698, 2304
  %700 = getelementptr inbounds float, ptr %0, i64 %699
  %701 = load <8 x float>, ptr %700, align 4
  %702 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %690, <8 x float> %695, <8 x float> %701)
  store <8 x float> %702, ptr %700, align 4
  %703 = mul nsw i64 %6, 816
  %704 = add nsw i64 %703, %c310
  %705 = add nsw i64 %704, 768
  %706 = getelementptr inbounds float, ptr %1, i64 %705
  %707 = load float, ptr %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %709 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %710 = mul nsw i64 %c310, 24
  %711 = mul nsw i64 %c27, 1152
  %712 = add nsw i64 %710, %711
  %713 = add nsw i64 %712, 8
  %714 = getelementptr inbounds float, ptr %2, i64 %713
  %715 = load <8 x float>, ptr %714, align 4
  %716 = mul nsw i64 %6, 2448
  %717 = mul nsw i64 %c27, 24
  %718 = add nsw i64 %716, %717
  %719 = add nsw i64 %718, 2312
  %720 = getelementptr inbounds float, ptr %0, i64 %719
  %721 = load <8 x float>, ptr %720, align 4
  %722 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %709, <8 x float> %715, <8 x float> %721)
  store <8 x float> %722, ptr %720, align 4
  %723 = mul nsw i64 %6, 816
  %724 = add nsw i64 %723, %c310
  %725 = add nsw i64 %724, 768
  %726 = getelementptr inbounds float, ptr %1, i64 %725
  %727 = load float, ptr %726, align 4
  %728 = insertelement <8 x float> undef, float %727, i32 0
  %729 = shufflevector <8 x float> %728, <8 x float> undef, <8 x i32> zeroinitializer
  %730 = mul nsw i64 %c310, 24
  %731 = mul nsw i64 %c27, 1152
  %732 = add nsw i64 %730, %731
  %733 = add nsw i64 %732, 16
  %734 = getelementptr inbounds float, ptr %2, i64 %733
  %735 = load <8 x float>, ptr %734, align 4
  %736 = mul nsw i64 %6, 2448
  %737 = mul nsw i64 %c27, 24
  %738 = add nsw i64 %736, %737
  %739 = add nsw i64 %738, 2320
  %740 = getelementptr inbounds float, ptr %0, i64 %739
  %741 = load <8 x float>, ptr %740, align 4
  %742 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %729, <8 x float> %735, <8 x float> %741)
  store <8 x float> %742, ptr %740, align 4
  %743 = add nsw i64 %c310, 1
  %744 = icmp sle i64 %743, 47
  br i1 %744, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %loop5
  %745 = add nsw i64 %c27, 1
  %746 = icmp sle i64 %745, 5
  br i1 %746, label %loop5, label %endloop6
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

; Function Attrs: nounwind
define internal void @vitc_k8_par0(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 2
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 3
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 4
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 5
  %14 = load i64, ptr %13, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 6
  %16 = load i64, ptr %15, align 8
  call void @vitc_k8_par0_body(ptr %4, ptr %6, ptr %8, ptr %10, ptr %12, i64 %14, i64 %16, i64 %1, i64 %2)
  ret void
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #1 = { alwaysinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
; part 10: encoder.layers.encoder_layer_0.self_attention.kT
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k9(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3) #0 {
entry:
  %4 = sub nsw i64 %1, 1
  %5 = icmp sle i64 0, %4
  br i1 %5, label %loop, label %endloop

loop:                                             ; preds = %endloop2, %entry
  %c0 = phi i64 [ 0, %entry ], [ %6, %endloop2 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop2, %entry
  ret void

loop1:                                            ; preds = %endloop4, %loop
  %c1 = phi i64 [ 0, %loop ], [ %8, %endloop4 ]
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %loop
  %6 = add nsw i64 %c0, 1
  %7 = icmp sle i64 %6, %4
  br i1 %7, label %loop, label %endloop

loop3:                                            ; preds = %endloop6, %loop1
  %c2 = phi i64 [ 0, %loop1 ], [ %28, %endloop6 ]
  br i1 true, label %loop5, label %endloop6

endloop4:                                         ; preds = %endloop6, %loop1
  %8 = add nsw i64 %c1, 1
  %9 = icmp sle i64 %8, 2
  br i1 %9, label %loop1, label %endloop2

loop5:                                            ; preds = %loop5, %loop3
  %c3 = phi i64 [ 0, %loop3 ], [ %26, %loop5 ]
  %10 = mul nsw i64 %c0, 2448
  %11 = mul nsw i64 %c1, 16
  %12 = add nsw i64 %10, %11
  %13 = add nsw i64 %12, %c2
  %14 = mul nsw i64 %c3, 144
  %15 = add nsw i64 %13, %14
  %16 = add nsw i64 %15, 48
  %17 = getelementptr inbounds float, ptr %3, i64 %16
  %18 = load float, ptr %17, align 4
  %19 = mul nsw i64 %c0, 816
  %20 = mul nsw i64 %c1, 272
  %21 = add nsw i64 %19, %20
  %22 = mul nsw i64 %c2, 17
  %23 = add nsw i64 %21, %22
  %24 = add nsw i64 %23, %c3
  %25 = getelementptr inbounds float, ptr %2, i64 %24
  store float %18, ptr %25, align 4
  %26 = add nsw i64 %c3, 1
  %27 = icmp sle i64 %26, 16
  br i1 %27, label %loop5, label %endloop6, !llvm.loop !0

endloop6:                                         ; preds = %loop5, %loop3
  %28 = add nsw i64 %c2, 1
  %29 = icmp sle i64 %28, 15
  br i1 %29, label %loop3, label %endloop4
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
; part 11: encoder.layers.encoder_layer_0.self_attention.scores
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k10(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3, ptr noalias %4) #0 {
entry:
  %closure = alloca { ptr, ptr, ptr, ptr, i64, i64, i64 }, align 8
  %5 = sub nsw i64 %1, 1
  %6 = icmp sle i64 0, %5
  br i1 %6, label %loop, label %endloop

loop:                                             ; preds = %endloop2, %entry
  %c0 = phi i64 [ 0, %entry ], [ %7, %endloop2 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop2, %entry
  ret void

loop1:                                            ; preds = %endpar, %loop
  %c1 = phi i64 [ 0, %loop ], [ %18, %endpar ]
  br i1 true, label %par, label %endpar

endloop2:                                         ; preds = %endpar, %loop
  %7 = add nsw i64 %c0, 1
  %8 = icmp sle i64 %7, %5
  br i1 %8, label %loop, label %endloop

par:                                              ; preds = %loop1
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 0
  store ptr %2, ptr %9, align 8
  %10 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 1
  store ptr %3, ptr %10, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 2
  store ptr %4, ptr %11, align 8
  %12 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 3
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 4
  store i64 %1, ptr %13, align 8
  %14 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 5
  store i64 %c0, ptr %14, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 6
  store i64 %c1, ptr %15, align 8
  %16 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 0
  %pool = load ptr, ptr %16, align 8
  %17 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 2
  %parallel_for = load ptr, ptr %17, align 8
  call void %parallel_for(ptr %pool, i64 5, ptr @vitc_k10_par0, ptr %closure)
  br label %endpar

endpar:                                           ; preds = %par, %loop1
  %18 = add nsw i64 %c1, 1
  %19 = icmp sle i64 %18, 2
  br i1 %19, label %loop1, label %endloop2
}

; Function Attrs: alwaysinline nounwind
define internal void @vitc_k10_par0_body(ptr noalias %0, ptr noalias %1, ptr noalias %2, ptr %3, i64 %4, i64 %5, i64 %6, i64 %7, i64 %8) #1 {
entry:
  %9 = mul nsw i64 %7, 1
  %10 = add nsw i64 0, %9
  %11 = sub nsw i64 %8, 1
  %12 = mul nsw i64 %11, 1
  %13 = add nsw i64 0, %12
  %14 = icmp sle i64 %10, %13
  br i1 %14, label %loop, label %endloop

loop:                                             ; preds = %endif, %entry
  %c2 = phi i64 [ %10, %entry ], [ %16, %endif ]
  %15 = icmp sle i64 %c2, 3
  br i1 %15, label %then, label %else

endloop:                                          ; preds = %endif, %entry
  ret void

then:                                             ; preds = %loop
  br i1 true, label %loop1, label %endloop2

else:                                             ; preds = %loop
  br i1 true, label %loop11, label %endloop12

endif:                                            ; preds = %endloop12, %endloop2
  %16 = add nsw i64 %c2, 1
  %17 = icmp sle i64 %16, %13
  br i1 %17, label %loop, label %endloop

loop1:                                            ; preds = %endif5, %then
  %c3 = phi i64 [ 0, %then ], [ %228, %endif5 ]
  %18 = icmp sle i64 %c3, 1
  br i1 %18, label %then3, label %else4

endloop2:                                         ; preds = %endif5, %then
  br label %endif

then3:                                            ; preds = %loop1
  %19 = mul nsw i64 4, %c2
  %20 = add nsw i64 %19, 0
  %21 = mul nsw i64 8, %c3
  %22 = add nsw i64 %21, 0
  %23 = mul nsw i64 %5, 2448
  %24 = mul nsw i64 %6, 16
  %25 = add nsw i64 %23, %24
  %26 = mul nsw i64 %19, 144
  %27 = add nsw i64 %25, %26
  %28 = getelementptr inbounds float, ptr %1, i64 %27
  %29 = load float, ptr %28, align 4
  %30 = insertelement <8 x float> undef, float %29, i32 0
  %31 = shufflevector <8 x float> %30, <8 x float> undef, <8 x i32> zeroinitializer
  %32 = mul nsw i64 %5, 816
  %33 = mul nsw i64 %6, 272
  %34 = add nsw i64 %32, %33
  %35 = add nsw i64 %34, %21
  %36 = getelementptr inbounds float, ptr %2, i64 %35
  %37 = load <8 x float>, ptr %36, align 4
  %38 = fmul <8 x float> %31, %37
  %39 = mul nsw i64 %5, 867
  %40 = mul nsw i64 %6, 289
  %41 = add nsw i64 %39, %40
  %42 = mul nsw i64 %19, 17
  %43 = add nsw i64 %41, %42
  %44 = add nsw i64 %43, %21
  %45 = getelementptr inbounds float, ptr %0, i64 %44
  store <8 x float> %38, ptr %45, align 4
  %46 = mul nsw i64 4, %c2
  %47 = add nsw i64 %46, 1
  %48 = mul nsw i64 8, %c3
  %49 = add nsw i64 %48, 0
  %50 = mul nsw i64 %5, 2448
  %51 = mul nsw i64 %6, 16
  %52 = add nsw i64 %50, %51
  %53 = mul nsw i64 %46, 144
  %54 = add nsw i64 %52, %53
  %55 = add nsw i64 %54, 144
  %56 = getelementptr inbounds float, ptr %1, i64 %55
  %57 = load float, ptr %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %59 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = mul nsw i64 %5, 816
  %61 = mul nsw i64 %6, 272
  %62 = add nsw i64 %60, %61
  %63 = add nsw i64 %62, %48
  %64 = getelementptr inbounds float, ptr %2, i64 %63
  %65 = load <8 x float>, ptr %64, align 4
  %66 = fmul <8 x float> %59, %65
  %67 = mul nsw i64 %5, 867
  %68 = mul nsw i64 %6, 289
  %69 = add nsw i64 %67, %68
  %70 = mul nsw i64 %46, 17
  %71 = add nsw i64 %69, %70
  %72 = add nsw i64 %71, %48
  %73 = add nsw i64 %72, 17
  %74 = getelementptr inbounds float, ptr %0, i64 %73
  store <8 x float> %66, ptr %74, align 4
  %75 = mul nsw i64 4, %c2
  %76 = add nsw i64 %75, 2
  %77 = mul nsw i64 8, %c3
  %78 = add nsw i64 %77, 0
  %79 = mul nsw i64 %5, 2448
  %80 = mul nsw i64 %6, 16
  %81 = add nsw i64 %79, %80
  %82 = mul nsw i64 %75, 144
  %83 = add nsw i64 %81, %82
  %84 = add nsw i64 %83, 288
  %85 = getelementptr inbounds float, ptr %1, i64 %84
  %86 = load float, ptr %85, align 4
  %87 = insertelement <8 x float> undef, float %86, i32 0
  %88 = shufflevector <8 x float> %87, <8 x float> undef, <8 x i32> zeroinitializer
  %89 = mul nsw i64 %5, 816
  %90 = mul nsw i64 %6, 272
  %91 = add nsw i64 %89, %90
  %92 = add nsw i64 %91, %77
  %93 = getelementptr inbounds float, ptr %2, i64 %92
  %94 = load <8 x float>, ptr %93, align 4
  %95 = fmul <8 x float> %88, %94
  %96 = mul nsw i64 %5, 867
  %97 = mul nsw i64 %6, 289
  %98 = add nsw i64 %96, %97
  %99 = mul nsw i64 %75, 17
  %100 = add nsw i64 %98, %99
  %101 = add nsw i64 %100, %77
  %102 = add nsw i64 %101, 34
  %103 = getelementptr inbounds float, ptr %0, i64 %102
  store <8 x float> %95, ptr %103, align 4
  %104 = mul nsw i64 4, %c2
  %105 = add nsw i64 %104, 3
  %106 = mul nsw i64 8, %c3
  %107 = add nsw i64 %106, 0
  %108 = mul nsw i64 %5, 2448
  %109 = mul nsw i64 %6, 16
  %110 = add nsw i64 %108, %109
  %111 = mul nsw i64 %104, 144
  %112 = add nsw i64 %110, %111
  %113 = add nsw i64 %112, 432
  %114 = getelementptr inbounds float, ptr %1, i64 %113
  %115 = load float, ptr %114, align 4
  %116 = insertelement <8 x float> undef, float %115, i32 0
  %117 = shufflevector <8 x float> %116, <8 x float> undef, <8 x i32> zeroinitializer
  %118 = mul nsw i64 %5, 816
  %119 = mul nsw i64 %6, 272
  %120 = add nsw i64 %118, %119
  %121 = add nsw i64 %120, %106
  %122 = getelementptr inbounds float, ptr %2, i64 %121
  %123 = load <8 x float>, ptr %122, align 4
  %124 = fmul <8 x float> %117, %123
  %125 = mul nsw i64 %5, 867
  %126 = mul nsw i64 %6, 289
  %127 = add nsw i64 %125, %126
  %128 = mul nsw i64 %104, 17
  %129 = add nsw i64 %127, %128
  %130 = add nsw i64 %129, %106
  %131 = add nsw i64 %130, 51
  %132 = getelementptr inbounds float, ptr %0, i64 %131
  store <8 x float> %124, ptr %132, align 4
  br i1 true, label %loop6, label %endloop7

else4:                                            ; preds = %loop1
  %133 = mul nsw i64 4, %c2
  %134 = add nsw i64 %133, 0
  %135 = mul nsw i64 %5, 2448
  %136 = mul nsw i64 %6, 16
  %137 = add nsw i64 %135, %136
  %138 = mul nsw i64 %133, 144
  %139 = add nsw i64 %137, %138
  %140 = getelementptr inbounds float, ptr %1, i64 %139
  %141 = load float, ptr %140, align 4
  %142 = mul nsw i64 %5, 816
  %143 = mul nsw i64 %6, 272
  %144 = add nsw i64 %142, %143
  %145 = add nsw i64 %144, 16
  %146 = getelementptr inbounds float, ptr %2, i64 %145
  %147 = load float, ptr %146, align 4
  %148 = fmul float %141, %147
  %149 = mul nsw i64 %5, 867
  %150 = mul nsw i64 %6, 289
  %151 = add nsw i64 %149, %150
  %152 = mul nsw i64 %133, 17
  %153 = add nsw i64 %151, %152
  %154 = add nsw i64 %153, 16
  %155 = getelementptr inbounds float, ptr %0, i64 %154
  store float %148, ptr %155, align 4
  %156 = mul nsw i64 4, %c2
  %157 = add nsw i64 %156, 1
  %158 = mul nsw i64 %5, 2448
  %159 = mul nsw i64 %6, 16
  %160 = add nsw i64 %158, %159
  %161 = mul nsw i64 %156, 144
  %162 = add nsw i64 %160, %161
  %163 = add nsw i64 %162, 144
  %164 = getelementptr inbounds float, ptr %1, i64 %163
  %165 = load float, ptr %164, align 4
  %166 = mul nsw i64 %5, 816
  %167 = mul nsw i64 %6, 272
  %168 = add nsw i64 %166, %167
  %169 = add nsw i64 %168, 16
  %170 = getelementptr inbounds float, ptr %2, i64 %169
  %171 = load float, ptr %170, align 4
  %172 = fmul float %165, %171
  %173 = mul nsw i64 %5, 867
  %174 = mul nsw i64 %6, 289
  %175 = add nsw i64 %173, %174
  %176 = mul nsw i64 %156, 17
  %177 = add nsw i64 %175, %176
  %178 = add nsw i64 %177, 33
  %179 = getelementptr inbounds float, ptr %0, i64 %178
  store float %172, ptr %179, align 4
  %180 = mul nsw i64 4, %c2
  %181 = add nsw i64 %180, 2
  %182 = mul nsw i64 %5, 2448
  %183 = mul nsw i64 %6, 16
  %184 = add nsw i64 %182, %183
  %185 = mul nsw i64 %180, 144
  %186 = add nsw i64 %184, %185
  %187 = add nsw i64 %186, 288
  %188 = getelementptr inbounds float, ptr %1, i64 %187
  %189 = load float, ptr %188, align 4
  %190 = mul nsw i64 %5, 816
  %191 = mul nsw i64 %6, 272
  %192 = add nsw i64 %190, %191
  %193 = add nsw i64 %192, 16
  %194 = getelementptr inbounds float, ptr %2, i64 %193
  %195 = load float, ptr %194, align 4
  %196 = fmul float %189, %195
  %197 = mul nsw i64 %5, 867
  %198 = mul nsw i64 %6, 289
  %199 = add nsw i64 %197, %198
  %200 = mul nsw i64 %180, 17
  %201 = add nsw i64 %199, %200
  %202 = add nsw i64 %201, 50
  %203 = getelementptr inbounds float, ptr %0, i64 %202
  store float %196, ptr %203, align 4
  %204 = mul nsw i64 4, %c2
  %205 = add nsw i64 %204, 3
  %206 = mul nsw i64 %5, 2448
  %207 = mul nsw i64 %6, 16
  %208 = add nsw i64 %206, %207
  %209 = mul nsw i64 %204, 144
  %210 = add nsw i64 %208, %209
  %211 = add nsw i64 %210, 432
  %212 = getelementptr inbounds float, ptr %1, i64 %211
  %213 = load float, ptr %212, align 4
  %214 = mul nsw i64 %5, 816
  %215 = mul nsw i64 %6, 272
  %216 = add nsw i64 %214, %215
  %217 = add nsw i64 %216, 16
  %218 = getelementptr inbounds float, ptr %2, i64 %217
  %219 = load float, ptr %218, align 4
  %220 = fmul float %213, %219
  %221 = mul nsw i64 %5, 867
  %222 = mul nsw i64 %6, 289
  %223 = add nsw i64 %221, %222
  %224 = mul nsw i64 %204, 17
  %225 = add nsw i64 %223, %224
  %226 = add nsw i64 %225, 67
  %227 = getelementptr inbounds float, ptr %0, i64 %226
  store float %220, ptr %227, align 4
  br i1 true, label %loop8, label %endloop9

endif5:                                           ; preds = %endloop9, %endloop7
  %228 = add nsw i64 %c3, 1
  %229 = icmp sle i64 %228, 2
  br i1 %229, label %loop1, label %endloop2

loop6:                                            ; preds = %loop6, %then3
  %c4 = phi i64 [ 1, %then3 ], [ %360, %loop6 ]
  %230 = mul nsw i64 4, %c2
  %231 = add nsw i64 %230, 0
  %232 = mul nsw i64 8, %c3
  %233 = add nsw i64 %232, 0
  %234 = mul nsw i64 %5, 2448
  %235 = mul nsw i64 %6, 16
  %236 = add nsw i64 %234, %235
  %237 = mul nsw i64 %230, 144
  %238 = add nsw i64 %236, %237
  %239 = add nsw i64 %238, %c4
  %240 = getelementptr inbounds float, ptr %1, i64 %239
  %241 = load float, ptr %240, align 4
  %242 = insertelement <8 x float> undef, float %241, i32 0
  %243 = shufflevector <8 x float> %242, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = mul nsw i64 %5, 816
  %245 = mul nsw i64 %6, 272
  %246 = add nsw i64 %244, %245
  %247 = mul nsw i64 %c4, 17
  %248 = add nsw i64 %246, %247
  %249 = add nsw i64 %248, %232
  %250 = getelementptr inbounds float, ptr %2, i64 %249
  %251 = load <8 x float>, ptr %250, align 4
  %252 = mul nsw i64 %5, 867
  %253 = mul nsw i64 %6, 289
  %254 = add nsw i64 %252, %253
  %255 = mul nsw i64 %230, 17
  %256 = add nsw i64 %254, %255
  %257 = add nsw i64 %256, %232
  %258 = getelementptr inbounds float, ptr %0, i64 %257
  %259 = load <8 x float>, ptr %258, align 4
  %260 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %243, <8 x float> %251, <8 x float> %259)
  store <8 x float> %260, ptr %258, align 4
  %261 = mul nsw i64 4, %c2
  %262 = add nsw i64 %261, 1
  %263 = mul nsw i64 8, %c3
  %264 = add nsw i64 %263, 0
  %265 = mul nsw i64 %5, 2448
  %266 = mul nsw i64 %6, 16
  %267 = add nsw i64 %265, %266
  %268 = mul nsw i64 %261, 144
  %269 = add nsw i64 %267, %268
  %270 = add nsw i64 %269, %c4
  %271 = add nsw i64 %270, 144
  %272 = getelementptr inbounds float, ptr %1, i64 %271
  %273 = load float, ptr %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i32 0
  %275 = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = mul nsw i64 %5, 816
  %277 = mul nsw i64 %6, 272
  %278 = add nsw i64 %276, %277
  %279 = mul nsw i64 %c4, 17
  %280 = add nsw i64 %278, %279
  %281 = add nsw i64 %280, %263
  %282 = getelementptr inbounds float, ptr %2, i64 %281
  %283 = load <8 x float>, ptr %282, align 4
  %284 = mul nsw i64 %5, 867
  %285 = mul nsw i64 %6, 289
  %286 = add nsw i64 %284, %285
  %287 = mul nsw i64 %261, 17
  %288 = add nsw i64 %286, %287
  %289 = add nsw i64 %288, %263
  %290 = add nsw i64 %289, 17
  %291 = getelementptr inbounds float, ptr %0, i64 %290
  %292 = load <8 x float>, ptr %291, align 4
  %293 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %275, <8 x float> %283, <8 x float> %292)
  store <8 x float> %293, ptr %291, align 4
  %294 = mul nsw i64 4, %c2
  %295 = add nsw i64 %294, 2
  %296 = mul nsw i64 8, %c3
  %297 = add nsw i64 %296, 0
  %298 = mul nsw i64 %5, 2448
  %299 = mul nsw i64 %6, 16
  %300 = add nsw i64 %298, %299
  %301 = mul nsw i64 %294, 144
  %302 = add nsw i64 %300, %301
  %303 = add nsw i64 %302, %c4
  %304 = add nsw i64 %303, 288
  %305 = getelementptr inbounds float, ptr %1, i64 %304
  %306 = load float, ptr %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i32 0
  %308 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = mul nsw i64 %5, 816
  %310 = mul nsw i64 %6, 272
  %311 = add nsw i64 %309, %310
  %312 = mul nsw i64 %c4, 17
  %313 = add nsw i64 %311, %312
  %314 = add nsw i64 %313, %296
  %315 = getelementptr inbounds float, ptr %2, i64 %314
  %316 = load <8 x float>, ptr %315, align 4
  %317 = mul nsw i64 %5, 867
  %318 = mul nsw i64 %6, 289
  %319 = add nsw i64 %317, %318
  %320 = mul nsw i64 %294, 17
  %321 = add nsw i64 %319, %320
  %322 = add nsw i64 %321, %296
  %323 = add nsw i64 %322, 34
  %324 = getelementptr inbounds float, ptr %0, i64 %323
  %325 = load <8 x float>, ptr %324, align 4
  %326 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %308, <8 x float> %316, <8 x float> %325)
  store <8 x float> %326, ptr %324, align 4
  %327 = mul nsw i64 4, %c2
  %328 = add nsw i64 %327, 3
  %329 = mul nsw i64 8, %c3
  %330 = add nsw i64 %329, 0
  %331 = mul nsw i64 %5, 2448
  %332 = mul nsw i64 %6, 16
  %333 = add nsw i64 %331, %332
  %334 = mul nsw i64 %327, 144
  %335 = add nsw i64 %333, %334
  %336 = add nsw i64 %335, %c4
  %337 = add nsw i64 %336, 432
  %338 = getelementptr inbounds float, ptr %1, i64 %337
  %339 = load float, ptr %338, align 4
  %340 = insertelement <8 x float> undef, float %339, i32 0
  %341 = shufflevector <8 x float> %340, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = mul nsw i64 %5, 816
  %343 = mul nsw i64 %6, 272
  %344 = add nsw i64 %342, %343
  %345 = mul nsw i64 %c4, 17
  %346 = add nsw i64 %344, %345
  %347 = add nsw i64 %346, %329
  %348 = getelementptr inbounds float, ptr %2, i64 %347
  %349 = load <8 x float>, ptr %348, align 4
  %350 = mul nsw i64 %5, 867
  %351 = mul nsw i64 %6, 289
  %352 = add nsw i64 %350, %351
  %353 = mul nsw i64 %327, 17
  %354 = add nsw i64 %352, %353
  %355 = add nsw i64 %354, %329
  %356 = add nsw i64 %355, 51
  %357 = getelementptr inbounds float, ptr %0, i64 %356
  %358 = load <8 x float>, ptr %357, align 4
  %359 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %341, <8 x float> %349, <8 x float> %358)
  store <8 x float> %359, ptr %357, align 4
  %360 = add nsw i64 %c4, 1
  %361 = icmp sle i64 %360, 15
  br i1 %361, label %loop6, label %endloop7

endloop7:                                         ; preds = %loop6, %then3
  br label %endif5

loop8:                                            ; preds = %loop8, %else4
  %c410 = phi i64 [ 1, %else4 ], [ %473, %loop8 ]
  %362 = mul nsw i64 4, %c2
  %363 = add nsw i64 %362, 0
  %364 = mul nsw i64 %5, 2448
  %365 = mul nsw i64 %6, 16
  %366 = add nsw i64 %364, %365
  %367 = mul nsw i64 %362, 144
  %368 = add nsw i64 %366, %367
  %369 = add nsw i64 %368, %c410
  %370 = getelementptr inbounds float, ptr %1, i64 %369
  %371 = load float, ptr %370, align 4
  %372 = mul nsw i64 %5, 816
  %373 = mul nsw i64 %6, 272
  %374 = add nsw i64 %372, %373
  %375 = mul nsw i64 %c410, 17
  %376 = add nsw i64 %374, %375
  %377 = add nsw i64 %376, 16
  %378 = getelementptr inbounds float, ptr %2, i64 %377
  %379 = load float, ptr %378, align 4
  %380 = mul nsw i64 %5, 867
  %381 = mul nsw i64 %6, 289
  %382 = add nsw i64 %380, %381
  %383 = mul nsw i64 %362, 17
  %384 = add nsw i64 %382, %383
  %385 = add nsw i64 %384, 16
  %386 = getelementptr inbounds float, ptr %0, i64 %385
  %387 = load float, ptr %386, align 4
  %388 = call float @llvm.fmuladd.f32(float %371, float %379, float %387)
  store float %388, ptr %386, align 4
  %389 = mul nsw i64 4, %c2
  %390 = add nsw i64 %389, 1
  %391 = mul nsw i64 %5, 2448
  %392 = mul nsw i64 %6, 16
  %393 = add nsw i64 %391, %392
  %394 = mul nsw i64 %389, 144
  %395 = add nsw i64 %393, %394
  %396 = add nsw i64 %395, %c410
  %397 = add nsw i64 %396, 144
  %398 = getelementptr inbounds float, ptr %1, i64 %397
  %399 = load float, ptr %398, align 4
  %400 = mul nsw i64 %5, 816
  %401 = mul nsw i64 %6, 272
  %402 = add nsw i64 %400, %401
  %403 = mul nsw i64 %c410, 17
  %404 = add nsw i64 %402, %403
  %405 = add nsw i64 %404, 16
  %406 = getelementptr inbounds float, ptr %2, i64 %405
  %407 = load float, ptr %406, align 4
  %408 = mul nsw i64 %5, 867
  %409 = mul nsw i64 %6, 289
  %410 = add nsw i64 %408, %409
  %411 = mul nsw i64 %389, 17
  %412 = add nsw i64 %410, %411
  %413 = add nsw i64 %412, 33
  %414 = getelementptr inbounds float, ptr %0, i64 %413
  %415 = load float, ptr %414, align 4
  %416 = call float @llvm.fmuladd.f32(float %399, float %407, float %415)
  store float %416, ptr %414, align 4
  %417 = mul nsw i64 4, %c2
  %418 = add nsw i64 %417, 2
  %419 = mul nsw i64 %5, 2448
  %420 = mul nsw i64 %6, 16
  %421 = add nsw i64 %419, %420
  %422 = mul nsw i64 %417, 144
  %423 = add nsw i64 %421, %422
  %424 = add nsw i64 %423, %c410
  %425 = add nsw i64 %424, 288
  %426 = getelementptr inbounds float, ptr %1, i64 %425
  %427 = load float, ptr %426, align 4
  %428 = mul nsw i64 %5, 816
  %429 = mul nsw i64 %6, 272
  %430 = add nsw i64 %428, %429
  %431 = mul nsw i64 %c410, 17
  %432 = add nsw i64 %430, %431
  %433 = add nsw i64 %432, 16
  %434 = getelementptr inbounds float, ptr %2, i64 %433
  %435 = load float, ptr %434, align 4
  %436 = mul nsw i64 %5, 867
  %437 = mul nsw i64 %6, 289
  %438 = add nsw i64 %436, %437
  %439 = mul nsw i64 %417, 17
  %440 = add nsw i64 %438, %439
  %441 = add nsw i64 %440, 50
  %442 = getelementptr inbounds float, ptr %0, i64 %441
  %443 = load float, ptr %442, align 4
  %444 = call float @llvm.fmuladd.f32(float %427, float %435, float %443)
  store float %444, ptr %442, align 4
  %445 = mul nsw i64 4, %c2
  %446 = add nsw i64 %445, 3
  %447 = mul nsw i64 %5, 2448
  %448 = mul nsw i64 %6, 16
  %449 = add nsw i64 %447, %448
  %450 = mul nsw i64 %445, 144
  %451 = add nsw i64 %449, %450
  %452 = add nsw i64 %451, %c410
  %453 = add nsw i64 %452, 432
  %454 = getelementptr inbounds float, ptr %1, i64 %453
  %455 = load float, ptr %454, align 4
  %456 = mul nsw i64 %5, 816
  %457 = mul nsw i64 %6, 272
  %458 = add nsw i64 %456, %457
  %459 = mul nsw i64 %c410, 17
  %460 = add nsw i64 %458, %459
  %461 = add nsw i64 %460, 16
  %462 = getelementptr inbounds float, ptr %2, i64 %461
  %463 = load float, ptr %462, align 4
  %464 = mul nsw i64 %5, 867
  %465 = mul nsw i64 %6, 289
  %466 = add nsw i64 %464, %465
  %467 = mul nsw i64 %445, 17
  %468 = add nsw i64 %466, %467
  %469 = add nsw i64 %468, 67
  %470 = getelementptr inbounds float, ptr %0, i64 %469
  %471 = load float, ptr %470, align 4
  %472 = call float @llvm.fmuladd.f32(float %455, float %463, float %471)
  store float %472, ptr %470, align 4
  %473 = add nsw i64 %c410, 1
  %474 = icmp sle i64 %473, 15
  br i1 %474, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %else4
  br label %endif5

loop11:                                           ; preds = %endif16, %else
  %c313 = phi i64 [ 0, %else ], [ %517, %endif16 ]
  %475 = icmp sle i64 %c313, 1
  br i1 %475, label %then14, label %else15

endloop12:                                        ; preds = %endif16, %else
  br label %endif

then14:                                           ; preds = %loop11
  %476 = mul nsw i64 8, %c313
  %477 = add nsw i64 %476, 0
  %478 = mul nsw i64 %5, 2448
  %479 = mul nsw i64 %6, 16
  %480 = add nsw i64 %478, %479
  %481 = add nsw i64 %480, 2304
  %482 = getelementptr inbounds float, ptr %1, i64 %481
  %483 = load float, ptr %482, align 4
  %484 = insertelement <8 x float> undef, float %483, i32 0
  %485 = shufflevector <8 x float> %484, <8 x float> undef, <8 x i32> zeroinitializer
  %486 = mul nsw i64 %5, 816
  %487 = mul nsw i64 %6, 272
  %488 = add nsw i64 %486, %487
  %489 = add nsw i64 %488, %476
  %490 = getelementptr inbounds float, ptr %2, i64 %489
  %491 = load <8 x float>, ptr %490, align 4
  %492 = fmul <8 x float> %485, %491
  %493 = mul nsw i64 %5, 867
  %494 = mul nsw i64 %6, 289
  %495 = add nsw i64 %493, %494
  %496 = add nsw i64 %495, %476
  %497 = add nsw i64 %496, 272
  %498 = getelementptr inbounds float, ptr %0, i64 %497
  store <8 x float> %492, ptr %498, align 4
  br i1 true, label %loop17, label %endloop18

else15:                                           ; preds = %loop11
  %499 = mul nsw i64 %5, 2448
  %500 = mul nsw i64 %6, 16
  %501 = add nsw i64 %499, %500
  %502 = add nsw i64 %501, 2304
  %503 = getelementptr inbounds float, ptr %1, i64 %502
  %504 = load float, ptr %503, align 4
  %505 = mul nsw i64 %5, 816
  %506 = mul nsw i64 %6, 272
  %507 = add nsw i64 %505, %506
  %508 = add nsw i64 %507, 16
  %509 = getelementptr inbounds float, ptr %2, i64 %508
  %510 = load float, ptr %509, align 4
  %511 = fmul float %504, %510
  %512 = mul nsw i64 %5, 867
  %513 = mul nsw i64 %6, 289
  %514 = add nsw i64 %512, %513
  %515 = add nsw i64 %514, 288
  %516 = getelementptr inbounds float, ptr %0, i64 %515
  store float %511, ptr %516, align 4
  br i1 true, label %loop20, label %endloop21

endif16:                                          ; preds = %endloop21, %endloop18
  %517 = add nsw i64 %c313, 1
  %518 = icmp sle i64 %517, 2
  br i1 %518, label %loop11, label %endloop12

loop17:                                           ; preds = %loop17, %then14
  %c419 = phi i64 [ 1, %then14 ], [ %546, %loop17 ]
  %519 = mul nsw i64 8, %c313
  %520 = add nsw i64 %519, 0
  %521 = mul nsw i64 %5, 2448
  %522 = mul nsw i64 %6, 16
  %523 = add nsw i64 %521, %522
  %524 = add nsw i64 %523, %c419
  %525 = add nsw i64 %524, 2304
  %526 = getelementptr inbounds float, ptr %1, i64 %525
  %527 = load float, ptr %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %529 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = mul nsw i64 %5, 816
  %531 = mul nsw i64 %6, 272
  %532 = add nsw i64 %530, %531
  %533 = mul nsw i64 %c419, 17
  %534 = add nsw i64 %532, %533
  %535 = add nsw i64 %534, %519
  %536 = getelementptr inbounds float, ptr %2, i64 %535
  %537 = load <8 x float>, ptr %536, align 4
  %538 = mul nsw i64 %5, 867
  %539 = mul nsw i64 %6, 289
  %540 = add nsw i64 %538, %539
  %541 = add nsw i64 %540, %519
  %542 = add nsw i64 %541, 272
  %543 = getelementptr inbounds float, ptr %0, i64 %542
  %544 = load <8 x float>, ptr %543, align 4
  %545 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %529, <8 x float> %537, <8 x float> %544)
  store <8 x float> %545, ptr %543, align 4
  %546 = add nsw i64 %c419, 1
  %547 = icmp sle i64 %546, 15
  br i1 %547, label %loop17, label %endloop18

endloop18:                                        ; preds = %loop17, %then14
  br label %endif16

loop20:                                           ; preds = %loop20, %else15
  %c422 = phi i64 [ 1, %else15 ], [ %570, %loop20 ]
  %548 = mul nsw i64 %5, 2448
  %549 = mul nsw i64 %6, 16
  %550 = add nsw i64 %548, %549
  %551 = add nsw i64 %550, %c422
  %552 = add nsw i64 %551, 2304
  %553 = getelementptr inbounds float, ptr %1, i64 %552
  %554 = load float, ptr %553, align 4
  %555 = mul nsw i64 %5, 816
  %556 = mul nsw i64 %6, 272
  %557 = add nsw i64 %555, %556
  %558 = mul nsw i64 %c422, 17
  %559 = add nsw i64 %557, %558
  %560 = add nsw i64 %559, 16
  %561 = getelementptr inbounds float, ptr %2, i64 %560
  %562 = load float, ptr %561, align 4
  %563 = mul nsw i64 %5, 867
  %564 = mul nsw i64 %6, 289
  %565 = add nsw i64 %563, %564
  %566 = add nsw i64 %565, 288
  %567 = getelementptr inbounds float, ptr %0, i64 %566
  %568 = load float, ptr %567, align 4
  %569 = call float @llvm.fmuladd.f32(float %554, float %562, float %568)
  store float %569, ptr %567, align 4
  %570 = add nsw i64 %c422, 1
  %571 = icmp sle i64 %570, 15
  br i1 %571, label %loop20, label %endloop21, !llvm.loop !0

endloop21:                                        ; preds = %loop20, %else15
  br label %endif16
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nounwind
define internal void @vitc_k10_par0(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 2
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 3
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 4
  %12 = load i64, ptr %11, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 5
  %14 = load i64, ptr %13, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 6
  %16 = load i64, ptr %15, align 8
  call void @vitc_k10_par0_body(ptr %4, ptr %6, ptr %8, ptr %10, i64 %12, i64 %14, i64 %16, i64 %1, i64 %2)
  ret void
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #1 = { alwaysinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
; part 12: encoder.layers.encoder_layer_0.self_attention.softmax
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k11(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3, ptr noalias %4) #0 {
entry:
  %closure = alloca { ptr, ptr, ptr, ptr, i64, i64 }, align 8
  %5 = sub nsw i64 %1, 1
  %6 = icmp sle i64 0, %5
  br i1 %6, label %loop, label %endloop

loop:                                             ; preds = %endpar, %entry
  %c0 = phi i64 [ 0, %entry ], [ %15, %endpar ]
  br i1 true, label %par, label %endpar

endloop:                                          ; preds = %endpar, %entry
  ret void

par:                                              ; preds = %loop
  %7 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 0
  store ptr %2, ptr %7, align 8
  %8 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 1
  store ptr %3, ptr %8, align 8
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 2
  store ptr %4, ptr %9, align 8
  %10 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 3
  store ptr %0, ptr %10, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 4
  store i64 %1, ptr %11, align 8
  %12 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 5
  store i64 %c0, ptr %12, align 8
  %13 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 0
  %pool = load ptr, ptr %13, align 8
  %14 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 2
  %parallel_for = load ptr, ptr %14, align 8
  call void %parallel_for(ptr %pool, i64 51, ptr @vitc_k11_par0, ptr %closure)
  br label %endpar

endpar:                                           ; preds = %par, %loop
  %15 = add nsw i64 %c0, 1
  %16 = icmp sle i64 %15, %5
  br i1 %16, label %loop, label %endloop
}

; Function Attrs: alwaysinline nounwind
define internal void @vitc_k11_par0_body(ptr noalias %0, ptr noalias %1, ptr noalias %2, ptr %3, i64 %4, i64 %5, i64 %6, i64 %7) #1 {
entry:
  %8 = mul nsw i64 %6, 1
  %9 = add nsw i64 0, %8
  %10 = sub nsw i64 %7, 1
  %11 = mul nsw i64 %10, 1
  %12 = add nsw i64 0, %11
  %13 = icmp sle i64 %9, %12
  br i1 %13, label %loop, label %endloop

loop:                                             ; preds = %endloop7, %entry
  %c1 = phi i64 [ %9, %entry ], [ %119, %endloop7 ]
  %14 = mul nsw i64 %5, 867
  %15 = mul nsw i64 %c1, 17
  %16 = add nsw i64 %14, %15
  %17 = getelementptr inbounds float, ptr %1, i64 %16
  %18 = load float, ptr %17, align 4
  %19 = mul nsw i64 %5, 51
  %20 = add nsw i64 %19, %c1
  %21 = getelementptr inbounds float, ptr %0, i64 %20
  store float %18, ptr %21, align 4
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop7, %entry
  ret void

loop1:                                            ; preds = %loop1, %loop
  %c2 = phi i64 [ 1, %loop ], [ %33, %loop1 ]
  %22 = mul nsw i64 %5, 867
  %23 = mul nsw i64 %c1, 17
  %24 = add nsw i64 %22, %23
  %25 = add nsw i64 %24, %c2
  %26 = getelementptr inbounds float, ptr %1, i64 %25
  %27 = load float, ptr %26, align 4
  %28 = mul nsw i64 %5, 51
  %29 = add nsw i64 %28, %c1
  %30 = getelementptr inbounds float, ptr %0, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = call float @llvm.maxnum.f32(float %31, float %27)
  store float %32, ptr %30, align 4
  %33 = add nsw i64 %c2, 1
  %34 = icmp sle i64 %33, 16
  br i1 %34, label %loop1, label %endloop2, !llvm.loop !0

endloop2:                                         ; preds = %loop1, %loop
  br i1 true, label %loop3, label %endloop4

loop3:                                            ; preds = %endif, %endloop2
  %c25 = phi i64 [ 0, %endloop2 ], [ %99, %endif ]
  %35 = mul nsw i64 %5, 867
  %36 = mul nsw i64 %c1, 17
  %37 = add nsw i64 %35, %36
  %38 = add nsw i64 %37, %c25
  %39 = getelementptr inbounds float, ptr %1, i64 %38
  %40 = load float, ptr %39, align 4
  %41 = mul nsw i64 %5, 51
  %42 = add nsw i64 %41, %c1
  %43 = getelementptr inbounds float, ptr %0, i64 %42
  %44 = load float, ptr %43, align 4
  %45 = fsub float %40, %44
  %46 = fmul float %45, 2.500000e-01
  %47 = call float @llvm.maxnum.f32(float %46, float -1.040000e+02)
  %48 = call float @llvm.minnum.f32(float %47, float 8.900000e+01)
  %49 = fmul float %48, 0x3FF7154760000000
  %50 = call float @llvm.rint.f32(float %49)
  %51 = call float @llvm.fmuladd.f32(float %50, float 0xBFE6300000000000, float %48)
  %52 = call float @llvm.fmuladd.f32(float %50, float 0x3F2BD01060000000, float %51)
  %53 = fmul float %52, %52
  %54 = call float @llvm.fmuladd.f32(float 0x3F2A0D2CE0000000, float %52, float 0x3F56E879C0000000)
  %55 = call float @llvm.fmuladd.f32(float %54, float %52, float 0x3F81112100000000)
  %56 = call float @llvm.fmuladd.f32(float %55, float %52, float 0x3FA5553820000000)
  %57 = call float @llvm.fmuladd.f32(float %56, float %52, float 0x3FC5555540000000)
  %58 = call float @llvm.fmuladd.f32(float %57, float %52, float 5.000000e-01)
  %59 = call float @llvm.fmuladd.f32(float %58, float %53, float %52)
  %60 = fadd float %59, 1.000000e+00
  %61 = fptosi float %50 to i32
  %62 = ashr i32 %61, 1
  %63 = sub i32 %61, %62
  %64 = add i32 %63, 127
  %65 = shl i32 %64, 23
  %66 = bitcast i32 %65 to float
  %67 = add i32 %62, 127
  %68 = shl i32 %67, 23
  %69 = bitcast i32 %68 to float
  %70 = fmul float %60, %69
  %71 = fmul float %70, %66
  %72 = fcmp uno float %46, %46
  %73 = select i1 %72, float %46, float %71
  %74 = mul nsw i64 %5, 867
  %75 = mul nsw i64 %c1, 17
  %76 = add nsw i64 %74, %75
  %77 = add nsw i64 %76, %c25
  %78 = getelementptr inbounds float, ptr %1, i64 %77
  store float %73, ptr %78, align 4
  %79 = icmp eq i64 %c25, 0
  br i1 %79, label %then, label %else

endloop4:                                         ; preds = %endif, %endloop2
  br i1 true, label %loop6, label %endloop7

then:                                             ; preds = %loop3
  %80 = mul nsw i64 %5, 867
  %81 = mul nsw i64 %c1, 17
  %82 = add nsw i64 %80, %81
  %83 = getelementptr inbounds float, ptr %1, i64 %82
  %84 = load float, ptr %83, align 4
  %85 = mul nsw i64 %5, 51
  %86 = add nsw i64 %85, %c1
  %87 = getelementptr inbounds float, ptr %2, i64 %86
  store float %84, ptr %87, align 4
  br label %endif

else:                                             ; preds = %loop3
  %88 = mul nsw i64 %5, 867
  %89 = mul nsw i64 %c1, 17
  %90 = add nsw i64 %88, %89
  %91 = add nsw i64 %90, %c25
  %92 = getelementptr inbounds float, ptr %1, i64 %91
  %93 = load float, ptr %92, align 4
  %94 = mul nsw i64 %5, 51
  %95 = add nsw i64 %94, %c1
  %96 = getelementptr inbounds float, ptr %2, i64 %95
  %97 = load float, ptr %96, align 4
  %98 = fadd float %97, %93
  store float %98, ptr %96, align 4
  br label %endif

endif:                                            ; preds = %else, %then
  %99 = add nsw i64 %c25, 1
  %100 = icmp sle i64 %99, 16
  br i1 %100, label %loop3, label %endloop4, !llvm.loop !2

loop6:                                            ; preds = %loop6, %endloop4
  %c28 = phi i64 [ 0, %endloop4 ], [ %117, %loop6 ]
  %101 = mul nsw i64 %5, 867
  %102 = mul nsw i64 %c1, 17
  %103 = add nsw i64 %101, %102
  %104 = add nsw i64 %103, %c28
  %105 = getelementptr inbounds float, ptr %1, i64 %104
  %106 = load float, ptr %105, align 4
  %107 = mul nsw i64 %5, 51
  %108 = add nsw i64 %107, %c1
  %109 = getelementptr inbounds float, ptr %2, i64 %108
  %110 = load float, ptr %109, align 4
  %111 = fdiv float %106, %110
  %112 = mul nsw i64 %5, 867
  %113 = mul nsw i64 %c1, 17
  %114 = add nsw i64 %112, %113
  %115 = add nsw i64 %114, %c28
  %116 = getelementptr inbounds float, ptr %1, i64 %115
  store float %111, ptr %116, align 4
  %117 = add nsw i64 %c28, 1
  %118 = icmp sle i64 %117, 16
  br i1 %118, label %loop6, label %endloop7, !llvm.loop !3

endloop7:                                         ; preds = %loop6, %endloop4
  %119 = add nsw i64 %c1, 1
  %120 = icmp sle i64 %119, %12
  br i1 %120, label %loop, label %endloop
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minnum.f32(float, float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.rint.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nounwind
define internal void @vitc_k11_par0(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 2
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 3
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 4
  %12 = load i64, ptr %11, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 5
  %14 = load i64, ptr %13, align 8
  call void @vitc_k11_par0_body(ptr %4, ptr %6, ptr %8, ptr %10, i64 %12, i64 %14, i64 %1, i64 %2)
  ret void
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #1 = { alwaysinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
!2 = distinct !{!2, !1}
!3 = distinct !{!3, !1}
; part 13: encoder.layers.encoder_layer_0.self_attention.ctx
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k12(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3, ptr noalias %4) #0 {
entry:
  %closure = alloca { ptr, ptr, ptr, ptr, i64, i64, i64 }, align 8
  %5 = sub nsw i64 %1, 1
  %6 = icmp sle i64 0, %5
  br i1 %6, label %loop, label %endloop

loop:                                             ; preds = %endloop2, %entry
  %c0 = phi i64 [ 0, %entry ], [ %7, %endloop2 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop2, %entry
  ret void

loop1:                                            ; preds = %endpar, %loop
  %c1 = phi i64 [ 0, %loop ], [ %18, %endpar ]
  br i1 true, label %par, label %endpar

endloop2:                                         ; preds = %endpar, %loop
  %7 = add nsw i64 %c0, 1
  %8 = icmp sle i64 %7, %5
  br i1 %8, label %loop, label %endloop

par:                                              ; preds = %loop1
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 0
  store ptr %2, ptr %9, align 8
  %10 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 1
  store ptr %3, ptr %10, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 2
  store ptr %4, ptr %11, align 8
  %12 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 3
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 4
  store i64 %1, ptr %13, align 8
  %14 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 5
  store i64 %c0, ptr %14, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %closure, i32 0, i32 6
  store i64 %c1, ptr %15, align 8
  %16 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 0
  %pool = load ptr, ptr %16, align 8
  %17 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 2
  %parallel_for = load ptr, ptr %17, align 8
  call void %parallel_for(ptr %pool, i64 5, ptr @vitc_k12_par0, ptr %closure)
  br label %endpar

endpar:                                           ; preds = %par, %loop1
  %18 = add nsw i64 %c1, 1
  %19 = icmp sle i64 %18, 2
  br i1 %19, label %loop1, label %endloop2
}

; Function Attrs: alwaysinline nounwind
define internal void @vitc_k12_par0_body(ptr noalias %0, ptr noalias %1, ptr noalias %2, ptr %3, i64 %4, i64 %5, i64 %6, i64 %7, i64 %8) #1 {
entry:
  %9 = mul nsw i64 %7, 1
  %10 = add nsw i64 0, %9
  %11 = sub nsw i64 %8, 1
  %12 = mul nsw i64 %11, 1
  %13 = add nsw i64 0, %12
  %14 = icmp sle i64 %10, %13
  br i1 %14, label %loop, label %endloop

loop:                                             ; preds = %endif, %entry
  %c2 = phi i64 [ %10, %entry ], [ %16, %endif ]
  %15 = icmp sle i64 %c2, 3
  br i1 %15, label %then, label %else

endloop:                                          ; preds = %endif, %entry
  ret void

then:                                             ; preds = %loop
  br i1 true, label %loop1, label %endloop2

else:                                             ; preds = %loop
  br i1 true, label %loop5, label %endloop6

endif:                                            ; preds = %endloop6, %endloop2
  %16 = add nsw i64 %c2, 1
  %17 = icmp sle i64 %16, %13
  br i1 %17, label %loop, label %endloop

loop1:                                            ; preds = %endloop4, %then
  %c3 = phi i64 [ 0, %then ], [ %272, %endloop4 ]
  %18 = mul nsw i64 4, %c2
  %19 = add nsw i64 %18, 0
  %20 = mul nsw i64 8, %c3
  %21 = add nsw i64 %20, 0
  %22 = mul nsw i64 %5, 867
  %23 = mul nsw i64 %6, 289
  %24 = add nsw i64 %22, %23
  %25 = mul nsw i64 %18, 17
  %26 = add nsw i64 %24, %25
  %27 = getelementptr inbounds float, ptr %1, i64 %26
  %28 = load float, ptr %27, align 4
  %29 = insertelement <8 x float> undef, float %28, i32 0
  %30 = shufflevector <8 x float> %29, <8 x float> undef, <8 x i32> zeroinitializer
  %31 = mul nsw i64 %5, 2448
  %32 = mul nsw i64 %6, 16
  %33 = add nsw i64 %31, %32
  %34 = add nsw i64 %33, %20
  %35 = add nsw i64 %34, 96
  %36 = getelementptr inbounds float, ptr %2, i64 %35
  %37 = load <8 x float>, ptr %36, align 4
  %38 = fmul <8 x float> %30, %37
  %39 = mul nsw i64 %5, 816
  %40 = mul nsw i64 %6, 16
  %41 = add nsw i64 %39, %40
  %42 = mul nsw i64 %18, 48
  %43 = add nsw i64 %41, %42
  %44 = add nsw i64 %43, %20
  %45 = getelementptr inbounds float, ptr %0, i64 %44
  store <8 x float> %38, ptr %45, align 4
  %46 = mul nsw i64 4, %c2
  %47 = add nsw i64 %46, 1
  %48 = mul nsw i64 8, %c3
  %49 = add nsw i64 %48, 0
  %50 = mul nsw i64 %5, 867
  %51 = mul nsw i64 %6, 289
  %52 = add nsw i64 %50, %51
  %53 = mul nsw i64 %46, 17
  %54 = add nsw i64 %52, %53
  %55 = add nsw i64 %54, 17
  %56 = getelementptr inbounds float, ptr %1, i64 %55
  %57 = load float, ptr %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %59 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = mul nsw i64 %5, 2448
  %61 = mul nsw i64 %6, 16
  %62 = add nsw i64 %60, %61
  %63 = add nsw i64 %62, %48
  %64 = add nsw i64 %63, 96
  %65 = getelementptr inbounds float, ptr %2, i64 %64
  %66 = load <8 x float>, ptr %65, align 4
  %67 = fmul <8 x float> %59, %66
  %68 = mul nsw i64 %5, 816
  %69 = mul nsw i64 %6, 16
  %70 = add nsw i64 %68, %69
  %71 = mul nsw i64 %46, 48
  %72 = add nsw i64 %70, %71
  %73 = add nsw i64 %72, %48
  %74 = add nsw i64 %73, 48
  %75 = getelementptr inbounds float, ptr %0, i64 %74
  store <8 x float> %67, ptr %75, align 4
  %76 = mul nsw i64 4, %c2
  %77 = add nsw i64 %76, 2
  %78 = mul nsw i64 8, %c3
  %79 = add nsw i64 %78, 0
  %80 = mul nsw i64 %5, 867
  %81 = mul nsw i64 %6, 289
  %82 = add nsw i64 %80, %81
  %83 = mul nsw i64 %76, 17
  %84 = add nsw i64 %82, %83
  %85 = add nsw i64 %84, 34
  %86 = getelementptr inbounds float, ptr %1, i64 %85
  %87 = load float, ptr %86, align 4
  %88 = insertelement <8 x float> undef, float %87, i32 0
  %89 = shufflevector <8 x float> %88, <8 x float> undef, <8 x i32> zeroinitializer
  %90 = mul nsw i64 %5, 2448
  %91 = mul nsw i64 %6, 16
  %92 = add nsw i64 %90, %91
  %93 = add nsw i64 %92, %78
  %94 = add nsw i64 %93, 96
  %95 = getelementptr inbounds float, ptr %2, i64 %94
  %96 = load <8 x float>, ptr %95, align 4
  %97 = fmul <8 x float> %89, %96
  %98 = mul nsw i64 %5, 816
  %99 = mul nsw i64 %6, 16
  %100 = add nsw i64 %98, %99
  %101 = mul nsw i64 %76, 48
  %102 = add nsw i64 %100, %101
  %103 = add nsw i64 %102, %78
  %104 = add nsw i64 %103, 96
  %105 = getelementptr inbounds float, ptr %0, i64 %104
  store <8 x float> %97, ptr %105, align 4
  %106 = mul nsw i64 4, %c2
  %107 = add nsw i64 %106, 3
  %108 = mul nsw i64 8, %c3
  %109 = add nsw i64 %108, 0
  %110 = mul nsw i64 %5, 867
  %111 = mul nsw i64 %6, 289
  %112 = add nsw i64 %110, %111
  %113 = mul nsw i64 %106, 17
  %114 = add nsw i64 %112, %113
  %115 = add nsw i64 %114, 51
  %116 = getelementptr inbounds float, ptr %1, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = insertelement <8 x float> undef, float %117, i32 0
  %119 = shufflevector <8 x float> %118, <8 x float> undef, <8 x i32> zeroinitializer
  %120 = mul nsw i64 %5, 2448
  %121 = mul nsw i64 %6, 16
  %122 = add nsw i64 %120, %121
  %123 = add nsw i64 %122, %108
  %124 = add nsw i64 %123, 96
  %125 = getelementptr inbounds float, ptr %2, i64 %124
  %126 = load <8 x float>, ptr %125, align 4
  %127 = fmul <8 x float> %119, %126
  %128 = mul nsw i64 %5, 816
  %129 = mul nsw i64 %6, 16
  %130 = add nsw i64 %128, %129
  %131 = mul nsw i64 %106, 48
  %132 = add nsw i64 %130, %131
  %133 = add nsw i64 %132, %108
  %134 = add nsw i64 %133, 144
  %135 = getelementptr inbounds float, ptr %0, i64 %134
  store <8 x float> %127, ptr %135, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %then
  br label %endif

loop3:                                            ; preds = %loop3, %loop1
  %c4 = phi i64 [ 1, %loop1 ], [ %270, %loop3 ]
  %136 = mul nsw i64 4, %c2
  %137 = add nsw i64 %136, 0
  %138 = mul nsw i64 8, %c3
  %139 = add nsw i64 %138, 0
  %140 = mul nsw i64 %5, 867
  %141 = mul nsw i64 %6, 289
  %142 = add nsw i64 %140, %141
  %143 = mul nsw i64 %136, 17
  %144 = add nsw i64 %142, %143
  %145 = add nsw i64 %144, %c4
  %146 = getelementptr inbounds float, ptr %1, i64 %145
  %147 = load float, ptr %146, align 4
  %148 = insertelement <8 x float> undef, float %147, i32 0
  %149 = shufflevector <8 x float> %148, <8 x float> undef, <8 x i32> zeroinitializer
  %150 = mul nsw i64 %5, 2448
  %151 = mul nsw i64 %6, 16
  %152 = add nsw i64 %150, %151
  %153 = mul nsw i64 %c4, 144
  %154 = add nsw i64 %152, %153
  %155 = add nsw i64 %154, %138
  %156 = add nsw i64 %155, 96
  %157 = getelementptr inbounds float, ptr %2, i64 %156
  %158 = load <8 x float>, ptr %157, align 4
  %159 = mul nsw i64 %5, 816
  %160 = mul nsw i64 %6, 16
  %161 = add nsw i64 %159, %160
  %162 = mul nsw i64 %136, 48
  %163 = add nsw i64 %161, %162
  %164 = add nsw i64 %163, %138
  %165 = getelementptr inbounds float, ptr %0, i64 %164
  %166 = load <8 x float>, ptr %165, align 4
  %167 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %149, <8 x float> %158, <8 x float> %166)
  store <8 x float> %167, ptr %165, align 4
  %168 = mul nsw i64 4, %c2
  %169 = add nsw i64 %168, 1
  %170 = mul nsw i64 8, %c3
  %171 = add nsw i64 %170, 0
  %172 = mul nsw i64 %5, 867
  %173 = mul nsw i64 %6, 289
  %174 = add nsw i64 %172, %173
  %175 = mul nsw i64 %168, 17
  %176 = add nsw i64 %174, %175
  %177 = add nsw i64 %176, %c4
  %178 = add nsw i64 %177, 17
  %179 = getelementptr inbounds float, ptr %1, i64 %178
  %180 = load float, ptr %179, align 4
  %181 = insertelement <8 x float> undef, float %180, i32 0
  %182 = shufflevector <8 x float> %181, <8 x float> undef, <8 x i32> zeroinitializer
  %183 = mul nsw i64 %5, 2448
  %184 = mul nsw i64 %6, 16
  %185 = add nsw i64 %183, %184
  %186 = mul nsw i64 %c4, 144
  %187 = add nsw i64 %185, %186
  %188 = add nsw i64 %187, %170
  %189 = add nsw i64 %188, 96
  %190 = getelementptr inbounds float, ptr %2, i64 %189
  %191 = load <8 x float>, ptr %190, align 4
  %192 = mul nsw i64 %5, 816
  %193 = mul nsw i64 %6, 16
  %194 = add nsw i64 %192, %193
  %195 = mul nsw i64 %168, 48
  %196 = add nsw i64 %194, %195
  %197 = add nsw i64 %196, %170
  %198 = add nsw i64 %197, 48
  %199 = getelementptr inbounds float, ptr %0, i64 %198
  %200 = load <8 x float>, ptr %199, align 4
  %201 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %182, <8 x float> %191, <8 x float> %200)
  store <8 x float> %201, ptr %199, align 4
  %202 = mul nsw i64 4, %c2
  %203 = add nsw i64 %202, 2
  %204 = mul nsw i64 8, %c3
  %205 = add nsw i64 %204, 0
  %206 = mul nsw i64 %5, 867
  %207 = mul nsw i64 %6, 289
  %208 = add nsw i64 %206, %207
  %209 = mul nsw i64 %202, 17
  %210 = add nsw i64 %208, %209
  %211 = add nsw i64 %210, %c4
  %212 = add nsw i64 %211, 34
  %213 = getelementptr inbounds float, ptr %1, i64 %212
  %214 = load float, ptr %213, align 4
  %215 = insertelement <8 x float> undef, float %214, i32 0
  %216 = shufflevector <8 x float> %215, <8 x float> undef, <8 x i32> zeroinitializer
  %217 = mul nsw i64 %5, 2448
  %218 = mul nsw i64 %6, 16
  %219 = add nsw i64 %217, %218
  %220 = mul nsw i64 %c4, 144
  %221 = add nsw i64 %219, %220
  %222 = add nsw i64 %221, %204
  %223 = add nsw i64 %222, 96
  %224 = getelementptr inbounds float, ptr %2, i64 %223
  %225 = load <8 x float>, ptr %224, align 4
  %226 = mul nsw i64 %5, 816
  %227 = mul nsw i64 %6, 16
  %228 = add nsw i64 %226, %227
  %229 = mul nsw i64 %202, 48
  %230 = add nsw i64 %228, %229
  %231 = add nsw i64 %230, %204
  %232 = add nsw i64 %231, 96
  %233 = getelementptr inbounds float, ptr %0, i64 %232
  %234 = load <8 x float>, ptr %233, align 4
  %235 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %216, <8 x float> %225, <8 x float> %234)
  store <8 x float> %235, ptr %233, align 4
  %236 = mul nsw i64 4, %c2
  %237 = add nsw i64 %236, 3
  %238 = mul nsw i64 8, %c3
  %239 = add nsw i64 %238, 0
  %240 = mul nsw i64 %5, 867
  %241 = mul nsw i64 %6, 289
  %242 = add nsw i64 %240, %241
  %243 = mul nsw i64 %236, 17
  %244 = add nsw i64 %242, %243
  %245 = add nsw i64 %244, %c4
  %246 = add nsw i64 %245, 51
  %247 = getelementptr inbounds float, ptr %1, i64 %246
  %248 = load float, ptr %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %250 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %251 = mul nsw i64 %5, 2448
  %252 = mul nsw i64 %6, 16
  %253 = add nsw i64 %251, %252
  %254 = mul nsw i64 %c4, 144
  %255 = add nsw i64 %253, %254
  %256 = add nsw i64 %255, %238
  %257 = add nsw i64 %256, 96
  %258 = getelementptr inbounds float, ptr %2, i64 %257
  %259 = load <8 x float>, ptr %258, align 4
  %260 = mul nsw i64 %5, 816
  %261 = mul nsw i64 %6, 16
  %262 = add nsw i64 %260, %261
  %263 = mul nsw i64 %236, 48
  %264 = add nsw i64 %262, %263
  %265 = add nsw i64 %264, %238
  %266 = add nsw i64 %265, 144
  %267 = getelementptr inbounds float, ptr %0, i64 %266
  %268 = load <8 x float>, ptr %267, align 4
  %269 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %250, <8 x float> %259, <8 x float> %268)
  store <8 x float> %269, ptr %267, align 4
  %270 = add nsw i64 %c4, 1
  %271 = icmp sle i64 %270, 16
  br i1 %271, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %272 = add nsw i64 %c3, 1
  %273 = icmp sle i64 %272, 1
  br i1 %273, label %loop1, label %endloop2

loop5:                                            ; preds = %endloop9, %else
  %c37 = phi i64 [ 0, %else ], [ %328, %endloop9 ]
  %274 = mul nsw i64 8, %c37
  %275 = add nsw i64 %274, 0
  %276 = mul nsw i64 %5, 867
  %277 = mul nsw i64 %6, 289
  %278 = add nsw i64 %276, %277
  %279 = add nsw i64 %278, 272
  %280 = getelementptr inbounds float, ptr %1, i64 %279
  %281 = load float, ptr %280, align 4
  %282 = insertelement <8 x float> undef, float %281, i32 0
  %283 = shufflevector <8 x float> %282, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = mul nsw i64 %5, 2448
  %285 = mul nsw i64 %6, 16
  %286 = add nsw i64 %284, %285
  %287 = add nsw i64 %286, %274
  %288 = add nsw i64 %287, 96
  %289 = getelementptr inbounds float, ptr %2, i64 %288
  %290 = load <8 x float>, ptr %289, align 4
  %291 = fmul <8 x float> %283, %290
  %292 = mul nsw i64 %5, 816
  %293 = mul nsw i64 %6, 16
  %294 = add nsw i64 %292, %293
  %295 = add nsw i64 %294, %274
  %296 = add nsw i64 %295, 768
  %297 = getelementptr inbounds float, ptr %0, i64 %296
  store <8 x float> %291, ptr %297, align 4
  br i1 true, label %loop8, label %endloop9

endloop6:                                         ; preds = %endloop9, %else
  br label %endif

loop8:                                            ; preds = %loop8, %loop5
  %c410 = phi i64 [ 1, %loop5 ], [ %326, %loop8 ]
  %298 = mul nsw i64 8, %c37
  %299 = add nsw i64 %298, 0
  %300 = mul nsw i64 %5, 867
  %301 = mul nsw i64 %6, 289
  %302 = add nsw i64 %300, %301
  %303 = add nsw i64 %302, %c410
  %304 = add nsw i64 %303, 272
  %305 = getelementptr inbounds float, ptr %1, i64 %304
  %306 = load float, ptr %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i32 0
  %308 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = mul nsw i64 %5, 2448
  %310 = mul nsw i64 %6, 16
  %311 = add nsw i64 %309, %310
  %312 = mul nsw i64 %c410, 144
  %313 = add nsw i64 %311, %312
  %314 = add nsw i64 %313, %298
  %315 = add nsw i64 %314, 96
  %316 = getelementptr inbounds float, ptr %2, i64 %315
  %317 = load <8 x float>, ptr %316, align 4
  %318 = mul nsw i64 %5, 816
  %319 = mul nsw i64 %6, 16
  %320 = add nsw i64 %318, %319
  %321 = add nsw i64 %320, %298
  %322 = add nsw i64 %321, 768
  %323 = getelementptr inbounds float, ptr %0, i64 %322
  %324 = load <8 x float>, ptr %323, align 4
  %325 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %308, <8 x float> %317, <8 x float> %324)
  store <8 x float> %325, ptr %323, align 4
  %326 = add nsw i64 %c410, 1
  %327 = icmp sle i64 %326, 16
  br i1 %327, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %loop5
  %328 = add nsw i64 %c37, 1
  %329 = icmp sle i64 %328, 1
  br i1 %329, label %loop5, label %endloop6
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

; Function Attrs: nounwind
define internal void @vitc_k12_par0(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 2
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 3
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 4
  %12 = load i64, ptr %11, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 5
  %14 = load i64, ptr %13, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, i64, i64, i64 }, ptr %0, i32 0, i32 6
  %16 = load i64, ptr %15, align 8
  call void @vitc_k12_par0_body(ptr %4, ptr %6, ptr %8, ptr %10, i64 %12, i64 %14, i64 %16, i64 %1, i64 %2)
  ret void
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #1 = { alwaysinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
; part 14: encoder.layers.encoder_layer_0.self_attention.out
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k13(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3, ptr noalias %4, ptr noalias %5, ptr noalias %6) #0 {
entry:
  %closure = alloca { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, align 8
  %7 = sub nsw i64 %1, 1
  %8 = icmp sle i64 0, %7
  br i1 %8, label %loop, label %endloop

loop:                                             ; preds = %endpar, %entry
  %c0 = phi i64 [ 0, %entry ], [ %21, %endpar ]
  br i1 true, label %par, label %endpar

endloop:                                          ; preds = %endpar, %entry
  %9 = sub nsw i64 %1, 1
  %10 = icmp sle i64 0, %9
  br i1 %10, label %loop1, label %endloop2

par:                                              ; preds = %loop
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 0
  store ptr %2, ptr %11, align 8
  %12 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 1
  store ptr %3, ptr %12, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 2
  store ptr %4, ptr %13, align 8
  %14 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 3
  store ptr %5, ptr %14, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 4
  store ptr %6, ptr %15, align 8
  %16 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 5
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 6
  store i64 %1, ptr %17, align 8
  %18 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 7
  store i64 %c0, ptr %18, align 8
  %19 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 0
  %pool = load ptr, ptr %19, align 8
  %20 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 2
  %parallel_for = load ptr, ptr %20, align 8
  call void %parallel_for(ptr %pool, i64 5, ptr @vitc_k13_par0, ptr %closure)
  br label %endpar

endpar:                                           ; preds = %par, %loop
  %21 = add nsw i64 %c0, 1
  %22 = icmp sle i64 %21, %7
  br i1 %22, label %loop, label %endloop

loop1:                                            ; preds = %endloop5, %endloop
  %c03 = phi i64 [ 0, %endloop ], [ %23, %endloop5 ]
  br i1 true, label %loop4, label %endloop5

endloop2:                                         ; preds = %endloop5, %endloop
  ret void

loop4:                                            ; preds = %endloop7, %loop1
  %c1 = phi i64 [ 0, %loop1 ], [ %47, %endloop7 ]
  br i1 true, label %loop6, label %endloop7

endloop5:                                         ; preds = %endloop7, %loop1
  %23 = add nsw i64 %c03, 1
  %24 = icmp sle i64 %23, %9
  br i1 %24, label %loop1, label %endloop2

loop6:                                            ; preds = %loop6, %loop4
  %c2 = phi i64 [ 0, %loop4 ], [ %45, %loop6 ]
  %25 = mul nsw i64 8, %c2
  %26 = add nsw i64 %25, 0
  %27 = mul nsw i64 %c03, 816
  %28 = mul nsw i64 %c1, 48
  %29 = add nsw i64 %27, %28
  %30 = add nsw i64 %29, %25
  %31 = getelementptr inbounds float, ptr %2, i64 %30
  %32 = load <8 x float>, ptr %31, align 4
  %33 = mul nsw i64 %c03, 816
  %34 = mul nsw i64 %c1, 48
  %35 = add nsw i64 %33, %34
  %36 = add nsw i64 %35, %25
  %37 = getelementptr inbounds float, ptr %6, i64 %36
  %38 = load <8 x float>, ptr %37, align 4
  %39 = fadd <8 x float> %32, %38
  %40 = mul nsw i64 %c03, 816
  %41 = mul nsw i64 %c1, 48
  %42 = add nsw i64 %40, %41
  %43 = add nsw i64 %42, %25
  %44 = getelementptr inbounds float, ptr %2, i64 %43
  store <8 x float> %39, ptr %44, align 4
  %45 = add nsw i64 %c2, 1
  %46 = icmp sle i64 %45, 5
  br i1 %46, label %loop6, label %endloop7

endloop7:                                         ; preds = %loop6, %loop4
  %47 = add nsw i64 %c1, 1
  %48 = icmp sle i64 %47, 16
  br i1 %48, label %loop4, label %endloop5
}

; Function Attrs: alwaysinline nounwind
define internal void @vitc_k13_par0_body(ptr noalias %0, ptr noalias %1, ptr noalias %2, ptr noalias %3, ptr noalias %4, ptr %5, i64 %6, i64 %7, i64 %8, i64 %9) #1 {
entry:
  %10 = mul nsw i64 %8, 1
  %11 = add nsw i64 0, %10
  %12 = sub nsw i64 %9, 1
  %13 = mul nsw i64 %12, 1
  %14 = add nsw i64 0, %13
  %15 = icmp sle i64 %11, %14
  br i1 %15, label %loop, label %endloop

loop:                                             ; preds = %endif, %entry
  %c1 = phi i64 [ %11, %entry ], [ %17, %endif ]
  %16 = icmp sle i64 %c1, 3
  br i1 %16, label %then, label %else

endloop:                                          ; preds = %endif, %entry
  ret void

then:                                             ; preds = %loop
  br i1 true, label %loop1, label %endloop2

else:                                             ; preds = %loop
  br i1 true, label %loop5, label %endloop6

endif:                                            ; preds = %endloop6, %endloop2
  %17 = add nsw i64 %c1, 1
  %18 = icmp sle i64 %17, %14
  br i1 %18, label %loop, label %endloop

loop1:                                            ; preds = %endloop4, %then
  %c2 = phi i64 [ 0, %then ], [ %625, %endloop4 ]
  %19 = mul nsw i64 4, %c1
  %20 = add nsw i64 %19, 0
  %21 = mul nsw i64 %7, 816
  %22 = mul nsw i64 %19, 48
  %23 = add nsw i64 %21, %22
  %24 = getelementptr inbounds float, ptr %1, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = insertelement <8 x float> undef, float %25, i32 0
  %27 = shufflevector <8 x float> %26, <8 x float> undef, <8 x i32> zeroinitializer
  %28 = mul nsw i64 %c2, 1152
  %29 = getelementptr inbounds float, ptr %2, i64 %28
  %30 = load <8 x float>, ptr %29, align 4
  %31 = mul nsw i64 %c2, 24
  %32 = getelementptr inbounds float, ptr %3, i64 %31
  %33 = load <8 x float>, ptr %32, align 4
  %34 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %27, <8 x float> %30, <8 x float> %33)
  %35 = mul nsw i64 %7, 816
  %36 = mul nsw i64 %19, 48
  %37 = add nsw i64 %35, %36
  %38 = mul nsw i64 %c2, 24
  %39 = add nsw i64 %37, %38
  %40 = getelementptr inbounds float, ptr %0, i64 %39
  store <8 x float> %34, ptr %40, align 4
  %41 = mul nsw i64 4, %c1
  %42 = add nsw i64 %41, 0
  %43 = mul nsw i64 %7, 816
  %44 = mul nsw i64 %41, 48
  %45 = add nsw i64 %43, %44
  %46 = getelementptr inbounds float, ptr %1, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = insertelement <8 x float> undef, float %47, i32 0
  %49 = shufflevector <8 x float> %48, <8 x float> undef, <8 x i32> zeroinitializer
  %50 = mul nsw i64 %c2, 1152
  %51 = add nsw i64 %50, 8
  %52 = getelementptr inbounds float, ptr %2, i64 %51
  %53 = load <8 x float>, ptr %52, align 4
  %54 = mul nsw i64 %c2, 24
  %55 = add nsw i64 %54, 8
  %56 = getelementptr inbounds float, ptr %3, i64 %55
  %57 = load <8 x float>, ptr %56, align 4
  %58 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %49, <8 x float> %53, <8 x float> %57)
  %59 = mul nsw i64 %7, 816
  %60 = mul nsw i64 %41, 48
  %61 = add nsw i64 %59, %60
  %62 = mul nsw i64 %c2, 24
  %63 = add nsw i64 %61, %62
  %64 = add nsw i64 %63, 8
  %65 = getelementptr inbounds float, ptr %0, i64 %64
  store <8 x float> %58, ptr %65, align 4
  %66 = mul nsw i64 4, %c1
  %67 = add nsw i64 %66, 0
  %68 = mul nsw i64 %7, 816
  %69 = mul nsw i64 %66, 48
  %70 = add nsw i64 %68, %69
  %71 = getelementptr inbounds float, ptr %1, i64 %70
  %72 = load float, ptr %71, align 4
  %73 = insertelement <8 x float> undef, float %72, i32 0
  %74 = shufflevector <8 x float> %73, <8 x float> undef, <8 x i32> zeroinitializer
  %75 = mul nsw i64 %c2, 1152
  %76 = add nsw i64 %75, 16
  %77 = getelementptr inbounds float, ptr %2, i64 %76
  %78 = load <8 x float>, ptr %77, align 4
  %79 = mul nsw i64 %c2, 24
  %80 = add nsw i64 %79, 16
  %81 = getelementptr inbounds float, ptr %3, i64 %80
  %82 = load <8 x float>, ptr %81, align 4
  %83 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %74, <8 x float> %78, <8 x float> %82)
  %84 = mul nsw i64 %7, 816
  %85 = mul nsw i64 %66, 48
  %86 = add nsw i64 %84, %85
  %87 = mul nsw i64 %c2, 24
  %88 = add nsw i64 %86, %87
  %89 = add nsw i64 %88, 16
  %90 = getelementptr inbounds float, ptr %0, i64 %89
  store <8 x float> %83, ptr %90, align 4
  %91 = mul nsw i64 4, %c1
  %92 = add nsw i64 %91, 1
  %93 = mul nsw i64 %7, 816
  %94 = mul nsw i64 %91, 48
  %95 = add nsw i64 %93, %94
  %96 = add nsw i64 %95, 48
  %97 = getelementptr inbounds float, ptr %1, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %100 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %101 = mul nsw i64 %c2, 1152
  %102 = getelementptr inbounds float, ptr %2, i64 %101
  %103 = load <8 x float>, ptr %102, align 4
  %104 = mul nsw i64 %c2, 24
  %105 = getelementptr inbounds float, ptr %3, i64 %104
  %106 = load <8 x float>, ptr %105, align 4
  %107 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %100, <8 x float> %103, <8 x float> %106)
  %108 = mul nsw i64 %7, 816
  %109 = mul nsw i64 %91, 48
  %110 = add nsw i64 %108, %109
  %111 = mul nsw i64 %c2, 24
  %112 = add nsw i64 %110, %111
  %113 = add nsw i64 %112, 48
  %114 = getelementptr inbounds float, ptr %0, i64 %113
  store <8 x float> %107, ptr %114, align 4
  %115 = mul nsw i64 4, %c1
  %116 = add nsw i64 %115, 1
  %117 = mul nsw i64 %7, 816
  %118 = mul nsw i64 %115, 48
  %119 = add nsw i64 %117, %118
  %120 = add nsw i64 %119, 48
  %121 = getelementptr inbounds float, ptr %1, i64 %120
  %122 = load float, ptr %121, align 4
  %123 = insertelement <8 x float> undef, float %122, i32 0
  %124 = shufflevector <8 x float> %123, <8 x float> undef, <8 x i32> zeroinitializer
  %125 = mul nsw i64 %c2, 1152
  %126 = add nsw i64 %125, 8
  %127 = getelementptr inbounds float, ptr %2, i64 %126
  %128 = load <8 x float>, ptr %127, align 4
  %129 = mul nsw i64 %c2, 24
  %130 = add nsw i64 %129, 8
  %131 = getelementptr inbounds float, ptr %3, i64 %130
  %132 = load <8 x float>, ptr %131, align 4
  %133 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %124, <8 x float> %128, <8 x float> %132)
  %134 = mul nsw i64 %7, 816
  %135 = mul nsw i64 %115, 48
  %136 = add nsw i64 %134, %135
  %137 = mul nsw i64 %c2, 24
  %138 = add nsw i64 %136, %137
  %139 = add nsw i64 %138, 56
  %140 = getelementptr inbounds float, ptr %0, i64 %139
  store <8 x float> %133, ptr %140, align 4
  %141 = mul nsw i64 4, %c1
  %142 = add nsw i64 %141, 1
  %143 = mul nsw i64 %7, 816
  %144 = mul nsw i64 %141, 48
  %145 = add nsw i64 %143, %144
  %146 = add nsw i64 %145, 48
  %147 = getelementptr inbounds float, ptr %1, i64 %146
  %148 = load float, ptr %147, align 4
  %149 = insertelement <8 x float> undef, float %148, i32 0
  %150 = shufflevector <8 x float> %149, <8 x float> undef, <8 x i32> zeroinitializer
  %151 = mul nsw i64 %c2, 1152
  %152 = add nsw i64 %151, 16
  %153 = getelementptr inbounds float, ptr %2, i64 %152
  %154 = load <8 x float>, ptr %153, align 4
  %155 = mul nsw i64 %c2, 24
  %156 = add nsw i64 %155, 16
  %157 = getelementptr inbounds float, ptr %3, i64 %156
  %158 = load <8 x float>, ptr %157, align 4
  %159 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %150, <8 x float> %154, <8 x float> %158)
  %160 = mul nsw i64 %7, 816
  %161 = mul nsw i64 %141, 48
  %162 = add nsw i64 %160, %161
  %163 = mul nsw i64 %c2, 24
  %164 = add nsw i64 %162, %163
  %165 = add nsw i64 %164, 64
  %166 = getelementptr inbounds float, ptr %0, i64 %165
  store <8 x float> %159, ptr %166, align 4
  %167 = mul nsw i64 4, %c1
  %168 = add nsw i64 %167, 2
  %169 = mul nsw i64 %7, 816
  %170 = mul nsw i64 %167, 48
  %171 = add nsw i64 %169, %170
  %172 = add nsw i64 %171, 96
  %173 = getelementptr inbounds float, ptr %1, i64 %172
  %174 = load float, ptr %173, align 4
  %175 = insertelement <8 x float> undef, float %174, i32 0
  %176 = shufflevector <8 x float> %175, <8 x float> undef, <8 x i32> zeroinitializer
  %177 = mul nsw i64 %c2, 1152
  %178 = getelementptr inbounds float, ptr %2, i64 %177
  %179 = load <8 x float>, ptr %178, align 4
  %180 = mul nsw i64 %c2, 24
  %181 = getelementptr inbounds float, ptr %3, i64 %180
  %182 = load <8 x float>, ptr %181, align 4
  %183 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %176, <8 x float> %179, <8 x float> %182)
  %184 = mul nsw i64 %7, 816
  %185 = mul nsw i64 %167, 48
  %186 = add nsw i64 %184, %185
  %187 = mul nsw i64 %c2, 24
  %188 = add nsw i64 %186, %187
  %189 = add nsw i64 %188, 96
  %190 = getelementptr inbounds float, ptr %0, i64 %189
  store <8 x float> %183, ptr %190, align 4
  %191 = mul nsw i64 4, %c1
  %192 = add nsw i64 %191, 2
  %193 = mul nsw i64 %7, 816
  %194 = mul nsw i64 %191, 48
  %195 = add nsw i64 %193, %194
  %196 = add nsw i64 %195, 96
  %197 = getelementptr inbounds float, ptr %1, i64 %196
  %198 = load float, ptr %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %200 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %201 = mul nsw i64 %c2, 1152
  %202 = add nsw i64 %201, 8
  %203 = getelementptr inbounds float, ptr %2, i64 %202
  %204 = load <8 x float>, ptr %203, align 4
  %205 = mul nsw i64 %c2, 24
  %206 = add nsw i64 %205, 8
  %207 = getelementptr inbounds float, ptr %3, i64 %206
  %208 = load <8 x float>, ptr %207, align 4
  %209 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %200, <8 x float> %204, <8 x float> %208)
  %210 = mul nsw i64 %7, 816
  %211 = mul nsw i64 %191, 48
  %212 = add nsw i64 %210, %211
  %213 = mul nsw i64 %c2, 24
  %214 = add nsw i64 %212, %213
  %215 = add nsw i64 %214, 104
  %216 = getelementptr inbounds float, ptr %0, i64 %215
  store <8 x float> %209, ptr %216, align 4
  %217 = mul nsw i64 4, %c1
  %218 = add nsw i64 %217, 2
  %219 = mul nsw i64 %7, 816
  %220 = mul nsw i64 %217, 48
  %221 = add nsw i64 %219, %220
  %222 = add nsw i64 %221, 96
  %223 = getelementptr inbounds float, ptr %1, i64 %222
  %224 = load float, ptr %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %226 = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %227 = mul nsw i64 %c2, 1152
  %228 = add nsw i64 %227, 16
  %229 = getelementptr inbounds float, ptr %2, i64 %228
  %230 = load <8 x float>, ptr %229, align 4
  %231 = mul nsw i64 %c2, 24
  %232 = add nsw i64 %231, 16
  %233 = getelementptr inbounds float, ptr %3, i64 %232
  %234 = load <8 x float>, ptr %233, align 4
  %235 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %226, <8 x float> %230, <8 x float> %234)
  %236 = mul nsw i64 %7, 816
  %237 = mul nsw i64 %217, 48
  %238 = add nsw i64 %236, %237
  %239 = mul nsw i64 %c2, 24
  %240 = add nsw i64 %238, %239
  %241 = add nsw i64 %240, 112
  %242 = getelementptr inbounds float, ptr %0, i64 %241
  store <8 x float> %235, ptr %242, align 4
  %243 = mul nsw i64 4, %c1
  %244 = add nsw i64 %243, 3
  %245 = mul nsw i64 %7, 816
  %246 = mul nsw i64 %243, 48
  %247 = add nsw i64 %245, %246
  %248 = add nsw i64 %247, 144
  %249 = getelementptr inbounds float, ptr %1, i64 %248
  %250 = load float, ptr %249, align 4
  %251 = insertelement <8 x float> undef, float %250, i32 0
  %252 = shufflevector <8 x float> %251, <8 x float> undef, <8 x i32> zeroinitializer
  %253 = mul nsw i64 %c2, 1152
  %254 = getelementptr inbounds float, ptr %2, i64 %253
  %255 = load <8 x float>, ptr %254, align 4
  %256 = mul nsw i64 %c2, 24
  %257 = getelementptr inbounds float, ptr %3, i64 %256
  %258 = load <8 x float>, ptr %257, align 4
  %259 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %252, <8 x float> %255, <8 x float> %258)
  %260 = mul nsw i64 %7, 816
  %261 = mul nsw i64 %243, 48
  %262 = add nsw i64 %260, %261
  %263 = mul nsw i64 %c2, 24
  %264 = add nsw i64 %262, %263
  %265 = add nsw i64 %264, 144
  %266 = getelementptr inbounds float, ptr %0, i64 %265
  store <8 x float> %259, ptr %266, align 4
  %267 = mul nsw i64 4, %c1
  %268 = add nsw i64 %267, 3
  %269 = mul nsw i64 %7, 816
  %270 = mul nsw i64 %267, 48
  %271 = add nsw i64 %269, %270
  %272 = add nsw i64 %271, 144
  %273 = getelementptr inbounds float, ptr %1, i64 %272
  %274 = load float, ptr %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %276 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %277 = mul nsw i64 %c2, 1152
  %278 = add nsw i64 %277, 8
  %279 = getelementptr inbounds float, ptr %2, i64 %278
  %280 = load <8 x float>, ptr %279, align 4
  %281 = mul nsw i64 %c2, 24
  %282 = add nsw i64 %281, 8
  %283 = getelementptr inbounds float, ptr %3, i64 %282
  %284 = load <8 x float>, ptr %283, align 4
  %285 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %276, <8 x float> %280, <8 x float> %284)
  %286 = mul nsw i64 %7, 816
  %287 = mul nsw i64 %267, 48
  %288 = add nsw i64 %286, %287
  %289 = mul nsw i64 %c2, 24
  %290 = add nsw i64 %288, %289
  %291 = add nsw i64 %290, 152
  %292 = getelementptr inbounds float, ptr %0, i64 %291
  store <8 x float> %285, ptr %292, align 4
  %293 = mul nsw i64 4, %c1
  %294 = add nsw i64 %293, 3
  %295 = mul nsw i64 %7, 816
  %296 = mul nsw i64 %293, 48
  %297 = add nsw i64 %295, %296
  %298 = add nsw i64 %297, 144
  %299 = getelementptr inbounds float, ptr %1, i64 %298
  %300 = load float, ptr %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %302 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = mul nsw i64 %c2, 1152
  %304 = add nsw i64 %303, 16
  %305 = getelementptr inbounds float, ptr %2, i64 %304
  %306 = load <8 x float>, ptr %305, align 4
  %307 = mul nsw i64 %c2, 24
  %308 = add nsw i64 %307, 16
  %309 = getelementptr inbounds float, ptr %3, i64 %308
  %310 = load <8 x float>, ptr %309, align 4
  %311 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %302, <8 x float> %306, <8 x float> %310)
  %312 = mul nsw i64 %7, 816
  %313 = mul nsw i64 %293, 48
  %314 = add nsw i64 %312, %313
  %315 = mul nsw i64 %c2, 24
  %316 = add nsw i64 %314, %315
  %317 = add nsw i64 %316, 160
  %318 = getelementptr inbounds float, ptr %0, i64 %317
  store <8 x float> %311, ptr %318, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %then
  br label %endif

loop3:                                            ; preds = %loop3, %loop1
  %c3 = phi i64 [ 1, %loop1 ], [ %623, %loop3 ]
  %319 = mul nsw i64 4, %c1
  %320 = add nsw i64 %319, 0
  %321 = mul nsw i64 %7, 816
  %322 = mul nsw i64 %319, 48
  %323 = add nsw i64 %321, %322
  %324 = add nsw i64 %323, %c3
  %325 = getelementptr inbounds float, ptr %1, i64 %324
  %326 = load float, ptr %325, align 4
  %327 = insertelement <8 x float> undef, float %326, i32 0
  %328 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %329 = mul nsw i64 %c3, 24
  %330 = mul nsw i64 %c2, 1152
  %331 = add nsw i64 %329, %330
  %332 = getelementptr inbounds float, ptr %2, i64 %331
  %333 = load <8 x float>, ptr %332, align 4
  %334 = mul nsw i64 %7, 816
  %335 = mul nsw i64 %319, 48
  %336 = add nsw i64 %334, %335
  %337 = mul nsw i64 %c2, 24
  %338 = add nsw i64 %336, %337
  %339 = getelementptr inbounds float, ptr %0, i64 %338
  %340 = load <8 x float>, ptr %339, align 4
  %341 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %328, <8 x float> %333, <8 x float> %340)
  store <8 x float> %341, ptr %339, align 4
  %342 = mul nsw i64 4, %c1
  %343 = add nsw i64 %342, 0
  %344 = mul nsw i64 %7, 816
  %345 = mul nsw i64 %342, 48
  %346 = add nsw i64 %344, %345
  %347 = add nsw i64 %346, %c3
  %348 = getelementptr inbounds float, ptr %1, i64 %347
  %349 = load float, ptr %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %351 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = mul nsw i64 %c3, 24
  %353 = mul nsw i64 %c2, 1152
  %354 = add nsw i64 %352, %353
  %355 = add nsw i64 %354, 8
  %356 = getelementptr inbounds float, ptr %2, i64 %355
  %357 = load <8 x float>, ptr %356, align 4
  %358 = mul nsw i64 %7, 816
  %359 = mul nsw i64 %342, 48
  %360 = add nsw i64 %358, %359
  %361 = mul nsw i64 %c2, 24
  %362 = add nsw i64 %360, %361
  %363 = add nsw i64 %362, 8
  %364 = getelementptr inbounds float, ptr %0, i64 %363
  %365 = load <8 x float>, ptr %364, align 4
  %366 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %351, <8 x float> %357, <8 x float> %365)
  store <8 x float> %366, ptr %364, align 4
  %367 = mul nsw i64 4, %c1
  %368 = add nsw i64 %367, 0
  %369 = mul nsw i64 %7, 816
  %370 = mul nsw i64 %367, 48
  %371 = add nsw i64 %369, %370
  %372 = add nsw i64 %371, %c3
  %373 = getelementptr inbounds float, ptr %1, i64 %372
  %374 = load float, ptr %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %376 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %377 = mul nsw i64 %c3, 24
  %378 = mul nsw i64 %c2, 1152
  %379 = add nsw i64 %377, %378
  %380 = add nsw i64 %379, 16
  %381 = getelementptr inbounds float, ptr %2, i64 %380
  %382 = load <8 x float>, ptr %381, align 4
  %383 = mul nsw i64 %7, 816
  %384 = mul nsw i64 %367, 48
  %385 = add nsw i64 %383, %384
  %386 = mul nsw i64 %c2, 24
  %387 = add nsw i64 %385, %386
  %388 = add nsw i64 %387, 16
  %389 = getelementptr inbounds float, ptr %0, i64 %388
  %390 = load <8 x float>, ptr %389, align 4
  %391 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %376, <8 x float> %382, <8 x float> %390)
  store <8 x float> %391, ptr %389, align 4
  %392 = mul nsw i64 4, %c1
  %393 = add nsw i64 %392, 1
  %394 = mul nsw i64 %7, 816
  %395 = mul nsw i64 %392, 48
  %396 = add nsw i64 %394, %395
  %397 = add nsw i64 %396, %c3
  %398 = add nsw i64 %397, 48
  %399 = getelementptr inbounds float, ptr %1, i64 %398
  %400 = load float, ptr %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %402 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %403 = mul nsw i64 %c3, 24
  %404 = mul nsw i64 %c2, 1152
  %405 = add nsw i64 %403, %404
  %406 = getelementptr inbounds float, ptr %2, i64 %405
  %407 = load <8 x float>, ptr %406, align 4
  %408 = mul nsw i64 %7, 816
  %409 = mul nsw i64 %392, 48
  %410 = add nsw i64 %408, %409
  %411 = mul nsw i64 %c2, 24
  %412 = add nsw i64 %410, %411
  %413 = add nsw i64 %412, 48
  %414 = getelementptr inbounds float, ptr %0, i64 %413
  %415 = load <8 x float>, ptr %414, align 4
  %416 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %402, <8 x float> %407, <8 x float> %415)
  store <8 x float> %416, ptr %414, align 4
  %417 = mul nsw i64 4, %c1
  %418 = add nsw i64 %417, 1
  %419 = mul nsw i64 %7, 816
  %420 = mul nsw i64 %417, 48
  %421 = add nsw i64 %419, %420
  %422 = add nsw i64 %421, %c3
  %423 = add nsw i64 %422, 48
  %424 = getelementptr inbounds float, ptr %1, i64 %423
  %425 = load float, ptr %424, align 4
  %426 = insertelement <8 x float> undef, float %425, i32 0
  %427 = shufflevector <8 x float> %426, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = mul nsw i64 %c3, 24
  %429 = mul nsw i64 %c2, 1152
  %430 = add nsw i64 %428, %429
  %431 = add nsw i64 %430, 8
  %432 = getelementptr inbounds float, ptr %2, i64 %431
  %433 = load <8 x float>, ptr %432, align 4
  %434 = mul nsw i64 %7, 816
  %435 = mul nsw i64 %417, 48
  %436 = add nsw i64 %434, %435
  %437 = mul nsw i64 %c2, 24
  %438 = add nsw i64 %436, %437
  %439 = add nsw i64 %438, 56
  %440 = getelementptr inbounds float, ptr %0, i64 %439
  %441 = load <8 x float>, ptr %440, align 4
  %442 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %427, <8 x float> %433, <8 x float> %441)
  store <8 x float> %442, ptr %440, align 4
  %443 = mul nsw i64 4, %c1
  %444 = add nsw i64 %443, 1
  %445 = mul nsw i64 %7, 816
  %446 = mul nsw i64 %443, 48
  %447 = add nsw i64 %445, %446
  %448 = add nsw i64 %447, %c3
  %449 = add nsw i64 %448, 48
  %450 = getelementptr inbounds float, ptr %1, i64 %449
  %451 = load float, ptr %450, align 4
  %452 = insertelement <8 x float> undef, float %451, i32 0
  %453 = shufflevector <8 x float> %452, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = mul nsw i64 %c3, 24
  %455 = mul nsw i64 %c2, 1152
  %456 = add nsw i64 %454, %455
  %457 = add nsw i64 %456, 16
  %458 = getelementptr inbounds float, ptr %2, i64 %457
  %459 = load <8 x float>, ptr %458, align 4
  %460 = mul nsw i64 %7, 816
  %461 = mul nsw i64 %443, 48
  %462 = add nsw i64 %460, %461
  %463 = mul nsw i64 %c2, 24
  %464 = add nsw i64 %462, %463
  %465 = add nsw i64 %464, 64
  %466 = getelementptr inbounds float, ptr %0, i64 %465
  %467 = load <8 x float>, ptr %466, align 4
  %468 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %453, <8 x float> %459, <8 x float> %467)
  store <8 x float> %468, ptr %466, align 4
  %469 = mul nsw i64 4, %c1
  %470 = add nsw i64 %469, 2
  %471 = mul nsw i64 %7, 816
  %472 = mul nsw i64 %469, 48
  %473 = add nsw i64 %471, %472
  %474 = add nsw i64 %473, %c3
  %475 = add nsw i64 %474, 96
  %476 = getelementptr inbounds float, ptr %1, i64 %475
  %477 = load float, ptr %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %479 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = mul nsw i64 %c3, 24
  %481 = mul nsw i64 %c2, 1152
  %482 = add nsw i64 %480, %481
  %483 = getelementptr inbounds float, ptr %2, i64 %482
  %484 = load <8 x float>, ptr %483, align 4
  %485 = mul nsw i64 %7, 816
  %486 = mul nsw i64 %469, 48
  %487 = add nsw i64 %485, %486
  %488 = mul nsw i64 %c2, 24
  %489 = add nsw i64 %487, %488
  %490 = add nsw i64 %489, 96
  %491 = getelementptr inbounds float, ptr %0, i64 %490
  %492 = load <8 x float>, ptr %491, align 4
  %493 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %479, <8 x float> %484, <8 x float> %492)
  store <8 x float> %493, ptr %491, align 4
  %494 = mul nsw i64 4, %c1
  %495 = add nsw i64 %494, 2
  %496 = mul nsw i64 %7, 816
  %497 = mul nsw i64 %494, 48
  %498 = add nsw i64 %496, %497
  %499 = add nsw i64 %498, %c3
  %500 = add nsw i64 %499, 96
  %501 = getelementptr inbounds float, ptr %1, i64 %500
  %502 = load float, ptr %501, align 4
  %503 = insertelement <8 x float> undef, float %502, i32 0
  %504 = shufflevector <8 x float> %503, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = mul nsw i64 %c3, 24
  %506 = mul nsw i64 %c2, 1152
  %507 = add nsw i64 %505, %506
  %508 = add nsw i64 %507, 8
  %509 = getelementptr inbounds float, ptr %2, i64 %508
  %510 = load <8 x float>, ptr %509, align 4
  %511 = mul nsw i64 %7, 816
  %512 = mul nsw i64 %494, 48
  %513 = add nsw i64 %511, %512
  %514 = mul nsw i64 %c2, 24
  %515 = add nsw i64 %513, %514
  %516 = add nsw i64 %515, 104
  %517 = getelementptr inbounds float, ptr %0, i64 %516
  %518 = load <8 x float>, ptr %517, align 4
  %519 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %504, <8 x float> %510, <8 x float> %518)
  store <8 x float> %519, ptr %517, align 4
  %520 = mul nsw i64 4, %c1
  %521 = add nsw i64 %520, 2
  %522 = mul nsw i64 %7, 816
  %523 = mul nsw i64 %520, 48
  %524 = add nsw i64 %522, %523
  %525 = add nsw i64 %524, %c3
  %526 = add nsw i64 %525, 96
  %527 = getelementptr inbounds float, ptr %1, i64 %526
  %528 = load float, ptr %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %530 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %531 = mul nsw i64 %c3, 24
  %532 = mul nsw i64 %c2, 1152
  %533 = add nsw i64 %531, %532
  %534 = add nsw i64 %533, 16
  %535 = getelementptr inbounds float, ptr %2, i64 %534
  %536 = load <8 x float>, ptr %535, align 4
  %537 = mul nsw i64 %7, 816
  %538 = mul nsw i64 %520, 48
  %539 = add nsw i64 %537, %538
  %540 = mul nsw i64 %c2, 24
  %541 = add nsw i64 %539, %540
  %542 = add nsw i64 %541, 112
  %543 = getelementptr inbounds float, ptr %0, i64 %542
  %544 = load <8 x float>, ptr %543, align 4
  %545 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %530, <8 x float> %536, <8 x float> %544)
  store <8 x float> %545, ptr %543, align 4
  %546 = mul nsw i64 4, %c1
  %547 = add nsw i64 %546, 3
  %548 = mul nsw i64 %7, 816
  %549 = mul nsw i64 %546, 48
  %550 = add nsw i64 %548, %549
  %551 = add nsw i64 %550, %c3
  %552 = add nsw i64 %551, 144
  %553 = getelementptr inbounds float, ptr %1, i64 %552
  %554 = load float, ptr %553, align 4
  %555 = insertelement <8 x float> undef, float %554, i32 0
  %556 = shufflevector <8 x float> %555, <8 x float> undef, <8 x i32> zeroinitializer
  %557 = mul nsw i64 %c3, 24
  %558 = mul nsw i64 %c2, 1152
  %559 = add nsw i64 %557, %558
  %560 = getelementptr inbounds float, ptr %2, i64 %559
  %561 = load <8 x float>, ptr %560, align 4
  %562 = mul nsw i64 %7, 816
  %563 = mul nsw i64 %546, 48
  %564 = add nsw i64 %562, %563
  %565 = mul nsw i64 %c2, 24
  %566 = add nsw i64 %564, %565
  %567 = add nsw i64 %566, 144
  %568 = getelementptr inbounds float, ptr %0, i64 %567
  %569 = load <8 x float>, ptr %568, align 4
  %570 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %556, <8 x float> %561, <8 x float> %569)
  store <8 x float> %570, ptr %568, align 4
  %571 = mul nsw i64 4, %c1
  %572 = add nsw i64 %571, 3
  %573 = mul nsw i64 %7, 816
  %574 = mul nsw i64 %571, 48
  %575 = add nsw i64 %573, %574
  %576 = add nsw i64 %575, %c3
  %577 = add nsw i64 %576, 144
  %578 = getelementptr inbounds float, ptr %1, i64 %577
  %579 = load float, ptr %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %581 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %582 = mul nsw i64 %c3, 24
  %583 = mul nsw i64 %c2, 1152
  %584 = add nsw i64 %582, %583
  %585 = add nsw i64 %584, 8
  %586 = getelementptr inbounds float, ptr %2, i64 %585
  %587 = load <8 x float>, ptr %586, align 4
  %588 = mul nsw i64 %7, 816
  %589 = mul nsw i64 %571, 48
  %590 = add nsw i64 %588, %589
  %591 = mul nsw i64 %c2, 24
  %592 = add nsw i64 %590, %591
  %593 = add nsw i64 %592, 152
  %594 = getelementptr inbounds float, ptr %0, i64 %593
  %595 = load <8 x float>, ptr %594, align 4
  %596 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %581, <8 x float> %587, <8 x float> %595)
  store <8 x float> %596, ptr %594, align 4
  %597 = mul nsw i64 4, %c1
  %598 = add nsw i64 %597, 3
  %599 = mul nsw i64 %7, 816
  %600 = mul nsw i64 %597, 48
  %601 = add nsw i64 %599, %600
  %602 = add nsw i64 %601, %c3
  %603 = add nsw i64 %602, 144
  %604 = getelementptr inbounds float, ptr %1, i64 %603
  %605 = load float, ptr %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %607 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = mul nsw i64 %c3, 24
  %609 = mul nsw i64 %c2, 1152
  %610 = add nsw i64 %608, %609
  %611 = add nsw i64 %610, 16
  %612 = getelementptr inbounds float, ptr %2, i64 %611
  %613 = load <8 x float>, ptr %612, align 4
  %614 = mul nsw i64 %7, 816
  %615 = mul nsw i64 %597, 48
  %616 = add nsw i64 %614, %615
  %617 = mul nsw i64 %c2, 24
  %618 = add nsw i64 %616, %617
  %619 = add nsw i64 %618, 160
  %620 = getelementptr inbounds float, ptr %0, i64 %619
  %621 = load <8 x float>, ptr %620, align 4
  %622 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %607, <8 x float> %613, <8 x float> %621)
  store <8 x float> %622, ptr %620, align 4
  %623 = add nsw i64 %c3, 1
  %624 = icmp sle i64 %623, 47
  br i1 %624, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %625 = add nsw i64 %c2, 1
  %626 = icmp sle i64 %625, 1
  br i1 %626, label %loop1, label %endloop2

loop5:                                            ; preds = %endloop9, %else
  %c27 = phi i64 [ 0, %else ], [ %746, %endloop9 ]
  %627 = mul nsw i64 %7, 816
  %628 = add nsw i64 %627, 768
  %629 = getelementptr inbounds float, ptr %1, i64 %628
  %630 = load float, ptr %629, align 4
  %631 = insertelement <8 x float> undef, float %630, i32 0
  %632 = shufflevector <8 x float> %631, <8 x float> undef, <8 x i32> zeroinitializer
  %633 = mul nsw i64 %c27, 1152
  %634 = getelementptr inbounds float, ptr %2, i64 %633
  %635 = load <8 x float>, ptr %634, align 4
  %636 = mul nsw i64 %c27, 24
  %637 = getelementptr inbounds float, ptr %3, i64 %636
  %638 = load <8 x float>, ptr %637, align 4
  %639 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %632, <8 x float> %635, <8 x float> %638)
  %640 = mul nsw i64 %7, 816
  %641 = mul nsw i64 %c27, 24
  %642 = add nsw i64 %640, %641
  %643 = add nsw i64 %642, 768
  %644 = getelementptr inbounds float, ptr %0, i64 %643
  store <8 x float> %639, ptr %644, align 4
  %645 = mul nsw i64 %7, 816
  %646 = add nsw i64 %645, 768
  %647 = getelementptr inbounds float, ptr %1, i64 %646
  %648 = load float, ptr %647, align 4
  %649 = insertelement <8 x float> undef, float %648, i32 0
  %650 = shufflevector <8 x float> %649, <8 x float> undef, <8 x i32> zeroinitializer
  %651 = mul nsw i64 %c27, 1152
  %652 = add nsw i64 %651, 8
  %653 = getelementptr inbounds float, ptr %2, i64 %652
  %654 = load <8 x float>, ptr %653, align 4
  %655 = mul nsw i64 %c27, 24
  %656 = add nsw i64 %655, 8
  %657 = getelementptr inbounds float, ptr %3, i64 %656
  %658 = load <8 x float>, ptr %657, align 4
  %659 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %650, <8 x float> %654, <8 x float> %658)
  %660 = mul nsw i64 %7, 816
  %661 = mul nsw i64 %c27, 24
  %662 = add nsw i64 %660, %661
  %663 = add nsw i64 %662, 776
  %664 = getelementptr inbounds float, ptr %0, i64 %663
  store <8 x float> %659, ptr %664, align 4
  %665 = mul nsw i64 %7, 816
  %666 = add nsw i64 %665, 768
  %667 = getelementptr inbounds float, ptr %1, i64 %666
  %668 = load float, ptr %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %670 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %671 = mul nsw i64 %c27, 1152
  %672 = add nsw i64 %671, 16
  %673 = getelementptr inbounds float, ptr %2, i64 %672
  %674 = load <8 x float>, ptr %673, align 4
  %675 = mul nsw i64 %c27, 24
  %676 = add nsw i64 %675, 16
  %677 = getelementptr inbounds float, ptr %3, i64 %676
  %678 = load <8 x float>, ptr %677, align 4
  %679 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %670, <8 x float> %674, <8 x float> %678)
  %680 = mul nsw i64 %7, 816
  %681 = mul nsw i64 %c27, 24
  %682 = add nsw i64 %680, %681
  %683 = add nsw i64 %682, 784
  %684 = getelementptr inbounds float, ptr %0, i64 %683
  store <8 x float> %679, ptr %684, align 4
  br i1 true, label %loop8, label %endloop9

endloop6:                                         ; preds = %endloop9, %else
  br label %endif

loop8:                                            ; preds = %loop8, %loop5
  %c310 = phi i64 [ 1, %loop5 ], [ %744, %loop8 ]
  %685 = mul nsw i64 %7, 816
  %686 = add nsw i64 %685, %c310
  %687 = add nsw i64 %686, 768
  %688 = getelementptr inbounds float, ptr %1, i64 %687
  %689 = load float, ptr %688, align 4
  %690 = insertelement <8 x float> undef, float %689, i32 0
  %691 = shufflevector <8 x float> %690, <8 x float> undef, <8 x i32> zeroinitializer
  %692 = mul nsw i64 %c310, 24
  %693 = mul nsw i64 %c27, 1152
  %694 = add nsw i64 %692, %693
  %695 = getelementptr inbounds float, ptr %2, i64 %694
  %696 = load <8 x float>, ptr %695, align 4
  %697 = mul nsw i64 %7, 816
  %698 = mul nsw i64 %c27, 24
  %699 = add nsw i64 %697, %698
  %700 = add nsw i64 %699, 768
  %701 = getelementptr inbounds float, ptr %0, i64 %700
  %702 = load <8 x float>, ptr %701, align 4
  %703 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %691, <8 x float> %696, <8 x float> %702)
  store <8 x float> %703, ptr %701, align 4
  %704 = mul nsw i64 %7, 816
  %705 = add nsw i64 %704, %c310
  %706 = add nsw i64 %705, 768
  %707 = getelementptr inbounds float, ptr %1, i64 %706
  %708 = load float, ptr %707, align 4
  %709 = insertelement <8 x float> undef, float %708, i32 0
  %710 = shufflevector <8 x float> %709, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = mul nsw i64 %c310, 24
  %712 = mul nsw i64 %c27, 1152
  %713 = add nsw i64 %711, %712
  %714 = add nsw i64 %713, 8
  %715 = getelementptr inbounds float, ptr %2, i64 %714
  %716 = load <8 x float>, ptr %715, align 4
  %717 = mul nsw i64 %7, 816
  %718 = mul nsw i64 %c27, 24
  %719 = add nsw i64 %717, %718
  %720 = add nsw i64 %719, 776
  %721 = getelementptr inbounds float, ptr %0, i64 %720
  %722 = load <8 x float>, ptr %721, align 4
  %723 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %710, <8 x float> %716, <8 x float> %722)
  store <8 x float> %723, ptr %721, align 4
  %724 = mul nsw i64 %7, 816
  %725 = add nsw i64 %724, %c310
  %726 = add nsw i64 %725, 768
  %727 = getelementptr inbounds float, ptr %1, i64 %726
  %728 = load float, ptr %727, align 4
  %729 = insertelement <8 x float> undef, float %728, i32 0
  %730 = shufflevector <8 x float> %729, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = mul nsw i64 %c310, 24
  %732 = mul nsw i64 %c27, 1152
  %733 = add nsw i64 %731, %732
  %734 = add nsw i64 %733, 16
  %735 = getelementptr inbounds float, ptr %2, i64 %734
  %736 = load <8 x float>, ptr %735, align 4
  %737 = mul nsw i64 %7, 816
  %738 = mul nsw i64 %c27, 24
  %739 = add nsw i64 %737, %738
  %740 = add nsw i64 %739, 784
  %741 = getelementptr inbounds float, ptr %0, i64 %740
  %742 = load <8 x float>, ptr %741, align 4
  %743 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %730, <8 x float> %736, <8 x float> %742)
  store <8 x float> %743, ptr %741, align 4
  %744 = add nsw i64 %c310, 1
  %745 = icmp sle i64 %744, 47
  br i1 %745, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %loop5
  %746 = add nsw i64 %c27, 1
  %747 = icmp sle i64 %746, 1
  br i1 %747, label %loop5, label %endloop6
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

; Function Attrs: nounwind
define internal void @vitc_k13_par0(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 2
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 3
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 4
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 5
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 6
  %16 = load i64, ptr %15, align 8
  %17 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 7
  %18 = load i64, ptr %17, align 8
  call void @vitc_k13_par0_body(ptr %4, ptr %6, ptr %8, ptr %10, ptr %12, ptr %14, i64 %16, i64 %18, i64 %1, i64 %2)
  ret void
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #1 = { alwaysinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
; part 15: encoder.layers.encoder_layer_0.mlp.0
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k15(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3, ptr noalias %4, ptr noalias %5) #0 {
entry:
  %closure = alloca { ptr, ptr, ptr, ptr, ptr, i64, i64 }, align 8
  %6 = sub nsw i64 %1, 1
  %7 = icmp sle i64 0, %6
  br i1 %7, label %loop, label %endloop

loop:                                             ; preds = %endpar, %entry
  %c0 = phi i64 [ 0, %entry ], [ %19, %endpar ]
  br i1 true, label %par, label %endpar

endloop:                                          ; preds = %endpar, %entry
  %8 = sub nsw i64 %1, 1
  %9 = icmp sle i64 0, %8
  br i1 %9, label %loop1, label %endloop2

par:                                              ; preds = %loop
  %10 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 0
  store ptr %2, ptr %10, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 1
  store ptr %3, ptr %11, align 8
  %12 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 2
  store ptr %4, ptr %12, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 3
  store ptr %5, ptr %13, align 8
  %14 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 4
  store ptr %0, ptr %14, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 5
  store i64 %1, ptr %15, align 8
  %16 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 6
  store i64 %c0, ptr %16, align 8
  %17 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 0
  %pool = load ptr, ptr %17, align 8
  %18 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 2
  %parallel_for = load ptr, ptr %18, align 8
  call void %parallel_for(ptr %pool, i64 5, ptr @vitc_k15_par0, ptr %closure)
  br label %endpar

endpar:                                           ; preds = %par, %loop
  %19 = add nsw i64 %c0, 1
  %20 = icmp sle i64 %19, %6
  br i1 %20, label %loop, label %endloop

loop1:                                            ; preds = %endloop5, %endloop
  %c03 = phi i64 [ 0, %endloop ], [ %21, %endloop5 ]
  br i1 true, label %loop4, label %endloop5

endloop2:                                         ; preds = %endloop5, %endloop
  ret void

loop4:                                            ; preds = %endloop7, %loop1
  %c1 = phi i64 [ 0, %loop1 ], [ %86, %endloop7 ]
  br i1 true, label %loop6, label %endloop7

endloop5:                                         ; preds = %endloop7, %loop1
  %21 = add nsw i64 %c03, 1
  %22 = icmp sle i64 %21, %8
  br i1 %22, label %loop1, label %endloop2

loop6:                                            ; preds = %loop6, %loop4
  %c2 = phi i64 [ 0, %loop4 ], [ %84, %loop6 ]
  %23 = mul nsw i64 8, %c2
  %24 = add nsw i64 %23, 0
  %25 = mul nsw i64 %c03, 1632
  %26 = mul nsw i64 %c1, 96
  %27 = add nsw i64 %25, %26
  %28 = add nsw i64 %27, %23
  %29 = getelementptr inbounds float, ptr %2, i64 %28
  %30 = load <8 x float>, ptr %29, align 4
  %31 = fmul <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>, %30
  %32 = mul nsw i64 %c03, 1632
  %33 = mul nsw i64 %c1, 96
  %34 = add nsw i64 %32, %33
  %35 = add nsw i64 %34, %23
  %36 = getelementptr inbounds float, ptr %2, i64 %35
  %37 = load <8 x float>, ptr %36, align 4
  %38 = fmul <8 x float> %37, <float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000>
  %39 = call <8 x float> @llvm.fabs.v8f32(<8 x float> %38)
  %40 = fcmp olt <8 x float> %39, <float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000>
  %41 = fcmp olt <8 x float> %39, <float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000>
  %42 = select <8 x i1> %41, <8 x float> %39, <8 x float> <float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000>
  %43 = select <8 x i1> %40, <8 x float> <float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000>, <8 x float> <float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000>
  %44 = fsub <8 x float> %42, %43
  %45 = select <8 x i1> %40, <8 x float> <float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000>, <8 x float> <float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000>
  %46 = select <8 x i1> %40, <8 x float> <float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000>, <8 x float> <float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000>
  %47 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %45, <8 x float> %44, <8 x float> %46)
  %48 = select <8 x i1> %40, <8 x float> <float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000>, <8 x float> <float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000>
  %49 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %47, <8 x float> %44, <8 x float> %48)
  %50 = select <8 x i1> %40, <8 x float> <float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000>, <8 x float> <float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000>
  %51 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %49, <8 x float> %44, <8 x float> %50)
  %52 = select <8 x i1> %40, <8 x float> <float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000>, <8 x float> <float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000>
  %53 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %51, <8 x float> %44, <8 x float> %52)
  %54 = select <8 x i1> %40, <8 x float> <float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000>, <8 x float> <float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000>
  %55 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %53, <8 x float> %44, <8 x float> %54)
  %56 = select <8 x i1> %40, <8 x float> <float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000>, <8 x float> <float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000>
  %57 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %55, <8 x float> %44, <8 x float> %56)
  %58 = select <8 x i1> %40, <8 x float> <float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000>, <8 x float> <float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000>
  %59 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %57, <8 x float> %44, <8 x float> %58)
  %60 = select <8 x i1> %40, <8 x float> <float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000>, <8 x float> <float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000>
  %61 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %59, <8 x float> %44, <8 x float> %60)
  %62 = select <8 x i1> %40, <8 x float> <float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000>, <8 x float> <float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000>
  %63 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %61, <8 x float> %44, <8 x float> %62)
  %64 = call <8 x float> @llvm.copysign.v8f32(<8 x float> %63, <8 x float> %38)
  %65 = bitcast <8 x float> %39 to <8 x i32>
  %66 = add <8 x i32> %65, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %67 = icmp slt <8 x i32> %66, <i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383>
  %68 = fmul <8 x float> %38, %38
  %69 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> <float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000>, <8 x float> %68, <8 x float> <float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000>)
  %70 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %69, <8 x float> %68, <8 x float> <float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000>)
  %71 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %70, <8 x float> %68, <8 x float> <float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000>)
  %72 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %71, <8 x float> %68, <8 x float> <float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000>)
  %73 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %72, <8 x float> %68, <8 x float> <float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000>)
  %74 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %73, <8 x float> %68, <8 x float> <float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000>)
  %75 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %38, <8 x float> %74, <8 x float> %38)
  %76 = select <8 x i1> %67, <8 x float> %75, <8 x float> %64
  %77 = fadd <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %76
  %78 = fmul <8 x float> %31, %77
  %79 = mul nsw i64 %c03, 1632
  %80 = mul nsw i64 %c1, 96
  %81 = add nsw i64 %79, %80
  %82 = add nsw i64 %81, %23
  %83 = getelementptr inbounds float, ptr %2, i64 %82
  store <8 x float> %78, ptr %83, align 4
  %84 = add nsw i64 %c2, 1
  %85 = icmp sle i64 %84, 11
  br i1 %85, label %loop6, label %endloop7

endloop7:                                         ; preds = %loop6, %loop4
  %86 = add nsw i64 %c1, 1
  %87 = icmp sle i64 %86, 16
  br i1 %87, label %loop4, label %endloop5
}

; Function Attrs: alwaysinline nounwind
define internal void @vitc_k15_par0_body(ptr noalias %0, ptr noalias %1, ptr noalias %2, ptr noalias %3, ptr %4, i64 %5, i64 %6, i64 %7, i64 %8) #1 {
entry:
  %9 = mul nsw i64 %7, 1
  %10 = add nsw i64 0, %9
  %11 = sub nsw i64 %8, 1
  %12 = mul nsw i64 %11, 1
  %13 = add nsw i64 0, %12
  %14 = icmp sle i64 %10, %13
  br i1 %14, label %loop, label %endloop

loop:                                             ; preds = %endif, %entry
  %c1 = phi i64 [ %10, %entry ], [ %16, %endif ]
  %15 = icmp sle i64 %c1, 3
  br i1 %15, label %then, label %else

endloop:                                          ; preds = %endif, %entry
  ret void

then:                                             ; preds = %loop
  br i1 true, label %loop1, label %endloop2

else:                                             ; preds = %loop
  br i1 true, label %loop5, label %endloop6

endif:                                            ; preds = %endloop6, %endloop2
  %16 = add nsw i64 %c1, 1
  %17 = icmp sle i64 %16, %13
  br i1 %17, label %loop, label %endloop

loop1:                                            ; preds = %endloop4, %then
  %c2 = phi i64 [ 0, %then ], [ %624, %endloop4 ]
  %18 = mul nsw i64 4, %c1
  %19 = add nsw i64 %18, 0
  %20 = mul nsw i64 %6, 816
  %21 = mul nsw i64 %18, 48
  %22 = add nsw i64 %20, %21
  %23 = getelementptr inbounds float, ptr %1, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = insertelement <8 x float> undef, float %24, i32 0
  %26 = shufflevector <8 x float> %25, <8 x float> undef, <8 x i32> zeroinitializer
  %27 = mul nsw i64 %c2, 1152
  %28 = getelementptr inbounds float, ptr %2, i64 %27
  %29 = load <8 x float>, ptr %28, align 4
  %30 = mul nsw i64 %c2, 24
  %31 = getelementptr inbounds float, ptr %3, i64 %30
  %32 = load <8 x float>, ptr %31, align 4
  %33 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %26, <8 x float> %29, <8 x float> %32)
  %34 = mul nsw i64 %6, 1632
  %35 = mul nsw i64 %18, 96
  %36 = add nsw i64 %34, %35
  %37 = mul nsw i64 %c2, 24
  %38 = add nsw i64 %36, %37
  %39 = getelementptr inbounds float, ptr %0, i64 %38
  store <8 x float> %33, ptr %39, align 4
  %40 = mul nsw i64 4, %c1
  %41 = add nsw i64 %40, 0
  %42 = mul nsw i64 %6, 816
  %43 = mul nsw i64 %40, 48
  %44 = add nsw i64 %42, %43
  %45 = getelementptr inbounds float, ptr %1, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = insertelement <8 x float> undef, float %46, i32 0
  %48 = shufflevector <8 x float> %47, <8 x float> undef, <8 x i32> zeroinitializer
  %49 = mul nsw i64 %c2, 1152
  %50 = add nsw i64 %49, 8
  %51 = getelementptr inbounds float, ptr %2, i64 %50
  %52 = load <8 x float>, ptr %51, align 4
  %53 = mul nsw i64 %c2, 24
  %54 = add nsw i64 %53, 8
  %55 = getelementptr inbounds float, ptr %3, i64 %54
  %56 = load <8 x float>, ptr %55, align 4
  %57 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %48, <8 x float> %52, <8 x float> %56)
  %58 = mul nsw i64 %6, 1632
  %59 = mul nsw i64 %40, 96
  %60 = add nsw i64 %58, %59
  %61 = mul nsw i64 %c2, 24
  %62 = add nsw i64 %60, %61
  %63 = add nsw i64 %62, 8
  %64 = getelementptr inbounds float, ptr %0, i64 %63
  store <8 x float> %57, ptr %64, align 4
  %65 = mul nsw i64 4, %c1
  %66 = add nsw i64 %65, 0
  %67 = mul nsw i64 %6, 816
  %68 = mul nsw i64 %65, 48
  %69 = add nsw i64 %67, %68
  %70 = getelementptr inbounds float, ptr %1, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = insertelement <8 x float> undef, float %71, i32 0
  %73 = shufflevector <8 x float> %72, <8 x float> undef, <8 x i32> zeroinitializer
  %74 = mul nsw i64 %c2, 1152
  %75 = add nsw i64 %74, 16
  %76 = getelementptr inbounds float, ptr %2, i64 %75
  %77 = load <8 x float>, ptr %76, align 4
  %78 = mul nsw i64 %c2, 24
  %79 = add nsw i64 %78, 16
  %80 = getelementptr inbounds float, ptr %3, i64 %79
  %81 = load <8 x float>, ptr %80, align 4
  %82 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %73, <8 x float> %77, <8 x float> %81)
  %83 = mul nsw i64 %6, 1632
  %84 = mul nsw i64 %65, 96
  %85 = add nsw i64 %83, %84
  %86 = mul nsw i64 %c2, 24
  %87 = add nsw i64 %85, %86
  %88 = add nsw i64 %87, 16
  %89 = getelementptr inbounds float, ptr %0, i64 %88
  store <8 x float> %82, ptr %89, align 4
  %90 = mul nsw i64 4, %c1
  %91 = add nsw i64 %90, 1
  %92 = mul nsw i64 %6, 816
  %93 = mul nsw i64 %90, 48
  %94 = add nsw i64 %92, %93
  %95 = add nsw i64 %94, 48
  %96 = getelementptr inbounds float, ptr %1, i64 %95
  %97 = load float, ptr %96, align 4
  %98 = insertelement <8 x float> undef, float %97, i32 0
  %99 = shufflevector <8 x float> %98, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = mul nsw i64 %c2, 1152
  %101 = getelementptr inbounds float, ptr %2, i64 %100
  %102 = load <8 x float>, ptr %101, align 4
  %103 = mul nsw i64 %c2, 24
  %104 = getelementptr inbounds float, ptr %3, i64 %103
  %105 = load <8 x float>, ptr %104, align 4
  %106 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %99, <8 x float> %102, <8 x float> %105)
  %107 = mul nsw i64 %6, 1632
  %108 = mul nsw i64 %90, 96
  %109 = add nsw i64 %107, %108
  %110 = mul nsw i64 %c2, 24
  %111 = add nsw i64 %109, %110
  %112 = add nsw i64 %111, 96
  %113 = getelementptr inbounds float, ptr %0, i64 %112
  store <8 x float> %106, ptr %113, align 4
  %114 = mul nsw i64 4, %c1
  %115 = add nsw i64 %114, 1
  %116 = mul nsw i64 %6, 816
  %117 = mul nsw i64 %114, 48
  %118 = add nsw i64 %116, %117
  %119 = add nsw i64 %118, 48
  %120 = getelementptr inbounds float, ptr %1, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = insertelement <8 x float> undef, float %121, i32 0
  %123 = shufflevector <8 x float> %122, <8 x float> undef, <8 x i32> zeroinitializer
  %124 = mul nsw i64 %c2, 1152
  %125 = add nsw i64 %124, 8
  %126 = getelementptr inbounds float, ptr %2, i64 %125
  %127 = load <8 x float>, ptr %126, align 4
  %128 = mul nsw i64 %c2, 24
  %129 = add nsw i64 %128, 8
  %130 = getelementptr inbounds float, ptr %3, i64 %129
  %131 = load <8 x float>, ptr %130, align 4
  %132 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %123, <8 x float> %127, <8 x float> %131)
  %133 = mul nsw i64 %6, 1632
  %134 = mul nsw i64 %114, 96
  %135 = add nsw i64 %133, %134
  %136 = mul nsw i64 %c2, 24
  %137 = add nsw i64 %135, %136
  %138 = add nsw i64 %137, 104
  %139 = getelementptr inbounds float, ptr %0, i64 %138
  store <8 x float> %132, ptr %139, align 4
  %140 = mul nsw i64 4, %c1
  %141 = add nsw i64 %140, 1
  %142 = mul nsw i64 %6, 816
  %143 = mul nsw i64 %140, 48
  %144 = add nsw i64 %142, %143
  %145 = add nsw i64 %144, 48
  %146 = getelementptr inbounds float, ptr %1, i64 %145
  %147 = load float, ptr %146, align 4
  %148 = insertelement <8 x float> undef, float %147, i32 0
  %149 = shufflevector <8 x float> %148, <8 x float> undef, <8 x i32> zeroinitializer
  %150 = mul nsw i64 %c2, 1152
  %151 = add nsw i64 %150, 16
  %152 = getelementptr inbounds float, ptr %2, i64 %151
  %153 = load <8 x float>, ptr %152, align 4
  %154 = mul nsw i64 %c2, 24
  %155 = add nsw i64 %154, 16
  %156 = getelementptr inbounds float, ptr %3, i64 %155
  %157 = load <8 x float>, ptr %156, align 4
  %158 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %149, <8 x float> %153, <8 x float> %157)
  %159 = mul nsw i64 %6, 1632
  %160 = mul nsw i64 %140, 96
  %161 = add nsw i64 %159, %160
  %162 = mul nsw i64 %c2, 24
  %163 = add nsw i64 %161, %162
  %164 = add nsw i64 %163, 112
  %165 = getelementptr inbounds float, ptr %0, i64 %164
  store <8 x float> %158, ptr %165, align 4
  %166 = mul nsw i64 4, %c1
  %167 = add nsw i64 %166, 2
  %168 = mul nsw i64 %6, 816
  %169 = mul nsw i64 %166, 48
  %170 = add nsw i64 %168, %169
  %171 = add nsw i64 %170, 96
  %172 = getelementptr inbounds float, ptr %1, i64 %171
  %173 = load float, ptr %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %175 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %176 = mul nsw i64 %c2, 1152
  %177 = getelementptr inbounds float, ptr %2, i64 %176
  %178 = load <8 x float>, ptr %177, align 4
  %179 = mul nsw i64 %c2, 24
  %180 = getelementptr inbounds float, ptr %3, i64 %179
  %181 = load <8 x float>, ptr %180, align 4
  %182 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %175, <8 x float> %178, <8 x float> %181)
  %183 = mul nsw i64 %6, 1632
  %184 = mul nsw i64 %166, 96
  %185 = add nsw i64 %183, %184
  %186 = mul nsw i64 %c2, 24
  %187 = add nsw i64 %185, %186
  %188 = add nsw i64 %187, 192
  %189 = getelementptr inbounds float, ptr %0, i64 %188
  store <8 x float> %182, ptr %189, align 4
  %190 = mul nsw i64 4, %c1
  %191 = add nsw i64 %190, 2
  %192 = mul nsw i64 %6, 816
  %193 = mul nsw i64 %190, 48
  %194 = add nsw i64 %192, %193
  %195 = add nsw i64 %194, 96
  %196 = getelementptr inbounds float, ptr %1, i64 %195
  %197 = load float, ptr %196, align 4
  %198 = insertelement <8 x float> undef, float %197, i32 0
  %199 = shufflevector <8 x float> %198, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = mul nsw i64 %c2, 1152
  %201 = add nsw i64 %200, 8
  %202 = getelementptr inbounds float, ptr %2, i64 %201
  %203 = load <8 x float>, ptr %202, align 4
  %204 = mul nsw i64 %c2, 24
  %205 = add nsw i64 %204, 8
  %206 = getelementptr inbounds float, ptr %3, i64 %205
  %207 = load <8 x float>, ptr %206, align 4
  %208 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %199, <8 x float> %203, <8 x float> %207)
  %209 = mul nsw i64 %6, 1632
  %210 = mul nsw i64 %190, 96
  %211 = add nsw i64 %209, %210
  %212 = mul nsw i64 %c2, 24
  %213 = add nsw i64 %211, %212
  %214 = add nsw i64 %213, 200
  %215 = getelementptr inbounds float, ptr %0, i64 %214
  store <8 x float> %208, ptr %215, align 4
  %216 = mul nsw i64 4, %c1
  %217 = add nsw i64 %216, 2
  %218 = mul nsw i64 %6, 816
  %219 = mul nsw i64 %216, 48
  %220 = add nsw i64 %218, %219
  %221 = add nsw i64 %220, 96
  %222 = getelementptr inbounds float, ptr %1, i64 %221
  %223 = load float, ptr %222, align 4
  %224 = insertelement <8 x float> undef, float %223, i32 0
  %225 = shufflevector <8 x float> %224, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = mul nsw i64 %c2, 1152
  %227 = add nsw i64 %226, 16
  %228 = getelementptr inbounds float, ptr %2, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = mul nsw i64 %c2, 24
  %231 = add nsw i64 %230, 16
  %232 = getelementptr inbounds float, ptr %3, i64 %231
  %233 = load <8 x float>, ptr %232, align 4
  %234 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %225, <8 x float> %229, <8 x float> %233)
  %235 = mul nsw i64 %6, 1632
  %236 = mul nsw i64 %216, 96
  %237 = add nsw i64 %235, %236
  %238 = mul nsw i64 %c2, 24
  %239 = add nsw i64 %237, %238
  %240 = add nsw i64 %239, 208
  %241 = getelementptr inbounds float, ptr %0, i64 %240
  store <8 x float> %234, ptr %241, align 4
  %242 = mul nsw i64 4, %c1
  %243 = add nsw i64 %242, 3
  %244 = mul nsw i64 %6, 816
  %245 = mul nsw i64 %242, 48
  %246 = add nsw i64 %244, %245
  %247 = add nsw i64 %246, 144
  %248 = getelementptr inbounds float, ptr %1, i64 %247
  %249 = load float, ptr %248, align 4
  %250 = insertelement <8 x float> undef, float %249, i32 0
  %251 = shufflevector <8 x float> %250, <8 x float> undef, <8 x i32> zeroinitializer
  %252 = mul nsw i64 %c2, 1152
  %253 = getelementptr inbounds float, ptr %2, i64 %252
  %254 = load <8 x float>, ptr %253, align 4
  %255 = mul nsw i64 %c2, 24
  %256 = getelementptr inbounds float, ptr %3, i64 %255
  %257 = load <8 x float>, ptr %256, align 4
  %258 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %251, <8 x float> %254, <8 x float> %257)
  %259 = mul nsw i64 %6, 1632
  %260 = mul nsw i64 %242, 96
  %261 = add nsw i64 %259, %260
  %262 = mul nsw i64 %c2, 24
  %263 = add nsw i64 %261, %262
  %264 = add nsw i64 %263, 288
  %265 = getelementptr inbounds float, ptr %0, i64 %264
  store <8 x float> %258, ptr %265, align 4
  %266 = mul nsw i64 4, %c1
  %267 = add nsw i64 %266, 3
  %268 = mul nsw i64 %6, 816
  %269 = mul nsw i64 %266, 48
  %270 = add nsw i64 %268, %269
  %271 = add nsw i64 %270, 144
  %272 = getelementptr inbounds float, ptr %1, i64 %271
  %273 = load float, ptr %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i32 0
  %275 = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = mul nsw i64 %c2, 1152
  %277 = add nsw i64 %276, 8
  %278 = getelementptr inbounds float, ptr %2, i64 %277
  %279 = load <8 x float>, ptr %278, align 4
  %280 = mul nsw i64 %c2, 24
  %281 = add nsw i64 %280, 8
  %282 = getelementptr inbounds float, ptr %3, i64 %281
  %283 = load <8 x float>, ptr %282, align 4
  %284 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %275, <8 x float> %279, <8 x float> %283)
  %285 = mul nsw i64 %6, 1632
  %286 = mul nsw i64 %266, 96
  %287 = add nsw i64 %285, %286
  %288 = mul nsw i64 %c2, 24
  %289 = add nsw i64 %287, %288
  %290 = add nsw i64 %289, 296
  %291 = getelementptr inbounds float, ptr %0, i64 %290
  store <8 x float> %284, ptr %291, align 4
  %292 = mul nsw i64 4, %c1
  %293 = add nsw i64 %292, 3
  %294 = mul nsw i64 %6, 816
  %295 = mul nsw i64 %292, 48
  %296 = add nsw i64 %294, %295
  %297 = add nsw i64 %296, 144
  %298 = getelementptr inbounds float, ptr %1, i64 %297
  %299 = load float, ptr %298, align 4
  %300 = insertelement <8 x float> undef, float %299, i32 0
  %301 = shufflevector <8 x float> %300, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = mul nsw i64 %c2, 1152
  %303 = add nsw i64 %302, 16
  %304 = getelementptr inbounds float, ptr %2, i64 %303
  %305 = load <8 x float>, ptr %304, align 4
  %306 = mul nsw i64 %c2, 24
  %307 = add nsw i64 %306, 16
  %308 = getelementptr inbounds float, ptr %3, i64 %307
  %309 = load <8 x float>, ptr %308, align 4
  %310 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %301, <8 x float> %305, <8 x float> %309)
  %311 = mul nsw i64 %6, 1632
  %312 = mul nsw i64 %292, 96
  %313 = add nsw i64 %311, %312
  %314 = mul nsw i64 %c2, 24
  %315 = add nsw i64 %313, %314
  %316 = add nsw i64 %315, 304
  %317 = getelementptr inbounds float, ptr %0, i64 %316
  store <8 x float> %310, ptr %317, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %then
  br label %endif

loop3:                                            ; preds = %loop3, %loop1
  %c3 = phi i64 [ 1, %loop1 ], [ %622, %loop3 ]
  %318 = mul nsw i64 4, %c1
  %319 = add nsw i64 %318, 0
  %320 = mul nsw i64 %6, 816
  %321 = mul nsw i64 %318, 48
  %322 = add nsw i64 %320, %321
  %323 = add nsw i64 %322, %c3
  %324 = getelementptr inbounds float, ptr %1, i64 %323
  %325 = load float, ptr %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %327 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %328 = mul nsw i64 %c3, 24
  %329 = mul nsw i64 %c2, 1152
  %330 = add nsw i64 %328, %329
  %331 = getelementptr inbounds float, ptr %2, i64 %330
  %332 = load <8 x float>, ptr %331, align 4
  %333 = mul nsw i64 %6, 1632
  %334 = mul nsw i64 %318, 96
  %335 = add nsw i64 %333, %334
  %336 = mul nsw i64 %c2, 24
  %337 = add nsw i64 %335, %336
  %338 = getelementptr inbounds float, ptr %0, i64 %337
  %339 = load <8 x float>, ptr %338, align 4
  %340 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %327, <8 x float> %332, <8 x float> %339)
  store <8 x float> %340, ptr %338, align 4
  %341 = mul nsw i64 4, %c1
  %342 = add nsw i64 %341, 0
  %343 = mul nsw i64 %6, 816
  %344 = mul nsw i64 %341, 48
  %345 = add nsw i64 %343, %344
  %346 = add nsw i64 %345, %c3
  %347 = getelementptr inbounds float, ptr %1, i64 %346
  %348 = load float, ptr %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i32 0
  %350 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = mul nsw i64 %c3, 24
  %352 = mul nsw i64 %c2, 1152
  %353 = add nsw i64 %351, %352
  %354 = add nsw i64 %353, 8
  %355 = getelementptr inbounds float, ptr %2, i64 %354
  %356 = load <8 x float>, ptr %355, align 4
  %357 = mul nsw i64 %6, 1632
  %358 = mul nsw i64 %341, 96
  %359 = add nsw i64 %357, %358
  %360 = mul nsw i64 %c2, 24
  %361 = add nsw i64 %359, %360
  %362 = add nsw i64 %361, 8
  %363 = getelementptr inbounds float, ptr %0, i64 %362
  %364 = load <8 x float>, ptr %363, align 4
  %365 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %350, <8 x float> %356, <8 x float> %364)
  store <8 x float> %365, ptr %363, align 4
  %366 = mul nsw i64 4, %c1
  %367 = add nsw i64 %366, 0
  %368 = mul nsw i64 %6, 816
  %369 = mul nsw i64 %366, 48
  %370 = add nsw i64 %368, %369
  %371 = add nsw i64 %370, %c3
  %372 = getelementptr inbounds float, ptr %1, i64 %371
  %373 = load float, ptr %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i32 0
  %375 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = mul nsw i64 %c3, 24
  %377 = mul nsw i64 %c2, 1152
  %378 = add nsw i64 %376, %377
  %379 = add nsw i64 %378, 16
  %380 = getelementptr inbounds float, ptr %2, i64 %379
  %381 = load <8 x float>, ptr %380, align 4
  %382 = mul nsw i64 %6, 1632
  %383 = mul nsw i64 %366, 96
  %384 = add nsw i64 %382, %383
  %385 = mul nsw i64 %c2, 24
  %386 = add nsw i64 %384, %385
  %387 = add nsw i64 %386, 16
  %388 = getelementptr inbounds float, ptr %0, i64 %387
  %389 = load <8 x float>, ptr %388, align 4
  %390 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %375, <8 x float> %381, <8 x float> %389)
  store <8 x float> %390, ptr %388, align 4
  %391 = mul nsw i64 4, %c1
  %392 = add nsw i64 %391, 1
  %393 = mul nsw i64 %6, 816
  %394 = mul nsw i64 %391, 48
  %395 = add nsw i64 %393, %394
  %396 = add nsw i64 %395, %c3
  %397 = add nsw i64 %396, 48
  %398 = getelementptr inbounds float, ptr %1, i64 %397
  %399 = load float, ptr %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %401 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = mul nsw i64 %c3, 24
  %403 = mul nsw i64 %c2, 1152
  %404 = add nsw i64 %402, %403
  %405 = getelementptr inbounds float, ptr %2, i64 %404
  %406 = load <8 x float>, ptr %405, align 4
  %407 = mul nsw i64 %6, 1632
  %408 = mul nsw i64 %391, 96
  %409 = add nsw i64 %407, %408
  %410 = mul nsw i64 %c2, 24
  %411 = add nsw i64 %409, %410
  %412 = add nsw i64 %411, 96
  %413 = getelementptr inbounds float, ptr %0, i64 %412
  %414 = load <8 x float>, ptr %413, align 4
  %415 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %401, <8 x float> %406, <8 x float> %414)
  store <8 x float> %415, ptr %413, align 4
  %416 = mul nsw i64 4, %c1
  %417 = add nsw i64 %416, 1
  %418 = mul nsw i64 %6, 816
  %419 = mul nsw i64 %416, 48
  %420 = add nsw i64 %418, %419
  %421 = add nsw i64 %420, %c3
  %422 = add nsw i64 %421, 48
  %423 = getelementptr inbounds float, ptr %1, i64 %422
  %424 = load float, ptr %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %426 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %427 = mul nsw i64 %c3, 24
  %428 = mul nsw i64 %c2, 1152
  %429 = add nsw i64 %427, %428
  %430 = add nsw i64 %429, 8
  %431 = getelementptr inbounds float, ptr %2, i64 %430
  %432 = load <8 x float>, ptr %431, align 4
  %433 = mul nsw i64 %6, 1632
  %434 = mul nsw i64 %416, 96
  %435 = add nsw i64 %433, %434
  %436 = mul nsw i64 %c2, 24
  %437 = add nsw i64 %435, %436
  %438 = add nsw i64 %437, 104
  %439 = getelementptr inbounds float, ptr %0, i64 %438
  %440 = load <8 x float>, ptr %439, align 4
  %441 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %426, <8 x float> %432, <8 x float> %440)
  store <8 x float> %441, ptr %439, align 4
  %442 = mul nsw i64 4, %c1
  %443 = add nsw i64 %442, 1
  %444 = mul nsw i64 %6, 816
  %445 = mul nsw i64 %442, 48
  %446 = add nsw i64 %444, %445
  %447 = add nsw i64 %446, %c3
  %448 = add nsw i64 %447, 48
  %449 = getelementptr inbounds float, ptr %1, i64 %448
  %450 = load float, ptr %449, align 4
  %451 = insertelement <8 x float> undef, float %450, i32 0
  %452 = shufflevector <8 x float> %451, <8 x float> undef, <8 x i32> zeroinitializer
  %453 = mul nsw i64 %c3, 24
  %454 = mul nsw i64 %c2, 1152
  %455 = add nsw i64 %453, %454
  %456 = add nsw i64 %455, 16
  %457 = getelementptr inbounds float, ptr %2, i64 %456
  %458 = load <8 x float>, ptr %457, align 4
  %459 = mul nsw i64 %6, 1632
  %460 = mul nsw i64 %442, 96
  %461 = add nsw i64 %459, %460
  %462 = mul nsw i64 %c2, 24
  %463 = add nsw i64 %461, %462
  %464 = add nsw i64 %463, 112
  %465 = getelementptr inbounds float, ptr %0, i64 %464
  %466 = load <8 x float>, ptr %465, align 4
  %467 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %452, <8 x float> %458, <8 x float> %466)
  store <8 x float> %467, ptr %465, align 4
  %468 = mul nsw i64 4, %c1
  %469 = add nsw i64 %468, 2
  %470 = mul nsw i64 %6, 816
  %471 = mul nsw i64 %468, 48
  %472 = add nsw i64 %470, %471
  %473 = add nsw i64 %472, %c3
  %474 = add nsw i64 %473, 96
  %475 = getelementptr inbounds float, ptr %1, i64 %474
  %476 = load float, ptr %475, align 4
  %477 = insertelement <8 x float> undef, float %476, i32 0
  %478 = shufflevector <8 x float> %477, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = mul nsw i64 %c3, 24
  %480 = mul nsw i64 %c2, 1152
  %481 = add nsw i64 %479, %480
  %482 = getelementptr inbounds float, ptr %2, i64 %481
  %483 = load <8 x float>, ptr %482, align 4
  %484 = mul nsw i64 %6, 1632
  %485 = mul nsw i64 %468, 96
  %486 = add nsw i64 %484, %485
  %487 = mul nsw i64 %c2, 24
  %488 = add nsw i64 %486, %487
  %489 = add nsw i64 %488, 192
  %490 = getelementptr inbounds float, ptr %0, i64 %489
  %491 = load <8 x float>, ptr %490, align 4
  %492 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %478, <8 x float> %483, <8 x float> %491)
  store <8 x float> %492, ptr %490, align 4
  %493 = mul nsw i64 4, %c1
  %494 = add nsw i64 %493, 2
  %495 = mul nsw i64 %6, 816
  %496 = mul nsw i64 %493, 48
  %497 = add nsw i64 %495, %496
  %498 = add nsw i64 %497, %c3
  %499 = add nsw i64 %498, 96
  %500 = getelementptr inbounds float, ptr %1, i64 %499
  %501 = load float, ptr %500, align 4
  %502 = insertelement <8 x float> undef, float %501, i32 0
  %503 = shufflevector <8 x float> %502, <8 x float> undef, <8 x i32> zeroinitializer
  %504 = mul nsw i64 %c3, 24
  %505 = mul nsw i64 %c2, 1152
  %506 = add nsw i64 %504, %505
  %507 = add nsw i64 %506, 8
  %508 = getelementptr inbounds float, ptr %2, i64 %507
  %509 = load <8 x float>, ptr %508, align 4
  %510 = mul nsw i64 %6, 1632
  %511 = mul nsw i64 %493, 96
  %512 = add nsw i64 %510, %511
  %513 = mul nsw i64 %c2, 24
  %514 = add nsw i64 %512, %513
  %515 = add nsw i64 %514, 200
  %516 = getelementptr inbounds float, ptr %0, i64 %515
  %517 = load <8 x float>, ptr %516, align 4
  %518 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %503, <8 x float> %509, <8 x float> %517)
  store <8 x float> %518, ptr %516, align 4
  %519 = mul nsw i64 4, %c1
  %520 = add nsw i64 %519, 2
  %521 = mul nsw i64 %6, 816
  %522 = mul nsw i64 %519, 48
  %523 = add nsw i64 %521, %522
  %524 = add nsw i64 %523, %c3
  %525 = add nsw i64 %524, 96
  %526 = getelementptr inbounds float, ptr %1, i64 %525
  %527 = load float, ptr %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %529 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = mul nsw i64 %c3, 24
  %531 = mul nsw i64 %c2, 1152
  %532 = add nsw i64 %530, %531
  %533 = add nsw i64 %532, 16
  %534 = getelementptr inbounds float, ptr %2, i64 %533
  %535 = load <8 x float>, ptr %534, align 4
  %536 = mul nsw i64 %6, 1632
  %537 = mul nsw i64 %519, 96
  %538 = add nsw i64 %536, %537
  %539 = mul nsw i64 %c2, 24
  %540 = add nsw i64 %538, %539
  %541 = add nsw i64 %540, 208
  %542 = getelementptr inbounds float, ptr %0, i64 %541
  %543 = load <8 x float>, ptr %542, align 4
  %544 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %529, <8 x float> %535, <8 x float> %543)
  store <8 x float> %544, ptr %542, align 4
  %545 = mul nsw i64 4, %c1
  %546 = add nsw i64 %545, 3
  %547 = mul nsw i64 %6, 816
  %548 = mul nsw i64 %545, 48
  %549 = add nsw i64 %547, %548
  %550 = add nsw i64 %549, %c3
  %551 = add nsw i64 %550, 144
  %552 = getelementptr inbounds float, ptr %1, i64 %551
  %553 = load float, ptr %552, align 4
  %554 = insertelement <8 x float> undef, float %553, i32 0
  %555 = shufflevector <8 x float> %554, <8 x float> undef, <8 x i32> zeroinitializer
  %556 = mul nsw i64 %c3, 24
  %557 = mul nsw i64 %c2, 1152
  %558 = add nsw i64 %556, %557
  %559 = getelementptr inbounds float, ptr %2, i64 %558
  %560 = load <8 x float>, ptr %559, align 4
  %561 = mul nsw i64 %6, 1632
  %562 = mul nsw i64 %545, 96
  %563 = add nsw i64 %561, %562
  %564 = mul nsw i64 %c2, 24
  %565 = add nsw i64 %563, %564
  %566 = add nsw i64 %565, 288
  %567 = getelementptr inbounds float, ptr %0, i64 %566
  %568 = load <8 x float>, ptr %567, align 4
  %569 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %555, <8 x float> %560, <8 x float> %568)
  store <8 x float> %569, ptr %567, align 4
  %570 = mul nsw i64 4, %c1
  %571 = add nsw i64 %570, 3
  %572 = mul nsw i64 %6, 816
  %573 = mul nsw i64 %570, 48
  %574 = add nsw i64 %572, %573
  %575 = add nsw i64 %574, %c3
  %576 = add nsw i64 %575, 144
  %577 = getelementptr inbounds float, ptr %1, i64 %576
  %578 = load float, ptr %577, align 4
  %579 = insertelement <8 x float> undef, float %578, i32 0
  %580 = shufflevector <8 x float> %579, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = mul nsw i64 %c3, 24
  %582 = mul nsw i64 %c2, 1152
  %583 = add nsw i64 %581, %582
  %584 = add nsw i64 %583, 8
  %585 = getelementptr inbounds float, ptr %2, i64 %584
  %586 = load <8 x float>, ptr %585, align 4
  %587 = mul nsw i64 %6, 1632
  %588 = mul nsw i64 %570, 96
  %589 = add nsw i64 %587, %588
  %590 = mul nsw i64 %c2, 24
  %591 = add nsw i64 %589, %590
  %592 = add nsw i64 %591, 296
  %593 = getelementptr inbounds float, ptr %0, i64 %592
  %594 = load <8 x float>, ptr %593, align 4
  %595 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %580, <8 x float> %586, <8 x float> %594)
  store <8 x float> %595, ptr %593, align 4
  %596 = mul nsw i64 4, %c1
  %597 = add nsw i64 %596, 3
  %598 = mul nsw i64 %6, 816
  %599 = mul nsw i64 %596, 48
  %600 = add nsw i64 %598, %599
  %601 = add nsw i64 %600, %c3
  %602 = add nsw i64 %601, 144
  %603 = getelementptr inbounds float, ptr %1, i64 %602
  %604 = load float, ptr %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %606 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = mul nsw i64 %c3, 24
  %608 = mul nsw i64 %c2, 1152
  %609 = add nsw i64 %607, %608
  %610 = add nsw i64 %609, 16
  %611 = getelementptr inbounds float, ptr %2, i64 %610
  %612 = load <8 x float>, ptr %611, align 4
  %613 = mul nsw i64 %6, 1632
  %614 = mul nsw i64 %596, 96
  %615 = add nsw i64 %613, %614
  %616 = mul nsw i64 %c2, 24
  %617 = add nsw i64 %615, %616
  %618 = add nsw i64 %617, 304
  %619 = getelementptr inbounds float, ptr %0, i64 %618
  %620 = load <8 x float>, ptr %619, align 4
  %621 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %606, <8 x float> %612, <8 x float> %620)
  store <8 x float> %621, ptr %619, align 4
  %622 = add nsw i64 %c3, 1
  %623 = icmp sle i64 %622, 47
  br i1 %623, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %624 = add nsw i64 %c2, 1
  %625 = icmp sle i64 %624, 3
  br i1 %625, label %loop1, label %endloop2

loop5:                                            ; preds = %endloop9, %else
  %c27 = phi i64 [ 0, %else ], [ %745, %endloop9 ]
  %626 = mul nsw i64 %6, 816
  %627 = add nsw i64 %626, 768
  %628 = getelementptr inbounds float, ptr %1, i64 %627
  %629 = load float, ptr %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %631 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %632 = mul nsw i64 %c27, 1152
  %633 = getelementptr inbounds float, ptr %2, i64 %632
  %634 = load <8 x float>, ptr %633, align 4
  %635 = mul nsw i64 %c27, 24
  %636 = getelementptr inbounds float, ptr %3, i64 %635
  %637 = load <8 x float>, ptr %636, align 4
  %638 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %631, <8 x float> %634, <8 x float> %637)
  %639 = mul nsw i64 %6, 1632
  %640 = mul nsw i64 %c27, 24
  %641 = add nsw i64 %639, %640
  %642 = add nsw i64 %641, 1536
  %643 = getelementptr inbounds float, ptr %0, i64 %642
  store <8 x float> %638, ptr %643, align 4
  %644 = mul nsw i64 %6, 816
  %645 = add nsw i64 %644, 768
  %646 = getelementptr inbounds float, ptr %1, i64 %645
  %647 = load float, ptr %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %649 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %650 = mul nsw i64 %c27, 1152
  %651 = add nsw i64 %650, 8
  %652 = getelementptr inbounds float, ptr %2, i64 %651
  %653 = load <8 x float>, ptr %652, align 4
  %654 = mul nsw i64 %c27, 24
  %655 = add nsw i64 %654, 8
  %656 = getelementptr inbounds float, ptr %3, i64 %655
  %657 = load <8 x float>, ptr %656, align 4
  %658 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %649, <8 x float> %653, <8 x float> %657)
  %659 = mul nsw i64 %6, 1632
  %660 = mul nsw i64 %c27, 24
  %661 = add nsw i64 %659, %660
  %662 = add nsw i64 %661, 1544
  %663 = getelementptr inbounds float, ptr %0, i64 %662
  store <8 x float> %658, ptr %663, align 4
  %664 = mul nsw i64 %6, 816
  %665 = add nsw i64 %664, 768
  %666 = getelementptr inbounds float, ptr %1, i64 %665
  %667 = load float, ptr %666, align 4
  %668 = insertelement <8 x float> undef, float %667, i32 0
  %669 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = mul nsw i64 %c27, 1152
  %671 = add nsw i64 %670, 16
  %672 = getelementptr inbounds float, ptr %2, i64 %671
  %673 = load <8 x float>, ptr %672, align 4
  %674 = mul nsw i64 %c27, 24
  %675 = add nsw i64 %674, 16
  %676 = getelementptr inbounds float, ptr %3, i64 %675
  %677 = load <8 x float>, ptr %676, align 4
  %678 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %669, <8 x float> %673, <8 x float> %677)
  %679 = mul nsw i64 %6, 1632
  %680 = mul nsw i64 %c27, 24
  %681 = add nsw i64 %679, %680
  %682 = add nsw i64 %681, 1552
  %683 = getelementptr inbounds float, ptr %0, i64 %682
  store <8 x float> %678, ptr %683, align 4
  br i1 true, label %loop8, label %endloop9

endloop6:                                         ; preds = %endloop9, %else
  br label %endif

loop8:                                            ; preds = %loop8, %loop5
  %c310 = phi i64 [ 1, %loop5 ], [ %743, %loop8 ]
  %684 = mul nsw i64 %6, 816
  %685 = add nsw i64 %684, %c310
  %686 = add nsw i64 %685, 768
  %687 = getelementptr inbounds float, ptr %1, i64 %686
  %688 = load float, ptr %687, align 4
  %689 = insertelement <8 x float> undef, float %688, i32 0
  %690 = shufflevector <8 x float> %689, <8 x float> undef, <8 x i32> zeroinitializer
  %691 = mul nsw i64 %c310, 24
  %692 = mul nsw i64 %c27, 1152
  %693 = add nsw i64 %691, %692
  %694 = getelementptr inbounds float, ptr %2, i64 %693
  %695 = load <8 x float>, ptr %694, align 4
  %696 = mul nsw i64 %6, 1632
  %697 = mul nsw i64 %c27, 24
  %698 = add nsw i64 %696, %697
  %699 = add nsw i64 %698, 1536
  %700 = getelementptr inbounds float, ptr %0, i64 %699
  %701 = load <8 x float>, ptr %700, align 4
  %702 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %690, <8 x float> %695, <8 x float> %701)
  store <8 x float> %702, ptr %700, align 4
  %703 = mul nsw i64 %6, 816
  %704 = add nsw i64 %703, %c310
  %705 = add nsw i64 %704, 768
  %706 = getelementptr inbounds float, ptr %1, i64 %705
  %707 = load float, ptr %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %709 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %710 = mul nsw i64 %c310, 24
  %711 = mul nsw i64 %c27, 1152
  %712 = add nsw i64 %710, %711
  %713 = add nsw i64 %712, 8
  %714 = getelementptr inbounds float, ptr %2, i64 %713
  %715 = load <8 x float>, ptr %714, align 4
  %716 = mul nsw i64 %6, 1632
  %717 = mul nsw i64 %c27, 24
  %718 = add nsw i64 %716, %717
  %719 = add nsw i64 %718, 1544
  %720 = getelementptr inbounds float, ptr %0, i64 %719
  %721 = load <8 x float>, ptr %720, align 4
  %722 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %709, <8 x float> %715, <8 x float> %721)
  store <8 x float> %722, ptr %720, align 4
  %723 = mul nsw i64 %6, 816
  %724 = add nsw i64 %723, %c310
  %725 = add nsw i64 %724, 768
  %726 = getelementptr inbounds float, ptr %1, i64 %725
  %727 = load float, ptr %726, align 4
  %728 = insertelement <8 x float> undef, float %727, i32 0
  %729 = shufflevector <8 x float> %728, <8 x float> undef, <8 x i32> zeroinitializer
  %730 = mul nsw i64 %c310, 24
  %731 = mul nsw i64 %c27, 1152
  %732 = add nsw i64 %730, %731
  %733 = add nsw i64 %732, 16
  %734 = getelementptr inbounds float, ptr %2, i64 %733
  %735 = load <8 x float>, ptr %734, align 4
  %736 = mul nsw i64 %6, 1632
  %737 = mul nsw i64 %c27, 24
  %738 = add nsw i64 %736, %737
  %739 = add nsw i64 %738, 1552
  %740 = getelementptr inbounds float, ptr %0, i64 %739
  %741 = load <8 x float>, ptr %740, align 4
  %742 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %729, <8 x float> %735, <8 x float> %741)
  store <8 x float> %742, ptr %740, align 4
  %743 = add nsw i64 %c310, 1
  %744 = icmp sle i64 %743, 47
  br i1 %744, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %loop5
  %745 = add nsw i64 %c27, 1
  %746 = icmp sle i64 %745, 3
  br i1 %746, label %loop5, label %endloop6
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

; Function Attrs: nounwind
define internal void @vitc_k15_par0(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 2
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 3
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 4
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 5
  %14 = load i64, ptr %13, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 6
  %16 = load i64, ptr %15, align 8
  call void @vitc_k15_par0_body(ptr %4, ptr %6, ptr %8, ptr %10, ptr %12, i64 %14, i64 %16, i64 %1, i64 %2)
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fabs.v8f32(<8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.copysign.v8f32(<8 x float>, <8 x float>) #2

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #1 = { alwaysinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
; part 16: encoder.layers.encoder_layer_0.mlp.3
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k16(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3, ptr noalias %4, ptr noalias %5, ptr noalias %6) #0 {
entry:
  %closure = alloca { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, align 8
  %7 = sub nsw i64 %1, 1
  %8 = icmp sle i64 0, %7
  br i1 %8, label %loop, label %endloop

loop:                                             ; preds = %endpar, %entry
  %c0 = phi i64 [ 0, %entry ], [ %21, %endpar ]
  br i1 true, label %par, label %endpar

endloop:                                          ; preds = %endpar, %entry
  %9 = sub nsw i64 %1, 1
  %10 = icmp sle i64 0, %9
  br i1 %10, label %loop1, label %endloop2

par:                                              ; preds = %loop
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 0
  store ptr %2, ptr %11, align 8
  %12 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 1
  store ptr %3, ptr %12, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 2
  store ptr %4, ptr %13, align 8
  %14 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 3
  store ptr %5, ptr %14, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 4
  store ptr %6, ptr %15, align 8
  %16 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 5
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 6
  store i64 %1, ptr %17, align 8
  %18 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %closure, i32 0, i32 7
  store i64 %c0, ptr %18, align 8
  %19 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 0
  %pool = load ptr, ptr %19, align 8
  %20 = getelementptr inbounds { ptr, i32, ptr, ptr, ptr }, ptr %0, i32 0, i32 2
  %parallel_for = load ptr, ptr %20, align 8
  call void %parallel_for(ptr %pool, i64 5, ptr @vitc_k16_par0, ptr %closure)
  br label %endpar

endpar:                                           ; preds = %par, %loop
  %21 = add nsw i64 %c0, 1
  %22 = icmp sle i64 %21, %7
  br i1 %22, label %loop, label %endloop

loop1:                                            ; preds = %endloop5, %endloop
  %c03 = phi i64 [ 0, %endloop ], [ %23, %endloop5 ]
  br i1 true, label %loop4, label %endloop5

endloop2:                                         ; preds = %endloop5, %endloop
  ret void

loop4:                                            ; preds = %endloop7, %loop1
  %c1 = phi i64 [ 0, %loop1 ], [ %47, %endloop7 ]
  br i1 true, label %loop6, label %endloop7

endloop5:                                         ; preds = %endloop7, %loop1
  %23 = add nsw i64 %c03, 1
  %24 = icmp sle i64 %23, %9
  br i1 %24, label %loop1, label %endloop2

loop6:                                            ; preds = %loop6, %loop4
  %c2 = phi i64 [ 0, %loop4 ], [ %45, %loop6 ]
  %25 = mul nsw i64 8, %c2
  %26 = add nsw i64 %25, 0
  %27 = mul nsw i64 %c03, 816
  %28 = mul nsw i64 %c1, 48
  %29 = add nsw i64 %27, %28
  %30 = add nsw i64 %29, %25
  %31 = getelementptr inbounds float, ptr %6, i64 %30
  %32 = load <8 x float>, ptr %31, align 4
  %33 = mul nsw i64 %c03, 816
  %34 = mul nsw i64 %c1, 48
  %35 = add nsw i64 %33, %34
  %36 = add nsw i64 %35, %25
  %37 = getelementptr inbounds float, ptr %2, i64 %36
  %38 = load <8 x float>, ptr %37, align 4
  %39 = fadd <8 x float> %32, %38
  %40 = mul nsw i64 %c03, 816
  %41 = mul nsw i64 %c1, 48
  %42 = add nsw i64 %40, %41
  %43 = add nsw i64 %42, %25
  %44 = getelementptr inbounds float, ptr %2, i64 %43
  store <8 x float> %39, ptr %44, align 4
  %45 = add nsw i64 %c2, 1
  %46 = icmp sle i64 %45, 5
  br i1 %46, label %loop6, label %endloop7

endloop7:                                         ; preds = %loop6, %loop4
  %47 = add nsw i64 %c1, 1
  %48 = icmp sle i64 %47, 16
  br i1 %48, label %loop4, label %endloop5
}

; Function Attrs: alwaysinline nounwind
define internal void @vitc_k16_par0_body(ptr noalias %0, ptr noalias %1, ptr noalias %2, ptr noalias %3, ptr noalias %4, ptr %5, i64 %6, i64 %7, i64 %8, i64 %9) #1 {
entry:
  %10 = mul nsw i64 %8, 1
  %11 = add nsw i64 0, %10
  %12 = sub nsw i64 %9, 1
  %13 = mul nsw i64 %12, 1
  %14 = add nsw i64 0, %13
  %15 = icmp sle i64 %11, %14
  br i1 %15, label %loop, label %endloop

loop:                                             ; preds = %endif, %entry
  %c1 = phi i64 [ %11, %entry ], [ %17, %endif ]
  %16 = icmp sle i64 %c1, 3
  br i1 %16, label %then, label %else

endloop:                                          ; preds = %endif, %entry
  ret void

then:                                             ; preds = %loop
  br i1 true, label %loop1, label %endloop2

else:                                             ; preds = %loop
  br i1 true, label %loop5, label %endloop6

endif:                                            ; preds = %endloop6, %endloop2
  %17 = add nsw i64 %c1, 1
  %18 = icmp sle i64 %17, %14
  br i1 %18, label %loop, label %endloop

loop1:                                            ; preds = %endloop4, %then
  %c2 = phi i64 [ 0, %then ], [ %625, %endloop4 ]
  %19 = mul nsw i64 4, %c1
  %20 = add nsw i64 %19, 0
  %21 = mul nsw i64 %7, 1632
  %22 = mul nsw i64 %19, 96
  %23 = add nsw i64 %21, %22
  %24 = getelementptr inbounds float, ptr %1, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = insertelement <8 x float> undef, float %25, i32 0
  %27 = shufflevector <8 x float> %26, <8 x float> undef, <8 x i32> zeroinitializer
  %28 = mul nsw i64 %c2, 2304
  %29 = getelementptr inbounds float, ptr %2, i64 %28
  %30 = load <8 x float>, ptr %29, align 4
  %31 = mul nsw i64 %c2, 24
  %32 = getelementptr inbounds float, ptr %3, i64 %31
  %33 = load <8 x float>, ptr %32, align 4
  %34 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %27, <8 x float> %30, <8 x float> %33)
  %35 = mul nsw i64 %7, 816
  %36 = mul nsw i64 %19, 48
  %37 = add nsw i64 %35, %36
  %38 = mul nsw i64 %c2, 24
  %39 = add nsw i64 %37, %38
  %40 = getelementptr inbounds float, ptr %0, i64 %39
  store <8 x float> %34, ptr %40, align 4
  %41 = mul nsw i64 4, %c1
  %42 = add nsw i64 %41, 0
  %43 = mul nsw i64 %7, 1632
  %44 = mul nsw i64 %41, 96
  %45 = add nsw i64 %43, %44
  %46 = getelementptr inbounds float, ptr %1, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = insertelement <8 x float> undef, float %47, i32 0
  %49 = shufflevector <8 x float> %48, <8 x float> undef, <8 x i32> zeroinitializer
  %50 = mul nsw i64 %c2, 2304
  %51 = add nsw i64 %50, 8
  %52 = getelementptr inbounds float, ptr %2, i64 %51
  %53 = load <8 x float>, ptr %52, align 4
  %54 = mul nsw i64 %c2, 24
  %55 = add nsw i64 %54, 8
  %56 = getelementptr inbounds float, ptr %3, i64 %55
  %57 = load <8 x float>, ptr %56, align 4
  %58 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %49, <8 x float> %53, <8 x float> %57)
  %59 = mul nsw i64 %7, 816
  %60 = mul nsw i64 %41, 48
  %61 = add nsw i64 %59, %60
  %62 = mul nsw i64 %c2, 24
  %63 = add nsw i64 %61, %62
  %64 = add nsw i64 %63, 8
  %65 = getelementptr inbounds float, ptr %0, i64 %64
  store <8 x float> %58, ptr %65, align 4
  %66 = mul nsw i64 4, %c1
  %67 = add nsw i64 %66, 0
  %68 = mul nsw i64 %7, 1632
  %69 = mul nsw i64 %66, 96
  %70 = add nsw i64 %68, %69
  %71 = getelementptr inbounds float, ptr %1, i64 %70
  %72 = load float, ptr %71, align 4
  %73 = insertelement <8 x float> undef, float %72, i32 0
  %74 = shufflevector <8 x float> %73, <8 x float> undef, <8 x i32> zeroinitializer
  %75 = mul nsw i64 %c2, 2304
  %76 = add nsw i64 %75, 16
  %77 = getelementptr inbounds float, ptr %2, i64 %76
  %78 = load <8 x float>, ptr %77, align 4
  %79 = mul nsw i64 %c2, 24
  %80 = add nsw i64 %79, 16
  %81 = getelementptr inbounds float, ptr %3, i64 %80
  %82 = load <8 x float>, ptr %81, align 4
  %83 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %74, <8 x float> %78, <8 x float> %82)
  %84 = mul nsw i64 %7, 816
  %85 = mul nsw i64 %66, 48
  %86 = add nsw i64 %84, %85
  %87 = mul nsw i64 %c2, 24
  %88 = add nsw i64 %86, %87
  %89 = add nsw i64 %88, 16
  %90 = getelementptr inbounds float, ptr %0, i64 %89
  store <8 x float> %83, ptr %90, align 4
  %91 = mul nsw i64 4, %c1
  %92 = add nsw i64 %91, 1
  %93 = mul nsw i64 %7, 1632
  %94 = mul nsw i64 %91, 96
  %95 = add nsw i64 %93, %94
  %96 = add nsw i64 %95, 96
  %97 = getelementptr inbounds float, ptr %1, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %100 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %101 = mul nsw i64 %c2, 2304
  %102 = getelementptr inbounds float, ptr %2, i64 %101
  %103 = load <8 x float>, ptr %102, align 4
  %104 = mul nsw i64 %c2, 24
  %105 = getelementptr inbounds float, ptr %3, i64 %104
  %106 = load <8 x float>, ptr %105, align 4
  %107 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %100, <8 x float> %103, <8 x float> %106)
  %108 = mul nsw i64 %7, 816
  %109 = mul nsw i64 %91, 48
  %110 = add nsw i64 %108, %109
  %111 = mul nsw i64 %c2, 24
  %112 = add nsw i64 %110, %111
  %113 = add nsw i64 %112, 48
  %114 = getelementptr inbounds float, ptr %0, i64 %113
  store <8 x float> %107, ptr %114, align 4
  %115 = mul nsw i64 4, %c1
  %116 = add nsw i64 %115, 1
  %117 = mul nsw i64 %7, 1632
  %118 = mul nsw i64 %115, 96
  %119 = add nsw i64 %117, %118
  %120 = add nsw i64 %119, 96
  %121 = getelementptr inbounds float, ptr %1, i64 %120
  %122 = load float, ptr %121, align 4
  %123 = insertelement <8 x float> undef, float %122, i32 0
  %124 = shufflevector <8 x float> %123, <8 x float> undef, <8 x i32> zeroinitializer
  %125 = mul nsw i64 %c2, 2304
  %126 = add nsw i64 %125, 8
  %127 = getelementptr inbounds float, ptr %2, i64 %126
  %128 = load <8 x float>, ptr %127, align 4
  %129 = mul nsw i64 %c2, 24
  %130 = add nsw i64 %129, 8
  %131 = getelementptr inbounds float, ptr %3, i64 %130
  %132 = load <8 x float>, ptr %131, align 4
  %133 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %124, <8 x float> %128, <8 x float> %132)
  %134 = mul nsw i64 %7, 816
  %135 = mul nsw i64 %115, 48
  %136 = add nsw i64 %134, %135
  %137 = mul nsw i64 %c2, 24
  %138 = add nsw i64 %136, %137
  %139 = add nsw i64 %138, 56
  %140 = getelementptr inbounds float, ptr %0, i64 %139
  store <8 x float> %133, ptr %140, align 4
  %141 = mul nsw i64 4, %c1
  %142 = add nsw i64 %141, 1
  %143 = mul nsw i64 %7, 1632
  %144 = mul nsw i64 %141, 96
  %145 = add nsw i64 %143, %144
  %146 = add nsw i64 %145, 96
  %147 = getelementptr inbounds float, ptr %1, i64 %146
  %148 = load float, ptr %147, align 4
  %149 = insertelement <8 x float> undef, float %148, i32 0
  %150 = shufflevector <8 x float> %149, <8 x float> undef, <8 x i32> zeroinitializer
  %151 = mul nsw i64 %c2, 2304
  %152 = add nsw i64 %151, 16
  %153 = getelementptr inbounds float, ptr %2, i64 %152
  %154 = load <8 x float>, ptr %153, align 4
  %155 = mul nsw i64 %c2, 24
  %156 = add nsw i64 %155, 16
  %157 = getelementptr inbounds float, ptr %3, i64 %156
  %158 = load <8 x float>, ptr %157, align 4
  %159 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %150, <8 x float> %154, <8 x float> %158)
  %160 = mul nsw i64 %7, 816
  %161 = mul nsw i64 %141, 48
  %162 = add nsw i64 %160, %161
  %163 = mul nsw i64 %c2, 24
  %164 = add nsw i64 %162, %163
  %165 = add nsw i64 %164, 64
  %166 = getelementptr inbounds float, ptr %0, i64 %165
  store <8 x float> %159, ptr %166, align 4
  %167 = mul nsw i64 4, %c1
  %168 = add nsw i64 %167, 2
  %169 = mul nsw i64 %7, 1632
  %170 = mul nsw i64 %167, 96
  %171 = add nsw i64 %169, %170
  %172 = add nsw i64 %171, 192
  %173 = getelementptr inbounds float, ptr %1, i64 %172
  %174 = load float, ptr %173, align 4
  %175 = insertelement <8 x float> undef, float %174, i32 0
  %176 = shufflevector <8 x float> %175, <8 x float> undef, <8 x i32> zeroinitializer
  %177 = mul nsw i64 %c2, 2304
  %178 = getelementptr inbounds float, ptr %2, i64 %177
  %179 = load <8 x float>, ptr %178, align 4
  %180 = mul nsw i64 %c2, 24
  %181 = getelementptr inbounds float, ptr %3, i64 %180
  %182 = load <8 x float>, ptr %181, align 4
  %183 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %176, <8 x float> %179, <8 x float> %182)
  %184 = mul nsw i64 %7, 816
  %185 = mul nsw i64 %167, 48
  %186 = add nsw i64 %184, %185
  %187 = mul nsw i64 %c2, 24
  %188 = add nsw i64 %186, %187
  %189 = add nsw i64 %188, 96
  %190 = getelementptr inbounds float, ptr %0, i64 %189
  store <8 x float> %183, ptr %190, align 4
  %191 = mul nsw i64 4, %c1
  %192 = add nsw i64 %191, 2
  %193 = mul nsw i64 %7, 1632
  %194 = mul nsw i64 %191, 96
  %195 = add nsw i64 %193, %194
  %196 = add nsw i64 %195, 192
  %197 = getelementptr inbounds float, ptr %1, i64 %196
  %198 = load float, ptr %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %200 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %201 = mul nsw i64 %c2, 2304
  %202 = add nsw i64 %201, 8
  %203 = getelementptr inbounds float, ptr %2, i64 %202
  %204 = load <8 x float>, ptr %203, align 4
  %205 = mul nsw i64 %c2, 24
  %206 = add nsw i64 %205, 8
  %207 = getelementptr inbounds float, ptr %3, i64 %206
  %208 = load <8 x float>, ptr %207, align 4
  %209 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %200, <8 x float> %204, <8 x float> %208)
  %210 = mul nsw i64 %7, 816
  %211 = mul nsw i64 %191, 48
  %212 = add nsw i64 %210, %211
  %213 = mul nsw i64 %c2, 24
  %214 = add nsw i64 %212, %213
  %215 = add nsw i64 %214, 104
  %216 = getelementptr inbounds float, ptr %0, i64 %215
  store <8 x float> %209, ptr %216, align 4
  %217 = mul nsw i64 4, %c1
  %218 = add nsw i64 %217, 2
  %219 = mul nsw i64 %7, 1632
  %220 = mul nsw i64 %217, 96
  %221 = add nsw i64 %219, %220
  %222 = add nsw i64 %221, 192
  %223 = getelementptr inbounds float, ptr %1, i64 %222
  %224 = load float, ptr %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %226 = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %227 = mul nsw i64 %c2, 2304
  %228 = add nsw i64 %227, 16
  %229 = getelementptr inbounds float, ptr %2, i64 %228
  %230 = load <8 x float>, ptr %229, align 4
  %231 = mul nsw i64 %c2, 24
  %232 = add nsw i64 %231, 16
  %233 = getelementptr inbounds float, ptr %3, i64 %232
  %234 = load <8 x float>, ptr %233, align 4
  %235 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %226, <8 x float> %230, <8 x float> %234)
  %236 = mul nsw i64 %7, 816
  %237 = mul nsw i64 %217, 48
  %238 = add nsw i64 %236, %237
  %239 = mul nsw i64 %c2, 24
  %240 = add nsw i64 %238, %239
  %241 = add nsw i64 %240, 112
  %242 = getelementptr inbounds float, ptr %0, i64 %241
  store <8 x float> %235, ptr %242, align 4
  %243 = mul nsw i64 4, %c1
  %244 = add nsw i64 %243, 3
  %245 = mul nsw i64 %7, 1632
  %246 = mul nsw i64 %243, 96
  %247 = add nsw i64 %245, %246
  %248 = add nsw i64 %247, 288
  %249 = getelementptr inbounds float, ptr %1, i64 %248
  %250 = load float, ptr %249, align 4
  %251 = insertelement <8 x float> undef, float %250, i32 0
  %252 = shufflevector <8 x float> %251, <8 x float> undef, <8 x i32> zeroinitializer
  %253 = mul nsw i64 %c2, 2304
  %254 = getelementptr inbounds float, ptr %2, i64 %253
  %255 = load <8 x float>, ptr %254, align 4
  %256 = mul nsw i64 %c2, 24
  %257 = getelementptr inbounds float, ptr %3, i64 %256
  %258 = load <8 x float>, ptr %257, align 4
  %259 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %252, <8 x float> %255, <8 x float> %258)
  %260 = mul nsw i64 %7, 816
  %261 = mul nsw i64 %243, 48
  %262 = add nsw i64 %260, %261
  %263 = mul nsw i64 %c2, 24
  %264 = add nsw i64 %262, %263
  %265 = add nsw i64 %264, 144
  %266 = getelementptr inbounds float, ptr %0, i64 %265
  store <8 x float> %259, ptr %266, align 4
  %267 = mul nsw i64 4, %c1
  %268 = add nsw i64 %267, 3
  %269 = mul nsw i64 %7, 1632
  %270 = mul nsw i64 %267, 96
  %271 = add nsw i64 %269, %270
  %272 = add nsw i64 %271, 288
  %273 = getelementptr inbounds float, ptr %1, i64 %272
  %274 = load float, ptr %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %276 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %277 = mul nsw i64 %c2, 2304
  %278 = add nsw i64 %277, 8
  %279 = getelementptr inbounds float, ptr %2, i64 %278
  %280 = load <8 x float>, ptr %279, align 4
  %281 = mul nsw i64 %c2, 24
  %282 = add nsw i64 %281, 8
  %283 = getelementptr inbounds float, ptr %3, i64 %282
  %284 = load <8 x float>, ptr %283, align 4
  %285 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %276, <8 x float> %280, <8 x float> %284)
  %286 = mul nsw i64 %7, 816
  %287 = mul nsw i64 %267, 48
  %288 = add nsw i64 %286, %287
  %289 = mul nsw i64 %c2, 24
  %290 = add nsw i64 %288, %289
  %291 = add nsw i64 %290, 152
  %292 = getelementptr inbounds float, ptr %0, i64 %291
  store <8 x float> %285, ptr %292, align 4
  %293 = mul nsw i64 4, %c1
  %294 = add nsw i64 %293, 3
  %295 = mul nsw i64 %7, 1632
  %296 = mul nsw i64 %293, 96
  %297 = add nsw i64 %295, %296
  %298 = add nsw i64 %297, 288
  %299 = getelementptr inbounds float, ptr %1, i64 %298
  %300 = load float, ptr %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %302 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = mul nsw i64 %c2, 2304
  %304 = add nsw i64 %303, 16
  %305 = getelementptr inbounds float, ptr %2, i64 %304
  %306 = load <8 x float>, ptr %305, align 4
  %307 = mul nsw i64 %c2, 24
  %308 = add nsw i64 %307, 16
  %309 = getelementptr inbounds float, ptr %3, i64 %308
  %310 = load <8 x float>, ptr %309, align 4
  %311 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %302, <8 x float> %306, <8 x float> %310)
  %312 = mul nsw i64 %7, 816
  %313 = mul nsw i64 %293, 48
  %314 = add nsw i64 %312, %313
  %315 = mul nsw i64 %c2, 24
  %316 = add nsw i64 %314, %315
  %317 = add nsw i64 %316, 160
  %318 = getelementptr inbounds float, ptr %0, i64 %317
  store <8 x float> %311, ptr %318, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %then
  br label %endif

loop3:                                            ; preds = %loop3, %loop1
  %c3 = phi i64 [ 1, %loop1 ], [ %623, %loop3 ]
  %319 = mul nsw i64 4, %c1
  %320 = add nsw i64 %319, 0
  %321 = mul nsw i64 %7, 1632
  %322 = mul nsw i64 %319, 96
  %323 = add nsw i64 %321, %322
  %324 = add nsw i64 %323, %c3
  %325 = getelementptr inbounds float, ptr %1, i64 %324
  %326 = load float, ptr %325, align 4
  %327 = insertelement <8 x float> undef, float %326, i32 0
  %328 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %329 = mul nsw i64 %c3, 24
  %330 = mul nsw i64 %c2, 2304
  %331 = add nsw i64 %329, %330
  %332 = getelementptr inbounds float, ptr %2, i64 %331
  %333 = load <8 x float>, ptr %332, align 4
  %334 = mul nsw i64 %7, 816
  %335 = mul nsw i64 %319, 48
  %336 = add nsw i64 %334, %335
  %337 = mul nsw i64 %c2, 24
  %338 = add nsw i64 %336, %337
  %339 = getelementptr inbounds float, ptr %0, i64 %338
  %340 = load <8 x float>, ptr %339, align 4
  %341 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %328, <8 x float> %333, <8 x float> %340)
  store <8 x float> %341, ptr %339, align 4
  %342 = mul nsw i64 4, %c1
  %343 = add nsw i64 %342, 0
  %344 = mul nsw i64 %7, 1632
  %345 = mul nsw i64 %342, 96
  %346 = add nsw i64 %344, %345
  %347 = add nsw i64 %346, %c3
  %348 = getelementptr inbounds float, ptr %1, i64 %347
  %349 = load float, ptr %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %351 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = mul nsw i64 %c3, 24
  %353 = mul nsw i64 %c2, 2304
  %354 = add nsw i64 %352, %353
  %355 = add nsw i64 %354, 8
  %356 = getelementptr inbounds float, ptr %2, i64 %355
  %357 = load <8 x float>, ptr %356, align 4
  %358 = mul nsw i64 %7, 816
  %359 = mul nsw i64 %342, 48
  %360 = add nsw i64 %358, %359
  %361 = mul nsw i64 %c2, 24
  %362 = add nsw i64 %360, %361
  %363 = add nsw i64 %362, 8
  %364 = getelementptr inbounds float, ptr %0, i64 %363
  %365 = load <8 x float>, ptr %364, align 4
  %366 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %351, <8 x float> %357, <8 x float> %365)
  store <8 x float> %366, ptr %364, align 4
  %367 = mul nsw i64 4, %c1
  %368 = add nsw i64 %367, 0
  %369 = mul nsw i64 %7, 1632
  %370 = mul nsw i64 %367, 96
  %371 = add nsw i64 %369, %370
  %372 = add nsw i64 %371, %c3
  %373 = getelementptr inbounds float, ptr %1, i64 %372
  %374 = load float, ptr %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %376 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %377 = mul nsw i64 %c3, 24
  %378 = mul nsw i64 %c2, 2304
  %379 = add nsw i64 %377, %378
  %380 = add nsw i64 %379, 16
  %381 = getelementptr inbounds float, ptr %2, i64 %380
  %382 = load <8 x float>, ptr %381, align 4
  %383 = mul nsw i64 %7, 816
  %384 = mul nsw i64 %367, 48
  %385 = add nsw i64 %383, %384
  %386 = mul nsw i64 %c2, 24
  %387 = add nsw i64 %385, %386
  %388 = add nsw i64 %387, 16
  %389 = getelementptr inbounds float, ptr %0, i64 %388
  %390 = load <8 x float>, ptr %389, align 4
  %391 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %376, <8 x float> %382, <8 x float> %390)
  store <8 x float> %391, ptr %389, align 4
  %392 = mul nsw i64 4, %c1
  %393 = add nsw i64 %392, 1
  %394 = mul nsw i64 %7, 1632
  %395 = mul nsw i64 %392, 96
  %396 = add nsw i64 %394, %395
  %397 = add nsw i64 %396, %c3
  %398 = add nsw i64 %397, 96
  %399 = getelementptr inbounds float, ptr %1, i64 %398
  %400 = load float, ptr %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %402 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %403 = mul nsw i64 %c3, 24
  %404 = mul nsw i64 %c2, 2304
  %405 = add nsw i64 %403, %404
  %406 = getelementptr inbounds float, ptr %2, i64 %405
  %407 = load <8 x float>, ptr %406, align 4
  %408 = mul nsw i64 %7, 816
  %409 = mul nsw i64 %392, 48
  %410 = add nsw i64 %408, %409
  %411 = mul nsw i64 %c2, 24
  %412 = add nsw i64 %410, %411
  %413 = add nsw i64 %412, 48
  %414 = getelementptr inbounds float, ptr %0, i64 %413
  %415 = load <8 x float>, ptr %414, align 4
  %416 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %402, <8 x float> %407, <8 x float> %415)
  store <8 x float> %416, ptr %414, align 4
  %417 = mul nsw i64 4, %c1
  %418 = add nsw i64 %417, 1
  %419 = mul nsw i64 %7, 1632
  %420 = mul nsw i64 %417, 96
  %421 = add nsw i64 %419, %420
  %422 = add nsw i64 %421, %c3
  %423 = add nsw i64 %422, 96
  %424 = getelementptr inbounds float, ptr %1, i64 %423
  %425 = load float, ptr %424, align 4
  %426 = insertelement <8 x float> undef, float %425, i32 0
  %427 = shufflevector <8 x float> %426, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = mul nsw i64 %c3, 24
  %429 = mul nsw i64 %c2, 2304
  %430 = add nsw i64 %428, %429
  %431 = add nsw i64 %430, 8
  %432 = getelementptr inbounds float, ptr %2, i64 %431
  %433 = load <8 x float>, ptr %432, align 4
  %434 = mul nsw i64 %7, 816
  %435 = mul nsw i64 %417, 48
  %436 = add nsw i64 %434, %435
  %437 = mul nsw i64 %c2, 24
  %438 = add nsw i64 %436, %437
  %439 = add nsw i64 %438, 56
  %440 = getelementptr inbounds float, ptr %0, i64 %439
  %441 = load <8 x float>, ptr %440, align 4
  %442 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %427, <8 x float> %433, <8 x float> %441)
  store <8 x float> %442, ptr %440, align 4
  %443 = mul nsw i64 4, %c1
  %444 = add nsw i64 %443, 1
  %445 = mul nsw i64 %7, 1632
  %446 = mul nsw i64 %443, 96
  %447 = add nsw i64 %445, %446
  %448 = add nsw i64 %447, %c3
  %449 = add nsw i64 %448, 96
  %450 = getelementptr inbounds float, ptr %1, i64 %449
  %451 = load float, ptr %450, align 4
  %452 = insertelement <8 x float> undef, float %451, i32 0
  %453 = shufflevector <8 x float> %452, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = mul nsw i64 %c3, 24
  %455 = mul nsw i64 %c2, 2304
  %456 = add nsw i64 %454, %455
  %457 = add nsw i64 %456, 16
  %458 = getelementptr inbounds float, ptr %2, i64 %457
  %459 = load <8 x float>, ptr %458, align 4
  %460 = mul nsw i64 %7, 816
  %461 = mul nsw i64 %443, 48
  %462 = add nsw i64 %460, %461
  %463 = mul nsw i64 %c2, 24
  %464 = add nsw i64 %462, %463
  %465 = add nsw i64 %464, 64
  %466 = getelementptr inbounds float, ptr %0, i64 %465
  %467 = load <8 x float>, ptr %466, align 4
  %468 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %453, <8 x float> %459, <8 x float> %467)
  store <8 x float> %468, ptr %466, align 4
  %469 = mul nsw i64 4, %c1
  %470 = add nsw i64 %469, 2
  %471 = mul nsw i64 %7, 1632
  %472 = mul nsw i64 %469, 96
  %473 = add nsw i64 %471, %472
  %474 = add nsw i64 %473, %c3
  %475 = add nsw i64 %474, 192
  %476 = getelementptr inbounds float, ptr %1, i64 %475
  %477 = load float, ptr %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %479 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = mul nsw i64 %c3, 24
  %481 = mul nsw i64 %c2, 2304
  %482 = add nsw i64 %480, %481
  %483 = getelementptr inbounds float, ptr %2, i64 %482
  %484 = load <8 x float>, ptr %483, align 4
  %485 = mul nsw i64 %7, 816
  %486 = mul nsw i64 %469, 48
  %487 = add nsw i64 %485, %486
  %488 = mul nsw i64 %c2, 24
  %489 = add nsw i64 %487, %488
  %490 = add nsw i64 %489, 96
  %491 = getelementptr inbounds float, ptr %0, i64 %490
  %492 = load <8 x float>, ptr %491, align 4
  %493 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %479, <8 x float> %484, <8 x float> %492)
  store <8 x float> %493, ptr %491, align 4
  %494 = mul nsw i64 4, %c1
  %495 = add nsw i64 %494, 2
  %496 = mul nsw i64 %7, 1632
  %497 = mul nsw i64 %494, 96
  %498 = add nsw i64 %496, %497
  %499 = add nsw i64 %498, %c3
  %500 = add nsw i64 %499, 192
  %501 = getelementptr inbounds float, ptr %1, i64 %500
  %502 = load float, ptr %501, align 4
  %503 = insertelement <8 x float> undef, float %502, i32 0
  %504 = shufflevector <8 x float> %503, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = mul nsw i64 %c3, 24
  %506 = mul nsw i64 %c2, 2304
  %507 = add nsw i64 %505, %506
  %508 = add nsw i64 %507, 8
  %509 = getelementptr inbounds float, ptr %2, i64 %508
  %510 = load <8 x float>, ptr %509, align 4
  %511 = mul nsw i64 %7, 816
  %512 = mul nsw i64 %494, 48
  %513 = add nsw i64 %511, %512
  %514 = mul nsw i64 %c2, 24
  %515 = add nsw i64 %513, %514
  %516 = add nsw i64 %515, 104
  %517 = getelementptr inbounds float, ptr %0, i64 %516
  %518 = load <8 x float>, ptr %517, align 4
  %519 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %504, <8 x float> %510, <8 x float> %518)
  store <8 x float> %519, ptr %517, align 4
  %520 = mul nsw i64 4, %c1
  %521 = add nsw i64 %520, 2
  %522 = mul nsw i64 %7, 1632
  %523 = mul nsw i64 %520, 96
  %524 = add nsw i64 %522, %523
  %525 = add nsw i64 %524, %c3
  %526 = add nsw i64 %525, 192
  %527 = getelementptr inbounds float, ptr %1, i64 %526
  %528 = load float, ptr %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %530 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %531 = mul nsw i64 %c3, 24
  %532 = mul nsw i64 %c2, 2304
  %533 = add nsw i64 %531, %532
  %534 = add nsw i64 %533, 16
  %535 = getelementptr inbounds float, ptr %2, i64 %534
  %536 = load <8 x float>, ptr %535, align 4
  %537 = mul nsw i64 %7, 816
  %538 = mul nsw i64 %520, 48
  %539 = add nsw i64 %537, %538
  %540 = mul nsw i64 %c2, 24
  %541 = add nsw i64 %539, %540
  %542 = add nsw i64 %541, 112
  %543 = getelementptr inbounds float, ptr %0, i64 %542
  %544 = load <8 x float>, ptr %543, align 4
  %545 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %530, <8 x float> %536, <8 x float> %544)
  store <8 x float> %545, ptr %543, align 4
  %546 = mul nsw i64 4, %c1
  %547 = add nsw i64 %546, 3
  %548 = mul nsw i64 %7, 1632
  %549 = mul nsw i64 %546, 96
  %550 = add nsw i64 %548, %549
  %551 = add nsw i64 %550, %c3
  %552 = add nsw i64 %551, 288
  %553 = getelementptr inbounds float, ptr %1, i64 %552
  %554 = load float, ptr %553, align 4
  %555 = insertelement <8 x float> undef, float %554, i32 0
  %556 = shufflevector <8 x float> %555, <8 x float> undef, <8 x i32> zeroinitializer
  %557 = mul nsw i64 %c3, 24
  %558 = mul nsw i64 %c2, 2304
  %559 = add nsw i64 %557, %558
  %560 = getelementptr inbounds float, ptr %2, i64 %559
  %561 = load <8 x float>, ptr %560, align 4
  %562 = mul nsw i64 %7, 816
  %563 = mul nsw i64 %546, 48
  %564 = add nsw i64 %562, %563
  %565 = mul nsw i64 %c2, 24
  %566 = add nsw i64 %564, %565
  %567 = add nsw i64 %566, 144
  %568 = getelementptr inbounds float, ptr %0, i64 %567
  %569 = load <8 x float>, ptr %568, align 4
  %570 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %556, <8 x float> %561, <8 x float> %569)
  store <8 x float> %570, ptr %568, align 4
  %571 = mul nsw i64 4, %c1
  %572 = add nsw i64 %571, 3
  %573 = mul nsw i64 %7, 1632
  %574 = mul nsw i64 %571, 96
  %575 = add nsw i64 %573, %574
  %576 = add nsw i64 %575, %c3
  %577 = add nsw i64 %576, 288
  %578 = getelementptr inbounds float, ptr %1, i64 %577
  %579 = load float, ptr %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %581 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %582 = mul nsw i64 %c3, 24
  %583 = mul nsw i64 %c2, 2304
  %584 = add nsw i64 %582, %583
  %585 = add nsw i64 %584, 8
  %586 = getelementptr inbounds float, ptr %2, i64 %585
  %587 = load <8 x float>, ptr %586, align 4
  %588 = mul nsw i64 %7, 816
  %589 = mul nsw i64 %571, 48
  %590 = add nsw i64 %588, %589
  %591 = mul nsw i64 %c2, 24
  %592 = add nsw i64 %590, %591
  %593 = add nsw i64 %592, 152
  %594 = getelementptr inbounds float, ptr %0, i64 %593
  %595 = load <8 x float>, ptr %594, align 4
  %596 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %581, <8 x float> %587, <8 x float> %595)
  store <8 x float> %596, ptr %594, align 4
  %597 = mul nsw i64 4, %c1
  %598 = add nsw i64 %597, 3
  %599 = mul nsw i64 %7, 1632
  %600 = mul nsw i64 %597, 96
  %601 = add nsw i64 %599, %600
  %602 = add nsw i64 %601, %c3
  %603 = add nsw i64 %602, 288
  %604 = getelementptr inbounds float, ptr %1, i64 %603
  %605 = load float, ptr %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %607 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = mul nsw i64 %c3, 24
  %609 = mul nsw i64 %c2, 2304
  %610 = add nsw i64 %608, %609
  %611 = add nsw i64 %610, 16
  %612 = getelementptr inbounds float, ptr %2, i64 %611
  %613 = load <8 x float>, ptr %612, align 4
  %614 = mul nsw i64 %7, 816
  %615 = mul nsw i64 %597, 48
  %616 = add nsw i64 %614, %615
  %617 = mul nsw i64 %c2, 24
  %618 = add nsw i64 %616, %617
  %619 = add nsw i64 %618, 160
  %620 = getelementptr inbounds float, ptr %0, i64 %619
  %621 = load <8 x float>, ptr %620, align 4
  %622 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %607, <8 x float> %613, <8 x float> %621)
  store <8 x float> %622, ptr %620, align 4
  %623 = add nsw i64 %c3, 1
  %624 = icmp sle i64 %623, 95
  br i1 %624, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %625 = add nsw i64 %c2, 1
  %626 = icmp sle i64 %625, 1
  br i1 %626, label %loop1, label %endloop2

loop5:                                            ; preds = %endloop9, %else
  %c27 = phi i64 [ 0, %else ], [ %746, %endloop9 ]
  %627 = mul nsw i64 %7, 1632
  %628 = add nsw i64 %627, 1536
  %629 = getelementptr inbounds float, ptr %1, i64 %628
  %630 = load float, ptr %629, align 4
  %631 = insertelement <8 x float> undef, float %630, i32 0
  %632 = shufflevector <8 x float> %631, <8 x float> undef, <8 x i32> zeroinitializer
  %633 = mul nsw i64 %c27, 2304
  %634 = getelementptr inbounds float, ptr %2, i64 %633
  %635 = load <8 x float>, ptr %634, align 4
  %636 = mul nsw i64 %c27, 24
  %637 = getelementptr inbounds float, ptr %3, i64 %636
  %638 = load <8 x float>, ptr %637, align 4
  %639 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %632, <8 x float> %635, <8 x float> %638)
  %640 = mul nsw i64 %7, 816
  %641 = mul nsw i64 %c27, 24
  %642 = add nsw i64 %640, %641
  %643 = add nsw i64 %642, 768
  %644 = getelementptr inbounds float, ptr %0, i64 %643
  store <8 x float> %639, ptr %644, align 4
  %645 = mul nsw i64 %7, 1632
  %646 = add nsw i64 %645, 1536
  %647 = getelementptr inbounds float, ptr %1, i64 %646
  %648 = load float, ptr %647, align 4
  %649 = insertelement <8 x float> undef, float %648, i32 0
  %650 = shufflevector <8 x float> %649, <8 x float> undef, <8 x i32> zeroinitializer
  %651 = mul nsw i64 %c27, 2304
  %652 = add nsw i64 %651, 8
  %653 = getelementptr inbounds float, ptr %2, i64 %652
  %654 = load <8 x float>, ptr %653, align 4
  %655 = mul nsw i64 %c27, 24
  %656 = add nsw i64 %655, 8
  %657 = getelementptr inbounds float, ptr %3, i64 %656
  %658 = load <8 x float>, ptr %657, align 4
  %659 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %650, <8 x float> %654, <8 x float> %658)
  %660 = mul nsw i64 %7, 816
  %661 = mul nsw i64 %c27, 24
  %662 = add nsw i64 %660, %661
  %663 = add nsw i64 %662, 776
  %664 = getelementptr inbounds float, ptr %0, i64 %663
  store <8 x float> %659, ptr %664, align 4
  %665 = mul nsw i64 %7, 1632
  %666 = add nsw i64 %665, 1536
  %667 = getelementptr inbounds float, ptr %1, i64 %666
  %668 = load float, ptr %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %670 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %671 = mul nsw i64 %c27, 2304
  %672 = add nsw i64 %671, 16
  %673 = getelementptr inbounds float, ptr %2, i64 %672
  %674 = load <8 x float>, ptr %673, align 4
  %675 = mul nsw i64 %c27, 24
  %676 = add nsw i64 %675, 16
  %677 = getelementptr inbounds float, ptr %3, i64 %676
  %678 = load <8 x float>, ptr %677, align 4
  %679 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %670, <8 x float> %674, <8 x float> %678)
  %680 = mul nsw i64 %7, 816
  %681 = mul nsw i64 %c27, 24
  %682 = add nsw i64 %680, %681
  %683 = add nsw i64 %682, 784
  %684 = getelementptr inbounds float, ptr %0, i64 %683
  store <8 x float> %679, ptr %684, align 4
  br i1 true, label %loop8, label %endloop9

endloop6:                                         ; preds = %endloop9, %else
  br label %endif

loop8:                                            ; preds = %loop8, %loop5
  %c310 = phi i64 [ 1, %loop5 ], [ %744, %loop8 ]
  %685 = mul nsw i64 %7, 1632
  %686 = add nsw i64 %685, %c310
  %687 = add nsw i64 %686, 1536
  %688 = getelementptr inbounds float, ptr %1, i64 %687
  %689 = load float, ptr %688, align 4
  %690 = insertelement <8 x float> undef, float %689, i32 0
  %691 = shufflevector <8 x float> %690, <8 x float> undef, <8 x i32> zeroinitializer
  %692 = mul nsw i64 %c310, 24
  %693 = mul nsw i64 %c27, 2304
  %694 = add nsw i64 %692, %693
  %695 = getelementptr inbounds float, ptr %2, i64 %694
  %696 = load <8 x float>, ptr %695, align 4
  %697 = mul nsw i64 %7, 816
  %698 = mul nsw i64 %c27, 24
  %699 = add nsw i64 %697, %698
  %700 = add nsw i64 %699, 768
  %701 = getelementptr inbounds float, ptr %0, i64 %700
  %702 = load <8 x float>, ptr %701, align 4
  %703 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %691, <8 x float> %696, <8 x float> %702)
  store <8 x float> %703, ptr %701, align 4
  %704 = mul nsw i64 %7, 1632
  %705 = add nsw i64 %704, %c310
  %706 = add nsw i64 %705, 1536
  %707 = getelementptr inbounds float, ptr %1, i64 %706
  %708 = load float, ptr %707, align 4
  %709 = insertelement <8 x float> undef, float %708, i32 0
  %710 = shufflevector <8 x float> %709, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = mul nsw i64 %c310, 24
  %712 = mul nsw i64 %c27, 2304
  %713 = add nsw i64 %711, %712
  %714 = add nsw i64 %713, 8
  %715 = getelementptr inbounds float, ptr %2, i64 %714
  %716 = load <8 x float>, ptr %715, align 4
  %717 = mul nsw i64 %7, 816
  %718 = mul nsw i64 %c27, 24
  %719 = add nsw i64 %717, %718
  %720 = add nsw i64 %719, 776
  %721 = getelementptr inbounds float, ptr %0, i64 %720
  %722 = load <8 x float>, ptr %721, align 4
  %723 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %710, <8 x float> %716, <8 x float> %722)
  store <8 x float> %723, ptr %721, align 4
  %724 = mul nsw i64 %7, 1632
  %725 = add nsw i64 %724, %c310
  %726 = add nsw i64 %725, 1536
  %727 = getelementptr inbounds float, ptr %1, i64 %726
  %728 = load float, ptr %727, align 4
  %729 = insertelement <8 x float> undef, float %728, i32 0
  %730 = shufflevector <8 x float> %729, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = mul nsw i64 %c310, 24
  %732 = mul nsw i64 %c27, 2304
  %733 = add nsw i64 %731, %732
  %734 = add nsw i64 %733, 16
  %735 = getelementptr inbounds float, ptr %2, i64 %734
  %736 = load <8 x float>, ptr %735, align 4
  %737 = mul nsw i64 %7, 816
  %738 = mul nsw i64 %c27, 24
  %739 = add nsw i64 %737, %738
  %740 = add nsw i64 %739, 784
  %741 = getelementptr inbounds float, ptr %0, i64 %740
  %742 = load <8 x float>, ptr %741, align 4
  %743 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %730, <8 x float> %736, <8 x float> %742)
  store <8 x float> %743, ptr %741, align 4
  %744 = add nsw i64 %c310, 1
  %745 = icmp sle i64 %744, 95
  br i1 %745, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %loop5
  %746 = add nsw i64 %c27, 1
  %747 = icmp sle i64 %746, 1
  br i1 %747, label %loop5, label %endloop6
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

; Function Attrs: nounwind
define internal void @vitc_k16_par0(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 2
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 3
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 4
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 5
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 6
  %16 = load i64, ptr %15, align 8
  %17 = getelementptr inbounds { ptr, ptr, ptr, ptr, ptr, ptr, i64, i64 }, ptr %0, i32 0, i32 7
  %18 = load i64, ptr %17, align 8
  call void @vitc_k16_par0_body(ptr %4, ptr %6, ptr %8, ptr %10, ptr %12, ptr %14, i64 %16, i64 %18, i64 %1, i64 %2)
  ret void
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #1 = { alwaysinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
; part 17: select_0
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k28(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3) #0 {
entry:
  %4 = sub nsw i64 %1, 1
  %5 = icmp sle i64 0, %4
  br i1 %5, label %loop, label %endloop

loop:                                             ; preds = %endloop2, %entry
  %c0 = phi i64 [ 0, %entry ], [ %15, %endloop2 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop2, %entry
  ret void

loop1:                                            ; preds = %loop1, %loop
  %c1 = phi i64 [ 0, %loop ], [ %13, %loop1 ]
  %6 = mul nsw i64 %c0, 816
  %7 = add nsw i64 %6, %c1
  %8 = getelementptr inbounds float, ptr %3, i64 %7
  %9 = load float, ptr %8, align 4
  %10 = mul nsw i64 %c0, 48
  %11 = add nsw i64 %10, %c1
  %12 = getelementptr inbounds float, ptr %2, i64 %11
  store float %9, ptr %12, align 4
  %13 = add nsw i64 %c1, 1
  %14 = icmp sle i64 %13, 47
  br i1 %14, label %loop1, label %endloop2, !llvm.loop !0

endloop2:                                         ; preds = %loop1, %loop
  %15 = add nsw i64 %c0, 1
  %16 = icmp sle i64 %15, %4
  br i1 %16, label %loop, label %endloop
}

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
; part 18: heads.head
; ModuleID = 'vitc_model'
source_filename = "vitc_model"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind
define hidden void @vitc_k29(ptr %0, i64 %1, ptr noalias %2, ptr noalias %3, ptr noalias %4, ptr noalias %5) #0 {
entry:
  %6 = sub nsw i64 %1, 1
  %7 = icmp sle i64 0, %6
  br i1 %7, label %loop, label %endloop

loop:                                             ; preds = %endloop4, %entry
  %c0 = phi i64 [ 0, %entry ], [ %21, %endloop4 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop4, %entry
  ret void

loop1:                                            ; preds = %loop1, %loop
  %c2 = phi i64 [ 0, %loop ], [ %19, %loop1 ]
  %8 = mul nsw i64 %c0, 48
  %9 = getelementptr inbounds float, ptr %3, i64 %8
  %10 = load float, ptr %9, align 4
  %11 = getelementptr inbounds float, ptr %4, i64 %c2
  %12 = load float, ptr %11, align 4
  %13 = getelementptr inbounds float, ptr %5, i64 %c2
  %14 = load float, ptr %13, align 4
  %15 = call float @llvm.fmuladd.f32(float %10, float %12, float %14)
  %16 = mul nsw i64 %c0, 10
  %17 = add nsw i64 %16, %c2
  %18 = getelementptr inbounds float, ptr %2, i64 %17
  store float %15, ptr %18, align 4
  %19 = add nsw i64 %c2, 1
  %20 = icmp sle i64 %19, 9
  br i1 %20, label %loop1, label %endloop2, !llvm.loop !0

endloop2:                                         ; preds = %loop1, %loop
  br i1 true, label %loop3, label %endloop4

loop3:                                            ; preds = %endloop6, %endloop2
  %c1 = phi i64 [ 1, %endloop2 ], [ %38, %endloop6 ]
  br i1 true, label %loop5, label %endloop6

endloop4:                                         ; preds = %endloop6, %endloop2
  %21 = add nsw i64 %c0, 1
  %22 = icmp sle i64 %21, %6
  br i1 %22, label %loop, label %endloop

loop5:                                            ; preds = %loop5, %loop3
  %c27 = phi i64 [ 0, %loop3 ], [ %36, %loop5 ]
  %23 = mul nsw i64 %c0, 48
  %24 = add nsw i64 %23, %c1
  %25 = getelementptr inbounds float, ptr %3, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = mul nsw i64 %c1, 10
  %28 = add nsw i64 %27, %c27
  %29 = getelementptr inbounds float, ptr %4, i64 %28
  %30 = load float, ptr %29, align 4
  %31 = mul nsw i64 %c0, 10
  %32 = add nsw i64 %31, %c27
  %33 = getelementptr inbounds float, ptr %2, i64 %32
  %34 = load float, ptr %33, align 4
  %35 = call float @llvm.fmuladd.f32(float %26, float %30, float %34)
  store float %35, ptr %33, align 4
  %36 = add nsw i64 %c27, 1
  %37 = icmp sle i64 %36, 9
  br i1 %37, label %loop5, label %endloop6, !llvm.loop !2

endloop6:                                         ; preds = %loop5, %loop3
  %38 = add nsw i64 %c1, 1
  %39 = icmp sle i64 %38, 47
  br i1 %39, label %loop3, label %endloop4
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

attributes #0 = { noinline nounwind "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "target-cpu"="x86-64-v3" "target-features"="+sse3,+ssse3,+sse4.1,+sse4.2,+popcnt,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
!2 = distinct !{!2, !1}
