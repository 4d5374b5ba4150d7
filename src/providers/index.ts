// Every provider slice. A new provider is one folder plus one line here.
import type { ProviderModule } from '../core/operation.js';
import { bria } from './bria/index.js';
import { briaLora } from './bria-lora/index.js';
import { firefly } from './firefly/index.js';
import { google } from './google/index.js';
import { llm } from './llm/index.js';
import { openai } from './openai/index.js';
import { runway } from './runway/index.js';

export const providers: ProviderModule[] = [llm, bria, briaLora, google, openai, firefly, runway];
