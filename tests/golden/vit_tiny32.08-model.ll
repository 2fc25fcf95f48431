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
  %c2 = phi i64 [ %10, %entry ], [ %104, %endloop2 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop2, %entry
  ret void

loop1:                                            ; preds = %endloop4, %loop
  %c3 = phi i64 [ 0, %loop ], [ %205, %endloop4 ]
  %15 = mul nsw i64 4, %c2
  %16 = mul nsw i64 16, %c3
  %17 = add nsw i64 %16, 0
  %18 = mul nsw i64 %6, 3072
  %19 = mul nsw i64 %15, 192
  %20 = add nsw i64 %18, %19
  %21 = getelementptr inbounds float, ptr %1, i64 %20
  %22 = load float, ptr %21, align 4
  %23 = insertelement <16 x float> undef, float %22, i32 0
  %24 = shufflevector <16 x float> %23, <16 x float> undef, <16 x i32> zeroinitializer
  %25 = getelementptr inbounds float, ptr %2, i64 %16
  %26 = load <16 x float>, ptr %25, align 4
  %27 = getelementptr inbounds float, ptr %3, i64 %16
  %28 = load <16 x float>, ptr %27, align 4
  %29 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %24, <16 x float> %26, <16 x float> %28)
  %30 = mul nsw i64 %6, 768
  %31 = mul nsw i64 %15, 48
  %32 = add nsw i64 %30, %31
  %33 = add nsw i64 %32, %16
  %34 = getelementptr inbounds float, ptr %0, i64 %33
  store <16 x float> %29, ptr %34, align 4
  %35 = mul nsw i64 4, %c2
  %36 = add nsw i64 %35, 1
  %37 = mul nsw i64 16, %c3
  %38 = add nsw i64 %37, 0
  %39 = mul nsw i64 %6, 3072
  %40 = mul nsw i64 %35, 192
  %41 = add nsw i64 %39, %40
  %42 = add nsw i64 %41, 192
  %43 = getelementptr inbounds float, ptr %1, i64 %42
  %44 = load float, ptr %43, align 4
  %45 = insertelement <16 x float> undef, float %44, i32 0
  %46 = shufflevector <16 x float> %45, <16 x float> undef, <16 x i32> zeroinitializer
  %47 = getelementptr inbounds float, ptr %2, i64 %37
  %48 = load <16 x float>, ptr %47, align 4
  %49 = getelementptr inbounds float, ptr %3, i64 %37
  %50 = load <16 x float>, ptr %49, align 4
  %51 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %46, <16 x float> %48, <16 x float> %50)
  %52 = mul nsw i64 %6, 768
  %53 = mul nsw i64 %35, 48
  %54 = add nsw i64 %52, %53
  %55 = add nsw i64 %54, %37
  %56 = add nsw i64 %55, 48
  %57 = getelementptr inbounds float, ptr %0, i64 %56
  store <16 x float> %51, ptr %57, align 4
  %58 = mul nsw i64 4, %c2
  %59 = add nsw i64 %58, 2
  %60 = mul nsw i64 16, %c3
  %61 = add nsw i64 %60, 0
  %62 = mul nsw i64 %6, 3072
  %63 = mul nsw i64 %58, 192
  %64 = add nsw i64 %62, %63
  %65 = add nsw i64 %64, 384
  %66 = getelementptr inbounds float, ptr %1, i64 %65
  %67 = load float, ptr %66, align 4
  %68 = insertelement <16 x float> undef, float %67, i32 0
  %69 = shufflevector <16 x float> %68, <16 x float> undef, <16 x i32> zeroinitializer
  %70 = getelementptr inbounds float, ptr %2, i64 %60
  %71 = load <16 x float>, ptr %70, align 4
  %72 = getelementptr inbounds float, ptr %3, i64 %60
  %73 = load <16 x float>, ptr %72, align 4
  %74 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %69, <16 x float> %71, <16 x float> %73)
  %75 = mul nsw i64 %6, 768
  %76 = mul nsw i64 %58, 48
  %77 = add nsw i64 %75, %76
  %78 = add nsw i64 %77, %60
  %79 = add nsw i64 %78, 96
  %80 = getelementptr inbounds float, ptr %0, i64 %79
  store <16 x float> %74, ptr %80, align 4
  %81 = mul nsw i64 4, %c2
  %82 = add nsw i64 %81, 3
  %83 = mul nsw i64 16, %c3
  %84 = add nsw i64 %83, 0
  %85 = mul nsw i64 %6, 3072
  %86 = mul nsw i64 %81, 192
  %87 = add nsw i64 %85, %86
  %88 = add nsw i64 %87, 576
  %89 = getelementptr inbounds float, ptr %1, i64 %88
  %90 = load float, ptr %89, align 4
  %91 = insertelement <16 x float> undef, float %90, i32 0
  %92 = shufflevector <16 x float> %91, <16 x float> undef, <16 x i32> zeroinitializer
  %93 = getelementptr inbounds float, ptr %2, i64 %83
  %94 = load <16 x float>, ptr %93, align 4
  %95 = getelementptr inbounds float, ptr %3, i64 %83
  %96 = load <16 x float>, ptr %95, align 4
  %97 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %92, <16 x float> %94, <16 x float> %96)
  %98 = mul nsw i64 %6, 768
  %99 = mul nsw i64 %81, 48
  %100 = add nsw i64 %98, %99
  %101 = add nsw i64 %100, %83
  %102 = add nsw i64 %101, 144
  %103 = getelementptr inbounds float, ptr %0, i64 %102
  store <16 x float> %97, ptr %103, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %loop
  %104 = add nsw i64 %c2, 1
  %105 = icmp sle i64 %104, %13
  br i1 %105, label %loop, label %endloop

loop3:                                            ; preds = %loop3, %loop1
  %c4 = phi i64 [ 1, %loop1 ], [ %203, %loop3 ]
  %106 = mul nsw i64 4, %c2
  %107 = mul nsw i64 16, %c3
  %108 = add nsw i64 %107, 0
  %109 = mul nsw i64 %6, 3072
  %110 = mul nsw i64 %106, 192
  %111 = add nsw i64 %109, %110
  %112 = add nsw i64 %111, %c4
  %113 = getelementptr inbounds float, ptr %1, i64 %112
  %114 = load float, ptr %113, align 4
  %115 = insertelement <16 x float> undef, float %114, i32 0
  %116 = shufflevector <16 x float> %115, <16 x float> undef, <16 x i32> zeroinitializer
  %117 = mul nsw i64 %c4, 48
  %118 = add nsw i64 %117, %107
  %119 = getelementptr inbounds float, ptr %2, i64 %118
  %120 = load <16 x float>, ptr %119, align 4
  %121 = mul nsw i64 %6, 768
  %122 = mul nsw i64 %106, 48
  %123 = add nsw i64 %121, %122
  %124 = add nsw i64 %123, %107
  %125 = getelementptr inbounds float, ptr %0, i64 %124
  %126 = load <16 x float>, ptr %125, align 4
  %127 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %116, <16 x float> %120, <16 x float> %126)
  store <16 x float> %127, ptr %125, align 4
  %128 = mul nsw i64 4, %c2
  %129 = add nsw i64 %128, 1
  %130 = mul nsw i64 16, %c3
  %131 = add nsw i64 %130, 0
  %132 = mul nsw i64 %6, 3072
  %133 = mul nsw i64 %128, 192
  %134 = add nsw i64 %132, %133
  %135 = add nsw i64 %134, %c4
  %136 = add nsw i64 %135, 192
  %137 = getelementptr inbounds float, ptr %1, i64 %136
  %138 = load float, ptr %137, align 4
  %139 = insertelement <16 x float> undef, float %138, i32 0
  %140 = shufflevector <16 x float> %139, <16 x float> undef, <16 x i32> zeroinitializer
  %141 = mul nsw i64 %c4, 48
  %142 = add nsw i64 %141, %130
  %143 = getelementptr inbounds float, ptr %2, i64 %142
  %144 = load <16 x float>, ptr %143, align 4
  %145 = mul nsw i64 %6, 768
  %146 = mul nsw i64 %128, 48
  %147 = add nsw i64 %145, %146
  %148 = add nsw i64 %147, %130
  %149 = add nsw i64 %148, 48
  %150 = getelementptr inbounds float, ptr %0, i64 %149
  %151 = load <16 x float>, ptr %150, align 4
  %152 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %140, <16 x float> %144, <16 x float> %151)
  store <16 x float> %152, ptr %150, align 4
  %153 = mul nsw i64 4, %c2
  %154 = add nsw i64 %153, 2
  %155 = mul nsw i64 16, %c3
  %156 = add nsw i64 %155, 0
  %157 = mul nsw i64 %6, 3072
  %158 = mul nsw i64 %153, 192
  %159 = add nsw i64 %157, %158
  %160 = add nsw i64 %159, %c4
  %161 = add nsw i64 %160, 384
  %162 = getelementptr inbounds float, ptr %1, i64 %161
  %163 = load float, ptr %162, align 4
  %164 = insertelement <16 x float> undef, float %163, i32 0
  %165 = shufflevector <16 x float> %164, <16 x float> undef, <16 x i32> zeroinitializer
  %166 = mul nsw i64 %c4, 48
  %167 = add nsw i64 %166, %155
  %168 = getelementptr inbounds float, ptr %2, i64 %167
  %169 = load <16 x float>, ptr %168, align 4
  %170 = mul nsw i64 %6, 768
  %171 = mul nsw i64 %153, 48
  %172 = add nsw i64 %170, %171
  %173 = add nsw i64 %172, %155
  %174 = add nsw i64 %173, 96
  %175 = getelementptr inbounds float, ptr %0, i64 %174
  %176 = load <16 x float>, ptr %175, align 4
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %165, <16 x float> %169, <16 x float> %176)
  store <16 x float> %177, ptr %175, align 4
  %178 = mul nsw i64 4, %c2
  %179 = add nsw i64 %178, 3
  %180 = mul nsw i64 16, %c3
  %181 = add nsw i64 %180, 0
  %182 = mul nsw i64 %6, 3072
  %183 = mul nsw i64 %178, 192
  %184 = add nsw i64 %182, %183
  %185 = add nsw i64 %184, %c4
  %186 = add nsw i64 %185, 576
  %187 = getelementptr inbounds float, ptr %1, i64 %186
  %188 = load float, ptr %187, align 4
  %189 = insertelement <16 x float> undef, float %188, i32 0
  %190 = shufflevector <16 x float> %189, <16 x float> undef, <16 x i32> zeroinitializer
  %191 = mul nsw i64 %c4, 48
  %192 = add nsw i64 %191, %180
  %193 = getelementptr inbounds float, ptr %2, i64 %192
  %194 = load <16 x float>, ptr %193, align 4
  %195 = mul nsw i64 %6, 768
  %196 = mul nsw i64 %178, 48
  %197 = add nsw i64 %195, %196
  %198 = add nsw i64 %197, %180
  %199 = add nsw i64 %198, 144
  %200 = getelementptr inbounds float, ptr %0, i64 %199
  %201 = load <16 x float>, ptr %200, align 4
  %202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %190, <16 x float> %194, <16 x float> %201)
  store <16 x float> %202, ptr %200, align 4
  %203 = add nsw i64 %c4, 1
  %204 = icmp sle i64 %203, 191
  br i1 %204, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %205 = add nsw i64 %c3, 1
  %206 = icmp sle i64 %205, 2
  br i1 %206, label %loop1, label %endloop2
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

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
  br i1 true, label %loop11, label %endloop12

endif:                                            ; preds = %endloop12, %endloop2
  %16 = add nsw i64 %c1, 1
  %17 = icmp sle i64 %16, %13
  br i1 %17, label %loop, label %endloop

loop1:                                            ; preds = %endif5, %then
  %c2 = phi i64 [ 0, %then ], [ %492, %endif5 ]
  %18 = icmp sle i64 %c2, 1
  br i1 %18, label %then3, label %else4

endloop2:                                         ; preds = %endif5, %then
  br label %endif

then3:                                            ; preds = %loop1
  %19 = mul nsw i64 4, %c1
  %20 = mul nsw i64 64, %c2
  %21 = add nsw i64 %20, 0
  %22 = mul nsw i64 %6, 816
  %23 = mul nsw i64 %19, 48
  %24 = add nsw i64 %22, %23
  %25 = getelementptr inbounds float, ptr %1, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = insertelement <16 x float> undef, float %26, i32 0
  %28 = shufflevector <16 x float> %27, <16 x float> undef, <16 x i32> zeroinitializer
  %29 = getelementptr inbounds float, ptr %2, i64 %20
  %30 = load <16 x float>, ptr %29, align 4
  %31 = getelementptr inbounds float, ptr %3, i64 %20
  %32 = load <16 x float>, ptr %31, align 4
  %33 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %28, <16 x float> %30, <16 x float> %32)
  %34 = mul nsw i64 %6, 2448
  %35 = mul nsw i64 %19, 144
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %20
  %38 = getelementptr inbounds float, ptr %0, i64 %37
  store <16 x float> %33, ptr %38, align 4
  %39 = mul nsw i64 4, %c1
  %40 = mul nsw i64 64, %c2
  %41 = add nsw i64 %40, 0
  %42 = add nsw i64 %41, 16
  %43 = mul nsw i64 %6, 816
  %44 = mul nsw i64 %39, 48
  %45 = add nsw i64 %43, %44
  %46 = getelementptr inbounds float, ptr %1, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = insertelement <16 x float> undef, float %47, i32 0
  %49 = shufflevector <16 x float> %48, <16 x float> undef, <16 x i32> zeroinitializer
  %50 = add nsw i64 %40, 16
  %51 = getelementptr inbounds float, ptr %2, i64 %50
  %52 = load <16 x float>, ptr %51, align 4
  %53 = add nsw i64 %40, 16
  %54 = getelementptr inbounds float, ptr %3, i64 %53
  %55 = load <16 x float>, ptr %54, align 4
  %56 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %49, <16 x float> %52, <16 x float> %55)
  %57 = mul nsw i64 %6, 2448
  %58 = mul nsw i64 %39, 144
  %59 = add nsw i64 %57, %58
  %60 = add nsw i64 %59, %40
  %61 = add nsw i64 %60, 16
  %62 = getelementptr inbounds float, ptr %0, i64 %61
  store <16 x float> %56, ptr %62, align 4
  %63 = mul nsw i64 4, %c1
  %64 = mul nsw i64 64, %c2
  %65 = add nsw i64 %64, 0
  %66 = add nsw i64 %65, 32
  %67 = mul nsw i64 %6, 816
  %68 = mul nsw i64 %63, 48
  %69 = add nsw i64 %67, %68
  %70 = getelementptr inbounds float, ptr %1, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = insertelement <16 x float> undef, float %71, i32 0
  %73 = shufflevector <16 x float> %72, <16 x float> undef, <16 x i32> zeroinitializer
  %74 = add nsw i64 %64, 32
  %75 = getelementptr inbounds float, ptr %2, i64 %74
  %76 = load <16 x float>, ptr %75, align 4
  %77 = add nsw i64 %64, 32
  %78 = getelementptr inbounds float, ptr %3, i64 %77
  %79 = load <16 x float>, ptr %78, align 4
  %80 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %73, <16 x float> %76, <16 x float> %79)
  %81 = mul nsw i64 %6, 2448
  %82 = mul nsw i64 %63, 144
  %83 = add nsw i64 %81, %82
  %84 = add nsw i64 %83, %64
  %85 = add nsw i64 %84, 32
  %86 = getelementptr inbounds float, ptr %0, i64 %85
  store <16 x float> %80, ptr %86, align 4
  %87 = mul nsw i64 4, %c1
  %88 = mul nsw i64 64, %c2
  %89 = add nsw i64 %88, 0
  %90 = add nsw i64 %89, 48
  %91 = mul nsw i64 %6, 816
  %92 = mul nsw i64 %87, 48
  %93 = add nsw i64 %91, %92
  %94 = getelementptr inbounds float, ptr %1, i64 %93
  %95 = load float, ptr %94, align 4
  %96 = insertelement <16 x float> undef, float %95, i32 0
  %97 = shufflevector <16 x float> %96, <16 x float> undef, <16 x i32> zeroinitializer
  %98 = add nsw i64 %88, 48
  %99 = getelementptr inbounds float, ptr %2, i64 %98
  %100 = load <16 x float>, ptr %99, align 4
  %101 = add nsw i64 %88, 48
  %102 = getelementptr inbounds float, ptr %3, i64 %101
  %103 = load <16 x float>, ptr %102, align 4
  %104 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %97, <16 x float> %100, <16 x float> %103)
  %105 = mul nsw i64 %6, 2448
  %106 = mul nsw i64 %87, 144
  %107 = add nsw i64 %105, %106
  %108 = add nsw i64 %107, %88
  %109 = add nsw i64 %108, 48
  %110 = getelementptr inbounds float, ptr %0, i64 %109
  store <16 x float> %104, ptr %110, align 4
  %111 = mul nsw i64 4, %c1
  %112 = add nsw i64 %111, 1
  %113 = mul nsw i64 64, %c2
  %114 = add nsw i64 %113, 0
  %115 = mul nsw i64 %6, 816
  %116 = mul nsw i64 %111, 48
  %117 = add nsw i64 %115, %116
  %118 = add nsw i64 %117, 48
  %119 = getelementptr inbounds float, ptr %1, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = insertelement <16 x float> undef, float %120, i32 0
  %122 = shufflevector <16 x float> %121, <16 x float> undef, <16 x i32> zeroinitializer
  %123 = getelementptr inbounds float, ptr %2, i64 %113
  %124 = load <16 x float>, ptr %123, align 4
  %125 = getelementptr inbounds float, ptr %3, i64 %113
  %126 = load <16 x float>, ptr %125, align 4
  %127 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %122, <16 x float> %124, <16 x float> %126)
  %128 = mul nsw i64 %6, 2448
  %129 = mul nsw i64 %111, 144
  %130 = add nsw i64 %128, %129
  %131 = add nsw i64 %130, %113
  %132 = add nsw i64 %131, 144
  %133 = getelementptr inbounds float, ptr %0, i64 %132
  store <16 x float> %127, ptr %133, align 4
  %134 = mul nsw i64 4, %c1
  %135 = add nsw i64 %134, 1
  %136 = mul nsw i64 64, %c2
  %137 = add nsw i64 %136, 0
  %138 = add nsw i64 %137, 16
  %139 = mul nsw i64 %6, 816
  %140 = mul nsw i64 %134, 48
  %141 = add nsw i64 %139, %140
  %142 = add nsw i64 %141, 48
  %143 = getelementptr inbounds float, ptr %1, i64 %142
  %144 = load float, ptr %143, align 4
  %145 = insertelement <16 x float> undef, float %144, i32 0
  %146 = shufflevector <16 x float> %145, <16 x float> undef, <16 x i32> zeroinitializer
  %147 = add nsw i64 %136, 16
  %148 = getelementptr inbounds float, ptr %2, i64 %147
  %149 = load <16 x float>, ptr %148, align 4
  %150 = add nsw i64 %136, 16
  %151 = getelementptr inbounds float, ptr %3, i64 %150
  %152 = load <16 x float>, ptr %151, align 4
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %146, <16 x float> %149, <16 x float> %152)
  %154 = mul nsw i64 %6, 2448
  %155 = mul nsw i64 %134, 144
  %156 = add nsw i64 %154, %155
  %157 = add nsw i64 %156, %136
  %158 = add nsw i64 %157, 160
  %159 = getelementptr inbounds float, ptr %0, i64 %158
  store <16 x float> %153, ptr %159, align 4
  %160 = mul nsw i64 4, %c1
  %161 = add nsw i64 %160, 1
  %162 = mul nsw i64 64, %c2
  %163 = add nsw i64 %162, 0
  %164 = add nsw i64 %163, 32
  %165 = mul nsw i64 %6, 816
  %166 = mul nsw i64 %160, 48
  %167 = add nsw i64 %165, %166
  %168 = add nsw i64 %167, 48
  %169 = getelementptr inbounds float, ptr %1, i64 %168
  %170 = load float, ptr %169, align 4
  %171 = insertelement <16 x float> undef, float %170, i32 0
  %172 = shufflevector <16 x float> %171, <16 x float> undef, <16 x i32> zeroinitializer
  %173 = add nsw i64 %162, 32
  %174 = getelementptr inbounds float, ptr %2, i64 %173
  %175 = load <16 x float>, ptr %174, align 4
  %176 = add nsw i64 %162, 32
  %177 = getelementptr inbounds float, ptr %3, i64 %176
  %178 = load <16 x float>, ptr %177, align 4
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %172, <16 x float> %175, <16 x float> %178)
  %180 = mul nsw i64 %6, 2448
  %181 = mul nsw i64 %160, 144
  %182 = add nsw i64 %180, %181
  %183 = add nsw i64 %182, %162
  %184 = add nsw i64 %183, 176
  %185 = getelementptr inbounds float, ptr %0, i64 %184
  store <16 x float> %179, ptr %185, align 4
  %186 = mul nsw i64 4, %c1
  %187 = add nsw i64 %186, 1
  %188 = mul nsw i64 64, %c2
  %189 = add nsw i64 %188, 0
  %190 = add nsw i64 %189, 48
  %191 = mul nsw i64 %6, 816
  %192 = mul nsw i64 %186, 48
  %193 = add nsw i64 %191, %192
  %194 = add nsw i64 %193, 48
  %195 = getelementptr inbounds float, ptr %1, i64 %194
  %196 = load float, ptr %195, align 4
  %197 = insertelement <16 x float> undef, float %196, i32 0
  %198 = shufflevector <16 x float> %197, <16 x float> undef, <16 x i32> zeroinitializer
  %199 = add nsw i64 %188, 48
  %200 = getelementptr inbounds float, ptr %2, i64 %199
  %201 = load <16 x float>, ptr %200, align 4
  %202 = add nsw i64 %188, 48
  %203 = getelementptr inbounds float, ptr %3, i64 %202
  %204 = load <16 x float>, ptr %203, align 4
  %205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %198, <16 x float> %201, <16 x float> %204)
  %206 = mul nsw i64 %6, 2448
  %207 = mul nsw i64 %186, 144
  %208 = add nsw i64 %206, %207
  %209 = add nsw i64 %208, %188
  %210 = add nsw i64 %209, 192
  %211 = getelementptr inbounds float, ptr %0, i64 %210
  store <16 x float> %205, ptr %211, align 4
  %212 = mul nsw i64 4, %c1
  %213 = add nsw i64 %212, 2
  %214 = mul nsw i64 64, %c2
  %215 = add nsw i64 %214, 0
  %216 = mul nsw i64 %6, 816
  %217 = mul nsw i64 %212, 48
  %218 = add nsw i64 %216, %217
  %219 = add nsw i64 %218, 96
  %220 = getelementptr inbounds float, ptr %1, i64 %219
  %221 = load float, ptr %220, align 4
  %222 = insertelement <16 x float> undef, float %221, i32 0
  %223 = shufflevector <16 x float> %222, <16 x float> undef, <16 x i32> zeroinitializer
  %224 = getelementptr inbounds float, ptr %2, i64 %214
  %225 = load <16 x float>, ptr %224, align 4
  %226 = getelementptr inbounds float, ptr %3, i64 %214
  %227 = load <16 x float>, ptr %226, align 4
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %223, <16 x float> %225, <16 x float> %227)
  %229 = mul nsw i64 %6, 2448
  %230 = mul nsw i64 %212, 144
  %231 = add nsw i64 %229, %230
  %232 = add nsw i64 %231, %214
  %233 = add nsw i64 %232, 288
  %234 = getelementptr inbounds float, ptr %0, i64 %233
  store <16 x float> %228, ptr %234, align 4
  %235 = mul nsw i64 4, %c1
  %236 = add nsw i64 %235, 2
  %237 = mul nsw i64 64, %c2
  %238 = add nsw i64 %237, 0
  %239 = add nsw i64 %238, 16
  %240 = mul nsw i64 %6, 816
  %241 = mul nsw i64 %235, 48
  %242 = add nsw i64 %240, %241
  %243 = add nsw i64 %242, 96
  %244 = getelementptr inbounds float, ptr %1, i64 %243
  %245 = load float, ptr %244, align 4
  %246 = insertelement <16 x float> undef, float %245, i32 0
  %247 = shufflevector <16 x float> %246, <16 x float> undef, <16 x i32> zeroinitializer
  %248 = add nsw i64 %237, 16
  %249 = getelementptr inbounds float, ptr %2, i64 %248
  %250 = load <16 x float>, ptr %249, align 4
  %251 = add nsw i64 %237, 16
  %252 = getelementptr inbounds float, ptr %3, i64 %251
  %253 = load <16 x float>, ptr %252, align 4
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %247, <16 x float> %250, <16 x float> %253)
  %255 = mul nsw i64 %6, 2448
  %256 = mul nsw i64 %235, 144
  %257 = add nsw i64 %255, %256
  %258 = add nsw i64 %257, %237
  %259 = add nsw i64 %258, 304
  %260 = getelementptr inbounds float, ptr %0, i64 %259
  store <16 x float> %254, ptr %260, align 4
  %261 = mul nsw i64 4, %c1
  %262 = add nsw i64 %261, 2
  %263 = mul nsw i64 64, %c2
  %264 = add nsw i64 %263, 0
  %265 = add nsw i64 %264, 32
  %266 = mul nsw i64 %6, 816
  %267 = mul nsw i64 %261, 48
  %268 = add nsw i64 %266, %267
  %269 = add nsw i64 %268, 96
  %270 = getelementptr inbounds float, ptr %1, i64 %269
  %271 = load float, ptr %270, align 4
  %272 = insertelement <16 x float> undef, float %271, i32 0
  %273 = shufflevector <16 x float> %272, <16 x float> undef, <16 x i32> zeroinitializer
  %274 = add nsw i64 %263, 32
  %275 = getelementptr inbounds float, ptr %2, i64 %274
  %276 = load <16 x float>, ptr %275, align 4
  %277 = add nsw i64 %263, 32
  %278 = getelementptr inbounds float, ptr %3, i64 %277
  %279 = load <16 x float>, ptr %278, align 4
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %273, <16 x float> %276, <16 x float> %279)
  %281 = mul nsw i64 %6, 2448
  %282 = mul nsw i64 %261, 144
  %283 = add nsw i64 %281, %282
  %284 = add nsw i64 %283, %263
  %285 = add nsw i64 %284, 320
  %286 = getelementptr inbounds float, ptr %0, i64 %285
  store <16 x float> %280, ptr %286, align 4
  %287 = mul nsw i64 4, %c1
  %288 = add nsw i64 %287, 2
  %289 = mul nsw i64 64, %c2
  %290 = add nsw i64 %289, 0
  %291 = add nsw i64 %290, 48
  %292 = mul nsw i64 %6, 816
  %293 = mul nsw i64 %287, 48
  %294 = add nsw i64 %292, %293
  %295 = add nsw i64 %294, 96
  %296 = getelementptr inbounds float, ptr %1, i64 %295
  %297 = load float, ptr %296, align 4
  %298 = insertelement <16 x float> undef, float %297, i32 0
  %299 = shufflevector <16 x float> %298, <16 x float> undef, <16 x i32> zeroinitializer
  %300 = add nsw i64 %289, 48
  %301 = getelementptr inbounds float, ptr %2, i64 %300
  %302 = load <16 x float>, ptr %301, align 4
  %303 = add nsw i64 %289, 48
  %304 = getelementptr inbounds float, ptr %3, i64 %303
  %305 = load <16 x float>, ptr %304, align 4
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %299, <16 x float> %302, <16 x float> %305)
  %307 = mul nsw i64 %6, 2448
  %308 = mul nsw i64 %287, 144
  %309 = add nsw i64 %307, %308
  %310 = add nsw i64 %309, %289
  %311 = add nsw i64 %310, 336
  %312 = getelementptr inbounds float, ptr %0, i64 %311
  store <16 x float> %306, ptr %312, align 4
  %313 = mul nsw i64 4, %c1
  %314 = add nsw i64 %313, 3
  %315 = mul nsw i64 64, %c2
  %316 = add nsw i64 %315, 0
  %317 = mul nsw i64 %6, 816
  %318 = mul nsw i64 %313, 48
  %319 = add nsw i64 %317, %318
  %320 = add nsw i64 %319, 144
  %321 = getelementptr inbounds float, ptr %1, i64 %320
  %322 = load float, ptr %321, align 4
  %323 = insertelement <16 x float> undef, float %322, i32 0
  %324 = shufflevector <16 x float> %323, <16 x float> undef, <16 x i32> zeroinitializer
  %325 = getelementptr inbounds float, ptr %2, i64 %315
  %326 = load <16 x float>, ptr %325, align 4
  %327 = getelementptr inbounds float, ptr %3, i64 %315
  %328 = load <16 x float>, ptr %327, align 4
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %324, <16 x float> %326, <16 x float> %328)
  %330 = mul nsw i64 %6, 2448
  %331 = mul nsw i64 %313, 144
  %332 = add nsw i64 %330, %331
  %333 = add nsw i64 %332, %315
  %334 = add nsw i64 %333, 432
  %335 = getelementptr inbounds float, ptr %0, i64 %334
  store <16 x float> %329, ptr %335, align 4
  %336 = mul nsw i64 4, %c1
  %337 = add nsw i64 %336, 3
  %338 = mul nsw i64 64, %c2
  %339 = add nsw i64 %338, 0
  %340 = add nsw i64 %339, 16
  %341 = mul nsw i64 %6, 816
  %342 = mul nsw i64 %336, 48
  %343 = add nsw i64 %341, %342
  %344 = add nsw i64 %343, 144
  %345 = getelementptr inbounds float, ptr %1, i64 %344
  %346 = load float, ptr %345, align 4
  %347 = insertelement <16 x float> undef, float %346, i32 0
  %348 = shufflevector <16 x float> %347, <16 x float> undef, <16 x i32> zeroinitializer
  %349 = add nsw i64 %338, 16
  %350 = getelementptr inbounds float, ptr %2, i64 %349
  %351 = load <16 x float>, ptr %350, align 4
  %352 = add nsw i64 %338, 16
  %353 = getelementptr inbounds float, ptr %3, i64 %352
  %354 = load <16 x float>, ptr %353, align 4
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %348, <16 x float> %351, <16 x float> %354)
  %356 = mul nsw i64 %6, 2448
  %357 = mul nsw i64 %336, 144
  %358 = add nsw i64 %356, %357
  %359 = add nsw i64 %358, %338
  %360 = add nsw i64 %359, 448
  %361 = getelementptr inbounds float, ptr %0, i64 %360
  store <16 x float> %355, ptr %361, align 4
  %362 = mul nsw i64 4, %c1
  %363 = add nsw i64 %362, 3
  %364 = mul nsw i64 64, %c2
  %365 = add nsw i64 %364, 0
  %366 = add nsw i64 %365, 32
  %367 = mul nsw i64 %6, 816
  %368 = mul nsw i64 %362, 48
  %369 = add nsw i64 %367, %368
  %370 = add nsw i64 %369, 144
  %371 = getelementptr inbounds float, ptr %1, i64 %370
  %372 = load float, ptr %371, align 4
  %373 = insertelement <16 x float> undef, float %372, i32 0
  %374 = shufflevector <16 x float> %373, <16 x float> undef, <16 x i32> zeroinitializer
  %375 = add nsw i64 %364, 32
  %376 = getelementptr inbounds float, ptr %2, i64 %375
  %377 = load <16 x float>, ptr %376, align 4
  %378 = add nsw i64 %364, 32
  %379 = getelementptr inbounds float, ptr %3, i64 %378
  %380 = load <16 x float>, ptr %379, align 4
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %374, <16 x float> %377, <16 x float> %380)
  %382 = mul nsw i64 %6, 2448
  %383 = mul nsw i64 %362, 144
  %384 = add nsw i64 %382, %383
  %385 = add nsw i64 %384, %364
  %386 = add nsw i64 %385, 464
  %387 = getelementptr inbounds float, ptr %0, i64 %386
  store <16 x float> %381, ptr %387, align 4
  %388 = mul nsw i64 4, %c1
  %389 = add nsw i64 %388, 3
  %390 = mul nsw i64 64, %c2
  %391 = add nsw i64 %390, 0
  %392 = add nsw i64 %391, 48
  %393 = mul nsw i64 %6, 816
  %394 = mul nsw i64 %388, 48
  %395 = add nsw i64 %393, %394
  %396 = add nsw i64 %395, 144
  %397 = getelementptr inbounds float, ptr %1, i64 %396
  %398 = load float, ptr %397, align 4
  %399 = insertelement <16 x float> undef, float %398, i32 0
  %400 = shufflevector <16 x float> %399, <16 x float> undef, <16 x i32> zeroinitializer
  %401 = add nsw i64 %390, 48
  %402 = getelementptr inbounds float, ptr %2, i64 %401
  %403 = load <16 x float>, ptr %402, align 4
  %404 = add nsw i64 %390, 48
  %405 = getelementptr inbounds float, ptr %3, i64 %404
  %406 = load <16 x float>, ptr %405, align 4
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %400, <16 x float> %403, <16 x float> %406)
  %408 = mul nsw i64 %6, 2448
  %409 = mul nsw i64 %388, 144
  %410 = add nsw i64 %408, %409
  %411 = add nsw i64 %410, %390
  %412 = add nsw i64 %411, 480
  %413 = getelementptr inbounds float, ptr %0, i64 %412
  store <16 x float> %407, ptr %413, align 4
  br i1 true, label %loop6, label %endloop7

else4:                                            ; preds = %loop1
  %414 = mul nsw i64 4, %c1
  %415 = mul nsw i64 %6, 816
  %416 = mul nsw i64 %414, 48
  %417 = add nsw i64 %415, %416
  %418 = getelementptr inbounds float, ptr %1, i64 %417
  %419 = load float, ptr %418, align 4
  %420 = insertelement <16 x float> undef, float %419, i32 0
  %421 = shufflevector <16 x float> %420, <16 x float> undef, <16 x i32> zeroinitializer
  %422 = getelementptr inbounds float, ptr %2, i64 128
  %423 = load <16 x float>, ptr %422, align 4
  %424 = getelementptr inbounds float, ptr %3, i64 128
  %425 = load <16 x float>, ptr %424, align 4
  %426 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %421, <16 x float> %423, <16 x float> %425)
  %427 = mul nsw i64 %6, 2448
  %428 = mul nsw i64 %414, 144
  %429 = add nsw i64 %427, %428
  %430 = add nsw i64 %429, 128
  %431 = getelementptr inbounds float, ptr %0, i64 %430
  store <16 x float> %426, ptr %431, align 4
  %432 = mul nsw i64 4, %c1
  %433 = add nsw i64 %432, 1
  %434 = mul nsw i64 %6, 816
  %435 = mul nsw i64 %432, 48
  %436 = add nsw i64 %434, %435
  %437 = add nsw i64 %436, 48
  %438 = getelementptr inbounds float, ptr %1, i64 %437
  %439 = load float, ptr %438, align 4
  %440 = insertelement <16 x float> undef, float %439, i32 0
  %441 = shufflevector <16 x float> %440, <16 x float> undef, <16 x i32> zeroinitializer
  %442 = getelementptr inbounds float, ptr %2, i64 128
  %443 = load <16 x float>, ptr %442, align 4
  %444 = getelementptr inbounds float, ptr %3, i64 128
  %445 = load <16 x float>, ptr %444, align 4
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %441, <16 x float> %443, <16 x float> %445)
  %447 = mul nsw i64 %6, 2448
  %448 = mul nsw i64 %432, 144
  %449 = add nsw i64 %447, %448
  %450 = add nsw i64 %449, 272
  %451 = getelementptr inbounds float, ptr %0, i64 %450
  store <16 x float> %446, ptr %451, align 4
  %452 = mul nsw i64 4, %c1
  %453 = add nsw i64 %452, 2
  %454 = mul nsw i64 %6, 816
  %455 = mul nsw i64 %452, 48
  %456 = add nsw i64 %454, %455
  %457 = add nsw i64 %456, 96
  %458 = getelementptr inbounds float, ptr %1, i64 %457
  %459 = load float, ptr %458, align 4
  %460 = insertelement <16 x float> undef, float %459, i32 0
  %461 = shufflevector <16 x float> %460, <16 x float> undef, <16 x i32> zeroinitializer
  %462 = getelementptr inbounds float, ptr %2, i64 128
  %463 = load <16 x float>, ptr %462, align 4
  %464 = getelementptr inbounds float, ptr %3, i64 128
  %465 = load <16 x float>, ptr %464, align 4
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %461, <16 x float> %463, <16 x float> %465)
  %467 = mul nsw i64 %6, 2448
  %468 = mul nsw i64 %452, 144
  %469 = add nsw i64 %467, %468
  %470 = add nsw i64 %469, 416
  %471 = getelementptr inbounds float, ptr %0, i64 %470
  store <16 x float> %466, ptr %471, align 4
  %472 = mul nsw i64 4, %c1
  %473 = add nsw i64 %472, 3
  %474 = mul nsw i64 %6, 816
  %475 = mul nsw i64 %472, 48
  %476 = add nsw i64 %474, %475
  %477 = add nsw i64 %476, 144
  %478 = getelementptr inbounds float, ptr %1, i64 %477
  %479 = load float, ptr %478, align 4
  %480 = insertelement <16 x float> undef, float %479, i32 0
  %481 = shufflevector <16 x float> %480, <16 x float> undef, <16 x i32> zeroinitializer
  %482 = getelementptr inbounds float, ptr %2, i64 128
  %483 = load <16 x float>, ptr %482, align 4
  %484 = getelementptr inbounds float, ptr %3, i64 128
  %485 = load <16 x float>, ptr %484, align 4
  %486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %481, <16 x float> %483, <16 x float> %485)
  %487 = mul nsw i64 %6, 2448
  %488 = mul nsw i64 %472, 144
  %489 = add nsw i64 %487, %488
  %490 = add nsw i64 %489, 560
  %491 = getelementptr inbounds float, ptr %0, i64 %490
  store <16 x float> %486, ptr %491, align 4
  br i1 true, label %loop8, label %endloop9

endif5:                                           ; preds = %endloop9, %endloop7
  %492 = add nsw i64 %c2, 1
  %493 = icmp sle i64 %492, 2
  br i1 %493, label %loop1, label %endloop2

loop6:                                            ; preds = %loop6, %then3
  %c3 = phi i64 [ 1, %then3 ], [ %909, %loop6 ]
  %494 = mul nsw i64 4, %c1
  %495 = mul nsw i64 64, %c2
  %496 = add nsw i64 %495, 0
  %497 = mul nsw i64 %6, 816
  %498 = mul nsw i64 %494, 48
  %499 = add nsw i64 %497, %498
  %500 = add nsw i64 %499, %c3
  %501 = getelementptr inbounds float, ptr %1, i64 %500
  %502 = load float, ptr %501, align 4
  %503 = insertelement <16 x float> undef, float %502, i32 0
  %504 = shufflevector <16 x float> %503, <16 x float> undef, <16 x i32> zeroinitializer
  %505 = mul nsw i64 %c3, 144
  %506 = add nsw i64 %505, %495
  %507 = getelementptr inbounds float, ptr %2, i64 %506
  %508 = load <16 x float>, ptr %507, align 4
  %509 = mul nsw i64 %6, 2448
  %510 = mul nsw i64 %494, 144
  %511 = add nsw i64 %509, %510
  %512 = add nsw i64 %511, %495
  %513 = getelementptr inbounds float, ptr %0, i64 %512
  %514 = load <16 x float>, ptr %513, align 4
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %504, <16 x float> %508, <16 x float> %514)
  store <16 x float> %515, ptr %513, align 4
  %516 = mul nsw i64 4, %c1
  %517 = mul nsw i64 64, %c2
  %518 = add nsw i64 %517, 0
  %519 = add nsw i64 %518, 16
  %520 = mul nsw i64 %6, 816
  %521 = mul nsw i64 %516, 48
  %522 = add nsw i64 %520, %521
  %523 = add nsw i64 %522, %c3
  %524 = getelementptr inbounds float, ptr %1, i64 %523
  %525 = load float, ptr %524, align 4
  %526 = insertelement <16 x float> undef, float %525, i32 0
  %527 = shufflevector <16 x float> %526, <16 x float> undef, <16 x i32> zeroinitializer
  %528 = mul nsw i64 %c3, 144
  %529 = add nsw i64 %528, %517
  %530 = add nsw i64 %529, 16
  %531 = getelementptr inbounds float, ptr %2, i64 %530
  %532 = load <16 x float>, ptr %531, align 4
  %533 = mul nsw i64 %6, 2448
  %534 = mul nsw i64 %516, 144
  %535 = add nsw i64 %533, %534
  %536 = add nsw i64 %535, %517
  %537 = add nsw i64 %536, 16
  %538 = getelementptr inbounds float, ptr %0, i64 %537
  %539 = load <16 x float>, ptr %538, align 4
  %540 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %527, <16 x float> %532, <16 x float> %539)
  store <16 x float> %540, ptr %538, align 4
  %541 = mul nsw i64 4, %c1
  %542 = mul nsw i64 64, %c2
  %543 = add nsw i64 %542, 0
  %544 = add nsw i64 %543, 32
  %545 = mul nsw i64 %6, 816
  %546 = mul nsw i64 %541, 48
  %547 = add nsw i64 %545, %546
  %548 = add nsw i64 %547, %c3
  %549 = getelementptr inbounds float, ptr %1, i64 %548
  %550 = load float, ptr %549, align 4
  %551 = insertelement <16 x float> undef, float %550, i32 0
  %552 = shufflevector <16 x float> %551, <16 x float> undef, <16 x i32> zeroinitializer
  %553 = mul nsw i64 %c3, 144
  %554 = add nsw i64 %553, %542
  %555 = add nsw i64 %554, 32
  %556 = getelementptr inbounds float, ptr %2, i64 %555
  %557 = load <16 x float>, ptr %556, align 4
  %558 = mul nsw i64 %6, 2448
  %559 = mul nsw i64 %541, 144
  %560 = add nsw i64 %558, %559
  %561 = add nsw i64 %560, %542
  %562 = add nsw i64 %561, 32
  %563 = getelementptr inbounds float, ptr %0, i64 %562
  %564 = load <16 x float>, ptr %563, align 4
  %565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %552, <16 x float> %557, <16 x float> %564)
  store <16 x float> %565, ptr %563, align 4
  %566 = mul nsw i64 4, %c1
  %567 = mul nsw i64 64, %c2
  %568 = add nsw i64 %567, 0
  %569 = add nsw i64 %568, 48
  %570 = mul nsw i64 %6, 816
  %571 = mul nsw i64 %566, 48
  %572 = add nsw i64 %570, %571
  %573 = add nsw i64 %572, %c3
  %574 = getelementptr inbounds float, ptr %1, i64 %573
  %575 = load float, ptr %574, align 4
  %576 = insertelement <16 x float> undef, float %575, i32 0
  %577 = shufflevector <16 x float> %576, <16 x float> undef, <16 x i32> zeroinitializer
  %578 = mul nsw i64 %c3, 144
  %579 = add nsw i64 %578, %567
  %580 = add nsw i64 %579, 48
  %581 = getelementptr inbounds float, ptr %2, i64 %580
  %582 = load <16 x float>, ptr %581, align 4
  %583 = mul nsw i64 %6, 2448
  %584 = mul nsw i64 %566, 144
  %585 = add nsw i64 %583, %584
  %586 = add nsw i64 %585, %567
  %587 = add nsw i64 %586, 48
  %588 = getelementptr inbounds float, ptr %0, i64 %587
  %589 = load <16 x float>, ptr %588, align 4
  %590 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %577, <16 x float> %582, <16 x float> %589)
  store <16 x float> %590, ptr %588, align 4
  %591 = mul nsw i64 4, %c1
  %592 = add nsw i64 %591, 1
  %593 = mul nsw i64 64, %c2
  %594 = add nsw i64 %593, 0
  %595 = mul nsw i64 %6, 816
  %596 = mul nsw i64 %591, 48
  %597 = add nsw i64 %595, %596
  %598 = add nsw i64 %597, %c3
  %599 = add nsw i64 %598, 48
  %600 = getelementptr inbounds float, ptr %1, i64 %599
  %601 = load float, ptr %600, align 4
  %602 = insertelement <16 x float> undef, float %601, i32 0
  %603 = shufflevector <16 x float> %602, <16 x float> undef, <16 x i32> zeroinitializer
  %604 = mul nsw i64 %c3, 144
  %605 = add nsw i64 %604, %593
  %606 = getelementptr inbounds float, ptr %2, i64 %605
  %607 = load <16 x float>, ptr %606, align 4
  %608 = mul nsw i64 %6, 2448
  %609 = mul nsw i64 %591, 144
  %610 = add nsw i64 %608, %609
  %611 = add nsw i64 %610, %593
  %612 = add nsw i64 %611, 144
  %613 = getelementptr inbounds float, ptr %0, i64 %612
  %614 = load <16 x float>, ptr %613, align 4
  %615 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %603, <16 x float> %607, <16 x float> %614)
  store <16 x float> %615, ptr %613, align 4
  %616 = mul nsw i64 4, %c1
  %617 = add nsw i64 %616, 1
  %618 = mul nsw i64 64, %c2
  %619 = add nsw i64 %618, 0
  %620 = add nsw i64 %619, 16
  %621 = mul nsw i64 %6, 816
  %622 = mul nsw i64 %616, 48
  %623 = add nsw i64 %621, %622
  %624 = add nsw i64 %623, %c3
  %625 = add nsw i64 %624, 48
  %626 = getelementptr inbounds float, ptr %1, i64 %625
  %627 = load float, ptr %626, align 4
  %628 = insertelement <16 x float> undef, float %627, i32 0
  %629 = shufflevector <16 x float> %628, <16 x float> undef, <16 x i32> zeroinitializer
  %630 = mul nsw i64 %c3, 144
  %631 = add nsw i64 %630, %618
  %632 = add nsw i64 %631, 16
  %633 = getelementptr inbounds float, ptr %2, i64 %632
  %634 = load <16 x float>, ptr %633, align 4
  %635 = mul nsw i64 %6, 2448
  %636 = mul nsw i64 %616, 144
  %637 = add nsw i64 %635, %636
  %638 = add nsw i64 %637, %618
  %639 = add nsw i64 %638, 160
  %640 = getelementptr inbounds float, ptr %0, i64 %639
  %641 = load <16 x float>, ptr %640, align 4
  %642 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %629, <16 x float> %634, <16 x float> %641)
  store <16 x float> %642, ptr %640, align 4
  %643 = mul nsw i64 4, %c1
  %644 = add nsw i64 %643, 1
  %645 = mul nsw i64 64, %c2
  %646 = add nsw i64 %645, 0
  %647 = add nsw i64 %646, 32
  %648 = mul nsw i64 %6, 816
  %649 = mul nsw i64 %643, 48
  %650 = add nsw i64 %648, %649
  %651 = add nsw i64 %650, %c3
  %652 = add nsw i64 %651, 48
  %653 = getelementptr inbounds float, ptr %1, i64 %652
  %654 = load float, ptr %653, align 4
  %655 = insertelement <16 x float> undef, float %654, i32 0
  %656 = shufflevector <16 x float> %655, <16 x float> undef, <16 x i32> zeroinitializer
  %657 = mul nsw i64 %c3, 144
  %658 = add nsw i64 %657, %645
  %659 = add nsw i64 %658, 32
  %660 = getelementptr inbounds float, ptr %2, i64 %659
  %661 = load <16 x float>, ptr %660, align 4
  %662 = mul nsw i64 %6, 2448
  %663 = mul nsw i64 %643, 144
  %664 = add nsw i64 %662, %663
  %665 = add nsw i64 %664, %645
  %666 = add nsw i64 %665, 176
  %667 = getelementptr inbounds float, ptr %0, i64 %666
  %668 = load <16 x float>, ptr %667, align 4
  %669 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %656, <16 x float> %661, <16 x float> %668)
  store <16 x float> %669, ptr %667, align 4
  %670 = mul nsw i64 4, %c1
  %671 = add nsw i64 %670, 1
  %672 = mul nsw i64 64, %c2
  %673 = add nsw i64 %672, 0
  %674 = add nsw i64 %673, 48
  %675 = mul nsw i64 %6, 816
  %676 = mul nsw i64 %670, 48
  %677 = add nsw i64 %675, %676
  %678 = add nsw i64 %677, %c3
  %679 = add nsw i64 %678, 48
  %680 = getelementptr inbounds float, ptr %1, i64 %679
  %681 = load float, ptr %680, align 4
  %682 = insertelement <16 x float> undef, float %681, i32 0
  %683 = shufflevector <16 x float> %682, <16 x float> undef, <16 x i32> zeroinitializer
  %684 = mul nsw i64 %c3, 144
  %685 = add nsw i64 %684, %672
  %686 = add nsw i64 %685, 48
  %687 = getelementptr inbounds float, ptr %2, i64 %686
  %688 = load <16 x float>, ptr %687, align 4
  %689 = mul nsw i64 %6, 2448
  %690 = mul nsw i64 %670, 144
  %691 = add nsw i64 %689, %690
  %692 = add nsw i64 %691, %672
  %693 = add nsw i64 %692, 192
  %694 = getelementptr inbounds float, ptr %0, i64 %693
  %695 = load <16 x float>, ptr %694, align 4
  %696 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %683, <16 x float> %688, <16 x float> %695)
  store <16 x float> %696, ptr %694, align 4
  %697 = mul nsw i64 4, %c1
  %698 = add nsw i64 %697, 2
  %699 = mul nsw i64 64, %c2
  %700 = add nsw i64 %699, 0
  %701 = mul nsw i64 %6, 816
  %702 = mul nsw i64 %697, 48
  %703 = add nsw i64 %701, %702
  %704 = add nsw i64 %703, %c3
  %705 = add nsw i64 %704, 96
  %706 = getelementptr inbounds float, ptr %1, i64 %705
  %707 = load float, ptr %706, align 4
  %708 = insertelement <16 x float> undef, float %707, i32 0
  %709 = shufflevector <16 x float> %708, <16 x float> undef, <16 x i32> zeroinitializer
  %710 = mul nsw i64 %c3, 144
  %711 = add nsw i64 %710, %699
  %712 = getelementptr inbounds float, ptr %2, i64 %711
  %713 = load <16 x float>, ptr %712, align 4
  %714 = mul nsw i64 %6, 2448
  %715 = mul nsw i64 %697, 144
  %716 = add nsw i64 %714, %715
  %717 = add nsw i64 %716, %699
  %718 = add nsw i64 %717, 288
  %719 = getelementptr inbounds float, ptr %0, i64 %718
  %720 = load <16 x float>, ptr %719, align 4
  %721 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %709, <16 x float> %713, <16 x float> %720)
  store <16 x float> %721, ptr %719, align 4
  %722 = mul nsw i64 4, %c1
  %723 = add nsw i64 %722, 2
  %724 = mul nsw i64 64, %c2
  %725 = add nsw i64 %724, 0
  %726 = add nsw i64 %725, 16
  %727 = mul nsw i64 %6, 816
  %728 = mul nsw i64 %722, 48
  %729 = add nsw i64 %727, %728
  %730 = add nsw i64 %729, %c3
  %731 = add nsw i64 %730, 96
  %732 = getelementptr inbounds float, ptr %1, i64 %731
  %733 = load float, ptr %732, align 4
  %734 = insertelement <16 x float> undef, float %733, i32 0
  %735 = shufflevector <16 x float> %734, <16 x float> undef, <16 x i32> zeroinitializer
  %736 = mul nsw i64 %c3, 144
  %737 = add nsw i64 %736, %724
  %738 = add nsw i64 %737, 16
  %739 = getelementptr inbounds float, ptr %2, i64 %738
  %740 = load <16 x float>, ptr %739, align 4
  %741 = mul nsw i64 %6, 2448
  %742 = mul nsw i64 %722, 144
  %743 = add nsw i64 %741, %742
  %744 = add nsw i64 %743, %724
  %745 = add nsw i64 %744, 304
  %746 = getelementptr inbounds float, ptr %0, i64 %745
  %747 = load <16 x float>, ptr %746, align 4
  %748 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %735, <16 x float> %740, <16 x float> %747)
  store <16 x float> %748, ptr %746, align 4
  %749 = mul nsw i64 4, %c1
  %750 = add nsw i64 %749, 2
  %751 = mul nsw i64 64, %c2
  %752 = add nsw i64 %751, 0
  %753 = add nsw i64 %752, 32
  %754 = mul nsw i64 %6, 816
  %755 = mul nsw i64 %749, 48
  %756 = add nsw i64 %754, %755
  %757 = add nsw i64 %756, %c3
  %758 = add nsw i64 %757, 96
  %759 = getelementptr inbounds float, ptr %1, i64 %758
  %760 = load float, ptr %759, align 4
  %761 = insertelement <16 x float> undef, float %760, i32 0
  %762 = shufflevector <16 x float> %761, <16 x float> undef, <16 x i32> zeroinitializer
  %763 = mul nsw i64 %c3, 144
  %764 = add nsw i64 %763, %751
  %765 = add nsw i64 %764, 32
  %766 = getelementptr inbounds float, ptr %2, i64 %765
  %767 = load <16 x float>, ptr %766, align 4
  %768 = mul nsw i64 %6, 2448
  %769 = mul nsw i64 %749, 144
  %770 = add nsw i64 %768, %769
  %771 = add nsw i64 %770, %751
  %772 = add nsw i64 %771, 320
  %773 = getelementptr inbounds float, ptr %0, i64 %772
  %774 = load <16 x float>, ptr %773, align 4
  %775 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %762, <16 x float> %767, <16 x float> %774)
  store <16 x float> %775, ptr %773, align 4
  %776 = mul nsw i64 4, %c1
  %777 = add nsw i64 %776, 2
  %778 = mul nsw i64 64, %c2
  %779 = add nsw i64 %778, 0
  %780 = add nsw i64 %779, 48
  %781 = mul nsw i64 %6, 816
  %782 = mul nsw i64 %776, 48
  %783 = add nsw i64 %781, %782
  %784 = add nsw i64 %783, %c3
  %785 = add nsw i64 %784, 96
  %786 = getelementptr inbounds float, ptr %1, i64 %785
  %787 = load float, ptr %786, align 4
  %788 = insertelement <16 x float> undef, float %787, i32 0
  %789 = shufflevector <16 x float> %788, <16 x float> undef, <16 x i32> zeroinitializer
  %790 = mul nsw i64 %c3, 144
  %791 = add nsw i64 %790, %778
  %792 = add nsw i64 %791, 48
  %793 = getelementptr inbounds float, ptr %2, i64 %792
  %794 = load <16 x float>, ptr %793, align 4
  %795 = mul nsw i64 %6, 2448
  %796 = mul nsw i64 %776, 144
  %797 = add nsw i64 %795, %796
  %798 = add nsw i64 %797, %778
  %799 = add nsw i64 %798, 336
  %800 = getelementptr inbounds float, ptr %0, i64 %799
  %801 = load <16 x float>, ptr %800, align 4
  %802 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %789, <16 x float> %794, <16 x float> %801)
  store <16 x float> %802, ptr %800, align 4
  %803 = mul nsw i64 4, %c1
  %804 = add nsw i64 %803, 3
  %805 = mul nsw i64 64, %c2
  %806 = add nsw i64 %805, 0
  %807 = mul nsw i64 %6, 816
  %808 = mul nsw i64 %803, 48
  %809 = add nsw i64 %807, %808
  %810 = add nsw i64 %809, %c3
  %811 = add nsw i64 %810, 144
  %812 = getelementptr inbounds float, ptr %1, i64 %811
  %813 = load float, ptr %812, align 4
  %814 = insertelement <16 x float> undef, float %813, i32 0
  %815 = shufflevector <16 x float> %814, <16 x float> undef, <16 x i32> zeroinitializer
  %816 = mul nsw i64 %c3, 144
  %817 = add nsw i64 %816, %805
  %818 = getelementptr inbounds float, ptr %2, i64 %817
  %819 = load <16 x float>, ptr %818, align 4
  %820 = mul nsw i64 %6, 2448
  %821 = mul nsw i64 %803, 144
  %822 = add nsw i64 %820, %821
  %823 = add nsw i64 %822, %805
  %824 = add nsw i64 %823, 432
  %825 = getelementptr inbounds float, ptr %0, i64 %824
  %826 = load <16 x float>, ptr %825, align 4
  %827 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %815, <16 x float> %819, <16 x float> %826)
  store <16 x float> %827, ptr %825, align 4
  %828 = mul nsw i64 4, %c1
  %829 = add nsw i64 %828, 3
  %830 = mul nsw i64 64, %c2
  %831 = add nsw i64 %830, 0
  %832 = add nsw i64 %831, 16
  %833 = mul nsw i64 %6, 816
  %834 = mul nsw i64 %828, 48
  %835 = add nsw i64 %833, %834
  %836 = add nsw i64 %835, %c3
  %837 = add nsw i64 %836, 144
  %838 = getelementptr inbounds float, ptr %1, i64 %837
  %839 = load float, ptr %838, align 4
  %840 = insertelement <16 x float> undef, float %839, i32 0
  %841 = shufflevector <16 x float> %840, <16 x float> undef, <16 x i32> zeroinitializer
  %842 = mul nsw i64 %c3, 144
  %843 = add nsw i64 %842, %830
  %844 = add nsw i64 %843, 16
  %845 = getelementptr inbounds float, ptr %2, i64 %844
  %846 = load <16 x float>, ptr %845, align 4
  %847 = mul nsw i64 %6, 2448
  %848 = mul nsw i64 %828, 144
  %849 = add nsw i64 %847, %848
  %850 = add nsw i64 %849, %830
  %851 = add nsw i64 %850, 448
  %852 = getelementptr inbounds float, ptr %0, i64 %851
  %853 = load <16 x float>, ptr %852, align 4
  %854 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %841, <16 x float> %846, <16 x float> %853)
  store <16 x float> %854, ptr %852, align 4
  %855 = mul nsw i64 4, %c1
  %856 = add nsw i64 %855, 3
  %857 = mul nsw i64 64, %c2
  %858 = add nsw i64 %857, 0
  %859 = add nsw i64 %858, 32
  %860 = mul nsw i64 %6, 816
  %861 = mul nsw i64 %855, 48
  %862 = add nsw i64 %860, %861
  %863 = add nsw i64 %862, %c3
  %864 = add nsw i64 %863, 144
  %865 = getelementptr inbounds float, ptr %1, i64 %864
  %866 = load float, ptr %865, align 4
  %867 = insertelement <16 x float> undef, float %866, i32 0
  %868 = shufflevector <16 x float> %867, <16 x float> undef, <16 x i32> zeroinitializer
  %869 = mul nsw i64 %c3, 144
  %870 = add nsw i64 %869, %857
  %871 = add nsw i64 %870, 32
  %872 = getelementptr inbounds float, ptr %2, i64 %871
  %873 = load <16 x float>, ptr %872, align 4
  %874 = mul nsw i64 %6, 2448
  %875 = mul nsw i64 %855, 144
  %876 = add nsw i64 %874, %875
  %877 = add nsw i64 %876, %857
  %878 = add nsw i64 %877, 464
  %879 = getelementptr inbounds float, ptr %0, i64 %878
  %880 = load <16 x float>, ptr %879, align 4
  %881 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %868, <16 x float> %873, <16 x float> %880)
  store <16 x float> %881, ptr %879, align 4
  %882 = mul nsw i64 4, %c1
  %883 = add nsw i64 %882, 3
  %884 = mul nsw i64 64, %c2
  %885 = add nsw i64 %884, 0
  %886 = add nsw i64 %885, 48
  %887 = mul nsw i64 %6, 816
  %888 = mul nsw i64 %882, 48
  %889 = add nsw i64 %887, %888
  %890 = add nsw i64 %889, %c3
  %891 = add nsw i64 %890, 144
  %892 = getelementptr inbounds float, ptr %1, i64 %891
  %893 = load float, ptr %892, align 4
  %894 = insertelement <16 x float> undef, float %893, i32 0
  %895 = shufflevector <16 x float> %894, <16 x float> undef, <16 x i32> zeroinitializer
  %896 = mul nsw i64 %c3, 144
  %897 = add nsw i64 %896, %884
  %898 = add nsw i64 %897, 48
  %899 = getelementptr inbounds float, ptr %2, i64 %898
  %900 = load <16 x float>, ptr %899, align 4
  %901 = mul nsw i64 %6, 2448
  %902 = mul nsw i64 %882, 144
  %903 = add nsw i64 %901, %902
  %904 = add nsw i64 %903, %884
  %905 = add nsw i64 %904, 480
  %906 = getelementptr inbounds float, ptr %0, i64 %905
  %907 = load <16 x float>, ptr %906, align 4
  %908 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %895, <16 x float> %900, <16 x float> %907)
  store <16 x float> %908, ptr %906, align 4
  %909 = add nsw i64 %c3, 1
  %910 = icmp sle i64 %909, 47
  br i1 %910, label %loop6, label %endloop7

endloop7:                                         ; preds = %loop6, %then3
  br label %endif5

loop8:                                            ; preds = %loop8, %else4
  %c310 = phi i64 [ 1, %else4 ], [ %997, %loop8 ]
  %911 = mul nsw i64 4, %c1
  %912 = mul nsw i64 %6, 816
  %913 = mul nsw i64 %911, 48
  %914 = add nsw i64 %912, %913
  %915 = add nsw i64 %914, %c310
  %916 = getelementptr inbounds float, ptr %1, i64 %915
  %917 = load float, ptr %916, align 4
  %918 = insertelement <16 x float> undef, float %917, i32 0
  %919 = shufflevector <16 x float> %918, <16 x float> undef, <16 x i32> zeroinitializer
  %920 = mul nsw i64 %c310, 144
  %921 = add nsw i64 %920, 128
  %922 = getelementptr inbounds float, ptr %2, i64 %921
  %923 = load <16 x float>, ptr %922, align 4
  %924 = mul nsw i64 %6, 2448
  %925 = mul nsw i64 %911, 144
  %926 = add nsw i64 %924, %925
  %927 = add nsw i64 %926, 128
  %928 = getelementptr inbounds float, ptr %0, i64 %927
  %929 = load <16 x float>, ptr %928, align 4
  %930 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %919, <16 x float> %923, <16 x float> %929)
  store <16 x float> %930, ptr %928, align 4
  %931 = mul nsw i64 4, %c1
  %932 = add nsw i64 %931, 1
  %933 = mul nsw i64 %6, 816
  %934 = mul nsw i64 %931, 48
  %935 = add nsw i64 %933, %934
  %936 = add nsw i64 %935, %c310
  %937 = add nsw i64 %936, 48
  %938 = getelementptr inbounds float, ptr %1, i64 %937
  %939 = load float, ptr %938, align 4
  %940 = insertelement <16 x float> undef, float %939, i32 0
  %941 = shufflevector <16 x float> %940, <16 x float> undef, <16 x i32> zeroinitializer
  %942 = mul nsw i64 %c310, 144
  %943 = add nsw i64 %942, 128
  %944 = getelementptr inbounds float, ptr %2, i64 %943
  %945 = load <16 x float>, ptr %944, align 4
  %946 = mul nsw i64 %6, 2448
  %947 = mul nsw i64 %931, 144
  %948 = add nsw i64 %946, %947
  %949 = add nsw i64 %948, 272
  %950 = getelementptr inbounds float, ptr %0, i64 %949
  %951 = load <16 x float>, ptr %950, align 4
  %952 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %941, <16 x float> %945, <16 x float> %951)
  store <16 x float> %952, ptr %950, align 4
  %953 = mul nsw i64 4, %c1
  %954 = add nsw i64 %953, 2
  %955 = mul nsw i64 %6, 816
  %956 = mul nsw i64 %953, 48
  %957 = add nsw i64 %955, %956
  %958 = add nsw i64 %957, %c310
  %959 = add nsw i64 %958, 96
  %960 = getelementptr inbounds float, ptr %1, i64 %959
  %961 = load float, ptr %960, align 4
  %962 = insertelement <16 x float> undef, float %961, i32 0
  %963 = shufflevector <16 x float> %962, <16 x float> undef, <16 x i32> zeroinitializer
  %964 = mul nsw i64 %c310, 144
  %965 = add nsw i64 %964, 128
  %966 = getelementptr inbounds float, ptr %2, i64 %965
  %967 = load <16 x float>, ptr %966, align 4
  %968 = mul nsw i64 %6, 2448
  %969 = mul nsw i64 %953, 144
  %970 = add nsw i64 %968, %969
  %971 = add nsw i64 %970, 416
  %972 = getelementptr inbounds float, ptr %0, i64 %971
  %973 = load <16 x float>, ptr %972, align 4
  %974 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %963, <16 x float> %967, <16 x float> %973)
  store <16 x float> %974, ptr %972, align 4
  %975 = mul nsw i64 4, %c1
  %976 = add nsw i64 %975, 3
  %977 = mul nsw i64 %6, 816
  %978 = mul nsw i64 %975, 48
  %979 = add nsw i64 %977, %978
  %980 = add nsw i64 %979, %c310
  %981 = add nsw i64 %980, 144
  %982 = getelementptr inbounds float, ptr %1, i64 %981
  %983 = load float, ptr %982, align 4
  %984 = insertelement <16 x float> undef, float %983, i32 0
  %985 = shufflevector <16 x float> %984, <16 x float> undef, <16 x i32> zeroinitializer
  %986 = mul nsw i64 %c310, 144
  %987 = add nsw i64 %986, 128
  %988 = getelementptr inbounds float, ptr %2, i64 %987
  %989 = load <16 x float>, ptr %988, align 4
  %990 = mul nsw i64 %6, 2448
  %991 = mul nsw i64 %975, 144
  %992 = add nsw i64 %990, %991
  %993 = add nsw i64 %992, 560
  %994 = getelementptr inbounds float, ptr %0, i64 %993
  %995 = load <16 x float>, ptr %994, align 4
  %996 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %985, <16 x float> %989, <16 x float> %995)
  store <16 x float> %996, ptr %994, align 4
  %997 = add nsw i64 %c310, 1
  %998 = icmp sle i64 %997, 47
  br i1 %998, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %else4
  br label %endif5

loop11:                                           ; preds = %endif16, %else
  %c213 = phi i64 [ 0, %else ], [ %1091, %endif16 ]
  %999 = icmp sle i64 %c213, 1
  br i1 %999, label %then14, label %else15

endloop12:                                        ; preds = %endif16, %else
  br label %endif

then14:                                           ; preds = %loop11
  %1000 = mul nsw i64 64, %c213
  %1001 = add nsw i64 %1000, 0
  %1002 = mul nsw i64 %6, 816
  %1003 = add nsw i64 %1002, 768
  %1004 = getelementptr inbounds float, ptr %1, i64 %1003
  %1005 = load float, ptr %1004, align 4
  %1006 = insertelement <16 x float> undef, float %1005, i32 0
  %1007 = shufflevector <16 x float> %1006, <16 x float> undef, <16 x i32> zeroinitializer
  %1008 = getelementptr inbounds float, ptr %2, i64 %1000
  %1009 = load <16 x float>, ptr %1008, align 4
  %1010 = getelementptr inbounds float, ptr %3, i64 %1000
  %1011 = load <16 x float>, ptr %1010, align 4
  %1012 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1007, <16 x float> %1009, <16 x float> %1011)
  %1013 = mul nsw i64 %6, 2448
  %1014 = add nsw i64 %1013, %1000
  %1015 = add nsw i64 %1014, 2304
  %1016 = getelementptr inbounds float, ptr %0, i64 %1015
  store <16 x float> %1012, ptr %1016, align 4
  %1017 = mul nsw i64 64, %c213
  %1018 = add nsw i64 %1017, 0
  %1019 = add nsw i64 %1018, 16
  %1020 = mul nsw i64 %6, 816
  %1021 = add nsw i64 %1020, 768
  %1022 = getelementptr inbounds float, ptr %1, i64 %1021
  %1023 = load float, ptr %1022, align 4
  %1024 = insertelement <16 x float> undef, float %1023, i32 0
  %1025 = shufflevector <16 x float> %1024, <16 x float> undef, <16 x i32> zeroinitializer
  %1026 = add nsw i64 %1017, 16
  %1027 = getelementptr inbounds float, ptr %2, i64 %1026
  %1028 = load <16 x float>, ptr %1027, align 4
  %1029 = add nsw i64 %1017, 16
  %1030 = getelementptr inbounds float, ptr %3, i64 %1029
  %1031 = load <16 x float>, ptr %1030, align 4
  %1032 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1025, <16 x float> %1028, <16 x float> %1031)
  %1033 = mul nsw i64 %6, 2448
  %1034 = add nsw i64 %1033, %1017
  %1035 = add nsw i64 %1034, 2320
  %1036 = getelementptr inbounds float, ptr %0, i64 %1035
  store <16 x float> %1032, ptr %1036, align 4
  %1037 = mul nsw i64 64, %c213
  %1038 = add nsw i64 %1037, 0
  %1039 = add nsw i64 %1038, 32
  %1040 = mul nsw i64 %6, 816
  %1041 = add nsw i64 %1040, 768
  %1042 = getelementptr inbounds float, ptr %1, i64 %1041
  %1043 = load float, ptr %1042, align 4
  %1044 = insertelement <16 x float> undef, float %1043, i32 0
  %1045 = shufflevector <16 x float> %1044, <16 x float> undef, <16 x i32> zeroinitializer
  %1046 = add nsw i64 %1037, 32
  %1047 = getelementptr inbounds float, ptr %2, i64 %1046
  %1048 = load <16 x float>, ptr %1047, align 4
  %1049 = add nsw i64 %1037, 32
  %1050 = getelementptr inbounds float, ptr %3, i64 %1049
  %1051 = load <16 x float>, ptr %1050, align 4
  %1052 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1045, <16 x float> %1048, <16 x float> %1051)
  %1053 = mul nsw i64 %6, 2448
  %1054 = add nsw i64 %1053, %1037
  %1055 = add nsw i64 %1054, 2336
  %1056 = getelementptr inbounds float, ptr %0, i64 %1055
  store <16 x float> %1052, ptr %1056, align 4
  %1057 = mul nsw i64 64, %c213
  %1058 = add nsw i64 %1057, 0
  %1059 = add nsw i64 %1058, 48
  %1060 = mul nsw i64 %6, 816
  %1061 = add nsw i64 %1060, 768
  %1062 = getelementptr inbounds float, ptr %1, i64 %1061
  %1063 = load float, ptr %1062, align 4
  %1064 = insertelement <16 x float> undef, float %1063, i32 0
  %1065 = shufflevector <16 x float> %1064, <16 x float> undef, <16 x i32> zeroinitializer
  %1066 = add nsw i64 %1057, 48
  %1067 = getelementptr inbounds float, ptr %2, i64 %1066
  %1068 = load <16 x float>, ptr %1067, align 4
  %1069 = add nsw i64 %1057, 48
  %1070 = getelementptr inbounds float, ptr %3, i64 %1069
  %1071 = load <16 x float>, ptr %1070, align 4
  %1072 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1065, <16 x float> %1068, <16 x float> %1071)
  %1073 = mul nsw i64 %6, 2448
  %1074 = add nsw i64 %1073, %1057
  %1075 = add nsw i64 %1074, 2352
  %1076 = getelementptr inbounds float, ptr %0, i64 %1075
  store <16 x float> %1072, ptr %1076, align 4
  br i1 true, label %loop17, label %endloop18

else15:                                           ; preds = %loop11
  %1077 = mul nsw i64 %6, 816
  %1078 = add nsw i64 %1077, 768
  %1079 = getelementptr inbounds float, ptr %1, i64 %1078
  %1080 = load float, ptr %1079, align 4
  %1081 = insertelement <16 x float> undef, float %1080, i32 0
  %1082 = shufflevector <16 x float> %1081, <16 x float> undef, <16 x i32> zeroinitializer
  %1083 = getelementptr inbounds float, ptr %2, i64 128
  %1084 = load <16 x float>, ptr %1083, align 4
  %1085 = getelementptr inbounds float, ptr %3, i64 128
  %1086 = load <16 x float>, ptr %1085, align 4
  %1087 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1082, <16 x float> %1084, <16 x float> %1086)
  %1088 = mul nsw i64 %6, 2448
  %1089 = add nsw i64 %1088, 2432
  %1090 = getelementptr inbounds float, ptr %0, i64 %1089
  store <16 x float> %1087, ptr %1090, align 4
  br i1 true, label %loop20, label %endloop21

endif16:                                          ; preds = %endloop21, %endloop18
  %1091 = add nsw i64 %c213, 1
  %1092 = icmp sle i64 %1091, 2
  br i1 %1092, label %loop11, label %endloop12

loop17:                                           ; preds = %loop17, %then14
  %c319 = phi i64 [ 1, %then14 ], [ %1175, %loop17 ]
  %1093 = mul nsw i64 64, %c213
  %1094 = add nsw i64 %1093, 0
  %1095 = mul nsw i64 %6, 816
  %1096 = add nsw i64 %1095, %c319
  %1097 = add nsw i64 %1096, 768
  %1098 = getelementptr inbounds float, ptr %1, i64 %1097
  %1099 = load float, ptr %1098, align 4
  %1100 = insertelement <16 x float> undef, float %1099, i32 0
  %1101 = shufflevector <16 x float> %1100, <16 x float> undef, <16 x i32> zeroinitializer
  %1102 = mul nsw i64 %c319, 144
  %1103 = add nsw i64 %1102, %1093
  %1104 = getelementptr inbounds float, ptr %2, i64 %1103
  %1105 = load <16 x float>, ptr %1104, align 4
  %1106 = mul nsw i64 %6, 2448
  %1107 = add nsw i64 %1106, %1093
  %1108 = add nsw i64 %1107, 2304
  %1109 = getelementptr inbounds float, ptr %0, i64 %1108
  %1110 = load <16 x float>, ptr %1109, align 4
  %1111 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1101, <16 x float> %1105, <16 x float> %1110)
  store <16 x float> %1111, ptr %1109, align 4
  %1112 = mul nsw i64 64, %c213
  %1113 = add nsw i64 %1112, 0
  %1114 = add nsw i64 %1113, 16
  %1115 = mul nsw i64 %6, 816
  %1116 = add nsw i64 %1115, %c319
  %1117 = add nsw i64 %1116, 768
  %1118 = getelementptr inbounds float, ptr %1, i64 %1117
  %1119 = load float, ptr %1118, align 4
  %1120 = insertelement <16 x float> undef, float %1119, i32 0
  %1121 = shufflevector <16 x float> %1120, <16 x float> undef, <16 x i32> zeroinitializer
  %1122 = mul nsw i64 %c319, 144
  %1123 = add nsw i64 %1122, %1112
  %1124 = add nsw i64 %1123, 16
  %1125 = getelementptr inbounds float, ptr %2, i64 %1124
  %1126 = load <16 x float>, ptr %1125, align 4
  %1127 = mul nsw i64 %6, 2448
  %1128 = add nsw i64 %1127, %1112
  %1129 = add nsw i64 %1128, 2320
  %1130 = getelementptr inbounds float, ptr %0, i64 %1129
  %1131 = load <16 x float>, ptr %1130, align 4
  %1132 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1121, <16 x float> %1126, <16 x float> %1131)
  store <16 x float> %1132, ptr %1130, align 4
  %1133 = mul nsw i64 64, %c213
  %1134 = add nsw i64 %1133, 0
  %1135 = add nsw i64 %1134, 32
  %1136 = mul nsw i64 %6, 816
  %1137 = add nsw i64 %1136, %c319
  %1138 = add nsw i64 %1137, 768
  %1139 = getelementptr inbounds float, ptr %1, i64 %1138
  %1140 = load float, ptr %1139, align 4
  %1141 = insertelement <16 x float> undef, float %1140, i32 0
  %1142 = shufflevector <16 x float> %1141, <16 x float> undef, <16 x i32> zeroinitializer
  %1143 = mul nsw i64 %c319, 144
  %1144 = add nsw i64 %1143, %1133
  %1145 = add nsw i64 %1144, 32
  %1146 = getelementptr inbounds float, ptr %2, i64 %1145
  %1147 = load <16 x float>, ptr %1146, align 4
  %1148 = mul nsw i64 %6, 2448
  %1149 = add nsw i64 %1148, %1133
  %1150 = add nsw i64 %1149, 2336
  %1151 = getelementptr inbounds float, ptr %0, i64 %1150
  %1152 = load <16 x float>, ptr %1151, align 4
  %1153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1142, <16 x float> %1147, <16 x float> %1152)
  store <16 x float> %1153, ptr %1151, align 4
  %1154 = mul nsw i64 64, %c213
  %1155 = add nsw i64 %1154, 0
  %1156 = add nsw i64 %1155, 48
  %1157 = mul nsw i64 %6, 816
  %1158 = add nsw i64 %1157, %c319
  %1159 = add nsw i64 %1158, 768
  %1160 = getelementptr inbounds float, ptr %1, i64 %1159
  %1161 = load float, ptr %1160, align 4
  %1162 = insertelement <16 x float> undef, float %1161, i32 0
  %1163 = shufflevector <16 x float> %1162, <16 x float> undef, <16 x i32> zeroinitializer
  %1164 = mul nsw i64 %c319, 144
  %1165 = add nsw i64 %1164, %1154
  %1166 = add nsw i64 %1165, 48
  %1167 = getelementptr inbounds float, ptr %2, i64 %1166
  %1168 = load <16 x float>, ptr %1167, align 4
  %1169 = mul nsw i64 %6, 2448
  %1170 = add nsw i64 %1169, %1154
  %1171 = add nsw i64 %1170, 2352
  %1172 = getelementptr inbounds float, ptr %0, i64 %1171
  %1173 = load <16 x float>, ptr %1172, align 4
  %1174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1163, <16 x float> %1168, <16 x float> %1173)
  store <16 x float> %1174, ptr %1172, align 4
  %1175 = add nsw i64 %c319, 1
  %1176 = icmp sle i64 %1175, 47
  br i1 %1176, label %loop17, label %endloop18

endloop18:                                        ; preds = %loop17, %then14
  br label %endif16

loop20:                                           ; preds = %loop20, %else15
  %c322 = phi i64 [ 1, %else15 ], [ %1193, %loop20 ]
  %1177 = mul nsw i64 %6, 816
  %1178 = add nsw i64 %1177, %c322
  %1179 = add nsw i64 %1178, 768
  %1180 = getelementptr inbounds float, ptr %1, i64 %1179
  %1181 = load float, ptr %1180, align 4
  %1182 = insertelement <16 x float> undef, float %1181, i32 0
  %1183 = shufflevector <16 x float> %1182, <16 x float> undef, <16 x i32> zeroinitializer
  %1184 = mul nsw i64 %c322, 144
  %1185 = add nsw i64 %1184, 128
  %1186 = getelementptr inbounds float, ptr %2, i64 %1185
  %1187 = load <16 x float>, ptr %1186, align 4
  %1188 = mul nsw i64 %6, 2448
  %1189 = add nsw i64 %1188, 2432
  %1190 = getelementptr inbounds float, ptr %0, i64 %1189
  %1191 = load <16 x float>, ptr %1190, align 4
  %1192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1183, <16 x float> %1187, <16 x float> %1191)
  store <16 x float> %1192, ptr %1190, align 4
  %1193 = add nsw i64 %c322, 1
  %1194 = icmp sle i64 %1193, 47
  br i1 %1194, label %loop20, label %endloop21

endloop21:                                        ; preds = %loop20, %else15
  br label %endif16
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

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
  %c3 = phi i64 [ 0, %then ], [ %210, %endif5 ]
  %18 = icmp eq i64 %c3, 0
  br i1 %18, label %then3, label %else4

endloop2:                                         ; preds = %endif5, %then
  br label %endif

then3:                                            ; preds = %loop1
  %19 = mul nsw i64 4, %c2
  %20 = mul nsw i64 %5, 2448
  %21 = mul nsw i64 %6, 16
  %22 = add nsw i64 %20, %21
  %23 = mul nsw i64 %19, 144
  %24 = add nsw i64 %22, %23
  %25 = getelementptr inbounds float, ptr %1, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = insertelement <16 x float> undef, float %26, i32 0
  %28 = shufflevector <16 x float> %27, <16 x float> undef, <16 x i32> zeroinitializer
  %29 = mul nsw i64 %5, 816
  %30 = mul nsw i64 %6, 272
  %31 = add nsw i64 %29, %30
  %32 = getelementptr inbounds float, ptr %2, i64 %31
  %33 = load <16 x float>, ptr %32, align 4
  %34 = fmul <16 x float> %28, %33
  %35 = mul nsw i64 %5, 867
  %36 = mul nsw i64 %6, 289
  %37 = add nsw i64 %35, %36
  %38 = mul nsw i64 %19, 17
  %39 = add nsw i64 %37, %38
  %40 = getelementptr inbounds float, ptr %0, i64 %39
  store <16 x float> %34, ptr %40, align 4
  %41 = mul nsw i64 4, %c2
  %42 = add nsw i64 %41, 1
  %43 = mul nsw i64 %5, 2448
  %44 = mul nsw i64 %6, 16
  %45 = add nsw i64 %43, %44
  %46 = mul nsw i64 %41, 144
  %47 = add nsw i64 %45, %46
  %48 = add nsw i64 %47, 144
  %49 = getelementptr inbounds float, ptr %1, i64 %48
  %50 = load float, ptr %49, align 4
  %51 = insertelement <16 x float> undef, float %50, i32 0
  %52 = shufflevector <16 x float> %51, <16 x float> undef, <16 x i32> zeroinitializer
  %53 = mul nsw i64 %5, 816
  %54 = mul nsw i64 %6, 272
  %55 = add nsw i64 %53, %54
  %56 = getelementptr inbounds float, ptr %2, i64 %55
  %57 = load <16 x float>, ptr %56, align 4
  %58 = fmul <16 x float> %52, %57
  %59 = mul nsw i64 %5, 867
  %60 = mul nsw i64 %6, 289
  %61 = add nsw i64 %59, %60
  %62 = mul nsw i64 %41, 17
  %63 = add nsw i64 %61, %62
  %64 = add nsw i64 %63, 17
  %65 = getelementptr inbounds float, ptr %0, i64 %64
  store <16 x float> %58, ptr %65, align 4
  %66 = mul nsw i64 4, %c2
  %67 = add nsw i64 %66, 2
  %68 = mul nsw i64 %5, 2448
  %69 = mul nsw i64 %6, 16
  %70 = add nsw i64 %68, %69
  %71 = mul nsw i64 %66, 144
  %72 = add nsw i64 %70, %71
  %73 = add nsw i64 %72, 288
  %74 = getelementptr inbounds float, ptr %1, i64 %73
  %75 = load float, ptr %74, align 4
  %76 = insertelement <16 x float> undef, float %75, i32 0
  %77 = shufflevector <16 x float> %76, <16 x float> undef, <16 x i32> zeroinitializer
  %78 = mul nsw i64 %5, 816
  %79 = mul nsw i64 %6, 272
  %80 = add nsw i64 %78, %79
  %81 = getelementptr inbounds float, ptr %2, i64 %80
  %82 = load <16 x float>, ptr %81, align 4
  %83 = fmul <16 x float> %77, %82
  %84 = mul nsw i64 %5, 867
  %85 = mul nsw i64 %6, 289
  %86 = add nsw i64 %84, %85
  %87 = mul nsw i64 %66, 17
  %88 = add nsw i64 %86, %87
  %89 = add nsw i64 %88, 34
  %90 = getelementptr inbounds float, ptr %0, i64 %89
  store <16 x float> %83, ptr %90, align 4
  %91 = mul nsw i64 4, %c2
  %92 = add nsw i64 %91, 3
  %93 = mul nsw i64 %5, 2448
  %94 = mul nsw i64 %6, 16
  %95 = add nsw i64 %93, %94
  %96 = mul nsw i64 %91, 144
  %97 = add nsw i64 %95, %96
  %98 = add nsw i64 %97, 432
  %99 = getelementptr inbounds float, ptr %1, i64 %98
  %100 = load float, ptr %99, align 4
  %101 = insertelement <16 x float> undef, float %100, i32 0
  %102 = shufflevector <16 x float> %101, <16 x float> undef, <16 x i32> zeroinitializer
  %103 = mul nsw i64 %5, 816
  %104 = mul nsw i64 %6, 272
  %105 = add nsw i64 %103, %104
  %106 = getelementptr inbounds float, ptr %2, i64 %105
  %107 = load <16 x float>, ptr %106, align 4
  %108 = fmul <16 x float> %102, %107
  %109 = mul nsw i64 %5, 867
  %110 = mul nsw i64 %6, 289
  %111 = add nsw i64 %109, %110
  %112 = mul nsw i64 %91, 17
  %113 = add nsw i64 %111, %112
  %114 = add nsw i64 %113, 51
  %115 = getelementptr inbounds float, ptr %0, i64 %114
  store <16 x float> %108, ptr %115, align 4
  br i1 true, label %loop6, label %endloop7

else4:                                            ; preds = %loop1
  %116 = mul nsw i64 4, %c2
  %117 = mul nsw i64 %5, 2448
  %118 = mul nsw i64 %6, 16
  %119 = add nsw i64 %117, %118
  %120 = mul nsw i64 %116, 144
  %121 = add nsw i64 %119, %120
  %122 = getelementptr inbounds float, ptr %1, i64 %121
  %123 = load float, ptr %122, align 4
  %124 = mul nsw i64 %5, 816
  %125 = mul nsw i64 %6, 272
  %126 = add nsw i64 %124, %125
  %127 = add nsw i64 %126, 16
  %128 = getelementptr inbounds float, ptr %2, i64 %127
  %129 = load float, ptr %128, align 4
  %130 = fmul float %123, %129
  %131 = mul nsw i64 %5, 867
  %132 = mul nsw i64 %6, 289
  %133 = add nsw i64 %131, %132
  %134 = mul nsw i64 %116, 17
  %135 = add nsw i64 %133, %134
  %136 = add nsw i64 %135, 16
  %137 = getelementptr inbounds float, ptr %0, i64 %136
  store float %130, ptr %137, align 4
  %138 = mul nsw i64 4, %c2
  %139 = add nsw i64 %138, 1
  %140 = mul nsw i64 %5, 2448
  %141 = mul nsw i64 %6, 16
  %142 = add nsw i64 %140, %141
  %143 = mul nsw i64 %138, 144
  %144 = add nsw i64 %142, %143
  %145 = add nsw i64 %144, 144
  %146 = getelementptr inbounds float, ptr %1, i64 %145
  %147 = load float, ptr %146, align 4
  %148 = mul nsw i64 %5, 816
  %149 = mul nsw i64 %6, 272
  %150 = add nsw i64 %148, %149
  %151 = add nsw i64 %150, 16
  %152 = getelementptr inbounds float, ptr %2, i64 %151
  %153 = load float, ptr %152, align 4
  %154 = fmul float %147, %153
  %155 = mul nsw i64 %5, 867
  %156 = mul nsw i64 %6, 289
  %157 = add nsw i64 %155, %156
  %158 = mul nsw i64 %138, 17
  %159 = add nsw i64 %157, %158
  %160 = add nsw i64 %159, 33
  %161 = getelementptr inbounds float, ptr %0, i64 %160
  store float %154, ptr %161, align 4
  %162 = mul nsw i64 4, %c2
  %163 = add nsw i64 %162, 2
  %164 = mul nsw i64 %5, 2448
  %165 = mul nsw i64 %6, 16
  %166 = add nsw i64 %164, %165
  %167 = mul nsw i64 %162, 144
  %168 = add nsw i64 %166, %167
  %169 = add nsw i64 %168, 288
  %170 = getelementptr inbounds float, ptr %1, i64 %169
  %171 = load float, ptr %170, align 4
  %172 = mul nsw i64 %5, 816
  %173 = mul nsw i64 %6, 272
  %174 = add nsw i64 %172, %173
  %175 = add nsw i64 %174, 16
  %176 = getelementptr inbounds float, ptr %2, i64 %175
  %177 = load float, ptr %176, align 4
  %178 = fmul float %171, %177
  %179 = mul nsw i64 %5, 867
  %180 = mul nsw i64 %6, 289
  %181 = add nsw i64 %179, %180
  %182 = mul nsw i64 %162, 17
  %183 = add nsw i64 %181, %182
  %184 = add nsw i64 %183, 50
  %185 = getelementptr inbounds float, ptr %0, i64 %184
  store float %178, ptr %185, align 4
  %186 = mul nsw i64 4, %c2
  %187 = add nsw i64 %186, 3
  %188 = mul nsw i64 %5, 2448
  %189 = mul nsw i64 %6, 16
  %190 = add nsw i64 %188, %189
  %191 = mul nsw i64 %186, 144
  %192 = add nsw i64 %190, %191
  %193 = add nsw i64 %192, 432
  %194 = getelementptr inbounds float, ptr %1, i64 %193
  %195 = load float, ptr %194, align 4
  %196 = mul nsw i64 %5, 816
  %197 = mul nsw i64 %6, 272
  %198 = add nsw i64 %196, %197
  %199 = add nsw i64 %198, 16
  %200 = getelementptr inbounds float, ptr %2, i64 %199
  %201 = load float, ptr %200, align 4
  %202 = fmul float %195, %201
  %203 = mul nsw i64 %5, 867
  %204 = mul nsw i64 %6, 289
  %205 = add nsw i64 %203, %204
  %206 = mul nsw i64 %186, 17
  %207 = add nsw i64 %205, %206
  %208 = add nsw i64 %207, 67
  %209 = getelementptr inbounds float, ptr %0, i64 %208
  store float %202, ptr %209, align 4
  br i1 true, label %loop8, label %endloop9

endif5:                                           ; preds = %endloop9, %endloop7
  %210 = add nsw i64 %c3, 1
  %211 = icmp sle i64 %210, 1
  br i1 %211, label %loop1, label %endloop2

loop6:                                            ; preds = %loop6, %then3
  %c4 = phi i64 [ 1, %then3 ], [ %325, %loop6 ]
  %212 = mul nsw i64 4, %c2
  %213 = mul nsw i64 %5, 2448
  %214 = mul nsw i64 %6, 16
  %215 = add nsw i64 %213, %214
  %216 = mul nsw i64 %212, 144
  %217 = add nsw i64 %215, %216
  %218 = add nsw i64 %217, %c4
  %219 = getelementptr inbounds float, ptr %1, i64 %218
  %220 = load float, ptr %219, align 4
  %221 = insertelement <16 x float> undef, float %220, i32 0
  %222 = shufflevector <16 x float> %221, <16 x float> undef, <16 x i32> zeroinitializer
  %223 = mul nsw i64 %5, 816
  %224 = mul nsw i64 %6, 272
  %225 = add nsw i64 %223, %224
  %226 = mul nsw i64 %c4, 17
  %227 = add nsw i64 %225, %226
  %228 = getelementptr inbounds float, ptr %2, i64 %227
  %229 = load <16 x float>, ptr %228, align 4
  %230 = mul nsw i64 %5, 867
  %231 = mul nsw i64 %6, 289
  %232 = add nsw i64 %230, %231
  %233 = mul nsw i64 %212, 17
  %234 = add nsw i64 %232, %233
  %235 = getelementptr inbounds float, ptr %0, i64 %234
  %236 = load <16 x float>, ptr %235, align 4
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %222, <16 x float> %229, <16 x float> %236)
  store <16 x float> %237, ptr %235, align 4
  %238 = mul nsw i64 4, %c2
  %239 = add nsw i64 %238, 1
  %240 = mul nsw i64 %5, 2448
  %241 = mul nsw i64 %6, 16
  %242 = add nsw i64 %240, %241
  %243 = mul nsw i64 %238, 144
  %244 = add nsw i64 %242, %243
  %245 = add nsw i64 %244, %c4
  %246 = add nsw i64 %245, 144
  %247 = getelementptr inbounds float, ptr %1, i64 %246
  %248 = load float, ptr %247, align 4
  %249 = insertelement <16 x float> undef, float %248, i32 0
  %250 = shufflevector <16 x float> %249, <16 x float> undef, <16 x i32> zeroinitializer
  %251 = mul nsw i64 %5, 816
  %252 = mul nsw i64 %6, 272
  %253 = add nsw i64 %251, %252
  %254 = mul nsw i64 %c4, 17
  %255 = add nsw i64 %253, %254
  %256 = getelementptr inbounds float, ptr %2, i64 %255
  %257 = load <16 x float>, ptr %256, align 4
  %258 = mul nsw i64 %5, 867
  %259 = mul nsw i64 %6, 289
  %260 = add nsw i64 %258, %259
  %261 = mul nsw i64 %238, 17
  %262 = add nsw i64 %260, %261
  %263 = add nsw i64 %262, 17
  %264 = getelementptr inbounds float, ptr %0, i64 %263
  %265 = load <16 x float>, ptr %264, align 4
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %250, <16 x float> %257, <16 x float> %265)
  store <16 x float> %266, ptr %264, align 4
  %267 = mul nsw i64 4, %c2
  %268 = add nsw i64 %267, 2
  %269 = mul nsw i64 %5, 2448
  %270 = mul nsw i64 %6, 16
  %271 = add nsw i64 %269, %270
  %272 = mul nsw i64 %267, 144
  %273 = add nsw i64 %271, %272
  %274 = add nsw i64 %273, %c4
  %275 = add nsw i64 %274, 288
  %276 = getelementptr inbounds float, ptr %1, i64 %275
  %277 = load float, ptr %276, align 4
  %278 = insertelement <16 x float> undef, float %277, i32 0
  %279 = shufflevector <16 x float> %278, <16 x float> undef, <16 x i32> zeroinitializer
  %280 = mul nsw i64 %5, 816
  %281 = mul nsw i64 %6, 272
  %282 = add nsw i64 %280, %281
  %283 = mul nsw i64 %c4, 17
  %284 = add nsw i64 %282, %283
  %285 = getelementptr inbounds float, ptr %2, i64 %284
  %286 = load <16 x float>, ptr %285, align 4
  %287 = mul nsw i64 %5, 867
  %288 = mul nsw i64 %6, 289
  %289 = add nsw i64 %287, %288
  %290 = mul nsw i64 %267, 17
  %291 = add nsw i64 %289, %290
  %292 = add nsw i64 %291, 34
  %293 = getelementptr inbounds float, ptr %0, i64 %292
  %294 = load <16 x float>, ptr %293, align 4
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %279, <16 x float> %286, <16 x float> %294)
  store <16 x float> %295, ptr %293, align 4
  %296 = mul nsw i64 4, %c2
  %297 = add nsw i64 %296, 3
  %298 = mul nsw i64 %5, 2448
  %299 = mul nsw i64 %6, 16
  %300 = add nsw i64 %298, %299
  %301 = mul nsw i64 %296, 144
  %302 = add nsw i64 %300, %301
  %303 = add nsw i64 %302, %c4
  %304 = add nsw i64 %303, 432
  %305 = getelementptr inbounds float, ptr %1, i64 %304
  %306 = load float, ptr %305, align 4
  %307 = insertelement <16 x float> undef, float %306, i32 0
  %308 = shufflevector <16 x float> %307, <16 x float> undef, <16 x i32> zeroinitializer
  %309 = mul nsw i64 %5, 816
  %310 = mul nsw i64 %6, 272
  %311 = add nsw i64 %309, %310
  %312 = mul nsw i64 %c4, 17
  %313 = add nsw i64 %311, %312
  %314 = getelementptr inbounds float, ptr %2, i64 %313
  %315 = load <16 x float>, ptr %314, align 4
  %316 = mul nsw i64 %5, 867
  %317 = mul nsw i64 %6, 289
  %318 = add nsw i64 %316, %317
  %319 = mul nsw i64 %296, 17
  %320 = add nsw i64 %318, %319
  %321 = add nsw i64 %320, 51
  %322 = getelementptr inbounds float, ptr %0, i64 %321
  %323 = load <16 x float>, ptr %322, align 4
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %308, <16 x float> %315, <16 x float> %323)
  store <16 x float> %324, ptr %322, align 4
  %325 = add nsw i64 %c4, 1
  %326 = icmp sle i64 %325, 15
  br i1 %326, label %loop6, label %endloop7

endloop7:                                         ; preds = %loop6, %then3
  br label %endif5

loop8:                                            ; preds = %loop8, %else4
  %c410 = phi i64 [ 1, %else4 ], [ %437, %loop8 ]
  %327 = mul nsw i64 4, %c2
  %328 = mul nsw i64 %5, 2448
  %329 = mul nsw i64 %6, 16
  %330 = add nsw i64 %328, %329
  %331 = mul nsw i64 %327, 144
  %332 = add nsw i64 %330, %331
  %333 = add nsw i64 %332, %c410
  %334 = getelementptr inbounds float, ptr %1, i64 %333
  %335 = load float, ptr %334, align 4
  %336 = mul nsw i64 %5, 816
  %337 = mul nsw i64 %6, 272
  %338 = add nsw i64 %336, %337
  %339 = mul nsw i64 %c410, 17
  %340 = add nsw i64 %338, %339
  %341 = add nsw i64 %340, 16
  %342 = getelementptr inbounds float, ptr %2, i64 %341
  %343 = load float, ptr %342, align 4
  %344 = mul nsw i64 %5, 867
  %345 = mul nsw i64 %6, 289
  %346 = add nsw i64 %344, %345
  %347 = mul nsw i64 %327, 17
  %348 = add nsw i64 %346, %347
  %349 = add nsw i64 %348, 16
  %350 = getelementptr inbounds float, ptr %0, i64 %349
  %351 = load float, ptr %350, align 4
  %352 = call float @llvm.fmuladd.f32(float %335, float %343, float %351)
  store float %352, ptr %350, align 4
  %353 = mul nsw i64 4, %c2
  %354 = add nsw i64 %353, 1
  %355 = mul nsw i64 %5, 2448
  %356 = mul nsw i64 %6, 16
  %357 = add nsw i64 %355, %356
  %358 = mul nsw i64 %353, 144
  %359 = add nsw i64 %357, %358
  %360 = add nsw i64 %359, %c410
  %361 = add nsw i64 %360, 144
  %362 = getelementptr inbounds float, ptr %1, i64 %361
  %363 = load float, ptr %362, align 4
  %364 = mul nsw i64 %5, 816
  %365 = mul nsw i64 %6, 272
  %366 = add nsw i64 %364, %365
  %367 = mul nsw i64 %c410, 17
  %368 = add nsw i64 %366, %367
  %369 = add nsw i64 %368, 16
  %370 = getelementptr inbounds float, ptr %2, i64 %369
  %371 = load float, ptr %370, align 4
  %372 = mul nsw i64 %5, 867
  %373 = mul nsw i64 %6, 289
  %374 = add nsw i64 %372, %373
  %375 = mul nsw i64 %353, 17
  %376 = add nsw i64 %374, %375
  %377 = add nsw i64 %376, 33
  %378 = getelementptr inbounds float, ptr %0, i64 %377
  %379 = load float, ptr %378, align 4
  %380 = call float @llvm.fmuladd.f32(float %363, float %371, float %379)
  store float %380, ptr %378, align 4
  %381 = mul nsw i64 4, %c2
  %382 = add nsw i64 %381, 2
  %383 = mul nsw i64 %5, 2448
  %384 = mul nsw i64 %6, 16
  %385 = add nsw i64 %383, %384
  %386 = mul nsw i64 %381, 144
  %387 = add nsw i64 %385, %386
  %388 = add nsw i64 %387, %c410
  %389 = add nsw i64 %388, 288
  %390 = getelementptr inbounds float, ptr %1, i64 %389
  %391 = load float, ptr %390, align 4
  %392 = mul nsw i64 %5, 816
  %393 = mul nsw i64 %6, 272
  %394 = add nsw i64 %392, %393
  %395 = mul nsw i64 %c410, 17
  %396 = add nsw i64 %394, %395
  %397 = add nsw i64 %396, 16
  %398 = getelementptr inbounds float, ptr %2, i64 %397
  %399 = load float, ptr %398, align 4
  %400 = mul nsw i64 %5, 867
  %401 = mul nsw i64 %6, 289
  %402 = add nsw i64 %400, %401
  %403 = mul nsw i64 %381, 17
  %404 = add nsw i64 %402, %403
  %405 = add nsw i64 %404, 50
  %406 = getelementptr inbounds float, ptr %0, i64 %405
  %407 = load float, ptr %406, align 4
  %408 = call float @llvm.fmuladd.f32(float %391, float %399, float %407)
  store float %408, ptr %406, align 4
  %409 = mul nsw i64 4, %c2
  %410 = add nsw i64 %409, 3
  %411 = mul nsw i64 %5, 2448
  %412 = mul nsw i64 %6, 16
  %413 = add nsw i64 %411, %412
  %414 = mul nsw i64 %409, 144
  %415 = add nsw i64 %413, %414
  %416 = add nsw i64 %415, %c410
  %417 = add nsw i64 %416, 432
  %418 = getelementptr inbounds float, ptr %1, i64 %417
  %419 = load float, ptr %418, align 4
  %420 = mul nsw i64 %5, 816
  %421 = mul nsw i64 %6, 272
  %422 = add nsw i64 %420, %421
  %423 = mul nsw i64 %c410, 17
  %424 = add nsw i64 %422, %423
  %425 = add nsw i64 %424, 16
  %426 = getelementptr inbounds float, ptr %2, i64 %425
  %427 = load float, ptr %426, align 4
  %428 = mul nsw i64 %5, 867
  %429 = mul nsw i64 %6, 289
  %430 = add nsw i64 %428, %429
  %431 = mul nsw i64 %409, 17
  %432 = add nsw i64 %430, %431
  %433 = add nsw i64 %432, 67
  %434 = getelementptr inbounds float, ptr %0, i64 %433
  %435 = load float, ptr %434, align 4
  %436 = call float @llvm.fmuladd.f32(float %419, float %427, float %435)
  store float %436, ptr %434, align 4
  %437 = add nsw i64 %c410, 1
  %438 = icmp sle i64 %437, 15
  br i1 %438, label %loop8, label %endloop9, !llvm.loop !0

endloop9:                                         ; preds = %loop8, %else4
  br label %endif5

loop11:                                           ; preds = %endif16, %else
  %c313 = phi i64 [ 0, %else ], [ %477, %endif16 ]
  %439 = icmp eq i64 %c313, 0
  br i1 %439, label %then14, label %else15

endloop12:                                        ; preds = %endif16, %else
  br label %endif

then14:                                           ; preds = %loop11
  %440 = mul nsw i64 %5, 2448
  %441 = mul nsw i64 %6, 16
  %442 = add nsw i64 %440, %441
  %443 = add nsw i64 %442, 2304
  %444 = getelementptr inbounds float, ptr %1, i64 %443
  %445 = load float, ptr %444, align 4
  %446 = insertelement <16 x float> undef, float %445, i32 0
  %447 = shufflevector <16 x float> %446, <16 x float> undef, <16 x i32> zeroinitializer
  %448 = mul nsw i64 %5, 816
  %449 = mul nsw i64 %6, 272
  %450 = add nsw i64 %448, %449
  %451 = getelementptr inbounds float, ptr %2, i64 %450
  %452 = load <16 x float>, ptr %451, align 4
  %453 = fmul <16 x float> %447, %452
  %454 = mul nsw i64 %5, 867
  %455 = mul nsw i64 %6, 289
  %456 = add nsw i64 %454, %455
  %457 = add nsw i64 %456, 272
  %458 = getelementptr inbounds float, ptr %0, i64 %457
  store <16 x float> %453, ptr %458, align 4
  br i1 true, label %loop17, label %endloop18

else15:                                           ; preds = %loop11
  %459 = mul nsw i64 %5, 2448
  %460 = mul nsw i64 %6, 16
  %461 = add nsw i64 %459, %460
  %462 = add nsw i64 %461, 2304
  %463 = getelementptr inbounds float, ptr %1, i64 %462
  %464 = load float, ptr %463, align 4
  %465 = mul nsw i64 %5, 816
  %466 = mul nsw i64 %6, 272
  %467 = add nsw i64 %465, %466
  %468 = add nsw i64 %467, 16
  %469 = getelementptr inbounds float, ptr %2, i64 %468
  %470 = load float, ptr %469, align 4
  %471 = fmul float %464, %470
  %472 = mul nsw i64 %5, 867
  %473 = mul nsw i64 %6, 289
  %474 = add nsw i64 %472, %473
  %475 = add nsw i64 %474, 288
  %476 = getelementptr inbounds float, ptr %0, i64 %475
  store float %471, ptr %476, align 4
  br i1 true, label %loop20, label %endloop21

endif16:                                          ; preds = %endloop21, %endloop18
  %477 = add nsw i64 %c313, 1
  %478 = icmp sle i64 %477, 1
  br i1 %478, label %loop11, label %endloop12

loop17:                                           ; preds = %loop17, %then14
  %c419 = phi i64 [ 1, %then14 ], [ %502, %loop17 ]
  %479 = mul nsw i64 %5, 2448
  %480 = mul nsw i64 %6, 16
  %481 = add nsw i64 %479, %480
  %482 = add nsw i64 %481, %c419
  %483 = add nsw i64 %482, 2304
  %484 = getelementptr inbounds float, ptr %1, i64 %483
  %485 = load float, ptr %484, align 4
  %486 = insertelement <16 x float> undef, float %485, i32 0
  %487 = shufflevector <16 x float> %486, <16 x float> undef, <16 x i32> zeroinitializer
  %488 = mul nsw i64 %5, 816
  %489 = mul nsw i64 %6, 272
  %490 = add nsw i64 %488, %489
  %491 = mul nsw i64 %c419, 17
  %492 = add nsw i64 %490, %491
  %493 = getelementptr inbounds float, ptr %2, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = mul nsw i64 %5, 867
  %496 = mul nsw i64 %6, 289
  %497 = add nsw i64 %495, %496
  %498 = add nsw i64 %497, 272
  %499 = getelementptr inbounds float, ptr %0, i64 %498
  %500 = load <16 x float>, ptr %499, align 4
  %501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %487, <16 x float> %494, <16 x float> %500)
  store <16 x float> %501, ptr %499, align 4
  %502 = add nsw i64 %c419, 1
  %503 = icmp sle i64 %502, 15
  br i1 %503, label %loop17, label %endloop18

endloop18:                                        ; preds = %loop17, %then14
  br label %endif16

loop20:                                           ; preds = %loop20, %else15
  %c422 = phi i64 [ 1, %else15 ], [ %526, %loop20 ]
  %504 = mul nsw i64 %5, 2448
  %505 = mul nsw i64 %6, 16
  %506 = add nsw i64 %504, %505
  %507 = add nsw i64 %506, %c422
  %508 = add nsw i64 %507, 2304
  %509 = getelementptr inbounds float, ptr %1, i64 %508
  %510 = load float, ptr %509, align 4
  %511 = mul nsw i64 %5, 816
  %512 = mul nsw i64 %6, 272
  %513 = add nsw i64 %511, %512
  %514 = mul nsw i64 %c422, 17
  %515 = add nsw i64 %513, %514
  %516 = add nsw i64 %515, 16
  %517 = getelementptr inbounds float, ptr %2, i64 %516
  %518 = load float, ptr %517, align 4
  %519 = mul nsw i64 %5, 867
  %520 = mul nsw i64 %6, 289
  %521 = add nsw i64 %519, %520
  %522 = add nsw i64 %521, 288
  %523 = getelementptr inbounds float, ptr %0, i64 %522
  %524 = load float, ptr %523, align 4
  %525 = call float @llvm.fmuladd.f32(float %510, float %518, float %524)
  store float %525, ptr %523, align 4
  %526 = add nsw i64 %c422, 1
  %527 = icmp sle i64 %526, 15
  br i1 %527, label %loop20, label %endloop21, !llvm.loop !2

endloop21:                                        ; preds = %loop20, %else15
  br label %endif16
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

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
!2 = distinct !{!2, !1}
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
  %c2 = phi i64 [ %10, %entry ], [ %137, %endif ]
  %15 = icmp sle i64 %c2, 3
  br i1 %15, label %then, label %else

endloop:                                          ; preds = %endif, %entry
  ret void

then:                                             ; preds = %loop
  %16 = mul nsw i64 4, %c2
  %17 = mul nsw i64 %5, 867
  %18 = mul nsw i64 %6, 289
  %19 = add nsw i64 %17, %18
  %20 = mul nsw i64 %16, 17
  %21 = add nsw i64 %19, %20
  %22 = getelementptr inbounds float, ptr %1, i64 %21
  %23 = load float, ptr %22, align 4
  %24 = insertelement <16 x float> undef, float %23, i32 0
  %25 = shufflevector <16 x float> %24, <16 x float> undef, <16 x i32> zeroinitializer
  %26 = mul nsw i64 %5, 2448
  %27 = mul nsw i64 %6, 16
  %28 = add nsw i64 %26, %27
  %29 = add nsw i64 %28, 96
  %30 = getelementptr inbounds float, ptr %2, i64 %29
  %31 = load <16 x float>, ptr %30, align 4
  %32 = fmul <16 x float> %25, %31
  %33 = mul nsw i64 %5, 816
  %34 = mul nsw i64 %6, 16
  %35 = add nsw i64 %33, %34
  %36 = mul nsw i64 %16, 48
  %37 = add nsw i64 %35, %36
  %38 = getelementptr inbounds float, ptr %0, i64 %37
  store <16 x float> %32, ptr %38, align 4
  %39 = mul nsw i64 4, %c2
  %40 = add nsw i64 %39, 1
  %41 = mul nsw i64 %5, 867
  %42 = mul nsw i64 %6, 289
  %43 = add nsw i64 %41, %42
  %44 = mul nsw i64 %39, 17
  %45 = add nsw i64 %43, %44
  %46 = add nsw i64 %45, 17
  %47 = getelementptr inbounds float, ptr %1, i64 %46
  %48 = load float, ptr %47, align 4
  %49 = insertelement <16 x float> undef, float %48, i32 0
  %50 = shufflevector <16 x float> %49, <16 x float> undef, <16 x i32> zeroinitializer
  %51 = mul nsw i64 %5, 2448
  %52 = mul nsw i64 %6, 16
  %53 = add nsw i64 %51, %52
  %54 = add nsw i64 %53, 96
  %55 = getelementptr inbounds float, ptr %2, i64 %54
  %56 = load <16 x float>, ptr %55, align 4
  %57 = fmul <16 x float> %50, %56
  %58 = mul nsw i64 %5, 816
  %59 = mul nsw i64 %6, 16
  %60 = add nsw i64 %58, %59
  %61 = mul nsw i64 %39, 48
  %62 = add nsw i64 %60, %61
  %63 = add nsw i64 %62, 48
  %64 = getelementptr inbounds float, ptr %0, i64 %63
  store <16 x float> %57, ptr %64, align 4
  %65 = mul nsw i64 4, %c2
  %66 = add nsw i64 %65, 2
  %67 = mul nsw i64 %5, 867
  %68 = mul nsw i64 %6, 289
  %69 = add nsw i64 %67, %68
  %70 = mul nsw i64 %65, 17
  %71 = add nsw i64 %69, %70
  %72 = add nsw i64 %71, 34
  %73 = getelementptr inbounds float, ptr %1, i64 %72
  %74 = load float, ptr %73, align 4
  %75 = insertelement <16 x float> undef, float %74, i32 0
  %76 = shufflevector <16 x float> %75, <16 x float> undef, <16 x i32> zeroinitializer
  %77 = mul nsw i64 %5, 2448
  %78 = mul nsw i64 %6, 16
  %79 = add nsw i64 %77, %78
  %80 = add nsw i64 %79, 96
  %81 = getelementptr inbounds float, ptr %2, i64 %80
  %82 = load <16 x float>, ptr %81, align 4
  %83 = fmul <16 x float> %76, %82
  %84 = mul nsw i64 %5, 816
  %85 = mul nsw i64 %6, 16
  %86 = add nsw i64 %84, %85
  %87 = mul nsw i64 %65, 48
  %88 = add nsw i64 %86, %87
  %89 = add nsw i64 %88, 96
  %90 = getelementptr inbounds float, ptr %0, i64 %89
  store <16 x float> %83, ptr %90, align 4
  %91 = mul nsw i64 4, %c2
  %92 = add nsw i64 %91, 3
  %93 = mul nsw i64 %5, 867
  %94 = mul nsw i64 %6, 289
  %95 = add nsw i64 %93, %94
  %96 = mul nsw i64 %91, 17
  %97 = add nsw i64 %95, %96
  %98 = add nsw i64 %97, 51
  %99 = getelementptr inbounds float, ptr %1, i64 %98
  %100 = load float, ptr %99, align 4
  %101 = insertelement <16 x float> undef, float %100, i32 0
  %102 = shufflevector <16 x float> %101, <16 x float> undef, <16 x i32> zeroinitializer
  %103 = mul nsw i64 %5, 2448
  %104 = mul nsw i64 %6, 16
  %105 = add nsw i64 %103, %104
  %106 = add nsw i64 %105, 96
  %107 = getelementptr inbounds float, ptr %2, i64 %106
  %108 = load <16 x float>, ptr %107, align 4
  %109 = fmul <16 x float> %102, %108
  %110 = mul nsw i64 %5, 816
  %111 = mul nsw i64 %6, 16
  %112 = add nsw i64 %110, %111
  %113 = mul nsw i64 %91, 48
  %114 = add nsw i64 %112, %113
  %115 = add nsw i64 %114, 144
  %116 = getelementptr inbounds float, ptr %0, i64 %115
  store <16 x float> %109, ptr %116, align 4
  br i1 true, label %loop1, label %endloop2

else:                                             ; preds = %loop
  %117 = mul nsw i64 %5, 867
  %118 = mul nsw i64 %6, 289
  %119 = add nsw i64 %117, %118
  %120 = add nsw i64 %119, 272
  %121 = getelementptr inbounds float, ptr %1, i64 %120
  %122 = load float, ptr %121, align 4
  %123 = insertelement <16 x float> undef, float %122, i32 0
  %124 = shufflevector <16 x float> %123, <16 x float> undef, <16 x i32> zeroinitializer
  %125 = mul nsw i64 %5, 2448
  %126 = mul nsw i64 %6, 16
  %127 = add nsw i64 %125, %126
  %128 = add nsw i64 %127, 96
  %129 = getelementptr inbounds float, ptr %2, i64 %128
  %130 = load <16 x float>, ptr %129, align 4
  %131 = fmul <16 x float> %124, %130
  %132 = mul nsw i64 %5, 816
  %133 = mul nsw i64 %6, 16
  %134 = add nsw i64 %132, %133
  %135 = add nsw i64 %134, 768
  %136 = getelementptr inbounds float, ptr %0, i64 %135
  store <16 x float> %131, ptr %136, align 4
  br i1 true, label %loop3, label %endloop4

endif:                                            ; preds = %endloop4, %endloop2
  %137 = add nsw i64 %c2, 1
  %138 = icmp sle i64 %137, %13
  br i1 %138, label %loop, label %endloop

loop1:                                            ; preds = %loop1, %then
  %c4 = phi i64 [ 1, %then ], [ %256, %loop1 ]
  %139 = mul nsw i64 4, %c2
  %140 = mul nsw i64 %5, 867
  %141 = mul nsw i64 %6, 289
  %142 = add nsw i64 %140, %141
  %143 = mul nsw i64 %139, 17
  %144 = add nsw i64 %142, %143
  %145 = add nsw i64 %144, %c4
  %146 = getelementptr inbounds float, ptr %1, i64 %145
  %147 = load float, ptr %146, align 4
  %148 = insertelement <16 x float> undef, float %147, i32 0
  %149 = shufflevector <16 x float> %148, <16 x float> undef, <16 x i32> zeroinitializer
  %150 = mul nsw i64 %5, 2448
  %151 = mul nsw i64 %6, 16
  %152 = add nsw i64 %150, %151
  %153 = mul nsw i64 %c4, 144
  %154 = add nsw i64 %152, %153
  %155 = add nsw i64 %154, 96
  %156 = getelementptr inbounds float, ptr %2, i64 %155
  %157 = load <16 x float>, ptr %156, align 4
  %158 = mul nsw i64 %5, 816
  %159 = mul nsw i64 %6, 16
  %160 = add nsw i64 %158, %159
  %161 = mul nsw i64 %139, 48
  %162 = add nsw i64 %160, %161
  %163 = getelementptr inbounds float, ptr %0, i64 %162
  %164 = load <16 x float>, ptr %163, align 4
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %149, <16 x float> %157, <16 x float> %164)
  store <16 x float> %165, ptr %163, align 4
  %166 = mul nsw i64 4, %c2
  %167 = add nsw i64 %166, 1
  %168 = mul nsw i64 %5, 867
  %169 = mul nsw i64 %6, 289
  %170 = add nsw i64 %168, %169
  %171 = mul nsw i64 %166, 17
  %172 = add nsw i64 %170, %171
  %173 = add nsw i64 %172, %c4
  %174 = add nsw i64 %173, 17
  %175 = getelementptr inbounds float, ptr %1, i64 %174
  %176 = load float, ptr %175, align 4
  %177 = insertelement <16 x float> undef, float %176, i32 0
  %178 = shufflevector <16 x float> %177, <16 x float> undef, <16 x i32> zeroinitializer
  %179 = mul nsw i64 %5, 2448
  %180 = mul nsw i64 %6, 16
  %181 = add nsw i64 %179, %180
  %182 = mul nsw i64 %c4, 144
  %183 = add nsw i64 %181, %182
  %184 = add nsw i64 %183, 96
  %185 = getelementptr inbounds float, ptr %2, i64 %184
  %186 = load <16 x float>, ptr %185, align 4
  %187 = mul nsw i64 %5, 816
  %188 = mul nsw i64 %6, 16
  %189 = add nsw i64 %187, %188
  %190 = mul nsw i64 %166, 48
  %191 = add nsw i64 %189, %190
  %192 = add nsw i64 %191, 48
  %193 = getelementptr inbounds float, ptr %0, i64 %192
  %194 = load <16 x float>, ptr %193, align 4
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %178, <16 x float> %186, <16 x float> %194)
  store <16 x float> %195, ptr %193, align 4
  %196 = mul nsw i64 4, %c2
  %197 = add nsw i64 %196, 2
  %198 = mul nsw i64 %5, 867
  %199 = mul nsw i64 %6, 289
  %200 = add nsw i64 %198, %199
  %201 = mul nsw i64 %196, 17
  %202 = add nsw i64 %200, %201
  %203 = add nsw i64 %202, %c4
  %204 = add nsw i64 %203, 34
  %205 = getelementptr inbounds float, ptr %1, i64 %204
  %206 = load float, ptr %205, align 4
  %207 = insertelement <16 x float> undef, float %206, i32 0
  %208 = shufflevector <16 x float> %207, <16 x float> undef, <16 x i32> zeroinitializer
  %209 = mul nsw i64 %5, 2448
  %210 = mul nsw i64 %6, 16
  %211 = add nsw i64 %209, %210
  %212 = mul nsw i64 %c4, 144
  %213 = add nsw i64 %211, %212
  %214 = add nsw i64 %213, 96
  %215 = getelementptr inbounds float, ptr %2, i64 %214
  %216 = load <16 x float>, ptr %215, align 4
  %217 = mul nsw i64 %5, 816
  %218 = mul nsw i64 %6, 16
  %219 = add nsw i64 %217, %218
  %220 = mul nsw i64 %196, 48
  %221 = add nsw i64 %219, %220
  %222 = add nsw i64 %221, 96
  %223 = getelementptr inbounds float, ptr %0, i64 %222
  %224 = load <16 x float>, ptr %223, align 4
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %208, <16 x float> %216, <16 x float> %224)
  store <16 x float> %225, ptr %223, align 4
  %226 = mul nsw i64 4, %c2
  %227 = add nsw i64 %226, 3
  %228 = mul nsw i64 %5, 867
  %229 = mul nsw i64 %6, 289
  %230 = add nsw i64 %228, %229
  %231 = mul nsw i64 %226, 17
  %232 = add nsw i64 %230, %231
  %233 = add nsw i64 %232, %c4
  %234 = add nsw i64 %233, 51
  %235 = getelementptr inbounds float, ptr %1, i64 %234
  %236 = load float, ptr %235, align 4
  %237 = insertelement <16 x float> undef, float %236, i32 0
  %238 = shufflevector <16 x float> %237, <16 x float> undef, <16 x i32> zeroinitializer
  %239 = mul nsw i64 %5, 2448
  %240 = mul nsw i64 %6, 16
  %241 = add nsw i64 %239, %240
  %242 = mul nsw i64 %c4, 144
  %243 = add nsw i64 %241, %242
  %244 = add nsw i64 %243, 96
  %245 = getelementptr inbounds float, ptr %2, i64 %244
  %246 = load <16 x float>, ptr %245, align 4
  %247 = mul nsw i64 %5, 816
  %248 = mul nsw i64 %6, 16
  %249 = add nsw i64 %247, %248
  %250 = mul nsw i64 %226, 48
  %251 = add nsw i64 %249, %250
  %252 = add nsw i64 %251, 144
  %253 = getelementptr inbounds float, ptr %0, i64 %252
  %254 = load <16 x float>, ptr %253, align 4
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %238, <16 x float> %246, <16 x float> %254)
  store <16 x float> %255, ptr %253, align 4
  %256 = add nsw i64 %c4, 1
  %257 = icmp sle i64 %256, 16
  br i1 %257, label %loop1, label %endloop2

endloop2:                                         ; preds = %loop1, %then
  br label %endif

loop3:                                            ; preds = %loop3, %else
  %c45 = phi i64 [ 1, %else ], [ %282, %loop3 ]
  %258 = mul nsw i64 %5, 867
  %259 = mul nsw i64 %6, 289
  %260 = add nsw i64 %258, %259
  %261 = add nsw i64 %260, %c45
  %262 = add nsw i64 %261, 272
  %263 = getelementptr inbounds float, ptr %1, i64 %262
  %264 = load float, ptr %263, align 4
  %265 = insertelement <16 x float> undef, float %264, i32 0
  %266 = shufflevector <16 x float> %265, <16 x float> undef, <16 x i32> zeroinitializer
  %267 = mul nsw i64 %5, 2448
  %268 = mul nsw i64 %6, 16
  %269 = add nsw i64 %267, %268
  %270 = mul nsw i64 %c45, 144
  %271 = add nsw i64 %269, %270
  %272 = add nsw i64 %271, 96
  %273 = getelementptr inbounds float, ptr %2, i64 %272
  %274 = load <16 x float>, ptr %273, align 4
  %275 = mul nsw i64 %5, 816
  %276 = mul nsw i64 %6, 16
  %277 = add nsw i64 %275, %276
  %278 = add nsw i64 %277, 768
  %279 = getelementptr inbounds float, ptr %0, i64 %278
  %280 = load <16 x float>, ptr %279, align 4
  %281 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %266, <16 x float> %274, <16 x float> %280)
  store <16 x float> %281, ptr %279, align 4
  %282 = add nsw i64 %c45, 1
  %283 = icmp sle i64 %282, 16
  br i1 %283, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %else
  br label %endif
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

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
  %25 = mul nsw i64 16, %c2
  %26 = add nsw i64 %25, 0
  %27 = mul nsw i64 %c03, 816
  %28 = mul nsw i64 %c1, 48
  %29 = add nsw i64 %27, %28
  %30 = add nsw i64 %29, %25
  %31 = getelementptr inbounds float, ptr %2, i64 %30
  %32 = load <16 x float>, ptr %31, align 4
  %33 = mul nsw i64 %c03, 816
  %34 = mul nsw i64 %c1, 48
  %35 = add nsw i64 %33, %34
  %36 = add nsw i64 %35, %25
  %37 = getelementptr inbounds float, ptr %6, i64 %36
  %38 = load <16 x float>, ptr %37, align 4
  %39 = fadd <16 x float> %32, %38
  %40 = mul nsw i64 %c03, 816
  %41 = mul nsw i64 %c1, 48
  %42 = add nsw i64 %40, %41
  %43 = add nsw i64 %42, %25
  %44 = getelementptr inbounds float, ptr %2, i64 %43
  store <16 x float> %39, ptr %44, align 4
  %45 = add nsw i64 %c2, 1
  %46 = icmp sle i64 %45, 2
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
  %c2 = phi i64 [ 0, %then ], [ %207, %endloop4 ]
  %19 = mul nsw i64 4, %c1
  %20 = mul nsw i64 16, %c2
  %21 = add nsw i64 %20, 0
  %22 = mul nsw i64 %7, 816
  %23 = mul nsw i64 %19, 48
  %24 = add nsw i64 %22, %23
  %25 = getelementptr inbounds float, ptr %1, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = insertelement <16 x float> undef, float %26, i32 0
  %28 = shufflevector <16 x float> %27, <16 x float> undef, <16 x i32> zeroinitializer
  %29 = getelementptr inbounds float, ptr %2, i64 %20
  %30 = load <16 x float>, ptr %29, align 4
  %31 = getelementptr inbounds float, ptr %3, i64 %20
  %32 = load <16 x float>, ptr %31, align 4
  %33 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %28, <16 x float> %30, <16 x float> %32)
  %34 = mul nsw i64 %7, 816
  %35 = mul nsw i64 %19, 48
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %20
  %38 = getelementptr inbounds float, ptr %0, i64 %37
  store <16 x float> %33, ptr %38, align 4
  %39 = mul nsw i64 4, %c1
  %40 = add nsw i64 %39, 1
  %41 = mul nsw i64 16, %c2
  %42 = add nsw i64 %41, 0
  %43 = mul nsw i64 %7, 816
  %44 = mul nsw i64 %39, 48
  %45 = add nsw i64 %43, %44
  %46 = add nsw i64 %45, 48
  %47 = getelementptr inbounds float, ptr %1, i64 %46
  %48 = load float, ptr %47, align 4
  %49 = insertelement <16 x float> undef, float %48, i32 0
  %50 = shufflevector <16 x float> %49, <16 x float> undef, <16 x i32> zeroinitializer
  %51 = getelementptr inbounds float, ptr %2, i64 %41
  %52 = load <16 x float>, ptr %51, align 4
  %53 = getelementptr inbounds float, ptr %3, i64 %41
  %54 = load <16 x float>, ptr %53, align 4
  %55 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %50, <16 x float> %52, <16 x float> %54)
  %56 = mul nsw i64 %7, 816
  %57 = mul nsw i64 %39, 48
  %58 = add nsw i64 %56, %57
  %59 = add nsw i64 %58, %41
  %60 = add nsw i64 %59, 48
  %61 = getelementptr inbounds float, ptr %0, i64 %60
  store <16 x float> %55, ptr %61, align 4
  %62 = mul nsw i64 4, %c1
  %63 = add nsw i64 %62, 2
  %64 = mul nsw i64 16, %c2
  %65 = add nsw i64 %64, 0
  %66 = mul nsw i64 %7, 816
  %67 = mul nsw i64 %62, 48
  %68 = add nsw i64 %66, %67
  %69 = add nsw i64 %68, 96
  %70 = getelementptr inbounds float, ptr %1, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = insertelement <16 x float> undef, float %71, i32 0
  %73 = shufflevector <16 x float> %72, <16 x float> undef, <16 x i32> zeroinitializer
  %74 = getelementptr inbounds float, ptr %2, i64 %64
  %75 = load <16 x float>, ptr %74, align 4
  %76 = getelementptr inbounds float, ptr %3, i64 %64
  %77 = load <16 x float>, ptr %76, align 4
  %78 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %73, <16 x float> %75, <16 x float> %77)
  %79 = mul nsw i64 %7, 816
  %80 = mul nsw i64 %62, 48
  %81 = add nsw i64 %79, %80
  %82 = add nsw i64 %81, %64
  %83 = add nsw i64 %82, 96
  %84 = getelementptr inbounds float, ptr %0, i64 %83
  store <16 x float> %78, ptr %84, align 4
  %85 = mul nsw i64 4, %c1
  %86 = add nsw i64 %85, 3
  %87 = mul nsw i64 16, %c2
  %88 = add nsw i64 %87, 0
  %89 = mul nsw i64 %7, 816
  %90 = mul nsw i64 %85, 48
  %91 = add nsw i64 %89, %90
  %92 = add nsw i64 %91, 144
  %93 = getelementptr inbounds float, ptr %1, i64 %92
  %94 = load float, ptr %93, align 4
  %95 = insertelement <16 x float> undef, float %94, i32 0
  %96 = shufflevector <16 x float> %95, <16 x float> undef, <16 x i32> zeroinitializer
  %97 = getelementptr inbounds float, ptr %2, i64 %87
  %98 = load <16 x float>, ptr %97, align 4
  %99 = getelementptr inbounds float, ptr %3, i64 %87
  %100 = load <16 x float>, ptr %99, align 4
  %101 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %96, <16 x float> %98, <16 x float> %100)
  %102 = mul nsw i64 %7, 816
  %103 = mul nsw i64 %85, 48
  %104 = add nsw i64 %102, %103
  %105 = add nsw i64 %104, %87
  %106 = add nsw i64 %105, 144
  %107 = getelementptr inbounds float, ptr %0, i64 %106
  store <16 x float> %101, ptr %107, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %then
  br label %endif

loop3:                                            ; preds = %loop3, %loop1
  %c3 = phi i64 [ 1, %loop1 ], [ %205, %loop3 ]
  %108 = mul nsw i64 4, %c1
  %109 = mul nsw i64 16, %c2
  %110 = add nsw i64 %109, 0
  %111 = mul nsw i64 %7, 816
  %112 = mul nsw i64 %108, 48
  %113 = add nsw i64 %111, %112
  %114 = add nsw i64 %113, %c3
  %115 = getelementptr inbounds float, ptr %1, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = insertelement <16 x float> undef, float %116, i32 0
  %118 = shufflevector <16 x float> %117, <16 x float> undef, <16 x i32> zeroinitializer
  %119 = mul nsw i64 %c3, 48
  %120 = add nsw i64 %119, %109
  %121 = getelementptr inbounds float, ptr %2, i64 %120
  %122 = load <16 x float>, ptr %121, align 4
  %123 = mul nsw i64 %7, 816
  %124 = mul nsw i64 %108, 48
  %125 = add nsw i64 %123, %124
  %126 = add nsw i64 %125, %109
  %127 = getelementptr inbounds float, ptr %0, i64 %126
  %128 = load <16 x float>, ptr %127, align 4
  %129 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %118, <16 x float> %122, <16 x float> %128)
  store <16 x float> %129, ptr %127, align 4
  %130 = mul nsw i64 4, %c1
  %131 = add nsw i64 %130, 1
  %132 = mul nsw i64 16, %c2
  %133 = add nsw i64 %132, 0
  %134 = mul nsw i64 %7, 816
  %135 = mul nsw i64 %130, 48
  %136 = add nsw i64 %134, %135
  %137 = add nsw i64 %136, %c3
  %138 = add nsw i64 %137, 48
  %139 = getelementptr inbounds float, ptr %1, i64 %138
  %140 = load float, ptr %139, align 4
  %141 = insertelement <16 x float> undef, float %140, i32 0
  %142 = shufflevector <16 x float> %141, <16 x float> undef, <16 x i32> zeroinitializer
  %143 = mul nsw i64 %c3, 48
  %144 = add nsw i64 %143, %132
  %145 = getelementptr inbounds float, ptr %2, i64 %144
  %146 = load <16 x float>, ptr %145, align 4
  %147 = mul nsw i64 %7, 816
  %148 = mul nsw i64 %130, 48
  %149 = add nsw i64 %147, %148
  %150 = add nsw i64 %149, %132
  %151 = add nsw i64 %150, 48
  %152 = getelementptr inbounds float, ptr %0, i64 %151
  %153 = load <16 x float>, ptr %152, align 4
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %142, <16 x float> %146, <16 x float> %153)
  store <16 x float> %154, ptr %152, align 4
  %155 = mul nsw i64 4, %c1
  %156 = add nsw i64 %155, 2
  %157 = mul nsw i64 16, %c2
  %158 = add nsw i64 %157, 0
  %159 = mul nsw i64 %7, 816
  %160 = mul nsw i64 %155, 48
  %161 = add nsw i64 %159, %160
  %162 = add nsw i64 %161, %c3
  %163 = add nsw i64 %162, 96
  %164 = getelementptr inbounds float, ptr %1, i64 %163
  %165 = load float, ptr %164, align 4
  %166 = insertelement <16 x float> undef, float %165, i32 0
  %167 = shufflevector <16 x float> %166, <16 x float> undef, <16 x i32> zeroinitializer
  %168 = mul nsw i64 %c3, 48
  %169 = add nsw i64 %168, %157
  %170 = getelementptr inbounds float, ptr %2, i64 %169
  %171 = load <16 x float>, ptr %170, align 4
  %172 = mul nsw i64 %7, 816
  %173 = mul nsw i64 %155, 48
  %174 = add nsw i64 %172, %173
  %175 = add nsw i64 %174, %157
  %176 = add nsw i64 %175, 96
  %177 = getelementptr inbounds float, ptr %0, i64 %176
  %178 = load <16 x float>, ptr %177, align 4
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %167, <16 x float> %171, <16 x float> %178)
  store <16 x float> %179, ptr %177, align 4
  %180 = mul nsw i64 4, %c1
  %181 = add nsw i64 %180, 3
  %182 = mul nsw i64 16, %c2
  %183 = add nsw i64 %182, 0
  %184 = mul nsw i64 %7, 816
  %185 = mul nsw i64 %180, 48
  %186 = add nsw i64 %184, %185
  %187 = add nsw i64 %186, %c3
  %188 = add nsw i64 %187, 144
  %189 = getelementptr inbounds float, ptr %1, i64 %188
  %190 = load float, ptr %189, align 4
  %191 = insertelement <16 x float> undef, float %190, i32 0
  %192 = shufflevector <16 x float> %191, <16 x float> undef, <16 x i32> zeroinitializer
  %193 = mul nsw i64 %c3, 48
  %194 = add nsw i64 %193, %182
  %195 = getelementptr inbounds float, ptr %2, i64 %194
  %196 = load <16 x float>, ptr %195, align 4
  %197 = mul nsw i64 %7, 816
  %198 = mul nsw i64 %180, 48
  %199 = add nsw i64 %197, %198
  %200 = add nsw i64 %199, %182
  %201 = add nsw i64 %200, 144
  %202 = getelementptr inbounds float, ptr %0, i64 %201
  %203 = load <16 x float>, ptr %202, align 4
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %192, <16 x float> %196, <16 x float> %203)
  store <16 x float> %204, ptr %202, align 4
  %205 = add nsw i64 %c3, 1
  %206 = icmp sle i64 %205, 47
  br i1 %206, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %207 = add nsw i64 %c2, 1
  %208 = icmp sle i64 %207, 2
  br i1 %208, label %loop1, label %endloop2

loop5:                                            ; preds = %endloop9, %else
  %c27 = phi i64 [ 0, %else ], [ %247, %endloop9 ]
  %209 = mul nsw i64 16, %c27
  %210 = add nsw i64 %209, 0
  %211 = mul nsw i64 %7, 816
  %212 = add nsw i64 %211, 768
  %213 = getelementptr inbounds float, ptr %1, i64 %212
  %214 = load float, ptr %213, align 4
  %215 = insertelement <16 x float> undef, float %214, i32 0
  %216 = shufflevector <16 x float> %215, <16 x float> undef, <16 x i32> zeroinitializer
  %217 = getelementptr inbounds float, ptr %2, i64 %209
  %218 = load <16 x float>, ptr %217, align 4
  %219 = getelementptr inbounds float, ptr %3, i64 %209
  %220 = load <16 x float>, ptr %219, align 4
  %221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %216, <16 x float> %218, <16 x float> %220)
  %222 = mul nsw i64 %7, 816
  %223 = add nsw i64 %222, %209
  %224 = add nsw i64 %223, 768
  %225 = getelementptr inbounds float, ptr %0, i64 %224
  store <16 x float> %221, ptr %225, align 4
  br i1 true, label %loop8, label %endloop9

endloop6:                                         ; preds = %endloop9, %else
  br label %endif

loop8:                                            ; preds = %loop8, %loop5
  %c310 = phi i64 [ 1, %loop5 ], [ %245, %loop8 ]
  %226 = mul nsw i64 16, %c27
  %227 = add nsw i64 %226, 0
  %228 = mul nsw i64 %7, 816
  %229 = add nsw i64 %228, %c310
  %230 = add nsw i64 %229, 768
  %231 = getelementptr inbounds float, ptr %1, i64 %230
  %232 = load float, ptr %231, align 4
  %233 = insertelement <16 x float> undef, float %232, i32 0
  %234 = shufflevector <16 x float> %233, <16 x float> undef, <16 x i32> zeroinitializer
  %235 = mul nsw i64 %c310, 48
  %236 = add nsw i64 %235, %226
  %237 = getelementptr inbounds float, ptr %2, i64 %236
  %238 = load <16 x float>, ptr %237, align 4
  %239 = mul nsw i64 %7, 816
  %240 = add nsw i64 %239, %226
  %241 = add nsw i64 %240, 768
  %242 = getelementptr inbounds float, ptr %0, i64 %241
  %243 = load <16 x float>, ptr %242, align 4
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %234, <16 x float> %238, <16 x float> %243)
  store <16 x float> %244, ptr %242, align 4
  %245 = add nsw i64 %c310, 1
  %246 = icmp sle i64 %245, 47
  br i1 %246, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %loop5
  %247 = add nsw i64 %c27, 1
  %248 = icmp sle i64 %247, 2
  br i1 %248, label %loop5, label %endloop6
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

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
  %23 = mul nsw i64 16, %c2
  %24 = add nsw i64 %23, 0
  %25 = mul nsw i64 %c03, 1632
  %26 = mul nsw i64 %c1, 96
  %27 = add nsw i64 %25, %26
  %28 = add nsw i64 %27, %23
  %29 = getelementptr inbounds float, ptr %2, i64 %28
  %30 = load <16 x float>, ptr %29, align 4
  %31 = fmul <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>, %30
  %32 = mul nsw i64 %c03, 1632
  %33 = mul nsw i64 %c1, 96
  %34 = add nsw i64 %32, %33
  %35 = add nsw i64 %34, %23
  %36 = getelementptr inbounds float, ptr %2, i64 %35
  %37 = load <16 x float>, ptr %36, align 4
  %38 = fmul <16 x float> %37, <float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000>
  %39 = call <16 x float> @llvm.fabs.v16f32(<16 x float> %38)
  %40 = fcmp olt <16 x float> %39, <float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000, float 0x4001333340000000>
  %41 = fcmp olt <16 x float> %39, <float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000>
  %42 = select <16 x i1> %41, <16 x float> %39, <16 x float> <float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000, float 0x4010333340000000>
  %43 = select <16 x i1> %40, <16 x float> <float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000, float 0x3FF7FA0260000000>, <16 x float> <float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000, float 0x4008DE1320000000>
  %44 = fsub <16 x float> %42, %43
  %45 = select <16 x i1> %40, <16 x float> <float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000, float 0x3F5763A100000000>, <16 x float> <float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000, float 0x3ED1EF7FC0000000>
  %46 = select <16 x i1> %40, <16 x float> <float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000, float 0xBF63E3DDC0000000>, <16 x float> <float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000, float 0xBF191A19E0000000>
  %47 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %45, <16 x float> %44, <16 x float> %46)
  %48 = select <16 x i1> %40, <16 x float> <float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000, float 0xBF72D46BE0000000>, <16 x float> <float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000, float 0x3F33D20CC0000000>
  %49 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %47, <16 x float> %44, <16 x float> %48)
  %50 = select <16 x i1> %40, <16 x float> <float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000, float 0x3F93D987C0000000>, <16 x float> <float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000, float 0xBF4066FAC0000000>
  %51 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %49, <16 x float> %44, <16 x float> %50)
  %52 = select <16 x i1> %40, <16 x float> <float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000, float 0xBF8ED692C0000000>, <16 x float> <float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000, float 0x3F44205E00000000>
  %53 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %51, <16 x float> %44, <16 x float> %52)
  %54 = select <16 x i1> %40, <16 x float> <float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000, float 0xBFA6C77820000000>, <16 x float> <float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000, float 0xBF43BA9880000000>
  %55 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %53, <16 x float> %44, <16 x float> %54)
  %56 = select <16 x i1> %40, <16 x float> <float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000, float 0x3FC1CB37A0000000>, <16 x float> <float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000, float 0x3F3CD9D180000000>
  %57 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %55, <16 x float> %44, <16 x float> %56)
  %58 = select <16 x i1> %40, <16 x float> <float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000, float 0xBFC6E9A0E0000000>, <16 x float> <float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000, float 0xBF2D51D400000000>
  %59 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %57, <16 x float> %44, <16 x float> %58)
  %60 = select <16 x i1> %40, <16 x float> <float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000, float 0x3FBE947880000000>, <16 x float> <float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000, float 0x3F12CD93E0000000>
  %61 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %59, <16 x float> %44, <16 x float> %60)
  %62 = select <16 x i1> %40, <16 x float> <float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000, float 0x3FEEE8E7C0000000>, <16 x float> <float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000, float 0x3FEFFFE8E0000000>
  %63 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %61, <16 x float> %44, <16 x float> %62)
  %64 = call <16 x float> @llvm.copysign.v16f32(<16 x float> %63, <16 x float> %38)
  %65 = bitcast <16 x float> %39 to <16 x i32>
  %66 = add <16 x i32> %65, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %67 = icmp slt <16 x i32> %66, <i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383, i32 1071120383>
  %68 = fmul <16 x float> %38, %38
  %69 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000, float 0x3F13F612A0000000>, <16 x float> %68, <16 x float> <float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000, float 0xBF4A29AB40000000>)
  %70 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %69, <16 x float> %68, <16 x float> <float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000, float 0x3F754095C0000000>)
  %71 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %70, <16 x float> %68, <16 x float> <float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000, float 0xBF9B7FD640000000>)
  %72 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %71, <16 x float> %68, <16 x float> <float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000, float 0x3FBCE2D540000000>)
  %73 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %72, <16 x float> %68, <16 x float> <float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000, float 0xBFD8127400000000>)
  %74 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %73, <16 x float> %68, <16 x float> <float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000, float 0x3FC06EBA80000000>)
  %75 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %38, <16 x float> %74, <16 x float> %38)
  %76 = select <16 x i1> %67, <16 x float> %75, <16 x float> %64
  %77 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %76
  %78 = fmul <16 x float> %31, %77
  %79 = mul nsw i64 %c03, 1632
  %80 = mul nsw i64 %c1, 96
  %81 = add nsw i64 %79, %80
  %82 = add nsw i64 %81, %23
  %83 = getelementptr inbounds float, ptr %2, i64 %82
  store <16 x float> %78, ptr %83, align 4
  %84 = add nsw i64 %c2, 1
  %85 = icmp sle i64 %84, 5
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
  br i1 true, label %loop11, label %endloop12

endif:                                            ; preds = %endloop12, %endloop2
  %16 = add nsw i64 %c1, 1
  %17 = icmp sle i64 %16, %13
  br i1 %17, label %loop, label %endloop

loop1:                                            ; preds = %endif5, %then
  %c2 = phi i64 [ 0, %then ], [ %486, %endif5 ]
  %18 = icmp eq i64 %c2, 0
  br i1 %18, label %then3, label %else4

endloop2:                                         ; preds = %endif5, %then
  br label %endif

then3:                                            ; preds = %loop1
  %19 = mul nsw i64 4, %c1
  %20 = mul nsw i64 %6, 816
  %21 = mul nsw i64 %19, 48
  %22 = add nsw i64 %20, %21
  %23 = getelementptr inbounds float, ptr %1, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = insertelement <16 x float> undef, float %24, i32 0
  %26 = shufflevector <16 x float> %25, <16 x float> undef, <16 x i32> zeroinitializer
  %27 = getelementptr inbounds float, ptr %2, i64 0
  %28 = load <16 x float>, ptr %27, align 4
  %29 = getelementptr inbounds float, ptr %3, i64 0
  %30 = load <16 x float>, ptr %29, align 4
  %31 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %26, <16 x float> %28, <16 x float> %30)
  %32 = mul nsw i64 %6, 1632
  %33 = mul nsw i64 %19, 96
  %34 = add nsw i64 %32, %33
  %35 = getelementptr inbounds float, ptr %0, i64 %34
  store <16 x float> %31, ptr %35, align 4
  %36 = mul nsw i64 4, %c1
  %37 = mul nsw i64 %6, 816
  %38 = mul nsw i64 %36, 48
  %39 = add nsw i64 %37, %38
  %40 = getelementptr inbounds float, ptr %1, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = insertelement <16 x float> undef, float %41, i32 0
  %43 = shufflevector <16 x float> %42, <16 x float> undef, <16 x i32> zeroinitializer
  %44 = getelementptr inbounds float, ptr %2, i64 16
  %45 = load <16 x float>, ptr %44, align 4
  %46 = getelementptr inbounds float, ptr %3, i64 16
  %47 = load <16 x float>, ptr %46, align 4
  %48 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %43, <16 x float> %45, <16 x float> %47)
  %49 = mul nsw i64 %6, 1632
  %50 = mul nsw i64 %36, 96
  %51 = add nsw i64 %49, %50
  %52 = add nsw i64 %51, 16
  %53 = getelementptr inbounds float, ptr %0, i64 %52
  store <16 x float> %48, ptr %53, align 4
  %54 = mul nsw i64 4, %c1
  %55 = mul nsw i64 %6, 816
  %56 = mul nsw i64 %54, 48
  %57 = add nsw i64 %55, %56
  %58 = getelementptr inbounds float, ptr %1, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = insertelement <16 x float> undef, float %59, i32 0
  %61 = shufflevector <16 x float> %60, <16 x float> undef, <16 x i32> zeroinitializer
  %62 = getelementptr inbounds float, ptr %2, i64 32
  %63 = load <16 x float>, ptr %62, align 4
  %64 = getelementptr inbounds float, ptr %3, i64 32
  %65 = load <16 x float>, ptr %64, align 4
  %66 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %61, <16 x float> %63, <16 x float> %65)
  %67 = mul nsw i64 %6, 1632
  %68 = mul nsw i64 %54, 96
  %69 = add nsw i64 %67, %68
  %70 = add nsw i64 %69, 32
  %71 = getelementptr inbounds float, ptr %0, i64 %70
  store <16 x float> %66, ptr %71, align 4
  %72 = mul nsw i64 4, %c1
  %73 = mul nsw i64 %6, 816
  %74 = mul nsw i64 %72, 48
  %75 = add nsw i64 %73, %74
  %76 = getelementptr inbounds float, ptr %1, i64 %75
  %77 = load float, ptr %76, align 4
  %78 = insertelement <16 x float> undef, float %77, i32 0
  %79 = shufflevector <16 x float> %78, <16 x float> undef, <16 x i32> zeroinitializer
  %80 = getelementptr inbounds float, ptr %2, i64 48
  %81 = load <16 x float>, ptr %80, align 4
  %82 = getelementptr inbounds float, ptr %3, i64 48
  %83 = load <16 x float>, ptr %82, align 4
  %84 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %79, <16 x float> %81, <16 x float> %83)
  %85 = mul nsw i64 %6, 1632
  %86 = mul nsw i64 %72, 96
  %87 = add nsw i64 %85, %86
  %88 = add nsw i64 %87, 48
  %89 = getelementptr inbounds float, ptr %0, i64 %88
  store <16 x float> %84, ptr %89, align 4
  %90 = mul nsw i64 4, %c1
  %91 = add nsw i64 %90, 1
  %92 = mul nsw i64 %6, 816
  %93 = mul nsw i64 %90, 48
  %94 = add nsw i64 %92, %93
  %95 = add nsw i64 %94, 48
  %96 = getelementptr inbounds float, ptr %1, i64 %95
  %97 = load float, ptr %96, align 4
  %98 = insertelement <16 x float> undef, float %97, i32 0
  %99 = shufflevector <16 x float> %98, <16 x float> undef, <16 x i32> zeroinitializer
  %100 = getelementptr inbounds float, ptr %2, i64 0
  %101 = load <16 x float>, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %3, i64 0
  %103 = load <16 x float>, ptr %102, align 4
  %104 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %99, <16 x float> %101, <16 x float> %103)
  %105 = mul nsw i64 %6, 1632
  %106 = mul nsw i64 %90, 96
  %107 = add nsw i64 %105, %106
  %108 = add nsw i64 %107, 96
  %109 = getelementptr inbounds float, ptr %0, i64 %108
  store <16 x float> %104, ptr %109, align 4
  %110 = mul nsw i64 4, %c1
  %111 = add nsw i64 %110, 1
  %112 = mul nsw i64 %6, 816
  %113 = mul nsw i64 %110, 48
  %114 = add nsw i64 %112, %113
  %115 = add nsw i64 %114, 48
  %116 = getelementptr inbounds float, ptr %1, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = insertelement <16 x float> undef, float %117, i32 0
  %119 = shufflevector <16 x float> %118, <16 x float> undef, <16 x i32> zeroinitializer
  %120 = getelementptr inbounds float, ptr %2, i64 16
  %121 = load <16 x float>, ptr %120, align 4
  %122 = getelementptr inbounds float, ptr %3, i64 16
  %123 = load <16 x float>, ptr %122, align 4
  %124 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %119, <16 x float> %121, <16 x float> %123)
  %125 = mul nsw i64 %6, 1632
  %126 = mul nsw i64 %110, 96
  %127 = add nsw i64 %125, %126
  %128 = add nsw i64 %127, 112
  %129 = getelementptr inbounds float, ptr %0, i64 %128
  store <16 x float> %124, ptr %129, align 4
  %130 = mul nsw i64 4, %c1
  %131 = add nsw i64 %130, 1
  %132 = mul nsw i64 %6, 816
  %133 = mul nsw i64 %130, 48
  %134 = add nsw i64 %132, %133
  %135 = add nsw i64 %134, 48
  %136 = getelementptr inbounds float, ptr %1, i64 %135
  %137 = load float, ptr %136, align 4
  %138 = insertelement <16 x float> undef, float %137, i32 0
  %139 = shufflevector <16 x float> %138, <16 x float> undef, <16 x i32> zeroinitializer
  %140 = getelementptr inbounds float, ptr %2, i64 32
  %141 = load <16 x float>, ptr %140, align 4
  %142 = getelementptr inbounds float, ptr %3, i64 32
  %143 = load <16 x float>, ptr %142, align 4
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %139, <16 x float> %141, <16 x float> %143)
  %145 = mul nsw i64 %6, 1632
  %146 = mul nsw i64 %130, 96
  %147 = add nsw i64 %145, %146
  %148 = add nsw i64 %147, 128
  %149 = getelementptr inbounds float, ptr %0, i64 %148
  store <16 x float> %144, ptr %149, align 4
  %150 = mul nsw i64 4, %c1
  %151 = add nsw i64 %150, 1
  %152 = mul nsw i64 %6, 816
  %153 = mul nsw i64 %150, 48
  %154 = add nsw i64 %152, %153
  %155 = add nsw i64 %154, 48
  %156 = getelementptr inbounds float, ptr %1, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = insertelement <16 x float> undef, float %157, i32 0
  %159 = shufflevector <16 x float> %158, <16 x float> undef, <16 x i32> zeroinitializer
  %160 = getelementptr inbounds float, ptr %2, i64 48
  %161 = load <16 x float>, ptr %160, align 4
  %162 = getelementptr inbounds float, ptr %3, i64 48
  %163 = load <16 x float>, ptr %162, align 4
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %159, <16 x float> %161, <16 x float> %163)
  %165 = mul nsw i64 %6, 1632
  %166 = mul nsw i64 %150, 96
  %167 = add nsw i64 %165, %166
  %168 = add nsw i64 %167, 144
  %169 = getelementptr inbounds float, ptr %0, i64 %168
  store <16 x float> %164, ptr %169, align 4
  %170 = mul nsw i64 4, %c1
  %171 = add nsw i64 %170, 2
  %172 = mul nsw i64 %6, 816
  %173 = mul nsw i64 %170, 48
  %174 = add nsw i64 %172, %173
  %175 = add nsw i64 %174, 96
  %176 = getelementptr inbounds float, ptr %1, i64 %175
  %177 = load float, ptr %176, align 4
  %178 = insertelement <16 x float> undef, float %177, i32 0
  %179 = shufflevector <16 x float> %178, <16 x float> undef, <16 x i32> zeroinitializer
  %180 = getelementptr inbounds float, ptr %2, i64 0
  %181 = load <16 x float>, ptr %180, align 4
  %182 = getelementptr inbounds float, ptr %3, i64 0
  %183 = load <16 x float>, ptr %182, align 4
  %184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %179, <16 x float> %181, <16 x float> %183)
  %185 = mul nsw i64 %6, 1632
  %186 = mul nsw i64 %170, 96
  %187 = add nsw i64 %185, %186
  %188 = add nsw i64 %187, 192
  %189 = getelementptr inbounds float, ptr %0, i64 %188
  store <16 x float> %184, ptr %189, align 4
  %190 = mul nsw i64 4, %c1
  %191 = add nsw i64 %190, 2
  %192 = mul nsw i64 %6, 816
  %193 = mul nsw i64 %190, 48
  %194 = add nsw i64 %192, %193
  %195 = add nsw i64 %194, 96
  %196 = getelementptr inbounds float, ptr %1, i64 %195
  %197 = load float, ptr %196, align 4
  %198 = insertelement <16 x float> undef, float %197, i32 0
  %199 = shufflevector <16 x float> %198, <16 x float> undef, <16 x i32> zeroinitializer
  %200 = getelementptr inbounds float, ptr %2, i64 16
  %201 = load <16 x float>, ptr %200, align 4
  %202 = getelementptr inbounds float, ptr %3, i64 16
  %203 = load <16 x float>, ptr %202, align 4
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %199, <16 x float> %201, <16 x float> %203)
  %205 = mul nsw i64 %6, 1632
  %206 = mul nsw i64 %190, 96
  %207 = add nsw i64 %205, %206
  %208 = add nsw i64 %207, 208
  %209 = getelementptr inbounds float, ptr %0, i64 %208
  store <16 x float> %204, ptr %209, align 4
  %210 = mul nsw i64 4, %c1
  %211 = add nsw i64 %210, 2
  %212 = mul nsw i64 %6, 816
  %213 = mul nsw i64 %210, 48
  %214 = add nsw i64 %212, %213
  %215 = add nsw i64 %214, 96
  %216 = getelementptr inbounds float, ptr %1, i64 %215
  %217 = load float, ptr %216, align 4
  %218 = insertelement <16 x float> undef, float %217, i32 0
  %219 = shufflevector <16 x float> %218, <16 x float> undef, <16 x i32> zeroinitializer
  %220 = getelementptr inbounds float, ptr %2, i64 32
  %221 = load <16 x float>, ptr %220, align 4
  %222 = getelementptr inbounds float, ptr %3, i64 32
  %223 = load <16 x float>, ptr %222, align 4
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %219, <16 x float> %221, <16 x float> %223)
  %225 = mul nsw i64 %6, 1632
  %226 = mul nsw i64 %210, 96
  %227 = add nsw i64 %225, %226
  %228 = add nsw i64 %227, 224
  %229 = getelementptr inbounds float, ptr %0, i64 %228
  store <16 x float> %224, ptr %229, align 4
  %230 = mul nsw i64 4, %c1
  %231 = add nsw i64 %230, 2
  %232 = mul nsw i64 %6, 816
  %233 = mul nsw i64 %230, 48
  %234 = add nsw i64 %232, %233
  %235 = add nsw i64 %234, 96
  %236 = getelementptr inbounds float, ptr %1, i64 %235
  %237 = load float, ptr %236, align 4
  %238 = insertelement <16 x float> undef, float %237, i32 0
  %239 = shufflevector <16 x float> %238, <16 x float> undef, <16 x i32> zeroinitializer
  %240 = getelementptr inbounds float, ptr %2, i64 48
  %241 = load <16 x float>, ptr %240, align 4
  %242 = getelementptr inbounds float, ptr %3, i64 48
  %243 = load <16 x float>, ptr %242, align 4
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %239, <16 x float> %241, <16 x float> %243)
  %245 = mul nsw i64 %6, 1632
  %246 = mul nsw i64 %230, 96
  %247 = add nsw i64 %245, %246
  %248 = add nsw i64 %247, 240
  %249 = getelementptr inbounds float, ptr %0, i64 %248
  store <16 x float> %244, ptr %249, align 4
  %250 = mul nsw i64 4, %c1
  %251 = add nsw i64 %250, 3
  %252 = mul nsw i64 %6, 816
  %253 = mul nsw i64 %250, 48
  %254 = add nsw i64 %252, %253
  %255 = add nsw i64 %254, 144
  %256 = getelementptr inbounds float, ptr %1, i64 %255
  %257 = load float, ptr %256, align 4
  %258 = insertelement <16 x float> undef, float %257, i32 0
  %259 = shufflevector <16 x float> %258, <16 x float> undef, <16 x i32> zeroinitializer
  %260 = getelementptr inbounds float, ptr %2, i64 0
  %261 = load <16 x float>, ptr %260, align 4
  %262 = getelementptr inbounds float, ptr %3, i64 0
  %263 = load <16 x float>, ptr %262, align 4
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %259, <16 x float> %261, <16 x float> %263)
  %265 = mul nsw i64 %6, 1632
  %266 = mul nsw i64 %250, 96
  %267 = add nsw i64 %265, %266
  %268 = add nsw i64 %267, 288
  %269 = getelementptr inbounds float, ptr %0, i64 %268
  store <16 x float> %264, ptr %269, align 4
  %270 = mul nsw i64 4, %c1
  %271 = add nsw i64 %270, 3
  %272 = mul nsw i64 %6, 816
  %273 = mul nsw i64 %270, 48
  %274 = add nsw i64 %272, %273
  %275 = add nsw i64 %274, 144
  %276 = getelementptr inbounds float, ptr %1, i64 %275
  %277 = load float, ptr %276, align 4
  %278 = insertelement <16 x float> undef, float %277, i32 0
  %279 = shufflevector <16 x float> %278, <16 x float> undef, <16 x i32> zeroinitializer
  %280 = getelementptr inbounds float, ptr %2, i64 16
  %281 = load <16 x float>, ptr %280, align 4
  %282 = getelementptr inbounds float, ptr %3, i64 16
  %283 = load <16 x float>, ptr %282, align 4
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %279, <16 x float> %281, <16 x float> %283)
  %285 = mul nsw i64 %6, 1632
  %286 = mul nsw i64 %270, 96
  %287 = add nsw i64 %285, %286
  %288 = add nsw i64 %287, 304
  %289 = getelementptr inbounds float, ptr %0, i64 %288
  store <16 x float> %284, ptr %289, align 4
  %290 = mul nsw i64 4, %c1
  %291 = add nsw i64 %290, 3
  %292 = mul nsw i64 %6, 816
  %293 = mul nsw i64 %290, 48
  %294 = add nsw i64 %292, %293
  %295 = add nsw i64 %294, 144
  %296 = getelementptr inbounds float, ptr %1, i64 %295
  %297 = load float, ptr %296, align 4
  %298 = insertelement <16 x float> undef, float %297, i32 0
  %299 = shufflevector <16 x float> %298, <16 x float> undef, <16 x i32> zeroinitializer
  %300 = getelementptr inbounds float, ptr %2, i64 32
  %301 = load <16 x float>, ptr %300, align 4
  %302 = getelementptr inbounds float, ptr %3, i64 32
  %303 = load <16 x float>, ptr %302, align 4
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %299, <16 x float> %301, <16 x float> %303)
  %305 = mul nsw i64 %6, 1632
  %306 = mul nsw i64 %290, 96
  %307 = add nsw i64 %305, %306
  %308 = add nsw i64 %307, 320
  %309 = getelementptr inbounds float, ptr %0, i64 %308
  store <16 x float> %304, ptr %309, align 4
  %310 = mul nsw i64 4, %c1
  %311 = add nsw i64 %310, 3
  %312 = mul nsw i64 %6, 816
  %313 = mul nsw i64 %310, 48
  %314 = add nsw i64 %312, %313
  %315 = add nsw i64 %314, 144
  %316 = getelementptr inbounds float, ptr %1, i64 %315
  %317 = load float, ptr %316, align 4
  %318 = insertelement <16 x float> undef, float %317, i32 0
  %319 = shufflevector <16 x float> %318, <16 x float> undef, <16 x i32> zeroinitializer
  %320 = getelementptr inbounds float, ptr %2, i64 48
  %321 = load <16 x float>, ptr %320, align 4
  %322 = getelementptr inbounds float, ptr %3, i64 48
  %323 = load <16 x float>, ptr %322, align 4
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %319, <16 x float> %321, <16 x float> %323)
  %325 = mul nsw i64 %6, 1632
  %326 = mul nsw i64 %310, 96
  %327 = add nsw i64 %325, %326
  %328 = add nsw i64 %327, 336
  %329 = getelementptr inbounds float, ptr %0, i64 %328
  store <16 x float> %324, ptr %329, align 4
  br i1 true, label %loop6, label %endloop7

else4:                                            ; preds = %loop1
  %330 = mul nsw i64 4, %c1
  %331 = mul nsw i64 %6, 816
  %332 = mul nsw i64 %330, 48
  %333 = add nsw i64 %331, %332
  %334 = getelementptr inbounds float, ptr %1, i64 %333
  %335 = load float, ptr %334, align 4
  %336 = insertelement <16 x float> undef, float %335, i32 0
  %337 = shufflevector <16 x float> %336, <16 x float> undef, <16 x i32> zeroinitializer
  %338 = getelementptr inbounds float, ptr %2, i64 64
  %339 = load <16 x float>, ptr %338, align 4
  %340 = getelementptr inbounds float, ptr %3, i64 64
  %341 = load <16 x float>, ptr %340, align 4
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %337, <16 x float> %339, <16 x float> %341)
  %343 = mul nsw i64 %6, 1632
  %344 = mul nsw i64 %330, 96
  %345 = add nsw i64 %343, %344
  %346 = add nsw i64 %345, 64
  %347 = getelementptr inbounds float, ptr %0, i64 %346
  store <16 x float> %342, ptr %347, align 4
  %348 = mul nsw i64 4, %c1
  %349 = mul nsw i64 %6, 816
  %350 = mul nsw i64 %348, 48
  %351 = add nsw i64 %349, %350
  %352 = getelementptr inbounds float, ptr %1, i64 %351
  %353 = load float, ptr %352, align 4
  %354 = insertelement <16 x float> undef, float %353, i32 0
  %355 = shufflevector <16 x float> %354, <16 x float> undef, <16 x i32> zeroinitializer
  %356 = getelementptr inbounds float, ptr %2, i64 80
  %357 = load <16 x float>, ptr %356, align 4
  %358 = getelementptr inbounds float, ptr %3, i64 80
  %359 = load <16 x float>, ptr %358, align 4
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %355, <16 x float> %357, <16 x float> %359)
  %361 = mul nsw i64 %6, 1632
  %362 = mul nsw i64 %348, 96
  %363 = add nsw i64 %361, %362
  %364 = add nsw i64 %363, 80
  %365 = getelementptr inbounds float, ptr %0, i64 %364
  store <16 x float> %360, ptr %365, align 4
  %366 = mul nsw i64 4, %c1
  %367 = add nsw i64 %366, 1
  %368 = mul nsw i64 %6, 816
  %369 = mul nsw i64 %366, 48
  %370 = add nsw i64 %368, %369
  %371 = add nsw i64 %370, 48
  %372 = getelementptr inbounds float, ptr %1, i64 %371
  %373 = load float, ptr %372, align 4
  %374 = insertelement <16 x float> undef, float %373, i32 0
  %375 = shufflevector <16 x float> %374, <16 x float> undef, <16 x i32> zeroinitializer
  %376 = getelementptr inbounds float, ptr %2, i64 64
  %377 = load <16 x float>, ptr %376, align 4
  %378 = getelementptr inbounds float, ptr %3, i64 64
  %379 = load <16 x float>, ptr %378, align 4
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %375, <16 x float> %377, <16 x float> %379)
  %381 = mul nsw i64 %6, 1632
  %382 = mul nsw i64 %366, 96
  %383 = add nsw i64 %381, %382
  %384 = add nsw i64 %383, 160
  %385 = getelementptr inbounds float, ptr %0, i64 %384
  store <16 x float> %380, ptr %385, align 4
  %386 = mul nsw i64 4, %c1
  %387 = add nsw i64 %386, 1
  %388 = mul nsw i64 %6, 816
  %389 = mul nsw i64 %386, 48
  %390 = add nsw i64 %388, %389
  %391 = add nsw i64 %390, 48
  %392 = getelementptr inbounds float, ptr %1, i64 %391
  %393 = load float, ptr %392, align 4
  %394 = insertelement <16 x float> undef, float %393, i32 0
  %395 = shufflevector <16 x float> %394, <16 x float> undef, <16 x i32> zeroinitializer
  %396 = getelementptr inbounds float, ptr %2, i64 80
  %397 = load <16 x float>, ptr %396, align 4
  %398 = getelementptr inbounds float, ptr %3, i64 80
  %399 = load <16 x float>, ptr %398, align 4
  %400 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %395, <16 x float> %397, <16 x float> %399)
  %401 = mul nsw i64 %6, 1632
  %402 = mul nsw i64 %386, 96
  %403 = add nsw i64 %401, %402
  %404 = add nsw i64 %403, 176
  %405 = getelementptr inbounds float, ptr %0, i64 %404
  store <16 x float> %400, ptr %405, align 4
  %406 = mul nsw i64 4, %c1
  %407 = add nsw i64 %406, 2
  %408 = mul nsw i64 %6, 816
  %409 = mul nsw i64 %406, 48
  %410 = add nsw i64 %408, %409
  %411 = add nsw i64 %410, 96
  %412 = getelementptr inbounds float, ptr %1, i64 %411
  %413 = load float, ptr %412, align 4
  %414 = insertelement <16 x float> undef, float %413, i32 0
  %415 = shufflevector <16 x float> %414, <16 x float> undef, <16 x i32> zeroinitializer
  %416 = getelementptr inbounds float, ptr %2, i64 64
  %417 = load <16 x float>, ptr %416, align 4
  %418 = getelementptr inbounds float, ptr %3, i64 64
  %419 = load <16 x float>, ptr %418, align 4
  %420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %415, <16 x float> %417, <16 x float> %419)
  %421 = mul nsw i64 %6, 1632
  %422 = mul nsw i64 %406, 96
  %423 = add nsw i64 %421, %422
  %424 = add nsw i64 %423, 256
  %425 = getelementptr inbounds float, ptr %0, i64 %424
  store <16 x float> %420, ptr %425, align 4
  %426 = mul nsw i64 4, %c1
  %427 = add nsw i64 %426, 2
  %428 = mul nsw i64 %6, 816
  %429 = mul nsw i64 %426, 48
  %430 = add nsw i64 %428, %429
  %431 = add nsw i64 %430, 96
  %432 = getelementptr inbounds float, ptr %1, i64 %431
  %433 = load float, ptr %432, align 4
  %434 = insertelement <16 x float> undef, float %433, i32 0
  %435 = shufflevector <16 x float> %434, <16 x float> undef, <16 x i32> zeroinitializer
  %436 = getelementptr inbounds float, ptr %2, i64 80
  %437 = load <16 x float>, ptr %436, align 4
  %438 = getelementptr inbounds float, ptr %3, i64 80
  %439 = load <16 x float>, ptr %438, align 4
  %440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %435, <16 x float> %437, <16 x float> %439)
  %441 = mul nsw i64 %6, 1632
  %442 = mul nsw i64 %426, 96
  %443 = add nsw i64 %441, %442
  %444 = add nsw i64 %443, 272
  %445 = getelementptr inbounds float, ptr %0, i64 %444
  store <16 x float> %440, ptr %445, align 4
  %446 = mul nsw i64 4, %c1
  %447 = add nsw i64 %446, 3
  %448 = mul nsw i64 %6, 816
  %449 = mul nsw i64 %446, 48
  %450 = add nsw i64 %448, %449
  %451 = add nsw i64 %450, 144
  %452 = getelementptr inbounds float, ptr %1, i64 %451
  %453 = load float, ptr %452, align 4
  %454 = insertelement <16 x float> undef, float %453, i32 0
  %455 = shufflevector <16 x float> %454, <16 x float> undef, <16 x i32> zeroinitializer
  %456 = getelementptr inbounds float, ptr %2, i64 64
  %457 = load <16 x float>, ptr %456, align 4
  %458 = getelementptr inbounds float, ptr %3, i64 64
  %459 = load <16 x float>, ptr %458, align 4
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %455, <16 x float> %457, <16 x float> %459)
  %461 = mul nsw i64 %6, 1632
  %462 = mul nsw i64 %446, 96
  %463 = add nsw i64 %461, %462
  %464 = add nsw i64 %463, 352
  %465 = getelementptr inbounds float, ptr %0, i64 %464
  store <16 x float> %460, ptr %465, align 4
  %466 = mul nsw i64 4, %c1
  %467 = add nsw i64 %466, 3
  %468 = mul nsw i64 %6, 816
  %469 = mul nsw i64 %466, 48
  %470 = add nsw i64 %468, %469
  %471 = add nsw i64 %470, 144
  %472 = getelementptr inbounds float, ptr %1, i64 %471
  %473 = load float, ptr %472, align 4
  %474 = insertelement <16 x float> undef, float %473, i32 0
  %475 = shufflevector <16 x float> %474, <16 x float> undef, <16 x i32> zeroinitializer
  %476 = getelementptr inbounds float, ptr %2, i64 80
  %477 = load <16 x float>, ptr %476, align 4
  %478 = getelementptr inbounds float, ptr %3, i64 80
  %479 = load <16 x float>, ptr %478, align 4
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %475, <16 x float> %477, <16 x float> %479)
  %481 = mul nsw i64 %6, 1632
  %482 = mul nsw i64 %466, 96
  %483 = add nsw i64 %481, %482
  %484 = add nsw i64 %483, 368
  %485 = getelementptr inbounds float, ptr %0, i64 %484
  store <16 x float> %480, ptr %485, align 4
  br i1 true, label %loop8, label %endloop9

endif5:                                           ; preds = %endloop9, %endloop7
  %486 = add nsw i64 %c2, 1
  %487 = icmp sle i64 %486, 1
  br i1 %487, label %loop1, label %endloop2

loop6:                                            ; preds = %loop6, %then3
  %c3 = phi i64 [ 1, %then3 ], [ %827, %loop6 ]
  %488 = mul nsw i64 4, %c1
  %489 = mul nsw i64 %6, 816
  %490 = mul nsw i64 %488, 48
  %491 = add nsw i64 %489, %490
  %492 = add nsw i64 %491, %c3
  %493 = getelementptr inbounds float, ptr %1, i64 %492
  %494 = load float, ptr %493, align 4
  %495 = insertelement <16 x float> undef, float %494, i32 0
  %496 = shufflevector <16 x float> %495, <16 x float> undef, <16 x i32> zeroinitializer
  %497 = mul nsw i64 %c3, 96
  %498 = getelementptr inbounds float, ptr %2, i64 %497
  %499 = load <16 x float>, ptr %498, align 4
  %500 = mul nsw i64 %6, 1632
  %501 = mul nsw i64 %488, 96
  %502 = add nsw i64 %500, %501
  %503 = getelementptr inbounds float, ptr %0, i64 %502
  %504 = load <16 x float>, ptr %503, align 4
  %505 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %496, <16 x float> %499, <16 x float> %504)
  store <16 x float> %505, ptr %503, align 4
  %506 = mul nsw i64 4, %c1
  %507 = mul nsw i64 %6, 816
  %508 = mul nsw i64 %506, 48
  %509 = add nsw i64 %507, %508
  %510 = add nsw i64 %509, %c3
  %511 = getelementptr inbounds float, ptr %1, i64 %510
  %512 = load float, ptr %511, align 4
  %513 = insertelement <16 x float> undef, float %512, i32 0
  %514 = shufflevector <16 x float> %513, <16 x float> undef, <16 x i32> zeroinitializer
  %515 = mul nsw i64 %c3, 96
  %516 = add nsw i64 %515, 16
  %517 = getelementptr inbounds float, ptr %2, i64 %516
  %518 = load <16 x float>, ptr %517, align 4
  %519 = mul nsw i64 %6, 1632
  %520 = mul nsw i64 %506, 96
  %521 = add nsw i64 %519, %520
  %522 = add nsw i64 %521, 16
  %523 = getelementptr inbounds float, ptr %0, i64 %522
  %524 = load <16 x float>, ptr %523, align 4
  %525 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %514, <16 x float> %518, <16 x float> %524)
  store <16 x float> %525, ptr %523, align 4
  %526 = mul nsw i64 4, %c1
  %527 = mul nsw i64 %6, 816
  %528 = mul nsw i64 %526, 48
  %529 = add nsw i64 %527, %528
  %530 = add nsw i64 %529, %c3
  %531 = getelementptr inbounds float, ptr %1, i64 %530
  %532 = load float, ptr %531, align 4
  %533 = insertelement <16 x float> undef, float %532, i32 0
  %534 = shufflevector <16 x float> %533, <16 x float> undef, <16 x i32> zeroinitializer
  %535 = mul nsw i64 %c3, 96
  %536 = add nsw i64 %535, 32
  %537 = getelementptr inbounds float, ptr %2, i64 %536
  %538 = load <16 x float>, ptr %537, align 4
  %539 = mul nsw i64 %6, 1632
  %540 = mul nsw i64 %526, 96
  %541 = add nsw i64 %539, %540
  %542 = add nsw i64 %541, 32
  %543 = getelementptr inbounds float, ptr %0, i64 %542
  %544 = load <16 x float>, ptr %543, align 4
  %545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %534, <16 x float> %538, <16 x float> %544)
  store <16 x float> %545, ptr %543, align 4
  %546 = mul nsw i64 4, %c1
  %547 = mul nsw i64 %6, 816
  %548 = mul nsw i64 %546, 48
  %549 = add nsw i64 %547, %548
  %550 = add nsw i64 %549, %c3
  %551 = getelementptr inbounds float, ptr %1, i64 %550
  %552 = load float, ptr %551, align 4
  %553 = insertelement <16 x float> undef, float %552, i32 0
  %554 = shufflevector <16 x float> %553, <16 x float> undef, <16 x i32> zeroinitializer
  %555 = mul nsw i64 %c3, 96
  %556 = add nsw i64 %555, 48
  %557 = getelementptr inbounds float, ptr %2, i64 %556
  %558 = load <16 x float>, ptr %557, align 4
  %559 = mul nsw i64 %6, 1632
  %560 = mul nsw i64 %546, 96
  %561 = add nsw i64 %559, %560
  %562 = add nsw i64 %561, 48
  %563 = getelementptr inbounds float, ptr %0, i64 %562
  %564 = load <16 x float>, ptr %563, align 4
  %565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %554, <16 x float> %558, <16 x float> %564)
  store <16 x float> %565, ptr %563, align 4
  %566 = mul nsw i64 4, %c1
  %567 = add nsw i64 %566, 1
  %568 = mul nsw i64 %6, 816
  %569 = mul nsw i64 %566, 48
  %570 = add nsw i64 %568, %569
  %571 = add nsw i64 %570, %c3
  %572 = add nsw i64 %571, 48
  %573 = getelementptr inbounds float, ptr %1, i64 %572
  %574 = load float, ptr %573, align 4
  %575 = insertelement <16 x float> undef, float %574, i32 0
  %576 = shufflevector <16 x float> %575, <16 x float> undef, <16 x i32> zeroinitializer
  %577 = mul nsw i64 %c3, 96
  %578 = getelementptr inbounds float, ptr %2, i64 %577
  %579 = load <16 x float>, ptr %578, align 4
  %580 = mul nsw i64 %6, 1632
  %581 = mul nsw i64 %566, 96
  %582 = add nsw i64 %580, %581
  %583 = add nsw i64 %582, 96
  %584 = getelementptr inbounds float, ptr %0, i64 %583
  %585 = load <16 x float>, ptr %584, align 4
  %586 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %576, <16 x float> %579, <16 x float> %585)
  store <16 x float> %586, ptr %584, align 4
  %587 = mul nsw i64 4, %c1
  %588 = add nsw i64 %587, 1
  %589 = mul nsw i64 %6, 816
  %590 = mul nsw i64 %587, 48
  %591 = add nsw i64 %589, %590
  %592 = add nsw i64 %591, %c3
  %593 = add nsw i64 %592, 48
  %594 = getelementptr inbounds float, ptr %1, i64 %593
  %595 = load float, ptr %594, align 4
  %596 = insertelement <16 x float> undef, float %595, i32 0
  %597 = shufflevector <16 x float> %596, <16 x float> undef, <16 x i32> zeroinitializer
  %598 = mul nsw i64 %c3, 96
  %599 = add nsw i64 %598, 16
  %600 = getelementptr inbounds float, ptr %2, i64 %599
  %601 = load <16 x float>, ptr %600, align 4
  %602 = mul nsw i64 %6, 1632
  %603 = mul nsw i64 %587, 96
  %604 = add nsw i64 %602, %603
  %605 = add nsw i64 %604, 112
  %606 = getelementptr inbounds float, ptr %0, i64 %605
  %607 = load <16 x float>, ptr %606, align 4
  %608 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %597, <16 x float> %601, <16 x float> %607)
  store <16 x float> %608, ptr %606, align 4
  %609 = mul nsw i64 4, %c1
  %610 = add nsw i64 %609, 1
  %611 = mul nsw i64 %6, 816
  %612 = mul nsw i64 %609, 48
  %613 = add nsw i64 %611, %612
  %614 = add nsw i64 %613, %c3
  %615 = add nsw i64 %614, 48
  %616 = getelementptr inbounds float, ptr %1, i64 %615
  %617 = load float, ptr %616, align 4
  %618 = insertelement <16 x float> undef, float %617, i32 0
  %619 = shufflevector <16 x float> %618, <16 x float> undef, <16 x i32> zeroinitializer
  %620 = mul nsw i64 %c3, 96
  %621 = add nsw i64 %620, 32
  %622 = getelementptr inbounds float, ptr %2, i64 %621
  %623 = load <16 x float>, ptr %622, align 4
  %624 = mul nsw i64 %6, 1632
  %625 = mul nsw i64 %609, 96
  %626 = add nsw i64 %624, %625
  %627 = add nsw i64 %626, 128
  %628 = getelementptr inbounds float, ptr %0, i64 %627
  %629 = load <16 x float>, ptr %628, align 4
  %630 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %619, <16 x float> %623, <16 x float> %629)
  store <16 x float> %630, ptr %628, align 4
  %631 = mul nsw i64 4, %c1
  %632 = add nsw i64 %631, 1
  %633 = mul nsw i64 %6, 816
  %634 = mul nsw i64 %631, 48
  %635 = add nsw i64 %633, %634
  %636 = add nsw i64 %635, %c3
  %637 = add nsw i64 %636, 48
  %638 = getelementptr inbounds float, ptr %1, i64 %637
  %639 = load float, ptr %638, align 4
  %640 = insertelement <16 x float> undef, float %639, i32 0
  %641 = shufflevector <16 x float> %640, <16 x float> undef, <16 x i32> zeroinitializer
  %642 = mul nsw i64 %c3, 96
  %643 = add nsw i64 %642, 48
  %644 = getelementptr inbounds float, ptr %2, i64 %643
  %645 = load <16 x float>, ptr %644, align 4
  %646 = mul nsw i64 %6, 1632
  %647 = mul nsw i64 %631, 96
  %648 = add nsw i64 %646, %647
  %649 = add nsw i64 %648, 144
  %650 = getelementptr inbounds float, ptr %0, i64 %649
  %651 = load <16 x float>, ptr %650, align 4
  %652 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %641, <16 x float> %645, <16 x float> %651)
  store <16 x float> %652, ptr %650, align 4
  %653 = mul nsw i64 4, %c1
  %654 = add nsw i64 %653, 2
  %655 = mul nsw i64 %6, 816
  %656 = mul nsw i64 %653, 48
  %657 = add nsw i64 %655, %656
  %658 = add nsw i64 %657, %c3
  %659 = add nsw i64 %658, 96
  %660 = getelementptr inbounds float, ptr %1, i64 %659
  %661 = load float, ptr %660, align 4
  %662 = insertelement <16 x float> undef, float %661, i32 0
  %663 = shufflevector <16 x float> %662, <16 x float> undef, <16 x i32> zeroinitializer
  %664 = mul nsw i64 %c3, 96
  %665 = getelementptr inbounds float, ptr %2, i64 %664
  %666 = load <16 x float>, ptr %665, align 4
  %667 = mul nsw i64 %6, 1632
  %668 = mul nsw i64 %653, 96
  %669 = add nsw i64 %667, %668
  %670 = add nsw i64 %669, 192
  %671 = getelementptr inbounds float, ptr %0, i64 %670
  %672 = load <16 x float>, ptr %671, align 4
  %673 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %663, <16 x float> %666, <16 x float> %672)
  store <16 x float> %673, ptr %671, align 4
  %674 = mul nsw i64 4, %c1
  %675 = add nsw i64 %674, 2
  %676 = mul nsw i64 %6, 816
  %677 = mul nsw i64 %674, 48
  %678 = add nsw i64 %676, %677
  %679 = add nsw i64 %678, %c3
  %680 = add nsw i64 %679, 96
  %681 = getelementptr inbounds float, ptr %1, i64 %680
  %682 = load float, ptr %681, align 4
  %683 = insertelement <16 x float> undef, float %682, i32 0
  %684 = shufflevector <16 x float> %683, <16 x float> undef, <16 x i32> zeroinitializer
  %685 = mul nsw i64 %c3, 96
  %686 = add nsw i64 %685, 16
  %687 = getelementptr inbounds float, ptr %2, i64 %686
  %688 = load <16 x float>, ptr %687, align 4
  %689 = mul nsw i64 %6, 1632
  %690 = mul nsw i64 %674, 96
  %691 = add nsw i64 %689, %690
  %692 = add nsw i64 %691, 208
  %693 = getelementptr inbounds float, ptr %0, i64 %692
  %694 = load <16 x float>, ptr %693, align 4
  %695 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %684, <16 x float> %688, <16 x float> %694)
  store <16 x float> %695, ptr %693, align 4
  %696 = mul nsw i64 4, %c1
  %697 = add nsw i64 %696, 2
  %698 = mul nsw i64 %6, 816
  %699 = mul nsw i64 %696, 48
  %700 = add nsw i64 %698, %699
  %701 = add nsw i64 %700, %c3
  %702 = add nsw i64 %701, 96
  %703 = getelementptr inbounds float, ptr %1, i64 %702
  %704 = load float, ptr %703, align 4
  %705 = insertelement <16 x float> undef, float %704, i32 0
  %706 = shufflevector <16 x float> %705, <16 x float> undef, <16 x i32> zeroinitializer
  %707 = mul nsw i64 %c3, 96
  %708 = add nsw i64 %707, 32
  %709 = getelementptr inbounds float, ptr %2, i64 %708
  %710 = load <16 x float>, ptr %709, align 4
  %711 = mul nsw i64 %6, 1632
  %712 = mul nsw i64 %696, 96
  %713 = add nsw i64 %711, %712
  %714 = add nsw i64 %713, 224
  %715 = getelementptr inbounds float, ptr %0, i64 %714
  %716 = load <16 x float>, ptr %715, align 4
  %717 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %706, <16 x float> %710, <16 x float> %716)
  store <16 x float> %717, ptr %715, align 4
  %718 = mul nsw i64 4, %c1
  %719 = add nsw i64 %718, 2
  %720 = mul nsw i64 %6, 816
  %721 = mul nsw i64 %718, 48
  %722 = add nsw i64 %720, %721
  %723 = add nsw i64 %722, %c3
  %724 = add nsw i64 %723, 96
  %725 = getelementptr inbounds float, ptr %1, i64 %724
  %726 = load float, ptr %725, align 4
  %727 = insertelement <16 x float> undef, float %726, i32 0
  %728 = shufflevector <16 x float> %727, <16 x float> undef, <16 x i32> zeroinitializer
  %729 = mul nsw i64 %c3, 96
  %730 = add nsw i64 %729, 48
  %731 = getelementptr inbounds float, ptr %2, i64 %730
  %732 = load <16 x float>, ptr %731, align 4
  %733 = mul nsw i64 %6, 1632
  %734 = mul nsw i64 %718, 96
  %735 = add nsw i64 %733, %734
  %736 = add nsw i64 %735, 240
  %737 = getelementptr inbounds float, ptr %0, i64 %736
  %738 = load <16 x float>, ptr %737, align 4
  %739 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %728, <16 x float> %732, <16 x float> %738)
  store <16 x float> %739, ptr %737, align 4
  %740 = mul nsw i64 4, %c1
  %741 = add nsw i64 %740, 3
  %742 = mul nsw i64 %6, 816
  %743 = mul nsw i64 %740, 48
  %744 = add nsw i64 %742, %743
  %745 = add nsw i64 %744, %c3
  %746 = add nsw i64 %745, 144
  %747 = getelementptr inbounds float, ptr %1, i64 %746
  %748 = load float, ptr %747, align 4
  %749 = insertelement <16 x float> undef, float %748, i32 0
  %750 = shufflevector <16 x float> %749, <16 x float> undef, <16 x i32> zeroinitializer
  %751 = mul nsw i64 %c3, 96
  %752 = getelementptr inbounds float, ptr %2, i64 %751
  %753 = load <16 x float>, ptr %752, align 4
  %754 = mul nsw i64 %6, 1632
  %755 = mul nsw i64 %740, 96
  %756 = add nsw i64 %754, %755
  %757 = add nsw i64 %756, 288
  %758 = getelementptr inbounds float, ptr %0, i64 %757
  %759 = load <16 x float>, ptr %758, align 4
  %760 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %750, <16 x float> %753, <16 x float> %759)
  store <16 x float> %760, ptr %758, align 4
  %761 = mul nsw i64 4, %c1
  %762 = add nsw i64 %761, 3
  %763 = mul nsw i64 %6, 816
  %764 = mul nsw i64 %761, 48
  %765 = add nsw i64 %763, %764
  %766 = add nsw i64 %765, %c3
  %767 = add nsw i64 %766, 144
  %768 = getelementptr inbounds float, ptr %1, i64 %767
  %769 = load float, ptr %768, align 4
  %770 = insertelement <16 x float> undef, float %769, i32 0
  %771 = shufflevector <16 x float> %770, <16 x float> undef, <16 x i32> zeroinitializer
  %772 = mul nsw i64 %c3, 96
  %773 = add nsw i64 %772, 16
  %774 = getelementptr inbounds float, ptr %2, i64 %773
  %775 = load <16 x float>, ptr %774, align 4
  %776 = mul nsw i64 %6, 1632
  %777 = mul nsw i64 %761, 96
  %778 = add nsw i64 %776, %777
  %779 = add nsw i64 %778, 304
  %780 = getelementptr inbounds float, ptr %0, i64 %779
  %781 = load <16 x float>, ptr %780, align 4
  %782 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %771, <16 x float> %775, <16 x float> %781)
  store <16 x float> %782, ptr %780, align 4
  %783 = mul nsw i64 4, %c1
  %784 = add nsw i64 %783, 3
  %785 = mul nsw i64 %6, 816
  %786 = mul nsw i64 %783, 48
  %787 = add nsw i64 %785, %786
  %788 = add nsw i64 %787, %c3
  %789 = add nsw i64 %788, 144
  %790 = getelementptr inbounds float, ptr %1, i64 %789
  %791 = load float, ptr %790, align 4
  %792 = insertelement <16 x float> undef, float %791, i32 0
  %793 = shufflevector <16 x float> %792, <16 x float> undef, <16 x i32> zeroinitializer
  %794 = mul nsw i64 %c3, 96
  %795 = add nsw i64 %794, 32
  %796 = getelementptr inbounds float, ptr %2, i64 %795
  %797 = load <16 x float>, ptr %796, align 4
  %798 = mul nsw i64 %6, 1632
  %799 = mul nsw i64 %783, 96
  %800 = add nsw i64 %798, %799
  %801 = add nsw i64 %800, 320
  %802 = getelementptr inbounds float, ptr %0, i64 %801
  %803 = load <16 x float>, ptr %802, align 4
  %804 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %793, <16 x float> %797, <16 x float> %803)
  store <16 x float> %804, ptr %802, align 4
  %805 = mul nsw i64 4, %c1
  %806 = add nsw i64 %805, 3
  %807 = mul nsw i64 %6, 816
  %808 = mul nsw i64 %805, 48
  %809 = add nsw i64 %807, %808
  %810 = add nsw i64 %809, %c3
  %811 = add nsw i64 %810, 144
  %812 = getelementptr inbounds float, ptr %1, i64 %811
  %813 = load float, ptr %812, align 4
  %814 = insertelement <16 x float> undef, float %813, i32 0
  %815 = shufflevector <16 x float> %814, <16 x float> undef, <16 x i32> zeroinitializer
  %816 = mul nsw i64 %c3, 96
  %817 = add nsw i64 %816, 48
  %818 = getelementptr inbounds float, ptr %2, i64 %817
  %819 = load <16 x float>, ptr %818, align 4
  %820 = mul nsw i64 %6, 1632
  %821 = mul nsw i64 %805, 96
  %822 = add nsw i64 %820, %821
  %823 = add nsw i64 %822, 336
  %824 = getelementptr inbounds float, ptr %0, i64 %823
  %825 = load <16 x float>, ptr %824, align 4
  %826 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %815, <16 x float> %819, <16 x float> %825)
  store <16 x float> %826, ptr %824, align 4
  %827 = add nsw i64 %c3, 1
  %828 = icmp sle i64 %827, 47
  br i1 %828, label %loop6, label %endloop7

endloop7:                                         ; preds = %loop6, %then3
  br label %endif5

loop8:                                            ; preds = %loop8, %else4
  %c310 = phi i64 [ 1, %else4 ], [ %1001, %loop8 ]
  %829 = mul nsw i64 4, %c1
  %830 = mul nsw i64 %6, 816
  %831 = mul nsw i64 %829, 48
  %832 = add nsw i64 %830, %831
  %833 = add nsw i64 %832, %c310
  %834 = getelementptr inbounds float, ptr %1, i64 %833
  %835 = load float, ptr %834, align 4
  %836 = insertelement <16 x float> undef, float %835, i32 0
  %837 = shufflevector <16 x float> %836, <16 x float> undef, <16 x i32> zeroinitializer
  %838 = mul nsw i64 %c310, 96
  %839 = add nsw i64 %838, 64
  %840 = getelementptr inbounds float, ptr %2, i64 %839
  %841 = load <16 x float>, ptr %840, align 4
  %842 = mul nsw i64 %6, 1632
  %843 = mul nsw i64 %829, 96
  %844 = add nsw i64 %842, %843
  %845 = add nsw i64 %844, 64
  %846 = getelementptr inbounds float, ptr %0, i64 %845
  %847 = load <16 x float>, ptr %846, align 4
  %848 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %837, <16 x float> %841, <16 x float> %847)
  store <16 x float> %848, ptr %846, align 4
  %849 = mul nsw i64 4, %c1
  %850 = mul nsw i64 %6, 816
  %851 = mul nsw i64 %849, 48
  %852 = add nsw i64 %850, %851
  %853 = add nsw i64 %852, %c310
  %854 = getelementptr inbounds float, ptr %1, i64 %853
  %855 = load float, ptr %854, align 4
  %856 = insertelement <16 x float> undef, float %855, i32 0
  %857 = shufflevector <16 x float> %856, <16 x float> undef, <16 x i32> zeroinitializer
  %858 = mul nsw i64 %c310, 96
  %859 = add nsw i64 %858, 80
  %860 = getelementptr inbounds float, ptr %2, i64 %859
  %861 = load <16 x float>, ptr %860, align 4
  %862 = mul nsw i64 %6, 1632
  %863 = mul nsw i64 %849, 96
  %864 = add nsw i64 %862, %863
  %865 = add nsw i64 %864, 80
  %866 = getelementptr inbounds float, ptr %0, i64 %865
  %867 = load <16 x float>, ptr %866, align 4
  %868 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %857, <16 x float> %861, <16 x float> %867)
  store <16 x float> %868, ptr %866, align 4
  %869 = mul nsw i64 4, %c1
  %870 = add nsw i64 %869, 1
  %871 = mul nsw i64 %6, 816
  %872 = mul nsw i64 %869, 48
  %873 = add nsw i64 %871, %872
  %874 = add nsw i64 %873, %c310
  %875 = add nsw i64 %874, 48
  %876 = getelementptr inbounds float, ptr %1, i64 %875
  %877 = load float, ptr %876, align 4
  %878 = insertelement <16 x float> undef, float %877, i32 0
  %879 = shufflevector <16 x float> %878, <16 x float> undef, <16 x i32> zeroinitializer
  %880 = mul nsw i64 %c310, 96
  %881 = add nsw i64 %880, 64
  %882 = getelementptr inbounds float, ptr %2, i64 %881
  %883 = load <16 x float>, ptr %882, align 4
  %884 = mul nsw i64 %6, 1632
  %885 = mul nsw i64 %869, 96
  %886 = add nsw i64 %884, %885
  %887 = add nsw i64 %886, 160
  %888 = getelementptr inbounds float, ptr %0, i64 %887
  %889 = load <16 x float>, ptr %888, align 4
  %890 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %879, <16 x float> %883, <16 x float> %889)
  store <16 x float> %890, ptr %888, align 4
  %891 = mul nsw i64 4, %c1
  %892 = add nsw i64 %891, 1
  %893 = mul nsw i64 %6, 816
  %894 = mul nsw i64 %891, 48
  %895 = add nsw i64 %893, %894
  %896 = add nsw i64 %895, %c310
  %897 = add nsw i64 %896, 48
  %898 = getelementptr inbounds float, ptr %1, i64 %897
  %899 = load float, ptr %898, align 4
  %900 = insertelement <16 x float> undef, float %899, i32 0
  %901 = shufflevector <16 x float> %900, <16 x float> undef, <16 x i32> zeroinitializer
  %902 = mul nsw i64 %c310, 96
  %903 = add nsw i64 %902, 80
  %904 = getelementptr inbounds float, ptr %2, i64 %903
  %905 = load <16 x float>, ptr %904, align 4
  %906 = mul nsw i64 %6, 1632
  %907 = mul nsw i64 %891, 96
  %908 = add nsw i64 %906, %907
  %909 = add nsw i64 %908, 176
  %910 = getelementptr inbounds float, ptr %0, i64 %909
  %911 = load <16 x float>, ptr %910, align 4
  %912 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %901, <16 x float> %905, <16 x float> %911)
  store <16 x float> %912, ptr %910, align 4
  %913 = mul nsw i64 4, %c1
  %914 = add nsw i64 %913, 2
  %915 = mul nsw i64 %6, 816
  %916 = mul nsw i64 %913, 48
  %917 = add nsw i64 %915, %916
  %918 = add nsw i64 %917, %c310
  %919 = add nsw i64 %918, 96
  %920 = getelementptr inbounds float, ptr %1, i64 %919
  %921 = load float, ptr %920, align 4
  %922 = insertelement <16 x float> undef, float %921, i32 0
  %923 = shufflevector <16 x float> %922, <16 x float> undef, <16 x i32> zeroinitializer
  %924 = mul nsw i64 %c310, 96
  %925 = add nsw i64 %924, 64
  %926 = getelementptr inbounds float, ptr %2, i64 %925
  %927 = load <16 x float>, ptr %926, align 4
  %928 = mul nsw i64 %6, 1632
  %929 = mul nsw i64 %913, 96
  %930 = add nsw i64 %928, %929
  %931 = add nsw i64 %930, 256
  %932 = getelementptr inbounds float, ptr %0, i64 %931
  %933 = load <16 x float>, ptr %932, align 4
  %934 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %923, <16 x float> %927, <16 x float> %933)
  store <16 x float> %934, ptr %932, align 4
  %935 = mul nsw i64 4, %c1
  %936 = add nsw i64 %935, 2
  %937 = mul nsw i64 %6, 816
  %938 = mul nsw i64 %935, 48
  %939 = add nsw i64 %937, %938
  %940 = add nsw i64 %939, %c310
  %941 = add nsw i64 %940, 96
  %942 = getelementptr inbounds float, ptr %1, i64 %941
  %943 = load float, ptr %942, align 4
  %944 = insertelement <16 x float> undef, float %943, i32 0
  %945 = shufflevector <16 x float> %944, <16 x float> undef, <16 x i32> zeroinitializer
  %946 = mul nsw i64 %c310, 96
  %947 = add nsw i64 %946, 80
  %948 = getelementptr inbounds float, ptr %2, i64 %947
  %949 = load <16 x float>, ptr %948, align 4
  %950 = mul nsw i64 %6, 1632
  %951 = mul nsw i64 %935, 96
  %952 = add nsw i64 %950, %951
  %953 = add nsw i64 %952, 272
  %954 = getelementptr inbounds float, ptr %0, i64 %953
  %955 = load <16 x float>, ptr %954, align 4
  %956 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %945, <16 x float> %949, <16 x float> %955)
  store <16 x float> %956, ptr %954, align 4
  %957 = mul nsw i64 4, %c1
  %958 = add nsw i64 %957, 3
  %959 = mul nsw i64 %6, 816
  %960 = mul nsw i64 %957, 48
  %961 = add nsw i64 %959, %960
  %962 = add nsw i64 %961, %c310
  %963 = add nsw i64 %962, 144
  %964 = getelementptr inbounds float, ptr %1, i64 %963
  %965 = load float, ptr %964, align 4
  %966 = insertelement <16 x float> undef, float %965, i32 0
  %967 = shufflevector <16 x float> %966, <16 x float> undef, <16 x i32> zeroinitializer
  %968 = mul nsw i64 %c310, 96
  %969 = add nsw i64 %968, 64
  %970 = getelementptr inbounds float, ptr %2, i64 %969
  %971 = load <16 x float>, ptr %970, align 4
  %972 = mul nsw i64 %6, 1632
  %973 = mul nsw i64 %957, 96
  %974 = add nsw i64 %972, %973
  %975 = add nsw i64 %974, 352
  %976 = getelementptr inbounds float, ptr %0, i64 %975
  %977 = load <16 x float>, ptr %976, align 4
  %978 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %967, <16 x float> %971, <16 x float> %977)
  store <16 x float> %978, ptr %976, align 4
  %979 = mul nsw i64 4, %c1
  %980 = add nsw i64 %979, 3
  %981 = mul nsw i64 %6, 816
  %982 = mul nsw i64 %979, 48
  %983 = add nsw i64 %981, %982
  %984 = add nsw i64 %983, %c310
  %985 = add nsw i64 %984, 144
  %986 = getelementptr inbounds float, ptr %1, i64 %985
  %987 = load float, ptr %986, align 4
  %988 = insertelement <16 x float> undef, float %987, i32 0
  %989 = shufflevector <16 x float> %988, <16 x float> undef, <16 x i32> zeroinitializer
  %990 = mul nsw i64 %c310, 96
  %991 = add nsw i64 %990, 80
  %992 = getelementptr inbounds float, ptr %2, i64 %991
  %993 = load <16 x float>, ptr %992, align 4
  %994 = mul nsw i64 %6, 1632
  %995 = mul nsw i64 %979, 96
  %996 = add nsw i64 %994, %995
  %997 = add nsw i64 %996, 368
  %998 = getelementptr inbounds float, ptr %0, i64 %997
  %999 = load <16 x float>, ptr %998, align 4
  %1000 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %989, <16 x float> %993, <16 x float> %999)
  store <16 x float> %1000, ptr %998, align 4
  %1001 = add nsw i64 %c310, 1
  %1002 = icmp sle i64 %1001, 47
  br i1 %1002, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %else4
  br label %endif5

loop11:                                           ; preds = %endif16, %else
  %c213 = phi i64 [ 0, %else ], [ %1088, %endif16 ]
  %1003 = icmp eq i64 %c213, 0
  br i1 %1003, label %then14, label %else15

endloop12:                                        ; preds = %endif16, %else
  br label %endif

then14:                                           ; preds = %loop11
  %1004 = mul nsw i64 %6, 816
  %1005 = add nsw i64 %1004, 768
  %1006 = getelementptr inbounds float, ptr %1, i64 %1005
  %1007 = load float, ptr %1006, align 4
  %1008 = insertelement <16 x float> undef, float %1007, i32 0
  %1009 = shufflevector <16 x float> %1008, <16 x float> undef, <16 x i32> zeroinitializer
  %1010 = getelementptr inbounds float, ptr %2, i64 0
  %1011 = load <16 x float>, ptr %1010, align 4
  %1012 = getelementptr inbounds float, ptr %3, i64 0
  %1013 = load <16 x float>, ptr %1012, align 4
  %1014 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1009, <16 x float> %1011, <16 x float> %1013)
  %1015 = mul nsw i64 %6, 1632
  %1016 = add nsw i64 %1015, 1536
  %1017 = getelementptr inbounds float, ptr %0, i64 %1016
  store <16 x float> %1014, ptr %1017, align 4
  %1018 = mul nsw i64 %6, 816
  %1019 = add nsw i64 %1018, 768
  %1020 = getelementptr inbounds float, ptr %1, i64 %1019
  %1021 = load float, ptr %1020, align 4
  %1022 = insertelement <16 x float> undef, float %1021, i32 0
  %1023 = shufflevector <16 x float> %1022, <16 x float> undef, <16 x i32> zeroinitializer
  %1024 = getelementptr inbounds float, ptr %2, i64 16
  %1025 = load <16 x float>, ptr %1024, align 4
  %1026 = getelementptr inbounds float, ptr %3, i64 16
  %1027 = load <16 x float>, ptr %1026, align 4
  %1028 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1023, <16 x float> %1025, <16 x float> %1027)
  %1029 = mul nsw i64 %6, 1632
  %1030 = add nsw i64 %1029, 1552
  %1031 = getelementptr inbounds float, ptr %0, i64 %1030
  store <16 x float> %1028, ptr %1031, align 4
  %1032 = mul nsw i64 %6, 816
  %1033 = add nsw i64 %1032, 768
  %1034 = getelementptr inbounds float, ptr %1, i64 %1033
  %1035 = load float, ptr %1034, align 4
  %1036 = insertelement <16 x float> undef, float %1035, i32 0
  %1037 = shufflevector <16 x float> %1036, <16 x float> undef, <16 x i32> zeroinitializer
  %1038 = getelementptr inbounds float, ptr %2, i64 32
  %1039 = load <16 x float>, ptr %1038, align 4
  %1040 = getelementptr inbounds float, ptr %3, i64 32
  %1041 = load <16 x float>, ptr %1040, align 4
  %1042 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1037, <16 x float> %1039, <16 x float> %1041)
  %1043 = mul nsw i64 %6, 1632
  %1044 = add nsw i64 %1043, 1568
  %1045 = getelementptr inbounds float, ptr %0, i64 %1044
  store <16 x float> %1042, ptr %1045, align 4
  %1046 = mul nsw i64 %6, 816
  %1047 = add nsw i64 %1046, 768
  %1048 = getelementptr inbounds float, ptr %1, i64 %1047
  %1049 = load float, ptr %1048, align 4
  %1050 = insertelement <16 x float> undef, float %1049, i32 0
  %1051 = shufflevector <16 x float> %1050, <16 x float> undef, <16 x i32> zeroinitializer
  %1052 = getelementptr inbounds float, ptr %2, i64 48
  %1053 = load <16 x float>, ptr %1052, align 4
  %1054 = getelementptr inbounds float, ptr %3, i64 48
  %1055 = load <16 x float>, ptr %1054, align 4
  %1056 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1051, <16 x float> %1053, <16 x float> %1055)
  %1057 = mul nsw i64 %6, 1632
  %1058 = add nsw i64 %1057, 1584
  %1059 = getelementptr inbounds float, ptr %0, i64 %1058
  store <16 x float> %1056, ptr %1059, align 4
  br i1 true, label %loop17, label %endloop18

else15:                                           ; preds = %loop11
  %1060 = mul nsw i64 %6, 816
  %1061 = add nsw i64 %1060, 768
  %1062 = getelementptr inbounds float, ptr %1, i64 %1061
  %1063 = load float, ptr %1062, align 4
  %1064 = insertelement <16 x float> undef, float %1063, i32 0
  %1065 = shufflevector <16 x float> %1064, <16 x float> undef, <16 x i32> zeroinitializer
  %1066 = getelementptr inbounds float, ptr %2, i64 64
  %1067 = load <16 x float>, ptr %1066, align 4
  %1068 = getelementptr inbounds float, ptr %3, i64 64
  %1069 = load <16 x float>, ptr %1068, align 4
  %1070 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1065, <16 x float> %1067, <16 x float> %1069)
  %1071 = mul nsw i64 %6, 1632
  %1072 = add nsw i64 %1071, 1600
  %1073 = getelementptr inbounds float, ptr %0, i64 %1072
  store <16 x float> %1070, ptr %1073, align 4
  %1074 = mul nsw i64 %6, 816
  %1075 = add nsw i64 %1074, 768
  %1076 = getelementptr inbounds float, ptr %1, i64 %1075
  %1077 = load float, ptr %1076, align 4
  %1078 = insertelement <16 x float> undef, float %1077, i32 0
  %1079 = shufflevector <16 x float> %1078, <16 x float> undef, <16 x i32> zeroinitializer
  %1080 = getelementptr inbounds float, ptr %2, i64 80
  %1081 = load <16 x float>, ptr %1080, align 4
  %1082 = getelementptr inbounds float, ptr %3, i64 80
  %1083 = load <16 x float>, ptr %1082, align 4
  %1084 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1079, <16 x float> %1081, <16 x float> %1083)
  %1085 = mul nsw i64 %6, 1632
  %1086 = add nsw i64 %1085, 1616
  %1087 = getelementptr inbounds float, ptr %0, i64 %1086
  store <16 x float> %1084, ptr %1087, align 4
  br i1 true, label %loop20, label %endloop21

endif16:                                          ; preds = %endloop21, %endloop18
  %1088 = add nsw i64 %c213, 1
  %1089 = icmp sle i64 %1088, 1
  br i1 %1089, label %loop11, label %endloop12

loop17:                                           ; preds = %loop17, %then14
  %c319 = phi i64 [ 1, %then14 ], [ %1153, %loop17 ]
  %1090 = mul nsw i64 %6, 816
  %1091 = add nsw i64 %1090, %c319
  %1092 = add nsw i64 %1091, 768
  %1093 = getelementptr inbounds float, ptr %1, i64 %1092
  %1094 = load float, ptr %1093, align 4
  %1095 = insertelement <16 x float> undef, float %1094, i32 0
  %1096 = shufflevector <16 x float> %1095, <16 x float> undef, <16 x i32> zeroinitializer
  %1097 = mul nsw i64 %c319, 96
  %1098 = getelementptr inbounds float, ptr %2, i64 %1097
  %1099 = load <16 x float>, ptr %1098, align 4
  %1100 = mul nsw i64 %6, 1632
  %1101 = add nsw i64 %1100, 1536
  %1102 = getelementptr inbounds float, ptr %0, i64 %1101
  %1103 = load <16 x float>, ptr %1102, align 4
  %1104 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1096, <16 x float> %1099, <16 x float> %1103)
  store <16 x float> %1104, ptr %1102, align 4
  %1105 = mul nsw i64 %6, 816
  %1106 = add nsw i64 %1105, %c319
  %1107 = add nsw i64 %1106, 768
  %1108 = getelementptr inbounds float, ptr %1, i64 %1107
  %1109 = load float, ptr %1108, align 4
  %1110 = insertelement <16 x float> undef, float %1109, i32 0
  %1111 = shufflevector <16 x float> %1110, <16 x float> undef, <16 x i32> zeroinitializer
  %1112 = mul nsw i64 %c319, 96
  %1113 = add nsw i64 %1112, 16
  %1114 = getelementptr inbounds float, ptr %2, i64 %1113
  %1115 = load <16 x float>, ptr %1114, align 4
  %1116 = mul nsw i64 %6, 1632
  %1117 = add nsw i64 %1116, 1552
  %1118 = getelementptr inbounds float, ptr %0, i64 %1117
  %1119 = load <16 x float>, ptr %1118, align 4
  %1120 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1111, <16 x float> %1115, <16 x float> %1119)
  store <16 x float> %1120, ptr %1118, align 4
  %1121 = mul nsw i64 %6, 816
  %1122 = add nsw i64 %1121, %c319
  %1123 = add nsw i64 %1122, 768
  %1124 = getelementptr inbounds float, ptr %1, i64 %1123
  %1125 = load float, ptr %1124, align 4
  %1126 = insertelement <16 x float> undef, float %1125, i32 0
  %1127 = shufflevector <16 x float> %1126, <16 x float> undef, <16 x i32> zeroinitializer
  %1128 = mul nsw i64 %c319, 96
  %1129 = add nsw i64 %1128, 32
  %1130 = getelementptr inbounds float, ptr %2, i64 %1129
  %1131 = load <16 x float>, ptr %1130, align 4
  %1132 = mul nsw i64 %6, 1632
  %1133 = add nsw i64 %1132, 1568
  %1134 = getelementptr inbounds float, ptr %0, i64 %1133
  %1135 = load <16 x float>, ptr %1134, align 4
  %1136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1127, <16 x float> %1131, <16 x float> %1135)
  store <16 x float> %1136, ptr %1134, align 4
  %1137 = mul nsw i64 %6, 816
  %1138 = add nsw i64 %1137, %c319
  %1139 = add nsw i64 %1138, 768
  %1140 = getelementptr inbounds float, ptr %1, i64 %1139
  %1141 = load float, ptr %1140, align 4
  %1142 = insertelement <16 x float> undef, float %1141, i32 0
  %1143 = shufflevector <16 x float> %1142, <16 x float> undef, <16 x i32> zeroinitializer
  %1144 = mul nsw i64 %c319, 96
  %1145 = add nsw i64 %1144, 48
  %1146 = getelementptr inbounds float, ptr %2, i64 %1145
  %1147 = load <16 x float>, ptr %1146, align 4
  %1148 = mul nsw i64 %6, 1632
  %1149 = add nsw i64 %1148, 1584
  %1150 = getelementptr inbounds float, ptr %0, i64 %1149
  %1151 = load <16 x float>, ptr %1150, align 4
  %1152 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1143, <16 x float> %1147, <16 x float> %1151)
  store <16 x float> %1152, ptr %1150, align 4
  %1153 = add nsw i64 %c319, 1
  %1154 = icmp sle i64 %1153, 47
  br i1 %1154, label %loop17, label %endloop18

endloop18:                                        ; preds = %loop17, %then14
  br label %endif16

loop20:                                           ; preds = %loop20, %else15
  %c322 = phi i64 [ 1, %else15 ], [ %1187, %loop20 ]
  %1155 = mul nsw i64 %6, 816
  %1156 = add nsw i64 %1155, %c322
  %1157 = add nsw i64 %1156, 768
  %1158 = getelementptr inbounds float, ptr %1, i64 %1157
  %1159 = load float, ptr %1158, align 4
  %1160 = insertelement <16 x float> undef, float %1159, i32 0
  %1161 = shufflevector <16 x float> %1160, <16 x float> undef, <16 x i32> zeroinitializer
  %1162 = mul nsw i64 %c322, 96
  %1163 = add nsw i64 %1162, 64
  %1164 = getelementptr inbounds float, ptr %2, i64 %1163
  %1165 = load <16 x float>, ptr %1164, align 4
  %1166 = mul nsw i64 %6, 1632
  %1167 = add nsw i64 %1166, 1600
  %1168 = getelementptr inbounds float, ptr %0, i64 %1167
  %1169 = load <16 x float>, ptr %1168, align 4
  %1170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1161, <16 x float> %1165, <16 x float> %1169)
  store <16 x float> %1170, ptr %1168, align 4
  %1171 = mul nsw i64 %6, 816
  %1172 = add nsw i64 %1171, %c322
  %1173 = add nsw i64 %1172, 768
  %1174 = getelementptr inbounds float, ptr %1, i64 %1173
  %1175 = load float, ptr %1174, align 4
  %1176 = insertelement <16 x float> undef, float %1175, i32 0
  %1177 = shufflevector <16 x float> %1176, <16 x float> undef, <16 x i32> zeroinitializer
  %1178 = mul nsw i64 %c322, 96
  %1179 = add nsw i64 %1178, 80
  %1180 = getelementptr inbounds float, ptr %2, i64 %1179
  %1181 = load <16 x float>, ptr %1180, align 4
  %1182 = mul nsw i64 %6, 1632
  %1183 = add nsw i64 %1182, 1616
  %1184 = getelementptr inbounds float, ptr %0, i64 %1183
  %1185 = load <16 x float>, ptr %1184, align 4
  %1186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1177, <16 x float> %1181, <16 x float> %1185)
  store <16 x float> %1186, ptr %1184, align 4
  %1187 = add nsw i64 %c322, 1
  %1188 = icmp sle i64 %1187, 47
  br i1 %1188, label %loop20, label %endloop21

endloop21:                                        ; preds = %loop20, %else15
  br label %endif16
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

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
declare <16 x float> @llvm.fabs.v16f32(<16 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.copysign.v16f32(<16 x float>, <16 x float>) #2

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
  %25 = mul nsw i64 16, %c2
  %26 = add nsw i64 %25, 0
  %27 = mul nsw i64 %c03, 816
  %28 = mul nsw i64 %c1, 48
  %29 = add nsw i64 %27, %28
  %30 = add nsw i64 %29, %25
  %31 = getelementptr inbounds float, ptr %6, i64 %30
  %32 = load <16 x float>, ptr %31, align 4
  %33 = mul nsw i64 %c03, 816
  %34 = mul nsw i64 %c1, 48
  %35 = add nsw i64 %33, %34
  %36 = add nsw i64 %35, %25
  %37 = getelementptr inbounds float, ptr %2, i64 %36
  %38 = load <16 x float>, ptr %37, align 4
  %39 = fadd <16 x float> %32, %38
  %40 = mul nsw i64 %c03, 816
  %41 = mul nsw i64 %c1, 48
  %42 = add nsw i64 %40, %41
  %43 = add nsw i64 %42, %25
  %44 = getelementptr inbounds float, ptr %2, i64 %43
  store <16 x float> %39, ptr %44, align 4
  %45 = add nsw i64 %c2, 1
  %46 = icmp sle i64 %45, 2
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
  %c2 = phi i64 [ 0, %then ], [ %207, %endloop4 ]
  %19 = mul nsw i64 4, %c1
  %20 = mul nsw i64 16, %c2
  %21 = add nsw i64 %20, 0
  %22 = mul nsw i64 %7, 1632
  %23 = mul nsw i64 %19, 96
  %24 = add nsw i64 %22, %23
  %25 = getelementptr inbounds float, ptr %1, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = insertelement <16 x float> undef, float %26, i32 0
  %28 = shufflevector <16 x float> %27, <16 x float> undef, <16 x i32> zeroinitializer
  %29 = getelementptr inbounds float, ptr %2, i64 %20
  %30 = load <16 x float>, ptr %29, align 4
  %31 = getelementptr inbounds float, ptr %3, i64 %20
  %32 = load <16 x float>, ptr %31, align 4
  %33 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %28, <16 x float> %30, <16 x float> %32)
  %34 = mul nsw i64 %7, 816
  %35 = mul nsw i64 %19, 48
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %20
  %38 = getelementptr inbounds float, ptr %0, i64 %37
  store <16 x float> %33, ptr %38, align 4
  %39 = mul nsw i64 4, %c1
  %40 = add nsw i64 %39, 1
  %41 = mul nsw i64 16, %c2
  %42 = add nsw i64 %41, 0
  %43 = mul nsw i64 %7, 1632
  %44 = mul nsw i64 %39, 96
  %45 = add nsw i64 %43, %44
  %46 = add nsw i64 %45, 96
  %47 = getelementptr inbounds float, ptr %1, i64 %46
  %48 = load float, ptr %47, align 4
  %49 = insertelement <16 x float> undef, float %48, i32 0
  %50 = shufflevector <16 x float> %49, <16 x float> undef, <16 x i32> zeroinitializer
  %51 = getelementptr inbounds float, ptr %2, i64 %41
  %52 = load <16 x float>, ptr %51, align 4
  %53 = getelementptr inbounds float, ptr %3, i64 %41
  %54 = load <16 x float>, ptr %53, align 4
  %55 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %50, <16 x float> %52, <16 x float> %54)
  %56 = mul nsw i64 %7, 816
  %57 = mul nsw i64 %39, 48
  %58 = add nsw i64 %56, %57
  %59 = add nsw i64 %58, %41
  %60 = add nsw i64 %59, 48
  %61 = getelementptr inbounds float, ptr %0, i64 %60
  store <16 x float> %55, ptr %61, align 4
  %62 = mul nsw i64 4, %c1
  %63 = add nsw i64 %62, 2
  %64 = mul nsw i64 16, %c2
  %65 = add nsw i64 %64, 0
  %66 = mul nsw i64 %7, 1632
  %67 = mul nsw i64 %62, 96
  %68 = add nsw i64 %66, %67
  %69 = add nsw i64 %68, 192
  %70 = getelementptr inbounds float, ptr %1, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = insertelement <16 x float> undef, float %71, i32 0
  %73 = shufflevector <16 x float> %72, <16 x float> undef, <16 x i32> zeroinitializer
  %74 = getelementptr inbounds float, ptr %2, i64 %64
  %75 = load <16 x float>, ptr %74, align 4
  %76 = getelementptr inbounds float, ptr %3, i64 %64
  %77 = load <16 x float>, ptr %76, align 4
  %78 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %73, <16 x float> %75, <16 x float> %77)
  %79 = mul nsw i64 %7, 816
  %80 = mul nsw i64 %62, 48
  %81 = add nsw i64 %79, %80
  %82 = add nsw i64 %81, %64
  %83 = add nsw i64 %82, 96
  %84 = getelementptr inbounds float, ptr %0, i64 %83
  store <16 x float> %78, ptr %84, align 4
  %85 = mul nsw i64 4, %c1
  %86 = add nsw i64 %85, 3
  %87 = mul nsw i64 16, %c2
  %88 = add nsw i64 %87, 0
  %89 = mul nsw i64 %7, 1632
  %90 = mul nsw i64 %85, 96
  %91 = add nsw i64 %89, %90
  %92 = add nsw i64 %91, 288
  %93 = getelementptr inbounds float, ptr %1, i64 %92
  %94 = load float, ptr %93, align 4
  %95 = insertelement <16 x float> undef, float %94, i32 0
  %96 = shufflevector <16 x float> %95, <16 x float> undef, <16 x i32> zeroinitializer
  %97 = getelementptr inbounds float, ptr %2, i64 %87
  %98 = load <16 x float>, ptr %97, align 4
  %99 = getelementptr inbounds float, ptr %3, i64 %87
  %100 = load <16 x float>, ptr %99, align 4
  %101 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %96, <16 x float> %98, <16 x float> %100)
  %102 = mul nsw i64 %7, 816
  %103 = mul nsw i64 %85, 48
  %104 = add nsw i64 %102, %103
  %105 = add nsw i64 %104, %87
  %106 = add nsw i64 %105, 144
  %107 = getelementptr inbounds float, ptr %0, i64 %106
  store <16 x float> %101, ptr %107, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %then
  br label %endif

loop3:                                            ; preds = %loop3, %loop1
  %c3 = phi i64 [ 1, %loop1 ], [ %205, %loop3 ]
  %108 = mul nsw i64 4, %c1
  %109 = mul nsw i64 16, %c2
  %110 = add nsw i64 %109, 0
  %111 = mul nsw i64 %7, 1632
  %112 = mul nsw i64 %108, 96
  %113 = add nsw i64 %111, %112
  %114 = add nsw i64 %113, %c3
  %115 = getelementptr inbounds float, ptr %1, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = insertelement <16 x float> undef, float %116, i32 0
  %118 = shufflevector <16 x float> %117, <16 x float> undef, <16 x i32> zeroinitializer
  %119 = mul nsw i64 %c3, 48
  %120 = add nsw i64 %119, %109
  %121 = getelementptr inbounds float, ptr %2, i64 %120
  %122 = load <16 x float>, ptr %121, align 4
  %123 = mul nsw i64 %7, 816
  %124 = mul nsw i64 %108, 48
  %125 = add nsw i64 %123, %124
  %126 = add nsw i64 %125, %109
  %127 = getelementptr inbounds float, ptr %0, i64 %126
  %128 = load <16 x float>, ptr %127, align 4
  %129 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %118, <16 x float> %122, <16 x float> %128)
  store <16 x float> %129, ptr %127, align 4
  %130 = mul nsw i64 4, %c1
  %131 = add nsw i64 %130, 1
  %132 = mul nsw i64 16, %c2
  %133 = add nsw i64 %132, 0
  %134 = mul nsw i64 %7, 1632
  %135 = mul nsw i64 %130, 96
  %136 = add nsw i64 %134, %135
  %137 = add nsw i64 %136, %c3
  %138 = add nsw i64 %137, 96
  %139 = getelementptr inbounds float, ptr %1, i64 %138
  %140 = load float, ptr %139, align 4
  %141 = insertelement <16 x float> undef, float %140, i32 0
  %142 = shufflevector <16 x float> %141, <16 x float> undef, <16 x i32> zeroinitializer
  %143 = mul nsw i64 %c3, 48
  %144 = add nsw i64 %143, %132
  %145 = getelementptr inbounds float, ptr %2, i64 %144
  %146 = load <16 x float>, ptr %145, align 4
  %147 = mul nsw i64 %7, 816
  %148 = mul nsw i64 %130, 48
  %149 = add nsw i64 %147, %148
  %150 = add nsw i64 %149, %132
  %151 = add nsw i64 %150, 48
  %152 = getelementptr inbounds float, ptr %0, i64 %151
  %153 = load <16 x float>, ptr %152, align 4
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %142, <16 x float> %146, <16 x float> %153)
  store <16 x float> %154, ptr %152, align 4
  %155 = mul nsw i64 4, %c1
  %156 = add nsw i64 %155, 2
  %157 = mul nsw i64 16, %c2
  %158 = add nsw i64 %157, 0
  %159 = mul nsw i64 %7, 1632
  %160 = mul nsw i64 %155, 96
  %161 = add nsw i64 %159, %160
  %162 = add nsw i64 %161, %c3
  %163 = add nsw i64 %162, 192
  %164 = getelementptr inbounds float, ptr %1, i64 %163
  %165 = load float, ptr %164, align 4
  %166 = insertelement <16 x float> undef, float %165, i32 0
  %167 = shufflevector <16 x float> %166, <16 x float> undef, <16 x i32> zeroinitializer
  %168 = mul nsw i64 %c3, 48
  %169 = add nsw i64 %168, %157
  %170 = getelementptr inbounds float, ptr %2, i64 %169
  %171 = load <16 x float>, ptr %170, align 4
  %172 = mul nsw i64 %7, 816
  %173 = mul nsw i64 %155, 48
  %174 = add nsw i64 %172, %173
  %175 = add nsw i64 %174, %157
  %176 = add nsw i64 %175, 96
  %177 = getelementptr inbounds float, ptr %0, i64 %176
  %178 = load <16 x float>, ptr %177, align 4
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %167, <16 x float> %171, <16 x float> %178)
  store <16 x float> %179, ptr %177, align 4
  %180 = mul nsw i64 4, %c1
  %181 = add nsw i64 %180, 3
  %182 = mul nsw i64 16, %c2
  %183 = add nsw i64 %182, 0
  %184 = mul nsw i64 %7, 1632
  %185 = mul nsw i64 %180, 96
  %186 = add nsw i64 %184, %185
  %187 = add nsw i64 %186, %c3
  %188 = add nsw i64 %187, 288
  %189 = getelementptr inbounds float, ptr %1, i64 %188
  %190 = load float, ptr %189, align 4
  %191 = insertelement <16 x float> undef, float %190, i32 0
  %192 = shufflevector <16 x float> %191, <16 x float> undef, <16 x i32> zeroinitializer
  %193 = mul nsw i64 %c3, 48
  %194 = add nsw i64 %193, %182
  %195 = getelementptr inbounds float, ptr %2, i64 %194
  %196 = load <16 x float>, ptr %195, align 4
  %197 = mul nsw i64 %7, 816
  %198 = mul nsw i64 %180, 48
  %199 = add nsw i64 %197, %198
  %200 = add nsw i64 %199, %182
  %201 = add nsw i64 %200, 144
  %202 = getelementptr inbounds float, ptr %0, i64 %201
  %203 = load <16 x float>, ptr %202, align 4
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %192, <16 x float> %196, <16 x float> %203)
  store <16 x float> %204, ptr %202, align 4
  %205 = add nsw i64 %c3, 1
  %206 = icmp sle i64 %205, 95
  br i1 %206, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %207 = add nsw i64 %c2, 1
  %208 = icmp sle i64 %207, 2
  br i1 %208, label %loop1, label %endloop2

loop5:                                            ; preds = %endloop9, %else
  %c27 = phi i64 [ 0, %else ], [ %247, %endloop9 ]
  %209 = mul nsw i64 16, %c27
  %210 = add nsw i64 %209, 0
  %211 = mul nsw i64 %7, 1632
  %212 = add nsw i64 %211, 1536
  %213 = getelementptr inbounds float, ptr %1, i64 %212
  %214 = load float, ptr %213, align 4
  %215 = insertelement <16 x float> undef, float %214, i32 0
  %216 = shufflevector <16 x float> %215, <16 x float> undef, <16 x i32> zeroinitializer
  %217 = getelementptr inbounds float, ptr %2, i64 %209
  %218 = load <16 x float>, ptr %217, align 4
  %219 = getelementptr inbounds float, ptr %3, i64 %209
  %220 = load <16 x float>, ptr %219, align 4
  %221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %216, <16 x float> %218, <16 x float> %220)
  %222 = mul nsw i64 %7, 816
  %223 = add nsw i64 %222, %209
  %224 = add nsw i64 %223, 768
  %225 = getelementptr inbounds float, ptr %0, i64 %224
  store <16 x float> %221, ptr %225, align 4
  br i1 true, label %loop8, label %endloop9

endloop6:                                         ; preds = %endloop9, %else
  br label %endif

loop8:                                            ; preds = %loop8, %loop5
  %c310 = phi i64 [ 1, %loop5 ], [ %245, %loop8 ]
  %226 = mul nsw i64 16, %c27
  %227 = add nsw i64 %226, 0
  %228 = mul nsw i64 %7, 1632
  %229 = add nsw i64 %228, %c310
  %230 = add nsw i64 %229, 1536
  %231 = getelementptr inbounds float, ptr %1, i64 %230
  %232 = load float, ptr %231, align 4
  %233 = insertelement <16 x float> undef, float %232, i32 0
  %234 = shufflevector <16 x float> %233, <16 x float> undef, <16 x i32> zeroinitializer
  %235 = mul nsw i64 %c310, 48
  %236 = add nsw i64 %235, %226
  %237 = getelementptr inbounds float, ptr %2, i64 %236
  %238 = load <16 x float>, ptr %237, align 4
  %239 = mul nsw i64 %7, 816
  %240 = add nsw i64 %239, %226
  %241 = add nsw i64 %240, 768
  %242 = getelementptr inbounds float, ptr %0, i64 %241
  %243 = load <16 x float>, ptr %242, align 4
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %234, <16 x float> %238, <16 x float> %243)
  store <16 x float> %244, ptr %242, align 4
  %245 = add nsw i64 %c310, 1
  %246 = icmp sle i64 %245, 95
  br i1 %246, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %loop5
  %247 = add nsw i64 %c27, 1
  %248 = icmp sle i64 %247, 2
  br i1 %248, label %loop5, label %endloop6
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

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
