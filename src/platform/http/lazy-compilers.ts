import AjvCompiler from '@fastify/ajv-compiler';
import SerializerSelector from '@fastify/fast-json-stringify-compiler';
import type { FastifyInstance } from 'fastify';

/**
 * Fastify compiles an Ajv validator and a fast-json-stringify serializer for every route schema when the
 * app becomes ready: for about 200 operations that is more than half of the start-up time, although a
 * process (a test file, a CLI command) uses a few of them. These compilers give Fastify a stand-in for each
 * schema and compile it with Fastify's own default compiler and the same options when a route first
 * validates or serializes, so answers stay the same. A broken schema now fails on first use instead of at
 * start: `compileEverySchema` compiles them all, and a test runs it on the whole app.
 */

type FastifySchemaControllerOptions = Parameters<FastifyInstance['setSchemaController']>[0];
/** Any Fastify instance, whatever its type provider. */
interface SchemaControlled {
  setSchemaController(options: FastifySchemaControllerOptions): unknown;
}
type CompilersFactory = NonNullable<FastifySchemaControllerOptions['compilersFactory']>;
type AnyFunction = (...args: unknown[]) => unknown;
interface RouteDefinition {
  schema: unknown;
  method?: string;
  url?: string;
  httpPart?: string;
  httpStatus?: string;
  contentType?: string;
}
type Compile = (route: RouteDefinition) => AnyFunction;

interface Pending {
  /** Method, URL and part of the first route that uses the schema, for the error message. */
  where: string;
  compile(): unknown;
}

/** The stand-ins of each app, so that a test can compile them all. */
const pendingByApp = new WeakMap<SchemaControlled, Pending[]>();

/**
 * Installs lazy compilers on an app; call it before any route or plugin is registered. setSchemaController
 * (rather than the `schemaController` server option) keeps Fastify treating the compiler as its default
 * one, which matters for header schemas: Fastify lower-cases their names for the default compiler only.
 */
export function installLazyCompilers(app: SchemaControlled): void {
  const pending: Pending[] = [];
  pendingByApp.set(app, pending);
  app.setSchemaController({
    compilersFactory: {
      buildValidator: lazyBuilder(AjvCompiler() as unknown as Builder, pending, (route) => route.httpPart ?? 'body', lazyValidator),
      buildSerializer: lazyBuilder(SerializerSelector() as unknown as Builder, pending, (route) => `response ${route.httpStatus ?? ''}`.trim(), lazySerializer),
    } as CompilersFactory,
  });
}

/**
 * Compiles every schema of the app's routes (call it after `ready()`) and throws one error that names each
 * schema that does not compile. Returns how many distinct schemas were compiled.
 */
export function compileEverySchema(app: SchemaControlled): number {
  const pending = pendingByApp.get(app);
  if (!pending) throw new Error('this app has no lazy compilers (installLazyCompilers)');
  const failures: string[] = [];
  for (const p of pending) {
    try {
      p.compile();
    } catch (error) {
      failures.push(`${p.where}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0) throw new Error(`${String(failures.length)} route schemas do not compile:\n${failures.join('\n')}`);
  return pending.length;
}

type Builder = (externalSchemas: unknown, options: unknown) => Compile;

interface Lazy {
  standIn: AnyFunction;
  compiled(): AnyFunction;
}

function lazyBuilder(defaults: Builder, pending: Pending[], part: (route: RouteDefinition) => string, makeLazy: (compile: () => AnyFunction) => Lazy): Builder {
  // Fastify asks for a compiler per encapsulated plugin; one per set of shared schemas and options (as
  // @fastify/ajv-compiler pools its Ajv instances) lets plugins share compiled schemas.
  const pool = new Map<string, Compile>();
  return (externalSchemas, options) => {
    const key = JSON.stringify([externalSchemas, options]);
    const known = pool.get(key);
    if (known) return known;
    const compile = defaults(externalSchemas, options);
    // One stand-in per schema object: routes share schemas (problem answers, pages), HEAD shares GET's.
    const bySchema = new WeakMap<object, AnyFunction>();
    const lazyCompile: Compile = (route) => {
      const schema = route.schema;
      const shared = typeof schema === 'object' && schema !== null ? schema : undefined;
      const cached = shared && bySchema.get(shared);
      if (cached) return cached;
      const lazy = makeLazy(() => compile(route));
      if (shared) bySchema.set(shared, lazy.standIn);
      pending.push({ where: `${route.method ?? '?'} ${route.url ?? '?'} ${part(route)}`, compile: () => lazy.compiled() });
      return lazy.standIn;
    };
    pool.set(key, lazyCompile);
    return lazyCompile;
  };
}

function once(compile: () => AnyFunction): () => AnyFunction {
  let fn: AnyFunction | undefined;
  return () => (fn ??= compile());
}

/**
 * Fastify reads an Ajv validator's properties as well as calling it (`errors` after a failure, `schemaEnv`
 * to let Ajv coerce a root value), so the stand-in forwards both calls and property reads.
 */
function lazyValidator(compile: () => AnyFunction): Lazy {
  const compiled = once(compile);
  const target: AnyFunction = () => undefined;
  const standIn = new Proxy(target, {
    apply: (_target, thisArg, args: unknown[]) => Reflect.apply(compiled(), thisArg, args),
    get: (_target, property) => Reflect.get(compiled(), property) as unknown,
    has: (_target, property) => Reflect.has(compiled(), property),
  });
  return { standIn, compiled };
}

function lazySerializer(compile: () => AnyFunction): Lazy {
  const compiled = once(compile);
  return { standIn: (doc: unknown) => compiled()(doc), compiled };
}
