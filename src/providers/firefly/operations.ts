import { Type } from '@sinclair/typebox';
import { defineOperation, type OperationSpec } from '../../core/operation.js';
import type { ProviderSettings } from '../../core/provider-settings.js';
import { SuccessEnvelope } from '../../contract/envelope.js';
import { fireflyTask, FireflyJobResponse } from './status.js';
import { expandImage, generateImage, generateProductBackground, generateVariation, inpaint } from './jobs.js';
import { upload } from './uploads.js';
import { ExpandImageAsyncBody, FillImageAsyncBody, GenerateImagesAsyncBody, GenerateObjectCompositeAsyncBody, GenerateSimilarImagesAsyncBody, UploadBody } from './schemas.js';

export const operations: OperationSpec<ProviderSettings<'firefly'>>[] = [
  defineOperation({
    method: 'POST',
    path: '/api/v1/firefly/image/generation/generate-image',
    example: { x_model_version: 'image4_standard', prompt: 'a lighthouse at dusk' },
    tags: ['Image Generation'],
    summary: 'Generate Images Async',
    description: '',
    body: GenerateImagesAsyncBody,
    response: SuccessEnvelope,
    job: generateImage,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/firefly/image/generation/generate-variation',
    tags: ['Image Generation'],
    summary: 'Generate Similar Images Async',
    description: '',
    body: GenerateSimilarImagesAsyncBody,
    response: SuccessEnvelope,
    job: generateVariation,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/firefly/image/editing-generation/generate-product-background',
    tags: ['Image Editing Generation'],
    summary: 'Generate Object Composite Async',
    description: '',
    body: GenerateObjectCompositeAsyncBody,
    response: SuccessEnvelope,
    job: generateProductBackground,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/firefly/image/editing-generation/expand-image',
    tags: ['Image Editing Generation'],
    summary: 'Expand Image Async',
    description: '',
    body: ExpandImageAsyncBody,
    response: SuccessEnvelope,
    job: expandImage,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/firefly/image/editing-generation/inpaint',
    tags: ['Image Editing Generation'],
    summary: 'Fill Image Async',
    description: '',
    body: FillImageAsyncBody,
    response: SuccessEnvelope,
    job: inpaint,
  }),
  defineOperation({
    method: 'GET',
    path: '/api/v1/firefly/status/{task_id}',
    tags: ['Status'],
    summary: 'Get Result',
    description: '',
    params: Type.Object({ task_id: Type.String() }),
    response: FireflyJobResponse,
    withoutCredentials: true,
    handle: fireflyTask.status,
  }),
  defineOperation({
    method: 'DELETE',
    path: '/api/v1/firefly/cancel/{task_id}',
    tags: ['Status'],
    summary: 'Cancel Job',
    description: '',
    params: Type.Object({ task_id: Type.String() }),
    response: FireflyJobResponse,
    withoutCredentials: true,
    handle: fireflyTask.cancel,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/firefly/upload',
    tags: ['Upload'],
    summary: 'Upload',
    description: '',
    multipart: UploadBody,
    response: SuccessEnvelope,
    handle: upload,
  }),
];
