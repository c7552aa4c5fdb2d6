import { Entity } from '@backstage/catalog-model';
import { readSpbeApplicationFacts } from '@internal/plugin-spbe-common';
import { ReuseQuery } from '../api';

/** The reuse check that finds applications similar to an existing one. */
export function entityToReuseQuery(entity: Entity): ReuseQuery {
  const facts = readSpbeApplicationFacts(entity);
  const name = (entity.metadata.title ?? entity.metadata.name).slice(0, 200);
  const description = entity.metadata.description?.slice(0, 5000);
  const functions = facts.fungsi.length
    ? facts.fungsi.slice(0, 50)
    : [description || name];
  return {
    name,
    description,
    functions: functions.map(f => f.slice(0, 500)),
    dataUsed: facts.data.slice(0, 50).map(d => d.slice(0, 500)),
    referenceCodes: [...facts.kodeRal, ...facts.kodeRab, ...facts.kodeRaa].slice(0, 30),
  };
}
