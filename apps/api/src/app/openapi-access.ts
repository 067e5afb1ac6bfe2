import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { RouteAccess, routeAccess } from '@ws/server-access';

type Operation = OpenAPIObject['paths'][string]['get'] & object;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** The methods of a controller class, its base classes' included. */
function handlersOf(controller: new (...args: never[]) => object): Map<string, object> {
  const handlers = new Map<string, object>();
  for (
    let prototype = controller.prototype as object | null;
    prototype && prototype !== Object.prototype;
    prototype = Object.getPrototypeOf(prototype) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const value: unknown = Object.getOwnPropertyDescriptor(prototype, name)?.value;
      if (!handlers.has(name) && typeof value === 'function') handlers.set(name, value as object);
    }
  }
  return handlers;
}

/** The rule of every controller method, keyed like Swagger's operationId (`Controller_method`). */
function accessByOperationId(app: INestApplication): Map<string, RouteAccess> {
  const rules = new Map<string, RouteAccess>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      for (const [name, handler] of handlersOf(controller)) {
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method !== undefined)
          rules.set(
            `${controller.name}_${name}`,
            routeAccess(controller, handler, RequestMethod[method]),
          );
      }
    }
  }
  return rules;
}

function addResponse(operation: Operation, status: string, description: string): void {
  operation.responses[status] ??= { description };
}

function document(operation: Operation, access: RouteAccess, takesBody: boolean): void {
  const parameters = (operation.parameters ?? []) as { in?: string }[];
  operation['x-access' as keyof Operation] = access as never;
  if (access.kind !== 'public') {
    operation.security = [{ bearer: [] }];
    addResponse(
      operation,
      '401',
      access.kind === 'guarded'
        ? 'No feed key, or one that is unknown, revoked or past its rotation overlap'
        : 'No session, or one that expired, was signed out or belongs to a deactivated user',
    );
  }
  if (access.kind === 'session' && access.roles.length < 3)
    addResponse(operation, '403', `Only for: ${access.roles.join(', ')}`);
  if (access.kind === 'session' && access.agencyScoped === 404)
    addResponse(
      operation,
      '404',
      "Not found, or another agency's (an agency manager sees only its own)",
    );
  if (access.kind === 'session' && access.agencyScoped === 403)
    addResponse(operation, '403', "Another agency's data (an agency manager sees only its own)");
  if (
    takesBody ||
    operation.requestBody ||
    parameters.some((parameter) => parameter.in === 'query')
  )
    addResponse(operation, '400', 'A parameter or the body breaks its rule (field and rule named)');
  if (parameters.some((parameter) => parameter.in === 'path'))
    addResponse(operation, '404', 'Nothing with that identifier');
}

/**
 * Writes each route's access rule into the OpenAPI document (`x-access`, `security`) with the
 * answers it implies (401, 403, 404 of agency scoping, 400/404 of its parameters) where the
 * route's decorators did not already document them. An operation whose rule cannot be found is
 * left without `x-access`, which the route x role matrix test reports.
 */
export function documentAccess(app: INestApplication, openApi: OpenAPIObject): void {
  const rules = accessByOperationId(app);
  for (const item of Object.values(openApi.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const access = rules.get(operation.operationId ?? '');
      if (access)
        document(operation, access, method === 'post' || method === 'put' || method === 'patch');
    }
  }
}
