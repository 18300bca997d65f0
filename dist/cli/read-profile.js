import { createHash } from 'node:crypto';
import { s as shorten, v as visible } from './escape.js';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { H as HarnessError } from './options.js';

/**
 * An error in a profile's bytes or contents. The message carries the context
 * path, as pprof's errors do: `parsing profile: sample 12: location 99 not found`.
 */
class ProfileError extends Error {
    name = 'ProfileError';
    constructor(message) {
        super(message);
    }
}
/** Error for malformed or invalid profile contents, with pprof's prefix. */
function parseError(detail) {
    return new ProfileError(`parsing profile: ${detail}`);
}

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var indexMinimal = {};

var minimal$1 = {};

var aspromise;
var hasRequiredAspromise;

function requireAspromise () {
	if (hasRequiredAspromise) return aspromise;
	hasRequiredAspromise = 1;
	aspromise = asPromise;

	/**
	 * Callback as used by {@link util.asPromise}.
	 * @typedef asPromiseCallback
	 * @type {function}
	 * @param {Error|null} error Error, if any
	 * @param {...*} params Additional arguments
	 * @returns {undefined}
	 */

	/**
	 * Returns a promise from a node-style callback function.
	 * @memberof util
	 * @param {asPromiseCallback} fn Function to call
	 * @param {*} ctx Function context
	 * @param {...*} params Function arguments
	 * @returns {Promise<*>} Promisified function
	 */
	function asPromise(fn, ctx/*, varargs */) {
	    var params  = new Array(arguments.length - 1),
	        offset  = 0,
	        index   = 2,
	        pending = true;
	    while (index < arguments.length)
	        params[offset++] = arguments[index++];
	    return new Promise(function executor(resolve, reject) {
	        params[offset] = function callback(err/*, varargs */) {
	            if (pending) {
	                pending = false;
	                if (err)
	                    reject(err);
	                else {
	                    var params = new Array(arguments.length - 1),
	                        offset = 0;
	                    while (offset < params.length)
	                        params[offset++] = arguments[offset];
	                    resolve.apply(null, params);
	                }
	            }
	        };
	        try {
	            fn.apply(ctx || null, params);
	        } catch (err) {
	            if (pending) {
	                pending = false;
	                reject(err);
	            }
	        }
	    });
	}
	return aspromise;
}

var base64 = {};

var hasRequiredBase64;

function requireBase64 () {
	if (hasRequiredBase64) return base64;
	hasRequiredBase64 = 1;
	(function (exports) {

		/**
		 * A minimal base64 implementation for number arrays.
		 * @memberof util
		 * @namespace
		 */
		var base64 = exports;

		/**
		 * Calculates the byte length of a base64 encoded string.
		 * @param {string} string Base64 encoded string
		 * @returns {number} Byte length
		 */
		base64.length = function length(string) {
		    var p = string.length;
		    if (!p)
		        return 0;
		    var n = 0;
		    while (--p % 4 > 1 && string.charAt(p) === "=")
		        ++n;
		    return Math.ceil(string.length * 3) / 4 - n;
		};

		// Base64 encoding table
		var b64 = new Array(64);

		// Base64 decoding table
		var s64 = new Array(123);

		// 65..90, 97..122, 48..57, 43, 47
		for (var i = 0; i < 64;)
		    s64[b64[i] = i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i - 59 | 43] = i++;

		/**
		 * Encodes a buffer to a base64 encoded string.
		 * @param {Uint8Array} buffer Source buffer
		 * @param {number} start Source start
		 * @param {number} end Source end
		 * @returns {string} Base64 encoded string
		 */
		base64.encode = function encode(buffer, start, end) {
		    var parts = null,
		        chunk = [];
		    var i = 0, // output index
		        j = 0, // goto index
		        t;     // temporary
		    while (start < end) {
		        var b = buffer[start++];
		        switch (j) {
		            case 0:
		                chunk[i++] = b64[b >> 2];
		                t = (b & 3) << 4;
		                j = 1;
		                break;
		            case 1:
		                chunk[i++] = b64[t | b >> 4];
		                t = (b & 15) << 2;
		                j = 2;
		                break;
		            case 2:
		                chunk[i++] = b64[t | b >> 6];
		                chunk[i++] = b64[b & 63];
		                j = 0;
		                break;
		        }
		        if (i > 8191) {
		            (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk));
		            i = 0;
		        }
		    }
		    if (j) {
		        chunk[i++] = b64[t];
		        chunk[i++] = 61;
		        if (j === 1)
		            chunk[i++] = 61;
		    }
		    if (parts) {
		        if (i)
		            parts.push(String.fromCharCode.apply(String, chunk.slice(0, i)));
		        return parts.join("");
		    }
		    return String.fromCharCode.apply(String, chunk.slice(0, i));
		};

		var invalidEncoding = "invalid encoding";

		/**
		 * Decodes a base64 encoded string to a buffer.
		 * @param {string} string Source string
		 * @param {Uint8Array} buffer Destination buffer
		 * @param {number} offset Destination offset
		 * @returns {number} Number of bytes written
		 * @throws {Error} If encoding is invalid
		 */
		base64.decode = function decode(string, buffer, offset) {
		    var start = offset;
		    var j = 0, // goto index
		        t;     // temporary
		    for (var i = 0; i < string.length;) {
		        var c = string.charCodeAt(i++);
		        if (c === 61 && j > 1)
		            break;
		        if ((c = s64[c]) === undefined)
		            throw Error(invalidEncoding);
		        switch (j) {
		            case 0:
		                t = c;
		                j = 1;
		                break;
		            case 1:
		                buffer[offset++] = t << 2 | (c & 48) >> 4;
		                t = c;
		                j = 2;
		                break;
		            case 2:
		                buffer[offset++] = (t & 15) << 4 | (c & 60) >> 2;
		                t = c;
		                j = 3;
		                break;
		            case 3:
		                buffer[offset++] = (t & 3) << 6 | c;
		                j = 0;
		                break;
		        }
		    }
		    if (j === 1)
		        throw Error(invalidEncoding);
		    return offset - start;
		};

		/**
		 * Tests if the specified string appears to be base64 encoded.
		 * @param {string} string String to test
		 * @returns {boolean} `true` if probably base64 encoded, otherwise false
		 */
		base64.test = function test(string) {
		    return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(string);
		}; 
	} (base64));
	return base64;
}

var eventemitter;
var hasRequiredEventemitter;

function requireEventemitter () {
	if (hasRequiredEventemitter) return eventemitter;
	hasRequiredEventemitter = 1;
	eventemitter = EventEmitter;

	/**
	 * Constructs a new event emitter instance.
	 * @classdesc A minimal event emitter.
	 * @memberof util
	 * @constructor
	 */
	function EventEmitter() {

	    /**
	     * Registered listeners.
	     * @type {Object.<string,*>}
	     * @private
	     */
	    this._listeners = Object.create(null);
	}

	/**
	 * Event listener as used by {@link util.EventEmitter}.
	 * @typedef EventEmitterListener
	 * @type {function}
	 * @param {...*} args Arguments
	 * @returns {undefined}
	 */

	/**
	 * Registers an event listener.
	 * @param {string} evt Event name
	 * @param {EventEmitterListener} fn Listener
	 * @param {*} [ctx] Listener context
	 * @returns {this} `this`
	 */
	EventEmitter.prototype.on = function on(evt, fn, ctx) {
	    (this._listeners[evt] || (this._listeners[evt] = [])).push({
	        fn  : fn,
	        ctx : ctx || this
	    });
	    return this;
	};

	/**
	 * Removes an event listener or any matching listeners if arguments are omitted.
	 * @param {string} [evt] Event name. Removes all listeners if omitted.
	 * @param {EventEmitterListener} [fn] Listener to remove. Removes all listeners of `evt` if omitted.
	 * @returns {this} `this`
	 */
	EventEmitter.prototype.off = function off(evt, fn) {
	    if (evt === undefined)
	        this._listeners = Object.create(null);
	    else {
	        if (fn === undefined)
	            this._listeners[evt] = [];
	        else {
	            var listeners = this._listeners[evt];
	            if (!listeners)
	                return this;
	            for (var i = 0; i < listeners.length;)
	                if (listeners[i].fn === fn)
	                    listeners.splice(i, 1);
	                else
	                    ++i;
	        }
	    }
	    return this;
	};

	/**
	 * Emits an event by calling its listeners with the specified arguments.
	 * @param {string} evt Event name
	 * @param {...*} args Arguments
	 * @returns {this} `this`
	 */
	EventEmitter.prototype.emit = function emit(evt) {
	    var listeners = this._listeners[evt];
	    if (listeners) {
	        var args = [],
	            i = 1;
	        for (; i < arguments.length;)
	            args.push(arguments[i++]);
	        for (i = 0; i < listeners.length;)
	            listeners[i].fn.apply(listeners[i++].ctx, args);
	    }
	    return this;
	};
	return eventemitter;
}

var float;
var hasRequiredFloat;

function requireFloat () {
	if (hasRequiredFloat) return float;
	hasRequiredFloat = 1;

	float = factory(factory);

	/**
	 * Reads / writes floats / doubles from / to buffers.
	 * @name util.float
	 * @namespace
	 */

	/**
	 * Writes a 32 bit float to a buffer using little endian byte order.
	 * @name util.float.writeFloatLE
	 * @function
	 * @param {number} val Value to write
	 * @param {Uint8Array} buf Target buffer
	 * @param {number} pos Target buffer offset
	 * @returns {undefined}
	 */

	/**
	 * Writes a 32 bit float to a buffer using big endian byte order.
	 * @name util.float.writeFloatBE
	 * @function
	 * @param {number} val Value to write
	 * @param {Uint8Array} buf Target buffer
	 * @param {number} pos Target buffer offset
	 * @returns {undefined}
	 */

	/**
	 * Reads a 32 bit float from a buffer using little endian byte order.
	 * @name util.float.readFloatLE
	 * @function
	 * @param {Uint8Array} buf Source buffer
	 * @param {number} pos Source buffer offset
	 * @returns {number} Value read
	 */

	/**
	 * Reads a 32 bit float from a buffer using big endian byte order.
	 * @name util.float.readFloatBE
	 * @function
	 * @param {Uint8Array} buf Source buffer
	 * @param {number} pos Source buffer offset
	 * @returns {number} Value read
	 */

	/**
	 * Writes a 64 bit double to a buffer using little endian byte order.
	 * @name util.float.writeDoubleLE
	 * @function
	 * @param {number} val Value to write
	 * @param {Uint8Array} buf Target buffer
	 * @param {number} pos Target buffer offset
	 * @returns {undefined}
	 */

	/**
	 * Writes a 64 bit double to a buffer using big endian byte order.
	 * @name util.float.writeDoubleBE
	 * @function
	 * @param {number} val Value to write
	 * @param {Uint8Array} buf Target buffer
	 * @param {number} pos Target buffer offset
	 * @returns {undefined}
	 */

	/**
	 * Reads a 64 bit double from a buffer using little endian byte order.
	 * @name util.float.readDoubleLE
	 * @function
	 * @param {Uint8Array} buf Source buffer
	 * @param {number} pos Source buffer offset
	 * @returns {number} Value read
	 */

	/**
	 * Reads a 64 bit double from a buffer using big endian byte order.
	 * @name util.float.readDoubleBE
	 * @function
	 * @param {Uint8Array} buf Source buffer
	 * @param {number} pos Source buffer offset
	 * @returns {number} Value read
	 */

	// Factory function for the purpose of node-based testing in modified global environments
	function factory(exports) {

	    // float: typed array
	    if (typeof Float32Array !== "undefined") (function() {

	        var f32 = new Float32Array([ -0 ]),
	            f8b = new Uint8Array(f32.buffer),
	            le  = f8b[3] === 128;

	        function writeFloat_f32_cpy(val, buf, pos) {
	            f32[0] = val;
	            buf[pos    ] = f8b[0];
	            buf[pos + 1] = f8b[1];
	            buf[pos + 2] = f8b[2];
	            buf[pos + 3] = f8b[3];
	        }

	        function writeFloat_f32_rev(val, buf, pos) {
	            f32[0] = val;
	            buf[pos    ] = f8b[3];
	            buf[pos + 1] = f8b[2];
	            buf[pos + 2] = f8b[1];
	            buf[pos + 3] = f8b[0];
	        }

	        /* istanbul ignore next */
	        exports.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev;
	        /* istanbul ignore next */
	        exports.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;

	        function readFloat_f32_cpy(buf, pos) {
	            f8b[0] = buf[pos    ];
	            f8b[1] = buf[pos + 1];
	            f8b[2] = buf[pos + 2];
	            f8b[3] = buf[pos + 3];
	            return f32[0];
	        }

	        function readFloat_f32_rev(buf, pos) {
	            f8b[3] = buf[pos    ];
	            f8b[2] = buf[pos + 1];
	            f8b[1] = buf[pos + 2];
	            f8b[0] = buf[pos + 3];
	            return f32[0];
	        }

	        /* istanbul ignore next */
	        exports.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev;
	        /* istanbul ignore next */
	        exports.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;

	    // float: ieee754
	    })(); else (function() {

	        function writeFloat_ieee754(writeUint, val, buf, pos) {
	            var sign = val < 0 ? 1 : 0;
	            if (sign)
	                val = -val;
	            if (val === 0)
	                writeUint(1 / val > 0 ? /* positive */ 0 : /* negative 0 */ 2147483648, buf, pos);
	            else if (isNaN(val))
	                writeUint(2143289344, buf, pos);
	            else if (val > 3.4028234663852886e+38) // +-Infinity
	                writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
	            else if (val < 1.1754943508222875e-38) // denormal
	                writeUint((sign << 31 | Math.round(val / 1.401298464324817e-45)) >>> 0, buf, pos);
	            else {
	                var exponent = Math.floor(Math.log(val) / Math.LN2),
	                    mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
	                writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
	            }
	        }

	        exports.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE);
	        exports.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);

	        function readFloat_ieee754(readUint, buf, pos) {
	            var uint = readUint(buf, pos),
	                sign = (uint >> 31) * 2 + 1,
	                exponent = uint >>> 23 & 255,
	                mantissa = uint & 8388607;
	            return exponent === 255
	                ? mantissa
	                ? NaN
	                : sign * Infinity
	                : exponent === 0 // denormal
	                ? sign * 1.401298464324817e-45 * mantissa
	                : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
	        }

	        exports.readFloatLE = readFloat_ieee754.bind(null, readUintLE);
	        exports.readFloatBE = readFloat_ieee754.bind(null, readUintBE);

	    })();

	    // double: typed array
	    if (typeof Float64Array !== "undefined") (function() {

	        var f64 = new Float64Array([-0]),
	            f8b = new Uint8Array(f64.buffer),
	            le  = f8b[7] === 128;

	        function writeDouble_f64_cpy(val, buf, pos) {
	            f64[0] = val;
	            buf[pos    ] = f8b[0];
	            buf[pos + 1] = f8b[1];
	            buf[pos + 2] = f8b[2];
	            buf[pos + 3] = f8b[3];
	            buf[pos + 4] = f8b[4];
	            buf[pos + 5] = f8b[5];
	            buf[pos + 6] = f8b[6];
	            buf[pos + 7] = f8b[7];
	        }

	        function writeDouble_f64_rev(val, buf, pos) {
	            f64[0] = val;
	            buf[pos    ] = f8b[7];
	            buf[pos + 1] = f8b[6];
	            buf[pos + 2] = f8b[5];
	            buf[pos + 3] = f8b[4];
	            buf[pos + 4] = f8b[3];
	            buf[pos + 5] = f8b[2];
	            buf[pos + 6] = f8b[1];
	            buf[pos + 7] = f8b[0];
	        }

	        /* istanbul ignore next */
	        exports.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev;
	        /* istanbul ignore next */
	        exports.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;

	        function readDouble_f64_cpy(buf, pos) {
	            f8b[0] = buf[pos    ];
	            f8b[1] = buf[pos + 1];
	            f8b[2] = buf[pos + 2];
	            f8b[3] = buf[pos + 3];
	            f8b[4] = buf[pos + 4];
	            f8b[5] = buf[pos + 5];
	            f8b[6] = buf[pos + 6];
	            f8b[7] = buf[pos + 7];
	            return f64[0];
	        }

	        function readDouble_f64_rev(buf, pos) {
	            f8b[7] = buf[pos    ];
	            f8b[6] = buf[pos + 1];
	            f8b[5] = buf[pos + 2];
	            f8b[4] = buf[pos + 3];
	            f8b[3] = buf[pos + 4];
	            f8b[2] = buf[pos + 5];
	            f8b[1] = buf[pos + 6];
	            f8b[0] = buf[pos + 7];
	            return f64[0];
	        }

	        /* istanbul ignore next */
	        exports.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev;
	        /* istanbul ignore next */
	        exports.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;

	    // double: ieee754
	    })(); else (function() {

	        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
	            var sign = val < 0 ? 1 : 0;
	            if (sign)
	                val = -val;
	            if (val === 0) {
	                writeUint(0, buf, pos + off0);
	                writeUint(1 / val > 0 ? /* positive */ 0 : /* negative 0 */ 2147483648, buf, pos + off1);
	            } else if (isNaN(val)) {
	                writeUint(0, buf, pos + off0);
	                writeUint(2146959360, buf, pos + off1);
	            } else if (val > 1.7976931348623157e+308) { // +-Infinity
	                writeUint(0, buf, pos + off0);
	                writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
	            } else {
	                var mantissa;
	                if (val < 2.2250738585072014e-308) { // denormal
	                    mantissa = val / 5e-324;
	                    writeUint(mantissa >>> 0, buf, pos + off0);
	                    writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
	                } else {
	                    var exponent = Math.floor(Math.log(val) / Math.LN2);
	                    if (exponent === 1024)
	                        exponent = 1023;
	                    mantissa = val * Math.pow(2, -exponent);
	                    writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0);
	                    writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
	                }
	            }
	        }

	        exports.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4);
	        exports.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);

	        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
	            var lo = readUint(buf, pos + off0),
	                hi = readUint(buf, pos + off1);
	            var sign = (hi >> 31) * 2 + 1,
	                exponent = hi >>> 20 & 2047,
	                mantissa = 4294967296 * (hi & 1048575) + lo;
	            return exponent === 2047
	                ? mantissa
	                ? NaN
	                : sign * Infinity
	                : exponent === 0 // denormal
	                ? sign * 5e-324 * mantissa
	                : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
	        }

	        exports.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4);
	        exports.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);

	    })();

	    return exports;
	}

	// uint helpers

	function writeUintLE(val, buf, pos) {
	    buf[pos    ] =  val        & 255;
	    buf[pos + 1] =  val >>> 8  & 255;
	    buf[pos + 2] =  val >>> 16 & 255;
	    buf[pos + 3] =  val >>> 24;
	}

	function writeUintBE(val, buf, pos) {
	    buf[pos    ] =  val >>> 24;
	    buf[pos + 1] =  val >>> 16 & 255;
	    buf[pos + 2] =  val >>> 8  & 255;
	    buf[pos + 3] =  val        & 255;
	}

	function readUintLE(buf, pos) {
	    return (buf[pos    ]
	          | buf[pos + 1] << 8
	          | buf[pos + 2] << 16
	          | buf[pos + 3] << 24) >>> 0;
	}

	function readUintBE(buf, pos) {
	    return (buf[pos    ] << 24
	          | buf[pos + 1] << 16
	          | buf[pos + 2] << 8
	          | buf[pos + 3]) >>> 0;
	}
	return float;
}

var utf8 = {};

var hasRequiredUtf8;

function requireUtf8 () {
	if (hasRequiredUtf8) return utf8;
	hasRequiredUtf8 = 1;
	(function (exports) {

		/**
		 * A minimal UTF8 implementation for number arrays.
		 * @memberof util
		 * @namespace
		 */
		var utf8 = exports,
		    replacementCharCode = 0xFFFD; // U+FFFD REPLACEMENT CHARACTER

		/**
		 * Calculates the UTF8 byte length of a string.
		 * @param {string} string String
		 * @returns {number} Byte length
		 */
		utf8.length = function utf8_length(string) {
		    var len = 0,
		        c = 0;
		    for (var i = 0; i < string.length; ++i) {
		        c = string.charCodeAt(i);
		        if (c < 128)
		            len += 1;
		        else if (c < 2048)
		            len += 2;
		        else if ((c & 0xFC00) === 0xD800 && (string.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
		            ++i;
		            len += 4;
		        } else
		            len += 3;
		    }
		    return len;
		};

		/**
		 * Reads UTF8 bytes as a string.
		 * @param {Uint8Array} buffer Source buffer
		 * @param {number} start Source start
		 * @param {number} end Source end
		 * @returns {string} String read
		 */
		utf8.read = function utf8_read(buffer, start, end) {
		    if (end - start < 1)
		        return "";
		    // Batch code units and flush via String.fromCharCode.apply in 8192-unit
		    // chunks to avoid the per-character ConsString buildup of `str += ...`.
		    var parts = null,
		        chunk = [],
		        i = 0, // chunk write index
		        t, t2, c2, c3;
		    while (start < end) {
		        t = buffer[start++];
		        if (t <= 0x7F) {
		            chunk[i++] = t;
		        } else if (t >= 0xC0 && t < 0xE0) {
		            c2 = (t & 0x1F) << 6 | buffer[start++] & 0x3F;
		            chunk[i++] = c2 >= 0x80 ? c2 : replacementCharCode;
		        } else if (t >= 0xE0 && t < 0xF0) {
		            c3 = (t & 0xF) << 12 | (buffer[start++] & 0x3F) << 6 | buffer[start++] & 0x3F;
		            chunk[i++] = c3 >= 0x800 ? c3 : replacementCharCode;
		        } else if (t >= 0xF0) {
		            t2 = (t & 7) << 18 | (buffer[start++] & 0x3F) << 12 | (buffer[start++] & 0x3F) << 6 | buffer[start++] & 0x3F;
		            if (t2 < 0x10000 || t2 > 0x10FFFF)
		                chunk[i++] = replacementCharCode;
		            else {
		                t2 -= 0x10000;
		                chunk[i++] = 0xD800 + (t2 >> 10);
		                chunk[i++] = 0xDC00 + (t2 & 0x3FF);
		            }
		        }
		        if (i > 8191) {
		            (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk.slice(0, i)));
		            i = 0;
		        }
		    }
		    if (parts) {
		        if (i)
		            parts.push(String.fromCharCode.apply(String, chunk.slice(0, i)));
		        return parts.join("");
		    }
		    return String.fromCharCode.apply(String, chunk.slice(0, i));
		};

		/**
		 * Writes a string as UTF8 bytes.
		 * @param {string} string Source string
		 * @param {Uint8Array} buffer Destination buffer
		 * @param {number} offset Destination offset
		 * @returns {number} Bytes written
		 */
		utf8.write = function utf8_write(string, buffer, offset) {
		    var start = offset,
		        c1, // character 1
		        c2; // character 2
		    for (var i = 0; i < string.length; ++i) {
		        c1 = string.charCodeAt(i);
		        if (c1 < 128) {
		            buffer[offset++] = c1;
		        } else if (c1 < 2048) {
		            buffer[offset++] = c1 >> 6       | 192;
		            buffer[offset++] = c1       & 63 | 128;
		        } else if ((c1 & 0xFC00) === 0xD800 && ((c2 = string.charCodeAt(i + 1)) & 0xFC00) === 0xDC00) {
		            c1 = 0x10000 + ((c1 & 0x03FF) << 10) + (c2 & 0x03FF);
		            ++i;
		            buffer[offset++] = c1 >> 18      | 240;
		            buffer[offset++] = c1 >> 12 & 63 | 128;
		            buffer[offset++] = c1 >> 6  & 63 | 128;
		            buffer[offset++] = c1       & 63 | 128;
		        } else {
		            buffer[offset++] = c1 >> 12      | 224;
		            buffer[offset++] = c1 >> 6  & 63 | 128;
		            buffer[offset++] = c1       & 63 | 128;
		        }
		    }
		    return offset - start;
		}; 
	} (utf8));
	return utf8;
}

var pool_1;
var hasRequiredPool;

function requirePool () {
	if (hasRequiredPool) return pool_1;
	hasRequiredPool = 1;
	pool_1 = pool;

	/**
	 * An allocator as used by {@link util.pool}.
	 * @typedef PoolAllocator
	 * @type {function}
	 * @param {number} size Buffer size
	 * @returns {Uint8Array} Buffer
	 */

	/**
	 * A slicer as used by {@link util.pool}.
	 * @typedef PoolSlicer
	 * @type {function}
	 * @param {number} start Start offset
	 * @param {number} end End offset
	 * @returns {Uint8Array} Buffer slice
	 * @this {Uint8Array}
	 */

	/**
	 * A general purpose buffer pool.
	 * @memberof util
	 * @function
	 * @param {PoolAllocator} alloc Allocator
	 * @param {PoolSlicer} slice Slicer
	 * @param {number} [size=8192] Slab size
	 * @returns {PoolAllocator} Pooled allocator
	 */
	function pool(alloc, slice, size) {
	    var SIZE   = size || 8192;
	    var MAX    = SIZE >>> 1;
	    var slab   = null;
	    var offset = SIZE;
	    return function pool_alloc(size) {
	        if (size < 1 || size > MAX)
	            return alloc(size);
	        if (offset + size > SIZE) {
	            slab = alloc(SIZE);
	            offset = 0;
	        }
	        var buf = slice.call(slab, offset, offset += size);
	        if (offset & 7) // align to 32 bit
	            offset = (offset | 7) + 1;
	        return buf;
	    };
	}
	return pool_1;
}

var longbits;
var hasRequiredLongbits;

function requireLongbits () {
	if (hasRequiredLongbits) return longbits;
	hasRequiredLongbits = 1;
	longbits = LongBits;

	var util = requireMinimal$1();

	/**
	 * Constructs new long bits.
	 * @classdesc Helper class for working with the low and high bits of a 64 bit value.
	 * @memberof util
	 * @constructor
	 * @param {number} lo Low 32 bits, unsigned
	 * @param {number} hi High 32 bits, unsigned
	 */
	function LongBits(lo, hi) {

	    // note that the casts below are theoretically unnecessary as of today, but older statically
	    // generated converter code might still call the ctor with signed 32bits. kept for compat.

	    /**
	     * Low bits.
	     * @type {number}
	     */
	    this.lo = lo >>> 0;

	    /**
	     * High bits.
	     * @type {number}
	     */
	    this.hi = hi >>> 0;
	}

	/**
	 * Zero bits.
	 * @memberof util.LongBits
	 * @type {util.LongBits}
	 */
	var zero = LongBits.zero = new LongBits(0, 0);

	zero.toNumber = function() { return 0; };
	zero.zzEncode = zero.zzDecode = function() { return this; };
	zero.length = function() { return 1; };

	/**
	 * Zero hash.
	 * @memberof util.LongBits
	 * @type {string}
	 */
	var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";

	/**
	 * Constructs new long bits from the specified number.
	 * @param {number} value Value
	 * @returns {util.LongBits} Instance
	 */
	LongBits.fromNumber = function fromNumber(value) {
	    if (value === 0)
	        return zero;
	    var sign = value < 0;
	    if (sign)
	        value = -value;
	    var lo = value >>> 0,
	        hi = (value - lo) / 4294967296 >>> 0;
	    if (sign) {
	        hi = ~hi >>> 0;
	        lo = ~lo >>> 0;
	        if (++lo > 4294967295) {
	            lo = 0;
	            if (++hi > 4294967295)
	                hi = 0;
	        }
	    }
	    return new LongBits(lo, hi);
	};

	/**
	 * Constructs new long bits from a number, long or string.
	 * @param {Long|number|string} value Value
	 * @returns {util.LongBits} Instance
	 */
	LongBits.from = function from(value) {
	    if (typeof value === "number")
	        return LongBits.fromNumber(value);
	    if (util.isString(value)) {
	        /* istanbul ignore else */
	        if (util.Long)
	            value = util.Long.fromString(value);
	        else
	            return LongBits.fromNumber(parseInt(value, 10));
	    }
	    return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
	};

	/**
	 * Converts this long bits to a possibly unsafe JavaScript number.
	 * @param {boolean} [unsigned=false] Whether unsigned or not
	 * @returns {number} Possibly unsafe number
	 */
	LongBits.prototype.toNumber = function toNumber(unsigned) {
	    if (!unsigned && this.hi >>> 31) {
	        var lo = ~this.lo + 1 >>> 0,
	            hi = ~this.hi     >>> 0;
	        if (!lo)
	            hi = hi + 1 >>> 0;
	        return -(lo + hi * 4294967296);
	    }
	    return this.lo + this.hi * 4294967296;
	};

	/**
	 * Converts this long bits to a long.
	 * @param {boolean} [unsigned=false] Whether unsigned or not
	 * @returns {Long} Long
	 */
	LongBits.prototype.toLong = function toLong(unsigned) {
	    return util.Long
	        ? new util.Long(this.lo | 0, this.hi | 0, Boolean(unsigned))
	        /* istanbul ignore next */
	        : { low: this.lo | 0, high: this.hi | 0, unsigned: Boolean(unsigned) };
	};

	var charCodeAt = String.prototype.charCodeAt;

	/**
	 * Constructs new long bits from the specified 8 characters long hash.
	 * @param {string} hash Hash
	 * @returns {util.LongBits} Bits
	 */
	LongBits.fromHash = function fromHash(hash) {
	    if (hash === zeroHash)
	        return zero;
	    return new LongBits(
	        ( charCodeAt.call(hash, 0)
	        | charCodeAt.call(hash, 1) << 8
	        | charCodeAt.call(hash, 2) << 16
	        | charCodeAt.call(hash, 3) << 24) >>> 0
	    ,
	        ( charCodeAt.call(hash, 4)
	        | charCodeAt.call(hash, 5) << 8
	        | charCodeAt.call(hash, 6) << 16
	        | charCodeAt.call(hash, 7) << 24) >>> 0
	    );
	};

	/**
	 * Converts this long bits to a 8 characters long hash.
	 * @returns {string} Hash
	 */
	LongBits.prototype.toHash = function toHash() {
	    return String.fromCharCode(
	        this.lo        & 255,
	        this.lo >>> 8  & 255,
	        this.lo >>> 16 & 255,
	        this.lo >>> 24      ,
	        this.hi        & 255,
	        this.hi >>> 8  & 255,
	        this.hi >>> 16 & 255,
	        this.hi >>> 24
	    );
	};

	/**
	 * Zig-zag encodes this long bits.
	 * @returns {util.LongBits} `this`
	 */
	LongBits.prototype.zzEncode = function zzEncode() {
	    var mask =   this.hi >> 31;
	    this.hi  = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0;
	    this.lo  = ( this.lo << 1                   ^ mask) >>> 0;
	    return this;
	};

	/**
	 * Zig-zag decodes this long bits.
	 * @returns {util.LongBits} `this`
	 */
	LongBits.prototype.zzDecode = function zzDecode() {
	    var mask = -(this.lo & 1);
	    this.lo  = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0;
	    this.hi  = ( this.hi >>> 1                  ^ mask) >>> 0;
	    return this;
	};

	/**
	 * Calculates the length of this longbits when encoded as a varint.
	 * @returns {number} Length
	 */
	LongBits.prototype.length = function length() {
	    var part0 =  this.lo,
	        part1 = (this.lo >>> 28 | this.hi << 4) >>> 0,
	        part2 =  this.hi >>> 24;
	    return part2 === 0
	         ? part1 === 0
	           ? part0 < 16384
	             ? part0 < 128 ? 1 : 2
	             : part0 < 2097152 ? 3 : 4
	           : part1 < 16384
	             ? part1 < 128 ? 5 : 6
	             : part1 < 2097152 ? 7 : 8
	         : part2 < 128 ? 9 : 10;
	};
	return longbits;
}

var umd$1 = {exports: {}};

var umd = umd$1.exports;

var hasRequiredUmd;

function requireUmd () {
	if (hasRequiredUmd) return umd$1.exports;
	hasRequiredUmd = 1;
	(function (module, exports) {
		// GENERATED FILE. DO NOT EDIT.
		(function (global, factory) {
		  function preferDefault(exports) {
		    return exports.default || exports;
		  }
		  {
		    factory(exports);
		    module.exports = preferDefault(exports);
		  }
		})(
		  typeof globalThis !== "undefined"
		    ? globalThis
		    : typeof self !== "undefined"
		      ? self
		      : umd,
		  function (_exports) {

		    Object.defineProperty(_exports, "__esModule", {
		      value: true,
		    });
		    _exports.default = void 0;
		    /**
		     * @license
		     * Copyright 2009 The Closure Library Authors
		     * Copyright 2020 Daniel Wirtz / The long.js Authors.
		     *
		     * Licensed under the Apache License, Version 2.0 (the "License");
		     * you may not use this file except in compliance with the License.
		     * You may obtain a copy of the License at
		     *
		     *     http://www.apache.org/licenses/LICENSE-2.0
		     *
		     * Unless required by applicable law or agreed to in writing, software
		     * distributed under the License is distributed on an "AS IS" BASIS,
		     * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		     * See the License for the specific language governing permissions and
		     * limitations under the License.
		     *
		     * SPDX-License-Identifier: Apache-2.0
		     */

		    // WebAssembly optimizations to do native i64 multiplication and divide
		    var wasm = null;
		    try {
		      wasm = new WebAssembly.Instance(
		        new WebAssembly.Module(
		          new Uint8Array([
		            // \0asm
		            0, 97, 115, 109,
		            // version 1
		            1, 0, 0, 0,
		            // section "type"
		            1, 13, 2,
		            // 0, () => i32
		            96, 0, 1, 127,
		            // 1, (i32, i32, i32, i32) => i32
		            96, 4, 127, 127, 127, 127, 1, 127,
		            // section "function"
		            3, 7, 6,
		            // 0, type 0
		            0,
		            // 1, type 1
		            1,
		            // 2, type 1
		            1,
		            // 3, type 1
		            1,
		            // 4, type 1
		            1,
		            // 5, type 1
		            1,
		            // section "global"
		            6, 6, 1,
		            // 0, "high", mutable i32
		            127, 1, 65, 0, 11,
		            // section "export"
		            7, 50, 6,
		            // 0, "mul"
		            3, 109, 117, 108, 0, 1,
		            // 1, "div_s"
		            5, 100, 105, 118, 95, 115, 0, 2,
		            // 2, "div_u"
		            5, 100, 105, 118, 95, 117, 0, 3,
		            // 3, "rem_s"
		            5, 114, 101, 109, 95, 115, 0, 4,
		            // 4, "rem_u"
		            5, 114, 101, 109, 95, 117, 0, 5,
		            // 5, "get_high"
		            8, 103, 101, 116, 95, 104, 105, 103, 104, 0, 0,
		            // section "code"
		            10, 191, 1, 6,
		            // 0, "get_high"
		            4, 0, 35, 0, 11,
		            // 1, "mul"
		            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
		            32, 3, 173, 66, 32, 134, 132, 126, 34, 4, 66, 32, 135, 167, 36, 0,
		            32, 4, 167, 11,
		            // 2, "div_s"
		            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
		            32, 3, 173, 66, 32, 134, 132, 127, 34, 4, 66, 32, 135, 167, 36, 0,
		            32, 4, 167, 11,
		            // 3, "div_u"
		            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
		            32, 3, 173, 66, 32, 134, 132, 128, 34, 4, 66, 32, 135, 167, 36, 0,
		            32, 4, 167, 11,
		            // 4, "rem_s"
		            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
		            32, 3, 173, 66, 32, 134, 132, 129, 34, 4, 66, 32, 135, 167, 36, 0,
		            32, 4, 167, 11,
		            // 5, "rem_u"
		            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
		            32, 3, 173, 66, 32, 134, 132, 130, 34, 4, 66, 32, 135, 167, 36, 0,
		            32, 4, 167, 11,
		          ]),
		        ),
		        {},
		      ).exports;
		    } catch {
		      // no wasm support :(
		    }

		    /**
		     * Constructs a 64 bit two's-complement integer, given its low and high 32 bit values as *signed* integers.
		     *  See the from* functions below for more convenient ways of constructing Longs.
		     * @exports Long
		     * @class A Long class for representing a 64 bit two's-complement integer value.
		     * @param {number} low The low (signed) 32 bits of the long
		     * @param {number} high The high (signed) 32 bits of the long
		     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
		     * @constructor
		     */
		    function Long(low, high, unsigned) {
		      /**
		       * The low 32 bits as a signed value.
		       * @type {number}
		       */
		      this.low = low | 0;

		      /**
		       * The high 32 bits as a signed value.
		       * @type {number}
		       */
		      this.high = high | 0;

		      /**
		       * Whether unsigned or not.
		       * @type {boolean}
		       */
		      this.unsigned = !!unsigned;
		    }

		    // The internal representation of a long is the two given signed, 32-bit values.
		    // We use 32-bit pieces because these are the size of integers on which
		    // Javascript performs bit-operations.  For operations like addition and
		    // multiplication, we split each number into 16 bit pieces, which can easily be
		    // multiplied within Javascript's floating-point representation without overflow
		    // or change in sign.
		    //
		    // In the algorithms below, we frequently reduce the negative case to the
		    // positive case by negating the input(s) and then post-processing the result.
		    // Note that we must ALWAYS check specially whether those values are MIN_VALUE
		    // (-2^63) because -MIN_VALUE == MIN_VALUE (since 2^63 cannot be represented as
		    // a positive number, it overflows back into a negative).  Not handling this
		    // case would often result in infinite recursion.
		    //
		    // Common constant values ZERO, ONE, NEG_ONE, etc. are defined below the from*
		    // methods on which they depend.

		    /**
		     * An indicator used to reliably determine if an object is a Long or not.
		     * @type {boolean}
		     * @const
		     * @private
		     */
		    Long.prototype.__isLong__;
		    Object.defineProperty(Long.prototype, "__isLong__", {
		      value: true,
		    });

		    /**
		     * @function
		     * @param {*} obj Object
		     * @returns {boolean}
		     * @inner
		     */
		    function isLong(obj) {
		      return (obj && obj["__isLong__"]) === true;
		    }

		    /**
		     * @function
		     * @param {*} value number
		     * @returns {number}
		     * @inner
		     */
		    function ctz32(value) {
		      var c = Math.clz32(value & -value);
		      return value ? 31 - c : c;
		    }

		    /**
		     * Tests if the specified object is a Long.
		     * @function
		     * @param {*} obj Object
		     * @returns {boolean}
		     */
		    Long.isLong = isLong;

		    /**
		     * A cache of the Long representations of small integer values.
		     * @type {!Object}
		     * @inner
		     */
		    var INT_CACHE = {};

		    /**
		     * A cache of the Long representations of small unsigned integer values.
		     * @type {!Object}
		     * @inner
		     */
		    var UINT_CACHE = {};

		    /**
		     * @param {number} value
		     * @param {boolean=} unsigned
		     * @returns {!Long}
		     * @inner
		     */
		    function fromInt(value, unsigned) {
		      var obj, cachedObj, cache;
		      if (unsigned) {
		        value >>>= 0;
		        if ((cache = 0 <= value && value < 256)) {
		          cachedObj = UINT_CACHE[value];
		          if (cachedObj) return cachedObj;
		        }
		        obj = fromBits(value, 0, true);
		        if (cache) UINT_CACHE[value] = obj;
		        return obj;
		      } else {
		        value |= 0;
		        if ((cache = -128 <= value && value < 128)) {
		          cachedObj = INT_CACHE[value];
		          if (cachedObj) return cachedObj;
		        }
		        obj = fromBits(value, value < 0 ? -1 : 0, false);
		        if (cache) INT_CACHE[value] = obj;
		        return obj;
		      }
		    }

		    /**
		     * Returns a Long representing the given 32 bit integer value.
		     * @function
		     * @param {number} value The 32 bit integer in question
		     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
		     * @returns {!Long} The corresponding Long value
		     */
		    Long.fromInt = fromInt;

		    /**
		     * @param {number} value
		     * @param {boolean=} unsigned
		     * @returns {!Long}
		     * @inner
		     */
		    function fromNumber(value, unsigned) {
		      if (isNaN(value)) return unsigned ? UZERO : ZERO;
		      if (unsigned) {
		        if (value < 0) return UZERO;
		        if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
		      } else {
		        if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
		        if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
		      }
		      if (value < 0) return fromNumber(-value, unsigned).neg();
		      return fromBits(
		        value % TWO_PWR_32_DBL | 0,
		        (value / TWO_PWR_32_DBL) | 0,
		        unsigned,
		      );
		    }

		    /**
		     * Returns a Long representing the given value, provided that it is a finite number. Otherwise, zero is returned.
		     * @function
		     * @param {number} value The number in question
		     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
		     * @returns {!Long} The corresponding Long value
		     */
		    Long.fromNumber = fromNumber;

		    /**
		     * @param {number} lowBits
		     * @param {number} highBits
		     * @param {boolean=} unsigned
		     * @returns {!Long}
		     * @inner
		     */
		    function fromBits(lowBits, highBits, unsigned) {
		      return new Long(lowBits, highBits, unsigned);
		    }

		    /**
		     * Returns a Long representing the 64 bit integer that comes by concatenating the given low and high bits. Each is
		     *  assumed to use 32 bits.
		     * @function
		     * @param {number} lowBits The low 32 bits
		     * @param {number} highBits The high 32 bits
		     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
		     * @returns {!Long} The corresponding Long value
		     */
		    Long.fromBits = fromBits;

		    /**
		     * @function
		     * @param {number} base
		     * @param {number} exponent
		     * @returns {number}
		     * @inner
		     */
		    var pow_dbl = Math.pow; // Used 4 times (4*8 to 15+4)

		    /**
		     * @param {string} str
		     * @param {(boolean|number)=} unsigned
		     * @param {number=} radix
		     * @returns {!Long}
		     * @inner
		     */
		    function fromString(str, unsigned, radix) {
		      if (str.length === 0) throw Error("empty string");
		      if (typeof unsigned === "number") {
		        // For goog.math.long compatibility
		        radix = unsigned;
		        unsigned = false;
		      } else {
		        unsigned = !!unsigned;
		      }
		      if (
		        str === "NaN" ||
		        str === "Infinity" ||
		        str === "+Infinity" ||
		        str === "-Infinity"
		      )
		        return unsigned ? UZERO : ZERO;
		      radix = radix || 10;
		      if (radix < 2 || 36 < radix) throw RangeError("radix");
		      var p;
		      if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
		      else if (p === 0) {
		        return fromString(str.substring(1), unsigned, radix).neg();
		      }

		      // Do several (8) digits each time through the loop, so as to
		      // minimize the calls to the very expensive emulated div.
		      var radixToPower = fromNumber(pow_dbl(radix, 8));
		      var result = ZERO;
		      for (var i = 0; i < str.length; i += 8) {
		        var size = Math.min(8, str.length - i),
		          value = parseInt(str.substring(i, i + size), radix);
		        if (size < 8) {
		          var power = fromNumber(pow_dbl(radix, size));
		          result = result.mul(power).add(fromNumber(value));
		        } else {
		          result = result.mul(radixToPower);
		          result = result.add(fromNumber(value));
		        }
		      }
		      result.unsigned = unsigned;
		      return result;
		    }

		    /**
		     * Returns a Long representation of the given string, written using the specified radix.
		     * @function
		     * @param {string} str The textual representation of the Long
		     * @param {(boolean|number)=} unsigned Whether unsigned or not, defaults to signed
		     * @param {number=} radix The radix in which the text is written (2-36), defaults to 10
		     * @returns {!Long} The corresponding Long value
		     */
		    Long.fromString = fromString;

		    /**
		     * @function
		     * @param {!Long|number|string|!{low: number, high: number, unsigned: boolean}} val
		     * @param {boolean=} unsigned
		     * @returns {!Long}
		     * @inner
		     */
		    function fromValue(val, unsigned) {
		      if (typeof val === "number") return fromNumber(val, unsigned);
		      if (typeof val === "string") return fromString(val, unsigned);
		      // Throws for non-objects, converts non-instanceof Long:
		      return fromBits(
		        val.low,
		        val.high,
		        typeof unsigned === "boolean" ? unsigned : val.unsigned,
		      );
		    }

		    /**
		     * Converts the specified value to a Long using the appropriate from* function for its type.
		     * @function
		     * @param {!Long|number|bigint|string|!{low: number, high: number, unsigned: boolean}} val Value
		     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
		     * @returns {!Long}
		     */
		    Long.fromValue = fromValue;

		    // NOTE: the compiler should inline these constant values below and then remove these variables, so there should be
		    // no runtime penalty for these.

		    /**
		     * @type {number}
		     * @const
		     * @inner
		     */
		    var TWO_PWR_16_DBL = 1 << 16;

		    /**
		     * @type {number}
		     * @const
		     * @inner
		     */
		    var TWO_PWR_24_DBL = 1 << 24;

		    /**
		     * @type {number}
		     * @const
		     * @inner
		     */
		    var TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL;

		    /**
		     * @type {number}
		     * @const
		     * @inner
		     */
		    var TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL;

		    /**
		     * @type {number}
		     * @const
		     * @inner
		     */
		    var TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2;

		    /**
		     * @type {!Long}
		     * @const
		     * @inner
		     */
		    var TWO_PWR_24 = fromInt(TWO_PWR_24_DBL);

		    /**
		     * @type {!Long}
		     * @inner
		     */
		    var ZERO = fromInt(0);

		    /**
		     * Signed zero.
		     * @type {!Long}
		     */
		    Long.ZERO = ZERO;

		    /**
		     * @type {!Long}
		     * @inner
		     */
		    var UZERO = fromInt(0, true);

		    /**
		     * Unsigned zero.
		     * @type {!Long}
		     */
		    Long.UZERO = UZERO;

		    /**
		     * @type {!Long}
		     * @inner
		     */
		    var ONE = fromInt(1);

		    /**
		     * Signed one.
		     * @type {!Long}
		     */
		    Long.ONE = ONE;

		    /**
		     * @type {!Long}
		     * @inner
		     */
		    var UONE = fromInt(1, true);

		    /**
		     * Unsigned one.
		     * @type {!Long}
		     */
		    Long.UONE = UONE;

		    /**
		     * @type {!Long}
		     * @inner
		     */
		    var NEG_ONE = fromInt(-1);

		    /**
		     * Signed negative one.
		     * @type {!Long}
		     */
		    Long.NEG_ONE = NEG_ONE;

		    /**
		     * @type {!Long}
		     * @inner
		     */
		    var MAX_VALUE = fromBits(0xffffffff | 0, 0x7fffffff | 0, false);

		    /**
		     * Maximum signed value.
		     * @type {!Long}
		     */
		    Long.MAX_VALUE = MAX_VALUE;

		    /**
		     * @type {!Long}
		     * @inner
		     */
		    var MAX_UNSIGNED_VALUE = fromBits(0xffffffff | 0, 0xffffffff | 0, true);

		    /**
		     * Maximum unsigned value.
		     * @type {!Long}
		     */
		    Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;

		    /**
		     * @type {!Long}
		     * @inner
		     */
		    var MIN_VALUE = fromBits(0, 0x80000000 | 0, false);

		    /**
		     * Minimum signed value.
		     * @type {!Long}
		     */
		    Long.MIN_VALUE = MIN_VALUE;

		    /**
		     * @alias Long.prototype
		     * @inner
		     */
		    var LongPrototype = Long.prototype;

		    /**
		     * Converts the Long to a 32 bit integer, assuming it is a 32 bit integer.
		     * @this {!Long}
		     * @returns {number}
		     */
		    LongPrototype.toInt = function toInt() {
		      return this.unsigned ? this.low >>> 0 : this.low;
		    };

		    /**
		     * Converts the Long to a the nearest floating-point representation of this value (double, 53 bit mantissa).
		     * @this {!Long}
		     * @returns {number}
		     */
		    LongPrototype.toNumber = function toNumber() {
		      if (this.unsigned)
		        return (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0);
		      return this.high * TWO_PWR_32_DBL + (this.low >>> 0);
		    };

		    /**
		     * Converts the Long to a string written in the specified radix.
		     * @this {!Long}
		     * @param {number=} radix Radix (2-36), defaults to 10
		     * @returns {string}
		     * @override
		     * @throws {RangeError} If `radix` is out of range
		     */
		    LongPrototype.toString = function toString(radix) {
		      radix = radix || 10;
		      if (radix < 2 || 36 < radix) throw RangeError("radix");
		      if (this.isZero()) return "0";
		      if (this.isNegative()) {
		        // Unsigned Longs are never negative
		        if (this.eq(MIN_VALUE)) {
		          // We need to change the Long value before it can be negated, so we remove
		          // the bottom-most digit in this base and then recurse to do the rest.
		          var radixLong = fromNumber(radix),
		            div = this.div(radixLong),
		            rem1 = div.mul(radixLong).sub(this);
		          return div.toString(radix) + rem1.toInt().toString(radix);
		        } else return "-" + this.neg().toString(radix);
		      }

		      // Do several (6) digits each time through the loop, so as to
		      // minimize the calls to the very expensive emulated div.
		      var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned),
		        rem = this;
		      var result = "";
		      while (true) {
		        var remDiv = rem.div(radixToPower),
		          intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0,
		          digits = intval.toString(radix);
		        rem = remDiv;
		        if (rem.isZero()) return digits + result;
		        else {
		          while (digits.length < 6) digits = "0" + digits;
		          result = "" + digits + result;
		        }
		      }
		    };

		    /**
		     * Gets the high 32 bits as a signed integer.
		     * @this {!Long}
		     * @returns {number} Signed high bits
		     */
		    LongPrototype.getHighBits = function getHighBits() {
		      return this.high;
		    };

		    /**
		     * Gets the high 32 bits as an unsigned integer.
		     * @this {!Long}
		     * @returns {number} Unsigned high bits
		     */
		    LongPrototype.getHighBitsUnsigned = function getHighBitsUnsigned() {
		      return this.high >>> 0;
		    };

		    /**
		     * Gets the low 32 bits as a signed integer.
		     * @this {!Long}
		     * @returns {number} Signed low bits
		     */
		    LongPrototype.getLowBits = function getLowBits() {
		      return this.low;
		    };

		    /**
		     * Gets the low 32 bits as an unsigned integer.
		     * @this {!Long}
		     * @returns {number} Unsigned low bits
		     */
		    LongPrototype.getLowBitsUnsigned = function getLowBitsUnsigned() {
		      return this.low >>> 0;
		    };

		    /**
		     * Gets the number of bits needed to represent the absolute value of this Long.
		     * @this {!Long}
		     * @returns {number}
		     */
		    LongPrototype.getNumBitsAbs = function getNumBitsAbs() {
		      if (this.isNegative())
		        // Unsigned Longs are never negative
		        return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
		      var val = this.high != 0 ? this.high : this.low;
		      for (var bit = 31; bit > 0; bit--) if ((val & (1 << bit)) != 0) break;
		      return this.high != 0 ? bit + 33 : bit + 1;
		    };

		    /**
		     * Tests if this Long can be safely represented as a JavaScript number.
		     * @this {!Long}
		     * @returns {boolean}
		     */
		    LongPrototype.isSafeInteger = function isSafeInteger() {
		      // 2^53-1 is the maximum safe value
		      var top11Bits = this.high >> 21;
		      // [0, 2^53-1]
		      if (!top11Bits) return true;
		      // > 2^53-1
		      if (this.unsigned) return false;
		      // [-2^53, -1] except -2^53
		      return top11Bits === -1 && !(this.low === 0 && this.high === -2097152);
		    };

		    /**
		     * Tests if this Long's value equals zero.
		     * @this {!Long}
		     * @returns {boolean}
		     */
		    LongPrototype.isZero = function isZero() {
		      return this.high === 0 && this.low === 0;
		    };

		    /**
		     * Tests if this Long's value equals zero. This is an alias of {@link Long#isZero}.
		     * @returns {boolean}
		     */
		    LongPrototype.eqz = LongPrototype.isZero;

		    /**
		     * Tests if this Long's value is negative.
		     * @this {!Long}
		     * @returns {boolean}
		     */
		    LongPrototype.isNegative = function isNegative() {
		      return !this.unsigned && this.high < 0;
		    };

		    /**
		     * Tests if this Long's value is positive or zero.
		     * @this {!Long}
		     * @returns {boolean}
		     */
		    LongPrototype.isPositive = function isPositive() {
		      return this.unsigned || this.high >= 0;
		    };

		    /**
		     * Tests if this Long's value is odd.
		     * @this {!Long}
		     * @returns {boolean}
		     */
		    LongPrototype.isOdd = function isOdd() {
		      return (this.low & 1) === 1;
		    };

		    /**
		     * Tests if this Long's value is even.
		     * @this {!Long}
		     * @returns {boolean}
		     */
		    LongPrototype.isEven = function isEven() {
		      return (this.low & 1) === 0;
		    };

		    /**
		     * Tests if this Long's value equals the specified's.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.equals = function equals(other) {
		      if (!isLong(other)) other = fromValue(other);
		      if (
		        this.unsigned !== other.unsigned &&
		        this.high >>> 31 === 1 &&
		        other.high >>> 31 === 1
		      )
		        return false;
		      return this.high === other.high && this.low === other.low;
		    };

		    /**
		     * Tests if this Long's value equals the specified's. This is an alias of {@link Long#equals}.
		     * @function
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.eq = LongPrototype.equals;

		    /**
		     * Tests if this Long's value differs from the specified's.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.notEquals = function notEquals(other) {
		      return !this.eq(/* validates */ other);
		    };

		    /**
		     * Tests if this Long's value differs from the specified's. This is an alias of {@link Long#notEquals}.
		     * @function
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.neq = LongPrototype.notEquals;

		    /**
		     * Tests if this Long's value differs from the specified's. This is an alias of {@link Long#notEquals}.
		     * @function
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.ne = LongPrototype.notEquals;

		    /**
		     * Tests if this Long's value is less than the specified's.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.lessThan = function lessThan(other) {
		      return this.comp(/* validates */ other) < 0;
		    };

		    /**
		     * Tests if this Long's value is less than the specified's. This is an alias of {@link Long#lessThan}.
		     * @function
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.lt = LongPrototype.lessThan;

		    /**
		     * Tests if this Long's value is less than or equal the specified's.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.lessThanOrEqual = function lessThanOrEqual(other) {
		      return this.comp(/* validates */ other) <= 0;
		    };

		    /**
		     * Tests if this Long's value is less than or equal the specified's. This is an alias of {@link Long#lessThanOrEqual}.
		     * @function
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.lte = LongPrototype.lessThanOrEqual;

		    /**
		     * Tests if this Long's value is less than or equal the specified's. This is an alias of {@link Long#lessThanOrEqual}.
		     * @function
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.le = LongPrototype.lessThanOrEqual;

		    /**
		     * Tests if this Long's value is greater than the specified's.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.greaterThan = function greaterThan(other) {
		      return this.comp(/* validates */ other) > 0;
		    };

		    /**
		     * Tests if this Long's value is greater than the specified's. This is an alias of {@link Long#greaterThan}.
		     * @function
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.gt = LongPrototype.greaterThan;

		    /**
		     * Tests if this Long's value is greater than or equal the specified's.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.greaterThanOrEqual = function greaterThanOrEqual(other) {
		      return this.comp(/* validates */ other) >= 0;
		    };

		    /**
		     * Tests if this Long's value is greater than or equal the specified's. This is an alias of {@link Long#greaterThanOrEqual}.
		     * @function
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.gte = LongPrototype.greaterThanOrEqual;

		    /**
		     * Tests if this Long's value is greater than or equal the specified's. This is an alias of {@link Long#greaterThanOrEqual}.
		     * @function
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {boolean}
		     */
		    LongPrototype.ge = LongPrototype.greaterThanOrEqual;

		    /**
		     * Compares this Long's value with the specified's.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {number} 0 if they are the same, 1 if the this is greater and -1
		     *  if the given one is greater
		     */
		    LongPrototype.compare = function compare(other) {
		      if (!isLong(other)) other = fromValue(other);
		      if (this.eq(other)) return 0;
		      var thisNeg = this.isNegative(),
		        otherNeg = other.isNegative();
		      if (thisNeg && !otherNeg) return -1;
		      if (!thisNeg && otherNeg) return 1;
		      // At this point the sign bits are the same
		      if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
		      // Both are positive if at least one is unsigned
		      return other.high >>> 0 > this.high >>> 0 ||
		        (other.high === this.high && other.low >>> 0 > this.low >>> 0)
		        ? -1
		        : 1;
		    };

		    /**
		     * Compares this Long's value with the specified's. This is an alias of {@link Long#compare}.
		     * @function
		     * @param {!Long|number|bigint|string} other Other value
		     * @returns {number} 0 if they are the same, 1 if the this is greater and -1
		     *  if the given one is greater
		     */
		    LongPrototype.comp = LongPrototype.compare;

		    /**
		     * Negates this Long's value.
		     * @this {!Long}
		     * @returns {!Long} Negated Long
		     */
		    LongPrototype.negate = function negate() {
		      if (!this.unsigned && this.eq(MIN_VALUE)) return MIN_VALUE;
		      return this.not().add(ONE);
		    };

		    /**
		     * Negates this Long's value. This is an alias of {@link Long#negate}.
		     * @function
		     * @returns {!Long} Negated Long
		     */
		    LongPrototype.neg = LongPrototype.negate;

		    /**
		     * Returns the sum of this and the specified Long.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} addend Addend
		     * @returns {!Long} Sum
		     */
		    LongPrototype.add = function add(addend) {
		      if (!isLong(addend)) addend = fromValue(addend);

		      // Divide each number into 4 chunks of 16 bits, and then sum the chunks.

		      var a48 = this.high >>> 16;
		      var a32 = this.high & 0xffff;
		      var a16 = this.low >>> 16;
		      var a00 = this.low & 0xffff;
		      var b48 = addend.high >>> 16;
		      var b32 = addend.high & 0xffff;
		      var b16 = addend.low >>> 16;
		      var b00 = addend.low & 0xffff;
		      var c48 = 0,
		        c32 = 0,
		        c16 = 0,
		        c00 = 0;
		      c00 += a00 + b00;
		      c16 += c00 >>> 16;
		      c00 &= 0xffff;
		      c16 += a16 + b16;
		      c32 += c16 >>> 16;
		      c16 &= 0xffff;
		      c32 += a32 + b32;
		      c48 += c32 >>> 16;
		      c32 &= 0xffff;
		      c48 += a48 + b48;
		      c48 &= 0xffff;
		      return fromBits((c16 << 16) | c00, (c48 << 16) | c32, this.unsigned);
		    };

		    /**
		     * Returns the difference of this and the specified Long.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} subtrahend Subtrahend
		     * @returns {!Long} Difference
		     */
		    LongPrototype.subtract = function subtract(subtrahend) {
		      if (!isLong(subtrahend)) subtrahend = fromValue(subtrahend);
		      return this.add(subtrahend.neg());
		    };

		    /**
		     * Returns the difference of this and the specified Long. This is an alias of {@link Long#subtract}.
		     * @function
		     * @param {!Long|number|bigint|string} subtrahend Subtrahend
		     * @returns {!Long} Difference
		     */
		    LongPrototype.sub = LongPrototype.subtract;

		    /**
		     * Returns the product of this and the specified Long.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} multiplier Multiplier
		     * @returns {!Long} Product
		     */
		    LongPrototype.multiply = function multiply(multiplier) {
		      if (this.isZero()) return this;
		      if (!isLong(multiplier)) multiplier = fromValue(multiplier);

		      // use wasm support if present
		      if (wasm) {
		        var low = wasm["mul"](
		          this.low,
		          this.high,
		          multiplier.low,
		          multiplier.high,
		        );
		        return fromBits(low, wasm["get_high"](), this.unsigned);
		      }
		      if (multiplier.isZero()) return this.unsigned ? UZERO : ZERO;
		      if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO;
		      if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO;
		      if (this.isNegative()) {
		        if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
		        else return this.neg().mul(multiplier).neg();
		      } else if (multiplier.isNegative())
		        return this.mul(multiplier.neg()).neg();

		      // If both longs are small, use float multiplication
		      if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24))
		        return fromNumber(
		          this.toNumber() * multiplier.toNumber(),
		          this.unsigned,
		        );

		      // Divide each long into 4 chunks of 16 bits, and then add up 4x4 products.
		      // We can skip products that would overflow.

		      var a48 = this.high >>> 16;
		      var a32 = this.high & 0xffff;
		      var a16 = this.low >>> 16;
		      var a00 = this.low & 0xffff;
		      var b48 = multiplier.high >>> 16;
		      var b32 = multiplier.high & 0xffff;
		      var b16 = multiplier.low >>> 16;
		      var b00 = multiplier.low & 0xffff;
		      var c48 = 0,
		        c32 = 0,
		        c16 = 0,
		        c00 = 0;
		      c00 += a00 * b00;
		      c16 += c00 >>> 16;
		      c00 &= 0xffff;
		      c16 += a16 * b00;
		      c32 += c16 >>> 16;
		      c16 &= 0xffff;
		      c16 += a00 * b16;
		      c32 += c16 >>> 16;
		      c16 &= 0xffff;
		      c32 += a32 * b00;
		      c48 += c32 >>> 16;
		      c32 &= 0xffff;
		      c32 += a16 * b16;
		      c48 += c32 >>> 16;
		      c32 &= 0xffff;
		      c32 += a00 * b32;
		      c48 += c32 >>> 16;
		      c32 &= 0xffff;
		      c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
		      c48 &= 0xffff;
		      return fromBits((c16 << 16) | c00, (c48 << 16) | c32, this.unsigned);
		    };

		    /**
		     * Returns the product of this and the specified Long. This is an alias of {@link Long#multiply}.
		     * @function
		     * @param {!Long|number|bigint|string} multiplier Multiplier
		     * @returns {!Long} Product
		     */
		    LongPrototype.mul = LongPrototype.multiply;

		    /**
		     * Returns this Long divided by the specified. The result is signed if this Long is signed or
		     *  unsigned if this Long is unsigned.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} divisor Divisor
		     * @returns {!Long} Quotient
		     */
		    LongPrototype.divide = function divide(divisor) {
		      if (!isLong(divisor)) divisor = fromValue(divisor);
		      if (divisor.isZero()) throw Error("division by zero");

		      // use wasm support if present
		      if (wasm) {
		        // guard against signed division overflow: the largest
		        // negative number / -1 would be 1 larger than the largest
		        // positive number, due to two's complement.
		        if (
		          !this.unsigned &&
		          this.high === -2147483648 &&
		          divisor.low === -1 &&
		          divisor.high === -1
		        ) {
		          // be consistent with non-wasm code path
		          return this;
		        }
		        var low = (this.unsigned ? wasm["div_u"] : wasm["div_s"])(
		          this.low,
		          this.high,
		          divisor.low,
		          divisor.high,
		        );
		        return fromBits(low, wasm["get_high"](), this.unsigned);
		      }
		      if (this.isZero()) return this.unsigned ? UZERO : ZERO;
		      var approx, rem, res;
		      if (!this.unsigned) {
		        // This section is only relevant for signed longs and is derived from the
		        // closure library as a whole.
		        if (this.eq(MIN_VALUE)) {
		          if (divisor.eq(ONE) || divisor.eq(NEG_ONE))
		            return MIN_VALUE; // recall that -MIN_VALUE == MIN_VALUE
		          else if (divisor.eq(MIN_VALUE)) return ONE;
		          else {
		            // At this point, we have |other| >= 2, so |this/other| < |MIN_VALUE|.
		            var halfThis = this.shr(1);
		            approx = halfThis.div(divisor).shl(1);
		            if (approx.eq(ZERO)) {
		              return divisor.isNegative() ? ONE : NEG_ONE;
		            } else {
		              rem = this.sub(divisor.mul(approx));
		              res = approx.add(rem.div(divisor));
		              return res;
		            }
		          }
		        } else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO;
		        if (this.isNegative()) {
		          if (divisor.isNegative()) return this.neg().div(divisor.neg());
		          return this.neg().div(divisor).neg();
		        } else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
		        res = ZERO;
		      } else {
		        // The algorithm below has not been made for unsigned longs. It's therefore
		        // required to take special care of the MSB prior to running it.
		        if (!divisor.unsigned) divisor = divisor.toUnsigned();
		        if (divisor.gt(this)) return UZERO;
		        if (divisor.gt(this.shru(1)))
		          // 15 >>> 1 = 7 ; with divisor = 8 ; true
		          return UONE;
		        res = UZERO;
		      }

		      // Repeat the following until the remainder is less than other:  find a
		      // floating-point that approximates remainder / other *from below*, add this
		      // into the result, and subtract it from the remainder.  It is critical that
		      // the approximate value is less than or equal to the real value so that the
		      // remainder never becomes negative.
		      rem = this;
		      while (rem.gte(divisor)) {
		        // Approximate the result of division. This may be a little greater or
		        // smaller than the actual value.
		        approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));

		        // We will tweak the approximate result by changing it in the 48-th digit or
		        // the smallest non-fractional digit, whichever is larger.
		        var log2 = Math.ceil(Math.log(approx) / Math.LN2),
		          delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48),
		          // Decrease the approximation until it is smaller than the remainder.  Note
		          // that if it is too large, the product overflows and is negative.
		          approxRes = fromNumber(approx),
		          approxRem = approxRes.mul(divisor);
		        while (approxRem.isNegative() || approxRem.gt(rem)) {
		          approx -= delta;
		          approxRes = fromNumber(approx, this.unsigned);
		          approxRem = approxRes.mul(divisor);
		        }

		        // We know the answer can't be zero... and actually, zero would cause
		        // infinite recursion since we would make no progress.
		        if (approxRes.isZero()) approxRes = ONE;
		        res = res.add(approxRes);
		        rem = rem.sub(approxRem);
		      }
		      return res;
		    };

		    /**
		     * Returns this Long divided by the specified. This is an alias of {@link Long#divide}.
		     * @function
		     * @param {!Long|number|bigint|string} divisor Divisor
		     * @returns {!Long} Quotient
		     */
		    LongPrototype.div = LongPrototype.divide;

		    /**
		     * Returns this Long modulo the specified.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} divisor Divisor
		     * @returns {!Long} Remainder
		     */
		    LongPrototype.modulo = function modulo(divisor) {
		      if (!isLong(divisor)) divisor = fromValue(divisor);

		      // use wasm support if present
		      if (wasm) {
		        var low = (this.unsigned ? wasm["rem_u"] : wasm["rem_s"])(
		          this.low,
		          this.high,
		          divisor.low,
		          divisor.high,
		        );
		        return fromBits(low, wasm["get_high"](), this.unsigned);
		      }
		      return this.sub(this.div(divisor).mul(divisor));
		    };

		    /**
		     * Returns this Long modulo the specified. This is an alias of {@link Long#modulo}.
		     * @function
		     * @param {!Long|number|bigint|string} divisor Divisor
		     * @returns {!Long} Remainder
		     */
		    LongPrototype.mod = LongPrototype.modulo;

		    /**
		     * Returns this Long modulo the specified. This is an alias of {@link Long#modulo}.
		     * @function
		     * @param {!Long|number|bigint|string} divisor Divisor
		     * @returns {!Long} Remainder
		     */
		    LongPrototype.rem = LongPrototype.modulo;

		    /**
		     * Returns the bitwise NOT of this Long.
		     * @this {!Long}
		     * @returns {!Long}
		     */
		    LongPrototype.not = function not() {
		      return fromBits(~this.low, ~this.high, this.unsigned);
		    };

		    /**
		     * Returns count leading zeros of this Long.
		     * @this {!Long}
		     * @returns {!number}
		     */
		    LongPrototype.countLeadingZeros = function countLeadingZeros() {
		      return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
		    };

		    /**
		     * Returns count leading zeros. This is an alias of {@link Long#countLeadingZeros}.
		     * @function
		     * @param {!Long}
		     * @returns {!number}
		     */
		    LongPrototype.clz = LongPrototype.countLeadingZeros;

		    /**
		     * Returns count trailing zeros of this Long.
		     * @this {!Long}
		     * @returns {!number}
		     */
		    LongPrototype.countTrailingZeros = function countTrailingZeros() {
		      return this.low ? ctz32(this.low) : ctz32(this.high) + 32;
		    };

		    /**
		     * Returns count trailing zeros. This is an alias of {@link Long#countTrailingZeros}.
		     * @function
		     * @param {!Long}
		     * @returns {!number}
		     */
		    LongPrototype.ctz = LongPrototype.countTrailingZeros;

		    /**
		     * Returns the bitwise AND of this Long and the specified.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} other Other Long
		     * @returns {!Long}
		     */
		    LongPrototype.and = function and(other) {
		      if (!isLong(other)) other = fromValue(other);
		      return fromBits(
		        this.low & other.low,
		        this.high & other.high,
		        this.unsigned,
		      );
		    };

		    /**
		     * Returns the bitwise OR of this Long and the specified.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} other Other Long
		     * @returns {!Long}
		     */
		    LongPrototype.or = function or(other) {
		      if (!isLong(other)) other = fromValue(other);
		      return fromBits(
		        this.low | other.low,
		        this.high | other.high,
		        this.unsigned,
		      );
		    };

		    /**
		     * Returns the bitwise XOR of this Long and the given one.
		     * @this {!Long}
		     * @param {!Long|number|bigint|string} other Other Long
		     * @returns {!Long}
		     */
		    LongPrototype.xor = function xor(other) {
		      if (!isLong(other)) other = fromValue(other);
		      return fromBits(
		        this.low ^ other.low,
		        this.high ^ other.high,
		        this.unsigned,
		      );
		    };

		    /**
		     * Returns this Long with bits shifted to the left by the given amount.
		     * @this {!Long}
		     * @param {number|!Long} numBits Number of bits
		     * @returns {!Long} Shifted Long
		     */
		    LongPrototype.shiftLeft = function shiftLeft(numBits) {
		      if (isLong(numBits)) numBits = numBits.toInt();
		      if ((numBits &= 63) === 0) return this;
		      else if (numBits < 32)
		        return fromBits(
		          this.low << numBits,
		          (this.high << numBits) | (this.low >>> (32 - numBits)),
		          this.unsigned,
		        );
		      else return fromBits(0, this.low << (numBits - 32), this.unsigned);
		    };

		    /**
		     * Returns this Long with bits shifted to the left by the given amount. This is an alias of {@link Long#shiftLeft}.
		     * @function
		     * @param {number|!Long} numBits Number of bits
		     * @returns {!Long} Shifted Long
		     */
		    LongPrototype.shl = LongPrototype.shiftLeft;

		    /**
		     * Returns this Long with bits arithmetically shifted to the right by the given amount.
		     * @this {!Long}
		     * @param {number|!Long} numBits Number of bits
		     * @returns {!Long} Shifted Long
		     */
		    LongPrototype.shiftRight = function shiftRight(numBits) {
		      if (isLong(numBits)) numBits = numBits.toInt();
		      if ((numBits &= 63) === 0) return this;
		      else if (numBits < 32)
		        return fromBits(
		          (this.low >>> numBits) | (this.high << (32 - numBits)),
		          this.high >> numBits,
		          this.unsigned,
		        );
		      else
		        return fromBits(
		          this.high >> (numBits - 32),
		          this.high >= 0 ? 0 : -1,
		          this.unsigned,
		        );
		    };

		    /**
		     * Returns this Long with bits arithmetically shifted to the right by the given amount. This is an alias of {@link Long#shiftRight}.
		     * @function
		     * @param {number|!Long} numBits Number of bits
		     * @returns {!Long} Shifted Long
		     */
		    LongPrototype.shr = LongPrototype.shiftRight;

		    /**
		     * Returns this Long with bits logically shifted to the right by the given amount.
		     * @this {!Long}
		     * @param {number|!Long} numBits Number of bits
		     * @returns {!Long} Shifted Long
		     */
		    LongPrototype.shiftRightUnsigned = function shiftRightUnsigned(numBits) {
		      if (isLong(numBits)) numBits = numBits.toInt();
		      if ((numBits &= 63) === 0) return this;
		      if (numBits < 32)
		        return fromBits(
		          (this.low >>> numBits) | (this.high << (32 - numBits)),
		          this.high >>> numBits,
		          this.unsigned,
		        );
		      if (numBits === 32) return fromBits(this.high, 0, this.unsigned);
		      return fromBits(this.high >>> (numBits - 32), 0, this.unsigned);
		    };

		    /**
		     * Returns this Long with bits logically shifted to the right by the given amount. This is an alias of {@link Long#shiftRightUnsigned}.
		     * @function
		     * @param {number|!Long} numBits Number of bits
		     * @returns {!Long} Shifted Long
		     */
		    LongPrototype.shru = LongPrototype.shiftRightUnsigned;

		    /**
		     * Returns this Long with bits logically shifted to the right by the given amount. This is an alias of {@link Long#shiftRightUnsigned}.
		     * @function
		     * @param {number|!Long} numBits Number of bits
		     * @returns {!Long} Shifted Long
		     */
		    LongPrototype.shr_u = LongPrototype.shiftRightUnsigned;

		    /**
		     * Returns this Long with bits rotated to the left by the given amount.
		     * @this {!Long}
		     * @param {number|!Long} numBits Number of bits
		     * @returns {!Long} Rotated Long
		     */
		    LongPrototype.rotateLeft = function rotateLeft(numBits) {
		      var b;
		      if (isLong(numBits)) numBits = numBits.toInt();
		      if ((numBits &= 63) === 0) return this;
		      if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
		      if (numBits < 32) {
		        b = 32 - numBits;
		        return fromBits(
		          (this.low << numBits) | (this.high >>> b),
		          (this.high << numBits) | (this.low >>> b),
		          this.unsigned,
		        );
		      }
		      numBits -= 32;
		      b = 32 - numBits;
		      return fromBits(
		        (this.high << numBits) | (this.low >>> b),
		        (this.low << numBits) | (this.high >>> b),
		        this.unsigned,
		      );
		    };
		    /**
		     * Returns this Long with bits rotated to the left by the given amount. This is an alias of {@link Long#rotateLeft}.
		     * @function
		     * @param {number|!Long} numBits Number of bits
		     * @returns {!Long} Rotated Long
		     */
		    LongPrototype.rotl = LongPrototype.rotateLeft;

		    /**
		     * Returns this Long with bits rotated to the right by the given amount.
		     * @this {!Long}
		     * @param {number|!Long} numBits Number of bits
		     * @returns {!Long} Rotated Long
		     */
		    LongPrototype.rotateRight = function rotateRight(numBits) {
		      var b;
		      if (isLong(numBits)) numBits = numBits.toInt();
		      if ((numBits &= 63) === 0) return this;
		      if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
		      if (numBits < 32) {
		        b = 32 - numBits;
		        return fromBits(
		          (this.high << b) | (this.low >>> numBits),
		          (this.low << b) | (this.high >>> numBits),
		          this.unsigned,
		        );
		      }
		      numBits -= 32;
		      b = 32 - numBits;
		      return fromBits(
		        (this.low << b) | (this.high >>> numBits),
		        (this.high << b) | (this.low >>> numBits),
		        this.unsigned,
		      );
		    };
		    /**
		     * Returns this Long with bits rotated to the right by the given amount. This is an alias of {@link Long#rotateRight}.
		     * @function
		     * @param {number|!Long} numBits Number of bits
		     * @returns {!Long} Rotated Long
		     */
		    LongPrototype.rotr = LongPrototype.rotateRight;

		    /**
		     * Converts this Long to signed.
		     * @this {!Long}
		     * @returns {!Long} Signed long
		     */
		    LongPrototype.toSigned = function toSigned() {
		      if (!this.unsigned) return this;
		      return fromBits(this.low, this.high, false);
		    };

		    /**
		     * Converts this Long to unsigned.
		     * @this {!Long}
		     * @returns {!Long} Unsigned long
		     */
		    LongPrototype.toUnsigned = function toUnsigned() {
		      if (this.unsigned) return this;
		      return fromBits(this.low, this.high, true);
		    };

		    /**
		     * Converts this Long to its byte representation.
		     * @param {boolean=} le Whether little or big endian, defaults to big endian
		     * @this {!Long}
		     * @returns {!Array.<number>} Byte representation
		     */
		    LongPrototype.toBytes = function toBytes(le) {
		      return le ? this.toBytesLE() : this.toBytesBE();
		    };

		    /**
		     * Converts this Long to its little endian byte representation.
		     * @this {!Long}
		     * @returns {!Array.<number>} Little endian byte representation
		     */
		    LongPrototype.toBytesLE = function toBytesLE() {
		      var hi = this.high,
		        lo = this.low;
		      return [
		        lo & 0xff,
		        (lo >>> 8) & 0xff,
		        (lo >>> 16) & 0xff,
		        lo >>> 24,
		        hi & 0xff,
		        (hi >>> 8) & 0xff,
		        (hi >>> 16) & 0xff,
		        hi >>> 24,
		      ];
		    };

		    /**
		     * Converts this Long to its big endian byte representation.
		     * @this {!Long}
		     * @returns {!Array.<number>} Big endian byte representation
		     */
		    LongPrototype.toBytesBE = function toBytesBE() {
		      var hi = this.high,
		        lo = this.low;
		      return [
		        hi >>> 24,
		        (hi >>> 16) & 0xff,
		        (hi >>> 8) & 0xff,
		        hi & 0xff,
		        lo >>> 24,
		        (lo >>> 16) & 0xff,
		        (lo >>> 8) & 0xff,
		        lo & 0xff,
		      ];
		    };

		    /**
		     * Creates a Long from its byte representation.
		     * @param {!Array.<number>} bytes Byte representation
		     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
		     * @param {boolean=} le Whether little or big endian, defaults to big endian
		     * @returns {Long} The corresponding Long value
		     */
		    Long.fromBytes = function fromBytes(bytes, unsigned, le) {
		      return le
		        ? Long.fromBytesLE(bytes, unsigned)
		        : Long.fromBytesBE(bytes, unsigned);
		    };

		    /**
		     * Creates a Long from its little endian byte representation.
		     * @param {!Array.<number>} bytes Little endian byte representation
		     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
		     * @returns {Long} The corresponding Long value
		     */
		    Long.fromBytesLE = function fromBytesLE(bytes, unsigned) {
		      return new Long(
		        bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24),
		        bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24),
		        unsigned,
		      );
		    };

		    /**
		     * Creates a Long from its big endian byte representation.
		     * @param {!Array.<number>} bytes Big endian byte representation
		     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
		     * @returns {Long} The corresponding Long value
		     */
		    Long.fromBytesBE = function fromBytesBE(bytes, unsigned) {
		      return new Long(
		        (bytes[4] << 24) | (bytes[5] << 16) | (bytes[6] << 8) | bytes[7],
		        (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3],
		        unsigned,
		      );
		    };

		    // Support conversion to/from BigInt where available
		    if (typeof BigInt === "function") {
		      /**
		       * Returns a Long representing the given big integer.
		       * @function
		       * @param {number} value The big integer value
		       * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
		       * @returns {!Long} The corresponding Long value
		       */
		      Long.fromBigInt = function fromBigInt(value, unsigned) {
		        var lowBits = Number(BigInt.asIntN(32, value));
		        var highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
		        return fromBits(lowBits, highBits, unsigned);
		      };

		      // Override
		      Long.fromValue = function fromValueWithBigInt(value, unsigned) {
		        if (typeof value === "bigint") return Long.fromBigInt(value, unsigned);
		        return fromValue(value, unsigned);
		      };

		      /**
		       * Converts the Long to its big integer representation.
		       * @this {!Long}
		       * @returns {bigint}
		       */
		      LongPrototype.toBigInt = function toBigInt() {
		        var lowBigInt = BigInt(this.low >>> 0);
		        var highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
		        return (highBigInt << BigInt(32)) | lowBigInt;
		      };
		    }
		    (_exports.default = Long);
		  },
		); 
	} (umd$1, umd$1.exports));
	return umd$1.exports;
}

var hasRequiredMinimal$1;

function requireMinimal$1 () {
	if (hasRequiredMinimal$1) return minimal$1;
	hasRequiredMinimal$1 = 1;
	(function (exports) {
		var util = exports;

		// used to return a Promise where callback is omitted
		util.asPromise = requireAspromise();

		// converts to / from base64 encoded strings
		util.base64 = requireBase64();

		// base class of rpc.Service
		util.EventEmitter = requireEventemitter();

		// float handling accross browsers
		util.float = requireFloat();

		// converts to / from utf8 encoded strings
		util.utf8 = requireUtf8();

		// provides a node-like buffer pool in the browser
		util.pool = requirePool();

		// utility to work with the low and high bits of a 64 bit value
		util.LongBits = requireLongbits();

		/**
		 * Tests if the specified key can affect object prototypes.
		 * @memberof util
		 * @param {string} key Key to test
		 * @returns {boolean} `true` if the key is unsafe
		 */
		function isUnsafeProperty(key) {
		    return key === "__proto__" || key === "prototype" || key === "constructor";
		}

		util.isUnsafeProperty = isUnsafeProperty;

		/**
		 * Whether running within node or not.
		 * @memberof util
		 * @type {boolean}
		 */
		util.isNode = Boolean(typeof commonjsGlobal !== "undefined"
		                   && commonjsGlobal
		                   && commonjsGlobal.process
		                   && commonjsGlobal.process.versions
		                   && commonjsGlobal.process.versions.node);

		/**
		 * Global object reference.
		 * @memberof util
		 * @type {Object}
		 */
		util.global = util.isNode && commonjsGlobal
		           || typeof window !== "undefined" && window
		           || typeof self   !== "undefined" && self
		           || minimal$1; // eslint-disable-line no-invalid-this

		/**
		 * An immuable empty array.
		 * @memberof util
		 * @type {Array.<*>}
		 * @const
		 */
		util.emptyArray = Object.freeze ? Object.freeze([]) : /* istanbul ignore next */ []; // used on prototypes

		/**
		 * An immutable empty object.
		 * @type {Object}
		 * @const
		 */
		util.emptyObject = Object.freeze ? Object.freeze({}) : /* istanbul ignore next */ {}; // used on prototypes

		/**
		 * Tests if the specified value is an integer.
		 * @function
		 * @param {*} value Value to test
		 * @returns {boolean} `true` if the value is an integer
		 */
		util.isInteger = Number.isInteger || /* istanbul ignore next */ function isInteger(value) {
		    return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
		};

		/**
		 * Tests if the specified value is a string.
		 * @param {*} value Value to test
		 * @returns {boolean} `true` if the value is a string
		 */
		util.isString = function isString(value) {
		    return typeof value === "string" || value instanceof String;
		};

		/**
		 * Tests if the specified value is a non-null object.
		 * @param {*} value Value to test
		 * @returns {boolean} `true` if the value is a non-null object
		 */
		util.isObject = function isObject(value) {
		    return value && typeof value === "object";
		};

		/**
		 * Checks if a property on a message is considered to be present.
		 * This is an alias of {@link util.isSet}.
		 * @function
		 * @param {Object} obj Plain object or message instance
		 * @param {string} prop Property name
		 * @returns {boolean} `true` if considered to be present, otherwise `false`
		 */
		util.isset =

		/**
		 * Checks if a property on a message is considered to be present.
		 * @param {Object} obj Plain object or message instance
		 * @param {string} prop Property name
		 * @returns {boolean} `true` if considered to be present, otherwise `false`
		 */
		util.isSet = function isSet(obj, prop) {
		    var value = obj[prop];
		    if (value != null && Object.hasOwnProperty.call(obj, prop)) // eslint-disable-line eqeqeq
		        return typeof value !== "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
		    return false;
		};

		/**
		 * Any compatible Buffer instance.
		 * This is a minimal stand-alone definition of a Buffer instance. The actual type is that exported by node's typings.
		 * @interface Buffer
		 * @extends Uint8Array
		 */

		/**
		 * Node's Buffer class if available.
		 * @type {Constructor<Buffer>}
		 */
		util.Buffer = (function() {
		    try {
		        var Buffer = util.global.Buffer;
		        // refuse to use non-node buffers if not explicitly assigned (perf reasons):
		        return Buffer.prototype.utf8Write ? Buffer : /* istanbul ignore next */ null;
		    } catch (e) {
		        /* istanbul ignore next */
		        return null;
		    }
		})();

		// Internal alias of or polyfull for Buffer.from.
		util._Buffer_from = null;

		// Internal alias of or polyfill for Buffer.allocUnsafe.
		util._Buffer_allocUnsafe = null;

		/**
		 * Creates a new buffer of whatever type supported by the environment.
		 * @param {number|number[]} [sizeOrArray=0] Buffer size or number array
		 * @returns {Uint8Array|Buffer} Buffer
		 */
		util.newBuffer = function newBuffer(sizeOrArray) {
		    /* istanbul ignore next */
		    return typeof sizeOrArray === "number"
		        ? util.Buffer
		            ? util._Buffer_allocUnsafe(sizeOrArray)
		            : new util.Array(sizeOrArray)
		        : util.Buffer
		            ? util._Buffer_from(sizeOrArray)
		            : typeof Uint8Array === "undefined"
		                ? sizeOrArray
		                : new Uint8Array(sizeOrArray);
		};

		/**
		 * Array implementation used in the browser. `Uint8Array` if supported, otherwise `Array`.
		 * @type {Constructor<Uint8Array>}
		 */
		util.Array = typeof Uint8Array !== "undefined" ? Uint8Array /* istanbul ignore next */ : Array;

		/**
		 * Any compatible Long instance.
		 * This is a minimal stand-alone definition of a Long instance. The actual type is that exported by long.js.
		 * @interface Long
		 * @property {number} low Low bits
		 * @property {number} high High bits
		 * @property {boolean} unsigned Whether unsigned or not
		 */

		/**
		 * Long.js's Long class if available.
		 * @type {Constructor<Long>}
		 */
		util.Long = /* istanbul ignore next */ util.global.dcodeIO && /* istanbul ignore next */ util.global.dcodeIO.Long
		         || /* istanbul ignore next */ util.global.Long
		         || (function() {
		                try {
		                    var Long = requireUmd();
		                    return Long && Long.isLong ? Long : null;
		                } catch (e) {
		                    /* istanbul ignore next */
		                    return null;
		                }
		            })();

		/**
		 * Regular expression used to verify 2 bit (`bool`) map keys.
		 * @type {RegExp}
		 * @const
		 */
		util.key2Re = /^true|false|0|1$/;

		/**
		 * Regular expression used to verify 32 bit (`int32` etc.) map keys.
		 * @type {RegExp}
		 * @const
		 */
		util.key32Re = /^-?(?:0|[1-9][0-9]*)$/;

		/**
		 * Regular expression used to verify 64 bit (`int64` etc.) map keys.
		 * @type {RegExp}
		 * @const
		 */
		util.key64Re = /^(?:[\\x00-\\xff]{8}|-?(?:0|[1-9][0-9]*))$/;

		/**
		 * Converts a number or long to an 8 characters long hash string.
		 * @param {Long|number} value Value to convert
		 * @returns {string} Hash
		 */
		util.longToHash = function longToHash(value) {
		    return value
		        ? util.LongBits.from(value).toHash()
		        : util.LongBits.zeroHash;
		};

		/**
		 * Converts an 8 characters long hash string to a long or number.
		 * @param {string} hash Hash
		 * @param {boolean} [unsigned=false] Whether unsigned or not
		 * @returns {Long|number} Original value
		 */
		util.longFromHash = function longFromHash(hash, unsigned) {
		    var bits = util.LongBits.fromHash(hash);
		    if (util.Long)
		        return util.Long.fromBits(bits.lo, bits.hi, unsigned);
		    return bits.toNumber(Boolean(unsigned));
		};

		/**
		 * Merges the properties of the source object into the destination object.
		 * @memberof util
		 * @param {Object.<string,*>} dst Destination object
		 * @param {...(Object.<string,*>|boolean)} src Source objects, optionally followed by an `ifNotSet` flag
		 * @returns {Object.<string,*>} Destination object
		 */
		function merge(dst) { // used by converters
		    var ifNotSet = typeof arguments[arguments.length - 1] === "boolean",
		        limit = ifNotSet ? arguments.length - 1 : arguments.length;
		    ifNotSet = ifNotSet && arguments[arguments.length - 1];
		    for (var a = 1; a < limit; ++a) {
		        var src = arguments[a];
		        if (!src)
		            continue;
		        for (var keys = Object.keys(src), i = 0; i < keys.length; ++i)
		            if (!isUnsafeProperty(keys[i]) && (dst[keys[i]] === undefined || !ifNotSet))
		                dst[keys[i]] = src[keys[i]];
		    }
		    return dst;
		}

		util.merge = merge;

		/**
		 * Schema declaration nesting limit.
		 * @memberof util
		 * @type {number}
		 */
		util.nestingLimit = 32; // protoc: MaxMessageDeclarationNestingDepth

		/**
		 * Recursion limit.
		 * @memberof util
		 * @type {number}
		 */
		util.recursionLimit = 100; // protoc: CodedInputStream::default_recursion_limit_

		/**
		 * Makes a property safe for assignment as an own property.
		 * @memberof util
		 * @param {Object.<string,*>} obj Object
		 * @param {string} key Property key
		 * @returns {undefined}
		 */
		util.makeProp = function makeProp(obj, key) {
		    Object.defineProperty(obj, key, {
		        enumerable: true,
		        configurable: true,
		        writable: true
		    });
		};

		/**
		 * Converts the first character of a string to lower case.
		 * @param {string} str String to convert
		 * @returns {string} Converted string
		 */
		util.lcFirst = function lcFirst(str) {
		    return str.charAt(0).toLowerCase() + str.substring(1);
		};

		/**
		 * Creates a custom error constructor.
		 * @memberof util
		 * @param {string} name Error name
		 * @returns {Constructor<Error>} Custom error constructor
		 */
		function newError(name) {

		    function CustomError(message, properties) {

		        if (!(this instanceof CustomError))
		            return new CustomError(message, properties);

		        // Error.call(this, message);
		        // ^ just returns a new error instance because the ctor can be called as a function

		        Object.defineProperty(this, "message", { get: function() { return message; } });

		        /* istanbul ignore next */
		        if (Error.captureStackTrace) // node
		            Error.captureStackTrace(this, CustomError);
		        else
		            Object.defineProperty(this, "stack", { value: new Error().stack || "" });

		        if (properties)
		            merge(this, properties);
		    }

		    CustomError.prototype = Object.create(Error.prototype, {
		        constructor: {
		            value: CustomError,
		            writable: true,
		            enumerable: false,
		            configurable: true,
		        },
		        name: {
		            get: function get() { return name; },
		            set: undefined,
		            enumerable: false,
		            // configurable: false would accurately preserve the behavior of
		            // the original, but I'm guessing that was not intentional.
		            // For an actual error subclass, this property would
		            // be configurable.
		            configurable: true,
		        },
		        toString: {
		            value: function value() { return this.name + ": " + this.message; },
		            writable: true,
		            enumerable: false,
		            configurable: true,
		        },
		    });

		    return CustomError;
		}

		util.newError = newError;

		/**
		 * Constructs a new protocol error.
		 * @classdesc Error subclass indicating a protocol specifc error.
		 * @memberof util
		 * @extends Error
		 * @template T extends Message<T>
		 * @constructor
		 * @param {string} message Error message
		 * @param {Object.<string,*>} [properties] Additional properties
		 * @example
		 * try {
		 *     MyMessage.decode(someBuffer); // throws if required fields are missing
		 * } catch (e) {
		 *     if (e instanceof ProtocolError && e.instance)
		 *         console.log("decoded so far: " + JSON.stringify(e.instance));
		 * }
		 */
		util.ProtocolError = newError("ProtocolError");

		/**
		 * So far decoded message instance.
		 * @name util.ProtocolError#instance
		 * @type {Message<T>}
		 */

		/**
		 * A OneOf getter as returned by {@link util.oneOfGetter}.
		 * @typedef OneOfGetter
		 * @type {function}
		 * @returns {string|undefined} Set field name, if any
		 */

		/**
		 * Builds a getter for a oneof's present field name.
		 * @param {string[]} fieldNames Field names
		 * @returns {OneOfGetter} Unbound getter
		 */
		util.oneOfGetter = function getOneOf(fieldNames) {
		    var fieldMap = {};
		    for (var i = 0; i < fieldNames.length; ++i)
		        fieldMap[fieldNames[i]] = 1;

		    /**
		     * @returns {string|undefined} Set field name, if any
		     * @this Object
		     * @ignore
		     */
		    return function() { // eslint-disable-line consistent-return
		        for (var keys = Object.keys(this), i = keys.length - 1; i > -1; --i)
		            if (fieldMap[keys[i]] === 1 && this[keys[i]] !== undefined && this[keys[i]] !== null)
		                return keys[i];
		    };
		};

		/**
		 * A OneOf setter as returned by {@link util.oneOfSetter}.
		 * @typedef OneOfSetter
		 * @type {function}
		 * @param {string|undefined} value Field name
		 * @returns {undefined}
		 */

		/**
		 * Builds a setter for a oneof's present field name.
		 * @param {string[]} fieldNames Field names
		 * @returns {OneOfSetter} Unbound setter
		 */
		util.oneOfSetter = function setOneOf(fieldNames) {

		    /**
		     * @param {string} name Field name
		     * @returns {undefined}
		     * @this Object
		     * @ignore
		     */
		    return function(name) {
		        for (var i = 0; i < fieldNames.length; ++i)
		            if (fieldNames[i] !== name)
		                delete this[fieldNames[i]];
		    };
		};

		/**
		 * Default conversion options used for {@link Message#toJSON} implementations.
		 *
		 * These options are close to proto3's JSON mapping with the exception that internal types like Any are handled just like messages. More precisely:
		 *
		 * - Longs become strings
		 * - Enums become string keys
		 * - Bytes become base64 encoded strings
		 * - (Sub-)Messages become plain objects
		 * - Maps become plain objects with all string keys
		 * - Repeated fields become arrays
		 * - NaN and Infinity for float and double fields become strings
		 *
		 * @type {IConversionOptions}
		 * @see https://developers.google.com/protocol-buffers/docs/proto3?hl=en#json
		 */
		util.toJSONOptions = {
		    longs: String,
		    enums: String,
		    bytes: String,
		    json: true
		};

		// Sets up buffer utility according to the environment (called in index-minimal)
		util._configure = function() {
		    var Buffer = util.Buffer;
		    /* istanbul ignore if */
		    if (!Buffer) {
		        util._Buffer_from = util._Buffer_allocUnsafe = null;
		        return;
		    }
		    // because node 4.x buffers are incompatible & immutable
		    // see: https://github.com/dcodeIO/protobuf.js/pull/665
		    util._Buffer_from = Buffer.from !== Uint8Array.from && Buffer.from ||
		        /* istanbul ignore next */
		        function Buffer_from(value, encoding) {
		            return new Buffer(value, encoding);
		        };
		    util._Buffer_allocUnsafe = Buffer.allocUnsafe ||
		        /* istanbul ignore next */
		        function Buffer_allocUnsafe(size) {
		            return new Buffer(size);
		        };
		}; 
	} (minimal$1));
	return minimal$1;
}

var writer;
var hasRequiredWriter;

function requireWriter () {
	if (hasRequiredWriter) return writer;
	hasRequiredWriter = 1;
	writer = Writer;

	var util      = requireMinimal$1();

	var BufferWriter; // cyclic

	var LongBits  = util.LongBits,
	    base64    = util.base64,
	    utf8      = util.utf8;

	/**
	 * Constructs a new writer operation instance.
	 * @classdesc Scheduled writer operation.
	 * @constructor
	 * @param {function(*, Uint8Array, number)} fn Function to call
	 * @param {number} len Value byte length
	 * @param {*} val Value to write
	 * @ignore
	 */
	function Op(fn, len, val) {

	    /**
	     * Function to call.
	     * @type {function(Uint8Array, number, *)}
	     */
	    this.fn = fn;

	    /**
	     * Value byte length.
	     * @type {number}
	     */
	    this.len = len;

	    /**
	     * Next operation.
	     * @type {Writer.Op|undefined}
	     */
	    this.next = undefined;

	    /**
	     * Value to write.
	     * @type {*}
	     */
	    this.val = val; // type varies
	}

	/* istanbul ignore next */
	function noop() {} // eslint-disable-line no-empty-function

	/**
	 * Constructs a new writer state instance.
	 * @classdesc Copied writer state.
	 * @memberof Writer
	 * @constructor
	 * @param {Writer} writer Writer to copy state from
	 * @ignore
	 */
	function State(writer) {

	    /**
	     * Current head.
	     * @type {Writer.Op}
	     */
	    this.head = writer.head;

	    /**
	     * Current tail.
	     * @type {Writer.Op}
	     */
	    this.tail = writer.tail;

	    /**
	     * Current buffer length.
	     * @type {number}
	     */
	    this.len = writer.len;

	    /**
	     * Next state.
	     * @type {State|null}
	     */
	    this.next = writer.states;
	}

	/**
	 * Constructs a new writer instance.
	 * @classdesc Wire format writer using `Uint8Array` if available, otherwise `Array`.
	 * @constructor
	 */
	function Writer() {

	    /**
	     * Current length.
	     * @type {number}
	     */
	    this.len = 0;

	    /**
	     * Operations head.
	     * @type {Object}
	     */
	    this.head = new Op(noop, 0, 0);

	    /**
	     * Operations tail
	     * @type {Object}
	     */
	    this.tail = this.head;

	    /**
	     * Linked forked states.
	     * @type {Object|null}
	     */
	    this.states = null;

	    // When a value is written, the writer calculates its byte length and puts it into a linked
	    // list of operations to perform when finish() is called. This both allows us to allocate
	    // buffers of the exact required size and reduces the amount of work we have to do compared
	    // to first calculating over objects and then encoding over objects. In our case, the encoding
	    // part is just a linked list walk calling operations with already prepared values.
	}

	var create = function create() {
	    return util.Buffer
	        ? function create_buffer_setup() {
	            return (Writer.create = function create_buffer() {
	                return new BufferWriter();
	            })();
	        }
	        /* istanbul ignore next */
	        : function create_array() {
	            return new Writer();
	        };
	};

	/**
	 * Creates a new writer.
	 * @function
	 * @returns {BufferWriter|Writer} A {@link BufferWriter} when Buffers are supported, otherwise a {@link Writer}
	 */
	Writer.create = create();

	/**
	 * Allocates a buffer of the specified size.
	 * @param {number} size Buffer size
	 * @returns {Uint8Array} Buffer
	 */
	Writer.alloc = function alloc(size) {
	    return new util.Array(size);
	};

	// Use Uint8Array buffer pool in the browser, just like node does with buffers
	/* istanbul ignore else */
	if (util.Array !== Array)
	    Writer.alloc = util.pool(Writer.alloc, util.Array.prototype.subarray);

	/**
	 * Pushes a new operation to the queue.
	 * @param {function(Uint8Array, number, *)} fn Function to call
	 * @param {number} len Value byte length
	 * @param {number} val Value to write
	 * @returns {Writer} `this`
	 * @private
	 */
	Writer.prototype._push = function push(fn, len, val) {
	    this.tail = this.tail.next = new Op(fn, len, val);
	    this.len += len;
	    return this;
	};

	function writeByte(val, buf, pos) {
	    buf[pos] = val & 255;
	}

	function writeVarint32(val, buf, pos) {
	    while (val > 127) {
	        buf[pos++] = val & 127 | 128;
	        val >>>= 7;
	    }
	    buf[pos] = val;
	}

	/**
	 * Constructs a new varint writer operation instance.
	 * @classdesc Scheduled varint writer operation.
	 * @extends Op
	 * @constructor
	 * @param {number} len Value byte length
	 * @param {number} val Value to write
	 * @ignore
	 */
	function VarintOp(len, val) {
	    this.len = len;
	    this.next = undefined;
	    this.val = val;
	}

	VarintOp.prototype = Object.create(Op.prototype);
	VarintOp.prototype.fn = writeVarint32;

	/**
	 * Writes an unsigned 32 bit value as a varint.
	 * @param {number} value Value to write
	 * @returns {Writer} `this`
	 */
	Writer.prototype.uint32 = function write_uint32(value) {
	    // here, the call to this.push has been inlined and a varint specific Op subclass is used.
	    // uint32 is by far the most frequently used operation and benefits significantly from this.
	    this.len += (this.tail = this.tail.next = new VarintOp(
	        (value = value >>> 0)
	                < 128       ? 1
	        : value < 16384     ? 2
	        : value < 2097152   ? 3
	        : value < 268435456 ? 4
	        :                     5,
	    value)).len;
	    return this;
	};

	/**
	 * Writes a signed 32 bit value as a varint.
	 * @function
	 * @param {number} value Value to write
	 * @returns {Writer} `this`
	 */
	Writer.prototype.int32 = function write_int32(value) {
	    return (value |= 0) < 0
	        ? this._push(writeVarint64, 10, LongBits.fromNumber(value)) // 10 bytes per spec
	        : this.uint32(value);
	};

	/**
	 * Writes a 32 bit value as a varint, zig-zag encoded.
	 * @param {number} value Value to write
	 * @returns {Writer} `this`
	 */
	Writer.prototype.sint32 = function write_sint32(value) {
	    return this.uint32((value << 1 ^ value >> 31) >>> 0);
	};

	function writeVarint64(val, buf, pos) {
	    var lo = val.lo,
	        hi = val.hi;
	    while (hi) {
	        buf[pos++] = lo & 127 | 128;
	        lo = (lo >>> 7 | hi << 25) >>> 0;
	        hi >>>= 7;
	    }
	    while (lo > 127) {
	        buf[pos++] = lo & 127 | 128;
	        lo = lo >>> 7;
	    }
	    buf[pos++] = lo;
	}

	/**
	 * Writes an unsigned 64 bit value as a varint.
	 * @param {Long|number|string} value Value to write
	 * @returns {Writer} `this`
	 * @throws {TypeError} If `value` is a string and no long library is present.
	 */
	Writer.prototype.uint64 = function write_uint64(value) {
	    var bits = LongBits.from(value);
	    return this._push(writeVarint64, bits.length(), bits);
	};

	/**
	 * Writes a signed 64 bit value as a varint.
	 * @function
	 * @param {Long|number|string} value Value to write
	 * @returns {Writer} `this`
	 * @throws {TypeError} If `value` is a string and no long library is present.
	 */
	Writer.prototype.int64 = Writer.prototype.uint64;

	/**
	 * Writes a signed 64 bit value as a varint, zig-zag encoded.
	 * @param {Long|number|string} value Value to write
	 * @returns {Writer} `this`
	 * @throws {TypeError} If `value` is a string and no long library is present.
	 */
	Writer.prototype.sint64 = function write_sint64(value) {
	    var bits = LongBits.from(value).zzEncode();
	    return this._push(writeVarint64, bits.length(), bits);
	};

	/**
	 * Writes a boolish value as a varint.
	 * @param {boolean} value Value to write
	 * @returns {Writer} `this`
	 */
	Writer.prototype.bool = function write_bool(value) {
	    return this._push(writeByte, 1, value ? 1 : 0);
	};

	function writeFixed32(val, buf, pos) {
	    buf[pos    ] =  val         & 255;
	    buf[pos + 1] =  val >>> 8   & 255;
	    buf[pos + 2] =  val >>> 16  & 255;
	    buf[pos + 3] =  val >>> 24;
	}

	/**
	 * Writes an unsigned 32 bit value as fixed 32 bits.
	 * @param {number} value Value to write
	 * @returns {Writer} `this`
	 */
	Writer.prototype.fixed32 = function write_fixed32(value) {
	    return this._push(writeFixed32, 4, value >>> 0);
	};

	/**
	 * Writes a signed 32 bit value as fixed 32 bits.
	 * @function
	 * @param {number} value Value to write
	 * @returns {Writer} `this`
	 */
	Writer.prototype.sfixed32 = Writer.prototype.fixed32;

	/**
	 * Writes an unsigned 64 bit value as fixed 64 bits.
	 * @param {Long|number|string} value Value to write
	 * @returns {Writer} `this`
	 * @throws {TypeError} If `value` is a string and no long library is present.
	 */
	Writer.prototype.fixed64 = function write_fixed64(value) {
	    var bits = LongBits.from(value);
	    return this._push(writeFixed32, 4, bits.lo)._push(writeFixed32, 4, bits.hi);
	};

	/**
	 * Writes a signed 64 bit value as fixed 64 bits.
	 * @function
	 * @param {Long|number|string} value Value to write
	 * @returns {Writer} `this`
	 * @throws {TypeError} If `value` is a string and no long library is present.
	 */
	Writer.prototype.sfixed64 = Writer.prototype.fixed64;

	/**
	 * Writes a float (32 bit).
	 * @function
	 * @param {number} value Value to write
	 * @returns {Writer} `this`
	 */
	Writer.prototype.float = function write_float(value) {
	    return this._push(util.float.writeFloatLE, 4, value);
	};

	/**
	 * Writes a double (64 bit float).
	 * @function
	 * @param {number} value Value to write
	 * @returns {Writer} `this`
	 */
	Writer.prototype.double = function write_double(value) {
	    return this._push(util.float.writeDoubleLE, 8, value);
	};

	var writeBytes = util.Array.prototype.set
	    ? function writeBytes_set(val, buf, pos) {
	        buf.set(val, pos); // also works for plain array values
	    }
	    /* istanbul ignore next */
	    : function writeBytes_for(val, buf, pos) {
	        for (var i = 0; i < val.length; ++i)
	            buf[pos + i] = val[i];
	    };

	/**
	 * Writes a sequence of bytes.
	 * @param {Uint8Array|string} value Buffer or base64 encoded string to write
	 * @returns {Writer} `this`
	 */
	Writer.prototype.bytes = function write_bytes(value) {
	    var len = value.length >>> 0;
	    if (!len)
	        return this._push(writeByte, 1, 0);
	    if (util.isString(value)) {
	        var buf = Writer.alloc(len = base64.length(value));
	        base64.decode(value, buf, 0);
	        value = buf;
	    }
	    return this.uint32(len)._push(writeBytes, len, value);
	};

	/**
	 * Writes a string.
	 * @param {string} value Value to write
	 * @returns {Writer} `this`
	 */
	Writer.prototype.string = function write_string(value) {
	    var len = utf8.length(value);
	    return len
	        ? this.uint32(len)._push(utf8.write, len, value)
	        : this._push(writeByte, 1, 0);
	};

	/**
	 * Forks this writer's state by pushing it to a stack.
	 * Calling {@link Writer#reset|reset} or {@link Writer#ldelim|ldelim} resets the writer to the previous state.
	 * @returns {Writer} `this`
	 */
	Writer.prototype.fork = function fork() {
	    this.states = new State(this);
	    this.head = this.tail = new Op(noop, 0, 0);
	    this.len = 0;
	    return this;
	};

	/**
	 * Resets this instance to the last state.
	 * @returns {Writer} `this`
	 */
	Writer.prototype.reset = function reset() {
	    if (this.states) {
	        this.head   = this.states.head;
	        this.tail   = this.states.tail;
	        this.len    = this.states.len;
	        this.states = this.states.next;
	    } else {
	        this.head = this.tail = new Op(noop, 0, 0);
	        this.len  = 0;
	    }
	    return this;
	};

	/**
	 * Resets to the last state and appends the fork state's current write length as a varint followed by its operations.
	 * @returns {Writer} `this`
	 */
	Writer.prototype.ldelim = function ldelim() {
	    var head = this.head,
	        tail = this.tail,
	        len  = this.len;
	    this.reset().uint32(len);
	    if (len) {
	        this.tail.next = head.next; // skip noop
	        this.tail = tail;
	        this.len += len;
	    }
	    return this;
	};

	/**
	 * Finishes the write operation.
	 * @returns {Uint8Array} Finished buffer
	 */
	Writer.prototype.finish = function finish() {
	    var head = this.head.next, // skip noop
	        buf  = this.constructor.alloc(this.len),
	        pos  = 0;
	    while (head) {
	        head.fn(head.val, buf, pos);
	        pos += head.len;
	        head = head.next;
	    }
	    // this.head = this.tail = null;
	    return buf;
	};

	Writer._configure = function(BufferWriter_) {
	    BufferWriter = BufferWriter_;
	    Writer.create = create();
	    BufferWriter._configure();
	};
	return writer;
}

var writer_buffer;
var hasRequiredWriter_buffer;

function requireWriter_buffer () {
	if (hasRequiredWriter_buffer) return writer_buffer;
	hasRequiredWriter_buffer = 1;
	writer_buffer = BufferWriter;

	// extends Writer
	var Writer = requireWriter();
	(BufferWriter.prototype = Object.create(Writer.prototype)).constructor = BufferWriter;

	var util = requireMinimal$1();

	/**
	 * Constructs a new buffer writer instance.
	 * @classdesc Wire format writer using node buffers.
	 * @extends Writer
	 * @constructor
	 */
	function BufferWriter() {
	    Writer.call(this);
	}

	BufferWriter._configure = function () {
	    /**
	     * Allocates a buffer of the specified size.
	     * @function
	     * @param {number} size Buffer size
	     * @returns {Buffer} Buffer
	     */
	    BufferWriter.alloc = util._Buffer_allocUnsafe;

	    BufferWriter.writeBytesBuffer = util.Buffer && util.Buffer.prototype instanceof Uint8Array && util.Buffer.prototype.set.name === "set"
	        ? function writeBytesBuffer_set(val, buf, pos) {
	          buf.set(val, pos); // faster than copy (requires node >= 4 where Buffers extend Uint8Array and set is properly inherited)
	          // also works for plain array values
	        }
	        /* istanbul ignore next */
	        : function writeBytesBuffer_copy(val, buf, pos) {
	          if (val.copy) // Buffer values
	            val.copy(buf, pos, 0, val.length);
	          else for (var i = 0; i < val.length;) // plain array values
	            buf[pos++] = val[i++];
	        };
	};


	/**
	 * @override
	 */
	BufferWriter.prototype.bytes = function write_bytes_buffer(value) {
	    if (util.isString(value))
	        value = util._Buffer_from(value, "base64");
	    var len = value.length >>> 0;
	    this.uint32(len);
	    if (len)
	        this._push(BufferWriter.writeBytesBuffer, len, value);
	    return this;
	};

	function writeStringBuffer(val, buf, pos) {
	    if (val.length < 40) // plain js is faster for short strings (probably due to redundant assertions)
	        util.utf8.write(val, buf, pos);
	    else if (buf.utf8Write)
	        buf.utf8Write(val, pos);
	    else
	        buf.write(val, pos);
	}

	/**
	 * @override
	 */
	BufferWriter.prototype.string = function write_string_buffer(value) {
	    var len = util.Buffer.byteLength(value);
	    this.uint32(len);
	    if (len)
	        this._push(writeStringBuffer, len, value);
	    return this;
	};


	/**
	 * Finishes the write operation.
	 * @name BufferWriter#finish
	 * @function
	 * @returns {Buffer} Finished buffer
	 */

	BufferWriter._configure();
	return writer_buffer;
}

var reader;
var hasRequiredReader;

function requireReader () {
	if (hasRequiredReader) return reader;
	hasRequiredReader = 1;
	reader = Reader;

	var util      = requireMinimal$1();

	var BufferReader; // cyclic

	var LongBits  = util.LongBits,
	    utf8      = util.utf8;

	/* istanbul ignore next */
	function indexOutOfRange(reader, writeLength) {
	    return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
	}

	/**
	 * Constructs a new reader instance using the specified buffer.
	 * @classdesc Wire format reader using `Uint8Array` if available, otherwise `Array`.
	 * @constructor
	 * @param {Uint8Array} buffer Buffer to read from
	 */
	function Reader(buffer) {

	    /**
	     * Read buffer.
	     * @type {Uint8Array}
	     */
	    this.buf = buffer;

	    /**
	     * Read buffer position.
	     * @type {number}
	     */
	    this.pos = 0;

	    /**
	     * Read buffer length.
	     * @type {number}
	     */
	    this.len = buffer.length;
	}

	var create_array = typeof Uint8Array !== "undefined"
	    ? function create_typed_array(buffer) {
	        if (buffer instanceof Uint8Array || Array.isArray(buffer))
	            return new Reader(buffer);
	        throw Error("illegal buffer");
	    }
	    /* istanbul ignore next */
	    : function create_array(buffer) {
	        if (Array.isArray(buffer))
	            return new Reader(buffer);
	        throw Error("illegal buffer");
	    };

	var create = function create() {
	    return util.Buffer
	        ? function create_buffer_setup(buffer) {
	            return (Reader.create = function create_buffer(buffer) {
	                return util.Buffer.isBuffer(buffer)
	                    ? new BufferReader(buffer)
	                    /* istanbul ignore next */
	                    : create_array(buffer);
	            })(buffer);
	        }
	        /* istanbul ignore next */
	        : create_array;
	};

	/**
	 * Creates a new reader using the specified buffer.
	 * @function
	 * @param {Uint8Array|Buffer} buffer Buffer to read from
	 * @returns {Reader|BufferReader} A {@link BufferReader} if `buffer` is a Buffer, otherwise a {@link Reader}
	 * @throws {Error} If `buffer` is not a valid buffer
	 */
	Reader.create = create();

	Reader.prototype._slice = util.Array.prototype.subarray || /* istanbul ignore next */ util.Array.prototype.slice;

	function readVarint32NearEnd(reader) {
	    // Safely read up to four bytes of a varint32 near the reader limit
	    var value = 0;
	    for (var i = 0; i < 4; ++i) {
	        if (reader.pos >= reader.len)
	            throw indexOutOfRange(reader);
	        var b = reader.buf[reader.pos++];
	        value = (value | (b & 127) << i * 7) >>> 0;
	        if (b < 128)
	            return value;
	    }
	    throw indexOutOfRange(reader);
	}

	/**
	 * Reads a varint as an unsigned 32 bit value.
	 * @function
	 * @returns {number} Value read
	 */
	Reader.prototype.uint32 = (function read_uint32_setup() {
	    var value = 4294967295; // optimizer type-hint, tends to deopt otherwise (?!)
	    return function read_uint32() {
	        if (this.len - this.pos < 5) {
	            if (this.pos >= this.len)
	                throw indexOutOfRange(this);
	            if (this.buf[this.pos] >= 128)
	                return readVarint32NearEnd(this);
	        }
	        value = (         this.buf[this.pos] & 127       ) >>> 0; if (this.buf[this.pos++] < 128) return value;
	        value = (value | (this.buf[this.pos] & 127) <<  7) >>> 0; if (this.buf[this.pos++] < 128) return value;
	        value = (value | (this.buf[this.pos] & 127) << 14) >>> 0; if (this.buf[this.pos++] < 128) return value;
	        value = (value | (this.buf[this.pos] & 127) << 21) >>> 0; if (this.buf[this.pos++] < 128) return value;
	        value = (value | (this.buf[this.pos] &  15) << 28) >>> 0; if (this.buf[this.pos++] < 128) return value;

	        /* istanbul ignore if */
	        if ((this.pos += 5) > this.len) {
	            this.pos = this.len;
	            throw indexOutOfRange(this, 10);
	        }
	        return value;
	    };
	})();

	/**
	 * Reads a varint as a signed 32 bit value.
	 * @returns {number} Value read
	 */
	Reader.prototype.int32 = function read_int32() {
	    return this.uint32() | 0;
	};

	/**
	 * Reads a zig-zag encoded varint as a signed 32 bit value.
	 * @returns {number} Value read
	 */
	Reader.prototype.sint32 = function read_sint32() {
	    var value = this.uint32();
	    return value >>> 1 ^ -(value & 1) | 0;
	};

	/* eslint-disable no-invalid-this */

	function readLongVarint() {
	    // tends to deopt with local vars for octet etc.
	    var bits = new LongBits(0, 0);
	    var i = 0;
	    if (this.len - this.pos > 4) { // fast route (lo)
	        for (; i < 4; ++i) {
	            // 1st..4th
	            bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
	            if (this.buf[this.pos++] < 128)
	                return bits;
	        }
	        // 5th
	        bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
	        bits.hi = (bits.hi | (this.buf[this.pos] & 127) >>  4) >>> 0;
	        if (this.buf[this.pos++] < 128)
	            return bits;
	        i = 0;
	    } else {
	        for (; i < 3; ++i) {
	            /* istanbul ignore if */
	            if (this.pos >= this.len)
	                throw indexOutOfRange(this);
	            // 1st..3th
	            bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
	            if (this.buf[this.pos++] < 128)
	                return bits;
	        }
	        // 4th
	        bits.lo = (bits.lo | (this.buf[this.pos++] & 127) << i * 7) >>> 0;
	        return bits;
	    }
	    if (this.len - this.pos > 4) { // fast route (hi)
	        for (; i < 5; ++i) {
	            // 6th..10th
	            bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
	            if (this.buf[this.pos++] < 128)
	                return bits;
	        }
	    } else {
	        for (; i < 5; ++i) {
	            /* istanbul ignore if */
	            if (this.pos >= this.len)
	                throw indexOutOfRange(this);
	            // 6th..10th
	            bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
	            if (this.buf[this.pos++] < 128)
	                return bits;
	        }
	    }
	    /* istanbul ignore next */
	    throw Error("invalid varint encoding");
	}

	/* eslint-enable no-invalid-this */

	/**
	 * Reads a varint as a signed 64 bit value.
	 * @name Reader#int64
	 * @function
	 * @returns {Long} Value read
	 */

	/**
	 * Reads a varint as an unsigned 64 bit value.
	 * @name Reader#uint64
	 * @function
	 * @returns {Long} Value read
	 */

	/**
	 * Reads a zig-zag encoded varint as a signed 64 bit value.
	 * @name Reader#sint64
	 * @function
	 * @returns {Long} Value read
	 */

	/**
	 * Reads a varint as a boolean.
	 * @returns {boolean} Value read
	 */
	Reader.prototype.bool = function read_bool() {
	    return this.uint32() !== 0;
	};

	function readFixed32_end(buf, end) { // note that this uses `end`, not `pos`
	    return (buf[end - 4]
	          | buf[end - 3] << 8
	          | buf[end - 2] << 16
	          | buf[end - 1] << 24) >>> 0;
	}

	/**
	 * Reads fixed 32 bits as an unsigned 32 bit integer.
	 * @returns {number} Value read
	 */
	Reader.prototype.fixed32 = function read_fixed32() {

	    /* istanbul ignore if */
	    if (this.pos + 4 > this.len)
	        throw indexOutOfRange(this, 4);

	    return readFixed32_end(this.buf, this.pos += 4);
	};

	/**
	 * Reads fixed 32 bits as a signed 32 bit integer.
	 * @returns {number} Value read
	 */
	Reader.prototype.sfixed32 = function read_sfixed32() {

	    /* istanbul ignore if */
	    if (this.pos + 4 > this.len)
	        throw indexOutOfRange(this, 4);

	    return readFixed32_end(this.buf, this.pos += 4) | 0;
	};

	/* eslint-disable no-invalid-this */

	function readFixed64(/* this: Reader */) {

	    /* istanbul ignore if */
	    if (this.pos + 8 > this.len)
	        throw indexOutOfRange(this, 8);

	    return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
	}

	/* eslint-enable no-invalid-this */

	/**
	 * Reads fixed 64 bits.
	 * @name Reader#fixed64
	 * @function
	 * @returns {Long} Value read
	 */

	/**
	 * Reads zig-zag encoded fixed 64 bits.
	 * @name Reader#sfixed64
	 * @function
	 * @returns {Long} Value read
	 */

	/**
	 * Reads a float (32 bit) as a number.
	 * @function
	 * @returns {number} Value read
	 */
	Reader.prototype.float = function read_float() {

	    /* istanbul ignore if */
	    if (this.pos + 4 > this.len)
	        throw indexOutOfRange(this, 4);

	    var value = util.float.readFloatLE(this.buf, this.pos);
	    this.pos += 4;
	    return value;
	};

	/**
	 * Reads a double (64 bit float) as a number.
	 * @function
	 * @returns {number} Value read
	 */
	Reader.prototype.double = function read_double() {

	    /* istanbul ignore if */
	    if (this.pos + 8 > this.len)
	        throw indexOutOfRange(this, 4);

	    var value = util.float.readDoubleLE(this.buf, this.pos);
	    this.pos += 8;
	    return value;
	};

	/**
	 * Reads a sequence of bytes preceeded by its length as a varint.
	 * @returns {Uint8Array} Value read
	 */
	Reader.prototype.bytes = function read_bytes() {
	    var length = this.uint32(),
	        start  = this.pos,
	        end    = this.pos + length;

	    /* istanbul ignore if */
	    if (end > this.len)
	        throw indexOutOfRange(this, length);

	    this.pos += length;
	    if (Array.isArray(this.buf)) // plain array
	        return this.buf.slice(start, end);

	    if (start === end) { // fix for IE 10/Win8 and others' subarray returning array of size 1
	        var nativeBuffer = util.Buffer;
	        return nativeBuffer
	            ? nativeBuffer.alloc(0)
	            : new this.buf.constructor(0);
	    }
	    return this._slice.call(this.buf, start, end);
	};

	/**
	 * Reads a string preceeded by its byte length as a varint.
	 * @returns {string} Value read
	 */
	Reader.prototype.string = function read_string() {
	    var bytes = this.bytes();
	    return utf8.read(bytes, 0, bytes.length);
	};

	/**
	 * Skips the specified number of bytes if specified, otherwise skips a varint.
	 * @param {number} [length] Length if known, otherwise a varint is assumed
	 * @returns {Reader} `this`
	 */
	Reader.prototype.skip = function skip(length) {
	    if (typeof length === "number") {
	        /* istanbul ignore if */
	        if (this.pos + length > this.len)
	            throw indexOutOfRange(this, length);
	        this.pos += length;
	    } else {
	        do {
	            /* istanbul ignore if */
	            if (this.pos >= this.len)
	                throw indexOutOfRange(this);
	        } while (this.buf[this.pos++] & 128);
	    }
	    return this;
	};

	/**
	 * Recursion limit.
	 * @type {number}
	 */
	Reader.recursionLimit = util.recursionLimit;

	/**
	 * Skips the next element of the specified wire type.
	 * @param {number} wireType Wire type received
	 * @param {number} [depth] Depth of recursion to control nested calls; 0 if omitted
	 * @returns {Reader} `this`
	 */
	Reader.prototype.skipType = function(wireType, depth) {
	    if (depth === undefined) depth = 0;
	    if (depth > Reader.recursionLimit)
	        throw Error("maximum nesting depth exceeded");
	    switch (wireType) {
	        case 0:
	            this.skip();
	            break;
	        case 1:
	            this.skip(8);
	            break;
	        case 2:
	            this.skip(this.uint32());
	            break;
	        case 3:
	            while ((wireType = this.uint32() & 7) !== 4) {
	                this.skipType(wireType, depth + 1);
	            }
	            break;
	        case 5:
	            this.skip(4);
	            break;

	        /* istanbul ignore next */
	        default:
	            throw Error("invalid wire type " + wireType + " at offset " + this.pos);
	    }
	    return this;
	};

	Reader._configure = function(BufferReader_) {
	    BufferReader = BufferReader_;
	    Reader.create = create();
	    BufferReader._configure();

	    var fn = util.Long ? "toLong" : /* istanbul ignore next */ "toNumber";
	    util.merge(Reader.prototype, {

	        int64: function read_int64() {
	            return readLongVarint.call(this)[fn](false);
	        },

	        uint64: function read_uint64() {
	            return readLongVarint.call(this)[fn](true);
	        },

	        sint64: function read_sint64() {
	            return readLongVarint.call(this).zzDecode()[fn](false);
	        },

	        fixed64: function read_fixed64() {
	            return readFixed64.call(this)[fn](true);
	        },

	        sfixed64: function read_sfixed64() {
	            return readFixed64.call(this)[fn](false);
	        }

	    });
	};
	return reader;
}

var reader_buffer;
var hasRequiredReader_buffer;

function requireReader_buffer () {
	if (hasRequiredReader_buffer) return reader_buffer;
	hasRequiredReader_buffer = 1;
	reader_buffer = BufferReader;

	// extends Reader
	var Reader = requireReader();
	(BufferReader.prototype = Object.create(Reader.prototype)).constructor = BufferReader;

	var util = requireMinimal$1();

	/**
	 * Constructs a new buffer reader instance.
	 * @classdesc Wire format reader using node buffers.
	 * @extends Reader
	 * @constructor
	 * @param {Buffer} buffer Buffer to read from
	 */
	function BufferReader(buffer) {
	    Reader.call(this, buffer);

	    /**
	     * Read buffer.
	     * @name BufferReader#buf
	     * @type {Buffer}
	     */
	}

	BufferReader._configure = function () {
	    /* istanbul ignore else */
	    if (util.Buffer)
	        BufferReader.prototype._slice = util.Buffer.prototype.slice;
	};


	/**
	 * @override
	 */
	BufferReader.prototype.string = function read_string_buffer() {
	    var len = this.uint32(); // modifies pos
	    return this.buf.utf8Slice
	        ? this.buf.utf8Slice(this.pos, this.pos = Math.min(this.pos + len, this.len))
	        : this.buf.toString("utf-8", this.pos, this.pos = Math.min(this.pos + len, this.len));
	};

	/**
	 * Reads a sequence of bytes preceeded by its length as a varint.
	 * @name BufferReader#bytes
	 * @function
	 * @returns {Buffer} Value read
	 */

	BufferReader._configure();
	return reader_buffer;
}

var rpc = {};

var service;
var hasRequiredService;

function requireService () {
	if (hasRequiredService) return service;
	hasRequiredService = 1;
	service = Service;

	var util = requireMinimal$1();

	// Extends EventEmitter
	(Service.prototype = Object.create(util.EventEmitter.prototype)).constructor = Service;

	/**
	 * A service method callback as used by {@link rpc.ServiceMethod|ServiceMethod}.
	 *
	 * Differs from {@link RPCImplCallback} in that it is an actual callback of a service method which may not return `response = null`.
	 * @typedef rpc.ServiceMethodCallback
	 * @template TRes extends Message<TRes>
	 * @type {function}
	 * @param {Error|null} error Error, if any
	 * @param {TRes} [response] Response message
	 * @returns {undefined}
	 */

	/**
	 * A service method part of a {@link rpc.Service} as created by {@link Service.create}.
	 * @typedef rpc.ServiceMethod
	 * @template TReq extends Message<TReq>
	 * @template TRes extends Message<TRes>
	 * @type {function}
	 * @param {TReq|Properties<TReq>} request Request message or plain object
	 * @param {rpc.ServiceMethodCallback<TRes>} [callback] Node-style callback called with the error, if any, and the response message
	 * @returns {Promise<Message<TRes>>} Promise if `callback` has been omitted, otherwise `undefined`
	 */

	/**
	 * Constructs a new RPC service instance.
	 * @classdesc An RPC service as returned by {@link Service#create}.
	 * @exports rpc.Service
	 * @extends util.EventEmitter
	 * @constructor
	 * @param {RPCImpl} rpcImpl RPC implementation
	 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
	 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
	 */
	function Service(rpcImpl, requestDelimited, responseDelimited) {

	    if (typeof rpcImpl !== "function")
	        throw TypeError("rpcImpl must be a function");

	    util.EventEmitter.call(this);

	    /**
	     * RPC implementation. Becomes `null` once the service is ended.
	     * @type {RPCImpl|null}
	     */
	    this.rpcImpl = rpcImpl;

	    /**
	     * Whether requests are length-delimited.
	     * @type {boolean}
	     */
	    this.requestDelimited = Boolean(requestDelimited);

	    /**
	     * Whether responses are length-delimited.
	     * @type {boolean}
	     */
	    this.responseDelimited = Boolean(responseDelimited);
	}

	/**
	 * Calls a service method through {@link rpc.Service#rpcImpl|rpcImpl}.
	 * @param {Method|rpc.ServiceMethod<TReq,TRes>} method Reflected or static method
	 * @param {Constructor<TReq>} requestCtor Request constructor
	 * @param {Constructor<TRes>} responseCtor Response constructor
	 * @param {TReq|Properties<TReq>} request Request message or plain object
	 * @param {rpc.ServiceMethodCallback<TRes>} callback Service callback
	 * @returns {undefined}
	 * @template TReq extends Message<TReq>
	 * @template TRes extends Message<TRes>
	 */
	Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {

	    if (!request)
	        throw TypeError("request must be specified");

	    var self = this;
	    if (!callback)
	        return util.asPromise(rpcCall, self, method, requestCtor, responseCtor, request);

	    if (!self.rpcImpl) {
	        setTimeout(function() { callback(Error("already ended")); }, 0);
	        return undefined;
	    }

	    try {
	        return self.rpcImpl(
	            method,
	            requestCtor[self.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
	            function rpcCallback(err, response) {

	                if (err) {
	                    self.emit("error", err, method);
	                    return callback(err);
	                }

	                if (response === null) {
	                    self.end(/* endedByRPC */ true);
	                    return undefined;
	                }

	                if (!(response instanceof responseCtor)) {
	                    try {
	                        response = responseCtor[self.responseDelimited ? "decodeDelimited" : "decode"](response);
	                    } catch (err) {
	                        self.emit("error", err, method);
	                        return callback(err);
	                    }
	                }

	                self.emit("data", response, method);
	                return callback(null, response);
	            }
	        );
	    } catch (err) {
	        self.emit("error", err, method);
	        setTimeout(function() { callback(err); }, 0);
	        return undefined;
	    }
	};

	/**
	 * Ends this service and emits the `end` event.
	 * @param {boolean} [endedByRPC=false] Whether the service has been ended by the RPC implementation.
	 * @returns {rpc.Service} `this`
	 */
	Service.prototype.end = function end(endedByRPC) {
	    if (this.rpcImpl) {
	        if (!endedByRPC) // signal end to rpcImpl
	            this.rpcImpl(null, null, null);
	        this.rpcImpl = null;
	        this.emit("end").off();
	    }
	    return this;
	};
	return service;
}

var hasRequiredRpc;

function requireRpc () {
	if (hasRequiredRpc) return rpc;
	hasRequiredRpc = 1;
	(function (exports) {

		/**
		 * Streaming RPC helpers.
		 * @namespace
		 */
		var rpc = exports;

		/**
		 * RPC implementation passed to {@link Service#create} performing a service request on network level, i.e. by utilizing http requests or websockets.
		 * @typedef RPCImpl
		 * @type {function}
		 * @param {Method|rpc.ServiceMethod<Message<{}>,Message<{}>>} method Reflected or static method being called
		 * @param {Uint8Array} requestData Request data
		 * @param {RPCImplCallback} callback Callback function
		 * @returns {undefined}
		 * @example
		 * function rpcImpl(method, requestData, callback) {
		 *     if (protobuf.util.lcFirst(method.name) !== "myMethod") // compatible with static code
		 *         throw Error("no such method");
		 *     asynchronouslyObtainAResponse(requestData, function(err, responseData) {
		 *         callback(err, responseData);
		 *     });
		 * }
		 */

		/**
		 * Node-style callback as used by {@link RPCImpl}.
		 * @typedef RPCImplCallback
		 * @type {function}
		 * @param {Error|null} error Error, if any, otherwise `null`
		 * @param {Uint8Array|null} [response] Response data or `null` to signal end of stream, if there hasn't been an error
		 * @returns {undefined}
		 */

		rpc.Service = requireService(); 
	} (rpc));
	return rpc;
}

var roots;
var hasRequiredRoots;

function requireRoots () {
	if (hasRequiredRoots) return roots;
	hasRequiredRoots = 1;
	roots = Object.create(null);

	/**
	 * Named roots.
	 * This is where pbjs stores generated structures (the option `-r, --root` specifies a name).
	 * Can also be used manually to make roots available across modules.
	 * @name roots
	 * @type {Object.<string,Root>}
	 * @example
	 * // pbjs -r myroot -o compiled.js ...
	 *
	 * // in another module:
	 * require("./compiled.js");
	 *
	 * // in any subsequent module:
	 * var root = protobuf.roots["myroot"];
	 */
	return roots;
}

var hasRequiredIndexMinimal;

function requireIndexMinimal () {
	if (hasRequiredIndexMinimal) return indexMinimal;
	hasRequiredIndexMinimal = 1;
	(function (exports) {
		var protobuf = exports;

		/**
		 * Build type, one of `"full"`, `"light"` or `"minimal"`.
		 * @name build
		 * @type {string}
		 * @const
		 */
		protobuf.build = "minimal";

		// Serialization
		protobuf.Writer       = requireWriter();
		protobuf.BufferWriter = requireWriter_buffer();
		protobuf.Reader       = requireReader();
		protobuf.BufferReader = requireReader_buffer();

		// Utility
		protobuf.util         = requireMinimal$1();
		protobuf.rpc          = requireRpc();
		protobuf.roots        = requireRoots();
		protobuf.configure    = configure;

		/* istanbul ignore next */
		/**
		 * Reconfigures the library according to the environment.
		 * @returns {undefined}
		 */
		function configure() {
		    protobuf.util._configure();
		    protobuf.Writer._configure(protobuf.BufferWriter);
		    protobuf.Reader._configure(protobuf.BufferReader);
		}

		// Set up buffer utility according to the environment
		configure(); 
	} (indexMinimal));
	return indexMinimal;
}

var minimal;
var hasRequiredMinimal;

function requireMinimal () {
	if (hasRequiredMinimal) return minimal;
	hasRequiredMinimal = 1;
	minimal = requireIndexMinimal();
	return minimal;
}

var minimalExports = requireMinimal();
var protobuf = /*@__PURE__*/getDefaultExportFromCjs(minimalExports);

class ExactArray {
    cells;
    big = null;
    length;
    constructor(length = 0) {
        this.cells = new Float64Array(Math.max(16, length));
        this.length = length;
    }
    /** Grows to at least `n` slots (new slots are 0). */
    ensure(n) {
        if (n > this.cells.length) {
            const next = new Float64Array(Math.max(n, this.cells.length * 2));
            next.set(this.cells);
            this.cells = next;
        }
        if (n > this.length)
            this.length = n;
    }
    /** Wraps float64 cells that are known to hold exact integers. */
    static from(cells) {
        const a = new ExactArray(0);
        a.cells = cells.length >= 16 ? cells : Float64Array.from({ length: 16 }, (_, i) => cells[i] ?? 0);
        a.length = cells.length;
        return a;
    }
    add(i, v) {
        if (typeof v === 'number') {
            const s = this.cells[i] + v;
            if (Number.isSafeInteger(s)) {
                this.cells[i] = s;
                return;
            }
        }
        this.addSlow(i, v);
    }
    addSlow(i, v) {
        const big = (this.big ??= new Map());
        const cur = big.get(i) ?? BigInt(this.cells[i]);
        big.set(i, cur + BigInt(v));
        this.cells[i] = NaN;
    }
    set(i, v) {
        if (typeof v === 'number' && Number.isSafeInteger(v)) {
            this.cells[i] = v;
            this.big?.delete(i);
            return;
        }
        (this.big ??= new Map()).set(i, BigInt(v));
        this.cells[i] = NaN;
    }
    get(i) {
        const c = this.cells[i];
        if (c === c)
            return c;
        return normalize(this.big.get(i));
    }
    /**
     * The float64 cells themselves when every slot is a safe integer (else
     * null), for loops that would otherwise box a number per get() call.
     */
    safeCells() {
        return this.big === null ? this.cells : null;
    }
}
/** Returns a number when the bigint is a safe integer, so equal values compare equal. */
function normalize(v) {
    if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n)
        return Number(v);
    return v;
}
function addExact(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const s = a + b;
        if (Number.isSafeInteger(s))
            return s;
    }
    return normalize(BigInt(a) + BigInt(b));
}
function subExact(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const s = a - b;
        if (Number.isSafeInteger(s))
            return s;
    }
    return normalize(BigInt(a) - BigInt(b));
}
function negExact(a) {
    return typeof a === 'number' ? -a || 0 : normalize(-a);
}
function absExact(a) {
    return a < 0 ? negExact(a) : a;
}
/** Compares two exact integers: negative, zero or positive. */
function cmpExact(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** As a float64 for display and ratios (may round beyond 2^53). */
function toFloat(a) {
    return typeof a === 'number' ? a : Number(a);
}
/**
 * Go's int64(math.Round(float64(v) * ratio)): rounds half away from zero,
 * as pprof's Profile.ScaleN does when normalizing.
 */
function scaleLikeGo(v, ratio) {
    const x = toFloat(v) * ratio;
    const r = x < 0 ? -Math.round(-x) : Math.round(x);
    if (Number.isSafeInteger(r))
        return r || 0;
    if (!Number.isFinite(r))
        return 0;
    // Go's float64 to int64 conversion of an out-of-range value is
    // implementation-defined; clamp, as amd64 gives the minimum int64.
    if (r >= 2 ** 63 || r < -9223372036854776e3)
        return -9223372036854775808n;
    return normalize(BigInt(r));
}

/**
 * The largest of `ids` when all are numbers up to 2^22, so that an array
 * indexed by id can stand in for a map (Go numbers functions 1..N); -1 otherwise.
 */
function smallIdMax(ids) {
    let max = 0;
    for (const id of ids) {
        if (typeof id !== 'number' || id > 1 << 22)
            return -1;
        if (id > max)
            max = id;
    }
    return max;
}
/** Frame positions: block index << FRAME_BLOCK_SHIFT | offset within the block. */
const FRAME_BLOCK_SHIFT = 16;
const FRAME_OFFSET_MASK = (1 << FRAME_BLOCK_SHIFT) - 1;

const TWO_32 = 4294967296;
/**
 * Reads a varint as (lo, hi) 32-bit halves into `halves`; returns the new
 * position. The halves are built as int32 and made unsigned by the
 * Uint32Array store: an unsigned value past 2^31 in a local would not be a
 * small integer, and V8 would throw away its compiled code the first time
 * one came along.
 */
function readHalves(buf, pos, end, halves) {
    let lo = 0;
    let b = 0;
    for (let shift = 0; shift < 28; shift += 7) {
        if (pos >= end)
            throw truncated();
        b = buf[pos++];
        lo |= (b & 127) << shift;
        if (b < 128) {
            halves[0] = lo;
            halves[1] = 0;
            return pos;
        }
    }
    if (pos >= end)
        throw truncated();
    b = buf[pos++];
    lo |= (b & 127) << 28;
    let hi = (b & 127) >>> 4;
    if (b < 128) {
        halves[0] = lo;
        halves[1] = hi;
        return pos;
    }
    for (let shift = 3; shift < 38; shift += 7) {
        if (pos >= end)
            throw truncated();
        b = buf[pos++];
        hi |= (b & 127) << shift;
        if (b < 128) {
            halves[0] = lo;
            halves[1] = hi;
            return pos;
        }
    }
    throw parseError('varint longer than 10 bytes');
}
function truncated() {
    return parseError('unexpected end of data inside a field');
}
const halves = new Uint32Array(2);
/** Reads a signed 64-bit varint (int64): number when exact, bigint otherwise. */
function readInt64(r, end) {
    const buf = r.buf;
    const pos = r.pos;
    // Fast path: one byte, the common case for counts and small ids.
    if (pos < end && buf[pos] < 128) {
        r.pos = pos + 1;
        return buf[pos];
    }
    r.pos = readHalves(buf, pos, end, halves);
    const lo = halves[0];
    const hi = halves[1];
    // An int32 result stays a small integer: a float64 one stored into a field
    // (a reader's position) would change that field's representation and
    // throw away the optimised code that depends on it.
    if (hi === 0 && lo <= 0x7fffffff)
        return lo | 0;
    if (hi <= 0x1fffff)
        return hi * TWO_32 + lo;
    const shi = hi | 0;
    if (shi < 0 && shi >= -2097152)
        return shi * TWO_32 + lo;
    return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}
/** Reads an unsigned 64-bit varint (uint64, ids): number when exact, bigint otherwise. */
function readUint64(r, end) {
    const buf = r.buf;
    const pos = r.pos;
    if (pos < end && buf[pos] < 128) {
        r.pos = pos + 1;
        return buf[pos];
    }
    r.pos = readHalves(buf, pos, end, halves);
    const lo = halves[0];
    const hi = halves[1];
    if (hi === 0 && lo <= 0x7fffffff)
        return lo | 0;
    if (hi <= 0x1fffff)
        return hi * TWO_32 + lo;
    return (BigInt(hi) << 32n) | BigInt(lo);
}
/**
 * Reads a varint that must fit a non-negative safe integer (tags, lengths);
 * `what` names it in the error.
 */
function readSize(r, end, what) {
    // Up to four bytes (below 2^28, every length in a real profile) in one loop
    // for every length: a two-byte length first met after V8 has compiled the
    // sample loop (a deep stack) then costs no recompile. The count goes up
    // before the loop can end, so that a one-byte length has already run every
    // operation of the loop (V8 compiles an operation that never ran into a
    // deoptimisation).
    const buf = r.buf;
    let pos = r.pos;
    let size = 0;
    for (let i = 0; i < 4 && pos < end;) {
        const b = buf[pos++];
        size |= (b & 127) << (7 * i);
        i++;
        if (b < 128) {
            r.pos = pos;
            return size;
        }
    }
    const v = readUint64(r, end);
    if (typeof v !== 'number')
        throw parseError(`${what} ${v} is out of range`);
    return v;
}
/** Skips one varint, checking that it ends within 10 bytes and before `end`. */
function skipVarint(r, end) {
    const buf = r.buf;
    let pos = r.pos;
    for (let i = 0; i < 10; i++) {
        if (pos >= end)
            throw truncated();
        if (buf[pos++] < 128) {
            r.pos = pos;
            return;
        }
    }
    throw parseError('varint longer than 10 bytes');
}

/**
 * Distinct stacks, keyed by their location ids. A sample's ids are decoded
 * into a reused Int32Array and hashed on the way; equal stacks have equal
 * ids, so the ids themselves are the key: stored once, and found again with
 * an open-addressing table. No string or array is made per sample, which
 * keeps the garbage collector out of the decoding loop, and the stored ids
 * become location indices in place once the locations are known (see
 * resolve.ts).
 *
 * The ids are stored in blocks (model.ts, StackSet) rather than one array
 * that doubles: a doubling array needs old and new at once and leaves the
 * slack of the last doubling, which for a large CPU profile is tens of MB.
 *
 * Ids are uint64. A frame holds id - 1 for ids 1 .. 2^31 - 1: Go numbers
 * locations 1..N in the order it writes them, so the frame is then already
 * the location's index and needs no resolving (resolve.ts). Id 0 is -1; a
 * larger id is a code -(k + 2), `bigIds[k]` holding it exactly.
 */
/** Ids per block: the first blocks are small so that small profiles stay small. */
const FIRST_BLOCK = 1 << 10;
const BLOCK = 1 << FRAME_BLOCK_SHIFT;
class StackTable {
    block = new Int32Array(FIRST_BLOCK);
    used = 0;
    blocks = [this.block];
    /** Ids used in each block: the current one's is written when it is full, or by freeIndex. */
    blockUsed = [0];
    /** Stack s: position of its first id (FRAME_BLOCK_SHIFT encoding) and its depth. */
    // Every table starts small, for small profiles and so that each grows
    // early: V8 compiles these methods once they are hot, and a growth path that
    // had not run by then would cost a recompile when it first did.
    at = new Int32Array(64);
    depth = new Int32Array(64);
    count = 0;
    /** Frames of all stacks together. */
    frames = 0;
    bigIds = [];
    bigCodes = new Map();
    /**
     * Open addressing, two cells a slot: stack index + 1 (0 when empty) and
     * the stack's hash, side by side so a probe touches one cache line.
     */
    slots = new Int32Array(2 << 6);
    mask = (1 << 6) - 1;
    /** The frame of an id that is 0 or does not fit 31 bits. */
    codeOf(id) {
        if (id === 0)
            return -1;
        let code = this.bigCodes.get(id);
        if (code === undefined) {
            code = -(this.bigIds.length + 2);
            this.bigIds.push(id);
            this.bigCodes.set(id, code);
        }
        return code;
    }
    /**
     * The label set of each stack, when stacks are told apart by labels too
     * (internLabelled); null otherwise.
     */
    labels = null;
    /**
     * intern, for a stack with labels: stacks equal in frames but not in
     * `labelSet` stay apart. A table uses either this or intern, never both.
     */
    internLabelled(key, n, hash, labelSet) {
        const labels = (this.labels ??= new Int32Array(this.at.length));
        const h = hashFinish(hash ^ Math.imul(labelSet + 1, 0x9e3779b1));
        const slots = this.slots;
        const mask = this.mask;
        let i = h & mask;
        for (;;) {
            const s = slots[2 * i];
            if (s === 0)
                break;
            if (slots[2 * i + 1] === h && labels[s - 1] === labelSet && this.equal(s - 1, key, n))
                return s - 1;
            i = (i + 1) & mask;
        }
        const idx = this.add(key, n, h, i);
        this.labels[idx] = labelSet;
        return idx;
    }
    /** Returns the stack index of `key[0, n)` with hash `hash`, adding it when new. */
    intern(key, n, hash) {
        const slots = this.slots;
        const mask = this.mask;
        let i = hash & mask;
        for (;;) {
            const s = slots[2 * i];
            if (s === 0)
                break;
            if (slots[2 * i + 1] === hash && this.equal(s - 1, key, n))
                return s - 1;
            i = (i + 1) & mask;
        }
        return this.add(key, n, hash, i);
    }
    equal(idx, key, n) {
        if (this.depth[idx] !== n)
            return false;
        const at = this.at[idx];
        const block = this.blocks[at >>> FRAME_BLOCK_SHIFT];
        const from = at & FRAME_OFFSET_MASK;
        for (let j = 0; j < n; j++)
            if (block[from + j] !== key[j])
                return false;
        return true;
    }
    add(key, n, hash, slot) {
        const idx = this.count++;
        if (idx >= this.at.length)
            this.grow();
        if (this.used + n > this.block.length)
            this.newBlock(n);
        const block = this.block;
        const from = this.used;
        for (let j = 0; j < n; j++)
            block[from + j] = key[j];
        this.used = from + n;
        this.frames += n;
        this.at[idx] = ((this.blocks.length - 1) << FRAME_BLOCK_SHIFT) | from;
        this.depth[idx] = n;
        this.slots[2 * slot] = idx + 1;
        this.slots[2 * slot + 1] = hash;
        if (this.count * 2 > this.mask + 1)
            this.rehash();
        return idx;
    }
    /** Starts a block for a stack of n ids: a stack longer than a block gets one of its own. */
    newBlock(n) {
        this.blockUsed[this.blocks.length - 1] = this.used;
        const size = Math.min(BLOCK, this.block.length * 2);
        this.block = new Int32Array(Math.max(size, n));
        this.blocks.push(this.block);
        this.blockUsed.push(0);
        this.used = 0;
    }
    grow() {
        const n = this.at.length * 2;
        const at = new Int32Array(n);
        at.set(this.at);
        this.at = at;
        const depth = new Int32Array(n);
        depth.set(this.depth);
        this.depth = depth;
        if (this.labels) {
            const labels = new Int32Array(n);
            labels.set(this.labels);
            this.labels = labels;
        }
    }
    rehash() {
        const old = this.slots;
        const size = (this.mask + 1) * 2;
        const slots = new Int32Array(2 * size);
        const mask = size - 1;
        for (let j = 0; j < old.length; j += 2) {
            if (old[j] === 0)
                continue;
            const hash = old[j + 1];
            let i = hash & mask;
            while (slots[2 * i] !== 0)
                i = (i + 1) & mask;
            slots[2 * i] = old[j];
            slots[2 * i + 1] = hash;
        }
        this.slots = slots;
        this.mask = mask;
    }
    /** Drops the lookup structures once decoding is over; the stacks stay. */
    freeIndex() {
        this.blockUsed[this.blocks.length - 1] = this.used;
        this.slots = new Int32Array(2);
        this.mask = 0;
        this.bigCodes.clear();
    }
}
/** The location id a frame stands for (see codeOf). */
function frameId(frame, bigIds) {
    return frame >= 0 ? frame + 1 : frame === -1 ? 0 : bigIds[-frame - 2];
}
/** Final avalanche (murmur3's fmix32), so the table can index by the low bits. */
function hashFinish(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}

/**
 * Locations as columns instead of objects. A large profile has tens of
 * thousands of locations with one or more lines each; as objects they cost
 * the garbage collector more than the decoding itself. Here every field is
 * a typed column (ids and addresses exact through ExactArray), lines are
 * flattened, and a location is an index. `get(i)` builds an object for the
 * rare consumer that wants one.
 */
/** Ids up to this are indexed by an array; beyond, by a map. */
const DENSE_LIMIT = 1 << 24;
class LocationTable {
    count = 0;
    ids = new ExactArray();
    mappingIds = new ExactArray();
    addresses = new ExactArray();
    folded = new Uint8Array(1024);
    /** Location i has lines lineStart[i] .. lineStart[i + 1] - 1 (innermost first). */
    lineStart = new Int32Array(1025);
    lineCount = 0;
    lineFunctions = new ExactArray();
    lineNumbers = new ExactArray();
    lineColumns = new ExactArray();
    /** Whether location i has id i + 1 for every i (as Go writes them). */
    inOrder = true;
    dense = new Int32Array(1024).fill(-1);
    sparse = null;
    /** Index of the location with this id, or -1. */
    indexOf(id) {
        if (typeof id === 'number' && id < DENSE_LIMIT)
            return id < this.dense.length ? this.dense[id] : -1;
        return this.sparse?.get(id) ?? -1;
    }
    /**
     * Replaces each frame in `frames[0, length)` (a location id in the stack
     * table's form: id - 1, or a code for 0 and ids past 2^31, see
     * stacktable.ts) by the index of its location. Returns the position of the
     * first frame that names no location, or -1.
     */
    resolveFrames(frames, length, bigIds) {
        const dense = this.dense;
        const limit = dense.length - 1;
        for (let i = 0; i < length; i++) {
            const f = frames[i];
            const index = f >= 0 && f < limit ? dense[f + 1] : this.indexOf(frameId(f, bigIds));
            if (index < 0)
                return i;
            frames[i] = index;
        }
        return -1;
    }
    /** Starts a location; returns its index, or -1 when the id is already taken. */
    begin(id, mappingId, address, folded) {
        if (this.indexOf(id) >= 0)
            return -1;
        const i = this.count++;
        if (id !== i + 1)
            this.inOrder = false;
        if (typeof id === 'number' && id < DENSE_LIMIT) {
            if (id >= this.dense.length) {
                const next = new Int32Array(Math.max(this.dense.length * 2, id + 1)).fill(-1);
                next.set(this.dense);
                this.dense = next;
            }
            this.dense[id] = i;
        }
        else {
            (this.sparse ??= new Map()).set(id, i);
        }
        this.ids.ensure(i + 1);
        this.ids.set(i, id);
        this.mappingIds.ensure(i + 1);
        this.mappingIds.set(i, mappingId);
        this.addresses.ensure(i + 1);
        this.addresses.set(i, address);
        if (i >= this.folded.length) {
            const f = new Uint8Array(this.folded.length * 2);
            f.set(this.folded);
            this.folded = f;
            const s = new Int32Array(this.folded.length + 1);
            s.set(this.lineStart);
            this.lineStart = s;
        }
        this.folded[i] = folded ? 1 : 0;
        this.lineStart[i] = this.lineCount;
        this.lineStart[i + 1] = this.lineCount;
        return i;
    }
    /** Adds a line to the location begun last. */
    addLine(functionId, line, column) {
        const n = this.lineCount++;
        this.lineFunctions.ensure(n + 1);
        this.lineFunctions.set(n, functionId);
        if (line !== 0) {
            this.lineNumbers.ensure(n + 1);
            this.lineNumbers.set(n, line);
        }
        if (column !== 0) {
            this.lineColumns.ensure(n + 1);
            this.lineColumns.set(n, column);
        }
        this.lineStart[this.count] = this.lineCount;
    }
    lineValue(col, n) {
        return n < col.length ? col.get(n) : 0;
    }
    /** Location i as an object. */
    get(i) {
        const lines = [];
        for (let n = this.lineStart[i]; n < this.lineStart[i + 1]; n++) {
            lines.push({
                functionId: this.lineFunctions.get(n),
                line: this.lineValue(this.lineNumbers, n),
                column: this.lineValue(this.lineColumns, n)
            });
        }
        return { id: this.ids.get(i), mappingId: this.mappingIds.get(i), address: this.addresses.get(i), lines, isFolded: this.folded[i] === 1 };
    }
    /** Treats location i as unmapped (its mapping does not exist, which pprof allows). */
    unmap(i) {
        this.mappingIds.set(i, 0);
    }
}

/**
 * Turns the stack table's location ids into location indices, in place,
 * once, after decoding (Go writes samples before locations, so ids cannot
 * be resolved earlier): every later pass walks typed arrays instead of
 * looking ids up. Profiles whose locations are numbered 1..N in order (Go's)
 * skip this pass: their frames already are the indices (stacktable.ts).
 */
/**
 * Resolves the table's frames in place; `firstSample[s]` is the first sample
 * of stack s (for the error). `maxFrame` is the largest frame stored and
 * `negative` whether any was negative (id 0, or an id past 2^31).
 */
function resolveStacks(table, locations, firstSample, maxFrame, negative) {
    if (locations.inOrder && !negative && maxFrame < locations.count)
        return;
    const { blocks, blockUsed, bigIds } = table;
    for (let b = 0; b < blocks.length; b++) {
        const block = blocks[b];
        const bad = locations.resolveFrames(block, blockUsed[b], bigIds);
        if (bad >= 0) {
            throw parseError(`sample ${firstSample[stackAt(table, b, bad)]}: location ${frameId(block[bad], bigIds)} not found`);
        }
    }
}
/** The stack whose frames include offset `pos` of block `b` (only for the error message). */
function stackAt(table, b, pos) {
    for (let s = 0; s < table.count; s++) {
        const at = table.at[s];
        const from = at & FRAME_OFFSET_MASK;
        if (at >>> FRAME_BLOCK_SHIFT === b && from <= pos && pos < from + table.depth[s])
            return s;
    }
    return 0;
}

/**
 * Demangling as `go tool pprof` shows names by default: the function's
 * qualified name without parameters or template arguments (its demangler
 * runs with NoParams, NoEnclosingParams and NoTemplateParams). Covered:
 * Itanium C++ names (`_Z...`) whose name part is a plain or nested name of
 * source names, constructors, destructors, operators and the standard
 * abbreviations (St, Sa, Sb, Ss, Si, So, Sd), with template arguments
 * skipped, and ABI tags; and Rust's legacy names (`_ZN...17h<hash>E`).
 * Anything else (Rust v0 `_R` names, local names, substitutions other
 * than the abbreviations, conversion operators, ...) returns undefined,
 * and the name is shown as written. Checked against the Go demangler pprof
 * uses on the 138,280 distinct `_Z` symbols of this machine's shared
 * libraries: 108,916 read the same, none differently, the rest are left.
 *
 * No npm demangler fits: the one maintained package that covers both
 * languages ships 520 KB of WebAssembly loaded as an ES module import,
 * which Node 20 does not load without a flag, and prints full names (with
 * parameters, `const`, return types) that would need this same pass to
 * read as pprof's.
 */
/** The simplified demangled name, or undefined when `name` is not one this covers. */
function demangle(name) {
    if (!name.startsWith('_Z'))
        return undefined;
    return oldRust(name) ?? itanium(name);
}
// --- Rust, legacy mangling: _ZN <len><ident>... 17h<16 hex digits> E [.suffix]
const RUST_ESCAPES = { SP: '@', BP: '*', RF: '&', LT: '<', GT: '>', LP: '(', RP: ')' };
function oldRust(mangled) {
    if (!mangled.startsWith('_ZN'))
        return undefined;
    let name = mangled;
    const dot = name.lastIndexOf('E.');
    if (dot > 0)
        name = name.slice(0, dot + 1);
    if (!name.endsWith('E') || name.length <= 23 || name.slice(-20, -17) !== '17h')
        return undefined;
    const hash = name.slice(-17, -1);
    if (!/^[0-9a-f]{16}$/.test(hash) || new Set(hash).size < 5)
        return undefined;
    let rest = name.slice(3, -20);
    const parts = [];
    while (rest.length > 0) {
        const m = /^(\d+)(_?)/.exec(rest);
        if (!m)
            return undefined;
        const size = Number(m[1]) - (m[2] ? 1 : 0);
        rest = rest.slice(m[0].length);
        if (size < 0 || rest.length < size)
            return undefined;
        parts.push(unescapeRust(rest.slice(0, size)));
        rest = rest.slice(size);
    }
    return parts.join('::');
}
function unescapeRust(ident) {
    let id = ident.startsWith('_$') ? ident.slice(1) : ident;
    let out = '';
    while (id.length > 0) {
        const c = id[0];
        if (c === '$') {
            let code;
            let used = 0;
            if (id.length > 2 && id[1] === 'C' && id[2] === '$') {
                code = ',';
                used = 3;
            }
            else if (id.length > 4 && id[1] === 'u' && id[4] === '$') {
                const v = parseInt(id.slice(2, 4), 16);
                if (/^[0-7][0-9a-f]$/.test(id.slice(2, 4)) && v >= 0x20) {
                    code = String.fromCharCode(v);
                    used = 5;
                }
            }
            else if (id.length > 3 && id[3] === '$') {
                code = RUST_ESCAPES[id.slice(1, 3)];
                used = 4;
            }
            if (code === undefined)
                return out + id;
            out += code;
            id = id.slice(used);
        }
        else if (id.startsWith('..')) {
            out += '::';
            id = id.slice(2);
        }
        else {
            out += c;
            id = id.slice(1);
        }
    }
    return out;
}
// --- Itanium C++: _Z <name> <parameters>; only the name is read.
const ABBREVIATIONS = {
    t: 'std',
    a: 'std::allocator',
    b: 'std::basic_string',
    s: 'std::string',
    i: 'std::istream',
    o: 'std::ostream',
    d: 'std::iostream'
};
/** What an abbreviation reads as before a constructor or destructor of its class, as the demangler prints it. */
const CLASS_NAMES = {
    s: 'std::basic_string',
    i: 'std::basic_istream',
    o: 'std::basic_ostream',
    d: 'std::basic_iostream'
};
const OPERATORS = {
    nw: 'new', na: 'new[]', dl: 'delete', da: 'delete[]', ps: '+', ng: '-', ad: '&', de: '*', co: '~',
    pl: '+', mi: '-', ml: '*', dv: '/', rm: '%', an: '&', or: '|', eo: '^', aS: '=', pL: '+=', mI: '-=',
    mL: '*=', dV: '/=', rM: '%=', aN: '&=', oR: '|=', eO: '^=', ls: '<<', rs: '>>', lS: '<<=', rS: '>>=',
    eq: '==', ne: '!=', lt: '<', gt: '>', le: '<=', ge: '>=', ss: '<=>', nt: '!', aa: '&&', oo: '||',
    pp: '++', mm: '--', cm: ',', pm: '->*', pt: '->', cl: '()', ix: '[]', qu: '?'
};
class Bail extends Error {
}
function itanium(mangled) {
    const s = mangled;
    let p = 2;
    const parts = [];
    const fail = () => {
        throw new Bail();
    };
    /** The abbreviation the name starts with (St, Ss, ...), if any. */
    let abbreviation = '';
    /** The last plain component name, for constructors and destructors. */
    const last = () => {
        if (parts.length === 1 && CLASS_NAMES[abbreviation])
            parts[0] = CLASS_NAMES[abbreviation];
        const name = parts[parts.length - 1] ?? fail();
        const at = name.lastIndexOf('::');
        // A constructor is named after its class without the class's ABI tags.
        return (at < 0 ? name : name.slice(at + 2)).replace(/(\[abi:[^\]]*\])+$/, '');
    };
    const sourceName = () => {
        const m = /^\d+/.exec(s.slice(p)) ?? fail();
        const size = Number(m[0]);
        p += m[0].length;
        if (size <= 0 || p + size > s.length)
            fail();
        const id = s.slice(p, p + size);
        p += size;
        // The name of an anonymous namespace, as the demangler prints it.
        let name = id.startsWith('_GLOBAL_') && /^_GLOBAL_[._$]N/.test(id) ? '(anonymous namespace)' : id;
        // ABI tags: B <source-name>, printed [abi:tag].
        while (s[p] === 'B' && /\d/.test(s[p + 1] ?? '')) {
            p++;
            name += `[abi:${sourceName()}]`;
        }
        return name;
    };
    /**
     * Skips <template-args>: I ... E, counting what E closes. Source names,
     * substitutions (S_, S<id>_, St, ...), template parameters (T_, T<n>_)
     * and literals (L <type> <number> E) are read whole, since their digits
     * and letters are not types; expressions, lambdas, arrays and vector
     * types, whose grammar this does not follow, end the attempt.
     */
    const skipTemplateArgs = () => {
        let depth = 0;
        do {
            const c = s[p] ?? fail();
            const next = s[p + 1] ?? '';
            if (/\d/.test(c)) {
                sourceName();
                continue;
            }
            if (c === 'S' || c === 'T') {
                const m = (c === 'S' ? /^S(?:[0-9A-Z]*_|[tabsiod])/ : /^T\d*_/).exec(s.slice(p)) ?? fail();
                p += m[0].length;
                continue;
            }
            if (c === 'L') {
                if (next === '_' || next === 'N' || next === 'Z')
                    fail();
                const close = s.indexOf('E', p);
                if (close < 0)
                    fail();
                p = close + 1;
                continue;
            }
            if (c === 'X' || c === 'A' || (c === 'U' && next === 'l') || (c === 'D' && /[vTt]/.test(next)))
                fail();
            if (c === 'U' && next === 't') {
                const close = s.indexOf('_', p);
                if (close < 0)
                    fail();
                p = close + 1;
                continue;
            }
            if (c === 'D') {
                p += 2;
                continue;
            }
            if (c === 'I' || c === 'N' || c === 'J' || c === 'Z' || c === 'F')
                depth++;
            else if (c === 'E')
                depth--;
            p++;
        } while (depth > 0);
    };
    const unqualified = () => {
        const c = s[p] ?? fail();
        if (/\d/.test(c))
            return sourceName();
        if (c === 'C' && /[123]/.test(s[p + 1] ?? '')) {
            p += 2;
            return last();
        }
        if (c === 'D' && /[012]/.test(s[p + 1] ?? '')) {
            p += 2;
            return `~${last()}`;
        }
        const op = OPERATORS[s.slice(p, p + 2)];
        if (op === undefined)
            fail();
        p += 2;
        return /^[a-z]/.test(op) ? `operator ${op}` : `operator${op}`;
    };
    const push = (name) => {
        parts.push(name);
    };
    try {
        if (s[p] === 'N') {
            p++;
            while (/[rVKRO]/.test(s[p] ?? ''))
                p++;
            while (s[p] !== 'E') {
                if (p >= s.length)
                    fail();
                if (s[p] === 'S') {
                    const expansion = ABBREVIATIONS[s[p + 1] ?? ''] ?? fail();
                    if (parts.length > 0)
                        fail();
                    abbreviation = s[p + 1];
                    p += 2;
                    push(expansion);
                }
                else if (s[p] === 'I') {
                    if (parts.length === 0)
                        fail();
                    skipTemplateArgs();
                }
                else {
                    push(unqualified());
                }
            }
            p++;
        }
        else if (s[p] === 'S') {
            const expansion = ABBREVIATIONS[s[p + 1] ?? ''] ?? fail();
            p += 2;
            push(expansion);
            if (expansion === 'std')
                push(unqualified());
        }
        else {
            // L: internal linkage (a static function), which the demangler does not print.
            if (s[p] === 'L')
                p++;
            push(unqualified());
        }
        if (s[p] === 'I')
            skipTemplateArgs();
    }
    catch (e) {
        if (e instanceof Bail)
            return undefined;
        throw e;
    }
    return parts.join('::');
}

/**
 * Function names as `go tool pprof` shows them by default. Its symbolizer
 * (symbolizer.demangleSingleFunction, demangle mode "default") keeps a name
 * that differs from the system name, and otherwise shows the system name
 * simplified: a C++ or Rust-looking name loses its argument lists and
 * template arguments, so `std::vector<int>::push_back(int const&)` reads
 * `std::vector::push_back`, and names that become equal are one function.
 * Mangled names are demangled to the same simplified form (demangle.ts).
 * Go names are left alone (pprof's heuristic skips `]).` and has no
 * brackets to remove in the others).
 */
/** The name pprof shows for a function with this name and system name. */
function displayName(name, systemName) {
    if (name !== '' && name !== systemName)
        return name;
    // macOS prefixes every symbol with one more underscore: pprof tries without it too.
    const demangled = demangle(systemName) ?? (systemName.startsWith('_') ? demangle(systemName.slice(1)) : undefined);
    if (demangled !== undefined)
        return demangled;
    return looksLikeDemangledCPlusPlus(systemName) ? removeMatching(removeMatching(systemName, '(', ')'), '<', '>') : systemName;
}
/** pprof's test for a demangled C++ (or Rust) name, which it then simplifies. */
function looksLikeDemangledCPlusPlus(name) {
    // Java's "class.<init>" and Go's "pkg.(*T[...]).M" are not.
    if (name.includes('.<') || name.includes(']).'))
        return false;
    return /[<>[\]]/.test(name) || name.includes('::');
}
/**
 * Removes every outermost `open`..`close` span (with what it nests), as
 * pprof's removeMatching does: a `close` without its `open` stops it, with
 * the spans before it removed and the rest left as it is.
 */
function removeMatching(name, open, close) {
    let nesting = 0;
    let first = 0;
    let out = '';
    let kept = 0;
    for (let i = 0; i < name.length; i++) {
        const c = name[i];
        if (c === open) {
            if (++nesting === 1)
                first = i;
        }
        else if (c === close) {
            if (--nesting < 0)
                break;
            if (nesting === 0) {
                out += name.slice(kept, first);
                kept = i + 1;
            }
        }
    }
    return out + name.slice(kept);
}

/**
 * Caps on what the decoder keeps while it reads a profile. The decompressed
 * size is capped on its own (gunzip.ts), but a few bytes of protobuf can
 * stand for far more memory: two bytes make a string or a sample type, one
 * byte a frame, so a small gzip file could otherwise make the decoder hold
 * gigabytes. Each cap is checked where its table grows (a new string,
 * location, function or distinct stack), never per sample, and a profile
 * past one is refused with the cap named.
 *
 * One number scales every cap (small tables get a fixed share of it); the
 * defaults sit well above real profiles (a Go CPU profile of 10^6
 * distinct stacks uses a quarter of the stack cap, and 50 MB profiles far
 * less of the others).
 */
/** Default cap on strings, locations, functions and distinct stacks (--max-profile-entries). */
const DEFAULT_MAX_ENTRIES = 1 << 22;
/** The caps for `entries` (default DEFAULT_MAX_ENTRIES): what each table may hold. */
function decodeLimits(entries = DEFAULT_MAX_ENTRIES) {
    return {
        strings: entries,
        locations: entries,
        lines: 2 * entries,
        functions: entries,
        mappings: Math.max(1 << 10, entries / 64),
        stacks: entries,
        frames: 32 * entries,
        depth: Math.max(1 << 16, entries / 4),
        values: 8 * entries,
        sampleTypes: Math.max(1 << 10, entries / 4096),
        comments: Math.max(1 << 10, entries / 64),
        fieldBytes: Math.max(1 << 20, 16 * entries)
    };
}
/** A profile that would make the decoder hold more than a cap allows. */
class LimitError extends ProfileError {
    constructor(what, limit, detail) {
        super(`parsing profile: more than ${limit} ${what} (the decoder's limit)${detail ? `: ${detail}` : ''}; the profile is corrupt or hostile; ` +
            'raise the limit (--max-profile-entries) if it is genuine');
    }
}

const VARINT = 0;
const FIXED64 = 1;
const BYTES = 2;
const FIXED32 = 5;
/** Reads a field tag; rejects field 0 and the wire types profile.proto never uses. */
function readTag(r, end, tag) {
    const t = readSize(r, end, 'field tag');
    tag.field = Math.floor(t / 8);
    tag.wire = t & 7;
    if (tag.field === 0)
        throw parseError('field number 0 is invalid');
    if (tag.wire !== VARINT && tag.wire !== FIXED64 && tag.wire !== BYTES && tag.wire !== FIXED32) {
        throw parseError(`field ${tag.field}: unsupported wire type ${tag.wire}`);
    }
}
/** Reads a length prefix and returns the end offset of the delimited bytes. */
function readDelimited(r, end) {
    const n = readSize(r, end, 'length');
    const stop = r.pos + n;
    if (stop > end) {
        throw parseError(`length ${n} runs past the end of its message (${end - r.pos} bytes left)`);
    }
    return stop;
}
/** Skips a field's value of the given wire type (unknown fields are skipped, as Go does). */
function skipField(r, end, wire) {
    switch (wire) {
        case VARINT:
            skipVarint(r, end);
            return;
        case FIXED64:
            advance(r, end, 8);
            return;
        case FIXED32:
            advance(r, end, 4);
            return;
        case BYTES:
            r.pos = readDelimited(r, end);
            return;
    }
    throw parseError(`unsupported wire type ${wire}`);
}
function advance(r, end, n) {
    if (r.pos + n > end)
        throw parseError('unexpected end of data inside a fixed-width field');
    r.pos += n;
}
/** Requires a field's wire type; `name` says which field. */
function expectWire(tag, want, name) {
    if (tag.wire !== want) {
        throw parseError(`${name} (field ${tag.field}): wire type ${tag.wire}, want ${want}`);
    }
}
/**
 * Reads one occurrence of a repeated int64 field, packed (wire type 2) or
 * not (wire type 0), calling `add` for each value.
 */
function readRepeatedInt64(r, end, tag, name, add) {
    if (tag.wire === VARINT) {
        add(readInt64(r, end));
        return;
    }
    if (tag.wire !== BYTES) {
        throw parseError(`${name} (field ${tag.field}): wire type ${tag.wire}, want 0 or 2`);
    }
    const stop = readDelimited(r, end);
    while (r.pos < stop)
        add(readInt64(r, stop));
}
/** Reads a single int64 field that must be a varint. */
function readInt64Field(r, end, tag, name) {
    expectWire(tag, VARINT, name);
    return readInt64(r, end);
}

/**
 * Collects a profile's top-level fields as the decoder hands them over, and
 * folds samples into per-stack sums. String references stay indices until
 * the end (Go writes the string table last); `finish` validates everything
 * the way pprof's CheckValid does and resolves the names.
 */
const FIELD_NAMES$1 = {
    1: 'sample_type',
    2: 'sample',
    3: 'mapping',
    4: 'location',
    5: 'function',
    6: 'string_table',
    11: 'period_type',
    13: 'comment'
};
class ProfileBuilder {
    scale;
    rawNames;
    sampleTypes = [];
    /**
     * The profile's scalar fields, in an object of their own: a time_nanos
     * past 2^53 turns a field into a bigint, and period_type (which Go writes
     * after the samples) turns null into an object; such shape changes must
     * not reach the builder, whose shape the optimised sample loop depends on.
     */
    scalars = { period: 0, timeNanos: 0, durationNanos: 0, dropFrames: 0, keepFrames: 0, defaultSampleType: 0, docUrl: 0, comments: [], periodType: null };
    strings = [];
    mappings = new Map();
    locations = new LocationTable();
    functions = new Map();
    mappingCount = 0;
    locationCount = 0;
    functionCount = 0;
    // Stack aggregation.
    table = new StackTable();
    firstSample = new Int32Array(64);
    width = -1;
    values = new ExactArray();
    sampleCount = 0;
    /** Whether any sample has a label, and any value is negative (see Profile.labelsChangeTotals). */
    labels = false;
    negativeValues = false;
    /** Smallest and largest string index used by labels (checked at the end). */
    labelMinString = 0;
    labelMaxString = 0;
    /** The largest frame stored, and whether any was negative: whether frames need resolving. */
    maxFrame = -1;
    negativeFrames = false;
    // Scratch space reused for every sample.
    keyIds = new Int32Array(256);
    /**
     * A typed array, not an Int64[]: a JS array's element kind would follow
     * the first profile's values and cost the next profile a deoptimisation.
     * A value that a float64 cannot hold exactly is NaN here and its bigint
     * is in bigValues at the same position.
     */
    sampleValues = new Float64Array(16);
    bigValues = [];
    tag = { field: 0, wire: 0 };
    /** The caps on what decoding keeps (limits.ts); checked where a table grows. */
    limits;
    maxStrings;
    /** Whether samples are folded by stack and labels (keepLabels), rather than by stack alone. */
    keepLabels;
    /** The current sample's label fields, as latin1 text, each followed by LABEL_END. */
    sampleLabels = '';
    /** Distinct label sets by their text; set 0 is no labels. */
    labelSetIds = new Map([['', 0]]);
    labelSetTexts = [''];
    constructor(scale, limits = decodeLimits(), keepLabels = false, 
    /** Keep function names as written, rather than as pprof shows them (names.ts). */
    rawNames = false) {
        this.scale = scale;
        this.rawNames = rawNames;
        this.keepLabels = keepLabels;
        this.limits = limits;
        this.maxStrings = limits.strings;
        // The string table starts as an array that has held a string: its
        // elements kind is then that of every profile's table from the start, and
        // the string loop V8 compiled for the previous profile fits this one.
        this.strings.push('');
        this.strings.length = 0;
    }
    /** Adds the element's context to a decoding error: `parsing profile: sample 12: ...`. */
    withContext(e, field, offset) {
        if (e instanceof LimitError)
            return e;
        if (!(e instanceof ProfileError)) {
            if (e instanceof RangeError)
                e = parseError(e.message);
            else
                return e;
        }
        const err = e;
        const detail = err.message.replace(/^parsing profile: /, '');
        let where;
        switch (field) {
            case 2:
                where = `sample ${this.sampleCount}`;
                break;
            case 3:
                where = `mapping #${this.mappingCount}`;
                break;
            case 4:
                where = `location #${this.locationCount}`;
                break;
            case 5:
                where = `function #${this.functionCount}`;
                break;
            case 6:
                where = `string_table[${this.strings.length}]`;
                break;
            default:
                where = `${FIELD_NAMES$1[field] ?? `field ${field}`} at byte ${offset}`;
        }
        return parseError(`${where}: ${detail}`);
    }
    sampleType(r, end) {
        if (this.sampleTypes.length >= this.limits.sampleTypes)
            throw new LimitError('sample types', this.limits.sampleTypes);
        this.sampleTypes.push(this.valueType(r, end));
        // Go writes the sample types first: samples then have the width known
        // from the start, and addSample's first-sample path never runs.
        if (this.sampleCount === 0)
            this.width = this.sampleTypes.length;
    }
    periodType(r, end) {
        this.scalars.periodType = this.valueType(r, end);
    }
    valueType(r, end) {
        const vt = { type: 0, unit: 0 };
        const tag = this.tag;
        while (r.pos < end) {
            readTag(r, end, tag);
            if (tag.wire === VARINT && tag.field === 1)
                vt.type = readInt64(r, end);
            else if (tag.wire === VARINT && tag.field === 2)
                vt.unit = readInt64(r, end);
            else
                skipField(r, end, tag.wire);
        }
        return vt;
    }
    string(r, end) {
        // The whole value is the string; decode it as UTF-8 (invalid bytes become U+FFFD, as Go's string printing would show them).
        const buf = r.buf;
        if (this.strings.length >= this.maxStrings)
            throw new LimitError('strings in the string table', this.maxStrings);
        this.strings.push(buf.toString('utf8', r.pos, end));
        r.pos = end;
    }
    /**
     * Decodes one Sample and folds it into its stack. The common tags (1-byte
     * tags of fields 1-3) are handled inline on the buffer; anything else goes
     * through the generic path. Location ids are decoded inline while they
     * fit four varint bytes (ids below 2^28, which is every id Go writes) and
     * hashed on the way: they are the stack key.
     */
    sample(r, end) {
        const buf = r.buf;
        let pos = r.pos;
        let key = this.keyIds;
        let klen = 0;
        let hash = 0x811c9dc5 | 0;
        let values = this.sampleValues;
        let nv = 0;
        let maxFrame = this.maxFrame;
        // Negative when any frame is: its sign bit is or'ed in.
        let negative = 0;
        while (pos < end) {
            const t = buf[pos];
            if (t === 0x0a || t === 0x08) {
                // location_id, packed (0x0a) or one unpacked value (0x08).
                let from;
                let stop;
                if (t === 0x0a) {
                    r.pos = pos + 1;
                    const n = readSize(r, end, 'length');
                    from = r.pos;
                    stop = from + n;
                    if (stop > end)
                        throw parseError(`location_id: length ${n} runs past the end of the sample`);
                    if (n > 0 && buf[stop - 1] >= 128)
                        throw parseError('location_id: packed list ends inside a varint');
                }
                else {
                    from = pos + 1;
                    stop = from;
                    while (stop < end && buf[stop] >= 128)
                        stop++;
                    if (stop >= end)
                        throw parseError('unexpected end of data inside a field');
                    stop++;
                }
                // At most one id per byte.
                if (klen + (stop - from) > key.length) {
                    if (klen + (stop - from) > this.limits.depth)
                        this.checkDepth(klen, from, stop, buf);
                    const bigger = new Int32Array(Math.max(key.length * 2, klen + (stop - from)));
                    bigger.set(key.subarray(0, klen));
                    key = this.keyIds = bigger;
                }
                let i = from;
                while (i < stop) {
                    // The list ends in a byte below 128, so no varint runs past `stop`.
                    let b = buf[i++];
                    let id = b & 127;
                    if (b >= 128) {
                        b = buf[i++];
                        id |= (b & 127) << 7;
                        if (b >= 128) {
                            b = buf[i++];
                            id |= (b & 127) << 14;
                            if (b >= 128) {
                                b = buf[i++];
                                id |= (b & 127) << 21;
                                if (b >= 128) {
                                    r.pos = i - 4;
                                    // longFrame gives the frame; the + 1 cancels the - 1 below.
                                    id = this.longFrame(r, stop) + 1;
                                    i = r.pos;
                                }
                            }
                        }
                    }
                    // The frame (stacktable.ts): id - 1, which for Go's profiles is the location's index.
                    const frame = id - 1;
                    key[klen++] = frame;
                    if (frame > maxFrame)
                        maxFrame = frame;
                    negative |= frame;
                    // Rotate, mix in the frame, multiply; hashFinish spreads the bits before the table uses them.
                    hash = Math.imul(((hash << 5) | (hash >>> 27)) ^ frame, 0x9e3779b1);
                }
                pos = stop;
            }
            else if (t === 0x12) {
                // value, packed.
                r.pos = pos + 1;
                const n = readSize(r, end, 'length');
                const stop = r.pos + n;
                if (stop > end)
                    throw parseError(`value: length ${n} runs past the end of the sample`);
                pos = r.pos;
                // At most one value per byte.
                if (nv + n > values.length)
                    values = this.growValues(nv + n);
                while (pos < stop) {
                    // Values below 2^49 inline (shortVarint: one loop for every length, so
                    // a longer value first met late costs no recompile); longer ones (and
                    // negative ones, ten bytes) exactly, via readInt64.
                    const v = shortVarint(buf, pos, stop);
                    if (v >= 0) {
                        values[nv++] = v;
                        pos = shortVarintEnd;
                        continue;
                    }
                    r.pos = pos;
                    this.setValue(nv++, readInt64(r, stop));
                    pos = r.pos;
                }
            }
            else if (t === 0x10) {
                // value, unpacked: read as the packed ones are.
                if (nv + 1 > values.length)
                    values = this.growValues(nv + 1);
                const v = shortVarint(buf, pos + 1, end);
                if (v >= 0) {
                    values[nv++] = v;
                    pos = shortVarintEnd;
                }
                else {
                    r.pos = pos + 1;
                    this.setValue(nv++, readInt64(r, end));
                    pos = r.pos;
                }
            }
            else if (t === 0x1a && !this.keepLabels && pos + 1 < end && buf[pos + 1] < 128 && pos + 2 + buf[pos + 1] <= end && this.shortLabel(buf, pos + 2, pos + 2 + buf[pos + 1])) {
                pos += 2 + buf[pos + 1];
            }
            else {
                r.pos = pos;
                const tag = this.tag;
                readTag(r, end, tag);
                if (tag.field === 3 && tag.wire === BYTES) {
                    this.label(r, readDelimited(r, end));
                }
                else if (tag.field <= 3) {
                    throw parseError(`field ${tag.field}: wire type ${tag.wire} is not valid here`);
                }
                else {
                    skipField(r, end, tag.wire);
                }
                pos = r.pos;
            }
        }
        r.pos = pos;
        this.maxFrame = maxFrame;
        if (negative < 0)
            this.negativeFrames = true;
        this.addSample(key, klen, hashFinish(hash), values, nv);
    }
    /** Refuses a stack deeper than the cap (its ids, at most one per byte, may be fewer: count them). */
    checkDepth(klen, from, stop, buf) {
        let n = klen;
        for (let i = from; i < stop; i++)
            if (buf[i] < 128)
                n++;
        if (n > this.limits.depth)
            throw new LimitError('frames in one stack', this.limits.depth);
    }
    growValues(n) {
        if (n > this.limits.sampleTypes)
            throw new LimitError('values in one sample', this.limits.sampleTypes);
        const bigger = new Float64Array(Math.max(n, this.sampleValues.length * 2));
        bigger.set(this.sampleValues);
        return (this.sampleValues = bigger);
    }
    setValue(i, v) {
        // Negative values are ten varint bytes, so they all come this way.
        if (v < 0)
            this.negativeValues = true;
        if (typeof v === 'number') {
            this.sampleValues[i] = v;
        }
        else {
            this.sampleValues[i] = NaN;
            this.bigValues[i] = v;
        }
    }
    /** The frame (stacktable.ts) of a location id of five or more varint bytes. */
    longFrame(r, end) {
        const id = readUint64(r, end);
        return typeof id === 'number' && id >= 1 && id <= 0x7fffffff ? id - 1 : this.table.codeOf(id);
    }
    /**
     * The common label (short, its string indices below 2^14) read inline;
     * false leaves anything else to `label`, which gives the exact errors.
     */
    shortLabel(buf, pos, end) {
        let max = 0;
        while (pos < end) {
            const t = buf[pos];
            if (pos + 1 >= end)
                return false;
            if (t === 0x08 || t === 0x10 || t === 0x20) {
                let v = buf[pos + 1];
                if (v < 128) {
                    pos += 2;
                }
                else if (pos + 2 < end && buf[pos + 2] < 128) {
                    v = (v & 127) | (buf[pos + 2] << 7);
                    pos += 3;
                }
                else {
                    return false;
                }
                if (v > max)
                    max = v;
            }
            else if (t === 0x18) {
                // num: any varint, not a string index.
                let p = pos + 1;
                while (p < end && p - pos <= 10 && buf[p] >= 128)
                    p++;
                if (p >= end || p - pos > 10)
                    return false;
                pos = p + 1;
            }
            else {
                return false;
            }
        }
        if (max > this.labelMaxString)
            this.labelMaxString = max;
        this.labels = true;
        return true;
    }
    label(r, end) {
        this.labels = true;
        if (this.keepLabels)
            this.sampleLabels += r.buf.toString('latin1', r.pos, end) + LABEL_END;
        const tag = this.tag;
        while (r.pos < end) {
            readTag(r, end, tag);
            // key (1), str (2) and num_unit (4) are string indices; num (3) is a value.
            if (tag.wire === VARINT && (tag.field === 1 || tag.field === 2 || tag.field === 4)) {
                const s = readInt64(r, end);
                if (s < this.labelMinString)
                    this.labelMinString = s;
                if (s > this.labelMaxString)
                    this.labelMaxString = s;
            }
            else {
                skipField(r, end, tag.wire);
            }
        }
    }
    addSample(key, klen, hash, values, w) {
        const index = this.sampleCount;
        if (w !== this.width || (this.sampleTypes.length > 0 && w !== this.sampleTypes.length))
            this.checkWidth(w);
        // Counted only now, so the errors above name this sample (0-based), as withContext reports it.
        this.sampleCount++;
        const before = this.table.count;
        const s = this.keepLabels ? this.table.internLabelled(key, klen, hash, this.labelSet()) : this.table.intern(key, klen, hash);
        if (s === before) {
            if (s >= this.firstSample.length) {
                const next = new Int32Array(this.firstSample.length * 2);
                next.set(this.firstSample);
                this.firstSample = next;
            }
            this.firstSample[s] = index;
            if (s >= this.limits.stacks || this.table.frames > this.limits.frames || (s + 1) * w > this.limits.values)
                this.checkStacks(s, w);
            this.values.ensure((s + 1) * w);
        }
        const base = s * w;
        const scale = this.scale;
        for (let t = 0; t < w; t++) {
            let v = values[t];
            if (v !== v)
                v = this.bigValues[t];
            if (scale && scale[t] !== 1)
                v = scaleLikeGo(v, scale[t]);
            this.values.add(base + t, v);
        }
    }
    /** The current sample's label set (keepLabels), added when new. */
    labelSet() {
        const text = this.sampleLabels;
        this.sampleLabels = '';
        let id = this.labelSetIds.get(text);
        if (id === undefined) {
            if (this.labelSetTexts.length >= this.limits.stacks)
                throw new LimitError('distinct label sets', this.limits.stacks);
            id = this.labelSetTexts.length;
            this.labelSetTexts.push(text);
            this.labelSetIds.set(text, id);
        }
        return id;
    }
    /** Refuses the new stack `s` when it takes a stack table past a cap. */
    checkStacks(s, w) {
        const l = this.limits;
        if (s >= l.stacks)
            throw new LimitError('distinct stacks', l.stacks);
        if (this.table.frames > l.frames)
            throw new LimitError('frames in distinct stacks', l.frames);
        if ((s + 1) * w > l.values)
            throw new LimitError(`sums kept (distinct stacks times ${w} values)`, l.values);
    }
    /** Takes the first sample's width when no sample type came first; else refuses a sample of the wrong width. */
    checkWidth(w) {
        if (this.width < 0) {
            this.width = w;
        }
        else if (w !== this.width) {
            const want = this.sampleTypes.length || this.width;
            throw parseError(`has ${w} values, want ${want} (one per sample type)`);
        }
        if (this.sampleTypes.length > 0 && w !== this.sampleTypes.length) {
            throw parseError(`has ${w} values, want ${this.sampleTypes.length} (one per sample type)`);
        }
    }
    mapping(r, end) {
        if (this.mappingCount >= this.limits.mappings)
            throw new LimitError('mappings', this.limits.mappings);
        this.mappingCount++;
        const m = {
            id: 0,
            memoryStart: 0,
            memoryLimit: 0,
            fileOffset: 0,
            filename: 0,
            buildId: 0,
            hasFunctions: false,
            hasFilenames: false,
            hasLineNumbers: false,
            hasInlineFrames: false
        };
        const tag = this.tag;
        while (r.pos < end) {
            readTag(r, end, tag);
            if (tag.wire !== VARINT || tag.field > 10) {
                if (tag.field <= 10)
                    throw parseError(`field ${tag.field}: wire type ${tag.wire}, want 0`);
                skipField(r, end, tag.wire);
                continue;
            }
            const v = tag.field === 1 ? readUint64(r, end) : readInt64(r, end);
            switch (tag.field) {
                case 1:
                    m.id = v;
                    break;
                case 2:
                    m.memoryStart = v;
                    break;
                case 3:
                    m.memoryLimit = v;
                    break;
                case 4:
                    m.fileOffset = v;
                    break;
                case 5:
                    m.filename = v;
                    break;
                case 6:
                    m.buildId = v;
                    break;
                case 7:
                    m.hasFunctions = v !== 0;
                    break;
                case 8:
                    m.hasFilenames = v !== 0;
                    break;
                case 9:
                    m.hasLineNumbers = v !== 0;
                    break;
                case 10:
                    m.hasInlineFrames = v !== 0;
                    break;
            }
        }
        if (m.id === 0)
            throw parseError('id 0 is reserved');
        if (this.mappings.has(m.id))
            throw parseError(`id ${m.id} is used by an earlier mapping`);
        this.mappings.set(m.id, m);
    }
    location(r, end) {
        if (this.locationCount >= this.limits.locations)
            throw new LimitError('locations', this.limits.locations);
        this.locationCount++;
        if (this.shortLocation(r.buf, r.pos, end)) {
            r.pos = end;
            return;
        }
        let id = 0;
        let mappingId = 0;
        let address = 0;
        let folded = false;
        // Lines come before we know the id is free: collect them, then commit.
        const lines = this.scratchLines;
        lines.length = 0;
        const tag = this.tag;
        while (r.pos < end) {
            readTag(r, end, tag);
            if (tag.field === 4) {
                if (tag.wire !== BYTES)
                    throw parseError(`line (field 4): wire type ${tag.wire}, want 2`);
                if (this.locations.lineCount + lines.length / 3 >= this.limits.lines)
                    throw new LimitError('lines in locations', this.limits.lines);
                this.line(r, readDelimited(r, end), lines);
                continue;
            }
            if (tag.field > 5) {
                skipField(r, end, tag.wire);
                continue;
            }
            if (tag.wire !== VARINT)
                throw parseError(`field ${tag.field}: wire type ${tag.wire}, want 0`);
            switch (tag.field) {
                case 1:
                    id = readUint64(r, end);
                    break;
                case 2:
                    mappingId = readUint64(r, end);
                    break;
                case 3:
                    address = readUint64(r, end);
                    break;
                case 5:
                    folded = readInt64(r, end) !== 0;
                    break;
            }
        }
        this.addLocation(id, mappingId, address, folded, lines, lines.length);
    }
    /** Adds a decoded location; `lines` holds function id, line and column of each line. */
    addLocation(id, mappingId, address, folded, lines, n) {
        if (this.locations.lineCount + n / 3 > this.limits.lines)
            throw new LimitError('lines in locations', this.limits.lines);
        if (id === 0)
            throw parseError('id 0 is reserved');
        if (this.locations.begin(id, mappingId, address, folded) < 0)
            throw parseError(`id ${id} is used by an earlier location`);
        for (let i = 0; i < n; i += 3)
            this.locations.addLine(lines[i], lines[i + 1], lines[i + 2]);
    }
    scratchLines = [];
    /**
     * The common location read inline: known fields only, every value a
     * short varint (below 2^49: ids, addresses, line numbers Go writes), lines
     * with a one-byte length. Returns false, having changed nothing, for
     * anything else; `location` then reads it field by field with exact errors.
     */
    shortLocation(buf, pos, end) {
        let id = 0;
        let mappingId = 0;
        let address = 0;
        let folded = 0;
        // A typed scratch with a count: emptying a JS array frees its storage, and refilling it allocates.
        let lines = this.shortLines;
        let nl = 0;
        while (pos < end) {
            const t = buf[pos++];
            if (t === 0x22) {
                if (pos >= end)
                    return false;
                const n = buf[pos++];
                const stop = pos + n;
                if (n >= 128 || stop > end)
                    return false;
                let functionId = 0;
                let line = 0;
                let column = 0;
                while (pos < stop) {
                    const lt = buf[pos++];
                    const v = shortVarint(buf, pos, stop);
                    if (v < 0)
                        return false;
                    pos = shortVarintEnd;
                    if (lt === 0x08)
                        functionId = v;
                    else if (lt === 0x10)
                        line = v;
                    else if (lt === 0x18)
                        column = v;
                    else
                        return false;
                }
                if (nl + 3 > lines.length)
                    lines = this.growShortLines();
                lines[nl++] = functionId;
                lines[nl++] = line;
                lines[nl++] = column;
                continue;
            }
            const v = shortVarint(buf, pos, end);
            if (v < 0)
                return false;
            pos = shortVarintEnd;
            if (t === 0x08)
                id = v;
            else if (t === 0x10)
                mappingId = v;
            else if (t === 0x18)
                address = v;
            else if (t === 0x28)
                folded = v;
            else
                return false;
        }
        this.addLocation(id, mappingId, address, folded !== 0, lines, nl);
        return true;
    }
    shortLines = new Float64Array(48);
    growShortLines() {
        if (this.locations.lineCount + this.shortLines.length / 3 >= this.limits.lines)
            throw new LimitError('lines in locations', this.limits.lines);
        const bigger = new Float64Array(this.shortLines.length * 2);
        bigger.set(this.shortLines);
        return (this.shortLines = bigger);
    }
    /** Reads a Line into `out` as three values: function id, line, column. */
    line(r, end, out) {
        let functionId = 0;
        let line = 0;
        let column = 0;
        const tag = this.tag;
        while (r.pos < end) {
            readTag(r, end, tag);
            if (tag.field > 3) {
                skipField(r, end, tag.wire);
                continue;
            }
            if (tag.wire !== VARINT)
                throw parseError(`line: field ${tag.field}: wire type ${tag.wire}, want 0`);
            if (tag.field === 1)
                functionId = readUint64(r, end);
            else if (tag.field === 2)
                line = readInt64(r, end);
            else
                column = readInt64(r, end);
        }
        out.push(functionId, line, column);
    }
    function(r, end) {
        if (this.functionCount >= this.limits.functions)
            throw new LimitError('functions', this.limits.functions);
        this.functionCount++;
        if (this.shortFunction(r.buf, r.pos, end)) {
            r.pos = end;
            return;
        }
        const f = { id: 0, name: 0, systemName: 0, filename: 0, startLine: 0 };
        const tag = this.tag;
        while (r.pos < end) {
            readTag(r, end, tag);
            if (tag.field > 5) {
                skipField(r, end, tag.wire);
                continue;
            }
            if (tag.wire !== VARINT)
                throw parseError(`field ${tag.field}: wire type ${tag.wire}, want 0`);
            switch (tag.field) {
                case 1:
                    f.id = readUint64(r, end);
                    break;
                case 2:
                    f.name = readInt64(r, end);
                    break;
                case 3:
                    f.systemName = readInt64(r, end);
                    break;
                case 4:
                    f.filename = readInt64(r, end);
                    break;
                case 5:
                    f.startLine = readInt64(r, end);
                    break;
            }
        }
        if (f.id === 0)
            throw parseError('id 0 is reserved');
        if (this.functions.has(f.id))
            throw parseError(`id ${f.id} is used by an earlier function`);
        this.functions.set(f.id, f);
    }
    /**
     * The common function read inline, as shortLocation reads a location:
     * known fields with one-byte tags and short varint values. Returns false,
     * having changed nothing, for anything else (`function` then reads it
     * field by field with exact errors).
     */
    shortFunction(buf, pos, end) {
        let id = 0;
        let name = 0;
        let systemName = 0;
        let filename = 0;
        let startLine = 0;
        while (pos < end) {
            const t = buf[pos++];
            const v = shortVarint(buf, pos, end);
            if (v < 0)
                return false;
            pos = shortVarintEnd;
            if (t === 0x08)
                id = v;
            else if (t === 0x10)
                name = v;
            else if (t === 0x18)
                systemName = v;
            else if (t === 0x20)
                filename = v;
            else if (t === 0x28)
                startLine = v;
            else
                return false;
        }
        if (id === 0 || this.functions.has(id))
            return false;
        this.functions.set(id, { id, name, systemName, filename, startLine });
        return true;
    }
    /** Adds a comment (a string index). */
    comment(v) {
        const comments = this.scalars.comments;
        if (comments.length >= this.limits.comments)
            throw new LimitError('comments', this.limits.comments);
        comments.push(v);
    }
    /** Validates the whole profile (as pprof's CheckValid does) and resolves strings. */
    finish(decodedBytes) {
        const strings = this.strings;
        if (strings.length === 0) {
            throw parseError('string table is empty (string_table[0] must be the empty string); this is not a profile');
        }
        if (strings[0] !== '') {
            throw parseError(`string_table[0] must be empty, got ${JSON.stringify(clip(strings[0]))}`);
        }
        // `where` and `id` name the reference in the error; the message is built only then.
        const str = (i, where, id) => {
            if (typeof i !== 'number' || i < 0 || i >= strings.length) {
                const what = id === undefined ? where : where.replace('#', String(id));
                throw parseError(`${what}: string index ${i} out of range (string table has ${strings.length} entries)`);
            }
            return strings[i];
        };
        if (this.labelMinString < 0 || this.labelMaxString >= strings.length) {
            const bad = this.labelMinString < 0 ? this.labelMinString : this.labelMaxString;
            str(bad, 'sample label');
        }
        const sampleTypes = this.sampleTypes.map((vt, i) => ({
            type: str(vt.type, `sample_type[${i}] type`),
            unit: str(vt.unit, `sample_type[${i}] unit`)
        }));
        const rawPeriod = this.scalars.periodType;
        const periodType = rawPeriod && {
            type: str(rawPeriod.type, 'period_type type'),
            unit: str(rawPeriod.unit, 'period_type unit')
        };
        if (this.sampleCount > 0 && sampleTypes.length === 0) {
            throw parseError('profile has samples but no sample types; cannot tell what the values mean');
        }
        if (this.sampleCount > 0 && this.width !== sampleTypes.length) {
            throw parseError(`sample 0: has ${this.width} values, want ${sampleTypes.length} (one per sample type)`);
        }
        const mappings = new Map();
        for (const m of this.mappings.values()) {
            mappings.set(m.id, {
                ...m,
                filename: str(m.filename, 'mapping # filename', m.id),
                buildId: str(m.buildId, 'mapping # build_id', m.id)
            });
        }
        const functions = resolveFunctions(this.functions, str, this.rawNames);
        checkLocations(this.locations, mappings, functions);
        this.table.freeIndex();
        resolveStacks(this.table, this.locations, this.firstSample, this.maxFrame, this.negativeFrames);
        const table = this.table;
        const stacks = {
            count: table.count,
            width: this.width < 0 ? sampleTypes.length : this.width,
            frameBlocks: table.blocks,
            frameAt: table.at.subarray(0, table.count),
            depth: table.depth.subarray(0, table.count),
            values: this.values
        };
        const labelSets = this.keepLabels ? decodeLabelSets(this.labelSetTexts, str) : undefined;
        if (this.keepLabels)
            stacks.labelSet = table.labels ? table.labels.subarray(0, table.count) : new Int32Array(table.count);
        return {
            sampleTypes,
            defaultSampleType: this.scalars.defaultSampleType === 0 ? '' : str(this.scalars.defaultSampleType, 'default_sample_type'),
            periodType,
            period: this.scalars.period,
            timeNanos: this.scalars.timeNanos,
            durationNanos: this.scalars.durationNanos,
            comments: this.scalars.comments.map((c, i) => str(c, `comment[${i}]`)),
            dropFrames: str(this.scalars.dropFrames, 'drop_frames'),
            keepFrames: str(this.scalars.keepFrames, 'keep_frames'),
            docUrl: str(this.scalars.docUrl, 'doc_url'),
            sampleCount: this.sampleCount,
            stacks,
            mappings,
            locations: this.locations,
            functions,
            decodedBytes,
            labelSets,
            labelsChangeTotals: this.labels && this.negativeValues && !this.keepLabels
        };
    }
}
/**
 * The functions with their names resolved. finish() is split into functions
 * like this one because V8 compiles a whole function to speed up one hot
 * loop in it: small ones compile fast, and code after a loop that had not
 * run yet would send the compiled function back to the interpreter.
 */
function resolveFunctions(raw, str, rawNames) {
    const functions = new Map();
    for (const f of raw.values()) {
        const name = str(f.name, 'function # name', f.id);
        const systemName = str(f.systemName, 'function # system_name', f.id);
        // A literal rather than a spread: one object shape, built fast also before V8 optimises this.
        functions.set(f.id, {
            id: f.id,
            name: rawNames ? name : displayName(name, systemName),
            systemName,
            filename: str(f.filename, 'function # filename', f.id),
            startLine: f.startLine
        });
    }
    return functions;
}
/** Checks that every line names a function; a location naming a missing mapping becomes unmapped (pprof allows it). */
function checkLocations(locs, mappings, functions) {
    // Which function ids exist: an array when they are small, else the map.
    const maxId = smallIdMax(functions.keys());
    const known = maxId >= 0 ? new Uint8Array(maxId + 1) : null;
    if (known)
        for (const id of functions.keys())
            known[id] = 1;
    const lineStart = locs.lineStart;
    // Plain cells when every id is a safe integer (the usual case): no get() per line.
    const fids = locs.lineFunctions.safeCells();
    const mids = locs.mappingIds.safeCells();
    for (let i = 0; i < locs.count; i++) {
        const m = mids ? mids[i] : locs.mappingIds.get(i);
        if (m !== 0 && !mappings.has(m))
            locs.unmap(i);
        for (let n = lineStart[i]; n < lineStart[i + 1]; n++) {
            const fid = fids ? fids[n] : locs.lineFunctions.get(n);
            const found = known ? typeof fid === 'number' && fid <= maxId && known[fid] === 1 : functions.has(fid);
            if (!found) {
                throw parseError(`location ${locs.ids.get(i)}: line ${n - lineStart[i]}: function ${fid} not found`);
            }
        }
    }
}
/** Ends each label's bytes in a label set's text: not a latin1 character, so the text reads back unambiguously. */
const LABEL_END = '\u0100';
/** The label sets' texts (label messages as latin1, see labelSet) as labels with their strings. */
function decodeLabelSets(texts, str) {
    const tag = { field: 0, wire: 0 };
    return texts.map((text) => {
        const labels = [];
        for (const part of text.split(LABEL_END)) {
            if (part === '')
                continue;
            const bytes = Buffer.from(part, 'latin1');
            const r = protobuf.Reader.create(bytes);
            const raw = { key: 0, str: 0, num: 0, numUnit: 0 };
            while (r.pos < bytes.length) {
                readTag(r, bytes.length, tag);
                if (tag.wire !== VARINT || tag.field > 4)
                    skipField(r, bytes.length, tag.wire);
                else if (tag.field === 1)
                    raw.key = readInt64(r, bytes.length);
                else if (tag.field === 2)
                    raw.str = readInt64(r, bytes.length);
                else if (tag.field === 3)
                    raw.num = readInt64(r, bytes.length);
                else
                    raw.numUnit = readInt64(r, bytes.length);
            }
            labels.push({ key: str(raw.key, 'sample label'), str: str(raw.str, 'sample label'), num: raw.num, numUnit: str(raw.numUnit, 'sample label') });
        }
        return labels;
    });
}
function clip(s) {
    return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
/** Where the last shortVarint() ended. */
let shortVarintEnd = 0;
/**
 * A varint of at most seven bytes (a value below 2^49, exact as a number)
 * that ends before `end`; -1 for anything longer or cut off. Up to four
 * bytes it stays in int32 arithmetic, so the result is a small integer that
 * optimised code passes around without boxing it. One loop for every length
 * (rather than a branch per length) on purpose: V8 compiles this once
 * locations are hot, and a length first met after that (a line number past
 * 16383, say) would otherwise send the compiled location loop back to the
 * interpreter.
 */
function shortVarint(buf, pos, end) {
    if (pos + 4 <= end) {
        let v = 0;
        for (let i = 0; i < 4; i++) {
            const b = buf[pos + i];
            v |= (b & 127) << (7 * i);
            if (b < 128) {
                shortVarintEnd = pos + i + 1;
                return v;
            }
        }
    }
    let v = 0;
    let scale = 1;
    for (let i = 0; i < 7 && pos < end; i++) {
        const b = buf[pos++];
        v += (b & 127) * scale;
        if (b < 128) {
            shortVarintEnd = pos;
            return v;
        }
        scale *= 128;
    }
    return -1;
}

/*! pako 2.2.0 https://github.com/nodeca/pako @license (MIT AND Zlib) */
// (C) 1995-2013 Jean-loup Gailly and Mark Adler
// (C) 2014-2017 Vitaly Puzrin and Andrey Tupitsin
//
// This software is provided 'as-is', without any express or implied
// warranty. In no event will the authors be held liable for any damages
// arising from the use of this software.
//
// Permission is granted to anyone to use this software for any purpose,
// including commercial applications, and to alter it and redistribute it
// freely, subject to the following restrictions:
//
// 1. The origin of this software must not be misrepresented; you must not
//   claim that you wrote the original software. If you use this software
//   in a product, an acknowledgment in the product documentation would be
//   appreciated but is not required.
// 2. Altered source versions must be plainly marked as such, and must not be
//   misrepresented as being the original software.
// 3. This notice may not be removed or altered from any source distribution.

/* eslint-disable space-unary-ops */

/* Public constants ==========================================================*/
/* ===========================================================================*/


//const Z_FILTERED          = 1;
//const Z_HUFFMAN_ONLY      = 2;
//const Z_RLE               = 3;
const Z_FIXED$1               = 4;
//const Z_DEFAULT_STRATEGY  = 0;

/* Possible values of the data_type field (though see inflate()) */
const Z_BINARY              = 0;
const Z_TEXT                = 1;
//const Z_ASCII             = 1; // = Z_TEXT
const Z_UNKNOWN$1             = 2;

/*============================================================================*/


function zero$1(buf) { let len = buf.length; while (--len >= 0) { buf[len] = 0; } }

// From zutil.h

const STORED_BLOCK = 0;
const STATIC_TREES = 1;
const DYN_TREES    = 2;
/* The three kinds of block type */

const MIN_MATCH$1    = 3;
const MAX_MATCH$1    = 258;
/* The minimum and maximum match lengths */

// From deflate.h
/* ===========================================================================
 * Internal compression state.
 */

const LENGTH_CODES$1  = 29;
/* number of length codes, not counting the special END_BLOCK code */

const LITERALS$1      = 256;
/* number of literal bytes 0..255 */

const L_CODES$1       = LITERALS$1 + 1 + LENGTH_CODES$1;
/* number of Literal or Length codes, including the END_BLOCK code */

const D_CODES$1       = 30;
/* number of distance codes */

const BL_CODES$1      = 19;
/* number of codes used to transfer the bit lengths */

const HEAP_SIZE$1     = 2 * L_CODES$1 + 1;
/* maximum heap size */

const MAX_BITS$1      = 15;
/* All codes must not exceed MAX_BITS bits */

const Buf_size      = 16;
/* size of bit buffer in bi_buf */


/* ===========================================================================
 * Constants
 */

const MAX_BL_BITS = 7;
/* Bit length codes must not exceed MAX_BL_BITS bits */

const END_BLOCK   = 256;
/* end of block literal code */

const REP_3_6     = 16;
/* repeat previous bit length 3-6 times (2 bits of repeat count) */

const REPZ_3_10   = 17;
/* repeat a zero length 3-10 times  (3 bits of repeat count) */

const REPZ_11_138 = 18;
/* repeat a zero length 11-138 times  (7 bits of repeat count) */

/* eslint-disable comma-spacing,array-bracket-spacing */
const extra_lbits =   /* extra bits for each length code */
  new Uint8Array([0,0,0,0,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,0]);

const extra_dbits =   /* extra bits for each distance code */
  new Uint8Array([0,0,0,0,1,1,2,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9,10,10,11,11,12,12,13,13]);

const extra_blbits =  /* extra bits for each bit length code */
  new Uint8Array([0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,7]);

const bl_order =
  new Uint8Array([16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1,15]);
/* eslint-enable comma-spacing,array-bracket-spacing */

/* The lengths of the bit length codes are sent in order of decreasing
 * probability, to avoid transmitting the lengths for unused bit length codes.
 */

/* ===========================================================================
 * Local data. These are initialized only once.
 */

// We pre-fill arrays with 0 to avoid uninitialized gaps

const DIST_CODE_LEN = 512; /* see definition of array dist_code below */

// !!!! Use flat array instead of structure, Freq = i*2, Len = i*2+1
const static_ltree  = new Array((L_CODES$1 + 2) * 2);
zero$1(static_ltree);
/* The static literal tree. Since the bit lengths are imposed, there is no
 * need for the L_CODES extra codes used during heap construction. However
 * The codes 286 and 287 are needed to build a canonical tree (see _tr_init
 * below).
 */

const static_dtree  = new Array(D_CODES$1 * 2);
zero$1(static_dtree);
/* The static distance tree. (Actually a trivial tree since all codes use
 * 5 bits.)
 */

const _dist_code    = new Array(DIST_CODE_LEN);
zero$1(_dist_code);
/* Distance codes. The first 256 values correspond to the distances
 * 3 .. 258, the last 256 values correspond to the top 8 bits of
 * the 15 bit distances.
 */

const _length_code  = new Array(MAX_MATCH$1 - MIN_MATCH$1 + 1);
zero$1(_length_code);
/* length code for each normalized match length (0 == MIN_MATCH) */

const base_length   = new Array(LENGTH_CODES$1);
zero$1(base_length);
/* First normalized length for each code (0 = MIN_MATCH) */

const base_dist     = new Array(D_CODES$1);
zero$1(base_dist);
/* First normalized distance for each code (0 = distance of 1) */


function StaticTreeDesc(static_tree, extra_bits, extra_base, elems, max_length) {

  this.static_tree  = static_tree;  /* static tree or NULL */
  this.extra_bits   = extra_bits;   /* extra bits for each code or NULL */
  this.extra_base   = extra_base;   /* base index for extra_bits */
  this.elems        = elems;        /* max number of elements in the tree */
  this.max_length   = max_length;   /* max bit length for the codes */

  // show if `static_tree` has data or dummy - needed for monomorphic objects
  this.has_stree    = static_tree && static_tree.length;
}


let static_l_desc;
let static_d_desc;
let static_bl_desc;


function TreeDesc(dyn_tree, stat_desc) {
  this.dyn_tree = dyn_tree;     /* the dynamic tree */
  this.max_code = 0;            /* largest code with non zero frequency */
  this.stat_desc = stat_desc;   /* the corresponding static tree */
}



const d_code = (dist) => {

  return dist < 256 ? _dist_code[dist] : _dist_code[256 + (dist >>> 7)];
};


/* ===========================================================================
 * Output a short LSB first on the stream.
 * IN assertion: there is enough room in pendingBuf.
 */
const put_short = (s, w) => {
//    put_byte(s, (uch)((w) & 0xff));
//    put_byte(s, (uch)((ush)(w) >> 8));
  s.pending_buf[s.pending++] = (w) & 0xff;
  s.pending_buf[s.pending++] = (w >>> 8) & 0xff;
};


/* ===========================================================================
 * Send a value on a given number of bits.
 * IN assertion: length <= 16 and value fits in length bits.
 */
const send_bits = (s, value, length) => {

  if (s.bi_valid > (Buf_size - length)) {
    s.bi_buf |= (value << s.bi_valid) & 0xffff;
    put_short(s, s.bi_buf);
    s.bi_buf = value >> (Buf_size - s.bi_valid);
    s.bi_valid += length - Buf_size;
  } else {
    s.bi_buf |= (value << s.bi_valid) & 0xffff;
    s.bi_valid += length;
  }
};


const send_code = (s, c, tree) => {

  send_bits(s, tree[c * 2]/*.Code*/, tree[c * 2 + 1]/*.Len*/);
};


/* ===========================================================================
 * Reverse the first len bits of a code, using straightforward code (a faster
 * method would use a table)
 * IN assertion: 1 <= len <= 15
 */
const bi_reverse = (code, len) => {

  let res = 0;
  do {
    res |= code & 1;
    code >>>= 1;
    res <<= 1;
  } while (--len > 0);
  return res >>> 1;
};


/* ===========================================================================
 * Flush the bit buffer, keeping at most 7 bits in it.
 */
const bi_flush = (s) => {

  if (s.bi_valid === 16) {
    put_short(s, s.bi_buf);
    s.bi_buf = 0;
    s.bi_valid = 0;

  } else if (s.bi_valid >= 8) {
    s.pending_buf[s.pending++] = s.bi_buf & 0xff;
    s.bi_buf >>= 8;
    s.bi_valid -= 8;
  }
};


/* ===========================================================================
 * Compute the optimal bit lengths for a tree and update the total bit length
 * for the current block.
 * IN assertion: the fields freq and dad are set, heap[heap_max] and
 *    above are the tree nodes sorted by increasing frequency.
 * OUT assertions: the field len is set to the optimal bit length, the
 *     array bl_count contains the frequencies for each bit length.
 *     The length opt_len is updated; static_len is also updated if stree is
 *     not null.
 */
const gen_bitlen = (s, desc) => {
//    deflate_state *s;
//    tree_desc *desc;    /* the tree descriptor */

  const tree            = desc.dyn_tree;
  const max_code        = desc.max_code;
  const stree           = desc.stat_desc.static_tree;
  const has_stree       = desc.stat_desc.has_stree;
  const extra           = desc.stat_desc.extra_bits;
  const base            = desc.stat_desc.extra_base;
  const max_length      = desc.stat_desc.max_length;
  let h;              /* heap index */
  let n, m;           /* iterate over the tree elements */
  let bits;           /* bit length */
  let xbits;          /* extra bits */
  let f;              /* frequency */
  let overflow = 0;   /* number of elements with bit length too large */

  for (bits = 0; bits <= MAX_BITS$1; bits++) {
    s.bl_count[bits] = 0;
  }

  /* In a first pass, compute the optimal bit lengths (which may
   * overflow in the case of the bit length tree).
   */
  tree[s.heap[s.heap_max] * 2 + 1]/*.Len*/ = 0; /* root of the heap */

  for (h = s.heap_max + 1; h < HEAP_SIZE$1; h++) {
    n = s.heap[h];
    bits = tree[tree[n * 2 + 1]/*.Dad*/ * 2 + 1]/*.Len*/ + 1;
    if (bits > max_length) {
      bits = max_length;
      overflow++;
    }
    tree[n * 2 + 1]/*.Len*/ = bits;
    /* We overwrite tree[n].Dad which is no longer needed */

    if (n > max_code) { continue; } /* not a leaf node */

    s.bl_count[bits]++;
    xbits = 0;
    if (n >= base) {
      xbits = extra[n - base];
    }
    f = tree[n * 2]/*.Freq*/;
    s.opt_len += f * (bits + xbits);
    if (has_stree) {
      s.static_len += f * (stree[n * 2 + 1]/*.Len*/ + xbits);
    }
  }
  if (overflow === 0) { return; }

  // Tracev((stderr,"\nbit length overflow\n"));
  /* This happens for example on obj2 and pic of the Calgary corpus */

  /* Find the first bit length which could increase: */
  do {
    bits = max_length - 1;
    while (s.bl_count[bits] === 0) { bits--; }
    s.bl_count[bits]--;      /* move one leaf down the tree */
    s.bl_count[bits + 1] += 2; /* move one overflow item as its brother */
    s.bl_count[max_length]--;
    /* The brother of the overflow item also moves one step up,
     * but this does not affect bl_count[max_length]
     */
    overflow -= 2;
  } while (overflow > 0);

  /* Now recompute all bit lengths, scanning in increasing frequency.
   * h is still equal to HEAP_SIZE. (It is simpler to reconstruct all
   * lengths instead of fixing only the wrong ones. This idea is taken
   * from 'ar' written by Haruhiko Okumura.)
   */
  for (bits = max_length; bits !== 0; bits--) {
    n = s.bl_count[bits];
    while (n !== 0) {
      m = s.heap[--h];
      if (m > max_code) { continue; }
      if (tree[m * 2 + 1]/*.Len*/ !== bits) {
        // Tracev((stderr,"code %d bits %d->%d\n", m, tree[m].Len, bits));
        s.opt_len += (bits - tree[m * 2 + 1]/*.Len*/) * tree[m * 2]/*.Freq*/;
        tree[m * 2 + 1]/*.Len*/ = bits;
      }
      n--;
    }
  }
};


/* ===========================================================================
 * Generate the codes for a given tree and bit counts (which need not be
 * optimal).
 * IN assertion: the array bl_count contains the bit length statistics for
 * the given tree and the field len is set for all tree elements.
 * OUT assertion: the field code is set for all tree elements of non
 *     zero code length.
 */
const gen_codes = (tree, max_code, bl_count) => {
//    ct_data *tree;             /* the tree to decorate */
//    int max_code;              /* largest code with non zero frequency */
//    ushf *bl_count;            /* number of codes at each bit length */

  const next_code = new Array(MAX_BITS$1 + 1); /* next code value for each bit length */
  let code = 0;              /* running code value */
  let bits;                  /* bit index */
  let n;                     /* code index */

  /* The distribution counts are first used to generate the code values
   * without bit reversal.
   */
  for (bits = 1; bits <= MAX_BITS$1; bits++) {
    code = (code + bl_count[bits - 1]) << 1;
    next_code[bits] = code;
  }
  /* Check that the bit counts in bl_count are consistent. The last code
   * must be all ones.
   */
  //Assert (code + bl_count[MAX_BITS]-1 == (1<<MAX_BITS)-1,
  //        "inconsistent bit counts");
  //Tracev((stderr,"\ngen_codes: max_code %d ", max_code));

  for (n = 0;  n <= max_code; n++) {
    let len = tree[n * 2 + 1]/*.Len*/;
    if (len === 0) { continue; }
    /* Now reverse the bits */
    tree[n * 2]/*.Code*/ = bi_reverse(next_code[len]++, len);

    //Tracecv(tree != static_ltree, (stderr,"\nn %3d %c l %2d c %4x (%x) ",
    //     n, (isgraph(n) ? n : ' '), len, tree[n].Code, next_code[len]-1));
  }
};


/* ===========================================================================
 * Initialize the various 'constant' tables.
 */
const tr_static_init = () => {

  let n;        /* iterates over tree elements */
  let bits;     /* bit counter */
  let length;   /* length value */
  let code;     /* code value */
  let dist;     /* distance index */
  const bl_count = new Array(MAX_BITS$1 + 1);
  /* number of codes at each bit length for an optimal tree */

  // do check in _tr_init()
  //if (static_init_done) return;

  /* For some embedded targets, global variables are not initialized: */
/*#ifdef NO_INIT_GLOBAL_POINTERS
  static_l_desc.static_tree = static_ltree;
  static_l_desc.extra_bits = extra_lbits;
  static_d_desc.static_tree = static_dtree;
  static_d_desc.extra_bits = extra_dbits;
  static_bl_desc.extra_bits = extra_blbits;
#endif*/

  /* Initialize the mapping length (0..255) -> length code (0..28) */
  length = 0;
  for (code = 0; code < LENGTH_CODES$1 - 1; code++) {
    base_length[code] = length;
    for (n = 0; n < (1 << extra_lbits[code]); n++) {
      _length_code[length++] = code;
    }
  }
  //Assert (length == 256, "tr_static_init: length != 256");
  /* Note that the length 255 (match length 258) can be represented
   * in two different ways: code 284 + 5 bits or code 285, so we
   * overwrite length_code[255] to use the best encoding:
   */
  _length_code[length - 1] = code;

  /* Initialize the mapping dist (0..32K) -> dist code (0..29) */
  dist = 0;
  for (code = 0; code < 16; code++) {
    base_dist[code] = dist;
    for (n = 0; n < (1 << extra_dbits[code]); n++) {
      _dist_code[dist++] = code;
    }
  }
  //Assert (dist == 256, "tr_static_init: dist != 256");
  dist >>= 7; /* from now on, all distances are divided by 128 */
  for (; code < D_CODES$1; code++) {
    base_dist[code] = dist << 7;
    for (n = 0; n < (1 << (extra_dbits[code] - 7)); n++) {
      _dist_code[256 + dist++] = code;
    }
  }
  //Assert (dist == 256, "tr_static_init: 256+dist != 512");

  /* Construct the codes of the static literal tree */
  for (bits = 0; bits <= MAX_BITS$1; bits++) {
    bl_count[bits] = 0;
  }

  n = 0;
  while (n <= 143) {
    static_ltree[n * 2 + 1]/*.Len*/ = 8;
    n++;
    bl_count[8]++;
  }
  while (n <= 255) {
    static_ltree[n * 2 + 1]/*.Len*/ = 9;
    n++;
    bl_count[9]++;
  }
  while (n <= 279) {
    static_ltree[n * 2 + 1]/*.Len*/ = 7;
    n++;
    bl_count[7]++;
  }
  while (n <= 287) {
    static_ltree[n * 2 + 1]/*.Len*/ = 8;
    n++;
    bl_count[8]++;
  }
  /* Codes 286 and 287 do not exist, but we must include them in the
   * tree construction to get a canonical Huffman tree (longest code
   * all ones)
   */
  gen_codes(static_ltree, L_CODES$1 + 1, bl_count);

  /* The static distance tree is trivial: */
  for (n = 0; n < D_CODES$1; n++) {
    static_dtree[n * 2 + 1]/*.Len*/ = 5;
    static_dtree[n * 2]/*.Code*/ = bi_reverse(n, 5);
  }

  // Now data ready and we can init static trees
  static_l_desc = new StaticTreeDesc(static_ltree, extra_lbits, LITERALS$1 + 1, L_CODES$1, MAX_BITS$1);
  static_d_desc = new StaticTreeDesc(static_dtree, extra_dbits, 0,          D_CODES$1, MAX_BITS$1);
  static_bl_desc = new StaticTreeDesc(new Array(0), extra_blbits, 0,         BL_CODES$1, MAX_BL_BITS);

  //static_init_done = true;
};


/* ===========================================================================
 * Initialize a new block.
 */
const init_block = (s) => {

  let n; /* iterates over tree elements */

  /* Initialize the trees. */
  for (n = 0; n < L_CODES$1;  n++) { s.dyn_ltree[n * 2]/*.Freq*/ = 0; }
  for (n = 0; n < D_CODES$1;  n++) { s.dyn_dtree[n * 2]/*.Freq*/ = 0; }
  for (n = 0; n < BL_CODES$1; n++) { s.bl_tree[n * 2]/*.Freq*/ = 0; }

  s.dyn_ltree[END_BLOCK * 2]/*.Freq*/ = 1;
  s.opt_len = s.static_len = 0;
  s.sym_next = s.matches = 0;
};


/* ===========================================================================
 * Flush the bit buffer and align the output on a byte boundary
 */
const bi_windup = (s) =>
{
  if (s.bi_valid > 8) {
    put_short(s, s.bi_buf);
  } else if (s.bi_valid > 0) {
    //put_byte(s, (Byte)s->bi_buf);
    s.pending_buf[s.pending++] = s.bi_buf;
  }
  s.bi_buf = 0;
  s.bi_valid = 0;
};

/* ===========================================================================
 * Compares to subtrees, using the tree depth as tie breaker when
 * the subtrees have equal frequency. This minimizes the worst case length.
 */
const smaller = (tree, n, m, depth) => {

  const _n2 = n * 2;
  const _m2 = m * 2;
  return (tree[_n2]/*.Freq*/ < tree[_m2]/*.Freq*/ ||
         (tree[_n2]/*.Freq*/ === tree[_m2]/*.Freq*/ && depth[n] <= depth[m]));
};

/* ===========================================================================
 * Restore the heap property by moving down the tree starting at node k,
 * exchanging a node with the smallest of its two sons if necessary, stopping
 * when the heap property is re-established (each father smaller than its
 * two sons).
 */
const pqdownheap = (s, tree, k) => {
//    deflate_state *s;
//    ct_data *tree;  /* the tree to restore */
//    int k;               /* node to move down */

  const v = s.heap[k];
  let j = k << 1;  /* left son of k */
  while (j <= s.heap_len) {
    /* Set j to the smallest of the two sons: */
    if (j < s.heap_len &&
      smaller(tree, s.heap[j + 1], s.heap[j], s.depth)) {
      j++;
    }
    /* Exit if v is smaller than both sons */
    if (smaller(tree, v, s.heap[j], s.depth)) { break; }

    /* Exchange v with the smallest son */
    s.heap[k] = s.heap[j];
    k = j;

    /* And continue down the tree, setting j to the left son of k */
    j <<= 1;
  }
  s.heap[k] = v;
};


// inlined manually
// const SMALLEST = 1;

/* ===========================================================================
 * Send the block data compressed using the given Huffman trees
 */
const compress_block = (s, ltree, dtree) => {
//    deflate_state *s;
//    const ct_data *ltree; /* literal tree */
//    const ct_data *dtree; /* distance tree */

  let dist;           /* distance of matched string */
  let lc;             /* match length or unmatched char (if dist == 0) */
  let sx = 0;         /* running index in sym_buf */
  let code;           /* the code to send */
  let extra;          /* number of extra bits to send */

  if (s.sym_next !== 0) {
    do {
      dist = s.pending_buf[s.sym_buf + sx++] & 0xff;
      dist += (s.pending_buf[s.sym_buf + sx++] & 0xff) << 8;
      lc = s.pending_buf[s.sym_buf + sx++];
      if (dist === 0) {
        send_code(s, lc, ltree); /* send a literal byte */
        //Tracecv(isgraph(lc), (stderr," '%c' ", lc));
      } else {
        /* Here, lc is the match length - MIN_MATCH */
        code = _length_code[lc];
        send_code(s, code + LITERALS$1 + 1, ltree); /* send the length code */
        extra = extra_lbits[code];
        if (extra !== 0) {
          lc -= base_length[code];
          send_bits(s, lc, extra);       /* send the extra length bits */
        }
        dist--; /* dist is now the match distance - 1 */
        code = d_code(dist);
        //Assert (code < D_CODES, "bad d_code");

        send_code(s, code, dtree);       /* send the distance code */
        extra = extra_dbits[code];
        if (extra !== 0) {
          dist -= base_dist[code];
          send_bits(s, dist, extra);   /* send the extra distance bits */
        }
      } /* literal or match pair ? */

      /* Check that the overlay between pending_buf and sym_buf is ok: */
      //Assert(s->pending < s->lit_bufsize + sx, "pendingBuf overflow");

    } while (sx < s.sym_next);
  }

  send_code(s, END_BLOCK, ltree);
};


/* ===========================================================================
 * Construct one Huffman tree and assigns the code bit strings and lengths.
 * Update the total bit length for the current block.
 * IN assertion: the field freq is set for all tree elements.
 * OUT assertions: the fields len and code are set to the optimal bit length
 *     and corresponding code. The length opt_len is updated; static_len is
 *     also updated if stree is not null. The field max_code is set.
 */
const build_tree = (s, desc) => {
//    deflate_state *s;
//    tree_desc *desc; /* the tree descriptor */

  const tree     = desc.dyn_tree;
  const stree    = desc.stat_desc.static_tree;
  const has_stree = desc.stat_desc.has_stree;
  const elems    = desc.stat_desc.elems;
  let n, m;          /* iterate over heap elements */
  let max_code = -1; /* largest code with non zero frequency */
  let node;          /* new node being created */

  /* Construct the initial heap, with least frequent element in
   * heap[SMALLEST]. The sons of heap[n] are heap[2*n] and heap[2*n+1].
   * heap[0] is not used.
   */
  s.heap_len = 0;
  s.heap_max = HEAP_SIZE$1;

  for (n = 0; n < elems; n++) {
    if (tree[n * 2]/*.Freq*/ !== 0) {
      s.heap[++s.heap_len] = max_code = n;
      s.depth[n] = 0;

    } else {
      tree[n * 2 + 1]/*.Len*/ = 0;
    }
  }

  /* The pkzip format requires that at least one distance code exists,
   * and that at least one bit should be sent even if there is only one
   * possible code. So to avoid special checks later on we force at least
   * two codes of non zero frequency.
   */
  while (s.heap_len < 2) {
    node = s.heap[++s.heap_len] = (max_code < 2 ? ++max_code : 0);
    tree[node * 2]/*.Freq*/ = 1;
    s.depth[node] = 0;
    s.opt_len--;

    if (has_stree) {
      s.static_len -= stree[node * 2 + 1]/*.Len*/;
    }
    /* node is 0 or 1 so it does not have extra bits */
  }
  desc.max_code = max_code;

  /* The elements heap[heap_len/2+1 .. heap_len] are leaves of the tree,
   * establish sub-heaps of increasing lengths:
   */
  for (n = (s.heap_len >> 1/*int /2*/); n >= 1; n--) { pqdownheap(s, tree, n); }

  /* Construct the Huffman tree by repeatedly combining the least two
   * frequent nodes.
   */
  node = elems;              /* next internal node of the tree */
  do {
    //pqremove(s, tree, n);  /* n = node of least frequency */
    /*** pqremove ***/
    n = s.heap[1/*SMALLEST*/];
    s.heap[1/*SMALLEST*/] = s.heap[s.heap_len--];
    pqdownheap(s, tree, 1/*SMALLEST*/);
    /***/

    m = s.heap[1/*SMALLEST*/]; /* m = node of next least frequency */

    s.heap[--s.heap_max] = n; /* keep the nodes sorted by frequency */
    s.heap[--s.heap_max] = m;

    /* Create a new node father of n and m */
    tree[node * 2]/*.Freq*/ = tree[n * 2]/*.Freq*/ + tree[m * 2]/*.Freq*/;
    s.depth[node] = (s.depth[n] >= s.depth[m] ? s.depth[n] : s.depth[m]) + 1;
    tree[n * 2 + 1]/*.Dad*/ = tree[m * 2 + 1]/*.Dad*/ = node;

    /* and insert the new node in the heap */
    s.heap[1/*SMALLEST*/] = node++;
    pqdownheap(s, tree, 1/*SMALLEST*/);

  } while (s.heap_len >= 2);

  s.heap[--s.heap_max] = s.heap[1/*SMALLEST*/];

  /* At this point, the fields freq and dad are set. We can now
   * generate the bit lengths.
   */
  gen_bitlen(s, desc);

  /* The field len is now set, we can generate the bit codes */
  gen_codes(tree, max_code, s.bl_count);
};


/* ===========================================================================
 * Scan a literal or distance tree to determine the frequencies of the codes
 * in the bit length tree.
 */
const scan_tree = (s, tree, max_code) => {
//    deflate_state *s;
//    ct_data *tree;   /* the tree to be scanned */
//    int max_code;    /* and its largest code of non zero frequency */

  let n;                     /* iterates over all tree elements */
  let prevlen = -1;          /* last emitted length */
  let curlen;                /* length of current code */

  let nextlen = tree[0 * 2 + 1]/*.Len*/; /* length of next code */

  let count = 0;             /* repeat count of the current code */
  let max_count = 7;         /* max repeat count */
  let min_count = 4;         /* min repeat count */

  if (nextlen === 0) {
    max_count = 138;
    min_count = 3;
  }
  tree[(max_code + 1) * 2 + 1]/*.Len*/ = 0xffff; /* guard */

  for (n = 0; n <= max_code; n++) {
    curlen = nextlen;
    nextlen = tree[(n + 1) * 2 + 1]/*.Len*/;

    if (++count < max_count && curlen === nextlen) {
      continue;

    } else if (count < min_count) {
      s.bl_tree[curlen * 2]/*.Freq*/ += count;

    } else if (curlen !== 0) {

      if (curlen !== prevlen) { s.bl_tree[curlen * 2]/*.Freq*/++; }
      s.bl_tree[REP_3_6 * 2]/*.Freq*/++;

    } else if (count <= 10) {
      s.bl_tree[REPZ_3_10 * 2]/*.Freq*/++;

    } else {
      s.bl_tree[REPZ_11_138 * 2]/*.Freq*/++;
    }

    count = 0;
    prevlen = curlen;

    if (nextlen === 0) {
      max_count = 138;
      min_count = 3;

    } else if (curlen === nextlen) {
      max_count = 6;
      min_count = 3;

    } else {
      max_count = 7;
      min_count = 4;
    }
  }
};


/* ===========================================================================
 * Send a literal or distance tree in compressed form, using the codes in
 * bl_tree.
 */
const send_tree = (s, tree, max_code) => {
//    deflate_state *s;
//    ct_data *tree; /* the tree to be scanned */
//    int max_code;       /* and its largest code of non zero frequency */

  let n;                     /* iterates over all tree elements */
  let prevlen = -1;          /* last emitted length */
  let curlen;                /* length of current code */

  let nextlen = tree[0 * 2 + 1]/*.Len*/; /* length of next code */

  let count = 0;             /* repeat count of the current code */
  let max_count = 7;         /* max repeat count */
  let min_count = 4;         /* min repeat count */

  /* tree[max_code+1].Len = -1; */  /* guard already set */
  if (nextlen === 0) {
    max_count = 138;
    min_count = 3;
  }

  for (n = 0; n <= max_code; n++) {
    curlen = nextlen;
    nextlen = tree[(n + 1) * 2 + 1]/*.Len*/;

    if (++count < max_count && curlen === nextlen) {
      continue;

    } else if (count < min_count) {
      do { send_code(s, curlen, s.bl_tree); } while (--count !== 0);

    } else if (curlen !== 0) {
      if (curlen !== prevlen) {
        send_code(s, curlen, s.bl_tree);
        count--;
      }
      //Assert(count >= 3 && count <= 6, " 3_6?");
      send_code(s, REP_3_6, s.bl_tree);
      send_bits(s, count - 3, 2);

    } else if (count <= 10) {
      send_code(s, REPZ_3_10, s.bl_tree);
      send_bits(s, count - 3, 3);

    } else {
      send_code(s, REPZ_11_138, s.bl_tree);
      send_bits(s, count - 11, 7);
    }

    count = 0;
    prevlen = curlen;
    if (nextlen === 0) {
      max_count = 138;
      min_count = 3;

    } else if (curlen === nextlen) {
      max_count = 6;
      min_count = 3;

    } else {
      max_count = 7;
      min_count = 4;
    }
  }
};


/* ===========================================================================
 * Construct the Huffman tree for the bit lengths and return the index in
 * bl_order of the last bit length code to send.
 */
const build_bl_tree = (s) => {

  let max_blindex;  /* index of last bit length code of non zero freq */

  /* Determine the bit length frequencies for literal and distance trees */
  scan_tree(s, s.dyn_ltree, s.l_desc.max_code);
  scan_tree(s, s.dyn_dtree, s.d_desc.max_code);

  /* Build the bit length tree: */
  build_tree(s, s.bl_desc);
  /* opt_len now includes the length of the tree representations, except
   * the lengths of the bit lengths codes and the 5+5+4 bits for the counts.
   */

  /* Determine the number of bit length codes to send. The pkzip format
   * requires that at least 4 bit length codes be sent. (appnote.txt says
   * 3 but the actual value used is 4.)
   */
  for (max_blindex = BL_CODES$1 - 1; max_blindex >= 3; max_blindex--) {
    if (s.bl_tree[bl_order[max_blindex] * 2 + 1]/*.Len*/ !== 0) {
      break;
    }
  }
  /* Update opt_len to include the bit length tree and counts */
  s.opt_len += 3 * (max_blindex + 1) + 5 + 5 + 4;
  //Tracev((stderr, "\ndyn trees: dyn %ld, stat %ld",
  //        s->opt_len, s->static_len));

  return max_blindex;
};


/* ===========================================================================
 * Send the header for a block using dynamic Huffman trees: the counts, the
 * lengths of the bit length codes, the literal tree and the distance tree.
 * IN assertion: lcodes >= 257, dcodes >= 1, blcodes >= 4.
 */
const send_all_trees = (s, lcodes, dcodes, blcodes) => {
//    deflate_state *s;
//    int lcodes, dcodes, blcodes; /* number of codes for each tree */

  let rank;                    /* index in bl_order */

  //Assert (lcodes >= 257 && dcodes >= 1 && blcodes >= 4, "not enough codes");
  //Assert (lcodes <= L_CODES && dcodes <= D_CODES && blcodes <= BL_CODES,
  //        "too many codes");
  //Tracev((stderr, "\nbl counts: "));
  send_bits(s, lcodes - 257, 5); /* not +255 as stated in appnote.txt */
  send_bits(s, dcodes - 1,   5);
  send_bits(s, blcodes - 4,  4); /* not -3 as stated in appnote.txt */
  for (rank = 0; rank < blcodes; rank++) {
    //Tracev((stderr, "\nbl code %2d ", bl_order[rank]));
    send_bits(s, s.bl_tree[bl_order[rank] * 2 + 1]/*.Len*/, 3);
  }
  //Tracev((stderr, "\nbl tree: sent %ld", s->bits_sent));

  send_tree(s, s.dyn_ltree, lcodes - 1); /* literal tree */
  //Tracev((stderr, "\nlit tree: sent %ld", s->bits_sent));

  send_tree(s, s.dyn_dtree, dcodes - 1); /* distance tree */
  //Tracev((stderr, "\ndist tree: sent %ld", s->bits_sent));
};


/* ===========================================================================
 * Check if the data type is TEXT or BINARY, using the following algorithm:
 * - TEXT if the two conditions below are satisfied:
 *    a) There are no non-portable control characters belonging to the
 *       "block list" (0..6, 14..25, 28..31).
 *    b) There is at least one printable character belonging to the
 *       "allow list" (9 {TAB}, 10 {LF}, 13 {CR}, 32..255).
 * - BINARY otherwise.
 * - The following partially-portable control characters form a
 *   "gray list" that is ignored in this detection algorithm:
 *   (7 {BEL}, 8 {BS}, 11 {VT}, 12 {FF}, 26 {SUB}, 27 {ESC}).
 * IN assertion: the fields Freq of dyn_ltree are set.
 */
const detect_data_type = (s) => {
  /* block_mask is the bit mask of block-listed bytes
   * set bits 0..6, 14..25, and 28..31
   * 0xf3ffc07f = binary 11110011111111111100000001111111
   */
  let block_mask = 0xf3ffc07f;
  let n;

  /* Check for non-textual ("block-listed") bytes. */
  for (n = 0; n <= 31; n++, block_mask >>>= 1) {
    if ((block_mask & 1) && (s.dyn_ltree[n * 2]/*.Freq*/ !== 0)) {
      return Z_BINARY;
    }
  }

  /* Check for textual ("allow-listed") bytes. */
  if (s.dyn_ltree[9 * 2]/*.Freq*/ !== 0 || s.dyn_ltree[10 * 2]/*.Freq*/ !== 0 ||
      s.dyn_ltree[13 * 2]/*.Freq*/ !== 0) {
    return Z_TEXT;
  }
  for (n = 32; n < LITERALS$1; n++) {
    if (s.dyn_ltree[n * 2]/*.Freq*/ !== 0) {
      return Z_TEXT;
    }
  }

  /* There are no "block-listed" or "allow-listed" bytes:
   * this stream either is empty or has tolerated ("gray-listed") bytes only.
   */
  return Z_BINARY;
};


let static_init_done = false;

/* ===========================================================================
 * Initialize the tree data structures for a new zlib stream.
 */
const _tr_init$1 = (s) =>
{

  if (!static_init_done) {
    tr_static_init();
    static_init_done = true;
  }

  s.l_desc  = new TreeDesc(s.dyn_ltree, static_l_desc);
  s.d_desc  = new TreeDesc(s.dyn_dtree, static_d_desc);
  s.bl_desc = new TreeDesc(s.bl_tree, static_bl_desc);

  s.bi_buf = 0;
  s.bi_valid = 0;

  /* Initialize the first block of the first file: */
  init_block(s);
};


/* ===========================================================================
 * Send a stored block
 */
const _tr_stored_block$1 = (s, buf, stored_len, last) => {
//DeflateState *s;
//charf *buf;       /* input block */
//ulg stored_len;   /* length of input block */
//int last;         /* one if this is the last block for a file */

  send_bits(s, (STORED_BLOCK << 1) + (last ? 1 : 0), 3);    /* send block type */
  bi_windup(s);        /* align on byte boundary */
  put_short(s, stored_len);
  put_short(s, ~stored_len);
  if (stored_len) {
    s.pending_buf.set(s.window.subarray(buf, buf + stored_len), s.pending);
  }
  s.pending += stored_len;
};


/* ===========================================================================
 * Send one empty static block to give enough lookahead for inflate.
 * This takes 10 bits, of which 7 may remain in the bit buffer.
 */
const _tr_align$1 = (s) => {
  send_bits(s, STATIC_TREES << 1, 3);
  send_code(s, END_BLOCK, static_ltree);
  bi_flush(s);
};


/* ===========================================================================
 * Determine the best encoding for the current block: dynamic trees, static
 * trees or store, and write out the encoded block.
 */
const _tr_flush_block$1 = (s, buf, stored_len, last) => {
//DeflateState *s;
//charf *buf;       /* input block, or NULL if too old */
//ulg stored_len;   /* length of input block */
//int last;         /* one if this is the last block for a file */

  let opt_lenb, static_lenb;  /* opt_len and static_len in bytes */
  let max_blindex = 0;        /* index of last bit length code of non zero freq */

  /* Build the Huffman trees unless a stored block is forced */
  if (s.level > 0) {

    /* Check if the file is binary or text */
    if (s.strm.data_type === Z_UNKNOWN$1) {
      s.strm.data_type = detect_data_type(s);
    }

    /* Construct the literal and distance trees */
    build_tree(s, s.l_desc);
    // Tracev((stderr, "\nlit data: dyn %ld, stat %ld", s->opt_len,
    //        s->static_len));

    build_tree(s, s.d_desc);
    // Tracev((stderr, "\ndist data: dyn %ld, stat %ld", s->opt_len,
    //        s->static_len));
    /* At this point, opt_len and static_len are the total bit lengths of
     * the compressed block data, excluding the tree representations.
     */

    /* Build the bit length tree for the above two trees, and get the index
     * in bl_order of the last bit length code to send.
     */
    max_blindex = build_bl_tree(s);

    /* Determine the best encoding. Compute the block lengths in bytes. */
    opt_lenb = (s.opt_len + 3 + 7) >>> 3;
    static_lenb = (s.static_len + 3 + 7) >>> 3;

    // Tracev((stderr, "\nopt %lu(%lu) stat %lu(%lu) stored %lu lit %u ",
    //        opt_lenb, s->opt_len, static_lenb, s->static_len, stored_len,
    //        s->sym_next / 3));

    if (static_lenb <= opt_lenb) { opt_lenb = static_lenb; }

  } else {
    // Assert(buf != (char*)0, "lost buf");
    opt_lenb = static_lenb = stored_len + 5; /* force a stored block */
  }

  if ((stored_len + 4 <= opt_lenb) && (buf !== -1)) {
    /* 4: two words for the lengths */

    /* The test buf != NULL is only necessary if LIT_BUFSIZE > WSIZE.
     * Otherwise we can't have processed more than WSIZE input bytes since
     * the last block flush, because compression would have been
     * successful. If LIT_BUFSIZE <= WSIZE, it is never too late to
     * transform a block into a stored block.
     */
    _tr_stored_block$1(s, buf, stored_len, last);

  } else if (s.strategy === Z_FIXED$1 || static_lenb === opt_lenb) {

    send_bits(s, (STATIC_TREES << 1) + (last ? 1 : 0), 3);
    compress_block(s, static_ltree, static_dtree);

  } else {
    send_bits(s, (DYN_TREES << 1) + (last ? 1 : 0), 3);
    send_all_trees(s, s.l_desc.max_code + 1, s.d_desc.max_code + 1, max_blindex + 1);
    compress_block(s, s.dyn_ltree, s.dyn_dtree);
  }
  // Assert (s->compressed_len == s->bits_sent, "bad compressed size");
  /* The above check is made mod 2^32, for files larger than 512 MB
   * and uLong implemented on 32 bits.
   */
  init_block(s);

  if (last) {
    bi_windup(s);
  }
  // Tracev((stderr,"\ncomprlen %lu(%lu) ", s->compressed_len>>3,
  //       s->compressed_len-7*last));
};

/* ===========================================================================
 * Save the match info and tally the frequency counts. Return true if
 * the current block must be flushed.
 */
const _tr_tally$1 = (s, dist, lc) => {
//    deflate_state *s;
//    unsigned dist;  /* distance of matched string */
//    unsigned lc;    /* match length-MIN_MATCH or unmatched char (if dist==0) */

  s.pending_buf[s.sym_buf + s.sym_next++] = dist;
  s.pending_buf[s.sym_buf + s.sym_next++] = dist >> 8;
  s.pending_buf[s.sym_buf + s.sym_next++] = lc;
  if (dist === 0) {
    /* lc is the unmatched char */
    s.dyn_ltree[lc * 2]/*.Freq*/++;
  } else {
    s.matches++;
    /* Here, lc is the match length - MIN_MATCH */
    dist--;             /* dist = match distance - 1 */
    //Assert((ush)dist < (ush)MAX_DIST(s) &&
    //       (ush)lc <= (ush)(MAX_MATCH-MIN_MATCH) &&
    //       (ush)d_code(dist) < (ush)D_CODES,  "_tr_tally: bad match");

    s.dyn_ltree[(_length_code[lc] + LITERALS$1 + 1) * 2]/*.Freq*/++;
    s.dyn_dtree[d_code(dist) * 2]/*.Freq*/++;
  }

  return (s.sym_next === s.sym_end);
};

var _tr_init_1  = _tr_init$1;
var _tr_stored_block_1 = _tr_stored_block$1;
var _tr_flush_block_1  = _tr_flush_block$1;
var _tr_tally_1 = _tr_tally$1;
var _tr_align_1 = _tr_align$1;

var trees = {
	_tr_init: _tr_init_1,
	_tr_stored_block: _tr_stored_block_1,
	_tr_flush_block: _tr_flush_block_1,
	_tr_tally: _tr_tally_1,
	_tr_align: _tr_align_1
};

// Note: adler32 takes 12% for level 0 and 2% for level 6.
// It isn't worth it to make additional optimizations as in original.
// Small size is preferable.

// (C) 1995-2013 Jean-loup Gailly and Mark Adler
// (C) 2014-2017 Vitaly Puzrin and Andrey Tupitsin
//
// This software is provided 'as-is', without any express or implied
// warranty. In no event will the authors be held liable for any damages
// arising from the use of this software.
//
// Permission is granted to anyone to use this software for any purpose,
// including commercial applications, and to alter it and redistribute it
// freely, subject to the following restrictions:
//
// 1. The origin of this software must not be misrepresented; you must not
//   claim that you wrote the original software. If you use this software
//   in a product, an acknowledgment in the product documentation would be
//   appreciated but is not required.
// 2. Altered source versions must be plainly marked as such, and must not be
//   misrepresented as being the original software.
// 3. This notice may not be removed or altered from any source distribution.

const adler32 = (adler, buf, len, pos) => {
  let s1 = (adler & 0xffff) |0,
      s2 = ((adler >>> 16) & 0xffff) |0,
      n = 0;

  while (len !== 0) {
    // Set limit ~ twice less than 5552, to keep
    // s2 in 31-bits, because we force signed ints.
    // in other case %= will fail.
    n = len > 2000 ? 2000 : len;
    len -= n;

    do {
      s1 = (s1 + buf[pos++]) |0;
      s2 = (s2 + s1) |0;
    } while (--n);

    s1 %= 65521;
    s2 %= 65521;
  }

  return (s1 | (s2 << 16)) |0;
};


var adler32_1 = adler32;

// Note: we can't get significant speed boost here.
// So write code to minimize size - no pregenerated tables
// and array tools dependencies.

// (C) 1995-2013 Jean-loup Gailly and Mark Adler
// (C) 2014-2017 Vitaly Puzrin and Andrey Tupitsin
//
// This software is provided 'as-is', without any express or implied
// warranty. In no event will the authors be held liable for any damages
// arising from the use of this software.
//
// Permission is granted to anyone to use this software for any purpose,
// including commercial applications, and to alter it and redistribute it
// freely, subject to the following restrictions:
//
// 1. The origin of this software must not be misrepresented; you must not
//   claim that you wrote the original software. If you use this software
//   in a product, an acknowledgment in the product documentation would be
//   appreciated but is not required.
// 2. Altered source versions must be plainly marked as such, and must not be
//   misrepresented as being the original software.
// 3. This notice may not be removed or altered from any source distribution.

// Use ordinary array, since untyped makes no boost here
const makeTable = () => {
  let c, table = [];

  for (var n = 0; n < 256; n++) {
    c = n;
    for (var k = 0; k < 8; k++) {
      c = ((c & 1) ? (0xEDB88320 ^ (c >>> 1)) : (c >>> 1));
    }
    table[n] = c;
  }

  return table;
};

// Create table on load. Just 255 signed longs. Not a problem.
const crcTable = new Uint32Array(makeTable());


const crc32 = (crc, buf, len, pos) => {
  const t = crcTable;
  const end = pos + len;

  crc ^= -1;

  for (let i = pos; i < end; i++) {
    crc = (crc >>> 8) ^ t[(crc ^ buf[i]) & 0xFF];
  }

  return (crc ^ (-1)); // >>> 0;
};


var crc32_1 = crc32;

// (C) 1995-2013 Jean-loup Gailly and Mark Adler
// (C) 2014-2017 Vitaly Puzrin and Andrey Tupitsin
//
// This software is provided 'as-is', without any express or implied
// warranty. In no event will the authors be held liable for any damages
// arising from the use of this software.
//
// Permission is granted to anyone to use this software for any purpose,
// including commercial applications, and to alter it and redistribute it
// freely, subject to the following restrictions:
//
// 1. The origin of this software must not be misrepresented; you must not
//   claim that you wrote the original software. If you use this software
//   in a product, an acknowledgment in the product documentation would be
//   appreciated but is not required.
// 2. Altered source versions must be plainly marked as such, and must not be
//   misrepresented as being the original software.
// 3. This notice may not be removed or altered from any source distribution.

var messages = {
  2:      'need dictionary',     /* Z_NEED_DICT       2  */
  1:      'stream end',          /* Z_STREAM_END      1  */
  0:      '',                    /* Z_OK              0  */
  '-1':   'file error',          /* Z_ERRNO         (-1) */
  '-2':   'stream error',        /* Z_STREAM_ERROR  (-2) */
  '-3':   'data error',          /* Z_DATA_ERROR    (-3) */
  '-4':   'insufficient memory', /* Z_MEM_ERROR     (-4) */
  '-5':   'buffer error',        /* Z_BUF_ERROR     (-5) */
  '-6':   'incompatible version' /* Z_VERSION_ERROR (-6) */
};

// (C) 1995-2013 Jean-loup Gailly and Mark Adler
// (C) 2014-2017 Vitaly Puzrin and Andrey Tupitsin
//
// This software is provided 'as-is', without any express or implied
// warranty. In no event will the authors be held liable for any damages
// arising from the use of this software.
//
// Permission is granted to anyone to use this software for any purpose,
// including commercial applications, and to alter it and redistribute it
// freely, subject to the following restrictions:
//
// 1. The origin of this software must not be misrepresented; you must not
//   claim that you wrote the original software. If you use this software
//   in a product, an acknowledgment in the product documentation would be
//   appreciated but is not required.
// 2. Altered source versions must be plainly marked as such, and must not be
//   misrepresented as being the original software.
// 3. This notice may not be removed or altered from any source distribution.

var constants$2 = {

  /* Allowed flush values; see deflate() and inflate() below for details */
  Z_NO_FLUSH:         0,
  Z_PARTIAL_FLUSH:    1,
  Z_SYNC_FLUSH:       2,
  Z_FULL_FLUSH:       3,
  Z_FINISH:           4,
  Z_BLOCK:            5,
  Z_TREES:            6,

  /* Return codes for the compression/decompression functions. Negative values
  * are errors, positive values are used for special but normal events.
  */
  Z_OK:               0,
  Z_STREAM_END:       1,
  Z_NEED_DICT:        2,
  Z_ERRNO:           -1,
  Z_STREAM_ERROR:    -2,
  Z_DATA_ERROR:      -3,
  Z_MEM_ERROR:       -4,
  Z_BUF_ERROR:       -5,
  //Z_VERSION_ERROR: -6,

  /* compression levels */
  Z_NO_COMPRESSION:         0,
  Z_BEST_SPEED:             1,
  Z_BEST_COMPRESSION:       9,
  Z_DEFAULT_COMPRESSION:   -1,


  Z_FILTERED:               1,
  Z_HUFFMAN_ONLY:           2,
  Z_RLE:                    3,
  Z_FIXED:                  4,
  Z_DEFAULT_STRATEGY:       0,

  /* Possible values of the data_type field (though see inflate()) */
  Z_BINARY:                 0,
  Z_TEXT:                   1,
  //Z_ASCII:                1, // = Z_TEXT (deprecated)
  Z_UNKNOWN:                2,

  /* The deflate compression method */
  Z_DEFLATED:               8
  //Z_NULL:                 null // Use -1 or null inline, depending on var type
};

// (C) 1995-2013 Jean-loup Gailly and Mark Adler
// (C) 2014-2017 Vitaly Puzrin and Andrey Tupitsin
//
// This software is provided 'as-is', without any express or implied
// warranty. In no event will the authors be held liable for any damages
// arising from the use of this software.
//
// Permission is granted to anyone to use this software for any purpose,
// including commercial applications, and to alter it and redistribute it
// freely, subject to the following restrictions:
//
// 1. The origin of this software must not be misrepresented; you must not
//   claim that you wrote the original software. If you use this software
//   in a product, an acknowledgment in the product documentation would be
//   appreciated but is not required.
// 2. Altered source versions must be plainly marked as such, and must not be
//   misrepresented as being the original software.
// 3. This notice may not be removed or altered from any source distribution.

const { _tr_init, _tr_stored_block, _tr_flush_block, _tr_tally, _tr_align } = trees;




/* Public constants ==========================================================*/
/* ===========================================================================*/

const {
  Z_NO_FLUSH: Z_NO_FLUSH$2, Z_PARTIAL_FLUSH, Z_FULL_FLUSH: Z_FULL_FLUSH$1, Z_FINISH: Z_FINISH$3, Z_BLOCK: Z_BLOCK$1,
  Z_OK: Z_OK$3, Z_STREAM_END: Z_STREAM_END$3, Z_STREAM_ERROR: Z_STREAM_ERROR$2, Z_DATA_ERROR: Z_DATA_ERROR$2, Z_BUF_ERROR: Z_BUF_ERROR$2,
  Z_DEFAULT_COMPRESSION: Z_DEFAULT_COMPRESSION$1,
  Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED, Z_DEFAULT_STRATEGY: Z_DEFAULT_STRATEGY$1,
  Z_UNKNOWN,
  Z_DEFLATED: Z_DEFLATED$2
} = constants$2;

/*============================================================================*/


const MAX_MEM_LEVEL = 9;
/* Maximum value for memLevel in deflateInit2 */
const MAX_WBITS$1 = 15;
/* 32K LZ77 window */
const DEF_MEM_LEVEL = 8;


const LENGTH_CODES  = 29;
/* number of length codes, not counting the special END_BLOCK code */
const LITERALS      = 256;
/* number of literal bytes 0..255 */
const L_CODES       = LITERALS + 1 + LENGTH_CODES;
/* number of Literal or Length codes, including the END_BLOCK code */
const D_CODES       = 30;
/* number of distance codes */
const BL_CODES      = 19;
/* number of codes used to transfer the bit lengths */
const HEAP_SIZE     = 2 * L_CODES + 1;
/* maximum heap size */
const MAX_BITS  = 15;
/* All codes must not exceed MAX_BITS bits */

const MIN_MATCH = 3;
const MAX_MATCH = 258;
const MIN_LOOKAHEAD = (MAX_MATCH + MIN_MATCH + 1);

const PRESET_DICT = 0x20;

const INIT_STATE    =  42;    /* zlib header -> BUSY_STATE */
//#ifdef GZIP
const GZIP_STATE    =  57;    /* gzip header -> BUSY_STATE | EXTRA_STATE */
//#endif
const EXTRA_STATE   =  69;    /* gzip extra block -> NAME_STATE */
const NAME_STATE    =  73;    /* gzip file name -> COMMENT_STATE */
const COMMENT_STATE =  91;    /* gzip comment -> HCRC_STATE */
const HCRC_STATE    = 103;    /* gzip header CRC -> BUSY_STATE */
const BUSY_STATE    = 113;    /* deflate -> FINISH_STATE */
const FINISH_STATE  = 666;    /* stream complete */

const BS_NEED_MORE      = 1; /* block not completed, need more input or more output */
const BS_BLOCK_DONE     = 2; /* block flush performed */
const BS_FINISH_STARTED = 3; /* finish started, need only more output at next deflate */
const BS_FINISH_DONE    = 4; /* finish done, accept no more input or output */

const OS_CODE = 0x03; // Unix :) . Don't detect, use this default.

const err = (strm, errorCode) => {
  strm.msg = messages[errorCode];
  return errorCode;
};

const rank = (f) => {
  return ((f) * 2) - ((f) > 4 ? 9 : 0);
};

const zero = (buf) => {
  let len = buf.length; while (--len >= 0) { buf[len] = 0; }
};

/* ===========================================================================
 * Slide the hash table when sliding the window down (could be avoided with 32
 * bit values at the expense of memory usage). We slide even when level == 0 to
 * keep the hash table consistent if we switch back to level > 0 later.
 */
const slide_hash = (s) => {
  let n, m;
  let p;
  let wsize = s.w_size;

  n = s.hash_size;
  p = n;
  do {
    m = s.head[--p];
    s.head[p] = (m >= wsize ? m - wsize : 0);
  } while (--n);
  n = wsize;
//#ifndef FASTEST
  p = n;
  do {
    m = s.prev[--p];
    s.prev[p] = (m >= wsize ? m - wsize : 0);
    /* If n is not on any hash chain, prev[n] is garbage but
     * its value will never be used.
     */
  } while (--n);
//#endif
};

/* eslint-disable new-cap */
let HASH = (s, prev, data) => ((prev << s.hash_shift) ^ data) & s.hash_mask;


/* ===========================================================================
 * Insert string str in the dictionary and set match_head to the previous head
 * of the hash chain (the most recent string with same hash key). Return
 * the previous length of the hash chain.
 * IN  assertion: all calls to INSERT_STRING are made with consecutive input
 *    characters and the first MIN_MATCH bytes of str are valid (except for
 *    the last MIN_MATCH-1 bytes of the input file).
 */
const INSERT_STRING = (s, str) => {
  let h;
  if (s.legacy_hash) {
    /* UPDATE_HASH(s, s->ins_h, s->window[(str) + (MIN_MATCH-1)]); */
    h = s.ins_h = HASH(s, s.ins_h, s.window[str + MIN_MATCH - 1]);
  } else {
    // ANZAC++ hash: reads 4 bytes, matches node.js zlib output (legacyHash
    // restores classic zlib hash). Faster, with fewer collisions.
    const w = s.window;
    // Read 4 bytes little-endian. Math.imul reproduces C uint32 overflow in
    // `(value * 66521 + 66521) >> 16` exactly.
    const value = w[str] | (w[str + 1] << 8) | (w[str + 2] << 16) | (w[str + 3] << 24);
    h = s.ins_h = ((Math.imul(value, 66521) + 66521) >>> 16) & s.hash_mask;
  }
  const hash_head = s.prev[str & s.w_mask] = s.head[h];
  s.head[h] = str;
  return hash_head;
};


/* =========================================================================
 * Flush as much pending output as possible. All deflate() output, except for
 * some deflate_stored() output, goes through this function so some
 * applications may wish to modify it to avoid allocating a large
 * strm->next_out buffer and copying into it. (See also read_buf()).
 */
const flush_pending = (strm) => {
  const s = strm.state;

  //_tr_flush_bits(s);
  let len = s.pending;
  if (len > strm.avail_out) {
    len = strm.avail_out;
  }
  if (len === 0) { return; }

  strm.output.set(s.pending_buf.subarray(s.pending_out, s.pending_out + len), strm.next_out);
  strm.next_out  += len;
  s.pending_out  += len;
  strm.total_out += len;
  strm.avail_out -= len;
  s.pending      -= len;
  if (s.pending === 0) {
    s.pending_out = 0;
  }
};


const flush_block_only = (s, last) => {
  _tr_flush_block(s, (s.block_start >= 0 ? s.block_start : -1), s.strstart - s.block_start, last);
  s.block_start = s.strstart;
  flush_pending(s.strm);
};


const put_byte = (s, b) => {
  s.pending_buf[s.pending++] = b;
};


/* =========================================================================
 * Put a short in the pending buffer. The 16-bit value is put in MSB order.
 * IN assertion: the stream state is correct and there is enough room in
 * pending_buf.
 */
const putShortMSB = (s, b) => {

  //  put_byte(s, (Byte)(b >> 8));
//  put_byte(s, (Byte)(b & 0xff));
  s.pending_buf[s.pending++] = (b >>> 8) & 0xff;
  s.pending_buf[s.pending++] = b & 0xff;
};


/* ===========================================================================
 * Read a new buffer from the current input stream, update the adler32
 * and total number of bytes read.  All deflate() input goes through
 * this function so some applications may wish to modify it to avoid
 * allocating a large strm->input buffer and copying from it.
 * (See also flush_pending()).
 */
const read_buf = (strm, buf, start, size) => {

  let len = strm.avail_in;

  if (len > size) { len = size; }
  if (len === 0) { return 0; }

  strm.avail_in -= len;

  // zmemcpy(buf, strm->next_in, len);
  buf.set(strm.input.subarray(strm.next_in, strm.next_in + len), start);
  if (strm.state.wrap === 1) {
    strm.adler = adler32_1(strm.adler, buf, len, start);
  }

  else if (strm.state.wrap === 2) {
    strm.adler = crc32_1(strm.adler, buf, len, start);
  }

  strm.next_in += len;
  strm.total_in += len;

  return len;
};


/* ===========================================================================
 * Set match_start to the longest match starting at the given string and
 * return its length. Matches shorter or equal to prev_length are discarded,
 * in which case the result is equal to prev_length and match_start is
 * garbage.
 * IN assertions: cur_match is the head of the hash chain for the current
 *   string (strstart) and its distance is <= MAX_DIST, and prev_length >= 1
 * OUT assertion: the match length is not greater than s->lookahead.
 */
const longest_match = (s, cur_match) => {

  let chain_length = s.max_chain_length;      /* max hash chain length */
  let scan = s.strstart; /* current string */
  let match;                       /* matched string */
  let len;                           /* length of current match */
  let best_len = s.prev_length;              /* best match length so far */
  let nice_match = s.nice_match;             /* stop if match long enough */
  const limit = (s.strstart > (s.w_size - MIN_LOOKAHEAD)) ?
      s.strstart - (s.w_size - MIN_LOOKAHEAD) : 0/*NIL*/;

  const _win = s.window; // shortcut

  const wmask = s.w_mask;
  const prev  = s.prev;

  /* Stop when cur_match becomes <= limit. To simplify the code,
   * we prevent matches with the string of window index 0.
   */

  const strend = s.strstart + MAX_MATCH;
  let scan_end1  = _win[scan + best_len - 1];
  let scan_end   = _win[scan + best_len];

  /* The code is optimized for HASH_BITS >= 8 and MAX_MATCH-2 multiple of 16.
   * It is easy to get rid of this optimization if necessary.
   */
  // Assert(s->hash_bits >= 8 && MAX_MATCH == 258, "Code too clever");

  /* Do not waste too much time if we already have a good match: */
  if (s.prev_length >= s.good_match) {
    chain_length >>= 2;
  }
  /* Do not look for matches beyond the end of the input. This is necessary
   * to make deflate deterministic.
   */
  if (nice_match > s.lookahead) { nice_match = s.lookahead; }

  // Assert((ulg)s->strstart <= s->window_size-MIN_LOOKAHEAD, "need lookahead");

  do {
    // Assert(cur_match < s->strstart, "no future");
    match = cur_match;

    /* Skip to next match if the match length cannot increase
     * or if the match length is less than 2.  Note that the checks below
     * for insufficient lookahead only occur occasionally for performance
     * reasons.  Therefore uninitialized memory will be accessed, and
     * conditional jumps will be made that depend on those values.
     * However the length of the match is limited to the lookahead, so
     * the output of deflate is not affected by the uninitialized values.
     */

    if (_win[match + best_len]     !== scan_end  ||
        _win[match + best_len - 1] !== scan_end1 ||
        _win[match]                !== _win[scan] ||
        _win[++match]              !== _win[scan + 1]) {
      continue;
    }

    /* The check at best_len-1 can be removed because it will be made
     * again later. (This heuristic is not always a win.)
     * It is not necessary to compare scan[2] and match[2] since they
     * are always equal when the other bytes match, given that
     * the hash keys are equal and that HASH_BITS >= 8.
     */
    scan += 2;
    match++;
    // Assert(*scan == *match, "match[2]?");

    /* We check for insufficient lookahead only every 8th comparison;
     * the 256th check will be made at strstart+258.
     */
    do {
      /*jshint noempty:false*/
    } while (_win[++scan] === _win[++match] && _win[++scan] === _win[++match] &&
             _win[++scan] === _win[++match] && _win[++scan] === _win[++match] &&
             _win[++scan] === _win[++match] && _win[++scan] === _win[++match] &&
             _win[++scan] === _win[++match] && _win[++scan] === _win[++match] &&
             scan < strend);

    // Assert(scan <= s->window+(unsigned)(s->window_size-1), "wild scan");

    len = MAX_MATCH - (strend - scan);
    scan = strend - MAX_MATCH;

    if (len > best_len) {
      s.match_start = cur_match;
      best_len = len;
      if (len >= nice_match) {
        break;
      }
      scan_end1  = _win[scan + best_len - 1];
      scan_end   = _win[scan + best_len];
    }
  } while ((cur_match = prev[cur_match & wmask]) > limit && --chain_length !== 0);

  if (best_len <= s.lookahead) {
    return best_len;
  }
  return s.lookahead;
};


/* ===========================================================================
 * Fill the window when the lookahead becomes insufficient.
 * Updates strstart and lookahead.
 *
 * IN assertion: lookahead < MIN_LOOKAHEAD
 * OUT assertions: strstart <= window_size-MIN_LOOKAHEAD
 *    At least one byte has been read, or avail_in == 0; reads are
 *    performed for at least two bytes (required for the zip translate_eol
 *    option -- not supported here).
 */
const fill_window = (s) => {

  const _w_size = s.w_size;
  let n, more, str;

  //Assert(s->lookahead < MIN_LOOKAHEAD, "already enough lookahead");

  do {
    more = s.window_size - s.lookahead - s.strstart;

    // JS ints have 32 bit, block below not needed
    /* Deal with !@#$% 64K limit: */
    //if (sizeof(int) <= 2) {
    //    if (more == 0 && s->strstart == 0 && s->lookahead == 0) {
    //        more = wsize;
    //
    //  } else if (more == (unsigned)(-1)) {
    //        /* Very unlikely, but possible on 16 bit machine if
    //         * strstart == 0 && lookahead == 1 (input done a byte at time)
    //         */
    //        more--;
    //    }
    //}


    /* If the window is almost full and there is insufficient lookahead,
     * move the upper half to the lower one to make room in the upper half.
     */
    if (s.strstart >= _w_size + (_w_size - MIN_LOOKAHEAD)) {

      s.window.set(s.window.subarray(_w_size, _w_size + _w_size - more), 0);
      s.match_start -= _w_size;
      s.strstart -= _w_size;
      /* we now have strstart >= MAX_DIST */
      s.block_start -= _w_size;
      if (s.insert > s.strstart) {
        s.insert = s.strstart;
      }
      slide_hash(s);
      more += _w_size;
    }
    if (s.strm.avail_in === 0) {
      break;
    }

    /* If there was no sliding:
     *    strstart <= WSIZE+MAX_DIST-1 && lookahead <= MIN_LOOKAHEAD - 1 &&
     *    more == window_size - lookahead - strstart
     * => more >= window_size - (MIN_LOOKAHEAD-1 + WSIZE + MAX_DIST-1)
     * => more >= window_size - 2*WSIZE + 2
     * In the BIG_MEM or MMAP case (not yet supported),
     *   window_size == input_size + MIN_LOOKAHEAD  &&
     *   strstart + s->lookahead <= input_size => more >= MIN_LOOKAHEAD.
     * Otherwise, window_size == 2*WSIZE so more >= 2.
     * If there was sliding, more >= WSIZE. So in all cases, more >= 2.
     */
    //Assert(more >= 2, "more < 2");
    n = read_buf(s.strm, s.window, s.strstart + s.lookahead, more);
    s.lookahead += n;

    /* Initialize the hash value now that we have some input: */
    if (!s.legacy_hash) {
      /* The 4-byte hash reads one extra byte, so it needs one more available. */
      if (s.lookahead + s.insert > MIN_MATCH) {
        str = s.strstart - s.insert;
        while (s.insert) {
          INSERT_STRING(s, str);
          str++;
          s.insert--;
          if (s.lookahead + s.insert <= MIN_MATCH) {
            break;
          }
        }
      }
    } else if (s.lookahead + s.insert >= MIN_MATCH) {
      str = s.strstart - s.insert;
      s.ins_h = s.window[str];

      /* UPDATE_HASH(s, s->ins_h, s->window[str + 1]); */
      s.ins_h = HASH(s, s.ins_h, s.window[str + 1]);
//#if MIN_MATCH != 3
//        Call update_hash() MIN_MATCH-3 more times
//#endif
      while (s.insert) {
        INSERT_STRING(s, str);
        str++;
        s.insert--;
        if (s.lookahead + s.insert < MIN_MATCH) {
          break;
        }
      }
    }
    /* If the whole input has less than MIN_MATCH bytes, ins_h is garbage,
     * but this is not important since only literal bytes will be emitted.
     */

  } while (s.lookahead < MIN_LOOKAHEAD && s.strm.avail_in !== 0);

  /* If the WIN_INIT bytes after the end of the current data have never been
   * written, then zero those bytes in order to avoid memory check reports of
   * the use of uninitialized (or uninitialised as Julian writes) bytes by
   * the longest match routines.  Update the high water mark for the next
   * time through here.  WIN_INIT is set to MAX_MATCH since the longest match
   * routines allow scanning to strstart + MAX_MATCH, ignoring lookahead.
   */
//  if (s.high_water < s.window_size) {
//    const curr = s.strstart + s.lookahead;
//    let init = 0;
//
//    if (s.high_water < curr) {
//      /* Previous high water mark below current data -- zero WIN_INIT
//       * bytes or up to end of window, whichever is less.
//       */
//      init = s.window_size - curr;
//      if (init > WIN_INIT)
//        init = WIN_INIT;
//      zmemzero(s->window + curr, (unsigned)init);
//      s->high_water = curr + init;
//    }
//    else if (s->high_water < (ulg)curr + WIN_INIT) {
//      /* High water mark at or above current data, but below current data
//       * plus WIN_INIT -- zero out to current data plus WIN_INIT, or up
//       * to end of window, whichever is less.
//       */
//      init = (ulg)curr + WIN_INIT - s->high_water;
//      if (init > s->window_size - s->high_water)
//        init = s->window_size - s->high_water;
//      zmemzero(s->window + s->high_water, (unsigned)init);
//      s->high_water += init;
//    }
//  }
//
//  Assert((ulg)s->strstart <= s->window_size - MIN_LOOKAHEAD,
//    "not enough room for search");
};

/* ===========================================================================
 * Copy without compression as much as possible from the input stream, return
 * the current block state.
 *
 * In case deflateParams() is used to later switch to a non-zero compression
 * level, s->matches (otherwise unused when storing) keeps track of the number
 * of hash table slides to perform. If s->matches is 1, then one hash table
 * slide will be done when switching. If s->matches is 2, the maximum value
 * allowed here, then the hash table will be cleared, since two or more slides
 * is the same as a clear.
 *
 * deflate_stored() is written to minimize the number of times an input byte is
 * copied. It is most efficient with large input and output buffers, which
 * maximizes the opportunites to have a single copy from next_in to next_out.
 */
const deflate_stored = (s, flush) => {

  /* Smallest worthy block size when not flushing or finishing. By default
   * this is 32K. This can be as small as 507 bytes for memLevel == 1. For
   * large input and output buffers, the stored block size will be larger.
   */
  let min_block = s.pending_buf_size - 5 > s.w_size ? s.w_size : s.pending_buf_size - 5;

  /* Copy as many min_block or larger stored blocks directly to next_out as
   * possible. If flushing, copy the remaining available input to next_out as
   * stored blocks, if there is enough space.
   */
  let len, left, have, last = 0;
  let used = s.strm.avail_in;
  do {
    /* Set len to the maximum size block that we can copy directly with the
     * available input data and output space. Set left to how much of that
     * would be copied from what's left in the window.
     */
    len = 65535/* MAX_STORED */;     /* maximum deflate stored block length */
    have = (s.bi_valid + 42) >> 3;     /* number of header bytes */
    if (s.strm.avail_out < have) {         /* need room for header */
      break;
    }
      /* maximum stored block length that will fit in avail_out: */
    have = s.strm.avail_out - have;
    left = s.strstart - s.block_start;  /* bytes left in window */
    if (len > left + s.strm.avail_in) {
      len = left + s.strm.avail_in;   /* limit len to the input */
    }
    if (len > have) {
      len = have;             /* limit len to the output */
    }

    /* If the stored block would be less than min_block in length, or if
     * unable to copy all of the available input when flushing, then try
     * copying to the window and the pending buffer instead. Also don't
     * write an empty block when flushing -- deflate() does that.
     */
    if (len < min_block && ((len === 0 && flush !== Z_FINISH$3) ||
                        flush === Z_NO_FLUSH$2 ||
                        len !== left + s.strm.avail_in)) {
      break;
    }

    /* Make a dummy stored block in pending to get the header bytes,
     * including any pending bits. This also updates the debugging counts.
     */
    last = flush === Z_FINISH$3 && len === left + s.strm.avail_in ? 1 : 0;
    _tr_stored_block(s, 0, 0, last);

    /* Replace the lengths in the dummy stored block with len. */
    s.pending_buf[s.pending - 4] = len;
    s.pending_buf[s.pending - 3] = len >> 8;
    s.pending_buf[s.pending - 2] = ~len;
    s.pending_buf[s.pending - 1] = ~len >> 8;

    /* Write the stored block header bytes. */
    flush_pending(s.strm);

//#ifdef ZLIB_DEBUG
//    /* Update debugging counts for the data about to be copied. */
//    s->compressed_len += len << 3;
//    s->bits_sent += len << 3;
//#endif

    /* Copy uncompressed bytes from the window to next_out. */
    if (left) {
      if (left > len) {
        left = len;
      }
      //zmemcpy(s->strm->next_out, s->window + s->block_start, left);
      s.strm.output.set(s.window.subarray(s.block_start, s.block_start + left), s.strm.next_out);
      s.strm.next_out += left;
      s.strm.avail_out -= left;
      s.strm.total_out += left;
      s.block_start += left;
      len -= left;
    }

    /* Copy uncompressed bytes directly from next_in to next_out, updating
     * the check value.
     */
    if (len) {
      read_buf(s.strm, s.strm.output, s.strm.next_out, len);
      s.strm.next_out += len;
      s.strm.avail_out -= len;
      s.strm.total_out += len;
    }
  } while (last === 0);

  /* Update the sliding window with the last s->w_size bytes of the copied
   * data, or append all of the copied data to the existing window if less
   * than s->w_size bytes were copied. Also update the number of bytes to
   * insert in the hash tables, in the event that deflateParams() switches to
   * a non-zero compression level.
   */
  used -= s.strm.avail_in;    /* number of input bytes directly copied */
  if (used) {
    /* If any input was used, then no unused input remains in the window,
     * therefore s->block_start == s->strstart.
     */
    if (used >= s.w_size) {  /* supplant the previous history */
      s.matches = 2;     /* clear hash */
      //zmemcpy(s->window, s->strm->next_in - s->w_size, s->w_size);
      s.window.set(s.strm.input.subarray(s.strm.next_in - s.w_size, s.strm.next_in), 0);
      s.strstart = s.w_size;
      s.insert = s.strstart;
    }
    else {
      if (s.window_size - s.strstart <= used) {
        /* Slide the window down. */
        s.strstart -= s.w_size;
        //zmemcpy(s->window, s->window + s->w_size, s->strstart);
        s.window.set(s.window.subarray(s.w_size, s.w_size + s.strstart), 0);
        if (s.matches < 2) {
          s.matches++;   /* add a pending slide_hash() */
        }
        if (s.insert > s.strstart) {
          s.insert = s.strstart;
        }
      }
      //zmemcpy(s->window + s->strstart, s->strm->next_in - used, used);
      s.window.set(s.strm.input.subarray(s.strm.next_in - used, s.strm.next_in), s.strstart);
      s.strstart += used;
      s.insert += used > s.w_size - s.insert ? s.w_size - s.insert : used;
    }
    s.block_start = s.strstart;
  }
  if (s.high_water < s.strstart) {
    s.high_water = s.strstart;
  }

  /* If the last block was written to next_out, then done. */
  if (last) {
    return BS_FINISH_DONE;
  }

  /* If flushing and all input has been consumed, then done. */
  if (flush !== Z_NO_FLUSH$2 && flush !== Z_FINISH$3 &&
    s.strm.avail_in === 0 && s.strstart === s.block_start) {
    return BS_BLOCK_DONE;
  }

  /* Fill the window with any remaining input. */
  have = s.window_size - s.strstart;
  if (s.strm.avail_in > have && s.block_start >= s.w_size) {
    /* Slide the window down. */
    s.block_start -= s.w_size;
    s.strstart -= s.w_size;
    //zmemcpy(s->window, s->window + s->w_size, s->strstart);
    s.window.set(s.window.subarray(s.w_size, s.w_size + s.strstart), 0);
    if (s.matches < 2) {
      s.matches++;       /* add a pending slide_hash() */
    }
    have += s.w_size;      /* more space now */
    if (s.insert > s.strstart) {
      s.insert = s.strstart;
    }
  }
  if (have > s.strm.avail_in) {
    have = s.strm.avail_in;
  }
  if (have) {
    read_buf(s.strm, s.window, s.strstart, have);
    s.strstart += have;
    s.insert += have > s.w_size - s.insert ? s.w_size - s.insert : have;
  }
  if (s.high_water < s.strstart) {
    s.high_water = s.strstart;
  }

  /* There was not enough avail_out to write a complete worthy or flushed
   * stored block to next_out. Write a stored block to pending instead, if we
   * have enough input for a worthy block, or if flushing and there is enough
   * room for the remaining input as a stored block in the pending buffer.
   */
  have = (s.bi_valid + 42) >> 3;     /* number of header bytes */
    /* maximum stored block length that will fit in pending: */
  have = s.pending_buf_size - have > 65535/* MAX_STORED */ ? 65535/* MAX_STORED */ : s.pending_buf_size - have;
  min_block = have > s.w_size ? s.w_size : have;
  left = s.strstart - s.block_start;
  if (left >= min_block ||
     ((left || flush === Z_FINISH$3) && flush !== Z_NO_FLUSH$2 &&
     s.strm.avail_in === 0 && left <= have)) {
    len = left > have ? have : left;
    last = flush === Z_FINISH$3 && s.strm.avail_in === 0 &&
         len === left ? 1 : 0;
    _tr_stored_block(s, s.block_start, len, last);
    s.block_start += len;
    flush_pending(s.strm);
  }

  /* We've done all we can with the available input and output. */
  return last ? BS_FINISH_STARTED : BS_NEED_MORE;
};


/* ===========================================================================
 * Compress as much as possible from the input stream, return the current
 * block state.
 * This function does not perform lazy evaluation of matches and inserts
 * new strings in the dictionary only for unmatched strings or for short
 * matches. It is used only for the fast compression options.
 */
const deflate_fast = (s, flush) => {

  let hash_head;        /* head of the hash chain */
  let bflush;           /* set if current block must be flushed */

  for (;;) {
    /* Make sure that we always have enough lookahead, except
     * at the end of the input file. We need MAX_MATCH bytes
     * for the next match, plus MIN_MATCH bytes to insert the
     * string following the next match.
     */
    if (s.lookahead < MIN_LOOKAHEAD) {
      fill_window(s);
      if (s.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH$2) {
        return BS_NEED_MORE;
      }
      if (s.lookahead === 0) {
        break; /* flush the current block */
      }
    }

    /* Insert the string window[strstart .. strstart+2] in the
     * dictionary, and set hash_head to the head of the hash chain:
     */
    hash_head = 0/*NIL*/;
    if (s.lookahead >= MIN_MATCH) {
      hash_head = INSERT_STRING(s, s.strstart);
    }

    /* Find the longest match, discarding those <= prev_length.
     * At this point we have always match_length < MIN_MATCH
     */
    if (hash_head !== 0/*NIL*/ && ((s.strstart - hash_head) <= (s.w_size - MIN_LOOKAHEAD))) {
      /* To simplify the code, we prevent matches with the string
       * of window index 0 (in particular we have to avoid a match
       * of the string with itself at the start of the input file).
       */
      s.match_length = longest_match(s, hash_head);
      /* longest_match() sets match_start */
    }
    if (s.match_length >= MIN_MATCH) {
      // check_match(s, s.strstart, s.match_start, s.match_length); // for debug only

      /*** _tr_tally_dist(s, s.strstart - s.match_start,
                     s.match_length - MIN_MATCH, bflush); ***/
      bflush = _tr_tally(s, s.strstart - s.match_start, s.match_length - MIN_MATCH);

      s.lookahead -= s.match_length;

      /* Insert new strings in the hash table only if the match length
       * is not too large. This saves time but degrades compression.
       */
      if (s.match_length <= s.max_lazy_match/*max_insert_length*/ && s.lookahead >= MIN_MATCH) {
        s.match_length--; /* string at strstart already in table */
        do {
          s.strstart++;
          hash_head = INSERT_STRING(s, s.strstart);
          /* strstart never exceeds WSIZE-MAX_MATCH, so there are
           * always MIN_MATCH bytes ahead.
           */
        } while (--s.match_length !== 0);
        s.strstart++;
      } else
      {
        s.strstart += s.match_length;
        s.match_length = 0;
        if (s.legacy_hash) {
          s.ins_h = s.window[s.strstart];
          /* UPDATE_HASH(s, s.ins_h, s.window[s.strstart+1]); */
          s.ins_h = HASH(s, s.ins_h, s.window[s.strstart + 1]);

//#if MIN_MATCH != 3
//                Call UPDATE_HASH() MIN_MATCH-3 more times
//#endif
          /* If lookahead < MIN_MATCH, ins_h is garbage, but it does not
           * matter since it will be recomputed at next deflate call.
           */
        }
      }
    } else {
      /* No match, output a literal byte */
      //Tracevv((stderr,"%c", s.window[s.strstart]));
      /*** _tr_tally_lit(s, s.window[s.strstart], bflush); ***/
      bflush = _tr_tally(s, 0, s.window[s.strstart]);

      s.lookahead--;
      s.strstart++;
    }
    if (bflush) {
      /*** FLUSH_BLOCK(s, 0); ***/
      flush_block_only(s, false);
      if (s.strm.avail_out === 0) {
        return BS_NEED_MORE;
      }
      /***/
    }
  }
  s.insert = ((s.strstart < (MIN_MATCH - 1)) ? s.strstart : MIN_MATCH - 1);
  if (flush === Z_FINISH$3) {
    /*** FLUSH_BLOCK(s, 1); ***/
    flush_block_only(s, true);
    if (s.strm.avail_out === 0) {
      return BS_FINISH_STARTED;
    }
    /***/
    return BS_FINISH_DONE;
  }
  if (s.sym_next) {
    /*** FLUSH_BLOCK(s, 0); ***/
    flush_block_only(s, false);
    if (s.strm.avail_out === 0) {
      return BS_NEED_MORE;
    }
    /***/
  }
  return BS_BLOCK_DONE;
};

/* ===========================================================================
 * Same as above, but achieves better compression. We use a lazy
 * evaluation for matches: a match is finally adopted only if there is
 * no better match at the next window position.
 */
const deflate_slow = (s, flush) => {

  let hash_head;          /* head of hash chain */
  let bflush;              /* set if current block must be flushed */

  let max_insert;

  /* Process the input block. */
  for (;;) {
    /* Make sure that we always have enough lookahead, except
     * at the end of the input file. We need MAX_MATCH bytes
     * for the next match, plus MIN_MATCH bytes to insert the
     * string following the next match.
     */
    if (s.lookahead < MIN_LOOKAHEAD) {
      fill_window(s);
      if (s.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH$2) {
        return BS_NEED_MORE;
      }
      if (s.lookahead === 0) { break; } /* flush the current block */
    }

    /* Insert the string window[strstart .. strstart+2] in the
     * dictionary, and set hash_head to the head of the hash chain:
     */
    hash_head = 0/*NIL*/;
    if (s.lookahead >= MIN_MATCH) {
      hash_head = INSERT_STRING(s, s.strstart);
    }

    /* Find the longest match, discarding those <= prev_length.
     */
    s.prev_length = s.match_length;
    s.prev_match = s.match_start;
    s.match_length = MIN_MATCH - 1;

    if (hash_head !== 0/*NIL*/ && s.prev_length < s.max_lazy_match &&
        s.strstart - hash_head <= (s.w_size - MIN_LOOKAHEAD)/*MAX_DIST(s)*/) {
      /* To simplify the code, we prevent matches with the string
       * of window index 0 (in particular we have to avoid a match
       * of the string with itself at the start of the input file).
       */
      s.match_length = longest_match(s, hash_head);
      /* longest_match() sets match_start */

      if (s.match_length <= 5 &&
         (s.strategy === Z_FILTERED || (s.match_length === MIN_MATCH && s.strstart - s.match_start > 4096/*TOO_FAR*/))) {

        /* If prev_match is also MIN_MATCH, match_start is garbage
         * but we will ignore the current match anyway.
         */
        s.match_length = MIN_MATCH - 1;
      }
    }
    /* If there was a match at the previous step and the current
     * match is not better, output the previous match:
     */
    if (s.prev_length >= MIN_MATCH && s.match_length <= s.prev_length) {
      max_insert = s.strstart + s.lookahead - MIN_MATCH;
      /* Do not insert strings in hash table beyond this. */

      //check_match(s, s.strstart-1, s.prev_match, s.prev_length);

      /***_tr_tally_dist(s, s.strstart - 1 - s.prev_match,
                     s.prev_length - MIN_MATCH, bflush);***/
      bflush = _tr_tally(s, s.strstart - 1 - s.prev_match, s.prev_length - MIN_MATCH);
      /* Insert in hash table all strings up to the end of the match.
       * strstart-1 and strstart are already inserted. If there is not
       * enough lookahead, the last two strings are not inserted in
       * the hash table.
       */
      s.lookahead -= s.prev_length - 1;
      s.prev_length -= 2;
      do {
        if (++s.strstart <= max_insert) {
          hash_head = INSERT_STRING(s, s.strstart);
        }
      } while (--s.prev_length !== 0);
      s.match_available = 0;
      s.match_length = MIN_MATCH - 1;
      s.strstart++;

      if (bflush) {
        /*** FLUSH_BLOCK(s, 0); ***/
        flush_block_only(s, false);
        if (s.strm.avail_out === 0) {
          return BS_NEED_MORE;
        }
        /***/
      }

    } else if (s.match_available) {
      /* If there was no match at the previous position, output a
       * single literal. If there was a match but the current match
       * is longer, truncate the previous match to a single literal.
       */
      //Tracevv((stderr,"%c", s->window[s->strstart-1]));
      /*** _tr_tally_lit(s, s.window[s.strstart-1], bflush); ***/
      bflush = _tr_tally(s, 0, s.window[s.strstart - 1]);

      if (bflush) {
        /*** FLUSH_BLOCK_ONLY(s, 0) ***/
        flush_block_only(s, false);
        /***/
      }
      s.strstart++;
      s.lookahead--;
      if (s.strm.avail_out === 0) {
        return BS_NEED_MORE;
      }
    } else {
      /* There is no previous match to compare with, wait for
       * the next step to decide.
       */
      s.match_available = 1;
      s.strstart++;
      s.lookahead--;
    }
  }
  //Assert (flush != Z_NO_FLUSH, "no flush?");
  if (s.match_available) {
    //Tracevv((stderr,"%c", s->window[s->strstart-1]));
    /*** _tr_tally_lit(s, s.window[s.strstart-1], bflush); ***/
    bflush = _tr_tally(s, 0, s.window[s.strstart - 1]);

    s.match_available = 0;
  }
  s.insert = s.strstart < MIN_MATCH - 1 ? s.strstart : MIN_MATCH - 1;
  if (flush === Z_FINISH$3) {
    /*** FLUSH_BLOCK(s, 1); ***/
    flush_block_only(s, true);
    if (s.strm.avail_out === 0) {
      return BS_FINISH_STARTED;
    }
    /***/
    return BS_FINISH_DONE;
  }
  if (s.sym_next) {
    /*** FLUSH_BLOCK(s, 0); ***/
    flush_block_only(s, false);
    if (s.strm.avail_out === 0) {
      return BS_NEED_MORE;
    }
    /***/
  }

  return BS_BLOCK_DONE;
};


/* ===========================================================================
 * For Z_RLE, simply look for runs of bytes, generate matches only of distance
 * one.  Do not maintain a hash table.  (It will be regenerated if this run of
 * deflate switches away from Z_RLE.)
 */
const deflate_rle = (s, flush) => {

  let bflush;            /* set if current block must be flushed */
  let prev;              /* byte at distance one to match */
  let scan, strend;      /* scan goes up to strend for length of run */

  const _win = s.window;

  for (;;) {
    /* Make sure that we always have enough lookahead, except
     * at the end of the input file. We need MAX_MATCH bytes
     * for the longest run, plus one for the unrolled loop.
     */
    if (s.lookahead <= MAX_MATCH) {
      fill_window(s);
      if (s.lookahead <= MAX_MATCH && flush === Z_NO_FLUSH$2) {
        return BS_NEED_MORE;
      }
      if (s.lookahead === 0) { break; } /* flush the current block */
    }

    /* See how many times the previous byte repeats */
    s.match_length = 0;
    if (s.lookahead >= MIN_MATCH && s.strstart > 0) {
      scan = s.strstart - 1;
      prev = _win[scan];
      if (prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan]) {
        strend = s.strstart + MAX_MATCH;
        do {
          /*jshint noempty:false*/
        } while (prev === _win[++scan] && prev === _win[++scan] &&
                 prev === _win[++scan] && prev === _win[++scan] &&
                 prev === _win[++scan] && prev === _win[++scan] &&
                 prev === _win[++scan] && prev === _win[++scan] &&
                 scan < strend);
        s.match_length = MAX_MATCH - (strend - scan);
        if (s.match_length > s.lookahead) {
          s.match_length = s.lookahead;
        }
      }
      //Assert(scan <= s->window+(uInt)(s->window_size-1), "wild scan");
    }

    /* Emit match if have run of MIN_MATCH or longer, else emit literal */
    if (s.match_length >= MIN_MATCH) {
      //check_match(s, s.strstart, s.strstart - 1, s.match_length);

      /*** _tr_tally_dist(s, 1, s.match_length - MIN_MATCH, bflush); ***/
      bflush = _tr_tally(s, 1, s.match_length - MIN_MATCH);

      s.lookahead -= s.match_length;
      s.strstart += s.match_length;
      s.match_length = 0;
    } else {
      /* No match, output a literal byte */
      //Tracevv((stderr,"%c", s->window[s->strstart]));
      /*** _tr_tally_lit(s, s.window[s.strstart], bflush); ***/
      bflush = _tr_tally(s, 0, s.window[s.strstart]);

      s.lookahead--;
      s.strstart++;
    }
    if (bflush) {
      /*** FLUSH_BLOCK(s, 0); ***/
      flush_block_only(s, false);
      if (s.strm.avail_out === 0) {
        return BS_NEED_MORE;
      }
      /***/
    }
  }
  s.insert = 0;
  if (flush === Z_FINISH$3) {
    /*** FLUSH_BLOCK(s, 1); ***/
    flush_block_only(s, true);
    if (s.strm.avail_out === 0) {
      return BS_FINISH_STARTED;
    }
    /***/
    return BS_FINISH_DONE;
  }
  if (s.sym_next) {
    /*** FLUSH_BLOCK(s, 0); ***/
    flush_block_only(s, false);
    if (s.strm.avail_out === 0) {
      return BS_NEED_MORE;
    }
    /***/
  }
  return BS_BLOCK_DONE;
};

/* ===========================================================================
 * For Z_HUFFMAN_ONLY, do not look for matches.  Do not maintain a hash table.
 * (It will be regenerated if this run of deflate switches away from Huffman.)
 */
const deflate_huff = (s, flush) => {

  let bflush;             /* set if current block must be flushed */

  for (;;) {
    /* Make sure that we have a literal to write. */
    if (s.lookahead === 0) {
      fill_window(s);
      if (s.lookahead === 0) {
        if (flush === Z_NO_FLUSH$2) {
          return BS_NEED_MORE;
        }
        break;      /* flush the current block */
      }
    }

    /* Output a literal byte */
    s.match_length = 0;
    //Tracevv((stderr,"%c", s->window[s->strstart]));
    /*** _tr_tally_lit(s, s.window[s.strstart], bflush); ***/
    bflush = _tr_tally(s, 0, s.window[s.strstart]);
    s.lookahead--;
    s.strstart++;
    if (bflush) {
      /*** FLUSH_BLOCK(s, 0); ***/
      flush_block_only(s, false);
      if (s.strm.avail_out === 0) {
        return BS_NEED_MORE;
      }
      /***/
    }
  }
  s.insert = 0;
  if (flush === Z_FINISH$3) {
    /*** FLUSH_BLOCK(s, 1); ***/
    flush_block_only(s, true);
    if (s.strm.avail_out === 0) {
      return BS_FINISH_STARTED;
    }
    /***/
    return BS_FINISH_DONE;
  }
  if (s.sym_next) {
    /*** FLUSH_BLOCK(s, 0); ***/
    flush_block_only(s, false);
    if (s.strm.avail_out === 0) {
      return BS_NEED_MORE;
    }
    /***/
  }
  return BS_BLOCK_DONE;
};

/* Values for max_lazy_match, good_match and max_chain_length, depending on
 * the desired pack level (0..9). The values given below have been tuned to
 * exclude worst case performance for pathological files. Better values may be
 * found for specific files.
 */
function Config(good_length, max_lazy, nice_length, max_chain, func) {

  this.good_length = good_length;
  this.max_lazy = max_lazy;
  this.nice_length = nice_length;
  this.max_chain = max_chain;
  this.func = func;
}

const configuration_table = [
  /*      good lazy nice chain */
  new Config(0, 0, 0, 0, deflate_stored),          /* 0 store only */
  new Config(4, 4, 8, 4, deflate_fast),            /* 1 max speed, no lazy matches */
  new Config(4, 5, 16, 8, deflate_fast),           /* 2 */
  new Config(4, 6, 32, 32, deflate_fast),          /* 3 */

  new Config(4, 4, 16, 16, deflate_slow),          /* 4 lazy matches */
  new Config(8, 16, 32, 32, deflate_slow),         /* 5 */
  new Config(8, 16, 128, 128, deflate_slow),       /* 6 */
  new Config(8, 32, 128, 256, deflate_slow),       /* 7 */
  new Config(32, 128, 258, 1024, deflate_slow),    /* 8 */
  new Config(32, 258, 258, 4096, deflate_slow)     /* 9 max compression */
];


/* ===========================================================================
 * Initialize the "longest match" routines for a new zlib stream
 */
const lm_init = (s) => {

  s.window_size = 2 * s.w_size;

  /*** CLEAR_HASH(s); ***/
  zero(s.head); // Fill with NIL (= 0);

  /* Set the default configuration parameters:
   */
  s.max_lazy_match = configuration_table[s.level].max_lazy;
  s.good_match = configuration_table[s.level].good_length;
  s.nice_match = configuration_table[s.level].nice_length;
  s.max_chain_length = configuration_table[s.level].max_chain;

  s.strstart = 0;
  s.block_start = 0;
  s.lookahead = 0;
  s.insert = 0;
  s.match_length = s.prev_length = MIN_MATCH - 1;
  s.match_available = 0;
  s.ins_h = 0;
};


function DeflateState() {
  this.strm = null;            /* pointer back to this zlib stream */
  this.status = 0;            /* as the name implies */
  this.pending_buf = null;      /* output still pending */
  this.pending_buf_size = 0;  /* size of pending_buf */
  this.pending_out = 0;       /* next pending byte to output to the stream */
  this.pending = 0;           /* nb of bytes in the pending buffer */
  this.wrap = 0;              /* bit 0 true for zlib, bit 1 true for gzip */
  this.gzhead = null;         /* gzip header information to write */
  this.gzindex = 0;           /* where in extra, name, or comment */
  this.method = Z_DEFLATED$2; /* can only be DEFLATED */
  this.last_flush = -1;   /* value of flush param for previous deflate call */

  this.w_size = 0;  /* LZ77 window size (32K by default) */
  this.w_bits = 0;  /* log2(w_size)  (8..16) */
  this.w_mask = 0;  /* w_size - 1 */

  this.window = null;
  /* Sliding window. Input bytes are read into the second half of the window,
   * and move to the first half later to keep a dictionary of at least wSize
   * bytes. With this organization, matches are limited to a distance of
   * wSize-MAX_MATCH bytes, but this ensures that IO is always
   * performed with a length multiple of the block size.
   */

  this.window_size = 0;
  /* Actual size of window: 2*wSize, except when the user input buffer
   * is directly used as sliding window.
   */

  this.prev = null;
  /* Link to older string with same hash index. To limit the size of this
   * array to 64K, this link is maintained only for the last 32K strings.
   * An index in this array is thus a window index modulo 32K.
   */

  this.head = null;   /* Heads of the hash chains or NIL. */

  this.ins_h = 0;       /* hash index of string to be inserted */
  this.legacy_hash = 0; /* use classic zlib hash instead of default ANZAC++ */
  this.hash_size = 0;   /* number of elements in hash table */
  this.hash_bits = 0;   /* log2(hash_size) */
  this.hash_mask = 0;   /* hash_size-1 */

  this.hash_shift = 0;
  /* Number of bits by which ins_h must be shifted at each input
   * step. It must be such that after MIN_MATCH steps, the oldest
   * byte no longer takes part in the hash key, that is:
   *   hash_shift * MIN_MATCH >= hash_bits
   */

  this.block_start = 0;
  /* Window position at the beginning of the current output block. Gets
   * negative when the window is moved backwards.
   */

  this.match_length = 0;      /* length of best match */
  this.prev_match = 0;        /* previous match */
  this.match_available = 0;   /* set if previous match exists */
  this.strstart = 0;          /* start of string to insert */
  this.match_start = 0;       /* start of matching string */
  this.lookahead = 0;         /* number of valid bytes ahead in window */

  this.prev_length = 0;
  /* Length of the best match at previous step. Matches not greater than this
   * are discarded. This is used in the lazy match evaluation.
   */

  this.max_chain_length = 0;
  /* To speed up deflation, hash chains are never searched beyond this
   * length.  A higher limit improves compression ratio but degrades the
   * speed.
   */

  this.max_lazy_match = 0;
  /* Attempt to find a better match only when the current match is strictly
   * smaller than this value. This mechanism is used only for compression
   * levels >= 4.
   */
  // That's alias to max_lazy_match, don't use directly
  //this.max_insert_length = 0;
  /* Insert new strings in the hash table only if the match length is not
   * greater than this length. This saves time but degrades compression.
   * max_insert_length is used only for compression levels <= 3.
   */

  this.level = 0;     /* compression level (1..9) */
  this.strategy = 0;  /* favor or force Huffman coding*/

  this.good_match = 0;
  /* Use a faster search when the previous match is longer than this */

  this.nice_match = 0; /* Stop searching when current match exceeds this */

              /* used by trees.c: */

  /* Didn't use ct_data typedef below to suppress compiler warning */

  // struct ct_data_s dyn_ltree[HEAP_SIZE];   /* literal and length tree */
  // struct ct_data_s dyn_dtree[2*D_CODES+1]; /* distance tree */
  // struct ct_data_s bl_tree[2*BL_CODES+1];  /* Huffman tree for bit lengths */

  // Use flat array of DOUBLE size, with interleaved fata,
  // because JS does not support effective
  this.dyn_ltree  = new Uint16Array(HEAP_SIZE * 2);
  this.dyn_dtree  = new Uint16Array((2 * D_CODES + 1) * 2);
  this.bl_tree    = new Uint16Array((2 * BL_CODES + 1) * 2);
  zero(this.dyn_ltree);
  zero(this.dyn_dtree);
  zero(this.bl_tree);

  this.l_desc   = null;         /* desc. for literal tree */
  this.d_desc   = null;         /* desc. for distance tree */
  this.bl_desc  = null;         /* desc. for bit length tree */

  //ush bl_count[MAX_BITS+1];
  this.bl_count = new Uint16Array(MAX_BITS + 1);
  /* number of codes at each bit length for an optimal tree */

  //int heap[2*L_CODES+1];      /* heap used to build the Huffman trees */
  this.heap = new Uint16Array(2 * L_CODES + 1);  /* heap used to build the Huffman trees */
  zero(this.heap);

  this.heap_len = 0;               /* number of elements in the heap */
  this.heap_max = 0;               /* element of largest frequency */
  /* The sons of heap[n] are heap[2*n] and heap[2*n+1]. heap[0] is not used.
   * The same heap array is used to build all trees.
   */

  this.depth = new Uint16Array(2 * L_CODES + 1); //uch depth[2*L_CODES+1];
  zero(this.depth);
  /* Depth of each subtree used as tie breaker for trees of equal frequency
   */

  this.sym_buf = 0;        /* buffer for distances and literals/lengths */

  this.lit_bufsize = 0;
  /* Size of match buffer for literals/lengths.  There are 4 reasons for
   * limiting lit_bufsize to 64K:
   *   - frequencies can be kept in 16 bit counters
   *   - if compression is not successful for the first block, all input
   *     data is still in the window so we can still emit a stored block even
   *     when input comes from standard input.  (This can also be done for
   *     all blocks if lit_bufsize is not greater than 32K.)
   *   - if compression is not successful for a file smaller than 64K, we can
   *     even emit a stored file instead of a stored block (saving 5 bytes).
   *     This is applicable only for zip (not gzip or zlib).
   *   - creating new Huffman trees less frequently may not provide fast
   *     adaptation to changes in the input data statistics. (Take for
   *     example a binary file with poorly compressible code followed by
   *     a highly compressible string table.) Smaller buffer sizes give
   *     fast adaptation but have of course the overhead of transmitting
   *     trees more frequently.
   *   - I can't count above 4
   */

  this.sym_next = 0;      /* running index in sym_buf */
  this.sym_end = 0;       /* symbol table full when sym_next reaches this */

  this.opt_len = 0;       /* bit length of current block with optimal trees */
  this.static_len = 0;    /* bit length of current block with static trees */
  this.matches = 0;       /* number of string matches in current block */
  this.insert = 0;        /* bytes at end of window left to insert */


  this.bi_buf = 0;
  /* Output buffer. bits are inserted starting at the bottom (least
   * significant bits).
   */
  this.bi_valid = 0;
  /* Number of valid bits in bi_buf.  All bits above the last valid bit
   * are always zero.
   */

  // Used for window memory init. We safely ignore it for JS. That makes
  // sense only for pointers and memory check tools.
  //this.high_water = 0;
  /* High water mark offset in window for initialized bytes -- bytes above
   * this are set to zero in order to avoid memory check warnings when
   * longest match routines access bytes past the input.  This is then
   * updated to the new high water mark.
   */
}


/* =========================================================================
 * Check for a valid deflate stream state. Return 0 if ok, 1 if not.
 */
const deflateStateCheck = (strm) => {

  if (!strm) {
    return 1;
  }
  const s = strm.state;
  if (!s || s.strm !== strm || (s.status !== INIT_STATE &&
//#ifdef GZIP
                                s.status !== GZIP_STATE &&
//#endif
                                s.status !== EXTRA_STATE &&
                                s.status !== NAME_STATE &&
                                s.status !== COMMENT_STATE &&
                                s.status !== HCRC_STATE &&
                                s.status !== BUSY_STATE &&
                                s.status !== FINISH_STATE)) {
    return 1;
  }
  return 0;
};


const deflateResetKeep = (strm) => {

  if (deflateStateCheck(strm)) {
    return err(strm, Z_STREAM_ERROR$2);
  }

  strm.total_in = strm.total_out = 0;
  strm.data_type = Z_UNKNOWN;

  const s = strm.state;
  s.pending = 0;
  s.pending_out = 0;

  if (s.wrap < 0) {
    s.wrap = -s.wrap;
    /* was made negative by deflate(..., Z_FINISH); */
  }
  s.status =
//#ifdef GZIP
    s.wrap === 2 ? GZIP_STATE :
//#endif
    s.wrap ? INIT_STATE : BUSY_STATE;
  strm.adler = (s.wrap === 2) ?
    0  // crc32(0, Z_NULL, 0)
  :
    1; // adler32(0, Z_NULL, 0)
  s.last_flush = -2;
  _tr_init(s);
  return Z_OK$3;
};


const deflateReset = (strm) => {

  const ret = deflateResetKeep(strm);
  if (ret === Z_OK$3) {
    lm_init(strm.state);
  }
  return ret;
};


const deflateSetHeader = (strm, head) => {

  if (deflateStateCheck(strm) || strm.state.wrap !== 2) {
    return Z_STREAM_ERROR$2;
  }
  strm.state.gzhead = head;
  return Z_OK$3;
};


const deflateInit2 = (strm, level, method, windowBits, memLevel, strategy, legacyHash) => {

  if (!strm) { // === Z_NULL
    return Z_STREAM_ERROR$2;
  }
  let wrap = 1;

  if (level === Z_DEFAULT_COMPRESSION$1) {
    level = 6;
  }

  if (windowBits < 0) { /* suppress zlib wrapper */
    wrap = 0;
    windowBits = -windowBits;
  }

  else if (windowBits > 15) {
    wrap = 2;           /* write gzip wrapper instead */
    windowBits -= 16;
  }


  if (memLevel < 1 || memLevel > MAX_MEM_LEVEL || method !== Z_DEFLATED$2 ||
    windowBits < 8 || windowBits > 15 || level < 0 || level > 9 ||
    strategy < 0 || strategy > Z_FIXED || (windowBits === 8 && wrap !== 1)) {
    return err(strm, Z_STREAM_ERROR$2);
  }


  if (windowBits === 8) {
    windowBits = 9;
  }
  /* until 256-byte window bug fixed */

  const s = new DeflateState();

  strm.state = s;
  s.strm = strm;
  s.status = INIT_STATE;     /* to pass state test in deflateReset() */

  s.wrap = wrap;
  s.gzhead = null;
  s.w_bits = windowBits;
  s.w_size = 1 << s.w_bits;
  s.w_mask = s.w_size - 1;

  s.legacy_hash = legacyHash ? 1 : 0;

  s.hash_bits = memLevel + 7;
  /* ANZAC++ hash needs >= 15 hash bits to span its 4 read bytes. */
  if (!s.legacy_hash && s.hash_bits < 15) {
    s.hash_bits = 15;
  }
  s.hash_size = 1 << s.hash_bits;
  s.hash_mask = s.hash_size - 1;
  s.hash_shift = ~~((s.hash_bits + MIN_MATCH - 1) / MIN_MATCH);

  s.window = new Uint8Array(s.w_size * 2);
  s.head = new Uint16Array(s.hash_size);
  s.prev = new Uint16Array(s.w_size);

  // Don't need mem init magic for JS.
  //s.high_water = 0;  /* nothing written to s->window yet */

  s.lit_bufsize = 1 << (memLevel + 6); /* 16K elements by default */

  /* We overlay pending_buf and sym_buf. This works since the average size
   * for length/distance pairs over any compressed block is assured to be 31
   * bits or less.
   *
   * Analysis: The longest fixed codes are a length code of 8 bits plus 5
   * extra bits, for lengths 131 to 257. The longest fixed distance codes are
   * 5 bits plus 13 extra bits, for distances 16385 to 32768. The longest
   * possible fixed-codes length/distance pair is then 31 bits total.
   *
   * sym_buf starts one-fourth of the way into pending_buf. So there are
   * three bytes in sym_buf for every four bytes in pending_buf. Each symbol
   * in sym_buf is three bytes -- two for the distance and one for the
   * literal/length. As each symbol is consumed, the pointer to the next
   * sym_buf value to read moves forward three bytes. From that symbol, up to
   * 31 bits are written to pending_buf. The closest the written pending_buf
   * bits gets to the next sym_buf symbol to read is just before the last
   * code is written. At that time, 31*(n-2) bits have been written, just
   * after 24*(n-2) bits have been consumed from sym_buf. sym_buf starts at
   * 8*n bits into pending_buf. (Note that the symbol buffer fills when n-1
   * symbols are written.) The closest the writing gets to what is unread is
   * then n+14 bits. Here n is lit_bufsize, which is 16384 by default, and
   * can range from 128 to 32768.
   *
   * Therefore, at a minimum, there are 142 bits of space between what is
   * written and what is read in the overlain buffers, so the symbols cannot
   * be overwritten by the compressed data. That space is actually 139 bits,
   * due to the three-bit fixed-code block header.
   *
   * That covers the case where either Z_FIXED is specified, forcing fixed
   * codes, or when the use of fixed codes is chosen, because that choice
   * results in a smaller compressed block than dynamic codes. That latter
   * condition then assures that the above analysis also covers all dynamic
   * blocks. A dynamic-code block will only be chosen to be emitted if it has
   * fewer bits than a fixed-code block would for the same set of symbols.
   * Therefore its average symbol length is assured to be less than 31. So
   * the compressed data for a dynamic block also cannot overwrite the
   * symbols from which it is being constructed.
   */

  s.pending_buf_size = s.lit_bufsize * 4;
  s.pending_buf = new Uint8Array(s.pending_buf_size);

  // It is offset from `s.pending_buf` (size is `s.lit_bufsize * 2`)
  //s->sym_buf = s->pending_buf + s->lit_bufsize;
  s.sym_buf = s.lit_bufsize;

  //s->sym_end = (s->lit_bufsize - 1) * 3;
  s.sym_end = (s.lit_bufsize - 1) * 3;
  /* We avoid equality with lit_bufsize*3 because of wraparound at 64K
   * on 16 bit machines and because stored blocks are restricted to
   * 64K-1 bytes.
   */

  s.level = level;
  s.strategy = strategy;
  s.method = method;

  return deflateReset(strm);
};

const deflateInit = (strm, level) => {

  return deflateInit2(strm, level, Z_DEFLATED$2, MAX_WBITS$1, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY$1);
};


/* ========================================================================= */
const deflate$2 = (strm, flush) => {

  if (deflateStateCheck(strm) || flush > Z_BLOCK$1 || flush < 0) {
    return strm ? err(strm, Z_STREAM_ERROR$2) : Z_STREAM_ERROR$2;
  }

  const s = strm.state;

  if (!strm.output ||
      (strm.avail_in !== 0 && !strm.input) ||
      (s.status === FINISH_STATE && flush !== Z_FINISH$3)) {
    return err(strm, (strm.avail_out === 0) ? Z_BUF_ERROR$2 : Z_STREAM_ERROR$2);
  }

  const old_flush = s.last_flush;
  s.last_flush = flush;

  /* Flush as much pending output as possible */
  if (s.pending !== 0) {
    flush_pending(strm);
    if (strm.avail_out === 0) {
      /* Since avail_out is 0, deflate will be called again with
       * more output space, but possibly with both pending and
       * avail_in equal to zero. There won't be anything to do,
       * but this is not an error situation so make sure we
       * return OK instead of BUF_ERROR at next call of deflate:
       */
      s.last_flush = -1;
      return Z_OK$3;
    }

    /* Make sure there is something to do and avoid duplicate consecutive
     * flushes. For repeated and useless calls with Z_FINISH, we keep
     * returning Z_STREAM_END instead of Z_BUF_ERROR.
     */
  } else if (strm.avail_in === 0 && rank(flush) <= rank(old_flush) &&
    flush !== Z_FINISH$3) {
    return err(strm, Z_BUF_ERROR$2);
  }

  /* User must not provide more input after the first FINISH: */
  if (s.status === FINISH_STATE && strm.avail_in !== 0) {
    return err(strm, Z_BUF_ERROR$2);
  }

  /* Write the header */
  if (s.status === INIT_STATE && s.wrap === 0) {
    s.status = BUSY_STATE;
  }
  if (s.status === INIT_STATE) {
    /* zlib header */
    let header = (Z_DEFLATED$2 + ((s.w_bits - 8) << 4)) << 8;
    let level_flags = -1;

    if (s.strategy >= Z_HUFFMAN_ONLY || s.level < 2) {
      level_flags = 0;
    } else if (s.level < 6) {
      level_flags = 1;
    } else if (s.level === 6) {
      level_flags = 2;
    } else {
      level_flags = 3;
    }
    header |= (level_flags << 6);
    if (s.strstart !== 0) { header |= PRESET_DICT; }
    header += 31 - (header % 31);

    putShortMSB(s, header);

    /* Save the adler32 of the preset dictionary: */
    if (s.strstart !== 0) {
      putShortMSB(s, strm.adler >>> 16);
      putShortMSB(s, strm.adler & 0xffff);
    }
    strm.adler = 1; // adler32(0L, Z_NULL, 0);
    s.status = BUSY_STATE;

    /* Compression must start with an empty pending buffer */
    flush_pending(strm);
    if (s.pending !== 0) {
      s.last_flush = -1;
      return Z_OK$3;
    }
  }
//#ifdef GZIP
  if (s.status === GZIP_STATE) {
    /* gzip header */
    strm.adler = 0;  //crc32(0L, Z_NULL, 0);
    put_byte(s, 31);
    put_byte(s, 139);
    put_byte(s, 8);
    if (!s.gzhead) { // s->gzhead == Z_NULL
      put_byte(s, 0);
      put_byte(s, 0);
      put_byte(s, 0);
      put_byte(s, 0);
      put_byte(s, 0);
      put_byte(s, s.level === 9 ? 2 :
                  (s.strategy >= Z_HUFFMAN_ONLY || s.level < 2 ?
                   4 : 0));
      put_byte(s, OS_CODE);
      s.status = BUSY_STATE;

      /* Compression must start with an empty pending buffer */
      flush_pending(strm);
      if (s.pending !== 0) {
        s.last_flush = -1;
        return Z_OK$3;
      }
    }
    else {
      put_byte(s, (s.gzhead.text ? 1 : 0) +
                  (s.gzhead.hcrc ? 2 : 0) +
                  (!s.gzhead.extra ? 0 : 4) +
                  (!s.gzhead.name ? 0 : 8) +
                  (!s.gzhead.comment ? 0 : 16)
      );
      put_byte(s, s.gzhead.time & 0xff);
      put_byte(s, (s.gzhead.time >> 8) & 0xff);
      put_byte(s, (s.gzhead.time >> 16) & 0xff);
      put_byte(s, (s.gzhead.time >> 24) & 0xff);
      put_byte(s, s.level === 9 ? 2 :
                  (s.strategy >= Z_HUFFMAN_ONLY || s.level < 2 ?
                   4 : 0));
      put_byte(s, s.gzhead.os & 0xff);
      if (s.gzhead.extra && s.gzhead.extra.length) {
        put_byte(s, s.gzhead.extra.length & 0xff);
        put_byte(s, (s.gzhead.extra.length >> 8) & 0xff);
      }
      if (s.gzhead.hcrc) {
        strm.adler = crc32_1(strm.adler, s.pending_buf, s.pending, 0);
      }
      s.gzindex = 0;
      s.status = EXTRA_STATE;
    }
  }
  if (s.status === EXTRA_STATE) {
    if (s.gzhead.extra/* != Z_NULL*/) {
      let beg = s.pending;   /* start of bytes to update crc */
      let left = (s.gzhead.extra.length & 0xffff) - s.gzindex;
      while (s.pending + left > s.pending_buf_size) {
        let copy = s.pending_buf_size - s.pending;
        // zmemcpy(s.pending_buf + s.pending,
        //    s.gzhead.extra + s.gzindex, copy);
        s.pending_buf.set(s.gzhead.extra.subarray(s.gzindex, s.gzindex + copy), s.pending);
        s.pending = s.pending_buf_size;
        //--- HCRC_UPDATE(beg) ---//
        if (s.gzhead.hcrc && s.pending > beg) {
          strm.adler = crc32_1(strm.adler, s.pending_buf, s.pending - beg, beg);
        }
        //---//
        s.gzindex += copy;
        flush_pending(strm);
        if (s.pending !== 0) {
          s.last_flush = -1;
          return Z_OK$3;
        }
        beg = 0;
        left -= copy;
      }
      // JS specific: s.gzhead.extra may be TypedArray or Array for backward compatibility
      //              TypedArray.slice and TypedArray.from don't exist in IE10-IE11
      let gzhead_extra = new Uint8Array(s.gzhead.extra);
      // zmemcpy(s->pending_buf + s->pending,
      //     s->gzhead->extra + s->gzindex, left);
      s.pending_buf.set(gzhead_extra.subarray(s.gzindex, s.gzindex + left), s.pending);
      s.pending += left;
      //--- HCRC_UPDATE(beg) ---//
      if (s.gzhead.hcrc && s.pending > beg) {
        strm.adler = crc32_1(strm.adler, s.pending_buf, s.pending - beg, beg);
      }
      //---//
      s.gzindex = 0;
    }
    s.status = NAME_STATE;
  }
  if (s.status === NAME_STATE) {
    if (s.gzhead.name/* != Z_NULL*/) {
      let beg = s.pending;   /* start of bytes to update crc */
      let val;
      do {
        if (s.pending === s.pending_buf_size) {
          //--- HCRC_UPDATE(beg) ---//
          if (s.gzhead.hcrc && s.pending > beg) {
            strm.adler = crc32_1(strm.adler, s.pending_buf, s.pending - beg, beg);
          }
          //---//
          flush_pending(strm);
          if (s.pending !== 0) {
            s.last_flush = -1;
            return Z_OK$3;
          }
          beg = 0;
        }
        // JS specific: little magic to add zero terminator to end of string
        if (s.gzindex < s.gzhead.name.length) {
          val = s.gzhead.name.charCodeAt(s.gzindex++) & 0xff;
        } else {
          val = 0;
        }
        put_byte(s, val);
      } while (val !== 0);
      //--- HCRC_UPDATE(beg) ---//
      if (s.gzhead.hcrc && s.pending > beg) {
        strm.adler = crc32_1(strm.adler, s.pending_buf, s.pending - beg, beg);
      }
      //---//
      s.gzindex = 0;
    }
    s.status = COMMENT_STATE;
  }
  if (s.status === COMMENT_STATE) {
    if (s.gzhead.comment/* != Z_NULL*/) {
      let beg = s.pending;   /* start of bytes to update crc */
      let val;
      do {
        if (s.pending === s.pending_buf_size) {
          //--- HCRC_UPDATE(beg) ---//
          if (s.gzhead.hcrc && s.pending > beg) {
            strm.adler = crc32_1(strm.adler, s.pending_buf, s.pending - beg, beg);
          }
          //---//
          flush_pending(strm);
          if (s.pending !== 0) {
            s.last_flush = -1;
            return Z_OK$3;
          }
          beg = 0;
        }
        // JS specific: little magic to add zero terminator to end of string
        if (s.gzindex < s.gzhead.comment.length) {
          val = s.gzhead.comment.charCodeAt(s.gzindex++) & 0xff;
        } else {
          val = 0;
        }
        put_byte(s, val);
      } while (val !== 0);
      //--- HCRC_UPDATE(beg) ---//
      if (s.gzhead.hcrc && s.pending > beg) {
        strm.adler = crc32_1(strm.adler, s.pending_buf, s.pending - beg, beg);
      }
      //---//
    }
    s.status = HCRC_STATE;
  }
  if (s.status === HCRC_STATE) {
    if (s.gzhead.hcrc) {
      if (s.pending + 2 > s.pending_buf_size) {
        flush_pending(strm);
        if (s.pending !== 0) {
          s.last_flush = -1;
          return Z_OK$3;
        }
      }
      put_byte(s, strm.adler & 0xff);
      put_byte(s, (strm.adler >> 8) & 0xff);
      strm.adler = 0; //crc32(0L, Z_NULL, 0);
    }
    s.status = BUSY_STATE;

    /* Compression must start with an empty pending buffer */
    flush_pending(strm);
    if (s.pending !== 0) {
      s.last_flush = -1;
      return Z_OK$3;
    }
  }
//#endif

  /* Start a new block or continue the current one.
   */
  if (strm.avail_in !== 0 || s.lookahead !== 0 ||
    (flush !== Z_NO_FLUSH$2 && s.status !== FINISH_STATE)) {
    let bstate = s.level === 0 ? deflate_stored(s, flush) :
                 s.strategy === Z_HUFFMAN_ONLY ? deflate_huff(s, flush) :
                 s.strategy === Z_RLE ? deflate_rle(s, flush) :
                 configuration_table[s.level].func(s, flush);

    if (bstate === BS_FINISH_STARTED || bstate === BS_FINISH_DONE) {
      s.status = FINISH_STATE;
    }
    if (bstate === BS_NEED_MORE || bstate === BS_FINISH_STARTED) {
      if (strm.avail_out === 0) {
        s.last_flush = -1;
        /* avoid BUF_ERROR next call, see above */
      }
      return Z_OK$3;
      /* If flush != Z_NO_FLUSH && avail_out == 0, the next call
       * of deflate should use the same flush parameter to make sure
       * that the flush is complete. So we don't have to output an
       * empty block here, this will be done at next call. This also
       * ensures that for a very small output buffer, we emit at most
       * one empty block.
       */
    }
    if (bstate === BS_BLOCK_DONE) {
      if (flush === Z_PARTIAL_FLUSH) {
        _tr_align(s);
      }
      else if (flush !== Z_BLOCK$1) { /* FULL_FLUSH or SYNC_FLUSH */

        _tr_stored_block(s, 0, 0, false);
        /* For a full flush, this empty block will be recognized
         * as a special marker by inflate_sync().
         */
        if (flush === Z_FULL_FLUSH$1) {
          /*** CLEAR_HASH(s); ***/             /* forget history */
          zero(s.head); // Fill with NIL (= 0);

          if (s.lookahead === 0) {
            s.strstart = 0;
            s.block_start = 0;
            s.insert = 0;
          }
        }
      }
      flush_pending(strm);
      if (strm.avail_out === 0) {
        s.last_flush = -1; /* avoid BUF_ERROR at next call, see above */
        return Z_OK$3;
      }
    }
  }

  if (flush !== Z_FINISH$3) { return Z_OK$3; }
  if (s.wrap <= 0) { return Z_STREAM_END$3; }

  /* Write the trailer */
  if (s.wrap === 2) {
    put_byte(s, strm.adler & 0xff);
    put_byte(s, (strm.adler >> 8) & 0xff);
    put_byte(s, (strm.adler >> 16) & 0xff);
    put_byte(s, (strm.adler >> 24) & 0xff);
    put_byte(s, strm.total_in & 0xff);
    put_byte(s, (strm.total_in >> 8) & 0xff);
    put_byte(s, (strm.total_in >> 16) & 0xff);
    put_byte(s, (strm.total_in >> 24) & 0xff);
  }
  else
  {
    putShortMSB(s, strm.adler >>> 16);
    putShortMSB(s, strm.adler & 0xffff);
  }

  flush_pending(strm);
  /* If avail_out is zero, the application will call deflate again
   * to flush the rest.
   */
  if (s.wrap > 0) { s.wrap = -s.wrap; }
  /* write the trailer only once! */
  return s.pending !== 0 ? Z_OK$3 : Z_STREAM_END$3;
};


const deflateEnd = (strm) => {

  if (deflateStateCheck(strm)) {
    return Z_STREAM_ERROR$2;
  }

  const status = strm.state.status;

  strm.state = null;

  return status === BUSY_STATE ? err(strm, Z_DATA_ERROR$2) : Z_OK$3;
};


/* =========================================================================
 * Initializes the compression dictionary from the given byte
 * sequence without producing any compressed output.
 */
const deflateSetDictionary = (strm, dictionary) => {

  let dictLength = dictionary.length;

  if (deflateStateCheck(strm)) {
    return Z_STREAM_ERROR$2;
  }

  const s = strm.state;
  const wrap = s.wrap;

  if (wrap === 2 || (wrap === 1 && s.status !== INIT_STATE) || s.lookahead) {
    return Z_STREAM_ERROR$2;
  }

  /* when using zlib wrappers, compute Adler-32 for provided dictionary */
  if (wrap === 1) {
    /* adler32(strm->adler, dictionary, dictLength); */
    strm.adler = adler32_1(strm.adler, dictionary, dictLength, 0);
  }

  s.wrap = 0;   /* avoid computing Adler-32 in read_buf */

  /* if dictionary would fill window, just replace the history */
  if (dictLength >= s.w_size) {
    if (wrap === 0) {            /* already empty otherwise */
      /*** CLEAR_HASH(s); ***/
      zero(s.head); // Fill with NIL (= 0);
      s.strstart = 0;
      s.block_start = 0;
      s.insert = 0;
    }
    /* use the tail */
    // dictionary = dictionary.slice(dictLength - s.w_size);
    let tmpDict = new Uint8Array(s.w_size);
    tmpDict.set(dictionary.subarray(dictLength - s.w_size, dictLength), 0);
    dictionary = tmpDict;
    dictLength = s.w_size;
  }
  /* insert dictionary into window and hash */
  const avail = strm.avail_in;
  const next = strm.next_in;
  const input = strm.input;
  strm.avail_in = dictLength;
  strm.next_in = 0;
  strm.input = dictionary;
  fill_window(s);
  while (s.lookahead >= MIN_MATCH) {
    let str = s.strstart;
    let n = s.lookahead - (MIN_MATCH - 1);
    do {
      INSERT_STRING(s, str);
      str++;
    } while (--n);
    s.strstart = str;
    s.lookahead = MIN_MATCH - 1;
    fill_window(s);
  }
  s.strstart += s.lookahead;
  s.block_start = s.strstart;
  s.insert = s.lookahead;
  s.lookahead = 0;
  s.match_length = s.prev_length = MIN_MATCH - 1;
  s.match_available = 0;
  strm.next_in = next;
  strm.input = input;
  strm.avail_in = avail;
  s.wrap = wrap;
  return Z_OK$3;
};


var deflateInit_1 = deflateInit;
var deflateInit2_1 = deflateInit2;
var deflateReset_1 = deflateReset;
var deflateResetKeep_1 = deflateResetKeep;
var deflateSetHeader_1 = deflateSetHeader;
var deflate_2$1 = deflate$2;
var deflateEnd_1 = deflateEnd;
var deflateSetDictionary_1 = deflateSetDictionary;
var deflateInfo = 'pako deflate (from Nodeca project)';

/* Not implemented
module.exports.deflateBound = deflateBound;
module.exports.deflateCopy = deflateCopy;
module.exports.deflateGetDictionary = deflateGetDictionary;
module.exports.deflateParams = deflateParams;
module.exports.deflatePending = deflatePending;
module.exports.deflatePrime = deflatePrime;
module.exports.deflateTune = deflateTune;
*/

var deflate_1$2 = {
	deflateInit: deflateInit_1,
	deflateInit2: deflateInit2_1,
	deflateReset: deflateReset_1,
	deflateResetKeep: deflateResetKeep_1,
	deflateSetHeader: deflateSetHeader_1,
	deflate: deflate_2$1,
	deflateEnd: deflateEnd_1,
	deflateSetDictionary: deflateSetDictionary_1,
	deflateInfo: deflateInfo
};

const _has = (obj, key) => {
  return Object.prototype.hasOwnProperty.call(obj, key);
};

var assign = function (obj /*from1, from2, from3, ...*/) {
  const sources = Array.prototype.slice.call(arguments, 1);
  while (sources.length) {
    const source = sources.shift();
    if (!source) { continue; }

    if (typeof source !== 'object') {
      throw new TypeError(source + 'must be non-object');
    }

    for (const p in source) {
      if (_has(source, p)) {
        obj[p] = source[p];
      }
    }
  }

  return obj;
};


// Join array of chunks to single array.
var flattenChunks = (chunks) => {
  // calculate data length
  let len = 0;

  for (let i = 0, l = chunks.length; i < l; i++) {
    len += chunks[i].length;
  }

  // join chunks
  const result = new Uint8Array(len);

  for (let i = 0, pos = 0, l = chunks.length; i < l; i++) {
    let chunk = chunks[i];
    result.set(chunk, pos);
    pos += chunk.length;
  }

  return result;
};

var common = {
	assign: assign,
	flattenChunks: flattenChunks
};

// String encode/decode helpers


// Quick check if we can use fast array to bin string conversion
//
// - apply(Array) can fail on Android 2.2
// - apply(Uint8Array) can fail on iOS 5.1 Safari
//
let STR_APPLY_UIA_OK = true;

try { String.fromCharCode.apply(null, new Uint8Array(1)); } catch (__) { STR_APPLY_UIA_OK = false; }


// Table with utf8 lengths (calculated by first byte of sequence)
// Note, that 5 & 6-byte values and some 4-byte values can not be represented in JS,
// because max possible codepoint is 0x10ffff
const _utf8len = new Uint8Array(256);
for (let q = 0; q < 256; q++) {
  _utf8len[q] = (q >= 252 ? 6 : q >= 248 ? 5 : q >= 240 ? 4 : q >= 224 ? 3 : q >= 192 ? 2 : 1);
}
_utf8len[254] = _utf8len[255] = 1; // Invalid sequence start


// convert string to array (typed, when possible)
var string2buf = (str) => {
  if (typeof TextEncoder === 'function' && TextEncoder.prototype.encode) {
    return new TextEncoder().encode(str);
  }

  let buf, c, c2, m_pos, i, str_len = str.length, buf_len = 0;

  // count binary size
  for (m_pos = 0; m_pos < str_len; m_pos++) {
    c = str.charCodeAt(m_pos);
    if ((c & 0xfc00) === 0xd800 && (m_pos + 1 < str_len)) {
      c2 = str.charCodeAt(m_pos + 1);
      if ((c2 & 0xfc00) === 0xdc00) {
        c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
        m_pos++;
      }
    }
    buf_len += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }

  // allocate buffer
  buf = new Uint8Array(buf_len);

  // convert
  for (i = 0, m_pos = 0; i < buf_len; m_pos++) {
    c = str.charCodeAt(m_pos);
    if ((c & 0xfc00) === 0xd800 && (m_pos + 1 < str_len)) {
      c2 = str.charCodeAt(m_pos + 1);
      if ((c2 & 0xfc00) === 0xdc00) {
        c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
        m_pos++;
      }
    }
    if (c < 0x80) {
      /* one byte */
      buf[i++] = c;
    } else if (c < 0x800) {
      /* two bytes */
      buf[i++] = 0xC0 | (c >>> 6);
      buf[i++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      /* three bytes */
      buf[i++] = 0xE0 | (c >>> 12);
      buf[i++] = 0x80 | (c >>> 6 & 0x3f);
      buf[i++] = 0x80 | (c & 0x3f);
    } else {
      /* four bytes */
      buf[i++] = 0xf0 | (c >>> 18);
      buf[i++] = 0x80 | (c >>> 12 & 0x3f);
      buf[i++] = 0x80 | (c >>> 6 & 0x3f);
      buf[i++] = 0x80 | (c & 0x3f);
    }
  }

  return buf;
};

// Helper
const buf2binstring = (buf, len) => {
  // On Chrome, the arguments in a function call that are allowed is `65534`.
  // If the length of the buffer is smaller than that, we can use this optimization,
  // otherwise we will take a slower path.
  if (len < 65534) {
    if (buf.subarray && STR_APPLY_UIA_OK) {
      return String.fromCharCode.apply(null, buf.length === len ? buf : buf.subarray(0, len));
    }
  }

  let result = '';
  for (let i = 0; i < len; i++) {
    result += String.fromCharCode(buf[i]);
  }
  return result;
};


// convert array to string
var buf2string = (buf, max) => {
  const len = max || buf.length;

  if (typeof TextDecoder === 'function' && TextDecoder.prototype.decode) {
    return new TextDecoder().decode(buf.subarray(0, max));
  }

  let i, out;

  // Reserve max possible length (2 words per char)
  // NB: by unknown reasons, Array is significantly faster for
  //     String.fromCharCode.apply than Uint16Array.
  const utf16buf = new Array(len * 2);

  for (out = 0, i = 0; i < len;) {
    let c = buf[i++];
    // quick process ascii
    if (c < 0x80) { utf16buf[out++] = c; continue; }

    let c_len = _utf8len[c];
    // skip 5 & 6 byte codes
    if (c_len > 4) { utf16buf[out++] = 0xfffd; i += c_len - 1; continue; }

    // apply mask on first byte
    c &= c_len === 2 ? 0x1f : c_len === 3 ? 0x0f : 0x07;
    // join the rest
    while (c_len > 1 && i < len) {
      c = (c << 6) | (buf[i++] & 0x3f);
      c_len--;
    }

    // terminated by end of string?
    if (c_len > 1) { utf16buf[out++] = 0xfffd; continue; }

    if (c < 0x10000) {
      utf16buf[out++] = c;
    } else {
      c -= 0x10000;
      utf16buf[out++] = 0xd800 | ((c >> 10) & 0x3ff);
      utf16buf[out++] = 0xdc00 | (c & 0x3ff);
    }
  }

  return buf2binstring(utf16buf, out);
};


// Calculate max possible position in utf8 buffer,
// that will not break sequence. If that's not possible
// - (very small limits) return max size as is.
//
// buf[] - utf8 bytes array
// max   - length limit (mandatory);
var utf8border = (buf, max) => {

  max = max || buf.length;
  if (max > buf.length) { max = buf.length; }

  // go back from last position, until start of sequence found
  let pos = max - 1;
  while (pos >= 0 && (buf[pos] & 0xC0) === 0x80) { pos--; }

  // Very small and broken sequence,
  // return max, because we should return something anyway.
  if (pos < 0) { return max; }

  // If we came to start of buffer - that means buffer is too small,
  // return max too.
  if (pos === 0) { return max; }

  return (pos + _utf8len[buf[pos]] > max) ? pos : max;
};

var strings = {
	string2buf: string2buf,
	buf2string: buf2string,
	utf8border: utf8border
};

// (C) 1995-2013 Jean-loup Gailly and Mark Adler
// (C) 2014-2017 Vitaly Puzrin and Andrey Tupitsin
//
// This software is provided 'as-is', without any express or implied
// warranty. In no event will the authors be held liable for any damages
// arising from the use of this software.
//
// Permission is granted to anyone to use this software for any purpose,
// including commercial applications, and to alter it and redistribute it
// freely, subject to the following restrictions:
//
// 1. The origin of this software must not be misrepresented; you must not
//   claim that you wrote the original software. If you use this software
//   in a product, an acknowledgment in the product documentation would be
//   appreciated but is not required.
// 2. Altered source versions must be plainly marked as such, and must not be
//   misrepresented as being the original software.
// 3. This notice may not be removed or altered from any source distribution.

function ZStream() {
  /* next input byte */
  this.input = null; // JS specific, because we have no pointers
  this.next_in = 0;
  /* number of bytes available at input */
  this.avail_in = 0;
  /* total number of input bytes read so far */
  this.total_in = 0;
  /* next output byte should be put there */
  this.output = null; // JS specific, because we have no pointers
  this.next_out = 0;
  /* remaining free space at output */
  this.avail_out = 0;
  /* total number of bytes output so far */
  this.total_out = 0;
  /* last error message, NULL if no error */
  this.msg = ''/*Z_NULL*/;
  /* not visible by applications */
  this.state = null;
  /* best guess about the data type: binary or text */
  this.data_type = 2/*Z_UNKNOWN*/;
  /* adler32 value of the uncompressed data */
  this.adler = 0;
}

var zstream = ZStream;

const toString$1 = Object.prototype.toString;

/* Public constants ==========================================================*/
/* ===========================================================================*/

const {
  Z_NO_FLUSH: Z_NO_FLUSH$1, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH: Z_FINISH$2,
  Z_OK: Z_OK$2, Z_STREAM_END: Z_STREAM_END$2,
  Z_DEFAULT_COMPRESSION,
  Z_DEFAULT_STRATEGY,
  Z_DEFLATED: Z_DEFLATED$1
} = constants$2;

/* ===========================================================================*/

const defaultOptions$1 = {
  level: Z_DEFAULT_COMPRESSION,
  method: Z_DEFLATED$1,
  chunkSize: 16384,
  windowBits: 15,
  memLevel: 8,
  strategy: Z_DEFAULT_STRATEGY,
  legacyHash: true
};

/**
 * class Deflate
 *
 * Generic JS-style wrapper for zlib calls. If you don't need
 * streaming behaviour - use more simple functions: [[deflate]],
 * [[deflateRaw]] and [[gzip]].
 **/

/* internal
 * Deflate.chunks -> Array
 *
 * Chunks of output data, if [[Deflate#onData]] not overridden.
 **/

/**
 * Deflate.result -> Uint8Array
 *
 * Compressed result, generated by default [[Deflate#onData]]
 * and [[Deflate#onEnd]] handlers. Filled after you push last chunk
 * (call [[Deflate#push]] with `Z_FINISH` / `true` param).
 **/

/**
 * Deflate.err -> Number
 *
 * Error code after deflate finished. 0 (Z_OK) on success.
 * You will not need it in real life, because deflate errors
 * are possible only on wrong options or bad `onData` / `onEnd`
 * custom handlers.
 **/

/**
 * Deflate.msg -> String
 *
 * Error message, if [[Deflate.err]] != 0
 **/


/**
 * new Deflate(options)
 * - options (Object): zlib deflate options.
 *
 * Creates new deflator instance with specified params. Throws exception
 * on bad params. Supported options:
 *
 * - `level`
 * - `windowBits`
 * - `memLevel`
 * - `strategy`
 * - `dictionary`
 *
 * [http://zlib.net/manual.html#Advanced](http://zlib.net/manual.html#Advanced)
 * for more information on these.
 *
 * - `legacyHash` (Boolean) - use the classic zlib hash (default), which matches
 *   canonical zlib output byte-for-byte. Set to `false` to use the faster
 *   ANZAC++ hash, which matches recent (chromium) node.js output instead.
 *
 * Additional options, for internal needs:
 *
 * - `chunkSize` - size of generated data chunks (16K by default)
 * - `raw` (Boolean) - do raw deflate
 * - `gzip` (Boolean) - create gzip wrapper
 * - `header` (Object) - custom header for gzip
 *   - `text` (Boolean) - true if compressed data believed to be text
 *   - `time` (Number) - modification time, unix timestamp
 *   - `os` (Number) - operation system code
 *   - `extra` (Array) - array of bytes with extra data (max 65536)
 *   - `name` (String) - file name (binary string)
 *   - `comment` (String) - comment (binary string)
 *   - `hcrc` (Boolean) - true if header crc should be added
 *
 * ##### Example:
 *
 * ```javascript
 * const pako = require('pako')
 *   , chunk1 = new Uint8Array([1,2,3,4,5,6,7,8,9])
 *   , chunk2 = new Uint8Array([10,11,12,13,14,15,16,17,18,19]);
 *
 * const deflate = new pako.Deflate({ level: 3});
 *
 * deflate.push(chunk1, false);
 * deflate.push(chunk2, true);  // true -> last chunk
 *
 * if (deflate.err) { throw new Error(deflate.err); }
 *
 * console.log(deflate.result);
 * ```
 **/
function Deflate$1(options) {
  this.options = common.assign({}, defaultOptions$1, options || {});

  let opt = this.options;

  if (opt.raw && (opt.windowBits > 0)) {
    opt.windowBits = -opt.windowBits;
  }

  else if (opt.gzip && (opt.windowBits > 0) && (opt.windowBits < 16)) {
    opt.windowBits += 16;
  }

  this.err    = 0;      // error code, if happens (0 = Z_OK)
  this.msg    = '';     // error message
  this.ended  = false;  // used to avoid multiple onEnd() calls
  this.chunks = [];     // chunks of compressed data

  this.strm = new zstream();
  this.strm.avail_out = 0;

  let status = deflate_1$2.deflateInit2(
    this.strm,
    opt.level,
    opt.method,
    opt.windowBits,
    opt.memLevel,
    opt.strategy,
    opt.legacyHash
  );

  if (status !== Z_OK$2) {
    throw new Error(messages[status]);
  }

  if (opt.header) {
    deflate_1$2.deflateSetHeader(this.strm, opt.header);
  }

  if (opt.dictionary) {
    let dict;
    // Convert data if needed
    if (typeof opt.dictionary === 'string') {
      // If we need to compress text, change encoding to utf8.
      dict = strings.string2buf(opt.dictionary);
    } else if (toString$1.call(opt.dictionary) === '[object ArrayBuffer]') {
      dict = new Uint8Array(opt.dictionary);
    } else {
      dict = opt.dictionary;
    }

    status = deflate_1$2.deflateSetDictionary(this.strm, dict);

    if (status !== Z_OK$2) {
      throw new Error(messages[status]);
    }

    this._dict_set = true;
  }
}

/**
 * Deflate#push(data[, flush_mode]) -> Boolean
 * - data (Uint8Array|ArrayBuffer|String): input data. Strings will be
 *   converted to utf8 byte sequence.
 * - flush_mode (Number|Boolean): 0..6 for corresponding Z_NO_FLUSH..Z_TREE modes.
 *   See constants. Skipped or `false` means Z_NO_FLUSH, `true` means Z_FINISH.
 *
 * Sends input data to deflate pipe, generating [[Deflate#onData]] calls with
 * new compressed chunks. Returns `true` on success. The last data block must
 * have `flush_mode` Z_FINISH (or `true`). That will flush internal pending
 * buffers and call [[Deflate#onEnd]].
 *
 * On fail call [[Deflate#onEnd]] with error code and return false.
 *
 * ##### Example
 *
 * ```javascript
 * push(chunk, false); // push one of data chunks
 * ...
 * push(chunk, true);  // push last chunk
 * ```
 **/
Deflate$1.prototype.push = function (data, flush_mode) {
  const strm = this.strm;
  const chunkSize = this.options.chunkSize;
  let status, _flush_mode;

  if (this.ended) { return false; }

  if (flush_mode === ~~flush_mode) _flush_mode = flush_mode;
  else _flush_mode = flush_mode === true ? Z_FINISH$2 : Z_NO_FLUSH$1;

  // Convert data if needed
  if (typeof data === 'string') {
    // If we need to compress text, change encoding to utf8.
    strm.input = strings.string2buf(data);
  } else if (toString$1.call(data) === '[object ArrayBuffer]') {
    strm.input = new Uint8Array(data);
  } else {
    strm.input = data;
  }

  strm.next_in = 0;
  strm.avail_in = strm.input.length;

  for (;;) {
    if (strm.avail_out === 0) {
      strm.output = new Uint8Array(chunkSize);
      strm.next_out = 0;
      strm.avail_out = chunkSize;
    }

    // Make sure avail_out > 6 to avoid repeating markers
    if ((_flush_mode === Z_SYNC_FLUSH || _flush_mode === Z_FULL_FLUSH) && strm.avail_out <= 6) {
      this.onData(strm.output.subarray(0, strm.next_out));
      strm.avail_out = 0;
      continue;
    }

    status = deflate_1$2.deflate(strm, _flush_mode);

    // Ended => flush and finish
    if (status === Z_STREAM_END$2) {
      if (strm.next_out > 0) {
        this.onData(strm.output.subarray(0, strm.next_out));
      }
      status = deflate_1$2.deflateEnd(this.strm);
      this.onEnd(status);
      this.ended = true;
      return status === Z_OK$2;
    }

    // Flush if out buffer full
    if (strm.avail_out === 0) {
      this.onData(strm.output);
      continue;
    }

    // Flush if requested and has data
    if (_flush_mode > 0 && strm.next_out > 0) {
      this.onData(strm.output.subarray(0, strm.next_out));
      strm.avail_out = 0;
      continue;
    }

    if (strm.avail_in === 0) break;
  }

  return true;
};


/**
 * Deflate#onData(chunk) -> Void
 * - chunk (Uint8Array): output data.
 *
 * By default, stores data blocks in `chunks[]` property and glue
 * those in `onEnd`. Override this handler, if you need another behaviour.
 **/
Deflate$1.prototype.onData = function (chunk) {
  this.chunks.push(chunk);
};


/**
 * Deflate#onEnd(status) -> Void
 * - status (Number): deflate status. 0 (Z_OK) on success,
 *   other if not.
 *
 * Called once after you tell deflate that the input stream is
 * complete (Z_FINISH). By default - join collected chunks,
 * free memory and fill `results` / `err` properties.
 **/
Deflate$1.prototype.onEnd = function (status) {
  // On success - join
  if (status === Z_OK$2) {
    this.result = common.flattenChunks(this.chunks);
  }
  this.chunks = [];
  this.err = status;
  this.msg = this.strm.msg;
};


/**
 * deflate(data[, options]) -> Uint8Array
 * - data (Uint8Array|ArrayBuffer|String): input data to compress.
 * - options (Object): zlib deflate options.
 *
 * Compress `data` with deflate algorithm and `options`.
 *
 * Supported options are:
 *
 * - level
 * - windowBits
 * - memLevel
 * - strategy
 * - dictionary
 *
 * [http://zlib.net/manual.html#Advanced](http://zlib.net/manual.html#Advanced)
 * for more information on these.
 *
 * Sugar (options):
 *
 * - `raw` (Boolean) - say that we work with raw stream, if you don't wish to specify
 *   negative windowBits implicitly.
 *
 * ##### Example:
 *
 * ```javascript
 * const pako = require('pako')
 * const data = new Uint8Array([1,2,3,4,5,6,7,8,9]);
 *
 * console.log(pako.deflate(data));
 * ```
 **/
function deflate$1(input, options) {
  const deflator = new Deflate$1(options);

  deflator.push(input, true);

  // That will never happens, if you don't cheat with options :)
  if (deflator.err) { throw deflator.msg || messages[deflator.err]; }

  return deflator.result;
}


/**
 * deflateRaw(data[, options]) -> Uint8Array
 * - data (Uint8Array|ArrayBuffer|String): input data to compress.
 * - options (Object): zlib deflate options.
 *
 * The same as [[deflate]], but creates raw data, without wrapper
 * (header and adler32 crc).
 **/
function deflateRaw$1(input, options) {
  options = options || {};
  options.raw = true;
  return deflate$1(input, options);
}


/**
 * gzip(data[, options]) -> Uint8Array
 * - data (Uint8Array|ArrayBuffer|String): input data to compress.
 * - options (Object): zlib deflate options.
 *
 * The same as [[deflate]], but create gzip wrapper instead of
 * deflate one.
 **/
function gzip$1(input, options) {
  options = options || {};
  options.gzip = true;
  return deflate$1(input, options);
}


var Deflate_1$1 = Deflate$1;
var deflate_2 = deflate$1;
var deflateRaw_1$1 = deflateRaw$1;
var gzip_1$1 = gzip$1;

var deflate_1$1 = {
	Deflate: Deflate_1$1,
	deflate: deflate_2,
	deflateRaw: deflateRaw_1$1,
	gzip: gzip_1$1};

// (C) 1995-2013 Jean-loup Gailly and Mark Adler
// (C) 2014-2017 Vitaly Puzrin and Andrey Tupitsin
//
// This software is provided 'as-is', without any express or implied
// warranty. In no event will the authors be held liable for any damages
// arising from the use of this software.
//
// Permission is granted to anyone to use this software for any purpose,
// including commercial applications, and to alter it and redistribute it
// freely, subject to the following restrictions:
//
// 1. The origin of this software must not be misrepresented; you must not
//   claim that you wrote the original software. If you use this software
//   in a product, an acknowledgment in the product documentation would be
//   appreciated but is not required.
// 2. Altered source versions must be plainly marked as such, and must not be
//   misrepresented as being the original software.
// 3. This notice may not be removed or altered from any source distribution.

// See state defs from inflate.js
const BAD$1 = 16209;       /* got a data error -- remain here until reset */
const TYPE$1 = 16191;      /* i: waiting for type bits, including last-flag bit */

/*
   Decode literal, length, and distance codes and write out the resulting
   literal and match bytes until either not enough input or output is
   available, an end-of-block is encountered, or a data error is encountered.
   When large enough input and output buffers are supplied to inflate(), for
   example, a 16K input buffer and a 64K output buffer, more than 95% of the
   inflate execution time is spent in this routine.

   Entry assumptions:

        state.mode === LEN
        strm.avail_in >= 6
        strm.avail_out >= 258
        start >= strm.avail_out
        state.bits < 8

   On return, state.mode is one of:

        LEN -- ran out of enough output space or enough available input
        TYPE -- reached end of block code, inflate() to interpret next block
        BAD -- error in block data

   Notes:

    - The maximum input bits used by a length/distance pair is 15 bits for the
      length code, 5 bits for the length extra, 15 bits for the distance code,
      and 13 bits for the distance extra.  This totals 48 bits, or six bytes.
      Therefore if strm.avail_in >= 6, then there is enough input to avoid
      checking for available input while decoding.

    - The maximum bytes that a single length/distance pair can output is 258
      bytes, which is the maximum length that can be coded.  inflate_fast()
      requires strm.avail_out >= 258 for each loop to avoid checking for
      output space.
 */
var inffast = function inflate_fast(strm, start) {
  let _in;                    /* local strm.input */
  let last;                   /* have enough input while in < last */
  let _out;                   /* local strm.output */
  let beg;                    /* inflate()'s initial strm.output */
  let end;                    /* while out < end, enough space available */
//#ifdef INFLATE_STRICT
  let dmax;                   /* maximum distance from zlib header */
//#endif
  let wsize;                  /* window size or zero if not using window */
  let whave;                  /* valid bytes in the window */
  let wnext;                  /* window write index */
  // Use `s_window` instead `window`, avoid conflict with instrumentation tools
  let s_window;               /* allocated sliding window, if wsize != 0 */
  let hold;                   /* local strm.hold */
  let bits;                   /* local strm.bits */
  let lcode;                  /* local strm.lencode */
  let dcode;                  /* local strm.distcode */
  let lmask;                  /* mask for first level of length codes */
  let dmask;                  /* mask for first level of distance codes */
  let here;                   /* retrieved table entry */
  let op;                     /* code bits, operation, extra bits, or */
                              /*  window position, window bytes to copy */
  let len;                    /* match length, unused bytes */
  let dist;                   /* match distance */
  let from;                   /* where to copy match from */
  let from_source;


  let input, output; // JS specific, because we have no pointers

  /* copy state to local variables */
  const state = strm.state;
  //here = state.here;
  _in = strm.next_in;
  input = strm.input;
  last = _in + (strm.avail_in - 5);
  _out = strm.next_out;
  output = strm.output;
  beg = _out - (start - strm.avail_out);
  end = _out + (strm.avail_out - 257);
//#ifdef INFLATE_STRICT
  dmax = state.dmax;
//#endif
  wsize = state.wsize;
  whave = state.whave;
  wnext = state.wnext;
  s_window = state.window;
  hold = state.hold;
  bits = state.bits;
  lcode = state.lencode;
  dcode = state.distcode;
  lmask = (1 << state.lenbits) - 1;
  dmask = (1 << state.distbits) - 1;


  /* decode literals and length/distances until end-of-block or not enough
     input data or output space */

  top:
  do {
    if (bits < 15) {
      hold += input[_in++] << bits;
      bits += 8;
      hold += input[_in++] << bits;
      bits += 8;
    }

    here = lcode[hold & lmask];

    dolen:
    for (;;) { // Goto emulation
      op = here >>> 24/*here.bits*/;
      hold >>>= op;
      bits -= op;
      op = (here >>> 16) & 0xff/*here.op*/;
      if (op === 0) {                          /* literal */
        //Tracevv((stderr, here.val >= 0x20 && here.val < 0x7f ?
        //        "inflate:         literal '%c'\n" :
        //        "inflate:         literal 0x%02x\n", here.val));
        output[_out++] = here & 0xffff/*here.val*/;
      }
      else if (op & 16) {                     /* length base */
        len = here & 0xffff/*here.val*/;
        op &= 15;                           /* number of extra bits */
        if (op) {
          if (bits < op) {
            hold += input[_in++] << bits;
            bits += 8;
          }
          len += hold & ((1 << op) - 1);
          hold >>>= op;
          bits -= op;
        }
        //Tracevv((stderr, "inflate:         length %u\n", len));
        if (bits < 15) {
          hold += input[_in++] << bits;
          bits += 8;
          hold += input[_in++] << bits;
          bits += 8;
        }
        here = dcode[hold & dmask];

        dodist:
        for (;;) { // goto emulation
          op = here >>> 24/*here.bits*/;
          hold >>>= op;
          bits -= op;
          op = (here >>> 16) & 0xff/*here.op*/;

          if (op & 16) {                      /* distance base */
            dist = here & 0xffff/*here.val*/;
            op &= 15;                       /* number of extra bits */
            if (bits < op) {
              hold += input[_in++] << bits;
              bits += 8;
              if (bits < op) {
                hold += input[_in++] << bits;
                bits += 8;
              }
            }
            dist += hold & ((1 << op) - 1);
//#ifdef INFLATE_STRICT
            if (dist > dmax) {
              strm.msg = 'invalid distance too far back';
              state.mode = BAD$1;
              break top;
            }
//#endif
            hold >>>= op;
            bits -= op;
            //Tracevv((stderr, "inflate:         distance %u\n", dist));
            op = _out - beg;                /* max distance in output */
            if (dist > op) {                /* see if copy from window */
              op = dist - op;               /* distance back in window */
              if (op > whave) {
                if (state.sane) {
                  strm.msg = 'invalid distance too far back';
                  state.mode = BAD$1;
                  break top;
                }

// (!) This block is disabled in zlib defaults,
// don't enable it for binary compatibility
//#ifdef INFLATE_ALLOW_INVALID_DISTANCE_TOOFAR_ARRR
//                if (len <= op - whave) {
//                  do {
//                    output[_out++] = 0;
//                  } while (--len);
//                  continue top;
//                }
//                len -= op - whave;
//                do {
//                  output[_out++] = 0;
//                } while (--op > whave);
//                if (op === 0) {
//                  from = _out - dist;
//                  do {
//                    output[_out++] = output[from++];
//                  } while (--len);
//                  continue top;
//                }
//#endif
              }
              from = 0; // window index
              from_source = s_window;
              if (wnext === 0) {           /* very common case */
                from += wsize - op;
                if (op < len) {         /* some from window */
                  len -= op;
                  do {
                    output[_out++] = s_window[from++];
                  } while (--op);
                  from = _out - dist;  /* rest from output */
                  from_source = output;
                }
              }
              else if (wnext < op) {      /* wrap around window */
                from += wsize + wnext - op;
                op -= wnext;
                if (op < len) {         /* some from end of window */
                  len -= op;
                  do {
                    output[_out++] = s_window[from++];
                  } while (--op);
                  from = 0;
                  if (wnext < len) {  /* some from start of window */
                    op = wnext;
                    len -= op;
                    do {
                      output[_out++] = s_window[from++];
                    } while (--op);
                    from = _out - dist;      /* rest from output */
                    from_source = output;
                  }
                }
              }
              else {                      /* contiguous in window */
                from += wnext - op;
                if (op < len) {         /* some from window */
                  len -= op;
                  do {
                    output[_out++] = s_window[from++];
                  } while (--op);
                  from = _out - dist;  /* rest from output */
                  from_source = output;
                }
              }
              while (len > 2) {
                output[_out++] = from_source[from++];
                output[_out++] = from_source[from++];
                output[_out++] = from_source[from++];
                len -= 3;
              }
              if (len) {
                output[_out++] = from_source[from++];
                if (len > 1) {
                  output[_out++] = from_source[from++];
                }
              }
            }
            else {
              from = _out - dist;          /* copy direct from output */
              do {                        /* minimum length is three */
                output[_out++] = output[from++];
                output[_out++] = output[from++];
                output[_out++] = output[from++];
                len -= 3;
              } while (len > 2);
              if (len) {
                output[_out++] = output[from++];
                if (len > 1) {
                  output[_out++] = output[from++];
                }
              }
            }
          }
          else if ((op & 64) === 0) {          /* 2nd level distance code */
            here = dcode[(here & 0xffff)/*here.val*/ + (hold & ((1 << op) - 1))];
            continue dodist;
          }
          else {
            strm.msg = 'invalid distance code';
            state.mode = BAD$1;
            break top;
          }

          break; // need to emulate goto via "continue"
        }
      }
      else if ((op & 64) === 0) {              /* 2nd level length code */
        here = lcode[(here & 0xffff)/*here.val*/ + (hold & ((1 << op) - 1))];
        continue dolen;
      }
      else if (op & 32) {                     /* end-of-block */
        //Tracevv((stderr, "inflate:         end of block\n"));
        state.mode = TYPE$1;
        break top;
      }
      else {
        strm.msg = 'invalid literal/length code';
        state.mode = BAD$1;
        break top;
      }

      break; // need to emulate goto via "continue"
    }
  } while (_in < last && _out < end);

  /* return unused bytes (on entry, bits < 8, so in won't go too far back) */
  len = bits >> 3;
  _in -= len;
  bits -= len << 3;
  hold &= (1 << bits) - 1;

  /* update state and return */
  strm.next_in = _in;
  strm.next_out = _out;
  strm.avail_in = (_in < last ? 5 + (last - _in) : 5 - (_in - last));
  strm.avail_out = (_out < end ? 257 + (end - _out) : 257 - (_out - end));
  state.hold = hold;
  state.bits = bits;
  return;
};

// (C) 1995-2013 Jean-loup Gailly and Mark Adler
// (C) 2014-2017 Vitaly Puzrin and Andrey Tupitsin
//
// This software is provided 'as-is', without any express or implied
// warranty. In no event will the authors be held liable for any damages
// arising from the use of this software.
//
// Permission is granted to anyone to use this software for any purpose,
// including commercial applications, and to alter it and redistribute it
// freely, subject to the following restrictions:
//
// 1. The origin of this software must not be misrepresented; you must not
//   claim that you wrote the original software. If you use this software
//   in a product, an acknowledgment in the product documentation would be
//   appreciated but is not required.
// 2. Altered source versions must be plainly marked as such, and must not be
//   misrepresented as being the original software.
// 3. This notice may not be removed or altered from any source distribution.

const MAXBITS = 15;
const ENOUGH_LENS$1 = 852;
const ENOUGH_DISTS$1 = 592;
//const ENOUGH = (ENOUGH_LENS+ENOUGH_DISTS);

const CODES$1 = 0;
const LENS$1 = 1;
const DISTS$1 = 2;

const lbase = new Uint16Array([ /* Length codes 257..285 base */
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
  35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258, 0, 0
]);

const lext = new Uint8Array([ /* Length codes 257..285 extra */
  16, 16, 16, 16, 16, 16, 16, 16, 17, 17, 17, 17, 18, 18, 18, 18,
  19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 16, 199, 75
]);

const dbase = new Uint16Array([ /* Distance codes 0..29 base */
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
  257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577, 0, 0
]);

const dext = new Uint8Array([ /* Distance codes 0..29 extra */
  16, 16, 16, 16, 17, 17, 18, 18, 19, 19, 20, 20, 21, 21, 22, 22,
  23, 23, 24, 24, 25, 25, 26, 26, 27, 27,
  28, 28, 29, 29, 64, 64
]);

const inflate_table = (type, lens, lens_index, codes, table, table_index, work, opts) =>
{
  const bits = opts.bits;
      //here = opts.here; /* table entry for duplication */

  let len = 0;               /* a code's length in bits */
  let sym = 0;               /* index of code symbols */
  let min = 0, max = 0;          /* minimum and maximum code lengths */
  let root = 0;              /* number of index bits for root table */
  let curr = 0;              /* number of index bits for current table */
  let drop = 0;              /* code bits to drop for sub-table */
  let left = 0;                   /* number of prefix codes available */
  let used = 0;              /* code entries in table used */
  let huff = 0;              /* Huffman code */
  let incr;              /* for incrementing code, index */
  let fill;              /* index for replicating entries */
  let low;               /* low bits for current root entry */
  let mask;              /* mask for low root bits */
  let next;             /* next available space in table */
  let base = null;     /* base value table to use */
//  let shoextra;    /* extra bits table to use */
  let match;                  /* use base and extra for symbol >= match */
  const count = new Uint16Array(MAXBITS + 1); //[MAXBITS+1];    /* number of codes of each length */
  const offs = new Uint16Array(MAXBITS + 1); //[MAXBITS+1];     /* offsets in table for each length */
  let extra = null;

  let here_bits, here_op, here_val;

  /*
   Process a set of code lengths to create a canonical Huffman code.  The
   code lengths are lens[0..codes-1].  Each length corresponds to the
   symbols 0..codes-1.  The Huffman code is generated by first sorting the
   symbols by length from short to long, and retaining the symbol order
   for codes with equal lengths.  Then the code starts with all zero bits
   for the first code of the shortest length, and the codes are integer
   increments for the same length, and zeros are appended as the length
   increases.  For the deflate format, these bits are stored backwards
   from their more natural integer increment ordering, and so when the
   decoding tables are built in the large loop below, the integer codes
   are incremented backwards.

   This routine assumes, but does not check, that all of the entries in
   lens[] are in the range 0..MAXBITS.  The caller must assure this.
   1..MAXBITS is interpreted as that code length.  zero means that that
   symbol does not occur in this code.

   The codes are sorted by computing a count of codes for each length,
   creating from that a table of starting indices for each length in the
   sorted table, and then entering the symbols in order in the sorted
   table.  The sorted table is work[], with that space being provided by
   the caller.

   The length counts are used for other purposes as well, i.e. finding
   the minimum and maximum length codes, determining if there are any
   codes at all, checking for a valid set of lengths, and looking ahead
   at length counts to determine sub-table sizes when building the
   decoding tables.
   */

  /* accumulate lengths for codes (assumes lens[] all in 0..MAXBITS) */
  for (len = 0; len <= MAXBITS; len++) {
    count[len] = 0;
  }
  for (sym = 0; sym < codes; sym++) {
    count[lens[lens_index + sym]]++;
  }

  /* bound code lengths, force root to be within code lengths */
  root = bits;
  for (max = MAXBITS; max >= 1; max--) {
    if (count[max] !== 0) { break; }
  }
  if (root > max) {
    root = max;
  }
  if (max === 0) {                     /* no symbols to code at all */
    //table.op[opts.table_index] = 64;  //here.op = (var char)64;    /* invalid code marker */
    //table.bits[opts.table_index] = 1;   //here.bits = (var char)1;
    //table.val[opts.table_index++] = 0;   //here.val = (var short)0;
    table[table_index++] = (1 << 24) | (64 << 16) | 0;


    //table.op[opts.table_index] = 64;
    //table.bits[opts.table_index] = 1;
    //table.val[opts.table_index++] = 0;
    table[table_index++] = (1 << 24) | (64 << 16) | 0;

    opts.bits = 1;
    return 0;     /* no symbols, but wait for decoding to report error */
  }
  for (min = 1; min < max; min++) {
    if (count[min] !== 0) { break; }
  }
  if (root < min) {
    root = min;
  }

  /* check for an over-subscribed or incomplete set of lengths */
  left = 1;
  for (len = 1; len <= MAXBITS; len++) {
    left <<= 1;
    left -= count[len];
    if (left < 0) {
      return -1;
    }        /* over-subscribed */
  }
  if (left > 0 && (type === CODES$1 || max !== 1)) {
    return -1;                      /* incomplete set */
  }

  /* generate offsets into symbol table for each length for sorting */
  offs[1] = 0;
  for (len = 1; len < MAXBITS; len++) {
    offs[len + 1] = offs[len] + count[len];
  }

  /* sort symbols by length, by symbol order within each length */
  for (sym = 0; sym < codes; sym++) {
    if (lens[lens_index + sym] !== 0) {
      work[offs[lens[lens_index + sym]]++] = sym;
    }
  }

  /*
   Create and fill in decoding tables.  In this loop, the table being
   filled is at next and has curr index bits.  The code being used is huff
   with length len.  That code is converted to an index by dropping drop
   bits off of the bottom.  For codes where len is less than drop + curr,
   those top drop + curr - len bits are incremented through all values to
   fill the table with replicated entries.

   root is the number of index bits for the root table.  When len exceeds
   root, sub-tables are created pointed to by the root entry with an index
   of the low root bits of huff.  This is saved in low to check for when a
   new sub-table should be started.  drop is zero when the root table is
   being filled, and drop is root when sub-tables are being filled.

   When a new sub-table is needed, it is necessary to look ahead in the
   code lengths to determine what size sub-table is needed.  The length
   counts are used for this, and so count[] is decremented as codes are
   entered in the tables.

   used keeps track of how many table entries have been allocated from the
   provided *table space.  It is checked for LENS and DIST tables against
   the constants ENOUGH_LENS and ENOUGH_DISTS to guard against changes in
   the initial root table size constants.  See the comments in inftrees.h
   for more information.

   sym increments through all symbols, and the loop terminates when
   all codes of length max, i.e. all codes, have been processed.  This
   routine permits incomplete codes, so another loop after this one fills
   in the rest of the decoding tables with invalid code markers.
   */

  /* set up for code type */
  // poor man optimization - use if-else instead of switch,
  // to avoid deopts in old v8
  if (type === CODES$1) {
    base = extra = work;    /* dummy value--not used */
    match = 20;

  } else if (type === LENS$1) {
    base = lbase;
    extra = lext;
    match = 257;

  } else {                    /* DISTS */
    base = dbase;
    extra = dext;
    match = 0;
  }

  /* initialize opts for loop */
  huff = 0;                   /* starting code */
  sym = 0;                    /* starting code symbol */
  len = min;                  /* starting code length */
  next = table_index;              /* current table to fill in */
  curr = root;                /* current table index bits */
  drop = 0;                   /* current bits to drop from code for index */
  low = -1;                   /* trigger new sub-table when len > root */
  used = 1 << root;          /* use root table entries */
  mask = used - 1;            /* mask for comparing low */

  /* check available table space */
  if ((type === LENS$1 && used > ENOUGH_LENS$1) ||
    (type === DISTS$1 && used > ENOUGH_DISTS$1)) {
    return 1;
  }

  /* process all codes and make table entries */
  for (;;) {
    /* create table entry */
    here_bits = len - drop;
    if (work[sym] + 1 < match) {
      here_op = 0;
      here_val = work[sym];
    }
    else if (work[sym] >= match) {
      here_op = extra[work[sym] - match];
      here_val = base[work[sym] - match];
    }
    else {
      here_op = 32 + 64;         /* end of block */
      here_val = 0;
    }

    /* replicate for those indices with low len bits equal to huff */
    incr = 1 << (len - drop);
    fill = 1 << curr;
    min = fill;                 /* save offset to next table */
    do {
      fill -= incr;
      table[next + (huff >> drop) + fill] = (here_bits << 24) | (here_op << 16) | here_val |0;
    } while (fill !== 0);

    /* backwards increment the len-bit code huff */
    incr = 1 << (len - 1);
    while (huff & incr) {
      incr >>= 1;
    }
    if (incr !== 0) {
      huff &= incr - 1;
      huff += incr;
    } else {
      huff = 0;
    }

    /* go to next symbol, update count, len */
    sym++;
    if (--count[len] === 0) {
      if (len === max) { break; }
      len = lens[lens_index + work[sym]];
    }

    /* create new sub-table if needed */
    if (len > root && (huff & mask) !== low) {
      /* if first time, transition to sub-tables */
      if (drop === 0) {
        drop = root;
      }

      /* increment past last table */
      next += min;            /* here min is 1 << curr */

      /* determine length of next table */
      curr = len - drop;
      left = 1 << curr;
      while (curr + drop < max) {
        left -= count[curr + drop];
        if (left <= 0) { break; }
        curr++;
        left <<= 1;
      }

      /* check for enough space */
      used += 1 << curr;
      if ((type === LENS$1 && used > ENOUGH_LENS$1) ||
        (type === DISTS$1 && used > ENOUGH_DISTS$1)) {
        return 1;
      }

      /* point entry in root table to sub-table */
      low = huff & mask;
      /*table.op[low] = curr;
      table.bits[low] = root;
      table.val[low] = next - opts.table_index;*/
      table[low] = (root << 24) | (curr << 16) | (next - table_index) |0;
    }
  }

  /* fill in remaining table entry if code is incomplete (guaranteed to have
   at most one remaining entry, since if the code is incomplete, the
   maximum code length that was allowed to get this far is one bit) */
  if (huff !== 0) {
    //table.op[next + huff] = 64;            /* invalid code marker */
    //table.bits[next + huff] = len - drop;
    //table.val[next + huff] = 0;
    table[next + huff] = ((len - drop) << 24) | (64 << 16) |0;
  }

  /* set return parameters */
  //opts.table_index += used;
  opts.bits = root;
  return 0;
};


var inftrees = inflate_table;

// (C) 1995-2013 Jean-loup Gailly and Mark Adler
// (C) 2014-2017 Vitaly Puzrin and Andrey Tupitsin
//
// This software is provided 'as-is', without any express or implied
// warranty. In no event will the authors be held liable for any damages
// arising from the use of this software.
//
// Permission is granted to anyone to use this software for any purpose,
// including commercial applications, and to alter it and redistribute it
// freely, subject to the following restrictions:
//
// 1. The origin of this software must not be misrepresented; you must not
//   claim that you wrote the original software. If you use this software
//   in a product, an acknowledgment in the product documentation would be
//   appreciated but is not required.
// 2. Altered source versions must be plainly marked as such, and must not be
//   misrepresented as being the original software.
// 3. This notice may not be removed or altered from any source distribution.






const CODES = 0;
const LENS = 1;
const DISTS = 2;

/* Public constants ==========================================================*/
/* ===========================================================================*/

const {
  Z_FINISH: Z_FINISH$1, Z_BLOCK, Z_TREES,
  Z_OK: Z_OK$1, Z_STREAM_END: Z_STREAM_END$1, Z_NEED_DICT: Z_NEED_DICT$1, Z_STREAM_ERROR: Z_STREAM_ERROR$1, Z_DATA_ERROR: Z_DATA_ERROR$1, Z_MEM_ERROR: Z_MEM_ERROR$1, Z_BUF_ERROR: Z_BUF_ERROR$1,
  Z_DEFLATED
} = constants$2;


/* STATES ====================================================================*/
/* ===========================================================================*/


const    HEAD = 16180;       /* i: waiting for magic header */
const    FLAGS = 16181;      /* i: waiting for method and flags (gzip) */
const    TIME = 16182;       /* i: waiting for modification time (gzip) */
const    OS = 16183;         /* i: waiting for extra flags and operating system (gzip) */
const    EXLEN = 16184;      /* i: waiting for extra length (gzip) */
const    EXTRA = 16185;      /* i: waiting for extra bytes (gzip) */
const    NAME = 16186;       /* i: waiting for end of file name (gzip) */
const    COMMENT = 16187;    /* i: waiting for end of comment (gzip) */
const    HCRC = 16188;       /* i: waiting for header crc (gzip) */
const    DICTID = 16189;    /* i: waiting for dictionary check value */
const    DICT = 16190;      /* waiting for inflateSetDictionary() call */
const        TYPE = 16191;      /* i: waiting for type bits, including last-flag bit */
const        TYPEDO = 16192;    /* i: same, but skip check to exit inflate on new block */
const        STORED = 16193;    /* i: waiting for stored size (length and complement) */
const        COPY_ = 16194;     /* i/o: same as COPY below, but only first time in */
const        COPY = 16195;      /* i/o: waiting for input or output to copy stored block */
const        TABLE = 16196;     /* i: waiting for dynamic block table lengths */
const        LENLENS = 16197;   /* i: waiting for code length code lengths */
const        CODELENS = 16198;  /* i: waiting for length/lit and distance code lengths */
const            LEN_ = 16199;      /* i: same as LEN below, but only first time in */
const            LEN = 16200;       /* i: waiting for length/lit/eob code */
const            LENEXT = 16201;    /* i: waiting for length extra bits */
const            DIST = 16202;      /* i: waiting for distance code */
const            DISTEXT = 16203;   /* i: waiting for distance extra bits */
const            MATCH = 16204;     /* o: waiting for output space to copy string */
const            LIT = 16205;       /* o: waiting for output space to write literal */
const    CHECK = 16206;     /* i: waiting for 32-bit check value */
const    LENGTH = 16207;    /* i: waiting for 32-bit length (gzip) */
const    DONE = 16208;      /* finished check, done -- remain here until reset */
const    BAD = 16209;       /* got a data error -- remain here until reset */
const    MEM = 16210;       /* got an inflate() memory error -- remain here until reset */
const    SYNC = 16211;      /* looking for synchronization bytes to restart inflate() */

/* ===========================================================================*/



const ENOUGH_LENS = 852;
const ENOUGH_DISTS = 592;
//const ENOUGH =  (ENOUGH_LENS+ENOUGH_DISTS);

const MAX_WBITS = 15;
/* 32K LZ77 window */
const DEF_WBITS = MAX_WBITS;


const zswap32 = (q) => {

  return  (((q >>> 24) & 0xff) +
          ((q >>> 8) & 0xff00) +
          ((q & 0xff00) << 8) +
          ((q & 0xff) << 24));
};


function InflateState() {
  this.strm = null;           /* pointer back to this zlib stream */
  this.mode = 0;              /* current inflate mode */
  this.last = false;          /* true if processing last block */
  this.wrap = 0;              /* bit 0 true for zlib, bit 1 true for gzip,
                                 bit 2 true to validate check value */
  this.havedict = false;      /* true if dictionary provided */
  this.flags = 0;             /* gzip header method and flags (0 if zlib), or
                                 -1 if raw or no header yet */
  this.dmax = 0;              /* zlib header max distance (INFLATE_STRICT) */
  this.check = 0;             /* protected copy of check value */
  this.total = 0;             /* protected copy of output count */
  // TODO: may be {}
  this.head = null;           /* where to save gzip header information */

  /* sliding window */
  this.wbits = 0;             /* log base 2 of requested window size */
  this.wsize = 0;             /* window size or zero if not using window */
  this.whave = 0;             /* valid bytes in the window */
  this.wnext = 0;             /* window write index */
  this.window = null;         /* allocated sliding window, if needed */

  /* bit accumulator */
  this.hold = 0;              /* input bit accumulator */
  this.bits = 0;              /* number of bits in "in" */

  /* for string and stored block copying */
  this.length = 0;            /* literal or length of data to copy */
  this.offset = 0;            /* distance back to copy string from */

  /* for table and code decoding */
  this.extra = 0;             /* extra bits needed */

  /* fixed and dynamic code tables */
  this.lencode = null;          /* starting table for length/literal codes */
  this.distcode = null;         /* starting table for distance codes */
  this.lenbits = 0;           /* index bits for lencode */
  this.distbits = 0;          /* index bits for distcode */

  /* dynamic table building */
  this.ncode = 0;             /* number of code length code lengths */
  this.nlen = 0;              /* number of length code lengths */
  this.ndist = 0;             /* number of distance code lengths */
  this.have = 0;              /* number of code lengths in lens[] */
  this.next = null;              /* next available space in codes[] */

  this.lens = new Uint16Array(320); /* temporary storage for code lengths */
  this.work = new Uint16Array(288); /* work area for code table building */

  /*
   because we don't have pointers in js, we use lencode and distcode directly
   as buffers so we don't need codes
  */
  //this.codes = new Int32Array(ENOUGH);       /* space for code tables */
  this.lendyn = null;              /* dynamic table for length/literal codes (JS specific) */
  this.distdyn = null;             /* dynamic table for distance codes (JS specific) */
  this.sane = 0;                   /* if false, allow invalid distance too far */
  this.back = 0;                   /* bits back of last unprocessed length/lit */
  this.was = 0;                    /* initial length of match */
}


const inflateStateCheck = (strm) => {

  if (!strm) {
    return 1;
  }
  const state = strm.state;
  if (!state || state.strm !== strm ||
    state.mode < HEAD || state.mode > SYNC) {
    return 1;
  }
  return 0;
};


const inflateResetKeep = (strm) => {

  if (inflateStateCheck(strm)) { return Z_STREAM_ERROR$1; }
  const state = strm.state;
  strm.total_in = strm.total_out = state.total = 0;
  strm.msg = ''; /*Z_NULL*/
  if (state.wrap) {       /* to support ill-conceived Java test suite */
    strm.adler = state.wrap & 1;
  }
  state.mode = HEAD;
  state.last = 0;
  state.havedict = 0;
  state.flags = -1;
  state.dmax = 32768;
  state.head = null/*Z_NULL*/;
  state.hold = 0;
  state.bits = 0;
  //state.lencode = state.distcode = state.next = state.codes;
  state.lencode = state.lendyn = new Int32Array(ENOUGH_LENS);
  state.distcode = state.distdyn = new Int32Array(ENOUGH_DISTS);

  state.sane = 1;
  state.back = -1;
  //Tracev((stderr, "inflate: reset\n"));
  return Z_OK$1;
};


const inflateReset = (strm) => {

  if (inflateStateCheck(strm)) { return Z_STREAM_ERROR$1; }
  const state = strm.state;
  state.wsize = 0;
  state.whave = 0;
  state.wnext = 0;
  return inflateResetKeep(strm);

};


const inflateReset2 = (strm, windowBits) => {
  let wrap;

  /* get the state */
  if (inflateStateCheck(strm)) { return Z_STREAM_ERROR$1; }
  const state = strm.state;

  /* extract wrap request from windowBits parameter */
  if (windowBits < 0) {
    wrap = 0;
    windowBits = -windowBits;
  }
  else {
    wrap = (windowBits >> 4) + 5;
    if (windowBits < 48) {
      windowBits &= 15;
    }
  }

  /* set number of window bits, free window if different */
  if (windowBits && (windowBits < 8 || windowBits > 15)) {
    return Z_STREAM_ERROR$1;
  }
  if (state.window !== null && state.wbits !== windowBits) {
    state.window = null;
  }

  /* update state and reset the rest of it */
  state.wrap = wrap;
  state.wbits = windowBits;
  return inflateReset(strm);
};


const inflateInit2 = (strm, windowBits) => {

  if (!strm) { return Z_STREAM_ERROR$1; }
  //strm.msg = Z_NULL;                 /* in case we return an error */

  const state = new InflateState();

  //if (state === Z_NULL) return Z_MEM_ERROR;
  //Tracev((stderr, "inflate: allocated\n"));
  strm.state = state;
  state.strm = strm;
  state.window = null/*Z_NULL*/;
  state.mode = HEAD;     /* to pass state test in inflateReset2() */
  const ret = inflateReset2(strm, windowBits);
  if (ret !== Z_OK$1) {
    strm.state = null/*Z_NULL*/;
  }
  return ret;
};


const inflateInit = (strm) => {

  return inflateInit2(strm, DEF_WBITS);
};


/*
 Return state with length and distance decoding tables and index sizes set to
 fixed code decoding.  Normally this returns fixed tables from inffixed.h.
 If BUILDFIXED is defined, then instead this routine builds the tables the
 first time it's called, and returns those tables the first time and
 thereafter.  This reduces the size of the code by about 2K bytes, in
 exchange for a little execution time.  However, BUILDFIXED should not be
 used for threaded applications, since the rewriting of the tables and virgin
 may not be thread-safe.
 */
let virgin = true;

let lenfix, distfix; // We have no pointers in JS, so keep tables separate


const fixedtables = (state) => {

  /* build fixed huffman tables if first call (may not be thread safe) */
  if (virgin) {
    lenfix = new Int32Array(512);
    distfix = new Int32Array(32);

    /* literal/length table */
    let sym = 0;
    while (sym < 144) { state.lens[sym++] = 8; }
    while (sym < 256) { state.lens[sym++] = 9; }
    while (sym < 280) { state.lens[sym++] = 7; }
    while (sym < 288) { state.lens[sym++] = 8; }

    inftrees(LENS,  state.lens, 0, 288, lenfix,   0, state.work, { bits: 9 });

    /* distance table */
    sym = 0;
    while (sym < 32) { state.lens[sym++] = 5; }

    inftrees(DISTS, state.lens, 0, 32,   distfix, 0, state.work, { bits: 5 });

    /* do this just once */
    virgin = false;
  }

  state.lencode = lenfix;
  state.lenbits = 9;
  state.distcode = distfix;
  state.distbits = 5;
};


/*
 Update the window with the last wsize (normally 32K) bytes written before
 returning.  If window does not exist yet, create it.  This is only called
 when a window is already in use, or when output has been written during this
 inflate call, but the end of the deflate stream has not been reached yet.
 It is also called to create a window for dictionary data when a dictionary
 is loaded.

 Providing output buffers larger than 32K to inflate() should provide a speed
 advantage, since only the last 32K of output is copied to the sliding window
 upon return from inflate(), and since all distances after the first 32K of
 output will fall in the output data, making match copies simpler and faster.
 The advantage may be dependent on the size of the processor's data caches.
 */
const updatewindow = (strm, src, end, copy) => {

  let dist;
  const state = strm.state;

  /* if it hasn't been done already, allocate space for the window */
  if (state.window === null) {
    state.window = new Uint8Array(1 << state.wbits);
  }

  /* if window not in use yet, initialize */
  if (state.wsize === 0) {
    state.wsize = 1 << state.wbits;
    state.wnext = 0;
    state.whave = 0;
  }

  /* copy state->wsize or less output bytes into the circular window */
  if (copy >= state.wsize) {
    state.window.set(src.subarray(end - state.wsize, end), 0);
    state.wnext = 0;
    state.whave = state.wsize;
  }
  else {
    dist = state.wsize - state.wnext;
    if (dist > copy) {
      dist = copy;
    }
    //zmemcpy(state->window + state->wnext, end - copy, dist);
    state.window.set(src.subarray(end - copy, end - copy + dist), state.wnext);
    copy -= dist;
    if (copy) {
      //zmemcpy(state->window, end - copy, copy);
      state.window.set(src.subarray(end - copy, end), 0);
      state.wnext = copy;
      state.whave = state.wsize;
    }
    else {
      state.wnext += dist;
      if (state.wnext === state.wsize) { state.wnext = 0; }
      if (state.whave < state.wsize) { state.whave += dist; }
    }
  }
  return 0;
};


const inflate$2 = (strm, flush) => {

  let state;
  let input, output;          // input/output buffers
  let next;                   /* next input INDEX */
  let put;                    /* next output INDEX */
  let have, left;             /* available input and output */
  let hold;                   /* bit buffer */
  let bits;                   /* bits in bit buffer */
  let _in, _out;              /* save starting available input and output */
  let copy;                   /* number of stored or match bytes to copy */
  let from;                   /* where to copy match bytes from */
  let from_source;
  let here = 0;               /* current decoding table entry */
  let here_bits, here_op, here_val; // paked "here" denormalized (JS specific)
  //let last;                   /* parent table entry */
  let last_bits, last_op, last_val; // paked "last" denormalized (JS specific)
  let len;                    /* length to copy for repeats, bits to drop */
  let ret;                    /* return code */
  const hbuf = new Uint8Array(4);    /* buffer for gzip header crc calculation */
  let opts;

  let n; // temporary variable for NEED_BITS

  const order = /* permutation of code lengths */
    new Uint8Array([ 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 ]);


  if (inflateStateCheck(strm) || !strm.output ||
      (!strm.input && strm.avail_in !== 0)) {
    return Z_STREAM_ERROR$1;
  }

  state = strm.state;
  if (state.mode === TYPE) { state.mode = TYPEDO; }    /* skip check */


  //--- LOAD() ---
  put = strm.next_out;
  output = strm.output;
  left = strm.avail_out;
  next = strm.next_in;
  input = strm.input;
  have = strm.avail_in;
  hold = state.hold;
  bits = state.bits;
  //---

  _in = have;
  _out = left;
  ret = Z_OK$1;

  inf_leave: // goto emulation
  for (;;) {
    switch (state.mode) {
      case HEAD:
        if (state.wrap === 0) {
          state.mode = TYPEDO;
          break;
        }
        //=== NEEDBITS(16);
        while (bits < 16) {
          if (have === 0) { break inf_leave; }
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        //===//
        if ((state.wrap & 2) && hold === 0x8b1f) {  /* gzip header */
          if (state.wbits === 0) {
            state.wbits = 15;
          }
          state.check = 0/*crc32(0L, Z_NULL, 0)*/;
          //=== CRC2(state.check, hold);
          hbuf[0] = hold & 0xff;
          hbuf[1] = (hold >>> 8) & 0xff;
          state.check = crc32_1(state.check, hbuf, 2, 0);
          //===//

          //=== INITBITS();
          hold = 0;
          bits = 0;
          //===//
          state.mode = FLAGS;
          break;
        }
        if (state.head) {
          state.head.done = false;
        }
        if (!(state.wrap & 1) ||   /* check if zlib header allowed */
          (((hold & 0xff)/*BITS(8)*/ << 8) + (hold >> 8)) % 31) {
          strm.msg = 'incorrect header check';
          state.mode = BAD;
          break;
        }
        if ((hold & 0x0f)/*BITS(4)*/ !== Z_DEFLATED) {
          strm.msg = 'unknown compression method';
          state.mode = BAD;
          break;
        }
        //--- DROPBITS(4) ---//
        hold >>>= 4;
        bits -= 4;
        //---//
        len = (hold & 0x0f)/*BITS(4)*/ + 8;
        if (state.wbits === 0) {
          state.wbits = len;
        }
        if (len > 15 || len > state.wbits) {
          strm.msg = 'invalid window size';
          state.mode = BAD;
          break;
        }

        // !!! pako patch. Force use `options.windowBits` if passed.
        // Required to always use max window size by default.
        state.dmax = 1 << state.wbits;
        //state.dmax = 1 << len;

        state.flags = 0;               /* indicate zlib header */
        //Tracev((stderr, "inflate:   zlib header ok\n"));
        strm.adler = state.check = 1/*adler32(0L, Z_NULL, 0)*/;
        state.mode = hold & 0x200 ? DICTID : TYPE;
        //=== INITBITS();
        hold = 0;
        bits = 0;
        //===//
        break;
      case FLAGS:
        //=== NEEDBITS(16); */
        while (bits < 16) {
          if (have === 0) { break inf_leave; }
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        //===//
        state.flags = hold;
        if ((state.flags & 0xff) !== Z_DEFLATED) {
          strm.msg = 'unknown compression method';
          state.mode = BAD;
          break;
        }
        if (state.flags & 0xe000) {
          strm.msg = 'unknown header flags set';
          state.mode = BAD;
          break;
        }
        if (state.head) {
          state.head.text = ((hold >> 8) & 1);
        }
        if ((state.flags & 0x0200) && (state.wrap & 4)) {
          //=== CRC2(state.check, hold);
          hbuf[0] = hold & 0xff;
          hbuf[1] = (hold >>> 8) & 0xff;
          state.check = crc32_1(state.check, hbuf, 2, 0);
          //===//
        }
        //=== INITBITS();
        hold = 0;
        bits = 0;
        //===//
        state.mode = TIME;
        /* falls through */
      case TIME:
        //=== NEEDBITS(32); */
        while (bits < 32) {
          if (have === 0) { break inf_leave; }
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        //===//
        if (state.head) {
          state.head.time = hold;
        }
        if ((state.flags & 0x0200) && (state.wrap & 4)) {
          //=== CRC4(state.check, hold)
          hbuf[0] = hold & 0xff;
          hbuf[1] = (hold >>> 8) & 0xff;
          hbuf[2] = (hold >>> 16) & 0xff;
          hbuf[3] = (hold >>> 24) & 0xff;
          state.check = crc32_1(state.check, hbuf, 4, 0);
          //===
        }
        //=== INITBITS();
        hold = 0;
        bits = 0;
        //===//
        state.mode = OS;
        /* falls through */
      case OS:
        //=== NEEDBITS(16); */
        while (bits < 16) {
          if (have === 0) { break inf_leave; }
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        //===//
        if (state.head) {
          state.head.xflags = (hold & 0xff);
          state.head.os = (hold >> 8);
        }
        if ((state.flags & 0x0200) && (state.wrap & 4)) {
          //=== CRC2(state.check, hold);
          hbuf[0] = hold & 0xff;
          hbuf[1] = (hold >>> 8) & 0xff;
          state.check = crc32_1(state.check, hbuf, 2, 0);
          //===//
        }
        //=== INITBITS();
        hold = 0;
        bits = 0;
        //===//
        state.mode = EXLEN;
        /* falls through */
      case EXLEN:
        if (state.flags & 0x0400) {
          //=== NEEDBITS(16); */
          while (bits < 16) {
            if (have === 0) { break inf_leave; }
            have--;
            hold += input[next++] << bits;
            bits += 8;
          }
          //===//
          state.length = hold;
          if (state.head) {
            state.head.extra_len = hold;
          }
          if ((state.flags & 0x0200) && (state.wrap & 4)) {
            //=== CRC2(state.check, hold);
            hbuf[0] = hold & 0xff;
            hbuf[1] = (hold >>> 8) & 0xff;
            state.check = crc32_1(state.check, hbuf, 2, 0);
            //===//
          }
          //=== INITBITS();
          hold = 0;
          bits = 0;
          //===//
        }
        else if (state.head) {
          state.head.extra = null/*Z_NULL*/;
        }
        state.mode = EXTRA;
        /* falls through */
      case EXTRA:
        if (state.flags & 0x0400) {
          copy = state.length;
          if (copy > have) { copy = have; }
          if (copy) {
            if (state.head) {
              len = state.head.extra_len - state.length;
              if (!state.head.extra) {
                // Use untyped array for more convenient processing later
                state.head.extra = new Uint8Array(state.head.extra_len);
              }
              state.head.extra.set(
                input.subarray(
                  next,
                  // extra field is limited to 65536 bytes
                  // - no need for additional size check
                  next + copy
                ),
                /*len + copy > state.head.extra_max - len ? state.head.extra_max : copy,*/
                len
              );
              //zmemcpy(state.head.extra + len, next,
              //        len + copy > state.head.extra_max ?
              //        state.head.extra_max - len : copy);
            }
            if ((state.flags & 0x0200) && (state.wrap & 4)) {
              state.check = crc32_1(state.check, input, copy, next);
            }
            have -= copy;
            next += copy;
            state.length -= copy;
          }
          if (state.length) { break inf_leave; }
        }
        state.length = 0;
        state.mode = NAME;
        /* falls through */
      case NAME:
        if (state.flags & 0x0800) {
          if (have === 0) { break inf_leave; }
          copy = 0;
          do {
            // TODO: 2 or 1 bytes?
            len = input[next + copy++];
            /* use constant limit because in js we should not preallocate memory */
            if (state.head && len &&
                (state.length < 65536 /*state.head.name_max*/)) {
              state.head.name += String.fromCharCode(len);
            }
          } while (len && copy < have);

          if ((state.flags & 0x0200) && (state.wrap & 4)) {
            state.check = crc32_1(state.check, input, copy, next);
          }
          have -= copy;
          next += copy;
          if (len) { break inf_leave; }
        }
        else if (state.head) {
          state.head.name = null;
        }
        state.length = 0;
        state.mode = COMMENT;
        /* falls through */
      case COMMENT:
        if (state.flags & 0x1000) {
          if (have === 0) { break inf_leave; }
          copy = 0;
          do {
            len = input[next + copy++];
            /* use constant limit because in js we should not preallocate memory */
            if (state.head && len &&
                (state.length < 65536 /*state.head.comm_max*/)) {
              state.head.comment += String.fromCharCode(len);
            }
          } while (len && copy < have);
          if ((state.flags & 0x0200) && (state.wrap & 4)) {
            state.check = crc32_1(state.check, input, copy, next);
          }
          have -= copy;
          next += copy;
          if (len) { break inf_leave; }
        }
        else if (state.head) {
          state.head.comment = null;
        }
        state.mode = HCRC;
        /* falls through */
      case HCRC:
        if (state.flags & 0x0200) {
          //=== NEEDBITS(16); */
          while (bits < 16) {
            if (have === 0) { break inf_leave; }
            have--;
            hold += input[next++] << bits;
            bits += 8;
          }
          //===//
          if ((state.wrap & 4) && hold !== (state.check & 0xffff)) {
            strm.msg = 'header crc mismatch';
            state.mode = BAD;
            break;
          }
          //=== INITBITS();
          hold = 0;
          bits = 0;
          //===//
        }
        if (state.head) {
          state.head.hcrc = ((state.flags >> 9) & 1);
          state.head.done = true;
        }
        strm.adler = state.check = 0;
        state.mode = TYPE;
        break;
      case DICTID:
        //=== NEEDBITS(32); */
        while (bits < 32) {
          if (have === 0) { break inf_leave; }
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        //===//
        strm.adler = state.check = zswap32(hold);
        //=== INITBITS();
        hold = 0;
        bits = 0;
        //===//
        state.mode = DICT;
        /* falls through */
      case DICT:
        if (state.havedict === 0) {
          //--- RESTORE() ---
          strm.next_out = put;
          strm.avail_out = left;
          strm.next_in = next;
          strm.avail_in = have;
          state.hold = hold;
          state.bits = bits;
          //---
          return Z_NEED_DICT$1;
        }
        strm.adler = state.check = 1/*adler32(0L, Z_NULL, 0)*/;
        state.mode = TYPE;
        /* falls through */
      case TYPE:
        if (flush === Z_BLOCK || flush === Z_TREES) { break inf_leave; }
        /* falls through */
      case TYPEDO:
        if (state.last) {
          //--- BYTEBITS() ---//
          hold >>>= bits & 7;
          bits -= bits & 7;
          //---//
          state.mode = CHECK;
          break;
        }
        //=== NEEDBITS(3); */
        while (bits < 3) {
          if (have === 0) { break inf_leave; }
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        //===//
        state.last = (hold & 0x01)/*BITS(1)*/;
        //--- DROPBITS(1) ---//
        hold >>>= 1;
        bits -= 1;
        //---//

        switch ((hold & 0x03)/*BITS(2)*/) {
          case 0:                             /* stored block */
            //Tracev((stderr, "inflate:     stored block%s\n",
            //        state.last ? " (last)" : ""));
            state.mode = STORED;
            break;
          case 1:                             /* fixed block */
            fixedtables(state);
            //Tracev((stderr, "inflate:     fixed codes block%s\n",
            //        state.last ? " (last)" : ""));
            state.mode = LEN_;             /* decode codes */
            if (flush === Z_TREES) {
              //--- DROPBITS(2) ---//
              hold >>>= 2;
              bits -= 2;
              //---//
              break inf_leave;
            }
            break;
          case 2:                             /* dynamic block */
            //Tracev((stderr, "inflate:     dynamic codes block%s\n",
            //        state.last ? " (last)" : ""));
            state.mode = TABLE;
            break;
          case 3:
            strm.msg = 'invalid block type';
            state.mode = BAD;
        }
        //--- DROPBITS(2) ---//
        hold >>>= 2;
        bits -= 2;
        //---//
        break;
      case STORED:
        //--- BYTEBITS() ---// /* go to byte boundary */
        hold >>>= bits & 7;
        bits -= bits & 7;
        //---//
        //=== NEEDBITS(32); */
        while (bits < 32) {
          if (have === 0) { break inf_leave; }
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        //===//
        if ((hold & 0xffff) !== ((hold >>> 16) ^ 0xffff)) {
          strm.msg = 'invalid stored block lengths';
          state.mode = BAD;
          break;
        }
        state.length = hold & 0xffff;
        //Tracev((stderr, "inflate:       stored length %u\n",
        //        state.length));
        //=== INITBITS();
        hold = 0;
        bits = 0;
        //===//
        state.mode = COPY_;
        if (flush === Z_TREES) { break inf_leave; }
        /* falls through */
      case COPY_:
        state.mode = COPY;
        /* falls through */
      case COPY:
        copy = state.length;
        if (copy) {
          if (copy > have) { copy = have; }
          if (copy > left) { copy = left; }
          if (copy === 0) { break inf_leave; }
          //--- zmemcpy(put, next, copy); ---
          output.set(input.subarray(next, next + copy), put);
          //---//
          have -= copy;
          next += copy;
          left -= copy;
          put += copy;
          state.length -= copy;
          break;
        }
        //Tracev((stderr, "inflate:       stored end\n"));
        state.mode = TYPE;
        break;
      case TABLE:
        //=== NEEDBITS(14); */
        while (bits < 14) {
          if (have === 0) { break inf_leave; }
          have--;
          hold += input[next++] << bits;
          bits += 8;
        }
        //===//
        state.nlen = (hold & 0x1f)/*BITS(5)*/ + 257;
        //--- DROPBITS(5) ---//
        hold >>>= 5;
        bits -= 5;
        //---//
        state.ndist = (hold & 0x1f)/*BITS(5)*/ + 1;
        //--- DROPBITS(5) ---//
        hold >>>= 5;
        bits -= 5;
        //---//
        state.ncode = (hold & 0x0f)/*BITS(4)*/ + 4;
        //--- DROPBITS(4) ---//
        hold >>>= 4;
        bits -= 4;
        //---//
//#ifndef PKZIP_BUG_WORKAROUND
        if (state.nlen > 286 || state.ndist > 30) {
          strm.msg = 'too many length or distance symbols';
          state.mode = BAD;
          break;
        }
//#endif
        //Tracev((stderr, "inflate:       table sizes ok\n"));
        state.have = 0;
        state.mode = LENLENS;
        /* falls through */
      case LENLENS:
        while (state.have < state.ncode) {
          //=== NEEDBITS(3);
          while (bits < 3) {
            if (have === 0) { break inf_leave; }
            have--;
            hold += input[next++] << bits;
            bits += 8;
          }
          //===//
          state.lens[order[state.have++]] = (hold & 0x07);//BITS(3);
          //--- DROPBITS(3) ---//
          hold >>>= 3;
          bits -= 3;
          //---//
        }
        while (state.have < 19) {
          state.lens[order[state.have++]] = 0;
        }
        // We have separate tables & no pointers. 2 commented lines below not needed.
        //state.next = state.codes;
        //state.lencode = state.next;
        // Switch to use dynamic table
        state.lencode = state.lendyn;
        state.lenbits = 7;

        opts = { bits: state.lenbits };
        ret = inftrees(CODES, state.lens, 0, 19, state.lencode, 0, state.work, opts);
        state.lenbits = opts.bits;

        if (ret) {
          strm.msg = 'invalid code lengths set';
          state.mode = BAD;
          break;
        }
        //Tracev((stderr, "inflate:       code lengths ok\n"));
        state.have = 0;
        state.mode = CODELENS;
        /* falls through */
      case CODELENS:
        while (state.have < state.nlen + state.ndist) {
          for (;;) {
            here = state.lencode[hold & ((1 << state.lenbits) - 1)];/*BITS(state.lenbits)*/
            here_bits = here >>> 24;
            here_op = (here >>> 16) & 0xff;
            here_val = here & 0xffff;

            if ((here_bits) <= bits) { break; }
            //--- PULLBYTE() ---//
            if (have === 0) { break inf_leave; }
            have--;
            hold += input[next++] << bits;
            bits += 8;
            //---//
          }
          if (here_val < 16) {
            //--- DROPBITS(here.bits) ---//
            hold >>>= here_bits;
            bits -= here_bits;
            //---//
            state.lens[state.have++] = here_val;
          }
          else {
            if (here_val === 16) {
              //=== NEEDBITS(here.bits + 2);
              n = here_bits + 2;
              while (bits < n) {
                if (have === 0) { break inf_leave; }
                have--;
                hold += input[next++] << bits;
                bits += 8;
              }
              //===//
              //--- DROPBITS(here.bits) ---//
              hold >>>= here_bits;
              bits -= here_bits;
              //---//
              if (state.have === 0) {
                strm.msg = 'invalid bit length repeat';
                state.mode = BAD;
                break;
              }
              len = state.lens[state.have - 1];
              copy = 3 + (hold & 0x03);//BITS(2);
              //--- DROPBITS(2) ---//
              hold >>>= 2;
              bits -= 2;
              //---//
            }
            else if (here_val === 17) {
              //=== NEEDBITS(here.bits + 3);
              n = here_bits + 3;
              while (bits < n) {
                if (have === 0) { break inf_leave; }
                have--;
                hold += input[next++] << bits;
                bits += 8;
              }
              //===//
              //--- DROPBITS(here.bits) ---//
              hold >>>= here_bits;
              bits -= here_bits;
              //---//
              len = 0;
              copy = 3 + (hold & 0x07);//BITS(3);
              //--- DROPBITS(3) ---//
              hold >>>= 3;
              bits -= 3;
              //---//
            }
            else {
              //=== NEEDBITS(here.bits + 7);
              n = here_bits + 7;
              while (bits < n) {
                if (have === 0) { break inf_leave; }
                have--;
                hold += input[next++] << bits;
                bits += 8;
              }
              //===//
              //--- DROPBITS(here.bits) ---//
              hold >>>= here_bits;
              bits -= here_bits;
              //---//
              len = 0;
              copy = 11 + (hold & 0x7f);//BITS(7);
              //--- DROPBITS(7) ---//
              hold >>>= 7;
              bits -= 7;
              //---//
            }
            if (state.have + copy > state.nlen + state.ndist) {
              strm.msg = 'invalid bit length repeat';
              state.mode = BAD;
              break;
            }
            while (copy--) {
              state.lens[state.have++] = len;
            }
          }
        }

        /* handle error breaks in while */
        if (state.mode === BAD) { break; }

        /* check for end-of-block code (better have one) */
        if (state.lens[256] === 0) {
          strm.msg = 'invalid code -- missing end-of-block';
          state.mode = BAD;
          break;
        }

        /* build code tables -- note: do not change the lenbits or distbits
           values here (9 and 6) without reading the comments in inftrees.h
           concerning the ENOUGH constants, which depend on those values */
        state.lenbits = 9;

        opts = { bits: state.lenbits };
        ret = inftrees(LENS, state.lens, 0, state.nlen, state.lencode, 0, state.work, opts);
        // We have separate tables & no pointers. 2 commented lines below not needed.
        // state.next_index = opts.table_index;
        state.lenbits = opts.bits;
        // state.lencode = state.next;

        if (ret) {
          strm.msg = 'invalid literal/lengths set';
          state.mode = BAD;
          break;
        }

        state.distbits = 6;
        //state.distcode.copy(state.codes);
        // Switch to use dynamic table
        state.distcode = state.distdyn;
        opts = { bits: state.distbits };
        ret = inftrees(DISTS, state.lens, state.nlen, state.ndist, state.distcode, 0, state.work, opts);
        // We have separate tables & no pointers. 2 commented lines below not needed.
        // state.next_index = opts.table_index;
        state.distbits = opts.bits;
        // state.distcode = state.next;

        if (ret) {
          strm.msg = 'invalid distances set';
          state.mode = BAD;
          break;
        }
        //Tracev((stderr, 'inflate:       codes ok\n'));
        state.mode = LEN_;
        if (flush === Z_TREES) { break inf_leave; }
        /* falls through */
      case LEN_:
        state.mode = LEN;
        /* falls through */
      case LEN:
        if (have >= 6 && left >= 258) {
          //--- RESTORE() ---
          strm.next_out = put;
          strm.avail_out = left;
          strm.next_in = next;
          strm.avail_in = have;
          state.hold = hold;
          state.bits = bits;
          //---
          inffast(strm, _out);
          //--- LOAD() ---
          put = strm.next_out;
          output = strm.output;
          left = strm.avail_out;
          next = strm.next_in;
          input = strm.input;
          have = strm.avail_in;
          hold = state.hold;
          bits = state.bits;
          //---

          if (state.mode === TYPE) {
            state.back = -1;
          }
          break;
        }
        state.back = 0;
        for (;;) {
          here = state.lencode[hold & ((1 << state.lenbits) - 1)];  /*BITS(state.lenbits)*/
          here_bits = here >>> 24;
          here_op = (here >>> 16) & 0xff;
          here_val = here & 0xffff;

          if (here_bits <= bits) { break; }
          //--- PULLBYTE() ---//
          if (have === 0) { break inf_leave; }
          have--;
          hold += input[next++] << bits;
          bits += 8;
          //---//
        }
        if (here_op && (here_op & 0xf0) === 0) {
          last_bits = here_bits;
          last_op = here_op;
          last_val = here_val;
          for (;;) {
            here = state.lencode[last_val +
                    ((hold & ((1 << (last_bits + last_op)) - 1))/*BITS(last.bits + last.op)*/ >> last_bits)];
            here_bits = here >>> 24;
            here_op = (here >>> 16) & 0xff;
            here_val = here & 0xffff;

            if ((last_bits + here_bits) <= bits) { break; }
            //--- PULLBYTE() ---//
            if (have === 0) { break inf_leave; }
            have--;
            hold += input[next++] << bits;
            bits += 8;
            //---//
          }
          //--- DROPBITS(last.bits) ---//
          hold >>>= last_bits;
          bits -= last_bits;
          //---//
          state.back += last_bits;
        }
        //--- DROPBITS(here.bits) ---//
        hold >>>= here_bits;
        bits -= here_bits;
        //---//
        state.back += here_bits;
        state.length = here_val;
        if (here_op === 0) {
          //Tracevv((stderr, here.val >= 0x20 && here.val < 0x7f ?
          //        "inflate:         literal '%c'\n" :
          //        "inflate:         literal 0x%02x\n", here.val));
          state.mode = LIT;
          break;
        }
        if (here_op & 32) {
          //Tracevv((stderr, "inflate:         end of block\n"));
          state.back = -1;
          state.mode = TYPE;
          break;
        }
        if (here_op & 64) {
          strm.msg = 'invalid literal/length code';
          state.mode = BAD;
          break;
        }
        state.extra = here_op & 15;
        state.mode = LENEXT;
        /* falls through */
      case LENEXT:
        if (state.extra) {
          //=== NEEDBITS(state.extra);
          n = state.extra;
          while (bits < n) {
            if (have === 0) { break inf_leave; }
            have--;
            hold += input[next++] << bits;
            bits += 8;
          }
          //===//
          state.length += hold & ((1 << state.extra) - 1)/*BITS(state.extra)*/;
          //--- DROPBITS(state.extra) ---//
          hold >>>= state.extra;
          bits -= state.extra;
          //---//
          state.back += state.extra;
        }
        //Tracevv((stderr, "inflate:         length %u\n", state.length));
        state.was = state.length;
        state.mode = DIST;
        /* falls through */
      case DIST:
        for (;;) {
          here = state.distcode[hold & ((1 << state.distbits) - 1)];/*BITS(state.distbits)*/
          here_bits = here >>> 24;
          here_op = (here >>> 16) & 0xff;
          here_val = here & 0xffff;

          if ((here_bits) <= bits) { break; }
          //--- PULLBYTE() ---//
          if (have === 0) { break inf_leave; }
          have--;
          hold += input[next++] << bits;
          bits += 8;
          //---//
        }
        if ((here_op & 0xf0) === 0) {
          last_bits = here_bits;
          last_op = here_op;
          last_val = here_val;
          for (;;) {
            here = state.distcode[last_val +
                    ((hold & ((1 << (last_bits + last_op)) - 1))/*BITS(last.bits + last.op)*/ >> last_bits)];
            here_bits = here >>> 24;
            here_op = (here >>> 16) & 0xff;
            here_val = here & 0xffff;

            if ((last_bits + here_bits) <= bits) { break; }
            //--- PULLBYTE() ---//
            if (have === 0) { break inf_leave; }
            have--;
            hold += input[next++] << bits;
            bits += 8;
            //---//
          }
          //--- DROPBITS(last.bits) ---//
          hold >>>= last_bits;
          bits -= last_bits;
          //---//
          state.back += last_bits;
        }
        //--- DROPBITS(here.bits) ---//
        hold >>>= here_bits;
        bits -= here_bits;
        //---//
        state.back += here_bits;
        if (here_op & 64) {
          strm.msg = 'invalid distance code';
          state.mode = BAD;
          break;
        }
        state.offset = here_val;
        state.extra = (here_op) & 15;
        state.mode = DISTEXT;
        /* falls through */
      case DISTEXT:
        if (state.extra) {
          //=== NEEDBITS(state.extra);
          n = state.extra;
          while (bits < n) {
            if (have === 0) { break inf_leave; }
            have--;
            hold += input[next++] << bits;
            bits += 8;
          }
          //===//
          state.offset += hold & ((1 << state.extra) - 1)/*BITS(state.extra)*/;
          //--- DROPBITS(state.extra) ---//
          hold >>>= state.extra;
          bits -= state.extra;
          //---//
          state.back += state.extra;
        }
//#ifdef INFLATE_STRICT
        if (state.offset > state.dmax) {
          strm.msg = 'invalid distance too far back';
          state.mode = BAD;
          break;
        }
//#endif
        //Tracevv((stderr, "inflate:         distance %u\n", state.offset));
        state.mode = MATCH;
        /* falls through */
      case MATCH:
        if (left === 0) { break inf_leave; }
        copy = _out - left;
        if (state.offset > copy) {         /* copy from window */
          copy = state.offset - copy;
          if (copy > state.whave) {
            if (state.sane) {
              strm.msg = 'invalid distance too far back';
              state.mode = BAD;
              break;
            }
// (!) This block is disabled in zlib defaults,
// don't enable it for binary compatibility
//#ifdef INFLATE_ALLOW_INVALID_DISTANCE_TOOFAR_ARRR
//          Trace((stderr, "inflate.c too far\n"));
//          copy -= state.whave;
//          if (copy > state.length) { copy = state.length; }
//          if (copy > left) { copy = left; }
//          left -= copy;
//          state.length -= copy;
//          do {
//            output[put++] = 0;
//          } while (--copy);
//          if (state.length === 0) { state.mode = LEN; }
//          break;
//#endif
          }
          if (copy > state.wnext) {
            copy -= state.wnext;
            from = state.wsize - copy;
          }
          else {
            from = state.wnext - copy;
          }
          if (copy > state.length) { copy = state.length; }
          from_source = state.window;
        }
        else {                              /* copy from output */
          from_source = output;
          from = put - state.offset;
          copy = state.length;
        }
        if (copy > left) { copy = left; }
        left -= copy;
        state.length -= copy;
        do {
          output[put++] = from_source[from++];
        } while (--copy);
        if (state.length === 0) { state.mode = LEN; }
        break;
      case LIT:
        if (left === 0) { break inf_leave; }
        output[put++] = state.length;
        left--;
        state.mode = LEN;
        break;
      case CHECK:
        if (state.wrap) {
          //=== NEEDBITS(32);
          while (bits < 32) {
            if (have === 0) { break inf_leave; }
            have--;
            // Use '|' instead of '+' to make sure that result is signed
            hold |= input[next++] << bits;
            bits += 8;
          }
          //===//
          _out -= left;
          strm.total_out += _out;
          state.total += _out;
          if ((state.wrap & 4) && _out) {
            strm.adler = state.check =
                /*UPDATE_CHECK(state.check, put - _out, _out);*/
                (state.flags ? crc32_1(state.check, output, _out, put - _out) : adler32_1(state.check, output, _out, put - _out));

          }
          _out = left;
          // NB: crc32 stored as signed 32-bit int, zswap32 returns signed too
          if ((state.wrap & 4) && (state.flags ? hold : zswap32(hold)) !== state.check) {
            strm.msg = 'incorrect data check';
            state.mode = BAD;
            break;
          }
          //=== INITBITS();
          hold = 0;
          bits = 0;
          //===//
          //Tracev((stderr, "inflate:   check matches trailer\n"));
        }
        state.mode = LENGTH;
        /* falls through */
      case LENGTH:
        if (state.wrap && state.flags) {
          //=== NEEDBITS(32);
          while (bits < 32) {
            if (have === 0) { break inf_leave; }
            have--;
            hold += input[next++] << bits;
            bits += 8;
          }
          //===//
          if ((state.wrap & 4) && hold !== (state.total & 0xffffffff)) {
            strm.msg = 'incorrect length check';
            state.mode = BAD;
            break;
          }
          //=== INITBITS();
          hold = 0;
          bits = 0;
          //===//
          //Tracev((stderr, "inflate:   length matches trailer\n"));
        }
        state.mode = DONE;
        /* falls through */
      case DONE:
        ret = Z_STREAM_END$1;
        break inf_leave;
      case BAD:
        ret = Z_DATA_ERROR$1;
        break inf_leave;
      case MEM:
        return Z_MEM_ERROR$1;
      case SYNC:
        /* falls through */
      default:
        return Z_STREAM_ERROR$1;
    }
  }

  // inf_leave <- here is real place for "goto inf_leave", emulated via "break inf_leave"

  /*
     Return from inflate(), updating the total counts and the check value.
     If there was no progress during the inflate() call, return a buffer
     error.  Call updatewindow() to create and/or update the window state.
     Note: a memory error from inflate() is non-recoverable.
   */

  //--- RESTORE() ---
  strm.next_out = put;
  strm.avail_out = left;
  strm.next_in = next;
  strm.avail_in = have;
  state.hold = hold;
  state.bits = bits;
  //---

  if (state.wsize || (_out !== strm.avail_out && state.mode < BAD &&
                      (state.mode < CHECK || flush !== Z_FINISH$1))) {
    if (updatewindow(strm, strm.output, strm.next_out, _out - strm.avail_out)) ;
  }
  _in -= strm.avail_in;
  _out -= strm.avail_out;
  strm.total_in += _in;
  strm.total_out += _out;
  state.total += _out;
  if ((state.wrap & 4) && _out) {
    strm.adler = state.check = /*UPDATE_CHECK(state.check, strm.next_out - _out, _out);*/
      (state.flags ? crc32_1(state.check, output, _out, strm.next_out - _out) : adler32_1(state.check, output, _out, strm.next_out - _out));
  }
  strm.data_type = state.bits + (state.last ? 64 : 0) +
                    (state.mode === TYPE ? 128 : 0) +
                    (state.mode === LEN_ || state.mode === COPY_ ? 256 : 0);
  if (((_in === 0 && _out === 0) || flush === Z_FINISH$1) && ret === Z_OK$1) {
    ret = Z_BUF_ERROR$1;
  }
  return ret;
};


const inflateEnd = (strm) => {

  if (inflateStateCheck(strm)) {
    return Z_STREAM_ERROR$1;
  }

  let state = strm.state;
  if (state.window) {
    state.window = null;
  }
  strm.state = null;
  return Z_OK$1;
};


const inflateGetHeader = (strm, head) => {

  /* check state */
  if (inflateStateCheck(strm)) { return Z_STREAM_ERROR$1; }
  const state = strm.state;
  if ((state.wrap & 2) === 0) { return Z_STREAM_ERROR$1; }

  /* save header structure */
  state.head = head;
  head.done = false;
  return Z_OK$1;
};


const inflateSetDictionary = (strm, dictionary) => {
  const dictLength = dictionary.length;

  let state;
  let dictid;
  let ret;

  /* check state */
  if (inflateStateCheck(strm)) { return Z_STREAM_ERROR$1; }
  state = strm.state;

  if (state.wrap !== 0 && state.mode !== DICT) {
    return Z_STREAM_ERROR$1;
  }

  /* check for correct dictionary identifier */
  if (state.mode === DICT) {
    dictid = 1; /* adler32(0, null, 0)*/
    /* dictid = adler32(dictid, dictionary, dictLength); */
    dictid = adler32_1(dictid, dictionary, dictLength, 0);
    if (dictid !== state.check) {
      return Z_DATA_ERROR$1;
    }
  }
  /* copy dictionary to window using updatewindow(), which will amend the
   existing dictionary if appropriate */
  ret = updatewindow(strm, dictionary, dictLength, dictLength);
  if (ret) {
    state.mode = MEM;
    return Z_MEM_ERROR$1;
  }
  state.havedict = 1;
  // Tracev((stderr, "inflate:   dictionary set\n"));
  return Z_OK$1;
};


var inflateReset_1 = inflateReset;
var inflateReset2_1 = inflateReset2;
var inflateResetKeep_1 = inflateResetKeep;
var inflateInit_1 = inflateInit;
var inflateInit2_1 = inflateInit2;
var inflate_2$1 = inflate$2;
var inflateEnd_1 = inflateEnd;
var inflateGetHeader_1 = inflateGetHeader;
var inflateSetDictionary_1 = inflateSetDictionary;
var inflateInfo = 'pako inflate (from Nodeca project)';

/* Not implemented
module.exports.inflateCodesUsed = inflateCodesUsed;
module.exports.inflateCopy = inflateCopy;
module.exports.inflateGetDictionary = inflateGetDictionary;
module.exports.inflateMark = inflateMark;
module.exports.inflatePrime = inflatePrime;
module.exports.inflateSync = inflateSync;
module.exports.inflateSyncPoint = inflateSyncPoint;
module.exports.inflateUndermine = inflateUndermine;
module.exports.inflateValidate = inflateValidate;
*/

var inflate_1$2 = {
	inflateReset: inflateReset_1,
	inflateReset2: inflateReset2_1,
	inflateResetKeep: inflateResetKeep_1,
	inflateInit: inflateInit_1,
	inflateInit2: inflateInit2_1,
	inflate: inflate_2$1,
	inflateEnd: inflateEnd_1,
	inflateGetHeader: inflateGetHeader_1,
	inflateSetDictionary: inflateSetDictionary_1,
	inflateInfo: inflateInfo
};

// (C) 1995-2013 Jean-loup Gailly and Mark Adler
// (C) 2014-2017 Vitaly Puzrin and Andrey Tupitsin
//
// This software is provided 'as-is', without any express or implied
// warranty. In no event will the authors be held liable for any damages
// arising from the use of this software.
//
// Permission is granted to anyone to use this software for any purpose,
// including commercial applications, and to alter it and redistribute it
// freely, subject to the following restrictions:
//
// 1. The origin of this software must not be misrepresented; you must not
//   claim that you wrote the original software. If you use this software
//   in a product, an acknowledgment in the product documentation would be
//   appreciated but is not required.
// 2. Altered source versions must be plainly marked as such, and must not be
//   misrepresented as being the original software.
// 3. This notice may not be removed or altered from any source distribution.

function GZheader() {
  /* true if compressed data believed to be text */
  this.text       = 0;
  /* modification time */
  this.time       = 0;
  /* extra flags (not used when writing a gzip file) */
  this.xflags     = 0;
  /* operating system */
  this.os         = 0;
  /* pointer to extra field or Z_NULL if none */
  this.extra      = null;
  /* extra field length (valid if extra != Z_NULL) */
  this.extra_len  = 0; // Actually, we don't need it in JS,
                       // but leave for few code modifications

  //
  // Setup limits is not necessary because in js we should not preallocate memory
  // for inflate use constant limit in 65536 bytes
  //

  /* space at extra (only when reading header) */
  // this.extra_max  = 0;
  /* pointer to zero-terminated file name or Z_NULL */
  this.name       = '';
  /* space at name (only when reading header) */
  // this.name_max   = 0;
  /* pointer to zero-terminated comment or Z_NULL */
  this.comment    = '';
  /* space at comment (only when reading header) */
  // this.comm_max   = 0;
  /* true if there was or will be a header crc */
  this.hcrc       = 0;
  /* true when done reading gzip header (not used when writing a gzip file) */
  this.done       = false;
}

var gzheader = GZheader;

const toString = Object.prototype.toString;

/* Public constants ==========================================================*/
/* ===========================================================================*/

const {
  Z_NO_FLUSH, Z_FINISH,
  Z_OK, Z_STREAM_END, Z_NEED_DICT, Z_STREAM_ERROR, Z_DATA_ERROR, Z_MEM_ERROR, Z_BUF_ERROR: Z_BUF_ERROR$3
} = constants$2;

/* ===========================================================================*/

const defaultOptions = {
  chunkSize: 1024 * 64,
  windowBits: 15,
  to: ''
};

/**
 * class Inflate
 *
 * Generic JS-style wrapper for zlib calls. If you don't need
 * streaming behaviour - use more simple functions: [[inflate]]
 * and [[inflateRaw]].
 **/

/* internal
 * inflate.chunks -> Array
 *
 * Chunks of output data, if [[Inflate#onData]] not overridden.
 **/

/**
 * Inflate.result -> Uint8Array|String
 *
 * Uncompressed result, generated by default [[Inflate#onData]]
 * and [[Inflate#onEnd]] handlers. Filled after you push last chunk
 * (call [[Inflate#push]] with `Z_FINISH` / `true` param).
 **/

/**
 * Inflate.err -> Number
 *
 * Error code after inflate finished. 0 (Z_OK) on success.
 * Should be checked if broken data possible.
 **/

/**
 * Inflate.msg -> String
 *
 * Error message, if [[Inflate.err]] != 0
 **/


/**
 * new Inflate(options)
 * - options (Object): zlib inflate options.
 *
 * Creates new inflator instance with specified params. Throws exception
 * on bad params. Supported options:
 *
 * - `windowBits`
 * - `dictionary`
 *
 * [http://zlib.net/manual.html#Advanced](http://zlib.net/manual.html#Advanced)
 * for more information on these.
 *
 * Additional options, for internal needs:
 *
 * - `chunkSize` - size of generated data chunks (16K by default)
 * - `raw` (Boolean) - do raw inflate
 * - `to` (String) - if equal to 'string', then result will be converted
 *   from utf8 to utf16 (javascript) string. When string output requested,
 *   chunk length can differ from `chunkSize`, depending on content.
 *
 * By default, when no options set, autodetect deflate/gzip data format via
 * wrapper header.
 *
 * ##### Example:
 *
 * ```javascript
 * const pako = require('pako')
 * const chunk1 = new Uint8Array([1,2,3,4,5,6,7,8,9])
 * const chunk2 = new Uint8Array([10,11,12,13,14,15,16,17,18,19]);
 *
 * const inflate = new pako.Inflate({ level: 3});
 *
 * inflate.push(chunk1, false);
 * inflate.push(chunk2, true);  // true -> last chunk
 *
 * if (inflate.err) { throw new Error(inflate.err); }
 *
 * console.log(inflate.result);
 * ```
 **/
function Inflate$1(options) {
  this.options = common.assign({}, defaultOptions, options || {});

  const opt = this.options;

  // Force window size for `raw` data, if not set directly,
  // because we have no header for autodetect.
  if (opt.raw && (opt.windowBits >= 0) && (opt.windowBits < 16)) {
    opt.windowBits = -opt.windowBits;
    if (opt.windowBits === 0) { opt.windowBits = -15; }
  }

  // If `windowBits` not defined (and mode not raw) - set autodetect flag for gzip/deflate
  if ((opt.windowBits >= 0) && (opt.windowBits < 16) &&
      !(options && options.windowBits)) {
    opt.windowBits += 32;
  }

  // Gzip header has no info about windows size, we can do autodetect only
  // for deflate. So, if window size not set, force it to max when gzip possible
  if ((opt.windowBits > 15) && (opt.windowBits < 48)) {
    // bit 3 (16) -> gzipped data
    // bit 4 (32) -> autodetect gzip/deflate
    if ((opt.windowBits & 15) === 0) {
      opt.windowBits |= 15;
    }
  }

  this.err    = 0;      // error code, if happens (0 = Z_OK)
  this.msg    = '';     // error message
  this.ended  = false;  // used to avoid multiple onEnd() calls
  this.chunks = [];     // chunks of compressed data

  this.strm   = new zstream();
  this.strm.avail_out = 0;

  let status  = inflate_1$2.inflateInit2(
    this.strm,
    opt.windowBits
  );

  if (status !== Z_OK) {
    throw new Error(messages[status]);
  }

  this.header = new gzheader();

  inflate_1$2.inflateGetHeader(this.strm, this.header);

  // Setup dictionary
  if (opt.dictionary) {
    // Convert data if needed
    if (typeof opt.dictionary === 'string') {
      opt.dictionary = strings.string2buf(opt.dictionary);
    } else if (toString.call(opt.dictionary) === '[object ArrayBuffer]') {
      opt.dictionary = new Uint8Array(opt.dictionary);
    }
    if (opt.raw) { //In raw mode we need to set the dictionary early
      status = inflate_1$2.inflateSetDictionary(this.strm, opt.dictionary);
      if (status !== Z_OK) {
        throw new Error(messages[status]);
      }
    }
  }
}

/**
 * Inflate#push(data[, flush_mode]) -> Boolean
 * - data (Uint8Array|ArrayBuffer): input data
 * - flush_mode (Number|Boolean): 0..6 for corresponding Z_NO_FLUSH..Z_TREE
 *   flush modes. See constants. Skipped or `false` means Z_NO_FLUSH,
 *   `true` means Z_FINISH.
 *
 * Sends input data to inflate pipe, generating [[Inflate#onData]] calls with
 * new output chunks. Returns `true` on success. If end of stream detected,
 * [[Inflate#onEnd]] will be called.
 *
 * `flush_mode` is not needed for normal operation, because end of stream
 * detected automatically. You may try to use it for advanced things, but
 * this functionality was not tested.
 *
 * On fail call [[Inflate#onEnd]] with error code and return false.
 *
 * ##### Example
 *
 * ```javascript
 * push(chunk, false); // push one of data chunks
 * ...
 * push(chunk, true);  // push last chunk
 * ```
 **/
Inflate$1.prototype.push = function (data, flush_mode) {
  const strm = this.strm;
  const chunkSize = this.options.chunkSize;
  const dictionary = this.options.dictionary;
  let status, _flush_mode, last_avail_out;

  if (this.ended) return false;

  if (flush_mode === ~~flush_mode) _flush_mode = flush_mode;
  else _flush_mode = flush_mode === true ? Z_FINISH : Z_NO_FLUSH;

  // Convert data if needed
  if (toString.call(data) === '[object ArrayBuffer]') {
    strm.input = new Uint8Array(data);
  } else {
    strm.input = data;
  }

  strm.next_in = 0;
  strm.avail_in = strm.input.length;

  for (;;) {
    if (strm.avail_out === 0) {
      strm.output = new Uint8Array(chunkSize);
      strm.next_out = 0;
      strm.avail_out = chunkSize;
    }

    status = inflate_1$2.inflate(strm, _flush_mode);

    if (status === Z_NEED_DICT && dictionary) {
      status = inflate_1$2.inflateSetDictionary(strm, dictionary);

      if (status === Z_OK) {
        status = inflate_1$2.inflate(strm, _flush_mode);
      } else if (status === Z_DATA_ERROR) {
        // Replace code with more verbose
        status = Z_NEED_DICT;
      }
    }

    // Only the gzip format defines concatenated members (RFC 1952: a gzip file
    // is "a series of members"). A zlib stream (RFC 1950) ends after its
    // ADLER32, and a raw DEFLATE stream (RFC 1951) ends after its final block -
    // neither format allows anything to follow, so bytes after the end are not
    // ours to interpret and must be left in the input. Restart decoding only
    // for a gzip member: `state.flags` is non-zero only once a gzip header has
    // actually been decoded (it stays 0 for a zlib member, even when the format
    // was auto-detected and the gzip bit of `wrap` is set). A trailing zero
    // byte is padding, not the start of a member (no member can begin with 0).
    while (strm.avail_in > 0 &&
           status === Z_STREAM_END &&
           (strm.state.wrap & 2) && strm.state.flags !== 0 &&
           strm.input[strm.next_in] !== 0)
    {
      inflate_1$2.inflateReset(strm);
      status = inflate_1$2.inflate(strm, _flush_mode);
    }

    switch (status) {
      case Z_STREAM_ERROR:
      case Z_DATA_ERROR:
      case Z_NEED_DICT:
      case Z_MEM_ERROR:
        this.onEnd(status);
        this.ended = true;
        return false;
    }

    // Remember real `avail_out` value, because we may patch out buffer content
    // to align utf8 strings boundaries.
    last_avail_out = strm.avail_out;

    if (strm.next_out) {
      // Flush output if buffer is full, stream ended, or an explicit flush was
      // requested (e.g. Z_SYNC_FLUSH) - to push out the tail, same as node's zlib.
      if (strm.avail_out === 0 || status === Z_STREAM_END || _flush_mode > 0) {

        if (this.options.to === 'string') {

          let next_out_utf8 = strings.utf8border(strm.output, strm.next_out);

          let tail = strm.next_out - next_out_utf8;
          let utf8str = strings.buf2string(strm.output, next_out_utf8);

          // move tail & realign counters
          strm.next_out = tail;
          strm.avail_out = chunkSize - tail;
          if (tail) strm.output.set(strm.output.subarray(next_out_utf8, next_out_utf8 + tail), 0);

          this.onData(utf8str);

        } else {
          this.onData(strm.output.length === strm.next_out ? strm.output : strm.output.subarray(0, strm.next_out));

          // Force a fresh output buffer on next iteration / next push, so the
          // already emitted tail is not sent again.
          strm.avail_out = 0;
          strm.next_out = 0;
        }
      }
    }

    // A full output buffer means there may be more to produce - allocate a new
    // one and call inflate again. The status depends on the flush mode: with
    // Z_NO_FLUSH a full buffer is reported as Z_OK, but with Z_FINISH the same
    // situation is reported as Z_BUF_ERROR ("could not make progress now",
    // non-fatal) even though output is still pending. Both must continue; the
    // distinction that matters is purely "was the output buffer exhausted".
    if ((status === Z_OK || status === Z_BUF_ERROR$3) && last_avail_out === 0) continue;

    // Finalize if end of stream reached.
    if (status === Z_STREAM_END) {
      status = inflate_1$2.inflateEnd(this.strm);
      this.onEnd(status);
      this.ended = true;
      return true;
    }

    if (strm.avail_in === 0) {
      // Input is exhausted. If the caller declared this the end of the stream
      // (Z_FINISH) but we never saw Z_STREAM_END, the compressed data ended
      // before its terminating marker - i.e. it is truncated/incomplete. That
      // is an error: returning the partial output as success would be
      // indistinguishable from a complete decode, hiding the data loss. Report
      // it via Z_BUF_ERROR. (Reached only when the output buffer still had room
      // - a full buffer is handled by the `continue` above - so this genuinely
      // means "ran out of input", not "ran out of output".)
      if (_flush_mode === Z_FINISH) {
        status = inflate_1$2.inflateEnd(this.strm);
        this.onEnd(status === Z_OK ? Z_BUF_ERROR$3 : status);
        this.ended = true;
        return false;
      }
      break;
    }
  }

  return true;
};


/**
 * Inflate#onData(chunk) -> Void
 * - chunk (Uint8Array|String): output data. When string output requested,
 *   each chunk will be string.
 *
 * By default, stores data blocks in `chunks[]` property and glue
 * those in `onEnd`. Override this handler, if you need another behaviour.
 **/
Inflate$1.prototype.onData = function (chunk) {
  this.chunks.push(chunk);
};


/**
 * Inflate#onEnd(status) -> Void
 * - status (Number): inflate status. 0 (Z_OK) on success,
 *   other if not.
 *
 * Called either after you tell inflate that the input stream is
 * complete (Z_FINISH). By default - join collected chunks,
 * free memory and fill `results` / `err` properties.
 **/
Inflate$1.prototype.onEnd = function (status) {
  // On success - join
  if (status === Z_OK) {
    if (this.options.to === 'string') {
      this.result = this.chunks.join('');
    } else {
      this.result = common.flattenChunks(this.chunks);
    }
  }
  this.chunks = [];
  this.err = status;
  this.msg = this.strm.msg;
};


/**
 * inflate(data[, options]) -> Uint8Array|String
 * - data (Uint8Array|ArrayBuffer): input data to decompress.
 * - options (Object): zlib inflate options.
 *
 * Decompress `data` with inflate/ungzip and `options`. Autodetect
 * format via wrapper header by default. That's why we don't provide
 * separate `ungzip` method.
 *
 * Supported options are:
 *
 * - windowBits
 *
 * [http://zlib.net/manual.html#Advanced](http://zlib.net/manual.html#Advanced)
 * for more information.
 *
 * Sugar (options):
 *
 * - `raw` (Boolean) - say that we work with raw stream, if you don't wish to specify
 *   negative windowBits implicitly.
 * - `to` (String) - if equal to 'string', then result will be converted
 *   from utf8 to utf16 (javascript) string. When string output requested,
 *   chunk length can differ from `chunkSize`, depending on content.
 *
 *
 * ##### Example:
 *
 * ```javascript
 * const pako = require('pako');
 * const input = pako.deflate(new Uint8Array([1,2,3,4,5,6,7,8,9]));
 * let output;
 *
 * try {
 *   output = pako.inflate(input);
 * } catch (err) {
 *   console.log(err);
 * }
 * ```
 **/
function inflate$1(input, options) {
  const inflator = new Inflate$1(options);

  inflator.push(input, true);

  // That will never happens, if you don't cheat with options :)
  if (inflator.err) throw inflator.msg || messages[inflator.err];

  return inflator.result;
}


/**
 * inflateRaw(data[, options]) -> Uint8Array|String
 * - data (Uint8Array|ArrayBuffer): input data to decompress.
 * - options (Object): zlib inflate options.
 *
 * The same as [[inflate]], but creates raw data, without wrapper
 * (header and adler32 crc).
 **/
function inflateRaw$1(input, options) {
  options = options || {};
  options.raw = true;
  return inflate$1(input, options);
}


/**
 * ungzip(data[, options]) -> Uint8Array|String
 * - data (Uint8Array|ArrayBuffer): input data to decompress.
 * - options (Object): zlib inflate options.
 *
 * Just shortcut to [[inflate]], because it autodetects format
 * by header.content. Done for convenience.
 **/


var Inflate_1$1 = Inflate$1;
var inflate_2 = inflate$1;
var inflateRaw_1$1 = inflateRaw$1;
var ungzip$1 = inflate$1;

var inflate_1$1 = {
	Inflate: Inflate_1$1,
	inflate: inflate_2,
	inflateRaw: inflateRaw_1$1,
	ungzip: ungzip$1};

const { Deflate, deflate, deflateRaw, gzip } = deflate_1$1;

const { Inflate, inflate, inflateRaw, ungzip } = inflate_1$1;



var Deflate_1 = Deflate;
var deflate_1 = deflate;
var deflateRaw_1 = deflateRaw;
var gzip_1 = gzip;
var Inflate_1 = Inflate;
var inflate_1 = inflate;
var inflateRaw_1 = inflateRaw;
var ungzip_1 = ungzip;
var constants_1 = constants$2;

var pako = {
	Deflate: Deflate_1,
	deflate: deflate_1,
	deflateRaw: deflateRaw_1,
	gzip: gzip_1,
	Inflate: Inflate_1,
	inflate: inflate_1,
	inflateRaw: inflateRaw_1,
	ungzip: ungzip_1,
	constants: constants_1
};

/**
 * Streaming decompression in front of the decoder. Gzip input (magic 1f 8b)
 * is inflated with pako chunk by chunk; anything else is taken as a raw,
 * uncompressed profile, as pprof does. The decompressed size is capped so a
 * decompression bomb fails fast with a clear error instead of eating memory.
 */
const DEFAULT_MAX_DECOMPRESSED_BYTES = 1024 * 1024 * 1024;
/** zlib's Z_BUF_ERROR: no progress possible (at the end: the input stopped short). */
const Z_BUF_ERROR = -5;
/** Output chunk size: large enough that per-chunk overhead is negligible. */
const CHUNK_SIZE = 256 * 1024;
class Gunzip {
    emit;
    maxBytes;
    inflated;
    inflater = null;
    mode = 'sniff';
    head = null;
    held = null;
    /** Bytes emitted so far (after decompression). */
    outBytes = 0;
    /** Bytes received so far. */
    inBytes = 0;
    /**
     * `inflated`: the caller pushes the already decompressed content of a gzip
     * file (inflated natively, e.g. by node:zlib); only the cap applies.
     */
    constructor(emit, maxBytes = DEFAULT_MAX_DECOMPRESSED_BYTES, inflated = false) {
        this.emit = emit;
        this.maxBytes = maxBytes;
        this.inflated = inflated;
    }
    push(chunk) {
        this.inBytes += chunk.length;
        if (this.inflated) {
            this.out(chunk);
            return;
        }
        if (this.mode === 'sniff') {
            // The magic needs two bytes; a first chunk of one byte is held back.
            const data = this.head ? concat(this.head, chunk) : chunk;
            if (data.length < 2) {
                this.head = data.slice();
                return;
            }
            this.head = null;
            this.mode = data[0] === 0x1f && data[1] === 0x8b ? 'gzip' : 'raw';
            if (this.mode === 'gzip')
                this.startInflate();
            this.feed(data, false);
            return;
        }
        this.feed(chunk, false);
    }
    /** Signals the end of input; throws when the gzip stream is incomplete. */
    end() {
        if (this.inflated)
            return;
        if (this.mode === 'sniff' && this.head) {
            // A single byte: neither gzip nor a meaningful protobuf; let the decoder judge.
            this.mode = 'raw';
            this.feed(this.head, true);
            this.head = null;
            return;
        }
        if (this.mode === 'gzip') {
            if (this.held)
                throw new ProfileError('gzip stream is truncated: the file ends one byte into a new gzip member');
            this.inflater.push(new Uint8Array(0), true);
            // pako reports input that ends before the stream does as Z_BUF_ERROR (-5).
            if (!ended(this.inflater) || this.inflater.err === Z_BUF_ERROR) {
                throw new ProfileError('gzip stream is truncated: the file ends before the compressed data does');
            }
            this.checkInflater();
        }
    }
    get compressed() {
        return this.inflated || this.mode === 'gzip';
    }
    startInflate() {
        const inflater = new pako.Inflate({ chunkSize: CHUNK_SIZE });
        inflater.onData = (out) => this.out(out);
        this.inflater = inflater;
    }
    feed(data, _last) {
        if (this.mode === 'raw') {
            this.out(data);
            return;
        }
        if (this.held) {
            // A lone 0x1f at the end of the last chunk may start the next member.
            data = concat(this.held, data);
            this.held = null;
        }
        const inflater = this.inflater;
        if (ended(inflater)) {
            // pako restarts by itself for a member that follows in the same push;
            // one that starts in a later chunk needs a fresh inflater. Anything
            // else after the end, zero padding included, is refused, as Go's
            // gzip reader refuses it.
            if (data.length === 1 && data[0] === 0x1f) {
                this.held = data.slice();
                return;
            }
            if (data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b) {
                this.startInflate();
                this.feed(data, false);
                return;
            }
            throw trailing();
        }
        inflater.push(data, false);
        this.checkInflater();
        // pako stops at a zero byte after a member and leaves the rest unread.
        if (ended(inflater) && inflater.strm.avail_in > 0)
            throw trailing();
    }
    checkInflater() {
        const inflater = this.inflater;
        if (inflater.err) {
            // The first member starts with the gzip magic (checked before inflating),
            // so a bad magic can only be data after a member's end.
            if (inflater.msg === 'incorrect header check')
                throw trailing();
            throw new ProfileError(`gzip stream is corrupt: ${inflater.msg || `zlib error ${inflater.err}`}`);
        }
    }
    out(chunk) {
        this.outBytes += chunk.length;
        if (this.outBytes > this.maxBytes) {
            throw new ProfileError(`profile decompresses to more than ${formatLimit(this.maxBytes)} (the limit); ` +
                'it is corrupt or a decompression bomb; raise the limit (--max-profile-bytes) if it is genuine');
        }
        this.emit(chunk);
    }
}
/** pako sets `ended` once the stream's end was reached; its typings omit it. */
function ended(inflater) {
    return inflater.ended;
}
function trailing() {
    return new ProfileError('gzip stream has trailing data after its end (not another gzip member); the file is corrupt or was appended to');
}
function concat(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
}
function formatLimit(n) {
    if (n >= 1 << 30 && n % (1 << 30) === 0)
        return `${n / (1 << 30)} GiB`;
    if (n >= 1 << 20 && n % (1 << 20) === 0)
        return `${n / (1 << 20)} MiB`;
    return `${n} bytes`;
}

/**
 * Recognizes text and legacy binary profiles where a protobuf profile was
 * expected, so the error can say what the file is and how to get the right
 * one, instead of a wire-format complaint. A protobuf profile starts with a
 * tag byte; text starts with printable characters, a legacy CPU profile
 * with a zero word.
 */
/**
 * Refuses the legacy binary CPU profile (what runtime/pprof wrote before
 * protobuf, and gperftools still writes): machine words 0, 3, 0, period,
 * 0 and then the samples, as 32 or 64 bits, either byte order (pprof's
 * legacy_profile.go tries the same four). No protobuf starts with a zero
 * byte, which would be field number 0.
 */
function rejectLegacyBinary(head) {
    for (const size of [4, 8]) {
        if (head.length < 3 * size)
            continue;
        for (const littleEndian of [true, false]) {
            if (word(head, 0, size, littleEndian) === 0 && word(head, size, size, littleEndian) === 3 && word(head, 2 * size, size, littleEndian) === 0) {
                throw new ProfileError('this is a legacy binary CPU profile (the format runtime/pprof wrote before protobuf), not a protobuf profile; ' +
                    'fetch /debug/pprof/profile from a current Go, or convert it with go tool pprof -proto FILE > FILE.pb.gz');
            }
        }
    }
}
/** The unsigned word of `size` bytes at `at` (as a float64: only compared with small numbers). */
function word(b, at, size, littleEndian) {
    let v = 0;
    for (let i = 0; i < size; i++)
        v = v * 256 + b[at + (littleEndian ? size - 1 - i : i)];
    return v;
}
/** How to get a protobuf profile instead of a text one. */
const USE_PROTOBUF = 'or convert it with go tool pprof -proto FILE > FILE.pb.gz';
/** Refuses text where protobuf was expected, naming what the text is; `compressed`: it came out of a gzip stream. */
function rejectText(head, compressed) {
    const n = Math.min(head.length, 64);
    if (n < 4)
        return;
    for (let i = 0; i < n; i++) {
        const b = head[i];
        const printable = (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;
        if (!printable)
            return;
    }
    const text = Buffer.from(head.subarray(0, Math.min(head.length, 256))).toString('latin1');
    const start = text.trimStart().toLowerCase();
    if (start.startsWith('goroutine profile:') || start.startsWith('goroutine ')) {
        throw new ProfileError('this is the text form (debug=1 or debug=2) of a goroutine profile, not a protobuf profile; ' +
            'fetch /debug/pprof/goroutine without the debug parameter (or debug=0)');
    }
    // Go's debug=1 text: "threadcreate profile: total 7", "heap profile: 13: 1595680 [...] @ heap/1048576".
    const named = /^([a-z_]+) profile: /.exec(start);
    if (named) {
        const kind = named[1] === 'heap' ? 'heap or allocs' : named[1];
        throw new ProfileError(`this is the text form (debug=1) of a ${kind} profile, not a protobuf profile; fetch it without the debug parameter (or with debug=0), ${USE_PROTOBUF}`);
    }
    if (start.startsWith('--- ')) {
        throw new ProfileError(`this is the legacy text form (debug=1) of a profile, not a protobuf profile; fetch it without the debug parameter (or with debug=0), ${USE_PROTOBUF}`);
    }
    if (start.startsWith('<!doctype') || start.startsWith('<html') || start.includes('<title>')) {
        throw new ProfileError('this is an HTML page (probably the /debug/pprof/ index), not a profile; fetch a profile such as /debug/pprof/heap');
    }
    const firstLine = text.split(/\r?\n/)[0].slice(0, 60);
    throw new ProfileError(compressed
        ? `not a profile: the gzip stream holds text (${JSON.stringify(firstLine)}), not a protobuf profile`
        : `not a profile: the data is text (${JSON.stringify(firstLine)}), not gzip or protobuf`);
}

/**
 * Streaming profile.proto decoder.
 *
 * Decompressed bytes arrive in chunks; each complete top-level field of the
 * Profile message (a sample, a location, a string, ...) is decoded as soon as
 * it has arrived, with a protobufjs Reader driven by hand. Samples are folded
 * into per-stack sums on the spot and never stored, so memory follows the
 * number of distinct stacks, not the number of samples or the file size.
 * Only a field that straddles two chunks is copied.
 *
 * Field numbers (profile.proto): Profile 1 sample_type, 2 sample, 3 mapping,
 * 4 location, 5 function, 6 string_table, 7 drop_frames, 8 keep_frames,
 * 9 time_nanos, 10 duration_nanos, 11 period_type, 12 period, 13 comment,
 * 14 default_sample_type, 15 doc_url.
 */
const FIELD_NAMES = {
    1: 'sample_type', 2: 'sample', 3: 'mapping', 4: 'location', 5: 'function', 6: 'string_table',
    7: 'drop_frames', 8: 'keep_frames', 9: 'time_nanos', 10: 'duration_nanos', 11: 'period_type',
    12: 'period', 13: 'comment', 14: 'default_sample_type', 15: 'doc_url'
};
/** How many bytes the text sniffer looks at before decoding starts. */
const SNIFF_BYTES = 256;
/**
 * Reads a top-level field header at `pos`. Returns false when the data ends
 * inside the header (or inside a varint value); otherwise fills `out`, whose
 * `end` may lie past `len` when the value has not fully arrived.
 */
function readHeader(r, pos, len, tag, out) {
    r.pos = pos;
    try {
        readTag(r, len, tag);
    }
    catch (e) {
        if (isTruncation(e) && len - pos < 11)
            return false;
        throw e;
    }
    out.field = tag.field;
    out.wire = tag.wire;
    switch (tag.wire) {
        case VARINT: {
            const buf = r.buf;
            let p = r.pos;
            while (p < len && buf[p] >= 128 && p - r.pos < 10)
                p++;
            if (p >= len) {
                if (len - r.pos < 10)
                    return false;
            }
            if (p - r.pos >= 10)
                throw parseError('varint longer than 10 bytes');
            out.start = r.pos;
            out.end = p + 1;
            return true;
        }
        case BYTES: {
            const lenPos = r.pos;
            let n;
            try {
                n = readSize(r, len, 'length');
            }
            catch (e) {
                if (isTruncation(e) && len - lenPos < 10)
                    return false;
                throw e;
            }
            out.start = r.pos;
            out.end = r.pos + n;
            return true;
        }
        case 1:
            out.start = r.pos;
            out.end = r.pos + 8;
            return true;
        default:
            out.start = r.pos;
            out.end = r.pos + 4;
            return true;
    }
}
function isTruncation(e) {
    return e instanceof ProfileError && e.message.includes('unexpected end of data');
}
class ProfileDecoder {
    gunzip;
    builder;
    /** Chunks holding the start of a field that has not fully arrived. */
    pending = [];
    pendingLength = 0;
    /** Decompressed offset of the first byte not yet consumed (for error messages). */
    offset = 0;
    tag = { field: 0, wire: 0 };
    header = { field: 0, wire: 0, start: 0, end: 0 };
    finished = false;
    maxFieldBytes;
    maxDecompressedBytes;
    constructor(opts = {}) {
        const limits = decodeLimits(opts.maxEntries);
        this.maxFieldBytes = limits.fieldBytes;
        this.maxDecompressedBytes = opts.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES;
        this.builder = new ProfileBuilder(opts.scale, limits, opts.keepLabels ?? false, opts.rawNames ?? false);
        this.gunzip = new Gunzip((chunk) => this.onData(chunk), this.maxDecompressedBytes, opts.inflated ?? false);
    }
    sniffed = false;
    sniffParts = [];
    sniffLength = 0;
    releaseSniffed() {
        this.sniffed = true;
        const head = joinPrefix(this.sniffParts, this.sniffLength, new Uint8Array(0), this.sniffLength);
        this.sniffParts = [];
        rejectLegacyBinary(head);
        rejectText(head.subarray(0, SNIFF_BYTES), this.gunzip.compressed);
        this.onData(head);
    }
    /** Feeds the next chunk of the file (gzipped or raw). */
    push(chunk) {
        if (this.finished)
            throw new Error('ProfileDecoder: push after finish');
        if (chunk.length > 0)
            this.gunzip.push(chunk);
    }
    /** Ends the input, validates, and returns the profile. */
    finish() {
        this.finished = true;
        if (this.gunzip.inBytes === 0 && !this.gunzip.compressed)
            throw new ProfileError('empty profile: the file has no bytes');
        this.gunzip.end();
        if (!this.sniffed)
            this.releaseSniffed();
        if (this.gunzip.outBytes === 0) {
            throw new ProfileError(`empty profile: the ${this.gunzip.compressed ? 'gzip stream decompresses to' : 'file has'} 0 bytes`);
        }
        if (this.pendingLength > 0) {
            const head = joinPrefix(this.pending, this.pendingLength, new Uint8Array(0), 24);
            const r = protobuf.Reader.create(asBuffer(head));
            let what = 'a field header';
            if (readHeader(r, 0, head.length, this.tag, this.header)) {
                const name = FIELD_NAMES[this.header.field] ?? `field ${this.header.field}`;
                what = `${name} (field ${this.header.field}), which needs ${this.header.end} bytes but only ${this.pendingLength} remain`;
            }
            throw parseError(`the data ends inside ${what}, at byte ${this.offset}${this.gunzip.compressed ? ' of the decompressed data' : ''}: ` +
                'the file is truncated or corrupt');
        }
        return this.builder.finish(this.gunzip.outBytes);
    }
    onData(chunk) {
        if (!this.sniffed) {
            // Hold the first bytes back until there are enough to tell text from
            // protobuf, so the answer does not depend on how the input was chunked.
            this.sniffParts.push(chunk.slice());
            this.sniffLength += chunk.length;
            if (this.sniffLength >= SNIFF_BYTES)
                this.releaseSniffed();
            return;
        }
        let data = chunk;
        if (this.pendingLength > 0) {
            const used = this.completePending(chunk);
            if (used < 0)
                return;
            data = chunk.subarray(used);
        }
        this.parseFields(data);
    }
    /**
     * Completes the field held in `pending` with the head of `chunk`. Returns
     * how many bytes of `chunk` it used, or -1 when the field still is not whole.
     */
    completePending(chunk) {
        // The header is at most 1 + 10 + 10 bytes: look at that much first.
        const headBytes = joinPrefix(this.pending, this.pendingLength, chunk, 24);
        const r = protobuf.Reader.create(asBuffer(headBytes));
        if (!this.header_(r, 0, headBytes.length)) {
            // Not even the header is whole with this chunk: keep waiting.
            this.keep(chunk);
            return -1;
        }
        const total = this.header.end;
        this.checkFieldSize(total);
        if (total > this.pendingLength + chunk.length) {
            this.keep(chunk);
            return -1;
        }
        const used = total - this.pendingLength;
        const field = joinPrefix(this.pending, this.pendingLength, chunk, total);
        this.pending = [];
        this.pendingLength = 0;
        const fr = protobuf.Reader.create(asBuffer(field));
        readHeader(fr, 0, field.length, this.tag, this.header);
        this.dispatch(fr, this.header);
        this.offset += total;
        return used;
    }
    /** readHeader, with the byte offset in its errors. */
    header_(r, pos, len) {
        try {
            return readHeader(r, pos, len, this.tag, this.header);
        }
        catch (e) {
            if (e instanceof ProfileError) {
                throw parseError(`top-level field at byte ${this.offset}: ${e.message.replace(/^parsing profile: /, '')}`);
            }
            throw e;
        }
    }
    /**
     * Refuses a field too large to hold until it has fully arrived. One that
     * would end past the decompressed-size cap is left to that cap (it stops
     * the input as soon as it is reached), so the message is about the cap the
     * user set rather than the field it overran.
     */
    checkFieldSize(size) {
        if (size > this.maxFieldBytes && this.offset + size <= this.maxDecompressedBytes) {
            const name = FIELD_NAMES[this.header.field] ?? `field ${this.header.field}`;
            throw new LimitError('bytes in one top-level field', this.maxFieldBytes, `a ${name} of ${size} bytes at byte ${this.offset}`);
        }
    }
    keep(chunk) {
        // Chunks from the inflater are fresh arrays; a raw caller's may be reused, so copy.
        this.pending.push(this.gunzip.compressed ? chunk : chunk.slice());
        this.pendingLength += chunk.length;
    }
    parseFields(data) {
        const len = data.length;
        if (len === 0)
            return;
        const r = protobuf.Reader.create(asBuffer(data));
        const h = this.header;
        const buf = r.buf;
        const b = this.builder;
        let pos = 0;
        while (pos < len) {
            // Most of a profile is runs of one common field (samples, then
            // locations, functions, strings): each run has its own loop, so this
            // one turns only where the field kind changes (see sampleRun).
            const t = buf[pos];
            const next = t === 0x12 ? sampleRun(b, r, buf, pos, len, this.offset)
                : t === 0x22 ? locationRun(b, r, buf, pos, len, this.offset)
                    : t === 0x2a ? functionRun(b, r, buf, pos, len, this.offset)
                        : t === 0x32 ? stringRun(b, r, buf, pos, len, this.offset)
                            : pos;
            if (next > pos) {
                this.offset += next - pos;
                pos = next;
                continue;
            }
            const whole = this.header_(r, pos, len);
            if (!whole || h.end > len) {
                if (whole)
                    this.checkFieldSize(h.end - pos);
                this.keep(data.subarray(pos));
                return;
            }
            this.dispatch(r, h);
            this.offset += h.end - pos;
            pos = h.end;
        }
    }
    /** Decodes one complete top-level field whose value spans [h.start, h.end). */
    dispatch(r, h) {
        r.pos = h.start;
        const end = h.end;
        const b = this.builder;
        const tag = this.tag;
        tag.field = h.field;
        tag.wire = h.wire;
        try {
            switch (h.field) {
                case 1:
                    expectWire(tag, BYTES, 'sample_type');
                    b.sampleType(r, end);
                    break;
                case 2:
                    expectWire(tag, BYTES, 'sample');
                    b.sample(r, end);
                    break;
                case 3:
                    expectWire(tag, BYTES, 'mapping');
                    b.mapping(r, end);
                    break;
                case 4:
                    expectWire(tag, BYTES, 'location');
                    b.location(r, end);
                    break;
                case 5:
                    expectWire(tag, BYTES, 'function');
                    b.function(r, end);
                    break;
                case 6:
                    expectWire(tag, BYTES, 'string_table');
                    b.string(r, end);
                    break;
                case 7:
                    b.scalars.dropFrames = readInt64Field(r, end, tag, 'drop_frames');
                    break;
                case 8:
                    b.scalars.keepFrames = readInt64Field(r, end, tag, 'keep_frames');
                    break;
                case 9:
                    b.scalars.timeNanos = readInt64Field(r, end, tag, 'time_nanos');
                    break;
                case 10:
                    b.scalars.durationNanos = readInt64Field(r, end, tag, 'duration_nanos');
                    break;
                case 11:
                    expectWire(tag, BYTES, 'period_type');
                    b.periodType(r, end);
                    break;
                case 12:
                    b.scalars.period = readInt64Field(r, end, tag, 'period');
                    break;
                case 13:
                    readRepeatedInt64(r, end, tag, 'comment', (v) => b.comment(v));
                    break;
                case 14:
                    b.scalars.defaultSampleType = readInt64Field(r, end, tag, 'default_sample_type');
                    break;
                case 15:
                    b.scalars.docUrl = readInt64Field(r, end, tag, 'doc_url');
                    break;
                default:
                    // Unknown field: skip it, as Go's decoder does. readHeader has already
                    // delimited its value as [h.start, h.end) (for wire type 2 that is
                    // after the length prefix, so skipField would misread the value as a length).
                    r.pos = end;
            }
        }
        catch (e) {
            throw b.withContext(e, h.field, this.offset);
        }
    }
}
/** Where the value of the field that shortFieldEnd() looked at starts. */
let shortFieldStart = 0;
/**
 * The end of the length-delimited field at `pos` when its length fits one or
 * two varint bytes and its value has fully arrived within `len`; else -1.
 */
function shortFieldEnd(buf, pos, len) {
    if (pos + 2 >= len)
        return -1;
    const l0 = buf[pos + 1];
    let start = pos + 2;
    let size = l0;
    if (l0 >= 128) {
        const l1 = buf[pos + 2];
        if (l1 >= 128)
            return -1;
        size = (l0 & 127) | (l1 << 7);
        start = pos + 3;
    }
    shortFieldStart = start;
    return start + size <= len ? start + size : -1;
}
// One loop per common field kind, each in a function of its own, on purpose:
// V8 compiles a loop once it is hot, with what it has seen so far. A single
// loop over every kind was compiled during the samples, then thrown away and
// recompiled when the locations began, again for functions and strings (a
// dozen compiles of one function per profile). A run returns where it
// stopped: at another kind, or at a field that is long or not whole (the
// generic path takes those). `buf` is the reader's buffer, `offset` the file
// offset of `pos`.
//
// A run also stops after RUN_FIELDS fields and is called again: a loop that
// runs long in one call is compiled twice, first on stack replacement, then
// as the function it is in; short calls get only the second.
const RUN_FIELDS = 256;
function sampleRun(b, r, buf, pos, len, offset) {
    const from = pos;
    try {
        for (let end = 0, n = 0; n < RUN_FIELDS && pos < len && buf[pos] === 0x12 && (end = shortFieldEnd(buf, pos, len)) >= 0; pos = end, n++) {
            r.pos = shortFieldStart;
            b.sample(r, end);
        }
    }
    catch (e) {
        throw b.withContext(e, 2, offset + pos - from);
    }
    return pos;
}
function locationRun(b, r, buf, pos, len, offset) {
    const from = pos;
    try {
        for (let end = 0, n = 0; n < RUN_FIELDS && pos < len && buf[pos] === 0x22 && (end = shortFieldEnd(buf, pos, len)) >= 0; pos = end, n++) {
            r.pos = shortFieldStart;
            b.location(r, end);
        }
    }
    catch (e) {
        throw b.withContext(e, 4, offset + pos - from);
    }
    return pos;
}
function functionRun(b, r, buf, pos, len, offset) {
    const from = pos;
    try {
        for (let end = 0, n = 0; n < RUN_FIELDS && pos < len && buf[pos] === 0x2a && (end = shortFieldEnd(buf, pos, len)) >= 0; pos = end, n++) {
            r.pos = shortFieldStart;
            b.function(r, end);
        }
    }
    catch (e) {
        throw b.withContext(e, 5, offset + pos - from);
    }
    return pos;
}
function stringRun(b, r, buf, pos, len, offset) {
    const from = pos;
    try {
        for (let end = 0, n = 0; n < RUN_FIELDS && pos < len && buf[pos] === 0x32 && (end = shortFieldEnd(buf, pos, len)) >= 0; pos = end, n++) {
            r.pos = shortFieldStart;
            b.string(r, end);
        }
    }
    catch (e) {
        throw b.withContext(e, 6, offset + pos - from);
    }
    return pos;
}
/**
 * A Buffer view of the bytes (no copy): protobufjs then makes a BufferReader,
 * whose string decoding is native.
 */
function asBuffer(a) {
    return Buffer.isBuffer(a) ? a : Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}
/** The first `n` bytes of pending ++ chunk, as one array (n may exceed what exists). */
function joinPrefix(pending, pendingLength, chunk, n) {
    const size = Math.min(n, pendingLength + chunk.length);
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of pending) {
        if (at >= size)
            break;
        const take = Math.min(p.length, size - at);
        out.set(take === p.length ? p : p.subarray(0, take), at);
        at += take;
    }
    if (at < size)
        out.set(chunk.subarray(0, size - at), at);
    return out;
}

/**
 * Per-function flat and cum, the way `go tool pprof -top` computes them at
 * its default granularity (functions):
 * - a frame is one line of a location (inlined calls give several frames);
 *   frames are grouped by function name only, since pprof's function
 *   aggregation drops file names, line numbers and addresses;
 * - flat goes to the leaf frame (the first line of the first location);
 * - cum goes once to every distinct function on the stack, so recursion does
 *   not count a function twice.
 * A location without lines is named after its mapping's file ([binary]) or
 * `<unknown>`, as pprof names it.
 */
/** Function names shared by the profiles being compared: a name's index is its node. */
class NameTable {
    names = [];
    index = new Map();
    id(name) {
        let i = this.index.get(name);
        if (i === undefined) {
            i = this.names.length;
            this.names.push(name);
            this.index.set(name, i);
        }
        return i;
    }
}
function locationFrames(p, table) {
    const locs = p.locations;
    const start = new Int32Array(locs.count + 1);
    const names = new Int32Array(frameCount(locs.lineStart, locs.count));
    start[locs.count] = fillFrames(p, new FunctionNodes(p, table), start, names);
    return { start, names };
}
// The loops below are functions of their own: V8 compiles a loop that runs
// long while it runs, and code after it that had not run yet would throw
// that compiled code away at the end of the first profile (see accumulate).
/** Frames of all locations: one per line, one for a location without lines. */
function frameCount(lineStart, count) {
    let total = 0;
    for (let i = 0; i < count; i++)
        total += Math.max(1, lineStart[i + 1] - lineStart[i]);
    return total;
}
/** Fills start and names (but start's last cell); returns the frame count. */
function fillFrames(p, nodes, start, names) {
    const locs = p.locations;
    // Plain cells when every id is a safe integer (the usual case): no get() per line.
    const fids = locs.lineFunctions.safeCells();
    const mids = locs.mappingIds.safeCells();
    let n = 0;
    for (let i = 0; i < locs.count; i++) {
        start[i] = n;
        const from = locs.lineStart[i];
        const to = locs.lineStart[i + 1];
        const mid = mids ? mids[i] : locs.mappingIds.get(i);
        if (from === to) {
            names[n++] = nodes.unnamed(mid);
            continue;
        }
        for (let k = from; k < to; k++)
            names[n++] = nodes.of(fids ? fids[k] : locs.lineFunctions.get(k), mid);
    }
    return n;
}
/**
 * The name node of each function id, looked up once per function rather
 * than once per line: in an array when the ids are small, else in a map.
 */
class FunctionNodes {
    p;
    table;
    dense;
    sparse = new Map();
    constructor(p, table) {
        this.p = p;
        this.table = table;
        const maxId = smallIdMax(p.functions.keys());
        this.dense = maxId >= 0 ? new Int32Array(maxId + 1).fill(-1) : null;
    }
    of(fid, mappingId) {
        const cached = this.dense ? this.dense[fid] : this.sparse.get(fid);
        if (cached !== undefined && cached >= 0)
            return cached;
        const name = this.p.functions.get(fid).name;
        if (name === '')
            return this.unnamed(mappingId);
        const node = this.table.id(name);
        if (this.dense)
            this.dense[fid] = node;
        else
            this.sparse.set(fid, node);
        return node;
    }
    /**
     * A frame without a function name (a location without lines, or a
     * nameless function): named after its mapping's file, as pprof does, so
     * its node depends on the location and is not cached per function.
     */
    unnamed(mappingId) {
        const m = mappingId === 0 ? undefined : this.p.mappings.get(mappingId);
        return this.table.id(m?.filename ? `[${basename(m.filename)}]` : '<unknown>');
    }
}
function basename(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? path : path.slice(i + 1);
}
/** Flat, cum and total of one sample type, per function. */
function functionTotals(p, sampleIndex, table) {
    const frames = locationFrames(p, table);
    const nodes = table.names.length;
    // When the absolute values add up to at most 2^53, every partial sum is an
    // exact float64: sum in plain arrays (fastTotals adds them up as it goes).
    // Otherwise take the exact path.
    const cells = p.stacks.values.safeCells();
    return (cells && fastTotals(p, sampleIndex, frames, nodes, cells)) || exactTotals(p, sampleIndex, frames, nodes);
}
/**
 * Stacks per call of accumulate. A loop that runs once per profile is only
 * ever optimised on stack replacement, and the next profile starts it again
 * in unoptimised code; called in batches, the function itself is compiled
 * after a few calls and every later profile runs the optimised code from
 * its first stack.
 */
const STACK_BATCH = 4096;
/** The totals in float64 arrays; null when the absolute values add up to more than 2^53 (a sum might not be exact). */
function fastTotals(p, sampleIndex, frames, nodes, cells) {
    const { packed, runs } = packLocations(frames);
    const flat = new Float64Array(nodes);
    // Cum of node n at 2n, beside 1 + the last stack that added to it (no Set
    // per stack; 0, as allocated, is no stack): one cache line per node touched.
    const sums = new Float64Array(2 * nodes);
    // The sum of absolute values (pprof's total), as accumulate leaves it.
    const absoluteSum = new Float64Array(1);
    const { frameBlocks, frameAt, depth, width, count } = p.stacks;
    for (let from = 0; from < count; from += STACK_BATCH) {
        const to = Math.min(count, from + STACK_BATCH);
        accumulate(frameBlocks, frameAt, depth, width, cells, sampleIndex, packed, runs, flat, sums, from, to, absoluteSum);
    }
    if (absoluteSum[0] > Number.MAX_SAFE_INTEGER)
        return null;
    return { flat: ExactArray.from(flat), cum: ExactArray.from(evenCells(sums)), total: absoluteSum[0] };
}
/** Cells 0, 2, 4, ... of `a` (a loop of its own, as the others above). */
function evenCells(a) {
    const out = new Float64Array(a.length >> 1);
    for (let n = 0; n < out.length; n++)
        out[n] = a[2 * n];
    return out;
}
/**
 * The function nodes of every location, packed for the totals loop: the
 * node itself when the location has one frame (most have), else ~o, where
 * runs[o] is its frame count and runs[o + 1 ..] its nodes.
 */
function packLocations(frames) {
    const packed = new Int32Array(frames.start.length - 1);
    const runs = new Int32Array(runsSize(frames.start));
    fillPacked(frames, packed, runs);
    return { packed, runs };
}
function runsSize(start) {
    let size = 0;
    for (let i = 0; i + 1 < start.length; i++)
        if (start[i + 1] - start[i] !== 1)
            size += 1 + start[i + 1] - start[i];
    return size;
}
function fillPacked(frames, packed, runs) {
    const { start, names } = frames;
    let o = 0;
    for (let i = 0; i < packed.length; i++) {
        const from = start[i];
        const to = start[i + 1];
        if (to - from === 1) {
            packed[i] = names[from];
            continue;
        }
        packed[i] = ~o;
        runs[o++] = to - from;
        for (let j = from; j < to; j++)
            runs[o++] = names[j];
    }
}
/**
 * The totals loop over stacks [from, to), alone in its function and called
 * per STACK_BATCH stacks (see there); the stack set's fields come as
 * arguments, since a property load ahead of the loop that V8 had no feedback
 * for threw the compiled loop away. Adds the stacks' absolute values to
 * out[0]: pprof's total, and the check that every sum is exact, made here
 * rather than in a pass of its own over the stacks.
 */
function accumulate(frameBlocks, frameAt, depth, width, cells, sampleIndex, packed, runs, flat, sums, from, to, out) {
    let absolute = 0;
    for (let s = from; s < to; s++) {
        const stamp = s + 1;
        const v = cells[s * width + sampleIndex];
        if (v === 0)
            continue;
        absolute += Math.abs(v);
        if (depth[s] === 0)
            continue;
        const at = frameAt[s];
        const locs = frameBlocks[at >>> FRAME_BLOCK_SHIFT];
        const begin = at & FRAME_OFFSET_MASK;
        const end = begin + depth[s];
        const leaf = packed[locs[begin]];
        flat[leaf >= 0 ? leaf : runs[~leaf + 1]] += v;
        for (let k = begin; k < end; k++) {
            const node = packed[locs[k]];
            if (node >= 0) {
                if (sums[2 * node + 1] !== stamp) {
                    sums[2 * node + 1] = stamp;
                    sums[2 * node] += v;
                }
                continue;
            }
            const first = ~node + 1;
            const stop = first + runs[first - 1];
            for (let j = first; j < stop; j++) {
                const n = runs[j];
                if (sums[2 * n + 1] !== stamp) {
                    sums[2 * n + 1] = stamp;
                    sums[2 * n] += v;
                }
            }
        }
    }
    out[0] += absolute;
}
function exactTotals(p, sampleIndex, frames, nodes) {
    const fstart = frames.start;
    const fnames = frames.names;
    const flat = new ExactArray(nodes);
    const cum = new ExactArray(nodes);
    let total = 0;
    const seen = new Int32Array(nodes).fill(-1);
    const { frameBlocks, frameAt, depth, values, width, count } = p.stacks;
    for (let s = 0; s < count; s++) {
        const v = values.get(s * width + sampleIndex);
        if (v === 0)
            continue;
        total = addExact(total, absExact(v));
        const at = frameAt[s];
        const locs = frameBlocks[at >>> FRAME_BLOCK_SHIFT];
        const begin = at & FRAME_OFFSET_MASK;
        const end = begin + depth[s];
        let leaf = -1;
        for (let k = begin; k < end; k++) {
            const loc = locs[k];
            const fend = fstart[loc + 1];
            for (let j = fstart[loc]; j < fend; j++) {
                const node = fnames[j];
                if (leaf < 0)
                    leaf = node;
                if (seen[node] !== s) {
                    seen[node] = s;
                    cum.add(node, v);
                }
            }
        }
        if (leaf >= 0)
            flat.add(leaf, v);
    }
    return { flat, cum, total };
}
/** The total of each sample type over all samples (what pprof's -normalize compares). */
function sampleTypeTotals(p) {
    const { values, width, count } = p.stacks;
    const totals = new Array(width).fill(0);
    for (let s = 0; s < count; s++) {
        for (let t = 0; t < width; t++)
            totals[t] = addExact(totals[t], values.get(s * width + t));
    }
    return totals;
}

/**
 * Base vs head, per function: the numbers `go tool pprof -top
 * -diff_base=BASE HEAD` prints (head minus base, exactly), plus both sides.
 */
function describeTypes(p) {
    const types = p.sampleTypes.map((t) => `${t.type}/${t.unit}`).join(', ') || 'no sample types';
    const period = p.periodType ? `${p.periodType.type}/${p.periodType.unit}` : 'none';
    return `sample types [${types}], period type ${period}`;
}
/** Refuses profiles of different kinds, naming both, as pprof's compatible() does. */
function checkCompatible(base, head) {
    const same = base.sampleTypes.length === head.sampleTypes.length &&
        base.sampleTypes.every((t, i) => t.type === head.sampleTypes[i].type && t.unit === head.sampleTypes[i].unit) &&
        (base.periodType?.type ?? '') === (head.periodType?.type ?? '') &&
        (base.periodType?.unit ?? '') === (head.periodType?.unit ?? '');
    if (!same) {
        throw new ProfileError(`cannot compare profiles of different kinds: base has ${describeTypes(base)}; ` +
            `head has ${describeTypes(head)}; compare two profiles of the same kind`);
    }
}
/** Resolves a sample type name or index to its index, pprof's way. */
function sampleTypeIndex(p, wanted) {
    const types = p.sampleTypes;
    if (types.length === 0)
        throw new ProfileError('profile has no sample types; nothing to compare');
    if (wanted === undefined || wanted === '') {
        if (p.defaultSampleType) {
            const i = types.findIndex((t) => t.type === p.defaultSampleType);
            if (i >= 0)
                return i;
        }
        return types.length - 1;
    }
    const byName = types.findIndex((t) => t.type === wanted);
    if (byName >= 0)
        return byName;
    if (/^\d+$/.test(wanted) && Number(wanted) < types.length)
        return Number(wanted);
    throw new ProfileError(`sample type ${JSON.stringify(wanted)} not found; this profile has: ${types.map((t) => t.type).join(', ')}`);
}
/**
 * Per-sample-type ratios that scale head to the base total (pprof's
 * -normalize): base total / head total, 0 when head's total is 0.
 */
function normalizeRatios(baseTotals, headTotals) {
    return baseTotals.map((b, i) => {
        const h = toFloat(headTotals[i] ?? 0);
        return h === 0 ? 0 : toFloat(b) / h;
    });
}
function compareProfiles(base, head, opts = {}) {
    checkCompatible(base, head);
    const sampleIndex = sampleTypeIndex(head, opts.sampleType);
    const names = new NameTable();
    const b = functionTotals(base, sampleIndex, names);
    const h = functionTotals(head, sampleIndex, names);
    return combineTotals(names, b, h, head.sampleTypes[sampleIndex], sampleIndex);
}
/**
 * The comparison from each side's function totals (functionTotals with one
 * shared NameTable), so that a caller can total one profile and let it go
 * before decoding the other.
 */
function combineTotals(names, b, h, sampleType, sampleIndex) {
    const functions = [];
    for (let i = 0; i < names.names.length; i++) {
        const bf = i < b.flat.length ? b.flat.get(i) : 0;
        const bc = i < b.cum.length ? b.cum.get(i) : 0;
        const hf = i < h.flat.length ? h.flat.get(i) : 0;
        const hc = i < h.cum.length ? h.cum.get(i) : 0;
        if (bf === 0 && bc === 0 && hf === 0 && hc === 0)
            continue;
        functions.push({
            name: names.names[i],
            flat: { base: bf, head: hf, delta: subExact(hf, bf) },
            cum: { base: bc, head: hc, delta: subExact(hc, bc) }
        });
    }
    functions.sort(functions.every(numericDeltas) ? byNumberDelta : byDelta);
    return {
        sampleType,
        sampleIndex,
        total: { base: b.total, head: h.total, delta: subExact(h.total, b.total) },
        functions
    };
}
/** Largest |flat delta| first, then largest |cum delta|, then name (pprof's -top order on a diff). */
function byDelta(x, y) {
    return (cmpExact(absExact(y.flat.delta), absExact(x.flat.delta)) ||
        cmpExact(absExact(y.cum.delta), absExact(x.cum.delta)) ||
        byName(x, y));
}
function numericDeltas(f) {
    return typeof f.flat.delta === 'number' && typeof f.cum.delta === 'number';
}
/** byDelta when every delta is a number (safe integers: their differences are exact). */
function byNumberDelta(x, y) {
    return (Math.abs(y.flat.delta) - Math.abs(x.flat.delta) ||
        Math.abs(y.cum.delta) - Math.abs(x.cum.delta) ||
        byName(x, y));
}
function byName(x, y) {
    return x.name < y.name ? -1 : x.name > y.name ? 1 : 0;
}

/**
 * Values per stack, with stacks named by their function names (leaf first).
 * Location ids differ between two builds (and two processes), so stacks of
 * different profiles are matched by names. Used for goroutine profiles
 * (which stacks have more goroutines) and heap profiles (which allocation
 * sites retain more).
 */
/** Frames that only say "the goroutine is parked" or "memory was allocated"; a reader wants the code around them. */
const RUNTIME_PREFIXES = ['runtime.', 'internal/', 'runtime/internal/'];
function isRuntimeFrame(name) {
    return RUNTIME_PREFIXES.some((p) => name.startsWith(p));
}
/** A stable key for a stack of names (JSON keeps any character unambiguous). */
function stackKey(frames) {
    return JSON.stringify(frames);
}
/** The value of one sample type per distinct stack of function names; zero stacks are left out. */
function stackValues(p, sampleIndex) {
    const names = new NameTable();
    const { start, names: fnames } = locationFrames(p, names);
    const { frameBlocks, frameAt, depth, values, width, count } = p.stacks;
    const out = new Map();
    const frames = [];
    for (let s = 0; s < count; s++) {
        const value = values.get(s * width + sampleIndex);
        if (value === 0)
            continue;
        frames.length = 0;
        const locs = frameBlocks[frameAt[s] >>> FRAME_BLOCK_SHIFT];
        const begin = frameAt[s] & FRAME_OFFSET_MASK;
        for (let k = begin; k < begin + depth[s]; k++) {
            for (let j = start[locs[k]]; j < start[locs[k] + 1]; j++)
                frames.push(names.names[fnames[j]]);
        }
        const key = stackKey(frames);
        const have = out.get(key);
        if (have)
            have.value = addExact(have.value, value);
        else
            out.set(key, { frames: frames.slice(), value });
    }
    return out;
}
/** Per-stack head minus base of two stack maps; only growth unless `all`; largest growth first. */
function diffStacks(base, head, all = false) {
    const out = [];
    const keys = new Set([...base.keys(), ...head.keys()]);
    for (const key of keys) {
        const b = base.get(key);
        const h = head.get(key);
        const bv = b?.value ?? 0;
        const hv = h?.value ?? 0;
        const delta = subExact(hv, bv);
        if (delta === 0 || (!all && delta < 0))
            continue;
        const frames = (h ?? b).frames;
        out.push({ frames, root: rootOf(frames), site: siteOf(frames), base: bv, head: hv, delta });
    }
    out.sort((x, y) => cmpExact(y.delta, x.delta) || (x.root < y.root ? -1 : x.root > y.root ? 1 : 0));
    return out;
}
/** Stacks whose value changed between two profiles, by function names; growth only unless `all`. */
function stackDeltas(base, head, sampleIndex, all = false) {
    return diffStacks(stackValues(base, sampleIndex), stackValues(head, sampleIndex), all);
}
function rootOf(frames) {
    for (let i = frames.length - 1; i >= 0; i--) {
        if (frames[i] !== 'runtime.goexit')
            return frames[i];
    }
    return '<empty stack>';
}
/**
 * True for a function of the program itself or of a third-party module, as
 * opposed to the standard library: a package path whose first element has
 * a dot (github.com/..., example.com/...) or package main.
 */
function isUserFrame(name) {
    const slash = name.lastIndexOf('/');
    const dot = name.indexOf('.', slash + 1);
    const pkg = dot < 0 ? name : name.slice(0, dot);
    if (pkg === 'main')
        return true;
    const first = pkg.split('/')[0];
    return first.includes('.');
}
/** Where a stack matters to its authors: the innermost user frame, else the innermost frame outside the runtime. */
function siteOf(frames) {
    return frames.find(isUserFrame) ?? frames.find((f) => !isRuntimeFrame(f)) ?? frames[0] ?? '<empty stack>';
}
/** "file:line" of every frame, in locationFrames' order (one per line; '' for a location without lines). */
function frameLines(p) {
    const locs = p.locations;
    const start = new Int32Array(locs.count + 1);
    const lines = [];
    for (let i = 0; i < locs.count; i++) {
        start[i] = lines.length;
        const from = locs.lineStart[i];
        const to = locs.lineStart[i + 1];
        if (from === to)
            lines.push('');
        for (let k = from; k < to; k++) {
            const fn = p.functions.get(locs.lineFunctions.get(k));
            const line = toFloat(locs.lineValue(locs.lineNumbers, k));
            lines.push(fn?.filename ? `${fn.filename}${line > 0 ? `:${line}` : ''}` : '');
        }
    }
    start[locs.count] = lines.length;
    return { start, lines };
}
/** Like stackValues, with each frame's file:line, and values as float64 (figures for the gate). */
function linedStackValues(p, sampleIndex) {
    const names = new NameTable();
    const { start, names: fnames } = locationFrames(p, names);
    const fl = frameLines(p);
    const { frameBlocks, frameAt, depth, values, width, count } = p.stacks;
    const out = new Map();
    const frames = [];
    const lines = [];
    for (let s = 0; s < count; s++) {
        const value = values.get(s * width + sampleIndex);
        if (value === 0)
            continue;
        frames.length = 0;
        lines.length = 0;
        const locs = frameBlocks[frameAt[s] >>> FRAME_BLOCK_SHIFT];
        const begin = frameAt[s] & FRAME_OFFSET_MASK;
        for (let k = begin; k < begin + depth[s]; k++) {
            for (let j = start[locs[k]]; j < start[locs[k] + 1]; j++)
                frames.push(names.names[fnames[j]]);
            for (let j = fl.start[locs[k]]; j < fl.start[locs[k] + 1]; j++)
                lines.push(fl.lines[j]);
        }
        const key = stackKey(frames);
        const have = out.get(key);
        if (have)
            have.value += toFloat(value);
        else
            out.set(key, { frames: frames.slice(), lines: lines.slice(), value: toFloat(value) });
    }
    return out;
}

/**
 * The flame graph page's own style and script, inlined by flamegraph.ts
 * (allowed by their hashes in the page's Content-Security-Policy).
 *
 * Hand-written rather than d3-flame-graph: measured in headless Chromium on
 * the same trees (docs/cli.md, "Flame graphs"), d3-flame-graph's SVG took 2-14 s
 * to first render 10,000-60,000 frames (0.3-1.3 s when told to skip frames
 * under a pixel) and needs 131 KB of d3 modules; this canvas renderer drew
 * the same trees in 0.05-0.15 s with about 10 KB of script. The page also
 * needs a differences-only view, search shares and units that the library
 * does not have.
 *
 * The script reads the data block (flamegraph.ts: FlameData) and draws an
 * icicle (root on top) on one canvas. Untrusted names only ever meet the
 * DOM through textContent (tooltip, search result) or the canvas.
 * `window.pprofGateFlame` exposes the drawn frames for the browser test.
 */
const FLAME_STYLE = `
:root { color-scheme: light; font: 13px/1.4 system-ui, sans-serif; color: #1b1b1b; }
body { margin: 0; padding: 12px 16px; background: #fff; }
h1 { font-size: 18px; margin: 0 0 4px; }
#notes, #totals, #pruned { color: #444; }
#totals { font-weight: 600; margin: 4px 0; }
#legend { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 6px 0; }
.swatch { display: inline-block; width: 60px; height: 12px; border: 1px solid #bbb; }
.swatch.same { width: 16px; background: hsl(40, 10%, 86%); }
#legend-text { color: #444; }
.swatch.shrank { background: linear-gradient(to left, hsl(40, 10%, 86%), hsl(215, 75%, 48%)); }
.swatch.grew { background: linear-gradient(to right, hsl(40, 10%, 86%), hsl(0, 75%, 48%)); }
#controls { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin: 8px 0; }
#search { width: 280px; padding: 3px 6px; }
#search-result { color: #6a1b9a; font-weight: 600; }
#chart { position: relative; margin-top: 8px; }
#flame { display: block; width: 100%; cursor: pointer; }
#tip { position: fixed; z-index: 2; max-width: 640px; padding: 6px 8px; background: #fffff4; border: 1px solid #888;
  box-shadow: 0 2px 6px rgba(0, 0, 0, .25); pointer-events: none; overflow-wrap: anywhere; white-space: pre-wrap; }
#tip .fn { font-weight: 700; font-family: ui-monospace, monospace; }
#tip .file { color: #555; font-family: ui-monospace, monospace; }
`;
const FLAME_SCRIPT = `
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('flame-data').textContent);
  var N = D.parent.length;
  var ROW = 18;
  var byId = function (id) { return document.getElementById(id); };
  var canvas = byId('flame');
  var ctx = canvas.getContext('2d');
  var tip = byId('tip');

  var kids = new Array(N);
  var depth = new Int32Array(N);
  for (var i = 0; i < N; i++) kids[i] = [];
  for (i = 1; i < N; i++) { kids[D.parent[i]].push(i); depth[i] = depth[D.parent[i]] + 1; }
  var rootHead = D.head[0], rootBase = D.base[0];

  // A change is worth showing when it is at least nodeFraction of the larger total.
  var changeCut = D.nodeFraction * Math.max(Math.abs(rootHead), Math.abs(rootBase));
  var changed = new Uint8Array(N);
  for (i = N - 1; i >= 0; i--) {
    var d = Math.abs(D.head[i] - D.base[i]);
    if (d > 0 && d >= changeCut) changed[i] = 1;
    if (changed[i] && i > 0) changed[D.parent[i]] = 1;
  }

  var state = { zoom: 0, diffOnly: false, matches: null };
  var rects = [];
  var rows = [];

  function nameOf(n) { return n === 0 ? 'all' : D.names[D.name[n]]; }
  function trim(x) {
    var a = Math.abs(x);
    var s = a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 1 ? x.toFixed(2) : x.toPrecision(3);
    return s.indexOf('.') >= 0 && s.indexOf('e') < 0 ? s.replace(/\\.?0+$/, '') : s;
  }
  var SCALES = {
    nanoseconds: [[1e9, 's'], [1e6, 'ms'], [1e3, 'µs'], [1, 'ns']],
    bytes: [[1073741824, 'GB'], [1048576, 'MB'], [1024, 'kB'], [1, 'B']]
  };
  function fmt(v, signed) {
    var sign = signed && v > 0 ? '+' : '';
    var per = D.per ? '/' + D.per : '';
    var table = SCALES[D.unit];
    if (table) {
      for (var k = 0; k < table.length; k++) {
        if (Math.abs(v) >= table[k][0] || k === table.length - 1) return sign + trim(v / table[k][0]) + ' ' + table[k][1] + per;
      }
    }
    return sign + trim(v) + ' ' + D.unit + per;
  }
  function pct(part, whole) {
    if (!whole) return '–';
    var p = 100 * part / Math.abs(whole);
    return (Math.abs(p) >= 10 ? p.toFixed(1) : p.toPrecision(2).replace(/\\.?0+$/, '')) + '%';
  }
  function deltaText(n) {
    var dv = D.head[n] - D.base[n];
    var rel = D.base[n] !== 0 ? ' (' + (dv > 0 ? '+' : '') + pct(dv, D.base[n]) + ')' : D.head[n] !== 0 ? ' (new in head)' : '';
    return fmt(dv, true) + rel;
  }

  // Red: head has more here; blue: less; the larger the change relative to
  // the frame's own value, the deeper the colour; grey: no change.
  function colour(n) {
    var dv = D.head[n] - D.base[n];
    var m = Math.max(Math.abs(D.head[n]), Math.abs(D.base[n]));
    var rel = m > 0 ? Math.abs(dv) / m : 0;
    if (rel < 0.005) return { fill: 'hsl(40, 10%, 86%)', dark: false };
    var light = 88 - 40 * Math.sqrt(Math.min(1, rel));
    return { fill: 'hsl(' + (dv > 0 ? 0 : 215) + ', 75%, ' + light.toFixed(1) + '%)', dark: light < 62 };
  }

  function layout(width) {
    rects = [];
    var chain = [];
    for (var a = state.zoom; a >= 0; a = D.parent[a]) chain.push(a);
    for (var c = chain.length - 1; c > 0; c--) rects.push({ n: chain[c], x: 0, w: width });
    var zoomHead = Math.max(0, D.head[state.zoom]);
    var todo = [[state.zoom, 0, width, zoomHead > 0 ? width / zoomHead : 0]];
    while (todo.length > 0) {
      var t = todo.pop(), n = t[0], x = t[1], w = t[2], scale = t[3];
      rects.push({ n: n, x: x, w: w });
      var ks = kids[n], sum = 0;
      for (var k = 0; k < ks.length; k++) sum += Math.max(0, D.head[ks[k]]);
      // Children whose positive values add up to more than the frame (heap
      // freed elsewhere under it) are fitted into its width.
      var own = Math.max(0, D.head[n]);
      var s = sum > own && sum > 0 ? scale * own / sum : scale;
      var cx = x;
      for (k = 0; k < ks.length; k++) {
        var cw = Math.max(0, D.head[ks[k]]) * s;
        if (cw >= 0.3 && (!state.diffOnly || changed[ks[k]])) todo.push([ks[k], cx, cw, s]);
        cx += cw;
      }
    }
    rows = [];
    for (var r = 0; r < rects.length; r++) {
      var row = depth[rects[r].n];
      (rows[row] = rows[row] || []).push(rects[r]);
    }
  }

  function draw() {
    var width = Math.max(200, canvas.parentNode.clientWidth);
    layout(width);
    var ratio = window.devicePixelRatio || 1;
    var height = Math.max(1, rows.length) * ROW;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.height = height + 'px';
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = '12px ui-monospace, monospace';
    ctx.textBaseline = 'middle';
    var charWidth = ctx.measureText('mmmmmmmmmm').width / 10 || 7;
    for (var r = 0; r < rects.length; r++) {
      var f = rects[r], y = depth[f.n] * ROW, c = colour(f.n);
      var faded = state.matches && !state.matches[f.n];
      ctx.globalAlpha = faded ? 0.3 : 1;
      ctx.fillStyle = c.fill;
      ctx.fillRect(f.x, y, Math.max(0.5, f.w - 1), ROW - 1);
      if (state.matches && state.matches[f.n]) {
        ctx.strokeStyle = '#6a1b9a';
        ctx.lineWidth = 2;
        ctx.strokeRect(f.x + 1, y + 1, Math.max(0.5, f.w - 3), ROW - 3);
      }
      if (f.w > 24) {
        var room = Math.floor((f.w - 6) / charWidth);
        var label = nameOf(f.n);
        if (label.length > room) label = label.slice(0, Math.max(1, room - 1)) + '…';
        ctx.fillStyle = c.dark && !faded ? '#fff' : '#111';
        ctx.fillText(label, f.x + 3, y + ROW / 2, f.w - 6);
      }
    }
    ctx.globalAlpha = 1;
  }

  function frameAt(ev) {
    var box = canvas.getBoundingClientRect();
    var x = ev.clientX - box.left, row = rows[Math.floor((ev.clientY - box.top) / ROW)] || [];
    for (var k = 0; k < row.length; k++) if (x >= row[k].x && x < row[k].x + row[k].w) return row[k].n;
    return -1;
  }

  function line(cls, text) {
    var el = document.createElement('div');
    if (cls) el.className = cls;
    el.textContent = text;
    return el;
  }
  function showTip(n, ev) {
    tip.replaceChildren(
      line('fn', nameOf(n)),
      line('file', n === 0 ? 'all frames' : D.files[D.name[n]] ? D.files[D.name[n]] + (D.lines[D.name[n]] ? ':' + D.lines[D.name[n]] : '') : '(no file)'),
      line('', 'base: ' + fmt(D.base[n])),
      line('', 'head: ' + fmt(D.head[n]) + '  (' + pct(D.head[n], rootHead) + ' of head)'),
      line('', 'delta: ' + deltaText(n))
    );
    tip.hidden = false;
    var left = ev.clientX + 14, top = ev.clientY + 14;
    if (left + tip.offsetWidth > window.innerWidth) left = Math.max(0, ev.clientX - tip.offsetWidth - 14);
    if (top + tip.offsetHeight > window.innerHeight) top = Math.max(0, ev.clientY - tip.offsetHeight - 14);
    tip.style.left = left + 'px';
    tip.style.top = top + 'px';
  }

  function search(query) {
    var q = query.trim().toLowerCase();
    if (!q) { state.matches = null; byId('search-result').textContent = ''; draw(); return; }
    var nameHit = D.names.map(function (s) { return s.toLowerCase().indexOf(q) >= 0; });
    var matches = new Uint8Array(N), inside = new Uint8Array(N);
    var count = 0, head = 0, base = 0;
    for (var n = 1; n < N; n++) {
      var p = D.parent[n];
      inside[n] = inside[p] || matches[p];
      if (nameHit[D.name[n]]) {
        matches[n] = 1;
        count++;
        // A match under another match is already in its value.
        if (!inside[n]) { head += D.head[n]; base += D.base[n]; }
      }
    }
    state.matches = matches;
    byId('search-result').textContent = count === 0 ? 'no frame matches' :
      count + (count === 1 ? ' frame matches: ' : ' frames match: ') + pct(head, rootHead) + ' of head (' + fmt(head) + '), ' +
      pct(base, rootBase) + ' of base (' + fmt(base) + ')';
    draw();
  }

  document.title = D.title + ' · pprof-gate';
  byId('title').textContent = D.title;
  D.notes.forEach(function (s) { byId('notes').appendChild(line('', s)); });
  byId('totals').textContent = 'base ' + fmt(rootBase) + ' · head ' + fmt(rootHead) + ' · delta ' + deltaText(0);
  byId('legend-text').textContent = '(the deeper the colour, the larger the change relative to the frame). ' +
    'Width: head\\'s value. Click a frame to zoom; Esc or "Reset zoom" zooms out.';
  byId('pruned').textContent = rootHead <= 0 ? 'Head\\'s total is not positive: there is nothing to draw in width.' :
    D.pruned.frames > 0 ? D.pruned.frames.toLocaleString('en-US') + ' frames (with what they call) are left out, being narrower than ' + pct(D.nodeFraction, 1) +
      ' of head\\'s total or absent from head: they carry ' + pct(D.pruned.head, rootHead) + ' of head\\'s value and ' + pct(D.pruned.base, rootBase) + ' of base\\'s.' :
    'Every frame is shown (none was narrower than ' + pct(D.nodeFraction, 1) + ' of head\\'s total).';

  canvas.addEventListener('mousemove', function (ev) { var n = frameAt(ev); if (n < 0) tip.hidden = true; else showTip(n, ev); });
  canvas.addEventListener('mouseleave', function () { tip.hidden = true; });
  canvas.addEventListener('click', function (ev) { var n = frameAt(ev); if (n >= 0) { state.zoom = n; draw(); } });
  byId('reset').addEventListener('click', function () { state.zoom = 0; draw(); });
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') { state.zoom = 0; draw(); } });
  byId('search').addEventListener('input', function (ev) { search(ev.target.value); });
  byId('diff-only').addEventListener('change', function (ev) { state.diffOnly = ev.target.checked; draw(); });
  var pending = false;
  window.addEventListener('resize', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; draw(); });
  });

  window.pprofGateFlame = {
    frames: function () {
      return rects.map(function (f) { return { name: nameOf(f.n), node: f.n, x: f.x, y: depth[f.n] * ROW, w: f.w, h: ROW - 1, base: D.base[f.n], head: D.head[f.n] }; });
    },
    search: search,
    zoom: function (n) { state.zoom = n; draw(); },
    width: function () { return canvas.clientWidth; }
  };
  draw();
  window.pprofGateFlame.renderedAt = performance.now();
})();
`;

/**
 * The differential flame graph: one self-contained HTML page (script, style
 * and data inline; no network, which its Content-Security-Policy forbids
 * outright) drawn from a merged tree of base and head. Frame width is head's
 * value; colour is head minus base (see flamegraph-client.ts).
 *
 * Names come from the profiled code, which a pull request's author controls:
 * they reach the page only as JSON inside a `<script type="application/json">`
 * block, with `<`, `>`, `&`, U+2028 and U+2029 escaped so that no text can
 * close the block, and the page's script shows them with textContent or on
 * the canvas, never as markup. The page's own script and style are allowed by
 * their hashes; nothing else may run.
 *
 * Frames narrower than `nodeFraction` of head's total are left out
 * (as pprof's -nodefraction), and the page says how much that was.
 */
const DEFAULT_NODE_FRACTION = 0.001;
/** Names longer than this are shortened in the middle (the page stays small; both ends carry meaning). */
const MAX_NAME = 400;
function flameData(tree, options) {
    const fraction = options.nodeFraction ?? DEFAULT_NODE_FRACTION;
    const baseScale = options.scale?.base ?? 1;
    const headScale = options.scale?.head ?? 1;
    // The cut is on head's unscaled values (the scale is positive: the same frames).
    const nodes = tree.build(fraction * Math.max(0, tree.total('head')));
    const children = new Map();
    for (let i = 1; i < nodes.parent.length; i++) {
        const list = children.get(nodes.parent[i]);
        if (list)
            list.push(i);
        else
            children.set(nodes.parent[i], [i]);
    }
    const data = {
        title: options.title,
        notes: options.notes ?? [],
        unit: options.unit,
        per: options.per ?? '',
        nodeFraction: fraction,
        pruned: { frames: nodes.pruned.frames, head: round(nodes.pruned.head * headScale), base: round(nodes.pruned.base * baseScale) },
        names: [],
        files: [],
        lines: [],
        parent: [],
        name: [],
        base: [],
        head: []
    };
    const nameIndex = new Map();
    const stack = [[0, -1]];
    while (stack.length > 0) {
        const [node, outParent] = stack.pop();
        const at = data.parent.length;
        data.parent.push(outParent);
        data.name.push(node === 0 ? -1 : nameOf(tree, nodes.name[node], nameIndex, data));
        data.base.push(round(nodes.base[node] * baseScale));
        data.head.push(round(nodes.head[node] * headScale));
        const keep = children.get(node) ?? [];
        // Pushed smallest first, so that the largest child is emitted first.
        keep.sort((a, b) => nodes.head[a] - nodes.head[b] || b - a);
        for (const c of keep)
            stack.push([c, at]);
    }
    return data;
}
function nameOf(tree, id, index, data) {
    let i = index.get(id);
    if (i === undefined) {
        i = data.names.length;
        index.set(id, i);
        data.names.push(shorten(visible(tree.names.names[id]), MAX_NAME));
        data.files.push(shorten(visible(tree.files[id] ?? ''), MAX_NAME));
        data.lines.push(tree.lines[id] ?? 0);
    }
    return i;
}
/** Seven significant digits: the page shows three or four, and the file stays small. */
function round(x) {
    return x === 0 || Number.isInteger(x) ? x : Number(x.toPrecision(7));
}
/**
 * JSON that can sit inside a `<script>` element: no `<` (so no `</script>`
 * or `<!--`), no `>` or `&`, and no U+2028/U+2029 (line terminators in older
 * JavaScript). JSON.stringify already writes lone surrogates as \u escapes.
 */
function scriptSafeJson(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function sha256(text) {
    return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
/** The page. Pure: a string in memory; the caller writes it. */
function renderFlameGraph(tree, options) {
    return flameGraphPage(flameData(tree, options));
}
function flameGraphPage(data) {
    const csp = `default-src 'none'; script-src ${sha256(FLAME_SCRIPT)}; style-src ${sha256(FLAME_STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="pprof-gate">
<title>pprof-gate flame graph</title>
<style>${FLAME_STYLE}</style>
</head>
<body>
<header>
<h1 id="title"></h1>
<div id="notes"></div>
<div id="totals"></div>
<div id="legend"><span class="swatch shrank"></span>less in head <span class="swatch same"></span>no change <span class="swatch grew"></span>more in head <span id="legend-text"></span></div>
<div id="controls">
<input id="search" type="search" placeholder="Search functions" aria-label="Search functions" autocomplete="off">
<label><input id="diff-only" type="checkbox"> differences only</label>
<button id="reset" type="button">Reset zoom</button>
<span id="search-result" role="status"></span>
</div>
<div id="pruned"></div>
</header>
<main id="chart"><canvas id="flame"></canvas><div id="tip" hidden></div></main>
<script type="application/json" id="flame-data">${scriptSafeJson(data)}</script>
<script>${FLAME_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * A merged call tree of two sides (base and head) for a differential flame
 * graph: one node per path of function names from the root, with each
 * side's cumulative value. Function names key the nodes, as in pprof's
 * flame graph: two builds (and two processes) share no location ids.
 *
 * Profiles are added one at a time with a weight (-1 for a "before"
 * snapshot that is subtracted) and kept only as folded stacks (name ids,
 * root first, and a value per side). build() then grows the tree from the
 * root, one level at a time, and never descends into a frame narrower than
 * the cut: on the 10 MB pair, 216,000 stacks make 2.1 million distinct
 * paths, of which a few thousand are wide enough to see; building them all
 * first took 3-12 s, this takes a fraction of a second.
 */
class FlameTree {
    names = new NameTable();
    /** Per name id: the function's source file and start line ('' and 0 when unknown); head's where head has the function. */
    files = [];
    lines = [];
    fileFromHead = [];
    /** Stack i has frames[offsets[i] .. offsets[i + 1]) (name ids, root first) and its value on one side. */
    frames = new Int32Array(1 << 16);
    frameCount = 0;
    offsets = [0];
    values = [];
    onHead = [];
    /** Adds every sample of `p` (sample type `sampleIndex`) to `side`, each value times `weight`. */
    add(p, sampleIndex, side, weight = 1) {
        const { start, names } = locationFrames(p, this.names);
        this.noteFiles(p, side);
        const { frameBlocks, frameAt, depth, width, count } = p.stacks;
        const cells = p.stacks.values.safeCells();
        for (let s = 0; s < count; s++) {
            const raw = cells ? cells[s * width + sampleIndex] : toFloat(p.stacks.values.get(s * width + sampleIndex));
            if (raw === 0)
                continue;
            const locs = frameBlocks[frameAt[s] >>> FRAME_BLOCK_SHIFT];
            const begin = frameAt[s] & FRAME_OFFSET_MASK;
            let size = 0;
            for (let k = begin; k < begin + depth[s]; k++)
                size += start[locs[k] + 1] - start[locs[k]];
            this.reserve(size);
            const frames = this.frames;
            let n = this.frameCount;
            // Root first: locations are leaf first, and so are a location's inlined frames.
            for (let k = begin + depth[s] - 1; k >= begin; k--) {
                const loc = locs[k];
                for (let j = start[loc + 1] - 1; j >= start[loc]; j--)
                    frames[n++] = names[j];
            }
            this.frameCount = n;
            this.offsets.push(n);
            this.values.push(raw * weight);
            this.onHead.push(side === 'head');
        }
    }
    /** The sum of one side's values. */
    total(side) {
        let sum = 0;
        for (let s = 0; s < this.values.length; s++)
            if (this.onHead[s] === (side === 'head'))
                sum += this.values[s];
        return sum;
    }
    /**
     * The tree, without the frames whose head value is under `cut` (nor any
     * frame under those): they are counted in `pruned`. Frames where head is
     * not positive have no width and are left out too.
     */
    build(cut = 0) {
        const out = { parent: [-1], name: [-1], base: [0], head: [0], pruned: { frames: 0, head: 0, base: 0 } };
        const { offsets, frames, values, onHead } = this;
        const n = values.length;
        // Stacks that share a path are a range of `order`; a range is split by the
        // name at the next depth with a counting sort, in place: no map and no
        // array per group (on the 10 MB pair, millions of stack visits).
        const order = new Int32Array(n);
        const spare = new Int32Array(n);
        for (let s = 0; s < n; s++) {
            order[s] = s;
            if (onHead[s])
                out.head[0] += values[s];
            else
                out.base[0] += values[s];
        }
        const names = this.names.names.length;
        const count = new Int32Array(names);
        const cursor = new Int32Array(names);
        const headOf = new Float64Array(names);
        const baseOf = new Float64Array(names);
        const seen = [];
        // Groups still to split: the path's node, its depth, and its range of `order`.
        const todo = [[0, 0, 0, n]];
        while (todo.length > 0) {
            const [node, depth, lo, hi] = todo.pop();
            seen.length = 0;
            for (let i = lo; i < hi; i++) {
                const s = order[i];
                const at = offsets[s] + depth;
                if (at >= offsets[s + 1])
                    continue;
                const name = frames[at];
                if (count[name]++ === 0)
                    seen.push(name);
                if (onHead[s])
                    headOf[name] += values[s];
                else
                    baseOf[name] += values[s];
            }
            // In the order first seen, as the page has always drawn siblings.
            let pos = lo;
            for (const name of seen) {
                cursor[name] = pos;
                pos += count[name];
            }
            for (let i = lo; i < hi; i++) {
                const s = order[i];
                const at = offsets[s] + depth;
                if (at < offsets[s + 1])
                    spare[cursor[frames[at]]++] = s;
            }
            order.set(spare.subarray(lo, pos), lo);
            for (const name of seen) {
                const head = headOf[name];
                const base = baseOf[name];
                const end = cursor[name];
                const begin = end - count[name];
                if (head > 0 && head >= cut) {
                    const child = out.parent.length;
                    out.parent.push(node);
                    out.name.push(name);
                    out.base.push(base);
                    out.head.push(head);
                    todo.push([child, depth + 1, begin, end]);
                }
                else {
                    out.pruned.frames++;
                    out.pruned.head += Math.max(0, head);
                    out.pruned.base += base;
                }
                count[name] = 0;
                headOf[name] = 0;
                baseOf[name] = 0;
            }
        }
        return out;
    }
    reserve(more) {
        if (this.frameCount + more <= this.frames.length)
            return;
        const next = new Int32Array(Math.max(this.frames.length * 2, this.frameCount + more));
        next.set(this.frames.subarray(0, this.frameCount));
        this.frames = next;
    }
    /** File and start line of the functions in `p`: the first seen, but head's over base's (the code under review). */
    noteFiles(p, side) {
        const fromHead = side === 'head';
        for (const f of p.functions.values()) {
            if (f.name === '' || f.filename === '')
                continue;
            const id = this.names.id(f.name);
            this.growFiles();
            if (this.files[id] === '' || (fromHead && !this.fileFromHead[id])) {
                this.files[id] = f.filename;
                this.lines[id] = Math.max(0, toFloat(f.startLine));
                this.fileFromHead[id] = fromHead;
            }
        }
        this.growFiles();
    }
    growFiles() {
        while (this.files.length < this.names.names.length) {
            this.files.push('');
            this.lines.push(0);
            this.fileFromHead.push(false);
        }
    }
}

/**
 * What goes into the flame graphs: the differential of two profiles
 * (`compare --html`), and the three of a run, folded one trial at a time so
 * that a run's profiles need not all be held at once:
 * - CPU: each trial's CPU profile, pooled per side, per request when every
 *   trial's request count is known (else per trial);
 * - heap: each trial's retained heap growth, inuse_space after the load
 *   minus before it (both after a GC), pooled the same way;
 * - goroutines: each trial's goroutines after the load minus before it,
 *   the mean per trial.
 * Pure: profiles in, HTML strings out.
 */
/** The page's unit for a sample type: time and bytes as such, a count by what it counts. */
function flameUnit(t) {
    if (t.unit === 'nanoseconds' || t.unit === 'bytes')
        return t.unit;
    if (t.type === 'goroutine')
        return 'goroutines';
    return t.unit === 'count' || t.unit === '' ? t.type : t.unit;
}
function compareFlameGraph(base, head, sampleIndex, o) {
    const tree = new FlameTree();
    tree.add(base, sampleIndex, 'base');
    tree.add(head, sampleIndex, 'head');
    const type = head.sampleTypes[sampleIndex];
    return renderFlameGraph(tree, {
        title: `Differential flame graph: ${type.type}`,
        notes: [`base: ${o.basePath}`, `head: ${o.headPath}${o.normalized ? ' (scaled to base’s total, as pprof -normalize)' : ''}`],
        unit: flameUnit(type),
        nodeFraction: o.nodeFraction
    });
}
/** File names in the run directory. */
const FLAME_FILES = {
    cpu: 'flamegraph-cpu.html',
    heap: 'flamegraph-heap.html',
    goroutines: 'flamegraph-goroutines.html'
};
function pool(unit = '') {
    return { tree: new FlameTree(), unit, trials: { base: 0, head: 0 }, requests: { base: 0, head: 0 }, requestsKnown: true };
}
class RunFlameGraphs {
    pools = { cpu: pool(), heap: pool('bytes'), goroutines: pool('goroutines') };
    /** A trial's CPU profile over its measured load; `requests` null when the load tool did not say. */
    addCpu(side, cpu, requests) {
        const i = cpuIndex(cpu);
        const p = this.pools.cpu;
        p.unit = flameUnit(cpu.sampleTypes[i]);
        p.tree.add(cpu, i, side);
        count(p, side, requests);
    }
    /** A trial's heap profiles before and after the load: inuse_space growth. */
    addHeap(side, before, after, requests) {
        const p = this.pools.heap;
        p.tree.add(after, sampleTypeIndex(after, 'inuse_space'), side);
        p.tree.add(before, sampleTypeIndex(before, 'inuse_space'), side, -1);
        count(p, side, requests);
    }
    /** A trial's goroutine profiles before and after the load. */
    addGoroutines(side, before, after) {
        const p = this.pools.goroutines;
        p.tree.add(after, sampleTypeIndex(after), side);
        p.tree.add(before, sampleTypeIndex(before), side, -1);
        count(p, side, null);
    }
    /** The pages; null for a kind no trial gave (no CPU profile). */
    pages(nodeFraction) {
        return {
            cpu: this.page('cpu', 'CPU per request, head vs base', 'CPU time in the measured load', nodeFraction),
            heap: this.page('heap', 'Retained heap growth, head vs base', 'In-use heap after the load minus before it (both after a GC)', nodeFraction),
            goroutines: this.page('goroutines', 'Leftover goroutines, head vs base', 'Goroutines after the load minus before it', nodeFraction)
        };
    }
    page(kind, title, what, nodeFraction) {
        const p = this.pools[kind];
        if (p.trials.base + p.trials.head === 0)
            return null;
        const perRequest = p.requestsKnown && p.requests.base > 0 && p.requests.head > 0;
        const divisor = (s) => Math.max(1, perRequest ? p.requests[s] : p.trials[s]);
        const sides = (s) => `${s}: ${p.trials[s]} trial${p.trials[s] === 1 ? '' : 's'}${perRequest ? `, ${p.requests[s].toLocaleString('en-US')} requests` : ''}`;
        const how = perRequest ? 'per request, pooled over the trials' : 'mean per trial';
        return renderFlameGraph(p.tree, {
            title: perRequest || kind !== 'cpu' ? title : title.replace('per request', 'per trial'),
            notes: [`${what}, ${how}.`, `${sides('base')}; ${sides('head')}.`],
            unit: p.unit,
            per: perRequest ? 'request' : 'trial',
            scale: { base: 1 / divisor('base'), head: 1 / divisor('head') },
            nodeFraction
        });
    }
}
function cpuIndex(cpu) {
    const i = cpu.sampleTypes.findIndex((t) => t.unit === 'nanoseconds');
    return i >= 0 ? i : sampleTypeIndex(cpu);
}
function count(p, side, requests) {
    p.trials[side]++;
    if (requests === null)
        p.requestsKnown = false;
    else
        p.requests[side] += requests;
}

/**
 * Reads a profile file into the streaming decoder chunk by chunk, so the
 * file is never held whole in memory. A gzipped file is inflated by
 * node:zlib (native, several times faster than pako) and the decoder gets
 * the decompressed chunks; anything else goes to the decoder as it is, which
 * takes raw protobuf and also runs pako for gzip where node:zlib is absent.
 * Both paths refuse the same inputs with the same messages.
 */
const CHUNK = 256 * 1024;
async function readProfile(path, role, opts = {}) {
    try {
        const profile = (await isGzip(path)) ? await readGzip(path, opts) : await readRaw(path, opts);
        // Valid protobuf, but nothing any comparison could use: say so here, where the file is known.
        if (profile.sampleTypes.length === 0)
            throw new ProfileError('the profile has no sample types (no sample_type field): nothing to measure or compare');
        return profile;
    }
    catch (e) {
        throw explain(e, path, role);
    }
}
/** Fails as readProfile would on a file that cannot be read (missing, a directory, no permission). */
async function checkReadable(path, role) {
    try {
        await isGzip(path);
    }
    catch (e) {
        throw explain(e, path, role);
    }
}
function explain(e, path, role) {
    if (e instanceof ProfileError)
        return new HarnessError(`${role} profile ${path}: ${e.message}`);
    const code = e.code;
    if (code === 'ENOENT')
        return new HarnessError(`${role} profile ${path}: no such file`);
    if (code === 'EISDIR')
        return new HarnessError(`${role} profile ${path}: is a directory, not a profile file`);
    if (code === 'EACCES')
        return new HarnessError(`${role} profile ${path}: permission denied`);
    return e;
}
async function isGzip(path) {
    const fh = await open(path, 'r');
    try {
        const { bytesRead, buffer } = await fh.read(Buffer.alloc(2), 0, 2, 0);
        return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
    }
    finally {
        await fh.close();
    }
}
async function readRaw(path, opts) {
    const decoder = new ProfileDecoder(opts);
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
        decoder.push(chunk);
    return decoder.finish();
}
async function readGzip(path, opts) {
    const decoder = new ProfileDecoder({ ...opts, inflated: true });
    const file = createReadStream(path, { highWaterMark: 1 << 20 });
    // zlib inflates on a pool thread; a few chunks of room let it stay ahead of
    // the decoder instead of waiting to be asked for each one (node's zlib
    // hands its options on to the stream, highWaterMark included).
    const options = { chunkSize: CHUNK, highWaterMark: 4 * CHUNK };
    const gunzip = createGunzip(options);
    let fileBytes = 0;
    file.on('data', (c) => (fileBytes += c.length));
    file.on('error', (e) => gunzip.destroy(e));
    file.pipe(gunzip);
    try {
        for await (const chunk of gunzip)
            decoder.push(chunk);
    }
    catch (e) {
        throw zlibError(e);
    }
    finally {
        file.destroy();
        gunzip.destroy();
    }
    // zlib stops quietly at zero bytes after a member; Go's reader (and pprof) refuses them.
    if (gunzip.bytesWritten < fileBytes) {
        throw new ProfileError('gzip stream has trailing data after its end (not another gzip member); the file is corrupt or was appended to');
    }
    return decoder.finish();
}
function zlibError(e) {
    const err = e;
    if (e instanceof ProfileError || typeof err?.code !== 'string' || !err.code.startsWith('Z_'))
        return e;
    if (err.code === 'Z_BUF_ERROR')
        return new ProfileError('gzip stream is truncated: the file ends before the compressed data does');
    // The first member starts with the magic (checked before inflating), so a bad magic is data after an end.
    if (err.message === 'incorrect header check') {
        return new ProfileError('gzip stream has trailing data after its end (not another gzip member); the file is corrupt or was appended to');
    }
    return new ProfileError(`gzip stream is corrupt: ${err.message}`);
}

export { linedStackValues as A, FLAME_FILES as B, DEFAULT_MAX_DECOMPRESSED_BYTES as D, ExactArray as E, FRAME_BLOCK_SHIFT as F, NameTable as N, ProfileError as P, RunFlameGraphs as R, pako as a, FRAME_OFFSET_MASK as b, ProfileDecoder as c, describeTypes as d, combineTotals as e, functionTotals as f, DEFAULT_MAX_ENTRIES as g, DEFAULT_NODE_FRACTION as h, checkReadable as i, diffStacks as j, sampleTypeIndex as k, stackValues as l, normalizeRatios as m, negExact as n, sampleTypeTotals as o, protobuf as p, compareProfiles as q, readProfile as r, scaleLikeGo as s, toFloat as t, stackDeltas as u, compareFlameGraph as v, isUserFrame as w, siteOf as x, stackKey as y, rootOf as z };
