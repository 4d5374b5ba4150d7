// Request schemas of the reference contract (spec/openapi.reference.json), one per operation.
import { Type } from '@sinclair/typebox';
import { ContentClass, CustomModel, ImageReferenceModel, MaskModel, PlacementModel, SizeImagesAsyncModel, StructureModel, StyleModel } from '../../contract/components.js';

export const GenerateImagesAsyncBody = Type.Object({
  x_model_version: Type.Ref(CustomModel),
  prompt: Type.String({ title: "Prompt" }),
  content_class: Type.Optional(Type.Ref(ContentClass, { default: "photo" })),
  custom_model_id: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Custom Model Id" })),
  negative_prompt: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Negative Prompt" })),
  prompt_biasing_locale_code: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Prompt Biasing Locale Code" })),
  seeds: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Seeds" })),
  size: Type.Optional(Type.Ref(SizeImagesAsyncModel, { default: {"height": 2048, "width": 2048} })),
  structure: Type.Optional(Type.Union([Type.Ref(StructureModel), Type.Null()])),
  style: Type.Optional(Type.Union([Type.Ref(StyleModel), Type.Null()])),
  visual_intensity: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Visual Intensity" })),
  upsampler_type: Type.Optional(Type.String({ title: "Upsampler Type", default: "default" })),
}, { title: "Body_generate_images_async_api_v1_firefly_image_generation_generate_image_post" });

export const GenerateSimilarImagesAsyncBody = Type.Object({
  x_model_version: Type.Ref(CustomModel),
  image: Type.Ref(ImageReferenceModel),
  seeds: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Seeds" })),
}, { title: "Body_generate_similar_images_async_api_v1_firefly_image_generation_generate_variation_post" });

export const GenerateObjectCompositeAsyncBody = Type.Object({
  prompt: Type.String({ title: "Prompt" }),
  image: Type.Ref(ImageReferenceModel),
  mask: Type.Ref(ImageReferenceModel),
  content_class: Type.Optional(Type.Ref(ContentClass, { default: "photo" })),
  placement: Type.Optional(Type.Ref(PlacementModel, { default: {"alignment": {"horizontal": "center", "vertical": "center"}, "insert": {"bottom": 0, "center": 0, "left": 0, "right": 0, "top": 0}} })),
  seeds: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Seeds" })),
  size: Type.Optional(Type.Ref(SizeImagesAsyncModel, { default: {"height": 2048, "width": 2048} })),
  style: Type.Optional(Type.Union([Type.Ref(StyleModel), Type.Null()])),
}, { title: "Body_generate_object_composite_async_api_v1_firefly_image_editing_generation_generate_product_background_post" });

export const ExpandImageAsyncBody = Type.Object({
  image: Type.Ref(ImageReferenceModel),
  mask: Type.Ref(MaskModel),
  placement: Type.Optional(Type.Ref(PlacementModel, { default: {"alignment": {"horizontal": "center", "vertical": "center"}, "insert": {"bottom": 0, "center": 0, "left": 0, "right": 0, "top": 0}} })),
  prompt: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Prompt" })),
  seeds: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Seeds" })),
  size: Type.Optional(Type.Ref(SizeImagesAsyncModel, { default: {"height": 2048, "width": 2048} })),
}, { title: "Body_expand_image_async_api_v1_firefly_image_editing_generation_expand_image_post" });

export const FillImageAsyncBody = Type.Object({
  image: Type.Ref(ImageReferenceModel),
  mask: Type.Ref(MaskModel),
  negative_prompt: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Negative Prompt" })),
  prompt: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Prompt" })),
  prompt_biasing_locale_code: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Prompt Biasing Locale Code" })),
  seeds: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Seeds" })),
  size: Type.Optional(Type.Ref(SizeImagesAsyncModel, { default: {"height": 2048, "width": 2048} })),
}, { title: "Body_fill_image_async_api_v1_firefly_image_editing_generation_inpaint_post" });

export const UploadBody = Type.Object({
  file: Type.String({ title: "File", format: "binary" }),
}, { title: "Body_upload_api_v1_firefly_upload_post" });
