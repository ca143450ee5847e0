// Generated from the server's OpenAPI document by `npm run api:types`. Do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is alive
         * @description Access: public, no key needed.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The database is reachable and migrations are current
         * @description Access: public, no key needed.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "ready" | "not ready";
                            database: string;
                            pendingMigrations: string[];
                            error?: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "ready" | "not ready";
                            database: string;
                            pendingMigrations: string[];
                            error?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/background-processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Background processes with their schedule and last run
         * @description Access: admin, integration_operator, warehouse_manager, source_system.
         */
        get: {
            parameters: {
                query?: {
                    sourceSystemId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                processType: string;
                                label: string;
                                scope: string;
                                sourceSystemId: string | null;
                                intervalSeconds: number;
                                enabled: boolean;
                                /** Format: date-time */
                                nextRunAt: string | null;
                                running: boolean;
                                parameters: {
                                    [key: string]: unknown;
                                };
                                lastRun: {
                                    id: number;
                                    trigger: string;
                                    /** Format: date-time */
                                    startedAt: string | null;
                                    /** Format: date-time */
                                    endedAt: string | null;
                                    /** @description running, succeeded or failed */
                                    outcome: string;
                                    itemsProcessed: number;
                                    error: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/background-processes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One background process
         * @description Access: admin, integration_operator, warehouse_manager, source_system.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            processType: string;
                            label: string;
                            scope: string;
                            sourceSystemId: string | null;
                            intervalSeconds: number;
                            enabled: boolean;
                            /** Format: date-time */
                            nextRunAt: string | null;
                            running: boolean;
                            parameters: {
                                [key: string]: unknown;
                            };
                            lastRun: {
                                id: number;
                                trigger: string;
                                /** Format: date-time */
                                startedAt: string | null;
                                /** Format: date-time */
                                endedAt: string | null;
                                /** @description running, succeeded or failed */
                                outcome: string;
                                itemsProcessed: number;
                                error: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the interval or switch a process on or off
         * @description Access: admin, integration_operator, warehouse_manager.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Seconds between runs: at least 1, at most 366 days */
                        intervalSeconds?: number;
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            processType: string;
                            label: string;
                            scope: string;
                            sourceSystemId: string | null;
                            intervalSeconds: number;
                            enabled: boolean;
                            /** Format: date-time */
                            nextRunAt: string | null;
                            running: boolean;
                            parameters: {
                                [key: string]: unknown;
                            };
                            lastRun: {
                                id: number;
                                trigger: string;
                                /** Format: date-time */
                                startedAt: string | null;
                                /** Format: date-time */
                                endedAt: string | null;
                                /** @description running, succeeded or failed */
                                outcome: string;
                                itemsProcessed: number;
                                error: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/background-processes/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a process now and wait for the run to finish
         * @description Access: admin, integration_operator, warehouse_manager, source_system.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            run: {
                                id: number;
                                trigger: string;
                                /** Format: date-time */
                                startedAt: string | null;
                                /** Format: date-time */
                                endedAt: string | null;
                                /** @description running, succeeded or failed */
                                outcome: string;
                                itemsProcessed: number;
                                error: string | null;
                            } | null;
                            skipped: boolean;
                            process: {
                                id: number;
                                processType: string;
                                label: string;
                                scope: string;
                                sourceSystemId: string | null;
                                intervalSeconds: number;
                                enabled: boolean;
                                /** Format: date-time */
                                nextRunAt: string | null;
                                running: boolean;
                                parameters: {
                                    [key: string]: unknown;
                                };
                                lastRun: {
                                    id: number;
                                    trigger: string;
                                    /** Format: date-time */
                                    startedAt: string | null;
                                    /** Format: date-time */
                                    endedAt: string | null;
                                    /** @description running, succeeded or failed */
                                    outcome: string;
                                    itemsProcessed: number;
                                    error: string | null;
                                } | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/background-processes/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run history, newest first
         * @description Access: admin, integration_operator, warehouse_manager, source_system.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                trigger: string;
                                /** Format: date-time */
                                startedAt: string | null;
                                /** Format: date-time */
                                endedAt: string | null;
                                /** @description running, succeeded or failed */
                                outcome: string;
                                itemsProcessed: number;
                                error: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API keys (never the secrets)
         * @description Access: admin only.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                prefix: string;
                                kind: string;
                                role: string | null;
                                sourceSystemId: string | null;
                                createdAt: string | null;
                                revokedAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description From this instant the key is refused like an unknown key; null for a key without an end
                                 */
                                expiresAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API key; the secret is shown once in the response
         * @description Give `role` for a person, or `sourceSystemId` for an integration client confined to that source system. With `expiresAt` (in the future, at most 1096 days ahead) the key is refused from then on, with the 401 an unknown key gets.
         *
         *     Access: admin only.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {unknown} */
                        role: "admin" | "warehouse_manager" | "planner" | "integration_operator" | "warehouse_worker";
                        /**
                         * Format: date-time
                         * @description When the key stops working: in the future, at most 1096 days (3 years) ahead. Without it the key works until revoked.
                         */
                        expiresAt?: string;
                    } | {
                        name: string;
                        sourceSystemId: string;
                        /**
                         * Format: date-time
                         * @description When the key stops working: in the future, at most 1096 days (3 years) ahead. Without it the key works until revoked.
                         */
                        expiresAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            key: string;
                            prefix: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Access: admin only.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: requests, message queues, webhooks, background processes, the event outbox and the ledger check
         * @description The Prometheus text format (text/plain; version=0.0.4). Request and run counts are this process's own; the figures read from the database (queues, dead letters, ledger differences) are the same in every process. docs/operations.md lists each metric and what to alert on.
         *
         *     Access: admin only.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The metrics in the Prometheus text format */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log: sign-ins, access and settings changes, refused calls; newest first
         * @description Each entry says who (a user, an API key with its source system, or anonymous), when, from which client address, what (action, target), how it ended (success, failure, refused) and a short detail that never holds a password, secret or token. Changes are recorded in the transaction that makes them. Refused calls (403) are recorded up to 20 a minute per caller; the next recorded one counts those left out. The log cannot be changed through the API; entries older than the retention.auditLogDays setting (now 400 days) are removed by the retention process. `from` is inclusive, `to` exclusive.
         *
         *     Access: admin only.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    action?: "auth.sign_in" | "auth.sign_out" | "auth.locked_out" | "user.created" | "user.updated" | "user.role_changed" | "user.disabled" | "user.enabled" | "user.password_reset" | "user.password_changed" | "api_key.created" | "api_key.revoked" | "source_system.created" | "source_system.updated" | "item_mapping.saved" | "item_mapping.removed" | "webhook_subscription.created" | "webhook_subscription.updated" | "webhook_subscription.deleted" | "webhook_subscription.secret_rotated" | "access.refused";
                    /** @description A username, API key name or API key id */
                    actor?: string;
                    actorType?: "user" | "api_key" | "anonymous" | "system";
                    outcome?: "success" | "failure" | "refused";
                    /** @description user, api_key, source_system, webhook_subscription or route */
                    targetType?: string;
                    targetId?: string;
                    sourceSystemId?: string;
                    /** @description Entries at or after this instant */
                    from?: string;
                    /** @description Entries before this instant */
                    to?: string;
                    /** @description Field to sort by; default at (desc). Ties keep a stable order; empty values come last. */
                    sort?: "at" | "action" | "actorName" | "outcome";
                    /** @description asc or desc; default desc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {unknown} */
                                action: "auth.sign_in" | "auth.sign_out" | "auth.locked_out" | "user.created" | "user.updated" | "user.role_changed" | "user.disabled" | "user.enabled" | "user.password_reset" | "user.password_changed" | "api_key.created" | "api_key.revoked" | "source_system.created" | "source_system.updated" | "item_mapping.saved" | "item_mapping.removed" | "webhook_subscription.created" | "webhook_subscription.updated" | "webhook_subscription.deleted" | "webhook_subscription.secret_rotated" | "access.refused";
                                /** @enum {unknown} */
                                outcome: "success" | "failure" | "refused";
                                /**
                                 * @description user (signed in with a password), api_key, anonymous (not signed in) or system (the command line, the first start)
                                 * @enum {unknown}
                                 */
                                actorType: "user" | "api_key" | "anonymous" | "system";
                                /** @description The username, or the API key id */
                                actorId: string | null;
                                /** @description The username, or the API key's name */
                                actorName: string | null;
                                /** @description The source system of an integration key */
                                sourceSystemId: string | null;
                                clientIp: string | null;
                                targetType: string | null;
                                targetId: string | null;
                                /** @description What changed or why it failed; never a password, secret or token */
                                detail: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The business event feed: events after a cursor, in order
         * @description Poll with `after` = the last `nextCursor`. Events appear once they are dispatched (right after their transaction commits) and never appear out of order. Integration clients see only their own source system's events, and their cursor counts only those (it says nothing about other source systems' events).
         *
         *     Access: admin, integration_operator, warehouse_manager, planner, source_system.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Cursor: return events after this position (0 for the start) */
                    after?: number;
                    limit?: number;
                    /** @description Comma-separated event types, e.g. `messageProcessor.messageFailed` */
                    types?: string;
                    sourceSystemId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The event's position in the feed (for an integration client: among its own source system's events); pass the last one seen as `after` */
                                cursor: number;
                                /** @description Stable id: deduplicate on it (webhooks send the same id as webhook-id) */
                                eventId: string;
                                type: string;
                                schemaVersion: number;
                                sourceSystemId: string | null;
                                /** @description What the event is about, e.g. a message id */
                                subject: string;
                                /** Format: date-time */
                                occurredAt: string | null;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description Pass as `after` in the next call; unchanged when nothing new arrived */
                            nextCursor: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook subscriptions (never the secrets)
         * @description Access: admin, integration_operator, warehouse_manager, source_system.
         */
        get: {
            parameters: {
                query?: {
                    sourceSystemId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                url: string;
                                eventTypes: string[];
                                /** @description null: every source system's events (admin subscription) */
                                sourceSystemId: string | null;
                                description: string;
                                active: boolean;
                                /** @description How deliveries are shaped: Quayside (docs/events.md, the default) or D365 (Dynamics 365's business event envelope, for receivers written for D365; see docs/d365-compatibility.md). Signed the same way either way. */
                                payloadFormat: string;
                                /** Format: date-time */
                                createdAt: string | null;
                                /** Format: date-time */
                                updatedAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description After a secret rotation: until then deliveries carry a signature with the old secret too
                                 */
                                previousSecretExpiresAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Subscribe a URL to business events; the signing secret is in the response
         * @description Deliveries are POSTs signed the Standard Webhooks way with the returned secret. Integration clients subscribe to their own source system's events only; users may subscribe to one source system or (sourceSystemId null) all. The URL must reach a public address: loopback, private, link-local and metadata addresses are refused (EVENTS.WEBHOOK_TARGET_REFUSED) unless the webhooks.allowedTargets setting allows them.
         *
         *     Access: admin, integration_operator, source_system.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Absolute http or https URL that receives the POSTs */
                        url: string;
                        /** @description Event types from the catalog (docs/events.md), or ["*"] for all */
                        eventTypes: string[];
                        /** @description Whose events to receive; omit or null for all (users only). Integration clients always get their own. */
                        sourceSystemId?: string | null;
                        description?: string;
                        active?: boolean;
                        /**
                         * @description How deliveries are shaped: Quayside (docs/events.md, the default) or D365 (Dynamics 365's business event envelope, for receivers written for D365; see docs/d365-compatibility.md). Signed the same way either way.
                         * @enum {unknown}
                         */
                        payloadFormat?: "Quayside" | "D365";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            url: string;
                            eventTypes: string[];
                            /** @description null: every source system's events (admin subscription) */
                            sourceSystemId: string | null;
                            description: string;
                            active: boolean;
                            /** @description How deliveries are shaped: Quayside (docs/events.md, the default) or D365 (Dynamics 365's business event envelope, for receivers written for D365; see docs/d365-compatibility.md). Signed the same way either way. */
                            payloadFormat: string;
                            /** Format: date-time */
                            createdAt: string | null;
                            /** Format: date-time */
                            updatedAt: string | null;
                            /**
                             * Format: date-time
                             * @description After a secret rotation: until then deliveries carry a signature with the old secret too
                             */
                            previousSecretExpiresAt: string | null;
                            /** @description Standard Webhooks secret (whsec_...): shown only now and on rotation */
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook subscription
         * @description Access: admin, integration_operator, warehouse_manager, source_system.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            url: string;
                            eventTypes: string[];
                            /** @description null: every source system's events (admin subscription) */
                            sourceSystemId: string | null;
                            description: string;
                            active: boolean;
                            /** @description How deliveries are shaped: Quayside (docs/events.md, the default) or D365 (Dynamics 365's business event envelope, for receivers written for D365; see docs/d365-compatibility.md). Signed the same way either way. */
                            payloadFormat: string;
                            /** Format: date-time */
                            createdAt: string | null;
                            /** Format: date-time */
                            updatedAt: string | null;
                            /**
                             * Format: date-time
                             * @description After a secret rotation: until then deliveries carry a signature with the old secret too
                             */
                            previousSecretExpiresAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a subscription and its delivery history
         * @description Access: admin, integration_operator, source_system.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change the URL, event types or description, or switch a subscription on or off
         * @description Switching off parks waiting deliveries as `failed`; after switching on again, redrive them.
         *
         *     Access: admin, integration_operator, source_system.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Absolute http or https URL that receives the POSTs */
                        url?: string;
                        /** @description Event types from the catalog (docs/events.md), or ["*"] for all */
                        eventTypes?: string[];
                        description?: string;
                        active?: boolean;
                        /**
                         * @description How deliveries are shaped: Quayside (docs/events.md, the default) or D365 (Dynamics 365's business event envelope, for receivers written for D365; see docs/d365-compatibility.md). Signed the same way either way.
                         * @enum {unknown}
                         */
                        payloadFormat?: "Quayside" | "D365";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            url: string;
                            eventTypes: string[];
                            /** @description null: every source system's events (admin subscription) */
                            sourceSystemId: string | null;
                            description: string;
                            active: boolean;
                            /** @description How deliveries are shaped: Quayside (docs/events.md, the default) or D365 (Dynamics 365's business event envelope, for receivers written for D365; see docs/d365-compatibility.md). Signed the same way either way. */
                            payloadFormat: string;
                            /** Format: date-time */
                            createdAt: string | null;
                            /** Format: date-time */
                            updatedAt: string | null;
                            /**
                             * Format: date-time
                             * @description After a secret rotation: until then deliveries carry a signature with the old secret too
                             */
                            previousSecretExpiresAt: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a new signing secret and return it
         * @description For 24 hours deliveries carry two signatures, one with the new and one with the old secret, so the receiver can switch over without losing events.
         *
         *     Access: admin, integration_operator, source_system.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            secret: string;
                            /** Format: date-time */
                            previousSecretExpiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{id}/redrive-dead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send every dead delivery of a subscription again
         * @description Dead deliveries go back to pending with their attempts reset and are sent at once. `includeFailed` also redrives deliveries parked while the subscription was switched off.
         *
         *     Access: admin, integration_operator, source_system.
         */
        post: {
            parameters: {
                query?: {
                    includeFailed?: boolean;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            redriven: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook deliveries, newest first (e.g. status=dead for the dead letters)
         * @description Access: admin, integration_operator, warehouse_manager, source_system.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: "pending" | "in_flight" | "delivered" | "failed" | "dead";
                    subscriptionId?: number;
                    /** @description The subscription's source system */
                    sourceSystemId?: string;
                    eventId?: string;
                    /** @description Field to sort by; default id (desc). Ties keep a stable order; empty values come last. */
                    sort?: "id" | "createdAt" | "updatedAt" | "status" | "attempts" | "lastAttemptAt" | "url" | "eventType";
                    /** @description asc or desc; default desc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                subscriptionId: number;
                                /** @description The subscription's source system; null for an admin subscription */
                                sourceSystemId: string | null;
                                url: string;
                                /** @description pending, in_flight, delivered, failed, dead */
                                status: string;
                                attempts: number;
                                /** Format: date-time */
                                nextAttemptAt: string | null;
                                /** Format: date-time */
                                lastAttemptAt: string | null;
                                lastStatusCode: number | null;
                                /** @description Why the last attempt failed, in a few fixed words (`HTTP 500`, `timeout`, `connection refused`, `address not allowed` ...): never the receiver's answer */
                                lastError: string | null;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** Format: date-time */
                                createdAt: string | null;
                                /** Format: date-time */
                                updatedAt: string | null;
                                event: {
                                    eventId: string;
                                    type: string;
                                    sourceSystemId: string | null;
                                    subject: string;
                                    /** Format: date-time */
                                    occurredAt: string | null;
                                };
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{id}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a dead or failed delivery again, from the first attempt, now
         * @description Access: admin, integration_operator, source_system.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            subscriptionId: number;
                            /** @description The subscription's source system; null for an admin subscription */
                            sourceSystemId: string | null;
                            url: string;
                            /** @description pending, in_flight, delivered, failed, dead */
                            status: string;
                            attempts: number;
                            /** Format: date-time */
                            nextAttemptAt: string | null;
                            /** Format: date-time */
                            lastAttemptAt: string | null;
                            lastStatusCode: number | null;
                            /** @description Why the last attempt failed, in a few fixed words (`HTTP 500`, `timeout`, `connection refused`, `address not allowed` ...): never the receiver's answer */
                            lastError: string | null;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** Format: date-time */
                            createdAt: string | null;
                            /** Format: date-time */
                            updatedAt: string | null;
                            event: {
                                eventId: string;
                                type: string;
                                sourceSystemId: string | null;
                                subject: string;
                                /** Format: date-time */
                                occurredAt: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sites
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Site id or name contains */
                    q?: string;
                    /** @description Field to sort by; default siteId (asc). Ties keep a stable order; empty values come last. */
                    sort?: "siteId" | "name";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Site id */
                                siteId: string;
                                /** @description Name */
                                name: string;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a site
         * @description 409 REQUEST.CONFLICT when it exists; 422 naming the field when a record it refers to does not.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Site id */
                        siteId: string;
                        /** @description Name */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Site id */
                            siteId: string;
                            /** @description Name */
                            name: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{siteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One site
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Site id */
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Site id */
                            siteId: string;
                            /** @description Name */
                            name: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a site
         * @description Refused with 409 MASTER_DATA.IN_USE while other records refer to it.
         *
         *     Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Site id */
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a site
         * @description Give only the fields to change; null clears an optional field. The key cannot change.
         *
         *     Access: admin, warehouse_manager.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Site id */
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Name */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Site id */
                            siteId: string;
                            /** @description Name */
                            name: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sites/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import sites (create or update), all or nothing
         * @description A JSON array of rows with the fields of the create body, or text/csv whose header names the same fields. Every row is checked first; any problem answers 400 (or 422 for unknown references) naming rows[i].field and nothing is written. A row for an existing site needs only its key and changes the fields it gives; a new one needs what create needs. An empty CSV cell clears an optional field. At most 20000 rows.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Site id */
                        siteId: string;
                        /** @description Name */
                        name?: string;
                    }[];
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows that created a record */
                            created: number;
                            /** @description Rows that changed an existing record */
                            updated: number;
                            /** @description Rows equal to the stored record */
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warehouses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List warehouses
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker, source_system.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Exact value */
                    siteId?: string;
                    /** @description Warehouse id or name contains */
                    q?: string;
                    /** @description Field to sort by; default warehouseId (asc). Ties keep a stable order; empty values come last. */
                    sort?: "warehouseId" | "name" | "siteId";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Warehouse id */
                                warehouseId: string;
                                /** @description Name */
                                name: string;
                                /** @description The site the warehouse belongs to */
                                siteId: string | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a warehouse
         * @description 409 REQUEST.CONFLICT when it exists; 422 naming the field when a record it refers to does not.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Warehouse id */
                        warehouseId: string;
                        /** @description Name */
                        name: string;
                        /** @description The site the warehouse belongs to */
                        siteId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Warehouse id */
                            warehouseId: string;
                            /** @description Name */
                            name: string;
                            /** @description The site the warehouse belongs to */
                            siteId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warehouses/{warehouseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One warehouse
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker, source_system.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Warehouse id */
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Warehouse id */
                            warehouseId: string;
                            /** @description Name */
                            name: string;
                            /** @description The site the warehouse belongs to */
                            siteId: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a warehouse
         * @description Refused with 409 MASTER_DATA.IN_USE while other records refer to it.
         *
         *     Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Warehouse id */
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a warehouse
         * @description Give only the fields to change; null clears an optional field. The key cannot change.
         *
         *     Access: admin, warehouse_manager.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Warehouse id */
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Name */
                        name?: string;
                        /** @description The site the warehouse belongs to */
                        siteId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Warehouse id */
                            warehouseId: string;
                            /** @description Name */
                            name: string;
                            /** @description The site the warehouse belongs to */
                            siteId: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/warehouses/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import warehouses (create or update), all or nothing
         * @description A JSON array of rows with the fields of the create body, or text/csv whose header names the same fields. Every row is checked first; any problem answers 400 (or 422 for unknown references) naming rows[i].field and nothing is written. A row for an existing warehouse needs only its key and changes the fields it gives; a new one needs what create needs. An empty CSV cell clears an optional field. At most 20000 rows.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Warehouse id */
                        warehouseId: string;
                        /** @description Name */
                        name?: string;
                        /** @description The site the warehouse belongs to */
                        siteId?: string | null;
                    }[];
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows that created a record */
                            created: number;
                            /** @description Rows that changed an existing record */
                            updated: number;
                            /** @description Rows equal to the stored record */
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List zones
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Exact value */
                    warehouseId?: string;
                    /** @description Zone id or name contains */
                    q?: string;
                    /** @description Field to sort by; default warehouseId (asc). Ties keep a stable order; empty values come last. */
                    sort?: "warehouseId" | "zoneId" | "name";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Warehouse id */
                                warehouseId: string;
                                /** @description Zone id, unique within the warehouse */
                                zoneId: string;
                                /** @description Name */
                                name: string;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a zone
         * @description 409 REQUEST.CONFLICT when it exists; 422 naming the field when a record it refers to does not.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Warehouse id */
                        warehouseId: string;
                        /** @description Zone id, unique within the warehouse */
                        zoneId: string;
                        /** @description Name */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Warehouse id */
                            warehouseId: string;
                            /** @description Zone id, unique within the warehouse */
                            zoneId: string;
                            /** @description Name */
                            name: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zones/{warehouseId}/{zoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One zone
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Warehouse id */
                    warehouseId: string;
                    /** @description Zone id, unique within the warehouse */
                    zoneId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Warehouse id */
                            warehouseId: string;
                            /** @description Zone id, unique within the warehouse */
                            zoneId: string;
                            /** @description Name */
                            name: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a zone
         * @description Refused with 409 MASTER_DATA.IN_USE while other records refer to it.
         *
         *     Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Warehouse id */
                    warehouseId: string;
                    /** @description Zone id, unique within the warehouse */
                    zoneId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a zone
         * @description Give only the fields to change; null clears an optional field. The key cannot change.
         *
         *     Access: admin, warehouse_manager.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Warehouse id */
                    warehouseId: string;
                    /** @description Zone id, unique within the warehouse */
                    zoneId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Name */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Warehouse id */
                            warehouseId: string;
                            /** @description Zone id, unique within the warehouse */
                            zoneId: string;
                            /** @description Name */
                            name: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/zones/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import zones (create or update), all or nothing
         * @description A JSON array of rows with the fields of the create body, or text/csv whose header names the same fields. Every row is checked first; any problem answers 400 (or 422 for unknown references) naming rows[i].field and nothing is written. A row for an existing zone needs only its key and changes the fields it gives; a new one needs what create needs. An empty CSV cell clears an optional field. At most 20000 rows.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Warehouse id */
                        warehouseId: string;
                        /** @description Zone id, unique within the warehouse */
                        zoneId: string;
                        /** @description Name */
                        name?: string;
                    }[];
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows that created a record */
                            created: number;
                            /** @description Rows that changed an existing record */
                            updated: number;
                            /** @description Rows equal to the stored record */
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/location-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List location profiles
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    locationType?: "receipt" | "storage" | "pick" | "staging" | "bayDoor" | "packing";
                    /** @description Profile id or name contains */
                    q?: string;
                    /** @description Field to sort by; default profileId (asc). Ties keep a stable order; empty values come last. */
                    sort?: "profileId" | "name" | "locationType" | "licensePlateControlled" | "allowCycleCounting";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Location profile id */
                                profileId: string;
                                /** @description Name */
                                name: string;
                                /** @description What the locations are used for */
                                locationType: "receipt" | "storage" | "pick" | "staging" | "bayDoor" | "packing";
                                /** @description Stock in these locations is kept on license plates */
                                licensePlateControlled: boolean;
                                /** @description Cycle counting may count these locations */
                                allowCycleCounting: boolean;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a location profile
         * @description 409 REQUEST.CONFLICT when it exists; 422 naming the field when a record it refers to does not.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Location profile id */
                        profileId: string;
                        /** @description Name */
                        name: string;
                        /** @description What the locations are used for */
                        locationType: "receipt" | "storage" | "pick" | "staging" | "bayDoor" | "packing";
                        /** @description Stock in these locations is kept on license plates. Default: false. */
                        licensePlateControlled?: boolean;
                        /** @description Cycle counting may count these locations. Default: true. */
                        allowCycleCounting?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Location profile id */
                            profileId: string;
                            /** @description Name */
                            name: string;
                            /** @description What the locations are used for */
                            locationType: "receipt" | "storage" | "pick" | "staging" | "bayDoor" | "packing";
                            /** @description Stock in these locations is kept on license plates */
                            licensePlateControlled: boolean;
                            /** @description Cycle counting may count these locations */
                            allowCycleCounting: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/location-profiles/{profileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One location profile
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Location profile id */
                    profileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Location profile id */
                            profileId: string;
                            /** @description Name */
                            name: string;
                            /** @description What the locations are used for */
                            locationType: "receipt" | "storage" | "pick" | "staging" | "bayDoor" | "packing";
                            /** @description Stock in these locations is kept on license plates */
                            licensePlateControlled: boolean;
                            /** @description Cycle counting may count these locations */
                            allowCycleCounting: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a location profile
         * @description Refused with 409 MASTER_DATA.IN_USE while other records refer to it.
         *
         *     Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Location profile id */
                    profileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a location profile
         * @description Give only the fields to change; null clears an optional field. The key cannot change.
         *
         *     Access: admin, warehouse_manager.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Location profile id */
                    profileId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Name */
                        name?: string;
                        /** @description What the locations are used for */
                        locationType?: "receipt" | "storage" | "pick" | "staging" | "bayDoor" | "packing";
                        /** @description Stock in these locations is kept on license plates. Default: false. */
                        licensePlateControlled?: boolean;
                        /** @description Cycle counting may count these locations. Default: true. */
                        allowCycleCounting?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Location profile id */
                            profileId: string;
                            /** @description Name */
                            name: string;
                            /** @description What the locations are used for */
                            locationType: "receipt" | "storage" | "pick" | "staging" | "bayDoor" | "packing";
                            /** @description Stock in these locations is kept on license plates */
                            licensePlateControlled: boolean;
                            /** @description Cycle counting may count these locations */
                            allowCycleCounting: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/location-profiles/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import location profiles (create or update), all or nothing
         * @description A JSON array of rows with the fields of the create body, or text/csv whose header names the same fields. Every row is checked first; any problem answers 400 (or 422 for unknown references) naming rows[i].field and nothing is written. A row for an existing location profile needs only its key and changes the fields it gives; a new one needs what create needs. An empty CSV cell clears an optional field. At most 20000 rows.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Location profile id */
                        profileId: string;
                        /** @description Name */
                        name?: string;
                        /** @description What the locations are used for */
                        locationType?: "receipt" | "storage" | "pick" | "staging" | "bayDoor" | "packing";
                        /** @description Stock in these locations is kept on license plates. Default: false. */
                        licensePlateControlled?: boolean;
                        /** @description Cycle counting may count these locations. Default: true. */
                        allowCycleCounting?: boolean;
                    }[];
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows that created a record */
                            created: number;
                            /** @description Rows that changed an existing record */
                            updated: number;
                            /** @description Rows equal to the stored record */
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List locations
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Exact value */
                    warehouseId?: string;
                    /** @description Exact value */
                    zoneId?: string;
                    /** @description Exact value */
                    profileId?: string;
                    locationType?: "receipt" | "storage" | "pick" | "staging" | "bayDoor" | "packing";
                    aisle?: string;
                    /** @description Location id contains */
                    q?: string;
                    /** @description Field to sort by; default warehouseId (asc). Ties keep a stable order; empty values come last. */
                    sort?: "warehouseId" | "locationId" | "profileId" | "zoneId" | "maxQuantity" | "maxDistinctItems" | "sortCode" | "aisle";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Warehouse id */
                                warehouseId: string;
                                /** @description Location id, unique within the warehouse */
                                locationId: string;
                                /** @description Location profile */
                                profileId: string;
                                /** @description Zone of the same warehouse */
                                zoneId: string | null;
                                /** @description Capacity in the stored item's inventory unit, for location directives; up to 6 decimals */
                                maxQuantity: number | null;
                                /** @description How many different items the location may hold, for location directives */
                                maxDistinctItems: number | null;
                                /** @description Position in the picking route; lower first */
                                sortCode: number | null;
                                /** @description Aisle */
                                aisle: string | null;
                                locationType: "receipt" | "storage" | "pick" | "staging" | "bayDoor" | "packing";
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a location
         * @description 409 REQUEST.CONFLICT when it exists; 422 naming the field when a record it refers to does not.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Warehouse id */
                        warehouseId: string;
                        /** @description Location id, unique within the warehouse */
                        locationId: string;
                        /** @description Location profile */
                        profileId: string;
                        /** @description Zone of the same warehouse */
                        zoneId?: string | null;
                        /** @description Capacity in the stored item's inventory unit, for location directives; up to 6 decimals */
                        maxQuantity?: number | null;
                        /** @description How many different items the location may hold, for location directives */
                        maxDistinctItems?: number | null;
                        /** @description Position in the picking route; lower first */
                        sortCode?: number | null;
                        /** @description Aisle */
                        aisle?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Warehouse id */
                            warehouseId: string;
                            /** @description Location id, unique within the warehouse */
                            locationId: string;
                            /** @description Location profile */
                            profileId: string;
                            /** @description Zone of the same warehouse */
                            zoneId: string | null;
                            /** @description Capacity in the stored item's inventory unit, for location directives; up to 6 decimals */
                            maxQuantity: number | null;
                            /** @description How many different items the location may hold, for location directives */
                            maxDistinctItems: number | null;
                            /** @description Position in the picking route; lower first */
                            sortCode: number | null;
                            /** @description Aisle */
                            aisle: string | null;
                            locationType: "receipt" | "storage" | "pick" | "staging" | "bayDoor" | "packing";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/{warehouseId}/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One location
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Warehouse id */
                    warehouseId: string;
                    /** @description Location id, unique within the warehouse */
                    locationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Warehouse id */
                            warehouseId: string;
                            /** @description Location id, unique within the warehouse */
                            locationId: string;
                            /** @description Location profile */
                            profileId: string;
                            /** @description Zone of the same warehouse */
                            zoneId: string | null;
                            /** @description Capacity in the stored item's inventory unit, for location directives; up to 6 decimals */
                            maxQuantity: number | null;
                            /** @description How many different items the location may hold, for location directives */
                            maxDistinctItems: number | null;
                            /** @description Position in the picking route; lower first */
                            sortCode: number | null;
                            /** @description Aisle */
                            aisle: string | null;
                            locationType: "receipt" | "storage" | "pick" | "staging" | "bayDoor" | "packing";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a location
         * @description Refused with 409 MASTER_DATA.IN_USE while other records refer to it.
         *
         *     Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Warehouse id */
                    warehouseId: string;
                    /** @description Location id, unique within the warehouse */
                    locationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a location
         * @description Give only the fields to change; null clears an optional field. The key cannot change.
         *
         *     Access: admin, warehouse_manager.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Warehouse id */
                    warehouseId: string;
                    /** @description Location id, unique within the warehouse */
                    locationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Location profile */
                        profileId?: string;
                        /** @description Zone of the same warehouse */
                        zoneId?: string | null;
                        /** @description Capacity in the stored item's inventory unit, for location directives; up to 6 decimals */
                        maxQuantity?: number | null;
                        /** @description How many different items the location may hold, for location directives */
                        maxDistinctItems?: number | null;
                        /** @description Position in the picking route; lower first */
                        sortCode?: number | null;
                        /** @description Aisle */
                        aisle?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Warehouse id */
                            warehouseId: string;
                            /** @description Location id, unique within the warehouse */
                            locationId: string;
                            /** @description Location profile */
                            profileId: string;
                            /** @description Zone of the same warehouse */
                            zoneId: string | null;
                            /** @description Capacity in the stored item's inventory unit, for location directives; up to 6 decimals */
                            maxQuantity: number | null;
                            /** @description How many different items the location may hold, for location directives */
                            maxDistinctItems: number | null;
                            /** @description Position in the picking route; lower first */
                            sortCode: number | null;
                            /** @description Aisle */
                            aisle: string | null;
                            locationType: "receipt" | "storage" | "pick" | "staging" | "bayDoor" | "packing";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/locations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import locations (create or update), all or nothing
         * @description A JSON array of rows with the fields of the create body, or text/csv whose header names the same fields. Every row is checked first; any problem answers 400 (or 422 for unknown references) naming rows[i].field and nothing is written. A row for an existing location needs only its key and changes the fields it gives; a new one needs what create needs. An empty CSV cell clears an optional field. At most 20000 rows.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Warehouse id */
                        warehouseId: string;
                        /** @description Location id, unique within the warehouse */
                        locationId: string;
                        /** @description Location profile */
                        profileId?: string;
                        /** @description Zone of the same warehouse */
                        zoneId?: string | null;
                        /** @description Capacity in the stored item's inventory unit, for location directives; up to 6 decimals */
                        maxQuantity?: number | null;
                        /** @description How many different items the location may hold, for location directives */
                        maxDistinctItems?: number | null;
                        /** @description Position in the picking route; lower first */
                        sortCode?: number | null;
                        /** @description Aisle */
                        aisle?: string | null;
                    }[];
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows that created a record */
                            created: number;
                            /** @description Rows that changed an existing record */
                            updated: number;
                            /** @description Rows equal to the stored record */
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List units
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker, source_system.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Symbol or name contains */
                    q?: string;
                    /** @description Field to sort by; default symbol (asc). Ties keep a stable order; empty values come last. */
                    sort?: "symbol" | "name" | "decimals";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Unit symbol, e.g. ea, box, kg */
                                symbol: string;
                                /** @description Name */
                                name: string;
                                /** @description Decimal places allowed in quantities of this unit */
                                decimals: number;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a unit
         * @description 409 REQUEST.CONFLICT when it exists; 422 naming the field when a record it refers to does not.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unit symbol, e.g. ea, box, kg */
                        symbol: string;
                        /** @description Name */
                        name: string;
                        /** @description Decimal places allowed in quantities of this unit. Default: 0. */
                        decimals?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Unit symbol, e.g. ea, box, kg */
                            symbol: string;
                            /** @description Name */
                            name: string;
                            /** @description Decimal places allowed in quantities of this unit */
                            decimals: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{symbol}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One unit
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker, source_system.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Unit symbol, e.g. ea, box, kg */
                    symbol: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Unit symbol, e.g. ea, box, kg */
                            symbol: string;
                            /** @description Name */
                            name: string;
                            /** @description Decimal places allowed in quantities of this unit */
                            decimals: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a unit
         * @description Refused with 409 MASTER_DATA.IN_USE while other records refer to it.
         *
         *     Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Unit symbol, e.g. ea, box, kg */
                    symbol: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a unit
         * @description Give only the fields to change; null clears an optional field. The key cannot change.
         *
         *     Access: admin, warehouse_manager.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Unit symbol, e.g. ea, box, kg */
                    symbol: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Name */
                        name?: string;
                        /** @description Decimal places allowed in quantities of this unit. Default: 0. */
                        decimals?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Unit symbol, e.g. ea, box, kg */
                            symbol: string;
                            /** @description Name */
                            name: string;
                            /** @description Decimal places allowed in quantities of this unit */
                            decimals: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/units/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import units (create or update), all or nothing
         * @description A JSON array of rows with the fields of the create body, or text/csv whose header names the same fields. Every row is checked first; any problem answers 400 (or 422 for unknown references) naming rows[i].field and nothing is written. A row for an existing unit needs only its key and changes the fields it gives; a new one needs what create needs. An empty CSV cell clears an optional field. At most 20000 rows.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unit symbol, e.g. ea, box, kg */
                        symbol: string;
                        /** @description Name */
                        name?: string;
                        /** @description Decimal places allowed in quantities of this unit. Default: 0. */
                        decimals?: number;
                    }[];
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows that created a record */
                            created: number;
                            /** @description Rows that changed an existing record */
                            updated: number;
                            /** @description Rows equal to the stored record */
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List items
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker, source_system.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Item number or name contains */
                    q?: string;
                    /** @description Exact value */
                    inventoryUnit?: string;
                    /** @description The item scanned by this bar code: its default bar code or one of its further bar codes (GTINs) */
                    barcode?: string;
                    /** @description Exact value */
                    productMasterNumber?: string;
                    /** @description Only batch-tracked items (true) or only others (false) */
                    batchTracked?: boolean;
                    /** @description Only serial-tracked items (true) or only others (false) */
                    serialTracked?: boolean;
                    /** @description Only valuated items (true) or only others (false) */
                    valuated?: boolean;
                    /** @description Field to sort by; default itemNumber (asc). Ties keep a stable order; empty values come last. */
                    sort?: "itemNumber" | "name" | "inventoryUnit" | "batchTracked" | "serialTracked" | "valuated" | "shelfLifeDays" | "barcode" | "unitWeightGrams" | "unitVolumeCm3" | "description" | "productSubtype" | "productMasterNumber" | "productColorId" | "productSizeId" | "productStyleId" | "productConfigurationId";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Item number */
                                itemNumber: string;
                                /** @description Name */
                                name: string;
                                /** @description Unit stock is kept in (the smallest unit handled) */
                                inventoryUnit: string;
                                /** @description Stock is kept per batch number */
                                batchTracked: boolean;
                                /** @description Stock is kept per serial number */
                                serialTracked: boolean;
                                /** @description The item carries inventory value; warehouse-only items do not */
                                valuated: boolean;
                                /** @description Days from a batch's manufacturing date to its expiry; needs batch tracking */
                                shelfLifeDays: number | null;
                                /** @description Bar code scanned for the item; unique */
                                barcode: string | null;
                                /** @description Weight of one inventory unit in grams, for the weight of packed containers and loads */
                                unitWeightGrams: number | null;
                                /** @description Volume of one inventory unit in cubic centimetres, for the fill of loads */
                                unitVolumeCm3: number | null;
                                /** @description Longer description shown to workers */
                                description: string | null;
                                /** @description Product, or ProductMaster: a master is never stocked or ordered itself, its variants are */
                                productSubtype: "Product" | "ProductMaster";
                                /** @description For a variant: the item number of its product master */
                                productMasterNumber: string | null;
                                /** @description Colour of a variant */
                                productColorId: string | null;
                                /** @description Size of a variant */
                                productSizeId: string | null;
                                /** @description Style of a variant */
                                productStyleId: string | null;
                                /** @description Configuration of a variant */
                                productConfigurationId: string | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a item
         * @description 409 REQUEST.CONFLICT when it exists; 422 naming the field when a record it refers to does not.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Item number */
                        itemNumber: string;
                        /** @description Name */
                        name: string;
                        /** @description Unit stock is kept in (the smallest unit handled) */
                        inventoryUnit: string;
                        /** @description Stock is kept per batch number. Default: false. */
                        batchTracked?: boolean;
                        /** @description Stock is kept per serial number. Default: false. */
                        serialTracked?: boolean;
                        /** @description The item carries inventory value; warehouse-only items do not. Default: false. */
                        valuated?: boolean;
                        /** @description Days from a batch's manufacturing date to its expiry; needs batch tracking */
                        shelfLifeDays?: number | null;
                        /** @description Bar code scanned for the item; unique */
                        barcode?: string | null;
                        /** @description Weight of one inventory unit in grams, for the weight of packed containers and loads */
                        unitWeightGrams?: number | null;
                        /** @description Volume of one inventory unit in cubic centimetres, for the fill of loads */
                        unitVolumeCm3?: number | null;
                        /** @description Longer description shown to workers */
                        description?: string | null;
                        /** @description Product, or ProductMaster: a master is never stocked or ordered itself, its variants are. Default: "Product". */
                        productSubtype?: "Product" | "ProductMaster";
                        /** @description For a variant: the item number of its product master */
                        productMasterNumber?: string | null;
                        /** @description Colour of a variant */
                        productColorId?: string | null;
                        /** @description Size of a variant */
                        productSizeId?: string | null;
                        /** @description Style of a variant */
                        productStyleId?: string | null;
                        /** @description Configuration of a variant */
                        productConfigurationId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Item number */
                            itemNumber: string;
                            /** @description Name */
                            name: string;
                            /** @description Unit stock is kept in (the smallest unit handled) */
                            inventoryUnit: string;
                            /** @description Stock is kept per batch number */
                            batchTracked: boolean;
                            /** @description Stock is kept per serial number */
                            serialTracked: boolean;
                            /** @description The item carries inventory value; warehouse-only items do not */
                            valuated: boolean;
                            /** @description Days from a batch's manufacturing date to its expiry; needs batch tracking */
                            shelfLifeDays: number | null;
                            /** @description Bar code scanned for the item; unique */
                            barcode: string | null;
                            /** @description Weight of one inventory unit in grams, for the weight of packed containers and loads */
                            unitWeightGrams: number | null;
                            /** @description Volume of one inventory unit in cubic centimetres, for the fill of loads */
                            unitVolumeCm3: number | null;
                            /** @description Longer description shown to workers */
                            description: string | null;
                            /** @description Product, or ProductMaster: a master is never stocked or ordered itself, its variants are */
                            productSubtype: "Product" | "ProductMaster";
                            /** @description For a variant: the item number of its product master */
                            productMasterNumber: string | null;
                            /** @description Colour of a variant */
                            productColorId: string | null;
                            /** @description Size of a variant */
                            productSizeId: string | null;
                            /** @description Style of a variant */
                            productStyleId: string | null;
                            /** @description Configuration of a variant */
                            productConfigurationId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{itemNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One item
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker, source_system.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Item number */
                    itemNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Item number */
                            itemNumber: string;
                            /** @description Name */
                            name: string;
                            /** @description Unit stock is kept in (the smallest unit handled) */
                            inventoryUnit: string;
                            /** @description Stock is kept per batch number */
                            batchTracked: boolean;
                            /** @description Stock is kept per serial number */
                            serialTracked: boolean;
                            /** @description The item carries inventory value; warehouse-only items do not */
                            valuated: boolean;
                            /** @description Days from a batch's manufacturing date to its expiry; needs batch tracking */
                            shelfLifeDays: number | null;
                            /** @description Bar code scanned for the item; unique */
                            barcode: string | null;
                            /** @description Weight of one inventory unit in grams, for the weight of packed containers and loads */
                            unitWeightGrams: number | null;
                            /** @description Volume of one inventory unit in cubic centimetres, for the fill of loads */
                            unitVolumeCm3: number | null;
                            /** @description Longer description shown to workers */
                            description: string | null;
                            /** @description Product, or ProductMaster: a master is never stocked or ordered itself, its variants are */
                            productSubtype: "Product" | "ProductMaster";
                            /** @description For a variant: the item number of its product master */
                            productMasterNumber: string | null;
                            /** @description Colour of a variant */
                            productColorId: string | null;
                            /** @description Size of a variant */
                            productSizeId: string | null;
                            /** @description Style of a variant */
                            productStyleId: string | null;
                            /** @description Configuration of a variant */
                            productConfigurationId: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a item
         * @description Refused with 409 MASTER_DATA.IN_USE while other records refer to it.
         *
         *     Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Item number */
                    itemNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a item
         * @description Give only the fields to change; null clears an optional field. The key cannot change.
         *
         *     Access: admin, warehouse_manager.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Item number */
                    itemNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Name */
                        name?: string;
                        /** @description Unit stock is kept in (the smallest unit handled) */
                        inventoryUnit?: string;
                        /** @description Stock is kept per batch number. Default: false. */
                        batchTracked?: boolean;
                        /** @description Stock is kept per serial number. Default: false. */
                        serialTracked?: boolean;
                        /** @description The item carries inventory value; warehouse-only items do not. Default: false. */
                        valuated?: boolean;
                        /** @description Days from a batch's manufacturing date to its expiry; needs batch tracking */
                        shelfLifeDays?: number | null;
                        /** @description Bar code scanned for the item; unique */
                        barcode?: string | null;
                        /** @description Weight of one inventory unit in grams, for the weight of packed containers and loads */
                        unitWeightGrams?: number | null;
                        /** @description Volume of one inventory unit in cubic centimetres, for the fill of loads */
                        unitVolumeCm3?: number | null;
                        /** @description Longer description shown to workers */
                        description?: string | null;
                        /** @description Product, or ProductMaster: a master is never stocked or ordered itself, its variants are. Default: "Product". */
                        productSubtype?: "Product" | "ProductMaster";
                        /** @description For a variant: the item number of its product master */
                        productMasterNumber?: string | null;
                        /** @description Colour of a variant */
                        productColorId?: string | null;
                        /** @description Size of a variant */
                        productSizeId?: string | null;
                        /** @description Style of a variant */
                        productStyleId?: string | null;
                        /** @description Configuration of a variant */
                        productConfigurationId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Item number */
                            itemNumber: string;
                            /** @description Name */
                            name: string;
                            /** @description Unit stock is kept in (the smallest unit handled) */
                            inventoryUnit: string;
                            /** @description Stock is kept per batch number */
                            batchTracked: boolean;
                            /** @description Stock is kept per serial number */
                            serialTracked: boolean;
                            /** @description The item carries inventory value; warehouse-only items do not */
                            valuated: boolean;
                            /** @description Days from a batch's manufacturing date to its expiry; needs batch tracking */
                            shelfLifeDays: number | null;
                            /** @description Bar code scanned for the item; unique */
                            barcode: string | null;
                            /** @description Weight of one inventory unit in grams, for the weight of packed containers and loads */
                            unitWeightGrams: number | null;
                            /** @description Volume of one inventory unit in cubic centimetres, for the fill of loads */
                            unitVolumeCm3: number | null;
                            /** @description Longer description shown to workers */
                            description: string | null;
                            /** @description Product, or ProductMaster: a master is never stocked or ordered itself, its variants are */
                            productSubtype: "Product" | "ProductMaster";
                            /** @description For a variant: the item number of its product master */
                            productMasterNumber: string | null;
                            /** @description Colour of a variant */
                            productColorId: string | null;
                            /** @description Size of a variant */
                            productSizeId: string | null;
                            /** @description Style of a variant */
                            productStyleId: string | null;
                            /** @description Configuration of a variant */
                            productConfigurationId: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/items/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import items (create or update), all or nothing
         * @description A JSON array of rows with the fields of the create body, or text/csv whose header names the same fields. Every row is checked first; any problem answers 400 (or 422 for unknown references) naming rows[i].field and nothing is written. A row for an existing item needs only its key and changes the fields it gives; a new one needs what create needs. An empty CSV cell clears an optional field. At most 20000 rows.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Item number */
                        itemNumber: string;
                        /** @description Name */
                        name?: string;
                        /** @description Unit stock is kept in (the smallest unit handled) */
                        inventoryUnit?: string;
                        /** @description Stock is kept per batch number. Default: false. */
                        batchTracked?: boolean;
                        /** @description Stock is kept per serial number. Default: false. */
                        serialTracked?: boolean;
                        /** @description The item carries inventory value; warehouse-only items do not. Default: false. */
                        valuated?: boolean;
                        /** @description Days from a batch's manufacturing date to its expiry; needs batch tracking */
                        shelfLifeDays?: number | null;
                        /** @description Bar code scanned for the item; unique */
                        barcode?: string | null;
                        /** @description Weight of one inventory unit in grams, for the weight of packed containers and loads */
                        unitWeightGrams?: number | null;
                        /** @description Volume of one inventory unit in cubic centimetres, for the fill of loads */
                        unitVolumeCm3?: number | null;
                        /** @description Longer description shown to workers */
                        description?: string | null;
                        /** @description Product, or ProductMaster: a master is never stocked or ordered itself, its variants are. Default: "Product". */
                        productSubtype?: "Product" | "ProductMaster";
                        /** @description For a variant: the item number of its product master */
                        productMasterNumber?: string | null;
                        /** @description Colour of a variant */
                        productColorId?: string | null;
                        /** @description Size of a variant */
                        productSizeId?: string | null;
                        /** @description Style of a variant */
                        productStyleId?: string | null;
                        /** @description Configuration of a variant */
                        productConfigurationId?: string | null;
                    }[];
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows that created a record */
                            created: number;
                            /** @description Rows that changed an existing record */
                            updated: number;
                            /** @description Rows equal to the stored record */
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unit-conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List unit conversions
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Exact value */
                    itemNumber?: string;
                    /** @description Exact value */
                    fromUnit?: string;
                    /** @description Exact value */
                    toUnit?: string;
                    /** @description Field to sort by; default id (asc). Ties keep a stable order; empty values come last. */
                    sort?: "id" | "itemNumber" | "fromUnit" | "toUnit" | "numerator" | "denominator";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Id given by Quayside */
                                id: number;
                                /** @description Only for this item; omit or null for every item */
                                itemNumber: string | null;
                                /** @description Unit converted from */
                                fromUnit: string;
                                /** @description Unit converted to */
                                toUnit: string;
                                /** @description 1 fromUnit = numerator/denominator toUnit */
                                numerator: number;
                                /** @description Denominator of the factor */
                                denominator: number;
                                /** @description numerator/denominator as a decimal, for display */
                                factor: number;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a unit conversion
         * @description 409 REQUEST.CONFLICT when it exists; 422 naming the field when a record it refers to does not.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Only for this item; omit or null for every item */
                        itemNumber?: string | null;
                        /** @description Unit converted from */
                        fromUnit: string;
                        /** @description Unit converted to */
                        toUnit: string;
                        /** @description 1 fromUnit = numerator/denominator toUnit */
                        numerator?: number;
                        /** @description Denominator of the factor. Default: 1. */
                        denominator?: number;
                        /** @description Alternative to numerator/denominator: the decimal factor, read exactly as written */
                        factor?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Id given by Quayside */
                            id: number;
                            /** @description Only for this item; omit or null for every item */
                            itemNumber: string | null;
                            /** @description Unit converted from */
                            fromUnit: string;
                            /** @description Unit converted to */
                            toUnit: string;
                            /** @description 1 fromUnit = numerator/denominator toUnit */
                            numerator: number;
                            /** @description Denominator of the factor */
                            denominator: number;
                            /** @description numerator/denominator as a decimal, for display */
                            factor: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unit-conversions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One unit conversion
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Id given by Quayside */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Id given by Quayside */
                            id: number;
                            /** @description Only for this item; omit or null for every item */
                            itemNumber: string | null;
                            /** @description Unit converted from */
                            fromUnit: string;
                            /** @description Unit converted to */
                            toUnit: string;
                            /** @description 1 fromUnit = numerator/denominator toUnit */
                            numerator: number;
                            /** @description Denominator of the factor */
                            denominator: number;
                            /** @description numerator/denominator as a decimal, for display */
                            factor: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a unit conversion
         * @description Refused with 409 MASTER_DATA.IN_USE while other records refer to it.
         *
         *     Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Id given by Quayside */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a unit conversion
         * @description Give only the fields to change; null clears an optional field. The key cannot change.
         *
         *     Access: admin, warehouse_manager.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Id given by Quayside */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1 fromUnit = numerator/denominator toUnit */
                        numerator?: number;
                        /** @description Denominator of the factor. Default: 1. */
                        denominator?: number;
                        /** @description Alternative to numerator/denominator: the decimal factor, read exactly as written */
                        factor?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Id given by Quayside */
                            id: number;
                            /** @description Only for this item; omit or null for every item */
                            itemNumber: string | null;
                            /** @description Unit converted from */
                            fromUnit: string;
                            /** @description Unit converted to */
                            toUnit: string;
                            /** @description 1 fromUnit = numerator/denominator toUnit */
                            numerator: number;
                            /** @description Denominator of the factor */
                            denominator: number;
                            /** @description numerator/denominator as a decimal, for display */
                            factor: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/unit-conversions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import unit conversions (create or update), all or nothing
         * @description A JSON array of rows with the fields of the create body, or text/csv whose header names the same fields. Every row is checked first; any problem answers 400 (or 422 for unknown references) naming rows[i].field and nothing is written. A row for an existing unit conversion needs only its key and changes the fields it gives; a new one needs what create needs. An empty CSV cell clears an optional field. At most 20000 rows.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Only for this item; omit or null for every item */
                        itemNumber?: string | null;
                        /** @description Unit converted from */
                        fromUnit: string;
                        /** @description Unit converted to */
                        toUnit: string;
                        /** @description 1 fromUnit = numerator/denominator toUnit */
                        numerator?: number;
                        /** @description Denominator of the factor. Default: 1. */
                        denominator?: number;
                        /** @description Alternative to numerator/denominator: the decimal factor, read exactly as written */
                        factor?: number;
                    }[];
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows that created a record */
                            created: number;
                            /** @description Rows that changed an existing record */
                            updated: number;
                            /** @description Rows equal to the stored record */
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inventory statuses
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker, source_system.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Only available statuses (true) or only unavailable ones (false) */
                    available?: boolean;
                    /** @description Only the default status (true) */
                    isDefault?: boolean;
                    /** @description Field to sort by; default statusId (asc). Ties keep a stable order; empty values come last. */
                    sort?: "statusId" | "name" | "available" | "isDefault";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Inventory status id */
                                statusId: string;
                                /** @description Name */
                                name: string;
                                /** @description Stock in this status can be reserved and shipped */
                                available: boolean;
                                /** @description The status used when none is given. Setting it clears the old default; the first available status becomes the default */
                                isDefault: boolean;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a inventory status
         * @description 409 REQUEST.CONFLICT when it exists; 422 naming the field when a record it refers to does not.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Inventory status id */
                        statusId: string;
                        /** @description Name */
                        name: string;
                        /** @description Stock in this status can be reserved and shipped. Default: true. */
                        available?: boolean;
                        /** @description The status used when none is given. Setting it clears the old default; the first available status becomes the default. Default: false. */
                        isDefault?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Inventory status id */
                            statusId: string;
                            /** @description Name */
                            name: string;
                            /** @description Stock in this status can be reserved and shipped */
                            available: boolean;
                            /** @description The status used when none is given. Setting it clears the old default; the first available status becomes the default */
                            isDefault: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory-statuses/{statusId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One inventory status
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker, source_system.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Inventory status id */
                    statusId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Inventory status id */
                            statusId: string;
                            /** @description Name */
                            name: string;
                            /** @description Stock in this status can be reserved and shipped */
                            available: boolean;
                            /** @description The status used when none is given. Setting it clears the old default; the first available status becomes the default */
                            isDefault: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a inventory status
         * @description Refused with 409 MASTER_DATA.IN_USE while other records refer to it.
         *
         *     Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Inventory status id */
                    statusId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a inventory status
         * @description Give only the fields to change; null clears an optional field. The key cannot change.
         *
         *     Access: admin, warehouse_manager.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Inventory status id */
                    statusId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Name */
                        name?: string;
                        /** @description Stock in this status can be reserved and shipped. Default: true. */
                        available?: boolean;
                        /** @description The status used when none is given. Setting it clears the old default; the first available status becomes the default. Default: false. */
                        isDefault?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Inventory status id */
                            statusId: string;
                            /** @description Name */
                            name: string;
                            /** @description Stock in this status can be reserved and shipped */
                            available: boolean;
                            /** @description The status used when none is given. Setting it clears the old default; the first available status becomes the default */
                            isDefault: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/inventory-statuses/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import inventory statuses (create or update), all or nothing
         * @description A JSON array of rows with the fields of the create body, or text/csv whose header names the same fields. Every row is checked first; any problem answers 400 (or 422 for unknown references) naming rows[i].field and nothing is written. A row for an existing inventory status needs only its key and changes the fields it gives; a new one needs what create needs. An empty CSV cell clears an optional field. At most 20000 rows.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Inventory status id */
                        statusId: string;
                        /** @description Name */
                        name?: string;
                        /** @description Stock in this status can be reserved and shipped. Default: true. */
                        available?: boolean;
                        /** @description The status used when none is given. Setting it clears the old default; the first available status becomes the default. Default: false. */
                        isDefault?: boolean;
                    }[];
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows that created a record */
                            created: number;
                            /** @description Rows that changed an existing record */
                            updated: number;
                            /** @description Rows equal to the stored record */
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory-owners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inventory owners
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker, source_system.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Owner id or name contains */
                    q?: string;
                    /** @description Only owners that have an external id in this source system */
                    sourceSystemId?: string;
                    /** @description Only the owner with this external id (in sourceSystemId; an integration client's own source system) */
                    externalOwnerId?: string;
                    /** @description Field to sort by; default ownerId (asc). Ties keep a stable order; empty values come last. */
                    sort?: "ownerId" | "name";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Owner id used inside Quayside */
                                ownerId: string;
                                /** @description Name */
                                name: string;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a inventory owner
         * @description 409 REQUEST.CONFLICT when it exists; 422 naming the field when a record it refers to does not.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Owner id used inside Quayside */
                        ownerId: string;
                        /** @description Name */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Owner id used inside Quayside */
                            ownerId: string;
                            /** @description Name */
                            name: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory-owners/{ownerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One inventory owner
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker, source_system.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Owner id used inside Quayside */
                    ownerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Owner id used inside Quayside */
                            ownerId: string;
                            /** @description Name */
                            name: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a inventory owner
         * @description Refused with 409 MASTER_DATA.IN_USE while other records refer to it.
         *
         *     Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Owner id used inside Quayside */
                    ownerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a inventory owner
         * @description Give only the fields to change; null clears an optional field. The key cannot change.
         *
         *     Access: admin, warehouse_manager.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Owner id used inside Quayside */
                    ownerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Name */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Owner id used inside Quayside */
                            ownerId: string;
                            /** @description Name */
                            name: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/inventory-owners/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import inventory owners (create or update), all or nothing
         * @description A JSON array of rows with the fields of the create body, or text/csv whose header names the same fields. Every row is checked first; any problem answers 400 (or 422 for unknown references) naming rows[i].field and nothing is written. A row for an existing inventory owner needs only its key and changes the fields it gives; a new one needs what create needs. An empty CSV cell clears an optional field. At most 20000 rows.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Owner id used inside Quayside */
                        ownerId: string;
                        /** @description Name */
                        name?: string;
                    }[];
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows that created a record */
                            created: number;
                            /** @description Rows that changed an existing record */
                            updated: number;
                            /** @description Rows equal to the stored record */
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/license-plates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List license plates
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Exact value */
                    warehouseId?: string;
                    /** @description Exact value */
                    parentLicensePlateId?: string;
                    /** @description Field to sort by; default licensePlateId (asc). Ties keep a stable order; empty values come last. */
                    sort?: "licensePlateId" | "warehouseId" | "parentLicensePlateId" | "createdAt";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description License plate id */
                                licensePlateId: string;
                                /** @description Warehouse the plate is in, when known */
                                warehouseId: string | null;
                                /** @description The plate this one is nested on (a carton on a pallet) */
                                parentLicensePlateId: string | null;
                                /**
                                 * Format: date-time
                                 * @description When the record was created
                                 */
                                createdAt: string;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a license plate
         * @description 409 REQUEST.CONFLICT when it exists; 422 naming the field when a record it refers to does not.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description License plate id */
                        licensePlateId: string;
                        /** @description Warehouse the plate is in, when known */
                        warehouseId?: string | null;
                        /** @description The plate this one is nested on (a carton on a pallet) */
                        parentLicensePlateId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description License plate id */
                            licensePlateId: string;
                            /** @description Warehouse the plate is in, when known */
                            warehouseId: string | null;
                            /** @description The plate this one is nested on (a carton on a pallet) */
                            parentLicensePlateId: string | null;
                            /**
                             * Format: date-time
                             * @description When the record was created
                             */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/license-plates/{licensePlateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One license plate
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description License plate id */
                    licensePlateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description License plate id */
                            licensePlateId: string;
                            /** @description Warehouse the plate is in, when known */
                            warehouseId: string | null;
                            /** @description The plate this one is nested on (a carton on a pallet) */
                            parentLicensePlateId: string | null;
                            /**
                             * Format: date-time
                             * @description When the record was created
                             */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a license plate
         * @description Refused with 409 MASTER_DATA.IN_USE while other records refer to it.
         *
         *     Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description License plate id */
                    licensePlateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a license plate
         * @description Give only the fields to change; null clears an optional field. The key cannot change.
         *
         *     Access: admin, warehouse_manager.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description License plate id */
                    licensePlateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Warehouse the plate is in, when known */
                        warehouseId?: string | null;
                        /** @description The plate this one is nested on (a carton on a pallet) */
                        parentLicensePlateId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description License plate id */
                            licensePlateId: string;
                            /** @description Warehouse the plate is in, when known */
                            warehouseId: string | null;
                            /** @description The plate this one is nested on (a carton on a pallet) */
                            parentLicensePlateId: string | null;
                            /**
                             * Format: date-time
                             * @description When the record was created
                             */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/license-plates/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import license plates (create or update), all or nothing
         * @description A JSON array of rows with the fields of the create body, or text/csv whose header names the same fields. Every row is checked first; any problem answers 400 (or 422 for unknown references) naming rows[i].field and nothing is written. A row for an existing license plate needs only its key and changes the fields it gives; a new one needs what create needs. An empty CSV cell clears an optional field. At most 20000 rows.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description License plate id */
                        licensePlateId: string;
                        /** @description Warehouse the plate is in, when known */
                        warehouseId?: string | null;
                        /** @description The plate this one is nested on (a carton on a pallet) */
                        parentLicensePlateId?: string | null;
                    }[];
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows that created a record */
                            created: number;
                            /** @description Rows that changed an existing record */
                            updated: number;
                            /** @description Rows equal to the stored record */
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory-owners/{ownerId}/source-system-ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An owner's external ids per source system
         * @description An integration client sees only its own source system.
         *
         *     Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker, source_system.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Owner id */
                    ownerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                ownerId: string;
                                sourceSystemId: string;
                                /** @description How the source system names the owner */
                                externalOwnerId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory-owners/{ownerId}/source-system-ids/{sourceSystemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set how a source system names an owner
         * @description 201 when new, 200 when it replaces the previous external id. 409 when the source system already uses the id for another owner.
         *
         *     Access: admin, warehouse_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Owner id */
                    ownerId: string;
                    /** @description Source system id */
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The owner id the source system uses */
                        externalOwnerId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ownerId: string;
                            sourceSystemId: string;
                            /** @description How the source system names the owner */
                            externalOwnerId: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ownerId: string;
                            sourceSystemId: string;
                            /** @description How the source system names the owner */
                            externalOwnerId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Forget how a source system names an owner
         * @description Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Owner id */
                    ownerId: string;
                    /** @description Source system id */
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Source systems
         * @description Access: admin, integration_operator, warehouse_manager, planner, source_system.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Part of the id or name (case-insensitive) */
                    q?: string;
                    /** @description Field to sort by; default sourceSystemId (asc). Ties keep a stable order; empty values come last. */
                    sort?: "sourceSystemId" | "name";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                sourceSystemId: string;
                                name: string;
                                /**
                                 * @description Internal inbound order number: the source system's order number, or our number sequence
                                 * @enum {unknown}
                                 */
                                inboundOrderNumberPolicy: "SourceSystemOrderNumber" | "NumberSequence";
                                inboundOrderNumberPrefix: string;
                                inboundOrderNumberSuffix: string;
                                /**
                                 * @description Internal outbound order number policy
                                 * @enum {unknown}
                                 */
                                outboundOrderNumberPolicy: "SourceSystemOrderNumber" | "NumberSequence";
                                outboundOrderNumberPrefix: string;
                                outboundOrderNumberSuffix: string;
                                /** @description Allow creating inbound shipment orders by hand */
                                manualInboundOrderCreation: boolean;
                                /** @description Allow creating outbound shipment orders by hand */
                                manualOutboundOrderCreation: boolean;
                                /** @description Allow people to create inbound shipment order messages by hand (for testing; they start as Draft). Editing a failed message is always allowed */
                                manualInboundMessageCreation: boolean;
                                /** @description Allow people to create outbound shipment order messages by hand (for testing; they start as Draft) */
                                manualOutboundMessageCreation: boolean;
                                /**
                                 * @description Reserve outbound orders when they are imported, and whether to reject orders that cannot be reserved
                                 * @enum {unknown}
                                 */
                                reservationAtImportPolicy: "None" | "Reserve" | "RejectUnlessFullyReserved" | "RejectUnlessPartlyReserved";
                                /** @description Messages may not override the reservation at import policy */
                                reservationAtImportPolicyMandatory: boolean;
                                /**
                                 * @description How released order lines are grouped into shipments
                                 * @enum {unknown}
                                 */
                                consolidationPolicy: "UseShipmentConsolidationPolicies" | "AlwaysReleaseShipmentOrdersSeparately";
                                /**
                                 * @description Create and update inbound loads when messages are processed
                                 * @enum {unknown}
                                 */
                                inboundLoadSynchronizationPolicy: "None" | "FullSynchronization";
                                /**
                                 * @description At receiving completed: adjust the load to what was received, or require a match
                                 * @enum {unknown}
                                 */
                                inboundDeliveryPolicy: "AdjustLoadToReceived" | "RequireMatchWithinTolerance";
                                /** @description Report inbound order transactions in the warehouse inventory update log */
                                inboundWarehouseInventoryUpdateLogs: boolean;
                                /** @description Report outbound order transactions in the warehouse inventory update log */
                                outboundWarehouseInventoryUpdateLogs: boolean;
                                /** @description Warehouse inventory owner used when a line names none */
                                defaultOwnerId: string | null;
                                /** @description Minutes after creation before shipment receipts are finalized */
                                shipmentReceiptPostingDelayMinutes: number;
                                /** @description Minutes after creation before shipment packing slips are finalized */
                                shipmentPackingSlipPostingDelayMinutes: number;
                                /** @description Send it back as expectedVersion to update only what you read */
                                version: number;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a source system (an ERP) and schedule its background processes
         * @description Access: admin, integration_operator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Must match sourceSystemId in every message */
                        sourceSystemId: string;
                        name: string;
                        /**
                         * @description Internal inbound order number: the source system's order number, or our number sequence
                         * @enum {unknown}
                         */
                        inboundOrderNumberPolicy?: "SourceSystemOrderNumber" | "NumberSequence";
                        inboundOrderNumberPrefix?: string;
                        inboundOrderNumberSuffix?: string;
                        /**
                         * @description Internal outbound order number policy
                         * @enum {unknown}
                         */
                        outboundOrderNumberPolicy?: "SourceSystemOrderNumber" | "NumberSequence";
                        outboundOrderNumberPrefix?: string;
                        outboundOrderNumberSuffix?: string;
                        /** @description Allow creating inbound shipment orders by hand */
                        manualInboundOrderCreation?: boolean;
                        /** @description Allow creating outbound shipment orders by hand */
                        manualOutboundOrderCreation?: boolean;
                        /** @description Allow people to create inbound shipment order messages by hand (for testing; they start as Draft). Editing a failed message is always allowed */
                        manualInboundMessageCreation?: boolean;
                        /** @description Allow people to create outbound shipment order messages by hand (for testing; they start as Draft) */
                        manualOutboundMessageCreation?: boolean;
                        /**
                         * @description Reserve outbound orders when they are imported, and whether to reject orders that cannot be reserved
                         * @enum {unknown}
                         */
                        reservationAtImportPolicy?: "None" | "Reserve" | "RejectUnlessFullyReserved" | "RejectUnlessPartlyReserved";
                        /** @description Messages may not override the reservation at import policy */
                        reservationAtImportPolicyMandatory?: boolean;
                        /**
                         * @description How released order lines are grouped into shipments
                         * @enum {unknown}
                         */
                        consolidationPolicy?: "UseShipmentConsolidationPolicies" | "AlwaysReleaseShipmentOrdersSeparately";
                        /**
                         * @description Create and update inbound loads when messages are processed
                         * @enum {unknown}
                         */
                        inboundLoadSynchronizationPolicy?: "None" | "FullSynchronization";
                        /**
                         * @description At receiving completed: adjust the load to what was received, or require a match
                         * @enum {unknown}
                         */
                        inboundDeliveryPolicy?: "AdjustLoadToReceived" | "RequireMatchWithinTolerance";
                        /** @description Report inbound order transactions in the warehouse inventory update log */
                        inboundWarehouseInventoryUpdateLogs?: boolean;
                        /** @description Report outbound order transactions in the warehouse inventory update log */
                        outboundWarehouseInventoryUpdateLogs?: boolean;
                        /** @description Warehouse inventory owner used when a line names none */
                        defaultOwnerId?: string | null;
                        /** @description Minutes after creation before shipment receipts are finalized */
                        shipmentReceiptPostingDelayMinutes?: number;
                        /** @description Minutes after creation before shipment packing slips are finalized */
                        shipmentPackingSlipPostingDelayMinutes?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sourceSystemId: string;
                            name: string;
                            /**
                             * @description Internal inbound order number: the source system's order number, or our number sequence
                             * @enum {unknown}
                             */
                            inboundOrderNumberPolicy: "SourceSystemOrderNumber" | "NumberSequence";
                            inboundOrderNumberPrefix: string;
                            inboundOrderNumberSuffix: string;
                            /**
                             * @description Internal outbound order number policy
                             * @enum {unknown}
                             */
                            outboundOrderNumberPolicy: "SourceSystemOrderNumber" | "NumberSequence";
                            outboundOrderNumberPrefix: string;
                            outboundOrderNumberSuffix: string;
                            /** @description Allow creating inbound shipment orders by hand */
                            manualInboundOrderCreation: boolean;
                            /** @description Allow creating outbound shipment orders by hand */
                            manualOutboundOrderCreation: boolean;
                            /** @description Allow people to create inbound shipment order messages by hand (for testing; they start as Draft). Editing a failed message is always allowed */
                            manualInboundMessageCreation: boolean;
                            /** @description Allow people to create outbound shipment order messages by hand (for testing; they start as Draft) */
                            manualOutboundMessageCreation: boolean;
                            /**
                             * @description Reserve outbound orders when they are imported, and whether to reject orders that cannot be reserved
                             * @enum {unknown}
                             */
                            reservationAtImportPolicy: "None" | "Reserve" | "RejectUnlessFullyReserved" | "RejectUnlessPartlyReserved";
                            /** @description Messages may not override the reservation at import policy */
                            reservationAtImportPolicyMandatory: boolean;
                            /**
                             * @description How released order lines are grouped into shipments
                             * @enum {unknown}
                             */
                            consolidationPolicy: "UseShipmentConsolidationPolicies" | "AlwaysReleaseShipmentOrdersSeparately";
                            /**
                             * @description Create and update inbound loads when messages are processed
                             * @enum {unknown}
                             */
                            inboundLoadSynchronizationPolicy: "None" | "FullSynchronization";
                            /**
                             * @description At receiving completed: adjust the load to what was received, or require a match
                             * @enum {unknown}
                             */
                            inboundDeliveryPolicy: "AdjustLoadToReceived" | "RequireMatchWithinTolerance";
                            /** @description Report inbound order transactions in the warehouse inventory update log */
                            inboundWarehouseInventoryUpdateLogs: boolean;
                            /** @description Report outbound order transactions in the warehouse inventory update log */
                            outboundWarehouseInventoryUpdateLogs: boolean;
                            /** @description Warehouse inventory owner used when a line names none */
                            defaultOwnerId: string | null;
                            /** @description Minutes after creation before shipment receipts are finalized */
                            shipmentReceiptPostingDelayMinutes: number;
                            /** @description Minutes after creation before shipment packing slips are finalized */
                            shipmentPackingSlipPostingDelayMinutes: number;
                            /** @description Send it back as expectedVersion to update only what you read */
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One source system
         * @description Access: admin, integration_operator, warehouse_manager, planner, source_system.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sourceSystemId: string;
                            name: string;
                            /**
                             * @description Internal inbound order number: the source system's order number, or our number sequence
                             * @enum {unknown}
                             */
                            inboundOrderNumberPolicy: "SourceSystemOrderNumber" | "NumberSequence";
                            inboundOrderNumberPrefix: string;
                            inboundOrderNumberSuffix: string;
                            /**
                             * @description Internal outbound order number policy
                             * @enum {unknown}
                             */
                            outboundOrderNumberPolicy: "SourceSystemOrderNumber" | "NumberSequence";
                            outboundOrderNumberPrefix: string;
                            outboundOrderNumberSuffix: string;
                            /** @description Allow creating inbound shipment orders by hand */
                            manualInboundOrderCreation: boolean;
                            /** @description Allow creating outbound shipment orders by hand */
                            manualOutboundOrderCreation: boolean;
                            /** @description Allow people to create inbound shipment order messages by hand (for testing; they start as Draft). Editing a failed message is always allowed */
                            manualInboundMessageCreation: boolean;
                            /** @description Allow people to create outbound shipment order messages by hand (for testing; they start as Draft) */
                            manualOutboundMessageCreation: boolean;
                            /**
                             * @description Reserve outbound orders when they are imported, and whether to reject orders that cannot be reserved
                             * @enum {unknown}
                             */
                            reservationAtImportPolicy: "None" | "Reserve" | "RejectUnlessFullyReserved" | "RejectUnlessPartlyReserved";
                            /** @description Messages may not override the reservation at import policy */
                            reservationAtImportPolicyMandatory: boolean;
                            /**
                             * @description How released order lines are grouped into shipments
                             * @enum {unknown}
                             */
                            consolidationPolicy: "UseShipmentConsolidationPolicies" | "AlwaysReleaseShipmentOrdersSeparately";
                            /**
                             * @description Create and update inbound loads when messages are processed
                             * @enum {unknown}
                             */
                            inboundLoadSynchronizationPolicy: "None" | "FullSynchronization";
                            /**
                             * @description At receiving completed: adjust the load to what was received, or require a match
                             * @enum {unknown}
                             */
                            inboundDeliveryPolicy: "AdjustLoadToReceived" | "RequireMatchWithinTolerance";
                            /** @description Report inbound order transactions in the warehouse inventory update log */
                            inboundWarehouseInventoryUpdateLogs: boolean;
                            /** @description Report outbound order transactions in the warehouse inventory update log */
                            outboundWarehouseInventoryUpdateLogs: boolean;
                            /** @description Warehouse inventory owner used when a line names none */
                            defaultOwnerId: string | null;
                            /** @description Minutes after creation before shipment receipts are finalized */
                            shipmentReceiptPostingDelayMinutes: number;
                            /** @description Minutes after creation before shipment packing slips are finalized */
                            shipmentPackingSlipPostingDelayMinutes: number;
                            /** @description Send it back as expectedVersion to update only what you read */
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change source system settings
         * @description Access: admin, integration_operator.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        expectedVersion?: number;
                        /**
                         * @description Internal inbound order number: the source system's order number, or our number sequence
                         * @enum {unknown}
                         */
                        inboundOrderNumberPolicy?: "SourceSystemOrderNumber" | "NumberSequence";
                        inboundOrderNumberPrefix?: string;
                        inboundOrderNumberSuffix?: string;
                        /**
                         * @description Internal outbound order number policy
                         * @enum {unknown}
                         */
                        outboundOrderNumberPolicy?: "SourceSystemOrderNumber" | "NumberSequence";
                        outboundOrderNumberPrefix?: string;
                        outboundOrderNumberSuffix?: string;
                        /** @description Allow creating inbound shipment orders by hand */
                        manualInboundOrderCreation?: boolean;
                        /** @description Allow creating outbound shipment orders by hand */
                        manualOutboundOrderCreation?: boolean;
                        /** @description Allow people to create inbound shipment order messages by hand (for testing; they start as Draft). Editing a failed message is always allowed */
                        manualInboundMessageCreation?: boolean;
                        /** @description Allow people to create outbound shipment order messages by hand (for testing; they start as Draft) */
                        manualOutboundMessageCreation?: boolean;
                        /**
                         * @description Reserve outbound orders when they are imported, and whether to reject orders that cannot be reserved
                         * @enum {unknown}
                         */
                        reservationAtImportPolicy?: "None" | "Reserve" | "RejectUnlessFullyReserved" | "RejectUnlessPartlyReserved";
                        /** @description Messages may not override the reservation at import policy */
                        reservationAtImportPolicyMandatory?: boolean;
                        /**
                         * @description How released order lines are grouped into shipments
                         * @enum {unknown}
                         */
                        consolidationPolicy?: "UseShipmentConsolidationPolicies" | "AlwaysReleaseShipmentOrdersSeparately";
                        /**
                         * @description Create and update inbound loads when messages are processed
                         * @enum {unknown}
                         */
                        inboundLoadSynchronizationPolicy?: "None" | "FullSynchronization";
                        /**
                         * @description At receiving completed: adjust the load to what was received, or require a match
                         * @enum {unknown}
                         */
                        inboundDeliveryPolicy?: "AdjustLoadToReceived" | "RequireMatchWithinTolerance";
                        /** @description Report inbound order transactions in the warehouse inventory update log */
                        inboundWarehouseInventoryUpdateLogs?: boolean;
                        /** @description Report outbound order transactions in the warehouse inventory update log */
                        outboundWarehouseInventoryUpdateLogs?: boolean;
                        /** @description Warehouse inventory owner used when a line names none */
                        defaultOwnerId?: string | null;
                        /** @description Minutes after creation before shipment receipts are finalized */
                        shipmentReceiptPostingDelayMinutes?: number;
                        /** @description Minutes after creation before shipment packing slips are finalized */
                        shipmentPackingSlipPostingDelayMinutes?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sourceSystemId: string;
                            name: string;
                            /**
                             * @description Internal inbound order number: the source system's order number, or our number sequence
                             * @enum {unknown}
                             */
                            inboundOrderNumberPolicy: "SourceSystemOrderNumber" | "NumberSequence";
                            inboundOrderNumberPrefix: string;
                            inboundOrderNumberSuffix: string;
                            /**
                             * @description Internal outbound order number policy
                             * @enum {unknown}
                             */
                            outboundOrderNumberPolicy: "SourceSystemOrderNumber" | "NumberSequence";
                            outboundOrderNumberPrefix: string;
                            outboundOrderNumberSuffix: string;
                            /** @description Allow creating inbound shipment orders by hand */
                            manualInboundOrderCreation: boolean;
                            /** @description Allow creating outbound shipment orders by hand */
                            manualOutboundOrderCreation: boolean;
                            /** @description Allow people to create inbound shipment order messages by hand (for testing; they start as Draft). Editing a failed message is always allowed */
                            manualInboundMessageCreation: boolean;
                            /** @description Allow people to create outbound shipment order messages by hand (for testing; they start as Draft) */
                            manualOutboundMessageCreation: boolean;
                            /**
                             * @description Reserve outbound orders when they are imported, and whether to reject orders that cannot be reserved
                             * @enum {unknown}
                             */
                            reservationAtImportPolicy: "None" | "Reserve" | "RejectUnlessFullyReserved" | "RejectUnlessPartlyReserved";
                            /** @description Messages may not override the reservation at import policy */
                            reservationAtImportPolicyMandatory: boolean;
                            /**
                             * @description How released order lines are grouped into shipments
                             * @enum {unknown}
                             */
                            consolidationPolicy: "UseShipmentConsolidationPolicies" | "AlwaysReleaseShipmentOrdersSeparately";
                            /**
                             * @description Create and update inbound loads when messages are processed
                             * @enum {unknown}
                             */
                            inboundLoadSynchronizationPolicy: "None" | "FullSynchronization";
                            /**
                             * @description At receiving completed: adjust the load to what was received, or require a match
                             * @enum {unknown}
                             */
                            inboundDeliveryPolicy: "AdjustLoadToReceived" | "RequireMatchWithinTolerance";
                            /** @description Report inbound order transactions in the warehouse inventory update log */
                            inboundWarehouseInventoryUpdateLogs: boolean;
                            /** @description Report outbound order transactions in the warehouse inventory update log */
                            outboundWarehouseInventoryUpdateLogs: boolean;
                            /** @description Warehouse inventory owner used when a line names none */
                            defaultOwnerId: string | null;
                            /** @description Minutes after creation before shipment receipts are finalized */
                            shipmentReceiptPostingDelayMinutes: number;
                            /** @description Minutes after creation before shipment packing slips are finalized */
                            shipmentPackingSlipPostingDelayMinutes: number;
                            /** @description Send it back as expectedVersion to update only what you read */
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The source system's item numbers and the items they map to
         * @description Access: admin, integration_operator, warehouse_manager, planner, source_system.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    externalItemNumber?: string;
                    itemNumber?: string;
                    /** @description Field to sort by; default externalItemNumber (asc). Ties keep a stable order; empty values come last. */
                    sort?: "externalItemNumber" | "itemNumber";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                externalItemNumber: string;
                                itemNumber: string;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/items/{externalItemNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Map one of the source system's item numbers to an item
         * @description Access: admin, integration_operator, warehouse_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                    externalItemNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        itemNumber: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            externalItemNumber: string;
                            itemNumber: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove an item mapping
         * @description Access: admin, integration_operator, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                    externalItemNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/items/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Map many item numbers at once (all or nothing)
         * @description Access: admin, integration_operator, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        externalItemNumber: string;
                        itemNumber: string;
                    }[];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/inbound-order-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inbound shipment order policies per order type and account
         * @description Access: admin, integration_operator, warehouse_manager, planner, source_system.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The message's orderType; '' for any type */
                                orderType: string;
                                /** @description The consigner's account number (consignerAccountNumber); '' for any account */
                                accountNumber: string;
                                /** @enum {unknown} */
                                loadSynchronizationPolicy: "None" | "FullSynchronization";
                                /** @enum {unknown} */
                                deliveryPolicy: "AdjustLoadToReceived" | "RequireMatchWithinTolerance";
                            }[];
                        };
                    };
                };
            };
        };
        /**
         * Replace the inbound shipment order policies (the whole grid)
         * @description The most specific row applies to an order: type and account, then type, then account, then the catch-all (both empty); without one, the source system settings. 409 INTEGRATION.DUPLICATE_POLICY when two rows name the same type and account.
         *
         *     Access: admin, integration_operator.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @description The message's orderType; '' for any type */
                            orderType: string;
                            /** @description The consigner's account number (consignerAccountNumber); '' for any account */
                            accountNumber: string;
                            /** @enum {unknown} */
                            loadSynchronizationPolicy: "None" | "FullSynchronization";
                            /** @enum {unknown} */
                            deliveryPolicy: "AdjustLoadToReceived" | "RequireMatchWithinTolerance";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The message's orderType; '' for any type */
                                orderType: string;
                                /** @description The consigner's account number (consignerAccountNumber); '' for any account */
                                accountNumber: string;
                                /** @enum {unknown} */
                                loadSynchronizationPolicy: "None" | "FullSynchronization";
                                /** @enum {unknown} */
                                deliveryPolicy: "AdjustLoadToReceived" | "RequireMatchWithinTolerance";
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipment-order-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an inbound shipment order message (header and lines)
         * @description Stored at once and processed in the background, per order in arrival order. 202 for a new message; 200 with the stored message when the messageId is already known (nothing changes); 409 INTEGRATION.MESSAGE_REMOVED when the messageId belonged to a message removed after its retention period (it is never applied twice). A user key (integration operator) creates a Draft that must be queued.
         *
         *     Access: admin, source_system, integration_operator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique per source system; a resend with the same id changes nothing */
                        messageId: string;
                        /** @description Defaults to the source system of the API key */
                        sourceSystemId?: string;
                        /** @description The source system's order number */
                        orderNumber: string;
                        orderType?: string;
                        orderOrigin?: string;
                        orderChannel?: string;
                        receivingWarehouseId: string;
                        /** Format: date-time */
                        plannedReceiptPeriodStart?: string;
                        /** Format: date-time */
                        plannedReceiptPeriodEnd?: string;
                        consignerAccountNumber?: string;
                        consignerName?: string;
                        consignerReference?: string;
                        consignerContactName?: string;
                        consignerEmail?: string;
                        consignerTelephone?: string;
                        consignerStreet?: string;
                        consignerStreetNumber?: string;
                        consignerStreetInKana?: string;
                        consignerBuildingComplement?: string;
                        consignerPostBox?: string;
                        consignerCity?: string;
                        consignerCityInKana?: string;
                        consignerCounty?: string;
                        consignerDistrict?: string;
                        consignerState?: string;
                        consignerZipCode?: string;
                        consignerCountryRegionId?: string;
                        consignerTimeZone?: string;
                        consignerLatitude?: number;
                        consignerLongitude?: number;
                        senderName?: string;
                        senderStreet?: string;
                        senderStreetNumber?: string;
                        senderStreetInKana?: string;
                        senderBuildingComplement?: string;
                        senderPostBox?: string;
                        senderCity?: string;
                        senderCityInKana?: string;
                        senderCounty?: string;
                        senderDistrict?: string;
                        senderState?: string;
                        senderZipCode?: string;
                        senderCountryRegionId?: string;
                        senderTimeZone?: string;
                        senderLatitude?: number;
                        senderLongitude?: number;
                        /** @description No lines: cancel the order */
                        lines: {
                            /** @description Unique within the order */
                            orderLineNumber: number;
                            /** @description The source system's item number (mapped by source system items) */
                            itemNumber: string;
                            itemBatchNumber?: string;
                            itemSerialNumber?: string;
                            inventoryOwnerId?: string;
                            sourceSystemInventoryOwnerId?: string;
                            underdeliveryPercentage?: number;
                            overdeliveryPercentage?: number;
                            productColorId?: string;
                            productSizeId?: string;
                            productStyleId?: string;
                            productConfigurationId?: string;
                            productVersionId?: string;
                            /** @description Expected quantity in expectedUnitSymbol; up to 6 decimals */
                            expectedQuantity: number;
                            expectedUnitSymbol: string;
                            expectedInventoryStatus?: string;
                            consignerLineNumber?: number;
                            consignerItemNumber?: string;
                            consignerReference?: string;
                            crossDockSourceId?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-shipment-order-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an outbound shipment order message (header and lines)
         * @description Stored at once and processed in the background, per order in arrival order. 202 for a new message; 200 with the stored message when the messageId is already known (nothing changes); 409 INTEGRATION.MESSAGE_REMOVED when the messageId belonged to a message removed after its retention period (it is never applied twice). A user key (integration operator) creates a Draft that must be queued.
         *
         *     Access: admin, source_system, integration_operator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique per source system; a resend with the same id changes nothing */
                        messageId: string;
                        /** @description Defaults to the source system of the API key */
                        sourceSystemId?: string;
                        /** @description The source system's order number */
                        orderNumber: string;
                        orderType?: string;
                        orderOrigin?: string;
                        orderChannel?: string;
                        shipFromWarehouseId: string;
                        /** Format: date-time */
                        requestedShippingPeriodStart?: string;
                        /** Format: date-time */
                        requestedShippingPeriodEnd?: string;
                        /** Format: date-time */
                        requestedDeliveryPeriodStart?: string;
                        /** Format: date-time */
                        requestedDeliveryPeriodEnd?: string;
                        deliveryTermsCode?: string;
                        deliveryModeCode?: string;
                        shippingCarrierId?: string;
                        shippingCarrierServiceId?: string;
                        shippingCarrierServiceGroupId?: string;
                        transportationModeId?: string;
                        transportationBrokerId?: string;
                        transportationRoutePlanId?: string;
                        plannedTransportationId?: string;
                        languageId?: string;
                        /** @enum {unknown} */
                        reservationAtImportPolicy?: "None" | "Reserve" | "RejectUnlessFullyReserved" | "RejectUnlessPartlyReserved";
                        consigneeAccountNumber?: string;
                        consigneeName?: string;
                        consigneePurchaseOrderNumber?: string;
                        consigneeReference?: string;
                        consigneeContactName?: string;
                        consigneeEmail?: string;
                        consigneeTelephone?: string;
                        consigneeStreet?: string;
                        consigneeStreetNumber?: string;
                        consigneeStreetInKana?: string;
                        consigneeBuildingComplement?: string;
                        consigneePostBox?: string;
                        consigneeCity?: string;
                        consigneeCityInKana?: string;
                        consigneeCounty?: string;
                        consigneeDistrict?: string;
                        consigneeState?: string;
                        consigneeZipCode?: string;
                        consigneeCountryRegionId?: string;
                        consigneeTimeZone?: string;
                        consigneeLatitude?: number;
                        consigneeLongitude?: number;
                        receiverName?: string;
                        receiverContactName?: string;
                        receiverEmail?: string;
                        receiverTelephone?: string;
                        receiverStreet?: string;
                        receiverStreetNumber?: string;
                        receiverStreetInKana?: string;
                        receiverBuildingComplement?: string;
                        receiverPostBox?: string;
                        receiverCity?: string;
                        receiverCityInKana?: string;
                        receiverCounty?: string;
                        receiverDistrict?: string;
                        receiverState?: string;
                        receiverZipCode?: string;
                        receiverCountryRegionId?: string;
                        receiverTimeZone?: string;
                        receiverLatitude?: number;
                        receiverLongitude?: number;
                        /** @description No lines: cancel the order */
                        lines: {
                            /** @description Unique within the order */
                            orderLineNumber: number;
                            /** @description The source system's item number (mapped by source system items) */
                            itemNumber: string;
                            itemBatchNumber?: string;
                            itemSerialNumber?: string;
                            inventoryOwnerId?: string;
                            sourceSystemInventoryOwnerId?: string;
                            underdeliveryPercentage?: number;
                            overdeliveryPercentage?: number;
                            productColorId?: string;
                            productSizeId?: string;
                            productStyleId?: string;
                            productConfigurationId?: string;
                            productVersionId?: string;
                            itemDescription?: string;
                            /** @description Ordered quantity in orderedUnitSymbol; up to 6 decimals */
                            orderedQuantity: number;
                            orderedUnitSymbol: string;
                            orderedInventoryStatusId?: string;
                            sellableDays?: number;
                            consigneeLineNumber?: number;
                            consigneeItemNumber?: string;
                            consigneeReference?: string;
                            /** @description Cross-dock demand (reference OutboundShipmentOrderLineCrossDockMessages); one source per line */
                            crossDockLines?: {
                                /** @description The crossDockSourceId of the inbound order line whose received stock this line waits for */
                                crossDockSourceId: string;
                                /** @description Informational: the quantity asked of that source */
                                sourceLineRequestedQuantity?: number;
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shipment order and product messages, newest first
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    sourceSystemId?: string;
                    messageType?: "InboundShipmentOrder" | "OutboundShipmentOrder" | "Product" | "ProductVariant" | "ProductUnitConversion" | "ProductBarcode";
                    processingStatus?: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                    orderNumber?: string;
                    messageId?: string;
                    /** @description Messages whose content contains this text, in any field (an order or line value, an item number, a name), ignoring case */
                    contains?: string;
                    /** @description Field to sort by; default id (desc). Ties keep a stable order; empty values come last. */
                    sort?: "id" | "messageId" | "version" | "messageType" | "sourceSystemId" | "orderNumber" | "processingStatus" | "attempts" | "receivedAt" | "updatedAt" | "processedAt";
                    /** @description asc or desc; default desc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Quayside's id of this message version */
                                id: number;
                                messageId: string;
                                version: number;
                                messageType: string;
                                sourceSystemId: string;
                                orderNumber: string;
                                /** @enum {unknown} */
                                processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                                processorState: string;
                                /** @description Integration or ManualEntry */
                                origin: string;
                                attempts: number;
                                receivedAt: string | null;
                                updatedAt: string | null;
                                processedAt: string | null;
                                lastError: string | null;
                                internalOrderNumber: string | null;
                                previousVersionId: number | null;
                                replacedById: number | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One message with its content, processing log and versions
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        } & {
                            /** @description The message as received (or as edited, for a later version) */
                            content: unknown;
                            log: {
                                attempt: number;
                                at: string | null;
                                level: string;
                                text: string;
                                field: string | null;
                                value: string | null;
                            }[];
                            versions: {
                                id: number;
                                version: number;
                                processingStatus: string;
                            }[];
                        };
                    };
                };
            };
        };
        /**
         * Edit a Failed message (saved as a new Draft version) or a Draft
         * @description The body is the whole message. Order number, message id and line numbers cannot change. Queue the new version to process it.
         *
         *     Access: admin, integration_operator, source_system.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique per source system; a resend with the same id changes nothing */
                        messageId: string;
                        /** @description Defaults to the source system of the API key */
                        sourceSystemId?: string;
                        /** @description The source system's order number */
                        orderNumber: string;
                        orderType?: string;
                        orderOrigin?: string;
                        orderChannel?: string;
                        receivingWarehouseId: string;
                        /** Format: date-time */
                        plannedReceiptPeriodStart?: string;
                        /** Format: date-time */
                        plannedReceiptPeriodEnd?: string;
                        consignerAccountNumber?: string;
                        consignerName?: string;
                        consignerReference?: string;
                        consignerContactName?: string;
                        consignerEmail?: string;
                        consignerTelephone?: string;
                        consignerStreet?: string;
                        consignerStreetNumber?: string;
                        consignerStreetInKana?: string;
                        consignerBuildingComplement?: string;
                        consignerPostBox?: string;
                        consignerCity?: string;
                        consignerCityInKana?: string;
                        consignerCounty?: string;
                        consignerDistrict?: string;
                        consignerState?: string;
                        consignerZipCode?: string;
                        consignerCountryRegionId?: string;
                        consignerTimeZone?: string;
                        consignerLatitude?: number;
                        consignerLongitude?: number;
                        senderName?: string;
                        senderStreet?: string;
                        senderStreetNumber?: string;
                        senderStreetInKana?: string;
                        senderBuildingComplement?: string;
                        senderPostBox?: string;
                        senderCity?: string;
                        senderCityInKana?: string;
                        senderCounty?: string;
                        senderDistrict?: string;
                        senderState?: string;
                        senderZipCode?: string;
                        senderCountryRegionId?: string;
                        senderTimeZone?: string;
                        senderLatitude?: number;
                        senderLongitude?: number;
                        /** @description No lines: cancel the order */
                        lines: {
                            /** @description Unique within the order */
                            orderLineNumber: number;
                            /** @description The source system's item number (mapped by source system items) */
                            itemNumber: string;
                            itemBatchNumber?: string;
                            itemSerialNumber?: string;
                            inventoryOwnerId?: string;
                            sourceSystemInventoryOwnerId?: string;
                            underdeliveryPercentage?: number;
                            overdeliveryPercentage?: number;
                            productColorId?: string;
                            productSizeId?: string;
                            productStyleId?: string;
                            productConfigurationId?: string;
                            productVersionId?: string;
                            /** @description Expected quantity in expectedUnitSymbol; up to 6 decimals */
                            expectedQuantity: number;
                            expectedUnitSymbol: string;
                            expectedInventoryStatus?: string;
                            consignerLineNumber?: number;
                            consignerItemNumber?: string;
                            consignerReference?: string;
                            crossDockSourceId?: string;
                        }[];
                    } | {
                        /** @description Unique per source system; a resend with the same id changes nothing */
                        messageId: string;
                        /** @description Defaults to the source system of the API key */
                        sourceSystemId?: string;
                        /** @description The source system's order number */
                        orderNumber: string;
                        orderType?: string;
                        orderOrigin?: string;
                        orderChannel?: string;
                        shipFromWarehouseId: string;
                        /** Format: date-time */
                        requestedShippingPeriodStart?: string;
                        /** Format: date-time */
                        requestedShippingPeriodEnd?: string;
                        /** Format: date-time */
                        requestedDeliveryPeriodStart?: string;
                        /** Format: date-time */
                        requestedDeliveryPeriodEnd?: string;
                        deliveryTermsCode?: string;
                        deliveryModeCode?: string;
                        shippingCarrierId?: string;
                        shippingCarrierServiceId?: string;
                        shippingCarrierServiceGroupId?: string;
                        transportationModeId?: string;
                        transportationBrokerId?: string;
                        transportationRoutePlanId?: string;
                        plannedTransportationId?: string;
                        languageId?: string;
                        /** @enum {unknown} */
                        reservationAtImportPolicy?: "None" | "Reserve" | "RejectUnlessFullyReserved" | "RejectUnlessPartlyReserved";
                        consigneeAccountNumber?: string;
                        consigneeName?: string;
                        consigneePurchaseOrderNumber?: string;
                        consigneeReference?: string;
                        consigneeContactName?: string;
                        consigneeEmail?: string;
                        consigneeTelephone?: string;
                        consigneeStreet?: string;
                        consigneeStreetNumber?: string;
                        consigneeStreetInKana?: string;
                        consigneeBuildingComplement?: string;
                        consigneePostBox?: string;
                        consigneeCity?: string;
                        consigneeCityInKana?: string;
                        consigneeCounty?: string;
                        consigneeDistrict?: string;
                        consigneeState?: string;
                        consigneeZipCode?: string;
                        consigneeCountryRegionId?: string;
                        consigneeTimeZone?: string;
                        consigneeLatitude?: number;
                        consigneeLongitude?: number;
                        receiverName?: string;
                        receiverContactName?: string;
                        receiverEmail?: string;
                        receiverTelephone?: string;
                        receiverStreet?: string;
                        receiverStreetNumber?: string;
                        receiverStreetInKana?: string;
                        receiverBuildingComplement?: string;
                        receiverPostBox?: string;
                        receiverCity?: string;
                        receiverCityInKana?: string;
                        receiverCounty?: string;
                        receiverDistrict?: string;
                        receiverState?: string;
                        receiverZipCode?: string;
                        receiverCountryRegionId?: string;
                        receiverTimeZone?: string;
                        receiverLatitude?: number;
                        receiverLongitude?: number;
                        /** @description No lines: cancel the order */
                        lines: {
                            /** @description Unique within the order */
                            orderLineNumber: number;
                            /** @description The source system's item number (mapped by source system items) */
                            itemNumber: string;
                            itemBatchNumber?: string;
                            itemSerialNumber?: string;
                            inventoryOwnerId?: string;
                            sourceSystemInventoryOwnerId?: string;
                            underdeliveryPercentage?: number;
                            overdeliveryPercentage?: number;
                            productColorId?: string;
                            productSizeId?: string;
                            productStyleId?: string;
                            productConfigurationId?: string;
                            productVersionId?: string;
                            itemDescription?: string;
                            /** @description Ordered quantity in orderedUnitSymbol; up to 6 decimals */
                            orderedQuantity: number;
                            orderedUnitSymbol: string;
                            orderedInventoryStatusId?: string;
                            sellableDays?: number;
                            consigneeLineNumber?: number;
                            consigneeItemNumber?: string;
                            consigneeReference?: string;
                            /** @description Cross-dock demand (reference OutboundShipmentOrderLineCrossDockMessages); one source per line */
                            crossDockLines?: {
                                /** @description The crossDockSourceId of the inbound order line whose received stock this line waits for */
                                crossDockSourceId: string;
                                /** @description Informational: the quantity asked of that source */
                                sourceLineRequestedQuantity?: number;
                            }[];
                        }[];
                    } | {
                        /** @description Unique per source system across all its messages; a resend with the same id changes nothing */
                        messageId: string;
                        /** @description Defaults to the source system of the API key */
                        sourceSystemId?: string;
                        /** @description The source system's item number; it becomes Quayside's item number when the item is new */
                        itemNumber: string;
                        /** @description ProductMaster: stocked and ordered only as its variants. Default Product */
                        productSubtype?: "Product" | "ProductMaster";
                        /** @description Name shown on screens and documents */
                        productName: string;
                        /** @description Longer description shown to workers */
                        productDescription?: string;
                        /** @description The unit stock is kept in; an existing unit */
                        inventoryUnitSymbol: string;
                        /** @description Which tracking dimensions stock of the item carries. Default None */
                        trackingDimensionGroupName?: "None" | "Batch" | "Serial" | "BatchAndSerial";
                        /** @description Days from manufacturing to expiry (batch-tracked items) */
                        shelfLifePeriodDays?: number;
                        /** @description Weight of one inventory unit in kilograms */
                        netProductWeight?: number;
                        /** @description Volume of one inventory unit in cubic metres */
                        productVolume?: number;
                    } | {
                        /** @description Unique per source system across all its messages; a resend with the same id changes nothing */
                        messageId: string;
                        /** @description Defaults to the source system of the API key */
                        sourceSystemId?: string;
                        /** @description The source system's item number of the product master */
                        itemMasterNumber: string;
                        /** @description The source system's item number of this variant; it becomes Quayside's item number when the variant is new */
                        itemNumber: string;
                        /** @description Default: the master's name and the dimensions */
                        productName?: string;
                        productDescription?: string;
                        /** @description Colour */
                        productColorId?: string;
                        /** @description Size */
                        productSizeId?: string;
                        /** @description Style */
                        productStyleId?: string;
                        /** @description Configuration */
                        productConfigurationId?: string;
                    } | {
                        /** @description Unique per source system across all its messages; a resend with the same id changes nothing */
                        messageId: string;
                        /** @description Defaults to the source system of the API key */
                        sourceSystemId?: string;
                        /** @description The source system's item number (a product master's conversion holds for its variants) */
                        itemNumber: string;
                        fromUnitSymbol: string;
                        toUnitSymbol: string;
                        /** @description One fromUnit is this many toUnit; or give numerator and denominator */
                        factor?: number;
                        numerator?: number;
                        denominator?: number;
                    } | {
                        /** @description Unique per source system across all its messages; a resend with the same id changes nothing */
                        messageId: string;
                        /** @description Defaults to the source system of the API key */
                        sourceSystemId?: string;
                        /** @description The source system's item number */
                        itemNumber: string;
                        /** @description The bar code (a GTIN, EAN-13...) */
                        barcode: string;
                        /** @description The symbology, e.g. EAN-13 */
                        barcodeSetupId?: string;
                        /** @description What one scan stands for, in productQuantityUnitSymbol */
                        productQuantity?: number;
                        productQuantityUnitSymbol?: string;
                        /** @description The bar code handhelds look the item up by */
                        isDefaultScannedBarcode?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Process the message now (Failed or Received), unless an earlier message of its order holds it
         * @description Access: admin, integration_operator, source_system.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the message; later messages of its order are no longer held by it
         * @description Access: admin, integration_operator, source_system.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a Failed, Canceled or Draft message for processing again
         * @description Access: admin, integration_operator, source_system.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a product or product master message (creates or updates the item)
         * @description Stored at once and processed in the background with the order messages, in arrival order per product (a variant after its master). 202 for a new message; 200 with the stored message when the messageId is already known (nothing changes). A user key (integration operator) creates a Draft that must be queued.
         *
         *     Access: admin, source_system, integration_operator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique per source system across all its messages; a resend with the same id changes nothing */
                        messageId: string;
                        /** @description Defaults to the source system of the API key */
                        sourceSystemId?: string;
                        /** @description The source system's item number; it becomes Quayside's item number when the item is new */
                        itemNumber: string;
                        /** @description ProductMaster: stocked and ordered only as its variants. Default Product */
                        productSubtype?: "Product" | "ProductMaster";
                        /** @description Name shown on screens and documents */
                        productName: string;
                        /** @description Longer description shown to workers */
                        productDescription?: string;
                        /** @description The unit stock is kept in; an existing unit */
                        inventoryUnitSymbol: string;
                        /** @description Which tracking dimensions stock of the item carries. Default None */
                        trackingDimensionGroupName?: "None" | "Batch" | "Serial" | "BatchAndSerial";
                        /** @description Days from manufacturing to expiry (batch-tracked items) */
                        shelfLifePeriodDays?: number;
                        /** @description Weight of one inventory unit in kilograms */
                        netProductWeight?: number;
                        /** @description Volume of one inventory unit in cubic metres */
                        productVolume?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-variant-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a product variant message (a variant of a product master: colour, size, style, configuration)
         * @description Stored at once and processed in the background with the order messages, in arrival order per product (a variant after its master). 202 for a new message; 200 with the stored message when the messageId is already known (nothing changes). A user key (integration operator) creates a Draft that must be queued.
         *
         *     Access: admin, source_system, integration_operator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique per source system across all its messages; a resend with the same id changes nothing */
                        messageId: string;
                        /** @description Defaults to the source system of the API key */
                        sourceSystemId?: string;
                        /** @description The source system's item number of the product master */
                        itemMasterNumber: string;
                        /** @description The source system's item number of this variant; it becomes Quayside's item number when the variant is new */
                        itemNumber: string;
                        /** @description Default: the master's name and the dimensions */
                        productName?: string;
                        productDescription?: string;
                        /** @description Colour */
                        productColorId?: string;
                        /** @description Size */
                        productSizeId?: string;
                        /** @description Style */
                        productStyleId?: string;
                        /** @description Configuration */
                        productConfigurationId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-unit-conversion-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an item's unit conversion message (a master's holds for its variants)
         * @description Stored at once and processed in the background with the order messages, in arrival order per product (a variant after its master). 202 for a new message; 200 with the stored message when the messageId is already known (nothing changes). A user key (integration operator) creates a Draft that must be queued.
         *
         *     Access: admin, source_system, integration_operator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique per source system across all its messages; a resend with the same id changes nothing */
                        messageId: string;
                        /** @description Defaults to the source system of the API key */
                        sourceSystemId?: string;
                        /** @description The source system's item number (a product master's conversion holds for its variants) */
                        itemNumber: string;
                        fromUnitSymbol: string;
                        toUnitSymbol: string;
                        /** @description One fromUnit is this many toUnit; or give numerator and denominator */
                        factor?: number;
                        numerator?: number;
                        denominator?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-barcode-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an item's bar code (GTIN) message
         * @description Stored at once and processed in the background with the order messages, in arrival order per product (a variant after its master). 202 for a new message; 200 with the stored message when the messageId is already known (nothing changes). A user key (integration operator) creates a Draft that must be queued.
         *
         *     Access: admin, source_system, integration_operator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique per source system across all its messages; a resend with the same id changes nothing */
                        messageId: string;
                        /** @description Defaults to the source system of the API key */
                        sourceSystemId?: string;
                        /** @description The source system's item number */
                        itemNumber: string;
                        /** @description The bar code (a GTIN, EAN-13...) */
                        barcode: string;
                        /** @description The symbology, e.g. EAN-13 */
                        barcodeSetupId?: string;
                        /** @description What one scan stands for, in productQuantityUnitSymbol */
                        productQuantity?: number;
                        productQuantityUnitSymbol?: string;
                        /** @description The bar code handhelds look the item up by */
                        isDefaultScannedBarcode?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Quayside's id of this message version */
                            id: number;
                            messageId: string;
                            version: number;
                            messageType: string;
                            sourceSystemId: string;
                            orderNumber: string;
                            /** @enum {unknown} */
                            processingStatus: "Received" | "Accepted" | "Failed" | "Canceled" | "Draft";
                            processorState: string;
                            /** @description Integration or ManualEntry */
                            origin: string;
                            attempts: number;
                            receivedAt: string | null;
                            updatedAt: string | null;
                            processedAt: string | null;
                            lastError: string | null;
                            internalOrderNumber: string | null;
                            previousVersionId: number | null;
                            replacedById: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/bulk-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue or cancel up to 500 messages at once, with an outcome per message
         * @description Each message is handled as a single queue or cancel would be (the same log line and status event); a message whose status does not allow the action, or that does not exist, is reported and the others go ahead. All in one transaction, applied once per operation id.
         *
         *     Access: admin, integration_operator, source_system.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description queue: Failed, Canceled or Draft messages are processed again; cancel: the messages are not processed */
                        action: "queue" | "cancel";
                        /** @description Quayside's ids of the message versions */
                        messageIds: number[];
                        /** @description Client operation id: a retry with the same id answers the first outcome and changes nothing more */
                        operationId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            operationId: string;
                            action: string;
                            /** @description How many messages the action was applied to */
                            applied: number;
                            results: {
                                id: number;
                                outcome: "applied" | "refused" | "notFound";
                                /** @description After the action; for a refused message, its status that refused it */
                                processingStatus: string | null;
                                /** @description The error code of a refusal */
                                code: string | null;
                                detail: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integration/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per source system: messages by state, oldest queued message, failed messages, dead-lettered webhooks, last process runs
         * @description Access: admin, integration_operator, warehouse_manager, source_system.
         */
        get: {
            parameters: {
                query?: {
                    sourceSystemId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generatedAt: string;
                            sourceSystems: {
                                sourceSystemId: string;
                                name: string;
                                messagesByStatus: {
                                    [key: string]: number;
                                };
                                oldestQueuedMessageAgeSeconds: number | null;
                                failedMessages: {
                                    id: number;
                                    messageId: string;
                                    orderNumber: string;
                                    messageType: string;
                                    failedAt: string | null;
                                    lastError: string | null;
                                }[];
                                deadLetteredWebhookDeliveries: number;
                                backgroundProcesses: {
                                    id: number;
                                    processType: string;
                                    intervalSeconds: number;
                                    enabled: boolean;
                                    nextRunAt: string | null;
                                    lastRunOutcome: string | null;
                                    lastRunEndedAt: string | null;
                                    lastRunItems: number | null;
                                    lastRunError: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/on-hand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Physical, reserved and available stock per dimension combination
         * @description Access: admin, warehouse_manager, planner, warehouse_worker, integration_operator.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    itemNumber?: string;
                    warehouseId?: string;
                    /** @description A location id, or empty for stock without one */
                    locationId?: string | "";
                    /** @description A license plate id, or empty for stock without one */
                    licensePlateId?: string | "";
                    ownerId?: string;
                    inventoryStatusId?: string;
                    /** @description A batch number, or empty for stock without one */
                    batchNumber?: string | "";
                    /** @description Field to sort by; default itemNumber (asc). Ties keep a stable order; empty values come last. */
                    sort?: "itemNumber" | "warehouseId" | "locationId" | "licensePlateId" | "ownerId" | "inventoryStatusId" | "batchNumber" | "serialNumber" | "physicalQuantity" | "reservedQuantity";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                itemNumber: string;
                                warehouseId: string;
                                locationId: string | null;
                                licensePlateId: string | null;
                                ownerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                physicalQuantity: number;
                                reservedQuantity: number;
                                availableQuantity: number;
                                /** @description The item's inventory unit, the unit of the quantities; null only if the item is no longer in master data */
                                inventoryUnitSymbol: string | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inventory ledger, newest first: every physical change of stock and what caused it
         * @description Access: admin, warehouse_manager, planner, warehouse_worker, integration_operator.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    itemNumber?: string;
                    warehouseId?: string;
                    /** @description A location id, or empty for stock without one */
                    locationId?: string | "";
                    /** @description A license plate id, or empty for stock without one */
                    licensePlateId?: string | "";
                    ownerId?: string;
                    inventoryStatusId?: string;
                    /** @description A batch number, or empty for stock without one */
                    batchNumber?: string | "";
                    referenceType?: string;
                    referenceId?: string;
                    /** @description Field to sort by; default createdAt (desc). Ties keep a stable order; empty values come last. */
                    sort?: "id" | "itemNumber" | "warehouseId" | "locationId" | "licensePlateId" | "ownerId" | "inventoryStatusId" | "batchNumber" | "serialNumber" | "quantity" | "kind" | "status" | "referenceType" | "referenceId" | "createdAt" | "finalizedAt";
                    /** @description asc or desc; default desc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                itemNumber: string;
                                warehouseId: string;
                                locationId: string | null;
                                licensePlateId: string | null;
                                ownerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                quantity: number;
                                /** @description The item's inventory unit, the unit of the quantities; null only if the item is no longer in master data */
                                inventoryUnitSymbol: string | null;
                                kind: string;
                                status: string;
                                sourceSystemId: string | null;
                                referenceType: string;
                                referenceId: string;
                                operationId: string;
                                createdAt: string | null;
                                finalizedAt: string | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute every balance from the ledger and every reserved quantity from its reservations, and list any difference (empty lists mean they agree)
         * @description Access: admin, warehouse_manager.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consistent: boolean;
                            checkedAt: string;
                            /** @description Physical: balances whose quantity is not the sum of their ledger rows */
                            differences: {
                                dimensions: {
                                    itemNumber: string;
                                    warehouseId: string;
                                    locationId: string | null;
                                    licensePlateId: string | null;
                                    ownerId: string;
                                    inventoryStatusId: string;
                                    batchNumber: string | null;
                                    serialNumber: string | null;
                                };
                                ledgerQuantity: number;
                                balanceQuantity: number;
                            }[];
                            /** @description Reserved: balances whose reserved quantity is not what their reservations hold */
                            reservedDifferences: {
                                dimensions: {
                                    itemNumber: string;
                                    warehouseId: string;
                                    locationId: string | null;
                                    licensePlateId: string | null;
                                    ownerId: string;
                                    inventoryStatusId: string;
                                    batchNumber: string | null;
                                    serialNumber: string | null;
                                };
                                /** @description What the reservations (outbound order lines) hold at these dimensions */
                                heldQuantity: number;
                                /** @description The balance's reserved quantity */
                                reservedQuantity: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/consistency/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the background ledger check found, newest first
         * @description The background process "Check the inventory balances against the ledger and the reservations" (every 10 minutes by default) stores each result here. Each lists its first 50 differences; the counts are complete.
         *
         *     Access: admin, warehouse_manager, integration_operator.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                checkedAt: string;
                                consistent: boolean;
                                itemsChecked: number;
                                physicalDifferenceCount: number;
                                reservedDifferenceCount: number;
                                differences: {
                                    kind: "Physical" | "Reserved";
                                    itemNumber: string;
                                    warehouseId: string;
                                    locationId: string | null;
                                    licensePlateId: string | null;
                                    ownerId: string;
                                    inventoryStatusId: string;
                                    batchNumber: string | null;
                                    serialNumber: string | null;
                                    /** @description Physical: the sum of the ledger. Reserved: what the reservations hold. */
                                    expectedQuantity: number;
                                    /** @description What the balance row says */
                                    balanceQuantity: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipment-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inbound shipment orders, newest first
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    sourceSystemId?: string;
                    sourceSystemOrderNumber?: string;
                    receivingWarehouseId?: string;
                    status?: "Active" | "Canceled";
                    receivingStatus?: string;
                    /** @description Orders whose planned receipt period starts at or after this instant */
                    plannedReceiptFrom?: string;
                    /** @description Orders whose planned receipt period starts before this instant */
                    plannedReceiptBefore?: string;
                    /** @description Order number or the source system's order number contains */
                    q?: string;
                    /** @description Field to sort by; default createdAt (desc). Ties keep a stable order; empty values come last. */
                    sort?: "orderNumber" | "sourceSystemId" | "sourceSystemOrderNumber" | "orderType" | "receivingWarehouseId" | "plannedReceiptPeriodStart" | "plannedReceiptPeriodEnd" | "receivingStatus" | "status" | "createdAt" | "updatedAt";
                    /** @description asc or desc; default desc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Internal order number */
                                orderNumber: string;
                                sourceSystemId: string;
                                sourceSystemOrderNumber: string;
                                orderType: string | null;
                                shipmentType: string;
                                receivingWarehouseId: string;
                                plannedReceiptPeriodStart: string | null;
                                plannedReceiptPeriodEnd: string | null;
                                orderOrigin: string | null;
                                orderChannel: string | null;
                                /** @description Consigner and sender fields as sent */
                                parties: {
                                    [key: string]: unknown;
                                };
                                receivingStatus: string;
                                /** @description Active or Canceled */
                                status: string;
                                version: number;
                                createdAt: string | null;
                                updatedAt: string | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a manual inbound shipment order (when the source system enables manual inbound order creation)
         * @description Access: admin, warehouse_manager, planner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sourceSystemId: string;
                        receivingWarehouseId: string;
                        orderType?: string;
                        parties?: {
                            [key: string]: unknown;
                        };
                        lines: {
                            orderLineNumber: number;
                            /** @description Internal item number */
                            itemNumber: string;
                            expectedQuantity: number;
                            expectedUnitSymbol: string;
                            inventoryStatusId?: string;
                            inventoryOwnerId?: string;
                            itemBatchNumber?: string;
                            overdeliveryPercentage?: number;
                            underdeliveryPercentage?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            orderNumber: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipment-orders/{orderNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One inbound shipment order with its lines
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Internal order number */
                            orderNumber: string;
                            sourceSystemId: string;
                            sourceSystemOrderNumber: string;
                            orderType: string | null;
                            shipmentType: string;
                            receivingWarehouseId: string;
                            plannedReceiptPeriodStart: string | null;
                            plannedReceiptPeriodEnd: string | null;
                            orderOrigin: string | null;
                            orderChannel: string | null;
                            /** @description Consigner and sender fields as sent */
                            parties: {
                                [key: string]: unknown;
                            };
                            receivingStatus: string;
                            /** @description Active or Canceled */
                            status: string;
                            version: number;
                            createdAt: string | null;
                            updatedAt: string | null;
                            lines: {
                                inventoryLotId: number;
                                orderLineNumber: number;
                                itemNumber: string;
                                sourceSystemItemNumber: string;
                                itemBatchNumber: string | null;
                                itemSerialNumber: string | null;
                                inventoryOwnerId: string;
                                inventoryStatusId: string;
                                expectedQuantity: number;
                                expectedUnitSymbol: string;
                                /** @description In the inventory unit */
                                expectedInventoryQuantity: number;
                                inventoryUnitSymbol: string;
                                /** @description In the inventory unit */
                                receivedQuantity: number;
                                /** @description In the inventory unit */
                                remainingQuantity: number;
                                overdeliveryPercentage: number;
                                underdeliveryPercentage: number;
                                receivingStatus: string;
                                status: string;
                                references: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipment-orders/{orderNumber}/lines/{orderLineNumber}/delivery-remainder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delivery remainder: set what an order line still expects beyond what was received (0 closes it)
         * @description The line's expected quantity becomes received + remainder. It changes an order the ERP owns, so only a warehouse manager may; the ERP's next message for the order sets the line again.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                    orderLineNumber: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description In the line's unit (expectedUnitSymbol) */
                        remainingQuantity: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            orderNumber: string;
                            orderLineNumber: number;
                            /** @description In the line's unit */
                            expectedQuantity: number;
                            expectedInventoryQuantity: number;
                            receivedQuantity: number;
                            /** @description In the inventory unit */
                            remainingQuantity: number;
                            receivingStatus: string;
                            /** @description Canceled when nothing was received and the remainder is 0 */
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-loads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inbound loads, newest first
         * @description Access: admin, planner, warehouse_manager, warehouse_worker, integration_operator.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    warehouseId?: string;
                    loadStatus?: string;
                    sourceSystemId?: string;
                    /** @description Loads carrying a line of this order */
                    orderNumber?: string;
                    /** @description Load id or packing slip id contains */
                    q?: string;
                    /** @description Field to sort by; default createdAt (desc). Ties keep a stable order; empty values come last. */
                    sort?: "loadId" | "warehouseId" | "sourceSystemId" | "loadStatus" | "receivingCompletedAt" | "packingSlipId" | "packingSlipDate" | "createdAt" | "updatedAt";
                    /** @description asc or desc; default desc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                loadId: string;
                                warehouseId: string;
                                sourceSystemId: string | null;
                                /** @description Open, Shipped, InProcess or Received */
                                loadStatus: string;
                                /** @description Manual, Asn, MessageSynchronization or Receiving */
                                origin: string;
                                /** @description Overrides the warehouse's policy when set */
                                loadOverReceiptPolicy: string | null;
                                transport: {
                                    [key: string]: unknown;
                                };
                                receivingCompletedAt: string | null;
                                packingSlipId: string | null;
                                packingSlipDate: string | null;
                                version: number;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Load planning: a new inbound load, optionally with order lines
         * @description Access: admin, planner, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        warehouseId: string;
                        loadOverReceiptPolicy?: ("Allow" | "Block" | "BlockForClosedLoads") | (never | null);
                        transport?: {
                            [key: string]: unknown;
                        };
                        lines?: {
                            /** @description Internal inbound shipment order number */
                            orderNumber: string;
                            orderLineNumber: number;
                            /** @description In the inventory unit; default: what is not yet on a load */
                            quantity?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loadId: string;
                            warehouseId: string;
                            sourceSystemId: string | null;
                            /** @description Open, Shipped, InProcess or Received */
                            loadStatus: string;
                            /** @description Manual, Asn, MessageSynchronization or Receiving */
                            origin: string;
                            /** @description Overrides the warehouse's policy when set */
                            loadOverReceiptPolicy: string | null;
                            transport: {
                                [key: string]: unknown;
                            };
                            receivingCompletedAt: string | null;
                            packingSlipId: string | null;
                            packingSlipDate: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            lines: {
                                orderNumber: string;
                                orderLineNumber: number;
                                inventoryLotId: number;
                                itemNumber: string;
                                shipmentId: string | null;
                                /** @description Planned, in the inventory unit */
                                quantity: number;
                                registeredQuantity: number;
                            }[];
                            shipments: {
                                shipmentId: string;
                                vendorShipmentId: string | null;
                                vendorPackingSlipId: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            licensePlates: {
                                licensePlateNumber: string;
                                parentLicensePlateNumber: string | null;
                                shipmentId: string | null;
                                receivedAt: string | null;
                                lines: {
                                    inventoryLotId: number;
                                    itemNumber: string;
                                    quantity: number;
                                    batchNumber: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-loads/{loadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One inbound load with its lines, shipments and packing structure
         * @description Access: admin, planner, warehouse_manager, warehouse_worker, integration_operator.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    loadId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loadId: string;
                            warehouseId: string;
                            sourceSystemId: string | null;
                            /** @description Open, Shipped, InProcess or Received */
                            loadStatus: string;
                            /** @description Manual, Asn, MessageSynchronization or Receiving */
                            origin: string;
                            /** @description Overrides the warehouse's policy when set */
                            loadOverReceiptPolicy: string | null;
                            transport: {
                                [key: string]: unknown;
                            };
                            receivingCompletedAt: string | null;
                            packingSlipId: string | null;
                            packingSlipDate: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            lines: {
                                orderNumber: string;
                                orderLineNumber: number;
                                inventoryLotId: number;
                                itemNumber: string;
                                shipmentId: string | null;
                                /** @description Planned, in the inventory unit */
                                quantity: number;
                                registeredQuantity: number;
                            }[];
                            shipments: {
                                shipmentId: string;
                                vendorShipmentId: string | null;
                                vendorPackingSlipId: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            licensePlates: {
                                licensePlateNumber: string;
                                parentLicensePlateNumber: string | null;
                                shipmentId: string | null;
                                receivedAt: string | null;
                                lines: {
                                    inventoryLotId: number;
                                    itemNumber: string;
                                    quantity: number;
                                    batchNumber: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an ASN or a planned load that nothing was received on (to replace a wrong ASN, delete it and send the corrected one)
         * @description 409 INBOUND.LOAD_STATUS when goods were registered on the load, its receiving is completed, or it was made by message synchronization or at receiving. A source system's key deletes only its own loads.
         *
         *     Access: admin, source_system, integration_operator, planner, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    loadId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-loads/{loadId}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load planning: add order lines to a load
         * @description Access: admin, planner, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    loadId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines: {
                            /** @description Internal inbound shipment order number */
                            orderNumber: string;
                            orderLineNumber: number;
                            /** @description In the inventory unit; default: what is not yet on a load */
                            quantity?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loadId: string;
                            warehouseId: string;
                            sourceSystemId: string | null;
                            /** @description Open, Shipped, InProcess or Received */
                            loadStatus: string;
                            /** @description Manual, Asn, MessageSynchronization or Receiving */
                            origin: string;
                            /** @description Overrides the warehouse's policy when set */
                            loadOverReceiptPolicy: string | null;
                            transport: {
                                [key: string]: unknown;
                            };
                            receivingCompletedAt: string | null;
                            packingSlipId: string | null;
                            packingSlipDate: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            lines: {
                                orderNumber: string;
                                orderLineNumber: number;
                                inventoryLotId: number;
                                itemNumber: string;
                                shipmentId: string | null;
                                /** @description Planned, in the inventory unit */
                                quantity: number;
                                registeredQuantity: number;
                            }[];
                            shipments: {
                                shipmentId: string;
                                vendorShipmentId: string | null;
                                vendorPackingSlipId: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            licensePlates: {
                                licensePlateNumber: string;
                                parentLicensePlateNumber: string | null;
                                shipmentId: string | null;
                                receivedAt: string | null;
                                lines: {
                                    inventoryLotId: number;
                                    itemNumber: string;
                                    quantity: number;
                                    batchNumber: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-loads/{loadId}/lines/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load planning: move (part of) an order line's unregistered quantity to another load
         * @description Access: admin, planner, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    loadId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        targetLoadId: string;
                        orderNumber: string;
                        orderLineNumber: number;
                        quantity?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            source: {
                                loadId: string;
                                warehouseId: string;
                                sourceSystemId: string | null;
                                /** @description Open, Shipped, InProcess or Received */
                                loadStatus: string;
                                /** @description Manual, Asn, MessageSynchronization or Receiving */
                                origin: string;
                                /** @description Overrides the warehouse's policy when set */
                                loadOverReceiptPolicy: string | null;
                                transport: {
                                    [key: string]: unknown;
                                };
                                receivingCompletedAt: string | null;
                                packingSlipId: string | null;
                                packingSlipDate: string | null;
                                version: number;
                                createdAt: string;
                                updatedAt: string;
                                lines: {
                                    orderNumber: string;
                                    orderLineNumber: number;
                                    inventoryLotId: number;
                                    itemNumber: string;
                                    shipmentId: string | null;
                                    /** @description Planned, in the inventory unit */
                                    quantity: number;
                                    registeredQuantity: number;
                                }[];
                                shipments: {
                                    shipmentId: string;
                                    vendorShipmentId: string | null;
                                    vendorPackingSlipId: string | null;
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                licensePlates: {
                                    licensePlateNumber: string;
                                    parentLicensePlateNumber: string | null;
                                    shipmentId: string | null;
                                    receivedAt: string | null;
                                    lines: {
                                        inventoryLotId: number;
                                        itemNumber: string;
                                        quantity: number;
                                        batchNumber: string | null;
                                    }[];
                                }[];
                            };
                            target: {
                                loadId: string;
                                warehouseId: string;
                                sourceSystemId: string | null;
                                /** @description Open, Shipped, InProcess or Received */
                                loadStatus: string;
                                /** @description Manual, Asn, MessageSynchronization or Receiving */
                                origin: string;
                                /** @description Overrides the warehouse's policy when set */
                                loadOverReceiptPolicy: string | null;
                                transport: {
                                    [key: string]: unknown;
                                };
                                receivingCompletedAt: string | null;
                                packingSlipId: string | null;
                                packingSlipDate: string | null;
                                version: number;
                                createdAt: string;
                                updatedAt: string;
                                lines: {
                                    orderNumber: string;
                                    orderLineNumber: number;
                                    inventoryLotId: number;
                                    itemNumber: string;
                                    shipmentId: string | null;
                                    /** @description Planned, in the inventory unit */
                                    quantity: number;
                                    registeredQuantity: number;
                                }[];
                                shipments: {
                                    shipmentId: string;
                                    vendorShipmentId: string | null;
                                    vendorPackingSlipId: string | null;
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                licensePlates: {
                                    licensePlateNumber: string;
                                    parentLicensePlateNumber: string | null;
                                    shipmentId: string | null;
                                    receivedAt: string | null;
                                    lines: {
                                        inventoryLotId: number;
                                        itemNumber: string;
                                        quantity: number;
                                        batchNumber: string | null;
                                    }[];
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-loads/asn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an advanced shipping notice: load, shipments, license plates with nested cases and item lines, validated against the orders
         * @description Access: admin, source_system, integration_operator, planner, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Integration keys: their own; users: required */
                        sourceSystemId?: string;
                        receivingWarehouseId: string;
                        /** @description Tractor, trailer, carrier, estimated arrival... */
                        transport?: {
                            [key: string]: unknown;
                        };
                        shipments: {
                            vendorShipmentId?: string | null;
                            vendorPackingSlipId?: string | null;
                            details?: {
                                [key: string]: unknown;
                            };
                            licensePlates: {
                                licensePlateNumber: string;
                                /** @description For a case nested in a pallet of the same shipment */
                                parentLicensePlateNumber?: string | null;
                                lines?: {
                                    /** @description The source system's order number */
                                    orderNumber: string;
                                    orderLineNumber: number;
                                    /** @description The source system's (or the internal) item number */
                                    itemNumber: string;
                                    quantity: number;
                                    unitSymbol: string;
                                    itemBatchNumber?: string | null;
                                }[];
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loadId: string;
                            warehouseId: string;
                            sourceSystemId: string | null;
                            /** @description Open, Shipped, InProcess or Received */
                            loadStatus: string;
                            /** @description Manual, Asn, MessageSynchronization or Receiving */
                            origin: string;
                            /** @description Overrides the warehouse's policy when set */
                            loadOverReceiptPolicy: string | null;
                            transport: {
                                [key: string]: unknown;
                            };
                            receivingCompletedAt: string | null;
                            packingSlipId: string | null;
                            packingSlipDate: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            lines: {
                                orderNumber: string;
                                orderLineNumber: number;
                                inventoryLotId: number;
                                itemNumber: string;
                                shipmentId: string | null;
                                /** @description Planned, in the inventory unit */
                                quantity: number;
                                registeredQuantity: number;
                            }[];
                            shipments: {
                                shipmentId: string;
                                vendorShipmentId: string | null;
                                vendorPackingSlipId: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            licensePlates: {
                                licensePlateNumber: string;
                                parentLicensePlateNumber: string | null;
                                shipmentId: string | null;
                                receivedAt: string | null;
                                lines: {
                                    inventoryLotId: number;
                                    itemNumber: string;
                                    quantity: number;
                                    batchNumber: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-loads/{loadId}/receiving-completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receiving completed: the load becomes Received and a shipment receipt per shipment and order is created for the ERP
         * @description Access: admin, warehouse_worker, warehouse_manager, planner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    loadId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        packingSlipId?: string;
                        /** Format: date-time */
                        packingSlipDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loadId: string;
                            warehouseId: string;
                            sourceSystemId: string | null;
                            /** @description Open, Shipped, InProcess or Received */
                            loadStatus: string;
                            /** @description Manual, Asn, MessageSynchronization or Receiving */
                            origin: string;
                            /** @description Overrides the warehouse's policy when set */
                            loadOverReceiptPolicy: string | null;
                            transport: {
                                [key: string]: unknown;
                            };
                            receivingCompletedAt: string | null;
                            packingSlipId: string | null;
                            packingSlipDate: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            lines: {
                                orderNumber: string;
                                orderLineNumber: number;
                                inventoryLotId: number;
                                itemNumber: string;
                                shipmentId: string | null;
                                /** @description Planned, in the inventory unit */
                                quantity: number;
                                registeredQuantity: number;
                            }[];
                            shipments: {
                                shipmentId: string;
                                vendorShipmentId: string | null;
                                vendorPackingSlipId: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            licensePlates: {
                                licensePlateNumber: string;
                                parentLicensePlateNumber: string | null;
                                shipmentId: string | null;
                                receivedAt: string | null;
                                lines: {
                                    inventoryLotId: number;
                                    itemNumber: string;
                                    quantity: number;
                                    batchNumber: string | null;
                                }[];
                            }[];
                            shipmentReceiptVersionNumbers: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-loads/{loadId}/reverse-receiving-completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse receiving completed before the shipment receipts are posted: each receipt gets a Canceled version
         * @description Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    loadId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loadId: string;
                            warehouseId: string;
                            sourceSystemId: string | null;
                            /** @description Open, Shipped, InProcess or Received */
                            loadStatus: string;
                            /** @description Manual, Asn, MessageSynchronization or Receiving */
                            origin: string;
                            /** @description Overrides the warehouse's policy when set */
                            loadOverReceiptPolicy: string | null;
                            transport: {
                                [key: string]: unknown;
                            };
                            receivingCompletedAt: string | null;
                            packingSlipId: string | null;
                            packingSlipDate: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            lines: {
                                orderNumber: string;
                                orderLineNumber: number;
                                inventoryLotId: number;
                                itemNumber: string;
                                shipmentId: string | null;
                                /** @description Planned, in the inventory unit */
                                quantity: number;
                                registeredQuantity: number;
                            }[];
                            shipments: {
                                shipmentId: string;
                                vendorShipmentId: string | null;
                                vendorPackingSlipId: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            licensePlates: {
                                licensePlateNumber: string;
                                parentLicensePlateNumber: string | null;
                                shipmentId: string | null;
                                receivedAt: string | null;
                                lines: {
                                    inventoryLotId: number;
                                    itemNumber: string;
                                    quantity: number;
                                    batchNumber: string | null;
                                }[];
                            }[];
                            shipmentReceiptVersionNumbers: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-loads/receiving-completed-batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run receiving completed for every In process load whose lines are fully registered
         * @description Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            completedLoads: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-receiving/order-line": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbound shipment order line receiving: register a quantity of one order line
         * @description Access: admin, warehouse_worker, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retried scan with the same id is applied once */
                        operationId: string;
                        /** @description Receipt location; default: the warehouse's first receipt location */
                        locationId?: string;
                        itemBatchNumber?: string | null;
                        itemSerialNumber?: string | null;
                        /** @description Default: the order line's */
                        inventoryStatusId?: string;
                        /** @description Must be the order line's owner */
                        inventoryOwnerId?: string;
                        orderNumber: string;
                        orderLineNumber: number;
                        quantity: number;
                        /** @description Default: the order line's inventory unit */
                        unitSymbol?: string;
                        licensePlateId?: string | null;
                        /** @description Default: the open load carrying the line, or a new load */
                        loadId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            registrations: {
                                registrationId: number;
                                orderNumber: string;
                                orderLineNumber: number;
                                itemNumber: string;
                                loadId: string;
                                /** @description In the inventory unit */
                                quantity: number;
                                unitSymbol: string;
                                licensePlateId: string | null;
                                locationId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                inventoryStatusId: string;
                                /** @description The outbound order line that took this stock at once (cross-docking): it goes to outbound staging with that order, not to put-away */
                                crossDock?: {
                                    orderNumber: string;
                                    sourceOrderNumber: string;
                                    lineNumber: number;
                                    /** @description In the inventory unit */
                                    qty: number;
                                } | null;
                            }[];
                            /** @description The put-away work created for this registration; null when all of it was cross-docked */
                            workId: string | null;
                            /** @description True when this answers a retry of an operation already applied */
                            replayed: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-receiving/license-plate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * License plate receiving: one scan receives everything an ASN packed on the plate and its nested cases
         * @description Access: admin, warehouse_worker, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retried scan with the same id is applied once */
                        operationId: string;
                        /** @description Receipt location; default: the warehouse's first receipt location */
                        locationId?: string;
                        licensePlateNumber: string;
                        loadId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            registrations: {
                                registrationId: number;
                                orderNumber: string;
                                orderLineNumber: number;
                                itemNumber: string;
                                loadId: string;
                                /** @description In the inventory unit */
                                quantity: number;
                                unitSymbol: string;
                                licensePlateId: string | null;
                                locationId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                inventoryStatusId: string;
                                /** @description The outbound order line that took this stock at once (cross-docking): it goes to outbound staging with that order, not to put-away */
                                crossDock?: {
                                    orderNumber: string;
                                    sourceOrderNumber: string;
                                    lineNumber: number;
                                    /** @description In the inventory unit */
                                    qty: number;
                                } | null;
                            }[];
                            /** @description The put-away work created for this registration; null when all of it was cross-docked */
                            workId: string | null;
                            /** @description True when this answers a retry of an operation already applied */
                            replayed: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-receiving/load-item": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load item receiving: register a quantity of an item on a load
         * @description Access: admin, warehouse_worker, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retried scan with the same id is applied once */
                        operationId: string;
                        /** @description Receipt location; default: the warehouse's first receipt location */
                        locationId?: string;
                        itemBatchNumber?: string | null;
                        itemSerialNumber?: string | null;
                        /** @description Default: the order line's */
                        inventoryStatusId?: string;
                        /** @description Must be the order line's owner */
                        inventoryOwnerId?: string;
                        loadId: string;
                        /** @description Internal item number */
                        itemNumber: string;
                        quantity: number;
                        /** @description Default: the order line's inventory unit */
                        unitSymbol?: string;
                        licensePlateId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            registrations: {
                                registrationId: number;
                                orderNumber: string;
                                orderLineNumber: number;
                                itemNumber: string;
                                loadId: string;
                                /** @description In the inventory unit */
                                quantity: number;
                                unitSymbol: string;
                                licensePlateId: string | null;
                                locationId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                inventoryStatusId: string;
                                /** @description The outbound order line that took this stock at once (cross-docking): it goes to outbound staging with that order, not to put-away */
                                crossDock?: {
                                    orderNumber: string;
                                    sourceOrderNumber: string;
                                    lineNumber: number;
                                    /** @description In the inventory unit */
                                    qty: number;
                                } | null;
                            }[];
                            /** @description The put-away work created for this registration; null when all of it was cross-docked */
                            workId: string | null;
                            /** @description True when this answers a retry of an operation already applied */
                            replayed: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-receiving/mixed-license-plate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mixed license plate receiving: several order lines onto one license plate, with one put-away work
         * @description Access: admin, warehouse_worker, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retried scan with the same id is applied once */
                        operationId: string;
                        /** @description Receipt location; default: the warehouse's first receipt location */
                        locationId?: string;
                        licensePlateId: string;
                        lines: {
                            itemBatchNumber?: string | null;
                            itemSerialNumber?: string | null;
                            /** @description Default: the order line's */
                            inventoryStatusId?: string;
                            /** @description Must be the order line's owner */
                            inventoryOwnerId?: string;
                            orderNumber: string;
                            orderLineNumber: number;
                            quantity: number;
                            /** @description Default: the order line's inventory unit */
                            unitSymbol?: string;
                            loadId?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            registrations: {
                                registrationId: number;
                                orderNumber: string;
                                orderLineNumber: number;
                                itemNumber: string;
                                loadId: string;
                                /** @description In the inventory unit */
                                quantity: number;
                                unitSymbol: string;
                                licensePlateId: string | null;
                                locationId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                inventoryStatusId: string;
                                /** @description The outbound order line that took this stock at once (cross-docking): it goes to outbound staging with that order, not to put-away */
                                crossDock?: {
                                    orderNumber: string;
                                    sourceOrderNumber: string;
                                    lineNumber: number;
                                    /** @description In the inventory unit */
                                    qty: number;
                                } | null;
                            }[];
                            /** @description The put-away work created for this registration; null when all of it was cross-docked */
                            workId: string | null;
                            /** @description True when this answers a retry of an operation already applied */
                            replayed: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipment-receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shipment receipt versions changed after a cursor, oldest change first (the ERP's incremental read)
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The cursor of the last receipt you processed; 0 or absent for all */
                    after?: string;
                    limit?: number;
                    sourceSystemId?: string;
                    loadId?: string;
                    shipmentReceiptNumber?: string;
                    postingStatus?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description <number>.<version> */
                                shipmentReceiptVersionNumber: string;
                                shipmentReceiptNumber: string;
                                version: number;
                                /** @description The current version of the receipt number */
                                isActive: boolean;
                                /** @description ReadyForPosting, Posted, or Canceled (a reversal) */
                                postingStatus: string;
                                sourceSystemId: string;
                                loadId: string;
                                /** @description The load's shipment the goods arrived on (from the ASN); one receipt per shipment and order */
                                shipmentId: string | null;
                                inboundShipmentOrderNumber: string;
                                sourceSystemOrderNumber: string;
                                sourceSystemOrderType: string | null;
                                receivingWarehouseId: string;
                                receiptDate: string;
                                /** @description The shipment's vendor packing slip date (ASN details vendorPackingSlipDocumentDate), else the packing slip date given at receiving completed */
                                documentDate: string | null;
                                /** @description From the ASN shipment details (deliveryTermsCode) */
                                deliveryTermsCode: string | null;
                                /** @description From the ASN shipment details, else the load's transport (shippingCarrierId) */
                                shippingCarrierId: string | null;
                                shippingCarrierServiceId: string | null;
                                receivingCompletedPackingSlipId: string | null;
                                packingSlipDate: string | null;
                                parties: {
                                    [key: string]: unknown;
                                };
                                /** @description Pass as ?after= to read only later changes */
                                cursor: string;
                                postedAt: string | null;
                                postingAttempts: number;
                                lastPostingError: string | null;
                                updatedAt: string;
                                lines: {
                                    inventoryLotId: number;
                                    orderLineNumber: number;
                                    itemNumber: string;
                                    /** @description The item number the order line named (a product master for a variant named by its dimensions) */
                                    sourceSystemItemNumber: string;
                                    /** @description The variant's colour */
                                    productColorId: string | null;
                                    /** @description The variant's size */
                                    productSizeId: string | null;
                                    /** @description The variant's style */
                                    productStyleId: string | null;
                                    /** @description The variant's configuration */
                                    productConfigurationId: string | null;
                                    orderedQuantity: number;
                                    orderedUnitSymbol: string;
                                    /** @description On this receipt, in the ordered unit */
                                    receivedQuantity: number;
                                    /** @description Of the order line, in the ordered unit */
                                    remainingQuantity: number;
                                    /** @description In the inventory (handling) unit */
                                    receivedHandlingQuantity: number;
                                    remainingHandlingQuantity: number;
                                    handlingUnitSymbol: string;
                                    references: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                transactionDimensions: {
                                    inventoryLotId: number;
                                    receivingSiteId: string | null;
                                    receivingWarehouseId: string;
                                    licensePlateNumber: string | null;
                                    itemBatchNumber: string | null;
                                    itemSerialNumber: string | null;
                                    inventoryOwnerId: string;
                                    sourceSystemInventoryOwnerId: string | null;
                                    orderedInventoryStatusId: string;
                                    sourceSystemItemNumber: string;
                                    /** @description A returned quantity's disposition code (returns only) */
                                    sourceSystemDispositionCode: string | null;
                                    handlingQuantity: number;
                                    handlingUnitSymbol: string;
                                }[];
                            }[];
                            /** @description Pass as after= next time */
                            nextCursor: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipment-receipts/{shipmentReceiptVersionNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One shipment receipt version (`<number>.<version>`) with its lines and transaction dimensions
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    shipmentReceiptVersionNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description <number>.<version> */
                            shipmentReceiptVersionNumber: string;
                            shipmentReceiptNumber: string;
                            version: number;
                            /** @description The current version of the receipt number */
                            isActive: boolean;
                            /** @description ReadyForPosting, Posted, or Canceled (a reversal) */
                            postingStatus: string;
                            sourceSystemId: string;
                            loadId: string;
                            /** @description The load's shipment the goods arrived on (from the ASN); one receipt per shipment and order */
                            shipmentId: string | null;
                            inboundShipmentOrderNumber: string;
                            sourceSystemOrderNumber: string;
                            sourceSystemOrderType: string | null;
                            receivingWarehouseId: string;
                            receiptDate: string;
                            /** @description The shipment's vendor packing slip date (ASN details vendorPackingSlipDocumentDate), else the packing slip date given at receiving completed */
                            documentDate: string | null;
                            /** @description From the ASN shipment details (deliveryTermsCode) */
                            deliveryTermsCode: string | null;
                            /** @description From the ASN shipment details, else the load's transport (shippingCarrierId) */
                            shippingCarrierId: string | null;
                            shippingCarrierServiceId: string | null;
                            receivingCompletedPackingSlipId: string | null;
                            packingSlipDate: string | null;
                            parties: {
                                [key: string]: unknown;
                            };
                            /** @description Pass as ?after= to read only later changes */
                            cursor: string;
                            postedAt: string | null;
                            postingAttempts: number;
                            lastPostingError: string | null;
                            updatedAt: string;
                            lines: {
                                inventoryLotId: number;
                                orderLineNumber: number;
                                itemNumber: string;
                                /** @description The item number the order line named (a product master for a variant named by its dimensions) */
                                sourceSystemItemNumber: string;
                                /** @description The variant's colour */
                                productColorId: string | null;
                                /** @description The variant's size */
                                productSizeId: string | null;
                                /** @description The variant's style */
                                productStyleId: string | null;
                                /** @description The variant's configuration */
                                productConfigurationId: string | null;
                                orderedQuantity: number;
                                orderedUnitSymbol: string;
                                /** @description On this receipt, in the ordered unit */
                                receivedQuantity: number;
                                /** @description Of the order line, in the ordered unit */
                                remainingQuantity: number;
                                /** @description In the inventory (handling) unit */
                                receivedHandlingQuantity: number;
                                remainingHandlingQuantity: number;
                                handlingUnitSymbol: string;
                                references: {
                                    [key: string]: unknown;
                                };
                            }[];
                            transactionDimensions: {
                                inventoryLotId: number;
                                receivingSiteId: string | null;
                                receivingWarehouseId: string;
                                licensePlateNumber: string | null;
                                itemBatchNumber: string | null;
                                itemSerialNumber: string | null;
                                inventoryOwnerId: string;
                                sourceSystemInventoryOwnerId: string | null;
                                orderedInventoryStatusId: string;
                                sourceSystemItemNumber: string;
                                /** @description A returned quantity's disposition code (returns only) */
                                sourceSystemDispositionCode: string | null;
                                handlingQuantity: number;
                                handlingUnitSymbol: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-parameters/{warehouseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A warehouse's receiving parameters (defaults until set)
         * @description Access: admin, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            warehouseId: string;
                            packingSlipPolicy: string;
                            loadOverReceiptPolicy: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /**
         * Set the packing slip policy at receiving completed and the default load over receipt policy of a warehouse
         * @description Access: admin, warehouse_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        packingSlipPolicy: "Never" | "Always" | "Optional";
                        loadOverReceiptPolicy: "Allow" | "Block" | "BlockForClosedLoads";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            warehouseId: string;
                            packingSlipPolicy: string;
                            loadOverReceiptPolicy: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-shipment-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outbound shipment orders, newest first
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    sourceSystemId?: string;
                    sourceSystemOrderNumber?: string;
                    shipFromWarehouseId?: string;
                    status?: "Active" | "Canceled";
                    releaseStatus?: string;
                    shipmentStatus?: string;
                    /** @description Orders whose requested shipping period starts at or after this instant */
                    requestedShipFrom?: string;
                    /** @description Orders whose requested shipping period starts before this instant */
                    requestedShipBefore?: string;
                    /** @description Order number or the source system's order number contains */
                    q?: string;
                    /** @description Field to sort by; default createdAt (desc). Ties keep a stable order; empty values come last. */
                    sort?: "orderNumber" | "sourceSystemId" | "sourceSystemOrderNumber" | "orderType" | "shipFromWarehouseId" | "requestedShippingPeriodStart" | "requestedShippingPeriodEnd" | "requestedDeliveryPeriodStart" | "requestedDeliveryPeriodEnd" | "deliveryModeCode" | "shippingCarrierId" | "releaseStatus" | "shipmentStatus" | "status" | "createdAt" | "updatedAt";
                    /** @description asc or desc; default desc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Internal order number */
                                orderNumber: string;
                                sourceSystemId: string;
                                sourceSystemOrderNumber: string;
                                orderType: string | null;
                                shipmentType: string;
                                shipFromWarehouseId: string;
                                requestedShippingPeriodStart: string | null;
                                requestedShippingPeriodEnd: string | null;
                                requestedDeliveryPeriodStart: string | null;
                                requestedDeliveryPeriodEnd: string | null;
                                deliveryTermsCode: string | null;
                                deliveryModeCode: string | null;
                                shippingCarrierId: string | null;
                                shippingCarrierServiceId: string | null;
                                shippingCarrierServiceGroupId: string | null;
                                transport: {
                                    [key: string]: unknown;
                                };
                                languageId: string | null;
                                reservationAtImportPolicy: string;
                                orderOrigin: string | null;
                                orderChannel: string | null;
                                /** @description Consignee and receiver fields as sent */
                                parties: {
                                    [key: string]: unknown;
                                };
                                releaseStatus: string;
                                shipmentStatus: string;
                                /** @description Active or Canceled */
                                status: string;
                                version: number;
                                createdAt: string | null;
                                updatedAt: string | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a manual outbound shipment order (when the source system enables manual outbound order creation)
         * @description Access: admin, planner, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sourceSystemId: string;
                        shipFromWarehouseId: string;
                        orderType?: string;
                        deliveryModeCode?: string;
                        shippingCarrierId?: string;
                        /** @description Receiver* / consignee* fields; a name and a country/region are required */
                        parties: {
                            [key: string]: unknown;
                        };
                        lines: {
                            orderLineNumber: number;
                            /** @description Internal item number */
                            itemNumber: string;
                            orderedQuantity: number;
                            orderedUnitSymbol: string;
                            inventoryStatusId?: string;
                            inventoryOwnerId?: string;
                            itemBatchNumber?: string;
                            sellableDays?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            orderNumber: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-shipment-orders/{orderNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One outbound shipment order with its lines
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Internal order number */
                            orderNumber: string;
                            sourceSystemId: string;
                            sourceSystemOrderNumber: string;
                            orderType: string | null;
                            shipmentType: string;
                            shipFromWarehouseId: string;
                            requestedShippingPeriodStart: string | null;
                            requestedShippingPeriodEnd: string | null;
                            requestedDeliveryPeriodStart: string | null;
                            requestedDeliveryPeriodEnd: string | null;
                            deliveryTermsCode: string | null;
                            deliveryModeCode: string | null;
                            shippingCarrierId: string | null;
                            shippingCarrierServiceId: string | null;
                            shippingCarrierServiceGroupId: string | null;
                            transport: {
                                [key: string]: unknown;
                            };
                            languageId: string | null;
                            reservationAtImportPolicy: string;
                            orderOrigin: string | null;
                            orderChannel: string | null;
                            /** @description Consignee and receiver fields as sent */
                            parties: {
                                [key: string]: unknown;
                            };
                            releaseStatus: string;
                            shipmentStatus: string;
                            /** @description Active or Canceled */
                            status: string;
                            version: number;
                            createdAt: string | null;
                            updatedAt: string | null;
                            lines: {
                                inventoryLotId: number;
                                orderLineNumber: number;
                                itemNumber: string;
                                sourceSystemItemNumber: string;
                                itemDescription: string | null;
                                itemBatchNumber: string | null;
                                itemSerialNumber: string | null;
                                inventoryOwnerId: string;
                                inventoryStatusId: string;
                                orderedQuantity: number;
                                orderedUnitSymbol: string;
                                /** @description In the inventory unit */
                                orderedInventoryQuantity: number;
                                inventoryUnitSymbol: string;
                                /** @description In the inventory unit */
                                releasedQuantity: number;
                                /** @description In the inventory unit */
                                shippedQuantity: number;
                                /** @description In the inventory unit */
                                remainingQuantity: number;
                                sellableDays: number | null;
                                overdeliveryPercentage: number;
                                underdeliveryPercentage: number;
                                releaseStatus: string;
                                shipmentStatus: string;
                                status: string;
                                references: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-shipment-orders/{orderNumber}/lines/{orderLineNumber}/delivery-remainder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delivery remainder: set what an order line still orders beyond what was shipped (0 closes it)
         * @description The line's ordered quantity becomes shipped + remainder, never less than what is released to the warehouse (409 OUTBOUND.LINE_IN_PROGRESS). Reservations it no longer needs are given back. Only a warehouse manager may: it changes an order the ERP owns.
         *
         *     Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                    orderLineNumber: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description In the line's unit (orderedUnitSymbol) */
                        remainingQuantity: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            orderNumber: string;
                            orderLineNumber: number;
                            /** @description In the line's unit */
                            orderedQuantity: number;
                            orderedInventoryQuantity: number;
                            shippedQuantity: number;
                            /** @description In the inventory unit */
                            remainingQuantity: number;
                            releaseStatus: string;
                            shipmentStatus: string;
                            /** @description Canceled when nothing was shipped and the remainder is 0 */
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-shipment-orders/{orderNumber}/reserve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reserve what the order still needs (owner, status, batch, serial and sellable days respected)
         * @description Access: admin, planner, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            orderNumber: string;
                            lines: {
                                lineNumber: number;
                                itemNumber: string;
                                /** @description Reserved for the line in total, in the inventory unit */
                                reservedQuantity: number;
                                /** @description What could not be reserved */
                                shortQuantity: number;
                                /** @description Why the line is short */
                                reason: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batch-expiry-dates/{itemNumber}/{batchNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a batch's expiry date, used for sellable days and first-expired-first-out picking
         * @description Access: admin, warehouse_manager, warehouse_worker.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemNumber: string;
                    batchNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiryDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            itemNumber: string;
                            batchNumber: string;
                            /** Format: date-time */
                            expiryDate: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-shipment-orders/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release orders to the warehouse: reserve, create shipments and load lines, place them in waves
         * @description Access: admin, planner, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        orderNumbers: string[];
                        /** @default All */
                        quantityToRelease?: "All" | "PhysicallyReserved";
                        /**
                         * @description Release the rest of orders that are already partly released
                         * @default true
                         */
                        allowPartiallyReleased?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                orderNumber: string;
                                released: boolean;
                                reason: string | null;
                                error: string | null;
                                shipmentId: string | null;
                                loadId: string | null;
                                lines: {
                                    lineNumber: number;
                                    releasedQuantity: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-shipment-orders/{orderNumber}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release one order to the warehouse
         * @description Access: admin, planner, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default All */
                        quantityToRelease?: "All" | "PhysicallyReserved";
                        /**
                         * @description Release the rest of orders that are already partly released
                         * @default true
                         */
                        allowPartiallyReleased?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            orderNumber: string;
                            released: boolean;
                            reason: string | null;
                            error: string | null;
                            shipmentId: string | null;
                            loadId: string | null;
                            lines: {
                                lineNumber: number;
                                releasedQuantity: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warehouses/{warehouseId}/outbound-automation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Schedule the automatic release of outbound shipment orders and the process outbound shipments job for a warehouse
         * @description Access: admin, warehouse_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        quantityToRelease: "All" | "PhysicallyReserved";
                        allowPartiallyReleased: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            warehouseId: string;
                            processIds: number[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wave-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wave templates in sequence order
         * @description Access: admin, planner, warehouse_manager, warehouse_worker, integration_operator.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    warehouseId?: string;
                    /** @description Field to sort by; default sequence (asc). Ties keep a stable order; empty values come last. */
                    sort?: "waveTemplateId" | "warehouseId" | "sourceSystemId" | "shippingCarrierId" | "deliveryModeCode" | "processAt" | "sequence";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                waveTemplateId: string;
                                warehouseId: string;
                                sourceSystemId?: string | null;
                                shippingCarrierId?: string | null;
                                deliveryModeCode?: string | null;
                                processAt: "Release" | "Threshold" | "Manual";
                                thresholdShipments?: number | null;
                                /** @description Staging or bay door location the pick work brings stock to */
                                putLocationId: string;
                                /** @default 10 */
                                sequence: number;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a wave template
         * @description Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        waveTemplateId: string;
                        warehouseId: string;
                        sourceSystemId?: string | null;
                        shippingCarrierId?: string | null;
                        deliveryModeCode?: string | null;
                        processAt: "Release" | "Threshold" | "Manual";
                        thresholdShipments?: number | null;
                        /** @description Staging or bay door location the pick work brings stock to */
                        putLocationId: string;
                        /** @default 10 */
                        sequence?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            waveTemplateId: string;
                            warehouseId: string;
                            sourceSystemId?: string | null;
                            shippingCarrierId?: string | null;
                            deliveryModeCode?: string | null;
                            processAt: "Release" | "Threshold" | "Manual";
                            thresholdShipments?: number | null;
                            /** @description Staging or bay door location the pick work brings stock to */
                            putLocationId: string;
                            /** @default 10 */
                            sequence: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wave-templates/{waveTemplateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a wave template (an open wave is processed with it as it is then)
         * @description Access: admin, warehouse_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    waveTemplateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        warehouseId: string;
                        sourceSystemId?: string | null;
                        shippingCarrierId?: string | null;
                        deliveryModeCode?: string | null;
                        processAt: "Release" | "Threshold" | "Manual";
                        thresholdShipments?: number | null;
                        /** @description Staging or bay door location the pick work brings stock to */
                        putLocationId: string;
                        /** @default 10 */
                        sequence?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            waveTemplateId: string;
                            warehouseId: string;
                            sourceSystemId?: string | null;
                            shippingCarrierId?: string | null;
                            deliveryModeCode?: string | null;
                            processAt: "Release" | "Threshold" | "Manual";
                            thresholdShipments?: number | null;
                            /** @description Staging or bay door location the pick work brings stock to */
                            putLocationId: string;
                            /** @default 10 */
                            sequence: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a wave template that no open wave needs (executed waves keep its id)
         * @description Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    waveTemplateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waves/{waveId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A wave with its shipments, work and shortages
         * @description Access: admin, planner, warehouse_manager, warehouse_worker, integration_operator.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    waveId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            waveId: string;
                            warehouseId: string;
                            waveTemplateId: string;
                            /** @description Open or Executed */
                            status: string;
                            createdAt: string | null;
                            executedAt: string | null;
                            shipmentIds: string[];
                            loadIds: string[];
                            workIds: string[];
                            shortages: {
                                orderNumber: string;
                                lineNumber: number;
                                itemNumber: string;
                                shortQuantity: number;
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waves/{waveId}/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Process a wave by hand
         * @description Access: admin, planner, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    waveId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            waveId: string;
                            warehouseId: string;
                            waveTemplateId: string;
                            /** @description Open or Executed */
                            status: string;
                            createdAt: string | null;
                            executedAt: string | null;
                            shipmentIds: string[];
                            loadIds: string[];
                            workIds: string[];
                            shortages: {
                                orderNumber: string;
                                lineNumber: number;
                                itemNumber: string;
                                shortQuantity: number;
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-loads/{loadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An outbound load with its shipments and load lines
         * @description Access: admin, planner, warehouse_manager, warehouse_worker, integration_operator.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    loadId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loadId: string;
                            warehouseId: string;
                            sourceSystemId: string;
                            /** @description Open, In process, Loaded or Shipped */
                            status: string;
                            shippingCarrierId: string | null;
                            deliveryModeCode: string | null;
                            shippedAt: string | null;
                            createdAt: string | null;
                            updatedAt: string | null;
                            shipments: {
                                shipmentId: string;
                                waveId: string | null;
                                status: string;
                            }[];
                            lines: {
                                loadLineId: number;
                                shipmentId: string;
                                orderNumber: string;
                                orderLineNumber: number;
                                itemNumber: string;
                                quantity: number;
                                workCreatedQuantity: number;
                                pickedQuantity: number;
                                shippedQuantity: number;
                                status: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-loads/{loadId}/ship-confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Outbound ship confirm of a Loaded load: Shipped, with a shipment packing slip per shipment
         * @description Access: admin, warehouse_manager, planner, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    loadId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loadId: string;
                            shipmentPackingSlipVersionNumbers: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work/{workId}/lines/{lineNumber}/short-pick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a short pick on an outbound pick line: the open rest is dropped, returned to the order line, with a reason
         * @description Access: admin, warehouse_manager, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workId: string;
                    lineNumber: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        operationId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workId: string;
                            lineNumber: number;
                            shortQuantity: number;
                            reason: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipment-packing-slips/{versionNumber}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse the ship confirmation before the packing slip is posted; the load is Loaded again
         * @description Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    versionNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            shipmentPackingSlipVersionNumber: string;
                            shipmentPackingSlipNumber: string;
                            version: number;
                            isActive: boolean;
                            /** @description ReadyForPosting, Posted or Reversed */
                            postingStatus: string;
                            sourceSystemId: string;
                            loadId: string;
                            shipmentId: string;
                            shipFromWarehouseId: string;
                            documentDate: string | null;
                            postedAt: string | null;
                            reversedAt: string | null;
                            deliveryTermsCode: string | null;
                            shippingCarrierId: string | null;
                            shippingCarrierServiceId: string | null;
                            parties: {
                                [key: string]: unknown;
                            };
                            /** @description The consignee's purchase order number (from the order's parties) */
                            consigneePurchaseOrderNumber: string | null;
                            updatedAt: string | null;
                            lines: {
                                /** @description The outbound shipment order line */
                                inventoryLotId: number;
                                /** @description Internal order number */
                                orderNumber: string;
                                sourceSystemOrderNumber: string;
                                orderLineNumber: number;
                                itemNumber: string;
                                /** @description The item number the order line named (a product master for a variant named by its dimensions) */
                                sourceSystemItemNumber: string;
                                /** @description The variant's colour */
                                productColorId: string | null;
                                /** @description The variant's size */
                                productSizeId: string | null;
                                /** @description The variant's style */
                                productStyleId: string | null;
                                /** @description The variant's configuration */
                                productConfigurationId: string | null;
                                /** @description The cross-dock source id the order line named (its crossDockLines): stock received for that source was shipped on it straight from receiving */
                                crossDockSourceId: string | null;
                                orderedQuantity: number;
                                shippedQuantity: number;
                                remainingQuantity: number;
                                /** @description Inventory unit of orderedQuantity, shippedQuantity, remainingQuantity and the dimensions */
                                unitSymbol: string;
                                /** @description The line's quantities in the order's unit (5 box rather than 60 ea); null if the order line no longer exists */
                                orderedUnit: {
                                    /** @description The unit the order line was ordered in (orderedUnitSymbol of the message) */
                                    unitSymbol: string;
                                    orderedQuantity: number;
                                    /** @description The shipped inventory quantity converted at the order line's own ratio (ordered / ordered in inventory unit) */
                                    shippedQuantity: number;
                                    remainingQuantity: number;
                                } | null;
                                consigneeLineNumber: number | null;
                                consigneeItemNumber: string | null;
                                consigneeReference: string | null;
                                transactionDimensions: {
                                    shippingWarehouseLocationId: string;
                                    licensePlateNumber: string | null;
                                    itemBatchNumber: string | null;
                                    itemSerialNumber: string | null;
                                    inventoryOwnerId: string;
                                    sourceSystemInventoryOwnerId: string | null;
                                    inventoryStatusId: string;
                                    quantity: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipment-packing-slips/{versionNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A shipment packing slip version with its lines and transaction dimensions (source systems see their own)
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    versionNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            shipmentPackingSlipVersionNumber: string;
                            shipmentPackingSlipNumber: string;
                            version: number;
                            isActive: boolean;
                            /** @description ReadyForPosting, Posted or Reversed */
                            postingStatus: string;
                            sourceSystemId: string;
                            loadId: string;
                            shipmentId: string;
                            shipFromWarehouseId: string;
                            documentDate: string | null;
                            postedAt: string | null;
                            reversedAt: string | null;
                            deliveryTermsCode: string | null;
                            shippingCarrierId: string | null;
                            shippingCarrierServiceId: string | null;
                            parties: {
                                [key: string]: unknown;
                            };
                            /** @description The consignee's purchase order number (from the order's parties) */
                            consigneePurchaseOrderNumber: string | null;
                            updatedAt: string | null;
                            lines: {
                                /** @description The outbound shipment order line */
                                inventoryLotId: number;
                                /** @description Internal order number */
                                orderNumber: string;
                                sourceSystemOrderNumber: string;
                                orderLineNumber: number;
                                itemNumber: string;
                                /** @description The item number the order line named (a product master for a variant named by its dimensions) */
                                sourceSystemItemNumber: string;
                                /** @description The variant's colour */
                                productColorId: string | null;
                                /** @description The variant's size */
                                productSizeId: string | null;
                                /** @description The variant's style */
                                productStyleId: string | null;
                                /** @description The variant's configuration */
                                productConfigurationId: string | null;
                                /** @description The cross-dock source id the order line named (its crossDockLines): stock received for that source was shipped on it straight from receiving */
                                crossDockSourceId: string | null;
                                orderedQuantity: number;
                                shippedQuantity: number;
                                remainingQuantity: number;
                                /** @description Inventory unit of orderedQuantity, shippedQuantity, remainingQuantity and the dimensions */
                                unitSymbol: string;
                                /** @description The line's quantities in the order's unit (5 box rather than 60 ea); null if the order line no longer exists */
                                orderedUnit: {
                                    /** @description The unit the order line was ordered in (orderedUnitSymbol of the message) */
                                    unitSymbol: string;
                                    orderedQuantity: number;
                                    /** @description The shipped inventory quantity converted at the order line's own ratio (ordered / ordered in inventory unit) */
                                    shippedQuantity: number;
                                    remainingQuantity: number;
                                } | null;
                                consigneeLineNumber: number | null;
                                consigneeItemNumber: string | null;
                                consigneeReference: string | null;
                                transactionDimensions: {
                                    shippingWarehouseLocationId: string;
                                    licensePlateNumber: string | null;
                                    itemBatchNumber: string | null;
                                    itemSerialNumber: string | null;
                                    inventoryOwnerId: string;
                                    sourceSystemInventoryOwnerId: string | null;
                                    inventoryStatusId: string;
                                    quantity: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipment-packing-slips/{versionNumber}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The printable packing slip (PDF) for the driver
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    versionNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The PDF document (application/pdf) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipment-packing-slips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Packing slips changed after a point in time, oldest change first (for incremental reading)
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    sourceSystemId?: string;
                    /** @description A load's packing slips (the documents to print for its driver) */
                    loadId?: string;
                    shipmentId?: string;
                    /** @description Exclusive; pass the last updatedAt seen */
                    changedAfter?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                shipmentPackingSlipVersionNumber: string;
                                shipmentPackingSlipNumber: string;
                                version: number;
                                isActive: boolean;
                                /** @description ReadyForPosting, Posted or Reversed */
                                postingStatus: string;
                                sourceSystemId: string;
                                loadId: string;
                                shipmentId: string;
                                shipFromWarehouseId: string;
                                documentDate: string | null;
                                postedAt: string | null;
                                reversedAt: string | null;
                                deliveryTermsCode: string | null;
                                shippingCarrierId: string | null;
                                shippingCarrierServiceId: string | null;
                                parties: {
                                    [key: string]: unknown;
                                };
                                /** @description The consignee's purchase order number (from the order's parties) */
                                consigneePurchaseOrderNumber: string | null;
                                updatedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-loads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outbound loads, newest first
         * @description Access: admin, planner, warehouse_manager, warehouse_worker, integration_operator.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    warehouseId?: string;
                    /** @description Open, In process, Loaded or Shipped */
                    loadStatus?: string;
                    /** @description Loads carrying a line of this order */
                    orderNumber?: string;
                    /** @description Load id contains */
                    q?: string;
                    /** @description Field to sort by; default createdAt (desc). Ties keep a stable order; empty values come last. */
                    sort?: "loadId" | "warehouseId" | "sourceSystemId" | "status" | "shippingCarrierId" | "deliveryModeCode" | "shippedAt" | "createdAt" | "updatedAt";
                    /** @description asc or desc; default desc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                loadId: string;
                                warehouseId: string;
                                sourceSystemId: string;
                                /** @description Open, In process, Loaded or Shipped */
                                status: string;
                                shippingCarrierId: string | null;
                                deliveryModeCode: string | null;
                                shippedAt: string | null;
                                createdAt: string | null;
                                updatedAt: string | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Waves, newest first
         * @description Access: admin, planner, warehouse_manager, warehouse_worker, integration_operator.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    warehouseId?: string;
                    /** @description Open or Executed */
                    status?: string;
                    /** @description true: only executed waves whose pick work is not done yet; false: the others */
                    picking?: boolean;
                    waveTemplateId?: string;
                    /** @description Wave id contains */
                    q?: string;
                    /** @description Field to sort by; default createdAt (desc). Ties keep a stable order; empty values come last. */
                    sort?: "waveId" | "warehouseId" | "waveTemplateId" | "status" | "createdAt" | "executedAt";
                    /** @description asc or desc; default desc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                waveId: string;
                                warehouseId: string;
                                waveTemplateId: string;
                                /** @description Open or Executed */
                                status: string;
                                createdAt: string | null;
                                executedAt: string | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outbound shipments, newest first
         * @description Access: admin, planner, warehouse_manager, warehouse_worker, integration_operator.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    warehouseId?: string;
                    loadId?: string;
                    waveId?: string;
                    /** @description Open, Waved, Loaded or Shipped */
                    status?: string;
                    /** @description Shipments carrying a line of this order */
                    orderNumber?: string;
                    /** @description Shipment id contains */
                    q?: string;
                    /** @description Field to sort by; default createdAt (desc). Ties keep a stable order; empty values come last. */
                    sort?: "shipmentId" | "loadId" | "waveId" | "warehouseId" | "sourceSystemId" | "status" | "shippingCarrierId" | "deliveryModeCode" | "createdAt";
                    /** @description asc or desc; default desc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                shipmentId: string;
                                loadId: string;
                                waveId: string | null;
                                warehouseId: string;
                                sourceSystemId: string;
                                /** @description Open, Waved, Loaded or Shipped */
                                status: string;
                                shippingCarrierId: string | null;
                                shippingCarrierServiceId: string | null;
                                deliveryModeCode: string | null;
                                deliveryTermsCode: string | null;
                                createdAt: string | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/load-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Load templates: what a truck or container takes
         * @description Access: admin, planner, warehouse_manager.
         */
        get: {
            parameters: {
                query?: {
                    warehouseId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                templateId: string;
                                warehouseId: string;
                                name: string;
                                maxWeightGrams: number | null;
                                maxVolumeCm3: number | null;
                                maxShipments: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/load-templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or change a load template
         * @description Access: admin, planner, warehouse_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        warehouseId: string;
                        name: string;
                        /** @description Most a load may weigh, in grams (items need a unit weight) */
                        maxWeightGrams?: number | null;
                        /** @description Most a load may hold, in cubic centimetres (items need a unit volume) */
                        maxVolumeCm3?: number | null;
                        /** @description Most shipments on one load */
                        maxShipments?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/load-planning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The warehouse's loads not shipped yet, with their template's capacity, weight, volume and shipments
         * @description Access: admin, planner, warehouse_manager.
         */
        get: {
            parameters: {
                query: {
                    warehouseId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            warehouseId: string;
                            loads: {
                                loadId: string;
                                status: string;
                                sourceSystemId: string;
                                carrierId: string | null;
                                loadTemplateId: string | null;
                                capacity: {
                                    maxWeightGrams: number | null;
                                    maxVolumeCm3: number | null;
                                    maxShipments: number | null;
                                } | null;
                                /** @description What the load holds beyond its template (after the template was changed or items got weights) */
                                overCapacity: string[];
                                weightGrams: number;
                                volumeCm3: number;
                                /** @description Items without a unit weight: left out of weightGrams */
                                itemsWithoutWeight: string[];
                                itemsWithoutVolume: string[];
                                shipments: {
                                    shipmentId: string;
                                    status: string;
                                    waveId: string | null;
                                    receiverName: string | null;
                                    orderNumbers: string[];
                                    weightGrams: number;
                                    volumeCm3: number;
                                    /** @description Items without a unit weight: left out of weightGrams */
                                    itemsWithoutWeight: string[];
                                    itemsWithoutVolume: string[];
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-loads/{loadId}/load-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Give a load a load template (or none): refused (409 OUTBOUND.LOAD_CAPACITY_EXCEEDED) when what it holds does not fit
         * @description Access: admin, planner, warehouse_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    loadId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        loadTemplateId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            warehouseId: string;
                            loads: {
                                loadId: string;
                                status: string;
                                sourceSystemId: string;
                                carrierId: string | null;
                                loadTemplateId: string | null;
                                capacity: {
                                    maxWeightGrams: number | null;
                                    maxVolumeCm3: number | null;
                                    maxShipments: number | null;
                                } | null;
                                /** @description What the load holds beyond its template (after the template was changed or items got weights) */
                                overCapacity: string[];
                                weightGrams: number;
                                volumeCm3: number;
                                /** @description Items without a unit weight: left out of weightGrams */
                                itemsWithoutWeight: string[];
                                itemsWithoutVolume: string[];
                                shipments: {
                                    shipmentId: string;
                                    status: string;
                                    waveId: string | null;
                                    receiverName: string | null;
                                    orderNumbers: string[];
                                    weightGrams: number;
                                    volumeCm3: number;
                                    /** @description Items without a unit weight: left out of weightGrams */
                                    itemsWithoutWeight: string[];
                                    itemsWithoutVolume: string[];
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-shipments/{shipmentId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a shipment not yet in a wave to another load of its warehouse and source system, or to a new load
         * @description 409 OUTBOUND.LOAD_CAPACITY_EXCEEDED names what the target load would exceed; 409 OUTBOUND.SHIPMENT_NOT_MOVABLE when the shipment is in a wave or a load is not Open. A load left without shipments is removed.
         *
         *     Access: admin, planner, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    shipmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Leave out for a new load */
                        targetLoadId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sourceLoadId: string;
                            targetLoadId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fixed-locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fixed pick locations (pick faces) with min/max, on-hand and incoming replenishment
         * @description Access: admin, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    warehouseId?: string;
                    itemNumber?: string;
                    locationId?: string;
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                warehouseId: string;
                                itemNumber: string;
                                /** @description The pick face */
                                locationId: string;
                                /** @description At or below this on-hand (inventory unit), min/max replenishment fills the face */
                                minQuantity: number;
                                /** @description Replenishment fills the face up to this */
                                maxQuantity: number;
                                /** @description Physical stock at the face now */
                                onHandQuantity: number;
                                /** @description What open replenishment work still brings to the face */
                                incomingQuantity: number;
                                version: number;
                                updatedAt: string;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fixed-locations/{warehouseId}/{itemNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An item's fixed pick location in a warehouse
         * @description Access: admin, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    warehouseId: string;
                    itemNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            warehouseId: string;
                            itemNumber: string;
                            /** @description The pick face */
                            locationId: string;
                            /** @description At or below this on-hand (inventory unit), min/max replenishment fills the face */
                            minQuantity: number;
                            /** @description Replenishment fills the face up to this */
                            maxQuantity: number;
                            /** @description Physical stock at the face now */
                            onHandQuantity: number;
                            /** @description What open replenishment work still brings to the face */
                            incomingQuantity: number;
                            version: number;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        /**
         * Set an item's fixed pick location in a warehouse with its min/max (creates the warehouse's min/max replenishment process)
         * @description Access: admin, warehouse_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    warehouseId: string;
                    itemNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        locationId: string;
                        minQuantity: number;
                        maxQuantity: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            warehouseId: string;
                            itemNumber: string;
                            /** @description The pick face */
                            locationId: string;
                            /** @description At or below this on-hand (inventory unit), min/max replenishment fills the face */
                            minQuantity: number;
                            /** @description Replenishment fills the face up to this */
                            maxQuantity: number;
                            /** @description Physical stock at the face now */
                            onHandQuantity: number;
                            /** @description What open replenishment work still brings to the face */
                            incomingQuantity: number;
                            version: number;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            warehouseId: string;
                            itemNumber: string;
                            /** @description The pick face */
                            locationId: string;
                            /** @description At or below this on-hand (inventory unit), min/max replenishment fills the face */
                            minQuantity: number;
                            /** @description Replenishment fills the face up to this */
                            maxQuantity: number;
                            /** @description Physical stock at the face now */
                            onHandQuantity: number;
                            /** @description What open replenishment work still brings to the face */
                            incomingQuantity: number;
                            version: number;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove an item's fixed pick location (open replenishment work stays)
         * @description Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    warehouseId: string;
                    itemNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/replenishment/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run min/max replenishment now for a warehouse (or one zone of it): work for every face at or below its minimum without open replenishment
         * @description Access: admin, warehouse_manager, planner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        warehouseId: string;
                        zoneId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            facesChecked: number;
                            work: {
                                workId: string;
                                locationId: string;
                                itemNumber: string;
                                quantity: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counting-journal-names": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counting journal names, with their update log exclusion
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            journalNameId: string;
                            description: string;
                            excludeFromWarehouseInventoryUpdateLogs: boolean;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a counting journal name
         * @description Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        journalNameId: string;
                        description: string;
                        excludeFromWarehouseInventoryUpdateLogs: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            journalNameId: string;
                            description: string;
                            excludeFromWarehouseInventoryUpdateLogs: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counting-journal-names/{journalNameId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Include or exclude a journal name's postings from the warehouse inventory update log
         * @description Access: admin, warehouse_manager.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    journalNameId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        excludeFromWarehouseInventoryUpdateLogs: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            journalNameId: string;
                            description: string;
                            excludeFromWarehouseInventoryUpdateLogs: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/counting-journals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counting journals, newest first
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: string;
                    warehouseId?: string;
                    /** @description Journal id or description contains */
                    q?: string;
                    /** @description Field to sort by; default createdAt (desc). Ties keep a stable order; empty values come last. */
                    sort?: "journalId" | "journalNameId" | "description" | "warehouseId" | "countingBy" | "status" | "createdAt" | "createdBy" | "postedAt" | "postingSequence";
                    /** @description asc or desc; default desc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                journalId: string;
                                journalNameId: string;
                                description: string;
                                warehouseId: string;
                                /** @description Location, Item or LicensePlate */
                                countingBy: string;
                                /** @description Open or Posted */
                                status: string;
                                isPosted: boolean;
                                createdAt: string;
                                createdBy: string;
                                postedAt: string | null;
                                postedBy: string | null;
                                /** @description Order in which source systems read postings */
                                postingSequence: number | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a counting journal for locations, items or license plates; each line snapshots its on-hand
         * @description Access: admin, warehouse_manager, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        journalNameId?: string;
                        description?: string;
                        warehouseId: string;
                        countingBy: "Location" | "Item" | "LicensePlate";
                        /** @description Location ids, item numbers or license plate ids */
                        values: string[];
                        ownerId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            journalId: string;
                            journalNameId: string;
                            description: string;
                            warehouseId: string;
                            /** @description Location, Item or LicensePlate */
                            countingBy: string;
                            /** @description Open or Posted */
                            status: string;
                            isPosted: boolean;
                            createdAt: string;
                            createdBy: string;
                            postedAt: string | null;
                            postedBy: string | null;
                            /** @description Order in which source systems read postings */
                            postingSequence: number | null;
                            lines: {
                                lineNumber: number;
                                itemNumber: string;
                                warehouseId: string;
                                locationId: string | null;
                                licensePlateId: string | null;
                                ownerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                /** @description On-hand when the line was made */
                                snapshotQuantity: number;
                                snapshotAt: string;
                                /** @description Net ledger movements between the snapshot and the count */
                                movedSinceSnapshotQuantity: number | null;
                                /** @description On-hand at the moment of counting */
                                onHandQuantity: number | null;
                                countedQuantity: number | null;
                                /** @description counted - on-hand at count: the delta posted; the only figure an ERP applies */
                                adjustmentQuantity: number | null;
                                isCountedQuantityZero: boolean;
                                countingDate: string | null;
                                countedBy: string | null;
                                countingReasonCode: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counting-journals/{journalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A counting journal with its lines
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    journalId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            journalId: string;
                            journalNameId: string;
                            description: string;
                            warehouseId: string;
                            /** @description Location, Item or LicensePlate */
                            countingBy: string;
                            /** @description Open or Posted */
                            status: string;
                            isPosted: boolean;
                            createdAt: string;
                            createdBy: string;
                            postedAt: string | null;
                            postedBy: string | null;
                            /** @description Order in which source systems read postings */
                            postingSequence: number | null;
                            lines: {
                                lineNumber: number;
                                itemNumber: string;
                                warehouseId: string;
                                locationId: string | null;
                                licensePlateId: string | null;
                                ownerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                /** @description On-hand when the line was made */
                                snapshotQuantity: number;
                                snapshotAt: string;
                                /** @description Net ledger movements between the snapshot and the count */
                                movedSinceSnapshotQuantity: number | null;
                                /** @description On-hand at the moment of counting */
                                onHandQuantity: number | null;
                                countedQuantity: number | null;
                                /** @description counted - on-hand at count: the delta posted; the only figure an ERP applies */
                                adjustmentQuantity: number | null;
                                isCountedQuantityZero: boolean;
                                countingDate: string | null;
                                countedBy: string | null;
                                countingReasonCode: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counting-journals/{journalId}/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register counted quantities (by line, or with dimensions for stock found without a line)
         * @description Access: admin, warehouse_manager, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    journalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The client's id for this operation: a retry with the same id is applied once */
                        operationId: string;
                        counts: {
                            lineNumber?: number;
                            dimensions?: {
                                itemNumber: string;
                                locationId?: string | null;
                                licensePlateId?: string | null;
                                ownerId: string;
                                inventoryStatusId: string;
                                batchNumber?: string | null;
                                serialNumber?: string | null;
                            };
                            countedQuantity: number;
                            reasonCode?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            journalId: string;
                            journalNameId: string;
                            description: string;
                            warehouseId: string;
                            /** @description Location, Item or LicensePlate */
                            countingBy: string;
                            /** @description Open or Posted */
                            status: string;
                            isPosted: boolean;
                            createdAt: string;
                            createdBy: string;
                            postedAt: string | null;
                            postedBy: string | null;
                            /** @description Order in which source systems read postings */
                            postingSequence: number | null;
                            lines: {
                                lineNumber: number;
                                itemNumber: string;
                                warehouseId: string;
                                locationId: string | null;
                                licensePlateId: string | null;
                                ownerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                /** @description On-hand when the line was made */
                                snapshotQuantity: number;
                                snapshotAt: string;
                                /** @description Net ledger movements between the snapshot and the count */
                                movedSinceSnapshotQuantity: number | null;
                                /** @description On-hand at the moment of counting */
                                onHandQuantity: number | null;
                                countedQuantity: number | null;
                                /** @description counted - on-hand at count: the delta posted; the only figure an ERP applies */
                                adjustmentQuantity: number | null;
                                isCountedQuantityZero: boolean;
                                countingDate: string | null;
                                countedBy: string | null;
                                countingReasonCode: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counting-journals/{journalId}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a counting journal: adjustments to the ledger and the countingJournal.posted event, at once
         * @description Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    journalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The client's id for this operation: a retry with the same id is applied once */
                        operationId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            journalId: string;
                            journalNameId: string;
                            description: string;
                            warehouseId: string;
                            /** @description Location, Item or LicensePlate */
                            countingBy: string;
                            /** @description Open or Posted */
                            status: string;
                            isPosted: boolean;
                            createdAt: string;
                            createdBy: string;
                            postedAt: string | null;
                            postedBy: string | null;
                            /** @description Order in which source systems read postings */
                            postingSequence: number | null;
                            lines: {
                                lineNumber: number;
                                itemNumber: string;
                                warehouseId: string;
                                locationId: string | null;
                                licensePlateId: string | null;
                                ownerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                /** @description On-hand when the line was made */
                                snapshotQuantity: number;
                                snapshotAt: string;
                                /** @description Net ledger movements between the snapshot and the count */
                                movedSinceSnapshotQuantity: number | null;
                                /** @description On-hand at the moment of counting */
                                onHandQuantity: number | null;
                                countedQuantity: number | null;
                                /** @description counted - on-hand at count: the delta posted; the only figure an ERP applies */
                                adjustmentQuantity: number | null;
                                isCountedQuantityZero: boolean;
                                countingDate: string | null;
                                countedBy: string | null;
                                countingReasonCode: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/counting-journal-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Posted counting journal lines of this source system's owners and items, in posting order, after a cursor
         * @description Start with after=0 and call again with nextCursor; each page holds whole journals. Apply adjustmentQuantity only: the on-hand and counted quantities are the WMS figures at the count and would double count what the ERP already knows.
         *
         *     Access: admin, source_system, integration_operator, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The postingSequence of the last journal you applied */
                    after?: number;
                    /** @description Journals per page */
                    limit?: number;
                    /** @description Only this journal (as named by a countingJournal.posted event) */
                    journalId?: string;
                };
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                journalId: string;
                                journalNameId: string;
                                postingSequence: number;
                                postedAt: string;
                                lineNumber: number;
                                itemNumber: string;
                                sourceSystemItemNumber: string;
                                warehouseId: string;
                                locationId: string | null;
                                licensePlateId: string | null;
                                inventoryStatusId: string;
                                inventoryOwnerId: string;
                                sourceSystemInventoryOwnerId: string | null;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                /** @description WMS on-hand when counted: for information only */
                                onHandQuantity: number;
                                /** @description For information only */
                                countedQuantity: number;
                                /** @description The delta: apply this, and only this */
                                adjustmentQuantity: number;
                                countingDate: string;
                                countingReasonCode: string | null;
                            }[];
                            nextCursor: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory-status-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the inventory status of some stock (two StatusChange ledger rows, one operation)
         * @description Access: admin, warehouse_manager, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The client's id for this operation: a retry with the same id is applied once */
                        operationId: string;
                        dimensions: {
                            itemNumber: string;
                            warehouseId: string;
                            locationId?: string | null;
                            licensePlateId?: string | null;
                            ownerId: string;
                            inventoryStatusId: string;
                            batchNumber?: string | null;
                            serialNumber?: string | null;
                        };
                        toInventoryStatusId: string;
                        quantity: number;
                        reasonCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            operationId: string;
                            ledgerIds: number[];
                            replayed: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/license-plate-moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a license plate with everything on it to another location (Transfer ledger rows, one operation)
         * @description Access: admin, warehouse_manager, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The client's id for this operation: a retry with the same id is applied once */
                        operationId: string;
                        warehouseId: string;
                        licensePlateId: string;
                        toLocationId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            operationId: string;
                            ledgerIds: number[];
                            lines: number;
                            replayed: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-count-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cycle count work; status=PendingReview is the cycle count pending review list
         * @description Access: admin, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: string;
                    warehouseId?: string;
                    locationId?: string;
                    /** @description Work id contains */
                    q?: string;
                    /** @description Field to sort by; default workId (asc). Ties keep a stable order; empty values come last. */
                    sort?: "workId" | "warehouseId" | "locationId" | "itemNumber" | "createdBy" | "status" | "outcome" | "journalId" | "recounts" | "createdAt" | "countedAt" | "countedBy" | "closedAt";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                workId: string;
                                warehouseId: string;
                                locationId: string;
                                itemNumber: string | null;
                                /** @description Threshold, Plan or Manual */
                                createdBy: string;
                                originId: string | null;
                                /** @description Open, PendingReview or Closed */
                                status: string;
                                /** @description Adjusted, NoDifference, Accepted or Rejected */
                                outcome: string | null;
                                journalId: string;
                                maxPercentage: number | null;
                                maxQuantity: number | null;
                                recounts: number;
                                createdAt: string;
                                countedAt: string | null;
                                countedBy: string | null;
                                closedAt: string | null;
                                closedBy: string | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create cycle count work by hand: by location, or by item (every location holding it)
         * @description Access: admin, warehouse_manager, planner, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        warehouseId: string;
                        locationIds?: string[];
                        itemNumber?: string;
                        /** @description Create at most this many */
                        maxWork?: number;
                        /** @description Maximum percentage limit (at most 1000) */
                        maxPercentage?: number;
                        /** @description Maximum quantity limit (inventory unit) */
                        maxQuantity?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                workId: string;
                                warehouseId: string;
                                locationId: string;
                                itemNumber: string | null;
                                /** @description Threshold, Plan or Manual */
                                createdBy: string;
                                originId: string | null;
                                /** @description Open, PendingReview or Closed */
                                status: string;
                                /** @description Adjusted, NoDifference, Accepted or Rejected */
                                outcome: string | null;
                                journalId: string;
                                maxPercentage: number | null;
                                maxQuantity: number | null;
                                recounts: number;
                                createdAt: string;
                                countedAt: string | null;
                                countedBy: string | null;
                                closedAt: string | null;
                                closedBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-count-work/{workId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cycle count work with its lines
         * @description Access: admin, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workId: string;
                            warehouseId: string;
                            locationId: string;
                            itemNumber: string | null;
                            /** @description Threshold, Plan or Manual */
                            createdBy: string;
                            originId: string | null;
                            /** @description Open, PendingReview or Closed */
                            status: string;
                            /** @description Adjusted, NoDifference, Accepted or Rejected */
                            outcome: string | null;
                            journalId: string;
                            maxPercentage: number | null;
                            maxQuantity: number | null;
                            recounts: number;
                            createdAt: string;
                            countedAt: string | null;
                            countedBy: string | null;
                            closedAt: string | null;
                            closedBy: string | null;
                            lines: {
                                lineNumber: number;
                                itemNumber: string;
                                warehouseId: string;
                                locationId: string | null;
                                licensePlateId: string | null;
                                ownerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                /** @description On-hand when the line was made */
                                snapshotQuantity: number;
                                snapshotAt: string;
                                /** @description Net ledger movements between the snapshot and the count */
                                movedSinceSnapshotQuantity: number | null;
                                /** @description On-hand at the moment of counting */
                                onHandQuantity: number | null;
                                countedQuantity: number | null;
                                /** @description counted - on-hand at count: the delta posted; the only figure an ERP applies */
                                adjustmentQuantity: number | null;
                                isCountedQuantityZero: boolean;
                                countingDate: string | null;
                                countedBy: string | null;
                                countingReasonCode: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-count-work/{workId}/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count the work's location (mobile app): by line, or with dimensions for stock found without a line
         * @description A count by a warehouse manager (cycle count supervisor), or within the tolerance, is adjusted at once; otherwise the work goes to PendingReview.
         *
         *     Access: admin, warehouse_manager, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The client's id for this operation: a retry with the same id is applied once */
                        operationId: string;
                        counts: {
                            lineNumber?: number;
                            dimensions?: {
                                itemNumber: string;
                                locationId?: string | null;
                                licensePlateId?: string | null;
                                ownerId: string;
                                inventoryStatusId: string;
                                batchNumber?: string | null;
                                serialNumber?: string | null;
                            };
                            countedQuantity: number;
                            reasonCode?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workId: string;
                            warehouseId: string;
                            locationId: string;
                            itemNumber: string | null;
                            /** @description Threshold, Plan or Manual */
                            createdBy: string;
                            originId: string | null;
                            /** @description Open, PendingReview or Closed */
                            status: string;
                            /** @description Adjusted, NoDifference, Accepted or Rejected */
                            outcome: string | null;
                            journalId: string;
                            maxPercentage: number | null;
                            maxQuantity: number | null;
                            recounts: number;
                            createdAt: string;
                            countedAt: string | null;
                            countedBy: string | null;
                            closedAt: string | null;
                            closedBy: string | null;
                            lines: {
                                lineNumber: number;
                                itemNumber: string;
                                warehouseId: string;
                                locationId: string | null;
                                licensePlateId: string | null;
                                ownerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                /** @description On-hand when the line was made */
                                snapshotQuantity: number;
                                snapshotAt: string;
                                /** @description Net ledger movements between the snapshot and the count */
                                movedSinceSnapshotQuantity: number | null;
                                /** @description On-hand at the moment of counting */
                                onHandQuantity: number | null;
                                countedQuantity: number | null;
                                /** @description counted - on-hand at count: the delta posted; the only figure an ERP applies */
                                adjustmentQuantity: number | null;
                                isCountedQuantityZero: boolean;
                                countingDate: string | null;
                                countedBy: string | null;
                                countingReasonCode: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-count-work/{workId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide on a count in Pending review: Accept (adjust), Reject (no adjustment) or Recount
         * @description Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The client's id for this operation: a retry with the same id is applied once */
                        operationId: string;
                        decision: "Accept" | "Reject" | "Recount";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workId: string;
                            warehouseId: string;
                            locationId: string;
                            itemNumber: string | null;
                            /** @description Threshold, Plan or Manual */
                            createdBy: string;
                            originId: string | null;
                            /** @description Open, PendingReview or Closed */
                            status: string;
                            /** @description Adjusted, NoDifference, Accepted or Rejected */
                            outcome: string | null;
                            journalId: string;
                            maxPercentage: number | null;
                            maxQuantity: number | null;
                            recounts: number;
                            createdAt: string;
                            countedAt: string | null;
                            countedBy: string | null;
                            closedAt: string | null;
                            closedBy: string | null;
                            lines: {
                                lineNumber: number;
                                itemNumber: string;
                                warehouseId: string;
                                locationId: string | null;
                                licensePlateId: string | null;
                                ownerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                /** @description On-hand when the line was made */
                                snapshotQuantity: number;
                                snapshotAt: string;
                                /** @description Net ledger movements between the snapshot and the count */
                                movedSinceSnapshotQuantity: number | null;
                                /** @description On-hand at the moment of counting */
                                onHandQuantity: number | null;
                                countedQuantity: number | null;
                                /** @description counted - on-hand at count: the delta posted; the only figure an ERP applies */
                                adjustmentQuantity: number | null;
                                isCountedQuantityZero: boolean;
                                countingDate: string | null;
                                countedBy: string | null;
                                countingReasonCode: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-count-thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cycle counting thresholds
         * @description Access: admin, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    warehouseId?: string;
                    /** @description Field to sort by; default thresholdId (asc). Ties keep a stable order; empty values come last. */
                    sort?: "thresholdId" | "warehouseId" | "locationId" | "itemNumber" | "thresholdQuantity";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                thresholdId: string;
                                warehouseId: string;
                                /** @description null: every location of the warehouse */
                                locationId: string | null;
                                /** @description null: all items of the location */
                                itemNumber: string | null;
                                thresholdQuantity: number;
                                maxPercentage: number | null;
                                maxQuantity: number | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * A cycle counting threshold: count a location when its on-hand (of an item) falls below a quantity
         * @description Access: admin, warehouse_manager, planner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        thresholdId: string;
                        warehouseId: string;
                        locationId?: string;
                        itemNumber?: string;
                        thresholdQuantity: number;
                        /** @description Maximum percentage limit (at most 1000) */
                        maxPercentage?: number;
                        /** @description Maximum quantity limit (inventory unit) */
                        maxQuantity?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thresholdId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-count-thresholds/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create work for every location below a threshold (that has no open work)
         * @description Access: admin, warehouse_manager, planner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        warehouseId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                workId: string;
                                warehouseId: string;
                                locationId: string;
                                itemNumber: string | null;
                                /** @description Threshold, Plan or Manual */
                                createdBy: string;
                                originId: string | null;
                                /** @description Open, PendingReview or Closed */
                                status: string;
                                /** @description Adjusted, NoDifference, Accepted or Rejected */
                                outcome: string | null;
                                journalId: string;
                                maxPercentage: number | null;
                                maxQuantity: number | null;
                                recounts: number;
                                createdAt: string;
                                countedAt: string | null;
                                countedBy: string | null;
                                closedAt: string | null;
                                closedBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-count-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cycle counting plans
         * @description Access: admin, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    warehouseId?: string;
                    /** @description Field to sort by; default planId (asc). Ties keep a stable order; empty values come last. */
                    sort?: "planId" | "warehouseId" | "itemNumber" | "daysBetweenCounts" | "maxCounts" | "createdAt";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                planId: string;
                                warehouseId: string;
                                /** @description null: every location whose profile allows cycle counting */
                                locationIds: string[] | null;
                                itemNumber: string | null;
                                daysBetweenCounts: number;
                                maxCounts: number;
                                maxPercentage: number | null;
                                maxQuantity: number | null;
                                createdAt: string;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * A cycle counting plan: which locations or item, how often, at most how many; runs as a background process
         * @description Access: admin, warehouse_manager, planner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        planId: string;
                        warehouseId: string;
                        /** @description Default: every location whose profile allows cycle counting */
                        locationIds?: string[];
                        itemNumber?: string;
                        /** @description At most 366 */
                        daysBetweenCounts: number;
                        /** @description Counts a run creates at most; at most 100000 */
                        maxCounts: number;
                        /** @description Maximum percentage limit (at most 1000) */
                        maxPercentage?: number;
                        /** @description Maximum quantity limit (inventory unit) */
                        maxQuantity?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            planId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-count-plans/{planId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a cycle counting plan now
         * @description Access: admin, warehouse_manager, planner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                workId: string;
                                warehouseId: string;
                                locationId: string;
                                itemNumber: string | null;
                                /** @description Threshold, Plan or Manual */
                                createdBy: string;
                                originId: string | null;
                                /** @description Open, PendingReview or Closed */
                                status: string;
                                /** @description Adjusted, NoDifference, Accepted or Rejected */
                                outcome: string | null;
                                journalId: string;
                                maxPercentage: number | null;
                                maxQuantity: number | null;
                                recounts: number;
                                createdAt: string;
                                countedAt: string | null;
                                countedBy: string | null;
                                closedAt: string | null;
                                closedBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-count-thresholds/{thresholdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a cycle counting threshold
         * @description Work it created stays as it is. The background check of the warehouse goes with its last threshold.
         *
         *     Access: admin, warehouse_manager, planner.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    thresholdId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-count-plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a cycle counting plan and its background process
         * @description Work the plan created stays as it is. A run already under way finds no plan and creates nothing.
         *
         *     Access: admin, warehouse_manager, planner.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/on-hand-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * On-hand reports of a source system, newest first
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Field to sort by; default reportExecutionTime (desc). Ties keep a stable order; empty values come last. */
                    sort?: "reportId" | "reportName" | "inventoryAsOfDate" | "reportExecutionTime" | "trigger" | "lineCount";
                    /** @description asc or desc; default desc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description ReportNumber */
                                reportId: string;
                                reportName: string;
                                sourceSystemId: string;
                                inventoryAsOfDate: string;
                                reportExecutionTime: string;
                                includeRegisteredAndPickedTransactions: boolean;
                                /** @description Dimension levels the lines are kept at, besides the item */
                                dimensions: string[];
                                /** @description Manual or Recurring */
                                trigger: string;
                                lineCount: number;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a source system on-hand inventory report as of the end of a day
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM-DD; the report is as of the end of that day, UTC */
                        asOfDate: string;
                        /** @description Dimension levels besides the item; default warehouse */
                        dimensions?: ("warehouse" | "location" | "inventoryStatus" | "owner" | "batch" | "serial" | "licensePlate")[];
                        /** @description Include receipts not yet receiving-completed and picks not yet ship-confirmed; default false */
                        includeRegisteredAndPicked?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ReportNumber */
                            reportId: string;
                            reportName: string;
                            sourceSystemId: string;
                            inventoryAsOfDate: string;
                            reportExecutionTime: string;
                            includeRegisteredAndPickedTransactions: boolean;
                            /** @description Dimension levels the lines are kept at, besides the item */
                            dimensions: string[];
                            /** @description Manual or Recurring */
                            trigger: string;
                            lineCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/on-hand-reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One on-hand report header
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ReportNumber */
                            reportId: string;
                            reportName: string;
                            sourceSystemId: string;
                            inventoryAsOfDate: string;
                            reportExecutionTime: string;
                            includeRegisteredAndPickedTransactions: boolean;
                            /** @description Dimension levels the lines are kept at, besides the item */
                            dimensions: string[];
                            /** @description Manual or Recurring */
                            trigger: string;
                            lineCount: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/on-hand-reports/{reportId}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lines of an on-hand report, in internal and in the source system's ids
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    warehouseId?: string;
                    itemNumber?: string;
                    /** @description Field to sort by; default lineNumber (asc). Ties keep a stable order; empty values come last. */
                    sort?: "lineNumber" | "itemNumber" | "sourceSystemItemNumber" | "warehouseId" | "locationId" | "licensePlateId" | "inventoryStatusId" | "inventoryOwnerId" | "sourceSystemInventoryOwnerId" | "batchNumber" | "serialNumber" | "onHandQuantity";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    sourceSystemId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                lineNumber: number;
                                itemNumber: string;
                                sourceSystemItemNumber: string;
                                /** @description The variant's colour */
                                productColorId: string | null;
                                /** @description The variant's size */
                                productSizeId: string | null;
                                /** @description The variant's style */
                                productStyleId: string | null;
                                /** @description The variant's configuration */
                                productConfigurationId: string | null;
                                warehouseId: string | null;
                                locationId: string | null;
                                licensePlateId: string | null;
                                inventoryStatusId: string | null;
                                inventoryOwnerId: string | null;
                                sourceSystemInventoryOwnerId: string | null;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                onHandQuantity: number;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/on-hand-report-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The recurring on-hand report of a source system: what it reports and when it runs next
         * @description 404 RECONCILIATION.SCHEDULE_NOT_FOUND while none is scheduled.
         *
         *     Access: admin, source_system, integration_operator, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            backgroundProcessId: number;
                            /** @description Dimension levels the lines are kept at, besides the item */
                            dimensions: string[];
                            includeRegisteredAndPicked: boolean;
                            intervalSeconds: number;
                            /** @description Whether the background process runs on its schedule */
                            enabled: boolean;
                            /**
                             * Format: date-time
                             * @description null only when the stored time is not a date
                             */
                            nextRunAt: string | null;
                        };
                    };
                };
            };
        };
        /**
         * Create the on-hand report as a recurring background process (each run reports the previous day)
         * @description Access: admin, integration_operator.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dimensions?: ("warehouse" | "location" | "inventoryStatus" | "owner" | "batch" | "serial" | "licensePlate")[];
                        includeRegisteredAndPicked?: boolean;
                        /** @description Seconds between runs: at least a minute, at most 366 days; default a day */
                        intervalSeconds?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            backgroundProcessId: number;
                            /** @description Dimension levels the lines are kept at, besides the item */
                            dimensions: string[];
                            includeRegisteredAndPicked: boolean;
                            intervalSeconds: number;
                            /** @description Whether the background process runs on its schedule */
                            enabled: boolean;
                            /**
                             * Format: date-time
                             * @description null only when the stored time is not a date
                             */
                            nextRunAt: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/inventory-update-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published warehouse inventory update log entries after a cursor, oldest first
         * @description Start with after=0 and call again with nextCursor once you have applied the items. With skipAlsoReportedBy, entries that those documents will report too are left out (the cursor still moves past them), so each quantity reaches you once.
         *
         *     Access: admin, source_system, integration_operator, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: {
                    after?: number;
                    limit?: number;
                    /** @description Comma-separated: ShipmentReceipt, ShipmentPackingSlip, CountingJournal */
                    skipAlsoReportedBy?: string;
                };
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description LineNumber: the read cursor */
                                sequence: number;
                                /** @description Groups the entries of one physical update */
                                updateReferenceId: string;
                                publishId: string;
                                publishedAt: string;
                                /** @description When the stock physically changed */
                                transactionTime: string;
                                /** @description What caused it: InboundOrderLine, OutboundOrderLine, CountingJournal, InventoryStatusChange... */
                                referenceCategory: string;
                                referenceId: string;
                                kind: string;
                                itemNumber: string;
                                sourceSystemItemNumber: string;
                                /** @description The variant's colour */
                                productColorId: string | null;
                                /** @description The variant's size */
                                productSizeId: string | null;
                                /** @description The variant's style */
                                productStyleId: string | null;
                                /** @description The variant's configuration */
                                productConfigurationId: string | null;
                                warehouseId: string;
                                locationId: string | null;
                                licensePlateId: string | null;
                                inventoryStatusId: string;
                                inventoryOwnerId: string;
                                sourceSystemInventoryOwnerId: string | null;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                /** @description Signed: positive added, negative removed */
                                handlingQuantity: number;
                                handlingQuantityUnitSymbol: string;
                                /** @description ShipmentReceipt, ShipmentPackingSlip or CountingJournal: that document reports the same quantity too */
                                alsoReportedBy: string | null;
                            }[];
                            nextCursor: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/inventory-update-log/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish new update log entries now (what the background process does every 10 minutes)
         * @description Access: admin, integration_operator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            published: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/on-hand-drift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Why the WMS and the source system may disagree: physical on-hand, what the source system was told, and the open documents in between
         * @description Access: admin, source_system, integration_operator, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 8601 instant; default now */
                    at?: string;
                    /** @description Also list lines without a difference */
                    all?: boolean;
                    itemNumber?: string;
                };
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sourceSystemId: string;
                            at: string;
                            lines: {
                                itemNumber: string;
                                sourceSystemItemNumber: string;
                                warehouseId: string;
                                inventoryStatusId: string;
                                inventoryOwnerId: string;
                                sourceSystemInventoryOwnerId: string | null;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                /** @description Physical on-hand in the warehouse */
                                wmsOnHandQuantity: number;
                                /** @description What the source system has been told through finalized documents, counting journals and published update log entries */
                                toldOnHandQuantity: number;
                                /** @description wms - told */
                                differenceQuantity: number;
                                openDocuments: {
                                    /** @description RegisteredNotReceivingCompleted, PickedNotShipConfirmed, UpdateLogEntryNotPublished or StatusChangeNotReported */
                                    reason: string;
                                    referenceType: string;
                                    referenceId: string;
                                    operationId: string;
                                    kind: string;
                                    status: string;
                                    quantity: number;
                                    since: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Warehouse work, oldest first (the queue a worker takes from)
         * @description Access: admin, warehouse_worker, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    warehouseId?: string;
                    workType?: "PutAway" | "Pick" | "Count" | "Replenishment";
                    status?: "Open" | "InProcess" | "PendingReview" | "Closed" | "Canceled";
                    referenceType?: string;
                    referenceId?: string;
                    assignedWorker?: string;
                    sourceSystemId?: string;
                    /** @description Work id or reference id contains */
                    q?: string;
                    /** @description Field to sort by; default createdAt (asc). Ties keep a stable order; empty values come last. */
                    sort?: "workId" | "workType" | "warehouseId" | "status" | "workTemplateId" | "referenceType" | "referenceId" | "sourceSystemId" | "assignedWorker" | "createdAt" | "updatedAt" | "startedAt" | "closedAt";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                workId: string;
                                workType: string;
                                warehouseId: string;
                                status: string;
                                workTemplateId: string | null;
                                /** @description What caused the work, e.g. InboundLoad */
                                referenceType: string;
                                referenceId: string;
                                sourceSystemId: string | null;
                                assignedWorker: string | null;
                                cancelReason: string | null;
                                version: number;
                                createdAt: string;
                                updatedAt: string;
                                startedAt: string | null;
                                closedAt: string | null;
                                /** @description Pick-pick-put: the picks come first, then one put of everything (POST .../put-all) */
                                groupPuts: boolean;
                                /** @description The replenishment work this work waits for: it cannot be taken until that is put */
                                waitingForWorkId: string | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work/{workId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One piece of work with its lines, each with its item name and the order it serves
         * @description Access: admin, warehouse_worker, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workId: string;
                            workType: string;
                            warehouseId: string;
                            status: string;
                            workTemplateId: string | null;
                            /** @description What caused the work, e.g. InboundLoad */
                            referenceType: string;
                            referenceId: string;
                            sourceSystemId: string | null;
                            assignedWorker: string | null;
                            cancelReason: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            startedAt: string | null;
                            closedAt: string | null;
                            /** @description Pick-pick-put: the picks come first, then one put of everything (POST .../put-all) */
                            groupPuts: boolean;
                            /** @description The replenishment work this work waits for: it cannot be taken until that is put */
                            waitingForWorkId: string | null;
                            lines: {
                                lineNumber: number;
                                lineType: string;
                                pickLineNumber: number | null;
                                itemNumber: string;
                                /** @description Pick: where from; put: the suggested location */
                                locationId: string;
                                licensePlateId: string | null;
                                inventoryOwnerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                quantity: number;
                                unitSymbol: string;
                                handledQuantity: number;
                                status: string;
                                /** @description Where the put was made when the worker overrode the location */
                                actualLocationId: string | null;
                                overrideReason: string | null;
                                handledBy: string | null;
                                handledAt: string | null;
                                itemName?: string | null;
                                order?: {
                                    orderNumber: string;
                                    sourceSystemOrderNumber: string;
                                    /** @description The customer (outbound) or the vendor (inbound) of the order */
                                    partyName: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work/{workId}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take (assign) work: it becomes In process for the calling worker
         * @description Access: admin, warehouse_worker, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retry with the same id is applied once and answered with the work as it is now */
                        operationId: string;
                        /** @description Managers only: assign to this worker */
                        workerId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workId: string;
                            workType: string;
                            warehouseId: string;
                            status: string;
                            workTemplateId: string | null;
                            /** @description What caused the work, e.g. InboundLoad */
                            referenceType: string;
                            referenceId: string;
                            sourceSystemId: string | null;
                            assignedWorker: string | null;
                            cancelReason: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            startedAt: string | null;
                            closedAt: string | null;
                            /** @description Pick-pick-put: the picks come first, then one put of everything (POST .../put-all) */
                            groupPuts: boolean;
                            /** @description The replenishment work this work waits for: it cannot be taken until that is put */
                            waitingForWorkId: string | null;
                            lines: {
                                lineNumber: number;
                                lineType: string;
                                pickLineNumber: number | null;
                                itemNumber: string;
                                /** @description Pick: where from; put: the suggested location */
                                locationId: string;
                                licensePlateId: string | null;
                                inventoryOwnerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                quantity: number;
                                unitSymbol: string;
                                handledQuantity: number;
                                status: string;
                                /** @description Where the put was made when the worker overrode the location */
                                actualLocationId: string | null;
                                overrideReason: string | null;
                                handledBy: string | null;
                                handledAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work/{workId}/lines/{lineNumber}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a pick line (stock leaves its location) or a put line (stock arrives at the suggested or an overriding location)
         * @description Access: admin, warehouse_worker, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workId: string;
                    lineNumber: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retry with the same id is applied once and answered with the work as it is now */
                        operationId: string;
                        /** @description Default: the whole open quantity of the line */
                        quantity?: number;
                        /** @description Put lines: put here instead of the suggested location */
                        locationId?: string;
                        /** @description Why the suggested location was overridden */
                        reason?: string;
                        /** @description Managers only: confirm for this worker */
                        workerId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workId: string;
                            workType: string;
                            warehouseId: string;
                            status: string;
                            workTemplateId: string | null;
                            /** @description What caused the work, e.g. InboundLoad */
                            referenceType: string;
                            referenceId: string;
                            sourceSystemId: string | null;
                            assignedWorker: string | null;
                            cancelReason: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            startedAt: string | null;
                            closedAt: string | null;
                            /** @description Pick-pick-put: the picks come first, then one put of everything (POST .../put-all) */
                            groupPuts: boolean;
                            /** @description The replenishment work this work waits for: it cannot be taken until that is put */
                            waitingForWorkId: string | null;
                            lines: {
                                lineNumber: number;
                                lineType: string;
                                pickLineNumber: number | null;
                                itemNumber: string;
                                /** @description Pick: where from; put: the suggested location */
                                locationId: string;
                                licensePlateId: string | null;
                                inventoryOwnerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                quantity: number;
                                unitSymbol: string;
                                handledQuantity: number;
                                status: string;
                                /** @description Where the put was made when the worker overrode the location */
                                actualLocationId: string | null;
                                overrideReason: string | null;
                                handledBy: string | null;
                                handledAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work/{workId}/put-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pick-pick-put: put everything picked so far in one step (each open put line with picked stock, one operation)
         * @description Access: admin, warehouse_worker, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retry with the same id is applied once and answered with the work as it is now */
                        operationId: string;
                        /** @description Put here instead of the suggested location */
                        locationId?: string;
                        /** @description Why the suggested location was overridden */
                        reason?: string;
                        /** @description Managers only: put for this worker */
                        workerId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workId: string;
                            workType: string;
                            warehouseId: string;
                            status: string;
                            workTemplateId: string | null;
                            /** @description What caused the work, e.g. InboundLoad */
                            referenceType: string;
                            referenceId: string;
                            sourceSystemId: string | null;
                            assignedWorker: string | null;
                            cancelReason: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            startedAt: string | null;
                            closedAt: string | null;
                            /** @description Pick-pick-put: the picks come first, then one put of everything (POST .../put-all) */
                            groupPuts: boolean;
                            /** @description The replenishment work this work waits for: it cannot be taken until that is put */
                            waitingForWorkId: string | null;
                            lines: {
                                lineNumber: number;
                                lineType: string;
                                pickLineNumber: number | null;
                                itemNumber: string;
                                /** @description Pick: where from; put: the suggested location */
                                locationId: string;
                                licensePlateId: string | null;
                                inventoryOwnerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                quantity: number;
                                unitSymbol: string;
                                handledQuantity: number;
                                status: string;
                                /** @description Where the put was made when the worker overrode the location */
                                actualLocationId: string | null;
                                overrideReason: string | null;
                                handledBy: string | null;
                                handledAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work/{workId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel work that has not moved any stock yet
         * @description Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retry with the same id is applied once and answered with the work as it is now */
                        operationId?: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workId: string;
                            workType: string;
                            warehouseId: string;
                            status: string;
                            workTemplateId: string | null;
                            /** @description What caused the work, e.g. InboundLoad */
                            referenceType: string;
                            referenceId: string;
                            sourceSystemId: string | null;
                            assignedWorker: string | null;
                            cancelReason: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            startedAt: string | null;
                            closedAt: string | null;
                            /** @description Pick-pick-put: the picks come first, then one put of everything (POST .../put-all) */
                            groupPuts: boolean;
                            /** @description The replenishment work this work waits for: it cannot be taken until that is put */
                            waitingForWorkId: string | null;
                            lines: {
                                lineNumber: number;
                                lineType: string;
                                pickLineNumber: number | null;
                                itemNumber: string;
                                /** @description Pick: where from; put: the suggested location */
                                locationId: string;
                                licensePlateId: string | null;
                                inventoryOwnerId: string;
                                inventoryStatusId: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                quantity: number;
                                unitSymbol: string;
                                handledQuantity: number;
                                status: string;
                                /** @description Where the put was made when the worker overrode the location */
                                actualLocationId: string | null;
                                overrideReason: string | null;
                                handledBy: string | null;
                                handledAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cluster picking: take several pieces of pick work (e.g. one per shipment) for one trip, each picked into its own target license plate
         * @description Access: admin, warehouse_worker, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retry with the same id is applied once and answered with the work as it is now */
                        operationId: string;
                        members: {
                            workId: string;
                            /** @description The tote or license plate this work is picked into */
                            targetLicensePlateId: string;
                        }[];
                        /** @description Managers only: for this worker */
                        workerId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clusterId: string;
                            warehouseId: string;
                            workerId: string;
                            /** @description InProcess or Closed */
                            status: string;
                            createdAt: string;
                            closedAt: string | null;
                            members: {
                                workId: string;
                                position: number;
                                targetLicensePlateId: string;
                                status: string;
                                referenceType: string;
                                referenceId: string;
                            }[];
                            /** @description Picks first, in location order (one trip), then the puts */
                            lines: {
                                workId: string;
                                lineNumber: number;
                                lineType: string;
                                itemNumber: string;
                                locationId: string;
                                quantity: number;
                                handledQuantity: number;
                                unitSymbol: string;
                                status: string;
                                /** @description The license plate (tote) this line is picked into */
                                targetLicensePlateId: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-clusters/{clusterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A work cluster with its members and lines
         * @description Access: admin, warehouse_worker, warehouse_manager, planner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clusterId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clusterId: string;
                            warehouseId: string;
                            workerId: string;
                            /** @description InProcess or Closed */
                            status: string;
                            createdAt: string;
                            closedAt: string | null;
                            members: {
                                workId: string;
                                position: number;
                                targetLicensePlateId: string;
                                status: string;
                                referenceType: string;
                                referenceId: string;
                            }[];
                            /** @description Picks first, in location order (one trip), then the puts */
                            lines: {
                                workId: string;
                                lineNumber: number;
                                lineType: string;
                                itemNumber: string;
                                locationId: string;
                                quantity: number;
                                handledQuantity: number;
                                unitSymbol: string;
                                status: string;
                                /** @description The license plate (tote) this line is picked into */
                                targetLicensePlateId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-clusters/{clusterId}/put": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The cluster's one put: every member's picked stock to its put location, each on its own license plate
         * @description Access: admin, warehouse_worker, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clusterId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retry with the same id is applied once and answered with the work as it is now */
                        operationId: string;
                        /** @description Put here instead of the suggested location */
                        locationId?: string;
                        /** @description Why the suggested location was overridden */
                        reason?: string;
                        /** @description Managers only: for this worker */
                        workerId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clusterId: string;
                            warehouseId: string;
                            workerId: string;
                            /** @description InProcess or Closed */
                            status: string;
                            createdAt: string;
                            closedAt: string | null;
                            members: {
                                workId: string;
                                position: number;
                                targetLicensePlateId: string;
                                status: string;
                                referenceType: string;
                                referenceId: string;
                            }[];
                            /** @description Picks first, in location order (one trip), then the puts */
                            lines: {
                                workId: string;
                                lineNumber: number;
                                lineType: string;
                                itemNumber: string;
                                locationId: string;
                                quantity: number;
                                handledQuantity: number;
                                unitSymbol: string;
                                status: string;
                                /** @description The license plate (tote) this line is picked into */
                                targetLicensePlateId: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Work templates in sequence order
         * @description Access: admin, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    workType?: "PutAway" | "Pick" | "Count" | "Replenishment";
                    warehouseId?: string;
                    /** @description Field to sort by; default sequence (asc). Ties keep a stable order; empty values come last. */
                    sort?: "sequence" | "templateId" | "name" | "workType" | "warehouseId" | "active";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                templateId: string;
                                name: string;
                                workType: string;
                                warehouseId: string | null;
                                sequence: number;
                                active: boolean;
                                maxPickLines: number | null;
                                groupPuts: boolean;
                                version: number;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a work template
         * @description Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        templateId: string;
                        name: string;
                        workType: "PutAway" | "Pick" | "Count" | "Replenishment";
                        /** @description Null: every warehouse */
                        warehouseId?: string | null;
                        sequence: number;
                        active?: boolean;
                        /** @description Pick work: the most pick lines in one piece of work; a wave splits larger work into several pieces (null: no limit) */
                        maxPickLines?: number | null;
                        /** @description Pick-pick-put: every pick of the work first, then one put of everything picked (default false: a put after each pick) */
                        groupPuts?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            templateId: string;
                            name: string;
                            workType: string;
                            warehouseId: string | null;
                            sequence: number;
                            active: boolean;
                            maxPickLines: number | null;
                            groupPuts: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a work template
         * @description Access: admin, warehouse_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        workType: "PutAway" | "Pick" | "Count" | "Replenishment";
                        /** @description Null: every warehouse */
                        warehouseId?: string | null;
                        sequence: number;
                        active?: boolean;
                        /** @description Pick work: the most pick lines in one piece of work; a wave splits larger work into several pieces (null: no limit) */
                        maxPickLines?: number | null;
                        /** @description Pick-pick-put: every pick of the work first, then one put of everything picked (default false: a put after each pick) */
                        groupPuts?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            templateId: string;
                            name: string;
                            workType: string;
                            warehouseId: string | null;
                            sequence: number;
                            active: boolean;
                            maxPickLines: number | null;
                            groupPuts: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a work template (existing work keeps its template id)
         * @description Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/location-directives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Location directives in sequence order
         * @description Access: admin, warehouse_manager, planner, warehouse_worker.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    workType?: "PutAway" | "Pick" | "Count" | "Replenishment";
                    warehouseId?: string;
                    /** @description Field to sort by; default warehouseId (asc). Ties keep a stable order; empty values come last. */
                    sort?: "warehouseId" | "sequence" | "directiveId" | "name" | "workType" | "lineType" | "zoneId" | "active";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                directiveId: string;
                                name: string;
                                workType: string;
                                lineType: string;
                                warehouseId: string;
                                sequence: number;
                                itemNumber: string | null;
                                inventoryOwnerId: string | null;
                                inventoryStatusId: string | null;
                                zoneId: string | null;
                                locationType: string | null;
                                respectCapacity: boolean;
                                oneItemPerLocation: boolean;
                                fallbackLocationId: string | null;
                                active: boolean;
                                version: number;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a location directive
         * @description Access: admin, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        directiveId: string;
                        name: string;
                        workType: "PutAway" | "Pick" | "Count" | "Replenishment";
                        lineType?: "Pick" | "Put";
                        warehouseId: string;
                        sequence: number;
                        itemNumber?: string | null;
                        inventoryOwnerId?: string | null;
                        inventoryStatusId?: string | null;
                        /** @description Only locations of this zone */
                        zoneId?: string | null;
                        /** @description Candidate locations' type; storage when not set */
                        locationType?: string | null;
                        /** @description Skip locations whose maxQuantity would be exceeded */
                        respectCapacity?: boolean;
                        /** @description Skip locations holding another item */
                        oneItemPerLocation?: boolean;
                        /** @description Used when no candidate location fits */
                        fallbackLocationId?: string | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            directiveId: string;
                            name: string;
                            workType: string;
                            lineType: string;
                            warehouseId: string;
                            sequence: number;
                            itemNumber: string | null;
                            inventoryOwnerId: string | null;
                            inventoryStatusId: string | null;
                            zoneId: string | null;
                            locationType: string | null;
                            respectCapacity: boolean;
                            oneItemPerLocation: boolean;
                            fallbackLocationId: string | null;
                            active: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/location-directives/{directiveId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a location directive
         * @description Access: admin, warehouse_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    directiveId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        workType: "PutAway" | "Pick" | "Count" | "Replenishment";
                        lineType?: "Pick" | "Put";
                        warehouseId: string;
                        sequence: number;
                        itemNumber?: string | null;
                        inventoryOwnerId?: string | null;
                        inventoryStatusId?: string | null;
                        /** @description Only locations of this zone */
                        zoneId?: string | null;
                        /** @description Candidate locations' type; storage when not set */
                        locationType?: string | null;
                        /** @description Skip locations whose maxQuantity would be exceeded */
                        respectCapacity?: boolean;
                        /** @description Skip locations holding another item */
                        oneItemPerLocation?: boolean;
                        /** @description Used when no candidate location fits */
                        fallbackLocationId?: string | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            directiveId: string;
                            name: string;
                            workType: string;
                            lineType: string;
                            warehouseId: string;
                            sequence: number;
                            itemNumber: string | null;
                            inventoryOwnerId: string | null;
                            inventoryStatusId: string | null;
                            zoneId: string | null;
                            locationType: string | null;
                            respectCapacity: boolean;
                            oneItemPerLocation: boolean;
                            fallbackLocationId: string | null;
                            active: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a location directive
         * @description Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    directiveId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a username and password
         * @description Answers a session token to send as `Authorization: Bearer <token>`, or with `cookie: true` sets it as an HttpOnly, SameSite=Strict cookie instead (the web UI); changes made with the cookie must carry `csrfToken` in the x-csrf-token header. The session ends after 480 minutes without use and at the latest 720 minutes after sign-in. A wrong username, a wrong password, a disabled user and a locked account (ten failures in a row lock it for five minutes) all get the same 401. Sign-ins are limited per client address and per username (429 with Retry-After), and answered 503 with Retry-After when too many passwords are being checked at once. When `mustChangePassword` is true, the password was set by someone else and must be changed (PUT /api/v1/session/password) before anything else.
         *
         *     Access: public, no key needed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                        /** @description Set the session as an HttpOnly cookie and leave the token out of the answer (the web UI) */
                        cookie?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Left out when the session is set as a cookie */
                            token?: string;
                            csrfToken: string;
                            /** Format: date-time */
                            expiresAt: string;
                            mustChangePassword: boolean;
                            user: {
                                username: string;
                                displayName: string;
                                /** @enum {unknown} */
                                role: "admin" | "warehouse_manager" | "planner" | "integration_operator" | "warehouse_worker";
                                /** @description The web UI's language the person chose; null: none chosen, the browser's language applies */
                                language: ("en" | "de") | (never | null);
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user, when the session ends if left unused, and its CSRF token
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                username: string;
                                displayName: string;
                                /** @enum {unknown} */
                                role: "admin" | "warehouse_manager" | "planner" | "integration_operator" | "warehouse_worker";
                                /** @description The web UI's language the person chose; null: none chosen, the browser's language applies */
                                language: ("en" | "de") | (never | null);
                            };
                            /** Format: date-time */
                            expiresAt: string;
                            /** @description The password was set by someone else: until it is changed, only the session routes answer */
                            mustChangePassword: boolean;
                            /** @description Send it in the x-csrf-token header with every change made with the session cookie */
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Sign out: ends the session whose token is sent (and removes its cookie)
         * @description Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change your own password
         * @description The new password needs at least 12 characters and must not be easy to guess (common passwords, keyboard patterns, repeats, your own names are refused with the reason). The current password is checked like a sign-in: ten wrong ones in a row lock the account for five minutes. Your other sessions end; this one goes on.
         *
         *     Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                username: string;
                                displayName: string;
                                /** @enum {unknown} */
                                role: "admin" | "warehouse_manager" | "planner" | "integration_operator" | "warehouse_worker";
                                /** @description The web UI's language the person chose; null: none chosen, the browser's language applies */
                                language: ("en" | "de") | (never | null);
                            };
                            /** Format: date-time */
                            expiresAt: string;
                            /** @description The password was set by someone else: until it is changed, only the session routes answer */
                            mustChangePassword: boolean;
                            /** @description Send it in the x-csrf-token header with every change made with the session cookie */
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your own preferences: the language of the web UI
         * @description Kept with the user, so the choice follows them to every device and sign-in. `null` goes back to the browser's language.
         *
         *     Access: admin, warehouse_manager, planner, integration_operator, warehouse_worker.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The web UI's language the person chose; null: none chosen, the browser's language applies */
                        language: ("en" | "de") | (never | null);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                username: string;
                                displayName: string;
                                /** @enum {unknown} */
                                role: "admin" | "warehouse_manager" | "planner" | "integration_operator" | "warehouse_worker";
                                /** @description The web UI's language the person chose; null: none chosen, the browser's language applies */
                                language: ("en" | "de") | (never | null);
                            };
                            /** Format: date-time */
                            expiresAt: string;
                            /** @description The password was set by someone else: until it is changed, only the session routes answer */
                            mustChangePassword: boolean;
                            /** @description Send it in the x-csrf-token header with every change made with the session cookie */
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users, by username
         * @description Access: admin only.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    role?: "admin" | "warehouse_manager" | "planner" | "integration_operator" | "warehouse_worker";
                    disabled?: boolean;
                    /** @description Field to sort by; default username (asc). Ties keep a stable order; empty values come last. */
                    sort?: "username" | "displayName" | "role" | "disabled" | "createdAt" | "updatedAt";
                    /** @description asc or desc; default asc for the default sort, asc when a sort field is given */
                    order?: "asc" | "desc";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                username: string;
                                displayName: string;
                                /** @enum {unknown} */
                                role: "admin" | "warehouse_manager" | "planner" | "integration_operator" | "warehouse_worker";
                                disabled: boolean;
                                /** Format: date-time */
                                lockedUntil: string | null;
                                /** @description The password was set by an admin (or the command line) and is changed by the user at the next sign-in */
                                mustChangePassword: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a user who signs in with a password
         * @description Access: admin only.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Lower case letters, digits, dots, dashes, underscores */
                        username: string;
                        displayName?: string;
                        /** @enum {unknown} */
                        role: "admin" | "warehouse_manager" | "planner" | "integration_operator" | "warehouse_worker";
                        /** @description At least 12 characters and not easy to guess; the user must change it at the next sign-in */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            displayName: string;
                            /** @enum {unknown} */
                            role: "admin" | "warehouse_manager" | "planner" | "integration_operator" | "warehouse_worker";
                            disabled: boolean;
                            /** Format: date-time */
                            lockedUntil: string | null;
                            /** @description The password was set by an admin (or the command line) and is changed by the user at the next sign-in */
                            mustChangePassword: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user
         * @description Disabling a user or setting a new password ends all of the user's sessions. A new password also lifts a lock after failed sign-ins, and the user must change it at the next sign-in. The last enabled admin can be neither disabled nor given another role (409 AUTH.LAST_ADMIN).
         *
         *     Access: admin only.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /** @enum {unknown} */
                        role?: "admin" | "warehouse_manager" | "planner" | "integration_operator" | "warehouse_worker";
                        disabled?: boolean;
                        /** @description At least 12 characters and not easy to guess; the user must change it at the next sign-in */
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            displayName: string;
                            /** @enum {unknown} */
                            role: "admin" | "warehouse_manager" | "planner" | "integration_operator" | "warehouse_worker";
                            disabled: boolean;
                            /** Format: date-time */
                            lockedUntil: string | null;
                            /** @description The password was set by an admin (or the command line) and is changed by the user at the next sign-in */
                            mustChangePassword: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/overviews/outbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The outbound workspace's overview: orders to release by requested ship date, waves, open work, loads to ship, picks per hour today by worker and zone, backlog age
         * @description Access: admin, planner, warehouse_manager.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only this warehouse; default all */
                    warehouseId?: string;
                    /** @description The viewer's local time minus UTC in minutes (60 in Berlin in winter); sets where today and each hour begin. Default 0 */
                    utcOffsetMinutes?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generatedAt: string;
                            /** @description Start of the first hour of the hourly series */
                            windowStart: string;
                            /** @description End of the last hour of the hourly series */
                            windowEnd: string;
                            /** @description Active orders not released at all, by their requested ship date (start of the requested shipping period) */
                            ordersToRelease: {
                                /** @description Requested to ship before now */
                                overdue: number;
                                /** @description Requested to ship from now until the end of the day */
                                today: number;
                                later: number;
                                /** @description No requested ship date */
                                noDate: number;
                                total: number;
                            };
                            partiallyReleasedOrders: number;
                            waves: {
                                /** @description Open waves, waiting to be processed */
                                toProcess: number;
                                /** @description Executed waves whose pick work is not done yet */
                                picking: number;
                            };
                            /** @description Work not closed or canceled, by type and status */
                            openWork: {
                                workType: string;
                                status: string;
                                count: number;
                            }[];
                            loads: {
                                open: number;
                                inProcess: number;
                                /** @description Picked and ready to ship confirm */
                                loaded: number;
                                shippedToday: number;
                            };
                            /** @description One entry per hour of the window, zeros included */
                            picksByWorker: {
                                /** @description What the counts are split by (workers, zones, source systems...), largest total first; "" for none */
                                keys: string[];
                                hours: {
                                    /** @description Start of the hour (ISO 8601) */
                                    hourStart: string;
                                    /** @description Count per key; keys with none are left out */
                                    counts: {
                                        [key: string]: number;
                                    };
                                    total: number;
                                }[];
                            };
                            /** @description One entry per hour of the window, zeros included */
                            picksByZone: {
                                /** @description What the counts are split by (workers, zones, source systems...), largest total first; "" for none */
                                keys: string[];
                                hours: {
                                    /** @description Start of the hour (ISO 8601) */
                                    hourStart: string;
                                    /** @description Count per key; keys with none are left out */
                                    counts: {
                                        [key: string]: number;
                                    };
                                    total: number;
                                }[];
                            };
                            /** @description How long the open records have been waiting, youngest bucket first */
                            ordersToReleaseAge: {
                                /** @description under1h, 1to4h, 4to24h, 1to3d, 3to7d or over7d */
                                bucket: string;
                                fromHours: number;
                                toHours: number | null;
                                count: number;
                            }[];
                            /** @description How long the open records have been waiting, youngest bucket first */
                            openPickWorkAge: {
                                /** @description under1h, 1to4h, 4to24h, 1to3d, 3to7d or over7d */
                                bucket: string;
                                fromHours: number;
                                toHours: number | null;
                                count: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/overviews/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inbound workspace's overview: orders to receive by planned date, loads by status, receipts to post, open put-away, registrations per hour today by worker and zone
         * @description Access: admin, planner, warehouse_manager.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only this warehouse; default all */
                    warehouseId?: string;
                    /** @description The viewer's local time minus UTC in minutes (60 in Berlin in winter); sets where today and each hour begin. Default 0 */
                    utcOffsetMinutes?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generatedAt: string;
                            /** @description Start of the first hour of the hourly series */
                            windowStart: string;
                            /** @description End of the last hour of the hourly series */
                            windowEnd: string;
                            /** @description Active orders with nothing received yet (receiving status Open), by the start of their planned receipt period */
                            ordersToReceive: {
                                /** @description Planned to arrive before today */
                                overdue: number;
                                /** @description Planned to arrive today */
                                today: number;
                                later: number;
                                /** @description No planned receipt date */
                                noDate: number;
                                total: number;
                            };
                            partiallyReceivedOrders: number;
                            loads: {
                                /** @description Planned, not yet dispatched by the vendor */
                                open: number;
                                /** @description Dispatched by the vendor: on the way or at the door, waiting to be received */
                                shipped: number;
                                /** @description Being received */
                                inProcess: number;
                                /** @description Receiving completed today */
                                receivedToday: number;
                            };
                            shipmentReceipts: {
                                readyForPosting: number;
                                /** @description Ready for posting, and the last attempt to post failed */
                                postingFailed: number;
                            };
                            openPutAwayWork: {
                                open: number;
                                inProcess: number;
                            };
                            /** @description One entry per hour of the window, zeros included */
                            receiptsByWorker: {
                                /** @description What the counts are split by (workers, zones, source systems...), largest total first; "" for none */
                                keys: string[];
                                hours: {
                                    /** @description Start of the hour (ISO 8601) */
                                    hourStart: string;
                                    /** @description Count per key; keys with none are left out */
                                    counts: {
                                        [key: string]: number;
                                    };
                                    total: number;
                                }[];
                            };
                            /** @description One entry per hour of the window, zeros included */
                            receiptsByZone: {
                                /** @description What the counts are split by (workers, zones, source systems...), largest total first; "" for none */
                                keys: string[];
                                hours: {
                                    /** @description Start of the hour (ISO 8601) */
                                    hourStart: string;
                                    /** @description Count per key; keys with none are left out */
                                    counts: {
                                        [key: string]: number;
                                    };
                                    total: number;
                                }[];
                            };
                            /** @description How long the open records have been waiting, youngest bucket first */
                            openPutAwayWorkAge: {
                                /** @description under1h, 1to4h, 4to24h, 1to3d, 3to7d or over7d */
                                bucket: string;
                                fromHours: number;
                                toHours: number | null;
                                count: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/overviews/integration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The integration workspace's overview: failed, queued and draft messages, dead letters and failing processes per source system, message throughput per hour, backlog age
         * @description An integration client sees only its own source system.
         *
         *     Access: admin, integration_operator, warehouse_manager, source_system.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The viewer's local time minus UTC in minutes (60 in Berlin in winter); sets where today and each hour begin. Default 0 */
                    utcOffsetMinutes?: number;
                    /** @description Only this source system; an integration client always gets only its own */
                    sourceSystemId?: string;
                    /** @description How many hours the throughput covers, the current one included; default 24, at most 72 */
                    hours?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generatedAt: string;
                            /** @description Start of the first hour of the hourly series */
                            windowStart: string;
                            /** @description End of the last hour of the hourly series */
                            windowEnd: string;
                            totals: {
                                /** @description Messages whose processing failed (processing status Failed) */
                                failed: number;
                                /** @description Messages waiting for the processor (processing status Received) */
                                queued: number;
                                drafts: number;
                                /** @description Webhook deliveries that gave up */
                                deadLetteredDeliveries: number;
                                /** @description Background processes whose last run failed */
                                failingProcesses: number;
                            };
                            sourceSystems: {
                                sourceSystemId: string;
                                name: string;
                                /** @description Messages whose processing failed (processing status Failed) */
                                failed: number;
                                /** @description Messages waiting for the processor (processing status Received) */
                                queued: number;
                                drafts: number;
                                /** @description Webhook deliveries that gave up */
                                deadLetteredDeliveries: number;
                                /** @description Background processes whose last run failed */
                                failingProcesses: number;
                                /** @description Message throughput per hour of the window, zeros included */
                                hours: {
                                    hourStart: string;
                                    /** @description Messages received in the hour */
                                    received: number;
                                    /** @description Messages whose processing ended Accepted in the hour */
                                    accepted: number;
                                    /** @description Messages whose last processing attempt failed in the hour (and that are still Failed) */
                                    failed: number;
                                }[];
                            }[];
                            /** @description How long the open records have been waiting, youngest bucket first */
                            queuedAge: {
                                /** @description under1h, 1to4h, 4to24h, 1to3d, 3to7d or over7d */
                                bucket: string;
                                fromHours: number;
                                toHours: number | null;
                                count: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/overviews/on-hand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The on-hand workspace's overview: items, locations and license plates with stock, stock by status, the last ledger check, ledger movements per hour today by kind
         * @description Access: admin, planner, warehouse_manager, integration_operator.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only this warehouse; default all */
                    warehouseId?: string;
                    /** @description The viewer's local time minus UTC in minutes (60 in Berlin in winter); sets where today and each hour begin. Default 0 */
                    utcOffsetMinutes?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generatedAt: string;
                            /** @description Start of the first hour of the hourly series */
                            windowStart: string;
                            /** @description End of the last hour of the hourly series */
                            windowEnd: string;
                            /** @description Items with physical stock */
                            itemsInStock: number;
                            /** @description Locations with physical stock (not counting stock carried by workers) */
                            locationsWithStock: number;
                            licensePlatesWithStock: number;
                            /** @description Workers carrying stock they picked and have not put yet */
                            carriedByWorkers: number;
                            /** @description Stock rows (one per dimension combination) with a reservation */
                            reservedStockRows: number;
                            /** @description Stock rows with physical stock, by inventory status */
                            stockRowsByStatus: {
                                inventoryStatusId: string;
                                available: boolean;
                                count: number;
                            }[];
                            lastConsistencyCheck: {
                                checkedAt: string;
                                consistent: boolean;
                                differences: number;
                            } | null;
                            /** @description One entry per hour of the window, zeros included */
                            movementsByKind: {
                                /** @description What the counts are split by (workers, zones, source systems...), largest total first; "" for none */
                                keys: string[];
                                hours: {
                                    /** @description Start of the hour (ISO 8601) */
                                    hourStart: string;
                                    /** @description Count per key; keys with none are left out */
                                    counts: {
                                        [key: string]: number;
                                    };
                                    total: number;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/overviews/counting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The counting workspace's overview: open journals, cycle count work and counts pending review, counted lines per hour today by worker and zone
         * @description Access: admin, planner, warehouse_manager.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only this warehouse; default all */
                    warehouseId?: string;
                    /** @description The viewer's local time minus UTC in minutes (60 in Berlin in winter); sets where today and each hour begin. Default 0 */
                    utcOffsetMinutes?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generatedAt: string;
                            /** @description Start of the first hour of the hourly series */
                            windowStart: string;
                            /** @description End of the last hour of the hourly series */
                            windowEnd: string;
                            journals: {
                                /** @description Counting journals not posted yet */
                                open: number;
                                postedToday: number;
                            };
                            cycleCountWork: {
                                /** @description Waiting to be counted */
                                open: number;
                                /** @description Counted outside the limits, waiting for a manager to accept or reject */
                                pendingReview: number;
                                closedToday: number;
                            };
                            /** @description Adjusted, NoDifference, Accepted or Rejected */
                            closedTodayByOutcome: {
                                outcome: string;
                                count: number;
                            }[];
                            /** @description One entry per hour of the window, zeros included */
                            countsByWorker: {
                                /** @description What the counts are split by (workers, zones, source systems...), largest total first; "" for none */
                                keys: string[];
                                hours: {
                                    /** @description Start of the hour (ISO 8601) */
                                    hourStart: string;
                                    /** @description Count per key; keys with none are left out */
                                    counts: {
                                        [key: string]: number;
                                    };
                                    total: number;
                                }[];
                            };
                            /** @description One entry per hour of the window, zeros included */
                            countsByZone: {
                                /** @description What the counts are split by (workers, zones, source systems...), largest total first; "" for none */
                                keys: string[];
                                hours: {
                                    /** @description Start of the hour (ISO 8601) */
                                    hourStart: string;
                                    /** @description Count per key; keys with none are left out */
                                    counts: {
                                        [key: string]: number;
                                    };
                                    total: number;
                                }[];
                            };
                            /** @description How long the open records have been waiting, youngest bucket first */
                            openCycleCountWorkAge: {
                                /** @description under1h, 1to4h, 4to24h, 1to3d, 3to7d or over7d */
                                bucket: string;
                                fromHours: number;
                                toHours: number | null;
                                count: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/overviews/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reconciliation workspace's overview: per source system the lines with a difference and the open documents behind them, the last on-hand report and update log entry, and the drift at the end of each of the last days
         * @description Each day recomputes the drift explanation from the ledger, so fewer days answer sooner. An integration client sees only its own source system.
         *
         *     Access: admin, integration_operator, warehouse_manager, source_system.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The viewer's local time minus UTC in minutes (60 in Berlin in winter); sets where today and each hour begin. Default 0 */
                    utcOffsetMinutes?: number;
                    /** @description Only this source system; an integration client always gets only its own */
                    sourceSystemId?: string;
                    /** @description How many days the drift history covers, today included; default 7, at most 14 */
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generatedAt: string;
                            sourceSystems: {
                                sourceSystemId: string;
                                name: string;
                                /** @description Items and dimensions where the physical on-hand differs from what the source system was told (the drift explanation) */
                                linesWithDifference: number;
                                /** @description The ledger rows that make up the differences, by reason */
                                openDocuments: {
                                    reason: string;
                                    count: number;
                                }[];
                                lastReport: {
                                    reportId: string;
                                    inventoryAsOfDate: string;
                                    createdAt: string;
                                } | null;
                                updateLog: {
                                    lastSequence: number;
                                    lastPublishedAt: string | null;
                                } | null;
                                /** @description The drift explanation at the end of each of the last days, oldest first */
                                drift: {
                                    /** @description The end of the day (now for today) */
                                    at: string;
                                    linesWithDifference: number;
                                    openDocuments: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/overviews/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The setup workspace's overview: how many warehouses, locations, items, source systems, mappings, templates and subscriptions there are, and items no source system can name
         * @description Access: admin, warehouse_manager, integration_operator.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generatedAt: string;
                            /** @description How many records of each kind exist */
                            records: {
                                warehouses: number;
                                zones: number;
                                locations: number;
                                items: number;
                                units: number;
                                inventoryStatuses: number;
                                inventoryOwners: number;
                                sourceSystems: number;
                                itemMappings: number;
                                workTemplates: number;
                                locationDirectives: number;
                                waveTemplates: number;
                            };
                            /** @description Items no source system has an item number for: no message can name them */
                            itemsWithoutMapping: number;
                            activeWebhookSubscriptions: number;
                            /** @description Keys not revoked; null unless an admin asks */
                            activeApiKeys: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/overviews/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The users workspace's overview: users by role, locked, disabled and waiting to choose a password, active sessions, sign-ins per day
         * @description Access: admin only.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The viewer's local time minus UTC in minutes (60 in Berlin in winter); sets where today and each hour begin. Default 0 */
                    utcOffsetMinutes?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generatedAt: string;
                            byRole: {
                                role: string;
                                enabled: number;
                                disabled: number;
                            }[];
                            /** @description Locked for now after failed sign-ins */
                            locked: number;
                            /** @description Signing in next with a password someone else chose */
                            mustChangePassword: number;
                            /** @description Sessions neither signed out nor expired */
                            activeSessions: number;
                            /** @description Sessions started on each of the last 14 days, oldest first (as far as sessions are kept) */
                            signInsPerDay: {
                                dayStart: string;
                                count: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/d365-company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The source system's D365 company on /data/
         * @description Access: admin, integration_operator.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sourceSystemId: string;
                            /** @description The D365 company (lower case); null: the source system cannot use /data/ */
                            dataAreaId: string | null;
                        };
                    };
                };
            };
        };
        /**
         * Set the D365 company (dataAreaId) of a source system
         * @description Messages sent to /data/ must carry this dataAreaId (compared without case), and documents read there show it. Until it is set, the source system cannot send messages to /data/. See docs/d365-compatibility.md.
         *
         *     Access: admin only.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description D365's company id, e.g. usmf */
                        dataAreaId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sourceSystemId: string;
                            /** @description The D365 company (lower case); null: the source system cannot use /data/ */
                            dataAreaId: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove the D365 company of a source system (it can no longer send messages to /data/)
         * @description Access: admin only.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/container-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shipping container types
         * @description Access: admin, warehouse_manager, warehouse_worker, planner, integration_operator.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                containerTypeId: string;
                                name: string;
                                /** @description Weight of the empty container in grams */
                                tareWeightGrams: number;
                                /** @description Most the packed container may weigh in grams, tare included */
                                maxWeightGrams: number;
                                /** @description Outer length in millimetres */
                                lengthMm: number;
                                /** @description Outer width in millimetres */
                                widthMm: number;
                                /** @description Outer height in millimetres */
                                heightMm: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/container-types/{containerTypeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or change a shipping container type (tare, maximum weight, outer size)
         * @description Access: admin, warehouse_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    containerTypeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description Weight of the empty container in grams */
                        tareWeightGrams: number;
                        /** @description Most the packed container may weigh in grams, tare included */
                        maxWeightGrams: number;
                        /** @description Outer length in millimetres */
                        lengthMm: number;
                        /** @description Outer width in millimetres */
                        widthMm: number;
                        /** @description Outer height in millimetres */
                        heightMm: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            containerTypeId: string;
                            name: string;
                            /** @description Weight of the empty container in grams */
                            tareWeightGrams: number;
                            /** @description Most the packed container may weigh in grams, tare included */
                            maxWeightGrams: number;
                            /** @description Outer length in millimetres */
                            lengthMm: number;
                            /** @description Outer width in millimetres */
                            widthMm: number;
                            /** @description Outer height in millimetres */
                            heightMm: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove a container type no container uses
         * @description Access: admin, warehouse_manager.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    containerTypeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warehouses/{warehouseId}/label-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The warehouse's GS1 company prefix and SSCC extension digit
         * @description Access: admin, warehouse_manager, warehouse_worker, planner, integration_operator.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            warehouseId: string;
                            /** @description GS1 company prefix: 6 to 12 digits */
                            gs1CompanyPrefix: string;
                            /** @description SSCC extension digit, 0 to 9 */
                            extensionDigit: number;
                        };
                    };
                };
            };
        };
        /**
         * Set the warehouse's GS1 company prefix and SSCC extension digit
         * @description Access: admin, warehouse_manager.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description GS1 company prefix: 6 to 12 digits */
                        gs1CompanyPrefix: string;
                        /** @description SSCC extension digit, 0 to 9 */
                        extensionDigit: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            warehouseId: string;
                            /** @description GS1 company prefix: 6 to 12 digits */
                            gs1CompanyPrefix: string;
                            /** @description SSCC extension digit, 0 to 9 */
                            extensionDigit: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/label-printers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Label printers
         * @description Access: admin, warehouse_manager, warehouse_worker, planner, integration_operator.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                printerId: string;
                                name: string;
                                host: string;
                                port: number;
                                format: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/label-printers/{printerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or change a label printer (raw TCP, ZPL); its host must be on the warehouse network (ADR 0021)
         * @description Access: admin only.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    printerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description Address or host name on the warehouse network (ADR 0021) */
                        host: string;
                        /**
                         * @description Raw TCP port; 9100 when not given
                         * @default 9100
                         */
                        port?: number;
                        /**
                         * @description Label language; ZPL (Zebra)
                         * @enum {string}
                         */
                        format?: "ZPL";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            printerId: string;
                            name: string;
                            host: string;
                            port: number;
                            format: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove a label printer without print jobs
         * @description Access: admin only.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    printerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipping-containers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shipping containers of a shipment, load or warehouse with what each holds, newest first
         * @description Access: admin, warehouse_manager, warehouse_worker, planner.
         */
        get: {
            parameters: {
                query?: {
                    shipmentId?: string;
                    loadId?: string;
                    warehouseId?: string;
                    status?: "Open" | "Closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The license plate of the container */
                                containerId: string;
                                warehouseId: string;
                                stationLocationId: string;
                                shipmentId: string;
                                loadId: string;
                                sourceSystemId: string;
                                containerTypeId: string;
                                containerTypeName: string;
                                parentContainerId: string | null;
                                status: string;
                                weightGrams: number | null;
                                weightSource: string | null;
                                maxWeightGrams: number;
                                sscc: string | null;
                                openedBy: string;
                                openedAt: string;
                                closedBy: string | null;
                                closedAt: string | null;
                                contents: {
                                    orderNumber: string;
                                    orderLineNumber: number;
                                    itemNumber: string;
                                    batchNumber: string | null;
                                    serialNumber: string | null;
                                    quantity: number;
                                    unitSymbol: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a shipping container for a shipment at a packing station
         * @description Access: admin, warehouse_manager, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retry with the same id is applied once */
                        operationId: string;
                        warehouseId: string;
                        /** @description The packing station (a location of type packing) */
                        stationLocationId: string;
                        shipmentId: string;
                        containerTypeId: string;
                        /** @description A pre-printed license plate; otherwise one is numbered */
                        containerId?: string;
                        /** @description Nest the container on this container of the same shipment */
                        parentContainerId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The license plate of the container */
                            containerId: string;
                            warehouseId: string;
                            stationLocationId: string;
                            shipmentId: string;
                            loadId: string;
                            sourceSystemId: string;
                            containerTypeId: string;
                            containerTypeName: string;
                            parentContainerId: string | null;
                            status: string;
                            weightGrams: number | null;
                            weightSource: string | null;
                            maxWeightGrams: number;
                            sscc: string | null;
                            openedBy: string;
                            openedAt: string;
                            closedBy: string | null;
                            closedAt: string | null;
                            contents: {
                                orderNumber: string;
                                orderLineNumber: number;
                                itemNumber: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                quantity: number;
                                unitSymbol: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipping-containers/{containerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A shipping container and what it holds
         * @description Access: admin, warehouse_manager, warehouse_worker, planner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    containerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The license plate of the container */
                            containerId: string;
                            warehouseId: string;
                            stationLocationId: string;
                            shipmentId: string;
                            loadId: string;
                            sourceSystemId: string;
                            containerTypeId: string;
                            containerTypeName: string;
                            parentContainerId: string | null;
                            status: string;
                            weightGrams: number | null;
                            weightSource: string | null;
                            maxWeightGrams: number;
                            sscc: string | null;
                            openedBy: string;
                            openedAt: string;
                            closedBy: string | null;
                            closedAt: string | null;
                            contents: {
                                orderNumber: string;
                                orderLineNumber: number;
                                itemNumber: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                quantity: number;
                                unitSymbol: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipping-containers/{containerId}/pack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pack picked stock of the shipment into the container: a license plate, or an item and quantity
         * @description Access: admin, warehouse_manager, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    containerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retry with the same id is applied once */
                        operationId: string;
                        /** @description Pack everything picked for the shipment on this license plate */
                        licensePlateId?: string;
                        /** @description Or pack a quantity of this item (with quantity) */
                        itemNumber?: string;
                        quantity?: number;
                        batchNumber?: string;
                        serialNumber?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The license plate of the container */
                            containerId: string;
                            warehouseId: string;
                            stationLocationId: string;
                            shipmentId: string;
                            loadId: string;
                            sourceSystemId: string;
                            containerTypeId: string;
                            containerTypeName: string;
                            parentContainerId: string | null;
                            status: string;
                            weightGrams: number | null;
                            weightSource: string | null;
                            maxWeightGrams: number;
                            sscc: string | null;
                            openedBy: string;
                            openedAt: string;
                            closedBy: string | null;
                            closedAt: string | null;
                            contents: {
                                orderNumber: string;
                                orderLineNumber: number;
                                itemNumber: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                quantity: number;
                                unitSymbol: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipping-containers/{containerId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the container: its weight, its SSCC, the shippingContainer.closed event, and optionally its label to a printer
         * @description Access: admin, warehouse_manager, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    containerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retry with the same id is applied once */
                        operationId: string;
                        /** @description Weighed; otherwise computed from the items' unit weights and the tare */
                        weightGrams?: number;
                        /** @description Queue the label for this printer at once */
                        printerId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The license plate of the container */
                            containerId: string;
                            warehouseId: string;
                            stationLocationId: string;
                            shipmentId: string;
                            loadId: string;
                            sourceSystemId: string;
                            containerTypeId: string;
                            containerTypeName: string;
                            parentContainerId: string | null;
                            status: string;
                            weightGrams: number | null;
                            weightSource: string | null;
                            maxWeightGrams: number;
                            sscc: string | null;
                            openedBy: string;
                            openedAt: string;
                            closedBy: string | null;
                            closedAt: string | null;
                            contents: {
                                orderNumber: string;
                                orderLineNumber: number;
                                itemNumber: string;
                                batchNumber: string | null;
                                serialNumber: string | null;
                                quantity: number;
                                unitSymbol: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipping-containers/{containerId}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Print (or reprint) a closed container's label on a label printer
         * @description Access: admin, warehouse_manager, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    containerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        printerId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            printJobId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipping-containers/{containerId}/label.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A closed container's shipping label as PDF (SSCC as GS1-128)
         * @description Access: admin, warehouse_manager, warehouse_worker, planner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    containerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The PDF document (application/pdf) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipping-containers/{containerId}/label.zpl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A closed container's shipping label in ZPL for Zebra printers
         * @description Access: admin, warehouse_manager, warehouse_worker, planner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    containerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ZPL II (^XA ... ^XZ) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/label-print-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Label print jobs, newest first: queued, sent or failed, with attempts and the last error
         * @description Access: admin, warehouse_manager, warehouse_worker, planner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    printerId?: string;
                    containerId?: string;
                    status?: "queued" | "sending" | "sent" | "failed";
                    /** @description csv: every matching row (all pages, same filters and sort) as text/csv with the API field names as header row; at most 100000 rows. Also chosen by Accept: text/csv. */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                printerId: string;
                                /** @description The shipping container whose label it is; null for a license plate's label */
                                containerId: string | null;
                                /** @description The license plate whose label it is (printed at receiving); null for a container */
                                licensePlateId: string | null;
                                sscc: string | null;
                                status: "queued" | "sending" | "sent" | "failed";
                                attempts: number;
                                maxAttempts: number;
                                /** @description When a queued job is tried next */
                                nextAttemptAt: string | null;
                                lastError: string | null;
                                requestedBy: string;
                                createdAt: string;
                                sentAt: string | null;
                            }[];
                            /** @description How many items match the filter in all pages */
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/label-print-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A label print job
         * @description Access: admin, warehouse_manager, warehouse_worker, planner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            printerId: string;
                            /** @description The shipping container whose label it is; null for a license plate's label */
                            containerId: string | null;
                            /** @description The license plate whose label it is (printed at receiving); null for a container */
                            licensePlateId: string | null;
                            sscc: string | null;
                            status: "queued" | "sending" | "sent" | "failed";
                            attempts: number;
                            maxAttempts: number;
                            /** @description When a queued job is tried next */
                            nextAttemptAt: string | null;
                            lastError: string | null;
                            requestedBy: string;
                            createdAt: string;
                            sentAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/label-print-jobs/{id}/reprint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Print the label of a job again (a new job)
         * @description Access: admin, warehouse_manager, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        printerId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            printJobId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/license-plates/{licensePlateId}/label.zpl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A license plate's label in ZPL (its number as Code 128, what it holds)
         * @description Access: admin, warehouse_manager, warehouse_worker, planner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    licensePlateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ZPL II (^XA ... ^XZ) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/license-plates/{licensePlateId}/label.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A license plate's label as PDF
         * @description Access: admin, warehouse_manager, warehouse_worker, planner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    licensePlateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The PDF document (application/pdf) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/license-plates/{licensePlateId}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Print a license plate's label on a label printer (a print job, retried until it is sent)
         * @description Access: admin, warehouse_manager, warehouse_worker.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    licensePlateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        printerId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            printJobId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns, newest first
         * @description Access: admin, warehouse_manager, warehouse_worker, planner, integration_operator, source_system.
         */
        get: {
            parameters: {
                query?: {
                    sourceSystemId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                returnNumber: string;
                                sourceSystemId: string;
                                warehouseId: string;
                                inboundShipmentOrderNumber: string;
                                packingSlipNumber: string | null;
                                outboundOrderNumber: string | null;
                                worker: string;
                                createdAt: string | null;
                                lines: {
                                    lineNumber: number;
                                    itemNumber: string;
                                    quantity: number;
                                    dispositionCode: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Register returned goods (against a packing slip, an order, or blind) and receive them at once
         * @description Checked against what was shipped and not yet returned (409 RETURNS.MORE_THAN_SHIPPED); received on an inbound shipment order of type Return, put away by disposition, and receiving completed: the source system gets a shipment receipt with the disposition codes.
         *
         *     Access: admin, warehouse_worker, warehouse_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client operation id: a retried return with the same id is registered once */
                        operationId: string;
                        /** @description The packing slip the goods were shipped on */
                        packingSlipNumber?: string;
                        /** @description Or the outbound order (internal or source system number) */
                        outboundOrderNumber?: string;
                        /** @description Required for a blind return (no packing slip or order) */
                        sourceSystemId?: string;
                        /** @description Default: the warehouse the goods were shipped from */
                        warehouseId?: string;
                        /** @description Receipt location; default: the warehouse's first receipt location */
                        locationId?: string;
                        lines: {
                            /** @description Quayside's item number (as scanned) */
                            itemNumber: string;
                            /** @description Returned quantity in unitSymbol; up to 6 decimals */
                            quantity: number;
                            /** @description Default: the item's inventory unit */
                            unitSymbol?: string;
                            /** @description One of the source system's disposition codes */
                            dispositionCode: string;
                            batchNumber?: string | null;
                            serialNumber?: string | null;
                            licensePlateId?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            returnNumber: string;
                            sourceSystemId: string;
                            /** @description The inbound shipment order (type Return) the goods were received on */
                            inboundShipmentOrderNumber: string;
                            /** @description The return receipt(s) the source system reads */
                            shipmentReceiptVersionNumbers: string[];
                            /** @description The put-away work taking the goods to their locations */
                            workId: string | null;
                            lines: {
                                lineNumber: number;
                                itemNumber: string;
                                quantity: number;
                                unitSymbol: string;
                                dispositionCode: string;
                                inventoryStatusId: string;
                                putLocationId: string | null;
                            }[];
                            replayed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            returnNumber: string;
                            sourceSystemId: string;
                            /** @description The inbound shipment order (type Return) the goods were received on */
                            inboundShipmentOrderNumber: string;
                            /** @description The return receipt(s) the source system reads */
                            shipmentReceiptVersionNumbers: string[];
                            /** @description The put-away work taking the goods to their locations */
                            workId: string | null;
                            lines: {
                                lineNumber: number;
                                itemNumber: string;
                                quantity: number;
                                unitSymbol: string;
                                dispositionCode: string;
                                inventoryStatusId: string;
                                putLocationId: string | null;
                            }[];
                            replayed: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/origin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a return against a packing slip or an order may bring back
         * @description Per item: shipped, and what is still returnable (shipped less earlier returns). 404 RETURNS.ORIGIN_NOT_FOUND when nothing was shipped on it.
         *
         *     Access: admin, warehouse_worker, warehouse_manager.
         */
        get: {
            parameters: {
                query?: {
                    packingSlipNumber?: string;
                    outboundOrderNumber?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sourceSystemId: string;
                            warehouseId: string;
                            orderNumbers: string[];
                            items: {
                                itemNumber: string;
                                unitSymbol: string;
                                shippedQuantity: number;
                                returnableQuantity: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/return-disposition-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every source system's return disposition codes (what a handheld offers at the dock)
         * @description Access: admin, warehouse_manager, warehouse_worker, planner, integration_operator, source_system.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                sourceSystemId: string;
                                dispositionCode: string;
                                description: string;
                                /** @description The inventory status returned stock gets */
                                inventoryStatusId: string;
                                /** @description Where it is put (quarantine, scrap); null: the put-away location directives decide */
                                locationId: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/disposition-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The source system's return disposition codes
         * @description Access: admin, warehouse_manager, warehouse_worker, planner, integration_operator, source_system.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                sourceSystemId: string;
                                dispositionCode: string;
                                description: string;
                                /** @description The inventory status returned stock gets */
                                inventoryStatusId: string;
                                /** @description Where it is put (quarantine, scrap); null: the put-away location directives decide */
                                locationId: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/source-systems/{sourceSystemId}/disposition-codes/{dispositionCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or change a return disposition code
         * @description Access: admin, warehouse_manager, integration_operator.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                    dispositionCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        inventoryStatusId: string;
                        /** @description A quarantine or scrap location; omit to let put-away directives decide */
                        locationId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sourceSystemId: string;
                            dispositionCode: string;
                            description: string;
                            /** @description The inventory status returned stock gets */
                            inventoryStatusId: string;
                            /** @description Where it is put (quarantine, scrap); null: the put-away location directives decide */
                            locationId: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove a return disposition code
         * @description Access: admin, warehouse_manager, integration_operator.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceSystemId: string;
                    dispositionCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
