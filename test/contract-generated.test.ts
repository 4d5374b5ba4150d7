// The request schemas (src/providers/*/schemas.ts) and named components (src/contract/components.ts)
// are what scripts/generate-contract.ts writes from the reference document: regenerated in memory
// here, every committed file must be the same to the byte.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generateContract, REFERENCE } from '../scripts/generate-contract.js';

const ROOT = new URL('../', import.meta.url);
const reference = () => JSON.parse(readFileSync(REFERENCE, 'utf8'));

describe('generated contract', () => {
  it('every committed schema file is what the generator writes (run `npm run contract:generate` if not)', () => {
    const files = generateContract();
    assert.deepEqual(
      [...files.keys()].sort(),
      ['bria', 'bria-lora', 'firefly', 'google', 'llm', 'openai', 'runway']
        .map((p) => `src/providers/${p}/schemas.ts`)
        .concat('src/contract/components.ts')
        .sort(),
    );
    for (const [file, text] of files) {
      assert.equal(readFileSync(new URL(file, ROOT), 'utf8'), text, `${file} is not what scripts/generate-contract.ts writes: run \`npm run contract:generate\``);
    }
  });

  it('follows the reference: a changed field changes the file', () => {
    const document = reference();
    const body = document.paths['/api/v1/openai/image/generation/generate-image'].post.requestBody.content['application/json'].schema;
    body.properties.number_of_images.maximum = 12;
    const text = generateContract(document).get('src/providers/openai/schemas.ts')!;
    assert.match(text, /number_of_images: Type\.Optional\(Type\.Integer\(\{ [^}]*maximum: 12 \}\)\)/);
    assert.notEqual(text, readFileSync(new URL('src/providers/openai/schemas.ts', ROOT), 'utf8'));
  });

  it('refuses a reference enum without values, or a component whose properties or their types the overrides do not give', () => {
    const withEnum = reference();
    withEnum.components.schemas.NewMode = { type: 'string', 'x-enum-values-unknown': true };
    assert.throws(() => generateContract(withEnum), /NewMode has no values/);
    const withField = reference();
    withField.components.schemas.SourceModel.properties.file_id = { 'x-listed-type': 'string' };
    assert.throws(() => generateContract(withField), /SourceModel: the reference lists file_id, upload_id, url/);
    const retyped = reference();
    retyped.components.schemas.SizeImagesAsyncModel.properties.height['x-listed-type'] = 'number';
    assert.throws(() => generateContract(retyped), /SizeImagesAsyncModel\.height: the reference lists it as number/);
  });
});
