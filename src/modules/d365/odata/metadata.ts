import type { TObject, TSchema } from 'typebox';
import { DOCUMENT_SETS, MESSAGE_READ_SETS } from '../entities/index.js';
import { MESSAGE_ENTITIES } from '../messages/schemas.js';
import { NAMESPACE, NoYes, type EnumType, type FieldKind } from './entity-set.js';

/**
 * The service's $metadata (CSDL XML, OData 4.0): entity types and sets in D365's namespace, so that a client
 * generated from it (or configured with it) uses D365's names, plus the bound action Complete.
 */
const EDM: Record<Exclude<FieldKind, 'noyes' | 'enum'>, string> = {
  string: 'Edm.String',
  int: 'Edm.Int64',
  decimal: 'Edm.Decimal',
  quantity: 'Edm.Decimal',
  datetime: 'Edm.DateTimeOffset',
};

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

interface Property {
  name: string;
  type: string;
  nullable: boolean;
}

function entityType(name: string, keys: readonly string[], properties: readonly Property[]): string {
  const refs = keys.map((k) => `<PropertyRef Name="${k}"/>`).join('');
  const props = properties.map((p) => `<Property Name="${escape(p.name)}" Type="${p.type}"${p.nullable ? '' : ' Nullable="false"'}${p.type === 'Edm.Decimal' ? ' Scale="variable"' : ''}/>`).join('\n        ');
  return `      <EntityType Name="${name}">\n        <Key>${refs}</Key>\n        ${props}\n      </EntityType>`;
}

function enumType(e: EnumType): string {
  const members = e.members.map((m, i) => `<Member Name="${m}" Value="${String(i)}"/>`).join('');
  return `      <EnumType Name="${e.name}">${members}</EnumType>`;
}

/** A message field's EDM type from Quayside's JSON schema of it. */
function edmOf(schema: TSchema): string {
  const s = schema as { type?: string; format?: string };
  if (s.type === 'integer') return 'Edm.Int64';
  if (s.type === 'number') return 'Edm.Decimal';
  if (s.format === 'date-time') return 'Edm.DateTimeOffset';
  return 'Edm.String';
}

function messageProperties(schema: TObject): Property[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties as Record<string, TSchema>)
    .filter(([name]) => !name.startsWith('@'))
    .map(([name, prop]) => ({ name, type: edmOf(prop), nullable: !required.has(name) }));
}

export function metadataXml(): string {
  const enums = new Map<string, EnumType>([[NoYes.name, NoYes]]);
  const types: string[] = [];
  const sets: string[] = [];
  for (const set of DOCUMENT_SETS) {
    const properties: Property[] = [{ name: 'dataAreaId', type: 'Edm.String', nullable: false }];
    for (const [name, field] of Object.entries(set.fields)) {
      const e = field.kind === 'noyes' ? NoYes : field.enumType;
      if (e) enums.set(e.name, e);
      const type = field.kind === 'noyes' || field.kind === 'enum' ? `${NAMESPACE}.${e?.name ?? 'NoYes'}` : EDM[field.kind];
      properties.push({ name, type, nullable: !set.keys.includes(name) });
    }
    types.push(entityType(set.type, set.keys, properties));
    sets.push(`        <EntitySet Name="${set.name}" EntityType="${NAMESPACE}.${set.type}"/>`);
  }
  const actions: string[] = [];
  for (const m of MESSAGE_ENTITIES) {
    const sent = messageProperties(m.header);
    // What reading a message back adds to what is sent (its outcome), from the set that reads it.
    const read = MESSAGE_READ_SETS.find((s) => s.name === m.headerSet);
    const outcome = Object.entries(read?.fields ?? {})
      .filter(([name]) => !sent.some((p) => p.name === name))
      .map(([name, field]) => ({ name, type: field.kind === 'noyes' || field.kind === 'enum' ? 'Edm.String' : EDM[field.kind], nullable: true }));
    types.push(entityType(m.headerType, ['dataAreaId', 'SourceSystemId', 'OrderNumber', 'MessageId'], [...sent, ...outcome]));
    types.push(entityType(m.lineType, ['dataAreaId', 'SourceSystemId', 'OrderNumber', 'MessageId', 'OrderLineNumber'], messageProperties(m.line)));
    sets.push(`        <EntitySet Name="${m.headerSet}" EntityType="${NAMESPACE}.${m.headerType}"/>`);
    sets.push(`        <EntitySet Name="${m.lineSet}" EntityType="${NAMESPACE}.${m.lineType}"/>`);
    actions.push(`      <Action Name="Complete" IsBound="true"><Parameter Name="_bindingParameter" Type="${NAMESPACE}.${m.headerType}" Nullable="false"/></Action>`);
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
    '  <edmx:DataServices>',
    `    <Schema Namespace="${NAMESPACE}" xmlns="http://docs.oasis-open.org/odata/ns/edm">`,
    ...types,
    ...[...enums.values()].map(enumType),
    ...actions,
    '      <EntityContainer Name="Resources">',
    ...sets,
    '      </EntityContainer>',
    '    </Schema>',
    '  </edmx:DataServices>',
    '</edmx:Edmx>',
    '',
  ].join('\n');
}

/** The service document: every entity set, as D365's /data/ lists them. */
export function serviceDocument(root: string) {
  const names = [...DOCUMENT_SETS.map((s) => s.name), ...MESSAGE_ENTITIES.flatMap((m) => [m.headerSet, m.lineSet])];
  return { '@odata.context': `${root}$metadata`, value: names.map((name) => ({ name, kind: 'EntitySet', url: name })) };
}
