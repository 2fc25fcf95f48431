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
  %c2 = phi i64 [ %10, %entry ], [ %308, %endloop2 ]
  br i1 true, label %loop1, label %endloop2

endloop:                                          ; preds = %endloop2, %entry
  ret void

loop1:                                            ; preds = %endloop4, %loop
  %c3 = phi i64 [ 0, %loop ], [ %621, %endloop4 ]
  %15 = mul nsw i64 4, %c2
  %16 = mul nsw i64 24, %c3
  %17 = add nsw i64 %16, 0
  %18 = mul nsw i64 %6, 3072
  %19 = mul nsw i64 %15, 192
  %20 = add nsw i64 %18, %19
  %21 = getelementptr inbounds float, ptr %1, i64 %20
  %22 = load float, ptr %21, align 4
  %23 = insertelement <8 x float> undef, float %22, i32 0
  %24 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %25 = getelementptr inbounds float, ptr %2, i64 %16
  %26 = load <8 x float>, ptr %25, align 4
  %27 = getelementptr inbounds float, ptr %3, i64 %16
  %28 = load <8 x float>, ptr %27, align 4
  %29 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %24, <8 x float> %26, <8 x float> %28)
  %30 = mul nsw i64 %6, 768
  %31 = mul nsw i64 %15, 48
  %32 = add nsw i64 %30, %31
  %33 = add nsw i64 %32, %16
  %34 = getelementptr inbounds float, ptr %0, i64 %33
  store <8 x float> %29, ptr %34, align 4
  %35 = mul nsw i64 4, %c2
  %36 = mul nsw i64 24, %c3
  %37 = add nsw i64 %36, 0
  %38 = add nsw i64 %37, 8
  %39 = mul nsw i64 %6, 3072
  %40 = mul nsw i64 %35, 192
  %41 = add nsw i64 %39, %40
  %42 = getelementptr inbounds float, ptr %1, i64 %41
  %43 = load float, ptr %42, align 4
  %44 = insertelement <8 x float> undef, float %43, i32 0
  %45 = shufflevector <8 x float> %44, <8 x float> undef, <8 x i32> zeroinitializer
  %46 = add nsw i64 %36, 8
  %47 = getelementptr inbounds float, ptr %2, i64 %46
  %48 = load <8 x float>, ptr %47, align 4
  %49 = add nsw i64 %36, 8
  %50 = getelementptr inbounds float, ptr %3, i64 %49
  %51 = load <8 x float>, ptr %50, align 4
  %52 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %45, <8 x float> %48, <8 x float> %51)
  %53 = mul nsw i64 %6, 768
  %54 = mul nsw i64 %35, 48
  %55 = add nsw i64 %53, %54
  %56 = add nsw i64 %55, %36
  %57 = add nsw i64 %56, 8
  %58 = getelementptr inbounds float, ptr %0, i64 %57
  store <8 x float> %52, ptr %58, align 4
  %59 = mul nsw i64 4, %c2
  %60 = mul nsw i64 24, %c3
  %61 = add nsw i64 %60, 0
  %62 = add nsw i64 %61, 16
  %63 = mul nsw i64 %6, 3072
  %64 = mul nsw i64 %59, 192
  %65 = add nsw i64 %63, %64
  %66 = getelementptr inbounds float, ptr %1, i64 %65
  %67 = load float, ptr %66, align 4
  %68 = insertelement <8 x float> undef, float %67, i32 0
  %69 = shufflevector <8 x float> %68, <8 x float> undef, <8 x i32> zeroinitializer
  %70 = add nsw i64 %60, 16
  %71 = getelementptr inbounds float, ptr %2, i64 %70
  %72 = load <8 x float>, ptr %71, align 4
  %73 = add nsw i64 %60, 16
  %74 = getelementptr inbounds float, ptr %3, i64 %73
  %75 = load <8 x float>, ptr %74, align 4
  %76 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %69, <8 x float> %72, <8 x float> %75)
  %77 = mul nsw i64 %6, 768
  %78 = mul nsw i64 %59, 48
  %79 = add nsw i64 %77, %78
  %80 = add nsw i64 %79, %60
  %81 = add nsw i64 %80, 16
  %82 = getelementptr inbounds float, ptr %0, i64 %81
  store <8 x float> %76, ptr %82, align 4
  %83 = mul nsw i64 4, %c2
  %84 = add nsw i64 %83, 1
  %85 = mul nsw i64 24, %c3
  %86 = add nsw i64 %85, 0
  %87 = mul nsw i64 %6, 3072
  %88 = mul nsw i64 %83, 192
  %89 = add nsw i64 %87, %88
  %90 = add nsw i64 %89, 192
  %91 = getelementptr inbounds float, ptr %1, i64 %90
  %92 = load float, ptr %91, align 4
  %93 = insertelement <8 x float> undef, float %92, i32 0
  %94 = shufflevector <8 x float> %93, <8 x float> undef, <8 x i32> zeroinitializer
  %95 = getelementptr inbounds float, ptr %2, i64 %85
  %96 = load <8 x float>, ptr %95, align 4
  %97 = getelementptr inbounds float, ptr %3, i64 %85
  %98 = load <8 x float>, ptr %97, align 4
  %99 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %94, <8 x float> %96, <8 x float> %98)
  %100 = mul nsw i64 %6, 768
  %101 = mul nsw i64 %83, 48
  %102 = add nsw i64 %100, %101
  %103 = add nsw i64 %102, %85
  %104 = add nsw i64 %103, 48
  %105 = getelementptr inbounds float, ptr %0, i64 %104
  store <8 x float> %99, ptr %105, align 4
  %106 = mul nsw i64 4, %c2
  %107 = add nsw i64 %106, 1
  %108 = mul nsw i64 24, %c3
  %109 = add nsw i64 %108, 0
  %110 = add nsw i64 %109, 8
  %111 = mul nsw i64 %6, 3072
  %112 = mul nsw i64 %106, 192
  %113 = add nsw i64 %111, %112
  %114 = add nsw i64 %113, 192
  %115 = getelementptr inbounds float, ptr %1, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = insertelement <8 x float> undef, float %116, i32 0
  %118 = shufflevector <8 x float> %117, <8 x float> undef, <8 x i32> zeroinitializer
  %119 = add nsw i64 %108, 8
  %120 = getelementptr inbounds float, ptr %2, i64 %119
  %121 = load <8 x float>, ptr %120, align 4
  %122 = add nsw i64 %108, 8
  %123 = getelementptr inbounds float, ptr %3, i64 %122
  %124 = load <8 x float>, ptr %123, align 4
  %125 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %118, <8 x float> %121, <8 x float> %124)
  %126 = mul nsw i64 %6, 768
  %127 = mul nsw i64 %106, 48
  %128 = add nsw i64 %126, %127
  %129 = add nsw i64 %128, %108
  %130 = add nsw i64 %129, 56
  %131 = getelementptr inbounds float, ptr %0, i64 %130
  store <8 x float> %125, ptr %131, align 4
  %132 = mul nsw i64 4, %c2
  %133 = add nsw i64 %132, 1
  %134 = mul nsw i64 24, %c3
  %135 = add nsw i64 %134, 0
  %136 = add nsw i64 %135, 16
  %137 = mul nsw i64 %6, 3072
  %138 = mul nsw i64 %132, 192
  %139 = add nsw i64 %137, %138
  %140 = add nsw i64 %139, 192
  %141 = getelementptr inbounds float, ptr %1, i64 %140
  %142 = load float, ptr %141, align 4
  %143 = insertelement <8 x float> undef, float %142, i32 0
  %144 = shufflevector <8 x float> %143, <8 x float> undef, <8 x i32> zeroinitializer
  %145 = add nsw i64 %134, 16
  %146 = getelementptr inbounds float, ptr %2, i64 %145
  %147 = load <8 x float>, ptr %146, align 4
  %148 = add nsw i64 %134, 16
  %149 = getelementptr inbounds float, ptr %3, i64 %148
  %150 = load <8 x float>, ptr %149, align 4
  %151 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %144, <8 x float> %147, <8 x float> %150)
  %152 = mul nsw i64 %6, 768
  %153 = mul nsw i64 %132, 48
  %154 = add nsw i64 %152, %153
  %155 = add nsw i64 %154, %134
  %156 = add nsw i64 %155, 64
  %157 = getelementptr inbounds float, ptr %0, i64 %156
  store <8 x float> %151, ptr %157, align 4
  %158 = mul nsw i64 4, %c2
  %159 = add nsw i64 %158, 2
  %160 = mul nsw i64 24, %c3
  %161 = add nsw i64 %160, 0
  %162 = mul nsw i64 %6, 3072
  %163 = mul nsw i64 %158, 192
  %164 = add nsw i64 %162, %163
  %165 = add nsw i64 %164, 384
  %166 = getelementptr inbounds float, ptr %1, i64 %165
  %167 = load float, ptr %166, align 4
  %168 = insertelement <8 x float> undef, float %167, i32 0
  %169 = shufflevector <8 x float> %168, <8 x float> undef, <8 x i32> zeroinitializer
  %170 = getelementptr inbounds float, ptr %2, i64 %160
  %171 = load <8 x float>, ptr %170, align 4
  %172 = getelementptr inbounds float, ptr %3, i64 %160
  %173 = load <8 x float>, ptr %172, align 4
  %174 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %169, <8 x float> %171, <8 x float> %173)
  %175 = mul nsw i64 %6, 768
  %176 = mul nsw i64 %158, 48
  %177 = add nsw i64 %175, %176
  %178 = add nsw i64 %177, %160
  %179 = add nsw i64 %178, 96
  %180 = getelementptr inbounds float, ptr %0, i64 %179
  store <8 x float> %174, ptr %180, align 4
  %181 = mul nsw i64 4, %c2
  %182 = add nsw i64 %181, 2
  %183 = mul nsw i64 24, %c3
  %184 = add nsw i64 %183, 0
  %185 = add nsw i64 %184, 8
  %186 = mul nsw i64 %6, 3072
  %187 = mul nsw i64 %181, 192
  %188 = add nsw i64 %186, %187
  %189 = add nsw i64 %188, 384
  %190 = getelementptr inbounds float, ptr %1, i64 %189
  %191 = load float, ptr %190, align 4
  %192 = insertelement <8 x float> undef, float %191, i32 0
  %193 = shufflevector <8 x float> %192, <8 x float> undef, <8 x i32> zeroinitializer
  %194 = add nsw i64 %183, 8
  %195 = getelementptr inbounds float, ptr %2, i64 %194
  %196 = load <8 x float>, ptr %195, align 4
  %197 = add nsw i64 %183, 8
  %198 = getelementptr inbounds float, ptr %3, i64 %197
  %199 = load <8 x float>, ptr %198, align 4
  %200 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %193, <8 x float> %196, <8 x float> %199)
  %201 = mul nsw i64 %6, 768
  %202 = mul nsw i64 %181, 48
  %203 = add nsw i64 %201, %202
  %204 = add nsw i64 %203, %183
  %205 = add nsw i64 %204, 104
  %206 = getelementptr inbounds float, ptr %0, i64 %205
  store <8 x float> %200, ptr %206, align 4
  %207 = mul nsw i64 4, %c2
  %208 = add nsw i64 %207, 2
  %209 = mul nsw i64 24, %c3
  %210 = add nsw i64 %209, 0
  %211 = add nsw i64 %210, 16
  %212 = mul nsw i64 %6, 3072
  %213 = mul nsw i64 %207, 192
  %214 = add nsw i64 %212, %213
  %215 = add nsw i64 %214, 384
  %216 = getelementptr inbounds float, ptr %1, i64 %215
  %217 = load float, ptr %216, align 4
  %218 = insertelement <8 x float> undef, float %217, i32 0
  %219 = shufflevector <8 x float> %218, <8 x float> undef, <8 x i32> zeroinitializer
  %220 = add nsw i64 %209, 16
  %221 = getelementptr inbounds float, ptr %2, i64 %220
  %222 = load <8 x float>, ptr %221, align 4
  %223 = add nsw i64 %209, 16
  %224 = getelementptr inbounds float, ptr %3, i64 %223
  %225 = load <8 x float>, ptr %224, align 4
  %226 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %219, <8 x float> %222, <8 x float> %225)
  %227 = mul nsw i64 %6, 768
  %228 = mul nsw i64 %207, 48
  %229 = add nsw i64 %227, %228
  %230 = add nsw i64 %229, %209
  %231 = add nsw i64 %230, 112
  %232 = getelementptr inbounds float, ptr %0, i64 %231
  store <8 x float> %226, ptr %232, align 4
  %233 = mul nsw i64 4, %c2
  %234 = add nsw i64 %233, 3
  %235 = mul nsw i64 24, %c3
  %236 = add nsw i64 %235, 0
  %237 = mul nsw i64 %6, 3072
  %238 = mul nsw i64 %233, 192
  %239 = add nsw i64 %237, %238
  %240 = add nsw i64 %239, 576
  %241 = getelementptr inbounds float, ptr %1, i64 %240
  %242 = load float, ptr %241, align 4
  %243 = insertelement <8 x float> undef, float %242, i32 0
  %244 = shufflevector <8 x float> %243, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = getelementptr inbounds float, ptr %2, i64 %235
  %246 = load <8 x float>, ptr %245, align 4
  %247 = getelementptr inbounds float, ptr %3, i64 %235
  %248 = load <8 x float>, ptr %247, align 4
  %249 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %244, <8 x float> %246, <8 x float> %248)
  %250 = mul nsw i64 %6, 768
  %251 = mul nsw i64 %233, 48
  %252 = add nsw i64 %250, %251
  %253 = add nsw i64 %252, %235
  %254 = add nsw i64 %253, 144
  %255 = getelementptr inbounds float, ptr %0, i64 %254
  store <8 x float> %249, ptr %255, align 4
  %256 = mul nsw i64 4, %c2
  %257 = add nsw i64 %256, 3
  %258 = mul nsw i64 24, %c3
  %259 = add nsw i64 %258, 0
  %260 = add nsw i64 %259, 8
  %261 = mul nsw i64 %6, 3072
  %262 = mul nsw i64 %256, 192
  %263 = add nsw i64 %261, %262
  %264 = add nsw i64 %263, 576
  %265 = getelementptr inbounds float, ptr %1, i64 %264
  %266 = load float, ptr %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %268 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %269 = add nsw i64 %258, 8
  %270 = getelementptr inbounds float, ptr %2, i64 %269
  %271 = load <8 x float>, ptr %270, align 4
  %272 = add nsw i64 %258, 8
  %273 = getelementptr inbounds float, ptr %3, i64 %272
  %274 = load <8 x float>, ptr %273, align 4
  %275 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %268, <8 x float> %271, <8 x float> %274)
  %276 = mul nsw i64 %6, 768
  %277 = mul nsw i64 %256, 48
  %278 = add nsw i64 %276, %277
  %279 = add nsw i64 %278, %258
  %280 = add nsw i64 %279, 152
  %281 = getelementptr inbounds float, ptr %0, i64 %280
  store <8 x float> %275, ptr %281, align 4
  %282 = mul nsw i64 4, %c2
  %283 = add nsw i64 %282, 3
  %284 = mul nsw i64 24, %c3
  %285 = add nsw i64 %284, 0
  %286 = add nsw i64 %285, 16
  %287 = mul nsw i64 %6, 3072
  %288 = mul nsw i64 %282, 192
  %289 = add nsw i64 %287, %288
  %290 = add nsw i64 %289, 576
  %291 = getelementptr inbounds float, ptr %1, i64 %290
  %292 = load float, ptr %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %294 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = add nsw i64 %284, 16
  %296 = getelementptr inbounds float, ptr %2, i64 %295
  %297 = load <8 x float>, ptr %296, align 4
  %298 = add nsw i64 %284, 16
  %299 = getelementptr inbounds float, ptr %3, i64 %298
  %300 = load <8 x float>, ptr %299, align 4
  %301 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %294, <8 x float> %297, <8 x float> %300)
  %302 = mul nsw i64 %6, 768
  %303 = mul nsw i64 %282, 48
  %304 = add nsw i64 %302, %303
  %305 = add nsw i64 %304, %284
  %306 = add nsw i64 %305, 160
  %307 = getelementptr inbounds float, ptr %0, i64 %306
  store <8 x float> %301, ptr %307, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %loop
  %308 = add nsw i64 %c2, 1
  %309 = icmp sle i64 %308, %13
  br i1 %309, label %loop, label %endloop

loop3:                                            ; preds = %loop3, %loop1
  %c4 = phi i64 [ 1, %loop1 ], [ %619, %loop3 ]
  %310 = mul nsw i64 4, %c2
  %311 = mul nsw i64 24, %c3
  %312 = add nsw i64 %311, 0
  %313 = mul nsw i64 %6, 3072
  %314 = mul nsw i64 %310, 192
  %315 = add nsw i64 %313, %314
  %316 = add nsw i64 %315, %c4
  %317 = getelementptr inbounds float, ptr %1, i64 %316
  %318 = load float, ptr %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %320 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = mul nsw i64 %c4, 48
  %322 = add nsw i64 %321, %311
  %323 = getelementptr inbounds float, ptr %2, i64 %322
  %324 = load <8 x float>, ptr %323, align 4
  %325 = mul nsw i64 %6, 768
  %326 = mul nsw i64 %310, 48
  %327 = add nsw i64 %325, %326
  %328 = add nsw i64 %327, %311
  %329 = getelementptr inbounds float, ptr %0, i64 %328
  %330 = load <8 x float>, ptr %329, align 4
  %331 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %320, <8 x float> %324, <8 x float> %330)
  store <8 x float> %331, ptr %329, align 4
  %332 = mul nsw i64 4, %c2
  %333 = mul nsw i64 24, %c3
  %334 = add nsw i64 %333, 0
  %335 = add nsw i64 %334, 8
  %336 = mul nsw i64 %6, 3072
  %337 = mul nsw i64 %332, 192
  %338 = add nsw i64 %336, %337
  %339 = add nsw i64 %338, %c4
  %340 = getelementptr inbounds float, ptr %1, i64 %339
  %341 = load float, ptr %340, align 4
  %342 = insertelement <8 x float> undef, float %341, i32 0
  %343 = shufflevector <8 x float> %342, <8 x float> undef, <8 x i32> zeroinitializer
  %344 = mul nsw i64 %c4, 48
  %345 = add nsw i64 %344, %333
  %346 = add nsw i64 %345, 8
  %347 = getelementptr inbounds float, ptr %2, i64 %346
  %348 = load <8 x float>, ptr %347, align 4
  %349 = mul nsw i64 %6, 768
  %350 = mul nsw i64 %332, 48
  %351 = add nsw i64 %349, %350
  %352 = add nsw i64 %351, %333
  %353 = add nsw i64 %352, 8
  %354 = getelementptr inbounds float, ptr %0, i64 %353
  %355 = load <8 x float>, ptr %354, align 4
  %356 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %343, <8 x float> %348, <8 x float> %355)
  store <8 x float> %356, ptr %354, align 4
  %357 = mul nsw i64 4, %c2
  %358 = mul nsw i64 24, %c3
  %359 = add nsw i64 %358, 0
  %360 = add nsw i64 %359, 16
  %361 = mul nsw i64 %6, 3072
  %362 = mul nsw i64 %357, 192
  %363 = add nsw i64 %361, %362
  %364 = add nsw i64 %363, %c4
  %365 = getelementptr inbounds float, ptr %1, i64 %364
  %366 = load float, ptr %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %368 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %369 = mul nsw i64 %c4, 48
  %370 = add nsw i64 %369, %358
  %371 = add nsw i64 %370, 16
  %372 = getelementptr inbounds float, ptr %2, i64 %371
  %373 = load <8 x float>, ptr %372, align 4
  %374 = mul nsw i64 %6, 768
  %375 = mul nsw i64 %357, 48
  %376 = add nsw i64 %374, %375
  %377 = add nsw i64 %376, %358
  %378 = add nsw i64 %377, 16
  %379 = getelementptr inbounds float, ptr %0, i64 %378
  %380 = load <8 x float>, ptr %379, align 4
  %381 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %368, <8 x float> %373, <8 x float> %380)
  store <8 x float> %381, ptr %379, align 4
  %382 = mul nsw i64 4, %c2
  %383 = add nsw i64 %382, 1
  %384 = mul nsw i64 24, %c3
  %385 = add nsw i64 %384, 0
  %386 = mul nsw i64 %6, 3072
  %387 = mul nsw i64 %382, 192
  %388 = add nsw i64 %386, %387
  %389 = add nsw i64 %388, %c4
  %390 = add nsw i64 %389, 192
  %391 = getelementptr inbounds float, ptr %1, i64 %390
  %392 = load float, ptr %391, align 4
  %393 = insertelement <8 x float> undef, float %392, i32 0
  %394 = shufflevector <8 x float> %393, <8 x float> undef, <8 x i32> zeroinitializer
  %395 = mul nsw i64 %c4, 48
  %396 = add nsw i64 %395, %384
  %397 = getelementptr inbounds float, ptr %2, i64 %396
  %398 = load <8 x float>, ptr %397, align 4
  %399 = mul nsw i64 %6, 768
  %400 = mul nsw i64 %382, 48
  %401 = add nsw i64 %399, %400
  %402 = add nsw i64 %401, %384
  %403 = add nsw i64 %402, 48
  %404 = getelementptr inbounds float, ptr %0, i64 %403
  %405 = load <8 x float>, ptr %404, align 4
  %406 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %394, <8 x float> %398, <8 x float> %405)
  store <8 x float> %406, ptr %404, align 4
  %407 = mul nsw i64 4, %c2
  %408 = add nsw i64 %407, 1
  %409 = mul nsw i64 24, %c3
  %410 = add nsw i64 %409, 0
  %411 = add nsw i64 %410, 8
  %412 = mul nsw i64 %6, 3072
  %413 = mul nsw i64 %407, 192
  %414 = add nsw i64 %412, %413
  %415 = add nsw i64 %414, %c4
  %416 = add nsw i64 %415, 192
  %417 = getelementptr inbounds float, ptr %1, i64 %416
  %418 = load float, ptr %417, align 4
  %419 = insertelement <8 x float> undef, float %418, i32 0
  %420 = shufflevector <8 x float> %419, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = mul nsw i64 %c4, 48
  %422 = add nsw i64 %421, %409
  %423 = add nsw i64 %422, 8
  %424 = getelementptr inbounds float, ptr %2, i64 %423
  %425 = load <8 x float>, ptr %424, align 4
  %426 = mul nsw i64 %6, 768
  %427 = mul nsw i64 %407, 48
  %428 = add nsw i64 %426, %427
  %429 = add nsw i64 %428, %409
  %430 = add nsw i64 %429, 56
  %431 = getelementptr inbounds float, ptr %0, i64 %430
  %432 = load <8 x float>, ptr %431, align 4
  %433 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %420, <8 x float> %425, <8 x float> %432)
  store <8 x float> %433, ptr %431, align 4
  %434 = mul nsw i64 4, %c2
  %435 = add nsw i64 %434, 1
  %436 = mul nsw i64 24, %c3
  %437 = add nsw i64 %436, 0
  %438 = add nsw i64 %437, 16
  %439 = mul nsw i64 %6, 3072
  %440 = mul nsw i64 %434, 192
  %441 = add nsw i64 %439, %440
  %442 = add nsw i64 %441, %c4
  %443 = add nsw i64 %442, 192
  %444 = getelementptr inbounds float, ptr %1, i64 %443
  %445 = load float, ptr %444, align 4
  %446 = insertelement <8 x float> undef, float %445, i32 0
  %447 = shufflevector <8 x float> %446, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = mul nsw i64 %c4, 48
  %449 = add nsw i64 %448, %436
  %450 = add nsw i64 %449, 16
  %451 = getelementptr inbounds float, ptr %2, i64 %450
  %452 = load <8 x float>, ptr %451, align 4
  %453 = mul nsw i64 %6, 768
  %454 = mul nsw i64 %434, 48
  %455 = add nsw i64 %453, %454
  %456 = add nsw i64 %455, %436
  %457 = add nsw i64 %456, 64
  %458 = getelementptr inbounds float, ptr %0, i64 %457
  %459 = load <8 x float>, ptr %458, align 4
  %460 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %447, <8 x float> %452, <8 x float> %459)
  store <8 x float> %460, ptr %458, align 4
  %461 = mul nsw i64 4, %c2
  %462 = add nsw i64 %461, 2
  %463 = mul nsw i64 24, %c3
  %464 = add nsw i64 %463, 0
  %465 = mul nsw i64 %6, 3072
  %466 = mul nsw i64 %461, 192
  %467 = add nsw i64 %465, %466
  %468 = add nsw i64 %467, %c4
  %469 = add nsw i64 %468, 384
  %470 = getelementptr inbounds float, ptr %1, i64 %469
  %471 = load float, ptr %470, align 4
  %472 = insertelement <8 x float> undef, float %471, i32 0
  %473 = shufflevector <8 x float> %472, <8 x float> undef, <8 x i32> zeroinitializer
  %474 = mul nsw i64 %c4, 48
  %475 = add nsw i64 %474, %463
  %476 = getelementptr inbounds float, ptr %2, i64 %475
  %477 = load <8 x float>, ptr %476, align 4
  %478 = mul nsw i64 %6, 768
  %479 = mul nsw i64 %461, 48
  %480 = add nsw i64 %478, %479
  %481 = add nsw i64 %480, %463
  %482 = add nsw i64 %481, 96
  %483 = getelementptr inbounds float, ptr %0, i64 %482
  %484 = load <8 x float>, ptr %483, align 4
  %485 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %473, <8 x float> %477, <8 x float> %484)
  store <8 x float> %485, ptr %483, align 4
  %486 = mul nsw i64 4, %c2
  %487 = add nsw i64 %486, 2
  %488 = mul nsw i64 24, %c3
  %489 = add nsw i64 %488, 0
  %490 = add nsw i64 %489, 8
  %491 = mul nsw i64 %6, 3072
  %492 = mul nsw i64 %486, 192
  %493 = add nsw i64 %491, %492
  %494 = add nsw i64 %493, %c4
  %495 = add nsw i64 %494, 384
  %496 = getelementptr inbounds float, ptr %1, i64 %495
  %497 = load float, ptr %496, align 4
  %498 = insertelement <8 x float> undef, float %497, i32 0
  %499 = shufflevector <8 x float> %498, <8 x float> undef, <8 x i32> zeroinitializer
  %500 = mul nsw i64 %c4, 48
  %501 = add nsw i64 %500, %488
  %502 = add nsw i64 %501, 8
  %503 = getelementptr inbounds float, ptr %2, i64 %502
  %504 = load <8 x float>, ptr %503, align 4
  %505 = mul nsw i64 %6, 768
  %506 = mul nsw i64 %486, 48
  %507 = add nsw i64 %505, %506
  %508 = add nsw i64 %507, %488
  %509 = add nsw i64 %508, 104
  %510 = getelementptr inbounds float, ptr %0, i64 %509
  %511 = load <8 x float>, ptr %510, align 4
  %512 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %499, <8 x float> %504, <8 x float> %511)
  store <8 x float> %512, ptr %510, align 4
  %513 = mul nsw i64 4, %c2
  %514 = add nsw i64 %513, 2
  %515 = mul nsw i64 24, %c3
  %516 = add nsw i64 %515, 0
  %517 = add nsw i64 %516, 16
  %518 = mul nsw i64 %6, 3072
  %519 = mul nsw i64 %513, 192
  %520 = add nsw i64 %518, %519
  %521 = add nsw i64 %520, %c4
  %522 = add nsw i64 %521, 384
  %523 = getelementptr inbounds float, ptr %1, i64 %522
  %524 = load float, ptr %523, align 4
  %525 = insertelement <8 x float> undef, float %524, i32 0
  %526 = shufflevector <8 x float> %525, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = mul nsw i64 %c4, 48
  %528 = add nsw i64 %527, %515
  %529 = add nsw i64 %528, 16
  %530 = getelementptr inbounds float, ptr %2, i64 %529
  %531 = load <8 x float>, ptr %530, align 4
  %532 = mul nsw i64 %6, 768
  %533 = mul nsw i64 %513, 48
  %534 = add nsw i64 %532, %533
  %535 = add nsw i64 %534, %515
  %536 = add nsw i64 %535, 112
  %537 = getelementptr inbounds float, ptr %0, i64 %536
  %538 = load <8 x float>, ptr %537, align 4
  %539 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %526, <8 x float> %531, <8 x float> %538)
  store <8 x float> %539, ptr %537, align 4
  %540 = mul nsw i64 4, %c2
  %541 = add nsw i64 %540, 3
  %542 = mul nsw i64 24, %c3
  %543 = add nsw i64 %542, 0
  %544 = mul nsw i64 %6, 3072
  %545 = mul nsw i64 %540, 192
  %546 = add nsw i64 %544, %545
  %547 = add nsw i64 %546, %c4
  %548 = add nsw i64 %547, 576
  %549 = getelementptr inbounds float, ptr %1, i64 %548
  %550 = load float, ptr %549, align 4
  %551 = insertelement <8 x float> undef, float %550, i32 0
  %552 = shufflevector <8 x float> %551, <8 x float> undef, <8 x i32> zeroinitializer
  %553 = mul nsw i64 %c4, 48
  %554 = add nsw i64 %553, %542
  %555 = getelementptr inbounds float, ptr %2, i64 %554
  %556 = load <8 x float>, ptr %555, align 4
  %557 = mul nsw i64 %6, 768
  %558 = mul nsw i64 %540, 48
  %559 = add nsw i64 %557, %558
  %560 = add nsw i64 %559, %542
  %561 = add nsw i64 %560, 144
  %562 = getelementptr inbounds float, ptr %0, i64 %561
  %563 = load <8 x float>, ptr %562, align 4
  %564 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %552, <8 x float> %556, <8 x float> %563)
  store <8 x float> %564, ptr %562, align 4
  %565 = mul nsw i64 4, %c2
  %566 = add nsw i64 %565, 3
  %567 = mul nsw i64 24, %c3
  %568 = add nsw i64 %567, 0
  %569 = add nsw i64 %568, 8
  %570 = mul nsw i64 %6, 3072
  %571 = mul nsw i64 %565, 192
  %572 = add nsw i64 %570, %571
  %573 = add nsw i64 %572, %c4
  %574 = add nsw i64 %573, 576
  %575 = getelementptr inbounds float, ptr %1, i64 %574
  %576 = load float, ptr %575, align 4
  %577 = insertelement <8 x float> undef, float %576, i32 0
  %578 = shufflevector <8 x float> %577, <8 x float> undef, <8 x i32> zeroinitializer
  %579 = mul nsw i64 %c4, 48
  %580 = add nsw i64 %579, %567
  %581 = add nsw i64 %580, 8
  %582 = getelementptr inbounds float, ptr %2, i64 %581
  %583 = load <8 x float>, ptr %582, align 4
  %584 = mul nsw i64 %6, 768
  %585 = mul nsw i64 %565, 48
  %586 = add nsw i64 %584, %585
  %587 = add nsw i64 %586, %567
  %588 = add nsw i64 %587, 152
  %589 = getelementptr inbounds float, ptr %0, i64 %588
  %590 = load <8 x float>, ptr %589, align 4
  %591 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %578, <8 x float> %583, <8 x float> %590)
  store <8 x float> %591, ptr %589, align 4
  %592 = mul nsw i64 4, %c2
  %593 = add nsw i64 %592, 3
  %594 = mul nsw i64 24, %c3
  %595 = add nsw i64 %594, 0
  %596 = add nsw i64 %595, 16
  %597 = mul nsw i64 %6, 3072
  %598 = mul nsw i64 %592, 192
  %599 = add nsw i64 %597, %598
  %600 = add nsw i64 %599, %c4
  %601 = add nsw i64 %600, 576
  %602 = getelementptr inbounds float, ptr %1, i64 %601
  %603 = load float, ptr %602, align 4
  %604 = insertelement <8 x float> undef, float %603, i32 0
  %605 = shufflevector <8 x float> %604, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = mul nsw i64 %c4, 48
  %607 = add nsw i64 %606, %594
  %608 = add nsw i64 %607, 16
  %609 = getelementptr inbounds float, ptr %2, i64 %608
  %610 = load <8 x float>, ptr %609, align 4
  %611 = mul nsw i64 %6, 768
  %612 = mul nsw i64 %592, 48
  %613 = add nsw i64 %611, %612
  %614 = add nsw i64 %613, %594
  %615 = add nsw i64 %614, 160
  %616 = getelementptr inbounds float, ptr %0, i64 %615
  %617 = load <8 x float>, ptr %616, align 4
  %618 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %605, <8 x float> %610, <8 x float> %617)
  store <8 x float> %618, ptr %616, align 4
  %619 = add nsw i64 %c4, 1
  %620 = icmp sle i64 %619, 191
  br i1 %620, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %621 = add nsw i64 %c3, 1
  %622 = icmp sle i64 %621, 1
  br i1 %622, label %loop1, label %endloop2
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
  %c2 = phi i64 [ 0, %then ], [ %622, %endloop4 ]
  %18 = mul nsw i64 4, %c1
  %19 = mul nsw i64 24, %c2
  %20 = add nsw i64 %19, 0
  %21 = mul nsw i64 %6, 816
  %22 = mul nsw i64 %18, 48
  %23 = add nsw i64 %21, %22
  %24 = getelementptr inbounds float, ptr %1, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = insertelement <8 x float> undef, float %25, i32 0
  %27 = shufflevector <8 x float> %26, <8 x float> undef, <8 x i32> zeroinitializer
  %28 = getelementptr inbounds float, ptr %2, i64 %19
  %29 = load <8 x float>, ptr %28, align 4
  %30 = getelementptr inbounds float, ptr %3, i64 %19
  %31 = load <8 x float>, ptr %30, align 4
  %32 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %27, <8 x float> %29, <8 x float> %31)
  %33 = mul nsw i64 %6, 2448
  %34 = mul nsw i64 %18, 144
  %35 = add nsw i64 %33, %34
  %36 = add nsw i64 %35, %19
  %37 = getelementptr inbounds float, ptr %0, i64 %36
  store <8 x float> %32, ptr %37, align 4
  %38 = mul nsw i64 4, %c1
  %39 = mul nsw i64 24, %c2
  %40 = add nsw i64 %39, 0
  %41 = add nsw i64 %40, 8
  %42 = mul nsw i64 %6, 816
  %43 = mul nsw i64 %38, 48
  %44 = add nsw i64 %42, %43
  %45 = getelementptr inbounds float, ptr %1, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = insertelement <8 x float> undef, float %46, i32 0
  %48 = shufflevector <8 x float> %47, <8 x float> undef, <8 x i32> zeroinitializer
  %49 = add nsw i64 %39, 8
  %50 = getelementptr inbounds float, ptr %2, i64 %49
  %51 = load <8 x float>, ptr %50, align 4
  %52 = add nsw i64 %39, 8
  %53 = getelementptr inbounds float, ptr %3, i64 %52
  %54 = load <8 x float>, ptr %53, align 4
  %55 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %48, <8 x float> %51, <8 x float> %54)
  %56 = mul nsw i64 %6, 2448
  %57 = mul nsw i64 %38, 144
  %58 = add nsw i64 %56, %57
  %59 = add nsw i64 %58, %39
  %60 = add nsw i64 %59, 8
  %61 = getelementptr inbounds float, ptr %0, i64 %60
  store <8 x float> %55, ptr %61, align 4
  %62 = mul nsw i64 4, %c1
  %63 = mul nsw i64 24, %c2
  %64 = add nsw i64 %63, 0
  %65 = add nsw i64 %64, 16
  %66 = mul nsw i64 %6, 816
  %67 = mul nsw i64 %62, 48
  %68 = add nsw i64 %66, %67
  %69 = getelementptr inbounds float, ptr %1, i64 %68
  %70 = load float, ptr %69, align 4
  %71 = insertelement <8 x float> undef, float %70, i32 0
  %72 = shufflevector <8 x float> %71, <8 x float> undef, <8 x i32> zeroinitializer
  %73 = add nsw i64 %63, 16
  %74 = getelementptr inbounds float, ptr %2, i64 %73
  %75 = load <8 x float>, ptr %74, align 4
  %76 = add nsw i64 %63, 16
  %77 = getelementptr inbounds float, ptr %3, i64 %76
  %78 = load <8 x float>, ptr %77, align 4
  %79 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %72, <8 x float> %75, <8 x float> %78)
  %80 = mul nsw i64 %6, 2448
  %81 = mul nsw i64 %62, 144
  %82 = add nsw i64 %80, %81
  %83 = add nsw i64 %82, %63
  %84 = add nsw i64 %83, 16
  %85 = getelementptr inbounds float, ptr %0, i64 %84
  store <8 x float> %79, ptr %85, align 4
  %86 = mul nsw i64 4, %c1
  %87 = add nsw i64 %86, 1
  %88 = mul nsw i64 24, %c2
  %89 = add nsw i64 %88, 0
  %90 = mul nsw i64 %6, 816
  %91 = mul nsw i64 %86, 48
  %92 = add nsw i64 %90, %91
  %93 = add nsw i64 %92, 48
  %94 = getelementptr inbounds float, ptr %1, i64 %93
  %95 = load float, ptr %94, align 4
  %96 = insertelement <8 x float> undef, float %95, i32 0
  %97 = shufflevector <8 x float> %96, <8 x float> undef, <8 x i32> zeroinitializer
  %98 = getelementptr inbounds float, ptr %2, i64 %88
  %99 = load <8 x float>, ptr %98, align 4
  %100 = getelementptr inbounds float, ptr %3, i64 %88
  %101 = load <8 x float>, ptr %100, align 4
  %102 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %97, <8 x float> %99, <8 x float> %101)
  %103 = mul nsw i64 %6, 2448
  %104 = mul nsw i64 %86, 144
  %105 = add nsw i64 %103, %104
  %106 = add nsw i64 %105, %88
  %107 = add nsw i64 %106, 144
  %108 = getelementptr inbounds float, ptr %0, i64 %107
  store <8 x float> %102, ptr %108, align 4
  %109 = mul nsw i64 4, %c1
  %110 = add nsw i64 %109, 1
  %111 = mul nsw i64 24, %c2
  %112 = add nsw i64 %111, 0
  %113 = add nsw i64 %112, 8
  %114 = mul nsw i64 %6, 816
  %115 = mul nsw i64 %109, 48
  %116 = add nsw i64 %114, %115
  %117 = add nsw i64 %116, 48
  %118 = getelementptr inbounds float, ptr %1, i64 %117
  %119 = load float, ptr %118, align 4
  %120 = insertelement <8 x float> undef, float %119, i32 0
  %121 = shufflevector <8 x float> %120, <8 x float> undef, <8 x i32> zeroinitializer
  %122 = add nsw i64 %111, 8
  %123 = getelementptr inbounds float, ptr %2, i64 %122
  %124 = load <8 x float>, ptr %123, align 4
  %125 = add nsw i64 %111, 8
  %126 = getelementptr inbounds float, ptr %3, i64 %125
  %127 = load <8 x float>, ptr %126, align 4
  %128 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %121, <8 x float> %124, <8 x float> %127)
  %129 = mul nsw i64 %6, 2448
  %130 = mul nsw i64 %109, 144
  %131 = add nsw i64 %129, %130
  %132 = add nsw i64 %131, %111
  %133 = add nsw i64 %132, 152
  %134 = getelementptr inbounds float, ptr %0, i64 %133
  store <8 x float> %128, ptr %134, align 4
  %135 = mul nsw i64 4, %c1
  %136 = add nsw i64 %135, 1
  %137 = mul nsw i64 24, %c2
  %138 = add nsw i64 %137, 0
  %139 = add nsw i64 %138, 16
  %140 = mul nsw i64 %6, 816
  %141 = mul nsw i64 %135, 48
  %142 = add nsw i64 %140, %141
  %143 = add nsw i64 %142, 48
  %144 = getelementptr inbounds float, ptr %1, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = insertelement <8 x float> undef, float %145, i32 0
  %147 = shufflevector <8 x float> %146, <8 x float> undef, <8 x i32> zeroinitializer
  %148 = add nsw i64 %137, 16
  %149 = getelementptr inbounds float, ptr %2, i64 %148
  %150 = load <8 x float>, ptr %149, align 4
  %151 = add nsw i64 %137, 16
  %152 = getelementptr inbounds float, ptr %3, i64 %151
  %153 = load <8 x float>, ptr %152, align 4
  %154 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %147, <8 x float> %150, <8 x float> %153)
  %155 = mul nsw i64 %6, 2448
  %156 = mul nsw i64 %135, 144
  %157 = add nsw i64 %155, %156
  %158 = add nsw i64 %157, %137
  %159 = add nsw i64 %158, 160
  %160 = getelementptr inbounds float, ptr %0, i64 %159
  store <8 x float> %154, ptr %160, align 4
  %161 = mul nsw i64 4, %c1
  %162 = add nsw i64 %161, 2
  %163 = mul nsw i64 24, %c2
  %164 = add nsw i64 %163, 0
  %165 = mul nsw i64 %6, 816
  %166 = mul nsw i64 %161, 48
  %167 = add nsw i64 %165, %166
  %168 = add nsw i64 %167, 96
  %169 = getelementptr inbounds float, ptr %1, i64 %168
  %170 = load float, ptr %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %172 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %173 = getelementptr inbounds float, ptr %2, i64 %163
  %174 = load <8 x float>, ptr %173, align 4
  %175 = getelementptr inbounds float, ptr %3, i64 %163
  %176 = load <8 x float>, ptr %175, align 4
  %177 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %172, <8 x float> %174, <8 x float> %176)
  %178 = mul nsw i64 %6, 2448
  %179 = mul nsw i64 %161, 144
  %180 = add nsw i64 %178, %179
  %181 = add nsw i64 %180, %163
  %182 = add nsw i64 %181, 288
  %183 = getelementptr inbounds float, ptr %0, i64 %182
  store <8 x float> %177, ptr %183, align 4
  %184 = mul nsw i64 4, %c1
  %185 = add nsw i64 %184, 2
  %186 = mul nsw i64 24, %c2
  %187 = add nsw i64 %186, 0
  %188 = add nsw i64 %187, 8
  %189 = mul nsw i64 %6, 816
  %190 = mul nsw i64 %184, 48
  %191 = add nsw i64 %189, %190
  %192 = add nsw i64 %191, 96
  %193 = getelementptr inbounds float, ptr %1, i64 %192
  %194 = load float, ptr %193, align 4
  %195 = insertelement <8 x float> undef, float %194, i32 0
  %196 = shufflevector <8 x float> %195, <8 x float> undef, <8 x i32> zeroinitializer
  %197 = add nsw i64 %186, 8
  %198 = getelementptr inbounds float, ptr %2, i64 %197
  %199 = load <8 x float>, ptr %198, align 4
  %200 = add nsw i64 %186, 8
  %201 = getelementptr inbounds float, ptr %3, i64 %200
  %202 = load <8 x float>, ptr %201, align 4
  %203 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %196, <8 x float> %199, <8 x float> %202)
  %204 = mul nsw i64 %6, 2448
  %205 = mul nsw i64 %184, 144
  %206 = add nsw i64 %204, %205
  %207 = add nsw i64 %206, %186
  %208 = add nsw i64 %207, 296
  %209 = getelementptr inbounds float, ptr %0, i64 %208
  store <8 x float> %203, ptr %209, align 4
  %210 = mul nsw i64 4, %c1
  %211 = add nsw i64 %210, 2
  %212 = mul nsw i64 24, %c2
  %213 = add nsw i64 %212, 0
  %214 = add nsw i64 %213, 16
  %215 = mul nsw i64 %6, 816
  %216 = mul nsw i64 %210, 48
  %217 = add nsw i64 %215, %216
  %218 = add nsw i64 %217, 96
  %219 = getelementptr inbounds float, ptr %1, i64 %218
  %220 = load float, ptr %219, align 4
  %221 = insertelement <8 x float> undef, float %220, i32 0
  %222 = shufflevector <8 x float> %221, <8 x float> undef, <8 x i32> zeroinitializer
  %223 = add nsw i64 %212, 16
  %224 = getelementptr inbounds float, ptr %2, i64 %223
  %225 = load <8 x float>, ptr %224, align 4
  %226 = add nsw i64 %212, 16
  %227 = getelementptr inbounds float, ptr %3, i64 %226
  %228 = load <8 x float>, ptr %227, align 4
  %229 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %222, <8 x float> %225, <8 x float> %228)
  %230 = mul nsw i64 %6, 2448
  %231 = mul nsw i64 %210, 144
  %232 = add nsw i64 %230, %231
  %233 = add nsw i64 %232, %212
  %234 = add nsw i64 %233, 304
  %235 = getelementptr inbounds float, ptr %0, i64 %234
  store <8 x float> %229, ptr %235, align 4
  %236 = mul nsw i64 4, %c1
  %237 = add nsw i64 %236, 3
  %238 = mul nsw i64 24, %c2
  %239 = add nsw i64 %238, 0
  %240 = mul nsw i64 %6, 816
  %241 = mul nsw i64 %236, 48
  %242 = add nsw i64 %240, %241
  %243 = add nsw i64 %242, 144
  %244 = getelementptr inbounds float, ptr %1, i64 %243
  %245 = load float, ptr %244, align 4
  %246 = insertelement <8 x float> undef, float %245, i32 0
  %247 = shufflevector <8 x float> %246, <8 x float> undef, <8 x i32> zeroinitializer
  %248 = getelementptr inbounds float, ptr %2, i64 %238
  %249 = load <8 x float>, ptr %248, align 4
  %250 = getelementptr inbounds float, ptr %3, i64 %238
  %251 = load <8 x float>, ptr %250, align 4
  %252 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %247, <8 x float> %249, <8 x float> %251)
  %253 = mul nsw i64 %6, 2448
  %254 = mul nsw i64 %236, 144
  %255 = add nsw i64 %253, %254
  %256 = add nsw i64 %255, %238
  %257 = add nsw i64 %256, 432
  %258 = getelementptr inbounds float, ptr %0, i64 %257
  store <8 x float> %252, ptr %258, align 4
  %259 = mul nsw i64 4, %c1
  %260 = add nsw i64 %259, 3
  %261 = mul nsw i64 24, %c2
  %262 = add nsw i64 %261, 0
  %263 = add nsw i64 %262, 8
  %264 = mul nsw i64 %6, 816
  %265 = mul nsw i64 %259, 48
  %266 = add nsw i64 %264, %265
  %267 = add nsw i64 %266, 144
  %268 = getelementptr inbounds float, ptr %1, i64 %267
  %269 = load float, ptr %268, align 4
  %270 = insertelement <8 x float> undef, float %269, i32 0
  %271 = shufflevector <8 x float> %270, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = add nsw i64 %261, 8
  %273 = getelementptr inbounds float, ptr %2, i64 %272
  %274 = load <8 x float>, ptr %273, align 4
  %275 = add nsw i64 %261, 8
  %276 = getelementptr inbounds float, ptr %3, i64 %275
  %277 = load <8 x float>, ptr %276, align 4
  %278 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %271, <8 x float> %274, <8 x float> %277)
  %279 = mul nsw i64 %6, 2448
  %280 = mul nsw i64 %259, 144
  %281 = add nsw i64 %279, %280
  %282 = add nsw i64 %281, %261
  %283 = add nsw i64 %282, 440
  %284 = getelementptr inbounds float, ptr %0, i64 %283
  store <8 x float> %278, ptr %284, align 4
  %285 = mul nsw i64 4, %c1
  %286 = add nsw i64 %285, 3
  %287 = mul nsw i64 24, %c2
  %288 = add nsw i64 %287, 0
  %289 = add nsw i64 %288, 16
  %290 = mul nsw i64 %6, 816
  %291 = mul nsw i64 %285, 48
  %292 = add nsw i64 %290, %291
  %293 = add nsw i64 %292, 144
  %294 = getelementptr inbounds float, ptr %1, i64 %293
  %295 = load float, ptr %294, align 4
  %296 = insertelement <8 x float> undef, float %295, i32 0
  %297 = shufflevector <8 x float> %296, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = add nsw i64 %287, 16
  %299 = getelementptr inbounds float, ptr %2, i64 %298
  %300 = load <8 x float>, ptr %299, align 4
  %301 = add nsw i64 %287, 16
  %302 = getelementptr inbounds float, ptr %3, i64 %301
  %303 = load <8 x float>, ptr %302, align 4
  %304 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %297, <8 x float> %300, <8 x float> %303)
  %305 = mul nsw i64 %6, 2448
  %306 = mul nsw i64 %285, 144
  %307 = add nsw i64 %305, %306
  %308 = add nsw i64 %307, %287
  %309 = add nsw i64 %308, 448
  %310 = getelementptr inbounds float, ptr %0, i64 %309
  store <8 x float> %304, ptr %310, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %then
  br label %endif

loop3:                                            ; preds = %loop3, %loop1
  %c3 = phi i64 [ 1, %loop1 ], [ %620, %loop3 ]
  %311 = mul nsw i64 4, %c1
  %312 = mul nsw i64 24, %c2
  %313 = add nsw i64 %312, 0
  %314 = mul nsw i64 %6, 816
  %315 = mul nsw i64 %311, 48
  %316 = add nsw i64 %314, %315
  %317 = add nsw i64 %316, %c3
  %318 = getelementptr inbounds float, ptr %1, i64 %317
  %319 = load float, ptr %318, align 4
  %320 = insertelement <8 x float> undef, float %319, i32 0
  %321 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = mul nsw i64 %c3, 144
  %323 = add nsw i64 %322, %312
  %324 = getelementptr inbounds float, ptr %2, i64 %323
  %325 = load <8 x float>, ptr %324, align 4
  %326 = mul nsw i64 %6, 2448
  %327 = mul nsw i64 %311, 144
  %328 = add nsw i64 %326, %327
  %329 = add nsw i64 %328, %312
  %330 = getelementptr inbounds float, ptr %0, i64 %329
  %331 = load <8 x float>, ptr %330, align 4
  %332 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %321, <8 x float> %325, <8 x float> %331)
  store <8 x float> %332, ptr %330, align 4
  %333 = mul nsw i64 4, %c1
  %334 = mul nsw i64 24, %c2
  %335 = add nsw i64 %334, 0
  %336 = add nsw i64 %335, 8
  %337 = mul nsw i64 %6, 816
  %338 = mul nsw i64 %333, 48
  %339 = add nsw i64 %337, %338
  %340 = add nsw i64 %339, %c3
  %341 = getelementptr inbounds float, ptr %1, i64 %340
  %342 = load float, ptr %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %344 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %345 = mul nsw i64 %c3, 144
  %346 = add nsw i64 %345, %334
  %347 = add nsw i64 %346, 8
  %348 = getelementptr inbounds float, ptr %2, i64 %347
  %349 = load <8 x float>, ptr %348, align 4
  %350 = mul nsw i64 %6, 2448
  %351 = mul nsw i64 %333, 144
  %352 = add nsw i64 %350, %351
  %353 = add nsw i64 %352, %334
  %354 = add nsw i64 %353, 8
  %355 = getelementptr inbounds float, ptr %0, i64 %354
  %356 = load <8 x float>, ptr %355, align 4
  %357 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %344, <8 x float> %349, <8 x float> %356)
  store <8 x float> %357, ptr %355, align 4
  %358 = mul nsw i64 4, %c1
  %359 = mul nsw i64 24, %c2
  %360 = add nsw i64 %359, 0
  %361 = add nsw i64 %360, 16
  %362 = mul nsw i64 %6, 816
  %363 = mul nsw i64 %358, 48
  %364 = add nsw i64 %362, %363
  %365 = add nsw i64 %364, %c3
  %366 = getelementptr inbounds float, ptr %1, i64 %365
  %367 = load float, ptr %366, align 4
  %368 = insertelement <8 x float> undef, float %367, i32 0
  %369 = shufflevector <8 x float> %368, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = mul nsw i64 %c3, 144
  %371 = add nsw i64 %370, %359
  %372 = add nsw i64 %371, 16
  %373 = getelementptr inbounds float, ptr %2, i64 %372
  %374 = load <8 x float>, ptr %373, align 4
  %375 = mul nsw i64 %6, 2448
  %376 = mul nsw i64 %358, 144
  %377 = add nsw i64 %375, %376
  %378 = add nsw i64 %377, %359
  %379 = add nsw i64 %378, 16
  %380 = getelementptr inbounds float, ptr %0, i64 %379
  %381 = load <8 x float>, ptr %380, align 4
  %382 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %369, <8 x float> %374, <8 x float> %381)
  store <8 x float> %382, ptr %380, align 4
  %383 = mul nsw i64 4, %c1
  %384 = add nsw i64 %383, 1
  %385 = mul nsw i64 24, %c2
  %386 = add nsw i64 %385, 0
  %387 = mul nsw i64 %6, 816
  %388 = mul nsw i64 %383, 48
  %389 = add nsw i64 %387, %388
  %390 = add nsw i64 %389, %c3
  %391 = add nsw i64 %390, 48
  %392 = getelementptr inbounds float, ptr %1, i64 %391
  %393 = load float, ptr %392, align 4
  %394 = insertelement <8 x float> undef, float %393, i32 0
  %395 = shufflevector <8 x float> %394, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = mul nsw i64 %c3, 144
  %397 = add nsw i64 %396, %385
  %398 = getelementptr inbounds float, ptr %2, i64 %397
  %399 = load <8 x float>, ptr %398, align 4
  %400 = mul nsw i64 %6, 2448
  %401 = mul nsw i64 %383, 144
  %402 = add nsw i64 %400, %401
  %403 = add nsw i64 %402, %385
  %404 = add nsw i64 %403, 144
  %405 = getelementptr inbounds float, ptr %0, i64 %404
  %406 = load <8 x float>, ptr %405, align 4
  %407 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %395, <8 x float> %399, <8 x float> %406)
  store <8 x float> %407, ptr %405, align 4
  %408 = mul nsw i64 4, %c1
  %409 = add nsw i64 %408, 1
  %410 = mul nsw i64 24, %c2
  %411 = add nsw i64 %410, 0
  %412 = add nsw i64 %411, 8
  %413 = mul nsw i64 %6, 816
  %414 = mul nsw i64 %408, 48
  %415 = add nsw i64 %413, %414
  %416 = add nsw i64 %415, %c3
  %417 = add nsw i64 %416, 48
  %418 = getelementptr inbounds float, ptr %1, i64 %417
  %419 = load float, ptr %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %421 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %422 = mul nsw i64 %c3, 144
  %423 = add nsw i64 %422, %410
  %424 = add nsw i64 %423, 8
  %425 = getelementptr inbounds float, ptr %2, i64 %424
  %426 = load <8 x float>, ptr %425, align 4
  %427 = mul nsw i64 %6, 2448
  %428 = mul nsw i64 %408, 144
  %429 = add nsw i64 %427, %428
  %430 = add nsw i64 %429, %410
  %431 = add nsw i64 %430, 152
  %432 = getelementptr inbounds float, ptr %0, i64 %431
  %433 = load <8 x float>, ptr %432, align 4
  %434 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %421, <8 x float> %426, <8 x float> %433)
  store <8 x float> %434, ptr %432, align 4
  %435 = mul nsw i64 4, %c1
  %436 = add nsw i64 %435, 1
  %437 = mul nsw i64 24, %c2
  %438 = add nsw i64 %437, 0
  %439 = add nsw i64 %438, 16
  %440 = mul nsw i64 %6, 816
  %441 = mul nsw i64 %435, 48
  %442 = add nsw i64 %440, %441
  %443 = add nsw i64 %442, %c3
  %444 = add nsw i64 %443, 48
  %445 = getelementptr inbounds float, ptr %1, i64 %444
  %446 = load float, ptr %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %448 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %449 = mul nsw i64 %c3, 144
  %450 = add nsw i64 %449, %437
  %451 = add nsw i64 %450, 16
  %452 = getelementptr inbounds float, ptr %2, i64 %451
  %453 = load <8 x float>, ptr %452, align 4
  %454 = mul nsw i64 %6, 2448
  %455 = mul nsw i64 %435, 144
  %456 = add nsw i64 %454, %455
  %457 = add nsw i64 %456, %437
  %458 = add nsw i64 %457, 160
  %459 = getelementptr inbounds float, ptr %0, i64 %458
  %460 = load <8 x float>, ptr %459, align 4
  %461 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %448, <8 x float> %453, <8 x float> %460)
  store <8 x float> %461, ptr %459, align 4
  %462 = mul nsw i64 4, %c1
  %463 = add nsw i64 %462, 2
  %464 = mul nsw i64 24, %c2
  %465 = add nsw i64 %464, 0
  %466 = mul nsw i64 %6, 816
  %467 = mul nsw i64 %462, 48
  %468 = add nsw i64 %466, %467
  %469 = add nsw i64 %468, %c3
  %470 = add nsw i64 %469, 96
  %471 = getelementptr inbounds float, ptr %1, i64 %470
  %472 = load float, ptr %471, align 4
  %473 = insertelement <8 x float> undef, float %472, i32 0
  %474 = shufflevector <8 x float> %473, <8 x float> undef, <8 x i32> zeroinitializer
  %475 = mul nsw i64 %c3, 144
  %476 = add nsw i64 %475, %464
  %477 = getelementptr inbounds float, ptr %2, i64 %476
  %478 = load <8 x float>, ptr %477, align 4
  %479 = mul nsw i64 %6, 2448
  %480 = mul nsw i64 %462, 144
  %481 = add nsw i64 %479, %480
  %482 = add nsw i64 %481, %464
  %483 = add nsw i64 %482, 288
  %484 = getelementptr inbounds float, ptr %0, i64 %483
  %485 = load <8 x float>, ptr %484, align 4
  %486 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %474, <8 x float> %478, <8 x float> %485)
  store <8 x float> %486, ptr %484, align 4
  %487 = mul nsw i64 4, %c1
  %488 = add nsw i64 %487, 2
  %489 = mul nsw i64 24, %c2
  %490 = add nsw i64 %489, 0
  %491 = add nsw i64 %490, 8
  %492 = mul nsw i64 %6, 816
  %493 = mul nsw i64 %487, 48
  %494 = add nsw i64 %492, %493
  %495 = add nsw i64 %494, %c3
  %496 = add nsw i64 %495, 96
  %497 = getelementptr inbounds float, ptr %1, i64 %496
  %498 = load float, ptr %497, align 4
  %499 = insertelement <8 x float> undef, float %498, i32 0
  %500 = shufflevector <8 x float> %499, <8 x float> undef, <8 x i32> zeroinitializer
  %501 = mul nsw i64 %c3, 144
  %502 = add nsw i64 %501, %489
  %503 = add nsw i64 %502, 8
  %504 = getelementptr inbounds float, ptr %2, i64 %503
  %505 = load <8 x float>, ptr %504, align 4
  %506 = mul nsw i64 %6, 2448
  %507 = mul nsw i64 %487, 144
  %508 = add nsw i64 %506, %507
  %509 = add nsw i64 %508, %489
  %510 = add nsw i64 %509, 296
  %511 = getelementptr inbounds float, ptr %0, i64 %510
  %512 = load <8 x float>, ptr %511, align 4
  %513 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %500, <8 x float> %505, <8 x float> %512)
  store <8 x float> %513, ptr %511, align 4
  %514 = mul nsw i64 4, %c1
  %515 = add nsw i64 %514, 2
  %516 = mul nsw i64 24, %c2
  %517 = add nsw i64 %516, 0
  %518 = add nsw i64 %517, 16
  %519 = mul nsw i64 %6, 816
  %520 = mul nsw i64 %514, 48
  %521 = add nsw i64 %519, %520
  %522 = add nsw i64 %521, %c3
  %523 = add nsw i64 %522, 96
  %524 = getelementptr inbounds float, ptr %1, i64 %523
  %525 = load float, ptr %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %527 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %528 = mul nsw i64 %c3, 144
  %529 = add nsw i64 %528, %516
  %530 = add nsw i64 %529, 16
  %531 = getelementptr inbounds float, ptr %2, i64 %530
  %532 = load <8 x float>, ptr %531, align 4
  %533 = mul nsw i64 %6, 2448
  %534 = mul nsw i64 %514, 144
  %535 = add nsw i64 %533, %534
  %536 = add nsw i64 %535, %516
  %537 = add nsw i64 %536, 304
  %538 = getelementptr inbounds float, ptr %0, i64 %537
  %539 = load <8 x float>, ptr %538, align 4
  %540 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %527, <8 x float> %532, <8 x float> %539)
  store <8 x float> %540, ptr %538, align 4
  %541 = mul nsw i64 4, %c1
  %542 = add nsw i64 %541, 3
  %543 = mul nsw i64 24, %c2
  %544 = add nsw i64 %543, 0
  %545 = mul nsw i64 %6, 816
  %546 = mul nsw i64 %541, 48
  %547 = add nsw i64 %545, %546
  %548 = add nsw i64 %547, %c3
  %549 = add nsw i64 %548, 144
  %550 = getelementptr inbounds float, ptr %1, i64 %549
  %551 = load float, ptr %550, align 4
  %552 = insertelement <8 x float> undef, float %551, i32 0
  %553 = shufflevector <8 x float> %552, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = mul nsw i64 %c3, 144
  %555 = add nsw i64 %554, %543
  %556 = getelementptr inbounds float, ptr %2, i64 %555
  %557 = load <8 x float>, ptr %556, align 4
  %558 = mul nsw i64 %6, 2448
  %559 = mul nsw i64 %541, 144
  %560 = add nsw i64 %558, %559
  %561 = add nsw i64 %560, %543
  %562 = add nsw i64 %561, 432
  %563 = getelementptr inbounds float, ptr %0, i64 %562
  %564 = load <8 x float>, ptr %563, align 4
  %565 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %553, <8 x float> %557, <8 x float> %564)
  store <8 x float> %565, ptr %563, align 4
  %566 = mul nsw i64 4, %c1
  %567 = add nsw i64 %566, 3
  %568 = mul nsw i64 24, %c2
  %569 = add nsw i64 %568, 0
  %570 = add nsw i64 %569, 8
  %571 = mul nsw i64 %6, 816
  %572 = mul nsw i64 %566, 48
  %573 = add nsw i64 %571, %572
  %574 = add nsw i64 %573, %c3
  %575 = add nsw i64 %574, 144
  %576 = getelementptr inbounds float, ptr %1, i64 %575
  %577 = load float, ptr %576, align 4
  %578 = insertelement <8 x float> undef, float %577, i32 0
  %579 = shufflevector <8 x float> %578, <8 x float> undef, <8 x i32> zeroinitializer
  %580 = mul nsw i64 %c3, 144
  %581 = add nsw i64 %580, %568
  %582 = add nsw i64 %581, 8
  %583 = getelementptr inbounds float, ptr %2, i64 %582
  %584 = load <8 x float>, ptr %583, align 4
  %585 = mul nsw i64 %6, 2448
  %586 = mul nsw i64 %566, 144
  %587 = add nsw i64 %585, %586
  %588 = add nsw i64 %587, %568
  %589 = add nsw i64 %588, 440
  %590 = getelementptr inbounds float, ptr %0, i64 %589
  %591 = load <8 x float>, ptr %590, align 4
  %592 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %579, <8 x float> %584, <8 x float> %591)
  store <8 x float> %592, ptr %590, align 4
  %593 = mul nsw i64 4, %c1
  %594 = add nsw i64 %593, 3
  %595 = mul nsw i64 24, %c2
  %596 = add nsw i64 %595, 0
  %597 = add nsw i64 %596, 16
  %598 = mul nsw i64 %6, 816
  %599 = mul nsw i64 %593, 48
  %600 = add nsw i64 %598, %599
  %601 = add nsw i64 %600, %c3
  %602 = add nsw i64 %601, 144
  %603 = getelementptr inbounds float, ptr %1, i64 %602
  %604 = load float, ptr %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %606 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = mul nsw i64 %c3, 144
  %608 = add nsw i64 %607, %595
  %609 = add nsw i64 %608, 16
  %610 = getelementptr inbounds float, ptr %2, i64 %609
  %611 = load <8 x float>, ptr %610, align 4
  %612 = mul nsw i64 %6, 2448
  %613 = mul nsw i64 %593, 144
  %614 = add nsw i64 %612, %613
  %615 = add nsw i64 %614, %595
  %616 = add nsw i64 %615, 448
  %617 = getelementptr inbounds float, ptr %0, i64 %616
  %618 = load <8 x float>, ptr %617, align 4
  %619 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %606, <8 x float> %611, <8 x float> %618)
  store <8 x float> %619, ptr %617, align 4
  %620 = add nsw i64 %c3, 1
  %621 = icmp sle i64 %620, 47
  br i1 %621, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %622 = add nsw i64 %c2, 1
  %623 = icmp sle i64 %622, 5
  br i1 %623, label %loop1, label %endloop2

loop5:                                            ; preds = %endloop9, %else
  %c27 = phi i64 [ 0, %else ], [ %744, %endloop9 ]
  %624 = mul nsw i64 24, %c27
  %625 = add nsw i64 %624, 0
  %626 = mul nsw i64 %6, 816
  %627 = add nsw i64 %626, 768
  %628 = getelementptr inbounds float, ptr %1, i64 %627
  %629 = load float, ptr %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %631 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %632 = getelementptr inbounds float, ptr %2, i64 %624
  %633 = load <8 x float>, ptr %632, align 4
  %634 = getelementptr inbounds float, ptr %3, i64 %624
  %635 = load <8 x float>, ptr %634, align 4
  %636 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %631, <8 x float> %633, <8 x float> %635)
  %637 = mul nsw i64 %6, 2448
  %638 = add nsw i64 %637, %624
  %639 = add nsw i64 %638, 2304
  %640 = getelementptr inbounds float, ptr %0, i64 %639
  store <8 x float> %636, ptr %640, align 4
  %641 = mul nsw i64 24, %c27
  %642 = add nsw i64 %641, 0
  %643 = add nsw i64 %642, 8
  %644 = mul nsw i64 %6, 816
  %645 = add nsw i64 %644, 768
  %646 = getelementptr inbounds float, ptr %1, i64 %645
  %647 = load float, ptr %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %649 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %650 = add nsw i64 %641, 8
  %651 = getelementptr inbounds float, ptr %2, i64 %650
  %652 = load <8 x float>, ptr %651, align 4
  %653 = add nsw i64 %641, 8
  %654 = getelementptr inbounds float, ptr %3, i64 %653
  %655 = load <8 x float>, ptr %654, align 4
  %656 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %649, <8 x float> %652, <8 x float> %655)
  %657 = mul nsw i64 %6, 2448
  %658 = add nsw i64 %657, %641
  %659 = add nsw i64 %658, 2312
  %660 = getelementptr inbounds float, ptr %0, i64 %659
  store <8 x float> %656, ptr %660, align 4
  %661 = mul nsw i64 24, %c27
  %662 = add nsw i64 %661, 0
  %663 = add nsw i64 %662, 16
  %664 = mul nsw i64 %6, 816
  %665 = add nsw i64 %664, 768
  %666 = getelementptr inbounds float, ptr %1, i64 %665
  %667 = load float, ptr %666, align 4
  %668 = insertelement <8 x float> undef, float %667, i32 0
  %669 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = add nsw i64 %661, 16
  %671 = getelementptr inbounds float, ptr %2, i64 %670
  %672 = load <8 x float>, ptr %671, align 4
  %673 = add nsw i64 %661, 16
  %674 = getelementptr inbounds float, ptr %3, i64 %673
  %675 = load <8 x float>, ptr %674, align 4
  %676 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %669, <8 x float> %672, <8 x float> %675)
  %677 = mul nsw i64 %6, 2448
  %678 = add nsw i64 %677, %661
  %679 = add nsw i64 %678, 2320
  %680 = getelementptr inbounds float, ptr %0, i64 %679
  store <8 x float> %676, ptr %680, align 4
  br i1 true, label %loop8, label %endloop9

endloop6:                                         ; preds = %endloop9, %else
  br label %endif

loop8:                                            ; preds = %loop8, %loop5
  %c310 = phi i64 [ 1, %loop5 ], [ %742, %loop8 ]
  %681 = mul nsw i64 24, %c27
  %682 = add nsw i64 %681, 0
  %683 = mul nsw i64 %6, 816
  %684 = add nsw i64 %683, %c310
  %685 = add nsw i64 %684, 768
  %686 = getelementptr inbounds float, ptr %1, i64 %685
  %687 = load float, ptr %686, align 4
  %688 = insertelement <8 x float> undef, float %687, i32 0
  %689 = shufflevector <8 x float> %688, <8 x float> undef, <8 x i32> zeroinitializer
  %690 = mul nsw i64 %c310, 144
  %691 = add nsw i64 %690, %681
  %692 = getelementptr inbounds float, ptr %2, i64 %691
  %693 = load <8 x float>, ptr %692, align 4
  %694 = mul nsw i64 %6, 2448
  %695 = add nsw i64 %694, %681
  %696 = add nsw i64 %695, 2304
  %697 = getelementptr inbounds float, ptr %0, i64 %696
  %698 = load <8 x float>, ptr %697, align 4
  %699 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %689, <8 x float> %693, <8 x float> %698)
  store <8 x float> %699, ptr %697, align 4
  %700 = mul nsw i64 24, %c27
  %701 = add nsw i64 %700, 0
  %702 = add nsw i64 %701, 8
  %703 = mul nsw i64 %6, 816
  %704 = add nsw i64 %703, %c310
  %705 = add nsw i64 %704, 768
  %706 = getelementptr inbounds float, ptr %1, i64 %705
  %707 = load float, ptr %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %709 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %710 = mul nsw i64 %c310, 144
  %711 = add nsw i64 %710, %700
  %712 = add nsw i64 %711, 8
  %713 = getelementptr inbounds float, ptr %2, i64 %712
  %714 = load <8 x float>, ptr %713, align 4
  %715 = mul nsw i64 %6, 2448
  %716 = add nsw i64 %715, %700
  %717 = add nsw i64 %716, 2312
  %718 = getelementptr inbounds float, ptr %0, i64 %717
  %719 = load <8 x float>, ptr %718, align 4
  %720 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %709, <8 x float> %714, <8 x float> %719)
  store <8 x float> %720, ptr %718, align 4
  %721 = mul nsw i64 24, %c27
  %722 = add nsw i64 %721, 0
  %723 = add nsw i64 %722, 16
  %724 = mul nsw i64 %6, 816
  %725 = add nsw i64 %724, %c310
  %726 = add nsw i64 %725, 768
  %727 = getelementptr inbounds float, ptr %1, i64 %726
  %728 = load float, ptr %727, align 4
  %729 = insertelement <8 x float> undef, float %728, i32 0
  %730 = shufflevector <8 x float> %729, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = mul nsw i64 %c310, 144
  %732 = add nsw i64 %731, %721
  %733 = add nsw i64 %732, 16
  %734 = getelementptr inbounds float, ptr %2, i64 %733
  %735 = load <8 x float>, ptr %734, align 4
  %736 = mul nsw i64 %6, 2448
  %737 = add nsw i64 %736, %721
  %738 = add nsw i64 %737, 2320
  %739 = getelementptr inbounds float, ptr %0, i64 %738
  %740 = load <8 x float>, ptr %739, align 4
  %741 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %730, <8 x float> %735, <8 x float> %740)
  store <8 x float> %741, ptr %739, align 4
  %742 = add nsw i64 %c310, 1
  %743 = icmp sle i64 %742, 47
  br i1 %743, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %loop5
  %744 = add nsw i64 %c27, 1
  %745 = icmp sle i64 %744, 5
  br i1 %745, label %loop5, label %endloop6
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
  %c3 = phi i64 [ 0, %then ], [ %226, %endif5 ]
  %18 = icmp sle i64 %c3, 1
  br i1 %18, label %then3, label %else4

endloop2:                                         ; preds = %endif5, %then
  br label %endif

then3:                                            ; preds = %loop1
  %19 = mul nsw i64 4, %c2
  %20 = mul nsw i64 8, %c3
  %21 = add nsw i64 %20, 0
  %22 = mul nsw i64 %5, 2448
  %23 = mul nsw i64 %6, 16
  %24 = add nsw i64 %22, %23
  %25 = mul nsw i64 %19, 144
  %26 = add nsw i64 %24, %25
  %27 = getelementptr inbounds float, ptr %1, i64 %26
  %28 = load float, ptr %27, align 4
  %29 = insertelement <8 x float> undef, float %28, i32 0
  %30 = shufflevector <8 x float> %29, <8 x float> undef, <8 x i32> zeroinitializer
  %31 = mul nsw i64 %5, 816
  %32 = mul nsw i64 %6, 272
  %33 = add nsw i64 %31, %32
  %34 = add nsw i64 %33, %20
  %35 = getelementptr inbounds float, ptr %2, i64 %34
  %36 = load <8 x float>, ptr %35, align 4
  %37 = fmul <8 x float> %30, %36
  %38 = mul nsw i64 %5, 867
  %39 = mul nsw i64 %6, 289
  %40 = add nsw i64 %38, %39
  %41 = mul nsw i64 %19, 17
  %42 = add nsw i64 %40, %41
  %43 = add nsw i64 %42, %20
  %44 = getelementptr inbounds float, ptr %0, i64 %43
  store <8 x float> %37, ptr %44, align 4
  %45 = mul nsw i64 4, %c2
  %46 = add nsw i64 %45, 1
  %47 = mul nsw i64 8, %c3
  %48 = add nsw i64 %47, 0
  %49 = mul nsw i64 %5, 2448
  %50 = mul nsw i64 %6, 16
  %51 = add nsw i64 %49, %50
  %52 = mul nsw i64 %45, 144
  %53 = add nsw i64 %51, %52
  %54 = add nsw i64 %53, 144
  %55 = getelementptr inbounds float, ptr %1, i64 %54
  %56 = load float, ptr %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %58 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  %59 = mul nsw i64 %5, 816
  %60 = mul nsw i64 %6, 272
  %61 = add nsw i64 %59, %60
  %62 = add nsw i64 %61, %47
  %63 = getelementptr inbounds float, ptr %2, i64 %62
  %64 = load <8 x float>, ptr %63, align 4
  %65 = fmul <8 x float> %58, %64
  %66 = mul nsw i64 %5, 867
  %67 = mul nsw i64 %6, 289
  %68 = add nsw i64 %66, %67
  %69 = mul nsw i64 %45, 17
  %70 = add nsw i64 %68, %69
  %71 = add nsw i64 %70, %47
  %72 = add nsw i64 %71, 17
  %73 = getelementptr inbounds float, ptr %0, i64 %72
  store <8 x float> %65, ptr %73, align 4
  %74 = mul nsw i64 4, %c2
  %75 = add nsw i64 %74, 2
  %76 = mul nsw i64 8, %c3
  %77 = add nsw i64 %76, 0
  %78 = mul nsw i64 %5, 2448
  %79 = mul nsw i64 %6, 16
  %80 = add nsw i64 %78, %79
  %81 = mul nsw i64 %74, 144
  %82 = add nsw i64 %80, %81
  %83 = add nsw i64 %82, 288
  %84 = getelementptr inbounds float, ptr %1, i64 %83
  %85 = load float, ptr %84, align 4
  %86 = insertelement <8 x float> undef, float %85, i32 0
  %87 = shufflevector <8 x float> %86, <8 x float> undef, <8 x i32> zeroinitializer
  %88 = mul nsw i64 %5, 816
  %89 = mul nsw i64 %6, 272
  %90 = add nsw i64 %88, %89
  %91 = add nsw i64 %90, %76
  %92 = getelementptr inbounds float, ptr %2, i64 %91
  %93 = load <8 x float>, ptr %92, align 4
  %94 = fmul <8 x float> %87, %93
  %95 = mul nsw i64 %5, 867
  %96 = mul nsw i64 %6, 289
  %97 = add nsw i64 %95, %96
  %98 = mul nsw i64 %74, 17
  %99 = add nsw i64 %97, %98
  %100 = add nsw i64 %99, %76
  %101 = add nsw i64 %100, 34
  %102 = getelementptr inbounds float, ptr %0, i64 %101
  store <8 x float> %94, ptr %102, align 4
  %103 = mul nsw i64 4, %c2
  %104 = add nsw i64 %103, 3
  %105 = mul nsw i64 8, %c3
  %106 = add nsw i64 %105, 0
  %107 = mul nsw i64 %5, 2448
  %108 = mul nsw i64 %6, 16
  %109 = add nsw i64 %107, %108
  %110 = mul nsw i64 %103, 144
  %111 = add nsw i64 %109, %110
  %112 = add nsw i64 %111, 432
  %113 = getelementptr inbounds float, ptr %1, i64 %112
  %114 = load float, ptr %113, align 4
  %115 = insertelement <8 x float> undef, float %114, i32 0
  %116 = shufflevector <8 x float> %115, <8 x float> undef, <8 x i32> zeroinitializer
  %117 = mul nsw i64 %5, 816
  %118 = mul nsw i64 %6, 272
  %119 = add nsw i64 %117, %118
  %120 = add nsw i64 %119, %105
  %121 = getelementptr inbounds float, ptr %2, i64 %120
  %122 = load <8 x float>, ptr %121, align 4
  %123 = fmul <8 x float> %116, %122
  %124 = mul nsw i64 %5, 867
  %125 = mul nsw i64 %6, 289
  %126 = add nsw i64 %124, %125
  %127 = mul nsw i64 %103, 17
  %128 = add nsw i64 %126, %127
  %129 = add nsw i64 %128, %105
  %130 = add nsw i64 %129, 51
  %131 = getelementptr inbounds float, ptr %0, i64 %130
  store <8 x float> %123, ptr %131, align 4
  br i1 true, label %loop6, label %endloop7

else4:                                            ; preds = %loop1
  %132 = mul nsw i64 4, %c2
  %133 = mul nsw i64 %5, 2448
  %134 = mul nsw i64 %6, 16
  %135 = add nsw i64 %133, %134
  %136 = mul nsw i64 %132, 144
  %137 = add nsw i64 %135, %136
  %138 = getelementptr inbounds float, ptr %1, i64 %137
  %139 = load float, ptr %138, align 4
  %140 = mul nsw i64 %5, 816
  %141 = mul nsw i64 %6, 272
  %142 = add nsw i64 %140, %141
  %143 = add nsw i64 %142, 16
  %144 = getelementptr inbounds float, ptr %2, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = fmul float %139, %145
  %147 = mul nsw i64 %5, 867
  %148 = mul nsw i64 %6, 289
  %149 = add nsw i64 %147, %148
  %150 = mul nsw i64 %132, 17
  %151 = add nsw i64 %149, %150
  %152 = add nsw i64 %151, 16
  %153 = getelementptr inbounds float, ptr %0, i64 %152
  store float %146, ptr %153, align 4
  %154 = mul nsw i64 4, %c2
  %155 = add nsw i64 %154, 1
  %156 = mul nsw i64 %5, 2448
  %157 = mul nsw i64 %6, 16
  %158 = add nsw i64 %156, %157
  %159 = mul nsw i64 %154, 144
  %160 = add nsw i64 %158, %159
  %161 = add nsw i64 %160, 144
  %162 = getelementptr inbounds float, ptr %1, i64 %161
  %163 = load float, ptr %162, align 4
  %164 = mul nsw i64 %5, 816
  %165 = mul nsw i64 %6, 272
  %166 = add nsw i64 %164, %165
  %167 = add nsw i64 %166, 16
  %168 = getelementptr inbounds float, ptr %2, i64 %167
  %169 = load float, ptr %168, align 4
  %170 = fmul float %163, %169
  %171 = mul nsw i64 %5, 867
  %172 = mul nsw i64 %6, 289
  %173 = add nsw i64 %171, %172
  %174 = mul nsw i64 %154, 17
  %175 = add nsw i64 %173, %174
  %176 = add nsw i64 %175, 33
  %177 = getelementptr inbounds float, ptr %0, i64 %176
  store float %170, ptr %177, align 4
  %178 = mul nsw i64 4, %c2
  %179 = add nsw i64 %178, 2
  %180 = mul nsw i64 %5, 2448
  %181 = mul nsw i64 %6, 16
  %182 = add nsw i64 %180, %181
  %183 = mul nsw i64 %178, 144
  %184 = add nsw i64 %182, %183
  %185 = add nsw i64 %184, 288
  %186 = getelementptr inbounds float, ptr %1, i64 %185
  %187 = load float, ptr %186, align 4
  %188 = mul nsw i64 %5, 816
  %189 = mul nsw i64 %6, 272
  %190 = add nsw i64 %188, %189
  %191 = add nsw i64 %190, 16
  %192 = getelementptr inbounds float, ptr %2, i64 %191
  %193 = load float, ptr %192, align 4
  %194 = fmul float %187, %193
  %195 = mul nsw i64 %5, 867
  %196 = mul nsw i64 %6, 289
  %197 = add nsw i64 %195, %196
  %198 = mul nsw i64 %178, 17
  %199 = add nsw i64 %197, %198
  %200 = add nsw i64 %199, 50
  %201 = getelementptr inbounds float, ptr %0, i64 %200
  store float %194, ptr %201, align 4
  %202 = mul nsw i64 4, %c2
  %203 = add nsw i64 %202, 3
  %204 = mul nsw i64 %5, 2448
  %205 = mul nsw i64 %6, 16
  %206 = add nsw i64 %204, %205
  %207 = mul nsw i64 %202, 144
  %208 = add nsw i64 %206, %207
  %209 = add nsw i64 %208, 432
  %210 = getelementptr inbounds float, ptr %1, i64 %209
  %211 = load float, ptr %210, align 4
  %212 = mul nsw i64 %5, 816
  %213 = mul nsw i64 %6, 272
  %214 = add nsw i64 %212, %213
  %215 = add nsw i64 %214, 16
  %216 = getelementptr inbounds float, ptr %2, i64 %215
  %217 = load float, ptr %216, align 4
  %218 = fmul float %211, %217
  %219 = mul nsw i64 %5, 867
  %220 = mul nsw i64 %6, 289
  %221 = add nsw i64 %219, %220
  %222 = mul nsw i64 %202, 17
  %223 = add nsw i64 %221, %222
  %224 = add nsw i64 %223, 67
  %225 = getelementptr inbounds float, ptr %0, i64 %224
  store float %218, ptr %225, align 4
  br i1 true, label %loop8, label %endloop9

endif5:                                           ; preds = %endloop9, %endloop7
  %226 = add nsw i64 %c3, 1
  %227 = icmp sle i64 %226, 2
  br i1 %227, label %loop1, label %endloop2

loop6:                                            ; preds = %loop6, %then3
  %c4 = phi i64 [ 1, %then3 ], [ %357, %loop6 ]
  %228 = mul nsw i64 4, %c2
  %229 = mul nsw i64 8, %c3
  %230 = add nsw i64 %229, 0
  %231 = mul nsw i64 %5, 2448
  %232 = mul nsw i64 %6, 16
  %233 = add nsw i64 %231, %232
  %234 = mul nsw i64 %228, 144
  %235 = add nsw i64 %233, %234
  %236 = add nsw i64 %235, %c4
  %237 = getelementptr inbounds float, ptr %1, i64 %236
  %238 = load float, ptr %237, align 4
  %239 = insertelement <8 x float> undef, float %238, i32 0
  %240 = shufflevector <8 x float> %239, <8 x float> undef, <8 x i32> zeroinitializer
  %241 = mul nsw i64 %5, 816
  %242 = mul nsw i64 %6, 272
  %243 = add nsw i64 %241, %242
  %244 = mul nsw i64 %c4, 17
  %245 = add nsw i64 %243, %244
  %246 = add nsw i64 %245, %229
  %247 = getelementptr inbounds float, ptr %2, i64 %246
  %248 = load <8 x float>, ptr %247, align 4
  %249 = mul nsw i64 %5, 867
  %250 = mul nsw i64 %6, 289
  %251 = add nsw i64 %249, %250
  %252 = mul nsw i64 %228, 17
  %253 = add nsw i64 %251, %252
  %254 = add nsw i64 %253, %229
  %255 = getelementptr inbounds float, ptr %0, i64 %254
  %256 = load <8 x float>, ptr %255, align 4
  %257 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %240, <8 x float> %248, <8 x float> %256)
  store <8 x float> %257, ptr %255, align 4
  %258 = mul nsw i64 4, %c2
  %259 = add nsw i64 %258, 1
  %260 = mul nsw i64 8, %c3
  %261 = add nsw i64 %260, 0
  %262 = mul nsw i64 %5, 2448
  %263 = mul nsw i64 %6, 16
  %264 = add nsw i64 %262, %263
  %265 = mul nsw i64 %258, 144
  %266 = add nsw i64 %264, %265
  %267 = add nsw i64 %266, %c4
  %268 = add nsw i64 %267, 144
  %269 = getelementptr inbounds float, ptr %1, i64 %268
  %270 = load float, ptr %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %272 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %273 = mul nsw i64 %5, 816
  %274 = mul nsw i64 %6, 272
  %275 = add nsw i64 %273, %274
  %276 = mul nsw i64 %c4, 17
  %277 = add nsw i64 %275, %276
  %278 = add nsw i64 %277, %260
  %279 = getelementptr inbounds float, ptr %2, i64 %278
  %280 = load <8 x float>, ptr %279, align 4
  %281 = mul nsw i64 %5, 867
  %282 = mul nsw i64 %6, 289
  %283 = add nsw i64 %281, %282
  %284 = mul nsw i64 %258, 17
  %285 = add nsw i64 %283, %284
  %286 = add nsw i64 %285, %260
  %287 = add nsw i64 %286, 17
  %288 = getelementptr inbounds float, ptr %0, i64 %287
  %289 = load <8 x float>, ptr %288, align 4
  %290 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %272, <8 x float> %280, <8 x float> %289)
  store <8 x float> %290, ptr %288, align 4
  %291 = mul nsw i64 4, %c2
  %292 = add nsw i64 %291, 2
  %293 = mul nsw i64 8, %c3
  %294 = add nsw i64 %293, 0
  %295 = mul nsw i64 %5, 2448
  %296 = mul nsw i64 %6, 16
  %297 = add nsw i64 %295, %296
  %298 = mul nsw i64 %291, 144
  %299 = add nsw i64 %297, %298
  %300 = add nsw i64 %299, %c4
  %301 = add nsw i64 %300, 288
  %302 = getelementptr inbounds float, ptr %1, i64 %301
  %303 = load float, ptr %302, align 4
  %304 = insertelement <8 x float> undef, float %303, i32 0
  %305 = shufflevector <8 x float> %304, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = mul nsw i64 %5, 816
  %307 = mul nsw i64 %6, 272
  %308 = add nsw i64 %306, %307
  %309 = mul nsw i64 %c4, 17
  %310 = add nsw i64 %308, %309
  %311 = add nsw i64 %310, %293
  %312 = getelementptr inbounds float, ptr %2, i64 %311
  %313 = load <8 x float>, ptr %312, align 4
  %314 = mul nsw i64 %5, 867
  %315 = mul nsw i64 %6, 289
  %316 = add nsw i64 %314, %315
  %317 = mul nsw i64 %291, 17
  %318 = add nsw i64 %316, %317
  %319 = add nsw i64 %318, %293
  %320 = add nsw i64 %319, 34
  %321 = getelementptr inbounds float, ptr %0, i64 %320
  %322 = load <8 x float>, ptr %321, align 4
  %323 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %305, <8 x float> %313, <8 x float> %322)
  store <8 x float> %323, ptr %321, align 4
  %324 = mul nsw i64 4, %c2
  %325 = add nsw i64 %324, 3
  %326 = mul nsw i64 8, %c3
  %327 = add nsw i64 %326, 0
  %328 = mul nsw i64 %5, 2448
  %329 = mul nsw i64 %6, 16
  %330 = add nsw i64 %328, %329
  %331 = mul nsw i64 %324, 144
  %332 = add nsw i64 %330, %331
  %333 = add nsw i64 %332, %c4
  %334 = add nsw i64 %333, 432
  %335 = getelementptr inbounds float, ptr %1, i64 %334
  %336 = load float, ptr %335, align 4
  %337 = insertelement <8 x float> undef, float %336, i32 0
  %338 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = mul nsw i64 %5, 816
  %340 = mul nsw i64 %6, 272
  %341 = add nsw i64 %339, %340
  %342 = mul nsw i64 %c4, 17
  %343 = add nsw i64 %341, %342
  %344 = add nsw i64 %343, %326
  %345 = getelementptr inbounds float, ptr %2, i64 %344
  %346 = load <8 x float>, ptr %345, align 4
  %347 = mul nsw i64 %5, 867
  %348 = mul nsw i64 %6, 289
  %349 = add nsw i64 %347, %348
  %350 = mul nsw i64 %324, 17
  %351 = add nsw i64 %349, %350
  %352 = add nsw i64 %351, %326
  %353 = add nsw i64 %352, 51
  %354 = getelementptr inbounds float, ptr %0, i64 %353
  %355 = load <8 x float>, ptr %354, align 4
  %356 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %338, <8 x float> %346, <8 x float> %355)
  store <8 x float> %356, ptr %354, align 4
  %357 = add nsw i64 %c4, 1
  %358 = icmp sle i64 %357, 15
  br i1 %358, label %loop6, label %endloop7

endloop7:                                         ; preds = %loop6, %then3
  br label %endif5

loop8:                                            ; preds = %loop8, %else4
  %c410 = phi i64 [ 1, %else4 ], [ %469, %loop8 ]
  %359 = mul nsw i64 4, %c2
  %360 = mul nsw i64 %5, 2448
  %361 = mul nsw i64 %6, 16
  %362 = add nsw i64 %360, %361
  %363 = mul nsw i64 %359, 144
  %364 = add nsw i64 %362, %363
  %365 = add nsw i64 %364, %c410
  %366 = getelementptr inbounds float, ptr %1, i64 %365
  %367 = load float, ptr %366, align 4
  %368 = mul nsw i64 %5, 816
  %369 = mul nsw i64 %6, 272
  %370 = add nsw i64 %368, %369
  %371 = mul nsw i64 %c410, 17
  %372 = add nsw i64 %370, %371
  %373 = add nsw i64 %372, 16
  %374 = getelementptr inbounds float, ptr %2, i64 %373
  %375 = load float, ptr %374, align 4
  %376 = mul nsw i64 %5, 867
  %377 = mul nsw i64 %6, 289
  %378 = add nsw i64 %376, %377
  %379 = mul nsw i64 %359, 17
  %380 = add nsw i64 %378, %379
  %381 = add nsw i64 %380, 16
  %382 = getelementptr inbounds float, ptr %0, i64 %381
  %383 = load float, ptr %382, align 4
  %384 = call float @llvm.fmuladd.f32(float %367, float %375, float %383)
  store float %384, ptr %382, align 4
  %385 = mul nsw i64 4, %c2
  %386 = add nsw i64 %385, 1
  %387 = mul nsw i64 %5, 2448
  %388 = mul nsw i64 %6, 16
  %389 = add nsw i64 %387, %388
  %390 = mul nsw i64 %385, 144
  %391 = add nsw i64 %389, %390
  %392 = add nsw i64 %391, %c410
  %393 = add nsw i64 %392, 144
  %394 = getelementptr inbounds float, ptr %1, i64 %393
  %395 = load float, ptr %394, align 4
  %396 = mul nsw i64 %5, 816
  %397 = mul nsw i64 %6, 272
  %398 = add nsw i64 %396, %397
  %399 = mul nsw i64 %c410, 17
  %400 = add nsw i64 %398, %399
  %401 = add nsw i64 %400, 16
  %402 = getelementptr inbounds float, ptr %2, i64 %401
  %403 = load float, ptr %402, align 4
  %404 = mul nsw i64 %5, 867
  %405 = mul nsw i64 %6, 289
  %406 = add nsw i64 %404, %405
  %407 = mul nsw i64 %385, 17
  %408 = add nsw i64 %406, %407
  %409 = add nsw i64 %408, 33
  %410 = getelementptr inbounds float, ptr %0, i64 %409
  %411 = load float, ptr %410, align 4
  %412 = call float @llvm.fmuladd.f32(float %395, float %403, float %411)
  store float %412, ptr %410, align 4
  %413 = mul nsw i64 4, %c2
  %414 = add nsw i64 %413, 2
  %415 = mul nsw i64 %5, 2448
  %416 = mul nsw i64 %6, 16
  %417 = add nsw i64 %415, %416
  %418 = mul nsw i64 %413, 144
  %419 = add nsw i64 %417, %418
  %420 = add nsw i64 %419, %c410
  %421 = add nsw i64 %420, 288
  %422 = getelementptr inbounds float, ptr %1, i64 %421
  %423 = load float, ptr %422, align 4
  %424 = mul nsw i64 %5, 816
  %425 = mul nsw i64 %6, 272
  %426 = add nsw i64 %424, %425
  %427 = mul nsw i64 %c410, 17
  %428 = add nsw i64 %426, %427
  %429 = add nsw i64 %428, 16
  %430 = getelementptr inbounds float, ptr %2, i64 %429
  %431 = load float, ptr %430, align 4
  %432 = mul nsw i64 %5, 867
  %433 = mul nsw i64 %6, 289
  %434 = add nsw i64 %432, %433
  %435 = mul nsw i64 %413, 17
  %436 = add nsw i64 %434, %435
  %437 = add nsw i64 %436, 50
  %438 = getelementptr inbounds float, ptr %0, i64 %437
  %439 = load float, ptr %438, align 4
  %440 = call float @llvm.fmuladd.f32(float %423, float %431, float %439)
  store float %440, ptr %438, align 4
  %441 = mul nsw i64 4, %c2
  %442 = add nsw i64 %441, 3
  %443 = mul nsw i64 %5, 2448
  %444 = mul nsw i64 %6, 16
  %445 = add nsw i64 %443, %444
  %446 = mul nsw i64 %441, 144
  %447 = add nsw i64 %445, %446
  %448 = add nsw i64 %447, %c410
  %449 = add nsw i64 %448, 432
  %450 = getelementptr inbounds float, ptr %1, i64 %449
  %451 = load float, ptr %450, align 4
  %452 = mul nsw i64 %5, 816
  %453 = mul nsw i64 %6, 272
  %454 = add nsw i64 %452, %453
  %455 = mul nsw i64 %c410, 17
  %456 = add nsw i64 %454, %455
  %457 = add nsw i64 %456, 16
  %458 = getelementptr inbounds float, ptr %2, i64 %457
  %459 = load float, ptr %458, align 4
  %460 = mul nsw i64 %5, 867
  %461 = mul nsw i64 %6, 289
  %462 = add nsw i64 %460, %461
  %463 = mul nsw i64 %441, 17
  %464 = add nsw i64 %462, %463
  %465 = add nsw i64 %464, 67
  %466 = getelementptr inbounds float, ptr %0, i64 %465
  %467 = load float, ptr %466, align 4
  %468 = call float @llvm.fmuladd.f32(float %451, float %459, float %467)
  store float %468, ptr %466, align 4
  %469 = add nsw i64 %c410, 1
  %470 = icmp sle i64 %469, 15
  br i1 %470, label %loop8, label %endloop9, !llvm.loop !0

endloop9:                                         ; preds = %loop8, %else4
  br label %endif5

loop11:                                           ; preds = %endif16, %else
  %c313 = phi i64 [ 0, %else ], [ %513, %endif16 ]
  %471 = icmp sle i64 %c313, 1
  br i1 %471, label %then14, label %else15

endloop12:                                        ; preds = %endif16, %else
  br label %endif

then14:                                           ; preds = %loop11
  %472 = mul nsw i64 8, %c313
  %473 = add nsw i64 %472, 0
  %474 = mul nsw i64 %5, 2448
  %475 = mul nsw i64 %6, 16
  %476 = add nsw i64 %474, %475
  %477 = add nsw i64 %476, 2304
  %478 = getelementptr inbounds float, ptr %1, i64 %477
  %479 = load float, ptr %478, align 4
  %480 = insertelement <8 x float> undef, float %479, i32 0
  %481 = shufflevector <8 x float> %480, <8 x float> undef, <8 x i32> zeroinitializer
  %482 = mul nsw i64 %5, 816
  %483 = mul nsw i64 %6, 272
  %484 = add nsw i64 %482, %483
  %485 = add nsw i64 %484, %472
  %486 = getelementptr inbounds float, ptr %2, i64 %485
  %487 = load <8 x float>, ptr %486, align 4
  %488 = fmul <8 x float> %481, %487
  %489 = mul nsw i64 %5, 867
  %490 = mul nsw i64 %6, 289
  %491 = add nsw i64 %489, %490
  %492 = add nsw i64 %491, %472
  %493 = add nsw i64 %492, 272
  %494 = getelementptr inbounds float, ptr %0, i64 %493
  store <8 x float> %488, ptr %494, align 4
  br i1 true, label %loop17, label %endloop18

else15:                                           ; preds = %loop11
  %495 = mul nsw i64 %5, 2448
  %496 = mul nsw i64 %6, 16
  %497 = add nsw i64 %495, %496
  %498 = add nsw i64 %497, 2304
  %499 = getelementptr inbounds float, ptr %1, i64 %498
  %500 = load float, ptr %499, align 4
  %501 = mul nsw i64 %5, 816
  %502 = mul nsw i64 %6, 272
  %503 = add nsw i64 %501, %502
  %504 = add nsw i64 %503, 16
  %505 = getelementptr inbounds float, ptr %2, i64 %504
  %506 = load float, ptr %505, align 4
  %507 = fmul float %500, %506
  %508 = mul nsw i64 %5, 867
  %509 = mul nsw i64 %6, 289
  %510 = add nsw i64 %508, %509
  %511 = add nsw i64 %510, 288
  %512 = getelementptr inbounds float, ptr %0, i64 %511
  store float %507, ptr %512, align 4
  br i1 true, label %loop20, label %endloop21

endif16:                                          ; preds = %endloop21, %endloop18
  %513 = add nsw i64 %c313, 1
  %514 = icmp sle i64 %513, 2
  br i1 %514, label %loop11, label %endloop12

loop17:                                           ; preds = %loop17, %then14
  %c419 = phi i64 [ 1, %then14 ], [ %542, %loop17 ]
  %515 = mul nsw i64 8, %c313
  %516 = add nsw i64 %515, 0
  %517 = mul nsw i64 %5, 2448
  %518 = mul nsw i64 %6, 16
  %519 = add nsw i64 %517, %518
  %520 = add nsw i64 %519, %c419
  %521 = add nsw i64 %520, 2304
  %522 = getelementptr inbounds float, ptr %1, i64 %521
  %523 = load float, ptr %522, align 4
  %524 = insertelement <8 x float> undef, float %523, i32 0
  %525 = shufflevector <8 x float> %524, <8 x float> undef, <8 x i32> zeroinitializer
  %526 = mul nsw i64 %5, 816
  %527 = mul nsw i64 %6, 272
  %528 = add nsw i64 %526, %527
  %529 = mul nsw i64 %c419, 17
  %530 = add nsw i64 %528, %529
  %531 = add nsw i64 %530, %515
  %532 = getelementptr inbounds float, ptr %2, i64 %531
  %533 = load <8 x float>, ptr %532, align 4
  %534 = mul nsw i64 %5, 867
  %535 = mul nsw i64 %6, 289
  %536 = add nsw i64 %534, %535
  %537 = add nsw i64 %536, %515
  %538 = add nsw i64 %537, 272
  %539 = getelementptr inbounds float, ptr %0, i64 %538
  %540 = load <8 x float>, ptr %539, align 4
  %541 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %525, <8 x float> %533, <8 x float> %540)
  store <8 x float> %541, ptr %539, align 4
  %542 = add nsw i64 %c419, 1
  %543 = icmp sle i64 %542, 15
  br i1 %543, label %loop17, label %endloop18

endloop18:                                        ; preds = %loop17, %then14
  br label %endif16

loop20:                                           ; preds = %loop20, %else15
  %c422 = phi i64 [ 1, %else15 ], [ %566, %loop20 ]
  %544 = mul nsw i64 %5, 2448
  %545 = mul nsw i64 %6, 16
  %546 = add nsw i64 %544, %545
  %547 = add nsw i64 %546, %c422
  %548 = add nsw i64 %547, 2304
  %549 = getelementptr inbounds float, ptr %1, i64 %548
  %550 = load float, ptr %549, align 4
  %551 = mul nsw i64 %5, 816
  %552 = mul nsw i64 %6, 272
  %553 = add nsw i64 %551, %552
  %554 = mul nsw i64 %c422, 17
  %555 = add nsw i64 %553, %554
  %556 = add nsw i64 %555, 16
  %557 = getelementptr inbounds float, ptr %2, i64 %556
  %558 = load float, ptr %557, align 4
  %559 = mul nsw i64 %5, 867
  %560 = mul nsw i64 %6, 289
  %561 = add nsw i64 %559, %560
  %562 = add nsw i64 %561, 288
  %563 = getelementptr inbounds float, ptr %0, i64 %562
  %564 = load float, ptr %563, align 4
  %565 = call float @llvm.fmuladd.f32(float %550, float %558, float %564)
  store float %565, ptr %563, align 4
  %566 = add nsw i64 %c422, 1
  %567 = icmp sle i64 %566, 15
  br i1 %567, label %loop20, label %endloop21, !llvm.loop !2

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
  %c3 = phi i64 [ 0, %then ], [ %270, %endloop4 ]
  %18 = mul nsw i64 4, %c2
  %19 = mul nsw i64 8, %c3
  %20 = add nsw i64 %19, 0
  %21 = mul nsw i64 %5, 867
  %22 = mul nsw i64 %6, 289
  %23 = add nsw i64 %21, %22
  %24 = mul nsw i64 %18, 17
  %25 = add nsw i64 %23, %24
  %26 = getelementptr inbounds float, ptr %1, i64 %25
  %27 = load float, ptr %26, align 4
  %28 = insertelement <8 x float> undef, float %27, i32 0
  %29 = shufflevector <8 x float> %28, <8 x float> undef, <8 x i32> zeroinitializer
  %30 = mul nsw i64 %5, 2448
  %31 = mul nsw i64 %6, 16
  %32 = add nsw i64 %30, %31
  %33 = add nsw i64 %32, %19
  %34 = add nsw i64 %33, 96
  %35 = getelementptr inbounds float, ptr %2, i64 %34
  %36 = load <8 x float>, ptr %35, align 4
  %37 = fmul <8 x float> %29, %36
  %38 = mul nsw i64 %5, 816
  %39 = mul nsw i64 %6, 16
  %40 = add nsw i64 %38, %39
  %41 = mul nsw i64 %18, 48
  %42 = add nsw i64 %40, %41
  %43 = add nsw i64 %42, %19
  %44 = getelementptr inbounds float, ptr %0, i64 %43
  store <8 x float> %37, ptr %44, align 4
  %45 = mul nsw i64 4, %c2
  %46 = add nsw i64 %45, 1
  %47 = mul nsw i64 8, %c3
  %48 = add nsw i64 %47, 0
  %49 = mul nsw i64 %5, 867
  %50 = mul nsw i64 %6, 289
  %51 = add nsw i64 %49, %50
  %52 = mul nsw i64 %45, 17
  %53 = add nsw i64 %51, %52
  %54 = add nsw i64 %53, 17
  %55 = getelementptr inbounds float, ptr %1, i64 %54
  %56 = load float, ptr %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %58 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  %59 = mul nsw i64 %5, 2448
  %60 = mul nsw i64 %6, 16
  %61 = add nsw i64 %59, %60
  %62 = add nsw i64 %61, %47
  %63 = add nsw i64 %62, 96
  %64 = getelementptr inbounds float, ptr %2, i64 %63
  %65 = load <8 x float>, ptr %64, align 4
  %66 = fmul <8 x float> %58, %65
  %67 = mul nsw i64 %5, 816
  %68 = mul nsw i64 %6, 16
  %69 = add nsw i64 %67, %68
  %70 = mul nsw i64 %45, 48
  %71 = add nsw i64 %69, %70
  %72 = add nsw i64 %71, %47
  %73 = add nsw i64 %72, 48
  %74 = getelementptr inbounds float, ptr %0, i64 %73
  store <8 x float> %66, ptr %74, align 4
  %75 = mul nsw i64 4, %c2
  %76 = add nsw i64 %75, 2
  %77 = mul nsw i64 8, %c3
  %78 = add nsw i64 %77, 0
  %79 = mul nsw i64 %5, 867
  %80 = mul nsw i64 %6, 289
  %81 = add nsw i64 %79, %80
  %82 = mul nsw i64 %75, 17
  %83 = add nsw i64 %81, %82
  %84 = add nsw i64 %83, 34
  %85 = getelementptr inbounds float, ptr %1, i64 %84
  %86 = load float, ptr %85, align 4
  %87 = insertelement <8 x float> undef, float %86, i32 0
  %88 = shufflevector <8 x float> %87, <8 x float> undef, <8 x i32> zeroinitializer
  %89 = mul nsw i64 %5, 2448
  %90 = mul nsw i64 %6, 16
  %91 = add nsw i64 %89, %90
  %92 = add nsw i64 %91, %77
  %93 = add nsw i64 %92, 96
  %94 = getelementptr inbounds float, ptr %2, i64 %93
  %95 = load <8 x float>, ptr %94, align 4
  %96 = fmul <8 x float> %88, %95
  %97 = mul nsw i64 %5, 816
  %98 = mul nsw i64 %6, 16
  %99 = add nsw i64 %97, %98
  %100 = mul nsw i64 %75, 48
  %101 = add nsw i64 %99, %100
  %102 = add nsw i64 %101, %77
  %103 = add nsw i64 %102, 96
  %104 = getelementptr inbounds float, ptr %0, i64 %103
  store <8 x float> %96, ptr %104, align 4
  %105 = mul nsw i64 4, %c2
  %106 = add nsw i64 %105, 3
  %107 = mul nsw i64 8, %c3
  %108 = add nsw i64 %107, 0
  %109 = mul nsw i64 %5, 867
  %110 = mul nsw i64 %6, 289
  %111 = add nsw i64 %109, %110
  %112 = mul nsw i64 %105, 17
  %113 = add nsw i64 %111, %112
  %114 = add nsw i64 %113, 51
  %115 = getelementptr inbounds float, ptr %1, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = insertelement <8 x float> undef, float %116, i32 0
  %118 = shufflevector <8 x float> %117, <8 x float> undef, <8 x i32> zeroinitializer
  %119 = mul nsw i64 %5, 2448
  %120 = mul nsw i64 %6, 16
  %121 = add nsw i64 %119, %120
  %122 = add nsw i64 %121, %107
  %123 = add nsw i64 %122, 96
  %124 = getelementptr inbounds float, ptr %2, i64 %123
  %125 = load <8 x float>, ptr %124, align 4
  %126 = fmul <8 x float> %118, %125
  %127 = mul nsw i64 %5, 816
  %128 = mul nsw i64 %6, 16
  %129 = add nsw i64 %127, %128
  %130 = mul nsw i64 %105, 48
  %131 = add nsw i64 %129, %130
  %132 = add nsw i64 %131, %107
  %133 = add nsw i64 %132, 144
  %134 = getelementptr inbounds float, ptr %0, i64 %133
  store <8 x float> %126, ptr %134, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %then
  br label %endif

loop3:                                            ; preds = %loop3, %loop1
  %c4 = phi i64 [ 1, %loop1 ], [ %268, %loop3 ]
  %135 = mul nsw i64 4, %c2
  %136 = mul nsw i64 8, %c3
  %137 = add nsw i64 %136, 0
  %138 = mul nsw i64 %5, 867
  %139 = mul nsw i64 %6, 289
  %140 = add nsw i64 %138, %139
  %141 = mul nsw i64 %135, 17
  %142 = add nsw i64 %140, %141
  %143 = add nsw i64 %142, %c4
  %144 = getelementptr inbounds float, ptr %1, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = insertelement <8 x float> undef, float %145, i32 0
  %147 = shufflevector <8 x float> %146, <8 x float> undef, <8 x i32> zeroinitializer
  %148 = mul nsw i64 %5, 2448
  %149 = mul nsw i64 %6, 16
  %150 = add nsw i64 %148, %149
  %151 = mul nsw i64 %c4, 144
  %152 = add nsw i64 %150, %151
  %153 = add nsw i64 %152, %136
  %154 = add nsw i64 %153, 96
  %155 = getelementptr inbounds float, ptr %2, i64 %154
  %156 = load <8 x float>, ptr %155, align 4
  %157 = mul nsw i64 %5, 816
  %158 = mul nsw i64 %6, 16
  %159 = add nsw i64 %157, %158
  %160 = mul nsw i64 %135, 48
  %161 = add nsw i64 %159, %160
  %162 = add nsw i64 %161, %136
  %163 = getelementptr inbounds float, ptr %0, i64 %162
  %164 = load <8 x float>, ptr %163, align 4
  %165 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %147, <8 x float> %156, <8 x float> %164)
  store <8 x float> %165, ptr %163, align 4
  %166 = mul nsw i64 4, %c2
  %167 = add nsw i64 %166, 1
  %168 = mul nsw i64 8, %c3
  %169 = add nsw i64 %168, 0
  %170 = mul nsw i64 %5, 867
  %171 = mul nsw i64 %6, 289
  %172 = add nsw i64 %170, %171
  %173 = mul nsw i64 %166, 17
  %174 = add nsw i64 %172, %173
  %175 = add nsw i64 %174, %c4
  %176 = add nsw i64 %175, 17
  %177 = getelementptr inbounds float, ptr %1, i64 %176
  %178 = load float, ptr %177, align 4
  %179 = insertelement <8 x float> undef, float %178, i32 0
  %180 = shufflevector <8 x float> %179, <8 x float> undef, <8 x i32> zeroinitializer
  %181 = mul nsw i64 %5, 2448
  %182 = mul nsw i64 %6, 16
  %183 = add nsw i64 %181, %182
  %184 = mul nsw i64 %c4, 144
  %185 = add nsw i64 %183, %184
  %186 = add nsw i64 %185, %168
  %187 = add nsw i64 %186, 96
  %188 = getelementptr inbounds float, ptr %2, i64 %187
  %189 = load <8 x float>, ptr %188, align 4
  %190 = mul nsw i64 %5, 816
  %191 = mul nsw i64 %6, 16
  %192 = add nsw i64 %190, %191
  %193 = mul nsw i64 %166, 48
  %194 = add nsw i64 %192, %193
  %195 = add nsw i64 %194, %168
  %196 = add nsw i64 %195, 48
  %197 = getelementptr inbounds float, ptr %0, i64 %196
  %198 = load <8 x float>, ptr %197, align 4
  %199 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %180, <8 x float> %189, <8 x float> %198)
  store <8 x float> %199, ptr %197, align 4
  %200 = mul nsw i64 4, %c2
  %201 = add nsw i64 %200, 2
  %202 = mul nsw i64 8, %c3
  %203 = add nsw i64 %202, 0
  %204 = mul nsw i64 %5, 867
  %205 = mul nsw i64 %6, 289
  %206 = add nsw i64 %204, %205
  %207 = mul nsw i64 %200, 17
  %208 = add nsw i64 %206, %207
  %209 = add nsw i64 %208, %c4
  %210 = add nsw i64 %209, 34
  %211 = getelementptr inbounds float, ptr %1, i64 %210
  %212 = load float, ptr %211, align 4
  %213 = insertelement <8 x float> undef, float %212, i32 0
  %214 = shufflevector <8 x float> %213, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = mul nsw i64 %5, 2448
  %216 = mul nsw i64 %6, 16
  %217 = add nsw i64 %215, %216
  %218 = mul nsw i64 %c4, 144
  %219 = add nsw i64 %217, %218
  %220 = add nsw i64 %219, %202
  %221 = add nsw i64 %220, 96
  %222 = getelementptr inbounds float, ptr %2, i64 %221
  %223 = load <8 x float>, ptr %222, align 4
  %224 = mul nsw i64 %5, 816
  %225 = mul nsw i64 %6, 16
  %226 = add nsw i64 %224, %225
  %227 = mul nsw i64 %200, 48
  %228 = add nsw i64 %226, %227
  %229 = add nsw i64 %228, %202
  %230 = add nsw i64 %229, 96
  %231 = getelementptr inbounds float, ptr %0, i64 %230
  %232 = load <8 x float>, ptr %231, align 4
  %233 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %214, <8 x float> %223, <8 x float> %232)
  store <8 x float> %233, ptr %231, align 4
  %234 = mul nsw i64 4, %c2
  %235 = add nsw i64 %234, 3
  %236 = mul nsw i64 8, %c3
  %237 = add nsw i64 %236, 0
  %238 = mul nsw i64 %5, 867
  %239 = mul nsw i64 %6, 289
  %240 = add nsw i64 %238, %239
  %241 = mul nsw i64 %234, 17
  %242 = add nsw i64 %240, %241
  %243 = add nsw i64 %242, %c4
  %244 = add nsw i64 %243, 51
  %245 = getelementptr inbounds float, ptr %1, i64 %244
  %246 = load float, ptr %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %248 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %249 = mul nsw i64 %5, 2448
  %250 = mul nsw i64 %6, 16
  %251 = add nsw i64 %249, %250
  %252 = mul nsw i64 %c4, 144
  %253 = add nsw i64 %251, %252
  %254 = add nsw i64 %253, %236
  %255 = add nsw i64 %254, 96
  %256 = getelementptr inbounds float, ptr %2, i64 %255
  %257 = load <8 x float>, ptr %256, align 4
  %258 = mul nsw i64 %5, 816
  %259 = mul nsw i64 %6, 16
  %260 = add nsw i64 %258, %259
  %261 = mul nsw i64 %234, 48
  %262 = add nsw i64 %260, %261
  %263 = add nsw i64 %262, %236
  %264 = add nsw i64 %263, 144
  %265 = getelementptr inbounds float, ptr %0, i64 %264
  %266 = load <8 x float>, ptr %265, align 4
  %267 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %248, <8 x float> %257, <8 x float> %266)
  store <8 x float> %267, ptr %265, align 4
  %268 = add nsw i64 %c4, 1
  %269 = icmp sle i64 %268, 16
  br i1 %269, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %270 = add nsw i64 %c3, 1
  %271 = icmp sle i64 %270, 1
  br i1 %271, label %loop1, label %endloop2

loop5:                                            ; preds = %endloop9, %else
  %c37 = phi i64 [ 0, %else ], [ %326, %endloop9 ]
  %272 = mul nsw i64 8, %c37
  %273 = add nsw i64 %272, 0
  %274 = mul nsw i64 %5, 867
  %275 = mul nsw i64 %6, 289
  %276 = add nsw i64 %274, %275
  %277 = add nsw i64 %276, 272
  %278 = getelementptr inbounds float, ptr %1, i64 %277
  %279 = load float, ptr %278, align 4
  %280 = insertelement <8 x float> undef, float %279, i32 0
  %281 = shufflevector <8 x float> %280, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = mul nsw i64 %5, 2448
  %283 = mul nsw i64 %6, 16
  %284 = add nsw i64 %282, %283
  %285 = add nsw i64 %284, %272
  %286 = add nsw i64 %285, 96
  %287 = getelementptr inbounds float, ptr %2, i64 %286
  %288 = load <8 x float>, ptr %287, align 4
  %289 = fmul <8 x float> %281, %288
  %290 = mul nsw i64 %5, 816
  %291 = mul nsw i64 %6, 16
  %292 = add nsw i64 %290, %291
  %293 = add nsw i64 %292, %272
  %294 = add nsw i64 %293, 768
  %295 = getelementptr inbounds float, ptr %0, i64 %294
  store <8 x float> %289, ptr %295, align 4
  br i1 true, label %loop8, label %endloop9

endloop6:                                         ; preds = %endloop9, %else
  br label %endif

loop8:                                            ; preds = %loop8, %loop5
  %c410 = phi i64 [ 1, %loop5 ], [ %324, %loop8 ]
  %296 = mul nsw i64 8, %c37
  %297 = add nsw i64 %296, 0
  %298 = mul nsw i64 %5, 867
  %299 = mul nsw i64 %6, 289
  %300 = add nsw i64 %298, %299
  %301 = add nsw i64 %300, %c410
  %302 = add nsw i64 %301, 272
  %303 = getelementptr inbounds float, ptr %1, i64 %302
  %304 = load float, ptr %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %306 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %307 = mul nsw i64 %5, 2448
  %308 = mul nsw i64 %6, 16
  %309 = add nsw i64 %307, %308
  %310 = mul nsw i64 %c410, 144
  %311 = add nsw i64 %309, %310
  %312 = add nsw i64 %311, %296
  %313 = add nsw i64 %312, 96
  %314 = getelementptr inbounds float, ptr %2, i64 %313
  %315 = load <8 x float>, ptr %314, align 4
  %316 = mul nsw i64 %5, 816
  %317 = mul nsw i64 %6, 16
  %318 = add nsw i64 %316, %317
  %319 = add nsw i64 %318, %296
  %320 = add nsw i64 %319, 768
  %321 = getelementptr inbounds float, ptr %0, i64 %320
  %322 = load <8 x float>, ptr %321, align 4
  %323 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %306, <8 x float> %315, <8 x float> %322)
  store <8 x float> %323, ptr %321, align 4
  %324 = add nsw i64 %c410, 1
  %325 = icmp sle i64 %324, 16
  br i1 %325, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %loop5
  %326 = add nsw i64 %c37, 1
  %327 = icmp sle i64 %326, 1
  br i1 %327, label %loop5, label %endloop6
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
  %c2 = phi i64 [ 0, %then ], [ %623, %endloop4 ]
  %19 = mul nsw i64 4, %c1
  %20 = mul nsw i64 24, %c2
  %21 = add nsw i64 %20, 0
  %22 = mul nsw i64 %7, 816
  %23 = mul nsw i64 %19, 48
  %24 = add nsw i64 %22, %23
  %25 = getelementptr inbounds float, ptr %1, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = insertelement <8 x float> undef, float %26, i32 0
  %28 = shufflevector <8 x float> %27, <8 x float> undef, <8 x i32> zeroinitializer
  %29 = getelementptr inbounds float, ptr %2, i64 %20
  %30 = load <8 x float>, ptr %29, align 4
  %31 = getelementptr inbounds float, ptr %3, i64 %20
  %32 = load <8 x float>, ptr %31, align 4
  %33 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %28, <8 x float> %30, <8 x float> %32)
  %34 = mul nsw i64 %7, 816
  %35 = mul nsw i64 %19, 48
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %20
  %38 = getelementptr inbounds float, ptr %0, i64 %37
  store <8 x float> %33, ptr %38, align 4
  %39 = mul nsw i64 4, %c1
  %40 = mul nsw i64 24, %c2
  %41 = add nsw i64 %40, 0
  %42 = add nsw i64 %41, 8
  %43 = mul nsw i64 %7, 816
  %44 = mul nsw i64 %39, 48
  %45 = add nsw i64 %43, %44
  %46 = getelementptr inbounds float, ptr %1, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = insertelement <8 x float> undef, float %47, i32 0
  %49 = shufflevector <8 x float> %48, <8 x float> undef, <8 x i32> zeroinitializer
  %50 = add nsw i64 %40, 8
  %51 = getelementptr inbounds float, ptr %2, i64 %50
  %52 = load <8 x float>, ptr %51, align 4
  %53 = add nsw i64 %40, 8
  %54 = getelementptr inbounds float, ptr %3, i64 %53
  %55 = load <8 x float>, ptr %54, align 4
  %56 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %49, <8 x float> %52, <8 x float> %55)
  %57 = mul nsw i64 %7, 816
  %58 = mul nsw i64 %39, 48
  %59 = add nsw i64 %57, %58
  %60 = add nsw i64 %59, %40
  %61 = add nsw i64 %60, 8
  %62 = getelementptr inbounds float, ptr %0, i64 %61
  store <8 x float> %56, ptr %62, align 4
  %63 = mul nsw i64 4, %c1
  %64 = mul nsw i64 24, %c2
  %65 = add nsw i64 %64, 0
  %66 = add nsw i64 %65, 16
  %67 = mul nsw i64 %7, 816
  %68 = mul nsw i64 %63, 48
  %69 = add nsw i64 %67, %68
  %70 = getelementptr inbounds float, ptr %1, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = insertelement <8 x float> undef, float %71, i32 0
  %73 = shufflevector <8 x float> %72, <8 x float> undef, <8 x i32> zeroinitializer
  %74 = add nsw i64 %64, 16
  %75 = getelementptr inbounds float, ptr %2, i64 %74
  %76 = load <8 x float>, ptr %75, align 4
  %77 = add nsw i64 %64, 16
  %78 = getelementptr inbounds float, ptr %3, i64 %77
  %79 = load <8 x float>, ptr %78, align 4
  %80 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %73, <8 x float> %76, <8 x float> %79)
  %81 = mul nsw i64 %7, 816
  %82 = mul nsw i64 %63, 48
  %83 = add nsw i64 %81, %82
  %84 = add nsw i64 %83, %64
  %85 = add nsw i64 %84, 16
  %86 = getelementptr inbounds float, ptr %0, i64 %85
  store <8 x float> %80, ptr %86, align 4
  %87 = mul nsw i64 4, %c1
  %88 = add nsw i64 %87, 1
  %89 = mul nsw i64 24, %c2
  %90 = add nsw i64 %89, 0
  %91 = mul nsw i64 %7, 816
  %92 = mul nsw i64 %87, 48
  %93 = add nsw i64 %91, %92
  %94 = add nsw i64 %93, 48
  %95 = getelementptr inbounds float, ptr %1, i64 %94
  %96 = load float, ptr %95, align 4
  %97 = insertelement <8 x float> undef, float %96, i32 0
  %98 = shufflevector <8 x float> %97, <8 x float> undef, <8 x i32> zeroinitializer
  %99 = getelementptr inbounds float, ptr %2, i64 %89
  %100 = load <8 x float>, ptr %99, align 4
  %101 = getelementptr inbounds float, ptr %3, i64 %89
  %102 = load <8 x float>, ptr %101, align 4
  %103 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %98, <8 x float> %100, <8 x float> %102)
  %104 = mul nsw i64 %7, 816
  %105 = mul nsw i64 %87, 48
  %106 = add nsw i64 %104, %105
  %107 = add nsw i64 %106, %89
  %108 = add nsw i64 %107, 48
  %109 = getelementptr inbounds float, ptr %0, i64 %108
  store <8 x float> %103, ptr %109, align 4
  %110 = mul nsw i64 4, %c1
  %111 = add nsw i64 %110, 1
  %112 = mul nsw i64 24, %c2
  %113 = add nsw i64 %112, 0
  %114 = add nsw i64 %113, 8
  %115 = mul nsw i64 %7, 816
  %116 = mul nsw i64 %110, 48
  %117 = add nsw i64 %115, %116
  %118 = add nsw i64 %117, 48
  %119 = getelementptr inbounds float, ptr %1, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = insertelement <8 x float> undef, float %120, i32 0
  %122 = shufflevector <8 x float> %121, <8 x float> undef, <8 x i32> zeroinitializer
  %123 = add nsw i64 %112, 8
  %124 = getelementptr inbounds float, ptr %2, i64 %123
  %125 = load <8 x float>, ptr %124, align 4
  %126 = add nsw i64 %112, 8
  %127 = getelementptr inbounds float, ptr %3, i64 %126
  %128 = load <8 x float>, ptr %127, align 4
  %129 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %122, <8 x float> %125, <8 x float> %128)
  %130 = mul nsw i64 %7, 816
  %131 = mul nsw i64 %110, 48
  %132 = add nsw i64 %130, %131
  %133 = add nsw i64 %132, %112
  %134 = add nsw i64 %133, 56
  %135 = getelementptr inbounds float, ptr %0, i64 %134
  store <8 x float> %129, ptr %135, align 4
  %136 = mul nsw i64 4, %c1
  %137 = add nsw i64 %136, 1
  %138 = mul nsw i64 24, %c2
  %139 = add nsw i64 %138, 0
  %140 = add nsw i64 %139, 16
  %141 = mul nsw i64 %7, 816
  %142 = mul nsw i64 %136, 48
  %143 = add nsw i64 %141, %142
  %144 = add nsw i64 %143, 48
  %145 = getelementptr inbounds float, ptr %1, i64 %144
  %146 = load float, ptr %145, align 4
  %147 = insertelement <8 x float> undef, float %146, i32 0
  %148 = shufflevector <8 x float> %147, <8 x float> undef, <8 x i32> zeroinitializer
  %149 = add nsw i64 %138, 16
  %150 = getelementptr inbounds float, ptr %2, i64 %149
  %151 = load <8 x float>, ptr %150, align 4
  %152 = add nsw i64 %138, 16
  %153 = getelementptr inbounds float, ptr %3, i64 %152
  %154 = load <8 x float>, ptr %153, align 4
  %155 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %148, <8 x float> %151, <8 x float> %154)
  %156 = mul nsw i64 %7, 816
  %157 = mul nsw i64 %136, 48
  %158 = add nsw i64 %156, %157
  %159 = add nsw i64 %158, %138
  %160 = add nsw i64 %159, 64
  %161 = getelementptr inbounds float, ptr %0, i64 %160
  store <8 x float> %155, ptr %161, align 4
  %162 = mul nsw i64 4, %c1
  %163 = add nsw i64 %162, 2
  %164 = mul nsw i64 24, %c2
  %165 = add nsw i64 %164, 0
  %166 = mul nsw i64 %7, 816
  %167 = mul nsw i64 %162, 48
  %168 = add nsw i64 %166, %167
  %169 = add nsw i64 %168, 96
  %170 = getelementptr inbounds float, ptr %1, i64 %169
  %171 = load float, ptr %170, align 4
  %172 = insertelement <8 x float> undef, float %171, i32 0
  %173 = shufflevector <8 x float> %172, <8 x float> undef, <8 x i32> zeroinitializer
  %174 = getelementptr inbounds float, ptr %2, i64 %164
  %175 = load <8 x float>, ptr %174, align 4
  %176 = getelementptr inbounds float, ptr %3, i64 %164
  %177 = load <8 x float>, ptr %176, align 4
  %178 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %173, <8 x float> %175, <8 x float> %177)
  %179 = mul nsw i64 %7, 816
  %180 = mul nsw i64 %162, 48
  %181 = add nsw i64 %179, %180
  %182 = add nsw i64 %181, %164
  %183 = add nsw i64 %182, 96
  %184 = getelementptr inbounds float, ptr %0, i64 %183
  store <8 x float> %178, ptr %184, align 4
  %185 = mul nsw i64 4, %c1
  %186 = add nsw i64 %185, 2
  %187 = mul nsw i64 24, %c2
  %188 = add nsw i64 %187, 0
  %189 = add nsw i64 %188, 8
  %190 = mul nsw i64 %7, 816
  %191 = mul nsw i64 %185, 48
  %192 = add nsw i64 %190, %191
  %193 = add nsw i64 %192, 96
  %194 = getelementptr inbounds float, ptr %1, i64 %193
  %195 = load float, ptr %194, align 4
  %196 = insertelement <8 x float> undef, float %195, i32 0
  %197 = shufflevector <8 x float> %196, <8 x float> undef, <8 x i32> zeroinitializer
  %198 = add nsw i64 %187, 8
  %199 = getelementptr inbounds float, ptr %2, i64 %198
  %200 = load <8 x float>, ptr %199, align 4
  %201 = add nsw i64 %187, 8
  %202 = getelementptr inbounds float, ptr %3, i64 %201
  %203 = load <8 x float>, ptr %202, align 4
  %204 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %197, <8 x float> %200, <8 x float> %203)
  %205 = mul nsw i64 %7, 816
  %206 = mul nsw i64 %185, 48
  %207 = add nsw i64 %205, %206
  %208 = add nsw i64 %207, %187
  %209 = add nsw i64 %208, 104
  %210 = getelementptr inbounds float, ptr %0, i64 %209
  store <8 x float> %204, ptr %210, align 4
  %211 = mul nsw i64 4, %c1
  %212 = add nsw i64 %211, 2
  %213 = mul nsw i64 24, %c2
  %214 = add nsw i64 %213, 0
  %215 = add nsw i64 %214, 16
  %216 = mul nsw i64 %7, 816
  %217 = mul nsw i64 %211, 48
  %218 = add nsw i64 %216, %217
  %219 = add nsw i64 %218, 96
  %220 = getelementptr inbounds float, ptr %1, i64 %219
  %221 = load float, ptr %220, align 4
  %222 = insertelement <8 x float> undef, float %221, i32 0
  %223 = shufflevector <8 x float> %222, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = add nsw i64 %213, 16
  %225 = getelementptr inbounds float, ptr %2, i64 %224
  %226 = load <8 x float>, ptr %225, align 4
  %227 = add nsw i64 %213, 16
  %228 = getelementptr inbounds float, ptr %3, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %223, <8 x float> %226, <8 x float> %229)
  %231 = mul nsw i64 %7, 816
  %232 = mul nsw i64 %211, 48
  %233 = add nsw i64 %231, %232
  %234 = add nsw i64 %233, %213
  %235 = add nsw i64 %234, 112
  %236 = getelementptr inbounds float, ptr %0, i64 %235
  store <8 x float> %230, ptr %236, align 4
  %237 = mul nsw i64 4, %c1
  %238 = add nsw i64 %237, 3
  %239 = mul nsw i64 24, %c2
  %240 = add nsw i64 %239, 0
  %241 = mul nsw i64 %7, 816
  %242 = mul nsw i64 %237, 48
  %243 = add nsw i64 %241, %242
  %244 = add nsw i64 %243, 144
  %245 = getelementptr inbounds float, ptr %1, i64 %244
  %246 = load float, ptr %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %248 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %249 = getelementptr inbounds float, ptr %2, i64 %239
  %250 = load <8 x float>, ptr %249, align 4
  %251 = getelementptr inbounds float, ptr %3, i64 %239
  %252 = load <8 x float>, ptr %251, align 4
  %253 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %248, <8 x float> %250, <8 x float> %252)
  %254 = mul nsw i64 %7, 816
  %255 = mul nsw i64 %237, 48
  %256 = add nsw i64 %254, %255
  %257 = add nsw i64 %256, %239
  %258 = add nsw i64 %257, 144
  %259 = getelementptr inbounds float, ptr %0, i64 %258
  store <8 x float> %253, ptr %259, align 4
  %260 = mul nsw i64 4, %c1
  %261 = add nsw i64 %260, 3
  %262 = mul nsw i64 24, %c2
  %263 = add nsw i64 %262, 0
  %264 = add nsw i64 %263, 8
  %265 = mul nsw i64 %7, 816
  %266 = mul nsw i64 %260, 48
  %267 = add nsw i64 %265, %266
  %268 = add nsw i64 %267, 144
  %269 = getelementptr inbounds float, ptr %1, i64 %268
  %270 = load float, ptr %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %272 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %273 = add nsw i64 %262, 8
  %274 = getelementptr inbounds float, ptr %2, i64 %273
  %275 = load <8 x float>, ptr %274, align 4
  %276 = add nsw i64 %262, 8
  %277 = getelementptr inbounds float, ptr %3, i64 %276
  %278 = load <8 x float>, ptr %277, align 4
  %279 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %272, <8 x float> %275, <8 x float> %278)
  %280 = mul nsw i64 %7, 816
  %281 = mul nsw i64 %260, 48
  %282 = add nsw i64 %280, %281
  %283 = add nsw i64 %282, %262
  %284 = add nsw i64 %283, 152
  %285 = getelementptr inbounds float, ptr %0, i64 %284
  store <8 x float> %279, ptr %285, align 4
  %286 = mul nsw i64 4, %c1
  %287 = add nsw i64 %286, 3
  %288 = mul nsw i64 24, %c2
  %289 = add nsw i64 %288, 0
  %290 = add nsw i64 %289, 16
  %291 = mul nsw i64 %7, 816
  %292 = mul nsw i64 %286, 48
  %293 = add nsw i64 %291, %292
  %294 = add nsw i64 %293, 144
  %295 = getelementptr inbounds float, ptr %1, i64 %294
  %296 = load float, ptr %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %298 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %299 = add nsw i64 %288, 16
  %300 = getelementptr inbounds float, ptr %2, i64 %299
  %301 = load <8 x float>, ptr %300, align 4
  %302 = add nsw i64 %288, 16
  %303 = getelementptr inbounds float, ptr %3, i64 %302
  %304 = load <8 x float>, ptr %303, align 4
  %305 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %298, <8 x float> %301, <8 x float> %304)
  %306 = mul nsw i64 %7, 816
  %307 = mul nsw i64 %286, 48
  %308 = add nsw i64 %306, %307
  %309 = add nsw i64 %308, %288
  %310 = add nsw i64 %309, 160
  %311 = getelementptr inbounds float, ptr %0, i64 %310
  store <8 x float> %305, ptr %311, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %then
  br label %endif

loop3:                                            ; preds = %loop3, %loop1
  %c3 = phi i64 [ 1, %loop1 ], [ %621, %loop3 ]
  %312 = mul nsw i64 4, %c1
  %313 = mul nsw i64 24, %c2
  %314 = add nsw i64 %313, 0
  %315 = mul nsw i64 %7, 816
  %316 = mul nsw i64 %312, 48
  %317 = add nsw i64 %315, %316
  %318 = add nsw i64 %317, %c3
  %319 = getelementptr inbounds float, ptr %1, i64 %318
  %320 = load float, ptr %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %322 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %323 = mul nsw i64 %c3, 48
  %324 = add nsw i64 %323, %313
  %325 = getelementptr inbounds float, ptr %2, i64 %324
  %326 = load <8 x float>, ptr %325, align 4
  %327 = mul nsw i64 %7, 816
  %328 = mul nsw i64 %312, 48
  %329 = add nsw i64 %327, %328
  %330 = add nsw i64 %329, %313
  %331 = getelementptr inbounds float, ptr %0, i64 %330
  %332 = load <8 x float>, ptr %331, align 4
  %333 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %322, <8 x float> %326, <8 x float> %332)
  store <8 x float> %333, ptr %331, align 4
  %334 = mul nsw i64 4, %c1
  %335 = mul nsw i64 24, %c2
  %336 = add nsw i64 %335, 0
  %337 = add nsw i64 %336, 8
  %338 = mul nsw i64 %7, 816
  %339 = mul nsw i64 %334, 48
  %340 = add nsw i64 %338, %339
  %341 = add nsw i64 %340, %c3
  %342 = getelementptr inbounds float, ptr %1, i64 %341
  %343 = load float, ptr %342, align 4
  %344 = insertelement <8 x float> undef, float %343, i32 0
  %345 = shufflevector <8 x float> %344, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = mul nsw i64 %c3, 48
  %347 = add nsw i64 %346, %335
  %348 = add nsw i64 %347, 8
  %349 = getelementptr inbounds float, ptr %2, i64 %348
  %350 = load <8 x float>, ptr %349, align 4
  %351 = mul nsw i64 %7, 816
  %352 = mul nsw i64 %334, 48
  %353 = add nsw i64 %351, %352
  %354 = add nsw i64 %353, %335
  %355 = add nsw i64 %354, 8
  %356 = getelementptr inbounds float, ptr %0, i64 %355
  %357 = load <8 x float>, ptr %356, align 4
  %358 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %345, <8 x float> %350, <8 x float> %357)
  store <8 x float> %358, ptr %356, align 4
  %359 = mul nsw i64 4, %c1
  %360 = mul nsw i64 24, %c2
  %361 = add nsw i64 %360, 0
  %362 = add nsw i64 %361, 16
  %363 = mul nsw i64 %7, 816
  %364 = mul nsw i64 %359, 48
  %365 = add nsw i64 %363, %364
  %366 = add nsw i64 %365, %c3
  %367 = getelementptr inbounds float, ptr %1, i64 %366
  %368 = load float, ptr %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %370 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %371 = mul nsw i64 %c3, 48
  %372 = add nsw i64 %371, %360
  %373 = add nsw i64 %372, 16
  %374 = getelementptr inbounds float, ptr %2, i64 %373
  %375 = load <8 x float>, ptr %374, align 4
  %376 = mul nsw i64 %7, 816
  %377 = mul nsw i64 %359, 48
  %378 = add nsw i64 %376, %377
  %379 = add nsw i64 %378, %360
  %380 = add nsw i64 %379, 16
  %381 = getelementptr inbounds float, ptr %0, i64 %380
  %382 = load <8 x float>, ptr %381, align 4
  %383 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %370, <8 x float> %375, <8 x float> %382)
  store <8 x float> %383, ptr %381, align 4
  %384 = mul nsw i64 4, %c1
  %385 = add nsw i64 %384, 1
  %386 = mul nsw i64 24, %c2
  %387 = add nsw i64 %386, 0
  %388 = mul nsw i64 %7, 816
  %389 = mul nsw i64 %384, 48
  %390 = add nsw i64 %388, %389
  %391 = add nsw i64 %390, %c3
  %392 = add nsw i64 %391, 48
  %393 = getelementptr inbounds float, ptr %1, i64 %392
  %394 = load float, ptr %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %396 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %397 = mul nsw i64 %c3, 48
  %398 = add nsw i64 %397, %386
  %399 = getelementptr inbounds float, ptr %2, i64 %398
  %400 = load <8 x float>, ptr %399, align 4
  %401 = mul nsw i64 %7, 816
  %402 = mul nsw i64 %384, 48
  %403 = add nsw i64 %401, %402
  %404 = add nsw i64 %403, %386
  %405 = add nsw i64 %404, 48
  %406 = getelementptr inbounds float, ptr %0, i64 %405
  %407 = load <8 x float>, ptr %406, align 4
  %408 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %396, <8 x float> %400, <8 x float> %407)
  store <8 x float> %408, ptr %406, align 4
  %409 = mul nsw i64 4, %c1
  %410 = add nsw i64 %409, 1
  %411 = mul nsw i64 24, %c2
  %412 = add nsw i64 %411, 0
  %413 = add nsw i64 %412, 8
  %414 = mul nsw i64 %7, 816
  %415 = mul nsw i64 %409, 48
  %416 = add nsw i64 %414, %415
  %417 = add nsw i64 %416, %c3
  %418 = add nsw i64 %417, 48
  %419 = getelementptr inbounds float, ptr %1, i64 %418
  %420 = load float, ptr %419, align 4
  %421 = insertelement <8 x float> undef, float %420, i32 0
  %422 = shufflevector <8 x float> %421, <8 x float> undef, <8 x i32> zeroinitializer
  %423 = mul nsw i64 %c3, 48
  %424 = add nsw i64 %423, %411
  %425 = add nsw i64 %424, 8
  %426 = getelementptr inbounds float, ptr %2, i64 %425
  %427 = load <8 x float>, ptr %426, align 4
  %428 = mul nsw i64 %7, 816
  %429 = mul nsw i64 %409, 48
  %430 = add nsw i64 %428, %429
  %431 = add nsw i64 %430, %411
  %432 = add nsw i64 %431, 56
  %433 = getelementptr inbounds float, ptr %0, i64 %432
  %434 = load <8 x float>, ptr %433, align 4
  %435 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %422, <8 x float> %427, <8 x float> %434)
  store <8 x float> %435, ptr %433, align 4
  %436 = mul nsw i64 4, %c1
  %437 = add nsw i64 %436, 1
  %438 = mul nsw i64 24, %c2
  %439 = add nsw i64 %438, 0
  %440 = add nsw i64 %439, 16
  %441 = mul nsw i64 %7, 816
  %442 = mul nsw i64 %436, 48
  %443 = add nsw i64 %441, %442
  %444 = add nsw i64 %443, %c3
  %445 = add nsw i64 %444, 48
  %446 = getelementptr inbounds float, ptr %1, i64 %445
  %447 = load float, ptr %446, align 4
  %448 = insertelement <8 x float> undef, float %447, i32 0
  %449 = shufflevector <8 x float> %448, <8 x float> undef, <8 x i32> zeroinitializer
  %450 = mul nsw i64 %c3, 48
  %451 = add nsw i64 %450, %438
  %452 = add nsw i64 %451, 16
  %453 = getelementptr inbounds float, ptr %2, i64 %452
  %454 = load <8 x float>, ptr %453, align 4
  %455 = mul nsw i64 %7, 816
  %456 = mul nsw i64 %436, 48
  %457 = add nsw i64 %455, %456
  %458 = add nsw i64 %457, %438
  %459 = add nsw i64 %458, 64
  %460 = getelementptr inbounds float, ptr %0, i64 %459
  %461 = load <8 x float>, ptr %460, align 4
  %462 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %449, <8 x float> %454, <8 x float> %461)
  store <8 x float> %462, ptr %460, align 4
  %463 = mul nsw i64 4, %c1
  %464 = add nsw i64 %463, 2
  %465 = mul nsw i64 24, %c2
  %466 = add nsw i64 %465, 0
  %467 = mul nsw i64 %7, 816
  %468 = mul nsw i64 %463, 48
  %469 = add nsw i64 %467, %468
  %470 = add nsw i64 %469, %c3
  %471 = add nsw i64 %470, 96
  %472 = getelementptr inbounds float, ptr %1, i64 %471
  %473 = load float, ptr %472, align 4
  %474 = insertelement <8 x float> undef, float %473, i32 0
  %475 = shufflevector <8 x float> %474, <8 x float> undef, <8 x i32> zeroinitializer
  %476 = mul nsw i64 %c3, 48
  %477 = add nsw i64 %476, %465
  %478 = getelementptr inbounds float, ptr %2, i64 %477
  %479 = load <8 x float>, ptr %478, align 4
  %480 = mul nsw i64 %7, 816
  %481 = mul nsw i64 %463, 48
  %482 = add nsw i64 %480, %481
  %483 = add nsw i64 %482, %465
  %484 = add nsw i64 %483, 96
  %485 = getelementptr inbounds float, ptr %0, i64 %484
  %486 = load <8 x float>, ptr %485, align 4
  %487 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %475, <8 x float> %479, <8 x float> %486)
  store <8 x float> %487, ptr %485, align 4
  %488 = mul nsw i64 4, %c1
  %489 = add nsw i64 %488, 2
  %490 = mul nsw i64 24, %c2
  %491 = add nsw i64 %490, 0
  %492 = add nsw i64 %491, 8
  %493 = mul nsw i64 %7, 816
  %494 = mul nsw i64 %488, 48
  %495 = add nsw i64 %493, %494
  %496 = add nsw i64 %495, %c3
  %497 = add nsw i64 %496, 96
  %498 = getelementptr inbounds float, ptr %1, i64 %497
  %499 = load float, ptr %498, align 4
  %500 = insertelement <8 x float> undef, float %499, i32 0
  %501 = shufflevector <8 x float> %500, <8 x float> undef, <8 x i32> zeroinitializer
  %502 = mul nsw i64 %c3, 48
  %503 = add nsw i64 %502, %490
  %504 = add nsw i64 %503, 8
  %505 = getelementptr inbounds float, ptr %2, i64 %504
  %506 = load <8 x float>, ptr %505, align 4
  %507 = mul nsw i64 %7, 816
  %508 = mul nsw i64 %488, 48
  %509 = add nsw i64 %507, %508
  %510 = add nsw i64 %509, %490
  %511 = add nsw i64 %510, 104
  %512 = getelementptr inbounds float, ptr %0, i64 %511
  %513 = load <8 x float>, ptr %512, align 4
  %514 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %501, <8 x float> %506, <8 x float> %513)
  store <8 x float> %514, ptr %512, align 4
  %515 = mul nsw i64 4, %c1
  %516 = add nsw i64 %515, 2
  %517 = mul nsw i64 24, %c2
  %518 = add nsw i64 %517, 0
  %519 = add nsw i64 %518, 16
  %520 = mul nsw i64 %7, 816
  %521 = mul nsw i64 %515, 48
  %522 = add nsw i64 %520, %521
  %523 = add nsw i64 %522, %c3
  %524 = add nsw i64 %523, 96
  %525 = getelementptr inbounds float, ptr %1, i64 %524
  %526 = load float, ptr %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %528 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = mul nsw i64 %c3, 48
  %530 = add nsw i64 %529, %517
  %531 = add nsw i64 %530, 16
  %532 = getelementptr inbounds float, ptr %2, i64 %531
  %533 = load <8 x float>, ptr %532, align 4
  %534 = mul nsw i64 %7, 816
  %535 = mul nsw i64 %515, 48
  %536 = add nsw i64 %534, %535
  %537 = add nsw i64 %536, %517
  %538 = add nsw i64 %537, 112
  %539 = getelementptr inbounds float, ptr %0, i64 %538
  %540 = load <8 x float>, ptr %539, align 4
  %541 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %528, <8 x float> %533, <8 x float> %540)
  store <8 x float> %541, ptr %539, align 4
  %542 = mul nsw i64 4, %c1
  %543 = add nsw i64 %542, 3
  %544 = mul nsw i64 24, %c2
  %545 = add nsw i64 %544, 0
  %546 = mul nsw i64 %7, 816
  %547 = mul nsw i64 %542, 48
  %548 = add nsw i64 %546, %547
  %549 = add nsw i64 %548, %c3
  %550 = add nsw i64 %549, 144
  %551 = getelementptr inbounds float, ptr %1, i64 %550
  %552 = load float, ptr %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %554 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %555 = mul nsw i64 %c3, 48
  %556 = add nsw i64 %555, %544
  %557 = getelementptr inbounds float, ptr %2, i64 %556
  %558 = load <8 x float>, ptr %557, align 4
  %559 = mul nsw i64 %7, 816
  %560 = mul nsw i64 %542, 48
  %561 = add nsw i64 %559, %560
  %562 = add nsw i64 %561, %544
  %563 = add nsw i64 %562, 144
  %564 = getelementptr inbounds float, ptr %0, i64 %563
  %565 = load <8 x float>, ptr %564, align 4
  %566 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %554, <8 x float> %558, <8 x float> %565)
  store <8 x float> %566, ptr %564, align 4
  %567 = mul nsw i64 4, %c1
  %568 = add nsw i64 %567, 3
  %569 = mul nsw i64 24, %c2
  %570 = add nsw i64 %569, 0
  %571 = add nsw i64 %570, 8
  %572 = mul nsw i64 %7, 816
  %573 = mul nsw i64 %567, 48
  %574 = add nsw i64 %572, %573
  %575 = add nsw i64 %574, %c3
  %576 = add nsw i64 %575, 144
  %577 = getelementptr inbounds float, ptr %1, i64 %576
  %578 = load float, ptr %577, align 4
  %579 = insertelement <8 x float> undef, float %578, i32 0
  %580 = shufflevector <8 x float> %579, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = mul nsw i64 %c3, 48
  %582 = add nsw i64 %581, %569
  %583 = add nsw i64 %582, 8
  %584 = getelementptr inbounds float, ptr %2, i64 %583
  %585 = load <8 x float>, ptr %584, align 4
  %586 = mul nsw i64 %7, 816
  %587 = mul nsw i64 %567, 48
  %588 = add nsw i64 %586, %587
  %589 = add nsw i64 %588, %569
  %590 = add nsw i64 %589, 152
  %591 = getelementptr inbounds float, ptr %0, i64 %590
  %592 = load <8 x float>, ptr %591, align 4
  %593 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %580, <8 x float> %585, <8 x float> %592)
  store <8 x float> %593, ptr %591, align 4
  %594 = mul nsw i64 4, %c1
  %595 = add nsw i64 %594, 3
  %596 = mul nsw i64 24, %c2
  %597 = add nsw i64 %596, 0
  %598 = add nsw i64 %597, 16
  %599 = mul nsw i64 %7, 816
  %600 = mul nsw i64 %594, 48
  %601 = add nsw i64 %599, %600
  %602 = add nsw i64 %601, %c3
  %603 = add nsw i64 %602, 144
  %604 = getelementptr inbounds float, ptr %1, i64 %603
  %605 = load float, ptr %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %607 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = mul nsw i64 %c3, 48
  %609 = add nsw i64 %608, %596
  %610 = add nsw i64 %609, 16
  %611 = getelementptr inbounds float, ptr %2, i64 %610
  %612 = load <8 x float>, ptr %611, align 4
  %613 = mul nsw i64 %7, 816
  %614 = mul nsw i64 %594, 48
  %615 = add nsw i64 %613, %614
  %616 = add nsw i64 %615, %596
  %617 = add nsw i64 %616, 160
  %618 = getelementptr inbounds float, ptr %0, i64 %617
  %619 = load <8 x float>, ptr %618, align 4
  %620 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %607, <8 x float> %612, <8 x float> %619)
  store <8 x float> %620, ptr %618, align 4
  %621 = add nsw i64 %c3, 1
  %622 = icmp sle i64 %621, 47
  br i1 %622, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %623 = add nsw i64 %c2, 1
  %624 = icmp sle i64 %623, 1
  br i1 %624, label %loop1, label %endloop2

loop5:                                            ; preds = %endloop9, %else
  %c27 = phi i64 [ 0, %else ], [ %745, %endloop9 ]
  %625 = mul nsw i64 24, %c27
  %626 = add nsw i64 %625, 0
  %627 = mul nsw i64 %7, 816
  %628 = add nsw i64 %627, 768
  %629 = getelementptr inbounds float, ptr %1, i64 %628
  %630 = load float, ptr %629, align 4
  %631 = insertelement <8 x float> undef, float %630, i32 0
  %632 = shufflevector <8 x float> %631, <8 x float> undef, <8 x i32> zeroinitializer
  %633 = getelementptr inbounds float, ptr %2, i64 %625
  %634 = load <8 x float>, ptr %633, align 4
  %635 = getelementptr inbounds float, ptr %3, i64 %625
  %636 = load <8 x float>, ptr %635, align 4
  %637 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %632, <8 x float> %634, <8 x float> %636)
  %638 = mul nsw i64 %7, 816
  %639 = add nsw i64 %638, %625
  %640 = add nsw i64 %639, 768
  %641 = getelementptr inbounds float, ptr %0, i64 %640
  store <8 x float> %637, ptr %641, align 4
  %642 = mul nsw i64 24, %c27
  %643 = add nsw i64 %642, 0
  %644 = add nsw i64 %643, 8
  %645 = mul nsw i64 %7, 816
  %646 = add nsw i64 %645, 768
  %647 = getelementptr inbounds float, ptr %1, i64 %646
  %648 = load float, ptr %647, align 4
  %649 = insertelement <8 x float> undef, float %648, i32 0
  %650 = shufflevector <8 x float> %649, <8 x float> undef, <8 x i32> zeroinitializer
  %651 = add nsw i64 %642, 8
  %652 = getelementptr inbounds float, ptr %2, i64 %651
  %653 = load <8 x float>, ptr %652, align 4
  %654 = add nsw i64 %642, 8
  %655 = getelementptr inbounds float, ptr %3, i64 %654
  %656 = load <8 x float>, ptr %655, align 4
  %657 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %650, <8 x float> %653, <8 x float> %656)
  %658 = mul nsw i64 %7, 816
  %659 = add nsw i64 %658, %642
  %660 = add nsw i64 %659, 776
  %661 = getelementptr inbounds float, ptr %0, i64 %660
  store <8 x float> %657, ptr %661, align 4
  %662 = mul nsw i64 24, %c27
  %663 = add nsw i64 %662, 0
  %664 = add nsw i64 %663, 16
  %665 = mul nsw i64 %7, 816
  %666 = add nsw i64 %665, 768
  %667 = getelementptr inbounds float, ptr %1, i64 %666
  %668 = load float, ptr %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %670 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %671 = add nsw i64 %662, 16
  %672 = getelementptr inbounds float, ptr %2, i64 %671
  %673 = load <8 x float>, ptr %672, align 4
  %674 = add nsw i64 %662, 16
  %675 = getelementptr inbounds float, ptr %3, i64 %674
  %676 = load <8 x float>, ptr %675, align 4
  %677 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %670, <8 x float> %673, <8 x float> %676)
  %678 = mul nsw i64 %7, 816
  %679 = add nsw i64 %678, %662
  %680 = add nsw i64 %679, 784
  %681 = getelementptr inbounds float, ptr %0, i64 %680
  store <8 x float> %677, ptr %681, align 4
  br i1 true, label %loop8, label %endloop9

endloop6:                                         ; preds = %endloop9, %else
  br label %endif

loop8:                                            ; preds = %loop8, %loop5
  %c310 = phi i64 [ 1, %loop5 ], [ %743, %loop8 ]
  %682 = mul nsw i64 24, %c27
  %683 = add nsw i64 %682, 0
  %684 = mul nsw i64 %7, 816
  %685 = add nsw i64 %684, %c310
  %686 = add nsw i64 %685, 768
  %687 = getelementptr inbounds float, ptr %1, i64 %686
  %688 = load float, ptr %687, align 4
  %689 = insertelement <8 x float> undef, float %688, i32 0
  %690 = shufflevector <8 x float> %689, <8 x float> undef, <8 x i32> zeroinitializer
  %691 = mul nsw i64 %c310, 48
  %692 = add nsw i64 %691, %682
  %693 = getelementptr inbounds float, ptr %2, i64 %692
  %694 = load <8 x float>, ptr %693, align 4
  %695 = mul nsw i64 %7, 816
  %696 = add nsw i64 %695, %682
  %697 = add nsw i64 %696, 768
  %698 = getelementptr inbounds float, ptr %0, i64 %697
  %699 = load <8 x float>, ptr %698, align 4
  %700 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %690, <8 x float> %694, <8 x float> %699)
  store <8 x float> %700, ptr %698, align 4
  %701 = mul nsw i64 24, %c27
  %702 = add nsw i64 %701, 0
  %703 = add nsw i64 %702, 8
  %704 = mul nsw i64 %7, 816
  %705 = add nsw i64 %704, %c310
  %706 = add nsw i64 %705, 768
  %707 = getelementptr inbounds float, ptr %1, i64 %706
  %708 = load float, ptr %707, align 4
  %709 = insertelement <8 x float> undef, float %708, i32 0
  %710 = shufflevector <8 x float> %709, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = mul nsw i64 %c310, 48
  %712 = add nsw i64 %711, %701
  %713 = add nsw i64 %712, 8
  %714 = getelementptr inbounds float, ptr %2, i64 %713
  %715 = load <8 x float>, ptr %714, align 4
  %716 = mul nsw i64 %7, 816
  %717 = add nsw i64 %716, %701
  %718 = add nsw i64 %717, 776
  %719 = getelementptr inbounds float, ptr %0, i64 %718
  %720 = load <8 x float>, ptr %719, align 4
  %721 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %710, <8 x float> %715, <8 x float> %720)
  store <8 x float> %721, ptr %719, align 4
  %722 = mul nsw i64 24, %c27
  %723 = add nsw i64 %722, 0
  %724 = add nsw i64 %723, 16
  %725 = mul nsw i64 %7, 816
  %726 = add nsw i64 %725, %c310
  %727 = add nsw i64 %726, 768
  %728 = getelementptr inbounds float, ptr %1, i64 %727
  %729 = load float, ptr %728, align 4
  %730 = insertelement <8 x float> undef, float %729, i32 0
  %731 = shufflevector <8 x float> %730, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = mul nsw i64 %c310, 48
  %733 = add nsw i64 %732, %722
  %734 = add nsw i64 %733, 16
  %735 = getelementptr inbounds float, ptr %2, i64 %734
  %736 = load <8 x float>, ptr %735, align 4
  %737 = mul nsw i64 %7, 816
  %738 = add nsw i64 %737, %722
  %739 = add nsw i64 %738, 784
  %740 = getelementptr inbounds float, ptr %0, i64 %739
  %741 = load <8 x float>, ptr %740, align 4
  %742 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %731, <8 x float> %736, <8 x float> %741)
  store <8 x float> %742, ptr %740, align 4
  %743 = add nsw i64 %c310, 1
  %744 = icmp sle i64 %743, 47
  br i1 %744, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %loop5
  %745 = add nsw i64 %c27, 1
  %746 = icmp sle i64 %745, 1
  br i1 %746, label %loop5, label %endloop6
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
  %c2 = phi i64 [ 0, %then ], [ %622, %endloop4 ]
  %18 = mul nsw i64 4, %c1
  %19 = mul nsw i64 24, %c2
  %20 = add nsw i64 %19, 0
  %21 = mul nsw i64 %6, 816
  %22 = mul nsw i64 %18, 48
  %23 = add nsw i64 %21, %22
  %24 = getelementptr inbounds float, ptr %1, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = insertelement <8 x float> undef, float %25, i32 0
  %27 = shufflevector <8 x float> %26, <8 x float> undef, <8 x i32> zeroinitializer
  %28 = getelementptr inbounds float, ptr %2, i64 %19
  %29 = load <8 x float>, ptr %28, align 4
  %30 = getelementptr inbounds float, ptr %3, i64 %19
  %31 = load <8 x float>, ptr %30, align 4
  %32 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %27, <8 x float> %29, <8 x float> %31)
  %33 = mul nsw i64 %6, 1632
  %34 = mul nsw i64 %18, 96
  %35 = add nsw i64 %33, %34
  %36 = add nsw i64 %35, %19
  %37 = getelementptr inbounds float, ptr %0, i64 %36
  store <8 x float> %32, ptr %37, align 4
  %38 = mul nsw i64 4, %c1
  %39 = mul nsw i64 24, %c2
  %40 = add nsw i64 %39, 0
  %41 = add nsw i64 %40, 8
  %42 = mul nsw i64 %6, 816
  %43 = mul nsw i64 %38, 48
  %44 = add nsw i64 %42, %43
  %45 = getelementptr inbounds float, ptr %1, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = insertelement <8 x float> undef, float %46, i32 0
  %48 = shufflevector <8 x float> %47, <8 x float> undef, <8 x i32> zeroinitializer
  %49 = add nsw i64 %39, 8
  %50 = getelementptr inbounds float, ptr %2, i64 %49
  %51 = load <8 x float>, ptr %50, align 4
  %52 = add nsw i64 %39, 8
  %53 = getelementptr inbounds float, ptr %3, i64 %52
  %54 = load <8 x float>, ptr %53, align 4
  %55 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %48, <8 x float> %51, <8 x float> %54)
  %56 = mul nsw i64 %6, 1632
  %57 = mul nsw i64 %38, 96
  %58 = add nsw i64 %56, %57
  %59 = add nsw i64 %58, %39
  %60 = add nsw i64 %59, 8
  %61 = getelementptr inbounds float, ptr %0, i64 %60
  store <8 x float> %55, ptr %61, align 4
  %62 = mul nsw i64 4, %c1
  %63 = mul nsw i64 24, %c2
  %64 = add nsw i64 %63, 0
  %65 = add nsw i64 %64, 16
  %66 = mul nsw i64 %6, 816
  %67 = mul nsw i64 %62, 48
  %68 = add nsw i64 %66, %67
  %69 = getelementptr inbounds float, ptr %1, i64 %68
  %70 = load float, ptr %69, align 4
  %71 = insertelement <8 x float> undef, float %70, i32 0
  %72 = shufflevector <8 x float> %71, <8 x float> undef, <8 x i32> zeroinitializer
  %73 = add nsw i64 %63, 16
  %74 = getelementptr inbounds float, ptr %2, i64 %73
  %75 = load <8 x float>, ptr %74, align 4
  %76 = add nsw i64 %63, 16
  %77 = getelementptr inbounds float, ptr %3, i64 %76
  %78 = load <8 x float>, ptr %77, align 4
  %79 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %72, <8 x float> %75, <8 x float> %78)
  %80 = mul nsw i64 %6, 1632
  %81 = mul nsw i64 %62, 96
  %82 = add nsw i64 %80, %81
  %83 = add nsw i64 %82, %63
  %84 = add nsw i64 %83, 16
  %85 = getelementptr inbounds float, ptr %0, i64 %84
  store <8 x float> %79, ptr %85, align 4
  %86 = mul nsw i64 4, %c1
  %87 = add nsw i64 %86, 1
  %88 = mul nsw i64 24, %c2
  %89 = add nsw i64 %88, 0
  %90 = mul nsw i64 %6, 816
  %91 = mul nsw i64 %86, 48
  %92 = add nsw i64 %90, %91
  %93 = add nsw i64 %92, 48
  %94 = getelementptr inbounds float, ptr %1, i64 %93
  %95 = load float, ptr %94, align 4
  %96 = insertelement <8 x float> undef, float %95, i32 0
  %97 = shufflevector <8 x float> %96, <8 x float> undef, <8 x i32> zeroinitializer
  %98 = getelementptr inbounds float, ptr %2, i64 %88
  %99 = load <8 x float>, ptr %98, align 4
  %100 = getelementptr inbounds float, ptr %3, i64 %88
  %101 = load <8 x float>, ptr %100, align 4
  %102 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %97, <8 x float> %99, <8 x float> %101)
  %103 = mul nsw i64 %6, 1632
  %104 = mul nsw i64 %86, 96
  %105 = add nsw i64 %103, %104
  %106 = add nsw i64 %105, %88
  %107 = add nsw i64 %106, 96
  %108 = getelementptr inbounds float, ptr %0, i64 %107
  store <8 x float> %102, ptr %108, align 4
  %109 = mul nsw i64 4, %c1
  %110 = add nsw i64 %109, 1
  %111 = mul nsw i64 24, %c2
  %112 = add nsw i64 %111, 0
  %113 = add nsw i64 %112, 8
  %114 = mul nsw i64 %6, 816
  %115 = mul nsw i64 %109, 48
  %116 = add nsw i64 %114, %115
  %117 = add nsw i64 %116, 48
  %118 = getelementptr inbounds float, ptr %1, i64 %117
  %119 = load float, ptr %118, align 4
  %120 = insertelement <8 x float> undef, float %119, i32 0
  %121 = shufflevector <8 x float> %120, <8 x float> undef, <8 x i32> zeroinitializer
  %122 = add nsw i64 %111, 8
  %123 = getelementptr inbounds float, ptr %2, i64 %122
  %124 = load <8 x float>, ptr %123, align 4
  %125 = add nsw i64 %111, 8
  %126 = getelementptr inbounds float, ptr %3, i64 %125
  %127 = load <8 x float>, ptr %126, align 4
  %128 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %121, <8 x float> %124, <8 x float> %127)
  %129 = mul nsw i64 %6, 1632
  %130 = mul nsw i64 %109, 96
  %131 = add nsw i64 %129, %130
  %132 = add nsw i64 %131, %111
  %133 = add nsw i64 %132, 104
  %134 = getelementptr inbounds float, ptr %0, i64 %133
  store <8 x float> %128, ptr %134, align 4
  %135 = mul nsw i64 4, %c1
  %136 = add nsw i64 %135, 1
  %137 = mul nsw i64 24, %c2
  %138 = add nsw i64 %137, 0
  %139 = add nsw i64 %138, 16
  %140 = mul nsw i64 %6, 816
  %141 = mul nsw i64 %135, 48
  %142 = add nsw i64 %140, %141
  %143 = add nsw i64 %142, 48
  %144 = getelementptr inbounds float, ptr %1, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = insertelement <8 x float> undef, float %145, i32 0
  %147 = shufflevector <8 x float> %146, <8 x float> undef, <8 x i32> zeroinitializer
  %148 = add nsw i64 %137, 16
  %149 = getelementptr inbounds float, ptr %2, i64 %148
  %150 = load <8 x float>, ptr %149, align 4
  %151 = add nsw i64 %137, 16
  %152 = getelementptr inbounds float, ptr %3, i64 %151
  %153 = load <8 x float>, ptr %152, align 4
  %154 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %147, <8 x float> %150, <8 x float> %153)
  %155 = mul nsw i64 %6, 1632
  %156 = mul nsw i64 %135, 96
  %157 = add nsw i64 %155, %156
  %158 = add nsw i64 %157, %137
  %159 = add nsw i64 %158, 112
  %160 = getelementptr inbounds float, ptr %0, i64 %159
  store <8 x float> %154, ptr %160, align 4
  %161 = mul nsw i64 4, %c1
  %162 = add nsw i64 %161, 2
  %163 = mul nsw i64 24, %c2
  %164 = add nsw i64 %163, 0
  %165 = mul nsw i64 %6, 816
  %166 = mul nsw i64 %161, 48
  %167 = add nsw i64 %165, %166
  %168 = add nsw i64 %167, 96
  %169 = getelementptr inbounds float, ptr %1, i64 %168
  %170 = load float, ptr %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %172 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %173 = getelementptr inbounds float, ptr %2, i64 %163
  %174 = load <8 x float>, ptr %173, align 4
  %175 = getelementptr inbounds float, ptr %3, i64 %163
  %176 = load <8 x float>, ptr %175, align 4
  %177 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %172, <8 x float> %174, <8 x float> %176)
  %178 = mul nsw i64 %6, 1632
  %179 = mul nsw i64 %161, 96
  %180 = add nsw i64 %178, %179
  %181 = add nsw i64 %180, %163
  %182 = add nsw i64 %181, 192
  %183 = getelementptr inbounds float, ptr %0, i64 %182
  store <8 x float> %177, ptr %183, align 4
  %184 = mul nsw i64 4, %c1
  %185 = add nsw i64 %184, 2
  %186 = mul nsw i64 24, %c2
  %187 = add nsw i64 %186, 0
  %188 = add nsw i64 %187, 8
  %189 = mul nsw i64 %6, 816
  %190 = mul nsw i64 %184, 48
  %191 = add nsw i64 %189, %190
  %192 = add nsw i64 %191, 96
  %193 = getelementptr inbounds float, ptr %1, i64 %192
  %194 = load float, ptr %193, align 4
  %195 = insertelement <8 x float> undef, float %194, i32 0
  %196 = shufflevector <8 x float> %195, <8 x float> undef, <8 x i32> zeroinitializer
  %197 = add nsw i64 %186, 8
  %198 = getelementptr inbounds float, ptr %2, i64 %197
  %199 = load <8 x float>, ptr %198, align 4
  %200 = add nsw i64 %186, 8
  %201 = getelementptr inbounds float, ptr %3, i64 %200
  %202 = load <8 x float>, ptr %201, align 4
  %203 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %196, <8 x float> %199, <8 x float> %202)
  %204 = mul nsw i64 %6, 1632
  %205 = mul nsw i64 %184, 96
  %206 = add nsw i64 %204, %205
  %207 = add nsw i64 %206, %186
  %208 = add nsw i64 %207, 200
  %209 = getelementptr inbounds float, ptr %0, i64 %208
  store <8 x float> %203, ptr %209, align 4
  %210 = mul nsw i64 4, %c1
  %211 = add nsw i64 %210, 2
  %212 = mul nsw i64 24, %c2
  %213 = add nsw i64 %212, 0
  %214 = add nsw i64 %213, 16
  %215 = mul nsw i64 %6, 816
  %216 = mul nsw i64 %210, 48
  %217 = add nsw i64 %215, %216
  %218 = add nsw i64 %217, 96
  %219 = getelementptr inbounds float, ptr %1, i64 %218
  %220 = load float, ptr %219, align 4
  %221 = insertelement <8 x float> undef, float %220, i32 0
  %222 = shufflevector <8 x float> %221, <8 x float> undef, <8 x i32> zeroinitializer
  %223 = add nsw i64 %212, 16
  %224 = getelementptr inbounds float, ptr %2, i64 %223
  %225 = load <8 x float>, ptr %224, align 4
  %226 = add nsw i64 %212, 16
  %227 = getelementptr inbounds float, ptr %3, i64 %226
  %228 = load <8 x float>, ptr %227, align 4
  %229 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %222, <8 x float> %225, <8 x float> %228)
  %230 = mul nsw i64 %6, 1632
  %231 = mul nsw i64 %210, 96
  %232 = add nsw i64 %230, %231
  %233 = add nsw i64 %232, %212
  %234 = add nsw i64 %233, 208
  %235 = getelementptr inbounds float, ptr %0, i64 %234
  store <8 x float> %229, ptr %235, align 4
  %236 = mul nsw i64 4, %c1
  %237 = add nsw i64 %236, 3
  %238 = mul nsw i64 24, %c2
  %239 = add nsw i64 %238, 0
  %240 = mul nsw i64 %6, 816
  %241 = mul nsw i64 %236, 48
  %242 = add nsw i64 %240, %241
  %243 = add nsw i64 %242, 144
  %244 = getelementptr inbounds float, ptr %1, i64 %243
  %245 = load float, ptr %244, align 4
  %246 = insertelement <8 x float> undef, float %245, i32 0
  %247 = shufflevector <8 x float> %246, <8 x float> undef, <8 x i32> zeroinitializer
  %248 = getelementptr inbounds float, ptr %2, i64 %238
  %249 = load <8 x float>, ptr %248, align 4
  %250 = getelementptr inbounds float, ptr %3, i64 %238
  %251 = load <8 x float>, ptr %250, align 4
  %252 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %247, <8 x float> %249, <8 x float> %251)
  %253 = mul nsw i64 %6, 1632
  %254 = mul nsw i64 %236, 96
  %255 = add nsw i64 %253, %254
  %256 = add nsw i64 %255, %238
  %257 = add nsw i64 %256, 288
  %258 = getelementptr inbounds float, ptr %0, i64 %257
  store <8 x float> %252, ptr %258, align 4
  %259 = mul nsw i64 4, %c1
  %260 = add nsw i64 %259, 3
  %261 = mul nsw i64 24, %c2
  %262 = add nsw i64 %261, 0
  %263 = add nsw i64 %262, 8
  %264 = mul nsw i64 %6, 816
  %265 = mul nsw i64 %259, 48
  %266 = add nsw i64 %264, %265
  %267 = add nsw i64 %266, 144
  %268 = getelementptr inbounds float, ptr %1, i64 %267
  %269 = load float, ptr %268, align 4
  %270 = insertelement <8 x float> undef, float %269, i32 0
  %271 = shufflevector <8 x float> %270, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = add nsw i64 %261, 8
  %273 = getelementptr inbounds float, ptr %2, i64 %272
  %274 = load <8 x float>, ptr %273, align 4
  %275 = add nsw i64 %261, 8
  %276 = getelementptr inbounds float, ptr %3, i64 %275
  %277 = load <8 x float>, ptr %276, align 4
  %278 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %271, <8 x float> %274, <8 x float> %277)
  %279 = mul nsw i64 %6, 1632
  %280 = mul nsw i64 %259, 96
  %281 = add nsw i64 %279, %280
  %282 = add nsw i64 %281, %261
  %283 = add nsw i64 %282, 296
  %284 = getelementptr inbounds float, ptr %0, i64 %283
  store <8 x float> %278, ptr %284, align 4
  %285 = mul nsw i64 4, %c1
  %286 = add nsw i64 %285, 3
  %287 = mul nsw i64 24, %c2
  %288 = add nsw i64 %287, 0
  %289 = add nsw i64 %288, 16
  %290 = mul nsw i64 %6, 816
  %291 = mul nsw i64 %285, 48
  %292 = add nsw i64 %290, %291
  %293 = add nsw i64 %292, 144
  %294 = getelementptr inbounds float, ptr %1, i64 %293
  %295 = load float, ptr %294, align 4
  %296 = insertelement <8 x float> undef, float %295, i32 0
  %297 = shufflevector <8 x float> %296, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = add nsw i64 %287, 16
  %299 = getelementptr inbounds float, ptr %2, i64 %298
  %300 = load <8 x float>, ptr %299, align 4
  %301 = add nsw i64 %287, 16
  %302 = getelementptr inbounds float, ptr %3, i64 %301
  %303 = load <8 x float>, ptr %302, align 4
  %304 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %297, <8 x float> %300, <8 x float> %303)
  %305 = mul nsw i64 %6, 1632
  %306 = mul nsw i64 %285, 96
  %307 = add nsw i64 %305, %306
  %308 = add nsw i64 %307, %287
  %309 = add nsw i64 %308, 304
  %310 = getelementptr inbounds float, ptr %0, i64 %309
  store <8 x float> %304, ptr %310, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %then
  br label %endif

loop3:                                            ; preds = %loop3, %loop1
  %c3 = phi i64 [ 1, %loop1 ], [ %620, %loop3 ]
  %311 = mul nsw i64 4, %c1
  %312 = mul nsw i64 24, %c2
  %313 = add nsw i64 %312, 0
  %314 = mul nsw i64 %6, 816
  %315 = mul nsw i64 %311, 48
  %316 = add nsw i64 %314, %315
  %317 = add nsw i64 %316, %c3
  %318 = getelementptr inbounds float, ptr %1, i64 %317
  %319 = load float, ptr %318, align 4
  %320 = insertelement <8 x float> undef, float %319, i32 0
  %321 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = mul nsw i64 %c3, 96
  %323 = add nsw i64 %322, %312
  %324 = getelementptr inbounds float, ptr %2, i64 %323
  %325 = load <8 x float>, ptr %324, align 4
  %326 = mul nsw i64 %6, 1632
  %327 = mul nsw i64 %311, 96
  %328 = add nsw i64 %326, %327
  %329 = add nsw i64 %328, %312
  %330 = getelementptr inbounds float, ptr %0, i64 %329
  %331 = load <8 x float>, ptr %330, align 4
  %332 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %321, <8 x float> %325, <8 x float> %331)
  store <8 x float> %332, ptr %330, align 4
  %333 = mul nsw i64 4, %c1
  %334 = mul nsw i64 24, %c2
  %335 = add nsw i64 %334, 0
  %336 = add nsw i64 %335, 8
  %337 = mul nsw i64 %6, 816
  %338 = mul nsw i64 %333, 48
  %339 = add nsw i64 %337, %338
  %340 = add nsw i64 %339, %c3
  %341 = getelementptr inbounds float, ptr %1, i64 %340
  %342 = load float, ptr %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %344 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %345 = mul nsw i64 %c3, 96
  %346 = add nsw i64 %345, %334
  %347 = add nsw i64 %346, 8
  %348 = getelementptr inbounds float, ptr %2, i64 %347
  %349 = load <8 x float>, ptr %348, align 4
  %350 = mul nsw i64 %6, 1632
  %351 = mul nsw i64 %333, 96
  %352 = add nsw i64 %350, %351
  %353 = add nsw i64 %352, %334
  %354 = add nsw i64 %353, 8
  %355 = getelementptr inbounds float, ptr %0, i64 %354
  %356 = load <8 x float>, ptr %355, align 4
  %357 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %344, <8 x float> %349, <8 x float> %356)
  store <8 x float> %357, ptr %355, align 4
  %358 = mul nsw i64 4, %c1
  %359 = mul nsw i64 24, %c2
  %360 = add nsw i64 %359, 0
  %361 = add nsw i64 %360, 16
  %362 = mul nsw i64 %6, 816
  %363 = mul nsw i64 %358, 48
  %364 = add nsw i64 %362, %363
  %365 = add nsw i64 %364, %c3
  %366 = getelementptr inbounds float, ptr %1, i64 %365
  %367 = load float, ptr %366, align 4
  %368 = insertelement <8 x float> undef, float %367, i32 0
  %369 = shufflevector <8 x float> %368, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = mul nsw i64 %c3, 96
  %371 = add nsw i64 %370, %359
  %372 = add nsw i64 %371, 16
  %373 = getelementptr inbounds float, ptr %2, i64 %372
  %374 = load <8 x float>, ptr %373, align 4
  %375 = mul nsw i64 %6, 1632
  %376 = mul nsw i64 %358, 96
  %377 = add nsw i64 %375, %376
  %378 = add nsw i64 %377, %359
  %379 = add nsw i64 %378, 16
  %380 = getelementptr inbounds float, ptr %0, i64 %379
  %381 = load <8 x float>, ptr %380, align 4
  %382 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %369, <8 x float> %374, <8 x float> %381)
  store <8 x float> %382, ptr %380, align 4
  %383 = mul nsw i64 4, %c1
  %384 = add nsw i64 %383, 1
  %385 = mul nsw i64 24, %c2
  %386 = add nsw i64 %385, 0
  %387 = mul nsw i64 %6, 816
  %388 = mul nsw i64 %383, 48
  %389 = add nsw i64 %387, %388
  %390 = add nsw i64 %389, %c3
  %391 = add nsw i64 %390, 48
  %392 = getelementptr inbounds float, ptr %1, i64 %391
  %393 = load float, ptr %392, align 4
  %394 = insertelement <8 x float> undef, float %393, i32 0
  %395 = shufflevector <8 x float> %394, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = mul nsw i64 %c3, 96
  %397 = add nsw i64 %396, %385
  %398 = getelementptr inbounds float, ptr %2, i64 %397
  %399 = load <8 x float>, ptr %398, align 4
  %400 = mul nsw i64 %6, 1632
  %401 = mul nsw i64 %383, 96
  %402 = add nsw i64 %400, %401
  %403 = add nsw i64 %402, %385
  %404 = add nsw i64 %403, 96
  %405 = getelementptr inbounds float, ptr %0, i64 %404
  %406 = load <8 x float>, ptr %405, align 4
  %407 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %395, <8 x float> %399, <8 x float> %406)
  store <8 x float> %407, ptr %405, align 4
  %408 = mul nsw i64 4, %c1
  %409 = add nsw i64 %408, 1
  %410 = mul nsw i64 24, %c2
  %411 = add nsw i64 %410, 0
  %412 = add nsw i64 %411, 8
  %413 = mul nsw i64 %6, 816
  %414 = mul nsw i64 %408, 48
  %415 = add nsw i64 %413, %414
  %416 = add nsw i64 %415, %c3
  %417 = add nsw i64 %416, 48
  %418 = getelementptr inbounds float, ptr %1, i64 %417
  %419 = load float, ptr %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %421 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %422 = mul nsw i64 %c3, 96
  %423 = add nsw i64 %422, %410
  %424 = add nsw i64 %423, 8
  %425 = getelementptr inbounds float, ptr %2, i64 %424
  %426 = load <8 x float>, ptr %425, align 4
  %427 = mul nsw i64 %6, 1632
  %428 = mul nsw i64 %408, 96
  %429 = add nsw i64 %427, %428
  %430 = add nsw i64 %429, %410
  %431 = add nsw i64 %430, 104
  %432 = getelementptr inbounds float, ptr %0, i64 %431
  %433 = load <8 x float>, ptr %432, align 4
  %434 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %421, <8 x float> %426, <8 x float> %433)
  store <8 x float> %434, ptr %432, align 4
  %435 = mul nsw i64 4, %c1
  %436 = add nsw i64 %435, 1
  %437 = mul nsw i64 24, %c2
  %438 = add nsw i64 %437, 0
  %439 = add nsw i64 %438, 16
  %440 = mul nsw i64 %6, 816
  %441 = mul nsw i64 %435, 48
  %442 = add nsw i64 %440, %441
  %443 = add nsw i64 %442, %c3
  %444 = add nsw i64 %443, 48
  %445 = getelementptr inbounds float, ptr %1, i64 %444
  %446 = load float, ptr %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %448 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %449 = mul nsw i64 %c3, 96
  %450 = add nsw i64 %449, %437
  %451 = add nsw i64 %450, 16
  %452 = getelementptr inbounds float, ptr %2, i64 %451
  %453 = load <8 x float>, ptr %452, align 4
  %454 = mul nsw i64 %6, 1632
  %455 = mul nsw i64 %435, 96
  %456 = add nsw i64 %454, %455
  %457 = add nsw i64 %456, %437
  %458 = add nsw i64 %457, 112
  %459 = getelementptr inbounds float, ptr %0, i64 %458
  %460 = load <8 x float>, ptr %459, align 4
  %461 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %448, <8 x float> %453, <8 x float> %460)
  store <8 x float> %461, ptr %459, align 4
  %462 = mul nsw i64 4, %c1
  %463 = add nsw i64 %462, 2
  %464 = mul nsw i64 24, %c2
  %465 = add nsw i64 %464, 0
  %466 = mul nsw i64 %6, 816
  %467 = mul nsw i64 %462, 48
  %468 = add nsw i64 %466, %467
  %469 = add nsw i64 %468, %c3
  %470 = add nsw i64 %469, 96
  %471 = getelementptr inbounds float, ptr %1, i64 %470
  %472 = load float, ptr %471, align 4
  %473 = insertelement <8 x float> undef, float %472, i32 0
  %474 = shufflevector <8 x float> %473, <8 x float> undef, <8 x i32> zeroinitializer
  %475 = mul nsw i64 %c3, 96
  %476 = add nsw i64 %475, %464
  %477 = getelementptr inbounds float, ptr %2, i64 %476
  %478 = load <8 x float>, ptr %477, align 4
  %479 = mul nsw i64 %6, 1632
  %480 = mul nsw i64 %462, 96
  %481 = add nsw i64 %479, %480
  %482 = add nsw i64 %481, %464
  %483 = add nsw i64 %482, 192
  %484 = getelementptr inbounds float, ptr %0, i64 %483
  %485 = load <8 x float>, ptr %484, align 4
  %486 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %474, <8 x float> %478, <8 x float> %485)
  store <8 x float> %486, ptr %484, align 4
  %487 = mul nsw i64 4, %c1
  %488 = add nsw i64 %487, 2
  %489 = mul nsw i64 24, %c2
  %490 = add nsw i64 %489, 0
  %491 = add nsw i64 %490, 8
  %492 = mul nsw i64 %6, 816
  %493 = mul nsw i64 %487, 48
  %494 = add nsw i64 %492, %493
  %495 = add nsw i64 %494, %c3
  %496 = add nsw i64 %495, 96
  %497 = getelementptr inbounds float, ptr %1, i64 %496
  %498 = load float, ptr %497, align 4
  %499 = insertelement <8 x float> undef, float %498, i32 0
  %500 = shufflevector <8 x float> %499, <8 x float> undef, <8 x i32> zeroinitializer
  %501 = mul nsw i64 %c3, 96
  %502 = add nsw i64 %501, %489
  %503 = add nsw i64 %502, 8
  %504 = getelementptr inbounds float, ptr %2, i64 %503
  %505 = load <8 x float>, ptr %504, align 4
  %506 = mul nsw i64 %6, 1632
  %507 = mul nsw i64 %487, 96
  %508 = add nsw i64 %506, %507
  %509 = add nsw i64 %508, %489
  %510 = add nsw i64 %509, 200
  %511 = getelementptr inbounds float, ptr %0, i64 %510
  %512 = load <8 x float>, ptr %511, align 4
  %513 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %500, <8 x float> %505, <8 x float> %512)
  store <8 x float> %513, ptr %511, align 4
  %514 = mul nsw i64 4, %c1
  %515 = add nsw i64 %514, 2
  %516 = mul nsw i64 24, %c2
  %517 = add nsw i64 %516, 0
  %518 = add nsw i64 %517, 16
  %519 = mul nsw i64 %6, 816
  %520 = mul nsw i64 %514, 48
  %521 = add nsw i64 %519, %520
  %522 = add nsw i64 %521, %c3
  %523 = add nsw i64 %522, 96
  %524 = getelementptr inbounds float, ptr %1, i64 %523
  %525 = load float, ptr %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %527 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %528 = mul nsw i64 %c3, 96
  %529 = add nsw i64 %528, %516
  %530 = add nsw i64 %529, 16
  %531 = getelementptr inbounds float, ptr %2, i64 %530
  %532 = load <8 x float>, ptr %531, align 4
  %533 = mul nsw i64 %6, 1632
  %534 = mul nsw i64 %514, 96
  %535 = add nsw i64 %533, %534
  %536 = add nsw i64 %535, %516
  %537 = add nsw i64 %536, 208
  %538 = getelementptr inbounds float, ptr %0, i64 %537
  %539 = load <8 x float>, ptr %538, align 4
  %540 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %527, <8 x float> %532, <8 x float> %539)
  store <8 x float> %540, ptr %538, align 4
  %541 = mul nsw i64 4, %c1
  %542 = add nsw i64 %541, 3
  %543 = mul nsw i64 24, %c2
  %544 = add nsw i64 %543, 0
  %545 = mul nsw i64 %6, 816
  %546 = mul nsw i64 %541, 48
  %547 = add nsw i64 %545, %546
  %548 = add nsw i64 %547, %c3
  %549 = add nsw i64 %548, 144
  %550 = getelementptr inbounds float, ptr %1, i64 %549
  %551 = load float, ptr %550, align 4
  %552 = insertelement <8 x float> undef, float %551, i32 0
  %553 = shufflevector <8 x float> %552, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = mul nsw i64 %c3, 96
  %555 = add nsw i64 %554, %543
  %556 = getelementptr inbounds float, ptr %2, i64 %555
  %557 = load <8 x float>, ptr %556, align 4
  %558 = mul nsw i64 %6, 1632
  %559 = mul nsw i64 %541, 96
  %560 = add nsw i64 %558, %559
  %561 = add nsw i64 %560, %543
  %562 = add nsw i64 %561, 288
  %563 = getelementptr inbounds float, ptr %0, i64 %562
  %564 = load <8 x float>, ptr %563, align 4
  %565 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %553, <8 x float> %557, <8 x float> %564)
  store <8 x float> %565, ptr %563, align 4
  %566 = mul nsw i64 4, %c1
  %567 = add nsw i64 %566, 3
  %568 = mul nsw i64 24, %c2
  %569 = add nsw i64 %568, 0
  %570 = add nsw i64 %569, 8
  %571 = mul nsw i64 %6, 816
  %572 = mul nsw i64 %566, 48
  %573 = add nsw i64 %571, %572
  %574 = add nsw i64 %573, %c3
  %575 = add nsw i64 %574, 144
  %576 = getelementptr inbounds float, ptr %1, i64 %575
  %577 = load float, ptr %576, align 4
  %578 = insertelement <8 x float> undef, float %577, i32 0
  %579 = shufflevector <8 x float> %578, <8 x float> undef, <8 x i32> zeroinitializer
  %580 = mul nsw i64 %c3, 96
  %581 = add nsw i64 %580, %568
  %582 = add nsw i64 %581, 8
  %583 = getelementptr inbounds float, ptr %2, i64 %582
  %584 = load <8 x float>, ptr %583, align 4
  %585 = mul nsw i64 %6, 1632
  %586 = mul nsw i64 %566, 96
  %587 = add nsw i64 %585, %586
  %588 = add nsw i64 %587, %568
  %589 = add nsw i64 %588, 296
  %590 = getelementptr inbounds float, ptr %0, i64 %589
  %591 = load <8 x float>, ptr %590, align 4
  %592 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %579, <8 x float> %584, <8 x float> %591)
  store <8 x float> %592, ptr %590, align 4
  %593 = mul nsw i64 4, %c1
  %594 = add nsw i64 %593, 3
  %595 = mul nsw i64 24, %c2
  %596 = add nsw i64 %595, 0
  %597 = add nsw i64 %596, 16
  %598 = mul nsw i64 %6, 816
  %599 = mul nsw i64 %593, 48
  %600 = add nsw i64 %598, %599
  %601 = add nsw i64 %600, %c3
  %602 = add nsw i64 %601, 144
  %603 = getelementptr inbounds float, ptr %1, i64 %602
  %604 = load float, ptr %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %606 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = mul nsw i64 %c3, 96
  %608 = add nsw i64 %607, %595
  %609 = add nsw i64 %608, 16
  %610 = getelementptr inbounds float, ptr %2, i64 %609
  %611 = load <8 x float>, ptr %610, align 4
  %612 = mul nsw i64 %6, 1632
  %613 = mul nsw i64 %593, 96
  %614 = add nsw i64 %612, %613
  %615 = add nsw i64 %614, %595
  %616 = add nsw i64 %615, 304
  %617 = getelementptr inbounds float, ptr %0, i64 %616
  %618 = load <8 x float>, ptr %617, align 4
  %619 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %606, <8 x float> %611, <8 x float> %618)
  store <8 x float> %619, ptr %617, align 4
  %620 = add nsw i64 %c3, 1
  %621 = icmp sle i64 %620, 47
  br i1 %621, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %622 = add nsw i64 %c2, 1
  %623 = icmp sle i64 %622, 3
  br i1 %623, label %loop1, label %endloop2

loop5:                                            ; preds = %endloop9, %else
  %c27 = phi i64 [ 0, %else ], [ %744, %endloop9 ]
  %624 = mul nsw i64 24, %c27
  %625 = add nsw i64 %624, 0
  %626 = mul nsw i64 %6, 816
  %627 = add nsw i64 %626, 768
  %628 = getelementptr inbounds float, ptr %1, i64 %627
  %629 = load float, ptr %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %631 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %632 = getelementptr inbounds float, ptr %2, i64 %624
  %633 = load <8 x float>, ptr %632, align 4
  %634 = getelementptr inbounds float, ptr %3, i64 %624
  %635 = load <8 x float>, ptr %634, align 4
  %636 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %631, <8 x float> %633, <8 x float> %635)
  %637 = mul nsw i64 %6, 1632
  %638 = add nsw i64 %637, %624
  %639 = add nsw i64 %638, 1536
  %640 = getelementptr inbounds float, ptr %0, i64 %639
  store <8 x float> %636, ptr %640, align 4
  %641 = mul nsw i64 24, %c27
  %642 = add nsw i64 %641, 0
  %643 = add nsw i64 %642, 8
  %644 = mul nsw i64 %6, 816
  %645 = add nsw i64 %644, 768
  %646 = getelementptr inbounds float, ptr %1, i64 %645
  %647 = load float, ptr %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %649 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %650 = add nsw i64 %641, 8
  %651 = getelementptr inbounds float, ptr %2, i64 %650
  %652 = load <8 x float>, ptr %651, align 4
  %653 = add nsw i64 %641, 8
  %654 = getelementptr inbounds float, ptr %3, i64 %653
  %655 = load <8 x float>, ptr %654, align 4
  %656 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %649, <8 x float> %652, <8 x float> %655)
  %657 = mul nsw i64 %6, 1632
  %658 = add nsw i64 %657, %641
  %659 = add nsw i64 %658, 1544
  %660 = getelementptr inbounds float, ptr %0, i64 %659
  store <8 x float> %656, ptr %660, align 4
  %661 = mul nsw i64 24, %c27
  %662 = add nsw i64 %661, 0
  %663 = add nsw i64 %662, 16
  %664 = mul nsw i64 %6, 816
  %665 = add nsw i64 %664, 768
  %666 = getelementptr inbounds float, ptr %1, i64 %665
  %667 = load float, ptr %666, align 4
  %668 = insertelement <8 x float> undef, float %667, i32 0
  %669 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = add nsw i64 %661, 16
  %671 = getelementptr inbounds float, ptr %2, i64 %670
  %672 = load <8 x float>, ptr %671, align 4
  %673 = add nsw i64 %661, 16
  %674 = getelementptr inbounds float, ptr %3, i64 %673
  %675 = load <8 x float>, ptr %674, align 4
  %676 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %669, <8 x float> %672, <8 x float> %675)
  %677 = mul nsw i64 %6, 1632
  %678 = add nsw i64 %677, %661
  %679 = add nsw i64 %678, 1552
  %680 = getelementptr inbounds float, ptr %0, i64 %679
  store <8 x float> %676, ptr %680, align 4
  br i1 true, label %loop8, label %endloop9

endloop6:                                         ; preds = %endloop9, %else
  br label %endif

loop8:                                            ; preds = %loop8, %loop5
  %c310 = phi i64 [ 1, %loop5 ], [ %742, %loop8 ]
  %681 = mul nsw i64 24, %c27
  %682 = add nsw i64 %681, 0
  %683 = mul nsw i64 %6, 816
  %684 = add nsw i64 %683, %c310
  %685 = add nsw i64 %684, 768
  %686 = getelementptr inbounds float, ptr %1, i64 %685
  %687 = load float, ptr %686, align 4
  %688 = insertelement <8 x float> undef, float %687, i32 0
  %689 = shufflevector <8 x float> %688, <8 x float> undef, <8 x i32> zeroinitializer
  %690 = mul nsw i64 %c310, 96
  %691 = add nsw i64 %690, %681
  %692 = getelementptr inbounds float, ptr %2, i64 %691
  %693 = load <8 x float>, ptr %692, align 4
  %694 = mul nsw i64 %6, 1632
  %695 = add nsw i64 %694, %681
  %696 = add nsw i64 %695, 1536
  %697 = getelementptr inbounds float, ptr %0, i64 %696
  %698 = load <8 x float>, ptr %697, align 4
  %699 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %689, <8 x float> %693, <8 x float> %698)
  store <8 x float> %699, ptr %697, align 4
  %700 = mul nsw i64 24, %c27
  %701 = add nsw i64 %700, 0
  %702 = add nsw i64 %701, 8
  %703 = mul nsw i64 %6, 816
  %704 = add nsw i64 %703, %c310
  %705 = add nsw i64 %704, 768
  %706 = getelementptr inbounds float, ptr %1, i64 %705
  %707 = load float, ptr %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %709 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %710 = mul nsw i64 %c310, 96
  %711 = add nsw i64 %710, %700
  %712 = add nsw i64 %711, 8
  %713 = getelementptr inbounds float, ptr %2, i64 %712
  %714 = load <8 x float>, ptr %713, align 4
  %715 = mul nsw i64 %6, 1632
  %716 = add nsw i64 %715, %700
  %717 = add nsw i64 %716, 1544
  %718 = getelementptr inbounds float, ptr %0, i64 %717
  %719 = load <8 x float>, ptr %718, align 4
  %720 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %709, <8 x float> %714, <8 x float> %719)
  store <8 x float> %720, ptr %718, align 4
  %721 = mul nsw i64 24, %c27
  %722 = add nsw i64 %721, 0
  %723 = add nsw i64 %722, 16
  %724 = mul nsw i64 %6, 816
  %725 = add nsw i64 %724, %c310
  %726 = add nsw i64 %725, 768
  %727 = getelementptr inbounds float, ptr %1, i64 %726
  %728 = load float, ptr %727, align 4
  %729 = insertelement <8 x float> undef, float %728, i32 0
  %730 = shufflevector <8 x float> %729, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = mul nsw i64 %c310, 96
  %732 = add nsw i64 %731, %721
  %733 = add nsw i64 %732, 16
  %734 = getelementptr inbounds float, ptr %2, i64 %733
  %735 = load <8 x float>, ptr %734, align 4
  %736 = mul nsw i64 %6, 1632
  %737 = add nsw i64 %736, %721
  %738 = add nsw i64 %737, 1552
  %739 = getelementptr inbounds float, ptr %0, i64 %738
  %740 = load <8 x float>, ptr %739, align 4
  %741 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %730, <8 x float> %735, <8 x float> %740)
  store <8 x float> %741, ptr %739, align 4
  %742 = add nsw i64 %c310, 1
  %743 = icmp sle i64 %742, 47
  br i1 %743, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %loop5
  %744 = add nsw i64 %c27, 1
  %745 = icmp sle i64 %744, 3
  br i1 %745, label %loop5, label %endloop6
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
  %c2 = phi i64 [ 0, %then ], [ %623, %endloop4 ]
  %19 = mul nsw i64 4, %c1
  %20 = mul nsw i64 24, %c2
  %21 = add nsw i64 %20, 0
  %22 = mul nsw i64 %7, 1632
  %23 = mul nsw i64 %19, 96
  %24 = add nsw i64 %22, %23
  %25 = getelementptr inbounds float, ptr %1, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = insertelement <8 x float> undef, float %26, i32 0
  %28 = shufflevector <8 x float> %27, <8 x float> undef, <8 x i32> zeroinitializer
  %29 = getelementptr inbounds float, ptr %2, i64 %20
  %30 = load <8 x float>, ptr %29, align 4
  %31 = getelementptr inbounds float, ptr %3, i64 %20
  %32 = load <8 x float>, ptr %31, align 4
  %33 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %28, <8 x float> %30, <8 x float> %32)
  %34 = mul nsw i64 %7, 816
  %35 = mul nsw i64 %19, 48
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %20
  %38 = getelementptr inbounds float, ptr %0, i64 %37
  store <8 x float> %33, ptr %38, align 4
  %39 = mul nsw i64 4, %c1
  %40 = mul nsw i64 24, %c2
  %41 = add nsw i64 %40, 0
  %42 = add nsw i64 %41, 8
  %43 = mul nsw i64 %7, 1632
  %44 = mul nsw i64 %39, 96
  %45 = add nsw i64 %43, %44
  %46 = getelementptr inbounds float, ptr %1, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = insertelement <8 x float> undef, float %47, i32 0
  %49 = shufflevector <8 x float> %48, <8 x float> undef, <8 x i32> zeroinitializer
  %50 = add nsw i64 %40, 8
  %51 = getelementptr inbounds float, ptr %2, i64 %50
  %52 = load <8 x float>, ptr %51, align 4
  %53 = add nsw i64 %40, 8
  %54 = getelementptr inbounds float, ptr %3, i64 %53
  %55 = load <8 x float>, ptr %54, align 4
  %56 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %49, <8 x float> %52, <8 x float> %55)
  %57 = mul nsw i64 %7, 816
  %58 = mul nsw i64 %39, 48
  %59 = add nsw i64 %57, %58
  %60 = add nsw i64 %59, %40
  %61 = add nsw i64 %60, 8
  %62 = getelementptr inbounds float, ptr %0, i64 %61
  store <8 x float> %56, ptr %62, align 4
  %63 = mul nsw i64 4, %c1
  %64 = mul nsw i64 24, %c2
  %65 = add nsw i64 %64, 0
  %66 = add nsw i64 %65, 16
  %67 = mul nsw i64 %7, 1632
  %68 = mul nsw i64 %63, 96
  %69 = add nsw i64 %67, %68
  %70 = getelementptr inbounds float, ptr %1, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = insertelement <8 x float> undef, float %71, i32 0
  %73 = shufflevector <8 x float> %72, <8 x float> undef, <8 x i32> zeroinitializer
  %74 = add nsw i64 %64, 16
  %75 = getelementptr inbounds float, ptr %2, i64 %74
  %76 = load <8 x float>, ptr %75, align 4
  %77 = add nsw i64 %64, 16
  %78 = getelementptr inbounds float, ptr %3, i64 %77
  %79 = load <8 x float>, ptr %78, align 4
  %80 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %73, <8 x float> %76, <8 x float> %79)
  %81 = mul nsw i64 %7, 816
  %82 = mul nsw i64 %63, 48
  %83 = add nsw i64 %81, %82
  %84 = add nsw i64 %83, %64
  %85 = add nsw i64 %84, 16
  %86 = getelementptr inbounds float, ptr %0, i64 %85
  store <8 x float> %80, ptr %86, align 4
  %87 = mul nsw i64 4, %c1
  %88 = add nsw i64 %87, 1
  %89 = mul nsw i64 24, %c2
  %90 = add nsw i64 %89, 0
  %91 = mul nsw i64 %7, 1632
  %92 = mul nsw i64 %87, 96
  %93 = add nsw i64 %91, %92
  %94 = add nsw i64 %93, 96
  %95 = getelementptr inbounds float, ptr %1, i64 %94
  %96 = load float, ptr %95, align 4
  %97 = insertelement <8 x float> undef, float %96, i32 0
  %98 = shufflevector <8 x float> %97, <8 x float> undef, <8 x i32> zeroinitializer
  %99 = getelementptr inbounds float, ptr %2, i64 %89
  %100 = load <8 x float>, ptr %99, align 4
  %101 = getelementptr inbounds float, ptr %3, i64 %89
  %102 = load <8 x float>, ptr %101, align 4
  %103 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %98, <8 x float> %100, <8 x float> %102)
  %104 = mul nsw i64 %7, 816
  %105 = mul nsw i64 %87, 48
  %106 = add nsw i64 %104, %105
  %107 = add nsw i64 %106, %89
  %108 = add nsw i64 %107, 48
  %109 = getelementptr inbounds float, ptr %0, i64 %108
  store <8 x float> %103, ptr %109, align 4
  %110 = mul nsw i64 4, %c1
  %111 = add nsw i64 %110, 1
  %112 = mul nsw i64 24, %c2
  %113 = add nsw i64 %112, 0
  %114 = add nsw i64 %113, 8
  %115 = mul nsw i64 %7, 1632
  %116 = mul nsw i64 %110, 96
  %117 = add nsw i64 %115, %116
  %118 = add nsw i64 %117, 96
  %119 = getelementptr inbounds float, ptr %1, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = insertelement <8 x float> undef, float %120, i32 0
  %122 = shufflevector <8 x float> %121, <8 x float> undef, <8 x i32> zeroinitializer
  %123 = add nsw i64 %112, 8
  %124 = getelementptr inbounds float, ptr %2, i64 %123
  %125 = load <8 x float>, ptr %124, align 4
  %126 = add nsw i64 %112, 8
  %127 = getelementptr inbounds float, ptr %3, i64 %126
  %128 = load <8 x float>, ptr %127, align 4
  %129 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %122, <8 x float> %125, <8 x float> %128)
  %130 = mul nsw i64 %7, 816
  %131 = mul nsw i64 %110, 48
  %132 = add nsw i64 %130, %131
  %133 = add nsw i64 %132, %112
  %134 = add nsw i64 %133, 56
  %135 = getelementptr inbounds float, ptr %0, i64 %134
  store <8 x float> %129, ptr %135, align 4
  %136 = mul nsw i64 4, %c1
  %137 = add nsw i64 %136, 1
  %138 = mul nsw i64 24, %c2
  %139 = add nsw i64 %138, 0
  %140 = add nsw i64 %139, 16
  %141 = mul nsw i64 %7, 1632
  %142 = mul nsw i64 %136, 96
  %143 = add nsw i64 %141, %142
  %144 = add nsw i64 %143, 96
  %145 = getelementptr inbounds float, ptr %1, i64 %144
  %146 = load float, ptr %145, align 4
  %147 = insertelement <8 x float> undef, float %146, i32 0
  %148 = shufflevector <8 x float> %147, <8 x float> undef, <8 x i32> zeroinitializer
  %149 = add nsw i64 %138, 16
  %150 = getelementptr inbounds float, ptr %2, i64 %149
  %151 = load <8 x float>, ptr %150, align 4
  %152 = add nsw i64 %138, 16
  %153 = getelementptr inbounds float, ptr %3, i64 %152
  %154 = load <8 x float>, ptr %153, align 4
  %155 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %148, <8 x float> %151, <8 x float> %154)
  %156 = mul nsw i64 %7, 816
  %157 = mul nsw i64 %136, 48
  %158 = add nsw i64 %156, %157
  %159 = add nsw i64 %158, %138
  %160 = add nsw i64 %159, 64
  %161 = getelementptr inbounds float, ptr %0, i64 %160
  store <8 x float> %155, ptr %161, align 4
  %162 = mul nsw i64 4, %c1
  %163 = add nsw i64 %162, 2
  %164 = mul nsw i64 24, %c2
  %165 = add nsw i64 %164, 0
  %166 = mul nsw i64 %7, 1632
  %167 = mul nsw i64 %162, 96
  %168 = add nsw i64 %166, %167
  %169 = add nsw i64 %168, 192
  %170 = getelementptr inbounds float, ptr %1, i64 %169
  %171 = load float, ptr %170, align 4
  %172 = insertelement <8 x float> undef, float %171, i32 0
  %173 = shufflevector <8 x float> %172, <8 x float> undef, <8 x i32> zeroinitializer
  %174 = getelementptr inbounds float, ptr %2, i64 %164
  %175 = load <8 x float>, ptr %174, align 4
  %176 = getelementptr inbounds float, ptr %3, i64 %164
  %177 = load <8 x float>, ptr %176, align 4
  %178 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %173, <8 x float> %175, <8 x float> %177)
  %179 = mul nsw i64 %7, 816
  %180 = mul nsw i64 %162, 48
  %181 = add nsw i64 %179, %180
  %182 = add nsw i64 %181, %164
  %183 = add nsw i64 %182, 96
  %184 = getelementptr inbounds float, ptr %0, i64 %183
  store <8 x float> %178, ptr %184, align 4
  %185 = mul nsw i64 4, %c1
  %186 = add nsw i64 %185, 2
  %187 = mul nsw i64 24, %c2
  %188 = add nsw i64 %187, 0
  %189 = add nsw i64 %188, 8
  %190 = mul nsw i64 %7, 1632
  %191 = mul nsw i64 %185, 96
  %192 = add nsw i64 %190, %191
  %193 = add nsw i64 %192, 192
  %194 = getelementptr inbounds float, ptr %1, i64 %193
  %195 = load float, ptr %194, align 4
  %196 = insertelement <8 x float> undef, float %195, i32 0
  %197 = shufflevector <8 x float> %196, <8 x float> undef, <8 x i32> zeroinitializer
  %198 = add nsw i64 %187, 8
  %199 = getelementptr inbounds float, ptr %2, i64 %198
  %200 = load <8 x float>, ptr %199, align 4
  %201 = add nsw i64 %187, 8
  %202 = getelementptr inbounds float, ptr %3, i64 %201
  %203 = load <8 x float>, ptr %202, align 4
  %204 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %197, <8 x float> %200, <8 x float> %203)
  %205 = mul nsw i64 %7, 816
  %206 = mul nsw i64 %185, 48
  %207 = add nsw i64 %205, %206
  %208 = add nsw i64 %207, %187
  %209 = add nsw i64 %208, 104
  %210 = getelementptr inbounds float, ptr %0, i64 %209
  store <8 x float> %204, ptr %210, align 4
  %211 = mul nsw i64 4, %c1
  %212 = add nsw i64 %211, 2
  %213 = mul nsw i64 24, %c2
  %214 = add nsw i64 %213, 0
  %215 = add nsw i64 %214, 16
  %216 = mul nsw i64 %7, 1632
  %217 = mul nsw i64 %211, 96
  %218 = add nsw i64 %216, %217
  %219 = add nsw i64 %218, 192
  %220 = getelementptr inbounds float, ptr %1, i64 %219
  %221 = load float, ptr %220, align 4
  %222 = insertelement <8 x float> undef, float %221, i32 0
  %223 = shufflevector <8 x float> %222, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = add nsw i64 %213, 16
  %225 = getelementptr inbounds float, ptr %2, i64 %224
  %226 = load <8 x float>, ptr %225, align 4
  %227 = add nsw i64 %213, 16
  %228 = getelementptr inbounds float, ptr %3, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %223, <8 x float> %226, <8 x float> %229)
  %231 = mul nsw i64 %7, 816
  %232 = mul nsw i64 %211, 48
  %233 = add nsw i64 %231, %232
  %234 = add nsw i64 %233, %213
  %235 = add nsw i64 %234, 112
  %236 = getelementptr inbounds float, ptr %0, i64 %235
  store <8 x float> %230, ptr %236, align 4
  %237 = mul nsw i64 4, %c1
  %238 = add nsw i64 %237, 3
  %239 = mul nsw i64 24, %c2
  %240 = add nsw i64 %239, 0
  %241 = mul nsw i64 %7, 1632
  %242 = mul nsw i64 %237, 96
  %243 = add nsw i64 %241, %242
  %244 = add nsw i64 %243, 288
  %245 = getelementptr inbounds float, ptr %1, i64 %244
  %246 = load float, ptr %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %248 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %249 = getelementptr inbounds float, ptr %2, i64 %239
  %250 = load <8 x float>, ptr %249, align 4
  %251 = getelementptr inbounds float, ptr %3, i64 %239
  %252 = load <8 x float>, ptr %251, align 4
  %253 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %248, <8 x float> %250, <8 x float> %252)
  %254 = mul nsw i64 %7, 816
  %255 = mul nsw i64 %237, 48
  %256 = add nsw i64 %254, %255
  %257 = add nsw i64 %256, %239
  %258 = add nsw i64 %257, 144
  %259 = getelementptr inbounds float, ptr %0, i64 %258
  store <8 x float> %253, ptr %259, align 4
  %260 = mul nsw i64 4, %c1
  %261 = add nsw i64 %260, 3
  %262 = mul nsw i64 24, %c2
  %263 = add nsw i64 %262, 0
  %264 = add nsw i64 %263, 8
  %265 = mul nsw i64 %7, 1632
  %266 = mul nsw i64 %260, 96
  %267 = add nsw i64 %265, %266
  %268 = add nsw i64 %267, 288
  %269 = getelementptr inbounds float, ptr %1, i64 %268
  %270 = load float, ptr %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %272 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %273 = add nsw i64 %262, 8
  %274 = getelementptr inbounds float, ptr %2, i64 %273
  %275 = load <8 x float>, ptr %274, align 4
  %276 = add nsw i64 %262, 8
  %277 = getelementptr inbounds float, ptr %3, i64 %276
  %278 = load <8 x float>, ptr %277, align 4
  %279 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %272, <8 x float> %275, <8 x float> %278)
  %280 = mul nsw i64 %7, 816
  %281 = mul nsw i64 %260, 48
  %282 = add nsw i64 %280, %281
  %283 = add nsw i64 %282, %262
  %284 = add nsw i64 %283, 152
  %285 = getelementptr inbounds float, ptr %0, i64 %284
  store <8 x float> %279, ptr %285, align 4
  %286 = mul nsw i64 4, %c1
  %287 = add nsw i64 %286, 3
  %288 = mul nsw i64 24, %c2
  %289 = add nsw i64 %288, 0
  %290 = add nsw i64 %289, 16
  %291 = mul nsw i64 %7, 1632
  %292 = mul nsw i64 %286, 96
  %293 = add nsw i64 %291, %292
  %294 = add nsw i64 %293, 288
  %295 = getelementptr inbounds float, ptr %1, i64 %294
  %296 = load float, ptr %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %298 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %299 = add nsw i64 %288, 16
  %300 = getelementptr inbounds float, ptr %2, i64 %299
  %301 = load <8 x float>, ptr %300, align 4
  %302 = add nsw i64 %288, 16
  %303 = getelementptr inbounds float, ptr %3, i64 %302
  %304 = load <8 x float>, ptr %303, align 4
  %305 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %298, <8 x float> %301, <8 x float> %304)
  %306 = mul nsw i64 %7, 816
  %307 = mul nsw i64 %286, 48
  %308 = add nsw i64 %306, %307
  %309 = add nsw i64 %308, %288
  %310 = add nsw i64 %309, 160
  %311 = getelementptr inbounds float, ptr %0, i64 %310
  store <8 x float> %305, ptr %311, align 4
  br i1 true, label %loop3, label %endloop4

endloop2:                                         ; preds = %endloop4, %then
  br label %endif

loop3:                                            ; preds = %loop3, %loop1
  %c3 = phi i64 [ 1, %loop1 ], [ %621, %loop3 ]
  %312 = mul nsw i64 4, %c1
  %313 = mul nsw i64 24, %c2
  %314 = add nsw i64 %313, 0
  %315 = mul nsw i64 %7, 1632
  %316 = mul nsw i64 %312, 96
  %317 = add nsw i64 %315, %316
  %318 = add nsw i64 %317, %c3
  %319 = getelementptr inbounds float, ptr %1, i64 %318
  %320 = load float, ptr %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %322 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %323 = mul nsw i64 %c3, 48
  %324 = add nsw i64 %323, %313
  %325 = getelementptr inbounds float, ptr %2, i64 %324
  %326 = load <8 x float>, ptr %325, align 4
  %327 = mul nsw i64 %7, 816
  %328 = mul nsw i64 %312, 48
  %329 = add nsw i64 %327, %328
  %330 = add nsw i64 %329, %313
  %331 = getelementptr inbounds float, ptr %0, i64 %330
  %332 = load <8 x float>, ptr %331, align 4
  %333 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %322, <8 x float> %326, <8 x float> %332)
  store <8 x float> %333, ptr %331, align 4
  %334 = mul nsw i64 4, %c1
  %335 = mul nsw i64 24, %c2
  %336 = add nsw i64 %335, 0
  %337 = add nsw i64 %336, 8
  %338 = mul nsw i64 %7, 1632
  %339 = mul nsw i64 %334, 96
  %340 = add nsw i64 %338, %339
  %341 = add nsw i64 %340, %c3
  %342 = getelementptr inbounds float, ptr %1, i64 %341
  %343 = load float, ptr %342, align 4
  %344 = insertelement <8 x float> undef, float %343, i32 0
  %345 = shufflevector <8 x float> %344, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = mul nsw i64 %c3, 48
  %347 = add nsw i64 %346, %335
  %348 = add nsw i64 %347, 8
  %349 = getelementptr inbounds float, ptr %2, i64 %348
  %350 = load <8 x float>, ptr %349, align 4
  %351 = mul nsw i64 %7, 816
  %352 = mul nsw i64 %334, 48
  %353 = add nsw i64 %351, %352
  %354 = add nsw i64 %353, %335
  %355 = add nsw i64 %354, 8
  %356 = getelementptr inbounds float, ptr %0, i64 %355
  %357 = load <8 x float>, ptr %356, align 4
  %358 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %345, <8 x float> %350, <8 x float> %357)
  store <8 x float> %358, ptr %356, align 4
  %359 = mul nsw i64 4, %c1
  %360 = mul nsw i64 24, %c2
  %361 = add nsw i64 %360, 0
  %362 = add nsw i64 %361, 16
  %363 = mul nsw i64 %7, 1632
  %364 = mul nsw i64 %359, 96
  %365 = add nsw i64 %363, %364
  %366 = add nsw i64 %365, %c3
  %367 = getelementptr inbounds float, ptr %1, i64 %366
  %368 = load float, ptr %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %370 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %371 = mul nsw i64 %c3, 48
  %372 = add nsw i64 %371, %360
  %373 = add nsw i64 %372, 16
  %374 = getelementptr inbounds float, ptr %2, i64 %373
  %375 = load <8 x float>, ptr %374, align 4
  %376 = mul nsw i64 %7, 816
  %377 = mul nsw i64 %359, 48
  %378 = add nsw i64 %376, %377
  %379 = add nsw i64 %378, %360
  %380 = add nsw i64 %379, 16
  %381 = getelementptr inbounds float, ptr %0, i64 %380
  %382 = load <8 x float>, ptr %381, align 4
  %383 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %370, <8 x float> %375, <8 x float> %382)
  store <8 x float> %383, ptr %381, align 4
  %384 = mul nsw i64 4, %c1
  %385 = add nsw i64 %384, 1
  %386 = mul nsw i64 24, %c2
  %387 = add nsw i64 %386, 0
  %388 = mul nsw i64 %7, 1632
  %389 = mul nsw i64 %384, 96
  %390 = add nsw i64 %388, %389
  %391 = add nsw i64 %390, %c3
  %392 = add nsw i64 %391, 96
  %393 = getelementptr inbounds float, ptr %1, i64 %392
  %394 = load float, ptr %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %396 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %397 = mul nsw i64 %c3, 48
  %398 = add nsw i64 %397, %386
  %399 = getelementptr inbounds float, ptr %2, i64 %398
  %400 = load <8 x float>, ptr %399, align 4
  %401 = mul nsw i64 %7, 816
  %402 = mul nsw i64 %384, 48
  %403 = add nsw i64 %401, %402
  %404 = add nsw i64 %403, %386
  %405 = add nsw i64 %404, 48
  %406 = getelementptr inbounds float, ptr %0, i64 %405
  %407 = load <8 x float>, ptr %406, align 4
  %408 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %396, <8 x float> %400, <8 x float> %407)
  store <8 x float> %408, ptr %406, align 4
  %409 = mul nsw i64 4, %c1
  %410 = add nsw i64 %409, 1
  %411 = mul nsw i64 24, %c2
  %412 = add nsw i64 %411, 0
  %413 = add nsw i64 %412, 8
  %414 = mul nsw i64 %7, 1632
  %415 = mul nsw i64 %409, 96
  %416 = add nsw i64 %414, %415
  %417 = add nsw i64 %416, %c3
  %418 = add nsw i64 %417, 96
  %419 = getelementptr inbounds float, ptr %1, i64 %418
  %420 = load float, ptr %419, align 4
  %421 = insertelement <8 x float> undef, float %420, i32 0
  %422 = shufflevector <8 x float> %421, <8 x float> undef, <8 x i32> zeroinitializer
  %423 = mul nsw i64 %c3, 48
  %424 = add nsw i64 %423, %411
  %425 = add nsw i64 %424, 8
  %426 = getelementptr inbounds float, ptr %2, i64 %425
  %427 = load <8 x float>, ptr %426, align 4
  %428 = mul nsw i64 %7, 816
  %429 = mul nsw i64 %409, 48
  %430 = add nsw i64 %428, %429
  %431 = add nsw i64 %430, %411
  %432 = add nsw i64 %431, 56
  %433 = getelementptr inbounds float, ptr %0, i64 %432
  %434 = load <8 x float>, ptr %433, align 4
  %435 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %422, <8 x float> %427, <8 x float> %434)
  store <8 x float> %435, ptr %433, align 4
  %436 = mul nsw i64 4, %c1
  %437 = add nsw i64 %436, 1
  %438 = mul nsw i64 24, %c2
  %439 = add nsw i64 %438, 0
  %440 = add nsw i64 %439, 16
  %441 = mul nsw i64 %7, 1632
  %442 = mul nsw i64 %436, 96
  %443 = add nsw i64 %441, %442
  %444 = add nsw i64 %443, %c3
  %445 = add nsw i64 %444, 96
  %446 = getelementptr inbounds float, ptr %1, i64 %445
  %447 = load float, ptr %446, align 4
  %448 = insertelement <8 x float> undef, float %447, i32 0
  %449 = shufflevector <8 x float> %448, <8 x float> undef, <8 x i32> zeroinitializer
  %450 = mul nsw i64 %c3, 48
  %451 = add nsw i64 %450, %438
  %452 = add nsw i64 %451, 16
  %453 = getelementptr inbounds float, ptr %2, i64 %452
  %454 = load <8 x float>, ptr %453, align 4
  %455 = mul nsw i64 %7, 816
  %456 = mul nsw i64 %436, 48
  %457 = add nsw i64 %455, %456
  %458 = add nsw i64 %457, %438
  %459 = add nsw i64 %458, 64
  %460 = getelementptr inbounds float, ptr %0, i64 %459
  %461 = load <8 x float>, ptr %460, align 4
  %462 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %449, <8 x float> %454, <8 x float> %461)
  store <8 x float> %462, ptr %460, align 4
  %463 = mul nsw i64 4, %c1
  %464 = add nsw i64 %463, 2
  %465 = mul nsw i64 24, %c2
  %466 = add nsw i64 %465, 0
  %467 = mul nsw i64 %7, 1632
  %468 = mul nsw i64 %463, 96
  %469 = add nsw i64 %467, %468
  %470 = add nsw i64 %469, %c3
  %471 = add nsw i64 %470, 192
  %472 = getelementptr inbounds float, ptr %1, i64 %471
  %473 = load float, ptr %472, align 4
  %474 = insertelement <8 x float> undef, float %473, i32 0
  %475 = shufflevector <8 x float> %474, <8 x float> undef, <8 x i32> zeroinitializer
  %476 = mul nsw i64 %c3, 48
  %477 = add nsw i64 %476, %465
  %478 = getelementptr inbounds float, ptr %2, i64 %477
  %479 = load <8 x float>, ptr %478, align 4
  %480 = mul nsw i64 %7, 816
  %481 = mul nsw i64 %463, 48
  %482 = add nsw i64 %480, %481
  %483 = add nsw i64 %482, %465
  %484 = add nsw i64 %483, 96
  %485 = getelementptr inbounds float, ptr %0, i64 %484
  %486 = load <8 x float>, ptr %485, align 4
  %487 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %475, <8 x float> %479, <8 x float> %486)
  store <8 x float> %487, ptr %485, align 4
  %488 = mul nsw i64 4, %c1
  %489 = add nsw i64 %488, 2
  %490 = mul nsw i64 24, %c2
  %491 = add nsw i64 %490, 0
  %492 = add nsw i64 %491, 8
  %493 = mul nsw i64 %7, 1632
  %494 = mul nsw i64 %488, 96
  %495 = add nsw i64 %493, %494
  %496 = add nsw i64 %495, %c3
  %497 = add nsw i64 %496, 192
  %498 = getelementptr inbounds float, ptr %1, i64 %497
  %499 = load float, ptr %498, align 4
  %500 = insertelement <8 x float> undef, float %499, i32 0
  %501 = shufflevector <8 x float> %500, <8 x float> undef, <8 x i32> zeroinitializer
  %502 = mul nsw i64 %c3, 48
  %503 = add nsw i64 %502, %490
  %504 = add nsw i64 %503, 8
  %505 = getelementptr inbounds float, ptr %2, i64 %504
  %506 = load <8 x float>, ptr %505, align 4
  %507 = mul nsw i64 %7, 816
  %508 = mul nsw i64 %488, 48
  %509 = add nsw i64 %507, %508
  %510 = add nsw i64 %509, %490
  %511 = add nsw i64 %510, 104
  %512 = getelementptr inbounds float, ptr %0, i64 %511
  %513 = load <8 x float>, ptr %512, align 4
  %514 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %501, <8 x float> %506, <8 x float> %513)
  store <8 x float> %514, ptr %512, align 4
  %515 = mul nsw i64 4, %c1
  %516 = add nsw i64 %515, 2
  %517 = mul nsw i64 24, %c2
  %518 = add nsw i64 %517, 0
  %519 = add nsw i64 %518, 16
  %520 = mul nsw i64 %7, 1632
  %521 = mul nsw i64 %515, 96
  %522 = add nsw i64 %520, %521
  %523 = add nsw i64 %522, %c3
  %524 = add nsw i64 %523, 192
  %525 = getelementptr inbounds float, ptr %1, i64 %524
  %526 = load float, ptr %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %528 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = mul nsw i64 %c3, 48
  %530 = add nsw i64 %529, %517
  %531 = add nsw i64 %530, 16
  %532 = getelementptr inbounds float, ptr %2, i64 %531
  %533 = load <8 x float>, ptr %532, align 4
  %534 = mul nsw i64 %7, 816
  %535 = mul nsw i64 %515, 48
  %536 = add nsw i64 %534, %535
  %537 = add nsw i64 %536, %517
  %538 = add nsw i64 %537, 112
  %539 = getelementptr inbounds float, ptr %0, i64 %538
  %540 = load <8 x float>, ptr %539, align 4
  %541 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %528, <8 x float> %533, <8 x float> %540)
  store <8 x float> %541, ptr %539, align 4
  %542 = mul nsw i64 4, %c1
  %543 = add nsw i64 %542, 3
  %544 = mul nsw i64 24, %c2
  %545 = add nsw i64 %544, 0
  %546 = mul nsw i64 %7, 1632
  %547 = mul nsw i64 %542, 96
  %548 = add nsw i64 %546, %547
  %549 = add nsw i64 %548, %c3
  %550 = add nsw i64 %549, 288
  %551 = getelementptr inbounds float, ptr %1, i64 %550
  %552 = load float, ptr %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %554 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %555 = mul nsw i64 %c3, 48
  %556 = add nsw i64 %555, %544
  %557 = getelementptr inbounds float, ptr %2, i64 %556
  %558 = load <8 x float>, ptr %557, align 4
  %559 = mul nsw i64 %7, 816
  %560 = mul nsw i64 %542, 48
  %561 = add nsw i64 %559, %560
  %562 = add nsw i64 %561, %544
  %563 = add nsw i64 %562, 144
  %564 = getelementptr inbounds float, ptr %0, i64 %563
  %565 = load <8 x float>, ptr %564, align 4
  %566 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %554, <8 x float> %558, <8 x float> %565)
  store <8 x float> %566, ptr %564, align 4
  %567 = mul nsw i64 4, %c1
  %568 = add nsw i64 %567, 3
  %569 = mul nsw i64 24, %c2
  %570 = add nsw i64 %569, 0
  %571 = add nsw i64 %570, 8
  %572 = mul nsw i64 %7, 1632
  %573 = mul nsw i64 %567, 96
  %574 = add nsw i64 %572, %573
  %575 = add nsw i64 %574, %c3
  %576 = add nsw i64 %575, 288
  %577 = getelementptr inbounds float, ptr %1, i64 %576
  %578 = load float, ptr %577, align 4
  %579 = insertelement <8 x float> undef, float %578, i32 0
  %580 = shufflevector <8 x float> %579, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = mul nsw i64 %c3, 48
  %582 = add nsw i64 %581, %569
  %583 = add nsw i64 %582, 8
  %584 = getelementptr inbounds float, ptr %2, i64 %583
  %585 = load <8 x float>, ptr %584, align 4
  %586 = mul nsw i64 %7, 816
  %587 = mul nsw i64 %567, 48
  %588 = add nsw i64 %586, %587
  %589 = add nsw i64 %588, %569
  %590 = add nsw i64 %589, 152
  %591 = getelementptr inbounds float, ptr %0, i64 %590
  %592 = load <8 x float>, ptr %591, align 4
  %593 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %580, <8 x float> %585, <8 x float> %592)
  store <8 x float> %593, ptr %591, align 4
  %594 = mul nsw i64 4, %c1
  %595 = add nsw i64 %594, 3
  %596 = mul nsw i64 24, %c2
  %597 = add nsw i64 %596, 0
  %598 = add nsw i64 %597, 16
  %599 = mul nsw i64 %7, 1632
  %600 = mul nsw i64 %594, 96
  %601 = add nsw i64 %599, %600
  %602 = add nsw i64 %601, %c3
  %603 = add nsw i64 %602, 288
  %604 = getelementptr inbounds float, ptr %1, i64 %603
  %605 = load float, ptr %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %607 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = mul nsw i64 %c3, 48
  %609 = add nsw i64 %608, %596
  %610 = add nsw i64 %609, 16
  %611 = getelementptr inbounds float, ptr %2, i64 %610
  %612 = load <8 x float>, ptr %611, align 4
  %613 = mul nsw i64 %7, 816
  %614 = mul nsw i64 %594, 48
  %615 = add nsw i64 %613, %614
  %616 = add nsw i64 %615, %596
  %617 = add nsw i64 %616, 160
  %618 = getelementptr inbounds float, ptr %0, i64 %617
  %619 = load <8 x float>, ptr %618, align 4
  %620 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %607, <8 x float> %612, <8 x float> %619)
  store <8 x float> %620, ptr %618, align 4
  %621 = add nsw i64 %c3, 1
  %622 = icmp sle i64 %621, 95
  br i1 %622, label %loop3, label %endloop4

endloop4:                                         ; preds = %loop3, %loop1
  %623 = add nsw i64 %c2, 1
  %624 = icmp sle i64 %623, 1
  br i1 %624, label %loop1, label %endloop2

loop5:                                            ; preds = %endloop9, %else
  %c27 = phi i64 [ 0, %else ], [ %745, %endloop9 ]
  %625 = mul nsw i64 24, %c27
  %626 = add nsw i64 %625, 0
  %627 = mul nsw i64 %7, 1632
  %628 = add nsw i64 %627, 1536
  %629 = getelementptr inbounds float, ptr %1, i64 %628
  %630 = load float, ptr %629, align 4
  %631 = insertelement <8 x float> undef, float %630, i32 0
  %632 = shufflevector <8 x float> %631, <8 x float> undef, <8 x i32> zeroinitializer
  %633 = getelementptr inbounds float, ptr %2, i64 %625
  %634 = load <8 x float>, ptr %633, align 4
  %635 = getelementptr inbounds float, ptr %3, i64 %625
  %636 = load <8 x float>, ptr %635, align 4
  %637 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %632, <8 x float> %634, <8 x float> %636)
  %638 = mul nsw i64 %7, 816
  %639 = add nsw i64 %638, %625
  %640 = add nsw i64 %639, 768
  %641 = getelementptr inbounds float, ptr %0, i64 %640
  store <8 x float> %637, ptr %641, align 4
  %642 = mul nsw i64 24, %c27
  %643 = add nsw i64 %642, 0
  %644 = add nsw i64 %643, 8
  %645 = mul nsw i64 %7, 1632
  %646 = add nsw i64 %645, 1536
  %647 = getelementptr inbounds float, ptr %1, i64 %646
  %648 = load float, ptr %647, align 4
  %649 = insertelement <8 x float> undef, float %648, i32 0
  %650 = shufflevector <8 x float> %649, <8 x float> undef, <8 x i32> zeroinitializer
  %651 = add nsw i64 %642, 8
  %652 = getelementptr inbounds float, ptr %2, i64 %651
  %653 = load <8 x float>, ptr %652, align 4
  %654 = add nsw i64 %642, 8
  %655 = getelementptr inbounds float, ptr %3, i64 %654
  %656 = load <8 x float>, ptr %655, align 4
  %657 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %650, <8 x float> %653, <8 x float> %656)
  %658 = mul nsw i64 %7, 816
  %659 = add nsw i64 %658, %642
  %660 = add nsw i64 %659, 776
  %661 = getelementptr inbounds float, ptr %0, i64 %660
  store <8 x float> %657, ptr %661, align 4
  %662 = mul nsw i64 24, %c27
  %663 = add nsw i64 %662, 0
  %664 = add nsw i64 %663, 16
  %665 = mul nsw i64 %7, 1632
  %666 = add nsw i64 %665, 1536
  %667 = getelementptr inbounds float, ptr %1, i64 %666
  %668 = load float, ptr %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %670 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %671 = add nsw i64 %662, 16
  %672 = getelementptr inbounds float, ptr %2, i64 %671
  %673 = load <8 x float>, ptr %672, align 4
  %674 = add nsw i64 %662, 16
  %675 = getelementptr inbounds float, ptr %3, i64 %674
  %676 = load <8 x float>, ptr %675, align 4
  %677 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %670, <8 x float> %673, <8 x float> %676)
  %678 = mul nsw i64 %7, 816
  %679 = add nsw i64 %678, %662
  %680 = add nsw i64 %679, 784
  %681 = getelementptr inbounds float, ptr %0, i64 %680
  store <8 x float> %677, ptr %681, align 4
  br i1 true, label %loop8, label %endloop9

endloop6:                                         ; preds = %endloop9, %else
  br label %endif

loop8:                                            ; preds = %loop8, %loop5
  %c310 = phi i64 [ 1, %loop5 ], [ %743, %loop8 ]
  %682 = mul nsw i64 24, %c27
  %683 = add nsw i64 %682, 0
  %684 = mul nsw i64 %7, 1632
  %685 = add nsw i64 %684, %c310
  %686 = add nsw i64 %685, 1536
  %687 = getelementptr inbounds float, ptr %1, i64 %686
  %688 = load float, ptr %687, align 4
  %689 = insertelement <8 x float> undef, float %688, i32 0
  %690 = shufflevector <8 x float> %689, <8 x float> undef, <8 x i32> zeroinitializer
  %691 = mul nsw i64 %c310, 48
  %692 = add nsw i64 %691, %682
  %693 = getelementptr inbounds float, ptr %2, i64 %692
  %694 = load <8 x float>, ptr %693, align 4
  %695 = mul nsw i64 %7, 816
  %696 = add nsw i64 %695, %682
  %697 = add nsw i64 %696, 768
  %698 = getelementptr inbounds float, ptr %0, i64 %697
  %699 = load <8 x float>, ptr %698, align 4
  %700 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %690, <8 x float> %694, <8 x float> %699)
  store <8 x float> %700, ptr %698, align 4
  %701 = mul nsw i64 24, %c27
  %702 = add nsw i64 %701, 0
  %703 = add nsw i64 %702, 8
  %704 = mul nsw i64 %7, 1632
  %705 = add nsw i64 %704, %c310
  %706 = add nsw i64 %705, 1536
  %707 = getelementptr inbounds float, ptr %1, i64 %706
  %708 = load float, ptr %707, align 4
  %709 = insertelement <8 x float> undef, float %708, i32 0
  %710 = shufflevector <8 x float> %709, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = mul nsw i64 %c310, 48
  %712 = add nsw i64 %711, %701
  %713 = add nsw i64 %712, 8
  %714 = getelementptr inbounds float, ptr %2, i64 %713
  %715 = load <8 x float>, ptr %714, align 4
  %716 = mul nsw i64 %7, 816
  %717 = add nsw i64 %716, %701
  %718 = add nsw i64 %717, 776
  %719 = getelementptr inbounds float, ptr %0, i64 %718
  %720 = load <8 x float>, ptr %719, align 4
  %721 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %710, <8 x float> %715, <8 x float> %720)
  store <8 x float> %721, ptr %719, align 4
  %722 = mul nsw i64 24, %c27
  %723 = add nsw i64 %722, 0
  %724 = add nsw i64 %723, 16
  %725 = mul nsw i64 %7, 1632
  %726 = add nsw i64 %725, %c310
  %727 = add nsw i64 %726, 1536
  %728 = getelementptr inbounds float, ptr %1, i64 %727
  %729 = load float, ptr %728, align 4
  %730 = insertelement <8 x float> undef, float %729, i32 0
  %731 = shufflevector <8 x float> %730, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = mul nsw i64 %c310, 48
  %733 = add nsw i64 %732, %722
  %734 = add nsw i64 %733, 16
  %735 = getelementptr inbounds float, ptr %2, i64 %734
  %736 = load <8 x float>, ptr %735, align 4
  %737 = mul nsw i64 %7, 816
  %738 = add nsw i64 %737, %722
  %739 = add nsw i64 %738, 784
  %740 = getelementptr inbounds float, ptr %0, i64 %739
  %741 = load <8 x float>, ptr %740, align 4
  %742 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %731, <8 x float> %736, <8 x float> %741)
  store <8 x float> %742, ptr %740, align 4
  %743 = add nsw i64 %c310, 1
  %744 = icmp sle i64 %743, 95
  br i1 %744, label %loop8, label %endloop9

endloop9:                                         ; preds = %loop8, %loop5
  %745 = add nsw i64 %c27, 1
  %746 = icmp sle i64 %745, 1
  br i1 %746, label %loop5, label %endloop6
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
