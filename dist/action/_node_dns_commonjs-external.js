import { createRequire } from 'node:module';

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

function getAugmentedNamespace(n) {
  if (Object.prototype.hasOwnProperty.call(n, '__esModule')) return n;
  var f = n.default;
	if (typeof f == "function") {
		var a = function a () {
			var isInstance = false;
      try {
        isInstance = this instanceof a;
      } catch {}
			if (isInstance) {
        return Reflect.construct(f, arguments, this.constructor);
			}
			return f.apply(this, arguments);
		};
		a.prototype = f.prototype;
  } else a = {};
  Object.defineProperty(a, '__esModule', {value: true});
	Object.keys(n).forEach(function (k) {
		var d = Object.getOwnPropertyDescriptor(n, k);
		Object.defineProperty(a, k, d.get ? d : {
			enumerable: true,
			get: function () {
				return n[k];
			}
		});
	});
	return a;
}

const require$i = createRequire(import.meta.url);
function __require$h() { return require$i("node:assert"); }

const require$h = createRequire(import.meta.url);
function __require$g() { return require$h("node:net"); }

const require$g = createRequire(import.meta.url);
function __require$f() { return require$g("node:http"); }

const require$f = createRequire(import.meta.url);
function __require$e() { return require$f("node:stream"); }

const require$e = createRequire(import.meta.url);
function __require$d() { return require$e("node:buffer"); }

const require$d = createRequire(import.meta.url);
function __require$c() { return require$d("node:util"); }

const require$c = createRequire(import.meta.url);
function __require$b() { return require$c("node:querystring"); }

const require$b = createRequire(import.meta.url);
function __require$a() { return require$b("node:events"); }

const require$a = createRequire(import.meta.url);
function __require$9() { return require$a("node:diagnostics_channel"); }

const require$9 = createRequire(import.meta.url);
function __require$8() { return require$9("node:tls"); }

const require$8 = createRequire(import.meta.url);
function __require$7() { return require$8("node:zlib"); }

const require$7 = createRequire(import.meta.url);
function __require$6() { return require$7("node:perf_hooks"); }

const require$6 = createRequire(import.meta.url);
function __require$5() { return require$6("node:util/types"); }

const require$5 = createRequire(import.meta.url);
function __require$4() { return require$5("node:worker_threads"); }

const require$4 = createRequire(import.meta.url);
function __require$3() { return require$4("node:url"); }

const require$3 = createRequire(import.meta.url);
function __require$2() { return require$3("node:async_hooks"); }

const require$2 = createRequire(import.meta.url);
function __require$1() { return require$2("node:console"); }

const require$1 = createRequire(import.meta.url);
function __require() { return require$1("node:dns"); }

export { __require$h as _, __require$f as a, __require$e as b, commonjsGlobal as c, __require$g as d, __require$b as e, __require$a as f, getDefaultExportFromCjs as g, __require$9 as h, __require$c as i, __require$d as j, __require$8 as k, __require$7 as l, __require$4 as m, __require$6 as n, __require$5 as o, __require$3 as p, __require$2 as q, __require$1 as r, __require as s, getAugmentedNamespace as t };
