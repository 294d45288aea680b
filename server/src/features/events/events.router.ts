import type { Database } from '@cloudstd/db/tables';
import {
  createEventInputSchema,
  eventIdParamsSchema,
  eventListSchema,
  eventSchema,
  eventWriteResultSchema,
  listEventsQuerySchema,
  updateEventInputSchema,
} from '@cloudstd/shared/schemas/event';
import type { Kysely } from 'kysely';
import { actorOf } from '../../http/actor.ts';
import { ApiRouter } from '../../http/route.ts';
import { createEvent, deleteEvent, getEvent, listEventsPage, restoreEvent, updateEvent } from './events.service.ts';

export function createEventsRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('/events');
  routes.get(
    '/',
    {
      summary:
        '宣贯 events: title or organiser, kind, mode, province, covered standard, attendee, dates, as-of, paging',
      access: 'viewer',
      query: listEventsQuerySchema,
      response: eventListSchema,
    },
    ({ query }) => listEventsPage(db, query),
  );
  routes.post(
    '/',
    {
      summary:
        'Record an event with the registered standards it covered and its attendees by {creditCode, name} (unknown enterprises are created; invalid codes are listed by row and nothing is written)',
      access: 'editor',
      body: createEventInputSchema,
      response: eventWriteResultSchema,
      status: 201,
    },
    ({ body, req, res }) => createEvent(db, body, actorOf({ req, res })),
  );
  routes.get(
    '/:id',
    {
      summary: 'One event with its attendees (deleted ones too)',
      access: 'viewer',
      params: eventIdParamsSchema,
      response: eventSchema,
    },
    ({ params }) => getEvent(db, params.id),
  );
  routes.patch(
    '/:id',
    {
      summary:
        'Correct an event; carries the version it edits (409 when stale); standards and attendees replace the lists',
      access: 'editor',
      params: eventIdParamsSchema,
      body: updateEventInputSchema,
      response: eventWriteResultSchema,
    },
    ({ params, body, req, res }) => updateEvent(db, params.id, body, actorOf({ req, res })),
  );
  routes.delete(
    '/:id',
    {
      summary: 'Delete an event (restorable; its attendees leave the count unless reached otherwise)',
      access: 'editor',
      params: eventIdParamsSchema,
    },
    ({ params, req, res }) => deleteEvent(db, params.id, actorOf({ req, res })),
  );
  routes.post(
    '/:id/restore',
    { summary: 'Restore a deleted event', access: 'editor', params: eventIdParamsSchema, response: eventSchema },
    ({ params, req, res }) => restoreEvent(db, params.id, actorOf({ req, res })),
  );
  return routes;
}
