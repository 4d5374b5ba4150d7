import { Type } from '@sinclair/typebox';
import type { OperationSpec } from '../../core/operation.js';
import { SuccessEnvelope } from '../../contract/envelope.js';
import { fireflyStatus, fireflyCancel } from './status.js';
import { ExpandImageAsyncBody, FillImageAsyncBody, GenerateImagesAsyncBody, GenerateObjectCompositeAsyncBody, GenerateSimilarImagesAsyncBody, UploadBody } from './schemas.js';

export const operations: OperationSpec[] = [
  {
    method: "POST",
    path: "/api/v1/firefly/image/generation/generate-image",
    tags: ["Image Generation"],
    summary: "Generate Images Async",
    description: "",
    body: GenerateImagesAsyncBody,
    response: SuccessEnvelope,
  },
  {
    method: "POST",
    path: "/api/v1/firefly/image/generation/generate-variation",
    tags: ["Image Generation"],
    summary: "Generate Similar Images Async",
    description: "",
    body: GenerateSimilarImagesAsyncBody,
    response: SuccessEnvelope,
  },
  {
    method: "POST",
    path: "/api/v1/firefly/image/editing-generation/generate-product-background",
    tags: ["Image Editing Generation"],
    summary: "Generate Object Composite Async",
    description: "",
    body: GenerateObjectCompositeAsyncBody,
    response: SuccessEnvelope,
  },
  {
    method: "POST",
    path: "/api/v1/firefly/image/editing-generation/expand-image",
    tags: ["Image Editing Generation"],
    summary: "Expand Image Async",
    description: "",
    body: ExpandImageAsyncBody,
    response: SuccessEnvelope,
  },
  {
    method: "POST",
    path: "/api/v1/firefly/image/editing-generation/inpaint",
    tags: ["Image Editing Generation"],
    summary: "Fill Image Async",
    description: "",
    body: FillImageAsyncBody,
    response: SuccessEnvelope,
  },
  {
    method: "GET",
    path: "/api/v1/firefly/status/{task_id}",
    tags: ["Status"],
    summary: "Get Result",
    description: "",
    params: Type.Object({ task_id: Type.String() }),
    response: SuccessEnvelope,
    withoutCredentials: true,
    handle: fireflyStatus,
  },
  {
    method: "DELETE",
    path: "/api/v1/firefly/cancel/{task_id}",
    tags: ["Status"],
    summary: "Cancel Job",
    description: "",
    params: Type.Object({ task_id: Type.String() }),
    response: SuccessEnvelope,
    withoutCredentials: true,
    handle: fireflyCancel,
  },
  {
    method: "POST",
    path: "/api/v1/firefly/upload",
    tags: ["Upload"],
    summary: "Upload",
    description: "",
    multipart: UploadBody,
    response: SuccessEnvelope,
  },
];
