import { r as e, t } from './rolldown-runtime-QQ38H6s1.js';
var n = t((e) => {
    var t = Symbol.for(`react.transitional.element`),
      n = Symbol.for(`react.portal`),
      r = Symbol.for(`react.fragment`),
      i = Symbol.for(`react.strict_mode`),
      a = Symbol.for(`react.profiler`),
      o = Symbol.for(`react.consumer`),
      s = Symbol.for(`react.context`),
      c = Symbol.for(`react.forward_ref`),
      l = Symbol.for(`react.suspense`),
      u = Symbol.for(`react.memo`),
      d = Symbol.for(`react.lazy`),
      f = Symbol.for(`react.activity`),
      p = Symbol.for(`react.view_transition`),
      m = Symbol.iterator;
    function h(e) {
      return typeof e != `object` || !e ? null : ((e = (m && e[m]) || e[`@@iterator`]), typeof e == `function` ? e : null);
    }
    var ee = {
        isMounted: function () {
          return !1;
        },
        enqueueForceUpdate: function () {},
        enqueueReplaceState: function () {},
        enqueueSetState: function () {},
      },
      g = Object.assign,
      te = {};
    function _(e, t, n) {
      ((this.props = e), (this.context = t), (this.refs = te), (this.updater = n || ee));
    }
    ((_.prototype.isReactComponent = {}),
      (_.prototype.setState = function (e, t) {
        if (typeof e != `object` && typeof e != `function` && e != null)
          throw Error(`takes an object of state variables to update or a function which returns an object of state variables.`);
        this.updater.enqueueSetState(this, e, t, `setState`);
      }),
      (_.prototype.forceUpdate = function (e) {
        this.updater.enqueueForceUpdate(this, e, `forceUpdate`);
      }));
    function ne() {}
    ne.prototype = _.prototype;
    function v(e, t, n) {
      ((this.props = e), (this.context = t), (this.refs = te), (this.updater = n || ee));
    }
    var y = (v.prototype = new ne());
    ((y.constructor = v), g(y, _.prototype), (y.isPureReactComponent = !0));
    var b = Array.isArray;
    function x() {}
    var S = { H: null, A: null, T: null, S: null },
      C = Object.prototype.hasOwnProperty;
    function re(e, n, r) {
      var i = r.ref;
      return { $$typeof: t, type: e, key: n, ref: i === void 0 ? null : i, props: r };
    }
    function ie(e, t) {
      return re(e.type, t, e.props);
    }
    function w(e) {
      return typeof e == `object` && !!e && e.$$typeof === t;
    }
    function T(e) {
      var t = { '=': `=0`, ':': `=2` };
      return (
        `$` +
        e.replace(/[=:]/g, function (e) {
          return t[e];
        })
      );
    }
    var ae = /\/+/g;
    function oe(e, t) {
      return typeof e == `object` && e && e.key != null ? T(`` + e.key) : t.toString(36);
    }
    function se(e) {
      switch (e.status) {
        case `fulfilled`:
          return e.value;
        case `rejected`:
          throw e.reason;
        default:
          switch (
            (typeof e.status == `string`
              ? e.then(x, x)
              : ((e.status = `pending`),
                e.then(
                  function (t) {
                    e.status === `pending` && ((e.status = `fulfilled`), (e.value = t));
                  },
                  function (t) {
                    e.status === `pending` && ((e.status = `rejected`), (e.reason = t));
                  },
                )),
            e.status)
          ) {
            case `fulfilled`:
              return e.value;
            case `rejected`:
              throw e.reason;
          }
      }
      throw e;
    }
    function ce(e, r, i, a, o) {
      var s = typeof e;
      (s === `undefined` || s === `boolean`) && (e = null);
      var c = !1;
      if (e === null) c = !0;
      else
        switch (s) {
          case `bigint`:
          case `string`:
          case `number`:
            c = !0;
            break;
          case `object`:
            switch (e.$$typeof) {
              case t:
              case n:
                c = !0;
                break;
              case d:
                return ((c = e._init), ce(c(e._payload), r, i, a, o));
            }
        }
      if (c)
        return (
          (o = o(e)),
          (c = a === `` ? `.` + oe(e, 0) : a),
          b(o)
            ? ((i = ``),
              c != null && (i = c.replace(ae, `$&/`) + `/`),
              ce(o, r, i, ``, function (e) {
                return e;
              }))
            : o != null &&
              (w(o) && (o = ie(o, i + (o.key == null || (e && e.key === o.key) ? `` : (`` + o.key).replace(ae, `$&/`) + `/`) + c)),
              r.push(o)),
          1
        );
      c = 0;
      var l = a === `` ? `.` : a + `:`;
      if (b(e)) for (var u = 0; u < e.length; u++) ((a = e[u]), (s = l + oe(a, u)), (c += ce(a, r, i, s, o)));
      else if (((u = h(e)), typeof u == `function`))
        for (e = u.call(e), u = 0; !(a = e.next()).done;) ((a = a.value), (s = l + oe(a, u++)), (c += ce(a, r, i, s, o)));
      else if (s === `object`) {
        if (typeof e.then == `function`) return ce(se(e), r, i, a, o);
        throw (
          (r = String(e)),
          Error(
            `Objects are not valid as a React child (found: ` +
              (r === `[object Object]` ? `object with keys {` + Object.keys(e).join(`, `) + `}` : r) +
              `). If you meant to render a collection of children, use an array instead.`,
          )
        );
      }
      return c;
    }
    function le(e, t, n) {
      if (e == null) return e;
      var r = [],
        i = 0;
      return (
        ce(e, r, ``, ``, function (e) {
          return t.call(n, e, i++);
        }),
        r
      );
    }
    function ue(e) {
      if (e._status === -1) {
        var t = (0, e._result)();
        (t.then(
          function (n) {
            (e._status === 0 || e._status === -1) &&
              ((e._status = 1), (e._result = n), t.status === void 0 && ((t.status = `fulfilled`), (t.value = n)));
          },
          function (n) {
            (e._status === 0 || e._status === -1) &&
              ((e._status = 2), (e._result = n), t.status === void 0 && ((t.status = `rejected`), (t.reason = n)));
          },
        ),
          e._status === -1 && ((e._status = 0), (e._result = t)));
      }
      if (e._status === 1) return e._result.default;
      throw e._result;
    }
    var de =
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
          };
    function fe(e) {
      var t = S.T,
        n = {};
      ((n.types = t === null ? null : t.types), (S.T = n));
      try {
        var r = e(),
          i = S.S;
        (i !== null && i(n, r), typeof r == `object` && r && typeof r.then == `function` && r.then(x, de));
      } catch (e) {
        de(e);
      } finally {
        (t !== null && n.types !== null && (t.types = n.types), (S.T = t));
      }
    }
    function pe(e) {
      var t = S.T;
      if (t !== null) {
        var n = t.types;
        n === null ? (t.types = [e]) : n.indexOf(e) === -1 && n.push(e);
      } else fe(pe.bind(null, e));
    }
    var me = {
      map: le,
      forEach: function (e, t, n) {
        le(
          e,
          function () {
            t.apply(this, arguments);
          },
          n,
        );
      },
      count: function (e) {
        var t = 0;
        return (
          le(e, function () {
            t++;
          }),
          t
        );
      },
      toArray: function (e) {
        return (
          le(e, function (e) {
            return e;
          }) || []
        );
      },
      only: function (e) {
        if (!w(e)) throw Error(`React.Children.only expected to receive a single React element child.`);
        return e;
      },
    };
    ((e.Activity = f),
      (e.Children = me),
      (e.Component = _),
      (e.Fragment = r),
      (e.Profiler = a),
      (e.PureComponent = v),
      (e.StrictMode = i),
      (e.Suspense = l),
      (e.ViewTransition = p),
      (e.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE = S),
      (e.__COMPILER_RUNTIME = {
        __proto__: null,
        c: function (e) {
          return S.H.useMemoCache(e);
        },
      }),
      (e.addTransitionType = pe),
      (e.cache = function (e) {
        return function () {
          return e.apply(null, arguments);
        };
      }),
      (e.cacheSignal = function () {
        return null;
      }),
      (e.cloneElement = function (e, t, n) {
        if (e == null) throw Error(`The argument must be a React element, but you passed ` + e + `.`);
        var r = g({}, e.props),
          i = e.key;
        if (t != null)
          for (a in (t.key !== void 0 && (i = `` + t.key), t))
            !C.call(t, a) || a === `key` || a === `__self` || a === `__source` || (a === `ref` && t.ref === void 0) || (r[a] = t[a]);
        var a = arguments.length - 2;
        if (a === 1) r.children = n;
        else if (1 < a) {
          for (var o = Array(a), s = 0; s < a; s++) o[s] = arguments[s + 2];
          r.children = o;
        }
        return re(e.type, i, r);
      }),
      (e.createContext = function (e) {
        return (
          (e = { $$typeof: s, _currentValue: e, _currentValue2: e, _threadCount: 0, Provider: null, Consumer: null }),
          (e.Provider = e),
          (e.Consumer = { $$typeof: o, _context: e }),
          e
        );
      }),
      (e.createElement = function (e, t, n) {
        var r,
          i = {},
          a = null;
        if (t != null)
          for (r in (t.key !== void 0 && (a = `` + t.key), t))
            C.call(t, r) && r !== `key` && r !== `__self` && r !== `__source` && (i[r] = t[r]);
        var o = arguments.length - 2;
        if (o === 1) i.children = n;
        else if (1 < o) {
          for (var s = Array(o), c = 0; c < o; c++) s[c] = arguments[c + 2];
          i.children = s;
        }
        if (e && e.defaultProps) for (r in ((o = e.defaultProps), o)) i[r] === void 0 && (i[r] = o[r]);
        return re(e, a, i);
      }),
      (e.createRef = function () {
        return { current: null };
      }),
      (e.forwardRef = function (e) {
        return { $$typeof: c, render: e };
      }),
      (e.isValidElement = w),
      (e.lazy = function (e) {
        return { $$typeof: d, _payload: { _status: -1, _result: e }, _init: ue };
      }),
      (e.memo = function (e, t) {
        return { $$typeof: u, type: e, compare: t === void 0 ? null : t };
      }),
      (e.startTransition = fe),
      (e.unstable_useCacheRefresh = function () {
        return S.H.useCacheRefresh();
      }),
      (e.use = function (e) {
        return S.H.use(e);
      }),
      (e.useActionState = function (e, t, n) {
        return S.H.useActionState(e, t, n);
      }),
      (e.useCallback = function (e, t) {
        return S.H.useCallback(e, t);
      }),
      (e.useContext = function (e) {
        return S.H.useContext(e);
      }),
      (e.useDebugValue = function () {}),
      (e.useDeferredValue = function (e, t) {
        return S.H.useDeferredValue(e, t);
      }),
      (e.useEffect = function (e, t) {
        return S.H.useEffect(e, t);
      }),
      (e.useEffectEvent = function (e) {
        return S.H.useEffectEvent(e);
      }),
      (e.useId = function () {
        return S.H.useId();
      }),
      (e.useImperativeHandle = function (e, t, n) {
        return S.H.useImperativeHandle(e, t, n);
      }),
      (e.useInsertionEffect = function (e, t) {
        return S.H.useInsertionEffect(e, t);
      }),
      (e.useLayoutEffect = function (e, t) {
        return S.H.useLayoutEffect(e, t);
      }),
      (e.useMemo = function (e, t) {
        return S.H.useMemo(e, t);
      }),
      (e.useOptimistic = function (e, t) {
        return S.H.useOptimistic(e, t);
      }),
      (e.useReducer = function (e, t, n) {
        return S.H.useReducer(e, t, n);
      }),
      (e.useRef = function (e) {
        return S.H.useRef(e);
      }),
      (e.useState = function (e) {
        return S.H.useState(e);
      }),
      (e.useSyncExternalStore = function (e, t, n) {
        return S.H.useSyncExternalStore(e, t, n);
      }),
      (e.useTransition = function () {
        return S.H.useTransition();
      }),
      (e.version = `19.3.1`));
  }),
  r = t((e, t) => {
    t.exports = n();
  });
function i(e) {
  let t = Object.values(e).filter((e) => typeof e == `number`);
  return Object.entries(e)
    .filter(([e, n]) => t.indexOf(+e) === -1)
    .map(([e, t]) => t);
}
function a(e, t = `|`) {
  return e.map((e) => ae(e)).join(t);
}
function o(e, t) {
  return typeof t == `bigint` ? t.toString() : t;
}
var s = class {
  constructor(e) {
    ((this._getter = e), (this._value = void 0));
  }
  get value() {
    let e = this._getter;
    return (e !== void 0 && ((this._value = e()), (this._getter = void 0)), this._value);
  }
};
function c(e) {
  return new s(e);
}
function l(e) {
  return e == null;
}
function u(e) {
  let t = +!!e.startsWith(`^`),
    n = e.endsWith(`$`) ? e.length - 1 : e.length;
  return e.slice(t, n);
}
function d(e, t) {
  let n = e / t,
    r = Math.round(n),
    i = 4 * 2 ** -52 * Math.max(Math.abs(n), 1);
  return Math.abs(n - r) < i ? 0 : n - r;
}
function f(e, t, n) {
  Object.defineProperty(e, t, { value: n, writable: !0, enumerable: !0, configurable: !0 });
}
function p(e) {
  let t = Object.getOwnPropertyDescriptor(e, `shape`);
  return t?.get ? t.get.raw : t?.value;
}
function m(e) {
  return p(e._zod.def) ?? e._zod.def.shape;
}
function h(e, t, n) {
  Object.defineProperty(e, t, {
    get() {
      let e = n();
      return (f(this, t, e), e);
    },
    enumerable: !0,
    configurable: !0,
  });
}
function ee(e, t, n) {
  t in e ? f(e, t, n) : (e[t] = n);
}
function g(e, t, n, r) {
  let i = m(t);
  for (let a of n) {
    let n = Object.getOwnPropertyDescriptor(i, a);
    n.enumerable &&
      (n.get
        ? h(e, a, () => {
            let e = t._zod.def.shape[a];
            return r ? r(e, a) : e;
          })
        : ee(e, a, r ? r(n.value, a) : n.value));
  }
}
function te(e, t) {
  for (let n of Reflect.ownKeys(t)) {
    let r = Object.getOwnPropertyDescriptor(t, n);
    r.enumerable && (r.get ? h(e, n, () => t[n]) : ee(e, n, r.value));
  }
}
function _(...e) {
  let t = {};
  for (let n of e) {
    let e = Object.getOwnPropertyDescriptors(n);
    Object.assign(t, e);
  }
  return Object.defineProperties({}, t);
}
function ne(e) {
  return JSON.stringify(e);
}
function v(e) {
  return e
    .toLowerCase()
    .trim()
    .replace(/[^\w\s-]/g, ``)
    .replace(/[\s_-]+/g, `-`)
    .replace(/^-+|-+$/g, ``);
}
var y = `captureStackTrace` in Error ? Error.captureStackTrace : (...e) => {};
function b(e) {
  return typeof e == `object` && !!e && !Array.isArray(e);
}
var x = c(() => {
  if (O.jitless || (typeof navigator < `u` && navigator?.userAgent?.includes(`Cloudflare`))) return !1;
  try {
    return (Function(``), !0);
  } catch {
    return !1;
  }
});
function S(e) {
  if (b(e) === !1) return !1;
  let t = e.constructor;
  if (t === void 0 || typeof t != `function`) return !0;
  let n = t.prototype;
  return b(n) !== !1 && Object.prototype.hasOwnProperty.call(n, `isPrototypeOf`) !== !1;
}
function C(e) {
  return S(e) ? { ...e } : Array.isArray(e) ? [...e] : e instanceof Map ? new Map(e) : e instanceof Set ? new Set(e) : e;
}
var re = new Set([`string`, `number`, `symbol`]);
function ie(e) {
  return e.replace(/[.*+?^${}()|[\]\\]/g, `\\$&`);
}
function w(e, t, n) {
  let r = new e._zod.constr(t ?? e._zod.def);
  return ((!t || n?.parent) && (r._zod.parent = e), r);
}
function T(e) {
  let t = e;
  if (!t) return {};
  if (typeof t == `string`) return { error: () => t };
  if (t?.message !== void 0) {
    if (t?.error !== void 0) throw Error('Cannot specify both `message` and `error` params');
    t.error = t.message;
  }
  return (delete t.message, typeof t.error == `string` ? { ...t, error: () => t.error } : t);
}
function ae(e) {
  return typeof e == `bigint` ? e.toString() + `n` : typeof e == `string` ? `"${e}"` : `${e}`;
}
function oe(e) {
  return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === `optional`);
}
var se = {
    safeint: [-(2 ** 53 - 1), 2 ** 53 - 1],
    int32: [-0x80000000, 0x7fffffff],
    uint32: [0, 0xffffffff],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
  },
  ce = { int64: [BigInt(`-9223372036854775808`), BigInt(`9223372036854775807`)], uint64: [BigInt(0), BigInt(`18446744073709551615`)] };
function le(e, t) {
  let n = e._zod.def,
    r = n.checks;
  if (r && r.length > 0) throw Error(`.pick() cannot be used on object schemas containing refinements`);
  let i = {};
  return (g(i, e, ue(e, t)), w(e, _(n, { shape: i, checks: [] })));
}
function ue(e, t) {
  let n = m(e),
    r = [];
  for (let e of Reflect.ownKeys(t)) {
    if (!Object.getOwnPropertyDescriptor(n, e)?.enumerable) throw Error(`Unrecognized key: "${String(e)}"`);
    t[e] && r.push(e);
  }
  return r;
}
function de(e, t) {
  let n = e._zod.def,
    r = n.checks;
  if (r && r.length > 0) throw Error(`.omit() cannot be used on object schemas containing refinements`);
  let i = new Set(ue(e, t)),
    a = {};
  return (
    g(
      a,
      e,
      Reflect.ownKeys(m(e)).filter((e) => !i.has(e)),
    ),
    w(e, _(n, { shape: a, checks: [] }))
  );
}
function fe(e, t) {
  if (!S(t)) throw Error(`Invalid input to extend: expected a plain object`);
  let n = e._zod.def.checks;
  if (n && n.length > 0) {
    let n = m(e);
    for (let e of Reflect.ownKeys(t))
      if (Object.getOwnPropertyDescriptor(n, e) !== void 0)
        throw Error('Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.');
  }
  return w(e, _(e._zod.def, { shape: pe(e, t) }));
}
function pe(e, t) {
  let n = {};
  return (g(n, e, Reflect.ownKeys(m(e))), te(n, t), n);
}
function me(e, t) {
  if (!S(t)) throw Error(`Invalid input to safeExtend: expected a plain object`);
  return w(e, _(e._zod.def, { shape: pe(e, t) }));
}
function he(e, t) {
  if (!t?._zod?.def) throw Error('Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.');
  if (e._zod.def.checks?.length)
    throw Error(`.merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.`);
  let n = {};
  return (
    g(n, e, Reflect.ownKeys(m(e))),
    g(n, t, Reflect.ownKeys(m(t))),
    w(
      e,
      _(e._zod.def, {
        shape: n,
        get catchall() {
          return t._zod.def.catchall;
        },
        checks: t._zod.def.checks ?? [],
      }),
    )
  );
}
function ge(e, t, n, r = `partial`) {
  let i = t._zod.def.checks;
  if (i && i.length > 0) throw Error(`.${r}() cannot be used on object schemas containing refinements`);
  let a = n ? new Set(ue(t, n)) : void 0,
    o = {};
  return (
    g(o, t, Reflect.ownKeys(m(t)), e && ((t, n) => (a && !a.has(n) ? t : new e({ type: `optional`, innerType: t })))),
    w(t, _(t._zod.def, { shape: o, checks: [] }))
  );
}
function _e(e, t, n) {
  let r = n ? new Set(ue(t, n)) : void 0,
    i = {};
  return (
    g(i, t, Reflect.ownKeys(m(t)), (t, n) => (r && !r.has(n) ? t : new e({ type: `nonoptional`, innerType: t }))),
    w(t, _(t._zod.def, { shape: i }))
  );
}
function ve(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue !== !0) return !0;
  return !1;
}
function ye(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue === !1) return !0;
  return !1;
}
function be(e, t) {
  return t.map((t) => {
    var n;
    return ((n = t).path ?? (n.path = []), t.path.unshift(e), t);
  });
}
function xe(e) {
  return typeof e == `string` ? e : e?.message;
}
function Se(e) {
  let t = [];
  for (let n of e ?? []) {
    let e = n._zod.def;
    if (!/_(length|size)$|_equals$/.test(e.check)) break;
    let r = e.maximum ?? e.length ?? e.size;
    r >= 0 && t.push([r, n]);
  }
  return t;
}
function Ce(e, t, n) {
  var r;
  for (let i = t; i < e.length; i++) (r = e[i]).schema ?? (r.schema = n);
}
function we(e, t, n) {
  var r;
  let i = e.inst?._zod?.traits;
  i?.has(`$ZodType`) && (i.has(`$ZodCheck`) ? ((r = e).schema ?? (r.schema = e.inst)) : (e.schema = e.inst));
  let a = e.schema === e.inst ? void 0 : e.schema?._zod.def?.error,
    o = e.message
      ? e.message
      : (xe(e.inst?._zod.def?.error?.(e)) ??
        xe(a?.(e)) ??
        xe(t?.error?.(e)) ??
        xe(n.customError?.(e)) ??
        xe(n.localeError?.(e)) ??
        `Invalid input`),
    s = {};
  for (let t of Object.keys(e)) t !== `inst` && t !== `schema` && t !== `continue` && t !== `input` && t !== `__proto__` && (s[t] = e[t]);
  return ((s.path ??= []), (s.message = o), t?.reportInput && (s.input = e.input), s);
}
var Te = /[\uD800-\uDBFF]/;
function Ee(e) {
  let t = e.length;
  if (!Te.test(e)) return t;
  let n = t;
  for (let r = 0; r < t - 1; r++) (e.charCodeAt(r) & 64512) == 55296 && (e.charCodeAt(r + 1) & 64512) == 56320 && (n--, r++);
  return n;
}
function De(e) {
  return Array.isArray(e) ? `array` : typeof e == `string` ? `string` : `unknown`;
}
function Oe(e) {
  let t = typeof e;
  switch (t) {
    case `number`:
      return Number.isNaN(e) ? `nan` : `number`;
    case `object`: {
      if (e === null) return `null`;
      if (Array.isArray(e)) return `array`;
      let t = e;
      if (t && Object.getPrototypeOf(t) !== Object.prototype && `constructor` in t && t.constructor) return t.constructor.name;
    }
  }
  return t;
}
function ke(...e) {
  let [t, n, r] = e;
  return typeof t == `string` ? { message: t, code: `custom`, input: n, inst: r } : { ...t };
}
function Ae(e, t) {
  for (let n in t) {
    let r = Object.getOwnPropertyDescriptor(t, n);
    r.get ? Object.defineProperty(e, n, { ...r, enumerable: !1 }) : Pe(e, n, r.value);
  }
}
function je(e, t, n, r = !0) {
  return (Object.defineProperty(e, t, { configurable: !0, writable: !0, enumerable: r, value: n }), n);
}
function Me(e, t, n) {
  return je(e, t, n, !1);
}
function Ne(e, t) {
  for (let n in e) {
    let r = e[n];
    Object.defineProperty(t, n, {
      configurable: !0,
      enumerable: !0,
      get() {
        return je(this, n, r(this));
      },
      set(e) {
        je(this, n, e);
      },
    });
  }
  return t;
}
function Pe(e, t, n) {
  Object.defineProperty(e, t, {
    configurable: !0,
    get() {
      return this == null ? n : je(this, t, n.bind(this));
    },
    set(e) {
      je(this, t, e);
    },
  });
}
function Fe(e, t) {
  let n = Object.getPrototypeOf(e);
  return t in n ? void 0 : n;
}
var Ie,
  Le = !1,
  Re = {
    configurable: !0,
    get() {
      Le = !0;
    },
  };
function E(e, t, n) {
  let r = Object.getPrototypeOf(e._zod);
  t in r && Ie !== e._zod
    ? (Ie = void 0)
    : ((Ie = e._zod),
      Object.defineProperty(r, t, {
        configurable: !0,
        get() {
          Object.defineProperty(this, t, Re);
          let e = Le;
          Le = !1;
          try {
            let r = n(this);
            return (Le ? delete this[t] : Object.defineProperty(this, t, { configurable: !0, writable: !0, value: r }), (Le ||= e), r);
          } catch (n) {
            throw (delete this[t], (Le ||= e), n);
          }
        },
        set(e) {
          Object.defineProperty(this, t, { configurable: !0, writable: !0, value: e });
        },
      }));
}
function ze(e, t, n, r) {
  let i = Fe(e, t);
  i &&
    Object.defineProperty(i, t, {
      configurable: !0,
      get() {
        let e = { configurable: !0, writable: !0, enumerable: r, value: void 0 };
        return (Object.defineProperty(this, t, e), (e.value = n(this)), Object.defineProperty(this, t, e), e.value);
      },
      set(e) {
        Object.defineProperty(this, t, { configurable: !0, writable: !0, enumerable: r, value: e });
      },
    });
}
var Be = `~constantCatch`;
function Ve(e) {
  let t = () => e;
  return ((t[Be] = !0), t);
}
var He,
  Ue = { value: void 0, enumerable: !1 },
  We = `captureStackTrace` in Error ? Error : null;
function Ge(e) {
  let t = We;
  if (t) {
    let n = t.stackTraceLimit;
    if (typeof n == `number`) {
      try {
        t.stackTraceLimit = 0;
      } catch {
        return ((We = null), new e());
      }
      try {
        return new e();
      } finally {
        t.stackTraceLimit = n;
      }
    }
  }
  return new e();
}
function D(e, t, n, r) {
  let i = {};
  function a(e) {
    ((this.def = e), (this.constr = d), (this.traits = new Set()));
  }
  a.prototype = i;
  let o = n,
    s = o && new WeakSet();
  function c(n, r) {
    if (!n._zod) {
      Ue.value = new a(r);
      try {
        Object.defineProperty(n, '_zod', Ue);
      } finally {
        Ue.value = void 0;
      }
    } else if (n._zod.traits.has(e)) return;
    if ((n._zod.traits.add(e), t(n, r), s)) {
      let e = Object.getPrototypeOf(n),
        t = n._zod.constr.prototype,
        r = e;
      for (; r && r !== t;) r = Object.getPrototypeOf(r);
      let i = r ?? e;
      s.has(i) || (s.add(i), Ae(i, o));
    }
    let i = d.prototype;
    for (let e in i) Object.prototype.hasOwnProperty.call(i, e) && (e in n || (n[e] = i[e].bind(n)));
  }
  let l = r?.Parent ?? Object;
  class u extends l {}
  Object.defineProperty(u, 'name', { value: e });
  function d(e) {
    let t = r?.Parent ? Ge(u) : this;
    c(t, e);
    let n = t._zod.deferred;
    if (n) {
      for (let e of n) e();
      t._zod.deferred = void 0;
    }
    let i = globalThis.__zod_globalConfig?.postProcessor;
    return (i && i(t), t);
  }
  return (
    Object.defineProperty(d, 'init', { value: c }),
    Object.defineProperty(d, Symbol.hasInstance, { value: (t) => (r?.Parent && t instanceof r.Parent ? !0 : t?._zod?.traits?.has(e)) }),
    Object.defineProperty(d, 'name', { value: e }),
    d
  );
}
var Ke = class extends Error {
    constructor() {
      super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
  },
  qe = class extends Error {
    constructor(e) {
      (super(`Encountered unidirectional transform during encode: ${e}`), (this.name = `ZodEncodeError`));
    }
  };
(He = globalThis).__zod_globalConfig ?? (He.__zod_globalConfig = {});
var O = globalThis.__zod_globalConfig;
function Je(e) {
  return (e && Object.assign(O, e), O);
}
function Ye() {
  let e = this._zod;
  return ((e.message ??= JSON.stringify(e.def, o, 2)), e.message);
}
function Xe(e) {
  this._zod.message = e;
}
var Ze = { get: Ye, set: Xe, enumerable: !0, configurable: !0 },
  Qe = { value: void 0, enumerable: !1 },
  $e = new WeakSet([Object.prototype, Error.prototype]),
  et = D(`$ZodError`, (e, t) => {
    ((e.name = `$ZodError`),
      (Qe.value = t),
      Object.defineProperty(e, 'issues', Qe),
      (Qe.value = void 0),
      Object.defineProperty(e, 'message', Ze));
    let n = Object.getPrototypeOf(e);
    $e.has(n) ||
      ($e.add(n),
      Object.defineProperty(n, 'toString', {
        configurable: !0,
        enumerable: !1,
        get() {
          let e = () => this.message;
          return (Object.defineProperty(this, 'toString', { value: e, configurable: !0, writable: !0 }), e);
        },
        set(e) {
          Object.defineProperty(this, 'toString', { value: e, configurable: !0, writable: !0 });
        },
      }));
  });
function tt(e, t, n) {
  return (
    Object.prototype.hasOwnProperty.call(e, t) ||
      (t === `__proto__` ? Object.defineProperty(e, t, { value: n(), writable: !0, enumerable: !0, configurable: !0 }) : (e[t] = n())),
    e[t]
  );
}
function nt(e, t = (e) => e.message) {
  let n = {},
    r = [];
  for (let i of e.issues) i.path.length > 0 ? tt(n, i.path[0], () => []).push(t(i)) : r.push(t(i));
  return { formErrors: r, fieldErrors: n };
}
function rt(e, t = (e) => e.message) {
  let n = { _errors: [] },
    r = (e, i = []) => {
      for (let a of e.issues)
        if (a.code === `invalid_union` && a.errors.length) a.errors.map((e) => r({ issues: e }, [...i, ...a.path]));
        else if (a.code === `invalid_key`) r({ issues: a.issues }, [...i, ...a.path]);
        else if (a.code === `invalid_element`) r({ issues: a.issues }, [...i, ...a.path]);
        else {
          let e = [...i, ...a.path];
          if (e.length === 0) n._errors.push(t(a));
          else {
            let r = n,
              i = 0;
            for (; i < e.length;) {
              let n = e[i],
                o = i === e.length - 1;
              if (n === `_errors`) {
                (o && r._errors.push(t(a)), i++);
                continue;
              }
              Object.prototype.hasOwnProperty.call(r, n) ||
                Object.defineProperty(r, n, { value: { _errors: [] }, enumerable: !0, writable: !0, configurable: !0 });
              let s = r[n];
              (o && s._errors.push(t(a)), (r = s), i++);
            }
          }
        }
    };
  return (r(e), n);
}
function it(e, t) {
  return { callee: t?.callee ?? e, Err: t?.Err };
}
var at = (e) => {
    let t = (n, r, i, a) => {
      let o = i ? { ...i, async: !1 } : { async: !1 },
        s = n._zod.run({ value: r, issues: [] }, o);
      if (s instanceof Promise) throw new Ke();
      if (s.issues.length) {
        let n = new (a?.Err ?? e)(s.issues.map((e) => we(e, o, Je())));
        throw (y(n, a?.callee ?? t), n);
      }
      return s.value;
    };
    return t;
  },
  ot = (e) => {
    let t = async (n, r, i, a) => {
      let o = i ? { ...i, async: !0 } : { async: !0 },
        s = n._zod.run({ value: r, issues: [] }, o);
      if ((s instanceof Promise && (s = await s), s.issues.length)) {
        let n = new (a?.Err ?? e)(s.issues.map((e) => we(e, o, Je())));
        throw (y(n, a?.callee ?? t), n);
      }
      return s.value;
    };
    return t;
  },
  st = (e) => (t, n, r) => {
    let i = r ? { ...r, async: !1 } : { async: !1 },
      a = t._zod.run({ value: n, issues: [] }, i);
    if (a instanceof Promise) throw new Ke();
    return a.issues.length ? ct(e, a.issues, i) : { success: !0, data: a.value };
  };
function ct(e, t, n) {
  let r;
  return {
    success: !1,
    get error() {
      return (r || ((r = new e(t.map((e) => we(e, n, Je())))), (t = void 0), (n = void 0)), r);
    },
    set error(e) {
      ((r = e), (t = void 0), (n = void 0));
    },
  };
}
var lt = (e) => async (t, n, r) => {
    let i = r ? { ...r, async: !0 } : { async: !0 },
      a = t._zod.run({ value: n, issues: [] }, i);
    return (a instanceof Promise && (a = await a), a.issues.length ? ct(e, a.issues, i) : { success: !0, data: a.value });
  },
  ut = Symbol.for(`zod.compile.invalid`),
  dt = Symbol.for(`zod.compile.fallback`),
  ft = (e, t, n) => {
    let r = e._zod.bag.validator;
    if (r !== void 0) {
      if (r(t) !== ut) return !0;
      if (r.definite === !0 && n === void 0) return !1;
    }
    return pt(e, t, n);
  };
function pt(e, t, n) {
  let r = n ? { ...n, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 },
    i = e._zod.bag.fallbackRun,
    a;
  if ((i ? ((r[dt] = !0), (a = i({ value: t, issues: [] }, r))) : (a = e._zod.run({ value: t, issues: [] }, r)), a instanceof Promise))
    throw new Ke();
  return a.issues.length === 0;
}
var mt = async (e, t, n) => {
    let r = n ? { ...n, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 },
      i = e._zod.run({ value: t, issues: [] }, r);
    return (i instanceof Promise && (i = await i), i.issues.length === 0);
  },
  ht = (e) => {
    let t = at(e),
      n = (e, r, i, a) => {
        let o = i ? { ...i, direction: `backward` } : { direction: `backward` };
        return t(e, r, o, it(n, a));
      };
    return n;
  },
  gt = (e) => {
    let t = at(e),
      n = (e, r, i, a) => t(e, r, i, it(n, a));
    return n;
  },
  _t = (e) => {
    let t = ot(e),
      n = async (e, r, i, a) => {
        let o = i ? { ...i, direction: `backward` } : { direction: `backward` };
        return await t(e, r, o, it(n, a));
      };
    return n;
  },
  vt = (e) => {
    let t = ot(e),
      n = async (e, r, i, a) => await t(e, r, i, it(n, a));
    return n;
  },
  yt = (e) => (t, n, r) => {
    let i = r ? { ...r, direction: `backward` } : { direction: `backward` };
    return st(e)(t, n, i);
  },
  bt = (e) => (t, n, r) => st(e)(t, n, r),
  xt = (e) => async (t, n, r) => {
    let i = r ? { ...r, direction: `backward` } : { direction: `backward` };
    return lt(e)(t, n, i);
  },
  St = (e) => async (t, n, r) => lt(e)(t, n, r),
  Ct = /^[cC][0-9a-z]{6,}$/,
  wt = /^[0-9a-z]+$/,
  Tt = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,
  Et = /^[0-9a-vA-V]{20}$/,
  Dt = /^[A-Za-z0-9]{27}$/,
  Ot = /^[a-zA-Z0-9_-]{21}$/;
function kt(e) {
  return RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var At = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,
  jt = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
  Mt = (e) =>
    e
      ? RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`)
      : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
  Nt = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,
  Pt = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function Ft() {
  return new RegExp(Pt, `u`);
}
var It = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
  Lt =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,
  Rt =
    /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,
  zt =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
  Bt = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,
  Vt = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,
  Ht = /^https?$/,
  Ut = /^\+[1-9]\d{6,14}$/,
  Wt = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function Gt(e) {
  return RegExp(`^${e}$`);
}
var Kt = Gt(Wt);
function qt(e) {
  let t = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  return typeof e.precision == `number`
    ? e.precision === -1
      ? `${t}`
      : e.precision === 0
        ? `${t}:[0-5]\\d`
        : `${t}:[0-5]\\d\\.\\d{${e.precision}}`
    : e.seconds
      ? `${t}:[0-5]\\d(?:\\.\\d+)?`
      : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function Jt(e) {
  return RegExp(`^${qt(e)}$`);
}
function Yt(e) {
  let t = [`Z`];
  e.offset && t.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  let n = `${qt({ precision: e.precision, seconds: !0 })}(?:${t.join(`|`)})`,
    r = e.local ? `${n}|${qt({ precision: e.precision })}` : n;
  return RegExp(`^${Wt}T(?:${r})$`);
}
var Xt = /^[\s\S]{0,}$/,
  Zt = /^-?\d+$/,
  Qt = /^-?\d+(?:\.\d+)?$/,
  $t = /^(?:true|false)$/i,
  en = /^[^A-Z]*$/,
  tn = /^[^a-z]*$/,
  k = D(`$ZodCheck`, (e, t) => {
    var n;
    ((e._zod ??= {}), (e._zod.def = t), (n = e._zod).onattach ?? (n.onattach = []));
  }),
  nn = (e) => {
    let t = e.value;
    return !l(t) && t.length !== void 0;
  },
  rn = { number: `number`, bigint: `bigint`, object: `date` },
  an = D(`$ZodCheckLessThan`, (e, t) => {
    k.init(e, t);
    let n = rn[typeof t.value];
    e._zod.check = (r) => {
      (t.inclusive ? r.value <= t.value : r.value < t.value) ||
        r.issues.push({
          origin: rn[typeof r.value] ?? n,
          code: `too_big`,
          maximum: typeof t.value == `object` ? t.value.getTime() : t.value,
          input: r.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  on = D(`$ZodCheckGreaterThan`, (e, t) => {
    k.init(e, t);
    let n = rn[typeof t.value];
    e._zod.check = (r) => {
      (t.inclusive ? r.value >= t.value : r.value > t.value) ||
        r.issues.push({
          origin: rn[typeof r.value] ?? n,
          code: `too_small`,
          minimum: typeof t.value == `object` ? t.value.getTime() : t.value,
          input: r.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  sn = D(`$ZodCheckMultipleOf`, (e, t) => {
    (k.init(e, t),
      (e._zod.check = (n) => {
        if (typeof n.value != typeof t.value) throw Error(`Cannot mix number and bigint in multiple_of check.`);
        (typeof n.value == `bigint` ? t.value !== BigInt(0) && n.value % t.value === BigInt(0) : d(n.value, t.value) === 0) ||
          n.issues.push({ origin: typeof n.value, code: `not_multiple_of`, divisor: t.value, input: n.value, inst: e, continue: !t.abort });
      }));
  }),
  cn = D(`$ZodCheckNumberFormat`, (e, t) => {
    (k.init(e, t), (t.format = t.format || `float64`));
    let n = t.format?.includes(`int`),
      r = n ? `int` : `number`,
      [i, a] = se[t.format];
    e._zod.check = (o) => {
      let s = o.value;
      if (n) {
        if (!Number.isInteger(s)) {
          o.issues.push({ expected: r, format: t.format, code: `invalid_type`, continue: !1, input: s, inst: e });
          return;
        }
        if (!Number.isSafeInteger(s)) {
          s > 0
            ? o.issues.push({
                input: s,
                code: `too_big`,
                maximum: 2 ** 53 - 1,
                note: `Integers must be within the safe integer range.`,
                inst: e,
                origin: r,
                inclusive: !0,
                continue: !t.abort,
              })
            : o.issues.push({
                input: s,
                code: `too_small`,
                minimum: -(2 ** 53 - 1),
                note: `Integers must be within the safe integer range.`,
                inst: e,
                origin: r,
                inclusive: !0,
                continue: !t.abort,
              });
          return;
        }
      }
      (s < i && o.issues.push({ origin: `number`, input: s, code: `too_small`, minimum: i, inclusive: !0, inst: e, continue: !t.abort }),
        s > a && o.issues.push({ origin: `number`, input: s, code: `too_big`, maximum: a, inclusive: !0, inst: e, continue: !t.abort }));
    };
  }),
  ln = D(`$ZodCheckMaxLength`, (e, t) => {
    var n;
    (k.init(e, t),
      (n = e._zod.def).when ?? (n.when = nn),
      (e._zod.check = (n) => {
        let r = n.value,
          i = r.length;
        if ((typeof r == `string` && i > t.maximum ? Ee(r) : i) <= t.maximum) return;
        let a = De(r);
        n.issues.push({ origin: a, code: `too_big`, maximum: t.maximum, inclusive: !0, input: r, inst: e, continue: !t.abort });
      }));
  }),
  un = D(`$ZodCheckMinLength`, (e, t) => {
    var n;
    (k.init(e, t),
      (n = e._zod.def).when ?? (n.when = nn),
      (e._zod.check = (n) => {
        let r = n.value,
          i = r.length;
        if ((typeof r == `string` && i >= t.minimum && i < t.minimum * 2 ? Ee(r) : i) >= t.minimum) return;
        let a = De(r);
        n.issues.push({ origin: a, code: `too_small`, minimum: t.minimum, inclusive: !0, input: r, inst: e, continue: !t.abort });
      }));
  }),
  dn = D(`$ZodCheckLengthEquals`, (e, t) => {
    var n;
    (k.init(e, t),
      (n = e._zod.def).when ?? (n.when = nn),
      (e._zod.check = (n) => {
        let r = n.value,
          i = r.length,
          a = typeof r == `string` && i >= t.length && i <= t.length * 2 ? Ee(r) : i;
        if (a === t.length) return;
        let o = De(r),
          s = a > t.length;
        n.issues.push({
          origin: o,
          ...(s ? { code: `too_big`, maximum: t.length } : { code: `too_small`, minimum: t.length }),
          inclusive: !0,
          exact: !0,
          input: n.value,
          inst: e,
          continue: !t.abort,
        });
      }));
  }),
  fn = D(`$ZodCheckStringFormat`, (e, t) => {
    var n, r;
    (k.init(e, t),
      t.pattern
        ? ((n = e._zod).check ??
          (n.check = (n) => {
            ((t.pattern.lastIndex = 0),
              t.pattern.test(n.value) ||
                n.issues.push({
                  origin: `string`,
                  code: `invalid_format`,
                  format: t.format,
                  input: n.value,
                  ...(t.pattern ? { pattern: t.pattern.toString() } : {}),
                  inst: e,
                  continue: !t.abort,
                }));
          }))
        : ((r = e._zod).check ?? (r.check = () => {})));
  }),
  pn = D(`$ZodCheckRegex`, (e, t) => {
    (fn.init(e, t),
      (e._zod.check = (n) => {
        ((t.pattern.lastIndex = 0),
          t.pattern.test(n.value) ||
            n.issues.push({
              origin: `string`,
              code: `invalid_format`,
              format: `regex`,
              input: n.value,
              pattern: t.pattern.toString(),
              inst: e,
              continue: !t.abort,
            }));
      }));
  }),
  mn = D(`$ZodCheckLowerCase`, (e, t) => {
    ((t.pattern ??= en), fn.init(e, t));
  }),
  hn = D(`$ZodCheckUpperCase`, (e, t) => {
    ((t.pattern ??= tn), fn.init(e, t));
  }),
  gn = D(`$ZodCheckIncludes`, (e, t) => {
    k.init(e, t);
    let n = ie(t.includes);
    ((t.pattern = new RegExp(typeof t.position == `number` ? `^.{${t.position},}${n}` : n)),
      (e._zod.check = (n) => {
        n.value.includes(t.includes, t.position) ||
          n.issues.push({
            origin: `string`,
            code: `invalid_format`,
            format: `includes`,
            includes: t.includes,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      }));
  }),
  _n = D(`$ZodCheckStartsWith`, (e, t) => {
    k.init(e, t);
    let n = RegExp(`^${ie(t.prefix)}.*`);
    ((t.pattern ??= n),
      (e._zod.check = (n) => {
        n.value.startsWith(t.prefix) ||
          n.issues.push({
            origin: `string`,
            code: `invalid_format`,
            format: `starts_with`,
            prefix: t.prefix,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      }));
  }),
  vn = D(`$ZodCheckEndsWith`, (e, t) => {
    k.init(e, t);
    let n = RegExp(`.*${ie(t.suffix)}$`);
    ((t.pattern ??= n),
      (e._zod.check = (n) => {
        n.value.endsWith(t.suffix) ||
          n.issues.push({
            origin: `string`,
            code: `invalid_format`,
            format: `ends_with`,
            suffix: t.suffix,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      }));
  }),
  yn = D(`$ZodCheckOverwrite`, (e, t) => {
    (k.init(e, t),
      (e._zod.check = (e) => {
        e.value = t.tx(e.value);
      }));
  }),
  bn = class {
    constructor(e = [], t = {}) {
      ((this.content = []), (this.indent = 0), (this.args = e), (this.closed = t));
    }
    indented(e) {
      this.indent += 1;
      try {
        e(this);
      } finally {
        --this.indent;
      }
    }
    write(e) {
      if (typeof e == `function`) {
        (e(this, { execution: `sync` }), e(this, { execution: `async` }));
        return;
      }
      let t = e
          .split(
            `
`,
          )
          .filter((e) => e),
        n = Math.min(...t.map((e) => e.length - e.trimStart().length)),
        r = t.map((e) => e.slice(n)).map((e) => ` `.repeat(this.indent * 2) + e);
      for (let e of r) this.content.push(e);
    }
    compile() {
      let e = Function,
        t = this?.content ?? [``];
      return new e(
        ...Object.keys(this.closed),
        `return function (${this.args.join(`, `)}) {\n${t.join(`
`)}\n};`,
      )(...Object.values(this.closed));
    }
  },
  xn = { major: 4, minor: 6, patch: 7 },
  A = D(
    `$ZodType`,
    (e, t) => {
      var n;
      ((e ??= {}), (e._zod.def = t), (e._zod.bag = e._zod.bag || {}), (e._zod.version = xn));
      let r = e._zod.def.checks,
        i = e._zod.traits.has(`$ZodCheck`) ? [e, ...(r ?? [])] : r?.length ? [...r] : [];
      for (let t of i) for (let n of t._zod.onattach) n(e);
      if (i.length === 0)
        ((n = e._zod).deferred ?? (n.deferred = []),
          e._zod.deferred?.push(() => {
            e._zod.run = e._zod.parse;
          }));
      else {
        let t = (t, n, r) => {
            if (t.memo) return t;
            let i = ve(t),
              a;
            for (let o of n) {
              if (o._zod.def.when) {
                if (ye(t) || !o._zod.def.when(t)) continue;
              } else if (i) continue;
              let n = t.issues.length,
                s = o._zod.check(t);
              if (s instanceof Promise && r?.async === !1) throw new Ke();
              if (a || s instanceof Promise)
                a = (a ?? Promise.resolve()).then(async () => {
                  (await s, t.issues.length !== n && (Ce(t.issues, n, e), (i ||= ve(t, n))));
                });
              else {
                if (t.issues.length === n) continue;
                (Ce(t.issues, n, e), (i ||= ve(t, n)));
              }
            }
            return a ? a.then(() => t) : t;
          },
          n = (n, r, a) => {
            if (ve(n)) return ((n.aborted = !0), n);
            let o = t(r, i, a);
            if (o instanceof Promise) {
              if (a.async === !1) throw new Ke();
              return o.then((t) => e._zod.parse(t, a));
            }
            return e._zod.parse(o, a);
          };
        e._zod.run = (r, a) => {
          if (a.skipChecks) return e._zod.parse(r, a);
          if (a.direction === `backward`) {
            let t = e._zod.parse({ value: r.value, issues: [] }, { ...a, skipChecks: !0 });
            return t instanceof Promise ? t.then((e) => n(e, r, a)) : n(t, r, a);
          }
          let o = e._zod.parse(r, a);
          if (o instanceof Promise) {
            if (a.async === !1) throw new Ke();
            return o.then((e) => t(e, i, a));
          }
          return t(o, i, a);
        };
      }
    },
    {
      get '~standard'() {
        return Me(this, `~standard`, wn(this));
      },
      set '~standard'(e) {
        je(this, `~standard`, e);
      },
    },
  ),
  Sn = (e, t) => (e.issues.length ? { issues: e.issues.map((e) => we(e, t, Je())) } : { value: e.value });
async function Cn(e, t) {
  let n = { async: !0 };
  return Sn(await e._zod.run({ value: t, issues: [] }, n), n);
}
function wn(e) {
  return {
    validate: (t) => {
      let n = { async: !1 };
      try {
        let r = e._zod.run({ value: t, issues: [] }, n);
        if (!(r instanceof Promise)) return Sn(r, n);
      } catch {}
      return Cn(e, t);
    },
    vendor: `zod`,
    version: 1,
  };
}
var Tn = D(`$ZodString`, (e, t) => {
    (A.init(e, t),
      (e._zod.pattern = t.pattern ?? Xt),
      (e._zod.parse = (n, r) => {
        if (t.coerce)
          try {
            n.value = String(n.value);
          } catch {}
        return (typeof n.value == `string` || n.issues.push({ expected: `string`, code: `invalid_type`, input: n.value, inst: e }), n);
      }));
  }),
  j = D(`$ZodStringFormat`, (e, t) => {
    (fn.init(e, t), Tn.init(e, t));
  }),
  En = D(`$ZodGUID`, (e, t) => {
    ((t.pattern ??= jt), j.init(e, t));
  }),
  Dn = D(`$ZodUUID`, (e, t) => {
    if (t.version) {
      let e = { v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8 }[t.version];
      if (e === void 0) throw Error(`Invalid UUID version: "${t.version}"`);
      t.pattern ??= Mt(e);
    } else t.pattern ??= Mt();
    j.init(e, t);
  }),
  On = D(`$ZodEmail`, (e, t) => {
    ((t.pattern ??= Nt), j.init(e, t));
  });
function kn(e) {
  try {
    return typeof URL < `u` && typeof URL.canParse == `function` ? URL.canParse(e) : (new URL(e), !0);
  } catch {
    return !1;
  }
}
function An(e, t) {
  return !(`normalize` in t) && !(`hostname` in t) && !(`protocol` in t) ? kn(e) || 2 : jn(e, t);
}
function jn(e, t) {
  if (!t.normalize && t.protocol?.source === Ht.source && !/^https?:\/\//i.test(e)) return 1;
  try {
    if (typeof URL < `u`) {
      let t = URL;
      if (typeof t.parse == `function`) return t.parse(e) ?? 2;
    }
    return new URL(e);
  } catch {
    return 2;
  }
}
var Mn = /[\t\n\r]/g;
function Nn(e) {
  return e.replace(Mn, ``);
}
function Pn(e, t) {
  return ((t.lastIndex = 0), t.test(e.hostname));
}
function Fn(e, t) {
  return ((t.lastIndex = 0), t.test(e.protocol.endsWith(`:`) ? e.protocol.slice(0, -1) : e.protocol));
}
var In = D(`$ZodURL`, (e, t) => {
    (j.init(e, t),
      (e._zod.check = (n) => {
        try {
          let r = n.value.trim(),
            i = An(r, t);
          if (i === 1) {
            n.issues.push({
              code: `invalid_format`,
              format: `url`,
              note: `Invalid URL format`,
              input: n.value,
              inst: e,
              continue: !t.abort,
            });
            return;
          }
          if (i === 2) {
            n.issues.push({ code: `invalid_format`, format: `url`, input: n.value, inst: e, continue: !t.abort });
            return;
          }
          if (i === !0) {
            n.value = Nn(r);
            return;
          }
          (t.hostname &&
            !Pn(i, t.hostname) &&
            n.issues.push({
              code: `invalid_format`,
              format: `url`,
              note: `Invalid hostname`,
              pattern: t.hostname.source,
              input: n.value,
              inst: e,
              continue: !t.abort,
            }),
            t.protocol &&
              !Fn(i, t.protocol) &&
              n.issues.push({
                code: `invalid_format`,
                format: `url`,
                note: `Invalid protocol`,
                pattern: t.protocol.source,
                input: n.value,
                inst: e,
                continue: !t.abort,
              }),
            (n.value = t.normalize ? i.href : Nn(r)));
          return;
        } catch {
          n.issues.push({ code: `invalid_format`, format: `url`, input: n.value, inst: e, continue: !t.abort });
        }
      }));
  }),
  Ln = D(`$ZodEmoji`, (e, t) => {
    ((t.pattern ??= Ft()), j.init(e, t));
  }),
  Rn = D(`$ZodNanoID`, (e, t) => {
    if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1)) throw Error(`Invalid nanoid length: ${t.length}`);
    ((t.pattern ??= t.length === void 0 ? Ot : kt(t.length)), j.init(e, t));
  }),
  zn = D(`$ZodCUID`, (e, t) => {
    ((t.pattern ??= Ct), j.init(e, t));
  }),
  Bn = D(`$ZodCUID2`, (e, t) => {
    ((t.pattern ??= wt), j.init(e, t));
  }),
  Vn = D(`$ZodULID`, (e, t) => {
    ((t.pattern ??= Tt), j.init(e, t));
  }),
  Hn = D(`$ZodXID`, (e, t) => {
    ((t.pattern ??= Et), j.init(e, t));
  }),
  Un = D(`$ZodKSUID`, (e, t) => {
    ((t.pattern ??= Dt), j.init(e, t));
  }),
  Wn = D(`$ZodISODateTime`, (e, t) => {
    ((t.pattern ??= Yt(t)), j.init(e, t));
  }),
  Gn = D(`$ZodISODate`, (e, t) => {
    ((t.pattern ??= Kt), j.init(e, t));
  }),
  Kn = D(`$ZodISOTime`, (e, t) => {
    ((t.pattern ??= Jt(t)), j.init(e, t));
  }),
  qn = D(`$ZodISODuration`, (e, t) => {
    ((t.pattern ??= At), j.init(e, t));
  }),
  Jn = D(`$ZodIPv4`, (e, t) => {
    ((t.pattern ??= It), j.init(e, t));
  }),
  Yn = /^[0-9a-fA-F:.]+$/;
function Xn(e) {
  return Yn.test(e) ? kn(`http://[${e}]`) : !1;
}
var Zn = D(`$ZodIPv6`, (e, t) => {
    ((t.pattern ??= Lt),
      j.init(e, t),
      (e._zod.check = (n) => {
        Xn(n.value) || n.issues.push({ code: `invalid_format`, format: `ipv6`, input: n.value, inst: e, continue: !t.abort });
      }));
  }),
  Qn = D(`$ZodCIDRv4`, (e, t) => {
    ((t.pattern ??= Rt), j.init(e, t));
  });
function $n(e) {
  let t = e.split(`/`);
  if (t.length !== 2) return !1;
  let [n, r] = t;
  if (!r) return !1;
  let i = Number(r);
  return `${i}` !== r || i < 0 || i > 128 ? !1 : Xn(n);
}
var er = D(`$ZodCIDRv6`, (e, t) => {
  ((t.pattern ??= zt),
    j.init(e, t),
    (e._zod.check = (n) => {
      $n(n.value) || n.issues.push({ code: `invalid_format`, format: `cidrv6`, input: n.value, inst: e, continue: !t.abort });
    }));
});
function tr(e) {
  if (e === ``) return !0;
  if (/\s/.test(e) || e.length % 4 != 0) return !1;
  try {
    return (atob(e), !0);
  } catch {
    return !1;
  }
}
var nr = /^[0-9a-zA-Z+/]*={0,2}$/,
  rr = D(`$ZodBase64`, (e, t) => {
    ((t.pattern ??= nr),
      j.init(e, t),
      (e._zod.check = (n) => {
        tr(n.value) || n.issues.push({ code: `invalid_format`, format: `base64`, input: n.value, inst: e, continue: !t.abort });
      }));
  }),
  ir = /^[A-Za-z0-9_-]*$/;
function ar(e) {
  if (!ir.test(e)) return !1;
  let t = e.replace(/[-_]/g, (e) => (e === `-` ? `+` : `/`));
  return tr(t.padEnd(Math.ceil(t.length / 4) * 4, `=`));
}
var or = D(`$ZodBase64URL`, (e, t) => {
    ((t.pattern ??= ir),
      j.init(e, t),
      (e._zod.check = (n) => {
        ar(n.value) || n.issues.push({ code: `invalid_format`, format: `base64url`, input: n.value, inst: e, continue: !t.abort });
      }));
  }),
  sr = D(`$ZodE164`, (e, t) => {
    ((t.pattern ??= Ut), j.init(e, t));
  });
function cr(e, t = null) {
  try {
    let n = e.split(`.`);
    if (n.length !== 3) return !1;
    let [r] = n;
    if (!r) return !1;
    let i = JSON.parse(atob(r));
    return !((`typ` in i && i?.typ !== `JWT`) || !i.alg || (t && (!(`alg` in i) || i.alg !== t)));
  } catch {
    return !1;
  }
}
var lr = D(`$ZodJWT`, (e, t) => {
    (j.init(e, t),
      (e._zod.check = (n) => {
        cr(n.value, t.alg) || n.issues.push({ code: `invalid_format`, format: `jwt`, input: n.value, inst: e, continue: !t.abort });
      }));
  }),
  ur = D(`$ZodNumber`, (e, t) => {
    (A.init(e, t),
      (e._zod.pattern = Qt),
      (e._zod.parse = (n, r) => {
        if (t.coerce)
          try {
            n.value = Number(n.value);
          } catch {}
        let i = n.value;
        if (typeof i == `number` && !Number.isNaN(i) && Number.isFinite(i)) return n;
        let a = typeof i == `number` ? (Number.isNaN(i) ? `NaN` : Number.isFinite(i) ? void 0 : String(i)) : void 0;
        return (n.issues.push({ expected: `number`, code: `invalid_type`, input: i, inst: e, ...(a ? { received: a } : {}) }), n);
      }));
  }),
  dr = D(`$ZodNumberFormat`, (e, t) => {
    (cn.init(e, t), ur.init(e, t));
  }),
  fr = D(`$ZodBoolean`, (e, t) => {
    (A.init(e, t),
      (e._zod.pattern = $t),
      (e._zod.parse = (n, r) => {
        if (t.coerce)
          try {
            n.value = !!n.value;
          } catch {}
        let i = n.value;
        return (typeof i == `boolean` || n.issues.push({ expected: `boolean`, code: `invalid_type`, input: i, inst: e }), n);
      }));
  }),
  pr = D(`$ZodUnknown`, (e, t) => {
    (A.init(e, t), (e._zod.parse = (e) => e));
  }),
  mr = D(`$ZodNever`, (e, t) => {
    (A.init(e, t), (e._zod.parse = (t, n) => (t.issues.push({ expected: `never`, code: `invalid_type`, input: t.value, inst: e }), t)));
  });
function hr(e, t) {
  let n = Se(e._zod.def.checks);
  if (!n.length) return;
  let r = Math.min(...n.map((e) => e[0])),
    i = e._zod.parse;
  e._zod.parse = (n, a) => {
    let o = t(n.value);
    if (o > r && !a?.skipChecks && a?.direction !== `backward`) {
      for (let [t, r] of Se(e._zod.def.checks))
        if (o > t && r._zod.def.when(n)) {
          let t = n.issues.length;
          return (r._zod.check(n), (n.issues[t].continue = !1), Ce(n.issues, t, e), n);
        }
    }
    return i(n, a);
  };
}
var gr = (e) => (Array.isArray(e) ? e.length : -1);
function _r(e, t, n) {
  (e.issues.length && t.issues.push(...be(n, e.issues)), (t.value[n] = e.value));
}
var vr = D(`$ZodArray`, (e, t) => {
  A.init(e, t);
  let n = O.memoizer;
  (n?.attach(e),
    (e._zod.parse = (r, i) => {
      let a = r.value;
      if (!Array.isArray(a)) return (r.issues.push({ expected: `array`, code: `invalid_type`, input: a, inst: e }), r);
      r.value = n ? n.alloc(e, r, Array(a.length), i) : Array(a.length);
      let o = [],
        s = i?.abortEarly;
      for (let e = 0; e < a.length; e++) {
        let n = a[e],
          c = t.element._zod.run({ value: n, issues: [] }, i);
        if (c instanceof Promise) o.push(c.then((t) => _r(t, r, e)));
        else if ((_r(c, r, e), s && c.issues.length !== 0 && ve(c))) break;
      }
      return o.length ? Promise.all(o).then(() => r) : r;
    }),
    hr(e, gr));
});
function yr(e, t, n, r, i, a) {
  let o = n in r,
    s = a === `optional`;
  if (o || !s || i !== `optional`) {
    if (e.issues.length) {
      if (i !== void 0 && s && !o) return;
      t.issues.push(...be(n, e.issues));
    }
    !o && i === void 0
      ? e.issues.length || t.issues.push({ code: `invalid_type`, expected: `nonoptional`, input: void 0, path: [n] })
      : e.value === void 0
        ? (o || (i === `defaulted` && !s)) && (t.value[n] = void 0)
        : (t.value[n] = e.value);
  }
}
var br = [];
function xr(e) {
  let t = Object.keys(e.shape),
    n = Object.getOwnPropertySymbols(e.shape),
    r = n.length ? n : br,
    i = r.length ? [...t, ...r] : t;
  for (let t of i)
    if (!e.shape?.[t]?._zod?.traits?.has(`$ZodType`)) throw Error(`Invalid element at key "${String(t)}": expected a Zod schema`);
  let a = oe(e.shape);
  return { ...e, allKeys: i, symbolKeys: r, keySet: new Set(t), numKeys: t.length, optionalKeys: new Set(a) };
}
function Sr(e, t, n, r, i, a, o) {
  let s = [],
    c = i.keySet,
    l = i.catchall._zod,
    u = l.def.type,
    d = l.optin,
    f = l.optout,
    p = 0;
  for (let i in t) {
    if (o && n.issues.length !== p) {
      if (ve(n, p)) break;
      p = n.issues.length;
    }
    if (c.has(i)) continue;
    if (i === `__proto__`) {
      u === `never` && s.push(i);
      continue;
    }
    if (u === `never`) {
      s.push(i);
      continue;
    }
    let a = l.run({ value: t[i], issues: [] }, r);
    a instanceof Promise ? e.push(a.then((e) => yr(e, n, i, t, d, f))) : yr(a, n, i, t, d, f);
  }
  return (
    s.length && n.issues.push({ code: `unrecognized_keys`, keys: s, input: t, inst: a, continue: !0 }),
    e.length ? Promise.all(e).then(() => n) : n
  );
}
var Cr = D(`$ZodObject`, (e, t) => {
    A.init(e, t);
    let n = Object.getOwnPropertyDescriptor(t, `shape`),
      r = n?.get ? n.get.raw : (t.shape ?? {});
    if (r) {
      let e = () => {
        let n = { ...r };
        return (Object.defineProperty(t, 'shape', { value: n }), (e.raw = n), n);
      };
      ((e.raw = r), Object.defineProperty(t, 'shape', { get: e }));
    }
    let i = c(() => xr(t));
    E(e, `propValues`, (e) => {
      let t = e.def.shape,
        n = {};
      for (let e in t) {
        let r = t[e]._zod;
        if (r.values) {
          Object.prototype.hasOwnProperty.call(n, e) || f(n, e, new Set());
          for (let t of r.values) n[e].add(t);
          r.optin !== void 0 && n[e].add(void 0);
        }
      }
      return n;
    });
    let a = b,
      o = t.catchall,
      s,
      l = O.memoizer;
    (l?.attach(e),
      (e._zod.parse = (t, n) => {
        s ??= i.value;
        let r = t.value;
        if (!a(r)) return (t.issues.push({ expected: `object`, code: `invalid_type`, input: r, inst: e }), t);
        t.value = l ? l.alloc(e, t, {}, n) : {};
        let c = [],
          u = s.shape,
          d = n?.abortEarly,
          f = t.issues.length;
        for (let e of s.allKeys) {
          if (d && t.issues.length !== f) {
            if (ve(t, f)) break;
            f = t.issues.length;
          }
          if (e === `__proto__`) continue;
          let i = u[e],
            a = i._zod.optin,
            o = i._zod.optout,
            s = i._zod.run({ value: r[e], issues: [] }, n);
          s instanceof Promise ? c.push(s.then((n) => yr(n, t, e, r, a, o))) : yr(s, t, e, r, a, o);
        }
        return o ? Sr(c, r, t, n, i.value, e, d === !0) : c.length ? Promise.all(c).then(() => t) : t;
      }));
  }),
  wr = D(`$ZodObjectJIT`, (e, t) => {
    Cr.init(e, t);
    let n = e._zod.parse,
      r = c(() => xr(t)),
      i = O.memoizer,
      a = (t) => {
        let n = r.value,
          a = n.symbolKeys,
          o = new bn([`payload`, `ctx`], { shape: t, inst: e, memo: i, syms: a }),
          s = (e) => `shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`,
          c = (e, t) => `
          let ${e}_ab = false;
          for (let i = 0; i < ${e}.issues.length; i++) {
            const iss = ${e}.issues[i];
            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${e}_ab = true;
          }
          if (${e}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        o.write(`const input = payload.value;`);
        let l = Object.create(null),
          u = 0;
        for (let e of n.allKeys) l[e] = `key_${u++}`;
        o.write(i ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (let e of n.allKeys) {
          if (e === `__proto__`) continue;
          let n = l[e],
            r = typeof e == `symbol` ? `syms[${a.indexOf(e)}]` : ne(e),
            i = `${r} in input`,
            u = t[e],
            d = u?._zod?.optin,
            f = d !== void 0,
            p = u?._zod?.optout === `optional`;
          if ((o.write(`const ${n} = ${s(r)};`), f && p)) {
            let e = d === `optional` ? `${n}_present` : `${n}.value !== undefined || ${n}_present`;
            o.write(`
        const ${n}_present = ${i};
        if (!${n}.issues.length || ${n}_present) {
          if (${n}.issues.length) {${c(n, r)}
          }

          if (${e}) {
            newResult[${r}] = ${n}.value;
          }
        }

      `);
          } else
            f
              ? (o.write(`
        if (${n}.issues.length) {${c(n, r)}
        }
      `),
                d === `defaulted`
                  ? o.write(`newResult[${r}] = ${n}.value;`)
                  : o.write(`
        if (${n}.value !== undefined || ${i}) {
          newResult[${r}] = ${n}.value;
        }
      `))
              : o.write(`
        const ${n}_present = ${i};
        if (${n}.issues.length) {${c(n, r)}
        }
        if (!${n}_present && !${n}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${r}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${n}_present) {
          newResult[${r}] = ${n}.value;
        }

      `);
        }
        return (o.write(`payload.value = newResult;`), o.write(`return payload;`), o.compile());
      },
      o,
      s = b,
      l = !O.jitless,
      u = l && x.value,
      d = t.catchall,
      f;
    e._zod.parse = (i, c) => {
      f ??= r.value;
      let p = i.value;
      return s(p)
        ? l && u && c?.async === !1 && c.jitless !== !0
          ? ((o ||= a(t.shape)), (i = o(i, c)), d ? Sr([], p, i, c, f, e, c?.abortEarly === !0) : i)
          : n(i, c)
        : (i.issues.push({ expected: `object`, code: `invalid_type`, input: p, inst: e }), i);
    };
  });
function Tr(e, t, n, r) {
  for (let n of e) if (n.issues.length === 0) return ((t.value = n.value), t);
  let i = e.filter((e) => !ve(e));
  return i.length === 1
    ? ((t.value = i[0].value), i[0])
    : (t.issues.push({ code: `invalid_union`, input: t.value, inst: n, errors: e.map((e) => e.issues.map((e) => we(e, r, Je()))) }), t);
}
var Er = D(`$ZodUnion`, (e, t) => {
  (A.init(e, t),
    E(e, `optin`, (e) =>
      e.def.options.some((e) => e._zod.optin === `defaulted`)
        ? `defaulted`
        : e.def.options.some((e) => e._zod.optin !== void 0)
          ? `optional`
          : void 0,
    ),
    E(e, `optout`, (e) => (e.def.options.some((e) => e._zod.optout === `optional`) ? `optional` : void 0)),
    E(e, `values`, (e) => {
      if (e.def.options.every((e) => e._zod.values)) return new Set(e.def.options.flatMap((e) => Array.from(e._zod.values)));
    }),
    E(e, `pattern`, (e) => {
      if (e.def.options.every((e) => e._zod.pattern)) {
        let t = e.def.options.map((e) => e._zod.pattern);
        return RegExp(`^(${t.map((e) => u(e.source)).join(`|`)})$`);
      }
    }));
  let n = t.options.length === 1 ? t.options[0]._zod.run : null;
  e._zod.parse = (r, i) => {
    if (n) return n(r, i);
    let a = !1,
      o = [];
    for (let e of t.options) {
      let t = e._zod.run({ value: r.value, issues: [] }, i);
      if (t instanceof Promise) (o.push(t), (a = !0));
      else {
        if (t.issues.length === 0) return t;
        o.push(t);
      }
    }
    return a ? Promise.all(o).then((t) => Tr(t, r, e, i)) : Tr(o, r, e, i);
  };
});
function Dr(e) {
  let t = new Map();
  for (let n of e.options) {
    let r = n._zod.propValues?.[e.discriminator];
    if (!r || r.size === 0) throw Error(`Invalid discriminated union option at index "${e.options.indexOf(n)}"`);
    for (let e of r)
      if (t.has(e)) {
        if (e !== void 0) throw Error(`Duplicate discriminator value "${String(e)}"`);
        t.set(e, null);
      } else t.set(e, n);
  }
  return t;
}
var Or = D(`$ZodDiscriminatedUnion`, (e, t) => {
    ((t.inclusive = !1), Er.init(e, t));
    let n = e._zod.parse;
    (E(e, `propValues`, (e) => {
      let t = {},
        n = 0;
      for (let r of e.def.options) {
        let i = r._zod.propValues;
        if (!i || Object.keys(i).length === 0) throw Error(`Invalid discriminated union option at index "${e.def.options.indexOf(r)}"`);
        i[e.def.discriminator]?.has(void 0) && n++;
        for (let [e, n] of Object.entries(i)) {
          Object.prototype.hasOwnProperty.call(t, e) || f(t, e, new Set());
          for (let r of n) t[e].add(r);
        }
      }
      return (!e.def.unionFallback && n > 1 && t[e.def.discriminator]?.delete(void 0), t);
    }),
      t.options.forEach((e, n) => {
        let r = p(e._zod.def);
        if (r && !Object.prototype.hasOwnProperty.call(r, t.discriminator))
          throw Error(`Invalid discriminated union option at index "${n}"`);
      }));
    let r = c(() => Dr(t));
    e._zod.parse = (i, a) => {
      let o = i.value;
      if (!b(o)) return (i.issues.push({ code: `invalid_type`, expected: `object`, input: o, inst: e }), i);
      let s = o?.[t.discriminator],
        c = r.value.get(s);
      return c && (s !== void 0 || a.direction !== `backward`)
        ? c._zod.run(i, a)
        : t.unionFallback || a.direction === `backward`
          ? n(i, a)
          : (i.issues.push({
              code: `invalid_union`,
              errors: [],
              note: `No matching discriminator`,
              discriminator: t.discriminator,
              options: Array.from(r.value.keys()).filter((e) => r.value.get(e) !== null),
              input: o,
              path: [t.discriminator],
              inst: e,
            }),
            i);
    };
  }),
  kr = D(`$ZodIntersection`, (e, t) => {
    (A.init(e, t),
      (e._zod.parse = (e, n) => {
        let r = e.value,
          i = t.left._zod.run({ value: r, issues: [] }, n),
          a = t.right._zod.run({ value: r, issues: [] }, n);
        return i instanceof Promise || a instanceof Promise ? Promise.all([i, a]).then(([t, n]) => jr(e, t, n)) : jr(e, i, a);
      }));
  });
function Ar(e, t) {
  if (e === t || (e instanceof Date && t instanceof Date && +e == +t)) return { valid: !0, data: e };
  if (S(e) && S(t)) {
    let n = Object.keys(t),
      r = Object.keys(e).filter((e) => n.indexOf(e) !== -1),
      i = { ...e, ...t };
    Object.prototype.hasOwnProperty.call(i, `__proto__`) && delete i.__proto__;
    for (let n of r) {
      if (n === `__proto__`) continue;
      let r = Ar(e[n], t[n]);
      if (!r.valid) return { valid: !1, mergeErrorPath: [n, ...r.mergeErrorPath] };
      i[n] = r.data;
    }
    return { valid: !0, data: i };
  }
  if (Array.isArray(e) && Array.isArray(t)) {
    if (e.length !== t.length) return { valid: !1, mergeErrorPath: [] };
    let n = [];
    for (let r = 0; r < e.length; r++) {
      let i = Ar(e[r], t[r]);
      if (!i.valid) return { valid: !1, mergeErrorPath: [r, ...i.mergeErrorPath] };
      n.push(i.data);
    }
    return { valid: !0, data: n };
  }
  return { valid: !1, mergeErrorPath: [] };
}
function jr(e, t, n) {
  let r = new Map(),
    i,
    a = new Map(),
    o = (e, t) => {
      let n;
      if (e.code === `unrecognized_keys` && !e.path?.length) ((i ??= e), (n = e.keys));
      else if (e.code === `invalid_key` && e.origin === `record` && e.path?.length === 1) {
        let t = String(e.path[0]);
        (a.has(t) || a.set(t, e), (n = [t]));
      } else return !1;
      for (let e of n) (r.has(e) || r.set(e, {}), (r.get(e)[t] = !0));
      return !0;
    };
  for (let n of t.issues) o(n, `l`) || e.issues.push(n);
  for (let t of n.issues) o(t, `r`) || e.issues.push(t);
  let s = [...r].filter(([, e]) => e.l && e.r).map(([e]) => e);
  if (s.length) {
    let t = i ? s.filter((e) => i.keys.includes(e)) : [];
    t.length && e.issues.push({ ...i, keys: t });
    for (let n of s) !t.includes(n) && a.has(n) && e.issues.push(a.get(n));
  }
  let c = Ar(t.value, n.value);
  if (!c.valid) {
    if (ve(e)) return e;
    throw Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`);
  }
  return ((e.value = c.data), e);
}
var Mr = D(`$ZodRecord`, (e, t) => {
    A.init(e, t);
    let n = O.memoizer;
    (n?.attach(e),
      (e._zod.parse = (r, i) => {
        let a = r.value;
        if (!S(a)) return (r.issues.push({ expected: `record`, code: `invalid_type`, input: a, inst: e }), r);
        let o = [],
          s = t.keyType._zod.values;
        if (s && !t.partial) {
          r.value = n ? n.alloc(e, r, {}, i) : {};
          let c = new Set();
          for (let n of s)
            if (typeof n == `string` || typeof n == `number` || typeof n == `symbol`) {
              if ((c.add(typeof n == `number` ? n.toString() : n), n === `__proto__`)) continue;
              let s = t.keyType._zod.run({ value: n, issues: [] }, i);
              if (s instanceof Promise) throw Error(`Async schemas not supported in object keys currently`);
              if (s.issues.length) {
                r.issues.push({
                  code: `invalid_key`,
                  origin: `record`,
                  issues: s.issues.map((e) => we(e, i, Je())),
                  input: n,
                  path: [n],
                  inst: e,
                });
                continue;
              }
              let l = s.value;
              if (l === `__proto__`) continue;
              let u = t.valueType._zod.run({ value: a[n], issues: [] }, i);
              u instanceof Promise
                ? o.push(
                    u.then((e) => {
                      (e.issues.length && r.issues.push(...be(n, e.issues)), (r.value[l] = e.value));
                    }),
                  )
                : (u.issues.length && r.issues.push(...be(n, u.issues)), (r.value[l] = u.value));
            }
          let l;
          for (let e in a)
            if (!c.has(e)) {
              if (t.mode === `loose`) {
                if (e === `__proto__`) continue;
                r.value[e] = a[e];
              } else ((l ??= []), l.push(e));
            }
          l && l.length > 0 && r.issues.push({ code: `unrecognized_keys`, input: a, inst: e, keys: l, continue: !0 });
        } else {
          r.value = n ? n.alloc(e, r, {}, i) : {};
          let c;
          for (let n of Reflect.ownKeys(a)) {
            if (n === `__proto__` || !Object.prototype.propertyIsEnumerable.call(a, n)) continue;
            let l = t.keyType._zod.run({ value: n, issues: [] }, i);
            if (l instanceof Promise) throw Error(`Async schemas not supported in object keys currently`);
            if (typeof n == `string` && Qt.test(n) && l.issues.length) {
              let e = t.keyType._zod.run({ value: Number(n), issues: [] }, i);
              if (e instanceof Promise) throw Error(`Async schemas not supported in object keys currently`);
              e.issues.length === 0 && (l = e);
            }
            if (l.issues.length) {
              t.mode === `loose`
                ? (r.value[n] = a[n])
                : s
                  ? ((c ??= []), c.push(n))
                  : r.issues.push({
                      code: `invalid_key`,
                      origin: `record`,
                      issues: l.issues.map((e) => we(e, i, Je())),
                      input: n,
                      path: [n],
                      inst: e,
                    });
              continue;
            }
            let u = l.value;
            if (u === `__proto__`) continue;
            let d = t.valueType._zod.run({ value: a[n], issues: [] }, i);
            d instanceof Promise
              ? o.push(
                  d.then((e) => {
                    (e.issues.length && r.issues.push(...be(n, e.issues)), (r.value[u] = e.value));
                  }),
                )
              : (d.issues.length && r.issues.push(...be(n, d.issues)), (r.value[u] = d.value));
          }
          c && c.length > 0 && r.issues.push({ code: `unrecognized_keys`, input: a, inst: e, keys: c, continue: !0 });
        }
        return o.length ? Promise.all(o).then(() => r) : r;
      }));
  }),
  Nr = D(`$ZodEnum`, (e, t) => {
    A.init(e, t);
    let n = i(t.entries),
      r = new Set(n);
    ((e._zod.values = r),
      E(e, `pattern`, (e) => {
        let t = i(e.def.entries).filter((e) => re.has(typeof e));
        return RegExp(t.length ? `^(${t.map((e) => ie(e.toString())).join(`|`)})$` : `^[^\\s\\S]$`);
      }),
      (e._zod.parse = (t, i) => {
        let a = t.value;
        return (r.has(a) || t.issues.push({ code: `invalid_value`, values: n, input: a, inst: e }), t);
      }));
  }),
  Pr = D(`$ZodLiteral`, (e, t) => {
    A.init(e, t);
    let n = new Set(t.values);
    ((e._zod.values = n),
      E(e, `pattern`, (e) => {
        let t = e.def.values;
        return RegExp(
          t.length ? `^(${t.map((e) => (typeof e == `string` ? ie(e) : e ? ie(e.toString()) : String(e))).join(`|`)})$` : `^[^\\s\\S]$`,
        );
      }),
      (e._zod.parse = (r, i) => {
        let a = r.value;
        return (n.has(a) || r.issues.push({ code: `invalid_value`, values: t.values, input: a, inst: e }), r);
      }));
  }),
  Fr = D(`$ZodTransform`, (e, t) => {
    (A.init(e, t),
      (e._zod.optin = `optional`),
      O.memoizer?.guard(e),
      (e._zod.parse = (n, r) => {
        if (r.direction === `backward`) throw new qe(e.constructor.name);
        let i = t.transform(n.value, n);
        if (r.async) return (i instanceof Promise ? i : Promise.resolve(i)).then((e) => ((n.value = e), n));
        if (i instanceof Promise) throw new Ke();
        return ((n.value = i), n);
      }));
  });
function Ir(e, t) {
  return ((e.value = t.issues.length ? void 0 : t.value), e);
}
var Lr = D(`$ZodOptional`, (e, t) => {
    (A.init(e, t),
      E(e, `optin`, (e) => (e.def.innerType._zod.optin === `defaulted` ? `defaulted` : `optional`)),
      (e._zod.optout = `optional`),
      E(e, `values`, (e) => {
        let t = e.def.innerType._zod.values;
        return t ? new Set([...t, void 0]) : void 0;
      }),
      E(e, `pattern`, (e) => {
        let t = e.def.innerType._zod.pattern;
        return t ? RegExp(`^(${u(t.source)})?$`) : void 0;
      }),
      (e._zod.parse = (e, n) => {
        if (e.value === void 0) {
          if (t.innerType._zod.optin !== `defaulted`) return e;
          let r = t.innerType._zod.run({ value: e.value, issues: [] }, n);
          return r instanceof Promise ? r.then((t) => Ir(e, t)) : Ir(e, r);
        }
        return t.innerType._zod.run(e, n);
      }));
  }),
  Rr = D(`$ZodExactOptional`, (e, t) => {
    (Lr.init(e, t),
      E(e, `values`, (e) => e.def.innerType._zod.values),
      E(e, `pattern`, (e) => e.def.innerType._zod.pattern),
      (e._zod.parse = (e, n) => t.innerType._zod.run(e, n)));
  }),
  zr = D(`$ZodNullable`, (e, t) => {
    (A.init(e, t),
      E(e, `optin`, (e) => e.def.innerType._zod.optin),
      E(e, `optout`, (e) => e.def.innerType._zod.optout),
      E(e, `pattern`, (e) => {
        let t = e.def.innerType._zod.pattern;
        return t ? RegExp(`^(${u(t.source)}|null)$`) : void 0;
      }),
      E(e, `values`, (e) => (e.def.innerType._zod.values ? new Set([...e.def.innerType._zod.values, null]) : void 0)),
      (e._zod.parse = (e, n) => (e.value === null ? e : t.innerType._zod.run(e, n))));
  }),
  Br = D(`$ZodDefault`, (e, t) => {
    (A.init(e, t),
      (e._zod.optin = `defaulted`),
      E(e, `values`, (e) => e.def.innerType._zod.values),
      (e._zod.parse = (e, n) => {
        if (n.direction === `backward`) return t.innerType._zod.run(e, n);
        if (e.value === void 0) return ((e.value = t.defaultValue), e);
        let r = t.innerType._zod.run(e, n);
        return r instanceof Promise ? r.then((e) => Vr(e, t)) : Vr(r, t);
      }));
  });
function Vr(e, t) {
  return (e.value === void 0 && (e.value = t.defaultValue), e);
}
var Hr = D(`$ZodPrefault`, (e, t) => {
    (A.init(e, t),
      (e._zod.optin = `defaulted`),
      E(e, `values`, (e) => e.def.innerType._zod.values),
      (e._zod.parse = (e, n) => (
        n.direction === `backward` || (e.value === void 0 && (e.value = t.defaultValue)),
        t.innerType._zod.run(e, n)
      )));
  }),
  Ur = D(`$ZodNonOptional`, (e, t) => {
    (A.init(e, t),
      E(e, `values`, (e) => {
        let t = e.def.innerType._zod.values;
        return t ? new Set([...t].filter((e) => e !== void 0)) : void 0;
      }),
      (e._zod.parse = (n, r) => {
        let i = t.innerType._zod.run(n, r);
        return i instanceof Promise ? i.then((t) => Wr(t, e)) : Wr(i, e);
      }));
  });
function Wr(e, t) {
  return (
    !e.issues.length && e.value === void 0 && e.issues.push({ code: `invalid_type`, expected: `nonoptional`, input: e.value, inst: t }),
    e
  );
}
function Gr(e, t, n, r) {
  return t.issues.length
    ? ((e.value = n.catchValue({ ...t, value: e.value, error: { issues: t.issues.map((e) => we(e, r, Je())) }, input: e.value })), e)
    : ((e.value = t.value), t.memo && (e.memo = !0), e);
}
var Kr = D(`$ZodCatch`, (e, t) => {
    (A.init(e, t),
      E(e, `optin`, (e) => (e.def.innerType._zod.optin === `defaulted` ? `defaulted` : `optional`)),
      E(e, `optout`, (e) => e.def.innerType._zod.optout),
      E(e, `values`, (e) => e.def.innerType._zod.values),
      (e._zod.parse = (e, n) => {
        if (n.direction === `backward`) return t.innerType._zod.run(e, n);
        let r = t.innerType._zod.run({ value: e.value, issues: [] }, n);
        return r instanceof Promise ? r.then((r) => Gr(e, r, t, n)) : Gr(e, r, t, n);
      }));
  }),
  qr = D(`$ZodPipe`, (e, t) => {
    (A.init(e, t),
      E(e, `values`, (e) => e.def.in._zod.values),
      E(e, `optin`, (e) => e.def.in._zod.optin),
      E(e, `optout`, (e) => e.def.out._zod.optout),
      E(e, `propValues`, (e) => e.def.in._zod.propValues),
      (e._zod.parse = (e, n) => {
        if (n.direction === `backward`) {
          let r = t.out._zod.run(e, n);
          return r instanceof Promise ? r.then((e) => Jr(e, t.in, n)) : Jr(r, t.in, n);
        }
        let r = t.in._zod.run(e, n);
        return r instanceof Promise ? r.then((e) => Jr(e, t.out, n)) : Jr(r, t.out, n);
      }));
  });
function Jr(e, t, n) {
  return e.issues.some((e) => e.code !== `unrecognized_keys`) ? ((e.aborted = !0), e) : t._zod.run({ value: e.value, issues: e.issues }, n);
}
var Yr = D(`$ZodReadonly`, (e, t) => {
  (A.init(e, t),
    E(e, `propValues`, (e) => e.def.innerType._zod.propValues),
    E(e, `values`, (e) => e.def.innerType._zod.values),
    E(e, `optin`, (e) => e.def.innerType?._zod?.optin),
    E(e, `optout`, (e) => e.def.innerType?._zod?.optout),
    (e._zod.parse = (e, n) => {
      if (n.direction === `backward`) return t.innerType._zod.run(e, n);
      let r = t.innerType._zod.run(e, n);
      return r instanceof Promise ? r.then(Xr) : Xr(r);
    }));
});
function Xr(e) {
  return (e.memo || (e.value = Object.freeze(e.value)), e);
}
var Zr = D(`$ZodCustom`, (e, t) => {
  (k.init(e, t),
    A.init(e, t),
    (e._zod.parse = (e, t) => e),
    (e._zod.check = (n) => {
      let r = n.value,
        i = t.fn(r);
      if (i instanceof Promise) return i.then((t) => Qr(t, n, r, e));
      Qr(i, n, r, e);
    }));
});
function Qr(e, t, n, r) {
  if (!e) {
    let e = { code: `custom`, input: n, inst: r, path: [...(r._zod.def.path ?? [])], continue: !r._zod.def.abort };
    (r._zod.def.params && (e.params = r._zod.def.params), t.issues.push(ke(e)));
  }
}
var $r = class extends Error {
    constructor() {
      (super(`Cannot parse a reference cycle that closes through a transform`), (this.name = `ZodCyclicError`));
    }
  },
  ei = `~memo`,
  ti = [];
function ni(e) {
  return typeof e == `object` && !!e;
}
function ri(e) {
  return e.map((e) => (e.path ? { ...e, path: e.path.slice() } : { ...e }));
}
var ii = new WeakMap(),
  ai = 0,
  oi = 1,
  si = 2;
function ci(e, t, n) {
  let r = ii.get(e);
  if (r !== void 0) return r ? si : ai;
  if (t.has(e)) return si;
  t.add(e);
  let i = ai,
    a = (e) => {
      if (i !== si && e?._zod) {
        let r = ci(e, t, n);
        r > i && (i = r);
      }
    },
    o = (e, r) => {
      let i = ai;
      for (let a of Reflect.ownKeys(e)) {
        let o = Object.getOwnPropertyDescriptor(e, a);
        if (r && !o.enumerable) continue;
        let s = o.get ? oi : o.value?._zod ? ci(o.value, t, n) : ai;
        s > i && (i = s);
      }
      return i;
    },
    s = (e) => {
      e > i && (i = e);
    },
    c = e._zod.def;
  switch (c.type) {
    case `object`: {
      let e = p(c);
      (s(e ? o(e, !0) : oi), a(c.catchall));
      break;
    }
    case `array`:
      a(c.element);
      break;
    case `tuple`:
      for (let e of c.items) a(e);
      a(c.rest);
      break;
    case `record`:
    case `map`:
      (a(c.keyType), a(c.valueType));
      break;
    case `set`:
      a(c.valueType);
      break;
    case `union`:
      for (let e of c.options) a(e);
      break;
    case `intersection`:
      (a(c.left), a(c.right));
      break;
    case `optional`:
    case `nullable`:
    case `default`:
    case `prefault`:
    case `catch`:
    case `readonly`:
    case `nonoptional`:
    case `promise`:
    case `success`:
      a(c.innerType);
      break;
    case `pipe`:
      (a(c.in), a(c.out));
      break;
    case `function`:
      (a(c.input), a(c.output));
      break;
    case `lazy`: {
      let r = c._cachedInner ?? (n ? e._zod.innerType : void 0);
      s(r ? ci(r, t, !1) : oi);
      break;
    }
    case `template_literal`:
    case `string`:
    case `number`:
    case `int`:
    case `boolean`:
    case `bigint`:
    case `symbol`:
    case `undefined`:
    case `null`:
    case `void`:
    case `never`:
    case `any`:
    case `unknown`:
    case `date`:
    case `nan`:
    case `enum`:
    case `literal`:
    case `file`:
    case `transform`:
    case `custom`:
      break;
    default:
      for (let e in c) {
        let t = Object.getOwnPropertyDescriptor(c, e);
        if (!t || t.get) continue;
        let n = t.value;
        if (n && typeof n == `object`) {
          if (n._zod) a(n);
          else if (Array.isArray(n)) for (let e of n) a(e);
        }
      }
  }
  return (t.delete(e), li(e, i));
}
function li(e, t) {
  return (t !== oi && ii.set(e, t === si), t);
}
function ui(e, t) {
  let n = e.buckets.get(t);
  return (n || ((n = new WeakMap()), e.buckets.set(t, n)), n);
}
var di,
  fi = [],
  pi = {
    alloc(e, t, n) {
      let r = di;
      if (!r) return n;
      di = void 0;
      let i = { value: n, issues: null };
      return (r.set(t.value, i), fi.push(i), n);
    },
    guard(e) {
      var t;
      ((t = e._zod).deferred ?? (t.deferred = []),
        e._zod.deferred.push(() => {
          let t = e._zod.parse,
            n = (e, n) => {
              if (n.direction !== `backward` && hi(n, e.value)) throw new $r();
              return t(e, n);
            };
          ((e._zod.parse = n), e._zod.run === t && (e._zod.run = n));
        }));
    },
    attach(e) {
      var t;
      let n,
        r = !1,
        i,
        a;
      ((t = e._zod).deferred ?? (t.deferred = []),
        e._zod.deferred.push(() => {
          let t = e._zod.parse,
            o = (s, c) => {
              if (n === void 0) {
                let i = ci(e, new Set(), !1);
                if (i === ai) return ((e._zod.parse = t), e._zod.run === o && (e._zod.run = t), t(s, c));
                i === si || r ? (n = !0) : (r = !0);
              }
              let l = s.value;
              if (!ni(l)) return t(s, c);
              let u = c[ei];
              u || ((u = { buckets: new WeakMap(), backEdges: void 0 }), (c[ei] = u));
              let d;
              i === c ? (d = a) : ((d = ui(u, e)), (i = c), (a = d));
              let f = d.get(l);
              if (f)
                return (
                  (s.value = f.value),
                  f.issues
                    ? f.issues.length && s.issues.push(...ri(f.issues))
                    : ((s.memo = !0), u.backEdges ?? (u.backEdges = new WeakSet()), u.backEdges.add(f.value)),
                  s
                );
              di = d;
              let p = fi.length,
                m = t(s, c);
              di = void 0;
              let h = fi.length > p ? fi.pop() : void 0;
              return m instanceof Promise
                ? m.then((e) => (h && (h.issues = e.issues.length ? ri(e.issues) : ti), e))
                : (h && (h.issues = m.issues.length ? ri(m.issues) : ti), m);
            };
          ((e._zod.parse = o), e._zod.run === t && (e._zod.run = o));
        }));
    },
  };
function mi() {
  return pi;
}
function hi(e, t) {
  let n = e[ei]?.backEdges;
  return n !== void 0 && ni(t) && n.has(t);
}
var gi = () => {
  let e = {
    string: { unit: `characters`, verb: `to have` },
    file: { unit: `bytes`, verb: `to have` },
    array: { unit: `items`, verb: `to have` },
    set: { unit: `items`, verb: `to have` },
    map: { unit: `entries`, verb: `to have` },
  };
  function t(t) {
    return e[t] ?? null;
  }
  let n = {
      regex: `input`,
      email: `email address`,
      url: `URL`,
      emoji: `emoji`,
      uuid: `UUID`,
      uuidv4: `UUIDv4`,
      uuidv6: `UUIDv6`,
      nanoid: `nanoid`,
      guid: `GUID`,
      cuid: `cuid`,
      cuid2: `cuid2`,
      ulid: `ULID`,
      xid: `XID`,
      ksuid: `KSUID`,
      datetime: `ISO datetime`,
      date: `ISO date`,
      time: `ISO time`,
      duration: `ISO duration`,
      ipv4: `IPv4 address`,
      ipv6: `IPv6 address`,
      mac: `MAC address`,
      cidrv4: `IPv4 range`,
      cidrv6: `IPv6 range`,
      base64: `base64-encoded string`,
      base64url: `base64url-encoded string`,
      json_string: `JSON string`,
      e164: `E.164 number`,
      currency_code: `currency code`,
      credit_card: `credit card number`,
      iban: `IBAN`,
      jwt: `JWT`,
      template_literal: `input`,
    },
    r = { nan: `NaN` };
  function i(e, t) {
    return e === `number` && typeof t == `number` && !Number.isFinite(t) ? String(t) : (r[e] ?? e);
  }
  return (e) => {
    switch (e.code) {
      case `invalid_type`:
        return `Invalid input: expected ${i(e.expected)}, received ${i(Oe(e.input), e.input)}`;
      case `invalid_value`:
        return e.values.length === 1 ? `Invalid input: expected ${ae(e.values[0])}` : `Invalid option: expected one of ${a(e.values, `|`)}`;
      case `too_big`: {
        let n = e.exact ? `exactly ` : e.inclusive ? `<=` : `<`,
          r = t(e.origin);
        return r
          ? `Too big: expected ${e.origin ?? `value`} to have ${n}${e.maximum.toString()} ${r.unit ?? `elements`}`
          : `Too big: expected ${e.origin ?? `value`} to be ${n}${e.maximum.toString()}`;
      }
      case `too_small`: {
        let n = e.exact ? `exactly ` : e.inclusive ? `>=` : `>`,
          r = t(e.origin);
        return r
          ? `Too small: expected ${e.origin} to have ${n}${e.minimum.toString()} ${r.unit}`
          : `Too small: expected ${e.origin} to be ${n}${e.minimum.toString()}`;
      }
      case `invalid_format`: {
        let t = e;
        return t.format === `starts_with`
          ? `Invalid string: must start with "${t.prefix}"`
          : t.format === `ends_with`
            ? `Invalid string: must end with "${t.suffix}"`
            : t.format === `includes`
              ? `Invalid string: must include "${t.includes}"`
              : t.format === `regex`
                ? `Invalid string: must match pattern ${t.pattern}`
                : `Invalid ${n[t.format] ?? e.format}`;
      }
      case `not_multiple_of`:
        return `Invalid number: must be a multiple of ${e.divisor}`;
      case `unrecognized_keys`:
        return `Unrecognized key${e.keys.length > 1 ? `s` : ``}: ${a(e.keys, `, `)}`;
      case `invalid_key`:
        return `Invalid key in ${e.origin}`;
      case `invalid_union`:
        return e.options && Array.isArray(e.options) && e.options.length > 0
          ? `Invalid discriminator value. Expected ${e.options.map((e) => `'${e}'`).join(` | `)}`
          : e.inclusive === !1
            ? `Invalid input: more than one option matched`
            : `Invalid input`;
      case `invalid_element`:
        return `Invalid value in ${e.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function _i() {
  return { localeError: gi() };
}
var vi,
  yi = class {
    constructor() {
      ((this._map = new WeakMap()), (this._idmap = new Map()));
    }
    add(e, ...t) {
      let n = t[0];
      return (this._map.set(e, n), n && typeof n == `object` && `id` in n && this._idmap.set(n.id, e), this);
    }
    clear() {
      return ((this._map = new WeakMap()), (this._idmap = new Map()), this);
    }
    remove(e) {
      let t = this._map.get(e);
      return (t && typeof t == `object` && `id` in t && this._idmap.delete(t.id), this._map.delete(e), this);
    }
    get(e) {
      let t = e._zod.parent;
      if (t) {
        let n = { ...(this.get(t) ?? {}) };
        delete n.id;
        let r = { ...n, ...this._map.get(e) };
        return Object.keys(r).length ? r : void 0;
      }
      return this._map.get(e);
    }
    has(e) {
      return this._map.has(e);
    }
  };
function bi() {
  return new yi();
}
(vi = globalThis).__zod_globalRegistry ?? (vi.__zod_globalRegistry = bi());
var xi = globalThis.__zod_globalRegistry;
function Si(e) {
  return ((e.checks &&= [...e.checks]), e);
}
function Ci(e, t) {
  return new e(Si({ type: `string`, ...T(t) }));
}
function wi(e, t) {
  return new e({ type: `string`, format: `email`, check: `string_format`, abort: !1, ...T(t) });
}
function Ti(e, t) {
  return new e({ type: `string`, format: `guid`, check: `string_format`, abort: !1, ...T(t) });
}
function Ei(e, t) {
  return new e({ type: `string`, format: `uuid`, check: `string_format`, abort: !1, ...T(t) });
}
function Di(e, t) {
  return new e({ type: `string`, format: `uuid`, check: `string_format`, abort: !1, version: `v4`, ...T(t) });
}
function Oi(e, t) {
  return new e({ type: `string`, format: `uuid`, check: `string_format`, abort: !1, version: `v6`, ...T(t) });
}
function ki(e, t) {
  return new e({ type: `string`, format: `uuid`, check: `string_format`, abort: !1, version: `v7`, ...T(t) });
}
function Ai(e, t) {
  return new e({ type: `string`, format: `url`, check: `string_format`, abort: !1, ...T(t) });
}
function ji(e, t) {
  return new e({ type: `string`, format: `emoji`, check: `string_format`, abort: !1, ...T(t) });
}
function Mi(e, t) {
  return new e({ type: `string`, format: `nanoid`, check: `string_format`, abort: !1, ...T(t) });
}
function Ni(e, t) {
  return new e({ type: `string`, format: `cuid`, check: `string_format`, abort: !1, ...T(t) });
}
function Pi(e, t) {
  return new e({ type: `string`, format: `cuid2`, check: `string_format`, abort: !1, ...T(t) });
}
function Fi(e, t) {
  return new e({ type: `string`, format: `ulid`, check: `string_format`, abort: !1, ...T(t) });
}
function Ii(e, t) {
  return new e({ type: `string`, format: `xid`, check: `string_format`, abort: !1, ...T(t) });
}
function Li(e, t) {
  return new e({ type: `string`, format: `ksuid`, check: `string_format`, abort: !1, ...T(t) });
}
function Ri(e, t) {
  return new e({ type: `string`, format: `ipv4`, check: `string_format`, abort: !1, ...T(t) });
}
function zi(e, t) {
  return new e({ type: `string`, format: `ipv6`, check: `string_format`, abort: !1, ...T(t) });
}
function Bi(e, t) {
  return new e({ type: `string`, format: `cidrv4`, check: `string_format`, abort: !1, ...T(t) });
}
function Vi(e, t) {
  return new e({ type: `string`, format: `cidrv6`, check: `string_format`, abort: !1, ...T(t) });
}
function Hi(e, t) {
  return new e({ type: `string`, format: `base64`, check: `string_format`, abort: !1, ...T(t) });
}
function Ui(e, t) {
  return new e({ type: `string`, format: `base64url`, check: `string_format`, abort: !1, ...T(t) });
}
function Wi(e, t) {
  return new e({ type: `string`, format: `e164`, check: `string_format`, abort: !1, ...T(t) });
}
function Gi(e, t) {
  return new e({ type: `string`, format: `jwt`, check: `string_format`, abort: !1, ...T(t) });
}
function Ki(e, t) {
  return new e({ type: `string`, format: `datetime`, check: `string_format`, offset: !1, local: !1, precision: null, ...T(t) });
}
function qi(e, t) {
  return new e({ type: `string`, format: `date`, check: `string_format`, ...T(t) });
}
function Ji(e, t) {
  return new e({ type: `string`, format: `time`, check: `string_format`, precision: null, ...T(t) });
}
function Yi(e, t) {
  return new e({ type: `string`, format: `duration`, check: `string_format`, ...T(t) });
}
function Xi(e, t) {
  return new e(Si({ type: `number`, checks: [], ...T(t) }));
}
function Zi(e, t) {
  return new e(Si({ type: `number`, coerce: !0, checks: [], ...T(t) }));
}
function Qi(e, t) {
  return new e({ type: `number`, check: `number_format`, abort: !1, format: `safeint`, ...T(t) });
}
function $i(e, t) {
  return new e({ type: `boolean`, ...T(t) });
}
function ea(e) {
  return new e({ type: `unknown` });
}
function ta(e, t) {
  return new e({ type: `never`, ...T(t) });
}
function na(e, t) {
  return new an({ check: `less_than`, ...T(t), value: e, inclusive: !1 });
}
function ra(e, t) {
  return new an({ check: `less_than`, ...T(t), value: e, inclusive: !0 });
}
function ia(e, t) {
  return new on({ check: `greater_than`, ...T(t), value: e, inclusive: !1 });
}
function aa(e, t) {
  return new on({ check: `greater_than`, ...T(t), value: e, inclusive: !0 });
}
function oa(e, t) {
  return new sn({ check: `multiple_of`, ...T(t), value: e });
}
function sa(e, t) {
  return new ln({ check: `max_length`, ...T(t), maximum: e });
}
function ca(e, t) {
  return new un({ check: `min_length`, ...T(t), minimum: e });
}
function la(e, t) {
  return new dn({ check: `length_equals`, ...T(t), length: e });
}
function ua(e, t) {
  return new pn({ check: `string_format`, format: `regex`, ...T(t), pattern: e });
}
function da(e) {
  return new mn({ check: `string_format`, format: `lowercase`, ...T(e) });
}
function fa(e) {
  return new hn({ check: `string_format`, format: `uppercase`, ...T(e) });
}
function pa(e, t) {
  return new gn({ check: `string_format`, format: `includes`, ...T(t), includes: e });
}
function ma(e, t) {
  return new _n({ check: `string_format`, format: `starts_with`, ...T(t), prefix: e });
}
function ha(e, t) {
  return new vn({ check: `string_format`, format: `ends_with`, ...T(t), suffix: e });
}
function ga(e) {
  return new yn({ check: `overwrite`, tx: e });
}
function _a(e) {
  return ga((t) => t.normalize(e));
}
function va() {
  return ga((e) => e.trim());
}
function ya() {
  return ga((e) => e.toLowerCase());
}
function ba() {
  return ga((e) => e.toUpperCase());
}
function xa() {
  return ga((e) => v(e));
}
function Sa(e, t, n) {
  return new e({ type: `array`, element: t, ...T(n) });
}
function Ca(e, t, n) {
  return new e({ type: `custom`, check: `custom`, fn: t, ...T(n) });
}
function wa(e, t) {
  let n = Ta(
    (t) => (
      (t.addIssue = (e) => {
        if (typeof e == `string`) t.issues.push(ke(e, t.value, n._zod.def));
        else {
          let r = e;
          (r.fatal && (r.continue = !1),
            (r.code ??= `custom`),
            `input` in r || (r.input = t.value),
            (r.inst ??= n),
            (r.continue ??= !n._zod.def.abort),
            t.issues.push(ke(r)));
        }
      }),
      e(t.value, t)
    ),
    t,
  );
  return n;
}
function Ta(e, t) {
  let n = new k({ check: `custom`, ...T(t) });
  return ((n._zod.check = e), n);
}
function Ea(e, ...t) {
  for (let n of t) for (let t of Reflect.ownKeys(n)) Object.prototype.propertyIsEnumerable.call(n, t) && f(e, t, n[t]);
  return e;
}
function Da(e) {
  let t = e?.target ?? `draft-2020-12`;
  return (
    t === `draft-4` && (t = `draft-04`),
    t === `draft-7` && (t = `draft-07`),
    {
      processors: e.processors ?? {},
      metadataRegistry: e?.metadata ?? xi,
      target: t,
      unrepresentable: e?.unrepresentable ?? `throw`,
      override: e?.override ?? (() => {}),
      io: e?.io ?? `output`,
      counter: 0,
      seen: new Map(),
      sharedDefsExtractedFor: void 0,
      sharedEmitDoneFor: void 0,
      cycles: e?.cycles ?? `ref`,
      reused: e?.reused ?? `inline`,
      intersections: [],
      deferred: [],
      external: e?.external ?? void 0,
    }
  );
}
function Oa(e, t, n, r, i) {
  let a = typeof t.unrepresentable == `function` ? t.unrepresentable({ zodSchema: e, path: r.path, message: i }) : t.unrepresentable;
  if (a === `any`) return !1;
  if (a === void 0 || a === `throw`) throw Error(i);
  return (Object.assign(n, a), !0);
}
function M(e, t, n = { path: [], schemaPath: [] }) {
  var r;
  let i = e._zod.def,
    a = t.seen.get(e);
  if (a) return (a.count++, n.schemaPath.includes(e) && (a.cycle = n.path), a.schema);
  let o = { schema: {}, count: 1, cycle: void 0, path: n.path };
  (t.seen.set(e, o), (t.sharedDefsExtractedFor = void 0), (t.sharedEmitDoneFor = void 0));
  let s = e._zod.toJSONSchema?.();
  if (s) o.schema = s;
  else {
    let r = { ...n, schemaPath: [...n.schemaPath, e], path: n.path };
    if (e._zod.processJSONSchema) e._zod.processJSONSchema(t, o.schema, r);
    else {
      let n = o.schema,
        a = t.processors[i.type];
      if (!a) throw Error(`[toJSONSchema]: Non-representable type encountered: ${i.type}`);
      a(e, t, n, r);
    }
    let a = e._zod.parent;
    a && ((o.ref ||= a), M(a, t, r), (t.seen.get(a).isParent = !0));
  }
  let c = t.metadataRegistry.get(e);
  return (
    c && Ea(o.schema, c),
    t.io === `input` && N(e) && (delete o.schema.examples, delete o.schema.default),
    t.io === `input` && `_prefault` in o.schema && ((r = o.schema).default ?? (r.default = o.schema._prefault)),
    delete o.schema._prefault,
    t.seen.get(e).schema
  );
}
function ka(e) {
  return e.replace(/~/g, `~0`).replace(/\//g, `~1`);
}
function Aa(e, t) {
  let n = e.seen.get(t);
  if (!n) throw Error(`Unprocessed schema. This is a bug in Zod.`);
  if (e.external && e.sharedDefsExtractedFor === e.external) return;
  let r = new Map();
  for (let t of e.seen.entries()) {
    let n = e.metadataRegistry.get(t[0])?.id;
    if (n) {
      let e = r.get(n);
      if (e && e !== t[0])
        throw Error(
          `Duplicate schema id "${n}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`,
        );
      r.set(n, t[0]);
    }
  }
  let i = (t) => {
      let r = e.target === `draft-2020-12` ? `$defs` : `definitions`;
      if (e.external) {
        let n = e.external.registry.get(t[0])?.id,
          i = e.external.uri ?? ((e) => e);
        if (n) return { ref: i(n) };
        let a = t[1].defId ?? t[1].schema.id ?? `schema${e.counter++}`;
        return ((t[1].defId = a), { defId: a, ref: `${i(`__shared`)}#/${r}/${ka(a)}` });
      }
      let i = `#/${r}/`;
      if (t[1] === n && !t[1].schema.id) return { ref: `#` };
      let a = t[1].schema.id ?? `__schema${e.counter++}`;
      return { defId: a, ref: i + ka(a) };
    },
    a = (e) => {
      if (e[1].schema.$ref) return;
      let t = e[1],
        { ref: n, defId: r } = i(e);
      ((t.def = { ...t.schema }), r && (t.defId = r));
      let a = t.schema;
      for (let e in a) delete a[e];
      a.$ref = n;
    };
  if (e.cycles === `throw`)
    for (let t of e.seen.entries()) {
      let e = t[1];
      if (e.cycle)
        throw Error(`Cycle detected: #/${e.cycle?.join(`/`)}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
    }
  for (let n of e.seen.entries()) {
    let r = n[1];
    if (t === n[0]) a(n);
    else {
      if (e.external) {
        let r = e.external.registry.get(n[0])?.id;
        if (t !== n[0] && r) {
          a(n);
          continue;
        }
      }
      (e.metadataRegistry.get(n[0])?.id || r.cycle || (r.count > 1 && e.reused === `ref`)) && a(n);
    }
  }
  e.external && (e.sharedDefsExtractedFor = e.external);
}
function ja(e) {
  let t = e.anyOf;
  if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
  let n = [];
  for (let e of t) {
    if (!e || typeof e != `object`) return;
    ja(e);
    let t = Object.keys(e);
    if (t.length !== 1 || t[0] !== `type`) return;
    let r = e.type;
    for (let e of Array.isArray(r) ? r : [r]) {
      if (typeof e != `string`) return;
      n.includes(e) || n.push(e);
    }
  }
  (delete e.anyOf, (e.type = n.length === 1 ? n[0] : n));
}
var Ma = new Set([`type`, `properties`, `required`, `additionalProperties`]),
  Na = [`oneOf`, `anyOf`];
function Pa(e) {
  let t = e.additionalProperties;
  return t === void 0 || t === !1 || typeof t != `object` || !t ? null : Object.keys(t).length ? t : null;
}
function Fa(e) {
  let t = [];
  for (let n of e) {
    if (typeof n != `object` || n.type !== `object`) return null;
    for (let e in n) if (!Ma.has(e)) return null;
    t.push(n);
  }
  let n = {},
    r = new Set();
  for (let e of t) {
    for (let r in e.properties) {
      if (Object.prototype.hasOwnProperty.call(n, r)) continue;
      let e = [];
      for (let n of t) {
        let t = n.properties?.[r] ?? Pa(n);
        t != null && (e.some((e) => JSON.stringify(e) === JSON.stringify(t)) || e.push(t));
      }
      f(n, r, e.length === 1 ? e[0] : (Fa(e) ?? { allOf: e }));
    }
    for (let t of e.required ?? []) r.add(t);
  }
  let i = { type: `object`, properties: n };
  if ((r.size && (i.required = [...r]), t.every((e) => e.additionalProperties === !1))) i.additionalProperties = !1;
  else {
    let e = [];
    for (let n of t) {
      let t = Pa(n);
      t && !e.some((e) => JSON.stringify(e) === JSON.stringify(t)) && e.push(t);
    }
    e.length === 1 ? (i.additionalProperties = e[0]) : e.length > 1 && (i.additionalProperties = { allOf: e });
  }
  return i;
}
function Ia(e) {
  let t = e.allOf;
  if (!Array.isArray(t) || t.length < 2) return;
  for (let t of Ma) if (t in e) return;
  let n = t.filter((e) => Na.some((t) => Array.isArray(e[t]))),
    r = null;
  if (!n.length) r = Fa(t);
  else {
    let e = n[0],
      i = Na.find((t) => Array.isArray(e[t]));
    if (Object.keys(e).length !== 1) return;
    let a = t.filter((t) => t !== e),
      o = e[i].map((e) => Fa([...a, e]));
    if (o.some((e) => !e)) return;
    r = { [i]: o };
  }
  r && (delete e.allOf, Ea(e, r));
}
function La(e, t) {
  let n = e.seen.get(t);
  if (!n) throw Error(`Unprocessed schema. This is a bug in Zod.`);
  let r = (t) => {
    let n = e.seen.get(t);
    if (n.ref === null) return;
    let i = n.def ?? n.schema,
      a = { ...i },
      o = n.ref;
    if (((n.ref = null), o)) {
      r(o);
      let n = e.seen.get(o),
        s = n.schema;
      if (
        (s.$ref && (e.target === `draft-07` || e.target === `draft-04` || e.target === `openapi-3.0`)
          ? ((i.allOf = i.allOf ?? []), i.allOf.push(s))
          : Ea(i, s),
        Ea(i, a),
        t._zod.parent === o)
      )
        for (let e in i) e !== `$ref` && e !== `allOf` && (e in a || delete i[e]);
      if (s.$ref && n.def)
        for (let e in i) e !== `$ref` && e !== `allOf` && e in n.def && JSON.stringify(i[e]) === JSON.stringify(n.def[e]) && delete i[e];
    }
    let s = t._zod.parent;
    if (s && s !== o) {
      r(s);
      let t = e.seen.get(s);
      if (t?.schema.$ref && ((i.$ref = t.schema.$ref), t.def))
        for (let e in i) e !== `$ref` && e !== `allOf` && e in t.def && JSON.stringify(i[e]) === JSON.stringify(t.def[e]) && delete i[e];
    }
    e.override({ zodSchema: t, jsonSchema: i, path: n.path ?? [] });
  };
  if (!e.external || e.sharedEmitDoneFor !== e.external) {
    for (let t of [...e.seen.entries()].reverse()) r(t[0]);
    if (e.target !== `openapi-3.0`) for (let t of e.seen.entries()) ja(t[1].def ?? t[1].schema);
    for (let t of e.deferred) t();
    if (e.intersections.length) {
      let t = new Map();
      for (let n of e.seen.values())
        for (let e of [n.schema, n.def]) {
          let n = e?.allOf;
          if (!Array.isArray(n)) continue;
          let r = t.get(n);
          r ? r.push(e) : t.set(n, [e]);
        }
      for (let n of e.intersections) for (let e of t.get(n) ?? []) Ia(e);
    }
  }
  let i = {};
  if (
    (e.target === `draft-2020-12`
      ? (i.$schema = `https://json-schema.org/draft/2020-12/schema`)
      : e.target === `draft-07`
        ? (i.$schema = `http://json-schema.org/draft-07/schema#`)
        : e.target === `draft-04`
          ? (i.$schema = `http://json-schema.org/draft-04/schema#`)
          : e.target,
    e.external?.uri)
  ) {
    let n = e.external.registry.get(t)?.id;
    if (!n) throw Error('Schema is missing an `id` property');
    i.$id = e.external.uri(n);
  }
  Ea(i, n.defId ? n.schema : (n.def ?? n.schema));
  let a = e.metadataRegistry.get(t)?.id;
  a !== void 0 && i.id === a && delete i.id;
  let o = e.external?.defs ?? {};
  if (!e.external || e.sharedEmitDoneFor !== e.external)
    for (let t of e.seen.entries()) {
      let e = t[1];
      e.def && e.defId && (e.def.id === e.defId && delete e.def.id, f(o, e.defId, e.def));
    }
  (e.external && (e.sharedEmitDoneFor = e.external),
    e.external || (Object.keys(o).length > 0 && (e.target === `draft-2020-12` ? (i.$defs = o) : (i.definitions = o))));
  try {
    let n = JSON.parse(JSON.stringify(i));
    return (
      Object.defineProperty(n, '~standard', {
        value: { ...t[`~standard`], jsonSchema: { input: za(t, `input`, e.processors), output: za(t, `output`, e.processors) } },
        enumerable: !1,
        writable: !1,
      }),
      n
    );
  } catch {
    throw Error(`Error converting schema to JSON.`);
  }
}
function N(e, t) {
  let n = t ?? { seen: new Set() };
  if (n.seen.has(e)) return !1;
  n.seen.add(e);
  let r = e._zod.def;
  if (r.type === `transform`) return !0;
  if (r.type === `array`) return N(r.element, n);
  if (r.type === `set`) return N(r.valueType, n);
  if (r.type === `lazy`) return N(r.getter(), n);
  if (
    r.type === `promise` ||
    r.type === `optional` ||
    r.type === `nonoptional` ||
    r.type === `nullable` ||
    r.type === `readonly` ||
    r.type === 'default' ||
    r.type === `prefault` ||
    r.type === `catch`
  )
    return N(r.innerType, n);
  if (r.type === `intersection`) return N(r.left, n) || N(r.right, n);
  if (r.type === `record` || r.type === `map`) return N(r.keyType, n) || N(r.valueType, n);
  if (r.type === `pipe`) return e._zod.traits.has(`$ZodCodec`) ? !0 : N(r.in, n) || N(r.out, n);
  if (r.type === `object`) {
    for (let e in r.shape) if (N(r.shape[e], n)) return !0;
    return !1;
  }
  if (r.type === `union`) {
    for (let e of r.options) if (N(e, n)) return !0;
    return !1;
  }
  if (r.type === `tuple`) {
    for (let e of r.items) if (N(e, n)) return !0;
    return !!(r.rest && N(r.rest, n));
  }
  return !1;
}
var Ra =
    (e, t = {}) =>
    (n) => {
      let r = Da({ ...n, processors: t });
      return (M(e, r), Aa(r, e), La(r, e));
    },
  za =
    (e, t, n = {}) =>
    (r) => {
      let { libraryOptions: i, target: a } = r ?? {},
        o = Da({ ...(i ?? {}), target: a, io: t, processors: n });
      return (M(e, o), Aa(o, e), La(o, e));
    },
  Ba = (e, t, n) => {
    (e[t] === void 0 || n > e[t]) && (e[t] = n);
  },
  Va = (e, t, n) => {
    (e[t] === void 0 || n < e[t]) && (e[t] = n);
  },
  Ha = (e, t) => {
    (Ba(e, `minimum`, t), Va(e, `maximum`, t));
  },
  Ua = (e, t) => {
    ((e.multipleOf ??= []), e.multipleOf.includes(t) || e.multipleOf.push(t));
  },
  Wa = (e, t) => {
    ((e.patterns ??= new Set()), e.patterns.add(t));
  },
  Ga = (e, t) => {
    e.mime = e.mime ? e.mime.filter((e) => t.includes(e)) : [...t];
  },
  Ka = (e, t) => {
    ((e.format = t), t.includes(`int`) && (e.isInt = !0));
  },
  qa = (e, t) => Ba(e, `minimum`, t.minimum),
  Ja = (e, t) => Va(e, `maximum`, t.maximum),
  Ya = (e) => (t, n) => {
    Ka(t, n.format);
    let [r, i] = e[n.format];
    (Ba(t, `minimum`, r), Va(t, `maximum`, i));
  },
  Xa = {
    greater_than: (e, t) => Ba(e, t.inclusive ? `minimum` : `exclusiveMinimum`, t.value),
    less_than: (e, t) => Va(e, t.inclusive ? `maximum` : `exclusiveMaximum`, t.value),
    multiple_of: (e, t) => Ua(e, t.value),
    number_format: Ya(se),
    bigint_format: Ya(ce),
    min_length: qa,
    max_length: Ja,
    length_equals: (e, t) => Ha(e, t.length),
    min_size: qa,
    max_size: Ja,
    size_equals: (e, t) => Ha(e, t.size),
    string_format: (e, t) => {
      (Ka(e, t.format),
        t.pattern && Wa(e, t.pattern),
        (t.format === `base64` || t.format === `base64url`) && (e.contentEncoding = t.format),
        (t.local || t.precision === -1) && (e.laxFormat = !0));
    },
    mime_type: (e, t) => Ga(e, t.mime),
  };
function P(e) {
  let t = {},
    n = e._zod.def,
    r = e._zod.traits.has(`$ZodCheck`) ? [e, ...(n.checks ?? [])] : (n.checks ?? []);
  for (let e of r) Xa[e._zod.def.check]?.(t, e._zod.def);
  let i = e._zod.bag;
  (i.minimum !== void 0 && Ba(t, `minimum`, i.minimum),
    i.exclusiveMinimum !== void 0 && Ba(t, `exclusiveMinimum`, i.exclusiveMinimum),
    i.maximum !== void 0 && Va(t, `maximum`, i.maximum),
    i.exclusiveMaximum !== void 0 && Va(t, `exclusiveMaximum`, i.exclusiveMaximum),
    i.multipleOf !== void 0 && Ua(t, i.multipleOf),
    i.format !== void 0 && ((t.format ??= i.format), i.format.includes(`int`) && (t.isInt = !0)),
    i.mime && Ga(t, i.mime));
  for (let e of i.patterns ?? []) Wa(t, e);
  return t;
}
var Za = { guid: `uuid`, url: `uri`, datetime: `date-time`, json_string: `json-string`, regex: `` },
  Qa = new Map([
    [nr, Bt],
    [ir, Vt],
  ]),
  $a = (e) => Qa.get(e) ?? e,
  eo = (e, t, n, r) => {
    let i = n;
    i.type = `string`;
    let { minimum: a, maximum: o, format: s, patterns: c, contentEncoding: l, laxFormat: u } = P(e);
    if (
      (typeof a == `number` && (i.minLength = a),
      typeof o == `number` && (i.maxLength = o),
      s && ((i.format = Za[s] ?? s), i.format === `` && delete i.format, (s === `time` || u) && delete i.format),
      l && (i.contentEncoding = l),
      c && c.size > 0)
    ) {
      let e = [...c].map($a);
      e.length === 1
        ? (i.pattern = e[0].source)
        : e.length > 1 &&
          (i.allOf = [
            ...e.map((e) => ({
              ...(t.target === `draft-07` || t.target === `draft-04` || t.target === `openapi-3.0` ? { type: `string` } : {}),
              pattern: e.source,
            })),
          ]);
    }
  },
  to = (e, t, n, r) => {
    let i = n,
      { minimum: a, maximum: o, multipleOf: s, exclusiveMaximum: c, exclusiveMinimum: l, isInt: u } = P(e);
    i.type = u ? `integer` : `number`;
    let d = typeof l == `number` && l >= (a ?? -1 / 0),
      f = typeof c == `number` && c <= (o ?? 1 / 0),
      p = t.target === `draft-04` || t.target === `openapi-3.0`;
    if (
      (d ? (p ? ((i.minimum = l), (i.exclusiveMinimum = !0)) : (i.exclusiveMinimum = l)) : typeof a == `number` && (i.minimum = a),
      f ? (p ? ((i.maximum = c), (i.exclusiveMaximum = !0)) : (i.exclusiveMaximum = c)) : typeof o == `number` && (i.maximum = o),
      s)
    ) {
      let n = new Set();
      for (let a of s)
        Number.isFinite(a) && a !== 0
          ? n.add(Math.abs(a))
          : Oa(e, t, i, r, `A multipleOf divisor of ${a} cannot be represented in JSON Schema`);
      let [a, ...o] = n;
      (a !== void 0 && (i.multipleOf = a), o.length && (i.allOf = [...(i.allOf ?? []), ...o.map((e) => ({ multipleOf: e }))]));
    }
  },
  no = (e, t, n, r) => {
    n.type = `boolean`;
  },
  ro = (e, t, n, r) => {
    n.not = {};
  },
  io = (e, t, n, r) => {
    let a = i(e._zod.def.entries);
    a.length === 0
      ? (n.not = {})
      : (a.every((e) => typeof e == `number`) && (n.type = `number`),
        a.every((e) => typeof e == `string`) && (n.type = `string`),
        (n.enum = a));
  },
  ao = (e, t, n, r) => {
    let i = e._zod.def;
    if (i.values.length === 0) {
      n.not = {};
      return;
    }
    let a = [];
    for (let o of i.values)
      if (o === void 0) {
        if (Oa(e, t, n, r, 'Literal `undefined` cannot be represented in JSON Schema')) return;
      } else if (typeof o == `bigint`) {
        if (Oa(e, t, n, r, `BigInt literals cannot be represented in JSON Schema`)) return;
        a.push(Number(o));
      } else a.push(o);
    if (a.length !== 0) {
      if (a.length === 1) {
        let e = a[0];
        ((n.type = e === null ? `null` : typeof e), t.target === `draft-04` || t.target === `openapi-3.0` ? (n.enum = [e]) : (n.const = e));
      } else
        (a.every((e) => typeof e == `number`) && (n.type = `number`),
          a.every((e) => typeof e == `string`) && (n.type = `string`),
          a.every((e) => typeof e == `boolean`) && (n.type = `boolean`),
          a.every((e) => e === null) && (n.type = `null`),
          (n.enum = a));
    }
  },
  oo = (e, t, n, r) => {
    Oa(e, t, n, r, `Custom types cannot be represented in JSON Schema`);
  },
  so = (e, t, n, r) => {
    Oa(e, t, n, r, `Transforms cannot be represented in JSON Schema`);
  },
  co = (e, t, n, r) => {
    let i = n,
      a = e._zod.def,
      { minimum: o, maximum: s } = P(e);
    (typeof o == `number` && (i.minItems = o),
      typeof s == `number` && (i.maxItems = s),
      (i.type = `array`),
      (i.items = M(a.element, t, { ...r, path: [...r.path, `items`] })));
  };
function lo(e) {
  let t = e._zod.def;
  return t.type === `pipe` && t.in._zod.traits.has(`$ZodTransform`) ? lo(t.out) : t.type === `catch` ? lo(t.innerType) : e._zod.optin;
}
var uo = (e, t, n, r) => {
    let i = n,
      a = e._zod.def,
      o = a.shape;
    if (Object.getOwnPropertySymbols(o).length && Oa(e, t, i, r, `Symbol keys cannot be represented in JSON Schema`)) return;
    ((i.type = `object`), (i.properties = {}));
    for (let e in o) f(i.properties, e, M(o[e], t, { ...r, path: [...r.path, `properties`, e] }));
    let s = [];
    for (let e of Object.keys(o)) {
      let n = a.shape[e];
      (t.io === `input` ? lo(n) === void 0 : n._zod.optout === void 0) && s.push(e);
    }
    (s.length > 0 && (i.required = s),
      a.catchall?._zod.def.type === `never`
        ? (i.additionalProperties = !1)
        : a.catchall
          ? a.catchall && (i.additionalProperties = M(a.catchall, t, { ...r, path: [...r.path, `additionalProperties`] }))
          : t.io === `output` && (i.additionalProperties = !1));
  },
  fo = (e, t, n, r) => {
    let i = e._zod.def,
      a = i.inclusive === !1,
      o = i.options.map((e, n) => M(e, t, { ...r, path: [...r.path, a ? `oneOf` : `anyOf`, n] }));
    a ? (n.oneOf = o) : (n.anyOf = o);
  },
  po = (e, t, n, r) => {
    let i = e._zod.def,
      a = M(i.left, t, { ...r, path: [...r.path, `allOf`, 0] }),
      o = M(i.right, t, { ...r, path: [...r.path, `allOf`, 1] }),
      s = (e) => `allOf` in e && Object.keys(e).length === 1,
      c = [...(s(a) ? a.allOf : [a]), ...(s(o) ? o.allOf : [o])];
    ((n.allOf = c), t.intersections.push(c));
  };
function mo(e, t, n) {
  if (t.$ref) {
    if (n.has(t)) return t;
    n.add(t);
    let r = e.get(t)?.def;
    if (!r) return t;
    let i = mo(e, r, n);
    return i === r ? t : i;
  }
  for (let r of [`anyOf`, `oneOf`]) {
    let i = t[r];
    if (!Array.isArray(i)) continue;
    let a = i.map((t) => mo(e, t, n));
    a.some((e, t) => e !== i[t]) && (t = { ...t, [r]: a });
  }
  let r = Array.isArray(t.type) ? t.type : [t.type],
    i = !r.includes(`string`) && r.some((e) => e === `number` || e === `integer`),
    a = t.enum ?? (t.const === void 0 ? void 0 : [t.const]);
  if (!i && !a?.some((e) => typeof e == `number`)) return t;
  let { minimum: o, maximum: s, exclusiveMinimum: c, exclusiveMaximum: l, multipleOf: u, format: d, id: f, ...p } = t;
  return (
    p.enum
      ? (p.enum = p.enum.map((e) => (typeof e == `number` ? String(e) : e)))
      : typeof p.const == `number` && (p.const = String(p.const)),
    i && ((p.type = `string`), a || (p.pattern = (r.includes(`number`) ? Qt : Zt).source)),
    p
  );
}
var ho = new WeakMap();
function go(e) {
  let t = new Map();
  for (let n of e.seen.values()) n.def && !t.has(n.schema) && t.set(n.schema, n);
  let n = new Map();
  for (let r of ho.get(e) ?? []) {
    let i = e.seen.get(r),
      a = (i?.def ?? i?.schema)?.propertyNames;
    if (!a || a === !0 || n.has(a)) continue;
    let o = mo(t, a, new Set());
    o !== a && n.set(a, o);
  }
  if (n.size)
    for (let t of e.seen.values())
      for (let e of [t.schema, t.def]) {
        let t = e && n.get(e.propertyNames);
        t && (e.propertyNames = t);
      }
}
var _o = (e, t, n, r) => {
    let i = n,
      a = e._zod.def;
    i.type = `object`;
    let o = a.keyType,
      s = P(o).patterns;
    if (a.mode === `loose` && s && s.size > 0) {
      let e = M(a.valueType, t, { ...r, path: [...r.path, `patternProperties`, `*`] });
      i.patternProperties = {};
      for (let t of s) f(i.patternProperties, $a(t).source, e);
    } else {
      if (t.target === `draft-07` || t.target === `draft-2020-12`) {
        i.propertyNames = M(a.keyType, t, { ...r, path: [...r.path, `propertyNames`] });
        let n = ho.get(t);
        (n || ((n = []), ho.set(t, n), t.deferred.push(() => go(t))), n.push(e));
      }
      i.additionalProperties = M(a.valueType, t, { ...r, path: [...r.path, `additionalProperties`] });
    }
    let c = o._zod.values,
      l = t.io === `input` && lo(a.valueType) !== void 0;
    if (c && !a.partial && !l) {
      let e = [...c].filter((e) => typeof e == `string` || typeof e == `number`);
      e.length > 0 && (i.required = e.map(String));
    }
  },
  vo = (e, t, n, r) => {
    let i = e._zod.def,
      a = M(i.innerType, t, r),
      o = t.seen.get(e);
    t.target === `openapi-3.0` ? ((o.ref = i.innerType), (n.nullable = !0)) : (n.anyOf = [a, { type: `null` }]);
  },
  yo = (e, t, n, r) => {
    let i = e._zod.def;
    M(i.innerType, t, r);
    let a = t.seen.get(e);
    a.ref = i.innerType;
  },
  bo = Symbol();
function xo(e, t, n, r, i) {
  let a = !1,
    o = JSON.stringify(e, (e, t) => (typeof t == `bigint` ? ((a = !0), null) : t));
  return a ? (Oa(t, n, r, i, `BigInt defaults cannot be represented in JSON Schema`), bo) : JSON.parse(o);
}
var So = (e, t, n, r) => {
    let i = e._zod.def;
    M(i.innerType, t, r);
    let a = t.seen.get(e);
    a.ref = i.innerType;
    let o = xo(i.defaultValue, e, t, n, r);
    o !== bo && (n.default = o);
  },
  Co = (e, t, n, r) => {
    let i = e._zod.def;
    M(i.innerType, t, r);
    let a = t.seen.get(e);
    if (((a.ref = i.innerType), t.io !== `input`)) return;
    let o = xo(i.defaultValue, e, t, n, r);
    o !== bo && (n._prefault = o);
  },
  wo = (e, t, n, r) => {
    let i = e._zod.def;
    M(i.innerType, t, r);
    let a = t.seen.get(e);
    a.ref = i.innerType;
    let o;
    try {
      o = i.catchValue(void 0);
    } catch {
      Oa(e, t, n, r, `Dynamic catch values are not supported in JSON Schema`);
      return;
    }
    n.default = o;
  },
  To = (e, t, n, r) => {
    let i = e._zod.def,
      a = i.in._zod.traits.has(`$ZodTransform`),
      o = t.io === `input` ? (a ? i.out : i.in) : i.out;
    M(o, t, r);
    let s = t.seen.get(e);
    s.ref = o;
  },
  Eo = (e, t, n, r) => {
    let i = e._zod.def;
    M(i.innerType, t, r);
    let a = t.seen.get(e);
    ((a.ref = i.innerType), (n.readOnly = !0));
  },
  Do = (e, t, n, r) => {
    let i = e._zod.def;
    M(i.innerType, t, r);
    let a = t.seen.get(e);
    a.ref = i.innerType;
  },
  Oo = new WeakSet([Object.prototype, Error.prototype]);
function ko(e, t, n) {
  Object.defineProperty(e, t, {
    configurable: !0,
    enumerable: !1,
    get() {
      let e = n(this);
      return (Object.defineProperty(this, t, { value: e, configurable: !0, writable: !0 }), e);
    },
    set(e) {
      Object.defineProperty(this, t, { value: e, configurable: !0, writable: !0 });
    },
  });
}
var F = D(
    `ZodError`,
    (e, t) => {
      (et.init(e, t), (e.name = `ZodError`));
      let n = Object.getPrototypeOf(e);
      Oo.has(n) ||
        (Oo.add(n),
        ko(n, `format`, (e) => (t) => rt(e, t)),
        ko(n, `flatten`, (e) => (t) => nt(e, t)),
        ko(n, `addIssue`, (e) => (t) => {
          (e.issues.push(t), (e.message = JSON.stringify(e.issues, o, 2)));
        }),
        ko(n, `addIssues`, (e) => (t) => {
          (e.issues.push(...t), (e.message = JSON.stringify(e.issues, o, 2)));
        }),
        Object.defineProperty(n, 'isEmpty', {
          configurable: !0,
          enumerable: !1,
          get() {
            return this.issues.length === 0;
          },
        }));
    },
    void 0,
    { Parent: Error },
  ),
  Ao = at(F),
  jo = ot(F),
  Mo = st(F),
  No = lt(F),
  Po = ht(F),
  Fo = gt(F),
  Io = _t(F),
  Lo = vt(F),
  Ro = yt(F),
  zo = bt(F),
  Bo = xt(F),
  Vo = St(F);
function Ho() {
  O.localeError || Je(_i());
}
function Uo() {
  O.memoizer || Je({ memoizer: mi() });
}
var I = D(`ZodType`, (e, t) => (Ho(), A.init(e, t), (e.def = t), (e.type = t.type), e), {
    check(...e) {
      let t = this.def;
      return this.clone(
        _(t, {
          checks: [
            ...(t.checks ?? []),
            ...e.map((e) => (typeof e == `function` ? { _zod: { check: e, def: { check: `custom` }, onattach: [] } } : e)),
          ],
        }),
        { parent: !0 },
      );
    },
    with(...e) {
      return this.check(...e);
    },
    clone(e, t) {
      return w(this, e, t);
    },
    brand() {
      return this;
    },
    register(e, t) {
      return (e.add(this, t), this);
    },
    refine(e, t) {
      return this.check(nc(e, t));
    },
    superRefine(e, t) {
      return this.check(rc(e, t));
    },
    overwrite(e) {
      return this.check(ga(e));
    },
    optional() {
      return Rs(this);
    },
    exactOptional() {
      return Bs(this);
    },
    nullable() {
      return Hs(this);
    },
    nullish() {
      return Rs(Hs(this));
    },
    nonoptional(e) {
      return Js(this, e);
    },
    array() {
      return V(this);
    },
    or(e) {
      return Es([this, e]);
    },
    and(e) {
      return As(this, e);
    },
    transform(e) {
      return Qs(this, Is(e));
    },
    default(e) {
      return Ws(this, e);
    },
    prefault(e) {
      return Ks(this, e);
    },
    catch(e) {
      return Xs(this, e);
    },
    pipe(e) {
      return Qs(this, e);
    },
    readonly() {
      return ec(this);
    },
    describe(e) {
      let t = this.clone();
      return (xi.add(t, { description: e }), t);
    },
    meta(...e) {
      if (e.length === 0) return xi.get(this);
      let t = this.clone();
      return (xi.add(t, e[0]), t);
    },
    isOptional() {
      return this.safeParse(void 0).success;
    },
    isNullable() {
      return this.safeParse(null).success;
    },
    apply(e, ...t) {
      return t.length === 0 ? e(this) : e(this, ...t);
    },
    get '~standard'() {
      return Me(this, `~standard`, { ...wn(this), jsonSchema: { input: za(this, `input`), output: za(this, `output`) } });
    },
    set '~standard'(e) {
      je(this, `~standard`, e);
    },
    parse: function e(t, n) {
      return Ao(this, t, n, { callee: e });
    },
    parseAsync: async function e(t, n) {
      return await jo(this, t, n, { callee: e });
    },
    safeParse(e, t) {
      return Mo(this, e, t);
    },
    async safeParseAsync(e, t) {
      return No(this, e, t);
    },
    get spa() {
      return this?.safeParseAsync;
    },
    set spa(e) {
      je(this, `spa`, e);
    },
    validate(e, t) {
      return ft(this, e, t);
    },
    validateAsync(e, t) {
      return mt(this, e, t);
    },
    encode: function e(t, n) {
      return Po(this, t, n, { callee: e });
    },
    decode: function e(t, n) {
      return Fo(this, t, n, { callee: e });
    },
    encodeAsync: async function e(t, n) {
      return await Io(this, t, n, { callee: e });
    },
    decodeAsync: async function e(t, n) {
      return await Lo(this, t, n, { callee: e });
    },
    safeEncode(e, t) {
      return Ro(this, e, t);
    },
    safeDecode(e, t) {
      return zo(this, e, t);
    },
    async safeEncodeAsync(e, t) {
      return Bo(this, e, t);
    },
    async safeDecodeAsync(e, t) {
      return Vo(this, e, t);
    },
    toJSONSchema(e) {
      return Ra(this, {})(e);
    },
    get description() {
      return xi.get(this)?.description;
    },
    get _def() {
      return this._zod.def;
    },
  }),
  Wo = D(
    `_ZodString`,
    (e, t) => {
      (Tn.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => eo(e, t, n, r)));
    },
    Ne(
      { format: (e) => P(e).format ?? null, minLength: (e) => P(e).minimum ?? null, maxLength: (e) => P(e).maximum ?? null },
      {
        regex(...e) {
          return this.check(ua(...e));
        },
        includes(...e) {
          return this.check(pa(...e));
        },
        startsWith(...e) {
          return this.check(ma(...e));
        },
        endsWith(...e) {
          return this.check(ha(...e));
        },
        min(...e) {
          return this.check(ca(...e));
        },
        max(...e) {
          return this.check(sa(...e));
        },
        length(...e) {
          return this.check(la(...e));
        },
        nonempty(...e) {
          return this.check(ca(1, ...e));
        },
        lowercase(e) {
          return this.check(da(e));
        },
        uppercase(e) {
          return this.check(fa(e));
        },
        trim() {
          return this.check(va());
        },
        normalize(...e) {
          return this.check(_a(...e));
        },
        toLowerCase() {
          return this.check(ya());
        },
        toUpperCase() {
          return this.check(ba());
        },
        slugify() {
          return this.check(xa());
        },
      },
    ),
  ),
  Go = D(
    `ZodString`,
    (e, t) => {
      (Tn.init(e, t), Wo.init(e, t));
    },
    {
      email(e) {
        return this.check(wi(Xo, e));
      },
      url(e) {
        return this.check(Ai($o, e));
      },
      jwt(e) {
        return this.check(Gi(ms, e));
      },
      emoji(e) {
        return this.check(ji(es, e));
      },
      guid(e) {
        return this.check(Ti(Zo, e));
      },
      uuid(e) {
        return this.check(Ei(Qo, e));
      },
      uuidv4(e) {
        return this.check(Di(Qo, e));
      },
      uuidv6(e) {
        return this.check(Oi(Qo, e));
      },
      uuidv7(e) {
        return this.check(ki(Qo, e));
      },
      nanoid(e) {
        return this.check(Mi(ts, e));
      },
      cuid(e) {
        return this.check(Ni(ns, e));
      },
      cuid2(e) {
        return this.check(Pi(rs, e));
      },
      ulid(e) {
        return this.check(Fi(is, e));
      },
      base64(e) {
        return this.check(Hi(ds, e));
      },
      base64url(e) {
        return this.check(Ui(fs, e));
      },
      xid(e) {
        return this.check(Ii(as, e));
      },
      ksuid(e) {
        return this.check(Li(os, e));
      },
      ipv4(e) {
        return this.check(Ri(ss, e));
      },
      ipv6(e) {
        return this.check(zi(cs, e));
      },
      cidrv4(e) {
        return this.check(Bi(ls, e));
      },
      cidrv6(e) {
        return this.check(Vi(us, e));
      },
      e164(e) {
        return this.check(Wi(ps, e));
      },
      datetime(e) {
        return this.check(Ki(Ko, e));
      },
      date(e) {
        return this.check(qi(qo, e));
      },
      time(e) {
        return this.check(Ji(Jo, e));
      },
      duration(e) {
        return this.check(Yi(Yo, e));
      },
    },
  );
function L(e) {
  return Ci(Go, e);
}
var R = D(`ZodStringFormat`, (e, t) => {
    (j.init(e, t), Wo.init(e, t));
  }),
  Ko = D(`ZodISODateTime`, (e, t) => {
    (Wn.init(e, t), R.init(e, t));
  }),
  qo = D(`ZodISODate`, (e, t) => {
    (Gn.init(e, t), R.init(e, t));
  }),
  Jo = D(`ZodISOTime`, (e, t) => {
    (Kn.init(e, t), R.init(e, t));
  }),
  Yo = D(`ZodISODuration`, (e, t) => {
    (qn.init(e, t), R.init(e, t));
  }),
  Xo = D(`ZodEmail`, (e, t) => {
    (On.init(e, t), R.init(e, t));
  }),
  Zo = D(`ZodGUID`, (e, t) => {
    (En.init(e, t), R.init(e, t));
  }),
  Qo = D(`ZodUUID`, (e, t) => {
    (Dn.init(e, t), R.init(e, t));
  }),
  $o = D(`ZodURL`, (e, t) => {
    (In.init(e, t), R.init(e, t));
  }),
  es = D(`ZodEmoji`, (e, t) => {
    (Ln.init(e, t), R.init(e, t));
  }),
  ts = D(`ZodNanoID`, (e, t) => {
    (Rn.init(e, t), R.init(e, t));
  }),
  ns = D(`ZodCUID`, (e, t) => {
    (zn.init(e, t), R.init(e, t));
  }),
  rs = D(`ZodCUID2`, (e, t) => {
    (Bn.init(e, t), R.init(e, t));
  }),
  is = D(`ZodULID`, (e, t) => {
    (Vn.init(e, t), R.init(e, t));
  }),
  as = D(`ZodXID`, (e, t) => {
    (Hn.init(e, t), R.init(e, t));
  }),
  os = D(`ZodKSUID`, (e, t) => {
    (Un.init(e, t), R.init(e, t));
  }),
  ss = D(`ZodIPv4`, (e, t) => {
    (Jn.init(e, t), R.init(e, t));
  }),
  cs = D(`ZodIPv6`, (e, t) => {
    (Zn.init(e, t), R.init(e, t));
  }),
  ls = D(`ZodCIDRv4`, (e, t) => {
    (Qn.init(e, t), R.init(e, t));
  }),
  us = D(`ZodCIDRv6`, (e, t) => {
    (er.init(e, t), R.init(e, t));
  }),
  ds = D(`ZodBase64`, (e, t) => {
    (rr.init(e, t), R.init(e, t));
  }),
  fs = D(`ZodBase64URL`, (e, t) => {
    (or.init(e, t), R.init(e, t));
  }),
  ps = D(`ZodE164`, (e, t) => {
    (sr.init(e, t), R.init(e, t));
  }),
  ms = D(`ZodJWT`, (e, t) => {
    (lr.init(e, t), R.init(e, t));
  }),
  hs = D(
    `ZodNumber`,
    (e, t) => {
      (ur.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => to(e, t, n, r)), (e.isFinite = !0));
    },
    Ne(
      {
        minValue: (e) => {
          let { minimum: t, exclusiveMinimum: n } = P(e);
          return Math.max(t ?? -1 / 0, n ?? -1 / 0);
        },
        maxValue: (e) => {
          let { maximum: t, exclusiveMaximum: n } = P(e);
          return Math.min(t ?? 1 / 0, n ?? 1 / 0);
        },
        isInt: (e) => {
          let { isInt: t, multipleOf: n } = P(e);
          return !!t || !!n?.some(Number.isSafeInteger);
        },
        format: (e) => P(e).format ?? null,
      },
      {
        gt(e, t) {
          return this.check(ia(e, t));
        },
        gte(e, t) {
          return this.check(aa(e, t));
        },
        min(e, t) {
          return this.check(aa(e, t));
        },
        lt(e, t) {
          return this.check(na(e, t));
        },
        lte(e, t) {
          return this.check(ra(e, t));
        },
        max(e, t) {
          return this.check(ra(e, t));
        },
        int(e) {
          return this.check(_s(e));
        },
        safe(e) {
          return this.check(_s(e));
        },
        positive(e) {
          return this.check(ia(0, e));
        },
        nonnegative(e) {
          return this.check(aa(0, e));
        },
        negative(e) {
          return this.check(na(0, e));
        },
        nonpositive(e) {
          return this.check(ra(0, e));
        },
        multipleOf(e, t) {
          return this.check(oa(e, t));
        },
        step(e, t) {
          return this.check(oa(e, t));
        },
        finite() {
          return this;
        },
      },
    ),
  );
function z(e) {
  return Xi(hs, e);
}
var gs = D(`ZodNumberFormat`, (e, t) => {
  (dr.init(e, t), hs.init(e, t));
});
function _s(e) {
  return Qi(gs, e);
}
var vs = D(`ZodBoolean`, (e, t) => {
  (fr.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => no(e, t, n, r)));
});
function B(e) {
  return $i(vs, e);
}
var ys = D(`ZodUnknown`, (e, t) => {
  (pr.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (e, t, n) => void 0));
});
function bs() {
  return ea(ys);
}
var xs = D(`ZodNever`, (e, t) => {
  (mr.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => ro(e, t, n, r)));
});
function Ss(e) {
  return ta(xs, e);
}
var Cs = D(
  `ZodArray`,
  (e, t) => {
    (Uo(), vr.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => co(e, t, n, r)), (e.element = t.element));
  },
  {
    min(e, t) {
      return this.check(ca(e, t));
    },
    nonempty(e) {
      return this.check(ca(1, e));
    },
    max(e, t) {
      return this.check(sa(e, t));
    },
    length(e, t) {
      return this.check(la(e, t));
    },
    unwrap() {
      return this.element;
    },
  },
);
function V(e, t) {
  return Sa(Cs, e, t);
}
var ws = D(
  `ZodObject`,
  (e, t) => {
    (Uo(),
      wr.init(e, t),
      I.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => uo(e, t, n, r)),
      ze(e, `shape`, (e) => e._zod.def.shape, !1));
  },
  {
    keyof() {
      return U(Object.keys(this._zod.def.shape));
    },
    catchall(e) {
      return this.clone(_(this._zod.def, { catchall: e }));
    },
    passthrough() {
      return this.clone(_(this._zod.def, { catchall: bs() }));
    },
    loose() {
      return this.clone(_(this._zod.def, { catchall: bs() }));
    },
    strict() {
      return this.clone(_(this._zod.def, { catchall: Ss() }));
    },
    strip() {
      return this.clone(_(this._zod.def, { catchall: void 0 }));
    },
    extend(e) {
      return fe(this, e);
    },
    safeExtend(e) {
      return me(this, e);
    },
    merge(e) {
      return he(this, e);
    },
    pick(e) {
      return le(this, e);
    },
    omit(e) {
      return de(this, e);
    },
    partial(...e) {
      return ge(Ls, this, e[0]);
    },
    exactPartial(...e) {
      return ge(zs, this, e[0], `exactPartial`);
    },
    required(...e) {
      return _e(qs, this, e[0]);
    },
  },
);
function H(e, t) {
  return new ws({ type: `object`, shape: e ?? {}, ...T(t) });
}
var Ts = D(`ZodUnion`, (e, t) => {
  (Er.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => fo(e, t, n, r)), (e.options = t.options));
});
function Es(e, t) {
  return new Ts({ type: `union`, options: e, ...T(t) });
}
var Ds = D(`ZodDiscriminatedUnion`, (e, t) => {
  (Ts.init(e, t), Or.init(e, t));
});
function Os(e, t, n) {
  return new Ds({ type: `union`, options: t, discriminator: e, ...T(n) });
}
var ks = D(`ZodIntersection`, (e, t) => {
  (kr.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => po(e, t, n, r)));
});
function As(e, t) {
  return new ks({ type: `intersection`, left: e, right: t });
}
var js = D(`ZodRecord`, (e, t) => {
  (Uo(),
    Mr.init(e, t),
    I.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => _o(e, t, n, r)),
    (e.keyType = t.keyType),
    (e.valueType = t.valueType));
});
function Ms(e, t, n) {
  return !t || !t._zod
    ? new js({ type: `record`, keyType: L(), valueType: e, ...T(t) })
    : new js({ type: `record`, keyType: e, valueType: t, ...T(n) });
}
var Ns = D(`ZodEnum`, (e, t) => {
  (Nr.init(e, t),
    I.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => io(e, t, n, r)),
    (e.enum = t.entries),
    (e.options = [...e._zod.values]));
  let n = new Set(Object.keys(t.entries));
  ((e.extract = (e, r) => {
    let i = {};
    for (let r of e)
      if (n.has(r)) i[r] = t.entries[r];
      else throw Error(`Key ${r} not found in enum`);
    return new Ns({ ...t, checks: [], ...T(r), entries: i });
  }),
    (e.exclude = (e, r) => {
      let i = { ...t.entries };
      for (let t of e)
        if (n.has(t)) delete i[t];
        else throw Error(`Key ${t} not found in enum`);
      return new Ns({ ...t, checks: [], ...T(r), entries: i });
    }));
});
function U(e, t) {
  return new Ns({ type: `enum`, entries: Array.isArray(e) ? Object.fromEntries(e.map((e) => [e, e])) : e, ...T(t) });
}
var Ps = D(`ZodLiteral`, (e, t) => {
  (Pr.init(e, t),
    I.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => ao(e, t, n, r)),
    (e.values = new Set(t.values)),
    Object.defineProperty(e, 'value', {
      get() {
        if (t.values.length > 1) throw Error('This schema contains multiple valid literal values. Use `.values` instead.');
        return t.values[0];
      },
    }));
});
function W(e, t) {
  return new Ps({ type: `literal`, values: Array.isArray(e) ? e : [e], ...T(t) });
}
var Fs = D(`ZodTransform`, (e, t) => {
  (Uo(),
    Fr.init(e, t),
    I.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => so(e, t, n, r)),
    (e._zod.parse = (n, r) => {
      if (r.direction === `backward`) throw new qe(e.constructor.name);
      n.addIssue = (r) => {
        if (typeof r == `string`) n.issues.push(ke(r, n.value, t));
        else {
          let t = r;
          (t.fatal && (t.continue = !1), (t.code ??= `custom`), `input` in t || (t.input = n.value), (t.inst ??= e), n.issues.push(ke(t)));
        }
      };
      let i = t.transform(n.value, n);
      return i instanceof Promise ? i.then((e) => ((n.value = e), n)) : ((n.value = i), n);
    }));
});
function Is(e) {
  return new Fs({ type: `transform`, transform: e });
}
var Ls = D(`ZodOptional`, (e, t) => {
  (Lr.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => Do(e, t, n, r)), (e.unwrap = () => e._zod.def.innerType));
});
function Rs(e) {
  return new Ls({ type: `optional`, innerType: e });
}
var zs = D(`ZodExactOptional`, (e, t) => {
  (Rr.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => Do(e, t, n, r)), (e.unwrap = () => e._zod.def.innerType));
});
function Bs(e) {
  return new zs({ type: `optional`, innerType: e });
}
var Vs = D(`ZodNullable`, (e, t) => {
  (zr.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => vo(e, t, n, r)), (e.unwrap = () => e._zod.def.innerType));
});
function Hs(e) {
  return new Vs({ type: `nullable`, innerType: e });
}
var Us = D(`ZodDefault`, (e, t) => {
  (Br.init(e, t),
    I.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => So(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeDefault = e.unwrap));
});
function Ws(e, t) {
  return new Us({
    type: `default`,
    innerType: e,
    get defaultValue() {
      return typeof t == `function` ? t() : C(t);
    },
  });
}
var Gs = D(`ZodPrefault`, (e, t) => {
  (Hr.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => Co(e, t, n, r)), (e.unwrap = () => e._zod.def.innerType));
});
function Ks(e, t) {
  return new Gs({
    type: `prefault`,
    innerType: e,
    get defaultValue() {
      return typeof t == `function` ? t() : C(t);
    },
  });
}
var qs = D(`ZodNonOptional`, (e, t) => {
  (Ur.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => yo(e, t, n, r)), (e.unwrap = () => e._zod.def.innerType));
});
function Js(e, t) {
  return new qs({ type: `nonoptional`, innerType: e, ...T(t) });
}
var Ys = D(`ZodCatch`, (e, t) => {
  (Kr.init(e, t),
    I.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => wo(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeCatch = e.unwrap));
});
function Xs(e, t) {
  return new Ys({ type: `catch`, innerType: e, catchValue: typeof t == `function` ? t : Ve(t) });
}
var Zs = D(`ZodPipe`, (e, t) => {
  (qr.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => To(e, t, n, r)), (e.in = t.in), (e.out = t.out));
});
function Qs(e, t) {
  return new Zs({ type: `pipe`, in: e, out: t });
}
var $s = D(`ZodReadonly`, (e, t) => {
  (Yr.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => Eo(e, t, n, r)), (e.unwrap = () => e._zod.def.innerType));
});
function ec(e) {
  return new $s({ type: `readonly`, innerType: e });
}
var tc = D(`ZodCustom`, (e, t) => {
  (Zr.init(e, t), I.init(e, t), (e._zod.processJSONSchema = (t, n, r) => oo(e, t, n, r)));
});
function nc(e, t = {}) {
  return Ca(tc, e, t);
}
function rc(e, t) {
  return wa(e, t);
}
function ic(e) {
  return Ki(Ko, e);
}
function G(e) {
  return Zi(hs, e);
}
var K = e(r()),
  ac = H({}).strict();
function q(e) {
  return { auth: `session`, status: 200, ...e, params: e.params ?? ac, query: e.query ?? ac, body: e.body ?? ac };
}
var oc = U([`admin`, `supervisor`, `investigator`, `examiner`, `prosecutor`, `auditor`, `trainee`]),
  sc = H({
    id: L(),
    username: L(),
    displayName: L(),
    role: oc,
    mustChangePassword: B(),
    totpEnabled: B(),
    disabled: B(),
    lockedUntil: L().nullable(),
    createdAt: L(),
  }),
  cc = H({
    username: L().min(1).max(100),
    password: L().min(1).max(1e3),
    totpCode: L()
      .regex(/^[0-9]{6}$/)
      .optional(),
    client: U([`web`, `cli`]).default(`web`),
  }).strict(),
  lc = H({ user: sc, csrfToken: L(), expiresAt: L(), token: L().optional() }),
  uc = H({ user: sc, csrfToken: L(), expiresAt: L() }),
  dc = H({ currentPassword: L().min(1).max(1e3), newPassword: L().min(1).max(1e3) }).strict(),
  fc = H({ secret: L(), uri: L() }),
  pc = H({ code: L().regex(/^[0-9]{6}$/) }).strict(),
  mc = H({ password: L().min(1).max(1e3) }).strict(),
  hc = H({
    username: L().min(2).max(63),
    displayName: L().max(200).default(``),
    role: oc,
    password: L().min(1).max(1e3).optional(),
  }).strict(),
  gc = H({ user: sc, oneTimePassword: L().nullable() }),
  _c = H({ displayName: L().max(200).optional(), role: oc.optional(), disabled: B().optional() }).strict(),
  vc = H({ oneTimePassword: L() });
H({ error: H({ code: L(), message: L(), status: z().int(), details: Ms(L(), bs()).optional() }) });
var J = L().min(1).max(100),
  yc = ic({ offset: !0 }),
  bc = H({ ok: W(!0) });
H({ justification: L().max(2e3).optional() }).strict();
var xc = U([`PRESERVATION`, `PARTIAL_DISCLOSURE_TRAFFIC`, `PRODUCTION`, `SEARCH_SEIZURE`, `RT_TRAFFIC`, `INTERCEPTION`]),
  Sc = U([`SUBSCRIBER`, `IDENTIFICATION_ONLY`, `TRAFFIC`, `CONTENT`, `DOMAIN_REGISTRATION`, `LOCATION`]),
  Cc = H({
    type: U([
      `ACCOUNT_ID`,
      `USERNAME`,
      `URL`,
      `EMAIL`,
      `PHONE_E164`,
      `IP_PORT_TIMESTAMP`,
      `DOMAIN`,
      `IMEI`,
      `DEVICE_ID`,
      `PAYMENT_REF`,
      `CRYPTO_ADDRESS`,
    ]),
    value: L().min(1).max(500),
  }).strict(),
  wc = H({ from: yc, to: yc }).strict(),
  Tc = H({
    categories: V(Sc).default([]),
    selectors: V(Cc).default([]),
    exhibits: V(L().min(1).max(100)).default([]),
    period: wc.nullable().default(null),
  }).strict(),
  Ec = H({
    instrument: L().min(1).max(100),
    article: L().max(100).optional(),
    domesticProvision: L().min(1).max(300),
    treatyRef: L().max(300).optional(),
  }).strict(),
  Dc = U([`COURT_WARRANT`, `PROSECUTOR_SANCTION`, `CONSENT`, `EMERGENCY_PROVISIONAL`]),
  Oc = U([`JUDGE`, `COURT`, `INVESTIGATING_JUDGE`, `PROSECUTOR`, `OTHER_INDEPENDENT`, `DATA_SUBJECT`]),
  kc = H({ body: L().min(1).max(300), name: L().max(300), country: L().length(2) }).strict(),
  Ac = H({
    type: Dc,
    number: L().min(1).max(100),
    issuerType: Oc,
    issuedBy: kc,
    issuedAt: yc,
    validFrom: yc,
    validUntil: yc,
    measures: V(xc).min(1),
    scope: Tc,
    legalBasis: V(Ec).min(1),
    grounds: L().min(1).max(1e4),
    conditions: V(L().max(2e3)).optional(),
    validationDue: yc.optional(),
    documentRef: L().max(500).optional(),
    documentHash: L()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  }).strict(),
  jc = H({
    id: L(),
    caseId: L(),
    type: Dc,
    number: L(),
    issuerType: Oc,
    issuedBy: kc,
    issuedAt: L(),
    validFrom: L(),
    validUntil: L(),
    measures: V(xc),
    scope: H({ categories: V(Sc), selectors: V(Cc), exhibits: V(L()), period: wc.nullable() }),
    legalBasis: V(Ec),
    grounds: L(),
    conditions: V(L()),
    validationDue: L().nullable(),
    validatedAt: L().nullable(),
    revokedAt: L().nullable(),
    documentRef: L().nullable(),
    documentHash: L().nullable(),
    recordedBy: L(),
    recordedAt: L(),
  }),
  Mc = H({
    measure: xc,
    categories: V(Sc).optional(),
    selectors: V(Cc).optional(),
    exhibits: V(L()).optional(),
    period: wc.optional(),
    authorizationId: L().optional(),
  }).strict(),
  Nc = H({ outcome: U([`validated`, `revoked`]), note: L().min(1).max(2e3) }).strict(),
  Pc = U([`read`, `contribute`, `lead`]),
  Fc = U([`open`, `suspended`, `closed`, `archived`]),
  Ic = H({
    framework: U([`NATIONAL`, `BUDAPEST`, `UNODC_TUI`]),
    code: L().min(1).max(60),
    country: L().length(2).optional(),
    maxPenaltyYears: z().min(0).max(100).optional(),
  }).strict(),
  Lc = H({
    id: L(),
    reference: L(),
    title: L(),
    description: L(),
    country: L(),
    timeZone: L(),
    status: Fc,
    training: B(),
    offences: V(Ic),
    createdAt: L(),
    createdBy: L(),
    updatedAt: L(),
  }),
  Rc = H({ case: Lc, myLevel: Pc }),
  zc = Rc.extend({ memberCount: z().int(), authorizationCount: z().int() }),
  Bc = H({
    reference: L().min(1).max(100),
    title: L().min(1).max(300),
    description: L().max(1e4).optional(),
    country: L().length(2),
    timeZone: L().min(1).max(64),
    offences: V(Ic).min(1).max(50),
    training: B().optional(),
  }).strict(),
  Vc = H({
    title: L().min(1).max(300).optional(),
    description: L().max(1e4).optional(),
    offences: V(Ic).min(1).max(50).optional(),
  }).strict(),
  Hc = H({ status: Fc, reason: L().min(1).max(2e3) }).strict(),
  Uc = H({ caseId: L(), userId: L(), level: Pc, addedAt: L(), addedBy: L(), username: L(), displayName: L(), role: L() }),
  Wc = H({ level: Pc }).strict(),
  Gc = H({ id: L(), reference: L(), status: Fc, training: B(), members: V(H({ userId: L(), username: L(), level: Pc })) }),
  Kc = H({ framework: U([`BUDAPEST`, `UNODC_TUI`]), code: L(), labels: H({ en: L(), ru: L() }), tag: U([`V`, `S`, `U`]) }),
  qc = H({
    seq: z().int(),
    at: L(),
    tz: L(),
    actorId: L().nullable(),
    actorName: L(),
    caseId: L().nullable(),
    targetType: L().nullable(),
    targetId: L().nullable(),
    action: L(),
    justification: L().nullable(),
    authorizationId: L().nullable(),
    details: Ms(L(), bs()),
    prevHash: L(),
    hash: L(),
  }),
  Jc = H({ events: V(qc), nextBeforeSeq: z().int().nullable() }),
  Yc = H({ beforeSeq: G().int().positive().optional(), limit: G().int().min(1).max(1e3).optional(), caseId: L().optional() }).strict(),
  Xc = H({ treeSize: z().int(), at: L(), rootHash: L(), keyId: L(), publicKey: L(), signature: L() }),
  Zc = H({ seq: z().int(), kind: L(), message: L() }),
  Qc = H({
    ok: B(),
    events: z().int(),
    checkpoints: z().int(),
    lastSeq: z().int(),
    headHash: L(),
    firstProblem: Zc.nullable(),
    problems: V(Zc),
  }),
  $c = H({ size: z(), md5: L(), sha1: L(), sha256: L() }),
  el = H({ modifiedAt: L().nullable(), accessedAt: L().nullable(), changedAt: L().nullable(), bornAt: L().nullable() }),
  tl = U([
    `PHYSICAL`,
    `LOGICAL`,
    `FILE_SYSTEM`,
    `SELECTIVE`,
    `LIVE_VOLATILE`,
    `MEMORY`,
    `CLOUD_REMOTE`,
    `OSINT_CAPTURE`,
    `PROVIDER_PRODUCTION`,
    `UPLOAD`,
  ]),
  nl = H({
    description: L().max(500).optional(),
    make: L().max(200).optional(),
    model: L().max(200).optional(),
    serial: L().max(200).optional(),
    imei: L().max(50).optional(),
    capacity: L().max(100).optional(),
    powerState: L().max(100).optional(),
    isolation: L().max(200).optional(),
  }).strict(),
  rl = H({ provider: L().min(1).max(200), reference: L().max(200), channel: L().max(200), receivedAt: L() }).strict(),
  il = H({ algorithm: U([`MD5`, `SHA1`, `SHA256`]), value: L().regex(/^[0-9a-fA-F]{32,64}$/) }).strict(),
  al = H({
    location: L().max(500).optional(),
    setting: U([`ON_SITE`, `LAB`]).optional(),
    sourceDevice: nl.optional(),
    method: tl.optional(),
    tool: H({ name: L().max(200), version: L().max(100), vendor: L().max(200).optional(), configuration: L().max(2e3).optional() })
      .strict()
      .optional(),
    writeBlocker: L().max(200).optional(),
    sourceHashes: V(il).optional(),
    notes: L().max(1e4).optional(),
    production: rl.optional(),
  }).strict(),
  ol = H({
    performedBy: H({ userId: L(), name: L(), role: L() }),
    startedAt: L(),
    endedAt: L(),
    location: L().nullable(),
    setting: U([`ON_SITE`, `LAB`]).nullable(),
    sourceDevice: nl.nullable(),
    method: tl,
    tool: H({ name: L(), version: L(), vendor: L().optional(), configuration: L().optional() }),
    writeBlocker: L().nullable(),
    sourceHashes: V(il),
    verification: H({ method: L(), result: U([`MATCH`, `MISMATCH`, `N_A`]), at: L(), by: L() }),
    notes: L(),
    production: rl.nullable(),
  }),
  sl = H({
    holderId: L().nullable(),
    location: L().nullable(),
    sealed: B(),
    sealNumber: L().nullable(),
    checkedOutTo: L().nullable(),
    pendingTransferTo: L().nullable(),
    disposedAt: L().nullable(),
    openIncidentId: L().nullable(),
  }),
  cl = H({
    id: L(),
    caseId: L(),
    exhibitNumber: L(),
    rootExhibitNumber: L(),
    parentId: L().nullable(),
    kind: U([`file`, `folder`, `production`]),
    status: U([`ingesting`, `complete`]),
    originalPath: L(),
    name: L(),
    digests: $c.nullable(),
    fileTimes: el,
    acquisition: ol,
    authorizationId: L(),
    custody: sl,
    derivation: H({ fromItemId: L(), parserId: L(), parserVersion: L(), locator: Ms(L(), bs()), depth: z().int(), notes: Ms(L(), bs()) })
      .nullable()
      .optional(),
    createdAt: L(),
    createdBy: L(),
  }),
  ll = H({
    id: L(),
    caseId: L(),
    itemId: L(),
    openedAt: L(),
    openedBy: L(),
    expectedSha256: L(),
    foundSha256: L().nullable(),
    context: L(),
    resolvedAt: L().nullable(),
    resolvedBy: L().nullable(),
    resolution: L().nullable(),
  }),
  ul = H({ item: cl, children: z().int(), incidents: V(ll) }),
  dl = Os(`type`, [
    H({ type: W(`verified`), note: L().max(2e3).optional() }).strict(),
    H({
      type: W(`transfer_released`),
      toUserId: L(),
      purpose: L().min(1).max(2e3),
      location: L().max(500).optional(),
      transport: L().max(500).optional(),
    }).strict(),
    H({
      type: W(`transfer_received`),
      location: L().max(500).optional(),
      sealIntact: B().optional(),
      note: L().max(2e3).optional(),
    }).strict(),
    H({ type: W(`checked_out`), purpose: L().min(1).max(2e3) }).strict(),
    H({ type: W(`checked_in`), note: L().max(2e3).optional() }).strict(),
    H({ type: W(`copied`), purpose: L().min(1).max(2e3) }).strict(),
    H({ type: W(`sealed`), sealNumber: L().min(1).max(100), note: L().max(2e3).optional() }).strict(),
    H({ type: W(`unsealed`), reason: L().min(1).max(2e3) }).strict(),
    H({ type: W(`disposed`), retentionRule: L().min(1).max(200), certificate: L().min(1).max(500) }).strict(),
  ]),
  fl = H({ item: cl, hashMatch: B().nullable(), incidentId: L().nullable() }),
  pl = H({
    uploadId: L().min(1).max(200),
    name: L().min(1).max(1e3),
    acquisition: al.optional(),
    exhibitNumber: L().max(100).optional(),
    authorizationId: L().optional(),
    production: B().optional(),
  }).strict(),
  ml = H({ itemId: L(), exhibitNumber: L(), caseId: L(), kind: L(), message: L() }),
  hl = H({ ok: B(), items: z().int(), blobsChecked: z().int(), bytesChecked: z(), unreferencedBlobs: z().int(), findings: V(ml) }),
  gl = [`message`, `email`, `web_visit`, `download`, `image`, `document`, `call`, `contact`, `location`, `account`, `file_entry`],
  _l = U([`queued`, `running`, `done`, `failed`, `skipped`]),
  vl = H({
    itemId: L(),
    caseId: L(),
    status: _l,
    parserId: L().nullable(),
    parserVersion: L().nullable(),
    attempts: z().int(),
    artifacts: z().int(),
    children: z().int(),
    warnings: V(L()),
    reason: L().nullable(),
    outputSha256: L().nullable(),
    startedAt: L().nullable(),
    finishedAt: L().nullable(),
    updatedAt: L(),
  }),
  yl = H({
    caseId: L(),
    items: z().int(),
    counts: H({ pending: z().int(), queued: z().int(), running: z().int(), done: z().int(), failed: z().int(), skipped: z().int() }),
    artifacts: Ms(L(), z().int()),
    problems: V(vl.extend({ exhibitNumber: L(), name: L() })),
    analysed: z().int(),
    finished: B(),
  }),
  bl = H({ reprocess: B().optional(), parserId: L().min(1).max(100).optional() }).strict(),
  xl = H({
    path: L().optional(),
    table: L().optional(),
    row: Es([z(), L()]).optional(),
    offset: z().int().optional(),
    length: z().int().optional(),
    line: z().int().optional(),
    pointer: L().optional(),
  }),
  Sl = H({
    id: L(),
    caseId: L(),
    itemId: L(),
    parserId: L(),
    parserVersion: L(),
    ordinal: z().int(),
    type: U(gl),
    at: L().nullable(),
    zone: L().nullable(),
    time: H({ utc: L(), zone: L().nullable(), derived: B().optional(), raw: L().optional() }).nullable(),
    actors: V(H({ role: L(), account: L(), name: L().nullable().optional() })),
    text: L().nullable(),
    fields: Ms(L(), bs()),
    locator: xl,
  }),
  Cl = L().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, `an ISO 8601 date or UTC time`),
  wl = H({
    type: U(gl).optional(),
    itemId: L().min(1).max(100).optional(),
    parserId: L().min(1).max(100).optional(),
    from: Cl.optional(),
    to: Cl.optional(),
    after: L().max(200).optional(),
    limit: G().int().min(1).max(1e3).optional(),
  }).strict(),
  Tl = H({ artifacts: V(Sl), next: L().nullable() }),
  El = H({
    artifact: Sl,
    provenance: H({
      itemId: L(),
      exhibitNumber: L(),
      itemName: L(),
      itemPath: L(),
      itemSha256: L().nullable(),
      parserId: L(),
      parserVersion: L(),
      locator: xl,
      processing: vl.nullable(),
      bytesAvailable: B(),
    }),
  }),
  Dl = [
    `email`,
    `phone`,
    `url`,
    `domain`,
    `ipv4`,
    `ipv6`,
    `btc_address`,
    `eth_address`,
    `tron_address`,
    `telegram_username`,
    `telegram_link`,
    `payment_card`,
    `iban`,
    `account`,
  ],
  Ol = L().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, `an ISO 8601 date or UTC time`),
  kl = (e) =>
    L()
      .max(2e3)
      .transform((e) => e.split(`,`).filter((e) => e.length > 0))
      .pipe(V(e).max(100)),
  Al = kl(U(gl)),
  jl = kl(L().min(1).max(100)),
  Ml = H({
    q: L().min(1).max(1e3),
    types: Al.optional(),
    itemIds: jl.optional(),
    from: Ol.optional(),
    to: Ol.optional(),
    entity: L().min(1).max(500).optional(),
    account: L().min(1).max(500).optional(),
    sort: U([`relevance`, `time_asc`, `time_desc`]).optional(),
    limit: G().int().min(1).max(500).optional(),
    cursor: L().max(500).optional(),
  }).strict(),
  Nl = H({
    hits: V(H({ artifactId: L(), itemId: L(), type: L(), at: L().nullable(), score: z(), snippet: L() })),
    total: z().int(),
    nextCursor: L().nullable(),
  }),
  Pl = H({ cases: V(H({ id: L(), reference: L(), title: L() })), others: z().int() }),
  Fl = H({
    key: L(),
    type: U(Dl),
    value: L(),
    valid: B(),
    occurrences: z().int(),
    artifacts: z().int(),
    firstAt: L().nullable(),
    lastAt: L().nullable(),
    alsoIn: Pl,
  }),
  Il = H({
    type: U(Dl).optional(),
    contains: L().min(1).max(200).optional(),
    validOnly: U([`true`, `false`])
      .transform((e) => e === `true`)
      .optional(),
    limit: G().int().min(1).max(1e3).optional(),
  }).strict(),
  Ll = H({
    caseId: L(),
    itemId: L(),
    artifactId: L(),
    artifactType: L(),
    at: L().nullable(),
    key: L(),
    type: U(Dl),
    value: L(),
    valid: B(),
    field: L(),
    start: z().int(),
    end: z().int(),
    raw: L(),
    account: L().nullable(),
    flags: V(L()),
    details: Ms(L(), bs()),
  }),
  Rl = H({ key: L().min(3).max(2e3), limit: G().int().min(1).max(1e3).optional(), offset: G().int().min(0).optional() }).strict(),
  zl = { types: Al.optional(), itemIds: jl.optional(), from: Ol.optional(), to: Ol.optional() },
  Bl = H({ ...zl, after: L().max(200).optional(), limit: G().int().min(1).max(1e3).optional() }).strict(),
  Vl = H({ entries: V(H({ artifact: Sl, unknownZone: B() })), next: L().nullable() }),
  Hl = H({ ...zl, buckets: G().int().min(1).max(500).optional() }).strict(),
  Ul = H({ from: L(), to: L(), bucketSeconds: z(), buckets: V(H({ start: L(), count: z().int() })), undated: z().int() }),
  Wl = U([`communication`, `mentions`, `co_occurs`]),
  Gl = H({
    ...zl,
    kinds: kl(Wl).optional(),
    entityTypes: kl(U(Dl)).optional(),
    minWeight: G().int().min(1).optional(),
    limit: G().int().min(1).max(2e4).optional(),
  }).strict(),
  Kl = H({
    nodes: V(H({ id: L(), kind: U([`account`, `entity`]), type: L(), label: L(), weight: z() })),
    edges: V(H({ source: L(), target: L(), kind: Wl, weight: z(), firstAt: L().nullable().optional(), lastAt: L().nullable().optional() })),
  }),
  ql = H({ items: z().int(), failed: z().int(), occurrences: z().int() }),
  Jl = U([`pending`, `approved`, `refused`]),
  Yl = H({ entityKey: L().min(3).max(2e3), reason: L().min(10).max(2e3) }).strict(),
  Xl = H({
    id: L(),
    requesterId: L(),
    fromCaseId: L(),
    targetCaseId: L(),
    entityKey: L(),
    reason: L(),
    status: Jl,
    createdAt: L(),
    decidedAt: L().nullable(),
    decidedBy: L().nullable(),
    decisionNote: L().nullable(),
  }),
  Zl = Xl.extend({ requesterUsername: L(), requesterDisplayName: L(), fromCaseReference: L() }),
  Ql = H({
    id: L(),
    fromCaseId: L(),
    entityKey: L(),
    reason: L(),
    status: Jl,
    createdAt: L(),
    decidedAt: L().nullable(),
    targetCaseId: L().nullable(),
  }),
  $l = H({ decision: U([`approve`, `refuse`]), note: L().max(2e3).optional() }).strict(),
  eu = H({ status: Jl.optional() }).strict(),
  tu = H({ caseId: J }).strict(),
  nu = {
    search: q({
      method: `GET`,
      path: `/api/cases/:caseId/search`,
      summary: `Full-text search over the artefacts of a case (words, "phrases", prefix*, AND, OR, NOT); an access event`,
      tag: `analysis`,
      params: tu,
      query: Ml,
      response: Nl,
    }),
    analysisSummary: q({
      method: `GET`,
      path: `/api/cases/:caseId/analysis`,
      summary: `How many items have been analysed and how many entity occurrences were found`,
      tag: `analysis`,
      params: tu,
      response: ql,
    }),
    listEntities: q({
      method: `GET`,
      path: `/api/cases/:caseId/entities`,
      summary: `Entities of a case, most frequent first, each with the hint of other cases that hold it`,
      tag: `analysis`,
      params: tu,
      query: Il,
      response: H({ entities: V(Fl) }),
    }),
    getEntity: q({
      method: `GET`,
      path: `/api/cases/:caseId/entity`,
      summary: `One entity (by key, e.g. phone:+77012345678) with its occurrences`,
      tag: `analysis`,
      params: tu,
      query: Rl,
      response: H({ entity: Fl, occurrences: V(Ll) }),
    }),
    artifactEntities: q({
      method: `GET`,
      path: `/api/cases/:caseId/artifacts/:artifactId/entities`,
      summary: `The entities found in one artefact, with their offsets`,
      tag: `analysis`,
      params: H({ caseId: J, artifactId: J }).strict(),
      response: H({ occurrences: V(Ll) }),
    }),
    timeline: q({
      method: `GET`,
      path: `/api/cases/:caseId/timeline`,
      summary: `All artefacts of a case in one time order (undated last), with the source zone beside UTC`,
      tag: `analysis`,
      params: tu,
      query: Bl,
      response: Vl,
    }),
    histogram: q({
      method: `GET`,
      path: `/api/cases/:caseId/timeline/histogram`,
      summary: `Artefact counts per time bucket over any range`,
      tag: `analysis`,
      params: tu,
      query: Hl,
      response: Ul,
    }),
    linkGraph: q({
      method: `GET`,
      path: `/api/cases/:caseId/graph`,
      summary: `Accounts and entities as nodes; communications, mentions and co-occurrences as weighted edges`,
      tag: `analysis`,
      params: tu,
      query: Gl,
      response: Kl,
    }),
    requestAccess: q({
      method: `POST`,
      path: `/api/cases/:caseId/access-requests`,
      summary: `Ask the leads of the other cases holding an entity of this case for access; says only how many were asked`,
      tag: `analysis`,
      status: 201,
      params: tu,
      body: Yl,
      response: H({ requested: z().int() }),
    }),
    incomingAccessRequests: q({
      method: `GET`,
      path: `/api/cases/:caseId/access-requests`,
      summary: `Requests to join this case (its lead only)`,
      tag: `analysis`,
      params: tu,
      query: eu,
      response: H({ requests: V(Zl) }),
    }),
    decideAccessRequest: q({
      method: `POST`,
      path: `/api/cases/:caseId/access-requests/:requestId/decision`,
      summary: `Approve (the requester joins with read access) or refuse a request to join this case`,
      tag: `analysis`,
      params: H({ caseId: J, requestId: J }).strict(),
      body: $l,
      response: Xl,
    }),
    ownAccessRequests: q({
      method: `GET`,
      path: `/api/access-requests`,
      summary: `Your own requests for access and their status`,
      tag: `analysis`,
      response: H({ requests: V(Ql) }),
    }),
  },
  ru = H({ caseId: J }).strict(),
  iu = H({ caseId: J, artifactId: J }).strict(),
  au = {
    processingSummary: q({
      method: `GET`,
      path: `/api/cases/:caseId/processing`,
      summary: `Where processing of a case stands: counts per status, failed and skipped items with reasons`,
      tag: `processing`,
      params: ru,
      response: yl,
    }),
    requestProcessing: q({
      method: `POST`,
      path: `/api/cases/:caseId/processing`,
      summary: `Queue the items not yet processed, or all again (reprocess), or those of one parser`,
      tag: `processing`,
      status: 202,
      params: ru,
      body: bl,
      response: H({ queued: z().int() }),
    }),
    listArtifacts: q({
      method: `GET`,
      path: `/api/cases/:caseId/artifacts`,
      summary: `Artefacts of a case in time order, filtered by type, item, parser and time`,
      tag: `processing`,
      params: ru,
      query: wl,
      response: Tl,
    }),
    getArtifact: q({
      method: `GET`,
      path: `/api/cases/:caseId/artifacts/:artifactId`,
      summary: `One artefact with its provenance (bytes at /bytes?justification=…)`,
      tag: `processing`,
      params: iu,
      response: El,
    }),
  },
  Y = H({ caseId: J }).strict(),
  ou = H({ userId: J }).strict(),
  su = H({ caseId: J, userId: J }).strict(),
  cu = H({ caseId: J, authorizationId: J }).strict(),
  lu = H({ caseId: J, itemId: J }).strict(),
  uu = H({ caseId: J, incidentId: J }).strict(),
  du = H({
    generatedAt: L(),
    generatedBy: L(),
    case: H({ id: L(), reference: L(), title: L(), timeZone: L() }),
    items: V(H({ item: cl, events: V(qc), incidents: V(ll) })),
  }),
  fu = H({ justification: L().max(2e3).optional() }).strict(),
  pu = {
    health: q({
      method: `GET`,
      path: `/api/health`,
      summary: `Liveness and database reachability`,
      tag: `system`,
      auth: `none`,
      response: H({ status: W(`ok`), version: L(), database: U([`sqlite`, `postgres`]) }),
    }),
    login: q({ method: `POST`, path: `/api/auth/login`, summary: `Sign in`, tag: `auth`, auth: `none`, body: cc, response: lc }),
    whoami: q({
      method: `GET`,
      path: `/api/auth/whoami`,
      summary: `The current session if there is one (null otherwise), without an error: the web app asks this at start`,
      tag: `auth`,
      auth: `none`,
      response: H({ session: uc.nullable() }),
    }),
    logout: q({ method: `POST`, path: `/api/auth/logout`, summary: `Sign out`, tag: `auth`, response: bc }),
    session: q({ method: `GET`, path: `/api/auth/session`, summary: `The signed-in user and CSRF token`, tag: `auth`, response: uc }),
    changePassword: q({
      method: `POST`,
      path: `/api/auth/password`,
      summary: `Change your own password`,
      tag: `auth`,
      body: dc,
      response: bc,
    }),
    totpSetup: q({ method: `POST`, path: `/api/auth/totp/setup`, summary: `Start TOTP enrolment`, tag: `auth`, response: fc }),
    totpConfirm: q({
      method: `POST`,
      path: `/api/auth/totp/confirm`,
      summary: `Confirm TOTP enrolment with a code`,
      tag: `auth`,
      body: pc,
      response: bc,
    }),
    totpDisable: q({ method: `POST`, path: `/api/auth/totp/disable`, summary: `Remove TOTP`, tag: `auth`, body: mc, response: bc }),
    listUsers: q({ method: `GET`, path: `/api/users`, summary: `All accounts (admin)`, tag: `users`, response: V(sc) }),
    createUser: q({
      method: `POST`,
      path: `/api/users`,
      summary: `Create an account (admin)`,
      tag: `users`,
      status: 201,
      body: hc,
      response: gc,
    }),
    updateUser: q({
      method: `PATCH`,
      path: `/api/users/:userId`,
      summary: `Change role, name or disable (admin)`,
      tag: `users`,
      params: ou,
      body: _c,
      response: sc,
    }),
    resetPassword: q({
      method: `POST`,
      path: `/api/users/:userId/password-reset`,
      summary: `Issue a one-time password (admin)`,
      tag: `users`,
      params: ou,
      response: vc,
    }),
    lookupUser: q({
      method: `GET`,
      path: `/api/users/lookup`,
      summary: `Find a colleague by user name (to add them to a case)`,
      tag: `users`,
      query: H({ username: L().min(1).max(100) }).strict(),
      response: H({ id: L(), username: L(), displayName: L(), role: L() }),
    }),
    unlockUser: q({
      method: `POST`,
      path: `/api/users/:userId/unlock`,
      summary: `Lift a sign-in lockout (admin)`,
      tag: `users`,
      params: ou,
      response: sc,
    }),
    offences: q({ method: `GET`, path: `/api/offences`, summary: `International offence codes`, tag: `cases`, response: V(Kc) }),
    listCases: q({ method: `GET`, path: `/api/cases`, summary: `Cases you are a member of`, tag: `cases`, response: V(Rc) }),
    createCase: q({
      method: `POST`,
      path: `/api/cases`,
      summary: `Open a case; you become its lead`,
      tag: `cases`,
      status: 201,
      body: Bc,
      response: Lc,
    }),
    getCase: q({ method: `GET`, path: `/api/cases/:caseId`, summary: `One case`, tag: `cases`, params: Y, query: fu, response: zc }),
    updateCase: q({
      method: `PATCH`,
      path: `/api/cases/:caseId`,
      summary: `Change title, description or offences (lead)`,
      tag: `cases`,
      params: Y,
      body: Vc,
      response: Lc,
    }),
    changeCaseStatus: q({
      method: `POST`,
      path: `/api/cases/:caseId/status`,
      summary: `Suspend, close, reopen or archive (lead)`,
      tag: `cases`,
      params: Y,
      body: Hc,
      response: Lc,
    }),
    listMembers: q({
      method: `GET`,
      path: `/api/cases/:caseId/members`,
      summary: `Members of a case`,
      tag: `cases`,
      params: Y,
      response: V(Uc),
    }),
    setMember: q({
      method: `PUT`,
      path: `/api/cases/:caseId/members/:userId`,
      summary: `Add a member or change their level (lead, or admin for others)`,
      tag: `cases`,
      params: su,
      body: Wc,
      response: V(Uc),
    }),
    removeMember: q({
      method: `DELETE`,
      path: `/api/cases/:caseId/members/:userId`,
      summary: `Remove a member (lead, or admin for others)`,
      tag: `cases`,
      params: su,
      response: V(Uc),
    }),
    adminCases: q({
      method: `GET`,
      path: `/api/admin/cases`,
      summary: `References, status and members of all cases (admin)`,
      tag: `cases`,
      response: V(Gc),
    }),
    listAuthorizations: q({
      method: `GET`,
      path: `/api/cases/:caseId/authorizations`,
      summary: `Legal authorisations of a case`,
      tag: `authorizations`,
      params: Y,
      response: V(jc),
    }),
    recordAuthorization: q({
      method: `POST`,
      path: `/api/cases/:caseId/authorizations`,
      summary: `Record a warrant, sanction, consent or emergency authorisation`,
      tag: `authorizations`,
      status: 201,
      params: Y,
      body: Ac,
      response: jc,
    }),
    getAuthorization: q({
      method: `GET`,
      path: `/api/cases/:caseId/authorizations/:authorizationId`,
      summary: `One legal authorisation`,
      tag: `authorizations`,
      params: cu,
      response: jc,
    }),
    settleAuthorization: q({
      method: `POST`,
      path: `/api/cases/:caseId/authorizations/:authorizationId/settle`,
      summary: `Record validation or revocation`,
      tag: `authorizations`,
      params: cu,
      body: Nc,
      response: jc,
    }),
    checkAuthorization: q({
      method: `POST`,
      path: `/api/cases/:caseId/authorizations/check`,
      summary: `Is a measure covered now? Answers with the authorisation relied on, or the failed condition`,
      tag: `authorizations`,
      params: Y,
      body: Mc,
      response: jc,
    }),
    caseLedger: q({
      method: `GET`,
      path: `/api/cases/:caseId/ledger`,
      summary: `Ledger events of a case, newest first`,
      tag: `ledger`,
      params: Y,
      query: Yc.omit({ caseId: !0 }),
      response: Jc,
    }),
    ledger: q({
      method: `GET`,
      path: `/api/ledger`,
      summary: `The whole ledger, newest first (auditor)`,
      tag: `ledger`,
      query: Yc,
      response: Jc,
    }),
    checkpoint: q({
      method: `POST`,
      path: `/api/ledger/checkpoints`,
      summary: `Sign a checkpoint now (auditor, admin)`,
      tag: `ledger`,
      status: 201,
      response: Xc.nullable(),
    }),
    verifyLedger: q({
      method: `POST`,
      path: `/api/ledger/verify`,
      summary: `Verify chain and checkpoints; with deep, re-hash every blob and compare every evidence row with its ledger event (auditor, admin)`,
      tag: `ledger`,
      body: H({ deep: B().optional(), caseId: J.optional() }).strict(),
      response: Qc.extend({ evidence: hl }),
    }),
    listEvidence: q({
      method: `GET`,
      path: `/api/cases/:caseId/evidence`,
      summary: `Evidence items of a case (top level, or the children of parentId)`,
      tag: `evidence`,
      params: Y,
      query: H({ parentId: J.optional() }).strict(),
      response: V(cl),
    }),
    getEvidence: q({
      method: `GET`,
      path: `/api/cases/:caseId/evidence/:itemId`,
      summary: `One evidence item with its incidents`,
      tag: `evidence`,
      params: lu,
      response: ul,
    }),
    recordCustody: q({
      method: `POST`,
      path: `/api/cases/:caseId/evidence/:itemId/custody`,
      summary: `Record a custody event (verify, transfer, check out/in, copy, seal, unseal, dispose)`,
      tag: `evidence`,
      params: lu,
      body: dl,
      response: fl,
    }),
    resolveIncident: q({
      method: `POST`,
      path: `/api/cases/:caseId/incidents/:incidentId/resolve`,
      summary: `Resolve an integrity incident (supervisor)`,
      tag: `evidence`,
      params: uu,
      body: H({ resolution: L().min(1).max(5e3) }).strict(),
      response: ll,
    }),
    custodyReport: q({
      method: `GET`,
      path: `/api/cases/:caseId/custody-report`,
      summary: `Chain-of-custody report of the case or one item (HTML at /custody-report.html)`,
      tag: `evidence`,
      params: Y,
      query: H({ itemId: J.optional() }).strict(),
      response: du,
    }),
    completeUpload: q({
      method: `POST`,
      path: `/api/cases/:caseId/evidence/uploads`,
      summary: `Turn a finished tus upload (POST /api/uploads) into an evidence item`,
      tag: `evidence`,
      status: 201,
      params: Y,
      body: pl,
      response: H({ root: cl, files: V(cl), alreadyPresent: z().int() }),
    }),
    ...au,
    ...nu,
  },
  mu = class extends Error {
    code;
    status;
    details;
    constructor(e) {
      (super(e.message), (this.name = `ApiError`), (this.code = e.code), (this.status = e.status), (this.details = e.details));
    }
  };
function hu(e, t = {}) {
  return e.replace(/:([A-Za-z]+)/g, (e, n) => {
    let r = t[n];
    if (r == null || r === ``) throw Error(`Missing path parameter ${n}`);
    return encodeURIComponent(String(r));
  });
}
function gu(e) {
  let t = e.fetch ?? fetch,
    n = e.csrfToken;
  return {
    setCsrfToken(e) {
      n = e;
    },
    async raw(n) {
      let r = {};
      e.token && (r.authorization = `Bearer ${e.token}`);
      let i = await t(new URL(n, e.baseUrl), { headers: r, credentials: `same-origin` }),
        a = new Uint8Array(await i.arrayBuffer());
      if (!i.ok) {
        let e;
        try {
          e = JSON.parse(new TextDecoder().decode(a)).error;
        } catch {
          e = void 0;
        }
        throw new mu(e ?? { code: `HTTP_ERROR`, message: `HTTP ${i.status}`, status: i.status });
      }
      return a;
    },
    async call(r, i = {}) {
      let a = pu[r],
        o = new URL(hu(a.path, i.params), e.baseUrl);
      for (let [e, t] of Object.entries(i.query ?? {})) t !== void 0 && o.searchParams.set(e, String(t));
      let s = { accept: `application/json` };
      (e.token && (s.authorization = `Bearer ${e.token}`), a.method !== `GET` && n && (s[`x-csrf-token`] = n));
      let c = a.method !== `GET` && a.method !== `DELETE`;
      c && (s[`content-type`] = `application/json`);
      let l = await t(o, {
          method: a.method,
          headers: s,
          credentials: `same-origin`,
          ...(c ? { body: JSON.stringify(i.body ?? {}) } : {}),
        }),
        u = await l.text(),
        d = u ? JSON.parse(u) : null;
      if (!l.ok) throw new mu(d?.error ?? { code: `HTTP_ERROR`, message: `HTTP ${l.status}`, status: l.status });
      return d;
    },
  };
}
var X = (e) => typeof e == `string`,
  _u = () => {
    let e,
      t,
      n = new Promise((n, r) => {
        ((e = n), (t = r));
      });
    return ((n.resolve = e), (n.reject = t), n);
  },
  vu = (e) => (e == null ? `` : String(e)),
  yu = (e) => X(e) && /^[A-Za-z0-9_@.-]{1,128}$/.test(e) && !e.includes(`..`) && ![`__proto__`, `constructor`, `prototype`].includes(e),
  bu = (e) => e?.callbackApi ?? e?.constructor?.callbackApi,
  xu = (e, t, n) => {
    e.forEach((e) => {
      t[e] && (n[e] = t[e]);
    });
  },
  Su = /###/g,
  Cu = (e) => (e && e.includes(`###`) ? e.replace(Su, `.`) : e),
  wu = (e) => !e || X(e),
  Tu = (e, t, n) => {
    let r = X(t) ? t.split(`.`) : t,
      i = 0;
    for (; i < r.length - 1;) {
      if (wu(e)) return {};
      let t = Cu(r[i]);
      (!e[t] && n && (e[t] = new n()), (e = Object.prototype.hasOwnProperty.call(e, t) ? e[t] : {}), ++i);
    }
    return wu(e) ? {} : { obj: e, k: Cu(r[i]) };
  },
  Eu = (e, t, n) => {
    let { obj: r, k: i } = Tu(e, t, Object);
    if (r !== void 0 || t.length === 1) {
      r[i] = n;
      return;
    }
    let a = t[t.length - 1],
      o = t.slice(0, t.length - 1),
      s = Tu(e, o, Object);
    for (; s.obj === void 0 && o.length;)
      ((a = `${o[o.length - 1]}.${a}`),
        (o = o.slice(0, o.length - 1)),
        (s = Tu(e, o, Object)),
        s?.obj && s.obj[`${s.k}.${a}`] !== void 0 && (s.obj = void 0));
    s.obj[`${s.k}.${a}`] = n;
  },
  Du = (e, t, n, r) => {
    let { obj: i, k: a } = Tu(e, t, Object);
    ((i[a] = i[a] || []), i[a].push(n));
  },
  Ou = (e, t) => {
    let { obj: n, k: r } = Tu(e, t);
    if (n && Object.prototype.hasOwnProperty.call(n, r)) return n[r];
  },
  ku = (e, t, n) => {
    let r = Ou(e, n);
    return r === void 0 ? Ou(t, n) : r;
  },
  Au = (e, t, n) => {
    for (let r in t)
      r !== `__proto__` &&
        r !== `constructor` &&
        (Object.prototype.hasOwnProperty.call(e, r)
          ? X(e[r]) || e[r] instanceof String || X(t[r]) || t[r] instanceof String
            ? n && (e[r] = t[r])
            : Au(e[r], t[r], n)
          : (e[r] = t[r]));
    return e;
  },
  ju = (e) => e.replace(/[\-\[\]\/\{\}\(\)\*\+\?\.\\\^\$\|]/g, `\\$&`),
  Mu = { '&': `&amp;`, '<': `&lt;`, '>': `&gt;`, '"': `&quot;`, "'": `&#39;`, '/': `&#x2F;` },
  Nu = (e) => (X(e) ? e.replace(/[&<>"'\/]/g, (e) => Mu[e]) : e),
  Pu = class {
    constructor(e) {
      ((this.capacity = e), (this.regExpMap = new Map()), (this.regExpQueue = []));
    }
    getRegExp(e) {
      let t = this.regExpMap.get(e);
      if (t !== void 0) return t;
      let n = new RegExp(e);
      return (
        this.regExpQueue.length === this.capacity && this.regExpMap.delete(this.regExpQueue.shift()),
        this.regExpMap.set(e, n),
        this.regExpQueue.push(e),
        n
      );
    }
  },
  Fu = [` `, `,`, `?`, `!`, `;`],
  Iu = new Pu(20),
  Lu = (e, t, n) => {
    ((t ||= ``), (n ||= ``));
    let r = Fu.filter((e) => !t.includes(e) && !n.includes(e));
    if (r.length === 0) return !0;
    let i = Iu.getRegExp(`(${r.map((e) => (e === `?` ? `\\?` : e)).join(`|`)})`),
      a = !i.test(e);
    if (!a) {
      let t = e.indexOf(n);
      t > 0 && !i.test(e.substring(0, t)) && (a = !0);
    }
    return a;
  },
  Ru = (e, t, n = `.`) => {
    if (!e) return;
    if (e[t]) return Object.prototype.hasOwnProperty.call(e, t) ? e[t] : void 0;
    let r = t.split(n),
      i = e;
    for (let e = 0; e < r.length;) {
      if (!i || typeof i != `object`) return;
      let t,
        a = ``;
      for (let o = e; o < r.length; ++o)
        if (
          (o !== e && (a += n),
          (a += r[o]),
          (t = i[a]),
          (typeof t != `function` && a !== `__proto__`) || Object.prototype.hasOwnProperty.call(i, a) || (t = void 0),
          t !== void 0)
        ) {
          if ([`string`, `number`, `boolean`].includes(typeof t) && o < r.length - 1) continue;
          e += o - e + 1;
          break;
        }
      i = t;
    }
    return i;
  },
  zu = (e) => e?.replace(/_/g, `-`),
  Bu = {
    type: `logger`,
    log(e) {
      this.output(`log`, e);
    },
    warn(e) {
      this.output(`warn`, e);
    },
    error(e) {
      this.output(`error`, e);
    },
    output(e, t) {
      console?.[e]?.apply?.(console, t);
    },
  },
  Z = new (class e {
    constructor(e, t = {}) {
      this.init(e, t);
    }
    init(e, t = {}) {
      ((this.prefix = t.prefix || `i18next:`),
        (this.logger = e || Bu),
        (this.options = t),
        (this.debug = t.debug),
        (this.seen = new Set()));
    }
    log(...e) {
      return this.forward(e, `log`, ``, !0);
    }
    warn(...e) {
      return this.forward(e, `warn`, ``, !0);
    }
    error(...e) {
      return this.forward(e, `error`, ``);
    }
    deprecate(...e) {
      return this.forward(e, `warn`, `WARNING DEPRECATED: `, !0);
    }
    once(e, t, ...n) {
      return !this.debug || this.seen.has(e) || this.seen.size >= 1e3 ? null : (this.seen.add(e), this[t](...n));
    }
    forward(e, t, n, r) {
      return r && !this.debug
        ? null
        : ((e = e.map((e) => (X(e) ? e.replace(/[\r\n\x00-\x1F\x7F]/g, ` `) : e))),
          X(e[0]) && (e[0] = `${n}${this.prefix} ${e[0]}`),
          this.logger[t](e));
    }
    create(t) {
      return new e(this.logger, { prefix: `${this.prefix}:${t}:`, ...this.options });
    }
    clone(t) {
      return ((t ||= this.options), (t.prefix = t.prefix || this.prefix), new e(this.logger, t));
    }
  })(),
  Vu = class {
    constructor() {
      this.observers = {};
    }
    on(e, t) {
      return (
        e.split(` `).forEach((e) => {
          this.observers[e] || (this.observers[e] = new Map());
          let n = this.observers[e].get(t) || 0;
          this.observers[e].set(t, n + 1);
        }),
        this
      );
    }
    off(e, t) {
      (typeof e == `string` ? e.split(` `) : [e]).forEach((e) => {
        this.observers[e] && (t ? this.observers[e].delete(t) : delete this.observers[e]);
      });
    }
    once(e, t) {
      let n = (...r) => {
        (t(...r), this.off(e, n));
      };
      return (this.on(e, n), this);
    }
    emit(e, ...t) {
      (this.observers[e] &&
        Array.from(this.observers[e].entries()).forEach(([e, n]) => {
          for (let r = 0; r < n; r++) e(...t);
        }),
        this.observers[`*`] &&
          Array.from(this.observers[`*`].entries()).forEach(([n, r]) => {
            for (let i = 0; i < r; i++) n(e, ...t);
          }));
    }
  },
  Hu = new WeakSet(),
  Uu = class extends Vu {
    constructor(e, t = { ns: [`translation`], defaultNS: `translation` }) {
      (super(),
        (this.data = e || {}),
        (this.options = t),
        (this.logger = Z.create(`resourceStore`)),
        this.options.keySeparator === void 0 && (this.options.keySeparator = `.`),
        this.options.ignoreJSONStructure === void 0 && (this.options.ignoreJSONStructure = !0));
    }
    addNamespaces(e) {
      this.options.ns.includes(e) || this.options.ns.push(e);
    }
    removeNamespaces(e) {
      let t = this.options.ns.indexOf(e);
      t > -1 && this.options.ns.splice(t, 1);
    }
    deprecateDottedLng(e) {
      this.logger.once(
        e,
        `deprecate`,
        `${e}: a dotted language ('en.translation.key') that carries the namespace and key is removed in v27; pass language, namespace and key as separate arguments`,
      );
    }
    getResource(e, t, n, r = {}) {
      let i = r.keySeparator === void 0 ? this.options.keySeparator : r.keySeparator,
        a = r.ignoreJSONStructure === void 0 ? this.options.ignoreJSONStructure : r.ignoreJSONStructure,
        o;
      e.includes(`.`)
        ? (this.deprecateDottedLng(`getResource`), (o = e.split(`.`)))
        : ((o = [e, t]), n && (Array.isArray(n) ? o.push(...n) : X(n) && i ? o.push(...n.split(i)) : o.push(n)));
      let s = Ou(this.data, o);
      return (
        s == null && !t && !n && e.includes(`.`) && ((e = o[0]), (t = o[1]), (n = o.slice(2).join(`.`))),
        s != null || !a || !X(n) ? s : Ru(this.data?.[e]?.[t], n, i)
      );
    }
    addResource(e, t, n, r, i = { silent: !1 }) {
      let a = i.keySeparator === void 0 ? this.options.keySeparator : i.keySeparator,
        o = [e, t];
      (n && (o = o.concat(a ? n.split(a) : n)),
        e.includes(`.`) && (this.deprecateDottedLng(`addResource`), (o = e.split(`.`)), (r = t), (t = o[1])),
        this.addNamespaces(t),
        Eu(this.data, o, r),
        i.silent || this.emit(`added`, e, t, n, r));
    }
    addResources(e, t, n, r = { silent: !1 }) {
      for (let r in n) (X(n[r]) || Array.isArray(n[r])) && this.addResource(e, t, r, n[r], { silent: !0 });
      r.silent || this.emit(`added`, e, t, n);
    }
    addResourceBundle(e, t, n, r, i, a = { silent: !1, skipCopy: !1 }) {
      let o = [e, t];
      (e.includes(`.`) && (this.deprecateDottedLng(`addResourceBundle`), (o = e.split(`.`)), (r = n), (n = t), (t = o[1])),
        this.addNamespaces(t));
      let s = Ou(this.data, o) || {};
      (a.skipCopy || (n = JSON.parse(JSON.stringify(n))),
        r ? Au(s, n, i) : (s = { ...s, ...n }),
        Eu(this.data, o, s),
        a.silent || this.emit(`added`, e, t, n));
    }
    removeResourceBundle(e, t) {
      (this.hasResourceBundle(e, t) && delete this.data[e][t], this.removeNamespaces(t), this.emit(`removed`, e, t));
    }
    hasResourceBundle(e, t) {
      return this.getResource(e, t) !== void 0;
    }
    getResourceBundle(e, t) {
      return ((t ||= this.options.defaultNS), this.getResource(e, t));
    }
    getDataByLanguage(e) {
      return this.data[e];
    }
    hasLanguageSomeTranslations(e) {
      let t = this.getDataByLanguage(e);
      return !!((t && Object.keys(t)) || []).find((e) => {
        let n = t[e];
        return Hu.has(n) ? !0 : !n || Object.keys(n).length === 0 ? !1 : (typeof n == `object` && Hu.add(n), !0);
      });
    }
    toJSON() {
      return this.data;
    }
  },
  Wu = {
    processors: {},
    addPostProcessor(e) {
      this.processors[e.name] = e;
    },
    handle(e, t, n, r, i) {
      return (
        e.forEach((e) => {
          t = this.processors[e]?.process(t, n, r, i) ?? t;
        }),
        t
      );
    },
  },
  Gu = Symbol(`i18next/PATH_KEY`);
function Ku() {
  let e = [],
    t = Object.create(null),
    n;
  return (
    (t.get = (r, i) => (n?.revoke?.(), i === Gu ? e : (e.push(i), (n = Proxy.revocable(r, t)), n.proxy))),
    Proxy.revocable(Object.create(null), t).proxy
  );
}
function qu(e, t) {
  let { [Gu]: n } = e(Ku()),
    r = t?.keySeparator ?? `.`,
    i = t?.nsSeparator ?? `:`,
    a = t?.enableSelector === `strict`;
  if (n.length > 1 && i) {
    let e = t?.ns,
      o = a ? (Array.isArray(e) ? e : e ? [e] : null) : Array.isArray(e) ? e : null;
    if (o && (a ? o : o.length > 1 ? o.slice(1) : []).includes(n[0])) return `${n[0]}${i}${n.slice(1).join(r)}`;
  }
  return n.join(r);
}
var Ju = (e) => !X(e) && typeof e != `boolean` && typeof e != `number`,
  Yu = class e extends Vu {
    constructor(e, t = {}) {
      (super(),
        xu(
          [
            `resourceStore`,
            `languageUtils`,
            `pluralResolver`,
            `interpolator`,
            `backendConnector`,
            `i18nFormat`,
            `utils`,
            `ownPostProcessors`,
          ],
          e,
          this,
        ),
        (this.options = t),
        this.options.keySeparator === void 0 && (this.options.keySeparator = `.`),
        (this.logger = Z.create(`translator`)),
        (this.checkedLoadedFor = {}));
    }
    changeLanguage(e) {
      e && (this.language = e);
    }
    exists(e, t = { interpolation: {} }) {
      let n = { ...t };
      if (e == null) return !1;
      let r = this.resolve(e, n);
      if (r?.res === void 0) return !1;
      let i = Ju(r.res);
      return !(n.returnObjects === !1 && i);
    }
    extractFromKey(e, t) {
      let n = t.nsSeparator === void 0 ? this.options.nsSeparator : t.nsSeparator;
      n === void 0 && (n = `:`);
      let r = t.keySeparator === void 0 ? this.options.keySeparator : t.keySeparator,
        i = t.ns || this.options.defaultNS || [],
        a = n && e.includes(n),
        o =
          !this.options.userDefinedKeySeparator &&
          !t.keySeparator &&
          !this.options.userDefinedNsSeparator &&
          !t.nsSeparator &&
          !Lu(e, n, r);
      if (a && !o) {
        let t = e.match(this.interpolator.nestingRegexp);
        if (t && t.length > 0) return { key: e, namespaces: X(i) ? [i] : i };
        let a = e.split(n);
        ((n !== r || (n === r && this.options.ns.includes(a[0]))) && (i = a.shift()), (e = a.join(r)));
      }
      return { key: e, namespaces: X(i) ? [i] : i };
    }
    translate(t, n, r) {
      let i = typeof n == `object` ? { ...n } : n;
      if (
        (typeof i != `object` &&
          this.options.overloadTranslationOptionHandler &&
          (i = this.options.overloadTranslationOptionHandler(arguments)),
        typeof i == `object` && (i = { ...i }),
        (i ||= {}),
        t == null)
      )
        return ``;
      (typeof t == `function` && (t = qu(t, { ...this.options, ...i })),
        Array.isArray(t) || (t = [String(t)]),
        (t = t.map((e) => (typeof e == `function` ? qu(e, { ...this.options, ...i }) : String(e)))));
      let a = i.returnDetails === void 0 ? this.options.returnDetails : i.returnDetails,
        o = i.keySeparator === void 0 ? this.options.keySeparator : i.keySeparator,
        { key: s, namespaces: c } = this.extractFromKey(t[t.length - 1], i),
        l = c[c.length - 1],
        u = i.nsSeparator === void 0 ? this.options.nsSeparator : i.nsSeparator;
      u === void 0 && (u = `:`);
      let d = i.lng || this.language,
        f = i.appendNamespaceToCIMode || this.options.appendNamespaceToCIMode;
      if (d?.toLowerCase() === `cimode`)
        return f
          ? a
            ? { res: `${l}${u}${s}`, usedKey: s, exactUsedKey: s, usedLng: d, usedNS: l, usedParams: this.getUsedParamsDetails(i) }
            : `${l}${u}${s}`
          : a
            ? { res: s, usedKey: s, exactUsedKey: s, usedLng: d, usedNS: l, usedParams: this.getUsedParamsDetails(i) }
            : s;
      let p = this.resolve(t, i),
        m = p?.res,
        h = p?.usedKey || s,
        ee = p?.exactUsedKey || s,
        g = [`[object Number]`, `[object Function]`, `[object RegExp]`],
        te = i.joinArrays === void 0 ? this.options.joinArrays : i.joinArrays,
        _ = !this.i18nFormat || this.i18nFormat.handleAsObject,
        ne = i.count !== void 0 && !X(i.count),
        v = e.hasDefaultValue(i),
        y = ne ? this.pluralResolver.getSuffix(d, i.count, i) : ``,
        b = i.ordinal && ne ? this.pluralResolver.getSuffix(d, i.count, { ordinal: !1 }) : ``,
        x = ne && !i.ordinal && i.count === 0,
        S = (x && i[`defaultValue${this.options.pluralSeparator}zero`]) || i[`defaultValue${y}`] || i[`defaultValue${b}`] || i.defaultValue,
        C = m;
      _ && !m && v && (C = S);
      let re = Ju(C),
        ie = Object.prototype.toString.apply(C);
      if (_ && C && re && !g.includes(ie) && !(X(te) && Array.isArray(C))) {
        if (!i.returnObjects && !this.options.returnObjects) {
          this.options.returnedObjectHandler ||
            (this.logger.warn(`accessing an object - but returnObjects options is not enabled!`),
            this.logger.once(
              `returnedObject`,
              `deprecate`,
              `accessing an object without returnObjects returns a sentence about it today; from v27 t() returns the key, as for a missing key (returnedObjectHandler can keep today's text)`,
            ));
          let e = this.options.returnedObjectHandler
            ? this.options.returnedObjectHandler(h, C, { ...i, ns: c })
            : `key '${s} (${this.language})' returned an object instead of string.`;
          return a ? ((p.res = e), (p.usedParams = this.getUsedParamsDetails(i)), p) : e;
        }
        if (o) {
          let e = Array.isArray(C),
            t = e ? [] : {},
            n = e ? ee : h;
          for (let e in C)
            if (Object.prototype.hasOwnProperty.call(C, e)) {
              let r = `${n}${o}${e}`;
              ((t[e] =
                v && !m
                  ? this.translate(r, { ...i, defaultValue: Ju(S) ? S[e] : void 0, joinArrays: !1, ns: c })
                  : this.translate(r, { ...i, joinArrays: !1, ns: c })),
                t[e] === r && (t[e] = C[e]));
            }
          m = t;
        }
      } else if (_ && X(te) && Array.isArray(m)) ((m = m.join(te)), (m &&= this.extendTranslation(m, t, i, p, r)));
      else {
        let e = !1,
          n = !1;
        (!this.isValidLookup(m) && v && ((e = !0), (m = S)), this.isValidLookup(m) || ((n = !0), (m = s)));
        let a = (i.missingKeyNoValueFallbackToKey || this.options.missingKeyNoValueFallbackToKey) && n ? void 0 : m,
          c = v && S !== m && this.options.updateMissing;
        if (n || e || c) {
          if (
            (this.logger.log(
              c ? `updateKey` : `missingKey`,
              d,
              l,
              ne && !c ? `${s}${this.pluralResolver.getSuffix(d, i.count, i)}` : s,
              c ? S : m,
            ),
            o)
          ) {
            let e = this.resolve(s, { ...i, keySeparator: !1 });
            e &&
              e.res &&
              this.logger.warn(
                `Seems the loaded translations were in flat JSON format instead of nested. Either set keySeparator: false on init or make sure your translations are published in nested format.`,
              );
          }
          let e = [],
            t = this.languageUtils.getFallbackCodes(this.options.fallbackLng, i.lng || this.language);
          if (this.options.saveMissingTo === `fallback` && t && t[0]) for (let n = 0; n < t.length; n++) e.push(t[n]);
          else
            this.options.saveMissingTo === `all`
              ? (e = this.languageUtils.toResolveHierarchy(i.lng || this.language))
              : e.push(i.lng || this.language);
          let n = (e, t, n) => {
            let r = v && n !== m ? n : a;
            (this.options.missingKeyHandler
              ? this.options.missingKeyHandler(e, l, t, r, c, i)
              : this.backendConnector?.saveMissing &&
                this.backendConnector.saveMissing(e, l, t, r, c, i, void 0, this.utils?.hasLoadedNamespace),
              this.emit(`missingKey`, e, l, t, m));
          };
          this.options.saveMissing &&
            (this.options.saveMissingPlurals && ne
              ? e.forEach((e) => {
                  let t = this.pluralResolver.getSuffixes(e, i);
                  (x &&
                    i[`defaultValue${this.options.pluralSeparator}zero`] &&
                    !t.includes(`${this.options.pluralSeparator}zero`) &&
                    t.push(`${this.options.pluralSeparator}zero`),
                    t.forEach((t) => {
                      n([e], s + t, i[`defaultValue${t}`] || S);
                    }));
                })
              : n(e, s, S));
        }
        ((m = this.extendTranslation(m, t, i, p, r)),
          n && m === s && this.options.appendNamespaceToMissingKey && (m = `${l}${u}${s}`),
          (n || e) &&
            this.options.parseMissingKeyHandler &&
            (m = this.options.parseMissingKeyHandler(this.options.appendNamespaceToMissingKey ? `${l}${u}${s}` : s, e ? m : void 0, i)));
      }
      return a ? ((p.res = m), (p.usedParams = this.getUsedParamsDetails(i)), p) : m;
    }
    extendTranslation(e, t, n, r, i) {
      if (this.i18nFormat?.parse)
        e = this.i18nFormat.parse(
          e,
          { ...this.options.interpolation.defaultVariables, ...n },
          n.lng || this.language || r.usedLng,
          r.usedNS,
          r.usedKey,
          { resolved: r },
        );
      else if (!n.skipInterpolation) {
        n.interpolation && this.interpolator.init({ ...n, interpolation: { ...this.options.interpolation, ...n.interpolation } });
        let a =
            X(e) &&
            (n?.interpolation?.skipOnVariables === void 0 ? this.options.interpolation.skipOnVariables : n.interpolation.skipOnVariables),
          o;
        if (a) {
          let t = e.match(this.interpolator.nestingRegexp);
          o = t && t.length;
        }
        let s = n.replace && !X(n.replace) ? n.replace : n;
        if (
          (this.options.interpolation.defaultVariables && (s = { ...this.options.interpolation.defaultVariables, ...s }),
          (e = this.interpolator.interpolate(e, s, n.lng || this.language || r.usedLng, n)),
          a)
        ) {
          let t = e.match(this.interpolator.nestingRegexp),
            r = t && t.length;
          o < r && (n.nest = !1);
        }
        (!n.lng && r && r.res && (n.lng = this.language || r.usedLng),
          n.nest !== !1 &&
            (e = this.interpolator.nest(
              e,
              (...e) =>
                i?.[0] === e[0] && !n.context
                  ? (this.logger.warn(`It seems you are nesting recursively key: ${e[0]} in key: ${t[0]}`), null)
                  : this.translate(...e, t),
              n,
            )),
          n.interpolation && this.interpolator.reset());
      }
      let a = n.postProcess || this.options.postProcess,
        o = X(a) ? [a] : a;
      return (
        e != null &&
          o?.length &&
          n.applyPostProcessor !== !1 &&
          (o.forEach((e) => {
            this.logger.debug &&
              Wu.processors[e] &&
              this.ownPostProcessors &&
              !this.ownPostProcessors.has(e) &&
              this.logger.once(
                e,
                `deprecate`,
                `postProcess: '${e}' was registered with use() on another i18next instance; from v27 post-processors are per instance, so call use() with it on this instance too`,
              );
          }),
          (e = Wu.handle(
            o,
            e,
            t,
            this.options && this.options.postProcessPassResolved
              ? { i18nResolved: { ...r, usedParams: this.getUsedParamsDetails(n) }, ...n }
              : n,
            this,
          ))),
        e
      );
    }
    resolve(e, t = {}) {
      let n, r, i, a, o;
      return (
        X(e) && (e = [e]),
        Array.isArray(e) && (e = e.map((e) => (typeof e == `function` ? qu(e, { ...this.options, ...t }) : e))),
        e.forEach((e) => {
          if (this.isValidLookup(n)) return;
          let s = this.extractFromKey(e, t),
            c = s.key;
          r = c;
          let l = s.namespaces;
          this.options.fallbackNS && (l = l.concat(this.options.fallbackNS));
          let u = t.count !== void 0 && !X(t.count),
            d = u && !t.ordinal && t.count === 0,
            f = t.context !== void 0 && (X(t.context) || typeof t.context == `number`) && t.context !== ``,
            p = t.lngs ? t.lngs : this.languageUtils.toResolveHierarchy(t.lng || this.language, t.fallbackLng);
          l.forEach((e) => {
            this.isValidLookup(n) ||
              ((o = e),
              !this.checkedLoadedFor[`${p[0]}-${e}`] &&
                this.utils?.hasLoadedNamespace &&
                !this.utils?.hasLoadedNamespace(o) &&
                ((this.checkedLoadedFor[`${p[0]}-${e}`] = !0),
                this.logger.warn(
                  `key "${r}" for languages "${p.join(`, `)}" won't get resolved as namespace "${o}" was not yet loaded`,
                  `This means something IS WRONG in your setup. You access the t function before i18next.init / i18next.loadNamespace / i18next.changeLanguage was done. Wait for the callback or Promise to resolve before accessing it!!!`,
                )),
              p.forEach((r) => {
                if (this.isValidLookup(n)) return;
                a = r;
                let o = [c];
                if (this.i18nFormat?.addLookupKeys) this.i18nFormat.addLookupKeys(o, c, r, e, t);
                else {
                  let e;
                  u && (e = this.pluralResolver.getSuffix(r, t.count, t));
                  let n = `${this.options.pluralSeparator}zero`,
                    i = `${this.options.pluralSeparator}ordinal${this.options.pluralSeparator}`;
                  if (
                    (u &&
                      (t.ordinal && e.startsWith(i) && o.push(c + e.replace(i, this.options.pluralSeparator)),
                      o.push(c + e),
                      d && o.push(c + n)),
                    f)
                  ) {
                    let r = `${c}${this.options.contextSeparator || `_`}${t.context}`;
                    (o.push(r),
                      u &&
                        (t.ordinal && e.startsWith(i) && o.push(r + e.replace(i, this.options.pluralSeparator)),
                        o.push(r + e),
                        d && o.push(r + n)));
                  }
                }
                let s;
                for (; (s = o.pop());) this.isValidLookup(n) || ((i = s), (n = this.getResource(r, e, s, t)));
              }));
          });
        }),
        { res: n, usedKey: r, exactUsedKey: i, usedLng: a, usedNS: o }
      );
    }
    isValidLookup(e) {
      return e !== void 0 && !(!this.options.returnNull && e === null) && !(!this.options.returnEmptyString && e === ``);
    }
    getResource(e, t, n, r = {}) {
      return this.i18nFormat?.getResource ? this.i18nFormat.getResource(e, t, n, r) : this.resourceStore.getResource(e, t, n, r);
    }
    getUsedParamsDetails(e = {}) {
      let t = [
          `defaultValue`,
          `ordinal`,
          `context`,
          `replace`,
          `lng`,
          `lngs`,
          `fallbackLng`,
          `ns`,
          `keySeparator`,
          `nsSeparator`,
          `returnObjects`,
          `returnDetails`,
          `joinArrays`,
          `postProcess`,
          `interpolation`,
        ],
        n = e.replace && !X(e.replace),
        r = n ? e.replace : e;
      if (
        (n && e.count !== void 0 && (r = { ...r, count: e.count }),
        this.options.interpolation.defaultVariables && (r = { ...this.options.interpolation.defaultVariables, ...r }),
        !n)
      ) {
        r = { ...r };
        for (let e of t) delete r[e];
      }
      return r;
    }
    static hasDefaultValue(e) {
      for (let t in e) if (Object.prototype.hasOwnProperty.call(e, t) && t.startsWith(`defaultValue`) && e[t] !== void 0) return !0;
      return !1;
    }
  },
  Xu = class {
    constructor(e) {
      ((this.options = e),
        (this.supportedLngs = this.options.supportedLngs || !1),
        (this.logger = Z.create(`languageUtils`)),
        (this.resolveHierarchyCache = {}));
    }
    clearCache() {
      this.resolveHierarchyCache = {};
    }
    getScriptPartFromCode(e) {
      if (((e = zu(e)), !e || !e.includes(`-`))) return null;
      let t = e.split(`-`);
      return t.length === 2 || (t.pop(), t[t.length - 1].toLowerCase() === `x`) ? null : this.formatLanguageCode(t.join(`-`));
    }
    getLanguagePartFromCode(e) {
      if (((e = zu(e)), !e || !e.includes(`-`))) return e;
      let t = e.split(`-`);
      return this.formatLanguageCode(t[0]);
    }
    formatLanguageCode(e) {
      if (X(e) && e.includes(`-`)) {
        let t;
        try {
          t = Intl.getCanonicalLocales(e)[0];
        } catch {}
        return (t && this.options.lowerCaseLng && (t = t.toLowerCase()), t || (this.options.lowerCaseLng ? e.toLowerCase() : e));
      }
      let t = this.options.cleanCode || this.options.lowerCaseLng ? e.toLowerCase() : e;
      return (this.logger.debug && X(e) && this.deprecateBareCode(e, t), t);
    }
    deprecateBareCode(e, t) {
      let n;
      try {
        n = Intl.getCanonicalLocales(e)[0];
      } catch {
        return;
      }
      let r = n.toLowerCase() === e.toLowerCase() ? n : e.toLowerCase();
      (this.options.lowerCaseLng && (r = r.toLowerCase()),
        r !== t &&
          this.logger.once(
            e,
            `deprecate`,
            `language code '${e}' is used as '${t}'; i18next v27 gives it the canonical casing '${r}', use '${r}' in lng, fallbackLng, supportedLngs and the resources`,
          ));
    }
    isSupportedCode(e) {
      return (
        (this.options.load === `languageOnly` || this.options.nonExplicitSupportedLngs) && (e = this.getLanguagePartFromCode(e)),
        !this.supportedLngs || !this.supportedLngs.length || this.supportedLngs.includes(e)
      );
    }
    getBestMatchFromCodes(e) {
      if (!e) return null;
      let t;
      return (
        e.forEach((e) => {
          if (t) return;
          let n = this.formatLanguageCode(e);
          (!this.options.supportedLngs || this.isSupportedCode(n)) && (t = n);
        }),
        !t &&
          this.options.supportedLngs &&
          e.forEach((e) => {
            if (t) return;
            let n = this.getScriptPartFromCode(e);
            if (this.isSupportedCode(n)) return (t = n);
            let r = this.getLanguagePartFromCode(e);
            if (this.isSupportedCode(r)) return (t = r);
            t = this.options.supportedLngs.find((e) =>
              e === r
                ? !0
                : !e.includes(`-`) && !r.includes(`-`)
                  ? !1
                  : !(!e.includes(`-`) || r.includes(`-`) || e.slice(0, e.indexOf(`-`)) !== r),
            );
          }),
        (t ||= this.getFallbackCodes(this.options.fallbackLng)[0]),
        t
      );
    }
    getFallbackCodes(e, t) {
      if (!e) return [];
      if ((typeof e == `function` && (e = e(t)), X(e) && (e = [e]), Array.isArray(e))) return e;
      if (!t) return e.default || [];
      let n = e[t];
      return (
        (n ||= e[this.getScriptPartFromCode(t)]),
        (n ||= e[this.formatLanguageCode(t)]),
        (n ||= e[this.getLanguagePartFromCode(t)]),
        (n ||= e.default),
        n || []
      );
    }
    toResolveHierarchy(e, t) {
      let n = this.options.fallbackLng,
        r = Array.isArray(n) ? n.join(`|`) : n;
      r !== this._cachedFallbackLng && ((this.resolveHierarchyCache = {}), (this._cachedFallbackLng = r));
      let i = t === void 0 || t === !1 || X(t),
        a = t === void 0 && typeof this.options.fallbackLng == `function`,
        o = X(e) && i && !a,
        s = null;
      if (o) {
        let n;
        ((n = t === void 0 ? `undefined` : t === !1 ? `boolean:false` : `string:${t}`), (s = `${e.length}:${e}|${n}`));
      }
      if (s !== null) {
        let e = this.resolveHierarchyCache[s];
        if (e !== void 0) return e.slice();
      }
      let c = this.getFallbackCodes((t === !1 ? [] : t) || this.options.fallbackLng || [], e),
        l = [],
        u = (e) => {
          e && (this.isSupportedCode(e) ? l.push(e) : this.logger.warn(`rejecting language code not found in supportedLngs: ${e}`));
        };
      return (
        X(e) && (e.includes(`-`) || e.includes(`_`))
          ? (this.options.load !== `languageOnly` && u(this.formatLanguageCode(e)),
            this.options.load !== `languageOnly` && this.options.load !== `currentOnly` && u(this.getScriptPartFromCode(e)),
            this.options.load !== `currentOnly` && u(this.getLanguagePartFromCode(e)))
          : X(e) && u(this.formatLanguageCode(e)),
        c.forEach((e) => {
          let t = this.formatLanguageCode(e);
          l.includes(t) || u(t);
        }),
        s === null ? l : ((this.resolveHierarchyCache[s] = l), l.slice())
      );
    }
  },
  Zu = { zero: 0, one: 1, two: 2, few: 3, many: 4, other: 5 },
  Qu = { select: (e) => (e === 1 ? `one` : `other`), resolvedOptions: () => ({ pluralCategories: [`one`, `other`] }) },
  $u = class {
    constructor(e, t = {}) {
      ((this.languageUtils = e), (this.options = t), (this.logger = Z.create(`pluralResolver`)), (this.pluralRulesCache = {}));
    }
    clearCache() {
      this.pluralRulesCache = {};
    }
    getRule(e, t = {}) {
      let n = zu(e === `dev` ? `en` : e),
        r = t.ordinal ? `ordinal` : `cardinal`,
        i = JSON.stringify({ cleanedCode: n, type: r });
      if (i in this.pluralRulesCache) return this.pluralRulesCache[i];
      let a;
      try {
        a = new Intl.PluralRules(n, { type: r });
      } catch {
        if (typeof Intl > `u`) return (this.logger.error(`No Intl support, please use an Intl polyfill!`), Qu);
        if (!e.match(/-|_/)) return Qu;
        let n = this.languageUtils.getLanguagePartFromCode(e);
        a = this.getRule(n, t);
      }
      return ((this.pluralRulesCache[i] = a), a);
    }
    needsPlural(e, t = {}) {
      let n = this.getRule(e, t);
      return ((n ||= this.getRule(`dev`, t)), n?.resolvedOptions().pluralCategories.length > 1);
    }
    getPluralFormsOfKey(e, t, n = {}) {
      return this.getSuffixes(e, n).map((e) => `${t}${e}`);
    }
    getSuffixes(e, t = {}) {
      let n = this.getRule(e, t);
      return (
        (n ||= this.getRule(`dev`, t)),
        n
          ? n
              .resolvedOptions()
              .pluralCategories.sort((e, t) => Zu[e] - Zu[t])
              .map((e) => `${this.options.prepend}${t.ordinal ? `ordinal${this.options.prepend}` : ``}${e}`)
          : []
      );
    }
    getSuffix(e, t, n = {}) {
      let r = this.getRule(e, n);
      return r
        ? `${this.options.prepend}${n.ordinal ? `ordinal${this.options.prepend}` : ``}${r.select(t)}`
        : (this.logger.warn(`no plural rule found for: ${e}`), this.getSuffix(`dev`, t, n));
    }
  },
  ed = (e, t, n, r = `.`, i = !0) => {
    let a = ku(e, t, n);
    return (a == null && i && X(n) && ((a = Ru(e, n, r)), a === void 0 && (a = Ru(t, n, r))), a);
  },
  td = class {
    constructor(e = {}) {
      ((this.logger = Z.create(`interpolator`)), (this.options = e), (this.format = e?.interpolation?.format || ((e) => e)), this.init(e));
    }
    init(e = {}) {
      e.interpolation ||= { escapeValue: !0 };
      let {
        escape: t,
        escapeValue: n,
        useRawValueToEscape: r,
        prefix: i,
        prefixEscaped: a,
        suffix: o,
        suffixEscaped: s,
        formatSeparator: c,
        unescapeSuffix: l,
        unescapePrefix: u,
        nestingPrefix: d,
        nestingPrefixEscaped: f,
        nestingSuffix: p,
        nestingSuffixEscaped: m,
        nestingOptionsSeparator: h,
        maxReplaces: ee,
        alwaysFormat: g,
      } = e.interpolation;
      if (a || s || f || m) {
        let e = Object.entries({ prefixEscaped: a, suffixEscaped: s, nestingPrefixEscaped: f, nestingSuffixEscaped: m })
          .filter(([, e]) => e)
          .map(([e]) => e);
        this.logger.once(
          e.join(),
          `deprecate`,
          `interpolation.${e.join(`, interpolation.`)}: the regex-escaped delimiter options are removed in v27; pass the literal delimiters as prefix, suffix, nestingPrefix and nestingSuffix`,
        );
      }
      ((this.escape = t === void 0 ? Nu : t),
        (this.escapeValue = n === void 0 || n),
        (this.useRawValueToEscape = r !== void 0 && r),
        (this.prefix = i ? ju(i) : a || `{{`),
        (this.suffix = o ? ju(o) : s || `}}`),
        (this.formatSeparator = c || `,`),
        (this.unescapePrefix = l ? `` : u ? ju(u) : `-`),
        (this.unescapeSuffix = this.unescapePrefix ? `` : l ? ju(l) : ``),
        (this.nestingPrefix = d ? ju(d) : f || ju(`$t(`)),
        (this.nestingSuffix = p ? ju(p) : m || ju(`)`)),
        (this.nestingOptionsSeparator = h || `,`),
        (this.maxReplaces = ee || 1e3),
        (this.alwaysFormat = g !== void 0 && g),
        this.resetRegExp());
    }
    reset() {
      this.options && this.init(this.options);
    }
    resetRegExp() {
      let e = (e, t) => (e?.source === t ? ((e.lastIndex = 0), e) : new RegExp(t, `g`));
      ((this.regexp = e(this.regexp, `${this.prefix}(.+?)${this.suffix}`)),
        (this.regexpUnescape = e(this.regexpUnescape, `${this.prefix}${this.unescapePrefix}(.+?)${this.unescapeSuffix}${this.suffix}`)),
        (this.nestingRegexp = e(
          this.nestingRegexp,
          `${this.nestingPrefix}((?:[^()"']|"[^"]*"|'[^']*'|\\((?:[^()"']|"[^"]*"|'[^']*')*\\))*?)${this.nestingSuffix}`,
        )));
    }
    interpolate(e, t, n, r) {
      let i,
        a,
        o,
        s = e,
        c = (this.options && this.options.interpolation && this.options.interpolation.defaultVariables) || {},
        l = (e) => {
          if (!e.includes(this.formatSeparator)) {
            let i = ed(t, c, e, this.options.keySeparator, this.options.ignoreJSONStructure);
            return this.alwaysFormat ? this.format(i, void 0, n, { ...r, ...t, interpolationkey: e }) : i;
          }
          let i = e.split(this.formatSeparator),
            a = i.shift().trim(),
            o = i.join(this.formatSeparator).trim();
          return this.format(ed(t, c, a, this.options.keySeparator, this.options.ignoreJSONStructure), o, n, {
            ...r,
            ...t,
            interpolationkey: a,
          });
        };
      (this.resetRegExp(),
        !this.escapeValue &&
          typeof e == `string` &&
          /\$t\([^)]*\{[^}]*\{\{/.test(e) &&
          this.logger.warn(
            `nesting options string contains interpolated variables with escapeValue: false — if any of those values are attacker-controlled they can inject additional nesting options (e.g. redirect lng/ns). Sanitise untrusted input before passing it to t(), or keep escapeValue: true.`,
          ));
      let u = r?.missingInterpolationHandler || this.options.missingInterpolationHandler,
        d = r?.interpolation?.skipOnVariables === void 0 ? this.options.interpolation.skipOnVariables : r.interpolation.skipOnVariables,
        f = [
          { regex: this.regexpUnescape, safeValue: (e) => e },
          {
            regex: this.regexp,
            safeValue: (e) =>
              this.escapeValue
                ? (this.escape === Nu &&
                    this.options?.interpolation?.escapeValue !== !1 &&
                    X(e) &&
                    e.includes(`/`) &&
                    this.logger.once(
                      `/`,
                      `deprecate`,
                      `escapeValue renders '/' in a value as '&#x2F;' today; from v27 the default escape leaves '/' as it is`,
                    ),
                  this.escape(e))
                : e,
          },
        ],
        p = [],
        m = 0;
      return (
        f.forEach((t) => {
          for (o = 0; (i = t.regex.exec(e));) {
            let n = i.index - m,
              c = p.find(([e, t]) => n >= e && n < t);
            if (c) {
              t.regex.lastIndex = c[1] + m;
              continue;
            }
            let f = i[1].trim();
            if (((a = l(f)), a === void 0)) {
              if (typeof u == `function`) {
                let t = u(e, i, r);
                a = X(t) ? t : ``;
              } else if (r && Object.prototype.hasOwnProperty.call(r, f)) a = ``;
              else if (d) {
                (this.logger.debug &&
                  this.logger.once(`${s}\u0000${i[0]}`, `warn`, `missed to pass in variable ${f} for interpolating ${s}`),
                  (a = i[0]));
                continue;
              } else (this.logger.warn(`missed to pass in variable ${f} for interpolating ${e}`), (a = ``));
            } else !X(a) && !this.useRawValueToEscape && (a = vu(a));
            let h = vu(t.safeValue(a));
            if (
              ((e = e.slice(0, i.index) + h + e.slice(i.index + i[0].length)),
              d
                ? (t.regex === this.regexpUnescape ? p.push([i.index, i.index + h.length]) : (m += h.length - i[0].length),
                  (t.regex.lastIndex += h.length),
                  (t.regex.lastIndex -= i[0].length))
                : (t.regex.lastIndex = 0),
              o++,
              o >= this.maxReplaces)
            )
              break;
          }
        }),
        e
      );
    }
    nest(e, t, n = {}) {
      let r,
        i,
        a,
        o = (e, t) => {
          let n = this.nestingOptionsSeparator;
          if (!e.includes(n)) return e;
          let r = e.split(RegExp(`${ju(n)}[ ]*{`)),
            i = `{${r[1]}`;
          ((e = r[0]), (i = this.interpolate(i, a)));
          let o = i.match(/'/g),
            s = i.match(/"/g);
          (((o?.length ?? 0) % 2 == 0 && !s) || (s?.length ?? 0) % 2 != 0) && (i = i.replace(/'/g, `"`));
          try {
            ((a = JSON.parse(i)), t && (a = { ...t, ...a }));
          } catch (t) {
            return (this.logger.warn(`failed parsing options string in nesting for key ${e}`, t), `${e}${n}${i}`);
          }
          return (a.defaultValue && a.defaultValue.includes(this.prefix) && delete a.defaultValue, e);
        },
        s = new RegExp(this.nestingRegexp),
        c = ``,
        l = 0;
      for (; (r = s.exec(e));) {
        let u = [];
        ((a = { ...n }), (a = a.replace && !X(a.replace) ? a.replace : a), (a.applyPostProcessor = !1), delete a.defaultValue);
        let d = /{.*}/s.test(r[1]) ? r[1].lastIndexOf(`}`) + 1 : r[1].indexOf(this.formatSeparator);
        if (
          (d !== -1 &&
            ((u = r[1]
              .slice(d)
              .split(this.formatSeparator)
              .map((e) => e.trim())
              .filter(Boolean)),
            (r[1] = r[1].slice(0, d))),
          (i = t(o.call(this, r[1].trim(), a), a)),
          i && r[0] === e && !X(i))
        )
          return i;
        (X(i) || (i = vu(i)),
          (i ||= (this.logger.warn(`missed to resolve ${r[1]} for nesting ${e}`), ``)),
          u.length && (i = u.reduce((e, t) => this.format(e, t, n.lng, { ...n, interpolationkey: r[1].trim() }), i.trim())),
          (c += e.slice(l, r.index) + vu(i)),
          (l = s.lastIndex),
          (this.regexp.lastIndex = 0));
      }
      return l ? c + e.slice(l) : e;
    }
  },
  nd = (e) => {
    let t = e.toLowerCase().trim(),
      n = {};
    if (e.includes(`(`)) {
      let r = e.split(`(`);
      t = r[0].toLowerCase().trim();
      let i = r[1].slice(0, -1);
      t === `currency` && !i.includes(`:`)
        ? (n.currency ||= i.trim())
        : t === `relativetime` && !i.includes(`:`)
          ? (n.range ||= i.trim())
          : i.split(`;`).forEach((e) => {
              if (e) {
                let [t, ...r] = e.split(`:`),
                  i = r
                    .join(`:`)
                    .trim()
                    .replace(/^'+|'+$/g, ``),
                  a = t.trim();
                (n[a] || (n[a] = i), i === `false` && (n[a] = !1), i === `true` && (n[a] = !0), isNaN(i) || (n[a] = parseInt(i, 10)));
              }
            });
    }
    return { formatName: t, formatOptions: n };
  },
  rd = (e) => {
    let t = {};
    return (n, r, i) => {
      let a = i;
      i &&
        i.interpolationkey &&
        i.formatParams &&
        i.formatParams[i.interpolationkey] &&
        i[i.interpolationkey] &&
        (a = { ...a, [i.interpolationkey]: void 0 });
      let o;
      try {
        o = r + JSON.stringify(a);
      } catch {
        return e(zu(r), i)(n);
      }
      let s = t[o];
      return (s || ((s = e(zu(r), i)), (t[o] = s)), s(n));
    };
  },
  id = (e) => (t, n, r) => e(zu(n), r)(t),
  ad = class {
    constructor(e = {}) {
      ((this.logger = Z.create(`formatter`)), (this.options = e), this.init(e));
    }
    init(e, t = { interpolation: {} }) {
      this.formatSeparator = t.interpolation.formatSeparator || `,`;
      let n = t.cacheInBuiltFormats ? rd : id;
      this.formats = {
        number: n((e, t) => {
          let n = new Intl.NumberFormat(e, { ...t });
          return (e) => n.format(e);
        }),
        currency: n((e, t) => {
          let n = new Intl.NumberFormat(e, { ...t, style: `currency` });
          return (e) => n.format(e);
        }),
        datetime: n((e, t) => {
          let n = new Intl.DateTimeFormat(e, { ...t });
          return (e) => n.format(e);
        }),
        relativetime: n((e, t) => {
          let n = new Intl.RelativeTimeFormat(e, { ...t });
          return (e) => n.format(e, t.range || `day`);
        }),
        list: n((e, t) => {
          let n = new Intl.ListFormat(e, { ...t });
          return (e) => n.format(e);
        }),
      };
    }
    add(e, t) {
      this.formats[e.toLowerCase().trim()] = t;
    }
    addCached(e, t) {
      this.formats[e.toLowerCase().trim()] = rd(t);
    }
    format(e, t, n, r = {}) {
      if (!t || e == null) return e;
      let i = t.split(this.formatSeparator),
        a = [];
      for (let e = 0; e < i.length; e++) {
        let t = i[e];
        for (; t.indexOf(`(`) > -1 && !t.includes(`)`) && e + 1 < i.length;) t = `${t}${this.formatSeparator}${i[++e]}`;
        a.push(t);
      }
      return a.reduce((e, t) => {
        let { formatName: i, formatOptions: a } = nd(t);
        if (this.formats[i]) {
          let t = e;
          try {
            let o = r?.formatParams?.[r.interpolationkey] || {},
              s = o.locale || o.lng || r.locale || r.lng || n;
            t = this.formats[i](e, s, { ...a, ...r, ...o });
          } catch (e) {
            this.logger.warn(e);
          }
          return t;
        }
        return (this.logger.warn(`there was no format function for ${i}`), e);
      }, e);
    }
  },
  od = (e, t) => {
    e.pending[t] !== void 0 && (delete e.pending[t], e.pendingCount--);
  },
  sd = class extends Vu {
    constructor(e, t, n, r = {}) {
      (super(),
        (this.backend = e),
        (this.store = t),
        (this.services = n),
        (this.languageUtils = n.languageUtils),
        (this.options = r),
        (this.logger = Z.create(`backendConnector`)),
        (this.waitingReads = []),
        (this.maxParallelReads = r.maxParallelReads || 10),
        (this.readingCalls = 0),
        (this.maxRetries = r.maxRetries >= 0 ? r.maxRetries : 5),
        (this.retryTimeout = r.retryTimeout >= 1 ? r.retryTimeout : 350),
        (this.state = {}),
        (this.queue = []),
        this.backend?.init?.(n, r.backend, r),
        (this.callbackApi = bu(this.backend)),
        this.backend &&
          this.callbackApi === void 0 &&
          (this.backend.read || this.backend.create) &&
          this.logger.deprecate(
            `backend: set callbackApi to declare the calling convention (true: read(language, namespace, callback) and create(languages, namespace, key, fallbackValue, callback, options); false: both return a promise or a value); guessing it from the number of parameters is deprecated`,
          ));
    }
    queueLoad(e, t, n, r) {
      let i = {},
        a = {},
        o = {},
        s = {};
      return (
        e.forEach((e) => {
          let r = !0;
          (t.forEach((t) => {
            let o = `${e}|${t}`;
            !n.reload && this.store.hasResourceBundle(e, t)
              ? (this.state[o] = 2)
              : (!n.reload && this.state[o] < 0) ||
                (this.state[o] === 1
                  ? a[o] === void 0 && (a[o] = !0)
                  : ((this.state[o] = 1),
                    (r = !1),
                    a[o] === void 0 && (a[o] = !0),
                    i[o] === void 0 && (i[o] = !0),
                    s[t] === void 0 && (s[t] = !0)));
          }),
            r || (o[e] = !0));
        }),
        (Object.keys(i).length || Object.keys(a).length) &&
          this.queue.push({ pending: a, pendingCount: Object.keys(a).length, loaded: {}, errors: [], callback: r }),
        { toLoad: Object.keys(i), pending: Object.keys(a), toLoadLanguages: Object.keys(o), toLoadNamespaces: Object.keys(s) }
      );
    }
    loaded(e, t, n) {
      let r = e.split(`|`),
        i = r[0],
        a = r[1];
      (t && this.emit(`failedLoading`, i, a, t),
        !t && n && this.store.addResourceBundle(i, a, n, void 0, void 0, { skipCopy: !0 }),
        (this.state[e] = t ? -1 : 2),
        t && n && (this.state[e] = 0));
      let o = {};
      (this.queue.forEach((n) => {
        (Du(n.loaded, [i], a),
          od(n, e),
          t && n.errors.push(t),
          n.pendingCount === 0 &&
            !n.done &&
            (Object.keys(n.loaded).forEach((e) => {
              o[e] || (o[e] = {});
              let t = n.loaded[e];
              t.length &&
                t.forEach((t) => {
                  o[e][t] === void 0 && (o[e][t] = !0);
                });
            }),
            (n.done = !0),
            n.errors.length ? n.callback(n.errors) : n.callback()));
      }),
        this.emit(`loaded`, o),
        (this.queue = this.queue.filter((e) => !e.done)));
    }
    read(e, t, n, r = 0, i = this.retryTimeout, a) {
      if (!e.length) return a(null, {});
      if (this.readingCalls >= this.maxParallelReads) {
        this.waitingReads.push({ lng: e, ns: t, fcName: n, tried: r, wait: i, callback: a });
        return;
      }
      this.readingCalls++;
      let o = (o, s) => {
          if ((this.readingCalls--, this.waitingReads.length > 0)) {
            let e = this.waitingReads.shift();
            this.read(e.lng, e.ns, e.fcName, e.tried, e.wait, e.callback);
          }
          o && s && r < this.maxRetries
            ? setTimeout(() => {
                this.read(e, t, n, r + 1, i * 2, a);
              }, i)
            : a(o, s);
        },
        s = this.backend[n].bind(this.backend);
      if (this.callbackApi === !1 || (this.callbackApi === void 0 && s.length === 2))
        try {
          let n = s(e, t);
          n && typeof n.then == `function` ? n.then((e) => o(null, e)).catch(o) : o(null, n);
        } catch (e) {
          o(e);
        }
      else return s(e, t, o);
    }
    prepareLoading(e, t, n = {}, r) {
      if (!this.backend) return (this.logger.warn(`No backend was added via i18next.use. Will not load resources.`), r && r());
      (X(e) && (e = this.languageUtils.toResolveHierarchy(e)), X(t) && (t = [t]));
      let i = this.queueLoad(e, t, n, r);
      if (!i.toLoad.length) return (i.pending.length || r(), null);
      i.toLoad.forEach((e) => {
        this.loadOne(e);
      });
    }
    load(e, t, n) {
      this.prepareLoading(e, t, {}, n);
    }
    reload(e, t, n) {
      this.prepareLoading(e, t, { reload: !0 }, n);
    }
    noticeDevFallback(e) {
      e === `dev` &&
        this.devIsDefaultFallback &&
        this.logger.once(
          `dev`,
          `warn`,
          `language 'dev' is requested because fallbackLng is not set (its default is ['dev']); i18next v27 defaults to fallbackLng: false and loads and saves missing keys in the requested language instead. Set fallbackLng to your source language, or to 'dev' to keep this behavior`,
        );
    }
    loadOne(e, t = ``) {
      let n = e.split(`|`),
        r = n[0],
        i = n[1];
      (this.noticeDevFallback(r),
        this.read(r, i, `read`, void 0, void 0, (n, a) => {
          (n && this.logger.warn(`${t}loading namespace ${i} for language ${r} failed`, n),
            !n && a && this.logger.log(`${t}loaded namespace ${i} for language ${r}`, a),
            this.loaded(e, n, a));
        }));
    }
    saveMissing(e, t, n, r, i, a = {}, o = () => {}, s = this.newestCloneHasLoadedNamespace || this.services?.utils?.hasLoadedNamespace) {
      if (s && !s(t))
        this.logger.warn(
          `did not save key "${n}" as the namespace "${t}" was not yet loaded`,
          `This means something IS WRONG in your setup. You access the t function before i18next.init / i18next.loadNamespace / i18next.changeLanguage was done. Wait for the callback or Promise to resolve before accessing it!!!`,
        );
      else if (n != null && n !== ``) {
        if (this.backend?.create) {
          e?.forEach?.((e) => this.noticeDevFallback(e));
          let s = { ...a, isUpdate: i },
            c = this.backend.create.bind(this.backend);
          if (this.callbackApi === !1 || (this.callbackApi === void 0 && c.length < 6))
            try {
              let i;
              ((i = this.callbackApi === !1 || c.length === 5 ? c(e, t, n, r, s) : c(e, t, n, r)),
                i && typeof i.then == `function` ? i.then((e) => o(null, e)).catch(o) : o(null, i));
            } catch (e) {
              o(e);
            }
          else c(e, t, n, r, o, s);
        }
        e && e[0] && this.store.addResource(e[0], t, n, r);
      }
    }
  },
  cd = () => ({
    debug: !1,
    initAsync: !0,
    ns: [`translation`],
    defaultNS: [`translation`],
    fallbackLng: [`dev`],
    fallbackNS: !1,
    supportedLngs: !1,
    nonExplicitSupportedLngs: !1,
    load: `all`,
    preload: !1,
    keySeparator: `.`,
    nsSeparator: `:`,
    pluralSeparator: `_`,
    contextSeparator: `_`,
    enableSelector: !1,
    partialBundledLanguages: !1,
    saveMissing: !1,
    updateMissing: !1,
    saveMissingTo: `fallback`,
    saveMissingPlurals: !0,
    missingKeyHandler: !1,
    missingInterpolationHandler: !1,
    postProcess: !1,
    postProcessPassResolved: !1,
    returnNull: !1,
    returnEmptyString: !0,
    returnObjects: !1,
    joinArrays: !1,
    returnedObjectHandler: !1,
    parseMissingKeyHandler: !1,
    appendNamespaceToMissingKey: !1,
    appendNamespaceToCIMode: !1,
    overloadTranslationOptionHandler: (e) => {
      let t = {};
      if (
        (typeof e[1] == `object` && (t = e[1]),
        X(e[1]) && (t.defaultValue = e[1]),
        X(e[2]) && (t.tDescription = e[2]),
        typeof e[2] == `object` || typeof e[3] == `object`)
      ) {
        let n = e[3] || e[2];
        Object.keys(n).forEach((e) => {
          t[e] = n[e];
        });
      }
      return t;
    },
    interpolation: {
      escapeValue: !0,
      prefix: `{{`,
      suffix: `}}`,
      formatSeparator: `,`,
      unescapePrefix: `-`,
      nestingPrefix: `$t(`,
      nestingSuffix: `)`,
      nestingOptionsSeparator: `,`,
      maxReplaces: 1e3,
      skipOnVariables: !0,
    },
    cacheInBuiltFormats: !0,
  }),
  ld = (e) => (
    X(e.ns) && (e.ns = [e.ns]),
    X(e.fallbackLng) && (e.fallbackLng = [e.fallbackLng]),
    X(e.fallbackNS) && (e.fallbackNS = [e.fallbackNS]),
    e.supportedLngs && !e.supportedLngs.includes(`cimode`) && (e.supportedLngs = e.supportedLngs.concat([`cimode`])),
    e
  ),
  ud = () => {},
  dd,
  fd = (e) => {
    Object.getOwnPropertyNames(Object.getPrototypeOf(e)).forEach((t) => {
      typeof e[t] == `function` && (e[t] = e[t].bind(e));
    });
  },
  Q = class e extends Vu {
    constructor(e = {}, t) {
      if (
        (super(),
        (this.options = ld(e)),
        (this.services = { ownPostProcessors: new Set() }),
        (this.logger = Z),
        (this.modules = { external: [] }),
        fd(this),
        t && !this.isInitialized && !e.isClone)
      ) {
        if (!this.options.initAsync) return (this.init(e, t), this);
        setTimeout(() => {
          this.init(e, t);
        }, 0);
      }
    }
    init(e = {}, t) {
      ((this.isInitializing = !0),
        typeof e == `function` && ((t = e), (e = {})),
        e.defaultNS == null && e.ns && (X(e.ns) ? (e.defaultNS = e.ns) : e.ns.includes(`translation`) || (e.defaultNS = e.ns[0])));
      let n = e.fallbackLng === void 0 && this.options.fallbackLng === void 0,
        r = cd();
      ((this.options = { ...r, ...this.options, ...ld(e) }),
        (this.options.interpolation = { ...r.interpolation, ...this.options.interpolation }),
        e.keySeparator !== void 0 && (this.options.userDefinedKeySeparator = e.keySeparator),
        e.nsSeparator !== void 0 && (this.options.userDefinedNsSeparator = e.nsSeparator),
        typeof this.options.overloadTranslationOptionHandler != `function` &&
          (this.options.overloadTranslationOptionHandler = r.overloadTranslationOptionHandler));
      let i = (e) => (e ? (typeof e == `function` ? new e() : e) : null);
      if (!this.options.isClone) {
        (dd &&
          dd !== this &&
          dd.modules.logger !== this.modules.logger &&
          Z.deprecate(
            `init: this init() replaces the logger another i18next instance set with use(), as the logger is shared in v26; from v27 each instance keeps its own logger`,
          ),
          (dd = this.modules.logger ? this : void 0),
          this.modules.logger ? Z.init(i(this.modules.logger), this.options) : Z.init(null, this.options),
          this.pendingWarnings?.forEach((e) => this.logger.warn(e)),
          (this.pendingWarnings = void 0));
        let e;
        e = this.modules.formatter ? this.modules.formatter : ad;
        let t = new Xu(this.options);
        this.store = new Uu(this.options.resources, this.options);
        let r = this.services;
        ((r.logger = Z),
          (r.resourceStore = this.store),
          (r.languageUtils = t),
          (r.pluralResolver = new $u(t, { prepend: this.options.pluralSeparator })),
          e &&
            ((r.formatter = i(e)),
            r.formatter.init && r.formatter.init(r, this.options),
            (this.options.interpolation.format = r.formatter.format.bind(r.formatter))),
          (r.interpolator = new td(this.options)),
          (r.utils = { hasLoadedNamespace: this.hasLoadedNamespace.bind(this), reloadResources: this.reloadResources.bind(this) }),
          (r.backendConnector = new sd(i(this.modules.backend), r.resourceStore, r, this.options)),
          (r.backendConnector.devIsDefaultFallback = n),
          r.backendConnector.on(`*`, (e, ...t) => {
            this.emit(e, ...t);
          }),
          this.modules.languageDetector &&
            ((r.languageDetector = i(this.modules.languageDetector)),
            r.languageDetector.init && r.languageDetector.init(r, this.options.detection, this.options),
            r.languageDetector.async &&
              bu(r.languageDetector) === void 0 &&
              this.logger.deprecate(
                `languageDetector: set callbackApi to declare how the async detect() answers (true: detect(callback); false: detect() returns a promise); guessing it from the number of parameters is deprecated`,
              )),
          this.modules.i18nFormat && ((r.i18nFormat = i(this.modules.i18nFormat)), r.i18nFormat.init && r.i18nFormat.init(this)),
          (this.translator = new Yu(this.services, this.options)),
          this.translator.on(`*`, (e, ...t) => {
            this.emit(e, ...t);
          }),
          this.modules.external.forEach((e) => {
            e.init && e.init(this);
          }));
      }
      if (
        ((this.format = this.options.interpolation.format),
        (t ||= ud),
        this.options.fallbackLng && !this.services.languageDetector && !this.options.lng)
      ) {
        let e = this.services.languageUtils.getFallbackCodes(this.options.fallbackLng);
        e.length > 0 && e[0] !== `dev` && (this.options.lng = e[0]);
      }
      (!this.services.languageDetector && !this.options.lng && this.logger.warn(`init: no languageDetector is used and no lng is defined`),
        [`getResource`, `hasResourceBundle`, `getResourceBundle`, `getDataByLanguage`].forEach((e) => {
          this[e] = (...t) => this.store[e](...t);
        }),
        [`addResource`, `addResources`, `addResourceBundle`, `removeResourceBundle`].forEach((e) => {
          this[e] = (...t) => (this.store[e](...t), this);
        }));
      let a = _u(),
        o = () => {
          let e = (e, n) => {
            ((this.isInitializing = !1),
              this.isInitialized &&
                !this.initializedStoreOnce &&
                this.logger.warn(`init: i18next is already initialized. You should call init just once!`),
              (this.isInitialized = !0),
              this.options.isClone || this.logger.log(`initialized`, this.options),
              this.emit(`initialized`, this.options),
              a.resolve(n),
              t(e, n));
          };
          if ((this.languages || this.isLanguageChangingTo) && !this.isInitialized) return e(null, this.t.bind(this));
          this.changeLanguage(this.options.lng, e);
        };
      return (this.options.resources || !this.options.initAsync ? o() : setTimeout(o, 0), a);
    }
    loadResources(e, t = ud) {
      let n = t,
        r = X(e) ? e : this.language;
      if ((typeof e == `function` && (n = e), !this.options.resources || this.options.partialBundledLanguages)) {
        if (r?.toLowerCase() === `cimode` && (!this.options.preload || this.options.preload.length === 0)) return n();
        let e = [],
          t = (t) => {
            t &&
              t !== `cimode` &&
              this.services.languageUtils.toResolveHierarchy(t).forEach((t) => {
                t !== `cimode` && (e.includes(t) || e.push(t));
              });
          };
        (r ? t(r) : this.services.languageUtils.getFallbackCodes(this.options.fallbackLng).forEach((e) => t(e)),
          this.options.preload?.forEach?.((e) => t(e)),
          this.services.backendConnector.load(e, this.options.ns, (e) => {
            (!e && !this.resolvedLanguage && this.language && this.setResolvedLanguage(this.language), n(e));
          }));
      } else n(null);
    }
    reloadResources(e, t, n) {
      let r = _u();
      if ((typeof e == `function` && ((n = e), (e = void 0)), typeof t == `function` && ((n = t), (t = void 0)), !e)) {
        let t = Object.keys(this.services.backendConnector.state).map((e) => e.split(`|`)[0]);
        e = [...new Set([...(this.languages || []), ...t])].filter((e) => e !== `cimode`);
      }
      return (
        (t ||= this.options.ns),
        (n ||= ud),
        this.services.backendConnector.reload(e, t, (e) => {
          (r.resolve(), n(e));
        }),
        r
      );
    }
    use(e) {
      if (!e) throw Error(`You are passing an undefined module! Please check the object you are passing to i18next.use()`);
      if (!e.type) throw Error(`You are passing a wrong module! Please check the object you are passing to i18next.use()`);
      let t = (t) => {
        if (this.modules[t] && this.modules[t] !== e) {
          let e = `use: this ${t} replaces the ${t} passed to an earlier use() call; only one ${t} is used per instance`;
          this.isInitializing || this.isInitialized ? this.logger.warn(e) : (this.pendingWarnings = this.pendingWarnings || []).push(e);
        }
        this.modules[t] = e;
      };
      return (
        e.type === `backend` && t(`backend`),
        (e.type === `logger` || (e.log && e.warn && e.error)) && (this.modules.logger = e),
        e.type === `languageDetector` && t(`languageDetector`),
        e.type === `i18nFormat` && t(`i18nFormat`),
        e.type === `postProcessor` && (Wu.addPostProcessor(e), this.services.ownPostProcessors?.add(e.name)),
        e.type === `formatter` && t(`formatter`),
        e.type === `3rdParty` && this.modules.external.push(e),
        this
      );
    }
    hydrate(e, t) {
      return this.options.isClone
        ? this
        : this.services.resourceStore
          ? (e &&
              !this.initializedStoreOnce &&
              ((this.services.resourceStore.data = e),
              Object.values(e).forEach((e) => {
                Object.keys(e).forEach((e) => {
                  this.options.ns.includes(e) || this.options.ns.push(e);
                });
              }),
              (this.initializedStoreOnce = !0),
              (this.isInitialized = !0)),
            t && !this.initializedLanguageOnce && (this.changeLanguage(t), (this.initializedLanguageOnce = !0)),
            this)
          : (this.logger.warn(`hydrate: call init() first, the instance has no resource store yet`), this);
    }
    setResolvedLanguage(e) {
      if (e && this.languages && ![`cimode`, `dev`].includes(e)) {
        for (let e = 0; e < this.languages.length; e++) {
          let t = this.languages[e];
          if (![`cimode`, `dev`].includes(t) && this.store.hasLanguageSomeTranslations(t)) {
            this.resolvedLanguage = t;
            break;
          }
        }
        !this.resolvedLanguage &&
          !this.languages.includes(e) &&
          this.store.hasLanguageSomeTranslations(e) &&
          ((this.resolvedLanguage = e), this.languages.unshift(e));
      }
    }
    changeLanguage(e, t) {
      this.isLanguageChangingTo = e;
      let n = _u();
      this.emit(`languageChanging`, e);
      let r = (e) => {
          ((this.language = e),
            (this.languages = this.services.languageUtils.toResolveHierarchy(e)),
            (this.resolvedLanguage = void 0),
            this.setResolvedLanguage(e));
        },
        i = (i, a) => {
          (a
            ? this.isLanguageChangingTo === e &&
              (r(a),
              this.translator.changeLanguage(a),
              (this.isLanguageChangingTo = void 0),
              this.emit(`languageChanged`, a),
              this.logger.log(`languageChanged`, a))
            : (this.isLanguageChangingTo = void 0),
            n.resolve((...e) => this.t(...e)),
            t && t(i, (...e) => this.t(...e)));
        },
        a = (t) => {
          !e && !t && this.services.languageDetector && (t = []);
          let n = X(t) ? t : t && t[0],
            a = this.store.hasLanguageSomeTranslations(n) ? n : this.services.languageUtils.getBestMatchFromCodes(X(t) ? [t] : t);
          (a &&
            this.logger.debug &&
            !yu(a) &&
            ![]
              .concat(
                this.options.supportedLngs || [],
                this.services.languageUtils.getFallbackCodes(this.options.fallbackLng, a),
                this.options.preload || [],
              )
              .includes(a) &&
            !Object.prototype.hasOwnProperty.call(this.store.data, a) &&
            this.logger.once(
              `lng:${a}`,
              `deprecate`,
              `changeLanguage: the language code '${a.slice(0, 64)}' comes from lng, changeLanguage() or the language detector and is not configured; from v27 such a code is refused unless it has only letters, digits, '-', '_', '@' and '.' (no '..'), at most 128 characters. Set supportedLngs, or check the code before passing it on`,
            ),
            a &&
              (this.language || r(a),
              this.translator.language || this.translator.changeLanguage(a),
              this.services.languageDetector?.cacheUserLanguage?.(a)),
            this.loadResources(a, (e) => {
              i(e, a);
            }));
        };
      if (!e && this.services.languageDetector && !this.services.languageDetector.async) a(this.services.languageDetector.detect());
      else if (!e && this.services.languageDetector && this.services.languageDetector.async) {
        let e = bu(this.services.languageDetector);
        e === !1 || (e === void 0 && this.services.languageDetector.detect.length === 0)
          ? this.services.languageDetector.detect().then(a)
          : this.services.languageDetector.detect(a);
      } else a(e);
      return n;
    }
    getFixedT(e, t, n, r) {
      let i = r?.scopeNs,
        a = (e, t, ...r) => {
          let o;
          ((o = typeof t == `object` ? { ...t } : this.options.overloadTranslationOptionHandler([e, t].concat(r))),
            (o.lng = o.lng || a.lng),
            (o.lngs = o.lngs || a.lngs));
          let s = o.ns !== void 0 && o.ns !== null;
          ((o.ns = o.ns || a.ns), o.keyPrefix !== `` && (o.keyPrefix = o.keyPrefix || n || a.keyPrefix));
          let c = { ...this.options, ...o };
          (Array.isArray(i) && !s && (c.ns = i), typeof o.keyPrefix == `function` && (o.keyPrefix = qu(o.keyPrefix, c)));
          let l = this.options.keySeparator || `.`,
            u;
          return (
            o.keyPrefix && Array.isArray(e)
              ? (u = e.map((e) => (typeof e == `function` && (e = qu(e, c)), `${o.keyPrefix}${l}${e}`)))
              : (typeof e == `function` && (e = qu(e, c)), (u = o.keyPrefix ? `${o.keyPrefix}${l}${e}` : e)),
            this.t(u, o)
          );
        };
      return (X(e) ? (a.lng = e) : (a.lngs = e), (a.ns = t), (a.keyPrefix = n), a);
    }
    t(...e) {
      return this.translator
        ? this.translator.translate(...e)
        : (this.logger.warn(`t: called before init(); returning an empty string`), ``);
    }
    exists(...e) {
      return this.translator?.exists(...e);
    }
    setDefaultNamespace(e) {
      this.options.defaultNS = e;
    }
    hasLoadedNamespace(e, t = {}) {
      if (!this.isInitialized) return (this.logger.warn(`hasLoadedNamespace: i18next was not initialized`, this.languages), !1);
      if (!this.languages || !this.languages.length)
        return (this.logger.warn(`hasLoadedNamespace: i18n.languages were undefined or empty`, this.languages), !1);
      let n = t.lng || this.resolvedLanguage || this.languages[0],
        r = this.options ? this.options.fallbackLng : !1,
        i = this.languages[this.languages.length - 1];
      if (n.toLowerCase() === `cimode`) return !0;
      let a = (e, t) => {
        let n = this.services.backendConnector.state[`${e}|${t}`];
        return n === -1 || n === 0 || n === 2;
      };
      if (t.precheck) {
        let e = t.precheck(this, a);
        if (e !== void 0) return e;
      }
      if (
        this.hasResourceBundle(n, e) ||
        !this.services.backendConnector.backend ||
        (this.options.resources && !this.options.partialBundledLanguages)
      )
        return !0;
      let { languageUtils: o } = this.services,
        s = t.lng ? o.isSupportedCode(n) && o.toResolveHierarchy(n, !1)[0] : n;
      return !((s && !a(s, e)) || (r && !a(i, e)));
    }
    loadNamespaces(e, t) {
      let n = _u();
      return this.options.ns
        ? (X(e) && (e = [e]),
          e.forEach((e) => {
            this.options.ns.includes(e) || this.options.ns.push(e);
          }),
          this.loadResources((e) => {
            (n.resolve(), t && t(e));
          }),
          n)
        : (t && t(), Promise.resolve());
    }
    loadLanguages(e, t) {
      let n = _u();
      X(e) && (e = [e]);
      let r = this.options.preload || [],
        i = e.filter((e) => !r.includes(e) && this.services.languageUtils.isSupportedCode(e));
      return i.length
        ? ((this.options.preload = r.concat(i)),
          this.loadResources((e) => {
            (n.resolve(), t && t(e));
          }),
          n)
        : (t && t(), Promise.resolve());
    }
    dir(e) {
      if (((e ||= this.resolvedLanguage || (this.languages?.length > 0 ? this.languages[0] : this.language)), !e)) return `ltr`;
      try {
        let t = new Intl.Locale(e);
        if (t && t.getTextInfo) {
          let e = t.getTextInfo();
          if (e && e.direction) return e.direction;
        }
      } catch {}
      let t =
          `ar.shu.sqr.ssh.xaa.yhd.yud.aao.abh.abv.acm.acq.acw.acx.acy.adf.ads.aeb.aec.afb.ajp.apc.apd.arb.arq.ars.ary.arz.auz.avl.ayh.ayl.ayn.ayp.bbz.pga.he.iw.ps.pbt.pbu.pst.prp.prd.ug.ur.ydd.yds.yih.ji.yi.hbo.men.xmn.fa.jpr.peo.pes.prs.dv.sam.ckb`.split(
            `.`,
          ),
        n = this.services?.languageUtils || new Xu(cd());
      return e.toLowerCase().indexOf(`-latn`) > 1
        ? `ltr`
        : t.includes(n.getLanguagePartFromCode(e)) || e.toLowerCase().indexOf(`-arab`) > 1
          ? `rtl`
          : `ltr`;
    }
    static createInstance(t = {}, n) {
      let r = new e(t, n);
      return ((r.createInstance = e.createInstance), r);
    }
    cloneInstance(t = {}, n = ud) {
      let r = t.forkResourceStore;
      r && ((t = { ...t }), delete t.forkResourceStore);
      let i = { ...this.options, preload: !1, ...t, isClone: !0 },
        a = new e(i);
      if (
        ((t.debug !== void 0 || t.prefix !== void 0) && (a.logger = a.logger.clone(t)),
        [`store`, `services`, `language`].forEach((e) => {
          a[e] = this[e];
        }),
        (a.services = { ...this.services }),
        (a.services.utils = {
          ...a.services.utils,
          hasLoadedNamespace: a.hasLoadedNamespace.bind(a),
          reloadResources: a.reloadResources.bind(a),
        }),
        r)
      ) {
        let e = (t) => {
          let n = Array.isArray(t) ? [...t] : { ...t };
          return (
            Object.keys(n).forEach((t) => {
              n[t] && typeof n[t] == `object` && (n[t] = e(n[t]));
            }),
            n
          );
        };
        ((a.store = new Uu(e(this.store.data), i)), (a.services.resourceStore = a.store));
      }
      if (t.interpolation) {
        let e = { ...cd().interpolation, ...this.options.interpolation, ...t.interpolation },
          n = { ...i, interpolation: e };
        a.services.interpolator = new td(n);
      }
      return (
        (a.translator = new Yu(a.services, i)),
        a.translator.on(`*`, (e, ...t) => {
          a.emit(e, ...t);
        }),
        a.init(i, n),
        (a.translator.options = i),
        (a.translator.backendConnector.newestCloneHasLoadedNamespace = a.hasLoadedNamespace.bind(a)),
        a
      );
    }
    toJSON() {
      return {
        options: this.options,
        store: this.store,
        language: this.language,
        languages: this.languages,
        resolvedLanguage: this.resolvedLanguage,
      };
    }
  }.createInstance();
(Q.createInstance,
  Q.dir,
  Q.init,
  Q.loadResources,
  Q.reloadResources,
  Q.use,
  Q.changeLanguage,
  Q.getFixedT,
  Q.t,
  Q.exists,
  Q.setDefaultNamespace,
  Q.hasLoadedNamespace,
  Q.loadNamespaces,
  Q.loadLanguages);
var pd = gu({ baseUrl: window.location.origin });
function md(e) {
  if (e instanceof mu) {
    let t = `errors:${e.code}`;
    return Q.exists(t) ? Q.t(t) : e.message;
  }
  return Q.t(`errors:NETWORK`);
}
var hd = t((e) => {
    var t = Symbol.for(`react.transitional.element`),
      n = Symbol.for(`react.fragment`);
    function r(e, n, r) {
      var i = null;
      if ((r !== void 0 && (i = `` + r), n.key !== void 0 && (i = `` + n.key), `key` in n))
        for (var a in ((r = {}), n)) a !== `key` && (r[a] = n[a]);
      else r = n;
      return ((n = r.ref), { $$typeof: t, type: e, key: i, ref: n === void 0 ? null : n, props: r });
    }
    ((e.Fragment = n), (e.jsx = r), (e.jsxs = r));
  }),
  gd = t((e, t) => {
    t.exports = hd();
  }),
  _d = (e, t, n, r) => {
    let i = [n, { code: t, ...(r || {}) }];
    if (e?.services?.logger?.forward) return e.services.logger.forward(i, `warn`, `react-i18next::`, !0);
    (wd(i[0]) && (i[0] = `react-i18next:: ${i[0]}`),
      e?.services?.logger?.warn ? e.services.logger.warn(...i) : console?.warn && console.warn(...i));
  },
  vd = {},
  yd = (e, t, n, r) => {
    (wd(n) && vd[n]) || (wd(n) && (vd[n] = new Date()), _d(e, t, n, r));
  },
  bd = (e, t) => () => {
    if (e.isInitialized) t();
    else {
      let n = () => {
        (setTimeout(() => {
          e.off(`initialized`, n);
        }, 0),
          t());
      };
      e.on(`initialized`, n);
    }
  },
  xd = (e, t, n) => {
    e.loadNamespaces(t, bd(e, n));
  },
  Sd = (e, t, n, r) => {
    if ((wd(n) && (n = [n]), e.options.preload && e.options.preload.indexOf(t) > -1)) return xd(e, n, r);
    (n.forEach((t) => {
      e.options.ns.indexOf(t) < 0 && e.options.ns.push(t);
    }),
      e.loadLanguages(t, bd(e, r)));
  },
  Cd = (e, t, n = {}) =>
    !t.languages || !t.languages.length
      ? (yd(t, `NO_LANGUAGES`, `i18n.languages were undefined or empty`, { languages: t.languages }), !0)
      : t.hasLoadedNamespace(e, {
          lng: n.lng,
          precheck: (t, r) => {
            if (
              n.bindI18n &&
              n.bindI18n.indexOf(`languageChanging`) > -1 &&
              t.services.backendConnector.backend &&
              t.isLanguageChangingTo &&
              !r(t.isLanguageChangingTo, e)
            )
              return !1;
          },
        }),
  wd = (e) => typeof e == `string`,
  Td = (e) => typeof e == `object` && !!e,
  Ed = /&(?:amp|#38|lt|#60|gt|#62|apos|#39|quot|#34|nbsp|#160|copy|#169|reg|#174|hellip|#8230|#x2F|#47);/g,
  Dd = {
    '&amp;': `&`,
    '&#38;': `&`,
    '&lt;': `<`,
    '&#60;': `<`,
    '&gt;': `>`,
    '&#62;': `>`,
    '&apos;': `'`,
    '&#39;': `'`,
    '&quot;': `"`,
    '&#34;': `"`,
    '&nbsp;': `\xA0`,
    '&#160;': `\xA0`,
    '&copy;': `©`,
    '&#169;': `©`,
    '&reg;': `®`,
    '&#174;': `®`,
    '&hellip;': `…`,
    '&#8230;': `…`,
    '&#x2F;': `/`,
    '&#47;': `/`,
  },
  Od = (e) => Dd[e],
  kd = {
    bindI18n: `languageChanged`,
    bindI18nStore: ``,
    transEmptyNodeValue: ``,
    transSupportBasicHtmlNodes: !0,
    transWrapTextNodes: ``,
    transKeepBasicHtmlNodesFor: [`br`, `strong`, `i`, `p`],
    useSuspense: !0,
    unescape: (e) => e.replace(Ed, Od),
    transDefaultProps: void 0,
  },
  Ad = (e = {}) => {
    kd = { ...kd, ...e };
  },
  jd = () => kd,
  Md,
  Nd = (e) => {
    Md = e;
  },
  Pd = () => Md,
  Fd = (0, K.createContext)(),
  Id = class {
    constructor() {
      this.usedNamespaces = {};
    }
    addUsedNamespaces(e) {
      e.forEach((e) => {
        this.usedNamespaces[e] || (this.usedNamespaces[e] = !0);
      });
    }
    getUsedNamespaces() {
      return Object.keys(this.usedNamespaces);
    }
  },
  Ld = t((e) => {
    var t = r();
    function n(e, t) {
      return (e === t && (e !== 0 || 1 / e == 1 / t)) || (e !== e && t !== t);
    }
    var i = typeof Object.is == `function` ? Object.is : n,
      a = t.useState,
      o = t.useEffect,
      s = t.useLayoutEffect,
      c = t.useDebugValue;
    function l(e, t) {
      var n = t(),
        r = a({ inst: { value: n, getSnapshot: t } }),
        i = r[0].inst,
        l = r[1];
      return (
        s(
          function () {
            ((i.value = n), (i.getSnapshot = t), u(i) && l({ inst: i }));
          },
          [e, n, t],
        ),
        o(
          function () {
            return (
              u(i) && l({ inst: i }),
              e(function () {
                u(i) && l({ inst: i });
              })
            );
          },
          [e],
        ),
        c(n),
        n
      );
    }
    function u(e) {
      var t = e.getSnapshot;
      e = e.value;
      try {
        var n = t();
        return !i(e, n);
      } catch {
        return !0;
      }
    }
    function d(e, t) {
      return t();
    }
    var f = typeof window > `u` || window.document === void 0 || window.document.createElement === void 0 ? d : l;
    e.useSyncExternalStore = t.useSyncExternalStore === void 0 ? f : t.useSyncExternalStore;
  }),
  Rd = t((e, t) => {
    t.exports = Ld();
  })(),
  zd = {
    t: (e, t) => {
      if (wd(t)) return t;
      if (Td(t) && wd(t.defaultValue)) return t.defaultValue;
      if (typeof e == `function`) return ``;
      if (Array.isArray(e)) {
        let t = e[e.length - 1];
        return typeof t == `function` ? `` : t;
      }
      return e;
    },
    ready: !1,
  },
  Bd = () => () => {},
  Vd = (e, t = {}) => {
    let { i18n: n } = t,
      { i18n: r, defaultNS: i } = (0, K.useContext)(Fd) || {},
      a = n || r || Pd();
    (a && !a.reportNamespaces && (a.reportNamespaces = new Id()),
      a ||
        yd(
          a,
          `NO_I18NEXT_INSTANCE`,
          `useTranslation: You will need to pass in an i18next instance by using initReactI18next or by passing it via props or context. In monorepo setups, make sure there is only one instance of react-i18next.`,
        ));
    let o = (0, K.useMemo)(() => ({ ...jd(), ...a?.options?.react, ...t }), [a, t]),
      { useSuspense: s, keyPrefix: c, bindI18n: l, bindI18nStore: u } = o,
      d = e || i || a?.options?.defaultNS,
      f = wd(d) ? [d] : d || [`translation`],
      p = JSON.stringify(f),
      m = (0, K.useMemo)(() => f, [p]);
    a?.reportNamespaces?.addUsedNamespaces?.(m);
    let h = (0, K.useRef)(0),
      ee = (0, K.useCallback)(
        (e) => {
          if (!a) return Bd;
          let t = () => {
            ((h.current += 1), e());
          };
          return (
            l && a.on(l, t),
            u && a.store.on(u, t),
            () => {
              (l && l.split(` `).forEach((e) => a.off(e, t)), u && u.split(` `).forEach((e) => a.store.off(e, t)));
            }
          );
        },
        [a, l, u],
      ),
      g = (0, K.useRef)(),
      te = (0, K.useCallback)(() => {
        if (!a) return zd;
        let e = !!(a.isInitialized || a.initializedStoreOnce) && m.every((e) => Cd(e, a, o)),
          n = t.lng || a.language,
          r = h.current,
          i = typeof c == `function` ? qu(c, { ...a.options, ns: m }) : c,
          s = g.current;
        if (s && s.i18n === a && s.ready === e && s.lng === n && s.namespaces === m && s.keyPrefix === i && s.revision === r) return s;
        let l = {
          t: a.getFixedT(n, o.nsMode === `fallback` ? m : m[0], c, { scopeNs: m }),
          i18n: a,
          ready: e,
          lng: n,
          namespaces: m,
          keyPrefix: i,
          revision: r,
        };
        return ((g.current = l), l);
      }, [a, m, c, o, t.lng]),
      [_, ne] = (0, K.useState)(0),
      { t: v, ready: y } = (0, Rd.useSyncExternalStore)(ee, te, te),
      b;
    (a &&
      s &&
      !y &&
      ((b = new Promise((e) => {
        let n = () => e();
        t.lng ? Sd(a, t.lng, m, n) : xd(a, m, n);
      })),
      ({ t: v, ready: y } = te())),
      (0, K.useEffect)(() => {
        if (a && !y && !s) {
          let e = () => ne((e) => e + 1);
          t.lng ? Sd(a, t.lng, m, e) : xd(a, m, e);
        }
      }, [a, t.lng, m, y, s, _]));
    let x = a || {},
      S = (0, K.useRef)(null),
      C = (0, K.useRef)(),
      re = (e) => `${e.language}|${e.resolvedLanguage}|${e.languages?.join(`,`)}`,
      ie = (e) => {
        let t = Object.getOwnPropertyDescriptors(e);
        t.__original && delete t.__original;
        let n = Object.create(Object.getPrototypeOf(e), t);
        if (!Object.prototype.hasOwnProperty.call(n, `__original`))
          try {
            Object.defineProperty(n, '__original', { value: e, writable: !1, enumerable: !1, configurable: !1 });
          } catch {}
        return n;
      },
      w = (0, K.useMemo)(() => {
        let e = x,
          t = e && re(e),
          n = e;
        e &&
          (S.current && S.current.__original === e && C.current === t ? (n = S.current) : ((n = ie(e)), (S.current = n), (C.current = t)));
        let r =
            !y && !s
              ? (...e) => (
                  yd(
                    a,
                    `USE_T_BEFORE_READY`,
                    `useTranslation: t was called before ready. When using useSuspense: false, make sure to check the ready flag before using t.`,
                  ),
                  v(...e)
                )
              : v,
          i = [r, n, y];
        return ((i.t = r), (i.i18n = n), (i.ready = y), i);
      }, [v, x, y, x.resolvedLanguage, x.language, x.languages]);
    if (a && s && !y) {
      let e = !1;
      try {
        e = !1;
      } catch {}
      throw (
        e &&
          yd(
            a,
            `SUSPENDED_WHILE_LOADING`,
            `useTranslation: suspended while translations are loading (useSuspense is true by default). Add a <Suspense> boundary above this component, or set react.useSuspense: false in the i18next init options. https://react.i18next.com/latest/usetranslation-hook`,
          ),
        b
      );
    }
    return w;
  },
  $ = gd();
function Hd({ label: e, hint: t, ...n }) {
  let r = (0, K.useId)();
  return (0, $.jsxs)(`div`, {
    className: `field`,
    children: [
      (0, $.jsx)(`label`, { htmlFor: r, children: e }),
      (0, $.jsx)(`input`, { id: r, ...n }),
      t && (0, $.jsx)(`small`, { children: t }),
    ],
  });
}
function Ud({ label: e, ...t }) {
  let n = (0, K.useId)();
  return (0, $.jsxs)(`div`, {
    className: `field`,
    children: [(0, $.jsx)(`label`, { htmlFor: n, children: e }), (0, $.jsx)(`textarea`, { id: n, ...t })],
  });
}
function Wd({ label: e, children: t, ...n }) {
  let r = (0, K.useId)();
  return (0, $.jsxs)(`div`, {
    className: `field`,
    children: [(0, $.jsx)(`label`, { htmlFor: r, children: e }), (0, $.jsx)(`select`, { id: r, ...n, children: t })],
  });
}
function Gd({ message: e }) {
  return e ? (0, $.jsx)(`p`, { className: `error`, role: `alert`, children: e }) : null;
}
function Kd() {
  let { t: e } = Vd();
  return (0, $.jsx)(`p`, { className: `muted`, 'aria-live': `polite`, children: e(`common:loading`) });
}
function qd({ children: e }) {
  return (0, $.jsx)(`p`, { className: `muted empty`, children: e });
}
function Jd({ children: e, actions: t }) {
  return (0, $.jsxs)(`div`, {
    className: `page-title`,
    children: [(0, $.jsx)(`h1`, { children: e }), t && (0, $.jsx)(`div`, { className: `actions`, children: t })],
  });
}
var Yd = new Set();
function Xd(e, t = {}) {
  t.replace ? history.replaceState(null, ``, e) : history.pushState(null, ``, e);
  for (let e of Yd) e();
}
window.addEventListener(`popstate`, () => {
  for (let e of Yd) e();
});
function Zd() {
  let [, e] = (0, K.useState)(0);
  return (
    (0, K.useEffect)(() => {
      let t = () => e((e) => e + 1);
      return (Yd.add(t), () => void Yd.delete(t));
    }, []),
    { path: window.location.pathname, query: new URLSearchParams(window.location.search) }
  );
}
function Qd(e, t) {
  let n = [],
    r = RegExp(`^${e.replace(/:([A-Za-z]+)/g, (e, t) => (n.push(t), `([^/]+)`))}/?$`).exec(t);
  return r ? Object.fromEntries(n.map((e, t) => [e, decodeURIComponent(r[t + 1])])) : null;
}
function $d({ to: e, ...t }) {
  let n = (n) => {
    (t.onClick?.(n), n.defaultPrevented || n.button !== 0 || n.metaKey || n.ctrlKey || n.shiftKey || (n.preventDefault(), Xd(e)));
  };
  return (0, $.jsx)(`a`, { href: e, ...t, onClick: n });
}
function ef(e, t) {
  let [n, r] = (0, K.useState)(void 0),
    [i, a] = (0, K.useState)(null),
    [o, s] = (0, K.useState)(!0),
    [c, l] = (0, K.useState)(0),
    u = (0, K.useRef)(0),
    d = (0, K.useCallback)(e, t);
  return (
    (0, K.useEffect)(() => {
      let e = ++u.current;
      (s(!0),
        d().then(
          (t) => {
            e === u.current && (r(t), a(null), s(!1));
          },
          (t) => {
            e === u.current && (a(md(t)), s(!1));
          },
        ));
    }, [d, c]),
    { data: n, error: i, loading: o, reload: () => l((e) => e + 1) }
  );
}
export {
  pd as _,
  Zd as a,
  mu as b,
  Hd as c,
  Wd as d,
  Ud as f,
  gd as g,
  Ad as h,
  Xd as i,
  Kd as l,
  Nd as m,
  $d as n,
  qd as o,
  Vd as p,
  Qd as r,
  Gd as s,
  ef as t,
  Jd as u,
  md as v,
  r as x,
  Q as y,
};
