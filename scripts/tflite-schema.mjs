/**
 * The parts of TensorFlow Lite's model schema (tensorflow/lite/schema/schema.fbs) and metadata schema
 * (tensorflow_lite_support/metadata/metadata_schema.fbs) that the BlazeFace face model uses, in the notation of
 * scripts/flatbuffer-codec.mjs. Field order is the schemas' declaration order, which fixes each field's id.
 */

const PADDING_STRIDES = [["padding", "int8"], ["stride_w", "int32"], ["stride_h", "int32"]];

export const MODEL_SCHEMA = {
  Model: [
    ["version", "uint32"],
    ["operator_codes", { vector: "OperatorCode" }],
    ["subgraphs", { vector: "SubGraph" }],
    ["description", "string"],
    ["buffers", { vector: "Buffer" }],
    ["metadata_buffer", { vector: "int32" }],
    ["metadata", { vector: "Metadata" }],
    ["signature_defs", { vector: "SignatureDef" }],
  ],
  OperatorCode: [["deprecated_builtin_code", "int8"], ["custom_code", "string"], ["version", "int32", 1], ["builtin_code", "int32"]],
  SubGraph: [
    ["tensors", { vector: "Tensor" }],
    ["inputs", { vector: "int32" }],
    ["outputs", { vector: "int32" }],
    ["operators", { vector: "Operator" }],
    ["name", "string"],
  ],
  Tensor: [
    ["shape", { vector: "int32" }],
    ["type", "int8"],
    ["buffer", "uint32"],
    ["name", "string"],
    ["quantization", { table: "QuantizationParameters" }],
    ["is_variable", "bool"],
  ],
  QuantizationParameters: [
    ["min", { vector: "float32" }],
    ["max", { vector: "float32" }],
    ["scale", { vector: "float32" }],
    ["zero_point", { vector: "int64" }],
  ],
  Operator: [
    ["opcode_index", "uint32"],
    ["inputs", { vector: "int32" }],
    ["outputs", { vector: "int32" }],
    [
      "builtin_options",
      {
        union: {
          1: "Conv2DOptions",
          2: "DepthwiseConv2DOptions",
          5: "Pool2DOptions",
          10: "ConcatenationOptions",
          11: "AddOptions",
          17: "ReshapeOptions",
          22: "PadOptions",
          38: "DequantizeOptions",
        },
      },
    ],
    ["custom_options", { vector: "uint8" }],
    ["custom_options_format", "int8"],
  ],
  Conv2DOptions: [...PADDING_STRIDES, ["fused_activation_function", "int8"], ["dilation_w_factor", "int32", 1], ["dilation_h_factor", "int32", 1]],
  DepthwiseConv2DOptions: [
    ...PADDING_STRIDES,
    ["depth_multiplier", "int32"],
    ["fused_activation_function", "int8"],
    ["dilation_w_factor", "int32", 1],
    ["dilation_h_factor", "int32", 1],
  ],
  Pool2DOptions: [...PADDING_STRIDES, ["filter_width", "int32"], ["filter_height", "int32"], ["fused_activation_function", "int8"]],
  ConcatenationOptions: [["axis", "int32"], ["fused_activation_function", "int8"]],
  AddOptions: [["fused_activation_function", "int8"]],
  ReshapeOptions: [["new_shape", { vector: "int32" }]],
  PadOptions: [],
  DequantizeOptions: [],
  Buffer: [["data", { vector: "uint8" }]],
  Metadata: [["name", "string"], ["buffer", "uint32"]],
  SignatureDef: [],
};

export const METADATA_SCHEMA = {
  ModelMetadata: [
    ["name", "string"],
    ["description", "string"],
    ["version", "string"],
    ["subgraph_metadata", { vector: "SubGraphMetadata" }],
    ["author", "string"],
    ["license", "string"],
    ["associated_files", { vector: "AssociatedFile" }],
    ["min_parser_version", "string"],
  ],
  SubGraphMetadata: [
    ["name", "string"],
    ["description", "string"],
    ["input_tensor_metadata", { vector: "TensorMetadata" }],
    ["output_tensor_metadata", { vector: "TensorMetadata" }],
    ["associated_files", { vector: "AssociatedFile" }],
    ["input_process_units", { vector: "ProcessUnit" }],
    ["output_process_units", { vector: "ProcessUnit" }],
  ],
  TensorMetadata: [
    ["name", "string"],
    ["description", "string"],
    ["dimension_names", { vector: "string" }],
    ["content", { table: "Content" }],
    ["process_units", { vector: "ProcessUnit" }],
    ["stats", { table: "Stats" }],
    ["associated_files", { vector: "AssociatedFile" }],
  ],
  Content: [
    ["content_properties", { union: { 1: "FeatureProperties", 2: "ImageProperties", 3: "BoundingBoxProperties" } }],
    ["range", { table: "ValueRange" }],
  ],
  FeatureProperties: [],
  ImageProperties: [["color_space", "int8"], ["default_size", { table: "ImageSize" }]],
  ImageSize: [["width", "uint32"], ["height", "uint32"]],
  BoundingBoxProperties: [["index", { vector: "uint32" }], ["type", "int8"], ["coordinate_type", "int8"]],
  ValueRange: [["min", "int32"], ["max", "int32"]],
  ProcessUnit: [["options", { union: { 1: "NormalizationOptions" } }]],
  NormalizationOptions: [["mean", { vector: "float32" }], ["std", { vector: "float32" }]],
  Stats: [["max", { vector: "float32" }], ["min", { vector: "float32" }]],
  AssociatedFile: [["name", "string"], ["description", "string"], ["type", "int8"], ["locale", "string"], ["version", "string"]],
};
