// What every view needs: the client for the entered key, and the served operations.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { VisionStudioClient } from '../../clients/typescript/index.js';
import type { Operation } from './form-model.js';

export interface Studio {
  apiKey: string;
  client: VisionStudioClient;
  operations: Operation[];
  operation(method: string, path: string): Operation | undefined;
  /** What the gateway serves of what the Studio can use (from its OpenAPI document). */
  serves: { events: boolean; usage: boolean; uploads: boolean };
}

export const StudioContext = createContext<Studio | undefined>(undefined);

export function useStudio(): Studio {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('useStudio outside the Studio');
  return studio;
}
