// What the generator (./generate-contract.ts) cannot read in the reference document.
export interface ComponentSpec {
  /** The served name. */
  name: string;
  /** The reference's name, when the served one leaves out its module path. */
  reference: string;
}

export const COMPONENTS: ComponentSpec[] = [
  { name: 'ImagenPersonGeneration', reference: 'google__genai__types__PersonGeneration' },
  { name: 'VeoPersonGeneration', reference: 'src__models__veo__PersonGeneration' },
];

/** Fields the gateway adds to a reference answer (its uniform part), written as they are. */
export const RESPONSE_ADDITIONS: Record<string, { imports: string[]; fields: string[] }> = {
  BriaStatusResponse: {
    imports: ["import { OutputItemSchema } from '../../contract/envelope.js';"],
    fields: [
      "  // The gateway's uniform part, beside BRIA's fields.",
      '  task_id: Type.String({ description: "The job (the same as request_id)" }),',
      '  outputs: Type.Array(Type.Ref(OutputItemSchema), { description: "The outputs kept by the gateway; empty until COMPLETED" }),',
    ],
  },
};
