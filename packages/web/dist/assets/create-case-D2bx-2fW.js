import { r as e } from './rolldown-runtime-QQ38H6s1.js';
import { _ as t, c as n, d as r, f as i, g as a, i as o, p as s, s as c, t as l, u, v as d, x as f } from './use-api-CkEBN1sA.js';
var p = e(f(), 1),
  m = a(),
  h = [
    [`KZ`, `Asia/Almaty`],
    [`KG`, `Asia/Bishkek`],
    [`TJ`, `Asia/Dushanbe`],
    [`TM`, `Asia/Ashgabat`],
    [`UZ`, `Asia/Tashkent`],
  ];
function g() {
  let { t: e, i18n: a } = s(`cases`),
    f = l(() => t.call(`offences`), []),
    [g, _] = (0, p.useState)(``),
    [v, y] = (0, p.useState)(``),
    [b, x] = (0, p.useState)(``),
    [S, C] = (0, p.useState)(`KZ`),
    [w, T] = (0, p.useState)(`Asia/Almaty`),
    [E, D] = (0, p.useState)(``),
    [O, k] = (0, p.useState)([]),
    [A, j] = (0, p.useState)(null),
    M = a.language === `ru` ? `ru` : `en`,
    N = () => {
      let e = E.trim();
      e && !O.some((t) => t.framework === `NATIONAL` && t.code === e) && (k([...O, { framework: `NATIONAL`, code: e, country: S }]), D(``));
    },
    P = (e, t) => k(t ? [...O, e] : O.filter((t) => t.framework !== e.framework || t.code !== e.code));
  async function F(e) {
    (e.preventDefault(), j(null));
    try {
      let e = await t.call(`createCase`, {
        body: {
          reference: g,
          title: v,
          description: b,
          country: S,
          timeZone: w,
          offences: O.map((e) => (e.framework === `NATIONAL` ? { ...e, country: S } : e)),
        },
      });
      o(`/cases/${e.id}`);
    } catch (e) {
      j(d(e));
    }
  }
  return (0, m.jsxs)(`section`, {
    children: [
      (0, m.jsx)(u, { children: e(`createTitle`) }),
      (0, m.jsxs)(`form`, {
        className: `card form-grid`,
        onSubmit: (e) => void F(e),
        children: [
          (0, m.jsx)(n, { label: e(`reference`), value: g, onChange: (e) => _(e.target.value), required: !0, maxLength: 100 }),
          (0, m.jsx)(n, { label: e(`caseTitle`), value: v, onChange: (e) => y(e.target.value), required: !0, maxLength: 300 }),
          (0, m.jsx)(r, {
            label: e(`country`),
            value: S,
            onChange: (e) => {
              (C(e.target.value), T(h.find(([t]) => t === e.target.value)?.[1] ?? w));
            },
            children: h.map(([e]) =>
              (0, m.jsx)(`option`, { value: e, children: new Intl.DisplayNames([a.language], { type: `region` }).of(e) }, e),
            ),
          }),
          (0, m.jsx)(n, { label: e(`timeZone`), value: w, onChange: (e) => T(e.target.value), required: !0 }),
          (0, m.jsx)(i, { label: e(`description`), value: b, onChange: (e) => x(e.target.value), rows: 3 }),
          (0, m.jsxs)(`fieldset`, {
            className: `offences`,
            children: [
              (0, m.jsx)(`legend`, { children: e(`offences`) }),
              (0, m.jsxs)(`div`, {
                className: `inline-add`,
                children: [
                  (0, m.jsx)(n, {
                    label: e(`nationalOffence`),
                    hint: e(`nationalHint`),
                    value: E,
                    onChange: (e) => D(e.target.value),
                    onKeyDown: (e) => {
                      e.key === `Enter` && (e.preventDefault(), N());
                    },
                  }),
                  (0, m.jsx)(`button`, { type: `button`, onClick: N, children: e(`addNational`) }),
                ],
              }),
              (0, m.jsx)(`ul`, {
                className: `chips`,
                'aria-live': `polite`,
                children: O.filter((e) => e.framework === `NATIONAL`).map((t) =>
                  (0, m.jsxs)(
                    `li`,
                    {
                      children: [
                        S,
                        ` `,
                        t.code,
                        ` `,
                        (0, m.jsx)(`button`, {
                          type: `button`,
                          'aria-label': e(`removeOffence`, { code: t.code }),
                          onClick: () => P(t, !1),
                          children: `×`,
                        }),
                      ],
                    },
                    t.code,
                  ),
                ),
              }),
              (0, m.jsx)(`p`, { className: `label`, children: e(`international`) }),
              (0, m.jsx)(`div`, {
                className: `checklist`,
                children: f.data?.map((e) => {
                  let t = O.some((t) => t.framework === e.framework && t.code === e.code);
                  return (0, m.jsxs)(
                    `label`,
                    {
                      children: [
                        (0, m.jsx)(`input`, {
                          type: `checkbox`,
                          checked: t,
                          onChange: (t) => P({ framework: e.framework, code: e.code }, t.target.checked),
                        }),
                        ` `,
                        (0, m.jsx)(`code`, { children: e.code }),
                        ` `,
                        e.labels[M],
                      ],
                    },
                    `${e.framework}:${e.code}`,
                  );
                }),
              }),
            ],
          }),
          (0, m.jsx)(c, { message: A ?? f.error }),
          (0, m.jsx)(`div`, {
            className: `actions`,
            children: (0, m.jsx)(`button`, { type: `submit`, className: `primary`, children: e(`common:create`) }),
          }),
        ],
      }),
    ],
  });
}
export { g as CreateCase };
