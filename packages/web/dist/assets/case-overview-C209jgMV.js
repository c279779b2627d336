import { r as e } from './rolldown-runtime-QQ38H6s1.js';
import { _ as t, a as n, g as r, l as i, n as a, p as o, s, t as c, x as l } from './use-api-CkEBN1sA.js';
var u = e(l(), 1),
  d = r(),
  f = [``, `authorizations`, `evidence`, `upload`, `artifacts`, `search`, `timeline`, `entities`, `graph`, `custody`];
function p({ caseId: e, children: r, actions: i }) {
  let { t: l } = o(),
    { path: u } = n(),
    p = c(() => t.call(`getCase`, { params: { caseId: e } }), [e]),
    m = `/cases/${e}`;
  return (0, d.jsxs)(`section`, {
    className: `case`,
    children: [
      (0, d.jsxs)(`div`, {
        className: `page-title`,
        children: [
          (0, d.jsx)(`h1`, {
            children: p.data
              ? (0, d.jsxs)(d.Fragment, {
                  children: [(0, d.jsx)(`span`, { className: `reference`, children: p.data.case.reference }), ` `, p.data.case.title],
                })
              : ` `,
          }),
          i && (0, d.jsx)(`div`, { className: `actions`, children: i }),
        ],
      }),
      (0, d.jsx)(s, { message: p.error }),
      (0, d.jsx)(`nav`, {
        className: `tabs`,
        'aria-label': l(`caseNav.label`),
        children: f.map((e) => {
          let t = e ? `${m}/${e}` : m,
            n = e ? u.startsWith(t) : u === m || u === `${m}/`;
          return (0, d.jsx)(a, { to: t, 'aria-current': n ? `page` : void 0, children: l(`caseNav.${e || `overview`}`) }, e || `overview`);
        }),
      }),
      !p.error && r,
    ],
  });
}
function m({ caseId: e }) {
  let { t: n } = o(`cases`),
    r = c(() => t.call(`getCase`, { params: { caseId: e } }), [e]),
    l = c(() => t.call(`listMembers`, { params: { caseId: e } }), [e]),
    f = c(() => t.call(`processingSummary`, { params: { caseId: e } }), [e]),
    m = c(() => t.call(`analysisSummary`, { params: { caseId: e } }), [e]),
    h = f.data?.finished ?? !0;
  (0, u.useEffect)(() => {
    if (h) return;
    let e = setInterval(() => {
      (f.reload(), m.reload());
    }, 2e3);
    return () => clearInterval(e);
  }, [h, f, m]);
  let g = f.data;
  return (0, d.jsxs)(p, {
    caseId: e,
    children: [
      (0, d.jsx)(s, { message: r.error ?? f.error }),
      r.data
        ? (0, d.jsxs)(`div`, {
            className: `grid-2`,
            children: [
              (0, d.jsxs)(`div`, {
                className: `card`,
                children: [
                  (0, d.jsx)(`h2`, { children: n(`offences`) }),
                  (0, d.jsx)(`ul`, {
                    children: r.data.case.offences.map((e) =>
                      (0, d.jsx)(
                        `li`,
                        {
                          children: (0, d.jsx)(`code`, { children: e.framework === `NATIONAL` ? `${e.country ?? ``} ${e.code}` : e.code }),
                        },
                        `${e.framework}:${e.code}`,
                      ),
                    ),
                  }),
                  (0, d.jsx)(`p`, { children: r.data.case.description }),
                  (0, d.jsxs)(`p`, {
                    children: [n(`status`), `: `, n(`statuses.${r.data.case.status}`), ` · `, n(`timeZone`), `: `, r.data.case.timeZone],
                  }),
                  (0, d.jsx)(`p`, {
                    children: (0, d.jsx)(a, {
                      to: `/cases/${e}/authorizations`,
                      children: n(`overview.authorizations`, { count: r.data.authorizationCount }),
                    }),
                  }),
                ],
              }),
              (0, d.jsxs)(`div`, {
                className: `card`,
                children: [
                  (0, d.jsx)(`h2`, { children: n(`overview.members`) }),
                  (0, d.jsx)(`ul`, {
                    children: l.data?.map((e) =>
                      (0, d.jsxs)(
                        `li`,
                        {
                          children: [
                            e.displayName,
                            ` (`,
                            e.username,
                            `) — `,
                            n(`common:roles.${e.role}`),
                            `, `,
                            n(`common:levels.${e.level}`),
                          ],
                        },
                        e.userId,
                      ),
                    ),
                  }),
                ],
              }),
              g &&
                (0, d.jsxs)(`div`, {
                  className: `card span-2`,
                  children: [
                    (0, d.jsx)(`h2`, { children: n(`overview.processing`) }),
                    (0, d.jsx)(`p`, { role: `status`, children: g.finished ? n(`overview.finished`) : n(`overview.inProgress`) }),
                    (0, d.jsxs)(`dl`, {
                      className: `counts`,
                      children: [
                        (0, d.jsxs)(`div`, {
                          children: [(0, d.jsx)(`dt`, { children: n(`overview.items`) }), (0, d.jsx)(`dd`, { children: g.items })],
                        }),
                        (0, d.jsxs)(`div`, {
                          children: [(0, d.jsx)(`dt`, { children: n(`overview.done`) }), (0, d.jsx)(`dd`, { children: g.counts.done })],
                        }),
                        (0, d.jsxs)(`div`, {
                          children: [(0, d.jsx)(`dt`, { children: n(`overview.failed`) }), (0, d.jsx)(`dd`, { children: g.counts.failed })],
                        }),
                        (0, d.jsxs)(`div`, {
                          children: [
                            (0, d.jsx)(`dt`, { children: n(`overview.skipped`) }),
                            (0, d.jsx)(`dd`, { children: g.counts.skipped }),
                          ],
                        }),
                        (0, d.jsxs)(`div`, {
                          children: [
                            (0, d.jsx)(`dt`, { children: n(`overview.waiting`) }),
                            (0, d.jsx)(`dd`, { children: g.counts.pending + g.counts.queued }),
                          ],
                        }),
                        (0, d.jsxs)(`div`, {
                          children: [
                            (0, d.jsx)(`dt`, { children: n(`overview.running`) }),
                            (0, d.jsx)(`dd`, { children: g.counts.running }),
                          ],
                        }),
                        (0, d.jsxs)(`div`, {
                          children: [(0, d.jsx)(`dt`, { children: n(`overview.analysed`) }), (0, d.jsx)(`dd`, { children: g.analysed })],
                        }),
                        (0, d.jsxs)(`div`, {
                          children: [
                            (0, d.jsx)(`dt`, { children: n(`overview.entities`) }),
                            (0, d.jsx)(`dd`, { children: m.data?.occurrences ?? `—` }),
                          ],
                        }),
                      ],
                    }),
                    (0, d.jsx)(`h3`, { children: n(`overview.artefacts`) }),
                    (0, d.jsx)(`ul`, {
                      className: `inline-list`,
                      children: Object.entries(g.artifacts).map(([t, r]) =>
                        (0, d.jsx)(
                          `li`,
                          {
                            children: (0, d.jsx)(a, {
                              to: `/cases/${e}/artifacts?type=${t}`,
                              children: n(`artifact-types:${t}`, { count: r }),
                            }),
                          },
                          t,
                        ),
                      ),
                    }),
                    g.problems.length > 0 &&
                      (0, d.jsxs)(d.Fragment, {
                        children: [
                          (0, d.jsx)(`h3`, { children: n(`overview.problems`) }),
                          (0, d.jsx)(`table`, {
                            className: `table`,
                            children: (0, d.jsx)(`tbody`, {
                              children: g.problems.map((t) =>
                                (0, d.jsxs)(
                                  `tr`,
                                  {
                                    children: [
                                      (0, d.jsx)(`td`, {
                                        children: (0, d.jsx)(a, { to: `/cases/${e}/evidence/${t.itemId}`, children: t.exhibitNumber }),
                                      }),
                                      (0, d.jsx)(`td`, { children: t.name }),
                                      (0, d.jsx)(`td`, { children: n(`overview.${t.status === `failed` ? `failed` : `skipped`}`) }),
                                      (0, d.jsx)(`td`, { children: t.reason }),
                                    ],
                                  },
                                  t.itemId,
                                ),
                              ),
                            }),
                          }),
                        ],
                      }),
                  ],
                }),
            ],
          })
        : (0, d.jsx)(i, {}),
    ],
  });
}
export { m as CaseOverview };
