const __vite__mapDeps = (
  i,
  m = __vite__mapDeps,
  d = m.f ||
    (m.f = [
      'assets/create-case-D2bx-2fW.js',
      'assets/rolldown-runtime-QQ38H6s1.js',
      'assets/use-api-CkEBN1sA.js',
      'assets/case-overview-C209jgMV.js',
    ]),
) => i.map((i) => d[i]);
import { n as e, r as t, t as n } from './rolldown-runtime-QQ38H6s1.js';
import {
  _ as r,
  a as i,
  b as a,
  c as o,
  g as s,
  h as c,
  i as l,
  l as u,
  m as d,
  n as f,
  o as p,
  p as m,
  r as h,
  s as g,
  t as _,
  u as v,
  v as y,
  x as b,
  y as ee,
} from './use-api-CkEBN1sA.js';
(function () {
  let e = document.createElement(`link`).relList;
  if (e && e.supports && e.supports(`modulepreload`)) return;
  for (let e of document.querySelectorAll(`link[rel="modulepreload"]`)) n(e);
  new MutationObserver((e) => {
    for (let t of e) if (t.type === `childList`) for (let e of t.addedNodes) e.tagName === `LINK` && e.rel === `modulepreload` && n(e);
  }).observe(document, { childList: !0, subtree: !0 });
  function t(e) {
    let t = {};
    return (
      e.integrity && (t.integrity = e.integrity),
      e.referrerPolicy && (t.referrerPolicy = e.referrerPolicy),
      (t.credentials = e.crossOrigin === `use-credentials` ? `include` : e.crossOrigin === `anonymous` ? `omit` : `same-origin`),
      t
    );
  }
  function n(e) {
    if (e.ep) return;
    e.ep = !0;
    let n = t(e);
    fetch(e.href, n);
  }
})();
var te = n((e) => {
    function t(e, t) {
      var n = e.length;
      for (e.push(t); 0 < n;) {
        var r = (n - 1) >>> 1,
          a = e[r];
        if (0 < i(a, t)) ((e[r] = t), (e[n] = a), (n = r));
        else break;
      }
    }
    function n(e) {
      return e.length === 0 ? null : e[0];
    }
    function r(e) {
      if (e.length === 0) return null;
      var t = e[0],
        n = e.pop();
      if (n !== t) {
        e[0] = n;
        for (var r = 0, a = e.length, o = a >>> 1; r < o;) {
          var s = 2 * (r + 1) - 1,
            c = e[s],
            l = s + 1,
            u = e[l];
          if (0 > i(c, n)) l < a && 0 > i(u, c) ? ((e[r] = u), (e[l] = n), (r = l)) : ((e[r] = c), (e[s] = n), (r = s));
          else if (l < a && 0 > i(u, n)) ((e[r] = u), (e[l] = n), (r = l));
          else break;
        }
      }
      return t;
    }
    function i(e, t) {
      var n = e.sortIndex - t.sortIndex;
      return n === 0 ? e.id - t.id : n;
    }
    if (((e.unstable_now = void 0), typeof performance == `object` && typeof performance.now == `function`)) {
      var a = performance;
      e.unstable_now = function () {
        return a.now();
      };
    } else {
      var o = Date,
        s = o.now();
      e.unstable_now = function () {
        return o.now() - s;
      };
    }
    var c = [],
      l = [],
      u = 1,
      d = null,
      f = 3,
      p = !1,
      m = !1,
      h = !1,
      g = !1,
      _ = typeof setTimeout == `function` ? setTimeout : null,
      v = typeof clearTimeout == `function` ? clearTimeout : null,
      y = typeof setImmediate < `u` ? setImmediate : null;
    function b(e) {
      for (var i = n(l); i !== null;) {
        if (i.callback === null) r(l);
        else if (i.startTime <= e) (r(l), (i.sortIndex = i.expirationTime), t(c, i));
        else break;
        i = n(l);
      }
    }
    function ee(e) {
      if (((h = !1), b(e), !m)) {
        if (n(c) !== null) ((m = !0), te || ((te = !0), S()));
        else {
          var t = n(l);
          t !== null && se(ee, t.startTime - e);
        }
      }
    }
    var te = !1,
      ne = -1,
      re = 5,
      ie = -1;
    function ae() {
      return g ? !0 : !(e.unstable_now() - ie < re);
    }
    function x() {
      if (((g = !1), te)) {
        var t = e.unstable_now();
        ie = t;
        var i = !0;
        try {
          e: {
            ((m = !1), h && ((h = !1), v(ne), (ne = -1)), (p = !0));
            var a = f;
            try {
              t: {
                for (b(t), d = n(c); d !== null && !(d.expirationTime > t && ae());) {
                  var o = d.callback;
                  if (typeof o == `function`) {
                    ((d.callback = null), (f = d.priorityLevel));
                    var s = o(d.expirationTime <= t);
                    if (((t = e.unstable_now()), typeof s == `function`)) {
                      ((d.callback = s), b(t), (i = !0));
                      break t;
                    }
                    (d === n(c) && r(c), b(t));
                  } else r(c);
                  d = n(c);
                }
                if (d !== null) i = !0;
                else {
                  var u = n(l);
                  (u !== null && se(ee, u.startTime - t), (i = !1));
                }
              }
              break e;
            } finally {
              ((d = null), (f = a), (p = !1));
            }
            i = void 0;
          }
        } finally {
          i ? S() : (te = !1);
        }
      }
    }
    var S;
    if (typeof y == `function`)
      S = function () {
        y(x);
      };
    else if (typeof MessageChannel < `u`) {
      var C = new MessageChannel(),
        oe = C.port2;
      ((C.port1.onmessage = x),
        (S = function () {
          oe.postMessage(null);
        }));
    } else
      S = function () {
        _(x, 0);
      };
    function se(t, n) {
      ne = _(function () {
        t(e.unstable_now());
      }, n);
    }
    ((e.unstable_IdlePriority = 5),
      (e.unstable_ImmediatePriority = 1),
      (e.unstable_LowPriority = 4),
      (e.unstable_NormalPriority = 3),
      (e.unstable_Profiling = null),
      (e.unstable_UserBlockingPriority = 2),
      (e.unstable_cancelCallback = function (e) {
        e.callback = null;
      }),
      (e.unstable_forceFrameRate = function (e) {
        0 > e || 125 < e
          ? console.error(`forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported`)
          : (re = 0 < e ? Math.floor(1e3 / e) : 5);
      }),
      (e.unstable_getCurrentPriorityLevel = function () {
        return f;
      }),
      (e.unstable_next = function (e) {
        switch (f) {
          case 1:
          case 2:
          case 3:
            var t = 3;
            break;
          default:
            t = f;
        }
        var n = f;
        f = t;
        try {
          return e();
        } finally {
          f = n;
        }
      }),
      (e.unstable_requestPaint = function () {
        g = !0;
      }),
      (e.unstable_runWithPriority = function (e, t) {
        switch (e) {
          case 1:
          case 2:
          case 3:
          case 4:
          case 5:
            break;
          default:
            e = 3;
        }
        var n = f;
        f = e;
        try {
          return t();
        } finally {
          f = n;
        }
      }),
      (e.unstable_scheduleCallback = function (r, i, a) {
        var o = e.unstable_now();
        switch ((typeof a == `object` && a ? ((a = a.delay), (a = typeof a == `number` && 0 < a ? o + a : o)) : (a = o), r)) {
          case 1:
            var s = -1;
            break;
          case 2:
            s = 250;
            break;
          case 5:
            s = 0x3fffffff;
            break;
          case 4:
            s = 1e4;
            break;
          default:
            s = 5e3;
        }
        return (
          (s = a + s),
          (r = { id: u++, callback: i, priorityLevel: r, startTime: a, expirationTime: s, sortIndex: -1 }),
          a > o
            ? ((r.sortIndex = a), t(l, r), n(c) === null && r === n(l) && (h ? (v(ne), (ne = -1)) : (h = !0), se(ee, a - o)))
            : ((r.sortIndex = s), t(c, r), m || p || ((m = !0), te || ((te = !0), S()))),
          r
        );
      }),
      (e.unstable_shouldYield = ae),
      (e.unstable_wrapCallback = function (e) {
        var t = f;
        return function () {
          var n = f;
          f = t;
          try {
            return e.apply(this, arguments);
          } finally {
            f = n;
          }
        };
      }));
  }),
  ne = n((e, t) => {
    t.exports = te();
  }),
  re = n((e) => {
    var t = b();
    function n(e) {
      var t = `https://react.dev/errors/` + e;
      if (1 < arguments.length) {
        t += `?args[]=` + encodeURIComponent(arguments[1]);
        for (var n = 2; n < arguments.length; n++) t += `&args[]=` + encodeURIComponent(arguments[n]);
      }
      return (
        `Minified React error #` +
        e +
        `; visit ` +
        t +
        ` for the full message or use the non-minified dev environment for full errors and additional helpful warnings.`
      );
    }
    function r() {}
    var i = {
        d: {
          f: r,
          r: function () {
            throw Error(n(522));
          },
          D: r,
          C: r,
          L: r,
          m: r,
          X: r,
          S: r,
          M: r,
        },
        p: 0,
        findDOMNode: null,
      },
      a = Symbol.for(`react.portal`),
      o = Symbol.for(`react.recoverable`),
      s = Symbol.for(`react.optimistic_key`);
    function c(e, t, n) {
      var r = 3 < arguments.length && arguments[3] !== void 0 ? arguments[3] : null;
      return { $$typeof: a, key: r == null ? null : r === s ? s : `` + r, children: e, containerInfo: t, implementation: n };
    }
    var l = t.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
    function u(e, t) {
      if (e === `font`) return ``;
      if (typeof t == `string`) return t === `use-credentials` ? t : ``;
    }
    ((e.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE = i),
      (e.browser = function (e) {
        return { $$typeof: o, _reason: e };
      }),
      (e.createPortal = function (e, t) {
        var r = 2 < arguments.length && arguments[2] !== void 0 ? arguments[2] : null;
        if (!t || (t.nodeType !== 1 && t.nodeType !== 9 && t.nodeType !== 11)) throw Error(n(299));
        return c(e, t, null, r);
      }),
      (e.flushSync = function (e) {
        var t = l.T,
          n = i.p;
        try {
          if (((l.T = null), (i.p = 2), e)) return e();
        } finally {
          ((l.T = t), (i.p = n), i.d.f());
        }
      }),
      (e.preconnect = function (e, t) {
        typeof e == `string` &&
          (t ? ((t = t.crossOrigin), (t = typeof t == `string` ? (t === `use-credentials` ? t : ``) : void 0)) : (t = null), i.d.C(e, t));
      }),
      (e.prefetchDNS = function (e) {
        typeof e == `string` && i.d.D(e);
      }),
      (e.preinit = function (e, t) {
        if (typeof e == `string` && t && typeof t.as == `string`) {
          var n = t.as,
            r = u(n, t.crossOrigin),
            a = typeof t.integrity == `string` ? t.integrity : void 0,
            o = typeof t.fetchPriority == `string` ? t.fetchPriority : void 0;
          n === `style`
            ? i.d.S(e, typeof t.precedence == `string` ? t.precedence : void 0, { crossOrigin: r, integrity: a, fetchPriority: o })
            : n === `script` &&
              i.d.X(e, { crossOrigin: r, integrity: a, fetchPriority: o, nonce: typeof t.nonce == `string` ? t.nonce : void 0 });
        }
      }),
      (e.preinitModule = function (e, t) {
        if (typeof e == `string`) {
          if (typeof t == `object` && t) {
            if (t.as == null || t.as === `script`) {
              var n = u(t.as, t.crossOrigin);
              i.d.M(e, {
                crossOrigin: n,
                integrity: typeof t.integrity == `string` ? t.integrity : void 0,
                nonce: typeof t.nonce == `string` ? t.nonce : void 0,
                fetchPriority: typeof t.fetchPriority == `string` ? t.fetchPriority : void 0,
              });
            }
          } else t ?? i.d.M(e);
        }
      }),
      (e.preload = function (e, t) {
        if (typeof e == `string` && typeof t == `object` && t && typeof t.as == `string`) {
          var n = t.as,
            r = u(n, t.crossOrigin);
          i.d.L(e, n, {
            crossOrigin: r,
            integrity: typeof t.integrity == `string` ? t.integrity : void 0,
            nonce: typeof t.nonce == `string` ? t.nonce : void 0,
            type: typeof t.type == `string` ? t.type : void 0,
            fetchPriority: typeof t.fetchPriority == `string` ? t.fetchPriority : void 0,
            referrerPolicy: typeof t.referrerPolicy == `string` ? t.referrerPolicy : void 0,
            imageSrcSet: typeof t.imageSrcSet == `string` ? t.imageSrcSet : void 0,
            imageSizes: typeof t.imageSizes == `string` ? t.imageSizes : void 0,
            media: typeof t.media == `string` ? t.media : void 0,
          });
        }
      }),
      (e.preloadModule = function (e, t) {
        if (typeof e == `string`) {
          if (t) {
            var n = u(t.as, t.crossOrigin);
            i.d.m(e, {
              as: typeof t.as == `string` && t.as !== `script` ? t.as : void 0,
              crossOrigin: n,
              integrity: typeof t.integrity == `string` ? t.integrity : void 0,
              nonce: typeof t.nonce == `string` ? t.nonce : void 0,
              fetchPriority: typeof t.fetchPriority == `string` ? t.fetchPriority : void 0,
            });
          } else i.d.m(e);
        }
      }),
      (e.requestFormReset = function (e) {
        i.d.r(e);
      }),
      (e.unstable_batchedUpdates = function (e, t) {
        return e(t);
      }),
      (e.useFormState = function (e, t, n) {
        return l.H.useFormState(e, t, n);
      }),
      (e.useFormStatus = function () {
        return l.H.useHostTransitionStatus();
      }),
      (e.version = `19.3.1`));
  }),
  ie = n((e, t) => {
    function n() {
      if (typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u` && typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE == `function`)
        try {
          __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(n);
        } catch (e) {
          console.error(e);
        }
    }
    (n(), (t.exports = re()));
  }),
  ae = n((e) => {
    var t = ne(),
      n = b(),
      r = ie();
    function i(e) {
      var t = `https://react.dev/errors/` + e;
      if (1 < arguments.length) {
        t += `?args[]=` + encodeURIComponent(arguments[1]);
        for (var n = 2; n < arguments.length; n++) t += `&args[]=` + encodeURIComponent(arguments[n]);
      }
      return (
        `Minified React error #` +
        e +
        `; visit ` +
        t +
        ` for the full message or use the non-minified dev environment for full errors and additional helpful warnings.`
      );
    }
    function a(e) {
      return !(!e || (e.nodeType !== 1 && e.nodeType !== 9 && e.nodeType !== 11));
    }
    function o(e) {
      for (var t = e, n = t; n && !n.alternate;) ((t = n), t.flags & 4098 && (e = t.return), (n = t.return));
      for (; t.return;) t = t.return;
      return t.tag === 3 ? e : null;
    }
    function s(e) {
      if (e.tag === 13) {
        var t = e.memoizedState;
        if ((t === null && ((e = e.alternate), e !== null && (t = e.memoizedState)), t !== null)) return t.dehydrated;
      }
      return null;
    }
    function c(e) {
      if (e.tag === 31) {
        var t = e.memoizedState;
        if ((t === null && ((e = e.alternate), e !== null && (t = e.memoizedState)), t !== null)) return t.dehydrated;
      }
      return null;
    }
    function l(e) {
      if (o(e) !== e) throw Error(i(188));
    }
    function u(e) {
      var t = e.alternate;
      if (!t) {
        if (((t = o(e)), t === null)) throw Error(i(188));
        return t === e ? e : null;
      }
      for (var n = e, r = t; ;) {
        var a = n.return;
        if (a === null) break;
        var s = a.alternate;
        if (s === null) {
          if (((r = a.return), r !== null)) {
            n = r;
            continue;
          }
          break;
        }
        if (a.child === s.child) {
          for (s = a.child; s;) {
            if (s === n) return (l(a), e);
            if (s === r) return (l(a), t);
            s = s.sibling;
          }
          throw Error(i(188));
        }
        if (n.return !== r.return) ((n = a), (r = s));
        else {
          for (var c = !1, u = a.child; u;) {
            if (u === n) {
              ((c = !0), (n = a), (r = s));
              break;
            }
            if (u === r) {
              ((c = !0), (r = a), (n = s));
              break;
            }
            u = u.sibling;
          }
          if (!c) {
            for (u = s.child; u;) {
              if (u === n) {
                ((c = !0), (n = s), (r = a));
                break;
              }
              if (u === r) {
                ((c = !0), (r = s), (n = a));
                break;
              }
              u = u.sibling;
            }
            if (!c) throw Error(i(189));
          }
        }
        if (n.alternate !== r) throw Error(i(190));
      }
      if (n.tag !== 3) throw Error(i(188));
      return n.stateNode.current === n ? e : t;
    }
    function d(e) {
      var t = e.tag;
      if (t === 5 || t === 26 || t === 27 || t === 6) return e;
      for (e = e.child; e !== null;) {
        if (((t = d(e)), t !== null)) return t;
        e = e.sibling;
      }
      return null;
    }
    function f(e, t, n, r, i, a) {
      for (; e !== null;) {
        if (
          ((e.tag === 5 || e.tag === 27 || e.tag === 6) && n(e, r, i, a)) ||
          ((e.tag !== 22 || e.memoizedState === null) && (t || (e.tag !== 5 && e.tag !== 27)) && f(e.child, t, n, r, i, a))
        )
          return !0;
        e = e.sibling;
      }
      return !1;
    }
    function p(e) {
      for (e = e.return; e !== null;) {
        if (e.tag === 3 || e.tag === 5 || e.tag === 27) return e;
        e = e.return;
      }
      return null;
    }
    function m(e) {
      var t = !1;
      for (e = e.return; e !== null && (e.tag === 4 && (t = !0), e.tag !== 3 && e.tag !== 5 && e.tag !== 27);) e = e.return;
      return t;
    }
    function h(e) {
      var t = [null, null],
        n = p(e);
      return (n === null || g(t, e, n.child, { foundSelf: !1 }), t);
    }
    function g(e, t, n, r) {
      for (; n !== null;) {
        if (n === t) r.foundSelf = !0;
        else if (n.tag === 5 || n.tag === 27 || n.tag === 6) {
          if (r.foundSelf) return ((e[1] = n), !0);
          e[0] = n;
        } else if ((n.tag !== 22 || n.memoizedState === null) && g(e, t, n.child, r)) return !0;
        n = n.sibling;
      }
      return !1;
    }
    function _(e) {
      switch (e.tag) {
        case 5:
        case 27:
        case 6:
          return e.stateNode;
        case 3:
          return e.stateNode.containerInfo;
        default:
          throw Error(i(559));
      }
    }
    var v = null,
      y = null;
    function ee(e, t, n) {
      return e === n || (e === t && ((v = e), !0));
    }
    function te(e, t, n) {
      return e === n ? ((y = e), !1) : e === t && (y !== null && (v = e), !0);
    }
    function re(e) {
      if (e === null) return null;
      do e = e === null ? null : e.return;
      while (e && e.tag !== 5 && e.tag !== 27 && e.tag !== 3);
      return e || null;
    }
    function ae(e, t, n) {
      for (var r = 0, i = e; i; i = n(i)) r++;
      i = 0;
      for (var a = t; a; a = n(a)) i++;
      for (; 0 < r - i;) ((e = n(e)), r--);
      for (; 0 < i - r;) ((t = n(t)), i--);
      for (; r--;) {
        if (e === t || (t !== null && e === t.alternate)) return e;
        ((e = n(e)), (t = n(t)));
      }
      return null;
    }
    var x = Object.assign,
      S = Symbol.for(`react.element`),
      C = Symbol.for(`react.transitional.element`),
      oe = Symbol.for(`react.portal`),
      se = Symbol.for(`react.fragment`),
      ce = Symbol.for(`react.strict_mode`),
      le = Symbol.for(`react.profiler`),
      ue = Symbol.for(`react.consumer`),
      de = Symbol.for(`react.context`),
      fe = Symbol.for(`react.forward_ref`),
      pe = Symbol.for(`react.suspense`),
      me = Symbol.for(`react.suspense_list`),
      he = Symbol.for(`react.memo`),
      ge = Symbol.for(`react.lazy`),
      _e = Symbol.for(`react.activity`),
      ve = Symbol.for(`react.legacy_hidden`),
      ye = Symbol.for(`react.memo_cache_sentinel`),
      be = Symbol.for(`react.view_transition`),
      xe = Symbol.for(`react.recoverable`),
      Se = Symbol.iterator;
    function Ce(e) {
      return typeof e != `object` || !e ? null : ((e = (Se && e[Se]) || e[`@@iterator`]), typeof e == `function` ? e : null);
    }
    var we = Symbol.for(`react.client.reference`);
    function Te(e) {
      if (e == null) return null;
      if (typeof e == `function`) return e.$$typeof === we ? null : e.displayName || e.name || null;
      if (typeof e == `string`) return e;
      switch (e) {
        case se:
          return `Fragment`;
        case le:
          return `Profiler`;
        case ce:
          return `StrictMode`;
        case pe:
          return `Suspense`;
        case me:
          return `SuspenseList`;
        case _e:
          return `Activity`;
        case be:
          return `ViewTransition`;
      }
      if (typeof e == `object`)
        switch (e.$$typeof) {
          case oe:
            return `Portal`;
          case de:
            return e.displayName || `Context`;
          case ue:
            return (e._context.displayName || `Context`) + `.Consumer`;
          case fe:
            var t = e.render;
            return (
              (e = e.displayName),
              (e ||= ((e = t.displayName || t.name || ``), e === `` ? `ForwardRef` : `ForwardRef(` + e + `)`)),
              e
            );
          case he:
            return ((t = e.displayName || null), t === null ? Te(e.type) || `Memo` : t);
          case ge:
            ((t = e._payload), (e = e._init));
            try {
              return Te(e(t));
            } catch {}
        }
      return null;
    }
    var Ee = Array.isArray,
      w = n.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
      T = r.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
      De = { pending: !1, data: null, method: null, action: null },
      Oe = [],
      ke = -1;
    function Ae(e) {
      return { current: e };
    }
    function je(e) {
      0 > ke || ((e.current = Oe[ke]), (Oe[ke] = null), ke--);
    }
    function E(e, t) {
      (ke++, (Oe[ke] = e.current), (e.current = t));
    }
    var Me = Ae(null),
      Ne = Ae(null),
      Pe = Ae(null),
      Fe = Ae(null);
    function Ie(e, t) {
      switch ((E(Pe, t), E(Ne, e), E(Me, null), t.nodeType)) {
        case 9:
        case 11:
          e = (e = t.documentElement) && (e = e.namespaceURI) ? up(e) : 0;
          break;
        default:
          if (((e = t.tagName), (t = t.namespaceURI))) ((t = up(t)), (e = dp(t, e)));
          else
            switch (e) {
              case `svg`:
                e = 1;
                break;
              case `math`:
                e = 2;
                break;
              default:
                e = 0;
            }
      }
      (je(Me), E(Me, e));
    }
    function Le() {
      (je(Me), je(Ne), je(Pe));
    }
    function Re(e) {
      var t = e.memoizedState;
      (t !== null && ((sh._currentValue = t.memoizedState), E(Fe, e)), (t = Me.current));
      var n = dp(t, e.type);
      t !== n && (E(Ne, e), E(Me, n));
    }
    function ze(e) {
      (Ne.current === e && (je(Me), je(Ne)), Fe.current === e && (je(Fe), (sh._currentValue = De)));
    }
    var Be, Ve;
    function He(e) {
      if (Be === void 0)
        try {
          throw Error();
        } catch (e) {
          var t = e.stack.trim().match(/\n( *(at )?)/);
          ((Be = (t && t[1]) || ``),
            (Ve =
              -1 <
              e.stack.indexOf(`
    at`)
                ? ` (<anonymous>)`
                : -1 < e.stack.indexOf(`@`)
                  ? `@unknown:0:0`
                  : ``));
        }
      return (
        `
` +
        Be +
        e +
        Ve
      );
    }
    var D = !1;
    function O(e, t) {
      if (!e || D) return ``;
      D = !0;
      var n = Error.prepareStackTrace;
      Error.prepareStackTrace = void 0;
      try {
        var r = {
          DetermineComponentFrameRoot: function () {
            try {
              if (t) {
                var n = function () {
                  throw Error();
                };
                if (
                  (Object.defineProperty(n.prototype, 'props', {
                    set: function () {
                      throw Error();
                    },
                  }),
                  typeof Reflect == `object` && Reflect.construct)
                ) {
                  try {
                    Reflect.construct(n, []);
                  } catch (e) {
                    var r = e;
                  }
                  Reflect.construct(e, [], n);
                } else {
                  try {
                    n.call();
                  } catch (e) {
                    r = e;
                  }
                  n = !1;
                  try {
                    var i = Object.getOwnPropertyDescriptor(e.prototype, `props`);
                    (Object.defineProperty(e.prototype, 'props', {
                      configurable: !0,
                      set: function () {
                        throw Error();
                      },
                    }),
                      (n = !0),
                      new e());
                  } finally {
                    n && (i === void 0 ? delete e.prototype.props : Object.defineProperty(e.prototype, 'props', i));
                  }
                }
              } else {
                try {
                  throw Error();
                } catch (e) {
                  r = e;
                }
                (n = e()) && typeof n.catch == `function` && n.catch(function () {});
              }
            } catch (e) {
              if (e && r && typeof e.stack == `string`) return [e.stack, r.stack];
            }
            return [null, null];
          },
        };
        r.DetermineComponentFrameRoot.displayName = `DetermineComponentFrameRoot`;
        var i = Object.getOwnPropertyDescriptor(r.DetermineComponentFrameRoot, `name`);
        i && i.configurable && Object.defineProperty(r.DetermineComponentFrameRoot, 'name', { value: `DetermineComponentFrameRoot` });
        var a = r.DetermineComponentFrameRoot(),
          o = a[0],
          s = a[1];
        if (o && s) {
          var c = o.split(`
`),
            l = s.split(`
`);
          for (i = r = 0; r < c.length && !c[r].includes(`DetermineComponentFrameRoot`);) r++;
          for (; i < l.length && !l[i].includes(`DetermineComponentFrameRoot`);) i++;
          if (r === c.length || i === l.length) for (r = c.length - 1, i = l.length - 1; 1 <= r && 0 <= i && c[r] !== l[i];) i--;
          for (; 1 <= r && 0 <= i; r--, i--)
            if (c[r] !== l[i]) {
              if (r !== 1 || i !== 1)
                do
                  if ((r--, i--, 0 > i || c[r] !== l[i])) {
                    var u =
                      `
` + c[r].replace(` at new `, ` at `);
                    return (e.displayName && u.includes(`<anonymous>`) && (u = u.replace(`<anonymous>`, e.displayName)), u);
                  }
                while (1 <= r && 0 <= i);
              break;
            }
        }
      } finally {
        ((D = !1), (Error.prepareStackTrace = n));
      }
      return (n = e ? e.displayName || e.name : ``) ? He(n) : ``;
    }
    function Ue(e, t) {
      switch (e.tag) {
        case 26:
        case 27:
        case 5:
          return He(e.type);
        case 16:
          return He(`Lazy`);
        case 13:
          return e.child !== t && t !== null ? He(`Suspense Fallback`) : He(`Suspense`);
        case 19:
          return He(`SuspenseList`);
        case 0:
        case 15:
          return O(e.type, !1);
        case 11:
          return O(e.type.render, !1);
        case 1:
          return O(e.type, !0);
        case 31:
          return He(`Activity`);
        case 30:
          return He(`ViewTransition`);
        default:
          return ``;
      }
    }
    function We(e) {
      try {
        var t = ``,
          n = null;
        do ((t += Ue(e, n)), (n = e), (e = e.return));
        while (e);
        return t;
      } catch (e) {
        return (
          `
Error generating stack: ` +
          e.message +
          `
` +
          e.stack
        );
      }
    }
    var Ge = Object.prototype.hasOwnProperty,
      Ke = t.unstable_scheduleCallback,
      qe = t.unstable_cancelCallback,
      Je = t.unstable_shouldYield,
      Ye = t.unstable_requestPaint,
      Xe = t.unstable_now,
      Ze = t.unstable_getCurrentPriorityLevel,
      Qe = t.unstable_ImmediatePriority,
      $e = t.unstable_UserBlockingPriority,
      et = t.unstable_NormalPriority,
      tt = t.unstable_LowPriority,
      nt = t.unstable_IdlePriority,
      rt = t.log,
      it = t.unstable_setDisableYieldValue,
      at = null,
      ot = null;
    function st(e) {
      if ((typeof rt == `function` && it(e), ot && typeof ot.setStrictMode == `function`))
        try {
          ot.setStrictMode(at, e);
        } catch {}
    }
    var ct = Math.clz32 ? Math.clz32 : dt,
      lt = Math.log,
      ut = Math.LN2;
    function dt(e) {
      return ((e >>>= 0), e === 0 ? 32 : (31 - ((lt(e) / ut) | 0)) | 0);
    }
    var ft = 256,
      pt = 262144,
      mt = 4194304;
    function ht(e) {
      var t = e & 42;
      if (t !== 0) return t;
      switch (e & -e) {
        case 1:
          return 1;
        case 2:
          return 2;
        case 4:
          return 4;
        case 8:
          return 8;
        case 16:
          return 16;
        case 32:
          return 32;
        case 64:
          return 64;
        case 128:
          return 128;
        case 256:
        case 512:
        case 1024:
        case 2048:
        case 4096:
        case 8192:
        case 16384:
        case 32768:
        case 65536:
        case 131072:
          return e & -e;
        case 262144:
        case 524288:
        case 1048576:
        case 2097152:
          return e & 3932160;
        case 4194304:
        case 8388608:
        case 16777216:
        case 33554432:
          return e & 62914560;
        case 67108864:
          return 67108864;
        case 0x8000000:
          return 0x8000000;
        case 268435456:
          return 268435456;
        case 536870912:
          return 536870912;
        case 0x40000000:
          return 0;
        default:
          return e;
      }
    }
    function gt(e, t, n) {
      var r = e.pendingLanes;
      if (r === 0) return 0;
      var i = 0,
        a = e.suspendedLanes,
        o = e.pingedLanes;
      e = e.warmLanes;
      var s = r & 0x7ffffff;
      return (
        s === 0
          ? ((s = r & ~a), s === 0 ? (o === 0 ? n || ((n = r & ~e), n !== 0 && (i = ht(n))) : (i = ht(o))) : (i = ht(s)))
          : ((r = s & ~a), r === 0 ? ((o &= s), o === 0 ? n || ((n = s & ~e), n !== 0 && (i = ht(n))) : (i = ht(o))) : (i = ht(r))),
        i === 0 ? 0 : t !== 0 && t !== i && (t & a) === 0 && ((a = i & -i), (n = t & -t), a >= n || (a === 32 && n & 4194048)) ? t : i
      );
    }
    function _t(e, t) {
      return (e.pendingLanes & ~(e.suspendedLanes & ~e.pingedLanes) & t) === 0;
    }
    function vt(e, t) {
      t & 8 && (t |= t & 32);
      var n = e.entangledLanes;
      if (n !== 0)
        for (e = e.entanglements, n &= t; 0 < n;) {
          var r = 31 - ct(n),
            i = 1 << r;
          ((t |= e[r]), (n &= ~i));
        }
      return t;
    }
    function yt(e, t) {
      switch (e) {
        case 1:
        case 2:
        case 4:
        case 8:
        case 64:
          return t + 250;
        case 16:
        case 32:
        case 128:
        case 256:
        case 512:
        case 1024:
        case 2048:
        case 4096:
        case 8192:
        case 16384:
        case 32768:
        case 65536:
        case 131072:
        case 262144:
        case 524288:
        case 1048576:
        case 2097152:
          return t + 5e3;
        default:
          return -1;
      }
    }
    function bt() {
      var e = mt;
      return ((mt <<= 1), !(mt & 62914560) && (mt = 4194304), e);
    }
    function xt(e) {
      for (var t = [], n = 0; 31 > n; n++) t.push(e);
      return t;
    }
    function St(e, t) {
      ((e.pendingLanes |= t), t !== 268435456 && ((e.suspendedLanes = 0), (e.pingedLanes = 0), (e.warmLanes = 0)));
    }
    function Ct(e, t, n, r, i, a) {
      var o = e.pendingLanes;
      ((e.pendingLanes = n),
        (e.suspendedLanes = 0),
        (e.pingedLanes = 0),
        (e.warmLanes = 0),
        (e.expiredLanes &= n),
        (e.entangledLanes &= n),
        (e.errorRecoveryDisabledLanes &= n),
        (e.shellSuspendCounter = 0));
      var s = e.entanglements,
        c = e.expirationTimes,
        l = e.hiddenUpdates;
      for (n = o & ~n; 0 < n;) {
        var u = 31 - ct(n),
          d = 1 << u;
        ((s[u] = 0), (c[u] = -1));
        var f = l[u];
        if (f !== null)
          for (l[u] = null, u = 0; u < f.length; u++) {
            var p = f[u];
            p !== null && (p.lane &= -536870913);
          }
        n &= ~d;
      }
      (r !== 0 && wt(e, r, 0), a !== 0 && i === 0 && e.tag !== 0 && (e.suspendedLanes |= a & ~(o & ~t)));
    }
    function wt(e, t, n) {
      ((e.pendingLanes |= t), (e.suspendedLanes &= ~t));
      var r = 31 - ct(t);
      ((e.entangledLanes |= t), (e.entanglements[r] = e.entanglements[r] | 0x40000000 | (n & 261930)));
    }
    function Tt(e, t) {
      var n = (e.entangledLanes |= t);
      for (e = e.entanglements; n;) {
        var r = 31 - ct(n),
          i = 1 << r;
        ((i & t) | (e[r] & t) && (e[r] |= t), (n &= ~i));
      }
    }
    function Et(e, t) {
      var n = t & -t;
      return ((n = n & 42 ? 1 : Dt(n)), (n & (e.suspendedLanes | t)) === 0 ? n : 0);
    }
    function Dt(e) {
      switch (e) {
        case 2:
          e = 1;
          break;
        case 8:
          e = 4;
          break;
        case 32:
          e = 16;
          break;
        case 256:
        case 512:
        case 1024:
        case 2048:
        case 4096:
        case 8192:
        case 16384:
        case 32768:
        case 65536:
        case 131072:
        case 262144:
        case 524288:
        case 1048576:
        case 2097152:
        case 4194304:
        case 8388608:
        case 16777216:
        case 33554432:
          e = 128;
          break;
        case 268435456:
          e = 0x8000000;
          break;
        default:
          e = 0;
      }
      return e;
    }
    function Ot(e) {
      return ((e &= -e), 2 < e ? (8 < e ? (e & 0x7ffffff ? 32 : 268435456) : 8) : 2);
    }
    function kt() {
      var e = T.p;
      return e === 0 ? ((e = window.event), e === void 0 ? 32 : Ch(e.type)) : e;
    }
    function At(e, t) {
      var n = T.p;
      try {
        return ((T.p = e), t());
      } finally {
        T.p = n;
      }
    }
    var jt = Math.random().toString(36).slice(2),
      Mt = `__reactFiber$` + jt,
      Nt = `__reactProps$` + jt,
      Pt = `__reactContainer$` + jt,
      Ft = `__reactEvents$` + jt,
      It = `__reactListeners$` + jt,
      Lt = `__reactHandles$` + jt,
      Rt = `__reactResources$` + jt,
      zt = `__reactMarker$` + jt,
      Bt = `__reactLoad$` + jt;
    function Vt(e) {
      (delete e[Mt], delete e[Nt], delete e[It], delete e[Lt]);
    }
    function Ht(e) {
      var t;
      if ((t = e[Mt])) return t;
      for (var n = e.parentNode; n;) {
        if ((t = n[Pt] || n[Mt])) {
          if (((n = t.alternate), t.child !== null || (n !== null && n.child !== null)))
            for (e = fm(e); e !== null;) {
              if ((n = e[Mt])) return n;
              e = fm(e);
            }
          return t;
        }
        ((e = n), (n = e.parentNode));
      }
      return null;
    }
    function Ut(e) {
      if ((e = e[Mt] || e[Pt])) {
        var t = e.tag;
        if (t === 5 || t === 6 || t === 13 || t === 31 || t === 26 || t === 27 || t === 3) return e;
      }
      return null;
    }
    function Wt(e) {
      var t = e.tag;
      if (t === 5 || t === 26 || t === 27 || t === 6) return e.stateNode;
      throw Error(i(33));
    }
    function Gt(e) {
      var t = e[Rt];
      return ((t ||= e[Rt] = { hoistableStyles: new Map(), hoistableScripts: new Map() }), t);
    }
    function k(e) {
      e[zt] = !0;
    }
    function Kt(e) {
      e[Bt] = void 0;
    }
    var qt = new Set(),
      Jt = {};
    function Yt(e, t) {
      (Xt(e, t), Xt(e + `Capture`, t));
    }
    function Xt(e, t) {
      for (Jt[e] = t, e = 0; e < t.length; e++) qt.add(t[e]);
    }
    var Zt = RegExp(
        `^[:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$`,
      ),
      Qt = {},
      $t = {};
    function en(e) {
      return Ge.call($t, e) ? !0 : Ge.call(Qt, e) ? !1 : Zt.test(e) ? ($t[e] = !0) : ((Qt[e] = !0), !1);
    }
    var A = !1;
    function tn() {
      var e = A;
      return ((A = !1), e);
    }
    function nn(e, t, n) {
      if (en(t)) {
        if (n === null) e.removeAttribute(t);
        else {
          switch (typeof n) {
            case `undefined`:
            case `function`:
            case `symbol`:
              e.removeAttribute(t);
              return;
            case `boolean`:
              var r = t.toLowerCase().slice(0, 5);
              if (r !== `data-` && r !== `aria-`) {
                e.removeAttribute(t);
                return;
              }
          }
          e.setAttribute(t, n);
        }
      }
    }
    function rn(e, t, n) {
      if (n === null) e.removeAttribute(t);
      else {
        switch (typeof n) {
          case `undefined`:
          case `function`:
          case `symbol`:
          case `boolean`:
            e.removeAttribute(t);
            return;
        }
        e.setAttribute(t, n);
      }
    }
    function an(e, t, n, r) {
      if (r === null) e.removeAttribute(n);
      else {
        switch (typeof r) {
          case `undefined`:
          case `function`:
          case `symbol`:
          case `boolean`:
            e.removeAttribute(n);
            return;
        }
        e.setAttributeNS(t, n, r);
      }
    }
    function on(e) {
      switch (typeof e) {
        case `bigint`:
        case `boolean`:
        case `number`:
        case `string`:
        case `undefined`:
        case `object`:
          return e;
        default:
          return ``;
      }
    }
    function sn(e) {
      var t = e.type;
      return (e = e.nodeName) && e.toLowerCase() === `input` && (t === `checkbox` || t === `radio`);
    }
    function cn(e, t, n) {
      var r = Object.getOwnPropertyDescriptor(e.constructor.prototype, t);
      if (!e.hasOwnProperty(t) && r !== void 0 && typeof r.get == `function` && typeof r.set == `function`) {
        var i = r.get,
          a = r.set;
        return (
          Object.defineProperty(e, t, {
            configurable: !0,
            get: function () {
              return i.call(this);
            },
            set: function (e) {
              ((n = `` + e), a.call(this, e));
            },
          }),
          Object.defineProperty(e, t, { enumerable: r.enumerable }),
          {
            getValue: function () {
              return n;
            },
            setValue: function (e) {
              n = `` + e;
            },
            stopTracking: function () {
              ((e._valueTracker = null), delete e[t]);
            },
          }
        );
      }
    }
    function ln(e) {
      if (!e._valueTracker) {
        var t = sn(e) ? `checked` : `value`;
        e._valueTracker = cn(e, t, `` + e[t]);
      }
    }
    function un(e) {
      if (!e) return !1;
      var t = e._valueTracker;
      if (!t) return !0;
      var n = t.getValue(),
        r = ``;
      return (e && (r = sn(e) ? (e.checked ? `true` : `false`) : e.value), (e = r), e !== n && (t.setValue(e), !0));
    }
    var dn = /[\n"\\]/g;
    function fn(e) {
      return e.replace(dn, function (e) {
        return `\\` + e.charCodeAt(0).toString(16) + ` `;
      });
    }
    function pn(e, t, n, r, i, a, o, s) {
      ((e.name = ``),
        o != null && typeof o != `function` && typeof o != `symbol` && typeof o != `boolean` ? (e.type = o) : e.removeAttribute(`type`),
        t == null
          ? (o !== `submit` && o !== `reset`) || e.removeAttribute(`value`)
          : o === `number`
            ? ((t === 0 && e.value === ``) || e.value != t) && (e.value = `` + on(t))
            : e.value !== `` + on(t) && (e.value = `` + on(t)),
        t == null
          ? n == null
            ? r != null && e.removeAttribute(`value`)
            : hn(e, on(n))
          : o === `number` && e.value == t
            ? hn(e, on(e.value))
            : hn(e, on(t)),
        i == null && a != null && (e.defaultChecked = !!a),
        i != null && (e.checked = i && typeof i != `function` && typeof i != `symbol`),
        s != null && typeof s != `function` && typeof s != `symbol` && typeof s != `boolean`
          ? (e.name = `` + on(s))
          : e.removeAttribute(`name`));
    }
    function mn(e, t, n, r, i, a, o, s) {
      if ((a != null && typeof a != `function` && typeof a != `symbol` && typeof a != `boolean` && (e.type = a), t != null || n != null)) {
        if (!((a !== `submit` && a !== `reset`) || t != null)) {
          ln(e);
          return;
        }
        ((n = n == null ? `` : `` + on(n)), (t = t == null ? n : `` + on(t)), s || t === e.value || (e.value = t), (e.defaultValue = t));
      }
      ((r ??= i),
        (r = typeof r != `function` && typeof r != `symbol` && !!r),
        (e.checked = s ? e.checked : !!r),
        (e.defaultChecked = !!r),
        o != null && typeof o != `function` && typeof o != `symbol` && typeof o != `boolean` && (e.name = o),
        ln(e));
    }
    function hn(e, t) {
      e.defaultValue !== `` + t && (e.defaultValue = `` + t);
    }
    function gn(e, t, n, r) {
      if (((e = e.options), t)) {
        t = {};
        for (var i = 0; i < n.length; i++) t[`$` + n[i]] = !0;
        for (n = 0; n < e.length; n++)
          ((i = t.hasOwnProperty(`$` + e[n].value)), e[n].selected !== i && (e[n].selected = i), i && r && (e[n].defaultSelected = !0));
      } else {
        for (n = `` + on(n), t = null, i = 0; i < e.length; i++) {
          if (e[i].value === n) {
            ((e[i].selected = !0), r && (e[i].defaultSelected = !0));
            return;
          }
          t !== null || e[i].disabled || (t = e[i]);
        }
        t !== null && (t.selected = !0);
      }
    }
    function _n(e, t, n) {
      t != null && ((t = `` + on(t)), t !== e.value && (e.value = t), n == null)
        ? e.defaultValue !== t && (e.defaultValue = t)
        : (e.defaultValue = n == null ? `` : `` + on(n));
    }
    function vn(e, t, n, r) {
      if (t == null) {
        if (r != null) {
          if (n != null) throw Error(i(92));
          if (Ee(r)) {
            if (1 < r.length) throw Error(i(93));
            r = r[0];
          }
          n = r;
        }
        ((n ??= ``), (t = n));
      }
      ((n = on(t)), (e.defaultValue = n), (r = e.textContent), r === n && r !== `` && r !== null && (e.value = r), ln(e));
    }
    function yn(e, t) {
      if (t) {
        var n = e.firstChild;
        if (n && n === e.lastChild && n.nodeType === 3) {
          n.nodeValue = t;
          return;
        }
      }
      e.textContent = t;
    }
    var bn = new Set(
      `animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp`.split(
        ` `,
      ),
    );
    function xn(e, t, n) {
      var r = t.indexOf(`--`) === 0;
      n == null || typeof n == `boolean` || n === ``
        ? r
          ? e.setProperty(t, ``)
          : t === `float`
            ? (e.cssFloat = ``)
            : (e[t] = ``)
        : r
          ? e.setProperty(t, n)
          : typeof n != `number` || n === 0 || bn.has(t)
            ? t === `float`
              ? (e.cssFloat = n)
              : (e[t] = (`` + n).trim())
            : (e[t] = n + `px`);
    }
    function Sn(e, t, n) {
      if (t != null && typeof t != `object`) throw Error(i(62));
      if (((e = e.style), n != null)) {
        for (var r in n)
          !n.hasOwnProperty(r) ||
            (t != null && t.hasOwnProperty(r)) ||
            (r.indexOf(`--`) === 0 ? e.setProperty(r, ``) : r === `float` ? (e.cssFloat = ``) : (e[r] = ``), (A = !0));
        for (var a in t) ((r = t[a]), t.hasOwnProperty(a) && n[a] !== r && (xn(e, a, r), (A = !0)));
      } else for (var o in t) t.hasOwnProperty(o) && xn(e, o, t[o]);
    }
    function Cn(e) {
      if (e.indexOf(`-`) === -1) return !1;
      switch (e) {
        case `annotation-xml`:
        case `color-profile`:
        case `font-face`:
        case `font-face-src`:
        case `font-face-uri`:
        case `font-face-format`:
        case `font-face-name`:
        case `missing-glyph`:
          return !1;
        default:
          return !0;
      }
    }
    var wn = new Map([
        [`acceptCharset`, `accept-charset`],
        [`htmlFor`, `for`],
        [`httpEquiv`, `http-equiv`],
        [`crossOrigin`, `crossorigin`],
        [`accentHeight`, `accent-height`],
        [`alignmentBaseline`, `alignment-baseline`],
        [`arabicForm`, `arabic-form`],
        [`baselineShift`, `baseline-shift`],
        [`capHeight`, `cap-height`],
        [`clipPath`, `clip-path`],
        [`clipRule`, `clip-rule`],
        [`colorInterpolation`, `color-interpolation`],
        [`colorInterpolationFilters`, `color-interpolation-filters`],
        [`colorProfile`, `color-profile`],
        [`colorRendering`, `color-rendering`],
        [`dominantBaseline`, `dominant-baseline`],
        [`enableBackground`, `enable-background`],
        [`fillOpacity`, `fill-opacity`],
        [`fillRule`, `fill-rule`],
        [`floodColor`, `flood-color`],
        [`floodOpacity`, `flood-opacity`],
        [`fontFamily`, `font-family`],
        [`fontSize`, `font-size`],
        [`fontSizeAdjust`, `font-size-adjust`],
        [`fontStretch`, `font-stretch`],
        [`fontStyle`, `font-style`],
        [`fontVariant`, `font-variant`],
        [`fontWeight`, `font-weight`],
        [`glyphName`, `glyph-name`],
        [`glyphOrientationHorizontal`, `glyph-orientation-horizontal`],
        [`glyphOrientationVertical`, `glyph-orientation-vertical`],
        [`horizAdvX`, `horiz-adv-x`],
        [`horizOriginX`, `horiz-origin-x`],
        [`imageRendering`, `image-rendering`],
        [`letterSpacing`, `letter-spacing`],
        [`lightingColor`, `lighting-color`],
        [`markerEnd`, `marker-end`],
        [`markerMid`, `marker-mid`],
        [`markerStart`, `marker-start`],
        [`maskType`, `mask-type`],
        [`overlinePosition`, `overline-position`],
        [`overlineThickness`, `overline-thickness`],
        [`paintOrder`, `paint-order`],
        [`panose-1`, `panose-1`],
        [`pointerEvents`, `pointer-events`],
        [`renderingIntent`, `rendering-intent`],
        [`shapeRendering`, `shape-rendering`],
        [`stopColor`, `stop-color`],
        [`stopOpacity`, `stop-opacity`],
        [`strikethroughPosition`, `strikethrough-position`],
        [`strikethroughThickness`, `strikethrough-thickness`],
        [`strokeDasharray`, `stroke-dasharray`],
        [`strokeDashoffset`, `stroke-dashoffset`],
        [`strokeLinecap`, `stroke-linecap`],
        [`strokeLinejoin`, `stroke-linejoin`],
        [`strokeMiterlimit`, `stroke-miterlimit`],
        [`strokeOpacity`, `stroke-opacity`],
        [`strokeWidth`, `stroke-width`],
        [`textAnchor`, `text-anchor`],
        [`textDecoration`, `text-decoration`],
        [`textRendering`, `text-rendering`],
        [`transformOrigin`, `transform-origin`],
        [`underlinePosition`, `underline-position`],
        [`underlineThickness`, `underline-thickness`],
        [`unicodeBidi`, `unicode-bidi`],
        [`unicodeRange`, `unicode-range`],
        [`unitsPerEm`, `units-per-em`],
        [`vAlphabetic`, `v-alphabetic`],
        [`vHanging`, `v-hanging`],
        [`vIdeographic`, `v-ideographic`],
        [`vMathematical`, `v-mathematical`],
        [`vectorEffect`, `vector-effect`],
        [`vertAdvY`, `vert-adv-y`],
        [`vertOriginX`, `vert-origin-x`],
        [`vertOriginY`, `vert-origin-y`],
        [`wordSpacing`, `word-spacing`],
        [`writingMode`, `writing-mode`],
        [`xmlnsXlink`, `xmlns:xlink`],
        [`xHeight`, `x-height`],
      ]),
      Tn = /^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;
    function En(e) {
      return Tn.test(`` + e) ? `javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')` : e;
    }
    function Dn() {}
    var On = null;
    function kn(e) {
      return (
        (e = e.target || e.srcElement || window),
        e.correspondingUseElement && (e = e.correspondingUseElement),
        e.nodeType === 3 ? e.parentNode : e
      );
    }
    var An = null,
      jn = null;
    function Mn(e) {
      var t = Ut(e);
      if (t && (e = t.stateNode)) {
        var n = e[Nt] || null;
        switch (((e = t.stateNode), t.type)) {
          case `input`:
            if (
              (pn(e, n.value, n.defaultValue, n.defaultValue, n.checked, n.defaultChecked, n.type, n.name),
              (t = n.name),
              n.type === `radio` && t != null)
            ) {
              for (n = e; n.parentNode;) n = n.parentNode;
              for (n = n.querySelectorAll(`input[name="` + fn(`` + t) + `"][type="radio"]`), t = 0; t < n.length; t++) {
                var r = n[t];
                if (r !== e && r.form === e.form) {
                  var a = r[Nt] || null;
                  if (!a) throw Error(i(90));
                  pn(r, a.value, a.defaultValue, a.defaultValue, a.checked, a.defaultChecked, a.type, a.name);
                }
              }
              for (t = 0; t < n.length; t++) ((r = n[t]), r.form === e.form && un(r));
            }
            break;
          case `textarea`:
            _n(e, n.value, n.defaultValue);
            break;
          case `select`:
            ((t = n.value), t != null && gn(e, !!n.multiple, t, !1));
        }
      }
    }
    var Nn = !1;
    function Pn(e, t, n) {
      if (Nn) return e(t, n);
      Nn = !0;
      try {
        return e(t);
      } finally {
        if (((Nn = !1), (An !== null || jn !== null) && (zd(), An && ((t = An), (e = jn), (jn = An = null), Mn(t), e))))
          for (t = 0; t < e.length; t++) Mn(e[t]);
      }
    }
    function Fn(e, t) {
      var n = e.stateNode;
      if (n === null) return null;
      var r = n[Nt] || null;
      if (r === null) return null;
      switch (((n = r[t]), t)) {
        case `onClick`:
        case `onClickCapture`:
        case `onDoubleClick`:
        case `onDoubleClickCapture`:
        case `onMouseDown`:
        case `onMouseDownCapture`:
        case `onMouseMove`:
        case `onMouseMoveCapture`:
        case `onMouseUp`:
        case `onMouseUpCapture`:
        case `onMouseEnter`:
          ((r = !r.disabled) || ((e = e.type), (r = e !== `button` && e !== `input` && e !== `select` && e !== `textarea`)), (e = !r));
          break;
        default:
          e = !1;
      }
      if (e) return null;
      if (n && typeof n != `function`) throw Error(i(231, t, typeof n));
      return n;
    }
    var In = typeof window < `u` && window.document !== void 0 && window.document.createElement !== void 0,
      Ln = !1;
    if (In)
      try {
        var Rn = {};
        (Object.defineProperty(Rn, 'passive', {
          get: function () {
            Ln = !0;
          },
        }),
          window.addEventListener(`test`, Rn, Rn),
          window.removeEventListener(`test`, Rn, Rn));
      } catch {
        Ln = !1;
      }
    var zn = null,
      Bn = null,
      Vn = null;
    function Hn() {
      if (Vn) return Vn;
      var e,
        t = Bn,
        n = t.length,
        r,
        i = `value` in zn ? zn.value : zn.textContent,
        a = i.length;
      for (e = 0; e < n && t[e] === i[e]; e++);
      var o = n - e;
      for (r = 1; r <= o && t[n - r] === i[a - r]; r++);
      return (Vn = i.slice(e, 1 < r ? 1 - r : void 0));
    }
    function Un(e) {
      var t = e.keyCode;
      return (
        `charCode` in e ? ((e = e.charCode), e === 0 && t === 13 && (e = 13)) : (e = t),
        e === 10 && (e = 13),
        32 <= e || e === 13 ? e : 0
      );
    }
    function Wn() {
      return !0;
    }
    function Gn() {
      return !1;
    }
    function Kn(e) {
      function t(t, n, r, i, a) {
        for (var o in ((this._reactName = t),
        (this._targetInst = r),
        (this.type = n),
        (this.nativeEvent = i),
        (this.target = a),
        (this.currentTarget = null),
        e))
          e.hasOwnProperty(o) && ((t = e[o]), (this[o] = t ? t(i) : i[o]));
        return (
          (this.isDefaultPrevented = (i.defaultPrevented == null ? !1 === i.returnValue : i.defaultPrevented) ? Wn : Gn),
          (this.isPropagationStopped = Gn),
          this
        );
      }
      return (
        x(t.prototype, {
          preventDefault: function () {
            this.defaultPrevented = !0;
            var e = this.nativeEvent;
            e &&
              (e.preventDefault ? e.preventDefault() : typeof e.returnValue != `unknown` && (e.returnValue = !1),
              (this.isDefaultPrevented = Wn));
          },
          stopPropagation: function () {
            var e = this.nativeEvent;
            e &&
              (e.stopPropagation ? e.stopPropagation() : typeof e.cancelBubble != `unknown` && (e.cancelBubble = !0),
              (this.isPropagationStopped = Wn));
          },
          persist: function () {},
          isPersistent: Wn,
        }),
        t
      );
    }
    var qn = {
        eventPhase: 0,
        bubbles: 0,
        cancelable: 0,
        timeStamp: function (e) {
          return e.timeStamp || Date.now();
        },
        defaultPrevented: 0,
        isTrusted: 0,
      },
      Jn = Kn(qn),
      Yn = x({}, qn, { view: 0, detail: 0 }),
      Xn = Kn(Yn),
      Zn,
      Qn,
      $n,
      er = x({}, Yn, {
        screenX: 0,
        screenY: 0,
        clientX: 0,
        clientY: 0,
        pageX: 0,
        pageY: 0,
        ctrlKey: 0,
        shiftKey: 0,
        altKey: 0,
        metaKey: 0,
        getModifierState: dr,
        button: 0,
        buttons: 0,
        relatedTarget: function (e) {
          return e.relatedTarget === void 0 ? (e.fromElement === e.srcElement ? e.toElement : e.fromElement) : e.relatedTarget;
        },
        movementX: function (e) {
          return `movementX` in e
            ? e.movementX
            : (e !== $n &&
                ($n && e.type === `mousemove` ? ((Zn = e.screenX - $n.screenX), (Qn = e.screenY - $n.screenY)) : (Qn = Zn = 0), ($n = e)),
              Zn);
        },
        movementY: function (e) {
          return `movementY` in e ? e.movementY : Qn;
        },
      }),
      tr = Kn(er),
      nr = Kn(x({}, er, { dataTransfer: 0 })),
      rr = Kn(x({}, Yn, { relatedTarget: 0 })),
      ir = Kn(x({}, qn, { animationName: 0, elapsedTime: 0, pseudoElement: 0 })),
      ar = Kn(
        x({}, qn, {
          clipboardData: function (e) {
            return `clipboardData` in e ? e.clipboardData : window.clipboardData;
          },
        }),
      ),
      or = Kn(x({}, qn, { data: 0 })),
      sr = {
        Esc: `Escape`,
        Spacebar: ` `,
        Left: `ArrowLeft`,
        Up: `ArrowUp`,
        Right: `ArrowRight`,
        Down: `ArrowDown`,
        Del: `Delete`,
        Win: `OS`,
        Menu: `ContextMenu`,
        Apps: `ContextMenu`,
        Scroll: `ScrollLock`,
        MozPrintableKey: `Unidentified`,
      },
      cr = {
        8: `Backspace`,
        9: `Tab`,
        12: `Clear`,
        13: `Enter`,
        16: `Shift`,
        17: `Control`,
        18: `Alt`,
        19: `Pause`,
        20: `CapsLock`,
        27: `Escape`,
        32: ` `,
        33: `PageUp`,
        34: `PageDown`,
        35: `End`,
        36: `Home`,
        37: `ArrowLeft`,
        38: `ArrowUp`,
        39: `ArrowRight`,
        40: `ArrowDown`,
        45: `Insert`,
        46: `Delete`,
        112: `F1`,
        113: `F2`,
        114: `F3`,
        115: `F4`,
        116: `F5`,
        117: `F6`,
        118: `F7`,
        119: `F8`,
        120: `F9`,
        121: `F10`,
        122: `F11`,
        123: `F12`,
        144: `NumLock`,
        145: `ScrollLock`,
        224: `Meta`,
      },
      lr = { Alt: `altKey`, Control: `ctrlKey`, Meta: `metaKey`, Shift: `shiftKey` };
    function ur(e) {
      var t = this.nativeEvent;
      return t.getModifierState ? t.getModifierState(e) : (e = lr[e]) ? !!t[e] : !1;
    }
    function dr() {
      return ur;
    }
    var fr = Kn(
        x({}, Yn, {
          key: function (e) {
            if (e.key) {
              var t = sr[e.key] || e.key;
              if (t !== `Unidentified`) return t;
            }
            return e.type === `keypress`
              ? ((e = Un(e)), e === 13 ? `Enter` : String.fromCharCode(e))
              : e.type === `keydown` || e.type === `keyup`
                ? cr[e.keyCode] || `Unidentified`
                : ``;
          },
          code: 0,
          location: 0,
          ctrlKey: 0,
          shiftKey: 0,
          altKey: 0,
          metaKey: 0,
          repeat: 0,
          locale: 0,
          getModifierState: dr,
          charCode: function (e) {
            return e.type === `keypress` ? Un(e) : 0;
          },
          keyCode: function (e) {
            return e.type === `keydown` || e.type === `keyup` ? e.keyCode : 0;
          },
          which: function (e) {
            return e.type === `keypress` ? Un(e) : e.type === `keydown` || e.type === `keyup` ? e.keyCode : 0;
          },
        }),
      ),
      pr = Kn(
        x({}, er, {
          pointerId: 0,
          width: 0,
          height: 0,
          pressure: 0,
          tangentialPressure: 0,
          tiltX: 0,
          tiltY: 0,
          twist: 0,
          pointerType: 0,
          isPrimary: 0,
        }),
      ),
      mr = Kn(x({}, qn, { submitter: 0 })),
      hr = Kn(
        x({}, Yn, {
          touches: 0,
          targetTouches: 0,
          changedTouches: 0,
          altKey: 0,
          metaKey: 0,
          ctrlKey: 0,
          shiftKey: 0,
          getModifierState: dr,
        }),
      ),
      gr = Kn(x({}, qn, { propertyName: 0, elapsedTime: 0, pseudoElement: 0 })),
      _r = Kn(
        x({}, er, {
          deltaX: function (e) {
            return `deltaX` in e ? e.deltaX : `wheelDeltaX` in e ? -e.wheelDeltaX : 0;
          },
          deltaY: function (e) {
            return `deltaY` in e ? e.deltaY : `wheelDeltaY` in e ? -e.wheelDeltaY : `wheelDelta` in e ? -e.wheelDelta : 0;
          },
          deltaZ: 0,
          deltaMode: 0,
        }),
      ),
      vr = Kn(x({}, qn, { newState: 0, oldState: 0, source: 0 })),
      yr = [9, 13, 27, 32],
      br = In && `CompositionEvent` in window,
      xr = null;
    In && `documentMode` in document && (xr = document.documentMode);
    var Sr = In && `TextEvent` in window && !xr,
      Cr = In && (!br || (xr && 8 < xr && 11 >= xr)),
      wr = ` `,
      Tr = !1;
    function Er(e, t) {
      switch (e) {
        case `keyup`:
          return yr.indexOf(t.keyCode) !== -1;
        case `keydown`:
          return t.keyCode !== 229;
        case `keypress`:
        case `mousedown`:
        case `focusout`:
          return !0;
        default:
          return !1;
      }
    }
    function Dr(e) {
      return ((e = e.detail), typeof e == `object` && `data` in e ? e.data : null);
    }
    var Or = !1;
    function kr(e, t) {
      switch (e) {
        case `compositionend`:
          return Dr(t);
        case `keypress`:
          return t.which === 32 ? ((Tr = !0), wr) : null;
        case `textInput`:
          return ((e = t.data), e === wr && Tr ? null : e);
        default:
          return null;
      }
    }
    function Ar(e, t) {
      if (Or) return e === `compositionend` || (!br && Er(e, t)) ? ((e = Hn()), (Vn = Bn = zn = null), (Or = !1), e) : null;
      switch (e) {
        case `paste`:
          return null;
        case `keypress`:
          if (!(t.ctrlKey || t.altKey || t.metaKey) || (t.ctrlKey && t.altKey)) {
            if (t.char && 1 < t.char.length) return t.char;
            if (t.which) return String.fromCharCode(t.which);
          }
          return null;
        case `compositionend`:
          return Cr && t.locale !== `ko` ? null : t.data;
        default:
          return null;
      }
    }
    var jr = {
      color: !0,
      date: !0,
      datetime: !0,
      'datetime-local': !0,
      email: !0,
      month: !0,
      number: !0,
      password: !0,
      range: !0,
      search: !0,
      tel: !0,
      text: !0,
      time: !0,
      url: !0,
      week: !0,
    };
    function Mr(e) {
      var t = e && e.nodeName && e.nodeName.toLowerCase();
      return t === `input` ? !!jr[e.type] : t === `textarea`;
    }
    function Nr(e, t, n, r) {
      (An ? (jn ? jn.push(r) : (jn = [r])) : (An = r),
        (t = Jf(t, `onChange`)),
        0 < t.length && ((n = new Jn(`onChange`, `change`, null, n, r)), e.push({ event: n, listeners: t })));
    }
    var Pr = null,
      Fr = null;
    function Ir(e) {
      Vf(e, 0);
    }
    function Lr(e) {
      if (un(Wt(e))) return e;
    }
    function Rr(e, t) {
      if (e === `change`) return t;
    }
    var zr = !1;
    if (In) {
      var Br;
      if (In) {
        var Vr = `oninput` in document;
        if (!Vr) {
          var Hr = document.createElement(`div`);
          (Hr.setAttribute(`oninput`, `return;`), (Vr = typeof Hr.oninput == `function`));
        }
        Br = Vr;
      } else Br = !1;
      zr = Br && (!document.documentMode || 9 < document.documentMode);
    }
    function Ur() {
      Pr && (Pr.detachEvent(`onpropertychange`, Wr), (Fr = Pr = null));
    }
    function Wr(e) {
      if (e.propertyName === `value` && Lr(Fr)) {
        var t = [];
        (Nr(t, Fr, e, kn(e)), Pn(Ir, t));
      }
    }
    function Gr(e, t, n) {
      e === `focusin` ? (Ur(), (Pr = t), (Fr = n), Pr.attachEvent(`onpropertychange`, Wr)) : e === `focusout` && Ur();
    }
    function Kr(e) {
      if (e === `selectionchange` || e === `keyup` || e === `keydown`) return Lr(Fr);
    }
    function qr(e, t) {
      if (e === `click`) return Lr(t);
    }
    function Jr(e, t) {
      if (e === `input` || e === `change`) return Lr(t);
    }
    function Yr(e, t) {
      return (e === t && (e !== 0 || 1 / e == 1 / t)) || (e !== e && t !== t);
    }
    var Xr = typeof Object.is == `function` ? Object.is : Yr;
    function Zr(e, t) {
      if (Xr(e, t)) return !0;
      if (typeof e != `object` || !e || typeof t != `object` || !t) return !1;
      var n = Object.keys(e),
        r = Object.keys(t);
      if (n.length !== r.length) return !1;
      for (r = 0; r < n.length; r++) {
        var i = n[r];
        if (!Ge.call(t, i) || !Xr(e[i], t[i])) return !1;
      }
      return !0;
    }
    function Qr(e) {
      if (((e ||= typeof document < `u` ? document : void 0), e === void 0)) return null;
      try {
        return e.activeElement || e.body;
      } catch {
        return e.body;
      }
    }
    function $r(e) {
      for (; e && e.firstChild;) e = e.firstChild;
      return e;
    }
    function ei(e, t) {
      var n = $r(e);
      e = 0;
      for (var r; n;) {
        if (n.nodeType === 3) {
          if (((r = e + n.textContent.length), e <= t && r >= t)) return { node: n, offset: t - e };
          e = r;
        }
        e: {
          for (; n;) {
            if (n.nextSibling) {
              n = n.nextSibling;
              break e;
            }
            n = n.parentNode;
          }
          n = void 0;
        }
        n = $r(n);
      }
    }
    function ti(e, t) {
      return e && t
        ? e === t
          ? !0
          : e && e.nodeType === 3
            ? !1
            : t && t.nodeType === 3
              ? ti(e, t.parentNode)
              : `contains` in e
                ? e.contains(t)
                : e.compareDocumentPosition
                  ? !!(e.compareDocumentPosition(t) & 16)
                  : !1
        : !1;
    }
    function ni(e) {
      e = e != null && e.ownerDocument != null && e.ownerDocument.defaultView != null ? e.ownerDocument.defaultView : window;
      for (var t = Qr(e.document); t instanceof e.HTMLIFrameElement;) {
        try {
          var n = typeof t.contentWindow.location.href == `string`;
        } catch {
          n = !1;
        }
        if (n) e = t.contentWindow;
        else break;
        t = Qr(e.document);
      }
      return t;
    }
    function ri(e) {
      var t = e && e.nodeName && e.nodeName.toLowerCase();
      return (
        t &&
        ((t === `input` && (e.type === `text` || e.type === `search` || e.type === `tel` || e.type === `url` || e.type === `password`)) ||
          t === `textarea` ||
          e.contentEditable === `true`)
      );
    }
    var ii = In && `documentMode` in document && 11 >= document.documentMode,
      ai = null,
      oi = null,
      si = null,
      ci = !1;
    function li(e, t, n) {
      var r = n.window === n ? n.document : n.nodeType === 9 ? n : n.ownerDocument;
      ci ||
        ai == null ||
        ai !== Qr(r) ||
        ((r = ai),
        `selectionStart` in r && ri(r)
          ? (r = { start: r.selectionStart, end: r.selectionEnd })
          : ((r = ((r.ownerDocument && r.ownerDocument.defaultView) || window).getSelection()),
            (r = { anchorNode: r.anchorNode, anchorOffset: r.anchorOffset, focusNode: r.focusNode, focusOffset: r.focusOffset })),
        (si && Zr(si, r)) ||
          ((si = r),
          (r = Jf(oi, `onSelect`)),
          0 < r.length && ((t = new Jn(`onSelect`, `select`, null, t, n)), e.push({ event: t, listeners: r }), (t.target = ai))));
    }
    function ui(e, t) {
      var n = {};
      return ((n[e.toLowerCase()] = t.toLowerCase()), (n[`Webkit` + e] = `webkit` + t), (n[`Moz` + e] = `moz` + t), n);
    }
    var di = {
        animationend: ui(`Animation`, `AnimationEnd`),
        animationiteration: ui(`Animation`, `AnimationIteration`),
        animationstart: ui(`Animation`, `AnimationStart`),
        transitionrun: ui(`Transition`, `TransitionRun`),
        transitionstart: ui(`Transition`, `TransitionStart`),
        transitioncancel: ui(`Transition`, `TransitionCancel`),
        transitionend: ui(`Transition`, `TransitionEnd`),
      },
      fi = {},
      pi = {};
    In &&
      ((pi = document.createElement(`div`).style),
      `AnimationEvent` in window ||
        (delete di.animationend.animation, delete di.animationiteration.animation, delete di.animationstart.animation),
      `TransitionEvent` in window || delete di.transitionend.transition);
    function mi(e) {
      if (fi[e]) return fi[e];
      if (!di[e]) return e;
      var t = di[e],
        n;
      for (n in t) if (t.hasOwnProperty(n) && n in pi) return (fi[e] = t[n]);
      return e;
    }
    var hi = mi(`animationend`),
      gi = mi(`animationiteration`),
      _i = mi(`animationstart`),
      vi = mi(`transitionrun`),
      yi = mi(`transitionstart`),
      bi = mi(`transitioncancel`),
      xi = mi(`transitionend`),
      Si = new Map(),
      Ci =
        `abort auxClick beforeToggle cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error fullscreenChange fullscreenError gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel`.split(
          ` `,
        );
    Ci.push(`scrollEnd`);
    function wi(e, t) {
      (Si.set(e, t), Yt(t, [e]));
    }
    var Ti = 0;
    function Ei(e, t) {
      if (e.name != null && e.name !== `auto`) return e.name;
      if (t.autoName !== null) return t.autoName;
      e = bd.identifierPrefix;
      var n = Ti++;
      return ((e = `_` + e + `t_` + n.toString(32) + `_`), (t.autoName = e));
    }
    function Di(e) {
      if (e == null || typeof e == `string`) return e;
      var t = null,
        n = Od;
      if (n !== null)
        for (var r = 0; r < n.length; r++) {
          var i = e[n[r]];
          if (i != null) {
            if (i === `none`) return `none`;
            t = t == null ? i : t + (` ` + i);
          }
        }
      return t ?? e.default;
    }
    function Oi(e, t) {
      return ((e = Di(e)), (t = Di(t)), t == null ? (e === `auto` ? null : e) : t === `auto` ? null : t);
    }
    var ki =
        typeof reportError == `function`
          ? reportError
          : function (e) {
              if (typeof window == `object` && typeof window.ErrorEvent == `function`) {
                var t = new window.ErrorEvent(`error`, {
                  bubbles: !0,
                  cancelable: !0,
                  message: typeof e == `object` && e && typeof e.message == `string` ? String(e.message) : String(e),
                  error: e,
                });
                if (!window.dispatchEvent(t)) return;
              } else if (typeof process == `object` && typeof process.emit == `function`) {
                process.emit(`uncaughtException`, e);
                return;
              }
              console.error(e);
            },
      Ai = [],
      ji = 0,
      Mi = 0;
    function Ni() {
      for (var e = ji, t = (Mi = ji = 0); t < e;) {
        var n = Ai[t];
        Ai[t++] = null;
        var r = Ai[t];
        Ai[t++] = null;
        var i = Ai[t];
        Ai[t++] = null;
        var a = Ai[t];
        if (((Ai[t++] = null), r !== null && i !== null)) {
          var o = r.pending;
          (o === null ? (i.next = i) : ((i.next = o.next), (o.next = i)), (r.pending = i));
        }
        a !== 0 && Li(n, i, a);
      }
    }
    function Pi(e, t, n, r) {
      ((Ai[ji++] = e),
        (Ai[ji++] = t),
        (Ai[ji++] = n),
        (Ai[ji++] = r),
        (Mi |= r),
        (e.lanes |= r),
        (e = e.alternate),
        e !== null && (e.lanes |= r));
    }
    function Fi(e, t, n, r) {
      return (Pi(e, t, n, r), Ri(e));
    }
    function Ii(e, t) {
      return (Pi(e, null, null, t), Ri(e));
    }
    function Li(e, t, n) {
      e.lanes |= n;
      var r = e.alternate;
      r !== null && (r.lanes |= n);
      for (var i = !1, a = e.return; a !== null;)
        ((a.childLanes |= n),
          (r = a.alternate),
          r !== null && (r.childLanes |= n),
          a.tag === 22 && ((e = a.stateNode), e === null || e._visibility & 1 || (i = !0)),
          (e = a),
          (a = a.return));
      return e.tag === 3
        ? ((a = e.stateNode),
          i &&
            t !== null &&
            ((i = 31 - ct(n)), (e = a.hiddenUpdates), (r = e[i]), r === null ? (e[i] = [t]) : r.push(t), (t.lane = n | 536870912)),
          a)
        : null;
    }
    function Ri(e) {
      if (50 < kd) throw ((kd = 0), (Ad = null), Error(i(185)));
      for (var t = e.return; t !== null;) ((e = t), (t = e.return));
      return e.tag === 3 ? e.stateNode : null;
    }
    var zi = {};
    function Bi(e, t, n, r) {
      ((this.tag = e),
        (this.key = n),
        (this.sibling = this.child = this.return = this.stateNode = this.type = this.elementType = null),
        (this.index = 0),
        (this.refCleanup = this.ref = null),
        (this.pendingProps = t),
        (this.dependencies = this.memoizedState = this.updateQueue = this.memoizedProps = null),
        (this.mode = r),
        (this.subtreeFlags = this.flags = 0),
        (this.deletions = null),
        (this.childLanes = this.lanes = 0),
        (this.alternate = null));
    }
    function Vi(e, t, n, r) {
      return new Bi(e, t, n, r);
    }
    function Hi(e) {
      return ((e = e.prototype), !(!e || !e.isReactComponent));
    }
    function Ui(e, t) {
      var n = e.alternate;
      return (
        n === null
          ? ((n = Vi(e.tag, t, e.key, e.mode)),
            (n.elementType = e.elementType),
            (n.type = e.type),
            (n.stateNode = e.stateNode),
            (n.alternate = e),
            (e.alternate = n))
          : ((n.pendingProps = t), (n.type = e.type), (n.flags = 0), (n.subtreeFlags = 0), (n.deletions = null)),
        (n.flags = e.flags & 0x47f00000),
        (n.childLanes = e.childLanes),
        (n.lanes = e.lanes),
        (n.child = e.child),
        (n.memoizedProps = e.memoizedProps),
        (n.memoizedState = e.memoizedState),
        (n.updateQueue = e.updateQueue),
        (t = e.dependencies),
        (n.dependencies = t === null ? null : { lanes: t.lanes, firstContext: t.firstContext }),
        (n.sibling = e.sibling),
        (n.index = e.index),
        (n.ref = e.ref),
        (n.refCleanup = e.refCleanup),
        n
      );
    }
    function Wi(e, t) {
      e.flags &= 0x47f00002;
      var n = e.alternate;
      return (
        n === null
          ? ((e.childLanes = 0),
            (e.lanes = t),
            (e.child = null),
            (e.subtreeFlags = 0),
            (e.memoizedProps = null),
            (e.memoizedState = null),
            (e.updateQueue = null),
            (e.dependencies = null),
            (e.stateNode = null))
          : ((e.childLanes = n.childLanes),
            (e.lanes = n.lanes),
            (e.child = n.child),
            (e.subtreeFlags = 0),
            (e.deletions = null),
            (e.memoizedProps = n.memoizedProps),
            (e.memoizedState = n.memoizedState),
            (e.updateQueue = n.updateQueue),
            (e.type = n.type),
            (t = n.dependencies),
            (e.dependencies = t === null ? null : { lanes: t.lanes, firstContext: t.firstContext })),
        e
      );
    }
    function Gi(e, t, n, r, a, o) {
      var s = 0;
      if (((r = e), typeof r == `function`)) Hi(r) && (s = 1);
      else if (typeof r == `string`) s = qm(e, n, Me.current) ? 26 : e === `html` || e === `head` || e === `body` ? 27 : 5;
      else
        e: switch (r) {
          case _e:
            return ((e = Vi(31, n, t, a)), (e.elementType = _e), (e.lanes = o), e);
          case se:
            return Ki(n.children, a, o, t);
          case ce:
            ((s = 8), (a |= 24));
            break;
          case le:
            return ((e = Vi(12, n, t, a | 2)), (e.elementType = le), (e.lanes = o), e);
          case pe:
            return ((e = Vi(13, n, t, a)), (e.elementType = pe), (e.lanes = o), e);
          case me:
            return ((e = Vi(19, n, t, a)), (e.elementType = me), (e.lanes = o), e);
          case ve:
          case be:
            return (
              (e = a | 32),
              (e = Vi(30, n, t, e)),
              (e.elementType = be),
              (e.lanes = o),
              (e.stateNode = { autoName: null, paired: null, clones: null, ref: null }),
              e
            );
          default:
            if (typeof r == `object` && r)
              switch (r.$$typeof) {
                case de:
                  s = 10;
                  break e;
                case ue:
                  s = 9;
                  break e;
                case fe:
                  s = 11;
                  break e;
                case he:
                  s = 14;
                  break e;
                case ge:
                  ((s = 16), (r = null));
                  break e;
              }
            ((s = 29), (n = Error(i(130, e === null ? `null` : typeof e, ``))), (r = null));
        }
      return ((t = Vi(s, n, t, a)), (t.elementType = e), (t.type = r), (t.lanes = o), t);
    }
    function Ki(e, t, n, r) {
      return ((e = Vi(7, e, r, t)), (e.lanes = n), e);
    }
    function qi(e, t, n) {
      return ((e = Vi(6, e, null, t)), (e.lanes = n), e);
    }
    function Ji(e) {
      var t = Vi(18, null, null, 0);
      return ((t.stateNode = e), t);
    }
    function Yi(e, t, n) {
      return (
        (t = Vi(4, e.children === null ? [] : e.children, e.key, t)),
        (t.lanes = n),
        (t.stateNode = { containerInfo: e.containerInfo, pendingChildren: null, implementation: e.implementation }),
        t
      );
    }
    var Xi = new WeakMap();
    function Zi(e, t) {
      if (typeof e == `object` && e) {
        var n = Xi.get(e);
        return n === void 0 ? ((t = { value: e, source: t, stack: We(t) }), Xi.set(e, t), t) : n;
      }
      return { value: e, source: t, stack: We(t) };
    }
    var Qi = [],
      $i = 0,
      ea = null,
      ta = 0,
      na = [],
      ra = 0,
      ia = null,
      aa = 1,
      oa = ``;
    function sa(e, t) {
      ((Qi[$i++] = ta), (Qi[$i++] = ea), (ea = e), (ta = t));
    }
    function ca(e, t, n) {
      ((na[ra++] = aa), (na[ra++] = oa), (na[ra++] = ia), (ia = e));
      var r = aa;
      e = oa;
      var i = 32 - ct(r) - 1;
      ((r &= ~(1 << i)), (n += 1));
      var a = 32 - ct(t) + i;
      if (30 < a) {
        var o = i - (i % 5);
        ((a = (r & ((1 << o) - 1)).toString(32)), (r >>= o), (i -= o), (aa = (1 << (32 - ct(t) + i)) | (n << i) | r), (oa = a + e));
      } else ((aa = (1 << a) | (n << i) | r), (oa = e));
    }
    function la(e) {
      e.return !== null && (sa(e, 1), ca(e, 1, 0));
    }
    function ua(e) {
      for (; e === ea;) ((ea = Qi[--$i]), (Qi[$i] = null), (ta = Qi[--$i]), (Qi[$i] = null));
      for (; e === ia;) ((ia = na[--ra]), (na[ra] = null), (oa = na[--ra]), (na[ra] = null), (aa = na[--ra]), (na[ra] = null));
    }
    function da(e, t) {
      ((na[ra++] = aa), (na[ra++] = oa), (na[ra++] = ia), (aa = t.id), (oa = t.overflow), (ia = e));
    }
    var fa = null,
      j = null,
      M = !1,
      pa = null,
      ma = !1,
      ha = Error(i(519));
    function ga(e) {
      throw (Sa(Zi(Error(i(418, 1 < arguments.length && arguments[1] !== void 0 && arguments[1] ? `text` : `HTML`, ``)), e)), ha);
    }
    function _a(e) {
      var t = e.stateNode,
        n = e.type,
        r = e.memoizedProps;
      switch (((t[Mt] = e), (t[Nt] = r), n)) {
        case `dialog`:
          (Q(`cancel`, t), Q(`close`, t));
          break;
        case `iframe`:
        case `object`:
        case `embed`:
          Q(`load`, t);
          break;
        case `video`:
        case `audio`:
          for (n = 0; n < zf.length; n++) Q(zf[n], t);
          break;
        case `source`:
          Q(`error`, t);
          break;
        case `img`:
        case `image`:
        case `link`:
          (Q(`error`, t), Q(`load`, t));
          break;
        case `details`:
          Q(`toggle`, t);
          break;
        case `input`:
          (Q(`invalid`, t), mn(t, r.value, r.defaultValue, r.checked, r.defaultChecked, r.type, r.name, !0));
          break;
        case `select`:
          Q(`invalid`, t);
          break;
        case `textarea`:
          (Q(`invalid`, t), vn(t, r.value, r.defaultValue, r.children));
      }
      ((n = r.children),
        (typeof n != `string` && typeof n != `number` && typeof n != `bigint`) ||
        t.textContent === `` + n ||
        !0 === r.suppressHydrationWarning ||
        ep(t.textContent, n)
          ? (r.popover != null && (Q(`beforetoggle`, t), Q(`toggle`, t)),
            r.onScroll != null && Q(`scroll`, t),
            r.onScrollEnd != null && Q(`scrollend`, t),
            r.onClick != null && (t.onclick = Dn),
            (t = !0))
          : (t = !1),
        t || ga(e, !0));
    }
    function va(e) {
      for (fa = e.return; fa;)
        switch (fa.tag) {
          case 5:
          case 31:
          case 13:
            ma = !1;
            return;
          case 27:
          case 3:
            ma = !0;
            return;
          default:
            fa = fa.return;
        }
    }
    function ya(e) {
      if (e !== fa) return !1;
      if (!M) return (va(e), (M = !0), !1);
      var t = e.tag,
        n;
      if (
        ((n = t !== 3 && t !== 27) &&
          ((n = t === 5) && ((n = e.type), (n = n === `form` || n === `button` || pp(e.type, e.memoizedProps))), (n = !n)),
        n && j && ga(e),
        va(e),
        t === 13)
      ) {
        if (((e = e.memoizedState), (e = e === null ? null : e.dehydrated), !e)) throw Error(i(317));
        j = dm(e);
      } else if (t === 31) {
        if (((e = e.memoizedState), (e = e === null ? null : e.dehydrated), !e)) throw Error(i(317));
        j = dm(e);
      } else t === 27 ? ((t = j), Sp(e.type) ? ((e = um), (um = null), (j = e)) : (j = t)) : (j = fa ? lm(e.stateNode.nextSibling) : null);
      return !0;
    }
    function ba() {
      ((j = fa = null), (M = !1));
    }
    function xa() {
      var e = pa;
      return (e !== null && (pd === null ? (pd = e) : pd.push.apply(pd, e), (pa = null)), e);
    }
    function Sa(e) {
      pa === null ? (pa = [e]) : pa.push(e);
    }
    var Ca = Ae(null),
      wa = null,
      Ta = null;
    function Ea(e, t, n) {
      (E(Ca, t._currentValue), (t._currentValue = n));
    }
    function Da(e) {
      ((e._currentValue = Ca.current), je(Ca));
    }
    function Oa(e, t, n) {
      for (; e !== null;) {
        var r = e.alternate;
        if (
          ((e.childLanes & t) === t
            ? r !== null && (r.childLanes & t) !== t && (r.childLanes |= t)
            : ((e.childLanes |= t), r !== null && (r.childLanes |= t)),
          e === n)
        )
          break;
        e = e.return;
      }
    }
    function ka(e, t, n, r) {
      var a = e.child;
      for (a !== null && (a.return = e); a !== null;) {
        var o = a.dependencies;
        if (o !== null) {
          var s = a.child;
          o = o.firstContext;
          e: for (; o !== null;) {
            var c = o;
            o = a;
            for (var l = 0; l < t.length; l++)
              if (c.context === t[l]) {
                ((o.lanes |= n), (c = o.alternate), c !== null && (c.lanes |= n), Oa(o.return, n, e), r || (s = null));
                break e;
              }
            o = c.next;
          }
        } else if (a.tag === 18) {
          if (((s = a.return), s === null)) throw Error(i(341));
          ((s.lanes |= n), (o = s.alternate), o !== null && (o.lanes |= n), Oa(s, n, e), (s = null));
        } else
          a.tag === 13 && a.memoizedState !== null && a.memoizedState.dehydrated === null
            ? ((a.lanes |= n),
              (s = a.alternate),
              s !== null && (s.lanes |= n),
              Oa(a.return, n, e),
              (s = a.child),
              (s = s === null ? null : s.sibling))
            : (s = a.child);
        if (s !== null) s.return = a;
        else
          for (s = a; s !== null;) {
            if (s === e) {
              s = null;
              break;
            }
            if (((a = s.sibling), a !== null)) {
              ((a.return = s.return), (s = a));
              break;
            }
            s = s.return;
          }
        a = s;
      }
    }
    function Aa(e, t, n, r) {
      e = null;
      for (var a = t, o = !1; a !== null;) {
        if (!o) {
          if (a.flags & 524288) o = !0;
          else if (a.flags & 262144) break;
        }
        if (a.tag === 10) {
          var s = a.alternate;
          if (s === null) throw Error(i(387));
          if (((s = s.memoizedProps), s !== null)) {
            var c = a.type;
            Xr(a.pendingProps.value, s.value) || (e === null ? (e = [c]) : e.push(c));
          }
        } else if (a === Fe.current) {
          if (((s = a.alternate), s === null)) throw Error(i(387));
          s.memoizedState.memoizedState !== a.memoizedState.memoizedState && (e === null ? (e = [sh]) : e.push(sh));
        }
        a = a.return;
      }
      return (e !== null && ka(t, e, n, r), (t.flags |= 262144), e !== null);
    }
    function ja(e) {
      for (e = e.firstContext; e !== null;) {
        if (!Xr(e.context._currentValue, e.memoizedValue)) return !0;
        e = e.next;
      }
      return !1;
    }
    function Ma(e) {
      ((wa = e), (Ta = null), (e = e.dependencies), e !== null && (e.firstContext = null));
    }
    function Na(e) {
      return Fa(wa, e);
    }
    function Pa(e, t) {
      return (wa === null && Ma(e), Fa(e, t));
    }
    function Fa(e, t) {
      var n = t._currentValue;
      if (((t = { context: t, memoizedValue: n, next: null }), Ta === null)) {
        if (e === null) throw Error(i(308));
        ((Ta = t), (e.dependencies = { lanes: 0, firstContext: t }), (e.flags |= 524288));
      } else Ta = Ta.next = t;
      return n;
    }
    var Ia =
        typeof AbortController < `u`
          ? AbortController
          : function () {
              var e = [],
                t = (this.signal = {
                  aborted: !1,
                  addEventListener: function (t, n) {
                    e.push(n);
                  },
                });
              this.abort = function () {
                ((t.aborted = !0),
                  e.forEach(function (e) {
                    return e();
                  }));
              };
            },
      La = t.unstable_scheduleCallback,
      Ra = t.unstable_NormalPriority,
      N = { $$typeof: de, Consumer: null, Provider: null, _currentValue: null, _currentValue2: null, _threadCount: 0 };
    function za() {
      return { controller: new Ia(), data: new Map(), refCount: 0 };
    }
    function Ba(e) {
      (e.refCount--,
        e.refCount === 0 &&
          La(Ra, function () {
            e.controller.abort();
          }));
    }
    function Va(e, t) {
      if (e.pendingLanes & 4194048) {
        var n = e.transitionTypes;
        for (n === null && (n = e.transitionTypes = []), e = 0; e < t.length; e++) {
          var r = t[e];
          n.indexOf(r) === -1 && n.push(r);
        }
      }
    }
    var Ha = null;
    function Ua(e) {
      var t = e.transitionTypes;
      return ((e.transitionTypes = null), t);
    }
    var Wa = null,
      Ga = 0,
      Ka = 0,
      qa = null;
    function Ja(e, t) {
      if (Wa === null) {
        var n = (Wa = []);
        ((Ga = 0),
          (Ka = Pf()),
          (qa = {
            status: `pending`,
            value: void 0,
            then: function (e) {
              n.push(e);
            },
          }));
      }
      return (Ga++, t.then(Ya, Ya), t);
    }
    function Ya() {
      if (--Ga === 0 && ((Ha = null), Wa !== null)) {
        qa !== null && (qa.status = `fulfilled`);
        var e = Wa;
        ((Wa = null), (Ka = 0), (qa = null));
        for (var t = 0; t < e.length; t++) (0, e[t])();
      }
    }
    function Xa(e, t) {
      var n = [],
        r = {
          status: `pending`,
          value: null,
          reason: null,
          then: function (e) {
            n.push(e);
          },
        };
      return (
        e.then(
          function () {
            ((r.status = `fulfilled`), (r.value = t));
            for (var e = 0; e < n.length; e++) (0, n[e])(t);
          },
          function (e) {
            for (r.status = `rejected`, r.reason = e, e = 0; e < n.length; e++) (0, n[e])(void 0);
          },
        ),
        r
      );
    }
    var Za = w.S;
    w.S = function (e, t) {
      if (((gd = Xe()), typeof t == `object` && t && typeof t.then == `function` && Ja(e, t), Ha !== null))
        for (var n = bf; n !== null;) (Va(n, Ha), (n = n.next));
      if (((n = e.types), n !== null)) {
        for (var r = bf; r !== null;) (Va(r, n), (r = r.next));
        if (Ka !== 0) {
          ((r = Ha), r === null && (r = Ha = []));
          for (var i = 0; i < n.length; i++) {
            var a = n[i];
            r.indexOf(a) === -1 && r.push(a);
          }
        }
      }
      Za !== null && Za(e, t);
    };
    var Qa = Ae(null);
    function $a() {
      var e = Qa.current;
      return e === null ? G.pooledCache : e;
    }
    function eo(e, t) {
      t === null ? E(Qa, Qa.current) : E(Qa, t.pool);
    }
    function to() {
      var e = $a();
      return e === null ? null : { parent: N._currentValue, pool: e };
    }
    var no = Error(i(460)),
      ro = Error(i(474)),
      io = Error(i(542)),
      ao = { then: function () {} };
    function oo(e) {
      return ((e = e.status), e === `fulfilled` || e === `rejected`);
    }
    function so(e, t, n) {
      switch (((n = e[n]), n === void 0 ? e.push(t) : n !== t && (t.then(Dn, Dn), (t = n)), t.status)) {
        case `fulfilled`:
          return t.value;
        case `rejected`:
          throw ((e = t.reason), fo(e), e === void 0 && !(`reason` in t) ? Error(i(600)) : e);
        default:
          if (typeof t.status == `string`) t.then(Dn, Dn);
          else {
            if (((e = G), e !== null && 100 < e.shellSuspendCounter)) throw Error(i(482));
            ((e = t),
              (e.status = `pending`),
              e.then(
                function (e) {
                  if (t.status === `pending`) {
                    var n = t;
                    ((n.status = `fulfilled`), (n.value = e));
                  }
                },
                function (e) {
                  if (t.status === `pending`) {
                    var n = t;
                    ((n.status = `rejected`), (n.reason = e));
                  }
                },
              ));
          }
          switch (t.status) {
            case `fulfilled`:
              return t.value;
            case `rejected`:
              throw ((e = t.reason), fo(e), e);
          }
          throw ((lo = t), no);
      }
    }
    function co(e) {
      try {
        return (0, e._init)(e._payload);
      } catch (e) {
        throw typeof e == `object` && e && typeof e.then == `function` ? ((lo = e), no) : e;
      }
    }
    var lo = null;
    function uo() {
      if (lo === null) throw Error(i(459));
      var e = lo;
      return ((lo = null), e);
    }
    function fo(e) {
      if (e === no || e === io) throw Error(i(483));
    }
    var po = null,
      mo = 0;
    function ho(e) {
      var t = mo;
      return ((mo += 1), po === null && (po = []), so(po, e, t));
    }
    function go(e, t) {
      ((t = t.props.ref), (e.ref = t === void 0 ? null : t));
    }
    function _o(e, t) {
      throw t.$$typeof === S
        ? Error(i(525))
        : ((e = Object.prototype.toString.call(t)),
          Error(i(31, e === `[object Object]` ? `object with keys {` + Object.keys(t).join(`, `) + `}` : e)));
    }
    function vo(e) {
      function t(t, n) {
        if (e) {
          var r = t.deletions;
          r === null ? ((t.deletions = [n]), (t.flags |= 16)) : r.push(n);
        }
      }
      function n(n, r) {
        if (!e) return null;
        for (; r !== null;) (t(n, r), (r = r.sibling));
        return null;
      }
      function r(e) {
        for (var t = new Map(); e !== null;) (e.key === null ? t.set(e.index, e) : t.set(e.key, e), (e = e.sibling));
        return t;
      }
      function a(e, t) {
        return ((e = Ui(e, t)), (e.index = 0), (e.sibling = null), e);
      }
      function o(t, n, r) {
        return (
          (t.index = r),
          e
            ? ((r = t.alternate), r === null ? ((t.flags |= 0x8000002), n) : ((r = r.index), r < n ? ((t.flags |= 2), n) : r))
            : ((t.flags |= 1048576), n)
        );
      }
      function s(t) {
        return (e && t.alternate === null && (t.flags |= 0x8000002), t);
      }
      function c(e, t, n, r) {
        return t === null || t.tag !== 6 ? ((t = qi(n, e.mode, r)), (t.return = e), t) : ((t = a(t, n)), (t.return = e), t);
      }
      function l(e, t, n, r) {
        var i = n.type;
        return i === se
          ? ((e = d(e, t, n.props.children, r, n.key)), go(e, n), e)
          : t !== null && (t.elementType === i || (typeof i == `object` && i && i.$$typeof === ge && co(i) === t.type))
            ? ((t = a(t, n.props)), go(t, n), (t.return = e), t)
            : ((t = Gi(n.type, n.key, n.props, null, e.mode, r)), go(t, n), (t.return = e), t);
      }
      function u(e, t, n, r) {
        return t === null || t.tag !== 4 || t.stateNode.containerInfo !== n.containerInfo || t.stateNode.implementation !== n.implementation
          ? ((t = Yi(n, e.mode, r)), (t.return = e), t)
          : ((t = a(t, n.children || [])), (t.return = e), t);
      }
      function d(e, t, n, r, i) {
        return t === null || t.tag !== 7 ? ((t = Ki(n, e.mode, r, i)), (t.return = e), t) : ((t = a(t, n)), (t.return = e), t);
      }
      function f(e, t, n) {
        if ((typeof t == `string` && t !== ``) || typeof t == `number` || typeof t == `bigint`)
          return ((t = qi(`` + t, e.mode, n)), (t.return = e), t);
        if (typeof t == `object` && t) {
          switch (t.$$typeof) {
            case C:
              return ((n = Gi(t.type, t.key, t.props, null, e.mode, n)), go(n, t), (n.return = e), n);
            case oe:
              return ((t = Yi(t, e.mode, n)), (t.return = e), t);
            case ge:
              return ((t = co(t)), f(e, t, n));
          }
          if (Ee(t) || Ce(t)) return ((t = Ki(t, e.mode, n, null)), (t.return = e), t);
          if (typeof t.then == `function`) return f(e, ho(t), n);
          if (t.$$typeof === de) return f(e, Pa(e, t), n);
          _o(e, t);
        }
        return null;
      }
      function p(e, t, n, r) {
        var i = t === null ? null : t.key;
        if ((typeof n == `string` && n !== ``) || typeof n == `number` || typeof n == `bigint`)
          return i === null ? c(e, t, `` + n, r) : null;
        if (typeof n == `object` && n) {
          switch (n.$$typeof) {
            case C:
              return n.key === i ? l(e, t, n, r) : null;
            case oe:
              return n.key === i ? u(e, t, n, r) : null;
            case ge:
              return ((n = co(n)), p(e, t, n, r));
          }
          if (Ee(n) || Ce(n)) return i === null ? d(e, t, n, r, null) : null;
          if (typeof n.then == `function`) return p(e, t, ho(n), r);
          if (n.$$typeof === de) return p(e, t, Pa(e, n), r);
          _o(e, n);
        }
        return null;
      }
      function m(e, t, n, r, i) {
        if ((typeof r == `string` && r !== ``) || typeof r == `number` || typeof r == `bigint`)
          return ((e = e.get(n) || null), c(t, e, `` + r, i));
        if (typeof r == `object` && r) {
          switch (r.$$typeof) {
            case C:
              return ((e = e.get(r.key === null ? n : r.key) || null), l(t, e, r, i));
            case oe:
              return ((e = e.get(r.key === null ? n : r.key) || null), u(t, e, r, i));
            case ge:
              return ((r = co(r)), m(e, t, n, r, i));
          }
          if (Ee(r) || Ce(r)) return ((e = e.get(n) || null), d(t, e, r, i, null));
          if (typeof r.then == `function`) return m(e, t, n, ho(r), i);
          if (r.$$typeof === de) return m(e, t, n, Pa(t, r), i);
          _o(t, r);
        }
        return null;
      }
      function h(i, a, s, c) {
        for (var l = null, u = null, d = a, h = (a = 0), g = null; d !== null && h < s.length; h++) {
          d.index > h ? ((g = d), (d = null)) : (g = d.sibling);
          var _ = p(i, d, s[h], c);
          if (_ === null) {
            d === null && (d = g);
            break;
          }
          (e && d && _.alternate === null && t(i, d), (a = o(_, a, h)), u === null ? (l = _) : (u.sibling = _), (u = _), (d = g));
        }
        if (h === s.length) return (n(i, d), M && sa(i, h), l);
        if (d === null) {
          for (; h < s.length; h++)
            ((d = f(i, s[h], c)), d !== null && ((a = o(d, a, h)), u === null ? (l = d) : (u.sibling = d), (u = d)));
          return (M && sa(i, h), l);
        }
        for (d = r(d); h < s.length; h++)
          ((g = m(d, i, h, s[h], c)),
            g !== null &&
              (e && ((_ = g.alternate), _ !== null && d.delete(_.key === null ? h : _.key)),
              (a = o(g, a, h)),
              u === null ? (l = g) : (u.sibling = g),
              (u = g)));
        return (
          e &&
            d.forEach(function (e) {
              return t(i, e);
            }),
          M && sa(i, h),
          l
        );
      }
      function g(a, s, c, l) {
        if (c == null) throw Error(i(151));
        for (var u = null, d = null, h = s, g = (s = 0), _ = null, v = c.next(); h !== null && !v.done; g++, v = c.next()) {
          h.index > g ? ((_ = h), (h = null)) : (_ = h.sibling);
          var y = p(a, h, v.value, l);
          if (y === null) {
            h === null && (h = _);
            break;
          }
          (e && h && y.alternate === null && t(a, h), (s = o(y, s, g)), d === null ? (u = y) : (d.sibling = y), (d = y), (h = _));
        }
        if (v.done) return (n(a, h), M && sa(a, g), u);
        if (h === null) {
          for (; !v.done; g++, v = c.next())
            ((v = f(a, v.value, l)), v !== null && ((s = o(v, s, g)), d === null ? (u = v) : (d.sibling = v), (d = v)));
          return (M && sa(a, g), u);
        }
        for (h = r(h); !v.done; g++, v = c.next())
          ((v = m(h, a, g, v.value, l)),
            v !== null &&
              (e && ((_ = v.alternate), _ !== null && h.delete(_.key === null ? g : _.key)),
              (s = o(v, s, g)),
              d === null ? (u = v) : (d.sibling = v),
              (d = v)));
        return (
          e &&
            h.forEach(function (e) {
              return t(a, e);
            }),
          M && sa(a, g),
          u
        );
      }
      function _(e, r, o, c) {
        if (
          (typeof o == `object` && o && o.type === se && o.key === null && o.props.ref === void 0 && (o = o.props.children),
          typeof o == `object` && o)
        ) {
          switch (o.$$typeof) {
            case C:
              e: {
                for (var l = o.key; r !== null;) {
                  if (r.key === l) {
                    if (((l = o.type), l === se)) {
                      if (r.tag === 7) {
                        (n(e, r.sibling), (c = a(r, o.props.children)), go(c, o), (c.return = e), (e = c));
                        break e;
                      }
                    } else if (r.elementType === l || (typeof l == `object` && l && l.$$typeof === ge && co(l) === r.type)) {
                      (n(e, r.sibling), (c = a(r, o.props)), go(c, o), (c.return = e), (e = c));
                      break e;
                    }
                    n(e, r);
                    break;
                  }
                  (t(e, r), (r = r.sibling));
                }
                o.type === se
                  ? ((c = Ki(o.props.children, e.mode, c, o.key)), go(c, o), (c.return = e), (e = c))
                  : ((c = Gi(o.type, o.key, o.props, null, e.mode, c)), go(c, o), (c.return = e), (e = c));
              }
              return s(e);
            case oe:
              e: {
                for (l = o.key; r !== null;) {
                  if (r.key === l) {
                    if (r.tag === 4 && r.stateNode.containerInfo === o.containerInfo && r.stateNode.implementation === o.implementation) {
                      (n(e, r.sibling), (c = a(r, o.children || [])), (c.return = e), (e = c));
                      break e;
                    }
                    n(e, r);
                    break;
                  }
                  (t(e, r), (r = r.sibling));
                }
                ((c = Yi(o, e.mode, c)), (c.return = e), (e = c));
              }
              return s(e);
            case ge:
              return ((o = co(o)), _(e, r, o, c));
          }
          if (Ee(o)) return h(e, r, o, c);
          if (Ce(o)) {
            if (((l = Ce(o)), typeof l != `function`)) throw Error(i(150));
            return ((o = l.call(o)), g(e, r, o, c));
          }
          if (typeof o.then == `function`) return _(e, r, ho(o), c);
          if (o.$$typeof === de) return _(e, r, Pa(e, o), c);
          _o(e, o);
        }
        return (typeof o == `string` && o !== ``) || typeof o == `number` || typeof o == `bigint`
          ? ((o = `` + o),
            r !== null && r.tag === 6
              ? (n(e, r.sibling), (c = a(r, o)), (c.return = e), (e = c))
              : (n(e, r), (c = qi(o, e.mode, c)), (c.return = e), (e = c)),
            s(e))
          : n(e, r);
      }
      return function (e, t, n, r) {
        try {
          mo = 0;
          var i = _(e, t, n, r);
          return ((po = null), i);
        } catch (t) {
          if (t === no || t === io) throw t;
          var a = Vi(29, t, null, e.mode);
          return ((a.lanes = r), (a.return = e), a);
        }
      };
    }
    var yo = vo(!0),
      bo = vo(!1),
      xo = !1;
    function So(e) {
      e.updateQueue = {
        baseState: e.memoizedState,
        firstBaseUpdate: null,
        lastBaseUpdate: null,
        shared: { pending: null, lanes: 0, hiddenCallbacks: null },
        callbacks: null,
      };
    }
    function Co(e, t) {
      ((e = e.updateQueue),
        t.updateQueue === e &&
          (t.updateQueue = {
            baseState: e.baseState,
            firstBaseUpdate: e.firstBaseUpdate,
            lastBaseUpdate: e.lastBaseUpdate,
            shared: e.shared,
            callbacks: null,
          }));
    }
    function wo(e) {
      return { lane: e, tag: 0, payload: null, callback: null, next: null };
    }
    function To(e, t, n) {
      var r = e.updateQueue;
      if (r === null) return null;
      if (((r = r.shared), W & 2)) {
        var i = r.pending;
        return (i === null ? (t.next = t) : ((t.next = i.next), (i.next = t)), (r.pending = t), (t = Ri(e)), Li(e, null, n), t);
      }
      return (Pi(e, r, t, n), Ri(e));
    }
    function Eo(e, t, n) {
      if (((t = t.updateQueue), t !== null && ((t = t.shared), n & 4194048))) {
        var r = t.lanes;
        ((r &= e.pendingLanes), (n |= r), (t.lanes = n), Tt(e, n));
      }
    }
    function Do(e, t) {
      var n = e.updateQueue,
        r = e.alternate;
      if (r !== null && ((r = r.updateQueue), n === r)) {
        var i = null,
          a = null;
        if (((n = n.firstBaseUpdate), n !== null)) {
          do {
            var o = { lane: n.lane, tag: n.tag, payload: n.payload, callback: null, next: null };
            (a === null ? (i = a = o) : (a = a.next = o), (n = n.next));
          } while (n !== null);
          a === null ? (i = a = t) : (a = a.next = t);
        } else i = a = t;
        ((n = { baseState: r.baseState, firstBaseUpdate: i, lastBaseUpdate: a, shared: r.shared, callbacks: r.callbacks }),
          (e.updateQueue = n));
      } else ((e = n.lastBaseUpdate), e === null ? (n.firstBaseUpdate = t) : (e.next = t), (n.lastBaseUpdate = t));
    }
    var Oo = !1;
    function ko() {
      if (Oo) {
        var e = qa;
        if (e !== null) throw e;
      }
    }
    function Ao(e, t, n, r) {
      Oo = !1;
      var i = e.updateQueue;
      xo = !1;
      var a = i.firstBaseUpdate,
        o = i.lastBaseUpdate,
        s = i.shared.pending;
      if (s !== null) {
        i.shared.pending = null;
        var c = s,
          l = c.next;
        ((c.next = null), o === null ? (a = l) : (o.next = l), (o = c));
        var u = e.alternate;
        u !== null &&
          ((u = u.updateQueue),
          (s = u.lastBaseUpdate),
          s !== o && (s === null ? (u.firstBaseUpdate = l) : (s.next = l), (u.lastBaseUpdate = c)));
      }
      if (a !== null) {
        var d = i.baseState;
        ((o = 0), (u = l = c = null), (s = a));
        do {
          var f = s.lane & -536870913,
            p = f !== s.lane;
          if (p ? (q & f) === f : (r & f) === f) {
            (f !== 0 && f === Ka && (Oo = !0),
              u !== null && (u = u.next = { lane: 0, tag: s.tag, payload: s.payload, callback: null, next: null }));
            e: {
              var m = e,
                h = s;
              f = t;
              var g = n;
              switch (h.tag) {
                case 1:
                  if (((m = h.payload), typeof m == `function`)) {
                    d = m.call(g, d, f);
                    break e;
                  }
                  d = m;
                  break e;
                case 3:
                  m.flags = (m.flags & -65537) | 128;
                case 0:
                  if (((m = h.payload), (f = typeof m == `function` ? m.call(g, d, f) : m), f == null)) break e;
                  d = x({}, d, f);
                  break e;
                case 2:
                  xo = !0;
              }
            }
            ((f = s.callback),
              f !== null && ((e.flags |= 64), p && (e.flags |= 8192), (p = i.callbacks), p === null ? (i.callbacks = [f]) : p.push(f)));
          } else
            ((p = { lane: f, tag: s.tag, payload: s.payload, callback: s.callback, next: null }),
              u === null ? ((l = u = p), (c = d)) : (u = u.next = p),
              (o |= f));
          if (((s = s.next), s === null)) {
            if (((s = i.shared.pending), s === null)) break;
            ((p = s), (s = p.next), (p.next = null), (i.lastBaseUpdate = p), (i.shared.pending = null));
          }
        } while (1);
        (u === null && (c = d),
          (i.baseState = c),
          (i.firstBaseUpdate = l),
          (i.lastBaseUpdate = u),
          a === null && (i.shared.lanes = 0),
          (sd |= o),
          (e.lanes = o),
          (e.memoizedState = d));
      }
    }
    function jo(e, t) {
      if (typeof e != `function`) throw Error(i(191, e));
      e.call(t);
    }
    function Mo(e, t) {
      var n = e.callbacks;
      if (n !== null) for (e.callbacks = null, e = 0; e < n.length; e++) jo(n[e], t);
    }
    var No = Ae(null),
      Po = Ae(0);
    function Fo(e, t) {
      ((e = od), E(Po, e), E(No, t), (od = e | t.baseLanes));
    }
    function Io() {
      (E(Po, od), E(No, No.current));
    }
    function Lo() {
      ((od = Po.current), je(No), je(Po));
    }
    var Ro = Ae(null),
      zo = null;
    function Bo(e) {
      var t = e.alternate;
      (E(Go, Go.current & 1), E(Ro, e), zo === null && (t === null || No.current !== null || t.memoizedState !== null) && (zo = e));
    }
    function Vo(e) {
      (E(Go, Go.current), E(Ro, e), zo === null && (zo = e));
    }
    function Ho(e) {
      e.tag === 22 ? (E(Go, Go.current), E(Ro, e), zo === null && (zo = e)) : Uo();
    }
    function Uo() {
      (E(Go, Go.current), E(Ro, Ro.current));
    }
    function Wo(e) {
      (je(Ro), zo === e && (zo = null), je(Go));
    }
    var Go = Ae(0);
    function Ko(e, t) {
      (E(Ro, Ro.current), E(Go, t));
    }
    function qo(e) {
      (je(Go), je(Ro), zo === e && (zo = null));
    }
    function Jo(e) {
      for (var t = e; t !== null;) {
        if (t.tag === 13) {
          var n = t.memoizedState;
          if (n !== null && ((n = n.dehydrated), n === null || om(n) || sm(n))) return t;
        } else if (t.tag === 19 && t.memoizedProps.revealOrder !== `independent`) {
          if (t.flags & 128) return t;
        } else if (t.child !== null) {
          ((t.child.return = t), (t = t.child));
          continue;
        }
        if (t === e) break;
        for (; t.sibling === null;) {
          if (t.return === null || t.return === e) return null;
          t = t.return;
        }
        ((t.sibling.return = t.return), (t = t.sibling));
      }
      return null;
    }
    var Yo = 0,
      P = null,
      F = null,
      I = null,
      Xo = !1,
      Zo = !1,
      Qo = !1,
      $o = 0,
      es = 0,
      ts = null,
      ns = 0;
    function L() {
      throw Error(i(321));
    }
    function rs(e, t) {
      if (t === null) return !1;
      for (var n = 0; n < t.length && n < e.length; n++) if (!Xr(e[n], t[n])) return !1;
      return !0;
    }
    function is(e, t, n, r, i, a) {
      return (
        (Yo = a),
        (P = t),
        (t.memoizedState = null),
        (t.updateQueue = null),
        (t.lanes = 0),
        (w.H = e === null || e.memoizedState === null ? bc : xc),
        (Qo = !1),
        (a = n(r, i)),
        (Qo = !1),
        Zo && (a = os(t, n, r, i)),
        as(e),
        a
      );
    }
    function as(e) {
      w.H = yc;
      var t = F !== null && F.next !== null;
      if (((Yo = 0), (I = F = P = null), (Xo = !1), (es = 0), (ts = null), t)) throw Error(i(300));
      e === null || z || ((e = e.dependencies), e !== null && ja(e) && (z = !0));
    }
    function os(e, t, n, r) {
      P = e;
      var a = 0;
      do {
        if ((Zo && (ts = null), (es = 0), (Zo = !1), 25 <= a)) throw Error(i(301));
        if (((a += 1), (I = F = null), e.updateQueue != null)) {
          var o = e.updateQueue;
          ((o.lastEffect = null), (o.events = null), (o.stores = null), o.memoCache != null && (o.memoCache.index = 0));
        }
        ((w.H = Sc), (o = t(n, r)));
      } while (Zo);
      return o;
    }
    function ss() {
      var e = w.H,
        t = e.useState()[0];
      return (
        (t = typeof t.then == `function` ? ps(t) : t),
        (e = e.useState()[0]),
        (F === null ? null : F.memoizedState) !== e && (P.flags |= 1024),
        t
      );
    }
    function cs() {
      var e = $o !== 0;
      return (($o = 0), e);
    }
    function ls(e, t, n) {
      ((t.updateQueue = e.updateQueue), (t.flags &= -2053), (e.lanes &= ~n));
    }
    function us(e) {
      if (Xo) {
        for (e = e.memoizedState; e !== null;) {
          var t = e.queue;
          (t !== null && (t.pending = null), (e = e.next));
        }
        Xo = !1;
      }
      ((Yo = 0), (I = F = P = null), (Zo = !1), (es = $o = 0), (ts = null));
    }
    function ds() {
      var e = { memoizedState: null, baseState: null, baseQueue: null, queue: null, next: null };
      return (I === null ? (P.memoizedState = I = e) : (I = I.next = e), I);
    }
    function R() {
      if (F === null) {
        var e = P.alternate;
        e = e === null ? null : e.memoizedState;
      } else e = F.next;
      var t = I === null ? P.memoizedState : I.next;
      if (t !== null) ((I = t), (F = e));
      else {
        if (e === null) throw P.alternate === null ? Error(i(467)) : Error(i(310));
        ((F = e),
          (e = { memoizedState: F.memoizedState, baseState: F.baseState, baseQueue: F.baseQueue, queue: F.queue, next: null }),
          I === null ? (P.memoizedState = I = e) : (I = I.next = e));
      }
      return I;
    }
    function fs() {
      return { lastEffect: null, events: null, stores: null, memoCache: null };
    }
    function ps(e) {
      var t = es;
      return (
        (es += 1),
        ts === null && (ts = []),
        (e = so(ts, e, t)),
        (t = P),
        (I === null ? t.memoizedState : I.next) === null && ((t = t.alternate), (w.H = t === null || t.memoizedState === null ? bc : xc)),
        e
      );
    }
    function ms(e) {
      if (typeof e == `object` && e) {
        if (typeof e.then == `function`) return ps(e);
        if (e.$$typeof === xe) return;
        if (e.$$typeof === de) return Na(e);
      }
      throw Error(i(438, String(e)));
    }
    function hs(e) {
      var t = null,
        n = P.updateQueue;
      if ((n !== null && (t = n.memoCache), t == null)) {
        var r = P.alternate;
        r !== null &&
          ((r = r.updateQueue),
          r !== null &&
            ((r = r.memoCache),
            r != null &&
              (t = {
                data: r.data.map(function (e) {
                  return e.slice();
                }),
                index: 0,
              })));
      }
      if (
        ((t ??= { data: [], index: 0 }),
        n === null && ((n = fs()), (P.updateQueue = n)),
        (n.memoCache = t),
        (n = t.data[t.index]),
        n === void 0)
      )
        for (n = t.data[t.index] = Array(e), r = 0; r < e; r++) n[r] = ye;
      return (t.index++, n);
    }
    function gs(e, t) {
      return typeof t == `function` ? t(e) : t;
    }
    function _s(e) {
      return vs(R(), F, e);
    }
    function vs(e, t, n) {
      var r = e.queue;
      if (r === null) throw Error(i(311));
      r.lastRenderedReducer = n;
      var a = e.baseQueue,
        o = r.pending;
      if (o !== null) {
        if (a !== null) {
          var s = a.next;
          ((a.next = o.next), (o.next = s));
        }
        ((t.baseQueue = a = o), (r.pending = null));
      }
      if (((o = e.baseState), a === null)) e.memoizedState = o;
      else {
        t = a.next;
        var c = (s = null),
          l = null,
          u = t,
          d = !1;
        do {
          var f = u.lane & -536870913;
          if (f === u.lane ? (Yo & f) === f : (q & f) === f) {
            var p = u.revertLane;
            if (p === 0)
              (l !== null &&
                (l = l.next =
                  {
                    lane: 0,
                    revertLane: 0,
                    gesture: null,
                    action: u.action,
                    hasEagerState: u.hasEagerState,
                    eagerState: u.eagerState,
                    next: null,
                  }),
                f === Ka && (d = !0));
            else if ((Yo & p) === p) {
              ((u = u.next), p === Ka && (d = !0));
              continue;
            } else
              ((f = {
                lane: 0,
                revertLane: u.revertLane,
                gesture: null,
                action: u.action,
                hasEagerState: u.hasEagerState,
                eagerState: u.eagerState,
                next: null,
              }),
                l === null ? ((c = l = f), (s = o)) : (l = l.next = f),
                (P.lanes |= p),
                (sd |= p));
            ((f = u.action), Qo && n(o, f), (o = u.hasEagerState ? u.eagerState : n(o, f)));
          } else
            ((p = {
              lane: f,
              revertLane: u.revertLane,
              gesture: u.gesture,
              action: u.action,
              hasEagerState: u.hasEagerState,
              eagerState: u.eagerState,
              next: null,
            }),
              l === null ? ((c = l = p), (s = o)) : (l = l.next = p),
              (P.lanes |= f),
              (sd |= f));
          u = u.next;
        } while (u !== null && u !== t);
        if ((l === null ? (s = o) : (l.next = c), !Xr(o, e.memoizedState) && ((z = !0), d && ((n = qa), n !== null)))) throw n;
        ((e.memoizedState = o), (e.baseState = s), (e.baseQueue = l), (r.lastRenderedState = o));
      }
      return (a === null && (r.lanes = 0), [e.memoizedState, r.dispatch]);
    }
    function ys(e) {
      var t = R(),
        n = t.queue;
      if (n === null) throw Error(i(311));
      n.lastRenderedReducer = e;
      var r = n.dispatch,
        a = n.pending,
        o = t.memoizedState;
      if (a !== null) {
        n.pending = null;
        var s = (a = a.next);
        do ((o = e(o, s.action)), (s = s.next));
        while (s !== a);
        (Xr(o, t.memoizedState) || (z = !0), (t.memoizedState = o), t.baseQueue === null && (t.baseState = o), (n.lastRenderedState = o));
      }
      return [o, r];
    }
    function bs(e, t, n) {
      var r = P,
        a = R(),
        o = M;
      if (o) {
        if (n === void 0) throw Error(i(407));
        n = n();
      } else n = t();
      var s = !Xr((F || a).memoizedState, n);
      if (
        (s && ((a.memoizedState = n), (z = !0)),
        (a = a.queue),
        Gs(Cs.bind(null, r, a, e), [e]),
        (e = a.getSnapshot !== t || s || (I !== null && !!(I.memoizedState.tag & 1))),
        Bs(e ? 9 : 8, { destroy: void 0 }, Ss.bind(null, r, a, n, t), null),
        e)
      ) {
        if (((r.flags |= 2048), G === null)) throw Error(i(349));
        o || Yo & 127 || xs(r, t, n);
      }
      return n;
    }
    function xs(e, t, n) {
      ((e.flags |= 16384),
        (e = { getSnapshot: t, value: n }),
        (t = P.updateQueue),
        t === null ? ((t = fs()), (P.updateQueue = t), (t.stores = [e])) : ((n = t.stores), n === null ? (t.stores = [e]) : n.push(e)));
    }
    function Ss(e, t, n, r) {
      ((t.value = n), (t.getSnapshot = r), ws(t) && Ts(e));
    }
    function Cs(e, t, n) {
      return n(function () {
        ws(t) && Ts(e);
      });
    }
    function ws(e) {
      var t = e.getSnapshot;
      e = e.value;
      try {
        var n = t();
        return !Xr(e, n);
      } catch {
        return !0;
      }
    }
    function Ts(e) {
      var t = Ii(e, 2);
      t !== null && Pd(t, e, 2);
    }
    function Es(e) {
      var t = ds();
      if (typeof e == `function`) {
        var n = e;
        if (((e = n()), Qo)) {
          st(!0);
          try {
            n();
          } finally {
            st(!1);
          }
        }
      }
      return (
        (t.memoizedState = t.baseState = e),
        (t.queue = { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: gs, lastRenderedState: e }),
        t
      );
    }
    function Ds(e, t, n, r) {
      return ((e.baseState = n), vs(e, F, typeof r == `function` ? r : gs));
    }
    function Os(e, t, n, r, a) {
      if (gc(e)) throw Error(i(485));
      if (((e = t.action), e !== null)) {
        var o = {
          payload: a,
          action: e,
          next: null,
          isTransition: !0,
          status: `pending`,
          value: null,
          reason: null,
          listeners: [],
          then: function (e) {
            o.listeners.push(e);
          },
        };
        (w.T === null ? (o.isTransition = !1) : n(!0),
          r(o),
          (n = t.pending),
          n === null ? ((o.next = t.pending = o), ks(t, o)) : ((o.next = n.next), (t.pending = n.next = o)));
      }
    }
    function ks(e, t) {
      var n = t.action,
        r = t.payload,
        i = e.state;
      if (t.isTransition) {
        var a = w.T,
          o = {};
        ((o.types = a === null ? null : a.types), (w.T = o));
        try {
          var s = n(i, r),
            c = w.S;
          (c !== null && c(o, s), As(e, t, s));
        } catch (n) {
          Ms(e, t, n);
        } finally {
          (a !== null && o.types !== null && (a.types = o.types), (w.T = a));
        }
      } else
        try {
          ((a = n(i, r)), As(e, t, a));
        } catch (n) {
          Ms(e, t, n);
        }
    }
    function As(e, t, n) {
      typeof n == `object` && n && typeof n.then == `function`
        ? n.then(
            function (n) {
              js(e, t, n);
            },
            function (n) {
              return Ms(e, t, n);
            },
          )
        : js(e, t, n);
    }
    function js(e, t, n) {
      ((t.status = `fulfilled`),
        (t.value = n),
        Ns(t),
        (e.state = n),
        (t = e.pending),
        t !== null && ((n = t.next), n === t ? (e.pending = null) : ((n = n.next), (t.next = n), ks(e, n))));
    }
    function Ms(e, t, n) {
      var r = e.pending;
      if (((e.pending = null), r !== null)) {
        r = r.next;
        do ((t.status = `rejected`), (t.reason = n), Ns(t), (t = t.next));
        while (t !== r);
      }
      e.action = null;
    }
    function Ns(e) {
      e = e.listeners;
      for (var t = 0; t < e.length; t++) (0, e[t])();
    }
    function Ps(e, t) {
      return t;
    }
    function Fs(e, t) {
      if (M) {
        var n = G.formState;
        if (n !== null) {
          e: {
            var r = P;
            if (M) {
              if (j) {
                t: {
                  for (var i = j, a = ma; i.nodeType !== 8;)
                    if (!a || ((i = lm(i.nextSibling)), i === null)) {
                      i = null;
                      break t;
                    }
                  ((a = i.data), (i = a === `F!` || a === `F` ? i : null));
                }
                if (i) {
                  ((j = lm(i.nextSibling)), (r = i.data === `F!`));
                  break e;
                }
              }
              ga(r);
            }
            r = !1;
          }
          r && (t = n[0]);
        }
      }
      return (
        (n = ds()),
        (n.memoizedState = n.baseState = t),
        (r = { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: Ps, lastRenderedState: t }),
        (n.queue = r),
        (n = pc.bind(null, P, r)),
        (r.dispatch = n),
        (r = Es(!1)),
        (a = hc.bind(null, P, !1, r.queue)),
        (r = ds()),
        (i = { state: t, dispatch: null, action: e, pending: null }),
        (r.queue = i),
        (n = Os.bind(null, P, i, a, n)),
        (i.dispatch = n),
        (r.memoizedState = e),
        [t, n, !1]
      );
    }
    function Is(e) {
      return Ls(R(), F, e);
    }
    function Ls(e, t, n) {
      if (((t = vs(e, t, Ps)[0]), (e = _s(gs)[0]), typeof t == `object` && t && typeof t.then == `function`))
        try {
          var r = ps(t);
        } catch (e) {
          throw e === no ? io : e;
        }
      else r = t;
      t = R();
      var i = t.queue,
        a = i.dispatch;
      return (n !== t.memoizedState && ((P.flags |= 2048), Bs(9, { destroy: void 0 }, Rs.bind(null, i, n), null)), [r, a, e]);
    }
    function Rs(e, t) {
      e.action = t;
    }
    function zs(e) {
      var t = R(),
        n = F;
      if (n !== null) return Ls(t, n, e);
      (R(), (t = t.memoizedState), (n = R()));
      var r = n.queue.dispatch;
      return ((n.memoizedState = e), [t, r, !1]);
    }
    function Bs(e, t, n, r) {
      return (
        (e = { tag: e, create: n, deps: r, inst: t, next: null }),
        (t = P.updateQueue),
        t === null && ((t = fs()), (P.updateQueue = t)),
        (n = t.lastEffect),
        n === null ? (t.lastEffect = e.next = e) : ((r = n.next), (n.next = e), (e.next = r), (t.lastEffect = e)),
        e
      );
    }
    function Vs() {
      return R().memoizedState;
    }
    function Hs(e, t, n, r) {
      var i = ds();
      ((P.flags |= e), (i.memoizedState = Bs(1 | t, { destroy: void 0 }, n, r === void 0 ? null : r)));
    }
    function Us(e, t, n, r) {
      var i = R();
      r = r === void 0 ? null : r;
      var a = i.memoizedState.inst;
      F !== null && r !== null && rs(r, F.memoizedState.deps)
        ? (i.memoizedState = Bs(t, a, n, r))
        : ((P.flags |= e), (i.memoizedState = Bs(1 | t, a, n, r)));
    }
    function Ws(e, t) {
      Hs(8390656, 8, e, t);
    }
    function Gs(e, t) {
      Us(2048, 8, e, t);
    }
    function Ks(e) {
      P.flags |= 4;
      var t = P.updateQueue;
      if (t === null) ((t = fs()), (P.updateQueue = t), (t.events = [e]));
      else {
        var n = t.events;
        n === null ? (t.events = [e]) : n.push(e);
      }
    }
    function qs(e) {
      var t = R().memoizedState;
      return (
        Ks({ ref: t, nextImpl: e }),
        function () {
          if (W & 2) throw Error(i(440));
          return t.impl.apply(void 0, arguments);
        }
      );
    }
    function Js(e, t) {
      return Us(4, 2, e, t);
    }
    function Ys(e, t) {
      return Us(4, 4, e, t);
    }
    function Xs(e, t) {
      if (typeof t == `function`) {
        e = e();
        var n = t(e);
        return function () {
          typeof n == `function` ? n() : t(null);
        };
      }
      if (t != null)
        return (
          (e = e()),
          (t.current = e),
          function () {
            t.current = null;
          }
        );
    }
    function Zs(e, t, n) {
      ((n = n == null ? null : n.concat([e])), Us(4, 4, Xs.bind(null, t, e), n));
    }
    function Qs() {}
    function $s(e, t) {
      var n = R();
      t = t === void 0 ? null : t;
      var r = n.memoizedState;
      return t !== null && rs(t, r[1]) ? r[0] : ((n.memoizedState = [e, t]), e);
    }
    function ec(e, t) {
      var n = R();
      t = t === void 0 ? null : t;
      var r = n.memoizedState;
      if (t !== null && rs(t, r[1])) return r[0];
      if (((r = e()), Qo)) {
        st(!0);
        try {
          e();
        } finally {
          st(!1);
        }
      }
      return ((n.memoizedState = [r, t]), r);
    }
    function tc(e, t, n) {
      return n === void 0 || (Yo & 0x40000000 && !(q & 261930))
        ? (e.memoizedState = t)
        : ((e.memoizedState = n), (e = Md()), (P.lanes |= e), (sd |= e), n);
    }
    function nc(e, t, n, r) {
      return Xr(n, t)
        ? n
        : No.current === null
          ? !(Yo & 106) || (Yo & 0x40000000 && !(q & 261930))
            ? ((z = !0), (e.memoizedState = n))
            : ((e = Md()), (P.lanes |= e), (sd |= e), t)
          : ((e = tc(e, n, r)), Xr(e, t) || (z = !0), e);
    }
    function rc(e, t, n, r, i) {
      var a = T.p;
      T.p = a !== 0 && 8 > a ? a : 8;
      var o = w.T,
        s = {};
      ((s.types = o === null ? null : o.types), (w.T = s), hc(e, !1, t, n));
      try {
        var c = i(),
          l = w.S;
        (l !== null && l(s, c), typeof c == `object` && c && typeof c.then == `function` ? mc(e, t, Xa(c, r), jd(e)) : mc(e, t, r, jd(e)));
      } catch (n) {
        mc(e, t, { then: function () {}, status: `rejected`, reason: n }, jd());
      } finally {
        ((T.p = a), o !== null && s.types !== null && (o.types = s.types), (w.T = o));
      }
    }
    function ic() {}
    function ac(e, t, n, r) {
      if (e.tag !== 5) throw Error(i(476));
      rc(
        e,
        oc(e).queue,
        t,
        De,
        n === null
          ? ic
          : function () {
              return (sc(e), n(r));
            },
      );
    }
    function oc(e) {
      var t = e.memoizedState;
      if (t !== null) return t;
      t = {
        memoizedState: De,
        baseState: De,
        baseQueue: null,
        queue: { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: gs, lastRenderedState: De },
        next: null,
      };
      var n = {};
      return (
        (t.next = {
          memoizedState: n,
          baseState: n,
          baseQueue: null,
          queue: { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: gs, lastRenderedState: n },
          next: null,
        }),
        (e.memoizedState = t),
        (e = e.alternate),
        e !== null && (e.memoizedState = t),
        t
      );
    }
    function sc(e) {
      var t = oc(e);
      (t.next === null && (t = e.alternate.memoizedState), mc(e, t.next.queue, {}, jd()));
    }
    function cc() {
      return Na(sh);
    }
    function lc() {
      return R().memoizedState;
    }
    function uc() {
      return R().memoizedState;
    }
    function dc(e) {
      for (var t = e.return; t !== null;) {
        switch (t.tag) {
          case 24:
          case 3:
            var n = jd();
            e = wo(n);
            var r = To(t, e, n);
            (r !== null && (Pd(r, t, n), Eo(r, t, n)), (t = { cache: za() }), (e.payload = t));
            return;
        }
        t = t.return;
      }
    }
    function fc(e, t, n) {
      var r = jd();
      ((n = { lane: r, revertLane: 0, gesture: null, action: n, hasEagerState: !1, eagerState: null, next: null }),
        gc(e) ? _c(t, n) : ((n = Fi(e, t, n, r)), n !== null && (Pd(n, e, r), vc(n, t, r))));
    }
    function pc(e, t, n) {
      mc(e, t, n, jd());
    }
    function mc(e, t, n, r) {
      var i = { lane: r, revertLane: 0, gesture: null, action: n, hasEagerState: !1, eagerState: null, next: null };
      if (gc(e)) _c(t, i);
      else {
        var a = e.alternate;
        if (e.lanes === 0 && (a === null || a.lanes === 0) && ((a = t.lastRenderedReducer), a !== null))
          try {
            var o = t.lastRenderedState,
              s = a(o, n);
            if (((i.hasEagerState = !0), (i.eagerState = s), Xr(s, o))) return (Pi(e, t, i, 0), G === null && Ni(), !1);
          } catch {}
        if (((n = Fi(e, t, i, r)), n !== null)) return (Pd(n, e, r), vc(n, t, r), !0);
      }
      return !1;
    }
    function hc(e, t, n, r) {
      if (((r = { lane: 2, revertLane: Pf(), gesture: null, action: r, hasEagerState: !1, eagerState: null, next: null }), gc(e))) {
        if (t) throw Error(i(479));
      } else ((t = Fi(e, n, r, 2)), t !== null && Pd(t, e, 2));
    }
    function gc(e) {
      var t = e.alternate;
      return e === P || (t !== null && t === P);
    }
    function _c(e, t) {
      Zo = Xo = !0;
      var n = e.pending;
      (n === null ? (t.next = t) : ((t.next = n.next), (n.next = t)), (e.pending = t));
    }
    function vc(e, t, n) {
      if (n & 4194048) {
        var r = t.lanes;
        ((r &= e.pendingLanes), (n |= r), (t.lanes = n), Tt(e, n));
      }
    }
    var yc = {
        readContext: Na,
        use: ms,
        useCallback: L,
        useContext: L,
        useEffect: L,
        useImperativeHandle: L,
        useLayoutEffect: L,
        useInsertionEffect: L,
        useMemo: L,
        useReducer: L,
        useRef: L,
        useState: L,
        useDebugValue: L,
        useDeferredValue: L,
        useTransition: L,
        useSyncExternalStore: L,
        useId: L,
        useHostTransitionStatus: L,
        useFormState: L,
        useActionState: L,
        useOptimistic: L,
        useMemoCache: L,
        useCacheRefresh: L,
        useEffectEvent: L,
      },
      bc = {
        readContext: Na,
        use: ms,
        useCallback: function (e, t) {
          return ((ds().memoizedState = [e, t === void 0 ? null : t]), e);
        },
        useContext: Na,
        useEffect: Ws,
        useImperativeHandle: function (e, t, n) {
          ((n = n == null ? null : n.concat([e])), Hs(4194308, 4, Xs.bind(null, t, e), n));
        },
        useLayoutEffect: function (e, t) {
          return Hs(4194308, 4, e, t);
        },
        useInsertionEffect: function (e, t) {
          Hs(4, 2, e, t);
        },
        useMemo: function (e, t) {
          var n = ds();
          t = t === void 0 ? null : t;
          var r = e();
          if (Qo) {
            st(!0);
            try {
              e();
            } finally {
              st(!1);
            }
          }
          return ((n.memoizedState = [r, t]), r);
        },
        useReducer: function (e, t, n) {
          var r = ds();
          if (n !== void 0) {
            var i = n(t);
            if (Qo) {
              st(!0);
              try {
                n(t);
              } finally {
                st(!1);
              }
            }
          } else i = t;
          return (
            (r.memoizedState = r.baseState = i),
            (e = { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: e, lastRenderedState: i }),
            (r.queue = e),
            (e = e.dispatch = fc.bind(null, P, e)),
            [r.memoizedState, e]
          );
        },
        useRef: function (e) {
          var t = ds();
          return ((e = { current: e }), (t.memoizedState = e));
        },
        useState: function (e) {
          e = Es(e);
          var t = e.queue,
            n = pc.bind(null, P, t);
          return ((t.dispatch = n), [e.memoizedState, n]);
        },
        useDebugValue: Qs,
        useDeferredValue: function (e, t) {
          return tc(ds(), e, t);
        },
        useTransition: function () {
          var e = Es(!1);
          return ((e = rc.bind(null, P, e.queue, !0, !1)), (ds().memoizedState = e), [!1, e]);
        },
        useSyncExternalStore: function (e, t, n) {
          var r = P,
            a = ds();
          if (M) {
            if (n === void 0) throw Error(i(407));
            n = n();
          } else {
            if (((n = t()), G === null)) throw Error(i(349));
            q & 127 || xs(r, t, n);
          }
          a.memoizedState = n;
          var o = { value: n, getSnapshot: t };
          return (
            (a.queue = o),
            Ws(Cs.bind(null, r, o, e), [e]),
            (r.flags |= 2048),
            Bs(9, { destroy: void 0 }, Ss.bind(null, r, o, n, t), null),
            n
          );
        },
        useId: function () {
          var e = ds(),
            t = G.identifierPrefix;
          if (M) {
            var n = oa,
              r = aa;
            ((n = (r & ~(1 << (32 - ct(r) - 1))).toString(32) + n),
              (t = `_` + t + `R_` + n),
              (n = $o++),
              0 < n && (t += `H` + n.toString(32)),
              (t += `_`));
          } else ((n = ns++), (t = `_` + t + `r_` + n.toString(32) + `_`));
          return (e.memoizedState = t);
        },
        useHostTransitionStatus: cc,
        useFormState: Fs,
        useActionState: Fs,
        useOptimistic: function (e) {
          var t = ds();
          t.memoizedState = t.baseState = e;
          var n = { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: null, lastRenderedState: null };
          return ((t.queue = n), (t = hc.bind(null, P, !0, n)), (n.dispatch = t), [e, t]);
        },
        useMemoCache: hs,
        useCacheRefresh: function () {
          return (ds().memoizedState = dc.bind(null, P));
        },
        useEffectEvent: function (e) {
          var t = ds(),
            n = { impl: e };
          return (
            (t.memoizedState = n),
            function () {
              if (W & 2) throw Error(i(440));
              return n.impl.apply(void 0, arguments);
            }
          );
        },
      },
      xc = {
        readContext: Na,
        use: ms,
        useCallback: $s,
        useContext: Na,
        useEffect: Gs,
        useImperativeHandle: Zs,
        useInsertionEffect: Js,
        useLayoutEffect: Ys,
        useMemo: ec,
        useReducer: _s,
        useRef: Vs,
        useState: function () {
          return _s(gs);
        },
        useDebugValue: Qs,
        useDeferredValue: function (e, t) {
          return nc(R(), F.memoizedState, e, t);
        },
        useTransition: function () {
          var e = _s(gs)[0],
            t = R().memoizedState;
          return [typeof e == `boolean` ? e : ps(e), t];
        },
        useSyncExternalStore: bs,
        useId: lc,
        useHostTransitionStatus: cc,
        useFormState: Is,
        useActionState: Is,
        useOptimistic: function (e, t) {
          return Ds(R(), F, e, t);
        },
        useMemoCache: hs,
        useCacheRefresh: uc,
        useEffectEvent: qs,
      },
      Sc = {
        readContext: Na,
        use: ms,
        useCallback: $s,
        useContext: Na,
        useEffect: Gs,
        useImperativeHandle: Zs,
        useInsertionEffect: Js,
        useLayoutEffect: Ys,
        useMemo: ec,
        useReducer: ys,
        useRef: Vs,
        useState: function () {
          return ys(gs);
        },
        useDebugValue: Qs,
        useDeferredValue: function (e, t) {
          var n = R();
          return F === null ? tc(n, e, t) : nc(n, F.memoizedState, e, t);
        },
        useTransition: function () {
          var e = ys(gs)[0],
            t = R().memoizedState;
          return [typeof e == `boolean` ? e : ps(e), t];
        },
        useSyncExternalStore: bs,
        useId: lc,
        useHostTransitionStatus: cc,
        useFormState: zs,
        useActionState: zs,
        useOptimistic: function (e, t) {
          var n = R();
          return F === null ? ((n.baseState = e), [e, n.queue.dispatch]) : Ds(n, F, e, t);
        },
        useMemoCache: hs,
        useCacheRefresh: uc,
        useEffectEvent: qs,
      };
    function Cc(e, t, n, r) {
      ((t = e.memoizedState),
        (n = n(r, t)),
        (n = n == null ? t : x({}, t, n)),
        (e.memoizedState = n),
        e.lanes === 0 && (e.updateQueue.baseState = n));
    }
    var wc = {
      enqueueSetState: function (e, t, n) {
        e = e._reactInternals;
        var r = jd(),
          i = wo(r);
        ((i.payload = t), n != null && (i.callback = n), (t = To(e, i, r)), t !== null && (Pd(t, e, r), Eo(t, e, r)));
      },
      enqueueReplaceState: function (e, t, n) {
        e = e._reactInternals;
        var r = jd(),
          i = wo(r);
        ((i.tag = 1), (i.payload = t), n != null && (i.callback = n), (t = To(e, i, r)), t !== null && (Pd(t, e, r), Eo(t, e, r)));
      },
      enqueueForceUpdate: function (e, t) {
        e = e._reactInternals;
        var n = jd(),
          r = wo(n);
        ((r.tag = 2), t != null && (r.callback = t), (t = To(e, r, n)), t !== null && (Pd(t, e, n), Eo(t, e, n)));
      },
    };
    function Tc(e, t, n, r, i, a, o) {
      return (
        (e = e.stateNode),
        typeof e.shouldComponentUpdate == `function`
          ? e.shouldComponentUpdate(r, a, o)
          : t.prototype && t.prototype.isPureReactComponent
            ? !Zr(n, r) || !Zr(i, a)
            : !0
      );
    }
    function Ec(e, t, n, r) {
      ((e = t.state),
        typeof t.componentWillReceiveProps == `function` && t.componentWillReceiveProps(n, r),
        typeof t.UNSAFE_componentWillReceiveProps == `function` && t.UNSAFE_componentWillReceiveProps(n, r),
        t.state !== e && wc.enqueueReplaceState(t, t.state, null));
    }
    function Dc(e, t) {
      var n = t;
      if (`ref` in t) for (var r in ((n = {}), t)) r !== `ref` && (n[r] = t[r]);
      if ((e = e.defaultProps)) for (var i in (n === t && (n = x({}, n)), e)) n[i] === void 0 && (n[i] = e[i]);
      return n;
    }
    function Oc(e) {
      ki(e);
    }
    function kc(e) {
      console.error(e);
    }
    function Ac(e) {
      ki(e);
    }
    function jc(e, t) {
      try {
        (0, e.onUncaughtError)(t.value, { componentStack: t.stack });
      } catch (e) {
        setTimeout(function () {
          throw e;
        });
      }
    }
    function Mc(e, t, n) {
      try {
        (0, e.onCaughtError)(n.value, { componentStack: n.stack, errorBoundary: t.tag === 1 ? t.stateNode : null });
      } catch (e) {
        setTimeout(function () {
          throw e;
        });
      }
    }
    function Nc(e, t, n) {
      return (
        (n = wo(n)),
        (n.tag = 3),
        (n.payload = { element: null }),
        (n.callback = function () {
          jc(e, t);
        }),
        n
      );
    }
    function Pc(e) {
      return ((e = wo(e)), (e.tag = 3), e);
    }
    function Fc(e, t, n, r) {
      var i = n.type.getDerivedStateFromError;
      if (typeof i == `function`) {
        var a = r.value;
        ((e.payload = function () {
          return i(a);
        }),
          (e.callback = function () {
            Mc(t, n, r);
          }));
      }
      var o = n.stateNode;
      o !== null &&
        typeof o.componentDidCatch == `function` &&
        (e.callback = function () {
          (Mc(t, n, r), typeof i != `function` && (yd === null ? (yd = new Set([this])) : yd.add(this)));
          var e = r.stack;
          this.componentDidCatch(r.value, { componentStack: e === null ? `` : e });
        });
    }
    function Ic(e, t, n, r, a) {
      if (((n.flags |= 32768), typeof r == `object` && r && typeof r.then == `function`)) {
        if (((t = n.alternate), t !== null && Aa(t, n, a, !0), (n = Ro.current), n !== null)) {
          switch (n.tag) {
            case 31:
            case 13:
            case 19:
              return (
                zo === null ? Kd() : n.alternate === null && Y === 0 && (Y = 3),
                (n.flags &= -257),
                (n.flags |= 65536),
                (n.lanes = a),
                r === ao ? (n.flags |= 16384) : ((t = n.updateQueue), t === null ? (n.updateQueue = new Set([r])) : t.add(r), mf(e, r, a)),
                !1
              );
            case 22:
              return (
                (n.flags |= 65536),
                r === ao
                  ? (n.flags |= 16384)
                  : ((t = n.updateQueue),
                    t === null
                      ? ((t = { transitions: null, markerInstances: null, retryQueue: new Set([r]) }), (n.updateQueue = t))
                      : ((n = t.retryQueue), n === null ? (t.retryQueue = new Set([r])) : n.add(r)),
                    mf(e, r, a)),
                !1
              );
          }
          throw Error(i(435, n.tag));
        }
        return (mf(e, r, a), Kd(), !1);
      }
      if (M)
        return (
          (t = Ro.current),
          t === null
            ? (r !== ha && ((t = Error(i(423), { cause: r })), Sa(Zi(t, n))),
              (e = e.current.alternate),
              (e.flags |= 65536),
              (a &= -a),
              (e.lanes |= a),
              (r = Zi(r, n)),
              (a = Nc(e.stateNode, r, a)),
              Do(e, a),
              Y !== 4 && (Y = 2))
            : (!(t.flags & 65536) && (t.flags |= 256),
              (t.flags |= 65536),
              (t.lanes = a),
              r !== ha && ((e = Error(i(422), { cause: r })), Sa(Zi(e, n)))),
          !1
        );
      var o = Error(i(520), { cause: r });
      if (((o = Zi(o, n)), fd === null ? (fd = [o]) : fd.push(o), Y !== 4 && (Y = 2), t === null)) return !0;
      ((r = Zi(r, n)), (n = t));
      do {
        switch (n.tag) {
          case 3:
            return ((n.flags |= 65536), (e = a & -a), (n.lanes |= e), (e = Nc(n.stateNode, r, e)), Do(n, e), !1);
          case 1:
            if (
              ((t = n.type),
              (o = n.stateNode),
              !(n.flags & 128) &&
                (typeof t.getDerivedStateFromError == `function` ||
                  (o !== null && typeof o.componentDidCatch == `function` && (yd === null || !yd.has(o)))))
            )
              return ((n.flags |= 65536), (a &= -a), (n.lanes |= a), (a = Pc(a)), Fc(a, e, n, r), Do(n, a), !1);
            break;
          case 22:
            if (n.memoizedState !== null) return ((n.flags |= 65536), !1);
        }
        n = n.return;
      } while (n !== null);
      return !1;
    }
    var Lc = Error(i(461)),
      z = !1;
    function Rc(e, t, n, r) {
      t.child = e === null ? bo(t, null, n, r) : yo(t, e.child, n, r);
    }
    function zc(e, t, n, r, i) {
      n = n.render;
      var a = t.ref;
      if (`ref` in r) {
        var o = {};
        for (var s in r) s !== `ref` && (o[s] = r[s]);
      } else o = r;
      return (
        Ma(t),
        (r = is(e, t, n, o, a, i)),
        (s = cs()),
        e !== null && !z ? (ls(e, t, i), pl(e, t, i)) : (M && s && la(t), (t.flags |= 1), Rc(e, t, r, i), t.child)
      );
    }
    function Bc(e, t, n, r, i) {
      if (e === null) {
        var a = n.type;
        return typeof a == `function` && !Hi(a) && a.defaultProps === void 0 && n.compare === null
          ? ((t.tag = 15), (t.type = a), Vc(e, t, a, r, i))
          : ((e = Gi(n.type, null, r, t, t.mode, i)), (e.ref = t.ref), (e.return = t), (t.child = e));
      }
      if (((a = e.child), !ml(e, i))) {
        var o = a.memoizedProps;
        if (((n = n.compare), (n = n === null ? Zr : n), n(o, r) && e.ref === t.ref)) return pl(e, t, i);
      }
      return ((t.flags |= 1), (e = Ui(a, r)), (e.ref = t.ref), (e.return = t), (t.child = e));
    }
    function Vc(e, t, n, r, i) {
      if (e !== null) {
        var a = e.memoizedProps;
        if (Zr(a, r) && e.ref === t.ref) {
          if (((z = !1), (t.pendingProps = r = a), ml(e, i))) e.flags & 131072 && (z = !0);
          else return ((t.lanes = e.lanes), pl(e, t, i));
        }
      }
      return Yc(e, t, n, r, i);
    }
    function Hc(e, t, n, r) {
      var i = r.children,
        a = e === null ? null : e.memoizedState;
      if (
        (e === null &&
          t.stateNode === null &&
          (t.stateNode = { _visibility: 1, _pendingMarkers: null, _retryCache: null, _transitions: null }),
        r.mode === `hidden`)
      ) {
        if (t.flags & 128) {
          if (((a = a === null ? n : a.baseLanes | n), e !== null)) {
            for (r = t.child = e.child, i = 0; r !== null;) ((i = i | r.lanes | r.childLanes), (r = r.sibling));
            r = i & ~a;
          } else ((r = 0), (t.child = null));
          return Wc(e, t, a, n, r);
        }
        if (n & 536870912)
          ((t.memoizedState = { baseLanes: 0, cachePool: null }),
            e !== null && eo(t, a === null ? null : a.cachePool),
            a === null ? Io() : Fo(t, a),
            Ho(t));
        else return ((r = t.lanes = 536870912), Wc(e, t, a === null ? n : a.baseLanes | n, n, r));
      } else a === null ? (e !== null && eo(t, null), Io(), Uo()) : (eo(t, a.cachePool), Fo(t, a), Uo(), (t.memoizedState = null));
      return (Rc(e, t, i, n), t.child);
    }
    function Uc(e, t) {
      return (
        (e !== null && e.tag === 22) ||
          t.stateNode !== null ||
          (t.stateNode = { _visibility: 1, _pendingMarkers: null, _retryCache: null, _transitions: null }),
        t.sibling
      );
    }
    function Wc(e, t, n, r, i) {
      var a = $a();
      return (
        (a = a === null ? null : { parent: N._currentValue, pool: a }),
        (t.memoizedState = { baseLanes: n, cachePool: a }),
        e !== null && eo(t, null),
        Io(),
        Ho(t),
        e !== null && Aa(e, t, r, !0),
        (t.childLanes = i),
        null
      );
    }
    function Gc(e, t) {
      return ((t = il({ mode: t.mode, children: t.children }, e.mode)), (t.ref = e.ref), (e.child = t), (t.return = e), t);
    }
    function Kc(e, t, n) {
      return (yo(t, e.child, null, n), (e = Gc(t, t.pendingProps)), (e.flags |= 2), Wo(t), (t.memoizedState = null), e);
    }
    function qc(e, t, n) {
      var r = t.pendingProps,
        a = !!(t.flags & 128);
      if (((t.flags &= -129), e === null)) {
        if (M) {
          if (r.mode === `hidden`)
            return ((e = Gc(t, r)), (t.lanes = 536870912), (e.memoizedState = { baseLanes: 0, cachePool: null }), Uc(null, e));
          if (
            (Vo(t),
            (e = j)
              ? ((e = am(e, ma)),
                (e = e !== null && e.data === `&` ? e : null),
                e !== null &&
                  ((t.memoizedState = {
                    dehydrated: e,
                    treeContext: ia === null ? null : { id: aa, overflow: oa },
                    retryLane: 536870912,
                    hydrationErrors: null,
                  }),
                  (n = Ji(e)),
                  (n.return = t),
                  (t.child = n),
                  (fa = t),
                  (j = null)))
              : (e = null),
            e === null)
          )
            throw ga(t);
          return ((t.lanes = 536870912), null);
        }
        return Gc(t, r);
      }
      var o = e.memoizedState;
      if (o !== null) {
        var s = o.dehydrated;
        if ((Vo(t), a)) {
          if (t.flags & 256) ((t.flags &= -257), (t = Kc(e, t, n)));
          else if (t.memoizedState !== null) ((t.child = e.child), (t.flags |= 128), (t = null));
          else throw Error(i(558));
        } else if ((z || Aa(e, t, n, !1), (a = (n & e.childLanes) !== 0), z || a)) {
          if (No.current === null) {
            if (((r = G), r !== null && ((s = Et(r, n)), s !== 0 && s !== o.retryLane)))
              throw ((o.retryLane = s), Ii(e, s), Pd(r, e, s), Lc);
            Kd();
          }
          t = Kc(e, t, n);
        } else
          ((e = o.treeContext),
            (j = lm(s.nextSibling)),
            (fa = t),
            (M = !0),
            (pa = null),
            (ma = !1),
            e !== null && da(t, e),
            (t = Gc(t, r)),
            (t.flags |= 0x8001000));
        return t;
      }
      return ((e = Ui(e.child, { mode: r.mode, children: r.children })), (e.ref = t.ref), (t.child = e), (e.return = t), e);
    }
    function Jc(e, t) {
      var n = t.ref;
      if (n === null) e !== null && e.ref !== null && (t.flags |= 4194816);
      else {
        if (typeof n != `function` && typeof n != `object`) throw Error(i(284));
        (e === null || e.ref !== n) && (t.flags |= 4194816);
      }
    }
    function Yc(e, t, n, r, i) {
      return (
        Ma(t),
        (n = is(e, t, n, r, void 0, i)),
        (r = cs()),
        e !== null && !z ? (ls(e, t, i), pl(e, t, i)) : (M && r && la(t), (t.flags |= 1), Rc(e, t, n, i), t.child)
      );
    }
    function Xc(e, t, n, r, i, a) {
      return (
        Ma(t),
        (t.updateQueue = null),
        (n = os(t, r, n, i)),
        as(e),
        (r = cs()),
        e !== null && !z ? (ls(e, t, a), pl(e, t, a)) : (M && r && la(t), (t.flags |= 1), Rc(e, t, n, a), t.child)
      );
    }
    function Zc(e, t, n, r, i) {
      if ((Ma(t), t.stateNode === null)) {
        var a = zi,
          o = n.contextType;
        (typeof o == `object` && o && (a = Na(o)),
          (a = new n(r, a)),
          (t.memoizedState = a.state !== null && a.state !== void 0 ? a.state : null),
          (a.updater = wc),
          (t.stateNode = a),
          (a._reactInternals = t),
          (a = t.stateNode),
          (a.props = r),
          (a.state = t.memoizedState),
          (a.refs = {}),
          So(t),
          (o = n.contextType),
          (a.context = typeof o == `object` && o ? Na(o) : zi),
          (a.state = t.memoizedState),
          (o = n.getDerivedStateFromProps),
          typeof o == `function` && (Cc(t, n, o, r), (a.state = t.memoizedState)),
          typeof n.getDerivedStateFromProps == `function` ||
            typeof a.getSnapshotBeforeUpdate == `function` ||
            (typeof a.UNSAFE_componentWillMount != `function` && typeof a.componentWillMount != `function`) ||
            ((o = a.state),
            typeof a.componentWillMount == `function` && a.componentWillMount(),
            typeof a.UNSAFE_componentWillMount == `function` && a.UNSAFE_componentWillMount(),
            o !== a.state && wc.enqueueReplaceState(a, a.state, null),
            Ao(t, r, a, i),
            ko(),
            (a.state = t.memoizedState)),
          typeof a.componentDidMount == `function` && (t.flags |= 4194308),
          (r = !0));
      } else if (e === null) {
        a = t.stateNode;
        var s = t.memoizedProps,
          c = Dc(n, s);
        a.props = c;
        var l = a.context,
          u = n.contextType;
        ((o = zi), typeof u == `object` && u && (o = Na(u)));
        var d = n.getDerivedStateFromProps;
        ((u = typeof d == `function` || typeof a.getSnapshotBeforeUpdate == `function`),
          (s = t.pendingProps !== s),
          u ||
            (typeof a.UNSAFE_componentWillReceiveProps != `function` && typeof a.componentWillReceiveProps != `function`) ||
            ((s || l !== o) && Ec(t, a, r, o)),
          (xo = !1));
        var f = t.memoizedState;
        ((a.state = f),
          Ao(t, r, a, i),
          ko(),
          (l = t.memoizedState),
          s || f !== l || xo
            ? (typeof d == `function` && (Cc(t, n, d, r), (l = t.memoizedState)),
              (c = xo || Tc(t, n, c, r, f, l, o))
                ? (u ||
                    (typeof a.UNSAFE_componentWillMount != `function` && typeof a.componentWillMount != `function`) ||
                    (typeof a.componentWillMount == `function` && a.componentWillMount(),
                    typeof a.UNSAFE_componentWillMount == `function` && a.UNSAFE_componentWillMount()),
                  typeof a.componentDidMount == `function` && (t.flags |= 4194308))
                : (typeof a.componentDidMount == `function` && (t.flags |= 4194308), (t.memoizedProps = r), (t.memoizedState = l)),
              (a.props = r),
              (a.state = l),
              (a.context = o),
              (r = c))
            : (typeof a.componentDidMount == `function` && (t.flags |= 4194308), (r = !1)));
      } else {
        ((a = t.stateNode),
          Co(e, t),
          (o = t.memoizedProps),
          (u = Dc(n, o)),
          (a.props = u),
          (d = t.pendingProps),
          (f = a.context),
          (l = n.contextType),
          (c = zi),
          typeof l == `object` && l && (c = Na(l)),
          (s = n.getDerivedStateFromProps),
          (l = typeof s == `function` || typeof a.getSnapshotBeforeUpdate == `function`) ||
            (typeof a.UNSAFE_componentWillReceiveProps != `function` && typeof a.componentWillReceiveProps != `function`) ||
            ((o !== d || f !== c) && Ec(t, a, r, c)),
          (xo = !1),
          (f = t.memoizedState),
          (a.state = f),
          Ao(t, r, a, i),
          ko());
        var p = t.memoizedState;
        o !== d || f !== p || xo || (e !== null && e.dependencies !== null && ja(e.dependencies))
          ? (typeof s == `function` && (Cc(t, n, s, r), (p = t.memoizedState)),
            (u = xo || Tc(t, n, u, r, f, p, c) || (e !== null && e.dependencies !== null && ja(e.dependencies)))
              ? (l ||
                  (typeof a.UNSAFE_componentWillUpdate != `function` && typeof a.componentWillUpdate != `function`) ||
                  (typeof a.componentWillUpdate == `function` && a.componentWillUpdate(r, p, c),
                  typeof a.UNSAFE_componentWillUpdate == `function` && a.UNSAFE_componentWillUpdate(r, p, c)),
                typeof a.componentDidUpdate == `function` && (t.flags |= 4),
                typeof a.getSnapshotBeforeUpdate == `function` && (t.flags |= 1024))
              : (typeof a.componentDidUpdate != `function` || (o === e.memoizedProps && f === e.memoizedState) || (t.flags |= 4),
                typeof a.getSnapshotBeforeUpdate != `function` || (o === e.memoizedProps && f === e.memoizedState) || (t.flags |= 1024),
                (t.memoizedProps = r),
                (t.memoizedState = p)),
            (a.props = r),
            (a.state = p),
            (a.context = c),
            (r = u))
          : (typeof a.componentDidUpdate != `function` || (o === e.memoizedProps && f === e.memoizedState) || (t.flags |= 4),
            typeof a.getSnapshotBeforeUpdate != `function` || (o === e.memoizedProps && f === e.memoizedState) || (t.flags |= 1024),
            (r = !1));
      }
      return (
        (a = r),
        Jc(e, t),
        (r = !!(t.flags & 128)),
        a || r
          ? ((a = t.stateNode),
            (n = r && typeof n.getDerivedStateFromError != `function` ? null : a.render()),
            (t.flags |= 1),
            e !== null && r ? ((t.child = yo(t, e.child, null, i)), (t.child = yo(t, null, n, i))) : Rc(e, t, n, i),
            (t.memoizedState = a.state),
            (e = t.child))
          : (e = pl(e, t, i)),
        e
      );
    }
    function Qc(e, t, n, r) {
      return (ba(), (t.flags |= 256), Rc(e, t, n, r), t.child);
    }
    var $c = { dehydrated: null, treeContext: null, retryLane: 0, hydrationErrors: null };
    function el(e) {
      return { baseLanes: e, cachePool: to() };
    }
    function tl(e, t, n) {
      return ((e = e === null ? 0 : e.childLanes & ~n), t && (e |= ud), e);
    }
    function nl(e, t, n) {
      var r = t.pendingProps,
        i = !1,
        a = !!(t.flags & 128),
        o;
      if (
        ((o = a) || (o = e !== null && e.memoizedState === null ? !1 : !!(Go.current & 2)),
        o && ((i = !0), (t.flags &= -129)),
        (o = !!(t.flags & 32)),
        (t.flags &= -33),
        e === null)
      ) {
        if (M) {
          if (
            (i ? Bo(t) : Uo(),
            (e = j)
              ? ((e = am(e, ma)),
                (e = e !== null && e.data !== `&` ? e : null),
                e !== null &&
                  ((t.memoizedState = {
                    dehydrated: e,
                    treeContext: ia === null ? null : { id: aa, overflow: oa },
                    retryLane: 536870912,
                    hydrationErrors: null,
                  }),
                  (n = Ji(e)),
                  (n.return = t),
                  (t.child = n),
                  (fa = t),
                  (j = null)))
              : (e = null),
            e === null)
          )
            throw ga(t);
          return ((t.lanes = sm(e) ? 32 : 536870912), null);
        }
        return (
          (a = r.children),
          (r = r.fallback),
          i
            ? (Uo(),
              (i = t.mode),
              (a = il({ mode: `hidden`, children: a }, i)),
              (r = Ki(r, i, n, null)),
              (a.return = t),
              (r.return = t),
              (a.sibling = r),
              (t.child = a),
              (r = t.child),
              (r.memoizedState = el(n)),
              (r.childLanes = tl(e, o, n)),
              (t.memoizedState = $c),
              Uc(null, r))
            : (Bo(t), rl(t, a))
        );
      }
      var s = e.memoizedState;
      if (s !== null) {
        var c = s.dehydrated;
        if (c !== null) return ol(e, t, a, o, r, c, s, n);
      }
      return i
        ? (Uo(),
          (i = r.fallback),
          (a = t.mode),
          (s = e.child),
          (c = s.sibling),
          (r = Ui(s, { mode: `hidden`, children: r.children })),
          (r.subtreeFlags = s.subtreeFlags & 0x47f00000),
          c === null ? ((i = Ki(i, a, n, null)), (i.flags |= 2)) : (i = Ui(c, i)),
          (i.return = t),
          (r.return = t),
          (r.sibling = i),
          (t.child = r),
          Uc(null, r),
          (r = t.child),
          (i = e.child.memoizedState),
          i === null
            ? (i = el(n))
            : ((a = i.cachePool),
              a === null ? (a = to()) : ((s = N._currentValue), (a = a.parent === s ? a : { parent: s, pool: s })),
              (i = { baseLanes: i.baseLanes | n, cachePool: a })),
          (r.memoizedState = i),
          (r.childLanes = tl(e, o, n)),
          (t.memoizedState = $c),
          Uc(e.child, r))
        : (Bo(t),
          (n = e.child),
          (e = n.sibling),
          (n = Ui(n, { mode: `visible`, children: r.children })),
          (n.return = t),
          (n.sibling = null),
          e !== null && ((o = t.deletions), o === null ? ((t.deletions = [e]), (t.flags |= 16)) : o.push(e)),
          (t.child = n),
          (t.memoizedState = null),
          n);
    }
    function rl(e, t) {
      return ((t = il({ mode: `visible`, children: t }, e.mode)), (t.return = e), (e.child = t));
    }
    function il(e, t) {
      return ((e = Vi(22, e, null, t)), (e.lanes = 0), e);
    }
    function al(e, t, n) {
      return (yo(t, e.child, null, n), (e = rl(t, t.pendingProps.children)), (e.flags |= 2), (t.memoizedState = null), e);
    }
    function ol(e, t, n, r, a, o, s, c) {
      if (n)
        return t.flags & 256
          ? (Bo(t), (t.flags &= -257), al(e, t, c))
          : t.memoizedState === null
            ? (Uo(),
              (o = a.fallback),
              (s = t.mode),
              (a = il({ mode: `visible`, children: a.children }, s)),
              (o = Ki(o, s, c, null)),
              (o.flags |= 2),
              (a.return = t),
              (o.return = t),
              (a.sibling = o),
              (t.child = a),
              yo(t, e.child, null, c),
              (a = t.child),
              (a.memoizedState = el(c)),
              (a.childLanes = tl(e, r, c)),
              (t.memoizedState = $c),
              Uc(null, a))
            : (Uo(), (t.child = e.child), (t.flags |= 128), null);
      if ((Bo(t), sm(o))) {
        if (((r = o.nextSibling && o.nextSibling.dataset), r)) var l = r.dgst;
        return (
          (r = l),
          r !== `` && ((a = Error(i(419))), (a.stack = ``), (a.digest = r), Sa({ value: a, source: null, stack: null })),
          al(e, t, c)
        );
      }
      if ((z || Aa(e, t, c, !1), (r = (c & e.childLanes) !== 0), z || r)) {
        if (No.current !== null) return al(e, t, c);
        if (((r = G), r !== null && ((a = Et(r, c)), a !== 0 && a !== s.retryLane))) throw ((s.retryLane = a), Ii(e, a), Pd(r, e, a), Lc);
        return (om(o) || Kd(), al(e, t, c));
      }
      return om(o)
        ? ((t.flags |= 192), (t.child = e.child), null)
        : ((e = s.treeContext),
          (j = lm(o.nextSibling)),
          (fa = t),
          (M = !0),
          (pa = null),
          (ma = !1),
          e !== null && da(t, e),
          (t = rl(t, a.children)),
          (t.flags |= 0x8001000),
          t);
    }
    function sl(e, t, n) {
      e.lanes |= t;
      var r = e.alternate;
      (r !== null && (r.lanes |= t), Oa(e.return, t, n));
    }
    function cl(e) {
      for (var t = null; e !== null;) {
        var n = e.alternate;
        (n !== null && Jo(n) === null && (t = e), (e = e.sibling));
      }
      return t;
    }
    function ll(e, t, n, r, i, a) {
      var o = e.memoizedState;
      o === null
        ? (e.memoizedState = { isBackwards: t, rendering: null, renderingStartTime: 0, last: r, tail: n, tailMode: i, treeForkCount: a })
        : ((o.isBackwards = t),
          (o.rendering = null),
          (o.renderingStartTime = 0),
          (o.last = r),
          (o.tail = n),
          (o.tailMode = i),
          (o.treeForkCount = a));
    }
    function ul(e) {
      var t = e.child;
      for (e.child = null; t !== null;) {
        var n = t.sibling;
        ((t.sibling = e.child), (e.child = t), (t = n));
      }
    }
    function dl(e, t, n) {
      var r = t.pendingProps,
        i = r.revealOrder,
        a = r.tail;
      r = r.children;
      var o = Go.current;
      if (t.flags & 128) return (Ko(t, o), null);
      var s = !!(o & 2);
      if (
        (s ? ((o = (o & 1) | 2), (t.flags |= 128)) : (o &= 1),
        Ko(t, o),
        i === `backwards` && e !== null ? (ul(e), Rc(e, t, r, n), ul(e)) : Rc(e, t, r, n),
        (r = M ? ta : 0),
        !s && e !== null && e.flags & 128)
      )
        e: for (e = t.child; e !== null;) {
          if (e.tag === 13) e.memoizedState !== null && sl(e, n, t);
          else if (e.tag === 19) sl(e, n, t);
          else if (e.child !== null) {
            ((e.child.return = e), (e = e.child));
            continue;
          }
          if (e === t) break;
          for (; e.sibling === null;) {
            if (e.return === null || e.return === t) break e;
            e = e.return;
          }
          ((e.sibling.return = e.return), (e = e.sibling));
        }
      switch (i) {
        case `backwards`:
          ((n = cl(t.child)),
            n === null ? ((i = t.child), (t.child = null)) : ((i = n.sibling), (n.sibling = null), ul(t)),
            ll(t, !0, i, null, a, r));
          break;
        case `unstable_legacy-backwards`:
          for (n = null, i = t.child, t.child = null; i !== null;) {
            if (((e = i.alternate), e !== null && Jo(e) === null)) {
              t.child = i;
              break;
            }
            ((e = i.sibling), (i.sibling = n), (n = i), (i = e));
          }
          ll(t, !0, n, null, a, r);
          break;
        case `together`:
          ll(t, !1, null, null, void 0, r);
          break;
        case `independent`:
          t.memoizedState = null;
          break;
        default:
          ((n = cl(t.child)),
            n === null ? ((i = t.child), (t.child = null)) : ((i = n.sibling), (n.sibling = null)),
            ll(t, !1, i, n, a, r));
      }
      return t.child;
    }
    function fl(e, t, n) {
      var r = t.pendingProps;
      return (Ea(t, t.type, r.value), Rc(e, t, r.children, n), t.child);
    }
    function pl(e, t, n) {
      if ((e !== null && (t.dependencies = e.dependencies), (sd |= t.lanes), (n & t.childLanes) === 0)) {
        if (e !== null) {
          if ((Aa(e, t, n, !1), (n & t.childLanes) === 0)) return null;
        } else return null;
      }
      if (e !== null && t.child !== e.child) throw Error(i(153));
      if (t.child !== null) {
        for (e = t.child, n = Ui(e, e.pendingProps), t.child = n, n.return = t; e.sibling !== null;)
          ((e = e.sibling), (n = n.sibling = Ui(e, e.pendingProps)), (n.return = t));
        n.sibling = null;
      }
      return t.child;
    }
    function ml(e, t) {
      return (e.lanes & t) !== 0 || ((e = e.dependencies), !!(e !== null && ja(e)));
    }
    function hl(e, t, n) {
      switch (t.tag) {
        case 3:
          (Ie(t, t.stateNode.containerInfo), Ea(t, N, e.memoizedState.cache), ba());
          break;
        case 27:
        case 5:
          Re(t);
          break;
        case 4:
          Ie(t, t.stateNode.containerInfo);
          break;
        case 10:
          Ea(t, t.type, t.memoizedProps.value);
          break;
        case 31:
          if (t.memoizedState !== null) return ((t.flags |= 128), Vo(t), null);
          break;
        case 13:
          var r = t.memoizedState;
          if (r !== null) {
            if (r.dehydrated !== null) return (Bo(t), (t.flags |= 128), null);
            r = Aa(e, t, n, !1);
            var i = t.child.childLanes;
            return r || (n & i) !== 0 ? nl(e, t, n) : (Bo(t), (e = pl(e, t, n)), e === null ? null : e.sibling);
          }
          Bo(t);
          break;
        case 19:
          if (t.flags & 128) return dl(e, t, n);
          if (((i = !!(e.flags & 128)), (r = (n & t.childLanes) !== 0), (r ||= (Aa(e, t, n, !1), (n & t.childLanes) !== 0)), i)) {
            if (r) return dl(e, t, n);
            t.flags |= 128;
          }
          if (((i = t.memoizedState), i !== null && ((i.rendering = null), (i.tail = null), (i.lastEffect = null)), Ko(t, Go.current), r))
            break;
          return null;
        case 22:
          return ((t.lanes = 0), Hc(e, t, n, t.pendingProps));
        case 24:
          Ea(t, N, e.memoizedState.cache);
      }
      return pl(e, t, n);
    }
    function gl(e, t, n) {
      if (e !== null) {
        if (e.memoizedProps !== t.pendingProps) z = !0;
        else {
          if (!ml(e, n) && !(t.flags & 128)) return ((z = !1), hl(e, t, n));
          z = !!(e.flags & 131072);
        }
      } else ((z = !1), M && t.flags & 1048576 && ca(t, ta, t.index));
      switch (((t.lanes = 0), t.tag)) {
        case 16:
          e: {
            var r = t.pendingProps;
            if (((e = co(t.elementType)), (t.type = e), typeof e == `function`))
              Hi(e) ? ((r = Dc(e, r)), (t.tag = 1), (t = Zc(null, t, e, r, n))) : ((t.tag = 0), (t = Yc(null, t, e, r, n)));
            else {
              if (e != null) {
                var a = e.$$typeof;
                if (a === fe) {
                  ((t.tag = 11), (t = zc(null, t, e, r, n)));
                  break e;
                }
                if (a === he) {
                  ((t.tag = 14), (t = Bc(null, t, e, r, n)));
                  break e;
                }
                if (a === de) {
                  ((t.tag = 10), (t.type = e), (t = fl(null, t, n)));
                  break e;
                }
              }
              throw ((t = Te(e) || e), Error(i(306, t, ``)));
            }
          }
          return t;
        case 0:
          return Yc(e, t, t.type, t.pendingProps, n);
        case 1:
          return ((r = t.type), (a = Dc(r, t.pendingProps)), Zc(e, t, r, a, n));
        case 3:
          e: {
            if ((Ie(t, t.stateNode.containerInfo), e === null)) throw Error(i(387));
            r = t.pendingProps;
            var o = t.memoizedState;
            ((a = o.element), Co(e, t), Ao(t, r, null, n));
            var s = t.memoizedState;
            if (((r = s.cache), Ea(t, N, r), r !== o.cache && ka(t, [N], n, !0), ko(), (r = s.element), o.isDehydrated)) {
              if (
                ((o = { element: r, isDehydrated: !1, cache: s.cache }),
                (t.updateQueue.baseState = o),
                (t.memoizedState = o),
                t.flags & 256)
              ) {
                t = Qc(e, t, r, n);
                break e;
              }
              if (r !== a) {
                ((a = Zi(Error(i(424)), t)), Sa(a), (t = Qc(e, t, r, n)));
                break e;
              }
              switch (((e = t.stateNode.containerInfo), e.nodeType)) {
                case 9:
                  e = e.body;
                  break;
                default:
                  e = e.nodeName === `HTML` ? e.ownerDocument.body : e;
              }
              for (j = lm(e.firstChild), fa = t, M = !0, pa = null, ma = !0, n = bo(t, null, r, n), t.child = n; n;)
                ((n.flags = (n.flags & -3) | 0x8001000), (n = n.sibling));
            } else {
              if ((ba(), r === a)) {
                t = pl(e, t, n);
                break e;
              }
              Rc(e, t, r, n);
            }
            t = t.child;
          }
          return t;
        case 26:
          return (
            Jc(e, t),
            e === null
              ? (n = Nm(t.type, null, t.pendingProps, null))
                ? (t.memoizedState = n)
                : M || (t.stateNode = fp(t.type, t.pendingProps, Pe.current, t))
              : (t.memoizedState = Nm(t.type, e.memoizedProps, t.pendingProps, e.memoizedState)),
            null
          );
        case 27:
          return (
            Re(t),
            e === null &&
              M &&
              ((r = t.stateNode = hm(t.type, t.pendingProps, Pe.current)),
              (fa = t),
              (ma = !0),
              (a = j),
              Sp(t.type) ? ((um = a), (j = lm(r.firstChild))) : (j = a)),
            Rc(e, t, t.pendingProps.children, n),
            Jc(e, t),
            e === null && (t.flags |= 4194304),
            t.child
          );
        case 5:
          return (
            e === null &&
              M &&
              ((a = r = j) &&
                ((r = rm(r, t.type, t.pendingProps, ma)),
                r === null ? (a = !1) : ((t.stateNode = r), (fa = t), (j = lm(r.firstChild)), (ma = !1), (a = !0))),
              a || ga(t)),
            Re(t),
            (a = t.type),
            (o = t.pendingProps),
            (s = e === null ? null : e.memoizedProps),
            (r = o.children),
            pp(a, o) ? (r = null) : s !== null && pp(a, s) && (t.flags |= 32),
            t.memoizedState !== null && ((a = is(e, t, ss, null, null, n)), (sh._currentValue = a)),
            Jc(e, t),
            Rc(e, t, r, n),
            t.child
          );
        case 6:
          return (
            e === null &&
              M &&
              ((e = n = j) &&
                ((n = im(n, t.pendingProps, ma)), n === null ? (e = !1) : ((t.stateNode = n), (fa = t), (j = null), (e = !0))),
              e || ga(t)),
            null
          );
        case 13:
          return nl(e, t, n);
        case 4:
          return (
            Ie(t, t.stateNode.containerInfo),
            (r = t.pendingProps),
            e === null ? (t.child = yo(t, null, r, n)) : Rc(e, t, r, n),
            t.child
          );
        case 11:
          return zc(e, t, t.type, t.pendingProps, n);
        case 7:
          return ((r = t.pendingProps), Jc(e, t), Rc(e, t, r, n), t.child);
        case 8:
        case 12:
          return (Rc(e, t, t.pendingProps.children, n), t.child);
        case 10:
          return fl(e, t, n);
        case 9:
          return (
            (a = t.type._context),
            (r = t.pendingProps.children),
            Ma(t),
            (a = Na(a)),
            (r = r(a)),
            (t.flags |= 1),
            Rc(e, t, r, n),
            t.child
          );
        case 14:
          return Bc(e, t, t.type, t.pendingProps, n);
        case 15:
          return Vc(e, t, t.type, t.pendingProps, n);
        case 19:
          return dl(e, t, n);
        case 31:
          return qc(e, t, n);
        case 22:
          return Hc(e, t, n, t.pendingProps);
        case 24:
          return (
            Ma(t),
            (r = Na(N)),
            e === null
              ? ((a = $a()),
                a === null && ((a = G), (o = za()), (a.pooledCache = o), o.refCount++, o !== null && (a.pooledCacheLanes |= n), (a = o)),
                (t.memoizedState = { parent: r, cache: a }),
                So(t),
                Ea(t, N, a))
              : ((e.lanes & n) !== 0 && (Co(e, t), Ao(t, null, null, n), ko()),
                (a = e.memoizedState),
                (o = t.memoizedState),
                a.parent === r
                  ? ((r = o.cache), Ea(t, N, r), r !== a.cache && ka(t, [N], n, !0))
                  : ((a = { parent: r, cache: r }),
                    (t.memoizedState = a),
                    t.lanes === 0 && (t.memoizedState = t.updateQueue.baseState = a),
                    Ea(t, N, r))),
            Rc(e, t, t.pendingProps.children, n),
            t.child
          );
        case 30:
          return (
            t.stateNode === null && (t.stateNode = { autoName: null, paired: null, clones: null, ref: null }),
            (r = t.pendingProps),
            r.name != null && r.name !== `auto` ? (t.flags |= e === null ? 18882560 : 18874368) : M && la(t),
            e !== null && e.memoizedProps.name !== r.name ? (t.flags |= 4194816) : Jc(e, t),
            Rc(e, t, r.children, n),
            t.child
          );
        case 29:
          throw t.pendingProps;
      }
      throw Error(i(156, t.tag));
    }
    function _l(e) {
      e.flags |= 4;
    }
    function vl(e, t, n, r, i) {
      var a;
      if (((a = !!(e.mode & 32)) && (a = n === null ? Jm(t, r) : Jm(t, r) && (r.src !== n.src || r.srcSet !== n.srcSet)), a)) {
        if (((e.flags |= 16777216), (i & 335544128) === i)) {
          if (e.stateNode.complete) e.flags |= 8192;
          else if (Ud()) e.flags |= 8192;
          else throw ((lo = ao), ro);
        }
      } else e.flags &= -16777217;
    }
    function yl(e, t) {
      if (t.type !== `stylesheet` || t.state.loading & 4) e.flags &= -16777217;
      else if (((e.flags |= 16777216), !Ym(t))) {
        if (Ud()) e.flags |= 8192;
        else throw ((lo = ao), ro);
      }
    }
    function bl(e, t) {
      (t !== null && (e.flags |= 4), e.flags & 16384 && ((t = e.tag === 22 ? 536870912 : bt()), (e.lanes |= t), (dd |= t)));
    }
    function xl(e, t) {
      if (!M)
        switch (e.tailMode) {
          case `visible`:
            break;
          case `collapsed`:
            for (var n = e.tail, r = null; n !== null;) (n.alternate !== null && (r = n), (n = n.sibling));
            r === null ? (t || e.tail === null ? (e.tail = null) : (e.tail.sibling = null)) : (r.sibling = null);
            break;
          default:
            for (t = e.tail, n = null; t !== null;) (t.alternate !== null && (n = t), (t = t.sibling));
            n === null ? (e.tail = null) : (n.sibling = null);
        }
    }
    function B(e) {
      var t = e.alternate !== null && e.alternate.child === e.child,
        n = 0,
        r = 0;
      if (t)
        for (var i = e.child; i !== null;)
          ((n |= i.lanes | i.childLanes), (r |= i.subtreeFlags & 0x47f00000), (r |= i.flags & 0x47f00000), (i.return = e), (i = i.sibling));
      else
        for (i = e.child; i !== null;)
          ((n |= i.lanes | i.childLanes), (r |= i.subtreeFlags), (r |= i.flags), (i.return = e), (i = i.sibling));
      return ((e.subtreeFlags |= r), (e.childLanes = n), t);
    }
    function Sl(e, t, n) {
      var r = t.pendingProps;
      switch ((ua(t), t.tag)) {
        case 16:
        case 15:
        case 0:
        case 11:
        case 7:
        case 8:
        case 12:
        case 9:
        case 14:
        case 1:
          return (B(t), null);
        case 3:
          return (
            (n = t.stateNode),
            (r = null),
            e !== null && (r = e.memoizedState.cache),
            t.memoizedState.cache !== r && (t.flags |= 2048),
            Da(N),
            Le(),
            n.pendingContext && ((n.context = n.pendingContext), (n.pendingContext = null)),
            (e === null || e.child === null) &&
              (ya(t) ? _l(t) : e === null || (e.memoizedState.isDehydrated && !(t.flags & 256)) || ((t.flags |= 1024), xa())),
            B(t),
            null
          );
        case 26:
          var a = t.type,
            o = t.memoizedState;
          return (
            e === null
              ? (_l(t), o === null ? (B(t), vl(t, a, null, r, n)) : (B(t), yl(t, o)))
              : o
                ? o === e.memoizedState
                  ? (B(t), (t.flags &= -16777217))
                  : (_l(t), B(t), yl(t, o))
                : ((e = e.memoizedProps), e !== r && _l(t), B(t), vl(t, a, e, r, n)),
            null
          );
        case 27:
          if ((ze(t), (n = Pe.current), (a = t.type), e !== null && t.stateNode != null)) e.memoizedProps !== r && _l(t);
          else {
            if (!r) {
              if (t.stateNode === null) throw Error(i(166));
              return (B(t), (t.subtreeFlags &= -33554433), null);
            }
            ((e = Me.current), ya(t) ? _a(t, e) : ((e = hm(a, r, n)), (t.stateNode = e), _l(t)));
          }
          return (B(t), (t.subtreeFlags &= -33554433), null);
        case 5:
          if ((ze(t), (a = t.type), e !== null && t.stateNode != null)) e.memoizedProps !== r && _l(t);
          else {
            if (!r) {
              if (t.stateNode === null) throw Error(i(166));
              return (B(t), (t.subtreeFlags &= -33554433), null);
            }
            if (((o = Me.current), ya(t))) _a(t, o);
            else {
              var s = lp(Pe.current);
              switch (o) {
                case 1:
                  o = s.createElementNS(`http://www.w3.org/2000/svg`, a);
                  break;
                case 2:
                  o = s.createElementNS(`http://www.w3.org/1998/Math/MathML`, a);
                  break;
                default:
                  switch (a) {
                    case `svg`:
                      o = s.createElementNS(`http://www.w3.org/2000/svg`, a);
                      break;
                    case `math`:
                      o = s.createElementNS(`http://www.w3.org/1998/Math/MathML`, a);
                      break;
                    case `script`:
                      ((o = s.createElement(`div`)), (o.innerHTML = `<script><\/script>`), (o = o.removeChild(o.firstChild)));
                      break;
                    case `select`:
                      ((o = typeof r.is == `string` ? s.createElement(`select`, { is: r.is }) : s.createElement(`select`)),
                        r.multiple ? (o.multiple = !0) : r.size && (o.size = r.size));
                      break;
                    default:
                      o = typeof r.is == `string` ? s.createElement(a, { is: r.is }) : s.createElement(a);
                  }
              }
              ((o[Mt] = t), (o[Nt] = r));
              e: for (s = t.child; s !== null;) {
                if (s.tag === 5 || s.tag === 6) o.appendChild(s.stateNode);
                else if (s.tag !== 4 && s.tag !== 27 && s.child !== null) {
                  ((s.child.return = s), (s = s.child));
                  continue;
                }
                if (s === t) break;
                for (; s.sibling === null;) {
                  if (s.return === null || s.return === t) break e;
                  s = s.return;
                }
                ((s.sibling.return = s.return), (s = s.sibling));
              }
              switch (((t.stateNode = o), np(o, a, r), a)) {
                case `button`:
                case `input`:
                case `select`:
                case `textarea`:
                  r = !!r.autoFocus;
                  break;
                case `img`:
                  r = !0;
                  break;
                default:
                  r = !1;
              }
              r && _l(t);
            }
          }
          return (B(t), (t.subtreeFlags &= -33554433), vl(t, t.type, e === null ? null : e.memoizedProps, t.pendingProps, n), null);
        case 6:
          if (e && t.stateNode != null) e.memoizedProps !== r && _l(t);
          else {
            if (typeof r != `string` && t.stateNode === null) throw Error(i(166));
            if (((e = Pe.current), ya(t))) {
              if (((e = t.stateNode), (n = t.memoizedProps), (r = null), (a = fa), a !== null))
                switch (a.tag) {
                  case 27:
                  case 5:
                    r = a.memoizedProps;
                }
              ((e[Mt] = t),
                (e = !!(e.nodeValue === n || (r !== null && !0 === r.suppressHydrationWarning) || ep(e.nodeValue, n))),
                e || ga(t, !0));
            } else ((e = lp(e).createTextNode(r)), (e[Mt] = t), (t.stateNode = e));
          }
          return (B(t), null);
        case 31:
          if (((n = t.memoizedState), e === null || e.memoizedState !== null)) {
            if (((r = ya(t)), n !== null)) {
              if (e === null) {
                if (!r) throw Error(i(318));
                if (((e = t.memoizedState), (e = e === null ? null : e.dehydrated), !e)) throw Error(i(557));
                e[Mt] = t;
              } else (ba(), !(t.flags & 128) && (t.memoizedState = null), (t.flags |= 4));
              (B(t), (e = !1));
            } else ((n = xa()), e !== null && e.memoizedState !== null && (e.memoizedState.hydrationErrors = n), (e = !0));
            if (!e) return t.flags & 256 ? (Wo(t), t) : (Wo(t), null);
            if (t.flags & 128) throw Error(i(558));
          }
          return (B(t), null);
        case 13:
          if (((r = t.memoizedState), e === null || (e.memoizedState !== null && e.memoizedState.dehydrated !== null))) {
            if (((a = ya(t)), r !== null && r.dehydrated !== null)) {
              if (e === null) {
                if (!a) throw Error(i(318));
                if (((a = t.memoizedState), (a = a === null ? null : a.dehydrated), !a)) throw Error(i(317));
                a[Mt] = t;
              } else (ba(), !(t.flags & 128) && (t.memoizedState = null), (t.flags |= 4));
              (B(t), (a = !1));
            } else ((a = xa()), e !== null && e.memoizedState !== null && (e.memoizedState.hydrationErrors = a), (a = !0));
            if (!a) return t.flags & 256 ? (Wo(t), t) : (Wo(t), null);
          }
          return (
            Wo(t),
            t.flags & 128
              ? ((t.lanes = n), t)
              : ((n = r !== null),
                (e = e !== null && e.memoizedState !== null),
                n &&
                  ((r = t.child),
                  (a = null),
                  r.alternate !== null &&
                    r.alternate.memoizedState !== null &&
                    r.alternate.memoizedState.cachePool !== null &&
                    (a = r.alternate.memoizedState.cachePool.pool),
                  (o = null),
                  r.memoizedState !== null && r.memoizedState.cachePool !== null && (o = r.memoizedState.cachePool.pool),
                  o !== a && (r.flags |= 2048)),
                n !== e && n && (t.child.flags |= 8192),
                bl(t, t.updateQueue),
                B(t),
                null)
          );
        case 4:
          return (Le(), e === null && Wf(t.stateNode.containerInfo), (t.flags |= 67108864), B(t), null);
        case 10:
          return (Da(t.type), B(t), null);
        case 19:
          if ((qo(t), (r = t.memoizedState), r === null)) return (B(t), null);
          if (((a = !!(t.flags & 128)), (o = r.rendering), o === null)) {
            if (a) xl(r, !1);
            else {
              if (Y !== 0 || (e !== null && e.flags & 128))
                for (e = t.child; e !== null;) {
                  if (((o = Jo(e)), o !== null)) {
                    for (
                      t.flags |= 128, xl(r, !1), e = o.updateQueue, t.updateQueue = e, bl(t, e), t.subtreeFlags = 0, e = n, n = t.child;
                      n !== null;
                    )
                      (Wi(n, e), (n = n.sibling));
                    return (Ko(t, (Go.current & 1) | 2), M && sa(t, r.treeForkCount), t.child);
                  }
                  e = e.sibling;
                }
              r.tail !== null && Xe() > _d && ((t.flags |= 128), (a = !0), xl(r, !1), (t.lanes = 4194304));
            }
          } else {
            if (!a) {
              if (((e = Jo(o)), e !== null)) {
                if (
                  ((t.flags |= 128),
                  (a = !0),
                  (e = e.updateQueue),
                  (t.updateQueue = e),
                  bl(t, e),
                  xl(r, !0),
                  r.tail === null && r.tailMode !== `collapsed` && r.tailMode !== `visible` && !o.alternate && !M)
                )
                  return (B(t), null);
              } else
                2 * Xe() - r.renderingStartTime > _d && n !== 536870912 && ((t.flags |= 128), (a = !0), xl(r, !1), (t.lanes = 4194304));
            }
            r.isBackwards
              ? ((o.sibling = t.child), (t.child = o))
              : ((e = r.last), e === null ? (t.child = o) : (e.sibling = o), (r.last = o));
          }
          if (r.tail !== null) {
            e = r.tail;
            e: {
              for (n = e; n !== null;) {
                if (n.alternate !== null) {
                  n = !1;
                  break e;
                }
                n = n.sibling;
              }
              n = !0;
            }
            return (
              (r.rendering = e),
              (r.tail = e.sibling),
              (r.renderingStartTime = Xe()),
              (e.sibling = null),
              (o = Go.current),
              (o = a ? (o & 1) | 2 : o & 1),
              r.tailMode === `visible` || r.tailMode === `collapsed` || !n || M
                ? Ko(t, o)
                : ((n = o), E(Ro, t), E(Go, n), zo === null && (zo = t)),
              M && sa(t, r.treeForkCount),
              e
            );
          }
          return (B(t), null);
        case 22:
        case 23:
          return (
            Wo(t),
            Lo(),
            (r = t.memoizedState !== null),
            e === null ? r && (t.flags |= 8192) : (e.memoizedState !== null) !== r && (t.flags |= 8192),
            r ? n & 536870912 && !(t.flags & 128) && (B(t), t.subtreeFlags & 6 && (t.flags |= 8192)) : B(t),
            (n = t.updateQueue),
            n !== null && bl(t, n.retryQueue),
            (n = null),
            e !== null && e.memoizedState !== null && e.memoizedState.cachePool !== null && (n = e.memoizedState.cachePool.pool),
            (r = null),
            t.memoizedState !== null && t.memoizedState.cachePool !== null && (r = t.memoizedState.cachePool.pool),
            r !== n && (t.flags |= 2048),
            e !== null && je(Qa),
            null
          );
        case 24:
          return (
            (n = null),
            e !== null && (n = e.memoizedState.cache),
            t.memoizedState.cache !== n && (t.flags |= 2048),
            Da(N),
            B(t),
            null
          );
        case 25:
          return null;
        case 30:
          return ((t.flags |= 33554432), B(t), null);
      }
      throw Error(i(156, t.tag));
    }
    function Cl(e, t) {
      switch ((ua(t), t.tag)) {
        case 1:
          return ((e = t.flags), e & 65536 ? ((t.flags = (e & -65537) | 128), t) : null);
        case 3:
          return (Da(N), Le(), (e = t.flags), e & 65536 && !(e & 128) ? ((t.flags = (e & -65537) | 128), t) : null);
        case 26:
        case 27:
        case 5:
          return (ze(t), null);
        case 31:
          if (t.memoizedState !== null) {
            if ((Wo(t), t.alternate === null)) throw Error(i(340));
            ba();
          }
          return ((e = t.flags), e & 65536 ? ((t.flags = (e & -65537) | 128), t) : null);
        case 13:
          if ((Wo(t), (e = t.memoizedState), e !== null && e.dehydrated !== null)) {
            if (t.alternate === null) throw Error(i(340));
            ba();
          }
          return ((e = t.flags), e & 65536 ? ((t.flags = (e & -65537) | 128), t) : null);
        case 19:
          return (
            qo(t),
            (e = t.flags),
            e & 65536
              ? ((t.flags = (e & -65537) | 128),
                (e = t.memoizedState),
                e !== null && ((e.rendering = null), (e.tail = null)),
                (t.flags |= 4),
                t)
              : null
          );
        case 4:
          return (Le(), null);
        case 10:
          return (Da(t.type), null);
        case 22:
        case 23:
          return (Wo(t), Lo(), e !== null && je(Qa), (e = t.flags), e & 65536 ? ((t.flags = (e & -65537) | 128), t) : null);
        case 24:
          return (Da(N), null);
        default:
          return null;
      }
    }
    function wl(e, t) {
      switch ((ua(t), t.tag)) {
        case 3:
          (Da(N), Le());
          break;
        case 26:
        case 27:
        case 5:
          ze(t);
          break;
        case 4:
          Le();
          break;
        case 31:
          t.memoizedState !== null && Wo(t);
          break;
        case 13:
          Wo(t);
          break;
        case 19:
          qo(t);
          break;
        case 10:
          Da(t.type);
          break;
        case 22:
        case 23:
          (Wo(t), Lo(), e !== null && je(Qa));
          break;
        case 24:
          Da(N);
      }
    }
    function Tl(e, t) {
      try {
        var n = t.updateQueue,
          r = n === null ? null : n.lastEffect;
        if (r !== null) {
          var i = r.next;
          n = i;
          do {
            if ((n.tag & e) === e) {
              r = void 0;
              var a = n.create,
                o = n.inst;
              ((r = a()), (o.destroy = r));
            }
            n = n.next;
          } while (n !== i);
        }
      } catch (e) {
        Z(t, t.return, e);
      }
    }
    function El(e, t, n) {
      try {
        var r = t.updateQueue,
          i = r === null ? null : r.lastEffect;
        if (i !== null) {
          var a = i.next;
          r = a;
          do {
            if ((r.tag & e) === e) {
              var o = r.inst,
                s = o.destroy;
              if (s !== void 0) {
                ((o.destroy = void 0), (i = t));
                var c = n,
                  l = s;
                try {
                  l();
                } catch (e) {
                  Z(i, c, e);
                }
              }
            }
            r = r.next;
          } while (r !== a);
        }
      } catch (e) {
        Z(t, t.return, e);
      }
    }
    function Dl(e) {
      var t = e.updateQueue;
      if (t !== null) {
        var n = e.stateNode;
        try {
          Mo(t, n);
        } catch (t) {
          Z(e, e.return, t);
        }
      }
    }
    function Ol(e, t, n) {
      ((n.props = Dc(e.type, e.memoizedProps)), (n.state = e.memoizedState));
      try {
        n.componentWillUnmount();
      } catch (n) {
        Z(e, t, n);
      }
    }
    function kl(e, t) {
      try {
        var n = e.ref;
        if (n !== null) {
          switch (e.tag) {
            case 26:
            case 27:
            case 5:
              var r = e.stateNode;
              break;
            case 30:
              var i = e.stateNode,
                a = Ei(e.memoizedProps, i);
              ((i.ref === null || i.ref.name !== a) && (i.ref = Pp(a)), (r = i.ref));
              break;
            case 7:
              if (e.stateNode === null) {
                var o = new Fp(e);
                (f(e.child, !1, Qp, o, void 0, void 0), (e.stateNode = o));
              }
              r = e.stateNode;
              break;
            default:
              r = e.stateNode;
          }
          typeof n == `function` ? (e.refCleanup = n(r)) : (n.current = r);
        }
      } catch (n) {
        Z(e, t, n);
      }
    }
    function Al(e, t) {
      var n = e.ref,
        r = e.refCleanup;
      if (n !== null) {
        if (typeof r == `function`)
          try {
            r();
          } catch (n) {
            Z(e, t, n);
          } finally {
            ((e.refCleanup = null), (e = e.alternate), e != null && (e.refCleanup = null));
          }
        else if (typeof n == `function`)
          try {
            n(null);
          } catch (n) {
            Z(e, t, n);
          }
        else n.current = null;
      }
    }
    function jl(e, t) {
      if ((e.tag === 5 || e.tag === 27 || e.tag === 6) && e.alternate === null && t !== null)
        for (var n = 0; n < t.length; n++) em(e.stateNode, t[n]);
    }
    function Ml(e) {
      for (var t = e.return; t !== null && (Fl(t) && em(e.stateNode, t.stateNode), !Pl(t));) t = t.return;
    }
    function Nl(e) {
      for (var t = e.return; t !== null && (Fl(t) && tm(e.stateNode, t.stateNode), !Pl(t));) t = t.return;
    }
    function Pl(e) {
      return e.tag === 5 || e.tag === 3 || e.tag === 27;
    }
    function Fl(e) {
      return e && e.tag === 7 && e.stateNode !== null;
    }
    function Il(e) {
      var t = e.type,
        n = e.memoizedProps,
        r = e.stateNode;
      try {
        switch (t) {
          case `button`:
          case `input`:
          case `select`:
          case `textarea`:
            n.autoFocus && r.focus();
            break;
          case `img`:
            n.src ? (r.src = n.src) : n.srcSet && (r.srcset = n.srcSet);
        }
      } catch (t) {
        Z(e, e.return, t);
      }
    }
    function Ll(e, t, n) {
      try {
        var r = e.stateNode;
        (ip(r, e.type, n, t), (r[Nt] = t));
      } catch (t) {
        Z(e, e.return, t);
      }
    }
    function Rl(e) {
      return e.tag === 5 || e.tag === 3 || e.tag === 26 || (e.tag === 27 && Sp(e.type)) || e.tag === 4;
    }
    function zl(e) {
      e: for (;;) {
        for (; e.sibling === null;) {
          if (e.return === null || Rl(e.return)) return null;
          e = e.return;
        }
        for (e.sibling.return = e.return, e = e.sibling; e.tag !== 5 && e.tag !== 6 && e.tag !== 18;) {
          if ((e.tag === 27 && Sp(e.type)) || e.flags & 2 || e.child === null || e.tag === 4) continue e;
          ((e.child.return = e), (e = e.child));
        }
        if (!(e.flags & 2)) return e.stateNode;
      }
    }
    function Bl(e, t, n, r) {
      var i = e.tag;
      if (i === 5 || i === 6)
        ((i = e.stateNode),
          t
            ? (n.nodeType === 9 ? n.body : n.nodeName === `HTML` ? n.ownerDocument.body : n).insertBefore(i, t)
            : ((t = n.nodeType === 9 ? n.body : n.nodeName === `HTML` ? n.ownerDocument.body : n),
              t.appendChild(i),
              (n = n._reactRootContainer),
              n != null || t.onclick !== null || (t.onclick = Dn)),
          jl(e, r),
          (A = !0));
      else if (i !== 4 && (i === 27 && (jl(e, r), (r = null), Sp(e.type) && ((n = e.stateNode), (t = null))), (e = e.child), e !== null))
        for (Bl(e, t, n, r), e = e.sibling; e !== null;) (Bl(e, t, n, r), (e = e.sibling));
    }
    function Vl(e, t, n, r) {
      var i = e.tag;
      if (i === 5 || i === 6) ((i = e.stateNode), t ? n.insertBefore(i, t) : n.appendChild(i), jl(e, r), (A = !0));
      else if (i !== 4 && (i === 27 && (jl(e, r), (r = null), Sp(e.type) && (n = e.stateNode)), (e = e.child), e !== null))
        for (Vl(e, t, n, r), e = e.sibling; e !== null;) (Vl(e, t, n, r), (e = e.sibling));
    }
    function Hl(e) {
      var t = e.stateNode,
        n = e.memoizedProps;
      try {
        for (var r = e.type, i = t.attributes; i.length;) t.removeAttributeNode(i[0]);
        (np(t, r, n), (t[Mt] = e), (t[Nt] = n));
      } catch (t) {
        Z(e, e.return, t);
      }
    }
    var Ul = !1,
      Wl = null;
    function Gl(e) {
      (e.tag === 30 || e.subtreeFlags & 33554432) && (Ul = !0);
    }
    var Kl = null;
    function ql() {
      var e = Kl;
      return ((Kl = null), e);
    }
    var Jl = 0;
    function Yl(e, t, n, r, i) {
      return ((Jl = 0), Xl(e.child, t, n, r, i));
    }
    function Xl(e, t, n, r, i) {
      for (var a = !1; e !== null;) {
        if (e.tag === 5) {
          var o = e.stateNode;
          if (r !== null) {
            var s = Op(o);
            (r.push(s), s.view && (a = !0));
          } else a || (Op(o).view && (a = !0));
          ((Ul = !0), Tp(o, Jl === 0 ? t : t + `_` + Jl, n), Jl++);
        } else (e.tag === 22 && e.memoizedState !== null) || (e.tag === 30 && i) || (Xl(e.child, t, n, r, i) && (a = !0));
        e = e.sibling;
      }
      return a;
    }
    function Zl(e, t) {
      for (; e !== null;)
        (e.tag === 5
          ? Ep(e.stateNode, e.memoizedProps)
          : (e.tag === 22 && e.memoizedState !== null) || (e.tag === 30 && t) || Zl(e.child, t),
          (e = e.sibling));
    }
    function Ql(e) {
      if (e.subtreeFlags & 18874368)
        for (e = e.child; e !== null;) {
          if ((e.tag !== 22 || e.memoizedState === null) && (Ql(e), e.tag === 30 && e.flags & 18874368 && e.stateNode.paired)) {
            var t = e.memoizedProps;
            if (t.name == null || t.name === `auto`) throw Error(i(544));
            var n = t.name;
            ((t = Oi(t.default, t.share)), t !== `none` && (Yl(e, n, t, null, !1) || Zl(e.child, !1)));
          }
          e = e.sibling;
        }
    }
    function $l(e, t) {
      if (e.tag === 30) {
        var n = e.stateNode,
          r = e.memoizedProps,
          i = Ei(r, n),
          a = Oi(r.default, n.paired ? r.share : r.enter);
        a === `none` ? Ql(e) : Yl(e, i, a, null, !1) ? (Ql(e), n.paired || t || Nd(e, r.onEnter)) : Zl(e.child, !1);
      } else if (e.subtreeFlags & 33554432) for (e = e.child; e !== null;) ($l(e, t), (e = e.sibling));
      else Ql(e);
    }
    function eu(e) {
      if (Wl !== null && Wl.size !== 0) {
        var t = Wl;
        if (e.subtreeFlags & 18874368)
          for (e = e.child; e !== null;) {
            if (e.tag !== 22 || e.memoizedState === null) {
              if (e.tag === 30 && e.flags & 18874368) {
                var n = e.memoizedProps,
                  r = n.name;
                if (r != null && r !== `auto`) {
                  var i = t.get(r);
                  if (i !== void 0) {
                    var a = Oi(n.default, n.share);
                    if (
                      (a !== `none` &&
                        (Yl(e, r, a, null, !1) ? ((a = e.stateNode), (i.paired = a), (a.paired = i), Nd(e, n.onShare)) : Zl(e.child, !1)),
                      t.delete(r),
                      t.size === 0)
                    )
                      break;
                  }
                }
              }
              eu(e);
            }
            e = e.sibling;
          }
      }
    }
    function tu(e) {
      if (e.tag === 30) {
        var t = e.memoizedProps,
          n = Ei(t, e.stateNode),
          r = Wl === null ? void 0 : Wl.get(n),
          i = Oi(t.default, r === void 0 ? t.exit : t.share);
        (i !== `none` &&
          (Yl(e, n, i, null, !1)
            ? r === void 0
              ? Nd(e, t.onExit)
              : ((i = e.stateNode), (r.paired = i), (i.paired = r), Wl.delete(n), Nd(e, t.onShare))
            : Zl(e.child, !1)),
          Wl !== null && eu(e));
      } else if (e.subtreeFlags & 33554432) for (e = e.child; e !== null;) (tu(e), (e = e.sibling));
      else Wl !== null && eu(e);
    }
    function nu(e) {
      for (e = e.child; e !== null;) {
        if (e.tag === 30) {
          var t = e.memoizedProps,
            n = Ei(t, e.stateNode);
          ((t = Oi(t.default, t.update)), (e.flags &= -5), t !== `none` && Yl(e, n, t, (e.memoizedState = []), !1));
        } else e.subtreeFlags & 33554432 && nu(e);
        e = e.sibling;
      }
    }
    function ru(e) {
      if (e.subtreeFlags & 18874368)
        for (e = e.child; e !== null;) {
          if (e.tag !== 22 || e.memoizedState === null) {
            if (e.tag === 30 && e.flags & 18874368) {
              var t = e.stateNode;
              t.paired !== null && ((t.paired = null), Zl(e.child, !1));
            }
            ru(e);
          }
          e = e.sibling;
        }
    }
    function iu(e) {
      if (e.tag === 30) ((e.stateNode.paired = null), Zl(e.child, !1), ru(e));
      else if (e.subtreeFlags & 33554432) for (e = e.child; e !== null;) (iu(e), (e = e.sibling));
      else ru(e);
    }
    function au(e) {
      for (e = e.child; e !== null;) (e.tag === 30 ? Zl(e.child, !1) : e.subtreeFlags & 33554432 && au(e), (e = e.sibling));
    }
    function ou(e, t, n, r, i, a, o) {
      for (var s = !1; t !== null;) {
        if (t.tag === 5) {
          var c = t.stateNode;
          if (a !== null && Jl < a.length) {
            var l = a[Jl],
              u = Op(c);
            (l.view || u.view) && (s = !0);
            var d;
            if ((d = !(e.flags & 4))) {
              if (u.clip) d = !0;
              else {
                d = l.rect;
                var f = u.rect;
                d = d.y !== f.y || d.x !== f.x || d.height !== f.height || d.width !== f.width;
              }
            }
            (d && (e.flags |= 4),
              u.abs ? (u = !l.abs) : ((l = l.rect), (u = u.rect), (u = l.height !== u.height || l.width !== u.width)),
              u && (e.flags |= 32));
          } else e.flags |= 32;
          (e.flags & 4 && Tp(c, Jl === 0 ? n : n + `_` + Jl, i),
            (s && e.flags & 4) || (Kl === null && (Kl = []), Kl.push(c, Jl === 0 ? r : r + `_` + Jl, t.memoizedProps)),
            Jl++);
        } else
          (t.tag !== 22 || t.memoizedState === null) &&
            (t.tag === 30 && o ? (e.flags |= t.flags & 32) : ou(e, t.child, n, r, i, a, o) && (s = !0));
        t = t.sibling;
      }
      return s;
    }
    function su(e, t) {
      for (e = e.child; e !== null;) {
        if (e.tag === 30) {
          var n = e.memoizedProps,
            r = e.stateNode,
            i = Ei(n, r),
            a = Oi(n.default, n.update);
          if (t) {
            r = r.clones;
            var o = r === null ? null : r.map(kp);
          } else ((o = e.memoizedState), (e.memoizedState = null));
          r = e;
          var s = e.child;
          ((Jl = 0), (i = ou(r, s, i, i, a, o, !1)), e.flags & 4 && i && (t || Nd(e, n.onUpdate)));
        } else e.subtreeFlags & 33554432 && su(e, t);
        e = e.sibling;
      }
    }
    var V = !1,
      H = !1,
      cu = !1,
      lu = !1,
      uu = typeof WeakSet == `function` ? WeakSet : Set,
      du = null,
      fu = !1,
      pu = !1,
      mu = !1,
      hu = !1;
    function gu(e, t, n) {
      if (((e = e.containerInfo), (sp = gh), (e = ni(e)), ri(e))) {
        if (`selectionStart` in e) var r = { start: e.selectionStart, end: e.selectionEnd };
        else
          e: {
            r = ((r = e.ownerDocument) && r.defaultView) || window;
            var i = r.getSelection && r.getSelection();
            if (i && i.rangeCount !== 0) {
              r = i.anchorNode;
              var a = i.anchorOffset,
                o = i.focusNode;
              i = i.focusOffset;
              try {
                (r.nodeType, o.nodeType);
              } catch {
                r = null;
                break e;
              }
              var s = 0,
                c = -1,
                l = -1,
                u = 0,
                d = 0,
                f = e,
                p = null;
              t: for (;;) {
                for (
                  var m;
                  f !== r || (a !== 0 && f.nodeType !== 3) || (c = s + a),
                    f !== o || (i !== 0 && f.nodeType !== 3) || (l = s + i),
                    f.nodeType === 3 && (s += f.nodeValue.length),
                    (m = f.firstChild) !== null;
                )
                  ((p = f), (f = m));
                for (;;) {
                  if (f === e) break t;
                  if ((p === r && ++u === a && (c = s), p === o && ++d === i && (l = s), (m = f.nextSibling) !== null)) break;
                  ((f = p), (p = f.parentNode));
                }
                f = m;
              }
              r = c === -1 || l === -1 ? null : { start: c, end: l };
            } else r = null;
          }
        r ||= { start: 0, end: 0 };
      } else r = null;
      for (cp = { focusedElem: e, selectionRange: r }, gh = !1, n = (n & 335544064) === n, du = t, t = n ? 9270 : 1024; du !== null;) {
        if (((e = du), n && ((r = e.deletions), r !== null))) for (a = 0; a < r.length; a++) n && tu(r[a]);
        if (e.alternate === null && e.flags & 2) (n && Gl(e), _u(n));
        else {
          if (e.tag === 22) {
            if (((r = e.alternate), e.memoizedState !== null)) {
              (r !== null && r.memoizedState === null && n && tu(r), _u(n));
              continue;
            }
            if (r !== null && r.memoizedState !== null) {
              (n && Gl(e), _u(n));
              continue;
            }
          }
          ((r = e.child), (e.subtreeFlags & t) !== 0 && r !== null ? ((r.return = e), (du = r)) : (n && nu(e), _u(n)));
        }
      }
      Wl = null;
    }
    function _u(e) {
      for (; du !== null;) {
        var t = du,
          n = e,
          r = t.alternate,
          a = t.flags;
        switch (t.tag) {
          case 0:
          case 11:
          case 15:
            break;
          case 1:
            if (a & 1024 && r !== null) {
              ((n = void 0), (a = r.memoizedProps), (r = r.memoizedState));
              var o = t.stateNode;
              try {
                var s = Dc(t.type, a);
                ((n = o.getSnapshotBeforeUpdate(s, r)), (o.__reactInternalSnapshotBeforeUpdate = n));
              } catch (e) {
                Z(t, t.return, e);
              }
            }
            break;
          case 3:
            if (a & 1024) {
              if (((r = t.stateNode.containerInfo), (n = r.nodeType), n === 9)) nm(r);
              else if (n === 1)
                switch (r.nodeName) {
                  case `HEAD`:
                  case `HTML`:
                  case `BODY`:
                    nm(r);
                    break;
                  default:
                    r.textContent = ``;
                }
            }
            break;
          case 5:
          case 26:
          case 27:
          case 6:
          case 4:
          case 17:
            break;
          case 30:
            n &&
              r !== null &&
              ((n = Ei(r.memoizedProps, r.stateNode)),
              (a = t.memoizedProps),
              (a = Oi(a.default, a.update)),
              a !== `none` && Yl(r, n, a, (r.memoizedState = []), !0));
            break;
          default:
            if (a & 1024) throw Error(i(163));
        }
        if (((r = t.sibling), r !== null)) {
          ((r.return = t.return), (du = r));
          break;
        }
        du = t.return;
      }
    }
    function vu(e, t, n) {
      var r = n.flags;
      switch (n.tag) {
        case 0:
        case 11:
        case 15:
          (Lu(e, n), r & 4 && Tl(5, n));
          break;
        case 1:
          if ((Lu(e, n), r & 4)) {
            if (((e = n.stateNode), t === null))
              try {
                e.componentDidMount();
              } catch (e) {
                Z(n, n.return, e);
              }
            else {
              var i = Dc(n.type, t.memoizedProps);
              t = t.memoizedState;
              try {
                e.componentDidUpdate(i, t, e.__reactInternalSnapshotBeforeUpdate);
              } catch (e) {
                Z(n, n.return, e);
              }
            }
          }
          (r & 64 && Dl(n), r & 512 && kl(n, n.return));
          break;
        case 3:
          if ((Lu(e, n), r & 64 && ((e = n.updateQueue), e !== null))) {
            if (((t = null), n.child !== null))
              switch (n.child.tag) {
                case 27:
                case 5:
                case 1:
                  t = n.child.stateNode;
              }
            try {
              Mo(e, t);
            } catch (e) {
              Z(n, n.return, e);
            }
          }
          break;
        case 27:
          t === null && r & 4 && Hl(n);
        case 26:
        case 5:
          (Lu(e, n), t === null && r & 4 && Il(n), r & 512 && kl(n, n.return));
          break;
        case 12:
          Lu(e, n);
          break;
        case 31:
          (Lu(e, n), r & 4 && Eu(e, n));
          break;
        case 13:
          (Lu(e, n),
            r & 4 && Du(e, n),
            r & 64 && ((e = n.memoizedState), e !== null && ((e = e.dehydrated), e !== null && ((n = _f.bind(null, n)), cm(e, n)))));
          break;
        case 22:
          if (((r = n.memoizedState !== null || V), !r)) {
            var a = (t !== null && t.memoizedState !== null) || H;
            ((t = V),
              (i = H),
              (V = r),
              (H = a) && !i ? ((r = 2), n.subtreeFlags & 8772 && (r |= 1), zu(e, n, r)) : Lu(e, n),
              (V = t),
              (H = i));
          }
          break;
        case 30:
          (Lu(e, n), r & 512 && kl(n, n.return));
          break;
        case 7:
          r & 512 && kl(n, n.return);
        default:
          Lu(e, n);
      }
    }
    function yu(e, t) {
      for (e = e.child; e !== null;) (bu(e, t), (e = e.sibling));
    }
    function bu(e, t) {
      switch (e.tag) {
        case 5:
        case 26:
          try {
            var n = e.stateNode;
            if (t) {
              var r = n.style;
              typeof r.setProperty == `function` ? r.setProperty(`display`, `none`, `important`) : (r.display = `none`);
            } else {
              var i = e.stateNode,
                a = e.memoizedProps.style,
                o = a != null && a.hasOwnProperty(`display`) ? a.display : null;
              i.style.display = o == null || typeof o == `boolean` ? `` : (`` + o).trim();
            }
          } catch (t) {
            Z(e, e.return, t);
          }
          xu(e, t);
          break;
        case 6:
          try {
            ((e.stateNode.nodeValue = t ? `` : e.memoizedProps), (A = !0));
          } catch (t) {
            Z(e, e.return, t);
          }
          break;
        case 18:
          try {
            var s = e.stateNode;
            t ? wp(s, !0) : wp(e.stateNode, !1);
          } catch (t) {
            Z(e, e.return, t);
          }
          break;
        case 22:
        case 23:
          e.memoizedState === null && yu(e, t);
          break;
        default:
          yu(e, t);
      }
    }
    function xu(e, t) {
      if (e.subtreeFlags & 67108864)
        for (e = e.child; e !== null;) {
          e: {
            var n = e,
              r = t;
            switch (n.tag) {
              case 4:
                bu(n, r);
                break e;
              case 22:
                n.memoizedState === null && xu(n, r);
                break e;
              default:
                xu(n, r);
            }
          }
          e = e.sibling;
        }
    }
    function Su(e) {
      var t = e.alternate;
      (t !== null && ((e.alternate = null), Su(t)),
        (e.child = null),
        (e.deletions = null),
        (e.sibling = null),
        e.tag === 5 && ((t = e.stateNode), t !== null && Vt(t)),
        (e.stateNode = null),
        (e.return = null),
        (e.dependencies = null),
        (e.memoizedProps = null),
        (e.memoizedState = null),
        (e.pendingProps = null),
        (e.stateNode = null),
        (e.updateQueue = null));
    }
    var U = null,
      Cu = !1;
    function wu(e, t, n) {
      for (n = n.child; n !== null;) (Tu(e, t, n), (n = n.sibling));
    }
    function Tu(e, t, n) {
      if (ot && typeof ot.onCommitFiberUnmount == `function`)
        try {
          ot.onCommitFiberUnmount(at, n);
        } catch {}
      switch (n.tag) {
        case 26:
          (H || Al(n, t),
            wu(e, t, n),
            n.memoizedState ? n.memoizedState.count-- : n.stateNode && !H && ((n = n.stateNode), n.parentNode.removeChild(n)));
          break;
        case 27:
          (H || Al(n, t), Nl(n));
          var r = U,
            i = Cu;
          (Sp(n.type) && ((U = n.stateNode), (Cu = !1)), wu(e, t, n), gm(n.stateNode, n.type, n.memoizedProps), (U = r), (Cu = i));
          break;
        case 5:
          (H || Al(n, t), Nl(n));
        case 6:
          if ((n.tag === 6 && Nl(n), (r = U), (i = Cu), (U = null), wu(e, t, n), (U = r), (Cu = i), U !== null)) {
            if (Cu)
              try {
                ((U.nodeType === 9 ? U.body : U.nodeName === `HTML` ? U.ownerDocument.body : U).removeChild(n.stateNode), (A = !0));
              } catch (e) {
                Z(n, t, e);
              }
            else
              try {
                (U.removeChild(n.stateNode), (A = !0));
              } catch (e) {
                Z(n, t, e);
              }
          }
          break;
        case 18:
          U !== null &&
            (Cu
              ? ((e = U), Cp(e.nodeType === 9 ? e.body : e.nodeName === `HTML` ? e.ownerDocument.body : e, n.stateNode), Hh(e))
              : Cp(U, n.stateNode));
          break;
        case 4:
          ((r = U), (i = Cu), (U = n.stateNode.containerInfo), (Cu = !0), wu(e, t, n), (U = r), (Cu = i));
          break;
        case 0:
        case 11:
        case 14:
        case 15:
          (El(2, n, t), H || El(4, n, t), wu(e, t, n));
          break;
        case 1:
          (H || (Al(n, t), (r = n.stateNode), typeof r.componentWillUnmount == `function` && Ol(n, t, r)), wu(e, t, n));
          break;
        case 21:
          wu(e, t, n);
          break;
        case 22:
          ((H = (r = H) || n.memoizedState !== null), wu(e, t, n), (H = r));
          break;
        case 30:
          (Al(n, t), wu(e, t, n));
          break;
        case 7:
          (H || Al(n, t), wu(e, t, n));
          break;
        default:
          wu(e, t, n);
      }
    }
    function Eu(e, t) {
      if (t.memoizedState === null && ((e = t.alternate), e !== null && ((e = e.memoizedState), e !== null))) {
        e = e.dehydrated;
        try {
          Hh(e);
        } catch (e) {
          Z(t, t.return, e);
        }
      }
    }
    function Du(e, t) {
      if (
        t.memoizedState === null &&
        ((e = t.alternate), e !== null && ((e = e.memoizedState), e !== null && ((e = e.dehydrated), e !== null)))
      )
        try {
          Hh(e);
        } catch (e) {
          Z(t, t.return, e);
        }
    }
    function Ou(e) {
      switch (e.tag) {
        case 31:
        case 13:
        case 19:
          var t = e.stateNode;
          return (t === null && (t = e.stateNode = new uu()), t);
        case 22:
          return ((e = e.stateNode), (t = e._retryCache), t === null && (t = e._retryCache = new uu()), t);
        default:
          throw Error(i(435, e.tag));
      }
    }
    function ku(e, t) {
      var n = Ou(e);
      t.forEach(function (t) {
        if (!n.has(t)) {
          n.add(t);
          var r = vf.bind(null, e, t);
          t.then(r, r);
        }
      });
    }
    function Au(e, t, n) {
      var r = t.deletions;
      if (r !== null)
        for (var a = 0; a < r.length; a++) {
          var o = r[a],
            s = e,
            c = t,
            l = c;
          e: for (; l !== null;) {
            switch (l.tag) {
              case 27:
                if (Sp(l.type)) {
                  ((U = l.stateNode), (Cu = !1));
                  break e;
                }
                break;
              case 5:
                ((U = l.stateNode), (Cu = !1));
                break e;
              case 3:
              case 4:
                ((U = l.stateNode.containerInfo), (Cu = !0));
                break e;
            }
            l = l.return;
          }
          if (U === null) throw Error(i(160));
          (Tu(s, c, o), (U = null), (Cu = !1), (s = o.alternate), s !== null && (s.return = null), (o.return = null));
        }
      if (t.subtreeFlags & 13886) for (t = t.child; t !== null;) (Mu(t, e, n), (t = t.sibling));
    }
    var ju = null;
    function Mu(e, t, n) {
      var r = e.alternate,
        a = e.flags;
      switch (e.tag) {
        case 0:
        case 11:
        case 14:
        case 15:
          if (a & 4 && ((r = e.updateQueue), (r = r === null ? null : r.events), r !== null))
            for (var o = 0; o < r.length; o++) {
              var s = r[o];
              s.ref.impl = s.nextImpl;
            }
          (Au(t, e, n), Nu(e), a & 4 && (El(3, e, e.return), Tl(3, e), El(5, e, e.return)));
          break;
        case 1:
          (Au(t, e, n),
            Nu(e),
            a & 512 && (H || r === null || Al(r, r.return)),
            a & 64 &&
              V &&
              ((e = e.updateQueue),
              e !== null &&
                ((t = e.callbacks),
                t !== null && ((n = e.shared.hiddenCallbacks), (e.shared.hiddenCallbacks = n === null ? t : n.concat(t))))));
          break;
        case 26:
          if (((o = ju), Au(t, e, n), Nu(e), a & 512 && (H || r === null || Al(r, r.return)), a & 4)) {
            if (((a = r === null ? null : r.memoizedState), (n = e.memoizedState), r === null)) {
              if (n === null) {
                if (e.stateNode === null) {
                  if (V) e.stateNode = fp(e.type, e.memoizedProps, t.containerInfo, e);
                  else {
                    e: {
                      ((t = e.type), (n = e.memoizedProps), (a = o.ownerDocument || o));
                      t: switch (t) {
                        case `title`:
                          ((r = a.getElementsByTagName(`title`)[0]),
                            (!r || r[zt] || r[Mt] || r.namespaceURI === `http://www.w3.org/2000/svg` || r.hasAttribute(`itemprop`)) &&
                              ((r = a.createElement(t)), a.head.insertBefore(r, a.querySelector(`head > title`))),
                            np(r, t, n),
                            (r[Mt] = e),
                            k(r),
                            (t = r));
                          break e;
                        case `link`:
                          if ((o = Gm(`link`, `href`, a).get(t + (n.href || ``)))) {
                            for (s = 0; s < o.length; s++)
                              if (
                                ((r = o[s]),
                                r.getAttribute(`href`) === (n.href == null || n.href === `` ? null : n.href) &&
                                  r.getAttribute(`rel`) === (n.rel == null ? null : n.rel) &&
                                  r.getAttribute(`title`) === (n.title == null ? null : n.title) &&
                                  r.getAttribute(`crossorigin`) === (n.crossOrigin == null ? null : n.crossOrigin))
                              ) {
                                o.splice(s, 1);
                                break t;
                              }
                          }
                          ((r = a.createElement(t)), np(r, t, n), a.head.appendChild(r));
                          break;
                        case `meta`:
                          if ((o = Gm(`meta`, `content`, a).get(t + (n.content || ``)))) {
                            for (s = 0; s < o.length; s++)
                              if (
                                ((r = o[s]),
                                r.getAttribute(`content`) === (n.content == null ? null : `` + n.content) &&
                                  r.getAttribute(`name`) === (n.name == null ? null : n.name) &&
                                  r.getAttribute(`property`) === (n.property == null ? null : n.property) &&
                                  r.getAttribute(`http-equiv`) === (n.httpEquiv == null ? null : n.httpEquiv) &&
                                  r.getAttribute(`charset`) === (n.charSet == null ? null : n.charSet))
                              ) {
                                o.splice(s, 1);
                                break t;
                              }
                          }
                          ((r = a.createElement(t)), np(r, t, n), a.head.appendChild(r));
                          break;
                        default:
                          throw Error(i(468, t));
                      }
                      ((r[Mt] = e), k(r), (t = r));
                    }
                    e.stateNode = t;
                  }
                } else V || Km(o, e.type, e.stateNode);
              } else e.stateNode = Bm(o, n, e.memoizedProps);
            } else
              a === n
                ? n === null && e.stateNode !== null && Ll(e, e.memoizedProps, r.memoizedProps)
                : (a === null ? ((t = r.stateNode), t === null || H || t.parentNode.removeChild(t)) : a.count--,
                  n === null ? V || Km(o, e.type, e.stateNode) : Bm(o, n, e.memoizedProps));
          }
          break;
        case 27:
          (Au(t, e, n),
            Nu(e),
            a & 512 && (H || r === null || Al(r, r.return)),
            r !== null && a & 4 && Ll(e, e.memoizedProps, r.memoizedProps));
          break;
        case 5:
          if (((o = cu), (cu = !1), Au(t, e, n), (cu = o), Nu(e), a & 512 && (H || r === null || Al(r, r.return)), e.flags & 32)) {
            t = e.stateNode;
            try {
              (yn(t, ``), (A = !0));
            } catch (t) {
              Z(e, e.return, t);
            }
          }
          (a & 4 && e.stateNode != null && ((t = e.memoizedProps), Ll(e, t, r === null ? t : r.memoizedProps)), a & 1024 && (lu = !0));
          break;
        case 6:
          if ((Au(t, e, n), Nu(e), a & 4)) {
            if (e.stateNode === null) throw Error(i(162));
            ((t = e.memoizedProps), (n = e.stateNode));
            try {
              ((n.nodeValue = t), (A = !0));
            } catch (t) {
              Z(e, e.return, t);
            }
          }
          break;
        case 3:
          if (
            ((A = !1),
            (Wm = null),
            (o = ju),
            (ju = bm(t.containerInfo)),
            Au(t, e, n),
            (ju = o),
            Nu(e),
            a & 4 && r !== null && r.memoizedState.isDehydrated)
          )
            try {
              Hh(t.containerInfo);
            } catch (t) {
              Z(e, e.return, t);
            }
          (lu && ((lu = !1), Pu(e)), (A = !1));
          break;
        case 4:
          ((a = cu),
            (cu = V),
            (r = tn()),
            (o = ju),
            (ju = bm(e.stateNode.containerInfo)),
            Au(t, e, n),
            Nu(e),
            (ju = o),
            A && pu && (mu = !0),
            (A = r),
            (cu = a));
          break;
        case 12:
          (Au(t, e, n), Nu(e));
          break;
        case 31:
          (Au(t, e, n), Nu(e), a & 4 && ((t = e.updateQueue), t !== null && ((e.updateQueue = null), ku(e, t))));
          break;
        case 13:
          (Au(t, e, n),
            Nu(e),
            e.child.flags & 8192 && (e.memoizedState !== null) != (r !== null && r.memoizedState !== null) && (hd = Xe()),
            a & 4 && ((t = e.updateQueue), t !== null && ((e.updateQueue = null), ku(e, t))));
          break;
        case 22:
          ((o = e.memoizedState !== null), (s = r !== null && r.memoizedState !== null));
          var c = V,
            l = H,
            u = cu;
          ((V = c || o),
            (cu = u || o),
            (H = l || s),
            Au(t, e, n),
            (H = l),
            (cu = u),
            (V = c),
            Nu(e),
            a & 8192 &&
              ((t = e.stateNode),
              (t._visibility = o ? t._visibility & -2 : t._visibility | 1),
              !o || r === null || s || V || H || ((t = s || H), (n = V), (r = H), (V = o || V), (H = t), Ru(e, 2), (V = n), (H = r)),
              (!o && cu) || yu(e, o)),
            a & 4 && ((t = e.updateQueue), t !== null && ((n = t.retryQueue), n !== null && ((t.retryQueue = null), ku(e, n)))));
          break;
        case 19:
          (Au(t, e, n), Nu(e), a & 4 && ((t = e.updateQueue), t !== null && ((e.updateQueue = null), ku(e, t))));
          break;
        case 30:
          (a & 512 && (H || r === null || Al(r, r.return)),
            (a = tn()),
            (o = pu),
            (s = (n & 335544064) === n),
            (c = e.memoizedProps),
            (pu = s && Oi(c.default, c.update) !== `none`),
            Au(t, e, n),
            Nu(e),
            s && r !== null && A && (e.flags |= 4),
            (pu = o),
            (A = a));
          break;
        case 21:
          break;
        case 7:
          (a & 512 && (H || r === null || Al(r, r.return)), r && r.stateNode !== null && (r.stateNode._fragmentFiber = e));
        default:
          (Au(t, e, n), Nu(e));
      }
    }
    function Nu(e) {
      var t = e.flags;
      if (t & 2) {
        try {
          for (var n, r = e.return; r !== null;) {
            if (Rl(r)) {
              n = r;
              break;
            }
            r = r.return;
          }
          r = null;
          for (var a = e.return; a !== null;) {
            if (Fl(a)) {
              var o = a.stateNode;
              r === null ? (r = [o]) : r.push(o);
            }
            if (Pl(a)) break;
            a = a.return;
          }
          var s = r;
          if (n == null) throw Error(i(160));
          switch (n.tag) {
            case 27:
              var c = n.stateNode;
              Vl(e, zl(e), c, s);
              break;
            case 5:
              var l = n.stateNode;
              (n.flags & 32 && (yn(l, ``), (n.flags &= -33)), Vl(e, zl(e), l, s));
              break;
            case 3:
            case 4:
              var u = n.stateNode.containerInfo;
              Bl(e, zl(e), u, s);
              break;
            default:
              throw Error(i(161));
          }
        } catch (t) {
          Z(e, e.return, t);
        }
        e.flags &= -3;
      }
      t & 4096 && (e.flags &= -4097);
    }
    function Pu(e) {
      if (e.subtreeFlags & 1024)
        for (e = e.child; e !== null;) {
          var t = e;
          (Pu(t), t.tag === 5 && t.flags & 1024 && ((t = t.stateNode), (gh = !0), t.reset(), (gh = !1)), (e = e.sibling));
        }
    }
    function Fu(e, t) {
      if (t.subtreeFlags & 9270) for (t = t.child; t !== null;) (Iu(t, e), (t = t.sibling));
      else su(t, !1);
    }
    function Iu(e, t) {
      var n = e.alternate;
      if (n === null) $l(e, !1);
      else
        switch (e.tag) {
          case 3:
            if (((hu = fu = !1), ql(), Fu(t, e), !fu && !mu)) {
              if (((e = Kl), e !== null))
                for (var r = 0; r < e.length; r += 3) {
                  n = e[r];
                  var i = e[r + 1];
                  (Ep(n, e[r + 2]),
                    (n = n.ownerDocument.documentElement),
                    n !== null &&
                      n.animate(
                        { opacity: [0, 0], pointerEvents: [`none`, `none`] },
                        { duration: 0, fill: `forwards`, pseudoElement: `::view-transition-group(` + i + `)` },
                      ));
                }
              ((e = t.containerInfo),
                (e = e.nodeType === 9 ? e.documentElement : e.ownerDocument.documentElement),
                e !== null &&
                  e.style.viewTransitionName === `` &&
                  ((e.style.viewTransitionName = `none`),
                  e.animate(
                    { opacity: [0, 0], pointerEvents: [`none`, `none`] },
                    { duration: 0, fill: `forwards`, pseudoElement: `::view-transition-group(root)` },
                  ),
                  e.animate({ width: [0, 0], height: [0, 0] }, { duration: 0, fill: `forwards`, pseudoElement: `::view-transition` })),
                (hu = !0));
            }
            Kl = null;
            break;
          case 5:
            Fu(t, e);
            break;
          case 4:
            ((r = fu), (fu = !1), Fu(t, e), fu && (mu = !0), (fu = r));
            break;
          case 22:
            e.memoizedState === null && (n.memoizedState === null ? Fu(t, e) : $l(e, !1));
            break;
          case 30:
            ((r = fu), (i = ql()), (fu = !1), Fu(t, e), fu && (e.flags |= 4));
            var a = e.memoizedProps,
              o = e.stateNode;
            ((t = Ei(a, o)), (o = Ei(n.memoizedProps, o)));
            var s = Oi(a.default, a.update);
            (s === `none`
              ? (t = !1)
              : ((a = n.memoizedState),
                (n.memoizedState = null),
                (n = e.child),
                (Jl = 0),
                (t = ou(e, n, t, o, s, a, !0)),
                Jl !== (a === null ? 0 : a.length) && (e.flags |= 32)),
              e.flags & 4 && t ? (Nd(e, e.memoizedProps.onUpdate), (Kl = i)) : i !== null && (i.push.apply(i, Kl), (Kl = i)),
              (fu = e.flags & 32 ? !0 : r));
            break;
          default:
            Fu(t, e);
        }
    }
    function Lu(e, t) {
      if (t.subtreeFlags & 8772) for (t = t.child; t !== null;) (vu(e, t.alternate, t), (t = t.sibling));
    }
    function Ru(e, t) {
      for (e = e.child; e !== null;) {
        var n = e,
          r = t;
        switch (n.tag) {
          case 0:
          case 11:
          case 14:
          case 15:
            (El(4, n, n.return), Ru(n, r));
            break;
          case 1:
            Al(n, n.return);
            var i = n.stateNode;
            (typeof i.componentWillUnmount == `function` && Ol(n, n.return, i), Ru(n, r));
            break;
          case 27:
            r & 2 && gm(n.stateNode, n.type, n.memoizedProps);
          case 5:
            (Al(n, n.return), (n.tag !== 5 && n.tag !== 27) || Nl(n), Ru(n, r));
            break;
          case 6:
            Nl(n);
            break;
          case 26:
            (Al(n, n.return), (i = n.stateNode), n.memoizedState !== null || i === null || H || i.parentNode.removeChild(i), Ru(n, r));
            break;
          case 22:
            n.memoizedState === null && Ru(n, r);
            break;
          case 30:
            (Al(n, n.return), Ru(n, r));
            break;
          case 7:
            Al(n, n.return);
          default:
            Ru(n, r);
        }
        e = e.sibling;
      }
    }
    function zu(e, t, n) {
      for (n = t.subtreeFlags & 8772 ? n : n & -2, t = t.child; t !== null;) {
        var r = t.alternate,
          i = e,
          a = t,
          o = a.flags,
          s = !!(n & 1);
        switch (a.tag) {
          case 0:
          case 11:
          case 15:
            (zu(i, a, n), Tl(4, a));
            break;
          case 1:
            if ((zu(i, a, n), (r = a), (i = r.stateNode), typeof i.componentDidMount == `function`))
              try {
                i.componentDidMount();
              } catch (e) {
                Z(r, r.return, e);
              }
            if (((r = a), (i = r.updateQueue), i !== null)) {
              var c = r.stateNode;
              try {
                var l = i.shared.hiddenCallbacks;
                if (l !== null) for (i.shared.hiddenCallbacks = null, i = 0; i < l.length; i++) jo(l[i], c);
              } catch (e) {
                Z(r, r.return, e);
              }
            }
            (s && o & 64 && Dl(a), kl(a, a.return));
            break;
          case 27:
            n & 2 && Hl(a);
          case 5:
            ((a.tag !== 5 && a.tag !== 27) || Ml(a), zu(i, a, n), s && r === null && o & 4 && Il(a), kl(a, a.return));
            break;
          case 6:
            Ml(a);
            break;
          case 26:
            ((c = a.stateNode),
              a.memoizedState !== null || c === null || V || Km(bm(c.ownerDocument), a.type, c),
              zu(i, a, n),
              s && r === null && o & 4 && Il(a),
              kl(a, a.return));
            break;
          case 12:
            zu(i, a, n);
            break;
          case 31:
            (zu(i, a, n), s && o & 4 && Eu(i, a));
            break;
          case 13:
            (zu(i, a, n), s && o & 4 && Du(i, a));
            break;
          case 22:
            (a.memoizedState === null && zu(i, a, n), kl(a, a.return));
            break;
          case 30:
            (zu(i, a, n), kl(a, a.return));
            break;
          case 7:
            kl(a, a.return);
          default:
            zu(i, a, n);
        }
        t = t.sibling;
      }
    }
    function Bu(e, t) {
      var n = null;
      (e !== null && e.memoizedState !== null && e.memoizedState.cachePool !== null && (n = e.memoizedState.cachePool.pool),
        (e = null),
        t.memoizedState !== null && t.memoizedState.cachePool !== null && (e = t.memoizedState.cachePool.pool),
        e !== n && (e != null && e.refCount++, n != null && Ba(n)));
    }
    function Vu(e, t) {
      ((e = null),
        t.alternate !== null && (e = t.alternate.memoizedState.cache),
        (t = t.memoizedState.cache),
        t !== e && (t.refCount++, e != null && Ba(e)));
    }
    function Hu(e, t, n, r) {
      var i = (n & 335544064) === n;
      if (t.subtreeFlags & (i ? 10262 : 10256)) for (t = t.child; t !== null;) (Uu(e, t, n, r), (t = t.sibling));
      else i && au(t);
    }
    function Uu(e, t, n, r) {
      var i = (n & 335544064) === n;
      i && t.alternate === null && t.return !== null && t.return.alternate !== null && iu(t);
      var a = t.flags;
      switch (t.tag) {
        case 0:
        case 11:
        case 15:
          (Hu(e, t, n, r), a & 2048 && Tl(9, t));
          break;
        case 1:
          Hu(e, t, n, r);
          break;
        case 3:
          (Hu(e, t, n, r),
            i &&
              hu &&
              ((e = e.containerInfo),
              (e = e.nodeType === 9 ? e.body : e.nodeName === `HTML` ? e.ownerDocument.body : e),
              e.style.viewTransitionName === `root` && (e.style.viewTransitionName = ``),
              (e = e.ownerDocument.documentElement),
              e !== null && e.style.viewTransitionName === `none` && (e.style.viewTransitionName = ``)),
            a & 2048 &&
              ((a = null),
              t.alternate !== null && (a = t.alternate.memoizedState.cache),
              (t = t.memoizedState.cache),
              t !== a && (t.refCount++, a != null && Ba(a))));
          break;
        case 12:
          if (a & 2048) {
            (Hu(e, t, n, r), (a = t.stateNode));
            try {
              var o = t.memoizedProps,
                s = o.id,
                c = o.onPostCommit;
              typeof c == `function` && c(s, t.alternate === null ? `mount` : `update`, a.passiveEffectDuration, -0);
            } catch (e) {
              Z(t, t.return, e);
            }
          } else Hu(e, t, n, r);
          break;
        case 31:
        case 13:
          Hu(e, t, n, r);
          break;
        case 23:
          break;
        case 22:
          ((o = t.stateNode),
            (s = t.alternate),
            t.memoizedState === null
              ? (i && s !== null && s.memoizedState !== null && iu(t),
                o._visibility & 2 ? Hu(e, t, n, r) : ((o._visibility |= 2), Wu(e, t, n, r, !!(t.subtreeFlags & 10256) || !1)))
              : (i && s !== null && s.memoizedState === null && iu(s), o._visibility & 2 ? Hu(e, t, n, r) : Gu(e, t)),
            a & 2048 && Bu(s, t));
          break;
        case 24:
          (Hu(e, t, n, r), a & 2048 && Vu(t.alternate, t));
          break;
        case 30:
          (i && ((a = t.alternate), a !== null && (Zl(a.child, !0), Zl(t.child, !0))), Hu(e, t, n, r));
          break;
        default:
          Hu(e, t, n, r);
      }
    }
    function Wu(e, t, n, r, i) {
      for (i &&= !!(t.subtreeFlags & 10256) || !1, t = t.child; t !== null;) {
        var a = e,
          o = t,
          s = n,
          c = r,
          l = o.flags;
        switch (o.tag) {
          case 0:
          case 11:
          case 15:
            (Wu(a, o, s, c, i), Tl(8, o));
            break;
          case 23:
            break;
          case 22:
            var u = o.stateNode;
            (o.memoizedState === null ? ((u._visibility |= 2), Wu(a, o, s, c, i)) : u._visibility & 2 ? Wu(a, o, s, c, i) : Gu(a, o),
              i && l & 2048 && Bu(o.alternate, o));
            break;
          case 24:
            (Wu(a, o, s, c, i), i && l & 2048 && Vu(o.alternate, o));
            break;
          default:
            Wu(a, o, s, c, i);
        }
        t = t.sibling;
      }
    }
    function Gu(e, t) {
      if (t.subtreeFlags & 10256)
        for (t = t.child; t !== null;) {
          var n = e,
            r = t,
            i = r.flags;
          switch (r.tag) {
            case 22:
              (Gu(n, r), i & 2048 && Bu(r.alternate, r));
              break;
            case 24:
              (Gu(n, r), i & 2048 && Vu(r.alternate, r));
              break;
            default:
              Gu(n, r);
          }
          t = t.sibling;
        }
    }
    var Ku = 8192;
    function qu(e, t, n) {
      if (e.subtreeFlags & Ku) for (e = e.child; e !== null;) (Ju(e, t, n), (e = e.sibling));
    }
    function Ju(e, t, n) {
      switch (e.tag) {
        case 26:
          (qu(e, t, n),
            e.flags & Ku &&
              (e.memoizedState === null
                ? ((e = e.stateNode), (t & 335544128) === t && Zm(n, e))
                : Qm(n, ju, e.memoizedState, e.memoizedProps)));
          break;
        case 5:
          (qu(e, t, n), e.flags & Ku && ((e = e.stateNode), (t & 335544128) === t && Zm(n, e)));
          break;
        case 3:
        case 4:
          var r = ju;
          ((ju = bm(e.stateNode.containerInfo)), qu(e, t, n), (ju = r));
          break;
        case 22:
          e.memoizedState === null &&
            ((r = e.alternate), r !== null && r.memoizedState !== null ? ((r = Ku), (Ku = 16777216), qu(e, t, n), (Ku = r)) : qu(e, t, n));
          break;
        case 30:
          if ((e.flags & Ku) !== 0 && ((r = e.memoizedProps.name), r != null && r !== `auto`)) {
            var i = e.stateNode;
            ((i.paired = null), Wl === null && (Wl = new Map()), Wl.set(r, i));
          }
          qu(e, t, n);
          break;
        default:
          qu(e, t, n);
      }
    }
    function Yu(e) {
      var t = e.alternate;
      if (t !== null && ((e = t.child), e !== null)) {
        t.child = null;
        do ((t = e.sibling), (e.sibling = null), (e = t));
        while (e !== null);
      }
    }
    function Xu(e) {
      var t = e.deletions;
      if (e.flags & 16) {
        if (t !== null)
          for (var n = 0; n < t.length; n++) {
            var r = t[n];
            ((du = r), $u(r, e));
          }
        Yu(e);
      }
      if (e.subtreeFlags & 10256) for (e = e.child; e !== null;) (Zu(e), (e = e.sibling));
    }
    function Zu(e) {
      switch (e.tag) {
        case 0:
        case 11:
        case 15:
          (Xu(e), e.flags & 2048 && El(9, e, e.return));
          break;
        case 3:
        case 12:
          Xu(e);
          break;
        case 22:
          var t = e.stateNode;
          e.memoizedState !== null && t._visibility & 2 && (e.return === null || e.return.tag !== 13)
            ? ((t._visibility &= -3), Qu(e))
            : Xu(e);
          break;
        default:
          Xu(e);
      }
    }
    function Qu(e) {
      var t = e.deletions;
      if (e.flags & 16) {
        if (t !== null)
          for (var n = 0; n < t.length; n++) {
            var r = t[n];
            ((du = r), $u(r, e));
          }
        Yu(e);
      }
      for (e = e.child; e !== null;) {
        switch (((t = e), t.tag)) {
          case 0:
          case 11:
          case 15:
            (El(8, t, t.return), Qu(t));
            break;
          case 22:
            ((n = t.stateNode), n._visibility & 2 && ((n._visibility &= -3), Qu(t)));
            break;
          default:
            Qu(t);
        }
        e = e.sibling;
      }
    }
    function $u(e, t) {
      for (; du !== null;) {
        var n = du;
        switch (n.tag) {
          case 0:
          case 11:
          case 15:
            El(8, n, t);
            break;
          case 23:
          case 22:
            if (n.memoizedState !== null && n.memoizedState.cachePool !== null) {
              var r = n.memoizedState.cachePool.pool;
              r != null && r.refCount++;
            }
            break;
          case 24:
            Ba(n.memoizedState.cache);
        }
        if (((r = n.child), r !== null)) ((r.return = n), (du = r));
        else
          for (n = e; du !== null;) {
            r = du;
            var i = r.sibling,
              a = r.return;
            if ((Su(r), r === n)) {
              du = null;
              break;
            }
            if (i !== null) {
              ((i.return = a), (du = i));
              break;
            }
            du = a;
          }
      }
    }
    var ed = {
        getCacheForType: function (e) {
          var t = Na(N),
            n = t.data.get(e);
          return (n === void 0 && ((n = e()), t.data.set(e, n)), n);
        },
        cacheSignal: function () {
          return Na(N).controller.signal;
        },
      },
      td = typeof WeakMap == `function` ? WeakMap : Map,
      W = 0,
      G = null,
      K = null,
      q = 0,
      J = 0,
      nd = null,
      rd = !1,
      id = !1,
      ad = !1,
      od = 0,
      Y = 0,
      sd = 0,
      cd = 0,
      ld = 0,
      ud = 0,
      dd = 0,
      fd = null,
      pd = null,
      md = !1,
      hd = 0,
      gd = 0,
      _d = 1 / 0,
      vd = null,
      yd = null,
      X = 0,
      bd = null,
      xd = null,
      Sd = 0,
      Cd = 0,
      wd = null,
      Td = null,
      Ed = null,
      Dd = null,
      Od = null,
      kd = 0,
      Ad = null;
    function jd() {
      return W & 2 && q !== 0 ? q & -q : w.T === null ? kt() : Pf();
    }
    function Md() {
      if (ud === 0) {
        if (!(q & 536870912) || M) {
          var e = pt;
          ((pt <<= 1), !(pt & 3932160) && (pt = 262144), (ud = e));
        } else ud = 536870912;
      }
      return ((e = Ro.current), e !== null && (e.flags |= 32), ud);
    }
    function Nd(e, t) {
      if (t != null) {
        var n = e.stateNode,
          r = n.ref;
        (r === null && (r = n.ref = Pp(Ei(e.memoizedProps, n))), Dd === null && (Dd = []), Dd.push(t.bind(null, r)));
      }
    }
    function Pd(e, t, n) {
      (((e === G && (J === 2 || J === 9)) || e.cancelPendingCommit !== null) && (Vd(e, 0), Rd(e, q, ud, !1)),
        St(e, n),
        (W & 2 && e === G) || (e === G && (!(W & 2) && (cd |= n), Y === 4 && Rd(e, q, ud, !1)), Ef(e)));
    }
    function Fd(e, t, n) {
      if (W & 6) throw Error(i(327));
      var r = (!n && !(t & 127) && (t & e.expiredLanes) === 0) || _t(e, t),
        a = r ? Yd(e, t) : qd(e, t, !0),
        o = r;
      do {
        if (a === 0) {
          id && !r && Rd(e, t, 0, !1);
          break;
        }
        if (((n = e.current.alternate), o && !Ld(n))) ((a = qd(e, t, !1)), (o = !1));
        else {
          if (a === 2) {
            if (((o = t), e.errorRecoveryDisabledLanes & o)) var s = 0;
            else ((s = e.pendingLanes & -536870913), (s = s === 0 ? (s & 536870912 ? 536870912 : 0) : s));
            if (s !== 0) {
              t = s;
              e: {
                var c = e;
                a = fd;
                var l = c.current.memoizedState.isDehydrated;
                if ((l && (Vd(c, s).flags |= 256), (s = qd(c, s, !1)), s !== 2 && s !== 6)) {
                  if (ad && !l) {
                    ((c.errorRecoveryDisabledLanes |= o), (cd |= o), (a = 4));
                    break e;
                  }
                  ((o = pd), (pd = a), o !== null && (pd === null ? (pd = o) : pd.push.apply(pd, o)));
                }
                a = s;
              }
              if (((o = !1), a !== 2)) continue;
            }
          }
          if (a === 1) {
            (Vd(e, 0), Rd(e, t, 0, !0));
            break;
          }
          e: {
            switch (((r = e), (o = a), o)) {
              case 0:
              case 1:
                throw Error(i(345));
              case 4:
                if ((t & 4194048) !== t && (t & 62914560) !== t) break;
              case 6:
                Rd(r, t, ud, !rd);
                break e;
              case 2:
                pd = null;
                break;
              case 3:
              case 5:
                break;
              default:
                throw Error(i(329));
            }
            if ((t & 62914560) === t && ((a = hd + 300 - Xe()), 10 < a)) {
              if ((Rd(r, t, ud, !rd), gt(r, 0, !0) !== 0)) break e;
              ((Sd = t), (r.timeoutHandle = gp(Id.bind(null, r, n, pd, vd, md, t, ud, cd, dd, rd, o, `Throttled`, -0, 0), a)));
              break e;
            }
            Id(r, n, pd, vd, md, t, ud, cd, dd, rd, o, null, -0, 0);
          }
          break;
        }
      } while (1);
      Ef(e);
    }
    function Id(e, t, n, r, i, a, o, s, c, l, u, d, f, p) {
      e.timeoutHandle = -1;
      var m = t.subtreeFlags,
        h = (a & 335544064) === a;
      ((d = null),
        (h || m & 8192 || (m & 16785408) == 16785408) &&
        ((d = {
          stylesheets: null,
          count: 0,
          imgCount: 0,
          imgBytes: 0,
          suspenseyImages: [],
          waitingForImages: !0,
          waitingForViewTransition: !1,
          unsuspend: Dn,
        }),
        (Wl = null),
        Ju(t, a, d),
        h &&
          ((m = d),
          (h = e.containerInfo),
          (h = (h.nodeType === 9 ? h : h.ownerDocument).__reactViewTransition),
          h != null && (m.count++, (m.waitingForViewTransition = !0), (m = nh.bind(m)), h.finished.then(m, m))),
        (m = (a & 62914560) === a ? hd - Xe() : (a & 4194048) === a ? gd - Xe() : 0),
        (m = eh(d, m)),
        m !== null)
          ? ((Sd = a), (e.cancelPendingCommit = m(nf.bind(null, e, t, a, n, r, i, o, s, c, l, u, d, null, f, p))), Rd(e, a, o, !l))
          : nf(e, t, a, n, r, i, o, s, c, l, u, d));
    }
    function Ld(e) {
      for (var t = e; ;) {
        var n = t.tag;
        if ((n === 0 || n === 11 || n === 15) && t.flags & 16384 && ((n = t.updateQueue), n !== null && ((n = n.stores), n !== null)))
          for (var r = 0; r < n.length; r++) {
            var i = n[r],
              a = i.getSnapshot;
            i = i.value;
            try {
              if (!Xr(a(), i)) return !1;
            } catch {
              return !1;
            }
          }
        if (((n = t.child), t.subtreeFlags & 16384 && n !== null)) ((n.return = t), (t = n));
        else {
          if (t === e) break;
          for (; t.sibling === null;) {
            if (t.return === null || t.return === e) return !0;
            t = t.return;
          }
          ((t.sibling.return = t.return), (t = t.sibling));
        }
      }
      return !0;
    }
    function Rd(e, t, n, r) {
      ((t = vt(e, t)),
        (t &= ~ld),
        (t &= ~cd),
        (e.suspendedLanes |= t),
        (e.pingedLanes &= ~t),
        r && (e.warmLanes |= t),
        (r = e.expirationTimes));
      for (var i = t; 0 < i;) {
        var a = 31 - ct(i),
          o = 1 << a;
        ((r[a] = -1), (i &= ~o));
      }
      n !== 0 && wt(e, n, t);
    }
    function zd() {
      return W & 6 ? !0 : (Df(0, !1), !1);
    }
    function Bd() {
      if (K !== null) {
        if (J === 0) var e = K.return;
        else ((e = K), (Ta = wa = null), us(e), (po = null), (mo = 0), (e = K));
        for (; e !== null;) (wl(e.alternate, e), (e = e.return));
        K = null;
      }
    }
    function Vd(e, t) {
      var n = e.timeoutHandle;
      return (
        n !== -1 && ((e.timeoutHandle = -1), _p(n)),
        (n = e.cancelPendingCommit),
        n !== null && ((e.cancelPendingCommit = null), n()),
        (Sd = 0),
        Bd(),
        (G = e),
        (K = n = Ui(e.current, null)),
        (q = t),
        (J = 0),
        (nd = null),
        (rd = !1),
        (id = _t(e, t)),
        (ad = !1),
        (dd = ud = ld = cd = sd = Y = 0),
        (pd = fd = null),
        (md = !1),
        (od = vt(e, t)),
        Ni(),
        n
      );
    }
    function Hd(e, t) {
      ((P = null),
        (w.H = yc),
        t === no || t === io
          ? ((t = uo()), (J = 3))
          : t === ro
            ? ((t = uo()), (J = 4))
            : (J = t === Lc ? 8 : typeof t == `object` && t && typeof t.then == `function` ? 6 : 1),
        (nd = t),
        K === null && ((Y = 1), jc(e, Zi(t, e.current))));
    }
    function Ud() {
      var e = Ro.current;
      return e === null ? !0 : (q & 4194048) === q ? zo === null : (q & 62914560) === q || q & 536870912 ? e === zo : !1;
    }
    function Wd() {
      var e = w.H;
      return ((w.H = yc), e === null ? yc : e);
    }
    function Gd() {
      var e = w.A;
      return ((w.A = ed), e);
    }
    function Kd() {
      ((Y = 4),
        rd || ((q & 4194048) !== q && Ro.current !== null) || (id = !0),
        (!(sd & 0x7ffffff) && !(cd & 0x7ffffff)) || G === null || Rd(G, q, ud, !1));
    }
    function qd(e, t, n) {
      var r = W;
      W |= 2;
      var i = Wd(),
        a = Gd();
      ((G !== e || q !== t) && ((vd = null), Vd(e, t)), (t = !1));
      var o = Y;
      e: do
        try {
          if (J !== 0 && K !== null) {
            var s = K,
              c = nd;
            switch (J) {
              case 8:
                (Bd(), (o = 6));
                break e;
              case 3:
              case 2:
              case 9:
              case 6:
                Ro.current === null && (t = !0);
                var l = J;
                if (((J = 0), (nd = null), $d(e, s, c, l), n && id)) {
                  o = 0;
                  break e;
                }
                break;
              default:
                ((l = J), (J = 0), (nd = null), $d(e, s, c, l));
            }
          }
          (Jd(), (o = Y));
          break;
        } catch (t) {
          Hd(e, t);
        }
      while (1);
      return (t && e.shellSuspendCounter++, (Ta = wa = null), (W = r), (w.H = i), (w.A = a), K === null && ((G = null), (q = 0), Ni()), o);
    }
    function Jd() {
      for (; K !== null;) Zd(K);
    }
    function Yd(e, t) {
      var n = W;
      W |= 2;
      var r = Wd(),
        a = Gd();
      G !== e || q !== t ? ((vd = null), (_d = Xe() + 500), Vd(e, t)) : (id = _t(e, t));
      e: do
        try {
          if (J !== 0 && K !== null) {
            t = K;
            var o = nd;
            t: switch (J) {
              case 1:
                ((J = 0), (nd = null), $d(e, t, o, 1));
                break;
              case 2:
              case 9:
                if (oo(o)) {
                  ((J = 0), (nd = null), Qd(t));
                  break;
                }
                ((t = function () {
                  ((J !== 2 && J !== 9) || G !== e || (J = 7), Ef(e));
                }),
                  o.then(t, t));
                break e;
              case 3:
                J = 7;
                break e;
              case 4:
                J = 5;
                break e;
              case 7:
                oo(o) ? ((J = 0), (nd = null), Qd(t)) : ((J = 0), (nd = null), $d(e, t, o, 7));
                break;
              case 5:
                var s = null;
                switch (K.tag) {
                  case 26:
                    s = K.memoizedState;
                  case 5:
                  case 27:
                    var c = K;
                    if (s ? Ym(s) : c.stateNode.complete) {
                      ((J = 0), (nd = null));
                      var l = c.sibling;
                      if (l !== null) K = l;
                      else {
                        var u = c.return;
                        u === null ? (K = null) : ((K = u), ef(u));
                      }
                      break t;
                    }
                }
                ((J = 0), (nd = null), $d(e, t, o, 5));
                break;
              case 6:
                ((J = 0), (nd = null), $d(e, t, o, 6));
                break;
              case 8:
                (Bd(), (Y = 6));
                break e;
              default:
                throw Error(i(462));
            }
          }
          Xd();
          break;
        } catch (t) {
          Hd(e, t);
        }
      while (1);
      return ((Ta = wa = null), (w.H = r), (w.A = a), (W = n), K === null ? ((G = null), (q = 0), Ni(), Y) : 0);
    }
    function Xd() {
      for (; K !== null && !Je();) Zd(K);
    }
    function Zd(e) {
      var t = gl(e.alternate, e, od);
      ((e.memoizedProps = e.pendingProps), t === null ? ef(e) : (K = t));
    }
    function Qd(e) {
      var t = e,
        n = t.alternate;
      switch (t.tag) {
        case 15:
        case 0:
          t = Xc(n, t, t.pendingProps, t.type, void 0, q);
          break;
        case 11:
          t = Xc(n, t, t.pendingProps, t.type.render, t.ref, q);
          break;
        case 5:
          us(t);
          var r = t;
          r === fa && (M ? (va(r), r.tag === 5 && r.stateNode != null && (j = r.stateNode)) : (va(r), (M = !0)));
        default:
          (wl(n, t), (t = K = Wi(t, od)), (t = gl(n, t, od)));
      }
      ((e.memoizedProps = e.pendingProps), t === null ? ef(e) : (K = t));
    }
    function $d(e, t, n, r) {
      ((Ta = wa = null), us(t), (po = null), (mo = 0));
      var i = t.return;
      try {
        if (Ic(e, i, t, n, q)) {
          ((Y = 1), jc(e, Zi(n, e.current)), (K = null));
          return;
        }
      } catch (t) {
        if (i !== null) throw ((K = i), t);
        ((Y = 1), jc(e, Zi(n, e.current)), (K = null));
        return;
      }
      t.flags & 32768
        ? (M || r === 1
            ? (e = !0)
            : id || q & 536870912
              ? (e = !1)
              : ((rd = e = !0),
                (r === 2 || r === 9 || r === 3 || r === 6) && ((r = Ro.current), r !== null && r.tag === 13 && (r.flags |= 16384))),
          tf(t, e))
        : ef(t);
    }
    function ef(e) {
      var t = e;
      do {
        if (t.flags & 32768) {
          tf(t, rd);
          return;
        }
        e = t.return;
        var n = Sl(t.alternate, t, od);
        if (n !== null) {
          K = n;
          return;
        }
        if (((t = t.sibling), t !== null)) {
          K = t;
          return;
        }
        K = t = e;
      } while (t !== null);
      Y === 0 && (Y = 5);
    }
    function tf(e, t) {
      do {
        var n = Cl(e.alternate, e);
        if (n !== null) {
          ((n.flags &= 32767), (K = n));
          return;
        }
        if (
          ((n = e.return),
          n !== null && ((n.flags |= 32768), (n.subtreeFlags = 0), (n.deletions = null)),
          !t && ((e = e.sibling), e !== null))
        ) {
          K = e;
          return;
        }
        K = e = n;
      } while (e !== null);
      ((Y = 6), (K = null));
    }
    function nf(e, t, n, r, a, o, s, c, l, u, d, f) {
      e.cancelPendingCommit = null;
      do df();
      while (X !== 0);
      if (W & 6) throw Error(i(327));
      if (t !== null) {
        if (t === e.current) throw Error(i(177));
        (e === G && ((K = G = null), (q = 0)), (xd = t), (bd = e), (Sd = n), (wd = a), (Td = r), rf(e, t, n, s, c, l, f));
      }
    }
    function rf(e, t, n, r, i, a, o) {
      var s = t.lanes | t.childLanes;
      if (
        ((Cd = s),
        (s |= Mi),
        Ct(e, n, s, r, i, a),
        (Dd = null),
        (n & 335544064) === n ? ((Od = Ua(e)), (r = 10262)) : ((Od = null), (r = 10256)),
        (t.subtreeFlags & r) !== 0 || (t.flags & r) !== 0
          ? ((e.callbackNode = null),
            (e.callbackPriority = 0),
            yf(et, function () {
              return (ff(), null);
            }))
          : ((e.callbackNode = null), (e.callbackPriority = 0)),
        (Ul = !1),
        (r = !!(t.flags & 13878)),
        t.subtreeFlags & 13878 || r)
      ) {
        ((r = w.T), (w.T = null), (i = T.p), (T.p = 2), (a = W), (W |= 4));
        try {
          gu(e, t, n);
        } finally {
          ((W = a), (T.p = i), (w.T = r));
        }
      }
      ((X = 1), Ul ? (Ed = Mp(o, e.containerInfo, Od, sf, cf, of, lf, ff, af, null, null)) : (sf(), cf(), lf()));
    }
    function af(e) {
      X !== 0 && (0, bd.onRecoverableError)(e, { componentStack: null });
    }
    function of() {
      X === 3 && ((X = 0), Iu(xd, bd), (X = 4));
    }
    function sf() {
      if (X === 1) {
        X = 0;
        var e = bd,
          t = xd,
          n = Sd,
          r = !!(t.flags & 13878);
        if (t.subtreeFlags & 13878 || r) {
          ((r = w.T), (w.T = null));
          var i = T.p;
          T.p = 2;
          var a = W;
          W |= 4;
          try {
            ((pu = mu = !1), Mu(t, e, n), (n = cp));
            var o = ni(e.containerInfo),
              s = n.focusedElem,
              c = n.selectionRange;
            if (o !== s && s && s.ownerDocument && ti(s.ownerDocument.documentElement, s)) {
              if (c !== null && ri(s)) {
                var l = c.start,
                  u = c.end;
                if ((u === void 0 && (u = l), `selectionStart` in s))
                  ((s.selectionStart = l), (s.selectionEnd = Math.min(u, s.value.length)));
                else {
                  var d = s.ownerDocument || document,
                    f = (d && d.defaultView) || window;
                  if (f.getSelection) {
                    var p = f.getSelection(),
                      m = s.textContent.length,
                      h = Math.min(c.start, m),
                      g = c.end === void 0 ? h : Math.min(c.end, m);
                    !p.extend && h > g && ((o = g), (g = h), (h = o));
                    var _ = ei(s, h),
                      v = ei(s, g);
                    if (
                      _ &&
                      v &&
                      (p.rangeCount !== 1 ||
                        p.anchorNode !== _.node ||
                        p.anchorOffset !== _.offset ||
                        p.focusNode !== v.node ||
                        p.focusOffset !== v.offset)
                    ) {
                      var y = d.createRange();
                      (y.setStart(_.node, _.offset),
                        p.removeAllRanges(),
                        h > g ? (p.addRange(y), p.extend(v.node, v.offset)) : (y.setEnd(v.node, v.offset), p.addRange(y)));
                    }
                  }
                }
              }
              for (d = [], p = s; (p = p.parentNode);) p.nodeType === 1 && d.push({ element: p, left: p.scrollLeft, top: p.scrollTop });
              for (typeof s.focus == `function` && s.focus(), s = 0; s < d.length; s++) {
                var b = d[s];
                ((b.element.scrollLeft = b.left), (b.element.scrollTop = b.top));
              }
            }
            ((gh = !!sp), (cp = sp = null));
          } finally {
            ((W = a), (T.p = i), (w.T = r));
          }
        }
        ((e.current = t), (X = 2));
      }
    }
    function cf() {
      if (X === 2) {
        X = 0;
        var e = bd,
          t = xd,
          n = !!(t.flags & 8772);
        if (t.subtreeFlags & 8772 || n) {
          ((n = w.T), (w.T = null));
          var r = T.p;
          T.p = 2;
          var i = W;
          W |= 4;
          try {
            vu(e, t.alternate, t);
          } finally {
            ((W = i), (T.p = r), (w.T = n));
          }
        }
        X = 3;
      }
    }
    function lf() {
      if (X === 4 || X === 3) {
        X = 0;
        var e = Ed;
        ((Ed = null), Ye());
        var t = bd,
          n = xd,
          r = Sd,
          i = Td,
          a = (r & 335544064) === r ? 10262 : 10256;
        if (
          ((n.subtreeFlags & a) !== 0 || (n.flags & a) !== 0 ? (X = 5) : ((X = 0), (xd = bd = null), uf(t, t.pendingLanes)),
          (a = t.pendingLanes),
          a === 0 && (yd = null),
          Ot(r),
          (n = n.stateNode),
          ot && typeof ot.onCommitFiberRoot == `function`)
        )
          try {
            ot.onCommitFiberRoot(at, n, void 0, (n.current.flags & 128) == 128);
          } catch {}
        if (i !== null) {
          ((n = w.T), (a = T.p), (T.p = 2), (w.T = null));
          try {
            for (var o = t.onRecoverableError, s = 0; s < i.length; s++) {
              var c = i[s];
              o(c.value, { componentStack: c.stack });
            }
          } finally {
            ((w.T = n), (T.p = a));
          }
        }
        if (((i = Dd), (o = Od), (Od = null), i !== null && ((Dd = null), o === null && (o = []), e !== null)))
          for (c = 0; c < i.length; c++) ((n = (0, i[c])(o)), n !== void 0 && e.finished.finally(n));
        (Sd & 3 && df(),
          Ef(t),
          (a = t.pendingLanes),
          r & 261930 && a & 42 ? (t === Ad ? kd++ : ((kd = 0), (Ad = t))) : ((kd = 0), (Ad = null)),
          Df(0, !1));
      }
    }
    function uf(e, t) {
      (e.pooledCacheLanes &= t) === 0 && ((t = e.pooledCache), t != null && ((e.pooledCache = null), Ba(t)));
    }
    function df() {
      return (Ed !== null && (Ed.skipTransition(), (Ed = null)), sf(), cf(), lf(), ff());
    }
    function ff() {
      if (X !== 5) return !1;
      var e = bd,
        t = Cd;
      Cd = 0;
      var n = Ot(Sd),
        r = w.T,
        a = T.p;
      try {
        ((T.p = 32 > n ? 32 : n), (w.T = null), (n = wd), (wd = null));
        var o = bd,
          s = Sd;
        if (((X = 0), (xd = bd = null), (Sd = 0), W & 6)) throw Error(i(331));
        var c = W;
        if (((W |= 4), Zu(o.current), Uu(o, o.current, s, n), (W = c), Df(0, !1), ot && typeof ot.onPostCommitFiberRoot == `function`))
          try {
            ot.onPostCommitFiberRoot(at, o);
          } catch {}
        return !0;
      } finally {
        ((T.p = a), (w.T = r), uf(e, t));
      }
    }
    function pf(e, t, n) {
      ((t = Zi(n, t)), (t = Nc(e.stateNode, t, 2)), (e = To(e, t, 2)), e !== null && (St(e, 2), Ef(e)));
    }
    function Z(e, t, n) {
      if (e.tag === 3) pf(e, e, n);
      else
        for (; t !== null;) {
          if (t.tag === 3) {
            pf(t, e, n);
            break;
          }
          if (t.tag === 1) {
            var r = t.stateNode;
            if (
              typeof t.type.getDerivedStateFromError == `function` ||
              (typeof r.componentDidCatch == `function` && (yd === null || !yd.has(r)))
            ) {
              ((e = Zi(n, e)), (n = Pc(2)), (r = To(t, n, 2)), r !== null && (Fc(n, r, t, e), St(r, 2), Ef(r)));
              break;
            }
          }
          t = t.return;
        }
    }
    function mf(e, t, n) {
      var r = e.pingCache;
      if (r === null) {
        r = e.pingCache = new td();
        var i = new Set();
        r.set(t, i);
      } else ((i = r.get(t)), i === void 0 && ((i = new Set()), r.set(t, i)));
      i.has(n) || ((ad = !0), i.add(n), (e = hf.bind(null, e, t, n)), t.then(e, e));
    }
    function hf(e, t, n) {
      var r = e.pingCache;
      (r !== null && r.delete(t),
        (e.pingedLanes |= e.suspendedLanes & n),
        (e.warmLanes &= ~n),
        G === e &&
          (q & n) === n &&
          (Y === 4 || (Y === 3 && (q & 62914560) === q && 300 > Xe() - hd) ? (W & 2 ? (ld |= n) : Vd(e, 0)) : (ld |= n),
          dd === q && (dd = 0)),
        Ef(e));
    }
    function gf(e, t) {
      (t === 0 && (t = bt()), (e = Ii(e, t)), e !== null && (St(e, t), Ef(e)));
    }
    function _f(e) {
      var t = e.memoizedState,
        n = 0;
      (t !== null && (n = t.retryLane), gf(e, n));
    }
    function vf(e, t) {
      var n = 0;
      switch (e.tag) {
        case 31:
        case 13:
          var r = e.stateNode,
            a = e.memoizedState;
          a !== null && (n = a.retryLane);
          break;
        case 19:
          r = e.stateNode;
          break;
        case 22:
          r = e.stateNode._retryCache;
          break;
        default:
          throw Error(i(314));
      }
      (r !== null && r.delete(t), gf(e, n));
    }
    function yf(e, t) {
      return Ke(e, t);
    }
    var bf = null,
      xf = null,
      Sf = !1,
      Cf = !1,
      wf = !1,
      Tf = 0;
    function Ef(e) {
      (e !== xf && e.next === null && (xf === null ? (bf = xf = e) : (xf = xf.next = e)), (Cf = !0), Sf || ((Sf = !0), Nf()));
    }
    function Df(e, t) {
      if (!wf && Cf) {
        wf = !0;
        do
          for (var n = !1, r = bf; r !== null;) {
            if (!t) {
              if (e !== 0) {
                var i = r.pendingLanes;
                if (i === 0) var a = 0;
                else {
                  var o = r.suspendedLanes,
                    s = r.pingedLanes;
                  ((a = (1 << (31 - ct(42 | e) + 1)) - 1), (a &= i & ~(o & ~s)), (a = a & 0xc000095 ? (a & 0xc000095) | 1 : a ? a | 2 : 0));
                }
                a !== 0 && ((n = !0), Mf(r, a));
              } else
                ((a = q),
                  (a = gt(r, r === G ? a : 0, r.cancelPendingCommit !== null || r.timeoutHandle !== -1)),
                  !(a & 3) || _t(r, a) || ((n = !0), Mf(r, a)));
            }
            r = r.next;
          }
        while (n);
        wf = !1;
      }
    }
    function Of() {
      kf();
    }
    function kf() {
      Cf = Sf = !1;
      var e = 0;
      Tf !== 0 && hp() && (e = Tf);
      for (var t = Xe(), n = null, r = bf; r !== null;) {
        var i = r.next,
          a = Af(r, t);
        (a === 0
          ? ((r.next = null), n === null ? (bf = i) : (n.next = i), i === null && (xf = n))
          : ((n = r), (e !== 0 || a & 3) && (Cf = !0)),
          (r = i));
      }
      ((X !== 0 && X !== 5) || Df(e, !1), Tf !== 0 && (Tf = 0));
    }
    function Af(e, t) {
      for (var n = e.suspendedLanes, r = e.pingedLanes, i = e.expirationTimes, a = e.pendingLanes & -62914561; 0 < a;) {
        var o = 31 - ct(a),
          s = 1 << o,
          c = i[o];
        (c === -1 ? ((s & n) === 0 || (s & r) !== 0) && (i[o] = yt(s, t)) : c <= t && (e.expiredLanes |= s), (a &= ~s));
      }
      if (
        ((t = G),
        (n = q),
        (n = gt(e, e === t ? n : 0, e.cancelPendingCommit !== null || e.timeoutHandle !== -1)),
        (r = e.callbackNode),
        n === 0 || (e === t && (J === 2 || J === 9)) || e.cancelPendingCommit !== null)
      )
        return (r !== null && r !== null && qe(r), (e.callbackNode = null), (e.callbackPriority = 0));
      if (!(n & 3) || _t(e, n)) {
        if (((t = n & -n), t === e.callbackPriority)) return t;
        switch ((r !== null && qe(r), Ot(n))) {
          case 2:
          case 8:
            n = $e;
            break;
          case 32:
            n = et;
            break;
          case 268435456:
            n = nt;
            break;
          default:
            n = et;
        }
        return ((r = jf.bind(null, e)), (n = Ke(n, r)), (e.callbackPriority = t), (e.callbackNode = n), t);
      }
      return (r !== null && r !== null && qe(r), (e.callbackPriority = 2), (e.callbackNode = null), 2);
    }
    function jf(e, t) {
      if (X !== 0 && X !== 5) return ((e.callbackNode = null), (e.callbackPriority = 0), null);
      var n = e.callbackNode;
      if (df() && e.callbackNode !== n) return null;
      var r = q;
      return (
        (r = gt(e, e === G ? r : 0, e.cancelPendingCommit !== null || e.timeoutHandle !== -1)),
        r === 0 ? null : (Fd(e, r, t), Af(e, Xe()), e.callbackNode != null && e.callbackNode === n ? jf.bind(null, e) : null)
      );
    }
    function Mf(e, t) {
      if (df()) return null;
      Fd(e, t, !0);
    }
    function Nf() {
      bp(function () {
        W & 6 ? Ke(Qe, Of) : kf();
      });
    }
    function Pf() {
      if (Tf === 0) {
        var e = Ka;
        (e === 0 && ((e = ft), (ft <<= 1), !(ft & 261888) && (ft = 256)), (Tf = e));
      }
      return Tf;
    }
    function Ff(e) {
      return e == null || typeof e == `symbol` || typeof e == `boolean` ? null : typeof e == `function` ? e : En(e);
    }
    function If(e, t, n, r, i) {
      if (t === `submit` && n && n.stateNode === i) {
        var a = Ff((i[Nt] || null).action),
          o = r.submitter;
        o && ((t = (t = o[Nt] || null) ? Ff(t.formAction) : o.getAttribute(`formAction`)), t !== null && ((a = t), (o = null)));
        var s = new Jn(`action`, `action`, null, r, i);
        e.push({
          event: s,
          listeners: [
            {
              instance: null,
              listener: function () {
                if (r.defaultPrevented) {
                  if (Tf !== 0) {
                    var e = new FormData(i, o);
                    ac(n, { pending: !0, data: e, method: i.method, action: a }, null, e);
                  }
                } else
                  typeof a == `function` &&
                    (s.preventDefault(), (e = new FormData(i, o)), ac(n, { pending: !0, data: e, method: i.method, action: a }, a, e));
              },
              currentTarget: i,
            },
          ],
        });
      }
    }
    for (var Lf = 0; Lf < Ci.length; Lf++) {
      var Rf = Ci[Lf];
      wi(Rf.toLowerCase(), `on` + (Rf[0].toUpperCase() + Rf.slice(1)));
    }
    (wi(hi, `onAnimationEnd`),
      wi(gi, `onAnimationIteration`),
      wi(_i, `onAnimationStart`),
      wi(`dblclick`, `onDoubleClick`),
      wi(`focusin`, `onFocus`),
      wi(`focusout`, `onBlur`),
      wi(vi, `onTransitionRun`),
      wi(yi, `onTransitionStart`),
      wi(bi, `onTransitionCancel`),
      wi(xi, `onTransitionEnd`),
      Xt(`onMouseEnter`, [`mouseout`, `mouseover`]),
      Xt(`onMouseLeave`, [`mouseout`, `mouseover`]),
      Xt(`onPointerEnter`, [`pointerout`, `pointerover`]),
      Xt(`onPointerLeave`, [`pointerout`, `pointerover`]),
      Yt(`onChange`, `change click focusin focusout input keydown keyup selectionchange`.split(` `)),
      Yt(`onSelect`, `focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange`.split(` `)),
      Yt(`onBeforeInput`, [`compositionend`, `keypress`, `textInput`, `paste`]),
      Yt(`onCompositionEnd`, `compositionend focusout keydown keypress keyup mousedown`.split(` `)),
      Yt(`onCompositionStart`, `compositionstart focusout keydown keypress keyup mousedown`.split(` `)),
      Yt(`onCompositionUpdate`, `compositionupdate focusout keydown keypress keyup mousedown`.split(` `)));
    var zf =
        `abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting`.split(
          ` `,
        ),
      Bf = new Set(`beforetoggle cancel close invalid load scroll scrollend toggle`.split(` `).concat(zf));
    function Vf(e, t) {
      t = !!(t & 4);
      for (var n = 0; n < e.length; n++) {
        var r = e[n],
          i = r.event;
        r = r.listeners;
        e: {
          var a = void 0;
          if (t)
            for (var o = r.length - 1; 0 <= o; o--) {
              var s = r[o],
                c = s.instance,
                l = s.currentTarget;
              if (((s = s.listener), c !== a && i.isPropagationStopped())) break e;
              ((a = s), (i.currentTarget = l));
              try {
                a(i);
              } catch (e) {
                ki(e);
              }
              ((i.currentTarget = null), (a = c));
            }
          else
            for (o = 0; o < r.length; o++) {
              if (((s = r[o]), (c = s.instance), (l = s.currentTarget), (s = s.listener), c !== a && i.isPropagationStopped())) break e;
              ((a = s), (i.currentTarget = l));
              try {
                a(i);
              } catch (e) {
                ki(e);
              }
              ((i.currentTarget = null), (a = c));
            }
        }
      }
    }
    function Q(e, t) {
      var n = t[Ft];
      n === void 0 && (n = t[Ft] = new Set());
      var r = e + `__bubble`;
      n.has(r) || (Gf(t, e, 2, !1), n.add(r));
    }
    function Hf(e, t, n) {
      var r = 0;
      (t && (r |= 4), Gf(n, e, r, t));
    }
    var Uf = `_reactListening` + Math.random().toString(36).slice(2);
    function Wf(e) {
      if (!e[Uf]) {
        ((e[Uf] = !0),
          qt.forEach(function (t) {
            t !== `selectionchange` && (Bf.has(t) || Hf(t, !1, e), Hf(t, !0, e));
          }));
        var t = e.nodeType === 9 ? e : e.ownerDocument;
        t === null || t[Uf] || ((t[Uf] = !0), Hf(`selectionchange`, !1, t));
      }
    }
    function Gf(e, t, n, r) {
      switch (Ch(t)) {
        case 2:
          var i = _h;
          break;
        case 8:
          i = vh;
          break;
        default:
          i = yh;
      }
      ((n = i.bind(null, t, n, e)),
        (i = void 0),
        !Ln || (t !== `touchstart` && t !== `touchmove` && t !== `wheel`) || (i = !0),
        r
          ? i === void 0
            ? e.addEventListener(t, n, !0)
            : e.addEventListener(t, n, { capture: !0, passive: i })
          : i === void 0
            ? e.addEventListener(t, n, !1)
            : e.addEventListener(t, n, { passive: i }));
    }
    function Kf(e, t, n, r, i) {
      var a = r;
      if (!(t & 1) && !(t & 2) && r !== null)
        e: for (;;) {
          if (r === null) return;
          var s = r.tag;
          if (s === 3 || s === 4) {
            var c = r.stateNode.containerInfo;
            if (c === i) break;
            if (s === 4)
              for (s = r.return; s !== null;) {
                var l = s.tag;
                if ((l === 3 || l === 4) && s.stateNode.containerInfo === i) return;
                s = s.return;
              }
            for (; c !== null;) {
              if (((s = Ht(c)), s === null)) return;
              if (((l = s.tag), l === 5 || l === 6 || l === 26 || l === 27)) {
                r = a = s;
                continue e;
              }
              c = c.parentNode;
            }
          }
          r = r.return;
        }
      Pn(function () {
        var r = a,
          i = kn(n),
          s = [];
        e: {
          var c = Si.get(e);
          if (c !== void 0) {
            var l = Jn,
              u = e;
            switch (e) {
              case `keypress`:
                if (Un(n) === 0) break e;
              case `keydown`:
              case `keyup`:
                l = fr;
                break;
              case `focusin`:
                ((u = `focus`), (l = rr));
                break;
              case `focusout`:
                ((u = `blur`), (l = rr));
                break;
              case `beforeblur`:
              case `afterblur`:
                l = rr;
                break;
              case `click`:
                if (n.button === 2) break e;
              case `auxclick`:
              case `dblclick`:
              case `mousedown`:
              case `mousemove`:
              case `mouseup`:
              case `mouseout`:
              case `mouseover`:
              case `contextmenu`:
                l = tr;
                break;
              case `drag`:
              case `dragend`:
              case `dragenter`:
              case `dragexit`:
              case `dragleave`:
              case `dragover`:
              case `dragstart`:
              case `drop`:
                l = nr;
                break;
              case `touchcancel`:
              case `touchend`:
              case `touchmove`:
              case `touchstart`:
                l = hr;
                break;
              case hi:
              case gi:
              case _i:
                l = ir;
                break;
              case xi:
                l = gr;
                break;
              case `scroll`:
              case `scrollend`:
                l = Xn;
                break;
              case `wheel`:
                l = _r;
                break;
              case `copy`:
              case `cut`:
              case `paste`:
                l = ar;
                break;
              case `gotpointercapture`:
              case `lostpointercapture`:
              case `pointercancel`:
              case `pointerdown`:
              case `pointermove`:
              case `pointerout`:
              case `pointerover`:
              case `pointerup`:
                l = pr;
                break;
              case `submit`:
                l = mr;
                break;
              case `toggle`:
              case `beforetoggle`:
                l = vr;
            }
            var d = !!(t & 4),
              f = !d && (e === `scroll` || e === `scrollend`),
              p = d ? (c === null ? null : c + `Capture`) : c;
            d = [];
            for (var m = r, h; m !== null;) {
              var g = m;
              if (
                ((h = g.stateNode),
                (g = g.tag),
                (g !== 5 && g !== 26 && g !== 27) || h === null || p === null || ((g = Fn(m, p)), g != null && d.push(qf(m, g, h))),
                f)
              )
                break;
              m = m.return;
            }
            0 < d.length && ((c = new l(c, u, null, n, i)), s.push({ event: c, listeners: d }));
          }
        }
        if (!(t & 7)) {
          e: {
            if (
              ((l = e === `mouseover` || e === `pointerover`),
              (c = e === `mouseout` || e === `pointerout`),
              l && n !== On && (u = n.relatedTarget || n.fromElement) && (Ht(u) || u[Pt]))
            )
              break e;
            (c || l) &&
              ((u = i.window === i ? i : (l = i.ownerDocument) ? l.defaultView || l.parentWindow : window),
              c
                ? ((l = n.relatedTarget || n.toElement),
                  (c = r),
                  (l = l ? Ht(l) : null),
                  l !== null && ((f = o(l)), (d = l.tag), l !== f || (d !== 5 && d !== 27 && d !== 6)) && (l = null))
                : ((c = null), (l = r)),
              c !== l &&
                ((d = tr),
                (g = `onMouseLeave`),
                (p = `onMouseEnter`),
                (m = `mouse`),
                (e === `pointerout` || e === `pointerover`) && ((d = pr), (g = `onPointerLeave`), (p = `onPointerEnter`), (m = `pointer`)),
                (f = c == null ? u : Wt(c)),
                (h = l == null ? u : Wt(l)),
                (u = new d(g, m + `leave`, c, n, i)),
                (u.target = f),
                (u.relatedTarget = h),
                (g = null),
                Ht(i) === r && ((d = new d(p, m + `enter`, l, n, i)), (d.target = h), (d.relatedTarget = f), (g = d)),
                (f = g),
                (d = c && l ? ae(c, l, Yf) : null),
                c !== null && Xf(s, u, c, d, !1),
                l !== null && f !== null && Xf(s, f, l, d, !0)));
          }
          e: {
            if (
              ((c = r ? Wt(r) : window),
              (l = c.nodeName && c.nodeName.toLowerCase()),
              l === `select` || (l === `input` && c.type === `file`))
            )
              var _ = Rr;
            else if (Mr(c)) {
              if (zr) _ = Jr;
              else {
                _ = Kr;
                var v = Gr;
              }
            } else
              ((l = c.nodeName),
                !l || l.toLowerCase() !== `input` || (c.type !== `checkbox` && c.type !== `radio`)
                  ? r && Cn(r.elementType) && (_ = Rr)
                  : (_ = qr));
            if ((_ &&= _(e, r))) {
              Nr(s, _, n, i);
              break e;
            }
            v && v(e, c, r);
          }
          switch (((v = r ? Wt(r) : window), e)) {
            case `focusin`:
              (Mr(v) || v.contentEditable === `true`) && ((ai = v), (oi = r), (si = null));
              break;
            case `focusout`:
              si = oi = ai = null;
              break;
            case `mousedown`:
              ci = !0;
              break;
            case `contextmenu`:
            case `mouseup`:
            case `dragend`:
              ((ci = !1), li(s, n, i));
              break;
            case `selectionchange`:
              if (ii) break;
            case `keydown`:
            case `keyup`:
              li(s, n, i);
          }
          var y;
          if (br)
            e: {
              switch (e) {
                case `compositionstart`:
                  var b = `onCompositionStart`;
                  break e;
                case `compositionend`:
                  b = `onCompositionEnd`;
                  break e;
                case `compositionupdate`:
                  b = `onCompositionUpdate`;
                  break e;
              }
              b = void 0;
            }
          else Or ? Er(e, n) && (b = `onCompositionEnd`) : e === `keydown` && n.keyCode === 229 && (b = `onCompositionStart`);
          (b &&
            (Cr &&
              n.locale !== `ko` &&
              (Or || b !== `onCompositionStart`
                ? b === `onCompositionEnd` && Or && (y = Hn())
                : ((zn = i), (Bn = `value` in zn ? zn.value : zn.textContent), (Or = !0))),
            (v = Jf(r, b)),
            0 < v.length &&
              ((b = new or(b, e, null, n, i)),
              s.push({ event: b, listeners: v }),
              y ? (b.data = y) : ((y = Dr(n)), y !== null && (b.data = y)))),
            (y = Sr ? kr(e, n) : Ar(e, n)) &&
              ((b = Jf(r, `onBeforeInput`)),
              0 < b.length && ((v = new or(`onBeforeInput`, `beforeinput`, null, n, i)), s.push({ event: v, listeners: b }), (v.data = y))),
            If(s, e, r, n, i));
        }
        Vf(s, t);
      });
    }
    function qf(e, t, n) {
      return { instance: e, listener: t, currentTarget: n };
    }
    function Jf(e, t) {
      for (var n = t + `Capture`, r = []; e !== null;) {
        var i = e,
          a = i.stateNode;
        if (
          ((i = i.tag),
          (i !== 5 && i !== 26 && i !== 27) ||
            a === null ||
            ((i = Fn(e, n)), i != null && r.unshift(qf(e, i, a)), (i = Fn(e, t)), i != null && r.push(qf(e, i, a))),
          e.tag === 3)
        )
          return r;
        e = e.return;
      }
      return [];
    }
    function Yf(e) {
      if (e === null) return null;
      do e = e.return;
      while (e && e.tag !== 5 && e.tag !== 27);
      return e || null;
    }
    function Xf(e, t, n, r, i) {
      for (var a = t._reactName, o = []; n !== null && n !== r;) {
        var s = n,
          c = s.alternate,
          l = s.stateNode;
        if (((s = s.tag), c !== null && c === r)) break;
        ((s !== 5 && s !== 26 && s !== 27) ||
          l === null ||
          ((c = l), i ? ((l = Fn(n, a)), l != null && o.unshift(qf(n, l, c))) : i || ((l = Fn(n, a)), l != null && o.push(qf(n, l, c)))),
          (n = n.return));
      }
      o.length !== 0 && e.push({ event: t, listeners: o });
    }
    var Zf = /\r\n?/g,
      Qf = /\u0000|\uFFFD/g;
    function $f(e) {
      return (typeof e == `string` ? e : `` + e)
        .replace(
          Zf,
          `
`,
        )
        .replace(Qf, ``);
    }
    function ep(e, t) {
      return ((t = $f(t)), $f(e) === t);
    }
    function $(e, t, n, r, a, o) {
      switch (n) {
        case `children`:
          if (typeof r == `string`) t === `body` || (t === `textarea` && r === ``) || yn(e, r);
          else if (typeof r == `number` || typeof r == `bigint`) t !== `body` && yn(e, `` + r);
          else return;
          break;
        case `className`:
          rn(e, `class`, r);
          break;
        case `tabIndex`:
          rn(e, `tabindex`, r);
          break;
        case `dir`:
        case `role`:
        case `viewBox`:
        case `width`:
        case `height`:
          rn(e, n, r);
          break;
        case `style`:
          Sn(e, r, o);
          return;
        case `data`:
          if (t !== `object`) {
            rn(e, `data`, r);
            break;
          }
        case `src`:
        case `href`:
          if (
            (r === `` && (t !== `a` || n !== `href`)) ||
            r == null ||
            typeof r == `function` ||
            typeof r == `symbol` ||
            typeof r == `boolean`
          ) {
            e.removeAttribute(n);
            break;
          }
          ((r = En(r)), e.setAttribute(n, r));
          break;
        case `action`:
        case `formAction`:
          if (typeof r == `function`) {
            e.setAttribute(
              n,
              `javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')`,
            );
            break;
          }
          if (
            (typeof o == `function` &&
              (n === `formAction`
                ? (t !== `input` && $(e, t, `name`, a.name, a, null),
                  $(e, t, `formEncType`, a.formEncType, a, null),
                  $(e, t, `formMethod`, a.formMethod, a, null),
                  $(e, t, `formTarget`, a.formTarget, a, null))
                : ($(e, t, `encType`, a.encType, a, null), $(e, t, `method`, a.method, a, null), $(e, t, `target`, a.target, a, null))),
            r == null || typeof r == `symbol` || typeof r == `boolean`)
          ) {
            e.removeAttribute(n);
            break;
          }
          ((r = En(r)), e.setAttribute(n, r));
          break;
        case `onClick`:
          r != null && (e.onclick = Dn);
          return;
        case `onScroll`:
          r != null && Q(`scroll`, e);
          return;
        case `onScrollEnd`:
          r != null && Q(`scrollend`, e);
          return;
        case `dangerouslySetInnerHTML`:
          if (r != null) {
            if (typeof r != `object` || !(`__html` in r)) throw Error(i(61));
            if (((n = r.__html), n != null)) {
              if (a.children != null) throw Error(i(60));
              o?.__html !== n && (e.innerHTML = n);
            }
          }
          break;
        case `multiple`:
          e.multiple = r && typeof r != `function` && typeof r != `symbol`;
          break;
        case `muted`:
          e.muted = r && typeof r != `function` && typeof r != `symbol`;
          break;
        case `suppressContentEditableWarning`:
        case `suppressHydrationWarning`:
        case `defaultValue`:
        case `defaultChecked`:
        case `innerHTML`:
        case `ref`:
        case `autoFocus`:
          break;
        case `xlinkHref`:
          if (r == null || typeof r == `function` || typeof r == `boolean` || typeof r == `symbol`) {
            e.removeAttribute(`xlink:href`);
            break;
          }
          ((n = En(r)), e.setAttributeNS(`http://www.w3.org/1999/xlink`, `xlink:href`, n));
          break;
        case `contentEditable`:
        case `spellCheck`:
        case `draggable`:
        case `value`:
        case `autoReverse`:
        case `externalResourcesRequired`:
        case `focusable`:
        case `preserveAlpha`:
          r != null && typeof r != `function` && typeof r != `symbol` ? e.setAttribute(n, r) : e.removeAttribute(n);
          break;
        case `inert`:
        case `allowFullScreen`:
        case `async`:
        case `autoPlay`:
        case `controls`:
        case `credentialless`:
        case `default`:
        case `defer`:
        case `disabled`:
        case `disablePictureInPicture`:
        case `disableRemotePlayback`:
        case `formNoValidate`:
        case `hidden`:
        case `loop`:
        case `noModule`:
        case `noValidate`:
        case `open`:
        case `playsInline`:
        case `readOnly`:
        case `required`:
        case `reversed`:
        case `scoped`:
        case `seamless`:
        case `itemScope`:
          r && typeof r != `function` && typeof r != `symbol` ? e.setAttribute(n, ``) : e.removeAttribute(n);
          break;
        case `capture`:
        case `download`:
          !0 === r
            ? e.setAttribute(n, ``)
            : !1 !== r && r != null && typeof r != `function` && typeof r != `symbol`
              ? e.setAttribute(n, r)
              : e.removeAttribute(n);
          break;
        case `cols`:
        case `rows`:
        case `size`:
        case `span`:
          r != null && typeof r != `function` && typeof r != `symbol` && !isNaN(r) && 1 <= r ? e.setAttribute(n, r) : e.removeAttribute(n);
          break;
        case `rowSpan`:
        case `start`:
          r == null || typeof r == `function` || typeof r == `symbol` || isNaN(r) ? e.removeAttribute(n) : e.setAttribute(n, r);
          break;
        case `popover`:
          (Q(`beforetoggle`, e), Q(`toggle`, e), nn(e, `popover`, r));
          break;
        case `xlinkActuate`:
          an(e, `http://www.w3.org/1999/xlink`, `xlink:actuate`, r);
          break;
        case `xlinkArcrole`:
          an(e, `http://www.w3.org/1999/xlink`, `xlink:arcrole`, r);
          break;
        case `xlinkRole`:
          an(e, `http://www.w3.org/1999/xlink`, `xlink:role`, r);
          break;
        case `xlinkShow`:
          an(e, `http://www.w3.org/1999/xlink`, `xlink:show`, r);
          break;
        case `xlinkTitle`:
          an(e, `http://www.w3.org/1999/xlink`, `xlink:title`, r);
          break;
        case `xlinkType`:
          an(e, `http://www.w3.org/1999/xlink`, `xlink:type`, r);
          break;
        case `xmlBase`:
          an(e, `http://www.w3.org/XML/1998/namespace`, `xml:base`, r);
          break;
        case `xmlLang`:
          an(e, `http://www.w3.org/XML/1998/namespace`, `xml:lang`, r);
          break;
        case `xmlSpace`:
          an(e, `http://www.w3.org/XML/1998/namespace`, `xml:space`, r);
          break;
        case `is`:
          nn(e, `is`, r);
          break;
        case `innerText`:
        case `textContent`:
          return;
        default:
          if (!(2 < n.length) || (n[0] !== `o` && n[0] !== `O`) || (n[1] !== `n` && n[1] !== `N`)) ((n = wn.get(n) || n), nn(e, n, r));
          else return;
      }
      A = !0;
    }
    function tp(e, t, n, r, a, o) {
      switch (n) {
        case `style`:
          Sn(e, r, o);
          return;
        case `dangerouslySetInnerHTML`:
          if (r != null) {
            if (typeof r != `object` || !(`__html` in r)) throw Error(i(61));
            if (((n = r.__html), n != null)) {
              if (a.children != null) throw Error(i(60));
              o?.__html !== n && (e.innerHTML = n);
            }
          }
          break;
        case `children`:
          if (typeof r == `string`) yn(e, r);
          else if (typeof r == `number` || typeof r == `bigint`) yn(e, `` + r);
          else return;
          break;
        case `onScroll`:
          r != null && Q(`scroll`, e);
          return;
        case `onScrollEnd`:
          r != null && Q(`scrollend`, e);
          return;
        case `onClick`:
          r != null && (e.onclick = Dn);
          return;
        case `suppressContentEditableWarning`:
        case `suppressHydrationWarning`:
        case `innerHTML`:
        case `ref`:
        case `innerText`:
        case `textContent`:
          return;
        default:
          if (!Jt.hasOwnProperty(n))
            e: {
              if (
                n[0] === `o` &&
                n[1] === `n` &&
                ((a = n.endsWith(`Capture`)),
                (o = n.slice(2, a ? n.length - 7 : void 0)),
                (t = e[Nt] || null),
                (t = t == null ? null : t[n]),
                typeof t == `function` && e.removeEventListener(o, t, a),
                typeof r == `function`)
              ) {
                (typeof t != `function` && t !== null && (n in e ? (e[n] = null) : e.hasAttribute(n) && e.removeAttribute(n)),
                  e.addEventListener(o, r, a));
                break e;
              }
              ((A = !0), n in e ? (e[n] = r) : !0 === r ? e.setAttribute(n, ``) : nn(e, n, r));
            }
          return;
      }
      A = !0;
    }
    function np(e, t, n) {
      switch (t) {
        case `div`:
        case `span`:
        case `svg`:
        case `path`:
        case `a`:
        case `g`:
        case `p`:
        case `li`:
          break;
        case `img`:
          (Q(`error`, e), Q(`load`, e));
          var r = !1,
            a = !1,
            o;
          for (o in n)
            if (n.hasOwnProperty(o)) {
              var s = n[o];
              if (s != null)
                switch (o) {
                  case `src`:
                    r = !0;
                    break;
                  case `srcSet`:
                    a = !0;
                    break;
                  case `children`:
                  case `dangerouslySetInnerHTML`:
                    throw Error(i(137, t));
                  default:
                    $(e, t, o, s, n, null);
                }
            }
          (a && $(e, t, `srcSet`, n.srcSet, n, null), r && $(e, t, `src`, n.src, n, null));
          return;
        case `input`:
          Q(`invalid`, e);
          var c = (o = s = a = null),
            l = null,
            u = null;
          for (r in n)
            if (n.hasOwnProperty(r)) {
              var d = n[r];
              if (d != null)
                switch (r) {
                  case `name`:
                    a = d;
                    break;
                  case `type`:
                    s = d;
                    break;
                  case `checked`:
                    l = d;
                    break;
                  case `defaultChecked`:
                    u = d;
                    break;
                  case `value`:
                    o = d;
                    break;
                  case `defaultValue`:
                    c = d;
                    break;
                  case `children`:
                  case `dangerouslySetInnerHTML`:
                    if (d != null) throw Error(i(137, t));
                    break;
                  default:
                    $(e, t, r, d, n, null);
                }
            }
          mn(e, o, c, l, u, s, a, !1);
          return;
        case `select`:
          for (a in (Q(`invalid`, e), (r = s = o = null), n))
            if (n.hasOwnProperty(a) && ((c = n[a]), c != null))
              switch (a) {
                case `value`:
                  o = c;
                  break;
                case `defaultValue`:
                  s = c;
                  break;
                case `multiple`:
                  r = c;
                default:
                  $(e, t, a, c, n, null);
              }
          ((t = o), (n = s), (e.multiple = !!r), t == null ? n != null && gn(e, !!r, n, !0) : gn(e, !!r, t, !1));
          return;
        case `textarea`:
          for (s in (Q(`invalid`, e), (o = a = r = null), n))
            if (n.hasOwnProperty(s) && ((c = n[s]), c != null))
              switch (s) {
                case `value`:
                  r = c;
                  break;
                case `defaultValue`:
                  a = c;
                  break;
                case `children`:
                  o = c;
                  break;
                case `dangerouslySetInnerHTML`:
                  if (c != null) throw Error(i(91));
                  break;
                default:
                  $(e, t, s, c, n, null);
              }
          vn(e, r, a, o);
          return;
        case `option`:
          for (l in n)
            if (n.hasOwnProperty(l) && ((r = n[l]), r != null))
              switch (l) {
                case `selected`:
                  e.selected = r && typeof r != `function` && typeof r != `symbol`;
                  break;
                default:
                  $(e, t, l, r, n, null);
              }
          return;
        case `dialog`:
          (Q(`beforetoggle`, e), Q(`toggle`, e), Q(`cancel`, e), Q(`close`, e));
          break;
        case `iframe`:
        case `object`:
          Q(`load`, e);
          break;
        case `video`:
        case `audio`:
          for (r = 0; r < zf.length; r++) Q(zf[r], e);
          break;
        case `image`:
          (Q(`error`, e), Q(`load`, e));
          break;
        case `details`:
          Q(`toggle`, e);
          break;
        case `embed`:
        case `source`:
        case `link`:
          (Q(`error`, e), Q(`load`, e));
        case `area`:
        case `base`:
        case `br`:
        case `col`:
        case `hr`:
        case `keygen`:
        case `meta`:
        case `param`:
        case `track`:
        case `wbr`:
        case `menuitem`:
          for (u in n)
            if (n.hasOwnProperty(u) && ((r = n[u]), r != null))
              switch (u) {
                case `children`:
                case `dangerouslySetInnerHTML`:
                  throw Error(i(137, t));
                default:
                  $(e, t, u, r, n, null);
              }
          return;
        default:
          if (Cn(t)) {
            for (d in n) n.hasOwnProperty(d) && ((r = n[d]), r !== void 0 && tp(e, t, d, r, n, void 0));
            return;
          }
      }
      for (c in n) n.hasOwnProperty(c) && ((r = n[c]), r != null && $(e, t, c, r, n, null));
    }
    var rp = {};
    function ip(e, t, n, r) {
      switch (t) {
        case `div`:
        case `span`:
        case `svg`:
        case `path`:
        case `a`:
        case `g`:
        case `p`:
        case `li`:
          break;
        case `input`:
          var a = null,
            o = null,
            s = null,
            c = null,
            l = null,
            u = null,
            d = null;
          for (m in n) {
            var f = n[m];
            if (n.hasOwnProperty(m) && f != null)
              switch (m) {
                case `checked`:
                case `value`:
                  break;
                case `defaultValue`:
                  l = f;
                default:
                  r.hasOwnProperty(m) || $(e, t, m, null, r, f);
              }
          }
          for (var p in r) {
            var m = r[p];
            if (((f = n[p]), r.hasOwnProperty(p) && (m != null || f != null)))
              switch (p) {
                case `type`:
                  (m !== f && (A = !0), (o = m));
                  break;
                case `name`:
                  (m !== f && (A = !0), (a = m));
                  break;
                case `checked`:
                  (m !== f && (A = !0), (u = m));
                  break;
                case `defaultChecked`:
                  (m !== f && (A = !0), (d = m));
                  break;
                case `value`:
                  (m !== f && (A = !0), (s = m));
                  break;
                case `defaultValue`:
                  (m !== f && (A = !0), (c = m));
                  break;
                case `children`:
                case `dangerouslySetInnerHTML`:
                  if (m != null) throw Error(i(137, t));
                  break;
                default:
                  m !== f && $(e, t, p, m, r, f);
              }
          }
          pn(e, s, c, l, u, d, o, a);
          return;
        case `select`:
          for (o in ((m = s = c = p = null), n))
            if (((l = n[o]), n.hasOwnProperty(o) && l != null))
              switch (o) {
                case `value`:
                  break;
                case `multiple`:
                  m = l;
                default:
                  r.hasOwnProperty(o) || $(e, t, o, null, r, l);
              }
          for (a in r)
            if (((o = r[a]), (l = n[a]), r.hasOwnProperty(a) && (o != null || l != null)))
              switch (a) {
                case `value`:
                  (o !== l && (A = !0), (p = o));
                  break;
                case `defaultValue`:
                  (o !== l && (A = !0), (c = o));
                  break;
                case `multiple`:
                  (o !== l && (A = !0), (s = o));
                default:
                  o !== l && $(e, t, a, o, r, l);
              }
          ((t = c),
            (n = s),
            (r = m),
            p == null ? !!r != !!n && (t == null ? gn(e, !!n, n ? [] : ``, !1) : gn(e, !!n, t, !0)) : gn(e, !!n, p, !1));
          return;
        case `textarea`:
          for (c in ((m = p = null), n))
            if (((a = n[c]), n.hasOwnProperty(c) && a != null && !r.hasOwnProperty(c)))
              switch (c) {
                case `value`:
                case `children`:
                  break;
                default:
                  $(e, t, c, null, r, a);
              }
          for (s in r)
            if (((a = r[s]), (o = n[s]), r.hasOwnProperty(s) && (a != null || o != null)))
              switch (s) {
                case `value`:
                  (a !== o && (A = !0), (p = a));
                  break;
                case `defaultValue`:
                  (a !== o && (A = !0), (m = a));
                  break;
                case `children`:
                  break;
                case `dangerouslySetInnerHTML`:
                  if (a != null) throw Error(i(91));
                  break;
                default:
                  a !== o && $(e, t, s, a, r, o);
              }
          _n(e, p, m);
          return;
        case `option`:
          for (var h in n)
            if (((p = n[h]), n.hasOwnProperty(h) && p != null && !r.hasOwnProperty(h)))
              switch (h) {
                case `selected`:
                  e.selected = !1;
                  break;
                default:
                  $(e, t, h, null, r, p);
              }
          for (l in r)
            if (((p = r[l]), (m = n[l]), r.hasOwnProperty(l) && p !== m && (p != null || m != null)))
              switch (l) {
                case `selected`:
                  (p !== m && (A = !0), (e.selected = p && typeof p != `function` && typeof p != `symbol`));
                  break;
                default:
                  $(e, t, l, p, r, m);
              }
          return;
        case `img`:
        case `link`:
        case `area`:
        case `base`:
        case `br`:
        case `col`:
        case `embed`:
        case `hr`:
        case `keygen`:
        case `meta`:
        case `param`:
        case `source`:
        case `track`:
        case `wbr`:
        case `menuitem`:
          for (var g in n) ((p = n[g]), n.hasOwnProperty(g) && p != null && !r.hasOwnProperty(g) && $(e, t, g, null, r, p));
          for (u in r)
            if (((p = r[u]), (m = n[u]), r.hasOwnProperty(u) && p !== m && (p != null || m != null)))
              switch (u) {
                case `children`:
                case `dangerouslySetInnerHTML`:
                  if (p != null) throw Error(i(137, t));
                  break;
                default:
                  $(e, t, u, p, r, m);
              }
          return;
        default:
          if (Cn(t)) {
            for (var _ in n) ((p = n[_]), n.hasOwnProperty(_) && p !== void 0 && !r.hasOwnProperty(_) && tp(e, t, _, void 0, r, p));
            for (d in r)
              ((p = r[d]), (m = n[d]), !r.hasOwnProperty(d) || p === m || (p === void 0 && m === void 0) || tp(e, t, d, p, r, m));
            return;
          }
      }
      for (var v in n) ((p = n[v]), n.hasOwnProperty(v) && p != null && !r.hasOwnProperty(v) && $(e, t, v, null, r, p));
      for (f in r) ((p = r[f]), (m = n[f]), !r.hasOwnProperty(f) || p === m || (p == null && m == null) || $(e, t, f, p, r, m));
    }
    function ap(e) {
      switch (e) {
        case `css`:
        case `script`:
        case `font`:
        case `img`:
        case `image`:
        case `input`:
        case `link`:
          return !0;
        default:
          return !1;
      }
    }
    function op() {
      if (typeof performance.getEntriesByType == `function`) {
        for (var e = 0, t = 0, n = performance.getEntriesByType(`resource`), r = 0; r < n.length; r++) {
          var i = n[r],
            a = i.transferSize,
            o = i.initiatorType,
            s = i.duration;
          if (a && s && ap(o)) {
            for (o = 0, s = i.responseEnd, r += 1; r < n.length; r++) {
              var c = n[r],
                l = c.startTime;
              if (l > s) break;
              var u = c.transferSize,
                d = c.initiatorType;
              u && ap(d) && ((c = c.responseEnd), (o += u * (c < s ? 1 : (s - l) / (c - l))));
            }
            if ((--r, (t += (8 * (a + o)) / (i.duration / 1e3)), e++, 10 < e)) break;
          }
        }
        if (0 < e) return t / e / 1e6;
      }
      return navigator.connection && ((e = navigator.connection.downlink), typeof e == `number`) ? e : 5;
    }
    var sp = null,
      cp = null;
    function lp(e) {
      return e.nodeType === 9 ? e : e.ownerDocument;
    }
    function up(e) {
      switch (e) {
        case `http://www.w3.org/2000/svg`:
          return 1;
        case `http://www.w3.org/1998/Math/MathML`:
          return 2;
        default:
          return 0;
      }
    }
    function dp(e, t) {
      if (e === 0)
        switch (t) {
          case `svg`:
            return 1;
          case `math`:
            return 2;
          default:
            return 0;
        }
      return e === 1 && t === `foreignObject` ? 0 : e;
    }
    function fp(e, t, n, r) {
      return ((n = lp(n).createElement(e)), (n[Mt] = r), (n[Nt] = t), np(n, e, t), k(n), n);
    }
    function pp(e, t) {
      return (
        e === `textarea` ||
        e === `noscript` ||
        typeof t.children == `string` ||
        typeof t.children == `number` ||
        typeof t.children == `bigint` ||
        (typeof t.dangerouslySetInnerHTML == `object` && t.dangerouslySetInnerHTML !== null && t.dangerouslySetInnerHTML.__html != null)
      );
    }
    var mp = null;
    function hp() {
      var e = window.event;
      return e && e.type === `popstate` ? e !== mp && ((mp = e), !0) : ((mp = null), !1);
    }
    var gp = typeof setTimeout == `function` ? setTimeout : void 0,
      _p = typeof clearTimeout == `function` ? clearTimeout : void 0,
      vp = typeof Promise == `function` ? Promise : void 0,
      yp = typeof requestAnimationFrame == `function` ? requestAnimationFrame : gp,
      bp =
        typeof queueMicrotask == `function`
          ? queueMicrotask
          : vp === void 0
            ? gp
            : function (e) {
                return vp.resolve(null).then(e).catch(xp);
              };
    function xp(e) {
      setTimeout(function () {
        throw e;
      });
    }
    function Sp(e) {
      return e === `head`;
    }
    function Cp(e, t) {
      var n = t,
        r = 0;
      do {
        var i = n.nextSibling;
        if ((e.removeChild(n), i && i.nodeType === 8)) {
          if (((n = i.data), n === `/$` || n === `/&`)) {
            if (r === 0) {
              (e.removeChild(i), Hh(t));
              return;
            }
            r--;
          } else if (n === `$` || n === `$?` || n === `$~` || n === `$!` || n === `&`) r++;
          else if (n === `html`) _m(e.ownerDocument.documentElement);
          else if (n === `head`) {
            ((n = e.ownerDocument.head), _m(n));
            for (var a = n.firstChild; a;) {
              var o = a.nextSibling,
                s = a.nodeName;
              (a[zt] || s === `SCRIPT` || s === `STYLE` || (s === `LINK` && a.rel.toLowerCase() === `stylesheet`) || n.removeChild(a),
                (a = o));
            }
          } else n === `body` && _m(e.ownerDocument.body);
        }
        n = i;
      } while (n);
      Hh(t);
    }
    function wp(e, t) {
      var n = e;
      e = 0;
      do {
        var r = n.nextSibling;
        if (
          (n.nodeType === 1
            ? t
              ? ((n._stashedDisplay = n.style.display), (n.style.display = `none`))
              : ((n.style.display = n._stashedDisplay || ``), n.getAttribute(`style`) === `` && n.removeAttribute(`style`))
            : n.nodeType === 3 && (t ? ((n._stashedText = n.nodeValue), (n.nodeValue = ``)) : (n.nodeValue = n._stashedText || ``)),
          r && r.nodeType === 8)
        ) {
          if (((n = r.data), n === `/$`)) {
            if (e === 0) break;
            e--;
          } else (n !== `$` && n !== `$?` && n !== `$~` && n !== `$!`) || e++;
        }
        n = r;
      } while (n);
    }
    function Tp(e, t, n) {
      if (
        ((t = CSS.escape(t) === t ? t : `r-` + btoa(t).replace(/=/g, ``)),
        (e.style.viewTransitionName = t),
        n != null && (e.style.viewTransitionClass = n),
        (n = getComputedStyle(e)),
        n.display === `inline`)
      ) {
        if (((t = e.getClientRects()), t.length === 1)) var r = 1;
        else
          for (var i = (r = 0); i < t.length; i++) {
            var a = t[i];
            0 < a.width && 0 < a.height && r++;
          }
        r === 1 &&
          ((e = e.style),
          (e.display = t.length === 1 ? `inline-block` : `block`),
          (e.marginTop = `-` + n.paddingTop),
          (e.marginBottom = `-` + n.paddingBottom));
      }
    }
    function Ep(e, t) {
      ((e = e.style), (t = t.style));
      var n =
        t == null
          ? null
          : t.hasOwnProperty(`viewTransitionName`)
            ? t.viewTransitionName
            : t.hasOwnProperty(`view-transition-name`)
              ? t[`view-transition-name`]
              : null;
      ((e.viewTransitionName = n == null || typeof n == `boolean` ? `` : (`` + n).trim()),
        (n =
          t == null
            ? null
            : t.hasOwnProperty(`viewTransitionClass`)
              ? t.viewTransitionClass
              : t.hasOwnProperty(`view-transition-class`)
                ? t[`view-transition-class`]
                : null),
        (e.viewTransitionClass = n == null || typeof n == `boolean` ? `` : (`` + n).trim()),
        e.display === `inline-block` &&
          (t == null
            ? (e.display = e.margin = ``)
            : ((n = t.display),
              (e.display = n == null || typeof n == `boolean` ? `` : n),
              (n = t.margin),
              n == null
                ? ((n = t.hasOwnProperty(`marginTop`) ? t.marginTop : t[`margin-top`]),
                  (e.marginTop = n == null || typeof n == `boolean` ? `` : n),
                  (t = t.hasOwnProperty(`marginBottom`) ? t.marginBottom : t[`margin-bottom`]),
                  (e.marginBottom = t == null || typeof t == `boolean` ? `` : t))
                : (e.margin = n))));
    }
    function Dp(e, t, n) {
      return (
        (n = n.ownerDocument.defaultView),
        {
          rect: e,
          abs: t.position === `absolute` || t.position === `fixed`,
          clip:
            t.clipPath !== `none` ||
            t.overflow !== `visible` ||
            t.filter !== `none` ||
            t.mask !== `none` ||
            t.mask !== `none` ||
            t.borderRadius !== `0px`,
          view: 0 <= e.bottom && 0 <= e.right && e.top <= n.innerHeight && e.left <= n.innerWidth,
        }
      );
    }
    function Op(e) {
      return Dp(e.getBoundingClientRect(), getComputedStyle(e), e);
    }
    function kp(e) {
      var t = e.getBoundingClientRect();
      t = new DOMRect(t.x + 2e4, t.y + 2e4, t.width, t.height);
      var n = getComputedStyle(e);
      return Dp(t, n, e);
    }
    function Ap(e) {
      return e.documentElement.clientHeight;
    }
    function jp(e) {
      (this.addEventListener(`load`, e), this.addEventListener(`error`, e));
    }
    function Mp(e, t, n, r, i, a, o, s, c) {
      var l = t.nodeType === 9 ? t : t.ownerDocument;
      try {
        var u = l.startViewTransition({
          update: function () {
            var t = l.defaultView,
              n = t.navigation && t.navigation.transition,
              o = l.fonts.status;
            r();
            var s = [];
            if ((o === `loaded` && (Ap(l), l.fonts.status === `loading` && s.push(l.fonts.ready)), (o = s.length), e !== null))
              for (var c = e.suspenseyImages, u = 0, d = 0; d < c.length; d++) {
                var f = c[d];
                if (!f.complete) {
                  var p = f.getBoundingClientRect();
                  if (0 < p.bottom && 0 < p.right && p.top < t.innerHeight && p.left < t.innerWidth) {
                    if (((u += Xm(f)), u > $m)) {
                      s.length = o;
                      break;
                    }
                    ((f = new Promise(jp.bind(f))), s.push(f));
                  }
                }
              }
            if (0 < s.length)
              return (
                (t = Promise.race([
                  Promise.all(s),
                  new Promise(function (e) {
                    return setTimeout(e, 500);
                  }),
                ]).then(i, i)),
                (n ? Promise.allSettled([n.finished, t]) : t).then(a, a)
              );
            if ((i(), n)) return n.finished.then(a, a);
            a();
          },
          types: n,
        });
        l.__reactViewTransition = u;
        var d = [];
        return (
          u.ready.then(
            function () {
              for (var e = l.documentElement.getAnimations({ subtree: !0 }), t = 0; t < e.length; t++) {
                var n = e[t],
                  r = n.effect,
                  i = r.pseudoElement;
                if (i != null && i.startsWith(`::view-transition`)) {
                  (d.push(n), (n = r.getKeyframes()));
                  for (var a = (i = void 0), s = !0, c = 0; c < n.length; c++) {
                    var u = n[c],
                      f = u.width;
                    if (i === void 0) i = f;
                    else if (i !== f) {
                      s = !1;
                      break;
                    }
                    if (((f = u.height), a === void 0)) a = f;
                    else if (a !== f) {
                      s = !1;
                      break;
                    }
                    (delete u.width, delete u.height, u.transform === `none` && delete u.transform);
                  }
                  s &&
                    i !== void 0 &&
                    a !== void 0 &&
                    (r.setKeyframes(n), (s = getComputedStyle(r.target, r.pseudoElement)), s.width !== i || s.height !== a) &&
                    ((s = n[0]), (s.width = i), (s.height = a), (s = n[n.length - 1]), (s.width = i), (s.height = a), r.setKeyframes(n));
                }
              }
              o();
            },
            function (e) {
              l.__reactViewTransition === u && (l.__reactViewTransition = null);
              try {
                if (typeof e == `object` && e)
                  switch (e.name) {
                    case `InvalidStateError`:
                      (e.message === `View transition was skipped because document visibility state is hidden.` ||
                        e.message === `Skipping view transition because document visibility state has become hidden.` ||
                        e.message === `Skipping view transition because viewport size changed.` ||
                        e.message === `Transition was aborted because of invalid state`) &&
                        (e = null);
                  }
                e !== null && c(e);
              } finally {
                (r(), i(), o());
              }
            },
          ),
          u.finished.finally(function () {
            for (var e = 0; e < d.length; e++) d[e].cancel();
            (l.__reactViewTransition === u && (l.__reactViewTransition = null), s());
          }),
          u
        );
      } catch {
        return (r(), i(), o(), null);
      }
    }
    function Np(e, t) {
      ((this._scope = document.documentElement), (this._selector = `::view-transition-` + e + `(` + t + `)`));
    }
    ((Np.prototype.animate = function (e, t) {
      return ((t = typeof t == `number` ? { duration: t } : x({}, t)), (t.pseudoElement = this._selector), this._scope.animate(e, t));
    }),
      (Np.prototype.getAnimations = function () {
        for (var e = this._scope, t = this._selector, n = e.getAnimations({ subtree: !0 }), r = [], i = 0; i < n.length; i++) {
          var a = n[i].effect;
          a !== null && a.target === e && a.pseudoElement === t && r.push(n[i]);
        }
        return r;
      }),
      (Np.prototype.getComputedStyle = function () {
        return getComputedStyle(this._scope, this._selector);
      }));
    function Pp(e) {
      return { name: e, group: new Np(`group`, e), imagePair: new Np(`image-pair`, e), old: new Np(`old`, e), new: new Np(`new`, e) };
    }
    function Fp(e) {
      ((this._fragmentFiber = e), (this._observers = this._eventListeners = null));
    }
    Fp.prototype.addEventListener = function (e, t, n) {
      var r = null,
        i = null;
      if (!(n != null && typeof n != `boolean` && ((r = n.signal || null), r !== null && r.aborted))) {
        this._eventListeners === null && (this._eventListeners = []);
        var a = this._eventListeners;
        if (Bp(a, e, t, n) === -1) {
          var o = this,
            s = t;
          (n != null &&
            typeof n != `boolean` &&
            !0 === n.once &&
            (s = function (r) {
              (o.removeEventListener(e, t, n), typeof t == `function` ? t.call(this, r) : t.handleEvent(r));
            }),
            r !== null &&
              ((i = o.removeEventListener.bind(o, e, t, n)),
              r.addEventListener(`abort`, i, { once: !0 }),
              (i = r.removeEventListener.bind(r, `abort`, i))),
            (r = Rp(n)),
            a.push({ type: e, listener: t, optionsOrUseCapture: n, attachedListener: s, cleanup: i }),
            f(this._fragmentFiber.child, !1, Ip, e, s, r));
        }
        this._eventListeners = a;
      }
    };
    function Ip(e, t, n, r) {
      return (_(e).addEventListener(t, n, r), !1);
    }
    Fp.prototype.removeEventListener = function (e, t, n) {
      var r = this._eventListeners;
      if (r !== null && ((t = Bp(r, e, t, n)), t !== -1)) {
        var i = r[t];
        n = i.attachedListener;
        var a = i.cleanup;
        ((i = Rp(i.optionsOrUseCapture)), f(this._fragmentFiber.child, !1, Lp, e, n, i), r.splice(t, 1), a !== null && a());
      }
    };
    function Lp(e, t, n, r) {
      return (_(e).removeEventListener(t, n, r), !1);
    }
    function Rp(e) {
      return e != null && typeof e != `boolean` && (!0 === e.once || e.signal instanceof AbortSignal)
        ? { capture: e.capture, passive: e.passive }
        : e;
    }
    function zp(e) {
      return e == null ? `c=0` : typeof e == `boolean` ? `c=` + (e ? `1` : `0`) : `c=` + (e.capture ? `1` : `0`);
    }
    function Bp(e, t, n, r) {
      if (e.length === 0) return -1;
      r = zp(r);
      for (var i = 0; i < e.length; i++) {
        var a = e[i];
        if (a.type === t && a.listener === n && zp(a.optionsOrUseCapture) === r) return i;
      }
      return -1;
    }
    ((Fp.prototype.dispatchEvent = function (e) {
      var t = p(this._fragmentFiber);
      if (t === null) return !0;
      t = _(t);
      var n = this._eventListeners;
      if ((n !== null && 0 < n.length) || !e.bubbles) {
        var r = t.nodeType === 9 ? t.createComment(``) : document.createTextNode(``);
        if (n)
          for (var i = 0; i < n.length; i++) {
            var a = n[i];
            r.addEventListener(a.type, a.attachedListener, Rp(a.optionsOrUseCapture));
          }
        if ((t.appendChild(r), (e = r.dispatchEvent(e)), n))
          for (i = 0; i < n.length; i++) ((a = n[i]), r.removeEventListener(a.type, a.attachedListener, Rp(a.optionsOrUseCapture)));
        return (t.removeChild(r), e);
      }
      return t.dispatchEvent(e);
    }),
      (Fp.prototype.focus = function (e) {
        f(this._fragmentFiber.child, !0, Vp, e, void 0, void 0);
      }));
    function Vp(e, t) {
      return e.tag !== 6 && ((e = _(e)), pm(e, t));
    }
    Fp.prototype.focusLast = function (e) {
      var t = [];
      f(this._fragmentFiber.child, !0, Hp, t, void 0, void 0);
      for (var n = t.length - 1; 0 <= n && !Vp(t[n], e); n--);
    };
    function Hp(e, t) {
      return (t.push(e), !1);
    }
    Fp.prototype.blur = function () {
      var e = p(this._fragmentFiber);
      e !== null && ((e = _(e)), (e = lp(e).activeElement), e !== null && f(this._fragmentFiber.child, !1, Up, e, void 0, void 0));
    };
    function Up(e, t) {
      return e.tag !== 6 && ((e = _(e)), e === t || e.contains(t) ? (t.blur(), !0) : !1);
    }
    Fp.prototype.observeUsing = function (e) {
      (this._observers === null && (this._observers = new Set()),
        this._observers.add(e),
        f(this._fragmentFiber.child, !1, Wp, e, void 0, void 0));
    };
    function Wp(e, t) {
      return (e.tag === 6 || ((e = _(e)), t.observe(e)), !1);
    }
    Fp.prototype.unobserveUsing = function (e) {
      var t = this._observers;
      if (t !== null && t.has(e)) {
        (t.delete(e), f(this._fragmentFiber.child, !1, Gp, e, void 0, void 0));
        for (var n = (t = 0); n < Kp.length; n++) {
          var r = Kp[n];
          r.fragmentInstance === this && r.observer === e ? e.unobserve(r.instance) : (Kp[t++] = r);
        }
        Kp.length = t;
      }
    };
    function Gp(e, t) {
      return (e.tag === 6 || ((e = _(e)), t.unobserve(e)), !1);
    }
    var Kp = [],
      qp = !1;
    function Jp(e, t, n) {
      (Kp.push({ fragmentInstance: e, observer: t, instance: n }),
        qp ||
          ((qp = !0),
          mm(function () {
            qp = !1;
            var e = Kp;
            Kp = [];
            for (var t = 0; t < e.length; t++) {
              var n = e[t];
              n.observer.unobserve(n.instance);
            }
          })));
    }
    Fp.prototype.getClientRects = function () {
      var e = [];
      return (f(this._fragmentFiber.child, !1, Yp, e, void 0, void 0), e);
    };
    function Yp(e, t) {
      if (e.tag === 6) {
        e = e.stateNode;
        var n = e.ownerDocument.createRange();
        (n.selectNodeContents(e), t.push.apply(t, n.getClientRects()));
      } else ((e = _(e)), t.push.apply(t, e.getClientRects()));
      return !1;
    }
    ((Fp.prototype.getRootNode = function (e) {
      var t = p(this._fragmentFiber);
      return t === null ? this : _(t).getRootNode(e);
    }),
      (Fp.prototype.compareDocumentPosition = function (e) {
        var t = p(this._fragmentFiber);
        if (t === null) return Node.DOCUMENT_POSITION_DISCONNECTED;
        var n = [];
        f(this._fragmentFiber.child, !1, Hp, n, void 0, void 0);
        var r = _(t);
        if (n.length === 0) {
          if (((n = r), m(this._fragmentFiber))) {
            e: {
              for (t = this._fragmentFiber.return; t !== null;) {
                if (t.tag === 4) {
                  t = t.stateNode.containerInfo;
                  break e;
                }
                if (t.tag === 3 || t.tag === 5 || t.tag === 27) break;
                t = t.return;
              }
              t = null;
            }
            t != null && (n = t);
          }
          t = this._fragmentFiber;
          var i = (r = n.compareDocumentPosition(e));
          return (
            n === e
              ? (i = Node.DOCUMENT_POSITION_CONTAINS)
              : r & Node.DOCUMENT_POSITION_CONTAINED_BY &&
                ((n = h(t)[1]),
                n === null
                  ? (i = Node.DOCUMENT_POSITION_PRECEDING)
                  : ((e = _(n).compareDocumentPosition(e)),
                    (i =
                      e === 0 || e & Node.DOCUMENT_POSITION_FOLLOWING
                        ? Node.DOCUMENT_POSITION_FOLLOWING
                        : Node.DOCUMENT_POSITION_PRECEDING))),
            (i |= Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC)
          );
        }
        ((t = _(n[0])), (i = _(n[n.length - 1])));
        var a = m(this._fragmentFiber) ? t.parentElement : r;
        if (a == null) return Node.DOCUMENT_POSITION_DISCONNECTED;
        ((r = a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_CONTAINED_BY),
          (a = a.compareDocumentPosition(i) & Node.DOCUMENT_POSITION_CONTAINED_BY));
        var o = t.compareDocumentPosition(e),
          s = i.compareDocumentPosition(e),
          c = o & Node.DOCUMENT_POSITION_CONTAINED_BY || s & Node.DOCUMENT_POSITION_CONTAINED_BY;
        return (
          (s = r && a && o & Node.DOCUMENT_POSITION_FOLLOWING && s & Node.DOCUMENT_POSITION_PRECEDING),
          (t =
            (r && t === e) || (a && i === e) || c || s
              ? Node.DOCUMENT_POSITION_CONTAINED_BY
              : (!r && t === e) || (!a && i === e)
                ? Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC
                : o),
          t & Node.DOCUMENT_POSITION_DISCONNECTED ||
          t & Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC ||
          Xp(t, this._fragmentFiber, n[0], n[n.length - 1], e)
            ? t
            : Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC
        );
      }));
    function Xp(e, t, n, r, i) {
      var a = Ht(i);
      if (e & Node.DOCUMENT_POSITION_CONTAINED_BY) {
        if ((n = !!a))
          e: {
            for (; a !== null;) {
              if (a.tag === 7 && (a === t || a.alternate === t)) {
                n = !0;
                break e;
              }
              a = a.return;
            }
            n = !1;
          }
        return n;
      }
      if (e & Node.DOCUMENT_POSITION_CONTAINS) {
        if (a === null) return ((a = i.ownerDocument), i === a || i === a.documentElement || i === a.body);
        e: {
          for (a = t, t = p(t); a !== null;) {
            if (!((a.tag !== 5 && a.tag !== 3 && a.tag !== 27) || (a !== t && a.alternate !== t))) {
              a = !0;
              break e;
            }
            a = a.return;
          }
          a = !1;
        }
        return a;
      }
      return e & Node.DOCUMENT_POSITION_PRECEDING
        ? ((t = !!a) &&
            !(t = a === n) &&
            ((t = ae(n, a, re)), t === null ? (t = !1) : (f(t, !0, ee, a, n), (a = v), (v = null), (t = a !== null))),
          t)
        : e & Node.DOCUMENT_POSITION_FOLLOWING
          ? ((t = !!a) &&
              !(t = a === r) &&
              ((t = ae(r, a, re)), t === null ? (t = !1) : (f(t, !0, te, a, r), (a = v), (y = v = null), (t = a !== null))),
            t)
          : !1;
    }
    function Zp(e, t) {
      var n = e.ownerDocument.createRange();
      (n.selectNodeContents(e),
        (e = n.getBoundingClientRect()),
        window.scrollTo(window.scrollX + e.left, t ? window.scrollY + e.top : window.scrollY + e.bottom - window.innerHeight));
    }
    Fp.prototype.scrollIntoView = function (e) {
      if (typeof e == `object`) throw Error(i(566));
      var t = [];
      f(this._fragmentFiber.child, !1, Hp, t, void 0, void 0);
      var n = !1 !== e;
      if (t.length === 0) {
        var r = h(this._fragmentFiber);
        if (((r = n ? r[1] || r[0] || p(this._fragmentFiber) : r[0] || r[1]), r === null)) return;
        if (r.tag === 6) {
          ((e = _(r)), Zp(e, n));
          return;
        }
        if (((r = _(r)), r.nodeType !== 9)) {
          if (r.nodeType === 11) {
            ((n = `host` in r ? r.host : null), n !== null && n.scrollIntoView(e));
            return;
          }
          r.scrollIntoView(e);
        }
      }
      for (r = n ? t.length - 1 : 0; r !== (n ? -1 : t.length);) {
        var a = t[r];
        (a.tag === 6 ? ((a = _(a)), Zp(a, n)) : _(a).scrollIntoView(e), (r += n ? -1 : 1));
      }
    };
    function Qp(e, t) {
      return ((e = _(e)), $p(e, t), !1);
    }
    function $p(e, t) {
      ((e.reactFragments ??= new Set()), e.reactFragments.add(t));
    }
    function em(e, t) {
      var n = t._eventListeners;
      if (n !== null)
        for (var r = 0; r < n.length; r++) {
          var i = n[r];
          e.addEventListener(i.type, i.attachedListener, Rp(i.optionsOrUseCapture));
        }
      e.nodeType !== 3 &&
        ((n = t._observers),
        n !== null &&
          n.forEach(function (n) {
            for (var r = 0, i = 0; i < Kp.length; i++) {
              var a = Kp[i];
              (a.fragmentInstance !== t || a.observer !== n || a.instance !== e) && (Kp[r++] = a);
            }
            ((Kp.length = r), n.observe(e));
          }),
        $p(e, t));
    }
    function tm(e, t) {
      var n = t._eventListeners;
      if (n !== null)
        for (var r = 0; r < n.length; r++) {
          var i = n[r];
          e.removeEventListener(i.type, i.attachedListener, Rp(i.optionsOrUseCapture));
        }
      e.nodeType !== 3 &&
        ((n = t._observers),
        n !== null &&
          n.forEach(function (n) {
            typeof n.rootMargin == `string` ? Jp(t, n, e) : n.unobserve(e);
          }),
        e.reactFragments != null && e.reactFragments.delete(t));
    }
    function nm(e) {
      var t = e.firstChild;
      for (t && t.nodeType === 10 && (t = t.nextSibling); t;) {
        var n = t;
        switch (((t = t.nextSibling), n.nodeName)) {
          case `HTML`:
          case `HEAD`:
          case `BODY`:
            (nm(n), Vt(n));
            continue;
          case `SCRIPT`:
          case `STYLE`:
            continue;
          case `LINK`:
            if (n.rel.toLowerCase() === `stylesheet`) continue;
        }
        e.removeChild(n);
      }
    }
    function rm(e, t, n, r) {
      for (; e.nodeType === 1;) {
        var i = n;
        if (e.nodeName.toLowerCase() !== t.toLowerCase()) {
          if (!r && (e.nodeName !== `INPUT` || e.type !== `hidden`)) break;
        } else if (!r) {
          if (t === `input` && e.type === `hidden`) {
            var a = i.name == null ? null : `` + i.name;
            if (i.type === `hidden` && e.getAttribute(`name`) === a) return e;
          } else return e;
        } else if (!e[zt])
          switch (t) {
            case `meta`:
              if (!e.hasAttribute(`itemprop`)) break;
              return e;
            case `link`:
              if (
                ((a = e.getAttribute(`rel`)),
                (a === `stylesheet` && e.hasAttribute(`data-precedence`)) ||
                  a !== i.rel ||
                  e.getAttribute(`href`) !== (i.href == null || i.href === `` ? null : i.href) ||
                  e.getAttribute(`crossorigin`) !== (i.crossOrigin == null ? null : i.crossOrigin) ||
                  e.getAttribute(`title`) !== (i.title == null ? null : i.title))
              )
                break;
              return e;
            case `style`:
              if (e.hasAttribute(`data-precedence`)) break;
              return e;
            case `script`:
              if (
                ((a = e.getAttribute(`src`)),
                (a !== (i.src == null ? null : i.src) ||
                  e.getAttribute(`type`) !== (i.type == null ? null : i.type) ||
                  e.getAttribute(`crossorigin`) !== (i.crossOrigin == null ? null : i.crossOrigin)) &&
                  a &&
                  e.hasAttribute(`async`) &&
                  !e.hasAttribute(`itemprop`))
              )
                break;
              return e;
            default:
              return e;
          }
        if (((e = lm(e.nextSibling)), e === null)) break;
      }
      return null;
    }
    function im(e, t, n) {
      if (t === ``) return null;
      for (; e.nodeType !== 3;)
        if (((e.nodeType !== 1 || e.nodeName !== `INPUT` || e.type !== `hidden`) && !n) || ((e = lm(e.nextSibling)), e === null))
          return null;
      return e;
    }
    function am(e, t) {
      for (; e.nodeType !== 8;)
        if (((e.nodeType !== 1 || e.nodeName !== `INPUT` || e.type !== `hidden`) && !t) || ((e = lm(e.nextSibling)), e === null))
          return null;
      return e;
    }
    function om(e) {
      return e.data === `$?` || e.data === `$~`;
    }
    function sm(e) {
      return e.data === `$!` || (e.data === `$?` && e.ownerDocument.readyState !== `loading`);
    }
    function cm(e, t) {
      var n = e.ownerDocument;
      if (e.data === `$~`) e._reactRetry = t;
      else if (e.data !== `$?` || n.readyState !== `loading`) t();
      else {
        var r = function () {
          (t(), n.removeEventListener(`DOMContentLoaded`, r));
        };
        (n.addEventListener(`DOMContentLoaded`, r), (e._reactRetry = r));
      }
    }
    function lm(e) {
      for (; e != null; e = e.nextSibling) {
        var t = e.nodeType;
        if (t === 1 || t === 3) break;
        if (t === 8) {
          if (((t = e.data), t === `$` || t === `$!` || t === `$?` || t === `$~` || t === `&` || t === `F!` || t === `F`)) break;
          if (t === `/$` || t === `/&`) return null;
        }
      }
      return e;
    }
    var um = null;
    function dm(e) {
      e = e.nextSibling;
      for (var t = 0; e;) {
        if (e.nodeType === 8) {
          var n = e.data;
          if (n === `/$` || n === `/&`) {
            if (t === 0) return lm(e.nextSibling);
            t--;
          } else (n !== `$` && n !== `$!` && n !== `$?` && n !== `$~` && n !== `&`) || t++;
        }
        e = e.nextSibling;
      }
      return null;
    }
    function fm(e) {
      e = e.previousSibling;
      for (var t = 0; e;) {
        if (e.nodeType === 8) {
          var n = e.data;
          if (n === `$` || n === `$!` || n === `$?` || n === `$~` || n === `&`) {
            if (t === 0) return e;
            t--;
          } else (n !== `/$` && n !== `/&`) || t++;
        }
        e = e.previousSibling;
      }
      return null;
    }
    function pm(e, t) {
      function n() {
        r = !0;
      }
      if (e.ownerDocument.activeElement === e) return !0;
      var r = !1;
      try {
        (e.ownerDocument.addEventListener(`focus`, n, !0), (e.focus || HTMLElement.prototype.focus).call(e, t));
      } finally {
        e.ownerDocument.removeEventListener(`focus`, n, !0);
      }
      return r;
    }
    function mm(e) {
      yp(function () {
        yp(function (t) {
          return e(t);
        });
      });
    }
    function hm(e, t, n) {
      switch (((t = lp(n)), e)) {
        case `html`:
          if (((e = t.documentElement), !e)) throw Error(i(452));
          return e;
        case `head`:
          if (((e = t.head), !e)) throw Error(i(453));
          return e;
        case `body`:
          if (((e = t.body), !e)) throw Error(i(454));
          return e;
        default:
          throw Error(i(451));
      }
    }
    function gm(e, t, n) {
      for (var r in n) {
        var i = n[r];
        n.hasOwnProperty(r) && i != null && $(e, t, r, null, rp, i);
      }
      (n.dangerouslySetInnerHTML != null && (e.textContent = ``), e.onclick === Dn && (e.onclick = null), Vt(e));
    }
    function _m(e) {
      for (var t = e.attributes; t.length;) e.removeAttributeNode(t[0]);
      Vt(e);
    }
    var vm = new Map(),
      ym = new Set();
    function bm(e) {
      if (typeof e.getRootNode == `function`) {
        var t = e.getRootNode();
        if (t.nodeType === 9 || t.nodeType === 11) return t;
      }
      return e.nodeType === 9 ? e : e.ownerDocument;
    }
    var xm = T.d;
    T.d = { f: Sm, r: Cm, D: Em, C: Dm, L: Om, m: km, X: jm, S: Am, M: Mm };
    function Sm() {
      var e = xm.f(),
        t = zd();
      return e || t;
    }
    function Cm(e) {
      var t = Ut(e);
      t !== null && t.tag === 5 && t.type === `form` ? sc(t) : xm.r(e);
    }
    var wm = typeof document > `u` ? null : document;
    function Tm(e, t, n) {
      var r = wm;
      if (r && typeof t == `string` && t) {
        var i = fn(t);
        ((i = `link[rel="` + e + `"][href="` + i + `"]`),
          typeof n == `string` && (i += `[crossorigin="` + n + `"]`),
          ym.has(i) ||
            (ym.add(i),
            (e = { rel: e, crossOrigin: n, href: t }),
            r.querySelector(i) === null && ((t = r.createElement(`link`)), np(t, `link`, e), k(t), r.head.appendChild(t))));
      }
    }
    function Em(e) {
      (xm.D(e), Tm(`dns-prefetch`, e, null));
    }
    function Dm(e, t) {
      (xm.C(e, t), Tm(`preconnect`, e, t));
    }
    function Om(e, t, n) {
      xm.L(e, t, n);
      var r = wm;
      if (r && e && t) {
        var i = `link[rel="preload"][as="` + fn(t) + `"]`;
        t === `image` && n && n.imageSrcSet
          ? ((i += `[imagesrcset="` + fn(n.imageSrcSet) + `"]`),
            typeof n.imageSizes == `string` && (i += `[imagesizes="` + fn(n.imageSizes) + `"]`))
          : (i += `[href="` + fn(e) + `"]`);
        var a = i;
        switch (t) {
          case `style`:
            a = Pm(e);
            break;
          case `script`:
            a = Rm(e);
        }
        if (!(
          vm.has(a) ||
          ((e = x({ rel: `preload`, href: t === `image` && n && n.imageSrcSet ? void 0 : e, as: t }, n)),
          vm.set(a, e),
          r.querySelector(i) !== null || (t === `style` && r.querySelector(Fm(a))) || (t === `script` && r.querySelector(zm(a))))
        )) {
          var o = r.createElement(`link`);
          (np(o, `link`, e),
            t === `style` &&
              ((o[Bt] = !0),
              (o.onload = o.onerror =
                function () {
                  Kt(o);
                })),
            k(o),
            r.head.appendChild(o));
        }
      }
    }
    function km(e, t) {
      xm.m(e, t);
      var n = wm;
      if (n && e) {
        var r = t && typeof t.as == `string` ? t.as : `script`,
          i = `link[rel="modulepreload"][as="` + fn(r) + `"][href="` + fn(e) + `"]`,
          a = i;
        switch (r) {
          case `audioworklet`:
          case `paintworklet`:
          case `serviceworker`:
          case `sharedworker`:
          case `worker`:
          case `script`:
            a = Rm(e);
        }
        if (!vm.has(a) && ((e = x({ rel: `modulepreload`, href: e }, t)), vm.set(a, e), n.querySelector(i) === null)) {
          switch (r) {
            case `audioworklet`:
            case `paintworklet`:
            case `serviceworker`:
            case `sharedworker`:
            case `worker`:
            case `script`:
              if (n.querySelector(zm(a))) return;
          }
          ((r = n.createElement(`link`)), np(r, `link`, e), k(r), n.head.appendChild(r));
        }
      }
    }
    function Am(e, t, n) {
      xm.S(e, t, n);
      var r = wm;
      if (r && e) {
        var i = Gt(r).hoistableStyles,
          a = Pm(e);
        t ||= `default`;
        var o = i.get(a);
        if (!o) {
          var s = { loading: 0, preload: null };
          if ((o = r.querySelector(Fm(a)))) s.loading = 5;
          else {
            ((e = x({ rel: `stylesheet`, href: e, 'data-precedence': t }, n)), (n = vm.get(a)) && Hm(e, n));
            var c = (o = r.createElement(`link`));
            (k(c),
              np(c, `link`, e),
              (c._p = new Promise(function (e, t) {
                ((c.onload = e), (c.onerror = t));
              })),
              c.addEventListener(`load`, function () {
                s.loading |= 1;
              }),
              c.addEventListener(`error`, function () {
                s.loading |= 2;
              }),
              (s.loading |= 4),
              Vm(o, t, r));
          }
          ((o = { type: `stylesheet`, instance: o, count: 1, state: s }), i.set(a, o));
        }
      }
    }
    function jm(e, t) {
      xm.X(e, t);
      var n = wm;
      if (n && e) {
        var r = Gt(n).hoistableScripts,
          i = Rm(e),
          a = r.get(i);
        a ||
          ((a = n.querySelector(zm(i))),
          a ||
            ((e = x({ src: e, async: !0 }, t)),
            (t = vm.get(i)) && Um(e, t),
            (a = n.createElement(`script`)),
            k(a),
            np(a, `link`, e),
            n.head.appendChild(a)),
          (a = { type: `script`, instance: a, count: 1, state: null }),
          r.set(i, a));
      }
    }
    function Mm(e, t) {
      xm.M(e, t);
      var n = wm;
      if (n && e) {
        var r = Gt(n).hoistableScripts,
          i = Rm(e),
          a = r.get(i);
        a ||
          ((a = n.querySelector(zm(i))),
          a ||
            ((e = x({ src: e, async: !0, type: `module` }, t)),
            (t = vm.get(i)) && Um(e, t),
            (a = n.createElement(`script`)),
            k(a),
            np(a, `link`, e),
            n.head.appendChild(a)),
          (a = { type: `script`, instance: a, count: 1, state: null }),
          r.set(i, a));
      }
    }
    function Nm(e, t, n, r) {
      var a = (a = Pe.current) ? bm(a) : null;
      if (!a) throw Error(i(446));
      switch (e) {
        case `meta`:
        case `title`:
          return null;
        case `style`:
          return typeof n.precedence == `string` && typeof n.href == `string`
            ? ((n = Pm(n.href)),
              (t = Gt(a).hoistableStyles),
              (r = t.get(n)),
              r || ((r = { type: `style`, instance: null, count: 0, state: null }), t.set(n, r)),
              r)
            : { type: `void`, instance: null, count: 0, state: null };
        case `link`:
          if (n.rel === `stylesheet` && typeof n.href == `string` && typeof n.precedence == `string`) {
            e = Pm(n.href);
            var o = Gt(a).hoistableStyles,
              s = o.get(e);
            if (
              (s ||
                ((a = a.ownerDocument || a),
                (s = { type: `stylesheet`, instance: null, count: 0, state: { loading: 0, preload: null } }),
                o.set(e, s),
                (o = a.querySelector(Fm(e)))
                  ? o._p || ((s.instance = o), (s.state.loading = 5))
                  : ((o = vm.get(e)),
                    o ||
                      ((o = {
                        rel: `preload`,
                        as: `style`,
                        href: n.href,
                        crossOrigin: n.crossOrigin,
                        integrity: n.integrity,
                        media: n.media,
                        hrefLang: n.hrefLang,
                        referrerPolicy: n.referrerPolicy,
                      }),
                      vm.set(e, o)),
                    Lm(a, e, o, s.state))),
              t && r === null)
            )
              throw Error(i(528, ``));
            return s;
          }
          if (t && r !== null) throw Error(i(529, ``));
          return null;
        case `script`:
          return (
            (t = n.async),
            (n = n.src),
            typeof n == `string` && t && typeof t != `function` && typeof t != `symbol`
              ? ((n = Rm(n)),
                (t = Gt(a).hoistableScripts),
                (r = t.get(n)),
                r || ((r = { type: `script`, instance: null, count: 0, state: null }), t.set(n, r)),
                r)
              : { type: `void`, instance: null, count: 0, state: null }
          );
        default:
          throw Error(i(444, e));
      }
    }
    function Pm(e) {
      return `href="` + fn(e) + `"`;
    }
    function Fm(e) {
      return `link[rel="stylesheet"][` + e + `]`;
    }
    function Im(e) {
      return x({}, e, { 'data-precedence': e.precedence, precedence: null });
    }
    function Lm(e, t, n, r) {
      if ((t = e.querySelector(`link[rel="preload"][as="style"][` + t + `]`))) {
        if (!0 !== t[Bt]) {
          r.loading = 1;
          return;
        }
      } else
        ((t = e.createElement(`link`)),
          (t[Bt] = !0),
          (t.onload = t.onerror = Kt.bind(null, t)),
          np(t, `link`, n),
          k(t),
          e.head.appendChild(t));
      ((r.preload = t),
        t.addEventListener(`load`, function () {
          return (r.loading |= 1);
        }),
        t.addEventListener(`error`, function () {
          return (r.loading |= 2);
        }));
    }
    function Rm(e) {
      return `[src="` + fn(e) + `"]`;
    }
    function zm(e) {
      return `script[async]` + e;
    }
    function Bm(e, t, n) {
      if ((t.count++, t.instance === null))
        switch (t.type) {
          case `style`:
            var r = e.querySelector(`style[data-href~="` + fn(n.href) + `"]`);
            if (r) return ((t.instance = r), k(r), r);
            var a = x({}, n, { 'data-href': n.href, 'data-precedence': n.precedence, href: null, precedence: null });
            return ((r = (e.ownerDocument || e).createElement(`style`)), k(r), np(r, `style`, a), Vm(r, n.precedence, e), (t.instance = r));
          case `stylesheet`:
            a = Pm(n.href);
            var o = e.querySelector(Fm(a));
            if (o) return ((t.state.loading |= 4), (t.instance = o), k(o), o);
            ((r = Im(n)), (a = vm.get(a)) && Hm(r, a), (o = (e.ownerDocument || e).createElement(`link`)), k(o));
            var s = o;
            return (
              (s._p = new Promise(function (e, t) {
                ((s.onload = e), (s.onerror = t));
              })),
              np(o, `link`, r),
              (t.state.loading |= 4),
              Vm(o, n.precedence, e),
              (t.instance = o)
            );
          case `script`:
            return (
              (o = Rm(n.src)),
              (a = e.querySelector(zm(o)))
                ? ((t.instance = a), k(a), a)
                : ((r = n),
                  (a = vm.get(o)) && ((r = x({}, n)), Um(r, a)),
                  (e = e.ownerDocument || e),
                  (a = e.createElement(`script`)),
                  k(a),
                  np(a, `link`, r),
                  e.head.appendChild(a),
                  (t.instance = a))
            );
          case `void`:
            return null;
          default:
            throw Error(i(443, t.type));
        }
      else t.type === `stylesheet` && !(t.state.loading & 4) && ((r = t.instance), (t.state.loading |= 4), Vm(r, n.precedence, e));
      return t.instance;
    }
    function Vm(e, t, n) {
      for (
        var r = n.querySelectorAll(`link[rel="stylesheet"][data-precedence],style[data-precedence]`),
          i = r.length ? r[r.length - 1] : null,
          a = i,
          o = 0;
        o < r.length;
        o++
      ) {
        var s = r[o];
        if (s.dataset.precedence === t) a = s;
        else if (a !== i) break;
      }
      a ? a.parentNode.insertBefore(e, a.nextSibling) : ((t = n.nodeType === 9 ? n.head : n), t.insertBefore(e, t.firstChild));
    }
    function Hm(e, t) {
      ((e.crossOrigin ??= t.crossOrigin), (e.referrerPolicy ??= t.referrerPolicy), (e.title ??= t.title));
    }
    function Um(e, t) {
      ((e.crossOrigin ??= t.crossOrigin), (e.referrerPolicy ??= t.referrerPolicy), (e.integrity ??= t.integrity));
    }
    var Wm = null;
    function Gm(e, t, n) {
      if (Wm === null) {
        var r = new Map(),
          i = (Wm = new Map());
        i.set(n, r);
      } else ((i = Wm), (r = i.get(n)), r || ((r = new Map()), i.set(n, r)));
      if (r.has(e)) return r;
      for (r.set(e, null), n = n.getElementsByTagName(e), i = 0; i < n.length; i++) {
        var a = n[i];
        if (
          !(a[zt] || a[Mt] || (e === `link` && a.getAttribute(`rel`) === `stylesheet`)) &&
          a.namespaceURI !== `http://www.w3.org/2000/svg`
        ) {
          var o = a.getAttribute(t) || ``;
          o = e + o;
          var s = r.get(o);
          s ? s.push(a) : r.set(o, [a]);
        }
      }
      return r;
    }
    function Km(e, t, n) {
      ((e = e.ownerDocument || e), e.head.insertBefore(n, t === `title` ? e.querySelector(`head > title`) : null));
    }
    function qm(e, t, n) {
      if (n === 1 || t.itemProp != null) return !1;
      switch (e) {
        case `meta`:
        case `title`:
          return !0;
        case `style`:
          if (typeof t.precedence != `string` || typeof t.href != `string` || t.href === ``) break;
          return !0;
        case `link`:
          if (typeof t.rel != `string` || typeof t.href != `string` || t.href === `` || t.onLoad || t.onError) break;
          switch (t.rel) {
            case `stylesheet`:
              return ((e = t.disabled), typeof t.precedence == `string` && e == null);
            default:
              return !0;
          }
        case `script`:
          if (
            t.async &&
            typeof t.async != `function` &&
            typeof t.async != `symbol` &&
            !t.onLoad &&
            !t.onError &&
            t.src &&
            typeof t.src == `string`
          )
            return !0;
      }
      return !1;
    }
    function Jm(e, t) {
      return e === `img` && t.src != null && t.src !== `` && t.onLoad == null && t.loading !== `lazy`;
    }
    function Ym(e) {
      return !(e.type === `stylesheet` && !(e.state.loading & 3));
    }
    function Xm(e) {
      return (e.width || 100) * (e.height || 100) * (typeof devicePixelRatio == `number` ? devicePixelRatio : 1) * 0.25;
    }
    function Zm(e, t) {
      typeof t.decode == `function` &&
        (e.imgCount++, t.complete || ((e.imgBytes += Xm(t)), e.suspenseyImages.push(t)), (e = rh.bind(e)), t.decode().then(e, e));
    }
    function Qm(e, t, n, r) {
      if (n.type === `stylesheet` && (typeof r.media != `string` || !1 !== matchMedia(r.media).matches) && !(n.state.loading & 4)) {
        if (n.instance === null) {
          var i = Pm(r.href),
            a = t.querySelector(Fm(i));
          if (a) {
            ((t = a._p),
              typeof t == `object` && t && typeof t.then == `function` && (e.count++, (e = nh.bind(e)), t.then(e, e)),
              (n.state.loading |= 4),
              (n.instance = a),
              k(a));
            return;
          }
          ((a = t.ownerDocument || t), (r = Im(r)), (i = vm.get(i)) && Hm(r, i), (a = a.createElement(`link`)), k(a));
          var o = a;
          ((o._p = new Promise(function (e, t) {
            ((o.onload = e), (o.onerror = t));
          })),
            np(a, `link`, r),
            (n.instance = a));
        }
        (e.stylesheets === null && (e.stylesheets = new Map()),
          e.stylesheets.set(n, t),
          (t = n.state.preload) &&
            !(n.state.loading & 3) &&
            (e.count++, (n = nh.bind(e)), t.addEventListener(`load`, n), t.addEventListener(`error`, n)));
      }
    }
    var $m = 0;
    function eh(e, t) {
      return (
        e.stylesheets && e.count === 0 && ah(e, e.stylesheets),
        0 < e.count || 0 < e.imgCount
          ? function (n) {
              var r = setTimeout(function () {
                if ((e.stylesheets && ah(e, e.stylesheets), e.unsuspend)) {
                  var t = e.unsuspend;
                  ((e.unsuspend = null), t());
                }
              }, 6e4 + t);
              0 < e.imgBytes && $m === 0 && ($m = 62500 * op());
              var i = setTimeout(
                function () {
                  if (((e.waitingForImages = !1), e.count === 0 && (e.stylesheets && ah(e, e.stylesheets), e.unsuspend))) {
                    var t = e.unsuspend;
                    ((e.unsuspend = null), t());
                  }
                },
                (e.imgBytes > $m ? 50 : 800) + t,
              );
              return (
                (e.unsuspend = n),
                function () {
                  ((e.unsuspend = null), clearTimeout(r), clearTimeout(i));
                }
              );
            }
          : null
      );
    }
    function th(e) {
      if (e.count === 0 && (e.imgCount === 0 || !e.waitingForImages)) {
        if (e.stylesheets) ah(e, e.stylesheets);
        else if (e.unsuspend) {
          var t = e.unsuspend;
          ((e.unsuspend = null), t());
        }
      }
    }
    function nh() {
      (this.count--, th(this));
    }
    function rh() {
      (this.imgCount--, th(this));
    }
    var ih = null;
    function ah(e, t) {
      ((e.stylesheets = null), e.unsuspend !== null && (e.count++, (ih = new Map()), t.forEach(oh, e), (ih = null), nh.call(e)));
    }
    function oh(e, t) {
      if (!(t.state.loading & 4)) {
        var n = ih.get(e);
        if (n) var r = n.get(null);
        else {
          ((n = new Map()), ih.set(e, n));
          for (var i = e.querySelectorAll(`link[data-precedence],style[data-precedence]`), a = 0; a < i.length; a++) {
            var o = i[a];
            (o.nodeName === `LINK` || o.getAttribute(`media`) !== `not all`) && (n.set(o.dataset.precedence, o), (r = o));
          }
          r && n.set(null, r);
        }
        ((i = t.instance),
          (o = i.getAttribute(`data-precedence`)),
          (a = n.get(o) || r),
          a === r && n.set(null, i),
          n.set(o, i),
          this.count++,
          (r = nh.bind(this)),
          i.addEventListener(`load`, r),
          i.addEventListener(`error`, r),
          a ? a.parentNode.insertBefore(i, a.nextSibling) : ((e = e.nodeType === 9 ? e.head : e), e.insertBefore(i, e.firstChild)),
          (t.state.loading |= 4));
      }
    }
    var sh = { $$typeof: de, Provider: null, Consumer: null, _currentValue: De, _currentValue2: De, _threadCount: 0 };
    function ch(e, t, n, r, i, a, o, s, c) {
      ((this.tag = 1),
        (this.containerInfo = e),
        (this.pingCache = this.current = this.pendingChildren = null),
        (this.timeoutHandle = -1),
        (this.callbackNode = this.next = this.pendingContext = this.context = this.cancelPendingCommit = null),
        (this.callbackPriority = 0),
        (this.expirationTimes = xt(-1)),
        (this.entangledLanes =
          this.shellSuspendCounter =
          this.errorRecoveryDisabledLanes =
          this.expiredLanes =
          this.warmLanes =
          this.pingedLanes =
          this.suspendedLanes =
          this.pendingLanes =
            0),
        (this.entanglements = xt(0)),
        (this.hiddenUpdates = xt(null)),
        (this.identifierPrefix = r),
        (this.onUncaughtError = i),
        (this.onCaughtError = a),
        (this.onRecoverableError = o),
        (this.pooledCache = null),
        (this.pooledCacheLanes = 0),
        (this.formState = c),
        (this.transitionTypes = null),
        (this.incompleteTransitions = new Map()));
    }
    function lh(e, t, n, r, i, a, o, s, c, l, u, d) {
      return (
        (e = new ch(e, t, n, o, c, l, u, d, s)),
        (t = 1),
        !0 === a && (t |= 24),
        (a = Vi(3, null, null, t)),
        (e.current = a),
        (a.stateNode = e),
        (t = za()),
        t.refCount++,
        (e.pooledCache = t),
        t.refCount++,
        (a.memoizedState = { element: r, isDehydrated: n, cache: t }),
        So(a),
        e
      );
    }
    function uh(e) {
      return e ? ((e = zi), e) : zi;
    }
    function dh(e, t, n, r, i, a) {
      ((i = uh(i)),
        r.context === null ? (r.context = i) : (r.pendingContext = i),
        (r = wo(t)),
        (r.payload = { element: n }),
        (a = a === void 0 ? null : a),
        a !== null && (r.callback = a),
        (n = To(e, r, t)),
        n !== null && (Pd(n, e, t), Eo(n, e, t)));
    }
    function fh(e, t) {
      if (((e = e.memoizedState), e !== null && e.dehydrated !== null)) {
        var n = e.retryLane;
        e.retryLane = n !== 0 && n < t ? n : t;
      }
    }
    function ph(e, t) {
      (fh(e, t), (e = e.alternate) && fh(e, t));
    }
    function mh(e) {
      if (e.tag === 13 || e.tag === 31) {
        var t = Ii(e, 67108864);
        (t !== null && Pd(t, e, 67108864), ph(e, 67108864));
      }
    }
    function hh(e) {
      if (e.tag === 13 || e.tag === 31) {
        var t = jd();
        t = Dt(t);
        var n = Ii(e, t);
        (n !== null && Pd(n, e, t), ph(e, t));
      }
    }
    var gh = !0;
    function _h(e, t, n, r) {
      var i = w.T;
      w.T = null;
      var a = T.p;
      try {
        ((T.p = 2), yh(e, t, n, r));
      } finally {
        ((T.p = a), (w.T = i));
      }
    }
    function vh(e, t, n, r) {
      var i = w.T;
      w.T = null;
      var a = T.p;
      try {
        ((T.p = 8), yh(e, t, n, r));
      } finally {
        ((T.p = a), (w.T = i));
      }
    }
    function yh(e, t, n, r) {
      if (gh) {
        var i = bh(r);
        if (i === null) (Kf(e, t, r, xh, n), Mh(e, r));
        else if (Ph(i, e, t, n, r)) r.stopPropagation();
        else if ((Mh(e, r), t & 4 && -1 < jh.indexOf(e))) {
          for (; i !== null;) {
            var a = Ut(i);
            if (a !== null)
              switch (a.tag) {
                case 3:
                  if (((a = a.stateNode), a.current.memoizedState.isDehydrated)) {
                    var o = ht(a.pendingLanes);
                    if (o !== 0) {
                      var s = a;
                      for (s.pendingLanes |= 2, s.entangledLanes |= 2; o;) {
                        var c = 1 << (31 - ct(o));
                        ((s.entanglements[1] |= c), (o &= ~c));
                      }
                      (Ef(a), !(W & 6) && ((_d = Xe() + 500), Df(0, !1)));
                    }
                  }
                  break;
                case 31:
                case 13:
                  ((s = Ii(a, 2)), s !== null && Pd(s, a, 2), zd(), ph(a, 2));
              }
            if (((a = bh(r)), a === null && Kf(e, t, r, xh, n), a === i)) break;
            i = a;
          }
          i !== null && r.stopPropagation();
        } else Kf(e, t, r, null, n);
      }
    }
    function bh(e) {
      return ((e = kn(e)), Sh(e));
    }
    var xh = null;
    function Sh(e) {
      if (((xh = null), (e = Ht(e)), e !== null)) {
        var t = o(e);
        if (t === null) e = null;
        else {
          var n = t.tag;
          if (n === 13) {
            if (((e = s(t)), e !== null)) return e;
            e = null;
          } else if (n === 31) {
            if (((e = c(t)), e !== null)) return e;
            e = null;
          } else if (n === 3) {
            if (t.stateNode.current.memoizedState.isDehydrated) return t.tag === 3 ? t.stateNode.containerInfo : null;
            e = null;
          } else t !== e && (e = null);
        }
      }
      return ((xh = e), null);
    }
    function Ch(e) {
      switch (e) {
        case `beforetoggle`:
        case `cancel`:
        case `click`:
        case `close`:
        case `contextmenu`:
        case `copy`:
        case `cut`:
        case `auxclick`:
        case `dblclick`:
        case `dragend`:
        case `dragstart`:
        case `drop`:
        case `focusin`:
        case `focusout`:
        case `input`:
        case `invalid`:
        case `keydown`:
        case `keypress`:
        case `keyup`:
        case `mousedown`:
        case `mouseup`:
        case `paste`:
        case `pause`:
        case `play`:
        case `pointercancel`:
        case `pointerdown`:
        case `pointerup`:
        case `ratechange`:
        case `reset`:
        case `seeked`:
        case `submit`:
        case `toggle`:
        case `touchcancel`:
        case `touchend`:
        case `touchstart`:
        case `volumechange`:
        case `change`:
        case `selectionchange`:
        case `textInput`:
        case `compositionstart`:
        case `compositionend`:
        case `compositionupdate`:
        case `beforeblur`:
        case `afterblur`:
        case `beforeinput`:
        case `blur`:
        case `fullscreenchange`:
        case `fullscreenerror`:
        case `focus`:
        case `hashchange`:
        case `popstate`:
        case `select`:
        case `selectstart`:
          return 2;
        case `drag`:
        case `dragenter`:
        case `dragexit`:
        case `dragleave`:
        case `dragover`:
        case `mousemove`:
        case `mouseout`:
        case `mouseover`:
        case `pointermove`:
        case `pointerout`:
        case `pointerover`:
        case `resize`:
        case `scroll`:
        case `touchmove`:
        case `wheel`:
        case `mouseenter`:
        case `mouseleave`:
        case `pointerenter`:
        case `pointerleave`:
          return 8;
        case `message`:
          switch (Ze()) {
            case Qe:
              return 2;
            case $e:
              return 8;
            case et:
            case tt:
              return 32;
            case nt:
              return 268435456;
            default:
              return 32;
          }
        default:
          return 32;
      }
    }
    var wh = !1,
      Th = null,
      Eh = null,
      Dh = null,
      Oh = new Map(),
      kh = new Map(),
      Ah = [],
      jh =
        `mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset`.split(
          ` `,
        );
    function Mh(e, t) {
      switch (e) {
        case `focusin`:
        case `focusout`:
          Th = null;
          break;
        case `dragenter`:
        case `dragleave`:
          Eh = null;
          break;
        case `mouseover`:
        case `mouseout`:
          Dh = null;
          break;
        case `pointerover`:
        case `pointerout`:
          Oh.delete(t.pointerId);
          break;
        case `gotpointercapture`:
        case `lostpointercapture`:
          kh.delete(t.pointerId);
      }
    }
    function Nh(e, t, n, r, i, a) {
      return e === null || e.nativeEvent !== a
        ? ((e = { blockedOn: t, domEventName: n, eventSystemFlags: r, nativeEvent: a, targetContainers: [i] }),
          t !== null && ((t = Ut(t)), t !== null && mh(t)),
          e)
        : ((e.eventSystemFlags |= r), (t = e.targetContainers), i !== null && t.indexOf(i) === -1 && t.push(i), e);
    }
    function Ph(e, t, n, r, i) {
      switch (t) {
        case `focusin`:
          return ((Th = Nh(Th, e, t, n, r, i)), !0);
        case `dragenter`:
          return ((Eh = Nh(Eh, e, t, n, r, i)), !0);
        case `mouseover`:
          return ((Dh = Nh(Dh, e, t, n, r, i)), !0);
        case `pointerover`:
          var a = i.pointerId;
          return (Oh.set(a, Nh(Oh.get(a) || null, e, t, n, r, i)), !0);
        case `gotpointercapture`:
          return ((a = i.pointerId), kh.set(a, Nh(kh.get(a) || null, e, t, n, r, i)), !0);
      }
      return !1;
    }
    function Fh(e) {
      var t = Ht(e.target);
      if (t !== null) {
        var n = o(t);
        if (n !== null) {
          if (((t = n.tag), t === 13)) {
            if (((t = s(n)), t !== null)) {
              ((e.blockedOn = t),
                At(e.priority, function () {
                  hh(n);
                }));
              return;
            }
          } else if (t === 31) {
            if (((t = c(n)), t !== null)) {
              ((e.blockedOn = t),
                At(e.priority, function () {
                  hh(n);
                }));
              return;
            }
          } else if (t === 3 && n.stateNode.current.memoizedState.isDehydrated) {
            e.blockedOn = n.tag === 3 ? n.stateNode.containerInfo : null;
            return;
          }
        }
      }
      e.blockedOn = null;
    }
    function Ih(e) {
      if (e.blockedOn !== null) return !1;
      for (var t = e.targetContainers; 0 < t.length;) {
        var n = bh(e.nativeEvent);
        if (n === null) {
          n = e.nativeEvent;
          var r = new n.constructor(n.type, n);
          ((On = r), n.target.dispatchEvent(r), (On = null));
        } else return ((t = Ut(n)), t !== null && mh(t), (e.blockedOn = n), !1);
        t.shift();
      }
      return !0;
    }
    function Lh(e, t, n) {
      Ih(e) && n.delete(t);
    }
    function Rh() {
      ((wh = !1),
        Th !== null && Ih(Th) && (Th = null),
        Eh !== null && Ih(Eh) && (Eh = null),
        Dh !== null && Ih(Dh) && (Dh = null),
        Oh.forEach(Lh),
        kh.forEach(Lh));
    }
    function zh(e, n) {
      e.blockedOn === n && ((e.blockedOn = null), wh || ((wh = !0), t.unstable_scheduleCallback(t.unstable_NormalPriority, Rh)));
    }
    var Bh = null;
    function Vh(e) {
      Bh !== e &&
        ((Bh = e),
        t.unstable_scheduleCallback(t.unstable_NormalPriority, function () {
          Bh === e && (Bh = null);
          for (var t = 0; t < e.length; t += 3) {
            var n = e[t],
              r = e[t + 1],
              i = e[t + 2];
            if (typeof r != `function`) {
              if (Sh(r || n) === null) continue;
              break;
            }
            var a = Ut(n);
            a !== null && (e.splice(t, 3), (t -= 3), ac(a, { pending: !0, data: i, method: n.method, action: r }, r, i));
          }
        }));
    }
    function Hh(e) {
      function t(t) {
        return zh(t, e);
      }
      (Th !== null && zh(Th, e), Eh !== null && zh(Eh, e), Dh !== null && zh(Dh, e), Oh.forEach(t), kh.forEach(t));
      for (var n = 0; n < Ah.length; n++) {
        var r = Ah[n];
        r.blockedOn === e && (r.blockedOn = null);
      }
      for (; 0 < Ah.length && ((n = Ah[0]), n.blockedOn === null);) (Fh(n), n.blockedOn === null && Ah.shift());
      if (((n = (e.ownerDocument || e).$$reactFormReplay), n != null))
        for (r = 0; r < n.length; r += 3) {
          var i = n[r],
            a = n[r + 1],
            o = i[Nt] || null;
          if (typeof a == `function`) o || Vh(n);
          else if (o) {
            var s = null;
            if (a && a.hasAttribute(`formAction`)) {
              if (((i = a), (o = a[Nt] || null))) s = o.formAction;
              else if (Sh(i) !== null) continue;
            } else s = o.action;
            (typeof s == `function` ? (n[r + 1] = s) : (n.splice(r, 3), (r -= 3)), Vh(n));
          }
        }
    }
    function Uh() {
      function e(e) {
        e.canIntercept &&
          e.info === `react-transition` &&
          e.intercept({
            handler: function () {
              return new Promise(function (e) {
                return (i = e);
              });
            },
            focusReset: `manual`,
            scroll: `manual`,
          });
      }
      function t() {
        (i !== null && (i(), (i = null)), r || setTimeout(n, 20));
      }
      function n() {
        if (!r && !navigation.transition) {
          var e = navigation.currentEntry;
          e && e.url != null && navigation.navigate(e.url, { state: e.getState(), info: `react-transition`, history: `replace` });
        }
      }
      if (typeof navigation == `object`) {
        var r = !1,
          i = null;
        return (
          navigation.addEventListener(`navigate`, e),
          navigation.addEventListener(`navigatesuccess`, t),
          navigation.addEventListener(`navigateerror`, t),
          setTimeout(n, 100),
          function () {
            ((r = !0),
              navigation.removeEventListener(`navigate`, e),
              navigation.removeEventListener(`navigatesuccess`, t),
              navigation.removeEventListener(`navigateerror`, t),
              i !== null && (i(), (i = null)));
          }
        );
      }
    }
    function Wh(e) {
      this._internalRoot = e;
    }
    ((Gh.prototype.render = Wh.prototype.render =
      function (e) {
        var t = this._internalRoot;
        if (t === null) throw Error(i(409));
        dh(t.current, jd(), e, t, null, null);
      }),
      (Gh.prototype.unmount = Wh.prototype.unmount =
        function () {
          var e = this._internalRoot;
          if (e !== null) {
            this._internalRoot = null;
            var t = e.containerInfo;
            (dh(e.current, 2, null, e, null, null), zd(), (t[Pt] = null));
          }
        }));
    function Gh(e) {
      this._internalRoot = e;
    }
    Gh.prototype.unstable_scheduleHydration = function (e) {
      if (e) {
        var t = kt();
        e = { blockedOn: null, target: e, priority: t };
        for (var n = 0; n < Ah.length && t !== 0 && t < Ah[n].priority; n++);
        (Ah.splice(n, 0, e), n === 0 && Fh(e));
      }
    };
    var Kh = n.version;
    if (Kh !== `19.3.1`) throw Error(i(527, Kh, `19.3.1`));
    T.findDOMNode = function (e) {
      var t = e._reactInternals;
      if (t === void 0) throw typeof e.render == `function` ? Error(i(188)) : ((e = Object.keys(e).join(`,`)), Error(i(268, e)));
      return ((e = u(t)), (e = e === null ? null : d(e)), (e = e === null ? null : e.stateNode), e);
    };
    var qh = { bundleType: 0, version: `19.3.1`, rendererPackageName: `react-dom`, currentDispatcherRef: w, reconcilerVersion: `19.3.1` };
    if (typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u`) {
      var Jh = __REACT_DEVTOOLS_GLOBAL_HOOK__;
      if (!Jh.isDisabled && Jh.supportsFiber)
        try {
          ((at = Jh.inject(qh)), (ot = Jh));
        } catch {}
    }
    e.createRoot = function (e, t) {
      if (!a(e)) throw Error(i(299));
      var n = !1,
        r = ``,
        o = Oc,
        s = kc,
        c = Ac;
      return (
        t != null &&
          (!0 === t.unstable_strictMode && (n = !0),
          t.identifierPrefix !== void 0 && (r = t.identifierPrefix),
          t.onUncaughtError !== void 0 && (o = t.onUncaughtError),
          t.onCaughtError !== void 0 && (s = t.onCaughtError),
          t.onRecoverableError !== void 0 && (c = t.onRecoverableError)),
        (t = lh(e, 1, !1, null, null, n, r, null, o, s, c, Uh)),
        (e[Pt] = t.current),
        Wf(e),
        new Wh(t)
      );
    };
  }),
  x = n((e, t) => {
    function n() {
      if (typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u` && typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE == `function`)
        try {
          __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(n);
        } catch (e) {
          console.error(e);
        }
    }
    (n(), (t.exports = ae()));
  })(),
  S = t(b(), 1),
  C = s(),
  oe = (0, S.createContext)(null);
function se({ children: e }) {
  let [t, n] = (0, S.useState)(null),
    [i, a] = (0, S.useState)(!0),
    o = (0, S.useCallback)(async () => {
      try {
        let { session: e } = await r.call(`whoami`);
        (r.setCsrfToken(e?.csrfToken), n(e?.user ?? null));
      } finally {
        a(!1);
      }
    }, []);
  (0, S.useEffect)(() => {
    o();
  }, [o]);
  let s = {
    user: t,
    loading: i,
    setSignedIn(e, t) {
      (r.setCsrfToken(t), n(e));
    },
    refresh: o,
    async signOut() {
      (await r.call(`logout`).catch(() => {}), r.setCsrfToken(void 0), n(null));
    },
  };
  return (0, C.jsx)(oe.Provider, { value: s, children: e });
}
function ce() {
  let e = (0, S.useContext)(oe);
  if (!e) throw Error(`useSession outside SessionProvider`);
  return e;
}
var le = {
    type: `3rdParty`,
    init(e) {
      (c(e.options.react), d(e));
    },
  },
  ue = (0, S.createContext)({ utc: !1, setUtc: () => {} }),
  de = e({ en: () => fe, ru: () => he }),
  fe = {
    message_one: `{{count}} message`,
    message_other: `{{count}} messages`,
    email_one: `{{count}} e-mail`,
    email_other: `{{count}} e-mails`,
    web_visit_one: `{{count}} web visit`,
    web_visit_other: `{{count}} web visits`,
    download_one: `{{count}} download`,
    download_other: `{{count}} downloads`,
    image_one: `{{count}} image`,
    image_other: `{{count}} images`,
    document_one: `{{count}} document`,
    document_other: `{{count}} documents`,
    call_one: `{{count}} call`,
    call_other: `{{count}} calls`,
    contact_one: `{{count}} contact`,
    contact_other: `{{count}} contacts`,
    location_one: `{{count}} location`,
    location_other: `{{count}} locations`,
    account_one: `{{count}} account`,
    account_other: `{{count}} accounts`,
    file_entry_one: `{{count}} file`,
    file_entry_other: `{{count}} files`,
    names: {
      message: `Message`,
      email: `E-mail`,
      web_visit: `Web visit`,
      download: `Download`,
      image: `Image`,
      document: `Document`,
      call: `Call`,
      contact: `Contact`,
      location: `Location`,
      account: `Account`,
      file_entry: `File`,
    },
  },
  pe = (e, t, n) => ({ one: e, few: t, many: n }),
  me = {
    message: pe(`сообщение`, `сообщения`, `сообщений`),
    email: pe(`письмо`, `письма`, `писем`),
    web_visit: pe(`посещение сайта`, `посещения сайтов`, `посещений сайтов`),
    download: pe(`загрузка`, `загрузки`, `загрузок`),
    image: pe(`изображение`, `изображения`, `изображений`),
    document: pe(`документ`, `документа`, `документов`),
    call: pe(`звонок`, `звонка`, `звонков`),
    contact: pe(`контакт`, `контакта`, `контактов`),
    location: pe(`место`, `места`, `мест`),
    account: pe(`учётная запись`, `учётные записи`, `учётных записей`),
    file_entry: pe(`файл`, `файла`, `файлов`),
  },
  he = {
    ...Object.fromEntries(
      Object.entries(me).flatMap(([e, t]) => [
        [`${e}_one`, `{{count}} ${t.one}`],
        [`${e}_few`, `{{count}} ${t.few}`],
        [`${e}_many`, `{{count}} ${t.many}`],
        [`${e}_other`, `{{count}} ${t.few}`],
      ]),
    ),
    names: {
      message: `Сообщение`,
      email: `Письмо`,
      web_visit: `Посещение сайта`,
      download: `Загрузка`,
      image: `Изображение`,
      document: `Документ`,
      call: `Звонок`,
      contact: `Контакт`,
      location: `Место`,
      account: `Учётная запись`,
      file_entry: `Файл`,
    },
  },
  ge = e({ en: () => _e, ru: () => ve }),
  _e = {
    appName: `Tamga`,
    loading: `Loading…`,
    undated: `undated`,
    unknownZone: `unknown zone`,
    save: `Save`,
    cancel: `Cancel`,
    create: `Create`,
    close: `Close`,
    back: `Back`,
    next: `Next`,
    previous: `Previous`,
    retry: `Try again`,
    yes: `Yes`,
    no: `No`,
    none: `None`,
    language: `Language`,
    utcToggle: `Show times in UTC`,
    signOut: `Sign out`,
    account: `My account`,
    nav: { main: `Main`, cases: `Cases`, users: `Users`, ledger: `Ledger`, accessRequests: `My access requests` },
    caseNav: {
      label: `Case sections`,
      overview: `Overview`,
      authorizations: `Authorisations`,
      evidence: `Evidence`,
      upload: `Upload`,
      artifacts: `Artefacts`,
      search: `Search`,
      timeline: `Timeline`,
      entities: `Entities`,
      graph: `Links`,
      custody: `Custody`,
    },
    notFound: `There is nothing at this address.`,
    justification: {
      title: `Why do you need to read this?`,
      explain: `Reading original evidence is recorded in the ledger with the reason you give.`,
      label: `Justification`,
      confirm: `Read`,
    },
    roles: {
      admin: `Administrator`,
      supervisor: `Supervisor`,
      investigator: `Investigator`,
      examiner: `Examiner`,
      prosecutor: `Prosecutor`,
      auditor: `Auditor`,
      trainee: `Trainee`,
    },
    levels: { read: `Read`, contribute: `Contribute`, lead: `Lead` },
    items_one: `{{count}} item`,
    items_other: `{{count}} items`,
  },
  ve = {
    appName: `Тамга`,
    loading: `Загрузка…`,
    undated: `без даты`,
    unknownZone: `часовой пояс неизвестен`,
    save: `Сохранить`,
    cancel: `Отмена`,
    create: `Создать`,
    close: `Закрыть`,
    back: `Назад`,
    next: `Далее`,
    previous: `Назад`,
    retry: `Повторить`,
    yes: `Да`,
    no: `Нет`,
    none: `Нет`,
    language: `Язык`,
    utcToggle: `Время в UTC`,
    signOut: `Выйти`,
    account: `Моя учётная запись`,
    nav: { main: `Главное меню`, cases: `Дела`, users: `Пользователи`, ledger: `Журнал`, accessRequests: `Мои запросы доступа` },
    caseNav: {
      label: `Разделы дела`,
      overview: `Обзор`,
      authorizations: `Санкции`,
      evidence: `Доказательства`,
      upload: `Загрузка`,
      artifacts: `Артефакты`,
      search: `Поиск`,
      timeline: `Хронология`,
      entities: `Сущности`,
      graph: `Связи`,
      custody: `Хранение`,
    },
    notFound: `По этому адресу ничего нет.`,
    justification: {
      title: `Зачем вам это читать?`,
      explain: `Чтение исходных доказательств записывается в журнал вместе с указанной причиной.`,
      label: `Обоснование`,
      confirm: `Открыть`,
    },
    roles: {
      admin: `Администратор`,
      supervisor: `Руководитель`,
      investigator: `Следователь`,
      examiner: `Эксперт`,
      prosecutor: `Прокурор`,
      auditor: `Аудитор`,
      trainee: `Слушатель`,
    },
    levels: { read: `Чтение`, contribute: `Участие`, lead: `Руководство` },
    items_one: `{{count}} объект`,
    items_few: `{{count}} объекта`,
    items_many: `{{count}} объектов`,
    items_other: `{{count}} объекта`,
  },
  ye = e({ en: () => be, ru: () => xe }),
  be = {
    NETWORK: `The server cannot be reached. Check the connection and try again.`,
    VALIDATION_FAILED: `Some of what was entered is not valid.`,
    UNAUTHENTICATED: `Please sign in.`,
    INVALID_CREDENTIALS: `Wrong user name or password.`,
    TOTP_REQUIRED: `Enter the code from your authenticator app.`,
    TOTP_INVALID: `The authenticator code is wrong or has expired.`,
    SESSION_EXPIRED: `Your session has ended; please sign in again.`,
    CSRF_REJECTED: `The page is out of date; reload it and try again.`,
    PASSWORD_CHANGE_REQUIRED: `Change your password before you continue.`,
    ROLE_FORBIDDEN: `Your role does not allow this.`,
    ACCESS_LEVEL_TOO_LOW: `Your access to this case does not allow this.`,
    SELF_MEMBERSHIP_FORBIDDEN: `You cannot change your own membership.`,
    MEMBER_ROLE_NOT_ALLOWED: `A user with this role cannot be a case member.`,
    LAST_LEAD: `A case must keep at least one lead.`,
    TRAINING_ONLY: `Trainees work only in training cases.`,
    ACCOUNT_LOCKED: `Too many failed sign-ins; the account is locked for a while.`,
    ACCOUNT_DISABLED: `This account is disabled.`,
    USER_NOT_FOUND: `No such user.`,
    CASE_NOT_FOUND: `No such case.`,
    AUTHORIZATION_NOT_FOUND: `No such authorisation.`,
    ROUTE_NOT_FOUND: `No such address.`,
    USERNAME_TAKEN: `That user name is taken.`,
    CASE_REFERENCE_TAKEN: `That case reference is already used.`,
    CASE_STATUS_TRANSITION: `The case cannot move to that status from its current one.`,
    CASE_NOT_OPEN: `The case is not open.`,
    WEAK_PASSWORD: `The password is too weak: use at least 12 characters that are hard to guess.`,
    PASSWORD_REUSED: `The new password must differ from the current one.`,
    OFFENCE_NATIONAL_REQUIRED: `Choose at least one offence of the national code.`,
    OFFENCE_UNKNOWN: `An offence code is not in the catalogue.`,
    AUTH_NONE: `No authorisation in force covers this.`,
    AUTH_REVOKED: `The authorisation has been revoked.`,
    AUTH_NOT_YET_VALID: `The authorisation is not yet valid.`,
    AUTH_EXPIRED: `The authorisation has expired.`,
    AUTH_VALIDATION_OVERDUE: `The authorisation was not validated by the court in time.`,
    AUTH_MEASURE_NOT_COVERED: `The authorisation does not cover this measure.`,
    AUTH_CATEGORY_OUT_OF_SCOPE: `This data category is outside the authorisation.`,
    AUTH_SELECTOR_OUT_OF_SCOPE: `This selector is outside the authorisation.`,
    AUTH_EXHIBIT_OUT_OF_SCOPE: `This exhibit is outside the authorisation.`,
    AUTH_PERIOD_OUT_OF_SCOPE: `This period is outside the authorisation.`,
    AUTH_LEGAL_BASIS_MISSING: `Give the legal basis with its domestic provision.`,
    AUTH_VALIDITY_INVERTED: `"Valid until" must come after "valid from".`,
    EVIDENCE_NOT_FOUND: `No such evidence item.`,
    ARTIFACT_NOT_FOUND: `No such artefact.`,
    ENTITY_NOT_FOUND: `This entity does not occur in this case.`,
    ACCESS_REQUEST_NOT_FOUND: `No such access request.`,
    ACCESS_REQUEST_DECIDED: `This access request has already been decided.`,
    NOTHING_TO_REQUEST: `There is no other case to ask: you are a member of them all or have asked already.`,
    ARTIFACT_KEY_REPEATED: `A parser produced the same artefact twice; the item was marked failed.`,
    ARTIFACT_BYTES_UNAVAILABLE: `This artefact points inside a member or a database row; open the item instead.`,
    EXHIBIT_NUMBER_TAKEN: `That exhibit number is already used in this case.`,
    INGEST_SOURCE_INVALID: `The file or folder cannot be read.`,
    INGEST_FAILED: `The evidence could not be taken in; nothing was recorded.`,
    JUSTIFICATION_REQUIRED: `State why you need to read the original evidence.`,
    INTEGRITY_INCIDENT_OPEN: `An integrity incident is open on this item; a supervisor must resolve it first.`,
    INCIDENT_NOT_FOUND: `No such integrity incident.`,
    CUSTODY_STATE: `This custody step does not fit the item’s current custody.`,
    ITEM_DISPOSED: `This item has been disposed of.`,
    LEDGER_BROKEN: `The ledger does not verify; an auditor must look at it.`,
    SEARCH_QUERY_INVALID: `The search could not be understood: check quotes, brackets and NOT.`,
    RATE_LIMITED: `Too many attempts; wait a moment.`,
    INTERNAL: `Something went wrong on the server; it has been logged.`,
    HTTP_ERROR: `The server answered with an error.`,
  },
  xe = {
    NETWORK: `Сервер недоступен. Проверьте соединение и повторите.`,
    VALIDATION_FAILED: `Часть введённых данных неверна.`,
    UNAUTHENTICATED: `Войдите в систему.`,
    INVALID_CREDENTIALS: `Неверное имя пользователя или пароль.`,
    TOTP_REQUIRED: `Введите код из приложения-аутентификатора.`,
    TOTP_INVALID: `Код аутентификатора неверен или устарел.`,
    SESSION_EXPIRED: `Сеанс завершён; войдите снова.`,
    CSRF_REJECTED: `Страница устарела; обновите её и повторите.`,
    PASSWORD_CHANGE_REQUIRED: `Смените пароль, чтобы продолжить.`,
    ROLE_FORBIDDEN: `Ваша роль этого не позволяет.`,
    ACCESS_LEVEL_TOO_LOW: `Ваш доступ к этому делу этого не позволяет.`,
    SELF_MEMBERSHIP_FORBIDDEN: `Нельзя менять собственное участие в деле.`,
    MEMBER_ROLE_NOT_ALLOWED: `Пользователь с этой ролью не может участвовать в деле.`,
    LAST_LEAD: `У дела должен остаться хотя бы один руководитель.`,
    TRAINING_ONLY: `Слушатели работают только с учебными делами.`,
    ACCOUNT_LOCKED: `Слишком много неудачных попыток входа; учётная запись временно заблокирована.`,
    ACCOUNT_DISABLED: `Учётная запись отключена.`,
    USER_NOT_FOUND: `Такого пользователя нет.`,
    CASE_NOT_FOUND: `Такого дела нет.`,
    AUTHORIZATION_NOT_FOUND: `Такой санкции нет.`,
    ROUTE_NOT_FOUND: `Такого адреса нет.`,
    USERNAME_TAKEN: `Это имя пользователя уже занято.`,
    CASE_REFERENCE_TAKEN: `Такой номер дела уже используется.`,
    CASE_STATUS_TRANSITION: `Дело нельзя перевести в этот статус из текущего.`,
    CASE_NOT_OPEN: `Дело не открыто.`,
    WEAK_PASSWORD: `Пароль слишком простой: не меньше 12 символов, которые трудно угадать.`,
    PASSWORD_REUSED: `Новый пароль должен отличаться от текущего.`,
    OFFENCE_NATIONAL_REQUIRED: `Выберите хотя бы одну статью национального кодекса.`,
    OFFENCE_UNKNOWN: `Статьи нет в справочнике.`,
    AUTH_NONE: `Нет действующей санкции, которая это покрывает.`,
    AUTH_REVOKED: `Санкция отозвана.`,
    AUTH_NOT_YET_VALID: `Санкция ещё не вступила в силу.`,
    AUTH_EXPIRED: `Срок санкции истёк.`,
    AUTH_VALIDATION_OVERDUE: `Санкция не была вовремя подтверждена судом.`,
    AUTH_MEASURE_NOT_COVERED: `Санкция не покрывает это действие.`,
    AUTH_CATEGORY_OUT_OF_SCOPE: `Эта категория данных вне пределов санкции.`,
    AUTH_SELECTOR_OUT_OF_SCOPE: `Этот идентификатор вне пределов санкции.`,
    AUTH_EXHIBIT_OUT_OF_SCOPE: `Этот объект вне пределов санкции.`,
    AUTH_PERIOD_OUT_OF_SCOPE: `Этот период вне пределов санкции.`,
    AUTH_LEGAL_BASIS_MISSING: `Укажите правовое основание с нормой национального закона.`,
    AUTH_VALIDITY_INVERTED: `«Действует до» должно быть позже «действует с».`,
    EVIDENCE_NOT_FOUND: `Такого объекта нет.`,
    ARTIFACT_NOT_FOUND: `Такого артефакта нет.`,
    ENTITY_NOT_FOUND: `Эта сущность в деле не встречается.`,
    ACCESS_REQUEST_NOT_FOUND: `Такого запроса доступа нет.`,
    ACCESS_REQUEST_DECIDED: `По этому запросу уже принято решение.`,
    NOTHING_TO_REQUEST: `Запрашивать некого: вы уже участник всех таких дел или уже отправили запрос.`,
    ARTIFACT_KEY_REPEATED: `Парсер выдал один артефакт дважды; объект помечен как необработанный.`,
    ARTIFACT_BYTES_UNAVAILABLE: `Артефакт указывает внутрь вложенного файла или строки базы; откройте объект.`,
    EXHIBIT_NUMBER_TAKEN: `Такой номер объекта в деле уже есть.`,
    INGEST_SOURCE_INVALID: `Файл или папку невозможно прочитать.`,
    INGEST_FAILED: `Доказательство не удалось принять; ничего не записано.`,
    JUSTIFICATION_REQUIRED: `Укажите, зачем вам исходные доказательства.`,
    INTEGRITY_INCIDENT_OPEN: `По объекту открыт инцидент целостности; его должен закрыть руководитель.`,
    INCIDENT_NOT_FOUND: `Такого инцидента нет.`,
    CUSTODY_STATE: `Этот шаг хранения не соответствует текущему состоянию объекта.`,
    ITEM_DISPOSED: `Объект уничтожен или возвращён.`,
    LEDGER_BROKEN: `Журнал не проходит проверку; нужен аудитор.`,
    SEARCH_QUERY_INVALID: `Запрос непонятен: проверьте кавычки, скобки и NOT.`,
    RATE_LIMITED: `Слишком много попыток; подождите немного.`,
    INTERNAL: `Ошибка на сервере; она записана в журнал.`,
    HTTP_ERROR: `Сервер ответил ошибкой.`,
  },
  Se = e({ en: () => Ce, ru: () => we }),
  Ce = {
    title: `Cases`,
    newCase: `New case`,
    none: `You are not a member of any case yet.`,
    reference: `Reference`,
    caseTitle: `Title`,
    description: `Description`,
    status: `Status`,
    myLevel: `My access`,
    country: `Country`,
    timeZone: `Time zone`,
    training: `Training case`,
    createTitle: `Open a case`,
    offences: `Offences`,
    nationalOffence: `Article of the national criminal code`,
    nationalHint: `For example 256 ч.2; add as many as apply`,
    addNational: `Add article`,
    international: `International classifications`,
    removeOffence: `Remove {{code}}`,
    statuses: { open: `Open`, suspended: `Suspended`, closed: `Closed`, archived: `Archived` },
    overview: {
      members: `Members`,
      authorizations_one: `{{count}} authorisation`,
      authorizations_other: `{{count}} authorisations`,
      processing: `Processing`,
      items: `Items with content`,
      done: `Done`,
      failed: `Failed`,
      skipped: `Skipped`,
      waiting: `Waiting`,
      running: `Running`,
      analysed: `Analysed`,
      finished: `Everything is processed and searchable.`,
      inProgress: `Processing is under way.`,
      artefacts: `Artefacts by type`,
      problems: `Items that need attention`,
      reason: `Reason`,
      entities: `Entity occurrences`,
    },
  },
  we = {
    title: `Дела`,
    newCase: `Новое дело`,
    none: `Вы пока не участвуете ни в одном деле.`,
    reference: `Номер`,
    caseTitle: `Название`,
    description: `Описание`,
    status: `Статус`,
    myLevel: `Мой доступ`,
    country: `Страна`,
    timeZone: `Часовой пояс`,
    training: `Учебное дело`,
    createTitle: `Открыть дело`,
    offences: `Составы`,
    nationalOffence: `Статья национального УК`,
    nationalHint: `Например, 256 ч.2; добавьте все подходящие`,
    addNational: `Добавить статью`,
    international: `Международные классификации`,
    removeOffence: `Убрать {{code}}`,
    statuses: { open: `Открыто`, suspended: `Приостановлено`, closed: `Закрыто`, archived: `В архиве` },
    overview: {
      members: `Участники`,
      authorizations_one: `{{count}} санкция`,
      authorizations_few: `{{count}} санкции`,
      authorizations_many: `{{count}} санкций`,
      authorizations_other: `{{count}} санкции`,
      processing: `Обработка`,
      items: `Объекты с содержимым`,
      done: `Готово`,
      failed: `С ошибкой`,
      skipped: `Пропущено`,
      waiting: `В очереди`,
      running: `Идёт`,
      analysed: `Проанализировано`,
      finished: `Всё обработано и доступно для поиска.`,
      inProgress: `Идёт обработка.`,
      artefacts: `Артефакты по типам`,
      problems: `Объекты, требующие внимания`,
      reason: `Причина`,
      entities: `Вхождения сущностей`,
    },
  },
  Te = e({ en: () => Ee, ru: () => w }),
  Ee = {
    title: `Sign in to Tamga`,
    username: `User name`,
    password: `Password`,
    totp: `Authenticator code`,
    totpHint: `Six digits from your authenticator app`,
    submit: `Sign in`,
    changeTitle: `Choose a new password`,
    changeForced: `Your password was set by an administrator. Choose your own before you continue.`,
    currentPassword: `Current password`,
    newPassword: `New password`,
    repeatPassword: `New password again`,
    passwordHint: `At least 12 characters; a phrase of several words is easiest to remember.`,
    mismatch: `The two new passwords differ.`,
    change: `Change password`,
    changed: `Your password has been changed.`,
  },
  w = {
    title: `Вход в Тамгу`,
    username: `Имя пользователя`,
    password: `Пароль`,
    totp: `Код аутентификатора`,
    totpHint: `Шесть цифр из приложения-аутентификатора`,
    submit: `Войти`,
    changeTitle: `Новый пароль`,
    changeForced: `Пароль задан администратором. Задайте свой, чтобы продолжить.`,
    currentPassword: `Текущий пароль`,
    newPassword: `Новый пароль`,
    repeatPassword: `Новый пароль ещё раз`,
    passwordHint: `Не меньше 12 символов; фразу из нескольких слов проще запомнить.`,
    mismatch: `Новые пароли не совпадают.`,
    change: `Сменить пароль`,
    changed: `Пароль изменён.`,
  },
  T = [`en`, `ru`],
  De = Object.assign({
    './artifact-types.locale.ts': de,
    './common.locale.ts': ge,
    './errors.locale.ts': ye,
    './screens/cases/cases.locale.ts': Se,
    './screens/sign-in/sign-in.locale.ts': Te,
  }),
  Oe = { en: {}, ru: {} };
for (let [e, t] of Object.entries(De)) {
  let n = e.split(`/`).pop().replace(`.locale.ts`, ``);
  ((Oe.en[n] = t.en), (Oe.ru[n] = t.ru));
}
var ke = `tamga.language`;
function Ae() {
  let e = localStorage.getItem(ke);
  return e === `en` || e === `ru` ? e : navigator.language.toLowerCase().startsWith(`ru`) ? `ru` : `en`;
}
async function je() {
  return (
    await ee
      .use(le)
      .init({ resources: Oe, lng: Ae(), fallbackLng: `en`, defaultNS: `common`, interpolation: { escapeValue: !1 }, returnNull: !1 }),
    (document.documentElement.lang = ee.language),
    ee
  );
}
async function E(e) {
  (localStorage.setItem(ke, e), await ee.changeLanguage(e), (document.documentElement.lang = e));
}
function Me() {
  let { t: e, i18n: t } = m(`sign-in`),
    { setSignedIn: n } = ce(),
    [i, s] = (0, S.useState)(``),
    [c, l] = (0, S.useState)(``),
    [u, d] = (0, S.useState)(``),
    [f, p] = (0, S.useState)(!1),
    [h, _] = (0, S.useState)(null),
    [v, b] = (0, S.useState)(!1);
  async function ee(e) {
    (e.preventDefault(), b(!0), _(null));
    try {
      let e = await r.call(`login`, { body: { username: i, password: c, ...(f ? { totpCode: u } : {}), client: `web` } });
      n(e.user, e.csrfToken);
    } catch (e) {
      (e instanceof a && e.code === `TOTP_REQUIRED` && p(!0), _(y(e)));
    } finally {
      b(!1);
    }
  }
  return (0, C.jsx)(`main`, {
    className: `sign-in`,
    id: `main`,
    children: (0, C.jsxs)(`form`, {
      onSubmit: (e) => void ee(e),
      className: `card narrow`,
      'aria-labelledby': `sign-in-title`,
      children: [
        (0, C.jsx)(`h1`, { id: `sign-in-title`, children: e(`title`) }),
        (0, C.jsx)(o, {
          label: e(`username`),
          value: i,
          onChange: (e) => s(e.target.value),
          autoComplete: `username`,
          required: !0,
          autoFocus: !0,
        }),
        (0, C.jsx)(o, {
          label: e(`password`),
          type: `password`,
          value: c,
          onChange: (e) => l(e.target.value),
          autoComplete: `current-password`,
          required: !0,
        }),
        f &&
          (0, C.jsx)(o, {
            label: e(`totp`),
            hint: e(`totpHint`),
            value: u,
            onChange: (e) => d(e.target.value.replace(/\D/g, ``).slice(0, 6)),
            inputMode: `numeric`,
            autoComplete: `one-time-code`,
            required: !0,
            autoFocus: !0,
          }),
        (0, C.jsx)(g, { message: h }),
        (0, C.jsx)(`button`, { type: `submit`, className: `primary`, disabled: v, children: e(`submit`) }),
        (0, C.jsxs)(`div`, {
          className: `field inline`,
          children: [
            (0, C.jsx)(`label`, { htmlFor: `sign-in-language`, children: e(`common:language`) }),
            (0, C.jsx)(`select`, {
              id: `sign-in-language`,
              value: t.language,
              onChange: (e) => void E(e.target.value),
              children: T.map((e) => (0, C.jsx)(`option`, { value: e, children: e === `en` ? `English` : `Русский` }, e)),
            }),
          ],
        }),
      ],
    }),
  });
}
function Ne({ forced: e = !1 }) {
  let { t } = m(`sign-in`),
    { refresh: n } = ce(),
    [i, a] = (0, S.useState)(``),
    [s, c] = (0, S.useState)(``),
    [l, u] = (0, S.useState)(``),
    [d, f] = (0, S.useState)(null),
    [p, h] = (0, S.useState)(!1);
  async function _(e) {
    if ((e.preventDefault(), f(null), s !== l)) return f(t(`mismatch`));
    try {
      (await r.call(`changePassword`, { body: { currentPassword: i, newPassword: s } }), h(!0), a(``), c(``), u(``), await n());
    } catch (e) {
      f(y(e));
    }
  }
  let v = (0, C.jsxs)(`form`, {
    onSubmit: (e) => void _(e),
    className: `card narrow`,
    'aria-labelledby': `change-password-title`,
    children: [
      (0, C.jsx)(`h1`, { id: `change-password-title`, children: t(`changeTitle`) }),
      e && (0, C.jsx)(`p`, { children: t(`changeForced`) }),
      (0, C.jsx)(o, {
        label: t(`currentPassword`),
        type: `password`,
        value: i,
        onChange: (e) => a(e.target.value),
        autoComplete: `current-password`,
        required: !0,
      }),
      (0, C.jsx)(o, {
        label: t(`newPassword`),
        hint: t(`passwordHint`),
        type: `password`,
        value: s,
        onChange: (e) => c(e.target.value),
        autoComplete: `new-password`,
        required: !0,
      }),
      (0, C.jsx)(o, {
        label: t(`repeatPassword`),
        type: `password`,
        value: l,
        onChange: (e) => u(e.target.value),
        autoComplete: `new-password`,
        required: !0,
      }),
      (0, C.jsx)(g, { message: d }),
      p && (0, C.jsx)(`p`, { role: `status`, children: t(`changed`) }),
      (0, C.jsx)(`button`, { type: `submit`, className: `primary`, children: t(`change`) }),
    ],
  });
  return e ? (0, C.jsx)(`main`, { className: `sign-in`, id: `main`, children: v }) : v;
}
function Pe({ children: e }) {
  let { t, i18n: n } = m(),
    { user: r, signOut: a } = ce(),
    { utc: o, setUtc: s } = (0, S.useContext)(ue),
    { path: c } = i(),
    u = r?.role,
    d = [];
  return (
    u !== `auditor` && d.push([`/cases`, t(`nav.cases`)], [`/access-requests`, t(`nav.accessRequests`)]),
    u === `admin` && d.push([`/admin/users`, t(`nav.users`)]),
    (u === `auditor` || u === `admin`) && d.push([`/ledger`, t(`nav.ledger`)]),
    (0, C.jsxs)(`div`, {
      className: `app`,
      children: [
        (0, C.jsxs)(`header`, {
          className: `topbar`,
          children: [
            (0, C.jsx)(f, { to: `/`, className: `brand`, children: t(`appName`) }),
            (0, C.jsx)(`nav`, {
              'aria-label': t(`nav.main`),
              children: d.map(([e, t]) => (0, C.jsx)(f, { to: e, 'aria-current': c.startsWith(e) ? `page` : void 0, children: t }, e)),
            }),
            (0, C.jsxs)(`div`, {
              className: `topbar-tools`,
              children: [
                (0, C.jsxs)(`label`, {
                  className: `toggle`,
                  children: [
                    (0, C.jsx)(`input`, { type: `checkbox`, checked: o, onChange: (e) => s(e.target.checked) }),
                    ` UTC`,
                    (0, C.jsx)(`span`, { className: `visually-hidden`, children: t(`utcToggle`) }),
                  ],
                }),
                (0, C.jsx)(`label`, { className: `visually-hidden`, htmlFor: `language`, children: t(`language`) }),
                (0, C.jsx)(`select`, {
                  id: `language`,
                  value: n.language,
                  onChange: (e) => void E(e.target.value),
                  children: T.map((e) => (0, C.jsx)(`option`, { value: e, children: e === `en` ? `English` : `Русский` }, e)),
                }),
                (0, C.jsxs)(f, {
                  to: `/account`,
                  className: `user`,
                  children: [r?.displayName, ` · `, t(`roles.${r?.role ?? `investigator`}`)],
                }),
                (0, C.jsx)(`button`, {
                  type: `button`,
                  onClick: () => {
                    a().then(() => l(`/`, { replace: !0 }));
                  },
                  children: t(`signOut`),
                }),
              ],
            }),
          ],
        }),
        (0, C.jsx)(`main`, { id: `main`, children: e }),
      ],
    })
  );
}
function Fe() {
  let { t: e } = m();
  return (0, C.jsxs)(`section`, {
    children: [(0, C.jsx)(`p`, { children: e(`notFound`) }), (0, C.jsx)(f, { to: `/cases`, children: e(`nav.cases`) })],
  });
}
function Ie() {
  let { t: e } = m(`cases`),
    t = _(() => r.call(`listCases`), []);
  return (0, C.jsxs)(`section`, {
    children: [
      (0, C.jsx)(v, {
        actions: (0, C.jsx)(f, { to: `/cases/new`, className: `button primary`, children: e(`newCase`) }),
        children: e(`title`),
      }),
      (0, C.jsx)(g, { message: t.error }),
      t.loading && !t.data
        ? (0, C.jsx)(u, {})
        : t.data?.length === 0
          ? (0, C.jsx)(p, { children: e(`none`) })
          : (0, C.jsxs)(`table`, {
              className: `table`,
              children: [
                (0, C.jsx)(`thead`, {
                  children: (0, C.jsxs)(`tr`, {
                    children: [
                      (0, C.jsx)(`th`, { scope: `col`, children: e(`reference`) }),
                      (0, C.jsx)(`th`, { scope: `col`, children: e(`caseTitle`) }),
                      (0, C.jsx)(`th`, { scope: `col`, children: e(`status`) }),
                      (0, C.jsx)(`th`, { scope: `col`, children: e(`myLevel`) }),
                    ],
                  }),
                }),
                (0, C.jsx)(`tbody`, {
                  children: t.data?.map(({ case: t, myLevel: n }) =>
                    (0, C.jsxs)(
                      `tr`,
                      {
                        children: [
                          (0, C.jsx)(`td`, { children: (0, C.jsx)(f, { to: `/cases/${t.id}`, children: t.reference }) }),
                          (0, C.jsxs)(`td`, {
                            children: [t.title, t.training && (0, C.jsx)(`span`, { className: `badge`, children: e(`training`) })],
                          }),
                          (0, C.jsx)(`td`, { children: e(`statuses.${t.status}`) }),
                          (0, C.jsx)(`td`, { children: e(`common:levels.${n}`) }),
                        ],
                      },
                      t.id,
                    ),
                  ),
                }),
              ],
            }),
    ],
  });
}
var Le = `modulepreload`,
  Re = function (e) {
    return `/` + e;
  },
  ze = {},
  Be = {},
  Ve = function (e) {
    return e.pathname.endsWith(`.css`);
  },
  He = function (e, t, n) {
    if (t in e) return e[t];
    let r = n();
    if (!r) {
      e[t] = void 0;
      return;
    }
    let i = r.then(
      () => {
        e[t] = void 0;
      },
      (n) => {
        throw (delete e[t], n);
      },
    );
    return ((e[t] = i), i);
  },
  D = function (e, t, n) {
    let r = Promise.resolve();
    if (t && t.length > 0) {
      let e,
        i = document.querySelector(`meta[property=csp-nonce]`),
        a = i?.nonce || i?.getAttribute(`nonce`);
      function o(e) {
        return Promise.all(
          e.map((e) =>
            Promise.resolve(e).then(
              (e) => ({ status: `fulfilled`, value: e }),
              (e) => ({ status: `rejected`, reason: e }),
            ),
          ),
        );
      }
      function s(e) {
        return import.meta.resolve ? new URL(import.meta.resolve(e)) : new URL(e, import.meta.url);
      }
      r = o(
        t
          .map((t) => {
            t = Re(t, n);
            let r = s(t),
              i = Ve(r);
            return He(ze, r.href, () => {
              if (e === void 0) {
                e = { all: new Set(), styles: new Set() };
                let t = document.getElementsByTagName(`link`);
                for (let n = t.length - 1; n >= 0; n--) {
                  let r = t[n];
                  (e.all.add(r.href), r.rel === `stylesheet` && e.styles.add(r.href));
                }
              }
              let t = i ? e.styles : e.all,
                n = i ? Be[r.href] : void 0;
              if (!n && t.has(r.href)) return;
              let o = document.createElement(`link`);
              if (
                ((o.rel = i ? `stylesheet` : Le),
                i || (o.as = `script`),
                (o.crossOrigin = ``),
                (o.href = r.href),
                a && o.setAttribute(`nonce`, a),
                n && delete Be[r.href],
                n?.isConnected ? n.replaceWith(o) : document.head.appendChild(o),
                i)
              )
                return new Promise((e, t) => {
                  let n = (i) => {
                    (o.removeEventListener(`load`, n),
                      o.removeEventListener(`error`, n),
                      i.type === `error` ? ((Be[r.href] = o), t(Error(`Unable to preload CSS for ${r}`))) : e(i));
                  };
                  (o.addEventListener(`load`, n), o.addEventListener(`error`, n));
                });
            });
          })
          .filter((e) => e !== void 0),
      );
    }
    function i(e) {
      let t = new Event(`vite:preloadError`, { cancelable: !0 });
      if (((t.payload = e), window.dispatchEvent(t), !t.defaultPrevented)) throw e;
    }
    return r.then((t) => {
      for (let e of t || []) e.status === `rejected` && i(e.reason);
      return e().catch(i);
    });
  };
function O(e, t) {
  return (0, S.lazy)(async () => ({ default: (await e())[t] }));
}
var Ue = [
  [`/`, Ie],
  [`/cases`, Ie],
  [`/cases/new`, O(() => D(() => import(`./create-case-D2bx-2fW.js`), __vite__mapDeps([0, 1, 2])), `CreateCase`)],
  [`/cases/:caseId`, O(() => D(() => import(`./case-overview-C209jgMV.js`), __vite__mapDeps([3, 1, 2])), `CaseOverview`)],
  [`/cases/:caseId/authorizations`, O(() => D(() => import(`./authorizations-C-lU_Sfg.js`), []), `Authorizations`)],
  [`/cases/:caseId/evidence`, O(() => D(() => import(`./evidence-list-Z9L17uW2.js`), []), `EvidenceList`)],
  [`/cases/:caseId/evidence/:itemId`, O(() => D(() => import(`./evidence-detail-CQ6OX2N8.js`), []), `EvidenceDetail`)],
  [`/cases/:caseId/upload`, O(() => D(() => import(`./upload-C4YNTziy.js`), []), `Upload`)],
  [`/cases/:caseId/custody`, O(() => D(() => import(`./custody-log-DGAW0XhR.js`), []), `CustodyLog`)],
  [`/cases/:caseId/artifacts`, O(() => D(() => import(`./artifact-browser-CkEqY-gD.js`), []), `ArtifactBrowser`)],
  [`/cases/:caseId/artifacts/:artifactId`, O(() => D(() => import(`./artifact-page-Di4Ys8pz.js`), []), `ArtifactPage`)],
  [`/cases/:caseId/timeline`, O(() => D(() => import(`./timeline-DEIU4Cly.js`), []), `Timeline`)],
  [`/cases/:caseId/search`, O(() => D(() => import(`./search-CbmVnq5a.js`), []), `Search`)],
  [`/cases/:caseId/entities`, O(() => D(() => import(`./entities-CuFSS97e.js`), []), `Entities`)],
  [`/cases/:caseId/graph`, O(() => D(() => import(`./link-graph-x1Srrvuj.js`), []), `LinkGraph`)],
  [`/access-requests`, O(() => D(() => import(`./own-access-requests-CBP3uygQ.js`), []), `OwnAccessRequests`)],
  [`/admin/users`, O(() => D(() => import(`./users-IGWO5XKv.js`), []), `Users`)],
  [`/ledger`, O(() => D(() => import(`./ledger-B6d8iGVW.js`), []), `Ledger`)],
  [`/account`, O(() => D(() => import(`./account-Be5DkChC.js`), []), `Account`)],
];
function We(e) {
  for (let [t, n] of Ue) {
    let r = h(t, e);
    if (r) return { Screen: n, params: r };
  }
  return { Screen: Fe, params: {} };
}
function Ge() {
  let e = ce(),
    { path: t } = i();
  if (e.loading) return (0, C.jsx)(u, {});
  if (!e.user) return (0, C.jsx)(Me, {});
  if (e.user.mustChangePassword) return (0, C.jsx)(Ne, { forced: !0 });
  let { Screen: n, params: r } = We(t);
  return (0, C.jsx)(Pe, { children: (0, C.jsx)(S.Suspense, { fallback: (0, C.jsx)(u, {}), children: (0, C.jsx)(n, { ...r }) }) });
}
function Ke() {
  let [e, t] = (0, S.useState)(() => localStorage.getItem(`tamga.utc`) === `1`);
  return (0, C.jsx)(ue.Provider, {
    value: {
      utc: e,
      setUtc: (e) => {
        (localStorage.setItem(`tamga.utc`, e ? `1` : `0`), t(e));
      },
    },
    children: (0, C.jsx)(se, { children: (0, C.jsx)(Ge, {}) }),
  });
}
(await je(), (0, x.createRoot)(document.getElementById(`root`)).render((0, C.jsx)(S.StrictMode, { children: (0, C.jsx)(Ke, {}) })));
